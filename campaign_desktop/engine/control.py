"""The small control object every long engine call takes: report progress, stop, pause.

The engine never knows who drives it: the command line passes a ``Control`` that prints
or ignores progress, the desktop app passes one whose counters a Qt timer reads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Protocol


class Stopped(Exception):
    """Raised inside the engine when the user asked to stop."""


class ControlLike(Protocol):
    def report(self, done: int, total: int, **figures: Any) -> None: ...

    def should_stop(self) -> bool: ...

    def wait_if_paused(self) -> None: ...


@dataclass
class Control:
    """A thread-safe control: ``stop()``, ``pause()`` and ``resume()`` may come from any thread.

    ``report`` keeps only the latest figures; readers poll ``snapshot()`` at their own pace,
    so a million recipients never become a million UI updates.
    """

    _stop: threading.Event = field(default_factory=threading.Event)
    _running: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _latest: dict[str, Any] = field(default_factory=dict)
    _detach: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._running.set()

    def report(self, done: int, total: int, **figures: Any) -> None:
        with self._lock:
            self._latest = {"done": done, "total": total, **figures}

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._latest)

    def stop(self) -> None:
        self._stop.set()
        self._running.set()  # a paused engine must wake up to see the stop

    def detach(self) -> None:
        """Leave the work paused, to be resumed later (the app is closing): not a stop."""
        self._detach.set()
        self._running.set()

    @property
    def detached(self) -> bool:
        return self._detach.is_set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def wait_if_paused(self, poll_s: float = 0.2) -> None:
        while not self._running.wait(poll_s):
            if self._stop.is_set():
                return

    def check(self) -> None:
        """Raise ``Stopped`` if a stop was asked; wait here while paused."""
        self.wait_if_paused()
        if self.should_stop():
            raise Stopped()
