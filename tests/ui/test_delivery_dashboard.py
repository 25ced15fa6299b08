"""The delivery end to end, offscreen: create and edit it, prepare, stop, prepare again, tiles, a refused
and an accepted send, pause and resume, the logs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from campaign_desktop.db.models import Delivery, DeliveryLog
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.domain.enums import DeliveryState, LogStatus
from campaign_desktop.engine.settings import save_settings
from campaign_desktop.ui.main_window import MainWindow


def _agree(parent, title, text, buttons=QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, *args):
    """Every question answered the agreeing way: OK to send, Yes to pause on closing."""
    yes = QMessageBox.StandardButton.Yes
    return yes if buttons & yes else QMessageBox.StandardButton.Ok


@pytest.fixture
def window(qtbot, engine, monkeypatch, tmp_path):
    build_demo(engine, profiles=1500, seed=9)
    # a trainer's setting: three and a half days of feedback in a second or two
    save_settings(engine, simulation_speed=300_000.0, bounce_folder=str(tmp_path / "bounces"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", _agree)
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


def _handed_over(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(
            DeliveryLog.delivery_id == delivery_id, DeliveryLog.status.in_([LogStatus.SENT, LogStatus.FAILED]))).scalar_one()


def _db_state(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()


def _figure(tile):
    return int(tile.value.text().replace(",", "").replace("\u202f", ""))


def test_create_prepare_stop_prepare_send_pause_resume_and_read_the_logs(qtbot, window, engine):
    # a new delivery opens on its Properties page
    window.list_buttons["new"].click()
    qtbot.waitUntil(lambda: len(window.dashboards) == 1, timeout=10_000)
    dashboard = window.tabs.currentWidget()
    editor = dashboard.editor
    qtbot.waitUntil(lambda: editor.loaded is not None and dashboard.state is DeliveryState.DRAFT, timeout=10_000)
    assert dashboard.pages.currentIndex() == 1
    editor.label.setText("Winter sale")
    editor.from_name.setText("Maison Lumière")
    editor.from_address.setText("news@maison-lumiere.example.com")
    editor.subject.setText("Hello ")
    editor.subject.setFocus()
    editor.subject.end(False)
    picked = next(a for a in editor.field_picker.menu().actions() if a.data() == "{{ recipient.first_name }}")
    editor.insert_field(picked)  # the field picker, into the subject that has the focus
    assert editor.subject.text() == "Hello {{ recipient.first_name }}"
    editor.html.setPlainText('<p>Hello {{ recipient.first_name }}</p><a href="https://shop.example.com/">Shop</a>'
                             '<a href="{{ unsubscribe_url }}">Unsubscribe</a>')
    editor.rate.setValue(250)  # slow enough to pause in the middle
    assert dashboard.buttons["prepare"].isEnabled() is False  # unsaved edits first
    # the live preview renders for the sample profile
    qtbot.waitUntil(lambda: editor.sample.count() > 0, timeout=10_000)
    sample_name = editor.sample.currentText().split(" ")[0]
    editor.refresh_preview()
    qtbot.waitUntil(lambda: editor.preview_subject.text() == f"Hello {sample_name}", timeout=10_000)
    assert f"Hello {sample_name}" in editor.preview.toPlainText()
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty and dashboard.title.text() == "Winter sale", timeout=10_000)
    assert window.tabs.tabText(window.tabs.indexOf(dashboard)) == "Winter sale"
    qtbot.waitUntil(lambda: editor.count.text().startswith("1,500") or editor.count.text().startswith("1500"), timeout=10_000)

    # stop the preparation as soon as it starts: nothing is kept
    dashboard.pages.setCurrentIndex(0)
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
    assert targeted == 1500 and to_exclude > 0
    assert [_figure(dashboard.tiles[k]) for k in ("targeted", "to_deliver", "to_exclude")] == [targeted, to_deliver, to_exclude]

    # an edit of the prepared delivery returns it to Draft, and says why
    qtbot.waitUntil(lambda: editor.loaded.state is DeliveryState.PREPARED, timeout=10_000)
    editor.subject.setText("Last days: {{ recipient.first_name }}")
    assert "returns it to Draft" in editor.notice.text()
    editor.save_button.click()
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.DRAFT, timeout=10_000)
    assert "content" in dashboard.state_text.text() and "prepare it again" in dashboard.state_text.text()
    qtbot.waitUntil(lambda: dashboard.buttons["prepare"].isEnabled(), timeout=10_000)
    dashboard.buttons["prepare"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.PREPARED, timeout=30_000)

    # the marketer has no Start deliveries role: refused, nothing sent
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and bool(window.shown), timeout=20_000)
    assert "Start deliveries" in window.shown[-1]
    assert _db_state(engine, dashboard.delivery_id) is DeliveryState.PREPARED and _handed_over(engine, dashboard.delivery_id) == 0

    # the manager sends it through the simulated MTA; pause holds it, resume finishes it
    dashboard.operator = "manager"
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: _handed_over(engine, dashboard.delivery_id) > 100, timeout=30_000)
    dashboard.buttons["pause"].click()
    qtbot.waitUntil(lambda: _db_state(engine, dashboard.delivery_id) is DeliveryState.PAUSED, timeout=20_000)
    # the send says it holds once what was on the wire is settled
    qtbot.waitUntil(lambda: dashboard.progress_text.text() == "Paused: nothing goes out until Resume.", timeout=20_000)
    assert "· Paused — paused by manager" in dashboard.state_text.text()  # the state line says it too
    held = _handed_over(engine, dashboard.delivery_id)
    qtbot.wait(800)
    assert _handed_over(engine, dashboard.delivery_id) == held < to_deliver  # nothing goes out while paused
    assert dashboard.progress_text.text() == "Paused: nothing goes out until Resume."  # not "Sending" while paused
    assert not dashboard.buttons["resume"].isHidden() and dashboard.buttons["pause"].isHidden()
    dashboard.buttons["resume"].click()
    # after Resume, no label still says paused once the state is read again
    qtbot.waitUntil(lambda: "· Sending" in dashboard.state_text.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not dashboard.progress_text.text().startswith("Paused")
                    or dashboard.state is not DeliveryState.SENDING, timeout=10_000)
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.CLOSED, timeout=120_000)
    assert _handed_over(engine, dashboard.delivery_id) == to_deliver
    figures = {k: _figure(dashboard.tiles[k]) for k in ("sent", "delivered", "opens", "clicks")}
    assert 0 < figures["delivered"] <= figures["sent"] <= to_deliver
    assert 0 < figures["clicks"] < figures["opens"] < figures["delivered"]  # the simulated opens and clicks arrived

    # the logs: an excluded profile with its cause, a bounced recipient with its reason
    dashboard.buttons["logs"].click()
    logs = dashboard.logs
    qtbot.waitUntil(lambda: logs.exclusions.rowCount() > 0, timeout=10_000)
    cause = logs.exclusions.item(0, 0).text()
    logs.on_drill_down(0, 0)
    qtbot.waitUntil(lambda: logs.model.rowCount() > 0 and logs.model.data(logs.model.index(0, 4)) == cause, timeout=10_000)
    logs.cause = None
    logs.status.setCurrentIndex(logs.status.findData(LogStatus.FAILED))
    qtbot.waitUntil(lambda: logs.model.rowCount() > 0 and logs.model.data(logs.model.index(0, 1)) == "Failed", timeout=10_000)
    reason = logs.model.data(logs.model.index(0, 3))
    assert reason in {"User unknown", "Mailbox full", "Refused", "Account disabled", "Not connected"}
    assert "@" in logs.model.data(logs.model.index(0, 0))
    logs.close()


def test_the_chart_draws_the_stored_series_and_exports_a_png(qtbot, window, engine, tmp_path):
    import datetime as dt

    from campaign_desktop.db.models import IndicatorSample

    dashboard = _open(window, "flash-sale")
    base = dt.datetime(2026, 11, 20, 9, 0)
    with engine.begin() as conn:  # the demo stored one sample for it: the series under test replaces it
        conn.execute(IndicatorSample.__table__.delete().where(IndicatorSample.delivery_id == dashboard.delivery_id))
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


def test_a_scheduled_delivery_starts_by_itself_at_its_time_while_the_app_is_open(qtbot, window, engine):
    import datetime as dt

    from sqlalchemy import update

    from campaign_desktop.db.models import utcnow
    from campaign_desktop.engine.control import Control
    from campaign_desktop.engine.preparation import prepare
    from campaign_desktop.engine.send_actions import confirm_send

    start = utcnow()
    with engine.begin() as conn:
        delivery_id = conn.execute(select(Delivery.id).where(Delivery.internal_name == "demo-newsletter")).scalar_one()
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(contact_date=start + dt.timedelta(hours=3)))
    prepare(engine, delivery_id, Control())
    assert confirm_send(engine, delivery_id, "manager", now=start) is DeliveryState.SCHEDULED
    window.scheduler.clock = lambda: start + dt.timedelta(hours=2)  # two hours later: not yet
    window.scheduler.tick()
    qtbot.waitUntil(lambda: window.scheduler.steps == 1, timeout=10_000)
    qtbot.wait(200)
    assert delivery_id not in window.dashboards and _db_state(engine, delivery_id) is DeliveryState.SCHEDULED
    window.scheduler.clock = lambda: start + dt.timedelta(hours=3, minutes=1)  # its time has come
    window.scheduler.tick()
    qtbot.waitUntil(lambda: delivery_id in window.dashboards, timeout=10_000)
    dashboard = window.dashboards[delivery_id]
    qtbot.waitUntil(lambda: _handed_over(engine, delivery_id) > 0, timeout=30_000)
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.CLOSED, timeout=90_000)
    with engine.connect() as conn:
        to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one()
    assert _handed_over(engine, delivery_id) == to_deliver


def test_closing_during_a_send_pauses_it_and_the_reopened_app_resumes_it(qtbot, window, engine):
    from sqlalchemy import update

    from campaign_desktop.engine.control import Control
    from campaign_desktop.engine.preparation import prepare

    with engine.begin() as conn:
        delivery_id = conn.execute(select(Delivery.id).where(Delivery.internal_name == "demo-newsletter")).scalar_one()
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(send_policy={"messages_per_second": 150}))
    prepare(engine, delivery_id, Control())
    window.operator = "manager"
    dashboard = _open(window, "demo-newsletter")
    qtbot.waitUntil(lambda: dashboard.state is DeliveryState.PREPARED and dashboard.buttons["send"].isEnabled(), timeout=10_000)
    dashboard.operator = "manager"
    dashboard.buttons["send"].click()
    qtbot.waitUntil(lambda: _handed_over(engine, delivery_id) > 50, timeout=30_000)
    window.close()  # asks whether to pause (answered Yes), then waits for the threads
    assert dashboard.job.thread.isFinished()  # the send thread ended before the window went
    assert _db_state(engine, delivery_id) is DeliveryState.PAUSED
    held = _handed_over(engine, delivery_id)

    reopened = MainWindow(engine, operator="manager")
    qtbot.addWidget(reopened)
    reopened.reload()
    qtbot.waitUntil(lambda: reopened.model.rowCount() == 3, timeout=10_000)
    again = _open(reopened, "demo-newsletter")
    qtbot.waitUntil(lambda: again.state is DeliveryState.PAUSED and not again.buttons["resume"].isHidden(), timeout=10_000)
    assert "paused when the application closed" in again.state_text.text()
    assert _handed_over(engine, delivery_id) == held  # nothing went out while the app was closed
    again.buttons["resume"].click()
    qtbot.waitUntil(lambda: _idle(again) and again.state is DeliveryState.CLOSED, timeout=120_000)
    with engine.connect() as conn:
        to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one()
    assert _handed_over(engine, delivery_id) == to_deliver
    reopened.close()


def test_a_send_killed_mid_way_shows_as_interrupted_and_resume_sends_the_rest_once(qtbot, window, engine, db_url):
    """The sending process is killed with SIGKILL (a crash, a power cut): the app opened
    afterwards says the send was interrupted, offers Resume, and Resume sends everyone
    not yet sent, without sending anyone twice."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from sqlalchemy import update

    from campaign_desktop.engine.control import Control
    from campaign_desktop.domain.enums import TransportKind
    from campaign_desktop.engine.preparation import prepare
    from campaign_desktop.engine.settings import load_settings
    from tests.smtp_server import ScriptedServer

    with engine.begin() as conn:
        delivery_id = conn.execute(select(Delivery.id).where(Delivery.internal_name == "demo-newsletter")).scalar_one()
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(send_policy={"messages_per_second": 300}))
    prepare(engine, delivery_id, Control())
    with ScriptedServer() as server:
        server.handler.keep_messages = False
        save_settings(engine, transport=TransportKind.SMTP, smtp_host="127.0.0.1", smtp_port=server.port)
        first = subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, "send", "demo-newsletter",
                                  "--operator", "manager"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while sum(server.handler.recipients.values()) < 100 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.01)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        received_at_kill = sum(server.handler.recipients.values())
        with engine.connect() as conn:
            to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one()
        assert 100 <= received_at_kill < to_deliver, "the kill must land in the middle of the send"

        window.operator = "manager"
        window.reload()
        qtbot.waitUntil(lambda: any(window.model.data(window.model.index(r, 2)) == "Sending (interrupted)"
                                    for r in range(window.model.rowCount())), timeout=10_000)
        dashboard = _open(window, "demo-newsletter")
        qtbot.waitUntil(lambda: dashboard.state is DeliveryState.SENDING and not dashboard.buttons["resume"].isHidden(),
                        timeout=10_000)
        assert "interrupted" in dashboard.state_text.text()
        assert dashboard.buttons["pause"].isHidden() and not dashboard.buttons["stop"].isHidden()
        dashboard.operator = "manager"
        dashboard.buttons["resume"].click()
        qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.SENT, timeout=60_000)
        assert "interrupted" not in dashboard.state_text.text() and dashboard.buttons["resume"].isHidden()

    with engine.connect() as conn:
        statuses = conn.execute(select(DeliveryLog.status).where(DeliveryLog.delivery_id == delivery_id)).scalars().all()
        connections = load_settings(conn).connections
    unknown = statuses.count(LogStatus.UNKNOWN)
    assert max(server.handler.recipients.values()) == 1  # nobody twice
    # nobody skipped; unknown only what was on the wire: one message a connection at most
    assert statuses.count(LogStatus.TO_SEND) == 0 and unknown <= connections
    assert sum(server.handler.recipients.values()) + unknown >= to_deliver


