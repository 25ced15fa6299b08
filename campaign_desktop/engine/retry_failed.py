"""One click retries the failed recipients as a new delivery (DESIGN.md §3).

The recipients whose fate is *Unknown* (their message was on the wire when a sending
process died) are not among them unless asked: some of them did receive the message, and
would get it twice (RFC 1047). Asking for them is noted in the delivery's journal.
"""

from __future__ import annotations

from sqlalchemy import Engine, and_, func, insert, or_, select

from campaign_desktop.db.models import Delivery, DeliveryLog, ListMember, ProfileList, utcnow
from campaign_desktop.domain.enums import FailureType, JournalLevel, LogStatus, Role
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.job_lease import running_job
from campaign_desktop.engine.lifecycle import Action, INITIAL, current_state, require
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.roles import require_role

_COPIED = (
    "from_name", "from_address", "reply_to", "error_address", "subject", "html", "text", "charset", "mirror_page",
    "bcc_archive", "typology_id", "validity_hours", "approval_mode", "send_policy", "control_group_list_id",
)


def retry_failed(engine: Engine, delivery_id: int, login: str, include_unknown: bool = False) -> tuple[int, int]:
    """A new draft delivery whose audience is the recipients that finally failed (not the hard
    bounces: their addresses are in quarantine), and with ``include_unknown`` those whose
    fate is unknown; returns its id and how many it targets."""
    now = utcnow()
    with engine.begin() as conn:
        operator = require_role(conn, login, Role.PREPARE_DELIVERIES)
        require(Action.RETRY_FAILED, current_state(conn, delivery_id), running_job(conn, delivery_id))
        source = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).one()
        failed = and_(DeliveryLog.status == LogStatus.FAILED, DeliveryLog.failure_type != FailureType.HARD,
                      DeliveryLog.next_retry_at.is_(None))
        unknown = DeliveryLog.status == LogStatus.UNKNOWN
        profiles = list(conn.execute(select(DeliveryLog.profile_id).where(
            DeliveryLog.delivery_id == delivery_id, or_(failed, unknown) if include_unknown else failed)).scalars())
        if include_unknown:
            count = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id, unknown)).scalar_one()
            delivery_journal.write(conn, delivery_id, JournalLevel.WARNING,
                                   message(Msg.UNKNOWN_SENT_AGAIN, count=count, login=login))
        copies = conn.execute(select(func.count()).where(Delivery.internal_name.like(f"{source.internal_name}-retry%"))).scalar_one()
        name = f"{source.internal_name}-retry{copies + 1}"
        list_id = conn.execute(insert(ProfileList).values(name=f"Retry of {source.label} ({name})", created_at=now).returning(ProfileList.id)).scalar_one()
        if profiles:
            conn.execute(insert(ListMember), [{"list_id": list_id, "profile_id": p} for p in profiles])
        new_id = conn.execute(
            insert(Delivery).values(
                label=f"{source.label} — retry of failed", internal_name=name, state=next(iter(INITIAL)),
                author_id=operator.id, audience_list_id=list_id, created_at=now, updated_at=now,
                **{column: source._mapping[column] for column in _COPIED},
            ).returning(Delivery.id)
        ).scalar_one()
    return new_id, len(profiles)
