"""The one writer of delivery-log rows during a send and its feedback.

Claim, hand-over mark, settle, recover, cancel, retry, bounce, delivery report, and the
recipients' events: every change of a row after its preparation is made here, with the
reporting mode's rules as data (engine/reporting.py), and every change moves the kept
class counts (``delivery_count``) in the same transaction. That is what makes the live
figures equal Compute stats at every moment, and what the lifecycle's property test
checks step by step.

Each change is conditional on the row still being what was read (its status, type and
whether a retry is planned), so a bounce read by ``feedback`` in one process and a retry
settled in another can never both move the same row from the same place.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, case, delete, func, insert, select, update

from campaign_desktop.engine.address_syntax import address_key
from campaign_desktop.db.driver import placeholder, stored_time
from campaign_desktop.db.models import Delivery, DeliveryCount, DeliveryLog, Profile, TrackingEvent, utcnow
from campaign_desktop.domain.enums import DeliveryState, DenylistCause, FailureReason, FailureType, LogStatus, TrackingKind
from campaign_desktop.engine.clock import delivery_now
from campaign_desktop.engine.quarantine import denylist, record_failure, record_successes
from campaign_desktop.engine.recipients import profile_columns
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.reply_rules import Classification
from campaign_desktop.engine.reporting import LogClass, ReportingRules
from campaign_desktop.engine.retries import next_retry
from campaign_desktop.engine.settings import Settings

_LOG = DeliveryLog.__table__
TO_SEND: LogClass = (LogStatus.TO_SEND, FailureType.NONE, False)
#: What a row whose message may have arrived says in its last reply (RFC 1047); the screens translate it.
UNKNOWN_REPLY = Msg.REPLY_UNKNOWN.value


class Fate(enum.Enum):
    """What became of one claimed message."""

    ACCEPTED = enum.auto()  # the server took it: 250 after the final dot
    REFUSED = enum.auto()  # the server refused this recipient (or we could not make its message)
    RETURNED = enum.auto()  # it never left (the relay was unavailable, the send was halted): To send again
    UNKNOWN = enum.auto()  # the final dot went out and no reply came back: never sent again


@dataclass(frozen=True)
class Settled:
    """The fate of one claimed row, as the send (or its recovery) found it."""

    log_id: int
    fate: Fate
    email_norm: str | None = None
    message_id: str | None = None
    reply: str = ""
    classification: Classification | None = None  # REFUSED: type, reason and rule
    size: int | None = None
    #: whether the refusal says something of the address (its error counter moves); a message the
    #: relay fails again and again while it serves the others is failed without blaming the address
    counts_error: bool = True


@dataclass
class Tally:
    """What one settle did, for the send's summary."""

    accepted: int = 0
    refused: int = 0
    returned: int = 0
    unknown: int = 0
    reasons: Counter[str] = field(default_factory=Counter)


# --- the kept class counts -------------------------------------------------------------------------

_COUNTS = DeliveryCount.__table__.name


def _bump(conn: Connection, delivery_id: int, deltas: Mapping[LogClass, int]) -> None:
    """Add ``deltas`` to the delivery's class counts: one upsert a class, through the driver
    (it runs once a batch on the send's hot path; SQLite and PostgreSQL share its syntax)."""
    rows = [(delivery_id, int(status), int(failure), bool(retrying), n)
            for (status, failure, retrying), n in deltas.items() if n]
    if rows:
        mark = placeholder(conn)
        conn.exec_driver_sql(
            f"INSERT INTO {_COUNTS} (delivery_id, status, failure_type, retrying, count) VALUES "
            f"({mark}, {mark}, {mark}, {mark}, {mark}) ON CONFLICT (delivery_id, status, failure_type, retrying) "
            f"DO UPDATE SET count = {_COUNTS}.count + excluded.count", rows)


