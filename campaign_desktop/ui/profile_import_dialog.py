"""The Import profiles dialog: choose a CSV file, see how it will be read, import it, read the report.

Choosing a file reads its beginning on a pool thread: the encoding and the delimiter found
(each may be chosen instead), the columns with the profile field each goes to, and the
first rows. Import runs the engine's ``import_profiles`` in an ``EngineJob`` (its own
thread); the progress bar follows the figures the job reads every 200 ms. Stop ends the
import and keeps nothing of it: the import is one transaction, rolled back.

Signals: ``imported(object)`` after an import that finished, with its ``ImportReport``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from campaign_desktop.engine.control import Control
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.profile_import import BadRow, FilePreview, ImportReport, import_profiles, preview_file
from campaign_desktop.ui import tasks
from campaign_desktop.ui.engine_job import EngineJob
from campaign_desktop.ui.engine_messages import text
from campaign_desktop.ui.labels import field_label
from campaign_desktop.ui.style import PROBLEM, SUCCESS

#: Rows of the file shown before importing it, and the longest text a preview cell shows.
PREVIEW_ROWS = 20
PREVIEW_CELL = 80
#: The widest a preview column starts (its header stays whole); the user can widen it.
PREVIEW_COLUMN = 240
#: Encodings offered besides detection (Python codec names, as the report names them).
ENCODINGS = ("utf-8", "utf-16", "cp1252", "iso8859-1", "iso8859-15", "cp1250", "cp1251", "mac-roman")


class ProfileImportDialog(QDialog):
    imported = Signal(object)

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.path: Path | None = None
        self.preview: FilePreview | None = None
        self.job: EngineJob | None = None
        self.report: ImportReport | None = None
        self._tasks: dict[str, tasks.Task] = {}
        self.setWindowTitle(self.tr("Import profiles"))
        self.resize(820, 640)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose a CSV file…"))
        self.choose_button.clicked.connect(self.on_choose)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Detect"), None)
        for delimiter in ",;\t|":
            self.delimiter.addItem(self._delimiter_name(delimiter), delimiter)
        self.encoding.currentIndexChanged.connect(self.load_preview)
        self.delimiter.currentIndexChanged.connect(self.load_preview)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.list_name = QLineEdit()
        self.list_name.setPlaceholderText(self.tr("Optional: also put the profiles in this list"))
        self.note = QLabel(self.tr("A profile whose address is already in the base is updated with the file's "
                                   "columns, not created again. Stop keeps nothing of the import."))
        self.note.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.refused = QListWidget()
        self.refused.setVisible(False)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.on_import)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.on_stop)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        app = QCoreApplication.instance()
        if app is not None:  # the window closed with an import under way: its thread must end first
            app.aboutToQuit.connect(self.shutdown)
        self._layout()

    def _layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.file, 1)
        chooser.addWidget(self.choose_button)
        reading = QHBoxLayout()
        reading.addWidget(self.encoding)
        reading.addWidget(QLabel(self.tr("Delimiter")))
        reading.addWidget(self.delimiter)
        reading.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("File"), chooser)
        form.addRow(self.tr("Encoding"), reading)
        form.addRow(self.tr("List"), self.list_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.refused, 1)

    def _delimiter_name(self, delimiter: str) -> str:
        return {",": self.tr("comma (,)"), ";": self.tr("semicolon (;)"), "\t": self.tr("tab"),
                "|": self.tr("vertical bar (|)")}.get(delimiter, repr(delimiter))

    def _number(self, value: int) -> str:
        return QLocale().toString(int(value))

    # --- choosing the file ------------------------------------------------------------------------
    @Slot()
    def on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import profiles"), "",
                                              self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Show how ``path`` will be read (its format, columns and first rows)."""
        self.path = path
        self.file.setText(str(path))
        self.report = None
        self.refused.clear()
        self.refused.setVisible(False)
        self.progress.setVisible(False)
        self.load_preview()

    @Slot()
    def load_preview(self) -> None:
        if self.path is None or self.running:
            return
        path, encoding, delimiter = self.path, self.encoding.currentData(), self.delimiter.currentData()
        self.import_button.setEnabled(False)
        self._say(self.tr("Reading the beginning of the file…"))
        self._tasks["preview"] = tasks.start(lambda: preview_file(path, encoding, delimiter, PREVIEW_ROWS),
                                             self.on_preview, self.on_failed)

    @Slot(object)
    def on_preview(self, preview: FilePreview) -> None:
        self.preview = preview
        fmt = preview.format
        how = {True: self.tr("detected"), False: self.tr("chosen")}
        self.detected.setText(self.tr("Encoding: %1 (%2). Delimiter: %3 (%4). Columns: %5.").replace(
            "%1", fmt.encoding).replace("%2", how[fmt.encoding_detected]).replace(
            "%3", self._delimiter_name(fmt.delimiter)).replace("%4", how[fmt.delimiter_detected]).replace(
            "%5", self._number(len(preview.headers))))
        self.table.clear()
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels([f"{header}\n→ {self._field_name(name)}"
                                              for header, name in zip(preview.headers, preview.fields)])
        self.table.setRowCount(len(preview.rows))
        for r, values in enumerate(preview.rows):
            for c, value in enumerate(values[: len(preview.headers)]):
                shown = value if len(value) <= PREVIEW_CELL else value[:PREVIEW_CELL] + "…"
                self.table.setItem(r, c, QTableWidgetItem(shown.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ")))
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):  # a long notes column must not hide the ones after it
            wanted = max(header.sectionSizeHint(column), 60)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), max(wanted, PREVIEW_COLUMN)))
        if preview.has_email:
            self._say("")
            self.import_button.setEnabled(True)
        else:
            self._say(text(message(Msg.CSV_NO_EMAIL_COLUMN)), PROBLEM)

    def _field_name(self, name: str) -> str:
        if name.startswith("custom:"):
            return self.tr("custom field")
        return field_label(name)

    # --- importing --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    @Slot()
    def on_import(self) -> None:
        if self.path is None or self.running:
            return
        engine, path = self.engine, self.path
        encoding, delimiter = self.encoding.currentData(), self.delimiter.currentData()
        list_name = self.list_name.text().strip() or None

        def run(control: Control) -> ImportReport:
            return import_profiles(engine, path, list_name, encoding, delimiter, control=control)

        self.job = EngineJob(run, self)
        self.job.progressed.connect(self.on_progress)
        self.job.finished.connect(self.on_finished)
        self.job.failed.connect(self.on_failed)
        self.job.stopped.connect(self.on_stopped)
        self.job.ended.connect(self.on_ended)
        self.refused.clear()
        self.refused.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Importing…"))
        self._enable(running=True)
        self.job.start()

    def _enable(self, running: bool) -> None:
        self.import_button.setEnabled(not running and self.preview is not None and self.preview.has_email)
        self.stop_button.setEnabled(running)
        for widget in (self.choose_button, self.encoding, self.delimiter, self.list_name):
            widget.setEnabled(not running)

    @Slot(dict)
    def on_progress(self, figures: dict[str, Any]) -> None:
        total = figures.get("total") or 0
        if total:
            self.progress.setValue(int(1000 * min(figures.get("done", 0), total) / total))
        self._say(self.tr("Read %1 records: %2 created, %3 updated, %4 unchanged, %5 refused.").replace(
            "%1", self._number(figures.get("rows", 0))).replace("%2", self._number(figures.get("created", 0))).replace(
            "%3", self._number(figures.get("updated", 0))).replace("%4", self._number(figures.get("unchanged", 0))).replace(
            "%5", self._number(figures.get("refused", 0))))

    @Slot()
    def on_stop(self) -> None:
        if self.job is not None:
            self.stop_button.setEnabled(False)
            self._say(self.tr("Stopping…"))
            self.job.stop()

    @Slot(object)
    def on_finished(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(1000)
        summary = self.tr("Import finished: %1 created, %2 updated, %3 unchanged, %4 refused.").replace(
            "%1", self._number(report.created)).replace("%2", self._number(report.updated)).replace(
            "%3", self._number(report.unchanged)).replace("%4", self._number(report.refused))
        if report.list_name:
            summary += " " + self.tr("The profiles are in the list '%1'.").replace("%1", report.list_name)
        self._say(summary, SUCCESS if not report.refused else "")
        lines = [self._refused_line(row) for row in report.refused_rows]
        if report.refused > len(report.refused_rows):
            lines.append(self.tr("… and %1 more refused records (the first %2 are listed).").replace(
                "%1", self._number(report.refused - len(report.refused_rows))).replace(
                "%2", self._number(len(report.refused_rows))))
        lines += [self.tr("Line %1: the header again (files put end to end): skipped.").replace("%1", self._number(line))
                  for line in report.repeated_headers]
        self.refused.addItems(lines)
        self.refused.setVisible(bool(lines))
        self.imported.emit(report)

    def _refused_line(self, row: BadRow) -> str:
        reason = text(row.message, row.reason)
        if row.last_line and row.last_line != row.line:
            return self.tr("Lines %1–%2: %3").replace("%1", self._number(row.line)).replace(
                "%2", self._number(row.last_line)).replace("%3", reason)
        return self.tr("Line %1: %2").replace("%1", self._number(row.line)).replace("%2", reason)

    @Slot()
    def on_stopped(self) -> None:
        self.progress.setVisible(False)
        self._say(text(message(Msg.IMPORT_STOPPED)), PROBLEM)

    @Slot(str)
    def on_failed(self, failure: str) -> None:
        self.progress.setVisible(False)
        self._say(failure, PROBLEM)

    @Slot()
    def on_ended(self) -> None:
        self._enable(running=False)

    def _say(self, words: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(words)

    @Slot()
    def shutdown(self) -> None:
        """Stop an import under way (nothing of it is kept) and wait for its thread."""
        if self.job is not None and self.job.running:
            self.job.stop()
            self.job.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
