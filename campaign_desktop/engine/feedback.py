"""What comes back after the hand-over: the error mailbox, retries, the end of validity.

Every message of the error mailbox (engine/bounce_mailbox.py) is read once: recorded by a
digest of its bytes, sorted (engine/inbound_sorting.py), matched to its log row by the
return path's token, our ``X-Campaign-Delivery`` header or the Message-ID, and applied by
the log writer with the reporting mode's semantics (engine/reporting.py, the table at the
end of seeds/003). What a person must look at (unclassified, unreadable, about no message
of ours) waits in the inbound list with its reason; the others are applied all the same.
A report about a message still being handed over is left in the mailbox for the next pass.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from campaign_desktop.db.models import Delivery, DeliveryLog, InboundMessage, Profile, utcnow
from campaign_desktop.domain.enums import (
    DeliveryState,
    DenylistCause,
    FailureType,
    InboundKind,
    InboundOutcome,
    JournalLevel,
    LogStatus,
    TrackingKind,
)
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.bounce_mailbox import Inbound, Mailbox, local_mailbox
from campaign_desktop.engine.clock import delivery_now
from campaign_desktop.engine.delivery_log import (
    Applied,
    Target,
    apply_bounce,
    apply_complaint,
    apply_delayed,
    apply_delivered,
    expire_retries,
    find,
    record_event,
    release_delivered,
    validity_end,
)
from campaign_desktop.engine.fields import normalize_email
from campaign_desktop.engine.inbound_sorting import RecipientStatus, Sorted, sort_message
from campaign_desktop.engine.indicators import live, store
from campaign_desktop.engine.lifecycle import try_move
from campaign_desktop.engine.messages import Message, Msg, english, message
from campaign_desktop.engine.quarantine import denylist
from campaign_desktop.engine.reply_rules import Classification, classify
from campaign_desktop.engine.reporting import PROCESSED, ReportingRules, rules_for
from campaign_desktop.engine.return_path import ReturnPath
from campaign_desktop.engine.settings import Settings, tracking_secret

#: The bytes kept of a message a person must read (the rest of a huge one is not needed to judge it).
KEPT_BYTES = 1 << 20
#: Messages marked as read in the mailbox at a time (each is committed before).
MARK_EVERY = 100
TOO_LARGE = "too large to read here: its beginning is kept"


@dataclass
class FeedbackSummary:
    read: int = 0
    already_read: int = 0  # read in an earlier pass: nothing changes
    matched: int = 0
    delivered: int = 0
    hard: int = 0
    soft: int = 0
    delayed: int = 0
    complaints: int = 0
    auto_replies: int = 0
    unsubscribed: int = 0
    for_a_person: int = 0  # unclassified, unreadable, or about no message of ours: in the inbound list
    unmatched: int = 0
    deferred: int = 0  # about a message still being handed over: read again at the next pass
    retries_due: int = 0
    closed: int = 0

    def add(self, other: FeedbackSummary) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


#: How a delivery's "now" is read: its simulated clock for a demo, the real time otherwise.
DeliveryNow = Callable[[Connection, int], dt.datetime]


@dataclass(frozen=True)
class Result:
    """What one inbound message did; ``outcome`` is ``None`` when it must be read again later."""

    outcome: InboundOutcome | None
    target: Target | None = None
    detail: str = ""
    reason: Message | None = None  # why it waits for a person, translated when shown


def _for_a_person(reason: Message, target: Target | None = None) -> Result:
    return Result(InboundOutcome.FOR_A_PERSON, target, english(reason), reason)


def read_bounce_mailbox(engine: Engine, settings: Settings) -> tuple[FeedbackSummary, dt.datetime] | None:
    """Read the error mailbox ``settings`` name (what the app does every minute while open);
    ``None`` when none is set. ``MailboxUnavailable`` says why it cannot be read."""
    from campaign_desktop.engine.bounce_mailbox import open_mailbox

    box = open_mailbox(settings)
    if box is None:
        return None
    return process_mailbox(engine, box, settings), utcnow()


def process_source(engine: Engine, source: Path, settings: Settings, now: dt.datetime | None = None) -> FeedbackSummary:
    """Read a local mailbox (a Maildir, an mbox, a folder of ``.eml`` files)."""
    return process_mailbox(engine, local_mailbox(source, settings.bounce_processed, settings.bounce_processed_folder),
                           settings, now)


def process_mailbox(engine: Engine, box: Mailbox, settings: Settings, now: dt.datetime | None = None) -> FeedbackSummary:
    """Apply every new message of ``box``; each is applied at its delivery's own time (``now``
    overrides it, for tests). Messages are marked in the mailbox once their effects are committed."""
    summary = FeedbackSummary()
    return_path = ReturnPath(tracking_secret(engine))
    clock: DeliveryNow = (lambda conn, delivery_id: now) if now is not None else delivery_now
    with engine.connect() as conn:
        known = set(conn.execute(select(InboundMessage.source_key).where(
            InboundMessage.source == box.name, InboundMessage.source_key.is_not(None))).scalars())
    touched: set[int] = set()
    marks: list[str] = []
    conn = engine.connect()
    try:
        for item in box.messages(known.__contains__):
            summary.read += 1
            if _read_one(conn, box.name, item, return_path, settings, clock, summary, touched):
                marks.append(item.key)
            if len(marks) >= MARK_EVERY:
                box.done(marks)
                marks.clear()
        box.done(marks)
    finally:
        conn.close()
        box.close()
    _refresh(engine, touched, settings, clock)
    return summary


def _read_one(conn: Connection, source: str, item: Inbound, return_path: ReturnPath, settings: Settings,
              clock: DeliveryNow, summary: FeedbackSummary, touched: set[int]) -> bool:
    """Apply and record one message in a transaction of its own (whatever one message does, the
    others are applied); whether the mailbox may mark it as read. The summary counts what was
    committed only.

    One transaction a message, not a savepoint in a longer one: on SQLite a transaction that
    reads first and writes later fails at once when another connection wrote in between."""
    key, data = item.key, item.data
    digest = hashlib.sha256(data + (b"" if not item.too_large else b"%d" % item.size)).hexdigest()
    if conn.execute(select(InboundMessage.id).where(InboundMessage.digest == digest)).first() is not None:
        conn.rollback()
        summary.already_read += 1
        return True
    conn.rollback()
    sorted_ = sort_message(data)
    step = FeedbackSummary()
    try:
        with conn.begin() as transaction:
            if item.too_large:  # its beginning only: a person looks at it
                result = _for_a_person(message(Msg.INBOUND_TOO_LARGE, size=item.size))
            else:
                result = apply_inbound(conn, sorted_, return_path, settings, clock, step)
            if result.outcome is None:  # its row is still being handed over: the next pass reads it
                transaction.rollback()
                summary.deferred += 1
                return False
            _record(conn, digest, source, key, data, sorted_, result)
    except IntegrityError:  # another reader recorded the same message a moment ago
        summary.already_read += 1
        return True
    except OperationalError:  # the database is busy or away: the message stays unread for the next pass
        summary.deferred += 1
        return False
    except Exception as exc:  # noqa: BLE001 - a defect met on one message leaves it to a person
        step = FeedbackSummary()
        result = _for_a_person(message(Msg.INBOUND_NOT_APPLIED, detail=f"{type(exc).__name__}: {exc}"[:500]))
        with conn.begin():
            _record(conn, digest, source, key, data, sorted_, result)
    summary.add(step)
    if result.target is not None:
        touched.add(result.target.delivery_id)
    if result.outcome is InboundOutcome.FOR_A_PERSON:
        summary.for_a_person += 1
    return True


def _text(value: str) -> str:
    """A name as the database can store it (a file name need not be valid UTF-8)."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _record(conn: Connection, digest: str, source: str, key: str, data: bytes, s: Sorted, result: Result) -> None:
    keep = result.outcome is InboundOutcome.FOR_A_PERSON
    conn.execute(insert(InboundMessage).values(
        digest=digest, source=_text(source)[:500], source_key=_text(key)[:300], message_id=(s.message_id or "")[:998] or None,
        read_at=utcnow(), from_address=(s.sender or "")[:998] or None, subject=s.subject, kind=s.kind,
        outcome=result.outcome, delivery_id=result.target.delivery_id if result.target else None,
        log_id=result.target.log_id if result.target else None, detail=(result.detail or s.reason)[:2000] or None,
        reason=result.reason.as_json() if result.reason else None, raw=data[:KEPT_BYTES] if keep else None))