def _move_counts(conn: Connection, delivery_id: int, moves: Iterable[tuple[LogClass, LogClass]]) -> None:
    deltas: Counter[LogClass] = Counter()
    for old, new in moves:
        if old != new:
            deltas[old] -= 1
            deltas[new] += 1
    _bump(conn, delivery_id, deltas)


def count_classes(conn: Connection, delivery_id: int) -> Counter[LogClass]:
    """How many log rows are in each class, counted from the rows themselves."""
    retrying = case((DeliveryLog.next_retry_at.is_not(None), True), else_=False)
    rows = conn.execute(
        select(DeliveryLog.status, DeliveryLog.failure_type, retrying, func.count())
        .where(DeliveryLog.delivery_id == delivery_id).group_by(DeliveryLog.status, DeliveryLog.failure_type, retrying)
    ).all()
    return Counter({(status, failure, bool(flag)): n for status, failure, flag, n in rows})


def rebuild_counts(conn: Connection, delivery_id: int) -> None:
    """Count the classes again from the rows (Compute stats; rows written before counts were kept)."""
    conn.execute(delete(DeliveryCount).where(DeliveryCount.delivery_id == delivery_id))
    _bump(conn, delivery_id, count_classes(conn, delivery_id))


def seed_counts(conn: Connection, delivery_id: int, counts: Mapping[LogClass, int]) -> None:
    """The counts of a fresh preparation (its rows are written in bulk by the preparation)."""
    conn.execute(delete(DeliveryCount).where(DeliveryCount.delivery_id == delivery_id))
    _bump(conn, delivery_id, counts)


