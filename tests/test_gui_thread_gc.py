"""The app collects garbage on the GUI thread only: a worker thread that allocates a lot never
destroys objects (Qt's among them) from its side, where Qt's locks and the interpreter lock
could wait on each other for ever."""

from __future__ import annotations

import gc
import sys
import threading

from campaign_desktop.ui import app as app_module


class _Finalised:
    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self  # a cycle: only the cyclic collector frees it

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_cycles_are_collected_on_the_gui_thread_even_when_a_worker_allocates(qtbot):
    switch, threshold = sys.getswitchinterval(), gc.get_threshold()
    try:
        app_module.prepare_process_for_gui()
        assert not gc.isenabled()
        seen: list[str] = []
        _Finalised(seen)  # garbage at once, in a cycle

        kept: list[object] = []

        def allocate() -> None:  # what a logs query on the thread pool does: many new objects, kept
            kept.append([(i, str(i)) for i in range(300_000)])

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert seen == []  # the worker did not collect
        qtbot.waitUntil(lambda: seen == [threading.main_thread().name], timeout=5_000)
    finally:
        if app_module._collector is not None:
            app_module._collector.timer.stop()
        gc.enable()
        gc.set_threshold(*threshold)
        sys.setswitchinterval(switch)
        gc.unfreeze()
