"""Follow a simulated send until its delivery closes: the demo's days of feedback, in minutes.

A simulated clock runs ``speed`` times faster than the real one; each tick releases the
simulator's due events, reads the bounce folder, sends the due retries and closes the
deliveries whose validity ended, all with the simulated time as "now".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.db.session import data_dir
from campaign_desktop.demo.feedback_simulation import FeedbackSimulator
from campaign_desktop.demo.mta_process import FeedbackConfig, SimulatedMtaProcess
from campaign_desktop.demo.simulated_mta import SimulatedMta
from campaign_desktop.engine.control import ControlLike
from campaign_desktop.domain.enums import DeliveryState, ReportingMode
from campaign_desktop.engine.feedback import FeedbackSummary, close_expired, process_source, send_due_retries
from campaign_desktop.engine.indicators import recompute
from campaign_desktop.engine.settings import Settings, load_settings, tracking_secret
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
    engine: Engine, delivery_id: int, simulator: FeedbackSimulator | SimulatedMtaProcess, transport: Transport, settings: Settings,
    bounce_folder: Path, clock: SimulatedClock, tick_s: float = 0.25, limit_s: float = 600,
    control: ControlLike | None = None,
) -> FeedbackSummary:
    """Run the feedback until the delivery is closed (bounded by ``limit_s`` real seconds, or
    until ``control`` asks to stop); each tick's figures go to ``control.report``."""
    total = FeedbackSummary()
    deadline = time.monotonic() + limit_s
    if control is not None:
        control.report(0, 0, phase="feedback", simulated=clock.now().isoformat())
    while time.monotonic() < deadline:
        if control is not None and (control.should_stop() or getattr(control, "detached", False)):
            break
        simulator.release_due()
        # read before the folder: once nothing is pending, every bounce file is already written
        nothing_pending = simulator.pending == 0
        now = clock.now()
        if bounce_folder.exists():
            step = process_source(engine, bounce_folder, settings, now)
            for name in ("read", "matched", "delivered", "hard", "soft", "complaints", "unmatched"):
                setattr(total, name, getattr(total, name) + getattr(step, name))
        retried = send_due_retries(engine, transport, settings, now)
        total.retries_due += retried
        total.closed += close_expired(engine, settings, now)
        with engine.begin() as conn:  # opens and clicks arrived too: count the figures again
            figures = recompute(conn, delivery_id, settings.reporting_mode, now)
            state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
        if control is not None:
            control.report(figures.sent, figures.to_deliver, phase="feedback", simulated=now.isoformat(), **asdict(figures))
        if state is DeliveryState.CLOSED and nothing_pending and not retried:
            break
        time.sleep(tick_s)
    return total


def simulated_send_kit(engine: Engine) -> tuple[SimulatedMtaProcess, Callable[..., FeedbackSummary]]:
    """The simulated MTA with its feedback simulator (in a process of their own), and how to
    follow a delivery until it closes.

    ``follow(delivery_id, transport, control=None)`` runs after the send, in the same thread.
    """
    with engine.connect() as conn:
        settings = load_settings(conn)
    folder = Path(settings.bounce_folder) if settings.bounce_folder else data_dir() / "bounces"
    clock = SimulatedClock(settings.simulation_speed)
    assert clock.start is not None
    config = FeedbackConfig(
        engine.url.render_as_string(hide_password=False), settings.simulation_speed, str(folder),
        settings.reporting_mode is ReportingMode.EMAIL_FEEDBACK,
        settings.tracking_base_url or SimulatedMta.tracking_base, tracking_secret(engine), clock.start_real, clock.start,
    )
    mta = SimulatedMtaProcess(settings.simulation_seed, config)

    def follow(delivery_id: int, transport: Transport, control: ControlLike | None = None) -> FeedbackSummary:
        return follow_until_closed(engine, delivery_id, mta, transport, settings, folder, clock, control=control)

    return mta, follow
