"""The send: confirm, hand every message over, pause, resume, stop, and survive a crash.

Crash safety (DESIGN.md §3): each batch of recipients is marked ``handover_at`` and
committed *before* its messages are handed over; their outcomes are committed after. A
restart finds marked rows still *To send*: they were in flight when the process died,
may or may not have reached the server, and are set *Unknown*, never sent again. Nobody
is sent twice and nobody is skipped. Only the process holding the delivery's send lease
(``send_lease``) sends it and recovers those rows, so a send whose process died is taken
up again, and a living one never twice. The delivery's state in the database is the
channel other processes use: ``pause``, ``resume`` and ``stop`` change it and the
sending loop reads it between batches.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from campaign_desktop.db.driver import placeholder, stored_time
from campaign_desktop.db.models import Delivery, DeliveryLog, JournalEntry, Operator, Profile, utcnow
from campaign_desktop.engine.control import ControlLike
from campaign_desktop.domain.enums import (
    ApprovalMode,
    DeliveryState,
    FailureType,
    FailureReason,
    JournalLevel,
    LogStatus,
    ReportingMode,
    Role,
)
from campaign_desktop.engine.indicators import LiveCounter, recompute, store
from campaign_desktop.engine.message import SenderFacts
from campaign_desktop.engine.message_sender import Batch, MessageSender, Outcome, ParallelSender, SenderSpec
from campaign_desktop.engine.quarantine import record_failure, record_successes
from campaign_desktop.engine.recipients import profile_columns
from campaign_desktop.engine.retries import next_retry
from campaign_desktop.engine.send_lease import AlreadySending, send_lease, sending_elsewhere
from campaign_desktop.engine.send_policy import SendPolicy
from campaign_desktop.engine.settings import Settings, load_settings, tracking_secret
from campaign_desktop.engine.transports import Reply, Transport

BATCH_PER_CONNECTION = 25
#: Batches handed to the sender before the oldest is settled: at most these are unknown after a crash.
IN_FLIGHT_BATCHES = 2
#: How often the live figures are written for the app and `stats` to read (seconds).
STORE_EVERY_S = 1.0
#: From this many messages the send uses worker processes (one a core).
PARALLEL_FROM = 5000
STATE_POLL_S = 0.2


class SendRefused(Exception):
    """The send cannot start: missing role, wrong state, errors in the analysis."""


def _operator(conn: Connection, login: str) -> Operator:
    from sqlalchemy.orm import Session

    with Session(bind=conn) as session:
        operator = session.execute(select(Operator).where(Operator.login == login)).scalar_one_or_none()
        if operator is None or operator.disabled:
            raise SendRefused(f"There is no active operator '{login}'.")
        session.expunge(operator)
        return operator


def require_role(conn: Connection, login: str, role: Role) -> Operator:
    operator = _operator(conn, login)
    if not operator.has_role(role):
        raise SendRefused(
            f"You do not have the '{role.name.replace('_', ' ').capitalize()}' role: "
            "ask an administrator to give it to you, or ask a colleague who has it to confirm the send."
        )
    return operator


def confirm_send(engine: Engine, delivery_id: int, login: str, now: dt.datetime | None = None) -> DeliveryState:
    """Confirm send: the *Start deliveries* role is checked here, in the engine."""
    now = now or utcnow()
    with engine.begin() as conn:
        operator = require_role(conn, login, Role.START_DELIVERIES)
        state, contact = conn.execute(select(Delivery.state, Delivery.contact_date).where(Delivery.id == delivery_id)).one()
        if state is not DeliveryState.PREPARED:
            raise SendRefused(f"Only a prepared delivery can be sent; this one is {state.name.lower()}.")
        errors = conn.execute(
            select(func.count()).where(JournalEntry.delivery_id == delivery_id, JournalEntry.level == JournalLevel.ERROR)
        ).scalar_one()
        if errors:
            raise SendRefused(f"The analysis has {errors} error(s): correct them and prepare again.")
        new_state = DeliveryState.SCHEDULED if contact is not None and contact > now else DeliveryState.SENDING
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=new_state, state_reason=""))
        _journal(conn, delivery_id, JournalLevel.INFO, f"Send confirmed by {operator.login}.")
    return new_state


def may_send_without_confirmation(approval: ApprovalMode, has_warnings: bool) -> bool:
    """Semi-automatic approval sends by itself only when the analysis has no warning."""
    return approval is ApprovalMode.AUTOMATIC or (approval is ApprovalMode.SEMI_AUTOMATIC and not has_warnings)


def confirm_if_approved(engine: Engine, delivery_id: int, login: str) -> bool:
    """After a preparation: confirm by itself when the approval mode allows it (semi-automatic:
    only with no warning in the analysis). The role is checked all the same."""
    with engine.connect() as conn:
        approval = conn.execute(select(Delivery.approval_mode).where(Delivery.id == delivery_id)).scalar_one()
        warnings = conn.execute(
            select(func.count()).where(JournalEntry.delivery_id == delivery_id, JournalEntry.level >= JournalLevel.WARNING)
        ).scalar_one()
    if not may_send_without_confirmation(approval, warnings > 0):
        return False
    confirm_send(engine, delivery_id, login)
    return True


def set_state(engine: Engine, delivery_id: int, login: str, wanted: DeliveryState) -> DeliveryState:
    """Pause, resume or stop from anywhere (another process included)."""
    allowed = {
        DeliveryState.PAUSED: {DeliveryState.SENDING},
        DeliveryState.SENDING: {DeliveryState.PAUSED},
        DeliveryState.STOPPED: {DeliveryState.SENDING, DeliveryState.PAUSED, DeliveryState.SCHEDULED},
    }[wanted]
    nobody_sends = wanted is DeliveryState.STOPPED and sending_elsewhere(engine, delivery_id) is None
    with engine.begin() as conn:
        require_role(conn, login, Role.START_DELIVERIES)
        state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
        if state not in allowed:
            raise SendRefused(f"A delivery that is {state.name.lower()} cannot become {wanted.name.lower()}.")
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=wanted, state_reason=f"{wanted.name.lower()} by {login}"))
        if wanted is DeliveryState.STOPPED:
            if nobody_sends:  # a living sender settles its own batches in hand
                _recover(conn, delivery_id)
            _cancel_rest(conn, delivery_id)
    return wanted


def resume(engine: Engine, delivery_id: int, login: str) -> bool:
    """Resume a paused send, or take up one whose sending process stopped without a word.

    Returns whether the caller must now run ``send``: not when a living process holds the
    send (a pause from elsewhere is lifted and that process goes on by itself).
    """
    with engine.connect() as conn:
        require_role(conn, login, Role.START_DELIVERIES)
        state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
    elsewhere = sending_elsewhere(engine, delivery_id)
    if state is DeliveryState.PAUSED:
        set_state(engine, delivery_id, login, DeliveryState.SENDING)
        return elsewhere is None
    if state is not DeliveryState.SENDING:
        raise SendRefused(f"A delivery that is {state.name.lower()} cannot be resumed.")
    if elsewhere is not None:
        raise SendRefused(f"This delivery is being sent by another process ({elsewhere.host}, process {elsewhere.pid}).")
    with engine.begin() as conn:
        _journal(conn, delivery_id, JournalLevel.WARNING, f"The send had been interrupted; {login} took it up again.")
    return True


def _cancel_rest(conn: Connection, delivery_id: int) -> int:
    result = conn.execute(
        update(DeliveryLog)
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_SEND, DeliveryLog.handover_at.is_(None))
        .values(status=LogStatus.CANCELED, updated_at=utcnow())
    )
    return result.rowcount or 0


def _journal(conn: Connection, delivery_id: int, level: JournalLevel, message: str) -> None:
    conn.execute(JournalEntry.__table__.insert().values(delivery_id=delivery_id, at=utcnow(), level=level, message=message))


@dataclass
class SendSummary:
    delivery_id: int
    state: DeliveryState
    handed_over: int = 0
    accepted: int = 0
    failed: int = 0
    unknown: int = 0
    canceled: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)
    live: LiveCounter | None = None


def send(
    engine: Engine,
    delivery_id: int,
    transport: Transport,
    control: ControlLike,
    settings: Settings | None = None,
    now: Callable[[], dt.datetime] = utcnow,
) -> SendSummary:
    """Hand over every message still to send; returns when all are handed over, or on pause timeout/stop."""
    started = time.perf_counter()
    with engine.connect() as conn:
        settings = settings or load_settings(conn)
        delivery = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).one()
    summary = SendSummary(delivery_id, delivery.state)
    if delivery.state not in (DeliveryState.SENDING, DeliveryState.PAUSED, DeliveryState.SCHEDULED):
        raise SendRefused(f"The delivery is {delivery.state.name.lower()}: confirm the send first.")
    policy = SendPolicy.from_json(delivery.send_policy, settings)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(send_lease(engine, delivery_id))
        except AlreadySending as exc:
            raise SendRefused(str(exc)) from exc
        with engine.begin() as conn:  # only the holder of the lease may decide what was in flight
            summary.unknown = _recover(conn, delivery_id)
        spec = _spec(engine, delivery, settings, transport, policy.connections, policy.messages_per_second)
        remaining = _count(engine, delivery_id, LogStatus.TO_SEND)
        if delivery.seed_addresses and summary.unknown == 0 and not _count(engine, delivery_id, LogStatus.SENT):
            _send_seed_copies(engine, delivery, spec)
        portable = getattr(transport, "portable", lambda: transport)()
        processes = 1 if remaining < PARALLEL_FROM or portable is None else max(1, os.cpu_count() or 1)
        sender = ParallelSender(SenderSpec(**{**spec.__dict__, "transport": portable}) if processes > 1 else spec, processes)
        try:
            _loop(engine, delivery, sender, control, settings, policy, summary, now)
        finally:
            sender.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _spec(engine: Engine, delivery: Any, settings: Settings, transport: Transport, connections: int, rate: float) -> SenderSpec:
    facts = SenderFacts(delivery.id, delivery.from_name, delivery.from_address, delivery.reply_to, delivery.error_address, delivery.bcc_archive)
    # the simulated MTA brings its own base: offline, opens and clicks are simulated, not served
    base = settings.tracking_base_url or getattr(transport, "tracking_base", "")
    secret = tracking_secret(engine) if base else b""
    return SenderSpec(delivery.subject, delivery.html, delivery.text, facts, base, secret, transport, connections, rate)


def _send_seed_copies(engine: Engine, delivery: Any, spec: SenderSpec) -> None:
    """One copy to each seed address, made with the first recipient's data, before the send starts.

    Seed copies have no log row (log id 0): they count in no figure and their tracking
    links record nothing.
    """
    with engine.connect() as conn:
        first = conn.execute(
            select(DeliveryLog.id, DeliveryLog.address, *profile_columns())
            .join(Profile, Profile.id == DeliveryLog.profile_id)
            .where(DeliveryLog.delivery_id == delivery.id, DeliveryLog.status == LogStatus.TO_SEND)
            .order_by(DeliveryLog.id).limit(1)
        ).first()
    if first is None:
        return
    sender = MessageSender(spec)
    try:
        replies = [sender.one((0, seed, *first[2:])).reply for seed in delivery.seed_addresses]
    finally:
        sender.close()
    accepted = sum(1 for r in replies if r.accepted)
    with engine.begin() as conn:
        _journal(conn, delivery.id, JournalLevel.INFO if accepted == len(replies) else JournalLevel.WARNING,
                 f"Seed copies: {accepted} of {len(replies)} accepted.")


def _recover(conn: Connection, delivery_id: int) -> int:
    """Rows marked handed over but never settled were in flight at a crash: Unknown, never resent."""
    result = conn.execute(
        update(DeliveryLog)
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_SEND, DeliveryLog.handover_at.is_not(None))
        .values(status=LogStatus.UNKNOWN, last_reply="in flight when the sending process stopped; not sent again", updated_at=utcnow())
    )
    unknown = result.rowcount or 0
    if unknown:
        _journal(conn, delivery_id, JournalLevel.WARNING, f"{unknown} message(s) were being handed over when the send was interrupted: their fate is unknown and they were not sent again.")
    return unknown


def _wait_while_held(engine: Engine, delivery_id: int, control: ControlLike, policy: SendPolicy,
                     now: Callable[[], dt.datetime], settle_in_hand: Callable[[], None]) -> DeliveryState:
    """Wait while the delivery is paused, scheduled for later or outside its sending window.

    A pause asked through ``control`` is written to the database (so the app and other
    processes see it) and lifted by ``control`` again; a pause written by another process
    is lifted only by its ``resume``. The batches in hand are settled before the held
    state is reported: a pause can land between the loop's check and this wait, and
    "paused" on screen must mean that nothing is going out any more.
    """
    paused_here = False
    while True:
        if control.should_stop():
            return DeliveryState.STOPPED
        if getattr(control, "detached", False):
            return DeliveryState.PAUSED
        wants_pause = bool(getattr(control, "paused", False))
        with engine.begin() as conn:
            state, contact = conn.execute(select(Delivery.state, Delivery.contact_date).where(Delivery.id == delivery_id)).one()
            new_state = state
            if state is DeliveryState.SENDING and wants_pause:
                new_state, paused_here = DeliveryState.PAUSED, True
            elif state is DeliveryState.PAUSED and paused_here and not wants_pause:
                new_state, paused_here = DeliveryState.SENDING, False
            elif state is DeliveryState.SCHEDULED and (contact is None or contact <= now()):
                new_state = DeliveryState.SENDING
            if new_state is not state:
                conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=new_state, state_reason=""))
        if new_state is DeliveryState.SENDING and policy.open_at(dt.datetime.now()):
            return new_state
        if new_state not in (DeliveryState.SENDING, DeliveryState.PAUSED, DeliveryState.SCHEDULED):
            return new_state
        settle_in_hand()
        control.report(0, 0, state=new_state.name.lower())
        time.sleep(STATE_POLL_S)


def _loop(
    engine: Engine, delivery: Any, sender: ParallelSender, control: ControlLike, settings: Settings,
    policy: SendPolicy, summary: SendSummary, now: Callable[[], dt.datetime],
) -> None:
    delivery_id = delivery.id
    batch_size = BATCH_PER_CONNECTION * policy.connections
    total = _count(engine, delivery_id, LogStatus.TO_SEND)
    with engine.connect() as conn:
        live = LiveCounter.start(conn, delivery_id, settings.reporting_mode)
    summary.live = live
    last_store = 0.0
    in_flight: collections.deque[Batch] = collections.deque()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=FULL")  # a power cut must not lose a handover mark
            conn.commit()

        def settle_in_hand() -> None:
            while in_flight:
                with conn.begin():
                    _settle(conn, delivery_id, in_flight.popleft().outcomes(), settings, summary, now())

        while True:
            if in_flight and _holding(engine, delivery_id, control):  # finish the messages in hand first
                settle_in_hand()
                continue
            if getattr(control, "detached", False):  # the app closes: leave it paused, to resume later
                with conn.begin():
                    store(conn, delivery_id, live.indicators(), now())
                    conn.execute(update(Delivery).where(Delivery.id == delivery_id, Delivery.state == DeliveryState.SENDING)
                                 .values(state=DeliveryState.PAUSED, state_reason="paused when the application closed"))
                summary.state = DeliveryState.PAUSED
                return
            state = _wait_while_held(engine, delivery_id, control, policy, now, settle_in_hand)
            if state is not DeliveryState.SENDING:
                settle_in_hand()  # a stop or a change of state: nothing is left half handed over
            if state is DeliveryState.STOPPED:
                with conn.begin():
                    store(conn, delivery_id, live.indicators(), now())
                    summary.canceled = _cancel_rest(conn, delivery_id)
                    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=DeliveryState.STOPPED))
                summary.state = DeliveryState.STOPPED
                return
            if state is DeliveryState.PAUSED:
                continue  # detached while waiting: the branch above leaves it paused
            if state is not DeliveryState.SENDING:  # changed under us (edited back to draft…): leave it so
                summary.state = state
                return
            room = batch_size
            if policy.daily_cap:
                room = min(batch_size, policy.daily_cap - _sent_today(engine, delivery_id))  # in-flight rows are marked, so counted
                if room <= 0:
                    if in_flight:  # settle what is in hand while the cap holds the rest back
                        with conn.begin():
                            _settle(conn, delivery_id, in_flight.popleft().outcomes(), settings, summary, now())
                        continue
                    control.report(summary.handed_over, total, state="daily cap reached")
                    time.sleep(STATE_POLL_S)
                    continue
            # The oldest batch is settled and the next one claimed in one commit (one fsync),
            # and the claim is committed before its messages go out.
            outcomes = in_flight.popleft().outcomes() if len(in_flight) >= IN_FLIGHT_BATCHES else None
            with conn.begin():
                if outcomes is not None:
                    _settle(conn, delivery_id, outcomes, settings, summary, now())
                rows = _claim(conn, delivery_id, room, now())
            if rows:
                in_flight.append(sender.submit(rows))
            elif in_flight:
                with conn.begin():
                    _settle(conn, delivery_id, in_flight.popleft().outcomes(), settings, summary, now())
            elif outcomes is None:
                break
            control.report(summary.handed_over, total, accepted=summary.accepted, failed=summary.failed, **live.figures)
            if time.monotonic() - last_store >= STORE_EVERY_S:  # the app and `stats` read these
                with conn.begin():
                    store(conn, delivery_id, live.indicators(), now())
                last_store = time.monotonic()
            if _should_auto_pause(policy, summary):
                with conn.begin():
                    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(
                        state=DeliveryState.PAUSED, state_reason=f"paused automatically: bounce rate over {policy.auto_pause_bounce_rate:.0%}"))
                    _journal(conn, delivery_id, JournalLevel.WARNING, f"The send paused itself: the bounce rate passed {policy.auto_pause_bounce_rate:.0%}.")
        with conn.begin():
            store(conn, delivery_id, live.indicators(), now())
            conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=DeliveryState.SENT, sent_at=now(), state_reason=""))
            _journal(conn, delivery_id, JournalLevel.INFO, f"All messages handed over: {summary.accepted} accepted, {summary.failed} failed.")
    summary.state = DeliveryState.SENT


def _holding(engine: Engine, delivery_id: int, control: ControlLike) -> bool:
    """Whether the send must stop taking new batches (pause or stop, here or from another process)."""
    if control.should_stop() or getattr(control, "paused", False) or getattr(control, "detached", False):
        return True
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one() is not DeliveryState.SENDING


def _count(engine: Engine, delivery_id: int, status: LogStatus) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == status)).scalar_one()


def _sent_today(engine: Engine, delivery_id: int) -> int:
    midnight = dt.datetime.combine(utcnow().date(), dt.time())
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.handover_at >= midnight)
        ).scalar_one()


def _should_auto_pause(policy: SendPolicy, summary: SendSummary) -> bool:
    if not policy.auto_pause_bounce_rate or summary.handed_over < policy.auto_pause_min_sent:
        return False
    return summary.failed / summary.handed_over > policy.auto_pause_bounce_rate


def _claim(conn: Connection, delivery_id: int, size: int, at: dt.datetime) -> list[Any]:
    """The next rows to send, marked as being handed over (the caller commits before sending them)."""
    rows = [tuple(row) for row in conn.execute(  # plain tuples: they are pickled to the workers
        select(DeliveryLog.id, DeliveryLog.address, *profile_columns())
        .join(Profile, Profile.id == DeliveryLog.profile_id)
        .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.status == LogStatus.TO_SEND, DeliveryLog.handover_at.is_(None))
        .order_by(DeliveryLog.id)
        .limit(size)
    )]
    if rows:
        mark, when = placeholder(conn), stored_time(conn, at)
        conn.exec_driver_sql(f"UPDATE {_LOG.name} SET handover_at = {mark} WHERE id = {mark}", [(when, r[0]) for r in rows])
    return rows


def _settle(conn: Connection, delivery_id: int, outcomes: list[Outcome], settings: Settings, summary: SendSummary, at: dt.datetime) -> None:
    """Write what the server said for each message, and the address standing it implies."""
    accepted_status = LogStatus.PENDING if settings.reporting_mode is ReportingMode.EMAIL_FEEDBACK else LogStatus.SENT
    validity_end = at + dt.timedelta(hours=settings.validity_hours)
    rows: list[tuple[Any, ...]] = []
    delivered: list[str] = []
    when = stored_time(conn, at)
    for o in outcomes:
        summary.handed_over += 1
        c = o.classification
        reply = _reply_text(o.reply)
        if c.success:
            summary.accepted += 1
            if summary.live is not None:
                summary.live.accepted()
            rows.append((int(accepted_status), o.message_id, reply, c.rule, when, o.size, when, 0, 0, None, o.log_id))
            if o.email_norm:
                delivered.append(o.email_norm)
            continue
        summary.failed += 1
        summary.reasons[c.reason.name.lower()] = summary.reasons.get(c.reason.name.lower(), 0) + 1
        retry = next_retry(at, 0, settings) if c.type is FailureType.SOFT else None
        retry = retry if retry and retry < validity_end else None
        if summary.live is not None:
            summary.live.failed(c.type, retry is not None)
        rows.append((int(LogStatus.FAILED), o.message_id, reply, c.rule, when, o.size, None, int(c.type), int(c.reason),
                     stored_time(conn, retry), o.log_id))
        if o.email_norm and c.type in (FailureType.HARD, FailureType.SOFT):
            record_failure(conn, o.email_norm, c.type, c.reason, reply, at, settings)
    if rows:
        mark = placeholder(conn)
        conn.exec_driver_sql(
            f"UPDATE {_LOG.name} SET status = {mark}, message_id = {mark}, last_reply = {mark}, matched_rule = {mark}, "
            f"updated_at = {mark}, message_size = {mark}, sent_at = {mark}, failure_type = {mark}, "
            f"failure_reason = {mark}, next_retry_at = {mark} WHERE id = {mark}",
            rows,
        )
    record_successes(conn, delivered, at)


_LOG = DeliveryLog.__table__


def _reply_text(reply: Reply) -> str:
    return f"{reply.code} {reply.text}".strip() if reply.code is not None else f"no reply: {reply.text}"


def retry_rows(engine: Engine, log_ids: list[int], transport: Transport, settings: Settings, now: dt.datetime) -> None:
    """Send these log rows again (soft failures whose retry is due), delivery by delivery.

    The retry mark is cleared and committed before sending: a crash during a retry loses
    that retry, it never sends twice.
    """
    feedback_mode = settings.reporting_mode is ReportingMode.EMAIL_FEEDBACK
    with engine.begin() as conn:
        rows = conn.execute(
            select(DeliveryLog.delivery_id, DeliveryLog.id, DeliveryLog.address, DeliveryLog.retry_count, *profile_columns())
            .join(Profile, Profile.id == DeliveryLog.profile_id)
            .where(DeliveryLog.id.in_(log_ids))
        ).all()
        conn.execute(update(DeliveryLog).where(DeliveryLog.id.in_(log_ids)).values(next_retry_at=None, updated_at=now))
    by_delivery: dict[int, list[Any]] = {}
    retries = {row[1]: row[3] for row in rows}
    for row in rows:
        by_delivery.setdefault(row[0], []).append((row[1], row[2], *row[4:]))
    for delivery_id, batch in by_delivery.items():
        with engine.connect() as conn:
            delivery = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).one()
        sender = ParallelSender(_spec(engine, delivery, settings, transport, 1, 0), 1)
        try:
            outcomes = sender.submit(batch).outcomes()
        finally:
            sender.close()
        end = (delivery.sent_at or now) + dt.timedelta(hours=delivery.validity_hours or settings.validity_hours)
        with engine.begin() as conn:
            for o in outcomes:
                _settle_retry(conn, o, retries[o.log_id] + 1, feedback_mode, end, settings, now)
            recompute(conn, delivery_id, settings.reporting_mode, now)


def _settle_retry(conn: Connection, o: Outcome, retry_count: int, feedback_mode: bool, end: dt.datetime,
                  settings: Settings, now: dt.datetime) -> None:
    c = o.classification
    values: dict[str, Any] = {"retry_count": retry_count, "last_reply": _reply_text(o.reply), "matched_rule": c.rule,
                              "message_id": o.message_id, "updated_at": now}
    if c.success:  # relay: it stays (or is again) Sent; feedback: Pending until the server reports it
        values.update(status=LogStatus.PENDING if feedback_mode else LogStatus.SENT, failure_type=FailureType.NONE,
                      failure_reason=FailureReason.NOT_DEFINED, next_retry_at=None)
        if o.email_norm:
            record_successes(conn, [o.email_norm], now)
    else:
        retry = next_retry(now, retry_count, settings) if c.type is FailureType.SOFT else None
        retry = retry if retry is not None and retry < end else None
        keep_sent = c.type is FailureType.SOFT and retry is not None and not feedback_mode
        values.update(status=LogStatus.SENT if keep_sent else LogStatus.FAILED, failure_type=c.type,
                      failure_reason=c.reason, next_retry_at=retry)
        if o.email_norm and c.type in (FailureType.HARD, FailureType.SOFT):
            record_failure(conn, o.email_norm, c.type, c.reason, _reply_text(o.reply), now, settings)
    conn.execute(update(DeliveryLog).where(DeliveryLog.id == o.log_id).values(**values))
