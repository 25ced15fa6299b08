"""The Addresses page: the standing of every address (Valid, With errors, Quarantine, Denylisted).

The marketer filters by status, searches, releases one or many addresses by hand (they
are targeted again by the next preparation), and imports a denylist from a CSV file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.db.models import utcnow
from campaign_desktop.engine.denylist_import import DenylistReport, import_denylist
from campaign_desktop.domain.enums import AddressStatus, FailureReason
from campaign_desktop.engine.workspace_query import address_ids, address_rows, addresses_stamp, release_addresses
from campaign_desktop.ui import tasks
from campaign_desktop.ui.labels import address_status_label, reason_label
from campaign_desktop.ui.lazy_model import LazyTableModel, ListWatch, RowsReader, lazy_table, reselect
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.style import page_title

#: Statuses a person can release an address from.
RELEASABLE = (AddressStatus.WITH_ERRORS, AddressStatus.QUARANTINE, AddressStatus.DENYLISTED)


class AddressesModel(LazyTableModel):
    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, [])
        self.headers = [self.tr("Address"), self.tr("Status"), self.tr("Errors"), self.tr("Last reason"),
                        self.tr("Last reply"), self.tr("First error"), self.tr("Last error"), self.tr("Changed")]

    def rows_reader(self) -> RowsReader:
        return address_rows

    def display(self, column: int, value: Any) -> Any:
        if value is None:
            return ""
        if column == 1:
            return address_status_label(AddressStatus(value))
        if column == 2:
            return QLocale().toString(int(value))
        if column == 3:
            return reason_label(FailureReason(value)) if value else ""
        if column >= 5:
            return format_time(value)
        return str(value)


class AddressesPage(QWidget):
    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.model = AddressesModel(engine)
        self.table = lazy_table(self.model, {0: 260, 3: 130, 4: 300, 5: 140, 6: 140, 7: 140}, many=True)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in AddressStatus:
            self.status.addItem(address_status_label(status), status)
        self.status.setCurrentIndex(self.status.findData(AddressStatus.QUARANTINE))
        self.status.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search an address"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.release_button = QPushButton(self.tr("Release"))
        self.release_button.setToolTip(self.tr("Back to Valid, error counter at zero: the next preparations target them again"))
        self.release_button.clicked.connect(self.on_release)
        self.import_button = QPushButton(self.tr("Import a denylist…"))
        self.import_button.clicked.connect(self.on_import)
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._tasks: dict[str, tasks.Task] = {}
        self.watch = ListWatch(self.model, addresses_stamp)
        self.watch.changed.connect(self.reload)
        self._layout()
        self._enable()

    def _layout(self) -> None:
        title = page_title(self.tr("Addresses"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.release_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _start(self, name: str, function: Any, on_finished: Any) -> None:
        # the latest read of each kind wins: a slow search overtaken by a newer one is dropped
        self._tasks[name] = tasks.start(function, on_finished, self.on_failed, key=(id(self), name))

    @Slot()
    def reload(self) -> None:
        engine, text = self.engine, self.search.text()
        status = self.status.currentData()
        statuses = (status,) if status is not None else ()

        read_stamp = self.watch.read_stamp

        def read() -> Any:
            with engine.connect() as conn:
                return read_stamp(conn), address_ids(conn, statuses, text)

        self.count.setText(self.tr("Searching…"))
        self._start("ids", read, self.on_ids)

    def refresh(self) -> None:
        """Read again while shown (the window's timer, F5): quarantines and releases show as they happen."""
        self.watch.check()

    @Slot(object)
    def on_ids(self, result: Any) -> None:
        self.watch.stamp, ids = result
        selected = self.selected_ids()
        self.model.set_ids(ids)
        reselect(self.table, self.model, selected)
        self.count.setText(self.tr("Addresses: %1").replace("%1", QLocale().toString(len(ids))))
        self._enable()

    @Slot()
    def _enable(self) -> None:
        self.release_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_ids(self) -> list[int]:
        return [self.model.id_at(index.row()) for index in self.table.selectionModel().selectedRows()]

    @Slot()
    def on_release(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Release addresses"),
            self.tr("Release %n address(es)? They go back to Valid and the next preparations target them again.", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine = self.engine

        def release() -> int:
            with engine.begin() as conn:
                return release_addresses(conn, ids, utcnow())

        self._start("release", release, self.on_released)

    @Slot(object)
    def on_released(self, count: int) -> None:
        self.reload()
        self.message.setText(self.tr("Released: %1").replace("%1", QLocale().toString(count)))

    @Slot()
    def on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a denylist"), "", self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        engine = self.engine
        self.message.setText(self.tr("Importing %1…").replace("%1", path.name))
        self._start("import", lambda: import_denylist(engine, path, utcnow()), self.on_imported)

    @Slot(object)
    def on_imported(self, report: DenylistReport) -> None:
        self.reload()
        text = self.tr("Denylist imported: %1 added, %2 already on it, %3 lines skipped.").replace(
            "%1", QLocale().toString(report.added)).replace("%2", QLocale().toString(report.already)).replace(
            "%3", QLocale().toString(report.bad))
        if report.first_bad_rows:
            text += " " + "; ".join(self.tr("line %1: %2").replace("%1", str(b.line)).replace("%2", b.reason)
                                    for b in report.first_bad_rows[:3])
        self.message.setText(text)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.message.setText(self.tr("Error: %1").replace("%1", message))