def _refresh(engine: Engine, delivery_ids: set[int], settings: Settings, clock: DeliveryNow) -> None:
    """The figures of the deliveries the feedback changed, stored and charted at their own time."""
    with engine.begin() as conn:
        for delivery_id in sorted(delivery_ids):
            store(conn, delivery_id, live(conn, delivery_id, settings.reporting_mode), clock(conn, delivery_id))


def _vouched(target: Target, s: Sorted) -> bool:
    """Our header alone is easy to forge (anyone can write "X-Campaign-Delivery: 3.11"): it names
    the row only beside a quoted Message-ID of that row, whose random part nobody can guess (an
    earlier attempt's counts: it changes nothing), or while the row has no Message-ID yet (its
    message is still being handed over: the notice waits for it)."""
    if target.message_id is None or target.message_id in s.clues.message_ids:
        return True
    own = f"<{target.delivery_id}.{target.log_id}."
    return target.retries > 0 and any(quoted.startswith(own) for quoted in s.clues.message_ids)


def find_target(conn: Connection, s: Sorted, return_path: ReturnPath) -> Target | None:
    """The row a returned message is about: by the return path's token (envelope recipient or
    envelope id), then our header, then the returned Message-ID, then a token quoted in the text,
    and last, for a bounce in a non-standard form, the latest message handed over to the one
    address the bounce detectors found in it."""
    log_id = return_path.log_id(*s.clues.addresses)
    if log_id is not None:
        return find(conn, None, log_id, None)
    if s.clues.campaign is not None:
        target = find(conn, s.clues.campaign[0], s.clues.campaign[1], None)
        if target is not None and _vouched(target, s):
            return target
    for message_id in s.clues.message_ids:
        target = find(conn, None, None, message_id)
        if target is not None:
            return target
    log_id = return_path.log_id(s.clues.text)
    if log_id is not None:
        return find(conn, None, log_id, None)
    if s.kind is InboundKind.BOUNCE and len(s.failed) == 1:
        return _latest_row(conn, s.failed[0], handed_over=True)
    return None


