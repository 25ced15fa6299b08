"""The Operators page, for an administrator: create, disable, reset a password, give or take roles.

Each change is made by the engine, which checks the *Administrator* role itself; the
table is read again after each one, so it always shows what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.operators import (
    OperatorInfo,
    create_operator,
    list_operators,
    reset_password,
    set_disabled,
    set_roles,
)
from campaign_desktop.ui import tasks
from campaign_desktop.ui.labels import role_label
from campaign_desktop.ui.style import page_title

ROLE_COLUMNS = {2: Role.PREPARE_DELIVERIES, 3: Role.START_DELIVERIES, 4: Role.ADMINISTRATOR}
ACTIVE_COLUMN = 5


class NewOperatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New operator"))
        self.login, self.name, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        self.roles[Role.PREPARE_DELIVERIES].setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        for box in self.roles.values():
            form.addRow("", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_roles(self) -> set[Role]:
        return {role for role, box in self.roles.items() if box.isChecked()}


class OperatorsPage(QWidget):
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.actor = ""
        self.operators: list[OperatorInfo] = []
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Login"), self.tr("Name"), role_label(Role.PREPARE_DELIVERIES), role_label(Role.START_DELIVERIES),
            role_label(Role.ADMINISTRATOR), self.tr("Active"), self.tr("Password"),
        ])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self.on_item_changed)
        self.new_button = QPushButton(self.tr("New operator…"))
        self.new_button.clicked.connect(self.on_new)
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.password_button.clicked.connect(self.on_reset_password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        title = page_title(self.tr("Operators"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._tasks: dict[str, tasks.Task] = {}
        self._filling = False

    def _start(self, name: str, function: Any, on_finished: Any) -> None:
        self._tasks[name] = tasks.start(function, on_finished, self.on_failed)

    @Slot()
    def reload(self) -> None:
        engine = self.engine

        def read() -> list[OperatorInfo]:
            with engine.connect() as conn:
                return list_operators(conn)

        self._start("load", read, self.on_loaded)

    @Slot(object)
    def on_loaded(self, operators: list[OperatorInfo]) -> None:
        self.operators = operators
        self._filling = True
        self.table.setRowCount(len(operators))
        for row, o in enumerate(operators):
            self.table.setItem(row, 0, QTableWidgetItem(o.login))
            self.table.setItem(row, 1, QTableWidgetItem(o.name))
            for column, role in ROLE_COLUMNS.items():
                self.table.setItem(row, column, _check(role in o.roles))
            self.table.setItem(row, ACTIVE_COLUMN, _check(not o.disabled))
            self.table.setItem(row, 6, QTableWidgetItem(self.tr("Set") if o.has_password else self.tr("None")))
        self.table.resizeColumnsToContents()
        self._filling = False

    @Slot(QTableWidgetItem)
    def on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        operator = self.operators[item.row()]
        engine, actor, checked = self.engine, self.actor, item.checkState() == Qt.CheckState.Checked
        if item.column() == ACTIVE_COLUMN:
            self._start("change", lambda: set_disabled(engine, actor, operator.login, not checked), self.on_changed)
            return
        roles = {role for column, role in ROLE_COLUMNS.items()
                 if self.table.item(item.row(), column).checkState() == Qt.CheckState.Checked}
        self._start("change", lambda: set_roles(engine, actor, operator.login, roles), self.on_changed)

    @Slot()
    def on_new(self) -> None:
        dialog = NewOperatorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        engine, actor = self.engine, self.actor
        login, name, password, roles = dialog.login.text(), dialog.name.text(), dialog.password.text(), dialog.chosen_roles()
        self._start("change", lambda: create_operator(engine, actor, login, name, password, roles), self.on_changed)

    def selected_login(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.operators[rows[0].row()].login if rows else None

    @Slot()
    def on_reset_password(self) -> None:
        login = self.selected_login()
        if login is None:
            self.message.setText(self.tr("Select an operator first."))
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset password"), self.tr("New password for %1:").replace("%1", login),
                                            QLineEdit.EchoMode.Password)
        if ok:
            engine, actor = self.engine, self.actor
            self._start("change", lambda: reset_password(engine, actor, login, password), self.on_changed)

    @Slot(object)
    def on_changed(self, _: object) -> None:
        self.message.setText(self.tr("Saved."))
        self.reload()

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.message.setText(message)
        self.reload()  # show what is stored, not the refused change


def _check(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item
