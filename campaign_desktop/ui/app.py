"""Starts the desktop app: the database, the demo workspace on first start, the main window."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, func, select

from campaign_desktop.db.models import Profile
from campaign_desktop.db.session import open_database
from campaign_desktop.demo.workspace import build_demo
from campaign_desktop.engine.processes import start_worker_server
from campaign_desktop.ui import tasks
from campaign_desktop.ui.main_window import MainWindow


class Startup(QObject):
    """Opens the database and, for a new workspace, builds the demo, all off the GUI thread."""

    def __init__(self, window: MainWindow, demo_profiles: int) -> None:
        super().__init__(window)
        self.window = window
        self.demo_profiles = demo_profiles

    def begin(self) -> None:
        self.window.show_busy(self.tr("Opening the workspace…"))
        engine, count = self.window.engine, self.demo_profiles

        def ensure_demo() -> bool:
            with engine.connect() as conn:
                empty = conn.execute(select(func.count()).select_from(Profile)).scalar_one() == 0
            if empty:
                build_demo(engine, count)
            return empty

        tasks.start(ensure_demo, self.on_ready, self.window.on_failed)

    @Slot(object)
    def on_ready(self, built_demo: bool) -> None:
        self.window.progress.setVisible(False)
        self.window.reload()
        if built_demo:
            self.window.statusBar().showMessage(
                self.tr("A demo workspace was created: %n profiles with the flaws of real data.", "", self.demo_profiles), 8000
            )


def prepare_process_for_gui() -> None:
    """Before the window shows: start the worker fork server (starting it later, from a big
    process, would hold the interpreter lock long enough to freeze the window), and keep the
    objects of start-up out of the garbage collector's full passes, which stop every thread."""
    start_worker_server()
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def create_window(engine: Engine, demo_profiles: int = 20_000) -> MainWindow:
    window = MainWindow(engine)
    startup = Startup(window, demo_profiles)
    window.startup = startup  # type: ignore[attr-defined]
    startup.begin()
    return window


def run_app(db_url: str | None = None, demo_profiles: int = 20_000) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Campaign Desktop")
    app.setOrganizationName("Campaign Desktop")  # where QSettings keeps the window's layout
    prepare_process_for_gui()
    QLocale.setDefault(QLocale.system())
    engine = open_database(db_url)
    window = create_window(engine, demo_profiles)
    window.show()
    return app.exec()
