"""The whole lifecycle of a delivery, as random sequences of what can happen to it (Hypothesis).

Hand-overs whose outcome is drawn per message (accepted, 4xx, 5xx, no reply after the
final dot), pauses, stops and crashes in the middle of them, resumes, delivery reports,
hard and soft bounce messages, delay notices and expired deferrals for any recipient in
any order, duplicated, and about an attempt a retry replaced, retries that succeed or
fail, the end of validity: in both reporting modes. After every step:

* Sent = Delivered + Bounces and errors + (Retries failed | Pending), and
  To deliver = Sent + Canceled + Unknown + Remaining;
* Sent never decreases;
* the live figures (the counts kept with the rows) equal Compute stats (a count of the rows);
* every row is where the seed table puts it (a model written from the table, in this file);
* nobody's message is accepted twice, but by a retry after a soft failure.

Everything is the real engine on a real SQLite file: the send loop, its journal and
recovery, the log writer, the DSN parser. Only the relay is played by the test, in
process, so that each message's outcome can be drawn and a crash can happen between two
messages: a crash raises out of the sending thread and leaves the lease held by a dead
process and the journal as it was, which is what ``kill -9`` leaves. Real relays and real
kills have tests of their own (test_relay_failures, test_interruptions).
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import tempfile
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis import event as _event
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select, update

from campaign_desktop.db.models import Delivery, DeliveryLog
from campaign_desktop.db.session import open_database
from campaign_desktop.demo.bounce_messages import dsn
from campaign_desktop.domain.enums import DeliveryState, FailureType, Job, LogStatus, ReportingMode
from campaign_desktop.engine import job_lease
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.feedback import close_expired, process_source
from campaign_desktop.engine.indicators import compute, count_classes, kept_classes, live
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.reporting import PROCESSED
from campaign_desktop.engine.retries import next_retry
from campaign_desktop.engine.retrying import send_due_retries
from campaign_desktop.engine.send_actions import confirm_send, pause, resume, stop
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings, save_settings
from campaign_desktop.engine.transports import Reply
from tests.engine.builders import add_delivery, add_profiles
from tests.engine.test_sending import _operators

ST, F = LogStatus, FailureType
START = dt.datetime(2026, 11, 23, 9, 0)
VALIDITY = dt.timedelta(hours=84)
OUTCOMES = ("accept", "soft", "hard", "noreply")


def event(text: str) -> None:
    """Hypothesis's statistics of what the examples did; nothing in a replayed sequence."""
    try:
        _event(text)
    except Exception:  # outside a Hypothesis run (a kept sequence)
        pass


class Crash(BaseException):
    """What kill -9 does to the sending thread: nothing after it runs."""


# --- the relay, played by the test ---------------------------------------------------------------

class Relay:
    """Answers each message as the current plan says, records what it took, and can crash the
    sending process at the k-th message (before or after its final dot went out)."""

    name = "test relay"

    def __init__(self) -> None:
        self.plan: deque[str] = deque()
        self.log: list[tuple[str, str]] = []  # (address, outcome) of each message handed over
        self.taken: Counter[str] = Counter()  # messages the relay holds, by recipient
        self.ids: dict[str, list[str]] = {}  # the Message-ID of each attempt the relay took, by recipient
        self.hook: tuple[int, str] | None = None  # (k, "pause" | "stop" | "crash" | "crash_wire")
        self.act = None

    def session(self) -> RelaySession:
        return RelaySession(self)

    def describe(self) -> str:
        return self.name

    def check(self) -> Reply:
        return Reply(250, "OK")


class RelaySession:
    def __init__(self, relay: Relay) -> None:
        self.relay = relay

    def send(self, msg, on_the_wire=None) -> Reply:
        relay, address = self.relay, msg.to_address
        if relay.hook is not None and len(relay.log) + 1 == relay.hook[0]:
            what = relay.hook[1]
            relay.hook = None
            if what.startswith("crash"):
                relay.log.append((address, what))
                if what == "crash_wire":
                    on_the_wire()
                    relay.taken[address] += 1  # it arrived: the reply is what was lost
                    relay.ids.setdefault(address, []).append(msg.message_id)
                raise Crash()
            relay.act(what)
        outcome = relay.plan.popleft() if relay.plan else "accept"
        relay.log.append((address, outcome))
        if outcome in ("accept", "noreply"):
            if on_the_wire is not None:
                on_the_wire()
            relay.taken[address] += 1
            relay.ids.setdefault(address, []).append(msg.message_id)  # only what it took can come back
            return Reply(250 if outcome == "accept" else None, "2.0.0 OK" if outcome == "accept" else "connection lost",
                         after_dot=True)
        return Reply(450, "4.2.2 Mailbox full") if outcome == "soft" else Reply(550, "5.1.1 User unknown")

    def abort(self, halted: bool = False) -> None:
        pass

    def close(self) -> None:
        pass


