"""Runs one engine call (prepare, send) on a QThread, and reports its progress a few times a second.

The engine reports through a ``Control``: it keeps only the latest figures, and a timer on
the GUI thread reads them every 200 ms, so a million recipients never become a million
signals. Stop, pause and resume go to the same ``Control`` from the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from campaign_desktop.engine.control import Control, Stopped
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.ui.engine_messages import error_text

PROGRESS_EVERY_MS = 200


class _Job(QObject):
    """Lives on the worker thread; ``run`` calls the engine function once."""

    done = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, function: Callable[[Control], Any], control: Control) -> None:
        super().__init__()
        self.function = function
        self.control = control

    @Slot()
    def run(self) -> None:
        try:
            result = self.function(self.control)
        except Stopped:
            self.stopped.emit()
        except EngineError as exc:  # the engine's own refusals: their message says it all
            self.failed.emit(error_text(exc))
        except Exception as exc:  # a bug: reported to the user, never lost
            traceback.print_exc()
            self.failed.emit(error_text(exc))
        else:
            self.done.emit(result)


class EngineJob(QObject):
    """One engine call on its own thread.

    Signals, all delivered on the GUI thread: ``progressed(dict)`` (the latest figures,
    at most every 200 ms), ``finished(object)`` (the engine's result), ``failed(str)``,
    ``stopped()`` (the user stopped it), and ``ended()`` after any of the last three, once
    the thread is gone.
    """

    progressed = Signal(dict)
    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal()
    ended = Signal()

    def __init__(self, function: Callable[[Control], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = Control()
        self.thread = QThread()
        self.job = _Job(function, self.control)
        self.job.moveToThread(self.thread)
        self.thread.started.connect(self.job.run)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.job.stopped.connect(self._on_stopped)
        self.timer = QTimer(self)
        self.timer.setInterval(PROGRESS_EVERY_MS)
        self.timer.timeout.connect(self._poll)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.thread.start()
        self.timer.start()

    @Slot()
    def _poll(self) -> None:
        snapshot = self.control.snapshot()
        if snapshot:
            self.progressed.emit(snapshot)

    def _end(self) -> None:
        self.timer.stop()
        self._poll()
        self.thread.quit()
        self.thread.wait()
        self.running = False
        self.ended.emit()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    @Slot()
    def _on_stopped(self) -> None:
        self._end()
        self.stopped.emit()

    def stop(self) -> None:
        self.control.stop()

    def wait(self) -> None:
        """Block until the thread has ended (used when the window closes)."""
        self.thread.quit()
        self.thread.wait()
