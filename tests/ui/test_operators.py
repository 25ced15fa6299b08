"""Signing in (wrong password refused and said), the demo's sign-in without a prompt, the operator
switch, and the Operators page for an administrator only."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from campaign_desktop.db.models import Delivery
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.domain.enums import DeliveryState, Role
from campaign_desktop.engine.operators import list_operators, reset_password
from campaign_desktop.ui.app import create_window
from campaign_desktop.ui.main_window import OPERATORS_PAGE, MainWindow
from campaign_desktop.ui.operators_page import ROLE_COLUMNS
from campaign_desktop.ui.sign_in import LAST_LOGIN_KEY, SignInDialog


def test_sign_in_with_a_wrong_password_fails_and_says_so(qtbot, engine):
    build_demo(engine, profiles=50, seed=2)
    reset_password(engine, "admin", "manager", "managers-password")
    dialog = SignInDialog(engine)
    qtbot.addWidget(dialog)
    dialog.login.setText("manager")
    dialog.password.setText("not-the-password")  # tried: a wrong password
    dialog.on_sign_in()
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=10_000)
    assert dialog.problem.text() == "Wrong login or password." and dialog.result() != QDialog.DialogCode.Accepted
    dialog.password.setText("managers-password")
    dialog.on_sign_in()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.operator.login == "manager" and Role.START_DELIVERIES in dialog.operator.roles
    assert QSettings().value(LAST_LOGIN_KEY) == "manager"
    again = SignInDialog(engine)  # the last login is offered again
    qtbot.addWidget(again)
    assert again.login.text() == "manager"


def test_the_demo_signs_in_as_admin_without_a_prompt_and_says_so(qtbot, engine):
    window = create_window(engine, demo_profiles=300)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.operator == "admin", timeout=30_000)
    assert "without a password" in window.statusBar().currentMessage()
    assert not window.navigation.item(OPERATORS_PAGE).isHidden()  # admin sees the Operators page
    window.close()


def test_operators_page_changes_roles_through_the_engine_and_marketers_do_not_see_it(qtbot, engine):
    build_demo(engine, profiles=50, seed=2)
    window = MainWindow(engine, operator="admin")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.navigation.item(OPERATORS_PAGE).isHidden(), timeout=10_000)
    window.navigation.setCurrentRow(OPERATORS_PAGE)
    page = window.operators_page
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)
    row = next(r for r in range(3) if page.table.item(r, 0).text() == "marketer")
    start_column = next(c for c, role in ROLE_COLUMNS.items() if role is Role.START_DELIVERIES)
    page.table.item(row, start_column).setCheckState(Qt.CheckState.Checked)  # give marketer Start deliveries
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=10_000)
    with engine.connect() as conn:
        roles = {o.login: o.roles for o in list_operators(conn)}
    assert roles["marketer"] == {Role.PREPARE_DELIVERIES, Role.START_DELIVERIES}
    with engine.connect() as conn:
        manager = next(o for o in list_operators(conn) if o.login == "manager")
    window.set_operator(manager)
    assert window.navigation.item(OPERATORS_PAGE).isHidden() and window.operator == "manager"
    window.close()


def test_an_operator_without_start_deliveries_cannot_send_from_the_command_line(engine, db_url):
    import subprocess
    import sys

    build_demo(engine, profiles=60, seed=2)
    run = lambda *a: subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    assert run("prepare", "demo-newsletter", "--operator", "marketer").returncode == 0
    refused = run("send", "demo-newsletter", "--operator", "marketer")
    assert refused.returncode != 0 and "Start deliveries" in refused.stderr
    with engine.connect() as conn:
        assert conn.execute(select(Delivery.state).where(Delivery.internal_name == "demo-newsletter")).scalar_one() is DeliveryState.PREPARED
