"""The simulated MTA in a process of its own, so that a demo send leaves the window alone.

Inside the app's process, the SMTP server's event loop and the feedback simulator (which
parses every accepted message for its links) compete with the window for Python's
interpreter lock: the window froze for up to a tenth of a second during a large send.
Here they run in a child process started from the fork server. The child writes the
feedback it plans for each accepted message to the database (the delivery's schedule,
demo/feedback_simulation.py), and releases the events whose time has come on the
delivery's clock as stored (writing notices is work the window's process does not need
either). It keeps nothing that a restart would lose, and ends when told to, or when the
process that started it is gone.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from campaign_desktop.db.models import Delivery
from campaign_desktop.db.session import make_engine
from campaign_desktop.demo.feedback_simulation import FeedbackSimulator, Release, Schedule, release_due
from campaign_desktop.demo.simulated_mta import LoopbackMta, SimulatedMta, attempts_so_far
from campaign_desktop.engine.clock import SimulatedClock
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.processes import process_alive, worker_context
from campaign_desktop.engine.tracking import Tracker
from campaign_desktop.engine.transports import TransportError

START_TIMEOUT_S = 20
STOP_TIMEOUT_S = 10
TICK_S = 0.1


@dataclass(frozen=True)
class FeedbackConfig:
    """What the child needs to plan and release the feedback: plain values, so it crosses processes."""

    database_url: str
    delivery_id: int  # whose schedule the planned events join
    bounce_folder: str
    delivery_reports: bool
    tracking_base: str
    tracking_secret: bytes
    clock: dict[str, Any]  # the delivery's simulated clock (engine/clock.py), as stored


class SimulatedMtaProcess(LoopbackMta):
    """The simulated MTA (and the planning of its feedback) in a child process; a context
    manager, like ``SimulatedMta``."""

    def __init__(self, seed: int = 7, feedback: FeedbackConfig | None = None) -> None:
        self.seed, self.feedback = seed, feedback
        self.port = 0
        self._process: Any = None
        self._stop: Event | None = None

    def __enter__(self) -> SimulatedMtaProcess:
        context = worker_context()
        ready = context.Queue()
        self._stop = context.Event()
        self._process = context.Process(
            target=_serve, args=(self.seed, self.feedback, ready, self._stop, os.getpid()),
            name="simulated-mta", daemon=True,
        )
        self._process.start()
        try:
            self.port = ready.get(timeout=START_TIMEOUT_S)
        except Exception as exc:  # queue.Empty: the child died or hung before listening
            self.__exit__()
            raise TransportError(Msg.SIMULATED_MTA_DOWN) from exc
        finally:
            ready.close()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is None:
            return
        assert self._stop is not None
        self._stop.set()
        self._process.join(STOP_TIMEOUT_S)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(STOP_TIMEOUT_S)
        self._process = None

    @property
    def running(self) -> bool:
        return self._process is not None


def _serve(seed: int, feedback: FeedbackConfig | None, ready: Any, stop: Event, parent: int) -> None:
    """The child: serve SMTP (planning each accepted message's feedback) and release the due
    events, until told to stop or orphaned."""
    simulated = _Feedback(seed, feedback) if feedback is not None else None
    with simulated.mta if simulated is not None else SimulatedMta(seed) as mta:
        ready.put(mta.port)
        while not stop.wait(TICK_S) and process_alive(parent):
            if simulated is not None:
                simulated.tick(stop.is_set)
    if simulated is not None:  # the server has stopped: what it planned last is written now
        simulated.schedule.flush()
        simulated.engine.dispose()


class _Feedback:
    """The child's side of the feedback: the server with its simulator, which remembers what
    servers before it answered, and the release of the due events on the delivery's clock."""

    def __init__(self, seed: int, config: FeedbackConfig) -> None:
        self.engine = make_engine(config.database_url)
        self.delivery_id = config.delivery_id
        self.clock = SimulatedClock.from_json(config.clock)
        with self.engine.connect() as conn:
            tried, accepted = attempts_so_far(conn, config.delivery_id, seed)
        self.schedule = Schedule(self.engine)
        simulator = FeedbackSimulator(seed, config.delivery_id, self.now, self.schedule,
                                      delivery_reports=config.delivery_reports, accepted_before=accepted)
        self.mta = SimulatedMta(seed, simulator, tried_before=tried)
        self.release = Release(Path(config.bounce_folder), Tracker(config.tracking_base, config.tracking_secret))

    def now(self) -> dt.datetime:
        return self.clock.now()

    def tick(self, stopping: Callable[[], bool]) -> None:
        """Release what is due. The clock is read as stored each time: once the follow stops it
        (it ends, or the app closes), nothing later than where it stood is released, give or
        take this tick."""
        try:
            with self.engine.connect() as conn:
                stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == self.delivery_id)).scalar_one()
            if stored:
                self.clock = SimulatedClock.from_json(stored)
            release_due(self.engine, self.delivery_id, self.now(), self.release, stopping)
        except (SQLAlchemyError, OSError) as exc:  # a busy database, a full disk: the next tick tries again
            print(f"simulated MTA: the feedback waits: {exc}", file=sys.stderr)
