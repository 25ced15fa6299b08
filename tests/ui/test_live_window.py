"""The window never lies: it follows sends it does not run, pauses before it asks, keeps only the
latest answer of a read, and its action bar is exactly what the lifecycle allows."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.domain.enums import DeliveryState, Job, LogStatus, TransportKind
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.lifecycle import allowed_actions
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.settings import save_settings
from campaign_desktop.ui import logs_dialog, tasks
from campaign_desktop.ui.delivery_dashboard import BUTTONS
from campaign_desktop.ui.main_window import MainWindow
from tests.smtp_server import ScriptedServer


@pytest.fixture
def window(qtbot, engine, monkeypatch, tmp_path):
    build_demo(engine, profiles=1500, seed=9)
    save_settings(engine, simulation_speed=300_000.0, bounce_folder=str(tmp_path / "bounces"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    win = MainWindow(engine, operator="manager")
    qtbot.addWidget(win)
    win.reload()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10_000)
    yield win
    win.close()


def _delivery(engine, name="demo-newsletter", per_second=None):
    with engine.begin() as conn:
        delivery_id = conn.execute(select(Delivery.id).where(Delivery.internal_name == name)).scalar_one()
        if per_second is not None:
            conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(send_policy={"messages_per_second": per_second}))
    return delivery_id


def _open(window, delivery_id):
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).id == delivery_id)
    window.open_delivery(window.model.index(row, 0))
    return window.dashboards[delivery_id]


def _handed_over(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(
            DeliveryLog.delivery_id == delivery_id, DeliveryLog.status.in_([LogStatus.SENT, LogStatus.FAILED]))).scalar_one()


def _db_state(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()


def _list_state(window, delivery_id):
    return next(window.model.row_at(r).state for r in range(window.model.rowCount()) if window.model.row_at(r).id == delivery_id)


def _assert_bar_is_the_lifecycle(dashboard):
    """Every button works exactly when the engine's allowed_actions says so (Confirm send also
    waits for a clean analysis and saved edits, which the test states keep out of the way)."""
    allowed = allowed_actions(dashboard.state, dashboard.current_job())
    for key, action in BUTTONS.items():
        button = dashboard.buttons[key]
        usable = button.isEnabled() and not button.isHidden()
        assert usable == (action in allowed), (key, dashboard.state, dashboard.current_job())


def test_a_send_run_by_another_process_shows_within_3_s_and_is_paused_from_the_window(qtbot, window, engine, db_url):
    """A send started from the command line (another process, a real SMTP server on loopback): the
    list and the open dashboard show it Sending within 3 s with Pause and Stop, and Pause from the
    window holds it (through the database) until Resume."""
    delivery_id = _delivery(engine, per_second=150)
    prepare(engine, delivery_id, Control())
    dashboard = _open(window, delivery_id)
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.PREPARED, timeout=10_000)
    _assert_bar_is_the_lifecycle(dashboard)
    with ScriptedServer() as server:
        server.handler.keep_messages = False
        save_settings(engine, transport=TransportKind.SMTP, smtp_host="127.0.0.1", smtp_port=server.port)
        other = subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, "send", "demo-newsletter",
                                  "--operator", "manager"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while _handed_over(engine, delivery_id) < 20 and time.monotonic() < deadline and other.poll() is None:
                time.sleep(0.05)
            seen = time.monotonic()
            qtbot.waitUntil(lambda: dashboard.state is DeliveryState.SENDING and dashboard.db_job is Job.SEND
                            and _list_state(window, delivery_id) is DeliveryState.SENDING, timeout=3_000)
            assert time.monotonic() - seen < 3.0
            assert "being sent by another process" in dashboard.state_text.text()
            assert not dashboard.running  # the window only watches
            _assert_bar_is_the_lifecycle(dashboard)
            assert not dashboard.buttons["pause"].isHidden() and not dashboard.buttons["stop"].isHidden()
            qtbot.waitUntil(lambda: dashboard.tiles["sent"].value.text() not in ("—", "0"), timeout=5_000)

            dashboard.buttons["pause"].click()
            qtbot.waitUntil(lambda: _db_state(engine, delivery_id) is DeliveryState.PAUSED, timeout=5_000)
            qtbot.waitUntil(lambda: dashboard.state is DeliveryState.PAUSED
                            and _list_state(window, delivery_id) is DeliveryState.PAUSED, timeout=3_000)
            assert dashboard.progress_text.text() == "Paused: nothing goes out until Resume."
            _assert_bar_is_the_lifecycle(dashboard)
            qtbot.wait(1500)  # what was on the wire is settled
            held = _handed_over(engine, delivery_id)
            qtbot.wait(1000)
            assert _handed_over(engine, delivery_id) == held  # the other process holds the send
            assert other.poll() is None  # and is still there, waiting

            dashboard.buttons["resume"].click()
            other.wait(timeout=120)
            assert other.returncode == 0
            qtbot.waitUntil(lambda: dashboard.state is DeliveryState.SENT and dashboard.db_job is Job.NONE, timeout=5_000)
            _assert_bar_is_the_lifecycle(dashboard)
        finally:
            if other.poll() is None:
                other.kill()
                other.wait()


def test_stop_pauses_first_cancel_resumes_and_yes_shows_the_canceled(qtbot, window, engine, monkeypatch):
    """Stop during a send: the counter stops while the question is open; Cancel goes on sending;
    Stop again and Yes: the send stops and the dashboard says how many were canceled."""
    delivery_id = _delivery(engine, per_second=200)
    prepare(engine, delivery_id, Control())
    dashboard = _open(window, delivery_id)
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.PREPARED and dashboard.buttons["send"].isEnabled(), timeout=10_000)
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: _handed_over(engine, delivery_id) > 50, timeout=30_000)
    _assert_bar_is_the_lifecycle(dashboard)
    seen: dict[str, int] = {}

    def answer_after_watching(reply):
        def question(*args, **kwargs):
            # the question is open: the send must be held, through the database
            qtbot.waitUntil(lambda: _db_state(engine, delivery_id) is DeliveryState.PAUSED, timeout=3_000)
            qtbot.wait(1500)  # what was on the wire comes back
            seen["held"] = _handed_over(engine, delivery_id)
            qtbot.wait(1000)
            seen["after"] = _handed_over(engine, delivery_id)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "warning", answer_after_watching(QMessageBox.StandardButton.No))
    dashboard.buttons["stop"].click()
    assert seen["after"] == seen["held"]  # nothing went out while the question was open
    qtbot.waitUntil(lambda: _db_state(engine, delivery_id) is DeliveryState.SENDING, timeout=5_000)
    qtbot.waitUntil(lambda: _handed_over(engine, delivery_id) > seen["held"] + 20, timeout=20_000)  # Cancel: it goes on

    monkeypatch.setattr(QMessageBox, "warning", answer_after_watching(QMessageBox.StandardButton.Yes))
    dashboard.buttons["stop"].click()
    qtbot.waitUntil(lambda: not dashboard.running and dashboard.state is DeliveryState.STOPPED, timeout=30_000)
    with engine.connect() as conn:
        canceled = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id,
                                                           DeliveryLog.status == LogStatus.CANCELED)).scalar_one()
    assert canceled > 0
    expected = f"Stopped: {QLocale().toString(canceled)} message(s) canceled, never sent."
    qtbot.waitUntil(lambda: dashboard.progress_text.text() == expected, timeout=5_000)
    assert f"canceled {QLocale().toString(canceled)}" in dashboard.tiles["to_deliver"].detail.text()  # under To deliver: its parts
    assert "All messages handed over" not in dashboard.progress_text.text()
    _assert_bar_is_the_lifecycle(dashboard)


def test_the_logs_show_the_latest_filter_s_answer_when_an_older_one_finishes_last(qtbot, engine, monkeypatch):
    """A slow query (every status, 1.5 s) overtaken by a fast one (Failed only): the fast one's
    rows stay on screen, the slow one's answer is dropped when it arrives."""
    from campaign_desktop.engine.send_actions import start_send
    from campaign_desktop.engine.sending import send
    from campaign_desktop.demo.simulated_mta import SimulatedMta

    build_demo(engine, profiles=300, seed=3)
    delivery_id = _delivery(engine)
    prepare(engine, delivery_id, Control())
    start_send(engine, delivery_id, "manager")
    with SimulatedMta(seed=3) as mta:
        send(engine, delivery_id, mta, Control())
    real = logs_dialog.log_ids

    def slow_when_unfiltered(conn, delivery, chosen):
        if chosen.status is None:
            time.sleep(1.5)
        return real(conn, delivery, chosen)

    monkeypatch.setattr(logs_dialog, "log_ids", slow_when_unfiltered)
    dialog = logs_dialog.LogsDialog(engine, delivery_id, "demo")  # opens with every status: the slow read
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData(LogStatus.FAILED))  # the fast one, asked after
    with engine.connect() as conn:
        failed = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id,
                                                         DeliveryLog.status == LogStatus.FAILED)).scalar_one()
        every = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id)).scalar_one()
    assert 0 < failed < every
    qtbot.waitUntil(lambda: dialog.model.rowCount() == failed, timeout=5_000)
    tasks.wait(10_000)  # the slow read has finished too
    qtbot.wait(300)  # and its answer, queued to the GUI thread, was handled
    assert dialog.model.rowCount() == failed
    assert dialog.count.text() == f"{QLocale().toString(failed)} rows"