# --- the model: the seed table, row by row -------------------------------------------------------

@dataclass
class Row:
    status: LogStatus = ST.TO_SEND
    type: FailureType = F.NONE
    retry_at: dt.datetime | None = None
    retries: int = 0
    claimed: bool = False  # claimed by a send that crashed
    journal: str | None = None  # what its journal says: "accepted", "wire" or nothing

    @property
    def klass(self) -> tuple[LogStatus, FailureType, bool]:
        return (self.status, self.type, self.retry_at is not None)


@dataclass
class Model:
    mode: ReportingMode
    rows: list[Row]
    state: DeliveryState = DeliveryState.SENDING
    sent_at: dt.datetime | None = None
    deferred: list[tuple[int, str]] = field(default_factory=list)  # reports waiting for their row

    @property
    def accepted(self) -> LogStatus:
        return ST.PENDING if self.mode is ReportingMode.EMAIL_FEEDBACK else ST.SENT

    @property
    def soft_waits(self) -> LogStatus:  # where a soft bounce waits for its retry (seeds/003)
        return ST.FAILED if self.mode is ReportingMode.EMAIL_FEEDBACK else ST.SENT

    @property
    def refused_waits(self) -> LogStatus:  # where a 4xx at the hand-over waits: no bounce, as if handed over
        return self.accepted

    def end(self, at: dt.datetime) -> dt.datetime:
        return (self.sent_at or at) + VALIDITY

    def accept(self, row: Row) -> None:
        row.status, row.type, row.retry_at = self.accepted, F.NONE, None

    def soft(self, row: Row, at: dt.datetime, retries_done: int, waits: LogStatus | None = None) -> None:
        retry = next_retry(at, retries_done, Settings())
        if retry < self.end(at):
            row.status, row.type, row.retry_at = waits or self.soft_waits, F.SOFT, retry
        else:
            row.status, row.type, row.retry_at = ST.FAILED, F.SOFT, None

    def hard(self, row: Row) -> None:
        row.status, row.type, row.retry_at = ST.FAILED, F.HARD, None

    def handed_over(self, row: Row, outcome: str, at: dt.datetime) -> None:
        if outcome == "accept":
            self.accept(row)
        elif outcome == "soft":
            self.soft(row, at, 0, self.refused_waits)
        elif outcome == "hard":
            self.hard(row)
        else:  # no reply after the final dot (RFC 1047)
            row.status, row.type, row.retry_at = ST.UNKNOWN, F.NONE, None

    def recover(self, at: dt.datetime) -> None:
        """What the next holder of the lease settles from the dead sender's journal."""
        for row in self.rows:
            if row.claimed:
                if row.journal == "accepted":
                    self.accept(row)
                elif row.journal == "wire":
                    row.status, row.type, row.retry_at = ST.UNKNOWN, F.NONE, None
                row.claimed, row.journal = False, None

    def report(self, index: int, kind: str, at: dt.datetime, stale: bool = False) -> None:
        """A returned message about this recipient (seeds/003's table, and what the table implies)."""
        row = self.rows[index]
        if stale:  # about an attempt a retry replaced: nothing changes (a retry would send it twice)
            event("a report about an earlier attempt")
            return
        if row.claimed:
            self.deferred.append((index, kind))  # its fate is not written yet: read again later
            event("a report about a message whose fate is not written yet")
            return
        final = row.status is ST.FAILED and row.type in (F.HARD, F.IGNORED)
        if row.status in (ST.TO_SEND, ST.CANCELED, ST.IGNORED) or final:
            return
        if kind == "delivered":
            delivers = {ST.PENDING, ST.FAILED, ST.SENT} if self.mode is ReportingMode.EMAIL_FEEDBACK else {ST.SENT, ST.PENDING}
            if row.status in delivers | {ST.UNKNOWN}:
                row.status, row.type, row.retry_at = ST.SENT, F.NONE, None
        elif kind == "hard":
            self.hard(row)
        elif kind == "delayed":  # the relay still holds it: no bounce, and no retry may go out
            if row.status is not ST.UNKNOWN and row.retry_at is not None:
                self.accept(row)
        elif not (row.type is F.SOFT and row.retry_at is not None):  # a soft one already waiting: a duplicate
            if kind == "expired":  # the relay retried until it gave up: final
                row.status, row.type, row.retry_at = ST.FAILED, F.SOFT, None
            else:
                self.soft(row, at, row.retries)

    def retry(self, row: Row, outcome: str, at: dt.datetime) -> None:
        row.retries += 1
        if outcome in ("accept",):
            self.accept(row)
        elif outcome == "soft":
            self.soft(row, at, row.retries, self.refused_waits)
        elif outcome == "hard":
            self.hard(row)
        else:  # maybe delivered this time: it keeps its place, never tried again
            row.retry_at = None

    def expire(self) -> None:
        for row in self.rows:
            if row.retry_at is not None:
                row.status, row.type, row.retry_at = ST.FAILED, F.SOFT, None