def discard(conn: Connection, delivery_id: int) -> None:
    """Forget a delivery's rows and counts (a new preparation, an edit, a deletion)."""
    conn.execute(delete(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
    conn.execute(delete(DeliveryCount).where(DeliveryCount.delivery_id == delivery_id))


# --- the send: claim, settle, recover, cancel ---------------------------------------------------------

def claim(conn: Connection, delivery_id: int, size: int, at: dt.datetime,
          set_aside: Collection[int] = ()) -> list[tuple[Any, ...]]:
    """The next rows to send (but those ``set_aside``), marked as being handed over (the caller
    commits before sending them)."""
    query = (select(DeliveryLog.id, DeliveryLog.address, *profile_columns())
             .join(Profile, Profile.id == DeliveryLog.profile_id)
             .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_SEND,
                    DeliveryLog.handover_at.is_(None)))
    if set_aside:
        query = query.where(DeliveryLog.id.not_in(list(set_aside)))
    rows = [tuple(row) for row in conn.execute(query.order_by(DeliveryLog.id).limit(size))]  # plain tuples: pickled
    if rows:
        mark, when = placeholder(conn), stored_time(conn, at)
        conn.exec_driver_sql(f"UPDATE {_LOG.name} SET handover_at = {mark} WHERE id = {mark}", [(when, r[0]) for r in rows])
    return rows


def claimed_ids(conn: Connection, delivery_id: int) -> list[int]:
    """Rows marked as handed over whose fate was never written: in flight when their sender stopped."""
    return list(conn.execute(select(DeliveryLog.id).where(
        DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_SEND,
        DeliveryLog.handover_at.is_not(None))).scalars())


def validity_end(conn: Connection, delivery_id: int, at: dt.datetime, settings: Settings) -> dt.datetime:
    sent_at, hours = conn.execute(select(Delivery.sent_at, Delivery.validity_hours).where(Delivery.id == delivery_id)).one()
    return (sent_at or at) + dt.timedelta(hours=hours or settings.validity_hours)


def _failure(c: Classification, retry: dt.datetime | None, waiting: LogStatus) -> LogClass:
    """A failure's class: final, or ``waiting`` in that status for its retry."""
    if c.type is FailureType.SOFT and retry is not None:
        return (waiting, FailureType.SOFT, True)
    return (LogStatus.FAILED, c.type, False)


def settle(conn: Connection, delivery_id: int, settled: list[Settled], rules: ReportingRules, settings: Settings,
           at: dt.datetime, end: dt.datetime | None = None) -> Tally:
    """Write the fate of claimed rows, the address standing it implies, and move the counts.

    ``end`` is when the delivery's validity ends (read from it when not given: a send that
    knows it saves a statement a batch)."""
    tally = Tally()
    if not settled:
        return tally
    mark, when = placeholder(conn), stored_time(conn, at)
    end = end or validity_end(conn, delivery_id, at, settings)
    moves: list[tuple[LogClass, LogClass]] = []
    done: list[tuple[Any, ...]] = []
    returned: list[tuple[Any, ...]] = []
    for s in settled:
        if s.fate is Fate.RETURNED:
            returned.append((s.log_id,))
            tally.returned += 1
            continue
        if s.fate is Fate.ACCEPTED:
            # the relay's 250 says it took the message, not that it arrived: a With errors address
            # is released by a delivery report, or at the end of validity without a bounce
            new, retry, c_rule = (rules.accepted, FailureType.NONE, False), None, "accepted"
            reason = FailureReason.NOT_DEFINED
            tally.accepted += 1
        elif s.fate is Fate.UNKNOWN:
            new, retry, c_rule, reason = (LogStatus.UNKNOWN, FailureType.NONE, False), None, "unknown", FailureReason.NOT_DEFINED
            tally.unknown += 1
        else:
            c = s.classification
            assert c is not None, "a refusal carries its classification"
            retry = next_retry(at, 0, settings) if c.type is FailureType.SOFT else None
            retry = retry if retry is not None and retry < end else None
            new, c_rule, reason = _failure(c, retry, rules.refused_retrying), c.rule, c.reason
            tally.refused += 1
            tally.reasons[c.reason.name.lower()] += 1
            if s.email_norm and c.type in (FailureType.HARD, FailureType.SOFT) and s.counts_error:
                record_failure(conn, s.email_norm, c.type, c.reason, s.reply, at, settings)
        moves.append((TO_SEND, new))
        status, failure, _ = new
        done.append((int(status), s.message_id, s.reply or (UNKNOWN_REPLY if s.fate is Fate.UNKNOWN else ""), c_rule,
                     when, s.size, when if s.fate is Fate.ACCEPTED else None, int(failure), int(reason),
                     stored_time(conn, retry), s.log_id))
    waiting = int(LogStatus.TO_SEND)
    if done:
        written = conn.exec_driver_sql(
            f"UPDATE {_LOG.name} SET status = {mark}, message_id = {mark}, last_reply = {mark}, matched_rule = {mark}, "
            f"updated_at = {mark}, message_size = {mark}, sent_at = {mark}, failure_type = {mark}, "
            f"failure_reason = {mark}, next_retry_at = {mark} WHERE id = {mark} AND status = {waiting}",
            done,
        ).rowcount
    if returned:
        conn.exec_driver_sql(f"UPDATE {_LOG.name} SET handover_at = NULL WHERE id = {mark} AND status = {waiting}", returned)
    if done and written != len(done):  # a row changed under us: count everything again rather than guess
        rebuild_counts(conn, delivery_id)
    else:
        _move_counts(conn, delivery_id, moves)
    return tally


def count_canceled(conn: Connection, delivery_id: int) -> int:
    return int(conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id,
                                                       DeliveryLog.status == LogStatus.CANCELED)).scalar_one())


def cancel_rest(conn: Connection, delivery_id: int, at: dt.datetime) -> int:
    """The rows nobody handed over are Canceled (the delivery was stopped)."""
    canceled = conn.execute(
        update(DeliveryLog)
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_SEND,
               DeliveryLog.handover_at.is_(None))
        .values(status=LogStatus.CANCELED, updated_at=at)
    ).rowcount or 0
    _bump(conn, delivery_id, {TO_SEND: -canceled, (LogStatus.CANCELED, FailureType.NONE, False): canceled})
    return canceled


# --- retries ----------------------------------------------------------------------------------------