def test_the_background_service_delivers_only_the_latest_answer_of_a_key(qtbot):
    from PySide6.QtCore import QObject, Slot

    class Receiver(QObject):
        def __init__(self):
            super().__init__()
            self.answers: list[str] = []

        @Slot(object)
        def done(self, answer):
            self.answers.append(answer)

        @Slot(str)
        def failed(self, message):
            self.answers.append("failed: " + message)

    receiver = Receiver()
    tasks.start(lambda: time.sleep(0.5) or "old", receiver.done, receiver.failed, key="k")
    tasks.start(lambda: "new", receiver.done, receiver.failed, key="k")
    tasks.start(lambda: "other", receiver.done, receiver.failed)  # no key: always delivered
    tasks.wait(5_000)
    qtbot.waitUntil(lambda: len(receiver.answers) == 2, timeout=2_000)
    qtbot.wait(200)
    assert sorted(receiver.answers) == ["new", "other"]
    with pytest.raises(TypeError):  # a widget's method never runs on a pool thread
        tasks.start(receiver.done, receiver.done, receiver.failed)


def test_closing_during_the_feedback_follow_asks_and_the_next_start_follows_on_to_closed(qtbot, engine, monkeypatch, tmp_path):
    """A demo's simulated feedback is being followed when the window closes: it asks, the delivery
    stays Sent with its schedule in the database, and the next start follows it on to Closed."""
    from campaign_desktop.demo.feedback_run import deliveries_to_follow

    build_demo(engine, profiles=600, seed=9)
    save_settings(engine, simulation_speed=40_000.0, bounce_folder=str(tmp_path / "bounces"))  # days in ~8 s
    asked: list[str] = []

    def answer(parent, title, text, buttons=QMessageBox.StandardButton.Ok, *args, **kwargs):
        asked.append(text)
        yes = QMessageBox.StandardButton.Yes
        return yes if buttons & yes else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(engine, operator="manager")
    qtbot.addWidget(window)
    window.reload()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    delivery_id = _delivery(engine)
    prepare(engine, delivery_id, Control())
    dashboard = _open(window, delivery_id)
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.PREPARED and dashboard.buttons["send"].isEnabled(), timeout=10_000)
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: dashboard.following, timeout=60_000)
    qtbot.wait(500)
    window.close()
    assert any("is being followed" in text for text in asked)
    assert _db_state(engine, delivery_id) is DeliveryState.SENT  # not closed by the window's closing
    with engine.connect() as conn:
        assert deliveries_to_follow(conn) == [delivery_id]

    reopened = MainWindow(engine, operator="manager")
    qtbot.addWidget(reopened)
    qtbot.waitUntil(lambda: delivery_id in reopened.dashboards and reopened.dashboards[delivery_id].following, timeout=15_000)
    again = reopened.dashboards[delivery_id]
    qtbot.waitUntil(lambda: not again.running and _db_state(engine, delivery_id) is DeliveryState.CLOSED, timeout=120_000)
    qtbot.waitUntil(lambda: again.progress_text.text() == "Feedback followed until the delivery closed.", timeout=5_000)
    with engine.connect() as conn:
        assert deliveries_to_follow(conn) == []
    reopened.close()
