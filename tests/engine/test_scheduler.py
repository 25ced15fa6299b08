"""Scheduling with a controllable clock: deliveries start at their contact date, recurring ones run
at their occurrence, with or without a confirmation before each send."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import select, update

from campaign_desktop.db.models import Delivery
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.deliveries import find_delivery_id
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.scheduler import AWAITING_CONFIRMATION, Frequency, Recurrence, scheduler_step, set_recurrence
from campaign_desktop.engine.send_actions import confirm_send

UTC = dt.timezone.utc
MONDAY_8H = dt.datetime(2026, 11, 23, 8, 0)  # a Monday, naive UTC


@pytest.fixture
def demo(engine):
    build_demo(engine, profiles=120, seed=4)
    with engine.connect() as conn:
        return find_delivery_id(conn, "demo-newsletter")


def _state(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state, Delivery.state_reason).where(Delivery.id == delivery_id)).one()


def test_next_occurrences_daily_and_weekly():
    daily = Recurrence(Frequency.DAILY, dt.time(9, 0))
    assert daily.following(MONDAY_8H, UTC) == dt.datetime(2026, 11, 23, 9, 0)
    assert daily.following(dt.datetime(2026, 11, 23, 9, 0), UTC) == dt.datetime(2026, 11, 24, 9, 0)
    weekly = Recurrence(Frequency.WEEKLY, dt.time(7, 30), weekday=4)  # Fridays
    assert weekly.following(MONDAY_8H, UTC) == dt.datetime(2026, 11, 27, 7, 30)
    paris = dt.timezone(dt.timedelta(hours=1))
    assert daily.following(MONDAY_8H, paris) == dt.datetime(2026, 11, 24, 8, 0)  # 9:00 in Paris is 8:00 UTC, already past


def test_a_confirmed_delivery_with_a_future_contact_date_is_due_at_its_time(engine, demo):
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == demo).values(contact_date=MONDAY_8H + dt.timedelta(hours=2)))
    prepare(engine, demo, Control())
    assert confirm_send(engine, demo, "manager", now=MONDAY_8H) is DeliveryState.SCHEDULED
    assert scheduler_step(engine, MONDAY_8H + dt.timedelta(hours=1)).due == []  # not yet
    assert scheduler_step(engine, MONDAY_8H + dt.timedelta(hours=2)).due == [demo]  # its time has come


def test_a_daily_delivery_makes_a_dated_copy_prepares_and_confirms_it_once_a_day(engine, demo):
    set_recurrence(engine, demo, Recurrence(Frequency.DAILY, dt.time(9, 0)), MONDAY_8H, UTC)
    assert scheduler_step(engine, MONDAY_8H).created == []  # 8:00: not yet
    first = scheduler_step(engine, dt.datetime(2026, 11, 23, 9, 0, 30), UTC)
    assert len(first.created) == 1 and first.due == first.created and first.problems == []
    copy = first.created[0]
    assert _state(engine, copy)[0] is DeliveryState.SENDING  # confirmed by the model's author
    with engine.connect() as conn:
        label, targeted = conn.execute(select(Delivery.label, Delivery.targeted).where(Delivery.id == copy)).one()
        model = conn.execute(select(Delivery.recurrence, Delivery.state).where(Delivery.id == demo)).one()
    assert label.endswith("2026-11-23 09:00") and targeted == 120
    assert model.recurrence["next_run"] == "2026-11-24T09:00:00" and model.state is DeliveryState.DRAFT
    again = scheduler_step(engine, dt.datetime(2026, 11, 23, 9, 5), UTC)
    assert again.created == []  # once a day, not once a step


def test_a_recurring_delivery_can_wait_for_confirmation_before_each_send(engine, demo):
    set_recurrence(engine, demo, Recurrence(Frequency.WEEKLY, dt.time(9, 0), weekday=0, confirm_each=True), MONDAY_8H, UTC)
    report = scheduler_step(engine, dt.datetime(2026, 11, 23, 9, 1), UTC)
    copy = report.created[0]
    assert report.awaiting_confirmation == [copy] and report.due == []
    assert _state(engine, copy) == (DeliveryState.PREPARED, str(AWAITING_CONFIRMATION))


def test_the_headless_scheduler_sends_what_is_due(engine, demo, db_url, tmp_path):
    prepare(engine, demo, Control())
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == demo).values(contact_date=dt.datetime(2000, 1, 1)))
    with engine.begin() as conn:  # confirmed long ago for a date now past: it is due
        conn.execute(update(Delivery).where(Delivery.id == demo).values(state=DeliveryState.SCHEDULED))
    pickup = tmp_path / "pickup"
    pickup.mkdir()
    out = subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, "scheduler", "--once", "--json",
                          "--transport", "pickup", "--pickup", str(pickup)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '"event": "sent"' in out.stdout and _state(engine, demo)[0] is DeliveryState.SENT
    with engine.connect() as conn:
        to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == demo)).scalar_one()
    assert len(list(pickup.glob("*.eml"))) == to_deliver
