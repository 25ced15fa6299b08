"""The sending logs as a Qt model that holds only ids and fetches the rows of a page on demand.

Anki's browser does the same: the ids of the matching rows (filtered and sorted in SQL)
arrive from a pool thread; a row not yet in the cache shows "…" and asks for its page,
which a pool thread reads; the view repaints when it arrives. The GUI thread runs no SQL.
"""

from __future__ import annotations

from array import array
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, Slot
from sqlalchemy import Engine

from campaign_desktop.engine.enums import ExclusionCause, FailureReason, FailureType, LogStatus
from campaign_desktop.engine.log_query import log_rows
from campaign_desktop.ui import tasks
from campaign_desktop.ui.labels import cause_label, reason_label, status_label, type_label

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class LogsTableModel(QAbstractTableModel):
    def __init__(self, engine: Engine, delivery_id: int) -> None:
        super().__init__()
        self.engine, self.delivery_id = engine, delivery_id
        self.ids: array[int] = array("q")
        self.pages: dict[int, dict[int, tuple[Any, ...]]] = {}
        self.loading: set[int] = set()
        self.generation = 0  # pages asked for an older id list are dropped when they arrive
        self._tasks: list[tasks.Task] = []
        self.headers = [self.tr("Address"), self.tr("Status"), self.tr("Type"), self.tr("Reason"), self.tr("Exclusion"),
                        self.tr("Last reply"), self.tr("Retries"), self.tr("Sent"), self.tr("Detail"), self.tr("Events")]

    def set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self.ids, self.pages, self.loading = ids, {}, set()
        self.generation += 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def row(self, row: int) -> tuple[Any, ...] | None:
        page = row // PAGE
        cached = self.pages.get(page)
        if cached is None:
            self._request(page)
            return None
        return cached.get(self.ids[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = self.row(index.row())
        if values is None:
            return "…"
        value = values[index.column()]
        column = index.column()
        if value is None:
            return ""
        if column == 1:
            return status_label(LogStatus(value))
        if column == 2:
            return type_label(FailureType(value)) if value else ""
        if column == 3:
            return reason_label(FailureReason(value)) if value else ""
        if column == 4:
            return cause_label(ExclusionCause(value))
        if column == 7:
            return QLocale().toString(value, QLocale.FormatType.ShortFormat) if hasattr(value, "year") else str(value)
        return str(value)

    def _request(self, page: int) -> None:
        if page in self.loading:
            return
        self.loading.add(page)
        ids = self.ids[page * PAGE : (page + 1) * PAGE].tolist()
        engine, delivery_id, generation = self.engine, self.delivery_id, self.generation

        def read() -> tuple[int, int, dict[int, tuple[Any, ...]]]:
            with engine.connect() as conn:
                return generation, page, log_rows(conn, delivery_id, ids)

        self._tasks = [t for t in self._tasks if not t.done] + [tasks.start(read, self.on_page, self.on_failed)]

    @Slot(object)
    def on_page(self, result: tuple[int, int, dict[int, tuple[Any, ...]]]) -> None:
        generation, page, rows = result
        if generation != self.generation:
            return
        self.loading.discard(page)
        self.pages[page] = rows
        first, last = page * PAGE, min(len(self.ids), (page + 1) * PAGE) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.loading.clear()
