"""What a send left in flight when its process died, settled from its journal.

Runs under the delivery's lease only (a living sender settles its own batches). A
claimed row is *accepted* when the dead sender's journal says the server took it, *unknown*
when its final dot was on the wire without a reply, and *To send* again otherwise: it never
left. When the journal cannot be read here (the sender ran on another machine of a team
database, or before journals existed), every claimed row is *unknown*: never guess that a
message did not leave.

``recover_orphans`` does this for every delivery that a dead process left that way, so a
stop given while the sender died, or a killed send nobody resumes, is settled at the next
start of the app or the next ``feedback``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select

from campaign_desktop.db.models import DeliveryLog, utcnow
from campaign_desktop.domain.enums import DeliveryState, Job, JournalLevel, LogStatus
from campaign_desktop.engine import delivery_journal, send_journal
from campaign_desktop.engine.delivery_log import Fate, Settled, Tally, cancel_rest, claimed_ids, settle
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.job_lease import AlreadyWorking, Held, lease
from campaign_desktop.engine.lifecycle import current_state
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.reporting import rules_for
from campaign_desktop.engine.settings import Settings, load_settings


def recover_claimed(engine: Engine, delivery_id: int, held: Held, settings: Settings, at: dt.datetime) -> Tally:
    """Settle the rows left claimed by the previous holder of the lease ``held``."""
    reading, unmentioned = _journals(engine, delivery_id, held)
    with engine.begin() as conn:
        ids = claimed_ids(conn, delivery_id)
        tally = Tally()
        if ids:
            addresses = dict(conn.execute(select(DeliveryLog.id, DeliveryLog.address).where(DeliveryLog.id.in_(ids))).all())
            settled = [journal_fate(log_id, normalize_email(addresses.get(log_id)), reading, unmentioned) for log_id in ids]
            tally = settle(conn, delivery_id, settled, rules_for(settings.reporting_mode), settings, at)
            delivery_journal.write(conn, delivery_id, JournalLevel.WARNING, message(
                Msg.RECOVERED, claimed=len(ids), accepted=tally.accepted, again=tally.returned, unknown=tally.unknown))
        if current_state(conn, delivery_id) is DeliveryState.STOPPED:
            cancel_rest(conn, delivery_id, at)  # what never left of a stopped delivery is canceled
    if reading is not None:
        send_journal.forget(reading.files)
    return tally


def _journals(engine: Engine, delivery_id: int, held: Held) -> tuple[send_journal.Reading | None, Fate]:
    """The journals that tell the claimed rows' fate, and the fate of a row none of them mentions.

    Every journal of the delivery's folder is read: only holders of its lease write there,
    and the lease is ours now (a sender that failed and let go, or whose lease was taken by a
    refused command, leaves its journal behind all the same). A previous holder known to have
    run here began its journal before it claimed anything, so a row it does not mention never
    left; one that ran elsewhere, or is not known, may have sent it: *Unknown*."""
    if held.previous is not None and not held.previous_here:
        return None, Fate.UNKNOWN  # its journals are on another machine
    folder = send_journal.delivery_folder(engine, delivery_id)
    reading = send_journal.read(folder) if any(folder.glob("*.log")) else None
    return reading, (Fate.RETURNED if held.previous_here else Fate.UNKNOWN)


def journal_fate(log_id: int, email_norm: str | None, reading: send_journal.Reading | None,
                 unmentioned: Fate = Fate.RETURNED) -> Settled:
    """A claimed row's fate as the journals tell it (``None``: no journal can be read here)."""
    if reading is None or log_id in reading.on_the_wire:
        return Settled(log_id, Fate.UNKNOWN, email_norm)
    if log_id in reading.accepted:
        message_id, reply = reading.accepted[log_id]
        return Settled(log_id, Fate.ACCEPTED, email_norm, message_id, reply)
    return Settled(log_id, unmentioned, email_norm)


def recover_orphans(engine: Engine, settings: Settings | None = None) -> list[int]:
    """Settle every delivery whose claimed rows no living process holds; returns their ids.

    A *Stopped* one (stopped while its sender died) has nobody to resume it; an interrupted
    *Sending* one shows its true figures (what the server accepted is Sent) before anyone
    presses Resume. A living sender holds its lease and is left alone.
    """
    with engine.connect() as conn:
        settings = settings or load_settings(conn)
        candidates = conn.execute(
            select(DeliveryLog.delivery_id)
            .where(DeliveryLog.status == LogStatus.TO_SEND, DeliveryLog.handover_at.is_not(None))
            .distinct()).scalars().all()
    recovered = []
    for delivery_id in candidates:
        try:
            with lease(engine, delivery_id, Job.SEND) as held:
                recover_claimed(engine, delivery_id, held, settings, utcnow())
            recovered.append(delivery_id)
        except AlreadyWorking:
            continue  # a living process holds it: it settles its own rows
    return recovered


__all__ = ["journal_fate", "recover_claimed", "recover_orphans"]
