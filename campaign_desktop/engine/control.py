"""The small control object every long engine call takes: report progress, stop, leave paused.

The engine never knows who drives it: the command line passes a ``Control`` that prints
or ignores progress, the desktop app passes one whose counters a Qt timer reads. Pausing
and resuming a send go through the delivery's state in the database (engine/send_actions.py),
so that the app, the command line and another process pause the same way.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Protocol

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Message, Msg


class Stopped(EngineError):
    """Raised inside the engine when the user asked to stop."""

    def __init__(self) -> None:
        super().__init__(Msg.PREPARATION_STOPPED)


class ControlLike(Protocol):
    def report(self, done: int, total: int, **figures: Any) -> None: ...

    def should_stop(self) -> bool: ...


@dataclass
class Control:
    """A thread-safe control: ``stop()`` and ``detach()`` may come from any thread.

    ``report`` keeps only the latest figures; readers poll ``snapshot()`` at their own pace,
    so a million recipients never become a million UI updates.
    """

    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _latest: dict[str, Any] = field(default_factory=dict)
    _detach: threading.Event = field(default_factory=threading.Event)
    detach_reason: Message | None = None

    def report(self, done: int, total: int, **figures: Any) -> None:
        with self._lock:
            self._latest = {"done": done, "total": total, **figures}

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._latest)

    def stop(self) -> None:
        self._stop.set()

    def detach(self, reason: Message | None = None) -> None:
        """Leave the work paused, to be resumed later (the app is closing, Ctrl-C): not a stop."""
        self.detach_reason = reason
        self._detach.set()

    @property
    def detached(self) -> bool:
        return self._detach.is_set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise ``Stopped`` if a stop was asked."""
        if self.should_stop():
            raise Stopped()
