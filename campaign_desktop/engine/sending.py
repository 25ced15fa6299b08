"""The send: hand every message over, batch after batch, until none is left.

This module holds the loop only. Who may do what is in ``roles`` and ``lifecycle``; the
actions a person takes (confirm, pause, resume, stop) in ``send_actions``; every write of
a log row in ``delivery_log``; what a dead sender left, in ``send_recovery``; a failing
relay, in ``relay_watch``.

Crash safety (DESIGN.md §3): a batch is claimed (marked ``handover_at``) and committed
before its messages go out, and each message's fate is written to the send's journal as
the server answers (``send_journal``). Settling a batch writes its rows; a process killed
before that is settled from its journal by the next holder of the delivery's lease.

The delivery's state in the database is the channel: a pause or stop given anywhere is
read between batches and while a batch is out; the connections then stop after the
message in hand (and are cut a second later if it is stuck), so a stop takes effect
within two seconds whatever the relay does.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from campaign_desktop.db.models import Delivery, DeliveryLog, Profile, utcnow
from campaign_desktop.domain.enums import DeliveryState, FailureType, Job, JournalLevel, LogStatus
from campaign_desktop.engine import delivery_journal, send_journal
from campaign_desktop.engine.clock import Now, SimulatedClock, delivery_clock, local_midnight_utc
from campaign_desktop.engine.control import ControlLike
from campaign_desktop.engine.delivery_log import (
    Fate,
    Settled,
    Tally,
    cancel_rest,
    claim,
    count_canceled,
    expire_retries,
    settle,
)
from campaign_desktop.engine.indicators import Indicators, live, store
from campaign_desktop.engine.job_lease import Held, Holder, lease
from campaign_desktop.engine.lifecycle import current_state, move, set_reason, try_move
from campaign_desktop.engine.message import SenderFacts
from campaign_desktop.engine.message_sender import Batch, MessageSender, Outcome, ParallelSender, SenderSpec
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.recipients import profile_columns
from campaign_desktop.engine.return_path import ReturnPath
from campaign_desktop.engine.relay_watch import RelayFailure, RelayWatch, usable
from campaign_desktop.engine.reply_rules import NO_REPLY, Classification, classify
from campaign_desktop.engine.reporting import PROCESSED, rules_for
from campaign_desktop.engine.send_actions import SendRefused
from campaign_desktop.engine.send_policy import SendPolicy
from campaign_desktop.engine.send_recovery import recover_claimed
from campaign_desktop.engine.settings import Settings, load_settings, tracking_secret
from campaign_desktop.engine.transports import Transport

BATCH_PER_CONNECTION = 25
#: Batches handed to the sender before the oldest is settled.
IN_FLIGHT_BATCHES = 2
#: How often the live figures are stored for the list and the chart (seconds).
STORE_EVERY_S = 1.0
#: How often the live figures are read for the progress (seconds).
REPORT_EVERY_S = 0.25
#: From this many messages the send uses worker processes (one a core).
PARALLEL_FROM = 5000
#: How often the delivery's state is read while sending or waiting (seconds).
STATE_POLL_S = 0.2
#: How long one wait for a batch lasts before holds are looked at again (seconds).
WAIT_SLICE_S = 0.1


@dataclass
class SendSummary:
    delivery_id: int
    state: DeliveryState
    handed_over: int = 0
    accepted: int = 0
    failed: int = 0
    unknown: int = 0
    canceled: int = 0
    returned: int = 0
    recovered: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)
    relay_down: Message | None = None  # the relay still failed when the send gave up waiting
    figures: Indicators | None = None

    def add(self, tally: Tally) -> None:
        self.handed_over += tally.accepted + tally.refused + tally.unknown
        self.accepted += tally.accepted
        self.failed += tally.refused
        self.unknown += tally.unknown
        self.returned += tally.returned
        for reason, n in tally.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + n


def send(
    engine: Engine,
    delivery_id: int,
    transport: Transport,
    control: ControlLike,
    settings: Settings | None = None,
    now: Now | None = None,
    relay_wait_s: float | None = None,
) -> SendSummary:
    """Hand over every message still to send; returns when all are handed over, or on a pause
    (the app closing), a stop, or a relay still down after ``relay_wait_s`` (None: wait on)."""
    started = time.perf_counter()
    with engine.connect() as conn:
        settings = settings or load_settings(conn)
        delivery = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).one_or_none()
        if delivery is None:
            raise SendRefused(Msg.NO_DELIVERY, delivery=delivery_id)
        now = now or delivery_clock(conn, delivery_id)
    if delivery.state not in (DeliveryState.SENDING, DeliveryState.PAUSED, DeliveryState.SCHEDULED):
        raise SendRefused(Msg.NOT_CONFIRMED, state=delivery.state)
    summary = SendSummary(delivery_id, delivery.state)
    policy = SendPolicy.from_json(delivery.send_policy, settings)
    with lease(engine, delivery_id, Job.SEND) as held:  # refused while another process lives on it
        recovered = recover_claimed(engine, delivery_id, held, settings, now())
        summary.add(recovered)
        summary.recovered = recovered.accepted + recovered.unknown + recovered.returned
        journal = send_journal.delivery_folder(engine, delivery_id) / send_journal.file_name(held.owner).removesuffix(".log")
        send_journal.SendJournal(Path(f"{journal}-{os.getpid()}.log")).close()  # begun before anything is claimed
        spec = sender_spec(engine, delivery, settings, transport, policy, str(journal))
        remaining = _count(engine, delivery_id, LogStatus.TO_SEND)
        if delivery.seed_addresses and _first_run(engine, delivery_id):
            _send_seed_copies(engine, delivery, spec)
        portable = getattr(transport, "portable", lambda: transport)()
        # never more processes than connections: each process opens at least one
        processes = 1 if remaining < PARALLEL_FROM or portable is None else max(1, min(os.cpu_count() or 1, policy.connections))
        sender = ParallelSender(SenderSpec(**{**spec.__dict__, "transport": portable}) if processes > 1 else spec, processes)
        try:
            _SendLoop(engine, delivery, sender, transport, control, settings, policy, summary, now, relay_wait_s).run()
        except Exception:
            sender.close()
            _settle_own(engine, delivery_id, held, settings, now())
            raise
        finally:
            sender.close()
        # every batch is settled in the database now: this send's journals are no longer needed
        send_journal.forget(list(journal.parent.glob(journal.name + "-*.log")))
    with engine.connect() as conn:
        summary.figures = live(conn, delivery_id, settings.reporting_mode)
    summary.canceled = summary.figures.canceled
    summary.seconds = time.perf_counter() - started
    return summary


def _settle_own(engine: Engine, delivery_id: int, held: Held, settings: Settings, at: dt.datetime) -> None:
    """The send failed (the database went away, a state moved under it): before its lease goes,
    what it had in hand is settled from its own journal, as the next holder would (it began
    its journal before claiming anything, so a row it does not mention never left)."""
    try:
        recover_claimed(engine, delivery_id, Held(held.owner, Holder(held.owner, utcnow(), Job.SEND)), settings, at)
    except Exception:  # noqa: BLE001 - the failure being raised matters more; the journal stays for the next holder
        pass


def sender_spec(engine: Engine, delivery: Any, settings: Settings, transport: Transport, policy: SendPolicy,
          journal: str = "") -> SenderSpec:
    facts = SenderFacts(delivery.id, delivery.from_name, delivery.from_address, delivery.reply_to, delivery.error_address,
                        delivery.bcc_archive, delivery.charset)
    # the simulated MTA brings its own base: offline, opens and clicks are simulated, not served
    base = settings.tracking_base_url or getattr(transport, "tracking_base", "")
    secret = tracking_secret(engine) if base or settings.verp else b""
    return_path = ReturnPath(secret) if settings.verp else None
    return SenderSpec(delivery.subject, delivery.html, delivery.text, facts, base, secret, transport,
                      policy.connections, policy.messages_per_second, journal, return_path,
                      settings.message_size_cap)


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
    sender = MessageSender(SenderSpec(**{**spec.__dict__, "journal": ""}))
    try:
        replies = [sender.one((0, seed, *first[2:])).reply for seed in delivery.seed_addresses]
    finally:
        sender.close()
    accepted = sum(1 for r in replies if r.accepted)
    with engine.begin() as conn:
        delivery_journal.write(conn, delivery.id, JournalLevel.INFO if accepted == len(replies) else JournalLevel.WARNING,
                               message(Msg.SEED_COPIES, accepted=accepted, total=len(replies)))


def _first_run(engine: Engine, delivery_id: int) -> bool:
    """Nothing of the delivery was handed over yet (seed copies go out once, before the first)."""
    with engine.connect() as conn:
        return not conn.execute(select(func.count()).where(
            DeliveryLog.delivery_id == delivery_id, DeliveryLog.status.in_(PROCESSED | {LogStatus.UNKNOWN}))).scalar_one()


def _count(engine: Engine, delivery_id: int, status: LogStatus) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id,
                                                       DeliveryLog.status == status)).scalar_one()


class _SendLoop:
    """One run of the send, from its first claim to the state it leaves the delivery in."""

    def __init__(self, engine: Engine, delivery: Any, sender: ParallelSender, transport: Transport,
                 control: ControlLike, settings: Settings, policy: SendPolicy, summary: SendSummary, now: Now,
                 relay_wait_s: float | None) -> None:
        self.engine, self.delivery_id, self.sender, self.control = engine, delivery.id, sender, control
        self.settings, self.policy, self.summary, self.now = settings, policy, summary, now
        self.rules = rules_for(settings.reporting_mode)
        self.validity = dt.timedelta(hours=delivery.validity_hours or settings.validity_hours)
        self.watch = RelayWatch(transport, settings.relay_probe_s, settings.relay_probe_max_s)
        self.relay_wait_s = relay_wait_s
        self.in_flight: collections.deque[Batch] = collections.deque()
        self.batch_size = BATCH_PER_CONNECTION * policy.connections
        self.total = _count(engine, delivery.id, LogStatus.TO_SEND)
        self.conn: Connection | None = None
        self._state: tuple[DeliveryState, dt.datetime | None] = (delivery.state, delivery.contact_date)
        self._state_read = 0.0
        self._figures: Indicators | None = None
        self._figures_read = self._stored_at = 0.0
        self._outage_began: float | None = None

    # --- the loop ------------------------------------------------------------------------------
    def run(self) -> None:
        with self.engine.connect() as conn:
            self.conn = conn
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA synchronous=FULL")  # a power cut must not lose a claim
                conn.commit()
            while True:
                final = self.step()
                if final is not None:
                    self.summary.state = final
                    return

    def step(self) -> DeliveryState | None:
        """One turn: settle or claim a batch, or wait while something holds the send."""
        state, contact = self.state()
        if self.control.should_stop() or state is DeliveryState.STOPPED:
            return self.finish_stopped(state)
        if getattr(self.control, "detached", False):
            return self.leave_paused(getattr(self.control, "detach_reason", None) or message(Msg.REASON_APP_CLOSED))
        if self.watch.outage is not None and state in (DeliveryState.PAUSED, DeliveryState.SENDING):
            return self.wait_for_relay(state)
        if state is DeliveryState.PAUSED:
            return self.hold(message(Msg.PROGRESS_PAUSED), halt=True)
        if state is DeliveryState.SCHEDULED:
            if contact is not None and contact > self.now():
                return self.hold(message(Msg.PROGRESS_SCHEDULED), halt=True)
            with self.begin() as conn:
                move(conn, self.delivery_id, DeliveryState.SCHEDULED, DeliveryState.SENDING)
            self._state_read = 0.0
            return None
        if state is not DeliveryState.SENDING:  # changed under us (edited back to draft …): leave it so
            self.drain(halt=True)
            return state
        if not self.policy.open_at(self.now()):
            return self.hold(message(Msg.PROGRESS_WINDOW_CLOSED))
        room = self.room()
        if room <= 0:
            return self.hold(message(Msg.PROGRESS_DAILY_CAP))
        self.sender.carry_on()
        return self.advance(room)

    def advance(self, room: int) -> DeliveryState | None:
        """Settle the oldest batch when enough are out, and claim the next in the same commit."""
        oldest = self.in_flight.popleft() if len(self.in_flight) >= IN_FLIGHT_BATCHES else None
        settled, failures = self.collect(oldest) if oldest is not None else ([], [])
        hold = bool(failures) or self.holding()
        with self.begin() as conn:
            tally = settle(conn, self.delivery_id, settled, self.rules, self.settings, self.now(), self.now() + self.validity)
            rows = claim(conn, self.delivery_id, room, self.now(), self.watch.suspects) if not hold else []
        self.after_settle(tally, failures)
        if rows:
            self.in_flight.append(self.sender.submit(rows))
        if hold or rows or oldest is not None:
            return None
        if self.in_flight:  # the last batches: settle them one by one
            self.settle_oldest()
            return None
        if self.watch.suspects:  # only recipients set aside are left: they are tried again
            self.watch.went_through()
            return None
        return self.finish_sent()

    # --- batches --------------------------------------------------------------------------------
    def collect(self, batch: Batch) -> tuple[list[Settled], list[RelayFailure]]:
        """Wait for a batch (halting it if a hold comes meanwhile) and judge each outcome."""
        while not batch.wait(WAIT_SLICE_S):
            if self.holding():
                self.sender.halt()
        settled, failures = [], []
        for outcome in batch.outcomes():
            entry, failure = self.judge(outcome)
            settled.append(entry)
            if failure is not None:
                failures.append(failure)
        return settled, failures

    def judge(self, outcome: Outcome) -> tuple[Settled, RelayFailure | None]:
        """The outcome as a row's fate; a relay failure sends the row back (at its third, fails it)."""
        reply = outcome.reply
        if reply.relay is None or outcome.fate is not Fate.RETURNED:
            return outcome.settled(), None
        text = outcome.settled().reply
        if self.watch.last_chance(outcome.log_id):  # the relay serves the others, yet fails this one again
            c = classify(reply.code, reply.text) if reply.code is not None else None
            if c is None or c.type is FailureType.NONE:
                c = Classification(NO_REPLY.type, NO_REPLY.reason, NO_REPLY.name)
            # failed softly, so it is retried later, but the relay's words say nothing of the address
            return Settled(outcome.log_id, Fate.REFUSED, outcome.email_norm, outcome.message_id, text, c, outcome.size,
                           counts_error=False), None
        return outcome.settled(), RelayFailure(outcome.log_id, reply.relay, text)

    def after_settle(self, tally: Tally, failures: list[RelayFailure]) -> None:
        """Account for a settled batch: progress, and what it says about the relay."""
        self.summary.add(tally)
        self.progressed()
        processed = tally.accepted + tally.refused + tally.unknown
        if failures:
            self.relay_failed(failures, processed)
        elif processed:
            self.watch.went_through()  # the relay works: suspects are tried again, the backoff starts over
            self._outage_began = None
        self.auto_pause()

    def settle_oldest(self) -> None:
        settled, failures = self.collect(self.in_flight.popleft())
        with self.begin() as conn:
            tally = settle(conn, self.delivery_id, settled, self.rules, self.settings, self.now(), self.now() + self.validity)
        self.after_settle(tally, failures)

    def drain(self, halt: bool = False) -> tuple[list[RelayFailure], int]:
        """Settle every batch out (halted first: what has not left comes back To send); the relay
        failures met, and how many messages the relay processed meanwhile."""
        if halt and self.in_flight:
            self.sender.halt()
        failures: list[RelayFailure] = []
        processed = 0
        while self.in_flight:
            settled, more = self.collect(self.in_flight.popleft())
            failures += more
            with self.begin() as conn:
                tally = settle(conn, self.delivery_id, settled, self.rules, self.settings, self.now(), self.now() + self.validity)
            self.summary.add(tally)
            processed += tally.accepted + tally.refused + tally.unknown
        self.progressed()
        return failures, processed

    # --- what holds the send --------------------------------------------------------------------
    def state(self, fresh: bool = False) -> tuple[DeliveryState, dt.datetime | None]:
        """The delivery's state, read again at most every ``STATE_POLL_S``."""
        if fresh or time.monotonic() - self._state_read >= STATE_POLL_S:
            with self.engine.connect() as conn:
                row = conn.execute(select(Delivery.state, Delivery.contact_date).where(Delivery.id == self.delivery_id)).one()
            self._state, self._state_read = (row[0], row[1]), time.monotonic()
        return self._state

    def holding(self) -> bool:
        """Whether the send must stop taking batches: a stop, a pause, the app closing."""
        if self.control.should_stop() or getattr(self.control, "detached", False):
            return True
        return self.state()[0] is not DeliveryState.SENDING

    def hold(self, status: Message, halt: bool = False) -> None:
        """Nothing goes out for now: settle what is out, say why, look again shortly."""
        self.drain(halt)
        self.control.report(self.summary.handed_over, self.total, status=status, **self.figures_dict())
        time.sleep(STATE_POLL_S)
        return None

    def room(self) -> int:
        if not self.policy.daily_cap:
            return self.batch_size
        since = local_midnight_utc(self.now(), self.policy.zone)
        with self.engine.connect() as conn:  # in-flight rows are marked, so counted
            today = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == self.delivery_id,
                                                            DeliveryLog.handover_at >= since)).scalar_one()
        return min(self.batch_size, self.policy.daily_cap - today)

    def auto_pause(self) -> None:
        p, s = self.policy, self.summary
        if not p.auto_pause_bounce_rate or s.handed_over < p.auto_pause_min_sent:
            return
        if s.failed / s.handed_over <= p.auto_pause_bounce_rate:
            return
        with self.begin() as conn:
            if not try_move(conn, self.delivery_id, DeliveryState.SENDING, DeliveryState.PAUSED,
                            message(Msg.REASON_AUTO_PAUSED, rate=p.auto_pause_bounce_rate)):
                return  # paused or stopped meanwhile
            delivery_journal.write(conn, self.delivery_id, JournalLevel.WARNING,
                                   message(Msg.AUTO_PAUSED, rate=p.auto_pause_bounce_rate))
        self._state_read = 0.0

    # --- the relay ------------------------------------------------------------------------------
    def relay_failed(self, failures: list[RelayFailure], processed: int) -> None:
        """The relay (not a recipient) failed: go on without the suspects, or pause and wait for it."""
        self.sender.halt()
        more, also = self.drain()
        outage = self.watch.failed(failures + more, processed + also, utcnow())
        if outage is None:
            return  # it answers: the others go on, the suspects are set aside
        self._outage_began = self._outage_began or time.monotonic()
        with self.begin() as conn:
            try_move(conn, self.delivery_id, DeliveryState.SENDING, DeliveryState.PAUSED, outage.reason())
            delivery_journal.write(conn, self.delivery_id, JournalLevel.WARNING,
                                   message(Msg.RELAY_PAUSED, reason=outage.reason(), reply=outage.reply))
        self._state_read = 0.0

    def wait_for_relay(self, state: DeliveryState) -> DeliveryState | None:
        """Try the relay again when due (at once when someone resumed); go on when it answers."""
        outage = self.watch.outage
        assert outage is not None
        if state is DeliveryState.PAUSED and not self.watch.try_due():
            began = self._outage_began or time.monotonic()
            if self.relay_wait_s is not None and time.monotonic() - began >= self.relay_wait_s:
                self.summary.relay_down = outage.reason()
                return DeliveryState.PAUSED
            return self.hold(outage.reason(), halt=True)
        answer = self.watch.probe()
        if usable(answer):
            self.watch.ended()
            with self.begin() as conn:
                if state is DeliveryState.PAUSED:
                    move(conn, self.delivery_id, DeliveryState.PAUSED, DeliveryState.SENDING)
                else:
                    set_reason(conn, self.delivery_id, None)
                delivery_journal.write(conn, self.delivery_id, JournalLevel.INFO, message(Msg.RELAY_BACK, relay=outage.relay))
            self._state_read = 0.0
            return None
        failure = RelayFailure(0, answer.relay or outage.problem, f"{answer.code or ''} {answer.text}".strip())
        outage = self.watch.failed([failure], 0, utcnow(), answer) or outage
        with self.begin() as conn:
            if state is DeliveryState.SENDING:  # resumed by someone while the relay is still down
                try_move(conn, self.delivery_id, DeliveryState.SENDING, DeliveryState.PAUSED, outage.reason())
            else:
                set_reason(conn, self.delivery_id, outage.reason())
        self._state_read = 0.0
        return None

    # --- how the send ends ----------------------------------------------------------------------
    def finish_sent(self) -> DeliveryState:
        with self.begin() as conn:
            store(conn, self.delivery_id, live(conn, self.delivery_id, self.settings.reporting_mode), self.now())
            move(conn, self.delivery_id, DeliveryState.SENDING, DeliveryState.SENT, sent_at=self.now())
            figures = live(conn, self.delivery_id, self.settings.reporting_mode)
            delivery_journal.write(conn, self.delivery_id, JournalLevel.INFO, message(
                Msg.ALL_HANDED_OVER, sent=figures.sent, accepted=self.summary.accepted, refused=self.summary.failed))
        return DeliveryState.SENT

    def finish_stopped(self, state: DeliveryState) -> DeliveryState:
        """Stopped here or from elsewhere: what is out is settled, what came back is canceled."""
        self.drain(halt=True)
        with self.begin() as conn:
            if state is not DeliveryState.STOPPED:
                move(conn, self.delivery_id, (DeliveryState.SENDING, DeliveryState.PAUSED, DeliveryState.SCHEDULED),
                     DeliveryState.STOPPED, message(Msg.REASON_STOPPED))
            cancel_rest(conn, self.delivery_id, utcnow())
            expire_retries(conn, self.delivery_id, utcnow())  # a stop is final: no retry goes out after it
            if state is not DeliveryState.STOPPED:  # stopped here (a stop from elsewhere journals itself)
                delivery_journal.write(conn, self.delivery_id, JournalLevel.INFO,
                                       message(Msg.STOPPED, canceled=count_canceled(conn, self.delivery_id)))
            store(conn, self.delivery_id, live(conn, self.delivery_id, self.settings.reporting_mode), self.now())
        return DeliveryState.STOPPED

    def leave_paused(self, reason: Message) -> DeliveryState:
        """The app closes (or the command is interrupted): what is out is settled, the rest waits."""
        self.drain(halt=True)
        with self.begin() as conn:
            if current_state(conn, self.delivery_id) is DeliveryState.SENDING:
                move(conn, self.delivery_id, DeliveryState.SENDING, DeliveryState.PAUSED, reason)
            store(conn, self.delivery_id, live(conn, self.delivery_id, self.settings.reporting_mode), self.now())
        return DeliveryState.PAUSED

    # --- figures ------------------------------------------------------------------------------------
    def figures_dict(self) -> dict[str, Any]:
        if self._figures is None or time.monotonic() - self._figures_read >= REPORT_EVERY_S:
            with self.engine.connect() as conn:
                self._figures = live(conn, self.delivery_id, self.settings.reporting_mode)
            self._figures_read = time.monotonic()
        figures = asdict(self._figures)
        if isinstance(self.now, SimulatedClock):  # a demo: its chart draws the send on the delivery's simulated time
            figures["simulated"] = self.now().isoformat()
        return figures

    def progressed(self) -> None:
        """Tell the control where the send stands; store the figures for the list and the chart."""
        figures = self.figures_dict()
        self.control.report(self.summary.handed_over, self.total, accepted=self.summary.accepted,
                            failed=self.summary.failed, **figures)
        if time.monotonic() - self._stored_at >= STORE_EVERY_S and self._figures is not None:
            with self.begin() as conn:
                store(conn, self.delivery_id, self._figures, self.now())
            self._stored_at = time.monotonic()

    def begin(self) -> Any:
        assert self.conn is not None
        return _Transaction(self.conn)


class _Transaction:
    """``with loop.begin() as conn:`` one transaction on the loop's connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self.transaction = self.conn.begin()
        return self.conn

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self.transaction.commit()
        else:
            self.transaction.rollback()


__all__ = ["PARALLEL_FROM", "SendSummary", "send", "sender_spec"]
