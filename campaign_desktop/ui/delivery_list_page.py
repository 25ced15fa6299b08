"""The list of deliveries: new, duplicate, delete, search, and a list that stays current.

The list is read again every few seconds (and on F5), so a delivery created in another
window, a send started from the command line or by the scheduler shows within seconds,
its state as the database has it. Reads go through the background service under one key:
a slow read overtaken by a newer one never paints an older list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.engine.deliveries import DeliveryRow, list_deliveries
from campaign_desktop.engine.delivery_edit import create_delivery, delete_delivery, duplicate_delivery
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_model import DeliveryTableModel
from campaign_desktop.ui.style import page_title

#: How often the list is read again while it is shown (a cheap query: one row a delivery).
REFRESH_EVERY_MS = 2_000


class DeliveryListPage(QWidget):
    """``opened(id, label)``: the user opened a delivery; ``created(id)``: New or Duplicate made one;
    ``delete_requested(row)``: the user asked to delete (the window checks its tabs first);
    ``loaded(count)``, ``failed(message)``: for the status bar."""

    opened = Signal(int, str)
    created = Signal(int)
    delete_requested = Signal(object)
    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, engine: Engine, operator: Callable[[], str]) -> None:
        """``operator``: who acts (the window's signed-in login, read at each action)."""
        super().__init__()
        self.engine, self.operator = engine, operator
        self.header_restored = False
        self.model = DeliveryTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.on_double_clicked)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search deliveries by label or internal name"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.buttons = {
            "new": QPushButton(self.tr("New")),
            "duplicate": QPushButton(self.tr("Duplicate")),
            "delete": QPushButton(self.tr("Delete")),
        }
        self.buttons["duplicate"].setToolTip(self.tr("A draft copy with the same content, audience and parameters"))
        self.buttons["new"].clicked.connect(self.on_new)
        self.buttons["duplicate"].clicked.connect(self.on_duplicate)
        self.buttons["delete"].clicked.connect(self.on_delete)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Deliveries")))
        top.addSpacing(16)
        for button in self.buttons.values():
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.refresh_timer = QTimer(self, interval=REFRESH_EVERY_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self._reading: tasks.Task | None = None
        self._enable()

    # --- reading --------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Read the list now (a search, an action's end, F5): this answer wins over any older read."""
        text, engine = self.search.text().strip(), self.engine

        def load() -> list[DeliveryRow]:
            with engine.connect() as conn:
                return list_deliveries(conn, text)

        self._reading = tasks.start(load, self.on_loaded, self.on_failed, key=(id(self), "list"))

    @Slot()
    def refresh(self) -> None:
        """The periodic read: skipped while one is on its way (a slow database is not queued up)."""
        if self._reading is None or self._reading.done:
            self.reload()

    @Slot(object)
    def on_loaded(self, rows: list[DeliveryRow]) -> None:
        selected = self.selected_row()
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows and not self.header_restored:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if selected is not None and (self.selected_row() is None or self.selected_row().id != selected.id):
            self.select_delivery(selected.id)
        self._enable()
        self.loaded.emit(len(rows))

    def restore_header(self, state: object) -> None:
        self.header_restored = isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state)

    # --- selection -----------------------------------------------------------------------------
    def selected_row(self) -> DeliveryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_delivery(self, delivery_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == delivery_id:
                self.table.selectRow(row)
                return

    @Slot()
    def _enable(self) -> None:
        selected = self.selected_row() is not None
        self.buttons["duplicate"].setEnabled(selected)
        self.buttons["delete"].setEnabled(selected)

    @Slot(QModelIndex)
    def on_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.opened.emit(row.id, row.label)

    # --- actions --------------------------------------------------------------------------------
    @Slot()
    def on_new(self) -> None:
        engine, operator, label = self.engine, self.operator(), self.tr("New delivery")

        def create() -> int:
            with engine.connect() as conn:
                settings = load_settings(conn)
            return create_delivery(engine, operator, settings, label)

        self._task = tasks.start(create, self.on_created, self.on_failed)

    @Slot()
    def on_duplicate(self) -> None:
        row = self.selected_row()
        if row is not None:
            engine, operator, delivery_id = self.engine, self.operator(), row.id
            self._task = tasks.start(lambda: duplicate_delivery(engine, delivery_id, operator), self.on_created,
                                     self.on_failed)

    @Slot(object)
    def on_created(self, delivery_id: int) -> None:
        self.search.clear()
        self.reload()
        self.created.emit(delivery_id)

    @Slot()
    def on_delete(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.delete_requested.emit(row)

    def delete(self, row: DeliveryRow) -> None:
        """Delete it (the window has asked and closed its tab)."""
        engine, operator, delivery_id = self.engine, self.operator(), row.id
        self._task = tasks.start(lambda: delete_delivery(engine, delivery_id, operator), self.on_deleted, self.on_failed)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot(object)
    def on_deleted(self, _: object) -> None:
        self.reload()

    def count_text(self, count: int) -> str:
        return self.tr("Deliveries shown: %1").replace("%1", QLocale().toString(count))
