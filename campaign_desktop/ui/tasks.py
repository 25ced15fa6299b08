"""The one owner of the window's short background reads (a list, a page of logs, a count).

Every read runs on a private thread pool (never Qt's global one, which a long job would
starve), with its own database connection; its answer comes back to the GUI thread through
a queued signal, so the GUI thread never waits on the database. A read started under a
``key`` is superseded by the next read under the same key: when two searches finish out of
order, only the latest one's answer reaches the widget. A read whose receiver was deleted
meanwhile is dropped. Failures are logged and handed to the caller to show.

Long jobs (a preparation, a send, the scheduler's step) do not come here: they get their
own thread and a control object that can stop them (``engine_job.EngineJob``).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.ui.engine_messages import error_text

log = logging.getLogger(__name__)
#: Reads at once: enough for a list, a dashboard and a logs page together, few enough for SQLite.
READ_THREADS = 3


@dataclass(eq=False)
class Task:
    """One read: what to call with its answer. ``done`` once it reported (or was dropped)."""

    key: Hashable | None
    number: int
    on_finished: Callable[[Any], None]
    on_failed: Callable[[str], None]
    done: bool = False


class _Signals(QObject):
    finished = Signal(object, object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, function: Callable[[], Any], task: Task, signals: _Signals) -> None:
        super().__init__()
        self.function, self.task, self.signals = function, task, signals

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as exc:  # reported to the user, never lost
            if isinstance(exc, EngineError):
                log.info("background read refused: %s", exc)
            else:  # a bug: its traceback goes to the log
                log.exception("background read failed")
            self.signals.failed.emit(self.task, error_text(exc))
        else:
            self.signals.finished.emit(self.task, result)


class Background(QObject):
    """The service: ``start`` a read, ``wait`` for all of them when the window closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(READ_THREADS)
        self.signals = _Signals(self)  # lives on the GUI thread: its answers are queued to it
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.latest: dict[Hashable, int] = {}
        self.running: set[Task] = set()  # Python keeps each task alive until it has reported
        self.numbers = itertools.count(1)

    def start(self, function: Callable[[], Any], on_finished: Callable[[Any], None],
              on_failed: Callable[[str], None], key: Hashable | None = None) -> Task:
        if isinstance(getattr(function, "__self__", None), QObject):  # it would run a widget's code off its thread
            raise TypeError("a background read must not be a method of a Qt object")
        task = Task(key, next(self.numbers), on_finished, on_failed)
        if key is not None:
            self.latest[key] = task.number
        self.running.add(task)
        self.pool.start(_Runnable(function, task, self.signals))
        return task

    def _current(self, task: Task) -> bool:
        """Whether the task's answer is still wanted: the latest under its key, its receiver alive."""
        task.done = True
        self.running.discard(task)
        if task.key is not None:
            if self.latest.get(task.key) != task.number:
                return False  # a newer read under the same key was started: its answer wins
            del self.latest[task.key]
        receiver = getattr(task.on_finished, "__self__", None)
        return not isinstance(receiver, QObject) or shiboken6.isValid(receiver)

    @Slot(object, object)
    def _on_finished(self, task: Task, result: Any) -> None:
        if self._current(task):
            task.on_finished(result)

    @Slot(object, str)
    def _on_failed(self, task: Task, message: str) -> None:
        if self._current(task):
            task.on_failed(message)

    def wait(self, timeout_ms: int = -1) -> bool:
        return self.pool.waitForDone(timeout_ms)


_service: Background | None = None


def service() -> Background:
    """The application's one service (made on first use, owned by the QApplication)."""
    global _service
    if _service is None or not shiboken6.isValid(_service):
        _service = Background(QCoreApplication.instance())
    return _service


def start(function: Callable[[], Any], on_finished: Callable[[Any], None], on_failed: Callable[[str], None],
          key: Hashable | None = None) -> Task:
    """Run ``function`` in the background; the callbacks must be slots of GUI-thread QObjects.
    With a ``key``, only the answer of the latest read under that key is delivered."""
    return service().start(function, on_finished, on_failed, key)


def wait(timeout_ms: int = -1) -> bool:
    """Block until every read has ended (the window is closing)."""
    return service().wait(timeout_ms)