EARLIER_ATTEMPT = "about an earlier attempt, which a retry has replaced"


def _earlier_attempt(s: Sorted, target: Target) -> bool:
    """A report that quotes another Message-ID than the row's latest attempt is about an attempt a
    retry replaced: a late or duplicated bounce of it must not plan another retry (the recipient
    would get the message twice). Complaints and auto-replies concern the person, not the attempt."""
    if s.kind in (InboundKind.COMPLAINT, InboundKind.AUTO_REPLY) or not target.retries:
        return False
    return bool(s.clues.message_ids and target.message_id and target.message_id not in s.clues.message_ids)


_OUTCOME = {Applied.CHANGED: InboundOutcome.APPLIED, Applied.UNCHANGED: InboundOutcome.NO_CHANGE, Applied.TOO_EARLY: None}
NO_MESSAGE_OF_OURS = "about no message of ours"


def apply_inbound(conn: Connection, s: Sorted, return_path: ReturnPath, settings: Settings, clock: DeliveryNow,
                  summary: FeedbackSummary) -> Result:
    """Apply one sorted message to its row (or profile); what it did."""
    if s.kind is InboundKind.MALFORMED:
        return _for_a_person(message(Msg.INBOUND_UNREADABLE, detail=s.reason))
    if s.kind is InboundKind.UNCLASSIFIED:
        return _for_a_person(message(Msg.INBOUND_UNRECOGNISED))
    target = find_target(conn, s, return_path)
    if s.kind is InboundKind.UNSUBSCRIBE:
        return _unsubscribe(conn, s, target, clock, summary)
    if target is None:
        summary.unmatched += 1
        if s.kind is InboundKind.AUTO_REPLY:  # nothing to apply, and nothing a person must do
            return Result(InboundOutcome.NO_CHANGE, detail=NO_MESSAGE_OF_OURS)
        said = (s.recipients[0].text if s.recipients else s.reason)[:300]
        address = (s.recipients[0].recipient if s.recipients else None) or (s.failed[0] if s.failed else None)
        return _for_a_person(message(Msg.INBOUND_NOT_OURS_TO, address=address, detail=said) if address
                             else message(Msg.INBOUND_NOT_OURS, detail=said))
    summary.matched += 1
    if _earlier_attempt(s, target):
        return Result(InboundOutcome.NO_CHANGE, target, f"{EARLIER_ATTEMPT}: {s.reason}".strip(": "))
    now = clock(conn, target.delivery_id)
    rules = rules_for(settings.reporting_mode)
    if s.kind is InboundKind.COMPLAINT:
        applied = apply_complaint(conn, target, normalize_email(target.address), now)
        summary.complaints += applied is Applied.CHANGED
        return Result(_OUTCOME[applied], target)
    if s.kind is InboundKind.AUTO_REPLY:  # the recipient's history only: it says nothing of the delivery
        summary.auto_replies += 1
        record_event(conn, TrackingKind.AUTO_REPLY, target.delivery_id, target.profile_id, None, now)
        return Result(InboundOutcome.APPLIED, target, s.reason)
    if s.recipients:
        block = _block_for(s.recipients, target.address)
        return Result(_OUTCOME[_apply_status(conn, target, block, rules, settings, now, summary)], target, block.text)
    c = classify(s.code, s.reason)  # a bounce in a non-standard form
    if c.success:
        return Result(InboundOutcome.NO_CHANGE, target, s.reason)
    applied = apply_bounce(conn, target, c, s.reason, rules, settings, now, normalize_email(target.address))
    _count_bounce(summary, c, applied)
    return Result(_OUTCOME[applied], target, s.reason)


