"""The logs of a delivery: the analysis journal (errors first), the exclusions by cause with a
drill-down, and the sending logs with filters, a search by address and export to CSV."""

from __future__ import annotations

from array import array
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTabWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.domain.enums import ExclusionCause, FailureReason, JournalLevel, LogStatus
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.log_query import LogFilter, exclusion_counts, export_csv, journal, log_ids
from campaign_desktop.ui import tasks
from campaign_desktop.ui.labels import cause_label, level_label, reason_label, status_label
from campaign_desktop.ui.engine_job import EngineJob
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.logs_model import LogsTableModel

#: How a journal line of each level looks: its icon and its colour.
_LEVELS = {
    JournalLevel.ERROR: (QStyle.StandardPixmap.SP_MessageBoxCritical, "#b00020"),
    JournalLevel.WARNING: (QStyle.StandardPixmap.SP_MessageBoxWarning, "#8a5300"),
}


class LogsDialog(QDialog):
    def __init__(self, engine: Engine, delivery_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.delivery_id = engine, delivery_id
        self.setWindowTitle(self.tr("Logs — %1").replace("%1", title))
        self.resize(1000, 600)
        self.journal = QListWidget()
        self.journal.setWordWrap(True)  # a long line (the preparation's counts by cause) reads whole
        self.exclusions = QTableWidget(0, 2)
        self.exclusions.setHorizontalHeaderLabels([self.tr("Cause"), self.tr("Profiles")])
        self.exclusions.horizontalHeader().setStretchLastSection(True)
        self.exclusions.cellDoubleClicked.connect(self.on_drill_down)
        self.model = LogsTableModel(engine, delivery_id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setVisible(False)
        for column, width in ((0, 240), (3, 130), (4, 150), (5, 220), (7, 130)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.setWordWrap(False)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in LogStatus:
            self.status.addItem(status_label(status), status)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("All reasons"), None)
        for reason in FailureReason:
            self.reason.addItem(reason_label(reason), reason)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by address"))
        self.count = QLabel()
        self.export_button = export = QPushButton(self.tr("Export to CSV…"))
        export.clicked.connect(self.on_export)
        self.export_job: EngineJob | None = None
        self.cause: ExclusionCause | None = None
        for widget in (self.status, self.reason):
            widget.currentIndexChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.apply_filter)
        filters = QHBoxLayout()
        for widget in (self.status, self.reason, self.search, self.count):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(export)
        sending = QWidget()
        sending_layout = QVBoxLayout(sending)
        sending_layout.addLayout(filters)
        sending_layout.addWidget(self.table)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.journal, self.tr("Analysis journal"))
        self.tabs.addTab(self.exclusions, self.tr("Exclusions"))
        self.tabs.addTab(sending, self.tr("Sending logs"))
        QVBoxLayout(self).addWidget(self.tabs)
        self._load_summary()
        self.apply_filter()

    def _run(self, function: Any, done: Any, key: str | None = None) -> None:
        """With a ``key``, the latest request of that kind wins: a slow filter overtaken by a newer one
        never shows its older answer."""
        tasks.start(function, done, self.on_failed, key=None if key is None else (id(self), key))

    def _load_summary(self) -> None:
        engine, delivery_id = self.engine, self.delivery_id

        def read() -> Any:
            with engine.connect() as conn:
                return journal(conn, delivery_id), exclusion_counts(conn, delivery_id)

        self._run(read, self.on_summary, key="summary")

    @Slot(object)
    def on_summary(self, data: Any) -> None:
        lines, causes = data
        self.journal.clear()
        for line in lines:  # its time, and errors and warnings in their colour with their icon
            item = QListWidgetItem(f"{format_time(line.at)}   {level_label(line.level)} — {text(line.message, line.text)}")
            icon, colour = _LEVELS.get(line.level, (QStyle.StandardPixmap.SP_MessageBoxInformation, None))
            item.setIcon(self.style().standardIcon(icon))
            if colour is not None:
                item.setForeground(QColor(colour))
            self.journal.addItem(item)
        self.exclusions.setRowCount(len(causes))
        self.causes = [cause for cause, _ in causes]
        for row, (cause, n) in enumerate(causes):
            self.exclusions.setItem(row, 0, QTableWidgetItem(cause_label(cause)))
            self.exclusions.setItem(row, 1, QTableWidgetItem(str(n)))

    def current_filter(self) -> LogFilter:
        return LogFilter(self.status.currentData(), self.reason.currentData(), self.cause, self.search.text())

    @Slot()
    def apply_filter(self) -> None:
        engine, delivery_id, chosen = self.engine, self.delivery_id, self.current_filter()
        self.count.setText(self.tr("Searching…"))

        def read() -> array[int]:
            with engine.connect() as conn:
                return log_ids(conn, delivery_id, chosen)

        self._run(read, self.on_ids, key="ids")

    @Slot(object)
    def on_ids(self, ids: array[int]) -> None:
        self.model.set_ids(ids)
        self.count.setText(self.tr("%1 rows").replace("%1", QLocale().toString(len(ids))))

    @Slot(int, int)
    def on_drill_down(self, row: int, _column: int) -> None:
        """The profiles excluded for this cause, in the sending logs tab."""
        self.cause = self.causes[row]
        self.status.setCurrentIndex(self.status.findData(LogStatus.IGNORED))
        self.tabs.setCurrentIndex(2)
        self.apply_filter()

    @Slot()
    def on_export(self) -> None:
        if self.export_job is not None and self.export_job.running:
            self.export_job.stop()  # the button reads "Stop the export" meanwhile
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the logs"), "logs.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """A long job: its own thread, its progress in the count line, the button stops it."""
        if self.export_job is not None and self.export_job.running:
            return
        engine, delivery_id, chosen = self.engine, self.delivery_id, self.current_filter()

        def write(control: Control) -> int:
            with engine.connect() as conn:
                return export_csv(conn, delivery_id, chosen, path, control)

        self.export_job = EngineJob(write, self)
        self.export_job.progressed.connect(self.on_export_progress)
        self.export_job.finished.connect(self.on_exported)
        self.export_job.failed.connect(self.on_failed)
        self.export_job.stopped.connect(self.on_export_stopped)
        self.export_job.ended.connect(self.on_export_ended)
        self.export_button.setText(self.tr("Stop the export"))
        self.export_job.start()

    @Slot(dict)
    def on_export_progress(self, figures: dict) -> None:
        self.count.setText(self.tr("Exporting: %1 rows written…").replace("%1", QLocale().toString(figures.get("done", 0))))

    @Slot(object)
    def on_exported(self, written: int) -> None:
        self.count.setText(self.tr("%1 rows exported").replace("%1", QLocale().toString(written)))

    @Slot()
    def on_export_stopped(self) -> None:
        self.count.setText(self.tr("Export stopped: no file was kept."))

    @Slot()
    def on_export_ended(self) -> None:
        self.export_button.setText(self.tr("Export to CSV…"))

    def done(self, result: int) -> None:
        """Closing the dialog stops an export under way and waits for its thread."""
        if self.export_job is not None and self.export_job.running:
            self.export_job.stop()
            self.export_job.wait()
        super().done(result)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.count.setText(message)


