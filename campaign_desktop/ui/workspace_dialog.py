"""Opening the workspace at start, and the dialog shown when it cannot be opened.

A database that does not open (a damaged file, a folder, a read-only place, a server that
does not answer, a mistyped URL) used to end the app with a line in a terminal the user
may never see. Here the reason is said in plain words with what the system said under it,
and the user picks another file, the default workspace, or quits. The opening itself runs
on the background service, so a slow server never freezes the screen.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from campaign_desktop.db.session import data_dir, default_url, resolve_url
from campaign_desktop.ui import tasks
from campaign_desktop.ui.workspace_location import (
    Diagnosis,
    OpenedWorkspace,
    OpenFailure,
    WorkspaceName,
    attempt_open,
    safe_url,
    workspace_name,
)

#: How long opening may take before a "Opening…" window appears (ms): a local file opens sooner.
PROGRESS_DELAY_MS = 400
#: The file names offered for a workspace of one's own.
WORKSPACE_SUFFIXES = (".db", ".sqlite", ".sqlite3")

translate = QCoreApplication.translate


def failure_text(failure: OpenFailure) -> str:
    """The reason, in words a marketer can act on (the system's own words go under it)."""
    texts = {
        OpenFailure.BAD_URL: translate("Workspace", "This is not a database address Campaign Desktop understands."),
        OpenFailure.UNSUPPORTED: translate("Workspace", "This kind of database is not supported: use a SQLite file "
                                                        "or a PostgreSQL server."),
        OpenFailure.DRIVER_MISSING: translate("Workspace", "The driver for this kind of database is not installed "
                                                           "(for PostgreSQL: pip install -e '.[postgres]')."),
        OpenFailure.FOLDER: translate("Workspace", "This is a folder, not a database file."),
        OpenFailure.NOT_A_DATABASE: translate("Workspace", "This file is not a database Campaign Desktop can read: "
                                                           "it is damaged, or it holds something else."),
        OpenFailure.FOREIGN: translate("Workspace", "This file is another program's database. Campaign Desktop "
                                                    "leaves it as it is rather than add its own tables to it."),
        OpenFailure.NOT_WRITABLE: translate("Workspace", "Campaign Desktop may not create or change the file there: "
                                                         "the place is read-only, or missing, or you lack the rights to it."),
        OpenFailure.SERVER_UNREACHABLE: translate("Workspace", "The database server does not answer: it may be "
                                                               "stopped, or out of reach of this computer."),
        OpenFailure.SERVER_REFUSED: translate("Workspace", "The database server refused the connection: check the "
                                                           "user name, the password, the database's name and your rights."),
        OpenFailure.NEWER_SCHEMA: translate("Workspace", "This workspace was last changed by a newer version of "
                                                         "Campaign Desktop: open it with that version."),
        OpenFailure.OTHER: translate("Workspace", "The database could not be opened."),
    }
    return texts[failure]


def describe(name: WorkspaceName) -> str:
    """A workspace as the title bar shows it: "campaign.db", "team on db.example:5432"."""
    if name.server:
        return translate("Workspace", "%1 on %2").replace("%1", name.database).replace("%2", name.server)
    return name.database or translate("Workspace", "a database in memory")


def where(url: str) -> str:
    """The workspace as the dialog names it: a file's full path, a server's database, or the URL itself."""
    try:
        name = workspace_name(url)
    except Exception:  # a URL that does not parse is shown as typed, its password hidden
        return safe_url(url)
    return name.path or describe(name)


class WorkspaceDialog(QDialog):
    """Says why ``url`` cannot be opened; accepted with ``chosen_url`` set, rejected to quit."""

    def __init__(self, url: str, diagnosis: Diagnosis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url, self.diagnosis = url, diagnosis
        self.chosen_url: str | None = None
        self.setWindowTitle(self.tr("The workspace cannot be opened"))
        self.heading = QLabel(self.tr("Campaign Desktop cannot open %1").replace("%1", where(url)))
        self.heading.setStyleSheet("font-weight: 600;")
        self.reason = QLabel(failure_text(diagnosis.failure))
        self.detail = QLabel(self.tr("The system says: %1").replace("%1", diagnosis.detail))
        self.detail.setStyleSheet("color: palette(placeholder-text);")
        self.detail.setVisible(bool(diagnosis.detail))
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to paste in a support request
        self.hint = QLabel(self.tr("Choose another database file, or open the default workspace."))
        for label in (self.heading, self.reason, self.detail, self.hint):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a path or a driver's message is never markup
        self.choose_button = QPushButton(self.tr("Choose another file…"))
        self.default_button = QPushButton(self.tr("Use the default workspace"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.default_button.setEnabled(resolve_url(url) != default_url())  # the same place would fail the same way
        if not self.default_button.isEnabled():
            self.default_button.setToolTip(self.tr("The default workspace is the one that cannot be opened."))
        buttons = QDialogButtonBox()
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.choose_button.clicked.connect(self.on_choose)
        self.default_button.clicked.connect(self.on_default)
        self.quit_button.clicked.connect(self.reject)
        self.choose_button.setDefault(True)
        self._layout(buttons)
        self.setMinimumWidth(520)

    def _layout(self, buttons: QDialogButtonBox) -> None:
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        for label in (self.heading, self.reason, self.detail, self.hint):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    @Slot()
    def on_choose(self) -> None:
        """A file of one's own, existing or new (no question about replacing: it is opened, not replaced)."""
        start = self.url_folder()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Choose a workspace file"), str(start),
            self.tr("Workspaces (*.db *.sqlite *.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return  # cancelled: the question stays open
        chosen = Path(path)
        if not chosen.exists() and chosen.suffix.lower() not in WORKSPACE_SUFFIXES:
            chosen = chosen.with_name(chosen.name + WORKSPACE_SUFFIXES[0])
        self.chosen_url = f"sqlite:///{chosen}"
        self.accept()

    @Slot()
    def on_default(self) -> None:
        self.chosen_url = default_url()
        self.accept()

    def url_folder(self) -> Path:
        """Where the file dialog starts: beside the file that failed when it has a folder, else the data folder."""
        try:
            path = workspace_name(self.url).path
        except Exception:  # a URL that does not parse: no folder to start from
            path = ""
        folder = Path(path).parent if path else data_dir()
        return folder if folder.is_dir() else Path.home()


class WorkspaceOpener(QObject):
    """Opens a workspace off the GUI thread; asks for another while it cannot be opened.

    ``opened(OpenedWorkspace)`` when a database is open and migrated; ``abandoned()`` when
    the user chose Quit. ``dialog`` is the question on screen, if any (for the tests).
    """

    opened = Signal(object)
    abandoned = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.dialog: WorkspaceDialog | None = None
        self.progress: QProgressDialog | None = None
        # QProgressDialog's own delay starts only with a setValue, which a busy indicator never gets
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self._task: tasks.Task | None = None

    def open(self, url: str | None) -> None:
        self.url = resolve_url(url)
        self._progress_timer.start()
        self._task = tasks.start(functools.partial(attempt_open, self.url), self.on_attempted, self.on_failed)

    @Slot()
    def _show_progress(self) -> None:
        """A small "Opening…" window, once opening takes longer than a blink (a server far away, a migration)."""
        self.progress = QProgressDialog(self.tr("Opening %1…").replace("%1", where(self.url)), "", 0, 0)
        self.progress.setWindowTitle(QApplication.applicationName() or "Campaign Desktop")
        self.progress.setCancelButton(None)  # a connection under way cannot be taken back; the timeout ends it
        self.progress.setMinimumWidth(420)
        self.progress.show()

    def _hide_progress(self) -> None:
        self._progress_timer.stop()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot(object)
    def on_attempted(self, result: OpenedWorkspace | Diagnosis) -> None:
        self._hide_progress()
        if isinstance(result, OpenedWorkspace):
            self.opened.emit(result)
        else:
            self.ask(result)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        """``attempt_open`` reports failures as a Diagnosis; this is a bug's message, still shown."""
        self._hide_progress()
        self.ask(Diagnosis(OpenFailure.OTHER, message))

    def ask(self, diagnosis: Diagnosis) -> None:
        self.dialog = WorkspaceDialog(self.url, diagnosis)
        self.dialog.finished.connect(self.on_answered)
        self.dialog.open()  # not exec(): the answer comes back through the event loop
        self.dialog.raise_()
        self.dialog.activateWindow()

    @Slot(int)
    def on_answered(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        assert dialog is not None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.chosen_url:
            self.open(dialog.chosen_url)
        else:
            self.abandoned.emit()
