"""One time line per delivery: each chart point on the delivery's clock, never back in time,
and each delivery's points only from its own send and feedback.

Compute stats once stored a point at real time among a demo's simulated points (days ahead):
the Opens and Clicks curves went back in time and drew a V. A second demo send wrote points
into the first, closed delivery's chart.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import pytest
from sqlalchemy import select, text, update

from campaign_desktop.db.models import Delivery, DeliveryLog, IndicatorSample, TrackingEvent, utcnow
from campaign_desktop.demo.feedback_run import simulated_send_kit
from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
from campaign_desktop.domain.enums import DeliveryState, LogStatus, ReportingMode, SampleClock, TrackingKind
from campaign_desktop.engine.clock import delivery_now, start_simulated_clock
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.delivery_edit import duplicate_delivery
from campaign_desktop.engine.feedback import close_expired
from campaign_desktop.engine.indicators import live, recompute, series, store
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.send_actions import confirm_send, start_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings, save_settings
from campaign_desktop.engine.tracking import Hit, record_hit
from tests.engine.builders import add_delivery
from tests.engine import test_postgresql
from tests.engine.test_sending import _prepared, _transport
from tests.smtp_server import ScriptedServer

pg_url = test_postgresql.pg_url  # a database of its own on the PostgreSQL server CAMPAIGN_TEST_PG names

# a trainer's setting: three and a half days of feedback in a second or two
SPEED = 300_000.0


def _samples(engine, delivery_id):
    """Every stored point of a delivery, as stored: id, time, clock and figures."""
    with engine.connect() as conn:
        return conn.execute(select(IndicatorSample.id, IndicatorSample.at, IndicatorSample.clock, IndicatorSample.sent,
                                   IndicatorSample.delivered, IndicatorSample.bounces_errors, IndicatorSample.opens,
                                   IndicatorSample.clicks)
                            .where(IndicatorSample.delivery_id == delivery_id).order_by(IndicatorSample.id)).all()


def _demo(engine, tmp_path, profiles=600):
    build_demo(engine, profiles=profiles, seed=4)
    save_settings(engine, simulation_speed=SPEED, bounce_folder=str(tmp_path / "bounces"))
    with engine.connect() as conn:
        return conn.execute(select(Delivery.id).where(Delivery.internal_name == DEMO_DELIVERY)).scalar_one()


def _demo_send(engine, delivery_id, control=None):
    """What the dashboard's Confirm send does with the simulated MTA: send, then follow the
    feedback until the delivery closes."""
    prepare(engine, delivery_id, Control(), operator="admin", workers=0)
    start_send(engine, delivery_id, "admin")
    mta, follow = simulated_send_kit(engine, delivery_id)
    with mta as transport:
        summary = send(engine, delivery_id, transport, control or Control())
        assert summary.state is DeliveryState.SENT
        follow(delivery_id, transport, control)
    with engine.connect() as conn:
        assert conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one() is DeliveryState.CLOSED


def _assert_one_time_line(engine, delivery_id):
    """What a marketer reads on the chart: time goes forward, Sent, Opens and Clicks never go
    down (they count unique recipients), every point on the delivery's simulated clock."""
    with engine.connect() as conn:
        points = series(conn, delivery_id)
    assert points.clock is SampleClock.SIMULATED and len(points) > 3
    assert {row.clock for row in _samples(engine, delivery_id)} == {SampleClock.SIMULATED}
    stored_order = [row.at for row in _samples(engine, delivery_id)]
    assert stored_order == sorted(stored_order)  # each point stored at or after the one before it
    for column in (1, 4, 5):  # Sent, Opens, Clicks
        values = [point[column] for point in points]
        assert values == sorted(values), f"column {column} goes down: {values}"


class _ComputesStatsDuringTheFeedback(Control):
    """The marketer clicks Compute stats a few times while the simulated feedback is followed.

    Its first click stores at real time, as the dashboard once did: days before the simulated
    points, it drew the V. The others store at the delivery's time, as the dashboard does now.
    Each click comes after an open arrived since the follow's last point, so that it has
    something new to chart.
    """

    def __init__(self, engine, delivery_id):
        super().__init__()
        self.engine, self.delivery_id, self.clicks = engine, delivery_id, 0

    def report(self, done, total, **figures):
        super().report(done, total, **figures)
        if figures.get("phase") != "feedback" or "opens" not in figures or not figures["opens"] or self.clicks >= 3:
            return
        with self.engine.connect() as conn:
            opened = select(TrackingEvent.profile_id).where(TrackingEvent.delivery_id == self.delivery_id)
            log_id = conn.execute(select(DeliveryLog.id).where(
                DeliveryLog.delivery_id == self.delivery_id, DeliveryLog.status == LogStatus.SENT,
                DeliveryLog.profile_id.not_in(opened)).limit(1)).scalar_one()
            now = delivery_now(conn, self.delivery_id)
        assert record_hit(self.engine, Hit(TrackingKind.OPEN, self.delivery_id, log_id, None), now)
        with self.engine.begin() as conn:
            recompute(conn, self.delivery_id, ReportingMode.RELAY, utcnow() if self.clicks == 0 else now)
        self.clicks += 1


def test_compute_stats_during_a_simulated_feedback_keeps_one_time_line(engine, tmp_path):
    delivery_id = _demo(engine, tmp_path)
    control = _ComputesStatsDuringTheFeedback(engine, delivery_id)
    _demo_send(engine, delivery_id, control)
    assert control.clicks == 3
    _assert_one_time_line(engine, delivery_id)
    with engine.connect() as conn:
        points = series(conn, delivery_id)
    assert points[-1][0] - points[0][0] > dt.timedelta(days=3)  # the validity period, in simulated time


