"""Reads the bounce mailbox on a schedule while the app is open, and says how it went.

Every ``bounce_read_every_s`` seconds (a minute by default) the error mailbox the settings
name is read on a pool thread, never on the GUI thread, and never twice at once. The
status bar then says "Bounce mailbox: 12 read, 10:42", or why the mailbox cannot be read:
a mailbox that cannot be reached is a line to read, not a failed send.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from sqlalchemy import Engine

from campaign_desktop.engine.feedback import FeedbackSummary, read_bounce_mailbox
from campaign_desktop.engine.messages import Msg, local_clock_text, message
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.ui import tasks
from campaign_desktop.ui.engine_messages import text

#: The first reading, a little after the start (the window shows first).
FIRST_READ_MS = 5_000


class BounceWatch(QObject):
    """``status(text)`` after each reading; ``read()`` when it applied something (lists may change)."""

    status = Signal(str)
    read = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.timer = QTimer(self, singleShot=True, interval=FIRST_READ_MS)
        self.timer.timeout.connect(self.read_now)
        self._task: tasks.Task | None = None
        self.every_ms = 60_000

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def settings_changed(self) -> None:
        """The settings were saved: the mailbox (and how often to read it) may have changed."""
        self.timer.stop()
        self.read_now()

    @Slot()
    def read_now(self) -> None:
        if self._task is not None and not self._task.done:
            self._again()  # the previous reading is still at work: this one comes after it
            return
        engine = self.engine

        def work() -> tuple[int, tuple[FeedbackSummary, dt.datetime] | None]:
            with engine.connect() as conn:
                settings = load_settings(conn)
            return settings.bounce_read_every_s, read_bounce_mailbox(engine, settings)

        self._task = tasks.start(work, self.on_done, self.on_failed)

    @Slot(object)
    def on_done(self, result: tuple[int, tuple[FeedbackSummary, dt.datetime] | None]) -> None:
        every, outcome = result
        self.every_ms = max(5, every) * 1000
        if outcome is None:
            self.status.emit(text(message(Msg.MAILBOX_NOT_SET)))
        else:
            summary, at = outcome
            new = summary.read - summary.already_read
            self.status.emit(text(message(Msg.MAILBOX_READ, read=new, clock=local_clock_text(at))))
            if new:
                self.read.emit()
        self._again()

    @Slot(str)
    def on_failed(self, problem: str) -> None:
        self.status.emit(problem)
        self._again()

    def _again(self) -> None:
        self.timer.setInterval(self.every_ms)
        self.timer.start()
