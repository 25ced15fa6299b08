"""The dashboard end to end, offscreen: prepare, stop, prepare again, tiles, refused and accepted sends."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from campaign_desktop.db.models import Delivery, DeliveryLog
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.engine.enums import DeliveryState, LogStatus
from campaign_desktop.engine.settings import save_settings
from campaign_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, engine, monkeypatch, tmp_path):
    build_demo(engine, profiles=1500, seed=9)
    # a trainer's setting: three and a half days of feedback in a second or two
    save_settings(engine, simulation_speed=300_000.0, bounce_folder=str(tmp_path / "bounces"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text) or QMessageBox.StandardButton.Yes)
    win = MainWindow(engine, operator="marketer")
    win.shown = shown
    qtbot.addWidget(win)
    win.reload()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10_000)
    yield win
    win.close()


def _open(window, name):
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).internal_name == name)
    window.open_delivery(window.model.index(row, 0))
    return window.tabs.currentWidget()


def _idle(dashboard):
    return dashboard.job is None or not dashboard.job.running


def test_prepare_stop_prepare_and_send(qtbot, window, engine):
    dashboard = _open(window, "demo-newsletter")
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.DRAFT and dashboard.buttons["prepare"].isEnabled(), timeout=10_000)

    # stop the preparation as soon as it starts: nothing is kept
    dashboard.buttons["prepare"].click()
    dashboard.buttons["stop_preparation"].click()
    qtbot.waitUntil(lambda: _idle(dashboard), timeout=20_000)
    with engine.connect() as conn:
        assert conn.execute(select(DeliveryLog.id).where(DeliveryLog.delivery_id == dashboard.delivery_id)).first() is None

    dashboard.buttons["prepare"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.PREPARED, timeout=30_000)
    with engine.connect() as conn:
        targeted, to_deliver, to_exclude = conn.execute(
            select(Delivery.targeted, Delivery.to_deliver, Delivery.to_exclude).where(Delivery.id == dashboard.delivery_id)).one()
    assert targeted == 1500
    assert [dashboard.tiles[k].value.text().replace(",", "").replace("\u202f", "") for k in ("targeted", "to_deliver", "to_exclude")] == [
        str(targeted), str(to_deliver), str(to_exclude)]

    # the marketer has no Start deliveries role: refused, nothing sent
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and bool(window.shown), timeout=20_000)
    assert "Start deliveries" in window.shown[-1]
    with engine.connect() as conn:
        assert conn.execute(select(Delivery.state).where(Delivery.id == dashboard.delivery_id)).scalar_one() is DeliveryState.PREPARED

    # the manager sends it through the simulated MTA, and the dashboard follows the feedback until it closes
    dashboard.operator = "manager"
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.CLOSED, timeout=90_000)
    with engine.connect() as conn:
        handed = conn.execute(select(DeliveryLog.id).where(
            DeliveryLog.delivery_id == dashboard.delivery_id, DeliveryLog.status.in_([LogStatus.SENT, LogStatus.FAILED]))).all()
    assert len(handed) == to_deliver
    figures = {k: int(dashboard.tiles[k].value.text().replace(",", "").replace("\u202f", "")) for k in ("sent", "delivered", "opens", "clicks")}
    assert 0 < figures["delivered"] <= figures["sent"] <= to_deliver
    assert 0 < figures["clicks"] < figures["opens"] < figures["delivered"]  # the simulated opens and clicks arrived


def test_the_chart_draws_the_stored_series_and_exports_a_png(qtbot, window, engine, tmp_path):
    import datetime as dt

    from campaign_desktop.db.models import IndicatorSample

    dashboard = _open(window, "flash-sale")
    base = dt.datetime(2026, 11, 20, 9, 0)
    with engine.begin() as conn:
        conn.execute(IndicatorSample.__table__.insert(), [
            {"delivery_id": dashboard.delivery_id, "at": base + dt.timedelta(minutes=m), "sent": s, "delivered": d,
             "bounces_errors": s - d, "opens": o, "clicks": c}
            for m, s, d, o, c in ((0, 10, 9, 0, 0), (5, 20, 19, 3, 1), (60, 26, 25, 9, 2))
        ])
    dashboard.reload()
    qtbot.waitUntil(lambda: dashboard.chart.count == 3, timeout=10_000)
    xs, ys = dashboard.chart.curves["opens"].getData()
    assert list(ys) == [0, 3, 9] and xs[0] == base.replace(tzinfo=dt.timezone.utc).timestamp()
    target = tmp_path / "chart.png"
    dashboard.chart.export_png(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
