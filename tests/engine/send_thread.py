"""A send running in a thread of its own, as the app runs it, for tests that act on it meanwhile."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from tests.engine.test_sending import _transport


@contextlib.contextmanager
def sending_in_thread(engine: Any, delivery: int, server: Any, control: Any,
                      now: Callable[[], Any] | None = None) -> Iterator[tuple[threading.Thread, dict[str, Any]]]:
    """Yields the thread and a dict that gets the summary; stopped and joined on the way out,
    even when an assertion fails, so that a paused send never waits for ever."""
    result: dict[str, Any] = {}
    extra = {"now": now} if now is not None else {}

    def run() -> None:
        result["summary"] = send(engine, delivery, _transport(server), control, Settings(tracking_base_url=""), **extra)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        yield thread, result
    finally:
        control.stop()
        thread.join(timeout=20)


def wait_for(condition: Callable[[], Any], timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def status(control: Any) -> str | None:
    """The id of what the send last said it waits for (``PROGRESS_PAUSED`` …), if anything."""
    said = control.snapshot().get("status")
    return said.id.name if said is not None else None
