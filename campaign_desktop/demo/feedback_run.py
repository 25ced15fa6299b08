"""Follow a simulated send until its delivery closes: the demo's days of feedback, in minutes.

A simulated clock runs ``speed`` times faster than the real one; each tick releases the
simulator's due events, reads the bounce folder, sends the due retries and closes the
deliveries whose validity ended, all with the simulated time as "now".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.demo.feedback_simulation import FeedbackSimulator
from campaign_desktop.engine.enums import DeliveryState
from campaign_desktop.engine.feedback import FeedbackSummary, close_expired, process_source, send_due_retries
from campaign_desktop.engine.indicators import recompute
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.tracking import BadToken, Tracker, record_hit
from campaign_desktop.engine.transports import Transport


def hit_recorder(engine: Engine, tracker: Tracker, now: Callable[[], dt.datetime]) -> Callable[[str], None]:
    """What the tracking endpoint does for a URL, for the simulator to call."""

    def hit(url: str) -> None:
        try:
            record_hit(engine, tracker.read_url(url), now())
        except BadToken:
            pass  # a link that is not ours: the endpoint ignores it

    return hit


@dataclass
class SimulatedClock:
    speed: float
    start_real: float = 0.0
    start: dt.datetime | None = None

    def __post_init__(self) -> None:
        self.start_real, self.start = time.monotonic(), utcnow()

    def now(self) -> dt.datetime:
        assert self.start is not None
        return self.start + dt.timedelta(seconds=(time.monotonic() - self.start_real) * self.speed)


def follow_until_closed(
    engine: Engine, delivery_id: int, simulator: FeedbackSimulator, transport: Transport, settings: Settings,
    bounce_folder: Path, clock: SimulatedClock, tick_s: float = 0.25, limit_s: float = 600,
    progress: Callable[[FeedbackSummary], None] | None = None,
) -> FeedbackSummary:
    """Run the feedback until the delivery is closed (bounded by ``limit_s`` real seconds)."""
    total = FeedbackSummary()
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        simulator.release_due()
        now = clock.now()
        if bounce_folder.exists():
            step = process_source(engine, bounce_folder, settings, now)
            for name in ("read", "matched", "delivered", "hard", "soft", "complaints", "unmatched"):
                setattr(total, name, getattr(total, name) + getattr(step, name))
        total.retries_due += send_due_retries(engine, transport, settings, now)
        total.closed += close_expired(engine, settings, now)
        with engine.begin() as conn:  # opens and clicks arrived too: count the figures again
            recompute(conn, delivery_id, settings.reporting_mode, now)
        if progress:
            progress(total)
        with engine.connect() as conn:
            state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
        if state is DeliveryState.CLOSED and simulator.pending == 0:
            break
        time.sleep(tick_s)
    return total
