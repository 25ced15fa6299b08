"""Where worker processes come from (a fork server started once, early), and whether one lives.

Starting a worker by spawning or forking the application's own process holds the
interpreter lock while the (large) process is copied: tens of milliseconds in which the
GUI thread cannot run. A fork server is a small process started once, with the engine's
modules already imported; workers are forked from it, quickly, and never from a process
that holds Qt's threads.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from multiprocessing import forkserver
from multiprocessing.context import BaseContext

_PRELOAD = ["campaign_desktop.engine.classifier", "campaign_desktop.engine.message_sender"]


def worker_context() -> BaseContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def start_worker_server() -> None:
    """Start the fork server now (the app does it at start) rather than at the first big job."""
    worker_context()
    forkserver.ensure_running()


def process_alive(pid: int) -> bool:
    """Whether the process runs: a zombie (exited, not yet reaped by its parent) counts as gone.

    ``kill(pid, 0)`` alone succeeds on a zombie, and a zombie's parent may be waiting for
    the very process that asks (a test reading the killed command's output waits for the
    simulated MTA that the command had started to close that output).
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: it exists
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (not Linux): kill's answer is all there is
    return stat[stat.rindex(")") + 2 :].split(" ", 1)[0] not in ("Z", "X")  # the state follows "(name) "


#: How often a worker process checks that the process it works for still lives (seconds).
OWNER_WATCH_S = 0.5


def end_with(owner: int) -> None:
    """End this worker process when ``owner`` is gone (killed: it could not say so).

    Run in a daemon thread of each worker. A worker waits for work for ever otherwise, and
    keeps open the output it inherited from its owner, so whoever reads that output (a
    terminal, a test) would wait for ever too.
    """
    while process_alive(owner):
        time.sleep(OWNER_WATCH_S)
    os._exit(1)
