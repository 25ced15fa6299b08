"""The sign-in dialog: login (the last one offered again) and password, checked on a pool thread.

Checking a scrypt hash takes a few tens of milliseconds: long enough to freeze the
window, so it runs in the background like everything else that waits.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import Engine

from campaign_desktop.engine.operators import OperatorInfo, SignInFailed, sign_in
from campaign_desktop.ui import tasks
from campaign_desktop.ui.engine_messages import error_text
from campaign_desktop.ui.style import PROBLEM

LAST_LOGIN_KEY = "operators/last_login"


class SignInDialog(QDialog):
    """Accepted with ``operator`` set when the login and password are right."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.operator: OperatorInfo | None = None
        self.setWindowTitle(self.tr("Sign in to Campaign Desktop"))
        self.login = QLineEdit(str(QSettings().value(LAST_LOGIN_KEY, "") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.on_sign_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.password if self.login.text() else self.login).setFocus()
        self._task: tasks.Task | None = None

    @Slot()
    def on_sign_in(self) -> None:
        engine, login, password = self.engine, self.login.text().strip(), self.password.text()
        self.buttons.setEnabled(False)
        self.problem.setText("")

        def check() -> OperatorInfo | str:
            try:
                return sign_in(engine, login, password)
            except SignInFailed as exc:
                return error_text(exc)

        self._task = tasks.start(check, self.on_checked, self.on_failed)

    @Slot(object)
    def on_checked(self, result: OperatorInfo | str) -> None:
        self.buttons.setEnabled(True)
        if isinstance(result, str):
            self.problem.setText(result)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.operator = result
        QSettings().setValue(LAST_LOGIN_KEY, result.login)
        self.accept()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(message)
