"""The main window's other work: duplicate and delete deliveries, the remembered layout, and the
Profiles, Addresses and Settings pages, each against a real database (and a real SMTP server)."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, insert, select

from campaign_desktop.db.models import Address, Delivery
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.domain.enums import AddressStatus, DeliveryState, FailureReason
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.ui.main_window import SETTINGS_PAGE, MainWindow
from tests.smtp_server import ScriptedServer, free_port
from tests.ui.conftest import open_demo_window


@pytest.fixture
def window(qtbot, engine, monkeypatch):
    win = open_demo_window(qtbot, engine, monkeypatch, profiles=400)
    yield win
    win.close()


def _select(window, internal_name):
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).internal_name == internal_name)
    window.table.selectRow(row)


def _deliveries(engine):
    with engine.connect() as conn:
        return {name: state for name, state in conn.execute(select(Delivery.internal_name, Delivery.state))}


def test_duplicate_a_sent_delivery_then_delete_the_copy(qtbot, window, engine):
    _select(window, "flash-sale")
    window.list_buttons["duplicate"].click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10_000)
    assert _deliveries(engine)["flash-sale-1"] is DeliveryState.DRAFT  # a copy starts over, as a draft
    copy = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: copy.title.text().startswith("Copy of"), timeout=10_000)
    assert copy.editor.editable  # a draft can be edited; the sent original cannot
    window.close_tab(window.tabs.indexOf(copy))
    _select(window, "flash-sale-1")
    window.list_buttons["delete"].click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    assert "flash-sale-1" not in _deliveries(engine)


def test_a_sent_delivery_opens_read_only_with_the_reason(qtbot, window):
    _select(window, "flash-sale")
    window.open_delivery(window.table.selectionModel().selectedRows()[0])
    dashboard = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: dashboard.editor.loaded is not None and dashboard.state is not None, timeout=10_000)
    assert not dashboard.editor.editable and dashboard.editor.subject.isReadOnly()
    assert "can no longer be edited" in dashboard.editor.notice.text()
    assert dashboard.buttons["compute_stats"].isEnabled() and not dashboard.buttons["prepare"].isEnabled()


def test_the_window_size_is_remembered_between_runs(qtbot, engine, window):
    window.resize(700, 520)  # within the offscreen screen (800 × 600)
    window.close()
    again = MainWindow(engine, operator="admin")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)
    assert QSettings().value("window/geometry") is not None
    again.close()


def test_profiles_page_searches_and_shows_the_card_with_history(qtbot, window):
    window.navigation.setCurrentRow(1)
    page = window.profiles
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=10_000)
    page.search.setText("zzz-nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=10_000)
    # the flash sale (sent) reached some profiles: find one through its history
    page.show_card(page.model.id_at(0))
    qtbot.waitUntil(lambda: page.fields.rowCount() > 5, timeout=10_000)
    assert page.fields.item(0, 0).text() == "Email"


def test_releasing_addresses_from_the_addresses_page(qtbot, window, engine):
    with engine.begin() as conn:
        conn.execute(insert(Address), [
            {"email_norm": "held@example.com", "status": AddressStatus.QUARANTINE, "error_count": 5,
             "last_reason": FailureReason.MAILBOX_FULL},
            {"email_norm": "gone@example.com", "status": AddressStatus.QUARANTINE, "error_count": 1,
             "last_reason": FailureReason.USER_UNKNOWN},
        ])
    window.navigation.setCurrentRow(2)
    page = window.addresses
    page.search.setText("held@")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.data(page.model.index(0, 3)) == "Mailbox full", timeout=10_000)
    assert page.model.data(page.model.index(0, 1)) == "Quarantine"
    page.table.selectRow(0)
    page.release_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("Released"), timeout=10_000)
    with engine.connect() as conn:
        standing = dict(conn.execute(select(Address.email_norm, Address.status)).all())
    assert standing["held@example.com"] is AddressStatus.VALID and standing["gone@example.com"] is AddressStatus.QUARANTINE


def test_importing_a_denylist_reports_bad_lines_and_keeps_the_good_ones(qtbot, window, engine, tmp_path):
    source = tmp_path / "denylist.csv"
    source.write_text("email;source\nspam.trap@example.com;complaints desk\nnot an address;typo\nHeld@Example.com;desk\n")
    window.navigation.setCurrentRow(2)
    page = window.addresses
    page.import_file(source)
    qtbot.waitUntil(lambda: "Denylist imported" in page.message.text(), timeout=10_000)
    assert "2 added" in page.message.text() and "1 lines skipped" in page.message.text() and "line 3" in page.message.text()
    with engine.connect() as conn:
        denylisted = set(conn.execute(select(Address.email_norm).where(Address.status == AddressStatus.DENYLISTED)).scalars())
    assert {"spam.trap@example.com", "held@example.com"} <= denylisted


def test_settings_test_connection_reports_success_and_a_closed_port(qtbot, window, engine):
    window.navigation.setCurrentRow(SETTINGS_PAGE)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.widgets["smtp_host"].text() == "127.0.0.1", timeout=10_000)
    with ScriptedServer() as server:
        page.widgets["smtp_port"].setValue(server.port)
        page.test_button.click()
        qtbot.waitUntil(lambda: page.test_button.isEnabled() and "succeeded" in page.test_result.text(), timeout=10_000)
    page.widgets["smtp_port"].setValue(free_port())  # nobody listens there
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled() and "failed" in page.test_result.text(), timeout=15_000)
    assert "refused" in page.test_result.text().lower()


def test_settings_are_saved_and_the_password_is_not_in_the_database(qtbot, window, engine):
    window.navigation.setCurrentRow(SETTINGS_PAGE)
    page = window.settings_page
    qtbot.waitUntil(lambda: page.widgets["smtp_host"].text() == "127.0.0.1", timeout=10_000)
    page.widgets["smtp_host"].setText("relay.example.com")
    page.widgets["quarantine_after_errors"].setValue(3)
    page.password.setText("s3cret-password")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("Settings saved"), timeout=10_000)
    with engine.connect() as conn:
        settings = load_settings(conn)
        stored = " ".join(str(v) for v in conn.exec_driver_sql("SELECT value FROM setting").scalars())
        count = conn.execute(select(func.count()).select_from(Delivery)).scalar_one()
    assert settings.smtp_host == "relay.example.com" and settings.quarantine_after_errors == 3
    assert "s3cret-password" not in stored and count == 3


def test_only_an_administrator_changes_the_settings(qtbot, window, engine):
    """A marketer sees the settings read-only (and may still test the relay); the engine refuses
    the change too, whoever asks, and nothing is stored."""
    from campaign_desktop.engine.roles import RoleRefused
    from campaign_desktop.engine.settings_change import change_settings

    window.work_as("marketer")
    window.navigation.setCurrentRow(SETTINGS_PAGE)
    page = window.settings_page
    qtbot.waitUntil(lambda: not page.editable and page.widgets["smtp_host"].text() == "127.0.0.1", timeout=10_000)
    assert page.save_button.isHidden() and not page.read_only_note.isHidden()
    assert not page.widgets["smtp_host"].isEnabled() and not page.password.isEnabled() and page.test_button.isEnabled()
    with pytest.raises(RoleRefused, match="Administrator"):
        change_settings(engine, "marketer", smtp_host="relay.attacker.example")
    with engine.connect() as conn:
        assert load_settings(conn).smtp_host == "127.0.0.1"
    window.work_as("admin")
    qtbot.waitUntil(lambda: page.editable, timeout=10_000)
    assert not page.save_button.isHidden() and page.read_only_note.isHidden() and page.widgets["smtp_host"].isEnabled()


def test_a_proof_from_the_dashboard_reaches_the_relay_with_its_prefix(qtbot, window, engine):
    from campaign_desktop.domain.enums import TransportKind
    from campaign_desktop.engine.settings import save_settings

    with ScriptedServer() as server:
        save_settings(engine, transport=TransportKind.SMTP, smtp_host="127.0.0.1", smtp_port=server.port)
        _select(window, "demo-newsletter")
        window.open_delivery(window.table.selectionModel().selectedRows()[0])
        dashboard = window.tabs.currentWidget()
        qtbot.waitUntil(lambda: dashboard.editor.sample.count() > 0 and dashboard.buttons["proof"].isEnabled(), timeout=10_000)
        dashboard.buttons["proof"].click()
        dialog = dashboard.proof
        dialog.addresses.setPlainText("qa@maison-lumiere.example.com\nlead@maison-lumiere.example.com")
        dialog.send_button.click()
        qtbot.waitUntil(lambda: dialog.result.text().startswith("Proof 1 sent"), timeout=15_000)
        qtbot.waitUntil(lambda: dialog.history.count() == 1, timeout=10_000)
        subjects = {message_from_bytes(m, policy=policy.default)["Subject"] for m in server.handler.messages}
    assert len(server.handler.messages) == 2 and all(s.startswith("[Proof 1] ") for s in subjects)
    assert "2 accepted" in dialog.result.text() and "by admin" in dialog.history.item(0).text()
    dialog.close()


def test_a_released_address_is_targeted_by_the_next_preparation(qtbot, window, engine):
    from campaign_desktop.db.models import DeliveryLog, Profile
    from campaign_desktop.engine.control import Control
    from campaign_desktop.domain.enums import ExclusionCause, LogStatus
    from campaign_desktop.engine.preparation import prepare

    with engine.connect() as conn:
        delivery_id = conn.execute(select(Delivery.id).where(Delivery.internal_name == "demo-newsletter")).scalar_one()
        email, profile_id = conn.execute(
            select(Address.email_norm, Profile.id).join(Profile, Profile.email_norm == Address.email_norm)
            .where(Address.status == AddressStatus.QUARANTINE).limit(1)).one()

    def log_of_profile():
        with engine.connect() as conn:
            return conn.execute(select(DeliveryLog.status, DeliveryLog.exclusion_cause)
                                .where(DeliveryLog.delivery_id == delivery_id, DeliveryLog.profile_id == profile_id)).one()

    prepare(engine, delivery_id, Control(), workers=0)
    assert log_of_profile() == (LogStatus.IGNORED, ExclusionCause.QUARANTINE)
    window.navigation.setCurrentRow(2)
    page = window.addresses
    page.search.setText(email)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == email, timeout=10_000)
    page.table.selectRow(0)
    page.release_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("Released"), timeout=10_000)
    prepare(engine, delivery_id, Control(), workers=0)
    assert log_of_profile() == (LogStatus.TO_SEND, None)


def test_the_send_policy_and_its_sending_window_are_saved_from_the_editor(qtbot, window, engine):
    import datetime as dt

    from PySide6.QtCore import QTime

    from campaign_desktop.engine.send_policy import SendPolicy
    from campaign_desktop.engine.settings import Settings

    _select(window, "demo-newsletter")
    window.open_delivery(window.table.selectionModel().selectedRows()[0])
    editor = window.tabs.currentWidget().editor
    qtbot.waitUntil(lambda: editor.loaded is not None and editor.editable, timeout=10_000)
    qtbot.waitUntil(lambda: "(" in editor.finish.text(), timeout=10_000)  # the projected finish is shown
    editor.rate.setValue(10)
    editor.windowed.setChecked(True)
    editor.window_start.setTime(QTime(9, 0))
    editor.window_end.setTime(QTime(10, 0))
    for day in (5, 6):
        editor.window_days[day].setChecked(False)  # weekdays only
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)
    with engine.connect() as conn:
        stored = conn.execute(select(Delivery.send_policy).where(Delivery.internal_name == "demo-newsletter")).scalar_one()
    policy = SendPolicy.from_json(stored, Settings())
    assert policy.messages_per_second == 10 and stored["windows"] == [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "10:00"}]
    friday_evening = dt.datetime(2026, 11, 27, 18, 0)
    assert policy.next_open(friday_evening) == dt.datetime(2026, 11, 30, 9, 0)  # Monday morning


def test_the_bounce_mailbox_is_read_while_the_app_is_open_and_what_waits_is_listed(qtbot, engine, tmp_path, monkeypatch):
    """A Maildir set as the bounce mailbox: the app reads it by itself, says so in the status
    bar, and lists the mail a person must read on the Inbound mail page; a mailbox that does
    not exist is a clear line, not an error box."""
    import mailbox
    from email.message import EmailMessage

    from campaign_desktop.engine.settings import save_settings
    from campaign_desktop.ui import bounce_watch

    monkeypatch.setattr(bounce_watch, "FIRST_READ_MS", 50)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    build_demo(engine, profiles=200, seed=5)
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    question = EmailMessage()
    question["From"] = "dan@example.com"
    question["To"] = "bounces@maison-lumiere.example.com"
    question["Subject"] = "Do you ship to Canada?"
    question.set_content("I would like to order the coat.")
    box.add(question.as_bytes())
    save_settings(engine, bounce_folder=str(tmp_path / "Maildir"), bounce_read_every_s=5)
    win = MainWindow(engine, operator="admin")
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: "Bounce mailbox: 1 read" in win.mailbox_status.text(), timeout=15_000)
    win.navigation.setCurrentRow(win.pages.indexOf(win.inbound_page))
    page = win.inbound_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.data(page.model.index(0, 3)) == "Do you ship to Canada?"
    assert page.model.data(page.model.index(0, 1)) == "Other mail"
    assert page.model.data(page.model.index(0, 4)).startswith("Not a notice, a reply or a request")
    page.table.selectRow(0)
    page.dismiss_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    assert asked and "for good" in asked[-1]  # asked first: a dismissed message leaves the list for good
    assert page.note.text() == "Dismissed: 1"
    # the settings' Test mailbox on a folder that does not exist
    win.navigation.setCurrentRow(SETTINGS_PAGE)
    settings = win.settings_page
    qtbot.waitUntil(lambda: settings.widgets["bounce_folder"].text().endswith("Maildir"), timeout=10_000)
    settings.widgets["bounce_folder"].setText(str(tmp_path / "nowhere"))
    settings.mailbox_button.click()
    qtbot.waitUntil(lambda: settings.mailbox_button.isEnabled() and "does not exist" in settings.mailbox_result.text(),
                    timeout=10_000)
    settings.widgets["bounce_folder"].setText(str(tmp_path / "Maildir"))
    settings.mailbox_button.click()
    qtbot.waitUntil(lambda: "0 message(s) to read" in settings.mailbox_result.text(), timeout=10_000)
    win.close()