# --- the machine ---------------------------------------------------------------------------------

_TEMPLATE: list[Path] = []


def _template() -> Path:
    """A migrated empty database, made once: each example starts from a copy of it."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="lifecycle-template-"))
        engine = open_database(f"sqlite:///{folder / 'template.db'}")
        engine.dispose()
        _TEMPLATE.append(folder / "template.db")
    return _TEMPLATE[0]


class Lifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="lifecycle-"))
        shutil.copy(_template(), self.folder / "campaign.db")
        self.engine = open_database(f"sqlite:///{self.folder / 'campaign.db'}")
        self.relay = Relay()
        self.relay.act = self._act
        self.now = START
        self.reports = itertools.count()
        self.sent_before = 0
        self.model: Model | None = None
        self.control: Control | None = None

    # --- set-up: a prepared, confirmed delivery, in one of the two modes ----------------------------
    @initialize(people=st.integers(2, 6), feedback=st.booleans())
    def begin(self, people: int, feedback: bool) -> None:
        mode = ReportingMode.EMAIL_FEEDBACK if feedback else ReportingMode.RELAY
        self.settings = Settings(tracking_base_url="", reporting_mode=mode)
        save_settings(self.engine, reporting_mode=mode)  # what stop() and the others read
        _operators(self.engine)
        self.addresses = [f"person{i}@example.com" for i in range(people)]
        add_profiles(self.engine, *({"email": a} for a in self.addresses))
        self.delivery = add_delivery(self.engine, send_policy={"connections": 1}, validity_hours=84.0)
        prepare(self.engine, self.delivery, Control(), workers=0)
        confirm_send(self.engine, self.delivery, "manager", now=START)
        with self.engine.connect() as conn:
            ids = conn.execute(select(DeliveryLog.id, DeliveryLog.address).where(DeliveryLog.delivery_id == self.delivery)).all()
        self.log_ids = {address: log_id for log_id, address in ids}
        self.model = Model(mode, [Row() for _ in self.addresses])

    # --- the send, and what interrupts it ----------------------------------------------------------
    def _act(self, what: str) -> None:
        assert self.control is not None
        if what == "pause":
            pause(self.engine, self.delivery, "manager")
            self.control.detach(message(Msg.REASON_APP_CLOSED))  # and nobody waits here for a resume
        else:
            self.control.stop()

    @precondition(lambda self: self.model is not None and self.model.state is DeliveryState.SENDING)
    @rule(plan=st.lists(st.sampled_from(OUTCOMES), max_size=6),
          hook=st.none() | st.tuples(st.integers(1, 3), st.sampled_from(["pause", "stop", "crash", "crash_wire"])))
    def hand_over(self, plan: list[str], hook: tuple[int, str] | None) -> None:
        model = self.model
        assert model is not None
        model.recover(self.now)
        self.relay.plan, self.relay.hook, self.relay.log = deque(plan), hook, []
        self.control = Control()
        owner = f"{job_lease.socket.gethostname()}:{job_lease.os.getpid()}:{next(self.reports)}"
        original = job_lease._owner_name
        job_lease._owner_name = lambda: owner
        try:
            summary = send(self.engine, self.delivery, self.relay, self.control, self.settings, now=lambda: self.now)
        except Crash:
            summary = None
            self._leave_as_killed(owner)
            event(f"killed at a message ({hook[1] if hook else ''})")
        finally:
            job_lease._owner_name = original
            self.relay.hook = None
        attempted = {address: outcome for address, outcome in self.relay.log}
        for index, address in enumerate(self.addresses):
            row = model.rows[index]
            if row.status is not ST.TO_SEND or address not in attempted:
                continue
            outcome = attempted[address]
            if summary is not None:
                model.handed_over(row, outcome, self.now)
            else:  # the crash: every row of the batch stays claimed, its journal says what happened
                row.claimed = True
                row.journal = {"accept": "accepted", "noreply": "wire", "crash_wire": "wire"}.get(outcome)
        if summary is None:
            for row in model.rows:
                if row.status is ST.TO_SEND:
                    row.claimed = True  # claimed with the batch, never started: To send again at recovery
            return
        event(f"hand-over ended {summary.state.name.lower()}")
        if summary.state is DeliveryState.STOPPED:
            for row in model.rows:
                if row.status is ST.TO_SEND:
                    row.status = ST.CANCELED
            model.expire()
        elif summary.state is DeliveryState.SENT:
            model.sent_at = self.now
        model.state = summary.state

    def _leave_as_killed(self, owner: str) -> None:
        """The sending thread died without a word: its lease stays held by a process that no
        longer gives a sign of life, as after kill -9."""
        with self.engine.begin() as conn:
            conn.execute(update(Delivery).where(Delivery.id == self.delivery).values(
                lease_owner=owner, lease_job=Job.SEND,
                lease_heartbeat_at=dt.datetime.utcnow() - dt.timedelta(hours=1)))

    @precondition(lambda self: self.model is not None and self.model.state is DeliveryState.PAUSED)
    @rule()
    def resume_it(self) -> None:
        assert resume(self.engine, self.delivery, "manager") is True
        self.model.state = DeliveryState.SENDING

    @precondition(lambda self: self.model is not None and (self.model.state is DeliveryState.PAUSED or (
        self.model.state is DeliveryState.SENDING and any(r.claimed for r in self.model.rows))))
    @rule()
    def stop_it(self) -> None:
        """Stopped by someone while paused, or after its sending process was killed."""
        model = self.model
        stop(self.engine, self.delivery, "manager")
        model.recover(self.now)
        for row in model.rows:
            if row.status is ST.TO_SEND:
                row.status = ST.CANCELED
        model.expire()  # a stop is final: no retry goes out after it
        model.state = DeliveryState.STOPPED

    # --- what comes back ---------------------------------------------------------------------------
    @precondition(lambda self: self.model is not None and any(self.relay.taken.values()))
    @rule(data=st.data(), kind=st.sampled_from(["delivered", "hard", "soft", "expired", "delayed"]),
          copies=st.integers(1, 2), earlier=st.booleans())
    def returned_message(self, data, kind: str, copies: int, earlier: bool = False) -> None:
        """A report about a message the relay took (duplicated when ``copies`` is 2; about the
        first attempt, which a retry may have replaced, when ``earlier``)."""
        taken = [a for a in self.addresses if self.relay.taken[a]]
        address = data.draw(st.sampled_from(taken))
        index = self.addresses.index(address)
        folder = self.folder / "bounces"
        folder.mkdir(exist_ok=True)
        status, diagnostic, action = {"delivered": ("2.0.0", "250 2.0.0 OK", "delivered"),
                                      "hard": ("5.1.1", "550 5.1.1 User unknown", "failed"),
                                      "soft": ("5.2.2", "552 5.2.2 Mailbox full", "failed"),
                                      "expired": ("4.4.1", "451 4.4.1 No answer from host", "failed"),
                                      "delayed": ("4.4.1", "451 4.4.1 No answer from host", "delayed")}[kind]
        with self.engine.connect() as conn:
            current = conn.execute(select(DeliveryLog.message_id).where(
                DeliveryLog.id == self.log_ids[address])).scalar_one()
        attempts = self.relay.ids.get(address, [])
        # a notice quotes the Message-ID that went out (the relay saw it, even if a killed sender never wrote it)
        quoted = attempts[0] if earlier and len(attempts) > 1 else current or (attempts[-1] if attempts else f"<m{index}@x>")
        stale = current is not None and quoted != current and self.model.rows[index].retries > 0
        for _ in range(copies):  # a second notice of the same (its own Message-ID and boundary)
            name = f"{next(self.reports):06d}.eml"
            (folder / name).write_bytes(dsn(quoted, f"{self.delivery}.{self.log_ids[address]}", address,
                                            status, diagnostic, action))
        self.now += dt.timedelta(minutes=5)
        waiting, self.model.deferred = self.model.deferred, []
        for earlier_report in waiting:  # reports left in the folder are read again first
            self.model.report(*earlier_report, self.now)
        for _ in range(copies):
            self.model.report(index, kind, self.now, stale)
        process_source(self.engine, folder, self.settings, self.now)

    @precondition(lambda self: self.model is not None)
    @rule(hours=st.sampled_from([1, 30]))
    def a_feedback_pass(self, hours: int) -> None:
        """Time passes and the bounce folder is read again (reports left there for their row)."""
        self.now += dt.timedelta(hours=hours)
        waiting, self.model.deferred = self.model.deferred, []
        for earlier in waiting:
            self.model.report(*earlier, self.now)
        folder = self.folder / "bounces"
        if folder.exists():
            process_source(self.engine, folder, self.settings, self.now)

    @precondition(lambda self: self.model is not None and any(r.retry_at is not None for r in self.model.rows)
                  and self.model.state in (DeliveryState.SENDING, DeliveryState.SENT))
    @rule(outcomes=st.lists(st.sampled_from(OUTCOMES), max_size=6), hours=st.sampled_from([2, 26]))
    def retries(self, outcomes: list[str], hours: int) -> None:
        self.now += dt.timedelta(hours=hours)
        self.relay.plan, self.relay.log, self.relay.hook = deque(outcomes), [], None
        due = sorted((i for i, r in enumerate(self.model.rows) if r.retry_at is not None and r.retry_at <= self.now),
                     key=lambda i: self.log_ids[self.addresses[i]])
        send_due_retries(self.engine, self.relay, self.settings, self.now)
        tried = dict(self.relay.log)
        assert set(tried) == {self.addresses[i] for i in due}  # each due retry, once
        for index in due:
            self.model.retry(self.model.rows[index], tried[self.addresses[index]], self.now)

    @precondition(lambda self: self.model is not None and self.model.state is DeliveryState.SENT)
    @rule()
    def validity_ends(self) -> None:
        self.now = max(self.now, (self.model.sent_at or START) + VALIDITY + dt.timedelta(minutes=1))
        assert close_expired(self.engine, self.settings, self.now) == 1
        self.model.expire()
        self.model.state = DeliveryState.CLOSED

    # --- what holds after every step ---------------------------------------------------------------
    @invariant()
    def rows_are_where_the_seed_table_puts_them(self) -> None:
        if self.model is None:
            return
        with self.engine.connect() as conn:
            rows = {a: (s, t, r is not None) for a, s, t, r in conn.execute(
                select(DeliveryLog.address, DeliveryLog.status, DeliveryLog.failure_type, DeliveryLog.next_retry_at)
                .where(DeliveryLog.delivery_id == self.delivery))}
            state = conn.execute(select(Delivery.state).where(Delivery.id == self.delivery)).scalar_one()
        assert {a: rows[a] for a in self.addresses} == {a: r.klass for a, r in zip(self.addresses, self.model.rows)}
        assert state is self.model.state

    @invariant()
    def figures_reconcile_and_equal_compute_stats(self) -> None:
        if self.model is None:
            return
        with self.engine.connect() as conn:
            shown, counted = live(conn, self.delivery, self.model.mode), compute(conn, self.delivery, self.model.mode)
            assert kept_classes(conn, self.delivery) == +count_classes(conn, self.delivery)
        assert shown == counted
        third = counted.pending if self.model.mode is ReportingMode.EMAIL_FEEDBACK else counted.retries_failed
        assert counted.sent == counted.delivered + counted.bounces_errors + third
        assert counted.to_deliver == counted.sent + counted.canceled + counted.unknown + counted.remaining
        assert counted.sent == sum(1 for r in self.model.rows if r.status in PROCESSED)
        assert counted.sent >= self.sent_before, "Sent went down"
        self.sent_before = counted.sent

    @invariant()
    def nobody_gets_it_twice_but_by_a_retry(self) -> None:
        if self.model is None:
            return
        for index, address in enumerate(self.addresses):
            assert self.relay.taken[address] <= 1 + self.model.rows[index].retries

    def teardown(self) -> None:
        self.engine.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)


TestLifecycle = Lifecycle.TestCase
TestLifecycle.settings = settings(max_examples=80, stateful_step_count=15, deadline=None,
                                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _replay(steps: list[tuple[str, dict]]) -> dict[str, tuple[LogStatus, FailureType, bool]]:
    """Run one sequence of the machine, checking every invariant after each step: how the
    sequences Hypothesis shrank a failure to are kept once the failure is mended. Returns each
    recipient's row class at the end, as the database holds it."""
    machine = Lifecycle()
    checks = [getattr(machine, name) for name in ("rows_are_where_the_seed_table_puts_them",
                                                   "figures_reconcile_and_equal_compute_stats",
                                                   "nobody_gets_it_twice_but_by_a_retry")]
    try:
        for name, arguments in steps:
            if name == "returned_message":
                address = arguments.pop("address")
                arguments["data"] = _Given(address)
            getattr(machine, name)(**arguments)
            for check in checks:
                check()
        with machine.engine.connect() as conn:
            return {a: (st_, t, r is not None) for a, st_, t, r in conn.execute(
                select(DeliveryLog.address, DeliveryLog.status, DeliveryLog.failure_type, DeliveryLog.next_retry_at)
                .where(DeliveryLog.delivery_id == machine.delivery))}
    finally:
        machine.teardown()