@pytest.mark.parametrize(("html", "said"), [
    ('<p>Hi</p><a href="javascript:alert(1)">x</a><a href="{{ unsubscribe_url }}">Unsubscribe</a>', "javascript:"),
    ("   ", "The HTML content is empty."),
])
def test_an_analysis_error_is_shown_on_the_dashboard_and_keeps_confirm_send_disabled(qtbot, window, engine, html, said):
    dashboard = _open(window, "demo-newsletter")
    qtbot.waitUntil(lambda: dashboard.editor.loaded is not None and dashboard.state is DeliveryState.DRAFT, timeout=10_000)
    with engine.begin() as conn:
        conn.execute(Delivery.__table__.update().where(Delivery.id == dashboard.delivery_id).values(html=html))
    dashboard.editor.load()
    dashboard.buttons["prepare"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.PREPARED
                    and not dashboard.analysis.isHidden(),
                    timeout=30_000)
    shown = dashboard.analysis.text()
    assert "Prepared with 1 error" in shown and said in shown and "Open the analysis journal" in shown
    assert not dashboard.buttons["send"].isEnabled()
    assert "fix them and prepare again" in dashboard.buttons["send"].toolTip()


def test_an_audience_that_selects_nobody_cannot_be_sent(qtbot, window, engine):
    dashboard = _open(window, "demo-newsletter")
    qtbot.waitUntil(lambda: dashboard.editor.loaded is not None and dashboard.state is DeliveryState.DRAFT, timeout=10_000)
    with engine.begin() as conn:
        conn.execute(Delivery.__table__.update().where(Delivery.id == dashboard.delivery_id).values(
            audience_filter=[{"field": "email", "op": "eq", "value": "nobody@nowhere.invalid"}]))
    dashboard.editor.load()
    dashboard.buttons["prepare"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.PREPARED
                    and not dashboard.analysis.isHidden(),
                    timeout=30_000)
    assert "Nobody is left to deliver" in dashboard.analysis.text()
    assert not dashboard.buttons["send"].isEnabled()


def test_the_confirmation_says_how_many_from_whom_what_through_what_and_until_when(qtbot, window, engine, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, said, *a, **k: asked.append(said)
                        or QMessageBox.StandardButton.Cancel)
    dashboard = _open(window, "demo-newsletter")
    qtbot.waitUntil(lambda: dashboard.editor.loaded is not None and dashboard.state is DeliveryState.DRAFT, timeout=10_000)
    dashboard.buttons["prepare"].click()
    qtbot.waitUntil(lambda: _idle(dashboard) and dashboard.state is DeliveryState.PREPARED, timeout=30_000)
    dashboard.buttons["send"].click()
    [said] = asked
    draft = dashboard.editor.loaded.draft
    to_deliver = f"{dashboard.to_deliver:,}"
    assert f"Send {to_deliver} messages now?" in said or f"Send {dashboard.to_deliver} messages now?" in said
    assert draft.from_address in said and draft.subject in said
    assert "simulated MTA" in said and "Projected finish:" in said
    assert _db_state(engine, dashboard.delivery_id) is DeliveryState.PREPARED  # Cancel sends nothing
