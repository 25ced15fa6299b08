"""Runs the scheduler while the app is open: scheduled deliveries start, recurring ones are prepared.

A step can prepare whole deliveries (a recurring model's occurrence), so it is a long job:
it runs on a thread of its own with a control object (``EngineJob``), never on the pool of
short reads, which it would starve; closing the window stops it instead of waiting for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from sqlalchemy import Engine

from campaign_desktop.db.models import utcnow
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.scheduler import StepReport, scheduler_step
from campaign_desktop.ui.engine_job import EngineJob

SCHEDULER_EVERY_MS = 15_000


class SchedulerDriver(QObject):
    """``stepped(report)`` after each step, ``failed(message)`` when a step failed."""

    stepped = Signal(object)
    failed = Signal(str)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.clock: Callable[[], dt.datetime] = utcnow  # tests move time forward
        self.job: EngineJob | None = None
        self.steps = 0  # steps ended, for whoever waits on one
        self.timer = QTimer(self, interval=SCHEDULER_EVERY_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.running

    @Slot()
    def tick(self) -> None:
        if self.busy:
            return  # the previous step (a recurring delivery's preparation) is still at work
        engine, now = self.engine, self.clock()

        def step(control: Control) -> StepReport:
            return scheduler_step(engine, now, control=control)

        self.job = EngineJob(step, self)
        self.job.finished.connect(self.on_finished)
        self.job.failed.connect(self.failed)
        self.job.ended.connect(self.on_ended)
        self.job.start()

    @Slot(object)
    def on_finished(self, report: StepReport) -> None:
        self.stepped.emit(report)

    @Slot()
    def on_ended(self) -> None:
        self.steps += 1

    def stop(self) -> None:
        """The window closes: no more steps; a preparation under way stops, its thread ends."""
        self.timer.stop()
        if self.job is not None and self.job.running:
            self.job.stop()
            self.job.wait()
