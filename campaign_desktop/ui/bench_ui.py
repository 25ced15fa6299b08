"""``bench ui``: drives the real window offscreen through a preparation and a send, and measures
how late a 10 ms timer on the GUI thread ever fires (``max_stall_ms``)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from campaign_desktop.db.session import open_database
from campaign_desktop.demo.feedback_run import simulated_send_kit
from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.ui.app import prepare_process_for_gui
from campaign_desktop.ui.main_window import MainWindow

TICK_MS = 10


class StallMeter:
    """A 10 ms timer on the GUI thread; records the worst lateness and the distribution."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = 0
        self.worst = 0.0
        self.late: list[float] = []
        self.long: list[tuple[float, float]] = []  # (seconds since the start, lateness) of the long stalls

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.nsecsElapsed()
        lateness = (now - self.last) / 1e6 - TICK_MS
        self.last = now
        self.late.append(lateness)
        self.worst = max(self.worst, lateness)
        if lateness > 30:
            self.long.append((round(now / 1e9, 2), round(lateness, 1)))


def _wait(app: QApplication, condition: Any, limit_s: float) -> None:
    deadline = time.monotonic() + limit_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    if not condition():
        raise TimeoutError("the window did not get there in time")


def bench_ui(recipients: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    prepare_process_for_gui()
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory(prefix="campaign-bench-ui-") as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        build_demo(engine, recipients, seed=7)
        window = MainWindow(engine, operator="admin", transport_factory=lambda delivery_id: (simulated_send_kit(engine, delivery_id)[0], None))
        window.show()
        window.reload()
        _wait(app, lambda: window.model.rowCount() == 3, 30)
        row = next(r for r in range(3) if window.model.row_at(r).internal_name == DEMO_DELIVERY)
        window.open_delivery(window.model.index(row, 0))
        dashboard = window.tabs.currentWidget()
        _wait(app, lambda: dashboard.state is DeliveryState.DRAFT, 30)
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        dashboard.buttons["prepare"].click()
        _wait(app, lambda: not dashboard.job.running and dashboard.state is DeliveryState.PREPARED, 600)
        prepared = time.perf_counter()
        dashboard.buttons["send"].click()
        _wait(app, lambda: not dashboard.job.running and dashboard.state is DeliveryState.SENT, 3600)
        finished = time.perf_counter()
        meter.timer.stop()
        window.close()
        engine.dispose()
    late = sorted(meter.late)
    return {
        "benchmark": "ui",
        "recipients": recipients,
        "prepare_s": round(prepared - started, 1),
        "send_s": round(finished - prepared, 1),
        "ticks": len(late),
        "p99_stall_ms": round(late[int(len(late) * 0.99)], 1) if late else None,
        "max_stall_ms": round(meter.worst, 1),
        "stalls_over_30ms": meter.long[:20],
    }