class _Given:
    """Stands for Hypothesis's ``data`` in a replay: the draw is the value written in the sequence."""

    def __init__(self, value: object) -> None:
        self.value = value

    def draw(self, strategy: object) -> object:
        return self.value


def test_a_delivery_report_settles_a_message_left_unknown():
    """Shrunk: the connection was lost after the final dot (Unknown), then the relay reported it
    delivered: it is Sent, and the counts moved with it (they once did not)."""
    rows = _replay([("begin", {"people": 2, "feedback": False}),
                    ("hand_over", {"hook": None, "plan": ["soft", "noreply"]}),
                    ("returned_message", {"copies": 1, "kind": "delivered", "address": "person1@example.com"})])
    assert rows["person1@example.com"] == (ST.SENT, F.NONE, False)


@pytest.mark.parametrize("feedback", [False, True])
def test_a_stop_after_the_sender_was_killed_settles_from_its_journal(feedback):
    """Shrunk: the sending process killed at its second message, then stopped from elsewhere: the
    first (accepted, per the journal) is handed over, in the reporting mode of the workspace;
    the second never left and is canceled."""
    rows = _replay([("begin", {"people": 2, "feedback": feedback}),
                    ("hand_over", {"hook": (2, "crash"), "plan": []}),
                    ("stop_it", {})])
    handed_over = ST.PENDING if feedback else ST.SENT
    assert rows == {"person0@example.com": (handed_over, F.NONE, False), "person1@example.com": (ST.CANCELED, F.NONE, False)}


def test_a_report_for_a_message_whose_sender_was_killed_waits_for_its_row():
    """A bounce read while the row is still claimed by a killed sender is left in the folder and
    applied once the row's fate is written."""
    _replay([("begin", {"people": 3, "feedback": True}),
             ("hand_over", {"hook": (2, "crash_wire"), "plan": ["accept"]}),
             ("returned_message", {"copies": 2, "kind": "soft", "address": "person0@example.com"}),
             ("hand_over", {"hook": None, "plan": []}),
             ("a_feedback_pass", {"hours": 1}),
             ("retries", {"outcomes": ["accept"], "hours": 2}),
             ("validity_ends", {})])


@pytest.fixture(autouse=True, scope="module")
def _clean_template():
    yield
    for path in _TEMPLATE:
        shutil.rmtree(path.parent, ignore_errors=True)
    _TEMPLATE.clear()
