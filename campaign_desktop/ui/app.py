"""Starts the desktop app: the database, the demo workspace on first start, the main window.

The database opens off the GUI thread; one that cannot be opened brings up a dialog that
says why and offers another (``workspace_dialog``); the window's title names the workspace.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication, QObject, Slot
from pyqtgraph.util.garbage_collector import GarbageCollector
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import URL, Engine, func, select

from campaign_desktop.db.models import Profile
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.engine.operators import needs_password
from campaign_desktop.engine.processes import start_worker_server
from campaign_desktop.ui import tasks
from campaign_desktop.ui.i18n import install_language
from campaign_desktop.ui.main_window import MainWindow
from campaign_desktop.ui.sign_in import SignInDialog
from campaign_desktop.ui.workspace_dialog import WorkspaceOpener, describe
from campaign_desktop.ui.workspace_location import OpenedWorkspace, workspace_name

#: Who works in a workspace where no operator has a password yet (the demo).
DEMO_OPERATOR = "admin"
#: How long a thread holds the interpreter lock before another may take it (Python: 5 ms).
GIL_SWITCH_S = 0.001
#: How often the GUI thread collects garbage, automatic collection being off (seconds).
GC_INTERVAL_S = 1.0
#: The exit status when the user quits because the workspace cannot be opened.
EXIT_NOT_OPENED = 1
_collector: GarbageCollector | None = None


class Startup(QObject):
    """Opens the database and, for a new workspace, builds the demo, all off the GUI thread."""

    def __init__(self, window: MainWindow, demo_profiles: int) -> None:
        super().__init__(window)
        self.window = window
        self.demo_profiles = demo_profiles

    def begin(self) -> None:
        self.window.show_busy(self.tr("Opening the workspace…"))
        engine, count = self.window.engine, self.demo_profiles

        def ensure_demo() -> tuple[bool, bool]:
            with engine.connect() as conn:
                empty = conn.execute(select(func.count()).select_from(Profile)).scalar_one() == 0
            if empty:
                build_demo(engine, count)
            with engine.connect() as conn:
                return empty, needs_password(conn)

        self._task = tasks.start(ensure_demo, self.on_ready, self.window.on_failed)

    @Slot(object)
    def on_ready(self, result: tuple[bool, bool]) -> None:
        built_demo, password_needed = result
        self.window.progress.setVisible(False)
        self.window.reload()
        notes = []
        if built_demo:
            notes.append(self.tr("A demo workspace was created: %n profiles with the flaws of real data.", "", self.demo_profiles))
        if password_needed:
            self.sign_in()
        else:
            self.window.work_as(DEMO_OPERATOR)
            note = self.tr("Signed in as %1 without a password: no operator has one yet "
                           "(set them on the Operators page).").replace("%1", DEMO_OPERATOR)
            notes.append(note)
            self.window.operator_button.setToolTip(note)  # stays there after the status bar's message goes
        if notes:
            self.window.statusBar().showMessage(" ".join(notes), 30_000)

    def sign_in(self) -> None:
        dialog = SignInDialog(self.window.engine, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.operator is not None:
            self.window.set_operator(dialog.operator)
        else:
            self.window.close()


def prepare_process_for_gui() -> None:
    """Before the window shows (the QApplication exists): start the worker fork server
    (starting it later, from a big process, would hold the interpreter lock long enough to
    freeze the window), keep the objects of start-up out of the garbage collector's full
    passes, which stop every thread, collect garbage on the GUI thread only, and hand the
    interpreter lock round more often than every 5 ms: painting the chart calls into Python
    many times, and each call may wait that long for a busy worker thread.

    Python collects cycles in whichever thread allocates past the threshold; a Qt object in
    such a cycle, destroyed on a worker thread, can deadlock Qt's locks against the
    interpreter lock (seen in CI: a logs query on the thread pool and a menu's deletion on
    the GUI thread). pyqtgraph's ``GarbageCollector`` turns automatic collection off and
    collects from a GUI-thread timer instead.
    """
    start_worker_server()
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    global _collector
    _collector = GarbageCollector(interval=GC_INTERVAL_S)
    sys.setswitchinterval(GIL_SWITCH_S)


def window_title(url: str | URL) -> str:
    """"Campaign Desktop — campaign.db", "Campaign Desktop — team on db.example:5432": which
    workspace this window works in, when a trainer has two open; never the URL's password."""
    return QCoreApplication.translate("Workspace", "Campaign Desktop — %1").replace("%1", describe(workspace_name(url)))


def create_window(engine: Engine, demo_profiles: int = 20_000) -> MainWindow:
    window = MainWindow(engine)
    window.setWindowTitle(window_title(engine.url))
    startup = Startup(window, demo_profiles)
    window.startup = startup  # type: ignore[attr-defined]
    startup.begin()
    return window


class Launcher(QObject):
    """Opens the workspace (asking for another while it cannot be opened), then the window.

    Until the window shows, closing a dialog must not end the app (Qt quits when its last
    window closes): the failure dialog closes before the next attempt's answer arrives.
    """

    def __init__(self, demo_profiles: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.demo_profiles = demo_profiles
        self.window: MainWindow | None = None
        self.opener = WorkspaceOpener(self)
        self.opener.opened.connect(self.on_opened)
        self.opener.abandoned.connect(self.on_abandoned)

    def start(self, db_url: str | None) -> None:
        QApplication.setQuitOnLastWindowClosed(False)
        self.opener.open(db_url)

    @Slot(object)
    def on_opened(self, workspace: OpenedWorkspace) -> None:
        install_language(workspace.language)  # before the window exists: every string is made in this language
        self.window = create_window(workspace.engine, self.demo_profiles)
        self.window.show()
        QApplication.setQuitOnLastWindowClosed(True)

    @Slot()
    def on_abandoned(self) -> None:
        QCoreApplication.exit(EXIT_NOT_OPENED)


def run_app(db_url: str | None = None, demo_profiles: int = 20_000) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Campaign Desktop")
    app.setOrganizationName("Campaign Desktop")  # where QSettings keeps the window's layout
    prepare_process_for_gui()
    install_language("")  # the system's language for a failure dialog, until the workspace's setting is read
    launcher = Launcher(demo_profiles, app)
    launcher.start(db_url)
    return app.exec()
