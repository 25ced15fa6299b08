"""The Profiles page: the profile base as a lazy list with a search, and the card of the one selected.

The card shows every field of the profile and its delivery history: each delivery that
targeted it, with the status, the reason of a failure or the cause of an exclusion, and
the opens and clicks it made. "Import…" opens the CSV import (profile_import_dialog.py);
the list is read again after each import.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QLocale, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.engine.history import HistoryLine, profile_history
from campaign_desktop.engine.workspace_query import PROFILE_LIST_COLUMNS, profile_card, profile_ids, profile_rows, profiles_stamp
from campaign_desktop.ui import tasks
from campaign_desktop.ui.labels import cause_label, field_label, reason_label, status_label
from campaign_desktop.ui.lazy_model import LazyTableModel, ListWatch, RowsReader, lazy_table, reselect
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.engine_messages import reply_text
from campaign_desktop.ui.profile_import_dialog import ProfileImportDialog
from campaign_desktop.ui.style import page_title


class ProfilesModel(LazyTableModel):
    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, [field_label(c) for c in PROFILE_LIST_COLUMNS])

    def rows_reader(self) -> RowsReader:
        return profile_rows


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class ProfilesPage(QWidget):
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.model = ProfilesModel(engine)
        self.table = lazy_table(self.model, {0: 260})
        self.table.selectionModel().selectionChanged.connect(self.on_selected)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by address or name"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.count = QLabel()
        self.card_title = QLabel(self.tr("Select a profile to see its card."))
        self.card_title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.fields = _table([self.tr("Field"), self.tr("Value")])
        self.history = _table([self.tr("Delivery"), self.tr("Status"), self.tr("Reason or cause"), self.tr("Sent"),
                               self.tr("Opens"), self.tr("Clicks"), self.tr("Last reply")])
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import or update profiles from a CSV file"))
        self.import_button.clicked.connect(self.on_import)
        self.import_dialog: ProfileImportDialog | None = None
        self._tasks: dict[str, tasks.Task] = {}
        self.watch = ListWatch(self.model, profiles_stamp)
        self.watch.changed.connect(self.reload)
        self._layout()

    def _layout(self) -> None:
        title = page_title(self.tr("Profiles"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card_title)
        right_layout.addWidget(self.fields, 2)
        history_title = QLabel(self.tr("Delivery history"))
        history_title.setStyleSheet("font-weight: 600;")
        right_layout.addWidget(history_title)
        right_layout.addWidget(self.history, 3)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _start(self, name: str, function: Any, on_finished: Any) -> None:
        # the latest read of each kind wins: a slow search overtaken by a newer one is dropped
        self._tasks[name] = tasks.start(function, on_finished, self.on_failed, key=(id(self), name))

    @Slot()
    def reload(self) -> None:
        engine, text, read_stamp = self.engine, self.search.text(), self.watch.read_stamp

        def read() -> Any:
            with engine.connect() as conn:
                return read_stamp(conn), profile_ids(conn, text)

        self.count.setText(self.tr("Searching…"))
        self._start("ids", read, self.on_ids)

    @Slot()
    def on_import(self) -> None:
        if self.import_dialog is None:
            self.import_dialog = ProfileImportDialog(self.engine, self)
            self.import_dialog.imported.connect(self.on_imported)
        self.import_dialog.show()
        self.import_dialog.raise_()

    @Slot(object)
    def on_imported(self, _report: object) -> None:
        self.reload()

    def refresh(self) -> None:
        """Read again while shown (the window's timer, F5): new profiles appear, changed rows update."""
        self.watch.check()

    @Slot(object)
    def on_ids(self, result: Any) -> None:
        self.watch.stamp, ids = result
        selected = [self.model.id_at(index.row()) for index in self.table.selectionModel().selectedRows()]
        self.model.set_ids(ids)
        reselect(self.table, self.model, selected)
        self.count.setText(self.tr("Profiles: %1").replace("%1", QLocale().toString(len(ids))))

    @Slot(QItemSelection, QItemSelection)
    def on_selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_card(self.model.id_at(rows[0].row()))

    def show_card(self, profile_id: int) -> None:
        engine = self.engine

        def read() -> tuple[dict[str, Any], list[HistoryLine]]:
            with engine.connect() as conn:
                return profile_card(conn, profile_id), profile_history(conn, profile_id)

        self._start("card", read, self.on_card)

    @Slot(object)
    def on_card(self, result: tuple[dict[str, Any], list[HistoryLine]]) -> None:
        card, history = result
        name = " ".join(str(card[k]) for k in ("first_name", "last_name") if card.get(k))
        self.card_title.setText(f"{name} <{card.get('email') or '—'}>" if name else str(card.get("email") or "—"))
        shown = [[field_label(k) if not k.startswith("custom.") else k.removeprefix("custom."), _text(v)]
                 for k, v in card.items() if k != "created_at"]
        shown.append([self.tr("Created"), format_time(card["created_at"])])
        _fill(self.fields, shown)
        _fill(self.history, [[
            line.label, status_label(line.status),
            cause_label(line.exclusion) if line.exclusion is not None else (reason_label(line.reason) if line.reason else ""),
            format_time(line.sent_at) if line.sent_at else "", QLocale().toString(line.opens), QLocale().toString(line.clicks),
            reply_text(line.last_reply or ""),
        ] for line in history])

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.count.setText(self.tr("Error: %1").replace("%1", message))


def _text(value: Any) -> str:
    if value is None:
        return ""
    return format_time(value)