def _count_bounce(summary: FeedbackSummary, c: Classification, applied: Applied) -> None:
    """The summary counts what changed a row: a duplicate notice is read, not counted again."""
    if applied is Applied.CHANGED:
        summary.hard += c.type is FailureType.HARD
        summary.soft += c.type is not FailureType.HARD


def _block_for(blocks: tuple[RecipientStatus, ...], address: str | None) -> RecipientStatus:
    """The notice's block about the row's recipient (an archive copy may have its own)."""
    wanted = normalize_email(address)
    return next((b for b in blocks if normalize_email(b.recipient) == wanted), blocks[0])


def _apply_status(conn: Connection, target: Target, block: RecipientStatus, rules: ReportingRules, settings: Settings,
                  now: dt.datetime, summary: FeedbackSummary) -> Applied:
    if block.action in ("delivered", "relayed", "expanded"):
        applied = apply_delivered(conn, target, block.text or "delivered", rules, now)
        summary.delivered += applied is Applied.CHANGED
        return applied
    if block.action == "delayed":
        applied = apply_delayed(conn, target, block.text, rules, now)
        summary.delayed += applied is not Applied.TOO_EARLY
        return applied
    c = classify(block.code or 550, block.text)
    if c.success:
        return Applied.UNCHANGED
    # a failed notice with a 4.x.x status: the relay retried until its queue lifetime ended
    final = block.status.startswith("4")
    applied = apply_bounce(conn, target, c, block.text, rules, settings, now, normalize_email(target.address), final)
    _count_bounce(summary, c, applied)
    return applied


