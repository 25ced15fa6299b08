"""A table model that holds only the ids of its rows and reads the rows a page at a time.

Anki's browser does the same: the ids of the matching rows (filtered and sorted in SQL)
arrive from a pool thread; a row not yet in the cache shows "…" and asks for its page,
which a pool thread reads; the view repaints when it arrives. The GUI thread runs no SQL.
Subclasses say how a page is read (``read_rows``) and how a value is shown (``display``).
"""

from __future__ import annotations

from array import array
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTableView
from sqlalchemy import Connection, Engine

from campaign_desktop.ui import tasks

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """``failed(message)`` when a page could not be read."""

    failed = Signal(str)

    def __init__(self, engine: Engine, headers: list[str]) -> None:
        super().__init__()
        self.engine = engine
        self.headers = headers
        self.ids: array[int] = array("q")
        self.pages: dict[int, dict[int, tuple[Any, ...]]] = {}
        self.loading: set[int] = set()
        self.generation = 0  # pages asked for an older id list are dropped when they arrive
        self._tasks: list[tasks.Task] = []

    def read_rows(self, conn: Connection, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        """On a pool thread: the displayed values of these rows, by id."""
        raise NotImplementedError

    def display(self, column: int, value: Any) -> Any:
        return "" if value is None else str(value)

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

    def id_at(self, row: int) -> int:
        return self.ids[row]

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
        return self.display(index.column(), values[index.column()])

    def _request(self, page: int) -> None:
        if page in self.loading:
            return
        self.loading.add(page)
        ids = self.ids[page * PAGE : (page + 1) * PAGE].tolist()
        engine, generation = self.engine, self.generation

        def read() -> tuple[int, int, dict[int, tuple[Any, ...]]]:
            with engine.connect() as conn:
                return generation, page, self.read_rows(conn, ids)

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
        self.failed.emit(message)


def lazy_table(model: LazyTableModel, widths: dict[int, int], many: bool = False) -> QTableView:
    """A view for a lazy model: whole rows selected, uniform row heights (the view never measures
    the rows it has not read), columns at the given widths."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection if many else QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in widths.items():
        header.resizeSection(column, width)
    return table
