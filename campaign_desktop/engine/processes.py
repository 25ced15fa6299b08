"""Where worker processes come from: a fork server started once, early.

Starting a worker by spawning or forking the application's own process holds the
interpreter lock while the (large) process is copied: tens of milliseconds in which the
GUI thread cannot run. A fork server is a small process started once, with the engine's
modules already imported; workers are forked from it, quickly, and never from a process
that holds Qt's threads.
"""

from __future__ import annotations

import multiprocessing
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
