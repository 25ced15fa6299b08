"""One click retries the failed recipients as a new delivery (DESIGN.md §3)."""

from __future__ import annotations

from sqlalchemy import Engine, func, insert, select

from campaign_desktop.db.models import Delivery, DeliveryLog, ListMember, ProfileList, utcnow
from campaign_desktop.domain.enums import DeliveryState, FailureType, LogStatus, Role
from campaign_desktop.engine.sending import require_role

_COPIED = (
    "from_name", "from_address", "reply_to", "error_address", "subject", "html", "text", "charset", "mirror_page",
    "bcc_archive", "typology_id", "validity_hours", "approval_mode", "send_policy", "control_group_list_id",
)


def retry_failed(engine: Engine, delivery_id: int, login: str) -> tuple[int, int]:
    """A new draft delivery whose audience is the recipients that finally failed (not the hard
    bounces: their addresses are in quarantine); returns its id and how many it targets."""
    now = utcnow()
    with engine.begin() as conn:
        operator = require_role(conn, login, Role.PREPARE_DELIVERIES)
        source = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).one()
        profiles = list(conn.execute(
            select(DeliveryLog.profile_id).where(
                DeliveryLog.delivery_id == delivery_id,
                DeliveryLog.status.in_([LogStatus.FAILED, LogStatus.UNKNOWN]),
                DeliveryLog.failure_type != FailureType.HARD,
                DeliveryLog.next_retry_at.is_(None),
            )
        ).scalars())
        copies = conn.execute(select(func.count()).where(Delivery.internal_name.like(f"{source.internal_name}-retry%"))).scalar_one()
        name = f"{source.internal_name}-retry{copies + 1}"
        list_id = conn.execute(insert(ProfileList).values(name=f"Retry of {source.label} ({name})", created_at=now).returning(ProfileList.id)).scalar_one()
        if profiles:
            conn.execute(insert(ListMember), [{"list_id": list_id, "profile_id": p} for p in profiles])
        new_id = conn.execute(
            insert(Delivery).values(
                label=f"{source.label} — retry of failed", internal_name=name, state=DeliveryState.DRAFT,
                author_id=operator.id, audience_list_id=list_id, created_at=now, updated_at=now,
                **{column: source._mapping[column] for column in _COPIED},
            ).returning(Delivery.id)
        ).scalar_one()
    return new_id, len(profiles)
