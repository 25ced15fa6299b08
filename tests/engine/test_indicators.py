"""Live figures equal Compute stats; the chart's series; hourly opens and clicks; a profile's history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from campaign_desktop.db.models import DeliveryLog, utcnow
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import LogStatus, ReportingMode, TrackingKind
from campaign_desktop.engine.history import profile_history
from campaign_desktop.engine.indicators import compute, hourly, live, series, stored
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.tracking import Hit, record_hit
from tests.engine.test_sending import _prepared, _transport
from tests.smtp_server import ScriptedServer

ADDRESSES = ["ok1@example.com", "ok2@example.com", "ok3@example.com", "r550-511@example.com", "r452@example.com",
             "r554-571@example.com", "drop@example.com"]


@pytest.mark.parametrize("mode", list(ReportingMode))
def test_the_live_figures_equal_compute_stats(engine, mode):
    delivery = _prepared(engine, ADDRESSES)
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        summary = send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url="", reporting_mode=mode))
    with engine.connect() as conn:
        kept, shown, computed = stored(conn, delivery), live(conn, delivery, mode), compute(conn, delivery, mode)
    assert kept == shown == computed == summary.figures
    assert computed.sent == 7  # every message processed, accepted or refused, whatever the mode
    if mode is ReportingMode.RELAY:  # 3 accepted and 3 soft failures being retried count as delivered
        assert (computed.delivered, computed.bounces_errors, computed.retries_failed, computed.hard_bounces) == (6, 1, 0, 1)
        assert computed.as_json()["delivered_rate"] == round(6 / 7, 4)
        assert computed.identity() == "sent 7 = delivered 6 + bounces_errors 1 + retries_failed 0"
    else:  # accepted messages wait for their report, and so do the three the relay refused for now
        # (a 4xx at the hand-over is no bounce: retried, they stay Pending); the hard one counts at once
        assert (computed.delivered, computed.bounces_errors, computed.pending) == (0, 1, 6)
        assert computed.as_json()["bounces_errors_rate"] == round(1 / 7, 4)  # not 100 % while reports are awaited
        assert computed.identity() == "sent 7 = delivered 0 + bounces_errors 1 + pending 6"


def test_series_hourly_aggregation_and_history(engine):
    delivery = _prepared(engine, ADDRESSES[:3])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url=""))
    with engine.connect() as conn:
        logs = conn.execute(select(DeliveryLog.id, DeliveryLog.profile_id).where(DeliveryLog.delivery_id == delivery).order_by(DeliveryLog.id)).all()
    base = dt.datetime(2026, 11, 22, 10, 0)
    hits = [(TrackingKind.OPEN, 0, 5), (TrackingKind.OPEN, 0, 20), (TrackingKind.OPEN, 1, 70), (TrackingKind.CLICK, 1, 75), (TrackingKind.OPEN, 2, 80)]
    for kind, who, minutes in hits:
        assert record_hit(engine, Hit(kind, delivery, logs[who][0], None), base + dt.timedelta(minutes=minutes))
    with engine.connect() as conn:
        assert hourly(conn, delivery) == [(base, 1, 0), (base + dt.timedelta(hours=1), 2, 1)]
        points = series(conn, delivery)
        history = profile_history(conn, logs[1][1])
    assert points and points[-1][1:3] == (3, 3)  # the last point: 3 sent, 3 delivered
    assert [p[1] for p in points] == sorted(p[1] for p in points)
    assert len(history) == 1 and history[0].status is LogStatus.SENT and (history[0].opens, history[0].clicks) == (1, 1)
    assert history[0].sent_at is not None and history[0].sent_at <= utcnow()
