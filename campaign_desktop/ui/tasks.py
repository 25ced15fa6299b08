"""Short background jobs (loading a list, building the demo) on Qt's thread pool.

The function runs on a pool thread with its own database connection; its result comes
back to the GUI thread through a queued signal, so the GUI thread never waits on the
database.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.ui.engine_messages import error_text


class TaskSignals(QObject):
    """``finished(result)`` when the function returned, ``failed(message)`` when it raised."""

    finished = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.function = function
        self.signals = TaskSignals()  # created on the GUI thread, so its slots run there
        self.done = False

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as exc:  # reported to the user, never lost
            if not isinstance(exc, EngineError):  # a bug: its traceback goes to the console too
                traceback.print_exc()
            self.signals.failed.emit(error_text(exc))
        else:
            self.signals.finished.emit(result)
        finally:
            self.done = True


def start(function: Callable[[], Any], on_finished: Callable[[Any], None], on_failed: Callable[[str], None]) -> Task:
    """Run ``function`` on the pool; the callbacks must be slots of GUI-thread QObjects."""
    task = Task(function)
    task.signals.finished.connect(on_finished)
    task.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(task)
    return task