#: A delivery's retries go out while it is sending or sent; paused, they wait; stopped or closed, none is left.
RETRYING_STATES = (DeliveryState.SENDING, DeliveryState.SENT)


def due_retries(conn: Connection, at: dt.datetime | None = None, delivery_id: int | None = None) -> list[int]:
    """Rows whose retry is due and that no process has claimed; due at ``at``, or by default at
    each delivery's own time (a demo's simulated clock)."""
    waiting = [DeliveryLog.next_retry_at.is_not(None), DeliveryLog.retry_claim.is_(None)]
    if delivery_id is not None:
        waiting.append(DeliveryLog.delivery_id == delivery_id)
    deliveries = conn.execute(select(DeliveryLog.delivery_id).join(Delivery, Delivery.id == DeliveryLog.delivery_id)
                              .where(*waiting, Delivery.state.in_(RETRYING_STATES)).distinct()).scalars().all()
    due: list[int] = []
    for one in deliveries:
        now = at or delivery_now(conn, one)
        due += conn.execute(select(DeliveryLog.id).where(*waiting, DeliveryLog.delivery_id == one,
                                                         DeliveryLog.next_retry_at <= now)).scalars()
    return sorted(due)


def claim_retry(conn: Connection, log_id: int, owner: str, at: dt.datetime) -> tuple[Any, ...] | None:
    """Claim one due retry for ``owner``: its row (delivery id, then what a send needs), or ``None``
    when another process took it or it is no longer due."""
    taken = conn.execute(update(DeliveryLog).where(
        DeliveryLog.id == log_id, DeliveryLog.retry_claim.is_(None), DeliveryLog.next_retry_at.is_not(None),
        DeliveryLog.next_retry_at <= at).values(retry_claim=owner, updated_at=utcnow())).rowcount
    if not taken:
        return None
    return tuple(conn.execute(
        select(DeliveryLog.delivery_id, DeliveryLog.id, DeliveryLog.address, *profile_columns())
        .join(Profile, Profile.id == DeliveryLog.profile_id).where(DeliveryLog.id == log_id)).one())


def claimed_retries(conn: Connection) -> list[tuple[int, str]]:
    """Every claimed retry: (log id, claimant)."""
    return [(i, o) for i, o in conn.execute(select(DeliveryLog.id, DeliveryLog.retry_claim)
                                            .where(DeliveryLog.retry_claim.is_not(None)))]


def _delivery_state(conn: Connection, delivery_id: int) -> DeliveryState:
    return conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()


def _row_class(conn: Connection, log_id: int) -> tuple[int, LogClass, int] | None:
    """A row's delivery, class and retries made so far."""
    row = conn.execute(select(DeliveryLog.delivery_id, DeliveryLog.status, DeliveryLog.failure_type,
                              DeliveryLog.next_retry_at, DeliveryLog.retry_count)
                       .where(DeliveryLog.id == log_id)).one_or_none()
    if row is None:
        return None
    return row[0], (row[1], row[2], row[3] is not None), row[4]


def _change(conn: Connection, log_id: int, delivery_id: int, old: LogClass, new: LogClass, extra: Any = None,
            **values: Any) -> bool:
    """Move one row from class ``old`` to ``new`` if it is still in ``old``; the counts follow."""
    status, failure, retrying = old
    condition = [DeliveryLog.id == log_id, DeliveryLog.status == status, DeliveryLog.failure_type == failure,
                 DeliveryLog.next_retry_at.is_not(None) if retrying else DeliveryLog.next_retry_at.is_(None)]
    if extra is not None:
        condition.append(extra)
    taken = conn.execute(update(DeliveryLog).where(*condition).values(
        status=new[0], failure_type=new[1], **values)).rowcount
    if taken:
        _move_counts(conn, delivery_id, [(old, new)])
    return bool(taken)