def test_two_demo_sends_do_not_touch_each_other_s_points(engine, tmp_path):
    first = _demo(engine, tmp_path)
    _demo_send(engine, first)
    before = _samples(engine, first)
    second = duplicate_delivery(engine, first, "admin")
    _demo_send(engine, second)
    assert _samples(engine, first) == before  # the closed delivery's chart is exactly as it was
    _assert_one_time_line(engine, first)
    _assert_one_time_line(engine, second)
    with engine.connect() as conn:
        clocks = conn.execute(select(Delivery.id, Delivery.feedback_clock).where(Delivery.id.in_([first, second]))).all()
    assert len({json.dumps(clock, sort_keys=True) for _, clock in clocks}) == 2  # a clock each


def _sent(engine, addresses):
    delivery_id = _prepared(engine, addresses)
    confirm_send(engine, delivery_id, "manager")
    with ScriptedServer() as server:
        send(engine, delivery_id, _transport(server), Control(), Settings(tracking_base_url=""))
    return delivery_id


def test_compute_stats_adds_no_point_that_says_nothing_new_and_corrects_an_ended_time_line(engine):
    delivery_id = _sent(engine, ["ok1@example.com", "ok2@example.com"])
    with engine.begin() as conn:
        recompute(conn, delivery_id, ReportingMode.RELAY, delivery_now(conn, delivery_id))
    before = _samples(engine, delivery_id)
    assert before[-1].sent == 2
    with engine.begin() as conn:  # the figures did not change: the last point already says them
        recompute(conn, delivery_id, ReportingMode.RELAY, delivery_now(conn, delivery_id) + dt.timedelta(days=1))
    assert _samples(engine, delivery_id) == before
    assert close_expired(engine, Settings(), now=utcnow() + dt.timedelta(days=5), delivery_ids=[delivery_id]) == 1
    closed = _samples(engine, delivery_id)
    with engine.begin() as conn:  # a closed delivery whose last point is wrong (counts lost in a crash)
        conn.execute(update(IndicatorSample).where(IndicatorSample.id == closed[-1].id).values(delivered=0))
        recompute(conn, delivery_id, ReportingMode.RELAY, utcnow() + dt.timedelta(days=40))
    after = _samples(engine, delivery_id)
    assert len(after) == len(closed) and after[-1].at == closed[-1].at  # corrected where it was, not 40 days on
    assert after[-1].delivered == closed[-1].delivered and after[-1].id > closed[-1].id


def test_a_point_is_never_stored_before_the_last_one(engine):
    delivery_id = _sent(engine, ["ok1@example.com"])
    last = _samples(engine, delivery_id)[-1]
    with engine.begin() as conn:  # a writer that read its time before another committed a later point
        store(conn, delivery_id, live(conn, delivery_id, ReportingMode.RELAY), last.at - dt.timedelta(minutes=5))
    assert _samples(engine, delivery_id)[-1].at == last.at


def test_a_simulated_clock_takes_the_points_before_it_onto_its_line(engine):
    delivery_id = _sent(engine, ["ok1@example.com"])
    with engine.connect() as conn:
        assert series(conn, delivery_id).clock is SampleClock.REAL
    with engine.begin() as conn:
        start_simulated_clock(conn, delivery_id, SPEED)
    time.sleep(0.01)
    with engine.begin() as conn:
        store(conn, delivery_id, live(conn, delivery_id, ReportingMode.RELAY), delivery_now(conn, delivery_id))
        points = series(conn, delivery_id)
    assert points.clock is SampleClock.SIMULATED
    assert {row.clock for row in _samples(engine, delivery_id)} == {SampleClock.SIMULATED}
    assert points[-1][0] - points[0][0] > dt.timedelta(minutes=30)  # 10 ms at 300,000 times: the simulated line


def test_the_migration_marks_the_points_of_a_delivery_with_a_simulated_clock(engine):
    _migrate_old_points(engine)


@pytest.mark.skipif(not os.environ.get("CAMPAIGN_TEST_PG"), reason="CAMPAIGN_TEST_PG names no PostgreSQL server")
def test_the_migration_and_one_time_line_on_postgresql(pg_url):
    from campaign_desktop.db.session import open_database

    engine = open_database(pg_url)
    try:
        delivery_id = _migrate_old_points(engine)
        last = _samples(engine, delivery_id)[-1]
        with engine.begin() as conn:
            store(conn, delivery_id, live(conn, delivery_id, ReportingMode.RELAY), last.at - dt.timedelta(minutes=5))
        assert _samples(engine, delivery_id)[-1].at == last.at
    finally:
        engine.dispose()


def _migrate_old_points(engine):
    """A workspace of the version before 0010: a demo's points and a real delivery's points."""
    from alembic import command
    from alembic.config import Config

    from campaign_desktop.db.session import MIGRATIONS

    demo, real = _sent(engine, ["ok1@example.com"]), add_delivery(engine)
    with engine.begin() as conn:
        store(conn, real, live(conn, real, ReportingMode.RELAY), utcnow())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:  # the workspace as the version before kept it
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
        connection.execute(text("UPDATE delivery SET feedback_clock = :clock WHERE id = :id"),
                           {"clock": json.dumps({"real": "2026-12-01T10:00:00", "simulated": "2026-12-01T10:00:00",
                                                 "speed": SPEED}), "id": demo})
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0010_sample_clock")
    assert {row.clock for row in _samples(engine, demo)} == {SampleClock.SIMULATED}
    assert {row.clock for row in _samples(engine, real)} == {SampleClock.REAL}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return demo
