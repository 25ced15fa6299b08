"""Shared fixtures: offscreen Qt, a real SQLite file per test, hand-made profiles, no thread left running."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the window's remembered layout (QSettings) goes to a folder of the test run, not the user's
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="campaign-tests-config-")


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'campaign.db'}"


@pytest.fixture
def engine(db_url: str) -> Iterator[object]:
    from campaign_desktop.db.session import open_database

    engine = open_database(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """A test that leaves a thread running fails (napari's rule)."""
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in left:
        thread.join(timeout=5)
    still = [t.name for t in left if t.is_alive()]
    assert not still, f"threads left running: {still}"


_session_status: dict[str, int] = {}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _session_status["exit"] = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """A thread still running after the last test must not keep the run from ending.

    Python waits for every non-daemon thread before it exits; one send left paused by a
    failed test once kept CI waiting until its time ran out. Such a thread fails the run.
    """
    deadline = time.monotonic() + 10
    left = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    for thread in left:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    still = [t.name for t in left if t.is_alive()]
    if still:
        sys.stdout.flush()
        sys.stderr.write(f"\nthreads still running after the last test, the run ends here: {still}\n")
        sys.stderr.flush()
        os._exit(_session_status.get("exit") or 1)