def settle_retry(conn: Connection, s: Settled, owner: str, rules: ReportingRules, settings: Settings,
                 at: dt.datetime) -> bool:
    """Write what a retry found, and release its claim; ``False`` if the claim was no longer ``owner``'s."""
    found = _row_class(conn, s.log_id)
    if found is None:
        return False
    delivery_id, old, retries = found
    mine = DeliveryLog.retry_claim == owner
    common: dict[str, Any] = {"retry_claim": None, "updated_at": at}
    if s.fate is Fate.RETURNED:  # the relay was unavailable: the retry is still due, for the next pass
        return _change(conn, s.log_id, delivery_id, old, old, mine, **common)
    values: dict[str, Any] = {**common, "retry_count": retries + 1, "last_reply": s.reply, "message_id": s.message_id}
    if s.fate is Fate.ACCEPTED:  # the relay took it again: no proof of arrival yet (see ``settle``)
        return _change(conn, s.log_id, delivery_id, old, (rules.accepted, FailureType.NONE, False), mine,
                       failure_reason=FailureReason.NOT_DEFINED, matched_rule="accepted", next_retry_at=None,
                       sent_at=at, **values)
    if s.fate is Fate.UNKNOWN:  # maybe delivered this time: never tried again, the row keeps its place
        values.update(last_reply=UNKNOWN_REPLY)
        return _change(conn, s.log_id, delivery_id, old, (old[0], old[1], False), mine, next_retry_at=None, **values)
    c = s.classification
    assert c is not None
    retry = next_retry(at, retries + 1, settings) if c.type is FailureType.SOFT else None
    retry = retry if retry is not None and retry < validity_end(conn, delivery_id, at, settings) else None
    if retry is not None and _delivery_state(conn, delivery_id) not in RETRYING_STATES:
        retry = None  # stopped or closed while this retry was on its way: no other goes out after it
    if s.email_norm and c.type in (FailureType.HARD, FailureType.SOFT):
        record_failure(conn, s.email_norm, c.type, c.reason, s.reply, at, settings)
    return _change(conn, s.log_id, delivery_id, old, _failure(c, retry, rules.refused_retrying), mine, failure_reason=c.reason,
                   matched_rule=c.rule, next_retry_at=retry, **values)


def expire_retries(conn: Connection, delivery_id: int, at: dt.datetime) -> int:
    """The validity period ended, or the delivery was stopped: retries not yet made are final
    failures (claimed ones settle first)."""
    expired = 0
    for status in (LogStatus.SENT, LogStatus.FAILED, LogStatus.PENDING):
        n = conn.execute(update(DeliveryLog).where(
            DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == status,
            DeliveryLog.failure_type == FailureType.SOFT, DeliveryLog.next_retry_at.is_not(None),
            DeliveryLog.retry_claim.is_(None),
        ).values(status=LogStatus.FAILED, next_retry_at=None, updated_at=at)).rowcount or 0
        _bump(conn, delivery_id, {(status, FailureType.SOFT, True): -n, (LogStatus.FAILED, FailureType.SOFT, False): n})
        expired += n
    return expired


# --- feedback: delivery reports, bounces, complaints, events ------------------------------------------

@dataclass(frozen=True)
class Target:
    """The row a returned message is about."""

    log_id: int
    delivery_id: int
    status: LogStatus
    failure_type: FailureType
    retrying: bool
    address: str | None
    profile_id: int
    retries: int
    claimed: bool = False  # a retry of it is being handed over right now
    message_id: str | None = None  # the Message-ID of its latest attempt (each retry has its own)

    @property
    def klass(self) -> LogClass:
        return (self.status, self.failure_type, self.retrying)


