"""A table model that holds only the ids of its rows and reads the rows a page at a time.

Anki's browser does the same: the ids of the matching rows (filtered and sorted in SQL)
arrive from a pool thread; a row not yet in the cache shows "…" and asks for its page,
which a pool thread reads; the view repaints when it arrives. The GUI thread runs no SQL.
Subclasses say how a page is read (``read_rows``) and how a value is shown (``display``).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QHeaderView, QTableView
from sqlalchemy import Connection, Engine

from campaign_desktop.ui import tasks

PAGE = 200
#: Selected rows found again after the list is read again (more would cost a scan each).
MAX_RESELECTED = 50
#: Reads the displayed values of rows, by id.
RowsReader = Callable[[Connection, list[int]], dict[int, tuple[Any, ...]]]
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
        self.stale: set[int] = set()  # pages shown as they were until their new values arrive
        self.generation = 0  # pages asked for an older id list are dropped when they arrive

    def rows_reader(self) -> RowsReader:
        """On the GUI thread: the plain function that reads the displayed values of rows by id on a
        pool thread (never a method of this model: a Qt object's code stays on its thread)."""
        raise NotImplementedError

    def display(self, column: int, value: Any) -> Any:
        return "" if value is None else str(value)

    def set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self.ids, self.pages, self.loading, self.stale = ids, {}, set(), set()
        self.generation += 1
        self.endResetModel()

    def refresh_rows(self) -> None:
        """The rows may have changed in the database: the pages on screen are read again, and keep
        their old values until the new ones arrive (no flicker, no reset, the selection stays)."""
        self.stale = set(self.pages)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1))

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
        if cached is None or page in self.stale:
            self._request(page)
        return None if cached is None else cached.get(self.ids[row])

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
        engine, generation, read_rows = self.engine, self.generation, self.rows_reader()

        def read() -> tuple[int, int, dict[int, tuple[Any, ...]]]:
            with engine.connect() as conn:
                return generation, page, read_rows(conn, ids)

        tasks.start(read, self.on_page, self.on_failed)

    @Slot(object)
    def on_page(self, result: tuple[int, int, dict[int, tuple[Any, ...]]]) -> None:
        generation, page, rows = result
        if generation != self.generation:
            return
        self.loading.discard(page)
        self.stale.discard(page)
        self.pages[page] = rows
        first, last = page * PAGE, min(len(self.ids), (page + 1) * PAGE) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.loading.clear()
        self.failed.emit(message)


class ListWatch(QObject):
    """Keeps a lazy list current while it is shown: a cheap stamp (a count, a latest change) is read
    every few seconds; when it moved, ``changed`` asks the page to read its ids again, else the
    rows on screen are read again in place."""

    changed = Signal()

    def __init__(self, model: LazyTableModel, read_stamp: Callable[[Connection], Any]) -> None:
        super().__init__(model)
        self.model, self.read_stamp = model, read_stamp
        self.stamp: Any = None  # as read with the ids now shown

    def check(self) -> None:
        engine, read_stamp = self.model.engine, self.read_stamp

        def read() -> Any:
            with engine.connect() as conn:
                return read_stamp(conn)

        tasks.start(read, self.on_stamp, self.model.on_failed, key=(id(self), "stamp"))

    @Slot(object)
    def on_stamp(self, stamp: Any) -> None:
        if stamp != self.stamp:
            self.changed.emit()
        else:
            self.model.refresh_rows()


def reselect(table: QTableView, model: LazyTableModel, ids: list[int]) -> None:
    """Select again the rows of these ids after the list was read again (a few: each is a scan)."""
    for one in ids[:MAX_RESELECTED]:
        try:
            row = model.ids.index(one)
        except ValueError:
            continue  # gone from the list
        table.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)


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