def _unsubscribe(conn: Connection, s: Sorted, target: Target | None, clock: DeliveryNow,
                 summary: FeedbackSummary) -> Result:
    """An unsubscribe request mailed to the List-Unsubscribe address: its sender goes on the
    denylist, and the unsubscription is an event of the delivery it answers (or the profile's
    latest)."""
    email_norm = normalize_email(s.sender)
    if not email_norm:
        return _for_a_person(message(Msg.INBOUND_UNSUBSCRIBE_NO_SENDER))
    if target is None or normalize_email(target.address) != email_norm:
        target = _latest_row(conn, email_norm, handed_over=True)
    if target is None:
        return _for_a_person(message(Msg.INBOUND_UNSUBSCRIBE_UNKNOWN, address=email_norm))
    now = clock(conn, target.delivery_id)
    denylist(conn, email_norm, DenylistCause.UNSUBSCRIBED_BY_MAIL, now)
    record_event(conn, TrackingKind.UNSUBSCRIPTION, target.delivery_id, target.profile_id, None, now)
    summary.unsubscribed += 1
    return Result(InboundOutcome.APPLIED, target, f"unsubscribed by mail: {email_norm}")


def _latest_row(conn: Connection, email_norm: str, handed_over: bool = False) -> Target | None:
    """The latest row of a profile with this address (``handed_over``: whose message left)."""
    query = (select(DeliveryLog.id).join(Profile, Profile.id == DeliveryLog.profile_id)
             .where(Profile.email_norm == email_norm).order_by(DeliveryLog.id.desc()).limit(1))
    if handed_over:
        query = query.where(DeliveryLog.status.in_(sorted(PROCESSED | {LogStatus.UNKNOWN})))
    log_id = conn.execute(query).scalar_one_or_none()
    return find(conn, None, log_id, None) if log_id is not None else None


def close_expired(engine: Engine, settings: Settings, now: dt.datetime | None = None,
                  delivery_ids: Iterable[int] | None = None) -> int:
    """End the validity period of every sent delivery past it (or of those named): retries not
    yet made become final failures and the delivery closes. A delivery with a retry being
    handed over right now waits for it."""
    closed = 0
    with engine.connect() as conn:
        query = select(Delivery.id).where(Delivery.state == DeliveryState.SENT)
        if delivery_ids is not None:
            query = query.where(Delivery.id.in_(list(delivery_ids)))
        candidates = conn.execute(query).scalars().all()
    for delivery_id in candidates:
        with engine.begin() as conn:
            at = now or delivery_now(conn, delivery_id)
            if validity_end(conn, delivery_id, at, settings) > at or _retry_in_hand(conn, delivery_id):
                continue
            expired = expire_retries(conn, delivery_id, at)
            if not try_move(conn, delivery_id, DeliveryState.SENT, DeliveryState.CLOSED):
                continue  # another feedback pass (the app's, a scheduled command) closed it a moment ago
            release_delivered(conn, delivery_id, at)  # no bounce in the whole validity period: a success
            figures = live(conn, delivery_id, settings.reporting_mode)
            delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(
                Msg.CLOSED_AT_VALIDITY_END, failed=figures.retries_failed, expired=expired))
            store(conn, delivery_id, figures, at)
        closed += 1
    return closed


def _retry_in_hand(conn: Connection, delivery_id: int) -> bool:
    return conn.execute(select(DeliveryLog.id).where(DeliveryLog.delivery_id == delivery_id,
                                                     DeliveryLog.retry_claim.is_not(None)).limit(1)).first() is not None