def find(conn: Connection, delivery_id: int | None, log_id: int | None, message_id: str | None) -> Target | None:
    """The row a returned message names: by its id (within ``delivery_id`` when given), else by the
    Message-ID of one of its attempts."""
    query = select(DeliveryLog.id, DeliveryLog.delivery_id, DeliveryLog.status, DeliveryLog.failure_type,
                   DeliveryLog.next_retry_at, DeliveryLog.address, DeliveryLog.profile_id, DeliveryLog.retry_count,
                   DeliveryLog.retry_claim, DeliveryLog.message_id)
    if log_id is not None:
        query = query.where(DeliveryLog.id == log_id)
        if delivery_id is not None:
            query = query.where(DeliveryLog.delivery_id == delivery_id)
    elif message_id is not None:
        query = query.where(DeliveryLog.message_id == message_id)
    else:
        return None
    row = conn.execute(query).first()
    if row is None:
        return None
    return Target(row[0], row[1], row[2], row[3], row[4] is not None, row[5], row[6], row[7], row[8] is not None, row[9])


class Applied(enum.Enum):
    """What a returned message did to its row."""

    CHANGED = enum.auto()
    UNCHANGED = enum.auto()  # nothing to change (a duplicate, a report on a delivered message …)
    TOO_EARLY = enum.auto()  # its row is still being handed over: read it again later


#: Rows a returned message cannot concern yet, or no longer.
_NOT_HANDED_OVER = frozenset({LogStatus.TO_SEND, LogStatus.IGNORED, LogStatus.CANCELED})


def apply_delivered(conn: Connection, target: Target, text: str, rules: ReportingRules, at: dt.datetime) -> Applied:
    """The server reports the message delivered."""
    if target.status is LogStatus.TO_SEND or target.claimed:
        return Applied.TOO_EARLY
    hard = target.status is LogStatus.FAILED and target.failure_type is not FailureType.SOFT
    if hard or target.status in _NOT_HANDED_OVER:
        return Applied.UNCHANGED  # a hard bounce is final; an excluded or canceled row was never sent
    if target.status not in rules.report_delivers | {LogStatus.UNKNOWN}:
        return Applied.UNCHANGED
    new: LogClass = (LogStatus.SENT, FailureType.NONE, False)
    if target.klass == new:
        return Applied.UNCHANGED
    changed = _change(conn, target.log_id, target.delivery_id, target.klass, new, DeliveryLog.retry_claim.is_(None),
                      failure_reason=FailureReason.NOT_DEFINED, next_retry_at=None, last_reply=text[:2000],
                      matched_rule="delivered", updated_at=at)
    if changed and target.address:
        record_successes(conn, [address_key(target.address) or ""], at)
    return Applied.CHANGED if changed else Applied.UNCHANGED


def apply_bounce(conn: Connection, target: Target, c: Classification, text: str, rules: ReportingRules,
                 settings: Settings, at: dt.datetime, email_norm: str | None, final: bool = False) -> Applied:
    """A bounce (hard or soft) for a message handed over. ``final``: the relay itself gave up
    after retrying until its queue lifetime ended (a failed notice with a 4.x.x status), so
    no retry of ours follows."""
    if target.status is LogStatus.TO_SEND or target.claimed:
        return Applied.TOO_EARLY
    if target.status in _NOT_HANDED_OVER:
        return Applied.UNCHANGED
    if target.status is LogStatus.FAILED and target.failure_type in (FailureType.HARD, FailureType.IGNORED):
        return Applied.UNCHANGED  # already final: a duplicate, or a late soft one after a hard one
    if c.type is FailureType.SOFT and target.failure_type is FailureType.SOFT and target.retrying:
        return Applied.UNCHANGED  # the same soft bounce again: its retry is already planned
    retry = None
    if c.type is FailureType.SOFT and not final:
        retry = next_retry(at, target.retries, settings)
        retry = retry if retry < validity_end(conn, target.delivery_id, at, settings) else None
    new = _failure(c, retry, rules.soft_retrying)
    changed = _change(conn, target.log_id, target.delivery_id, target.klass, new, DeliveryLog.retry_claim.is_(None),
                      failure_reason=c.reason, matched_rule=c.rule, last_reply=text[:2000], next_retry_at=retry,
                      updated_at=at)
    if changed and email_norm and c.type in (FailureType.HARD, FailureType.SOFT):
        record_failure(conn, email_norm, c.type, c.reason, text, at, settings)
    return Applied.CHANGED if changed else Applied.UNCHANGED


