"""The simulated MTA in a process of its own, so that a demo send leaves the window alone.

Inside the app's process, the SMTP server's event loop and the feedback simulator (which
parses every accepted message for its links) compete with the window for Python's
interpreter lock: the window froze for up to a tenth of a second during a large send.
Here they run in a child process started from the fork server. The child has its own
database connection for the opens and clicks it records, releases the simulator's due
events itself, and publishes how many are still pending; it ends when told to, or when
the process that started it is gone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

from campaign_desktop.demo.simulated_mta import LoopbackMta, SimulatedMta
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.processes import process_alive, worker_context
from campaign_desktop.engine.transports import TransportError

START_TIMEOUT_S = 20
STOP_TIMEOUT_S = 10
TICK_S = 0.1


@dataclass(frozen=True)
class FeedbackConfig:
    """What the child needs to simulate the feedback: plain values, so it crosses processes."""

    database_url: str
    speed: float
    bounce_folder: str
    delivery_reports: bool
    tracking_base: str
    tracking_secret: bytes
    clock: dict[str, Any]  # the delivery's simulated clock (engine/clock.py), as stored


class SimulatedMtaProcess(LoopbackMta):
    """The simulated MTA (and its feedback) in a child process; a context manager, like ``SimulatedMta``.

    It also stands for the feedback simulator in ``follow_until_closed``: the child releases
    due events by itself, so ``release_due`` has nothing to do, and ``pending`` is read from
    the shared counter.
    """

    def __init__(self, seed: int = 7, feedback: FeedbackConfig | None = None) -> None:
        self.seed, self.feedback = seed, feedback
        self.port = 0
        self._process: Any = None
        self._stop: Event | None = None
        self._pending: Synchronized[int] | None = None

    def __enter__(self) -> SimulatedMtaProcess:
        context = worker_context()
        ready = context.Queue()
        self._stop, self._pending = context.Event(), context.Value("q", 0)
        self._process = context.Process(
            target=_serve, args=(self.seed, self.feedback, ready, self._stop, self._pending, os.getpid()),
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
    def pending(self) -> int:
        return self._pending.value if self._pending is not None and self._process is not None else 0

    def release_due(self) -> int:
        return 0  # the child releases its events on its own clock

    @property
    def running(self) -> bool:
        return self._process is not None


def _serve(seed: int, feedback: FeedbackConfig | None, ready: Any, stop: Event, pending: Synchronized[int], parent: int) -> None:
    """The child: serve SMTP, release the simulator's events, until told to stop or orphaned."""
    simulator, engine = _simulator(seed, feedback, pending) if feedback is not None else (None, None)
    with SimulatedMta(seed, simulator) as mta:
        ready.put(mta.port)
        while not stop.wait(TICK_S) and process_alive(parent):
            if simulator is not None:
                simulator.release_due()
    if engine is not None:
        engine.dispose()


def _simulator(seed: int, config: FeedbackConfig, pending: Synchronized[int]) -> tuple[Any, Any]:
    from campaign_desktop.db.session import make_engine
    from campaign_desktop.demo.feedback_run import hit_recorder
    from campaign_desktop.demo.feedback_simulation import FeedbackSimulator
    from campaign_desktop.engine.clock import SimulatedClock
    from campaign_desktop.engine.tracking import Tracker

    engine = make_engine(config.database_url)
    tracker = Tracker(config.tracking_base, config.tracking_secret)
    now = SimulatedClock.from_json(config.clock).now  # the delivery's own clock, as its follower reads it

    def publish(count: int) -> None:
        pending.value = count

    simulator = FeedbackSimulator(seed, config.speed, Path(config.bounce_folder), hit_recorder(engine, tracker, now),
                                  delivery_reports=config.delivery_reports, on_pending=publish)
    return simulator, engine
