"""Soft failures tried again: each due retry claimed, handed over and settled on its own.

Before, every due retry was unmarked in one commit and then sent: a process killed during
the retries dropped all of them (660 in one test, 610 never sent and counted as
delivered). Now a retry is claimed for this process (committed), handed over with the
same journal as a send, and settled with its own commit. A process killed meanwhile
leaves one claim at most, with its journal; the next pass settles it as the journal says
(accepted, unknown, or still due) before it claims anything else.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid

from sqlalchemy import Connection, Engine, select

from campaign_desktop.db.models import Delivery, DeliveryLog, utcnow
from campaign_desktop.engine import send_journal
from campaign_desktop.engine.clock import delivery_now
from campaign_desktop.engine.delivery_log import Fate, claim_retry, claimed_retries, due_retries, settle_retry
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.indicators import live, store
from campaign_desktop.engine.job_lease import LEASE_S
from campaign_desktop.engine.message_sender import MessageSender, SenderSpec
from campaign_desktop.engine.processes import process_alive
from campaign_desktop.engine.reporting import rules_for
from campaign_desktop.engine.send_policy import SendPolicy
from campaign_desktop.engine.send_recovery import journal_fate
from campaign_desktop.engine.sending import sender_spec
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.transports import Transport

#: A claim made on another machine is taken as abandoned after this long (seconds).
FOREIGN_CLAIM_S = 10 * LEASE_S


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _alive(owner: str, claimed_at: dt.datetime | None) -> bool:
    host, _, rest = owner.partition(":")
    pid = rest.split(":", 1)[0]
    if host == socket.gethostname() and pid.isdigit():
        return process_alive(int(pid))
    return claimed_at is not None and (utcnow() - claimed_at).total_seconds() < FOREIGN_CLAIM_S


def recover_retries(engine: Engine, settings: Settings) -> int:
    """Settle the retries claimed by processes that died; returns how many."""
    with engine.connect() as conn:
        claims = claimed_retries(conn)
        claimed_at = dict(conn.execute(select(DeliveryLog.id, DeliveryLog.updated_at)
                                       .where(DeliveryLog.id.in_([i for i, _ in claims]))).all()) if claims else {}
    folder = send_journal.retry_folder(engine)
    rules = rules_for(settings.reporting_mode)
    settled = 0
    by_owner: dict[str, list[int]] = {}
    for log_id, owner in claims:
        if not _alive(owner, claimed_at.get(log_id)):
            by_owner.setdefault(owner, []).append(log_id)
    for owner, ids in by_owner.items():
        here = owner.partition(":")[0] == socket.gethostname()
        name = send_journal.file_name(owner).removesuffix(".log")
        reading = send_journal.read(folder, {p.name for p in folder.glob(name + "-*.log")}) if here else None
        for log_id in ids:
            with engine.begin() as conn:
                address = conn.execute(select(DeliveryLog.address).where(DeliveryLog.id == log_id)).scalar_one()
                settle_retry(conn, journal_fate(log_id, normalize_email(address), reading), owner, rules, settings,
                             delivery_now(conn, _delivery_of(conn, log_id)))
            settled += 1
        if reading is not None:
            send_journal.forget(reading.files)
    return settled


def _delivery_of(conn: Connection, log_id: int) -> int:
    return int(conn.execute(select(DeliveryLog.delivery_id).where(DeliveryLog.id == log_id)).scalar_one())


def send_due_retries(engine: Engine, transport: Transport, settings: Settings, now: dt.datetime | None = None,
                     delivery_id: int | None = None) -> int:
    """Try again every soft failure whose retry is due (of one delivery, or all); returns how
    many were handed over. A relay that fails ends the pass: the rest stay due."""
    recover_retries(engine, settings)
    with engine.connect() as conn:
        due = due_retries(conn, now, delivery_id)
    if not due:
        return 0
    owner = _owner()
    journal = send_journal.retry_folder(engine) / send_journal.file_name(owner).removesuffix(".log")
    rules = rules_for(settings.reporting_mode)
    senders: dict[int, MessageSender] = {}
    touched: set[int] = set()
    tried = 0
    try:
        for log_id in due:
            with engine.begin() as conn:  # the claim is committed before the message goes out
                at = now or delivery_now(conn, _delivery_of(conn, log_id))
                row = claim_retry(conn, log_id, owner, at)
            if row is None:
                continue  # another process took it, or it is no longer due
            target_delivery = row[0]
            sender = senders.get(target_delivery) or senders.setdefault(
                target_delivery, MessageSender(_retry_spec(engine, target_delivery, transport, settings, str(journal))))
            outcome = sender.one(row[1:])
            with engine.begin() as conn:
                settle_retry(conn, outcome.settled(), owner, rules, settings, at)
            touched.add(target_delivery)
            if outcome.fate is Fate.RETURNED:
                break  # the relay is unavailable: the other retries wait for the next pass
            tried += 1
    finally:
        for sender in senders.values():
            sender.close()
    send_journal.forget(list(journal.parent.glob(journal.name + "-*.log")))
    with engine.begin() as conn:
        for touched_id in sorted(touched):
            store(conn, touched_id, live(conn, touched_id, settings.reporting_mode), now or delivery_now(conn, touched_id))
    return tried


def _retry_spec(engine: Engine, delivery_id: int, transport: Transport, settings: Settings, journal: str) -> SenderSpec:
    with engine.connect() as conn:
        delivery = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).one()
    policy = SendPolicy.from_json(delivery.send_policy, settings)
    spec = sender_spec(engine, delivery, settings, transport, policy, journal)
    return SenderSpec(**{**spec.__dict__, "connections": 1, "messages_per_second": 0.0})


__all__ = ["recover_retries", "send_due_retries"]