#: How a delay notice's words are kept on its row (the screens translate the words before the relay's).
DELAYED_BY_RELAY = Msg.REPLY_DELAYED.value.format(reply="")


def apply_delayed(conn: Connection, target: Target, text: str, rules: ReportingRules, at: dt.datetime) -> Applied:
    """The relay is still trying (a *delayed* notice): not a bounce. The row keeps its status and
    stores the words; a retry planned for it is dropped, since the relay still holds the message
    and a retry would send it twice."""
    if target.status is LogStatus.TO_SEND or target.claimed:
        return Applied.TOO_EARLY
    if target.status in _NOT_HANDED_OVER or target.status is LogStatus.UNKNOWN:
        return Applied.UNCHANGED
    if target.status is LogStatus.FAILED and not target.retrying:
        return Applied.UNCHANGED  # final already: a late notice changes nothing
    reply = (DELAYED_BY_RELAY + text)[:2000]
    if target.retrying:
        changed = _change(conn, target.log_id, target.delivery_id, target.klass, (rules.accepted, FailureType.NONE, False),
                          DeliveryLog.retry_claim.is_(None), failure_reason=FailureReason.NOT_DEFINED, next_retry_at=None,
                          last_reply=reply, matched_rule="delayed", updated_at=at)
        return Applied.CHANGED if changed else Applied.UNCHANGED
    conn.execute(update(DeliveryLog).where(DeliveryLog.id == target.log_id, DeliveryLog.status == target.status)
                 .values(last_reply=reply, matched_rule="delayed", updated_at=at))
    return Applied.UNCHANGED  # no figure moves


def release_delivered(conn: Connection, delivery_id: int, at: dt.datetime) -> None:
    """At the end of validity, the addresses whose message stayed delivered (no bounce came back)
    are released from *With errors*: the relay's silence is the only success report relay mode gets."""
    addresses = conn.execute(select(DeliveryLog.address).where(
        DeliveryLog.delivery_id == delivery_id, DeliveryLog.status.in_([LogStatus.SENT, LogStatus.PENDING]),
        DeliveryLog.failure_type == FailureType.NONE)).scalars().all()
    record_successes(conn, sorted({address_key(a) for a in addresses if address_key(a)}), at)


def record_event(conn: Connection, kind: TrackingKind, delivery_id: int, profile_id: int, url: str | None,
                 at: dt.datetime) -> None:
    """An open, a click, an unsubscription, a mirror view or a complaint by one recipient."""
    conn.execute(insert(TrackingEvent).values(delivery_id=delivery_id, profile_id=profile_id, kind=int(kind), url=url, at=at))


def apply_complaint(conn: Connection, target: Target, email_norm: str | None, at: dt.datetime) -> Applied:
    """A spam complaint: the address goes on the denylist, and the complaint is an event of the recipient."""
    if target.status in _NOT_HANDED_OVER:  # nobody complains of a message that never left: a forgery
        return Applied.UNCHANGED
    if email_norm:
        denylist(conn, email_norm, DenylistCause.COMPLAINT, at)
    record_event(conn, TrackingKind.SPAM_COMPLAINT, target.delivery_id, target.profile_id, None, at)
    return Applied.CHANGED


__all__ = [
    "Applied", "DELAYED_BY_RELAY", "Fate", "Settled", "Tally", "Target", "apply_bounce", "apply_complaint", "apply_delayed",
    "apply_delivered", "cancel_rest",
    "claim", "claim_retry", "claimed_ids", "claimed_retries", "count_canceled", "count_classes", "discard", "due_retries",
    "expire_retries", "find", "rebuild_counts", "record_event", "release_delivered", "seed_counts", "settle",
    "settle_retry", "validity_end",
]
