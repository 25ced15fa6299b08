"""The simulated feedback's schedule lives in the database: a follow stopped halfway (the app
closed, Stop following, a crash) goes on at the next start until the delivery closes, with
the figures of a demo that was never interrupted.

Each demo here is the same seeded workspace, sent through the simulated MTA in email
feedback reporting (delivery reports, bounces, opens and clicks all come as simulated
events); three and a half days of feedback pass in a few seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from campaign_desktop.db.models import Delivery, InboundMessage, SimulatedEvent, TrackingEvent
from campaign_desktop.db.session import open_database
from campaign_desktop.demo.feedback_run import NothingToFollow, deliveries_to_follow, resume_follow, simulated_send_kit
from campaign_desktop.demo.feedback_simulation import pending_events
from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
from campaign_desktop.domain.enums import DeliveryState, Job, ReportingMode
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.clock import delivery_now
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.deliveries import find_delivery_id
from campaign_desktop.engine.indicators import compute, live
from campaign_desktop.engine.job_lease import AlreadyWorking, lease
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import save_settings
from tests.engine.test_postgresql import pg_url  # noqa: F401 - the fixture, for the PostgreSQL run

PROFILES, SEED, SPEED = 300, 4, 30_000.0
MODE = ReportingMode.EMAIL_FEEDBACK
PG_SERVER = os.environ.get("CAMPAIGN_TEST_PG")


@dataclass
class _Watch(Control):
    """A control that records the follow's simulated times, and detaches once ``leave_after``
    simulated time has passed since its first report (the user closing the app)."""

    leave_after: dt.timedelta | None = None
    seen: list[dt.datetime] = field(default_factory=list)
    first_report_real: float | None = None

    def report(self, done: int, total: int, **figures: Any) -> None:
        super().report(done, total, **figures)
        if figures.get("phase") != "feedback" or "simulated" not in figures:
            return
        if self.first_report_real is None:
            self.first_report_real = time.monotonic()
        self.seen.append(dt.datetime.fromisoformat(figures["simulated"]))
        if self.leave_after is not None and self.seen[-1] - self.seen[0] >= self.leave_after:
            self.detach()


def _prepared_demo(engine: Engine, folder: Path) -> int:
    build_demo(engine, PROFILES, SEED)
    save_settings(engine, simulation_speed=SPEED, bounce_folder=str(folder / "bounces"), reporting_mode=MODE)
    with engine.connect() as conn:
        delivery_id = find_delivery_id(conn, DEMO_DELIVERY)
    prepare(engine, delivery_id, Control(), workers=0)
    return delivery_id


def _send_and_follow(engine: Engine, delivery_id: int, control: Control) -> None:
    confirm_send(engine, delivery_id, "manager")
    mta, follow = simulated_send_kit(engine, delivery_id)
    with mta as transport:
        assert send(engine, delivery_id, transport, Control()).state is DeliveryState.SENT
        follow(delivery_id, transport, control)


@dataclass(frozen=True)
class _Outcome:
    """What a marketer reads at the end, and what shows whether an event came twice or never."""

    state: DeliveryState
    figures: dict[str, Any]
    notices_read: int
    tracking_events: int
    most_events_of_one_recipient: int
    events_left: int


def _outcome(engine: Engine, delivery_id: int) -> _Outcome:
    with engine.connect() as conn:
        state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
        kept, counted = live(conn, delivery_id, MODE), compute(conn, delivery_id, MODE)
        assert kept == counted  # the figures kept while it ran equal Compute stats
        per_recipient = (select(func.count().label("n")).where(TrackingEvent.delivery_id == delivery_id)
                         .group_by(TrackingEvent.profile_id, TrackingEvent.kind).subquery())
        return _Outcome(
            state, asdict(kept),
            conn.execute(select(func.count()).select_from(InboundMessage)).scalar_one(),
            conn.execute(select(func.count()).where(TrackingEvent.delivery_id == delivery_id)).scalar_one(),
            conn.execute(select(func.max(per_recipient.c.n))).scalar_one(),
            conn.execute(select(func.count()).where(SimulatedEvent.delivery_id == delivery_id)).scalar_one(),
        )


def _codes(engine: Engine, delivery_id: int) -> list[Msg]:
    with engine.connect() as conn:
        return [line.message.id for line in delivery_journal.read(conn, delivery_id) if line.message is not None]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> _Outcome:
    """The same demo followed in one go, to compare with."""
    folder = tmp_path_factory.mktemp("uninterrupted")
    engine = open_database(f"sqlite:///{folder / 'campaign.db'}")
    delivery_id = _prepared_demo(engine, folder)
    _send_and_follow(engine, delivery_id, _Watch())
    outcome = _outcome(engine, delivery_id)
    engine.dispose()
    assert outcome.state is DeliveryState.CLOSED and outcome.events_left == 0
    return outcome


def _assert_same_end(outcome: _Outcome, reference: _Outcome) -> None:
    figures = outcome.figures
    assert outcome.state is DeliveryState.CLOSED
    assert figures["sent"] == figures["delivered"] + figures["bounces_errors"] + figures["pending"]
    assert figures["hard_bounces"] > 0 and figures["opens"] > 0 and figures["clicks"] > 0
    assert outcome == reference  # no event applied twice, none lost: the figures of a demo never interrupted
    assert outcome.most_events_of_one_recipient == 1


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace_url(request: pytest.FixtureRequest, db_url: str) -> str:
    """The workspace on SQLite, and on PostgreSQL when ``CAMPAIGN_TEST_PG`` names a server."""
    if request.param == "sqlite":
        return db_url
    if not PG_SERVER:
        pytest.skip("CAMPAIGN_TEST_PG names no PostgreSQL server")
    return str(request.getfixturevalue("pg_url"))


def test_a_follow_stopped_halfway_goes_on_after_a_restart(workspace_url, tmp_path, uninterrupted):
    engine = open_database(workspace_url)
    delivery_id = _prepared_demo(engine, tmp_path)
    leaving = _Watch(leave_after=dt.timedelta(hours=20))
    _send_and_follow(engine, delivery_id, leaving)  # the app closes 20 simulated hours into the feedback

    with engine.connect() as conn:
        left = pending_events(conn, delivery_id)
        state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
        stood = delivery_now(conn, delivery_id)
        assert deliveries_to_follow(conn) == [delivery_id]
    assert state is DeliveryState.SENT and left > 0  # the rest of the schedule waits in the database
    assert stood - leaving.seen[0] >= dt.timedelta(hours=20)
    assert _codes(engine, delivery_id)[-1] is Msg.FOLLOW_LEFT
    engine.dispose()

    time.sleep(3)  # the app stays closed: 83 simulated hours if the clock ran on
    restarted = open_database(workspace_url)  # fresh engine objects, as after a restart
    with restarted.connect() as conn:
        assert delivery_now(conn, delivery_id) == stood  # nobody follows it: its clock waits
    going_on = _Watch()
    asked = time.monotonic()
    summary = resume_follow(restarted, delivery_id, going_on)
    assert going_on.first_report_real is not None
    # the clock goes on from where it stood (the start of the simulated MTA passes, not the closed hours)
    assert stood <= going_on.seen[0] <= stood + dt.timedelta(seconds=(going_on.first_report_real - asked) * SPEED)
    assert summary.closed == 1

    _assert_same_end(_outcome(restarted, delivery_id), uninterrupted)
    codes = _codes(restarted, delivery_id)
    assert codes.index(Msg.FOLLOW_LEFT) < codes.index(Msg.FOLLOW_RESUMED) < codes.index(Msg.CLOSED_AT_VALIDITY_END)
    assert codes[-1] is Msg.FEEDBACK_OVER  # the end of the feedback is journaled
    with restarted.connect() as conn:
        assert deliveries_to_follow(conn) == []
    with pytest.raises(NothingToFollow):
        resume_follow(restarted, delivery_id)
    restarted.dispose()


def test_a_follow_killed_halfway_goes_on_from_the_command_line(engine, db_url, tmp_path, uninterrupted):
    """A crash (kill -9) during the follow, then ``follow``: nothing applied twice, nothing lost."""
    delivery_id = _prepared_demo(engine, tmp_path)
    command = [sys.executable, "-m", "campaign_desktop", "--db", db_url]
    first = subprocess.Popen([*command, "send", DEMO_DELIVERY, "--operator", "manager", "--wait", "--json"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None:
        with engine.connect() as conn:  # killed once the follow has released part of the schedule
            state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
            read = conn.execute(select(func.count()).select_from(TrackingEvent)).scalar_one()
        if state is DeliveryState.SENT and read >= 40:
            break
        time.sleep(0.02)
    os.kill(first.pid, signal.SIGKILL)  # a power cut: no cleanup, the clock left running
    first.wait(timeout=10)
    with engine.connect() as conn:
        assert pending_events(conn, delivery_id) > 0
        assert deliveries_to_follow(conn) == [delivery_id]  # its follower is dead: it waits for the next one

    out = subprocess.run([*command, "follow", "--json"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    followed = json.loads(out.stdout)
    assert [(f["delivery"], f["state"]) for f in followed] == [(delivery_id, "closed")]
    _assert_same_end(_outcome(engine, delivery_id), uninterrupted)
    again = subprocess.run([*command, "follow"], capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and again.stdout.strip() == "nothing to follow"


def test_nobody_takes_up_a_follow_that_a_living_process_runs(engine, tmp_path):
    delivery_id = _prepared_demo(engine, tmp_path)
    with engine.connect() as conn:
        assert deliveries_to_follow(conn) == []  # prepared, never sent: nothing to follow
    with pytest.raises(NothingToFollow):
        resume_follow(engine, delivery_id)
    _send_and_follow(engine, delivery_id, _Watch(leave_after=dt.timedelta(hours=10)))
    with lease(engine, delivery_id, Job.FEEDBACK):  # another window follows it
        with engine.connect() as conn:
            assert deliveries_to_follow(conn) == []
        with pytest.raises(AlreadyWorking, match="already follows this delivery's feedback"):
            resume_follow(engine, delivery_id)
    with engine.connect() as conn:
        assert deliveries_to_follow(conn) == [delivery_id]
