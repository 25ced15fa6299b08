"""Follow a simulated send until its delivery closes: the demo's days of feedback, in minutes.

The delivery's simulated clock (engine/clock.py) runs ``speed`` times faster than the real
one; each tick releases the simulator's due events, reads the bounce folder, sends the
delivery's due retries and closes it when its validity ends, all at its simulated time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery
from campaign_desktop.db.session import data_dir
from campaign_desktop.demo.feedback_simulation import FeedbackSimulator
from campaign_desktop.demo.mta_process import FeedbackConfig, SimulatedMtaProcess
from campaign_desktop.demo.simulated_mta import SimulatedMta
from campaign_desktop.domain.enums import DeliveryState, Job, ReportingMode
from campaign_desktop.engine.clock import delivery_clock, start_simulated_clock
from campaign_desktop.engine.control import ControlLike
from campaign_desktop.engine.feedback import FeedbackSummary, close_expired, process_source
from campaign_desktop.engine.indicators import live, store
from campaign_desktop.engine.job_lease import lease
from campaign_desktop.engine.retrying import send_due_retries
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


def follow_until_closed(
    engine: Engine, delivery_id: int, simulator: FeedbackSimulator | SimulatedMtaProcess, transport: Transport,
    settings: Settings, bounce_folder: Path, tick_s: float = 0.25, limit_s: float = 600,
    control: ControlLike | None = None,
) -> FeedbackSummary:
    """Run the delivery's feedback until it is closed (bounded by ``limit_s`` real seconds, or
    until ``control`` asks to stop); each tick's figures go to ``control.report``.

    Everything happens on the delivery's own simulated clock, and only to it: another
    delivery's retries, closing and chart are left to its own clock.
    """
    total = FeedbackSummary()
    deadline = time.monotonic() + limit_s
    with lease(engine, delivery_id, Job.FEEDBACK):
        with engine.connect() as conn:
            now = delivery_clock(conn, delivery_id)
        if control is not None:
            control.report(0, 0, phase="feedback", simulated=now().isoformat())
        while time.monotonic() < deadline:
            if control is not None and (control.should_stop() or getattr(control, "detached", False)):
                break
            simulator.release_due()
            # read before the folder: once nothing is pending, every bounce file is already written
            nothing_pending = simulator.pending == 0
            if bounce_folder.exists():
                total.add(process_source(engine, bounce_folder, settings))
            retried = send_due_retries(engine, transport, settings, delivery_id=delivery_id)
            total.retries_due += retried
            total.closed += close_expired(engine, settings, delivery_ids=[delivery_id])
            at = now()
            with engine.begin() as conn:  # opens and clicks arrived too: the figures as they stand
                figures = live(conn, delivery_id, settings.reporting_mode)
                store(conn, delivery_id, figures, at)
                state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
            if control is not None:
                control.report(figures.sent, figures.to_deliver, phase="feedback", simulated=at.isoformat(), **asdict(figures))
            if state is DeliveryState.CLOSED and nothing_pending and not retried:
                break
            time.sleep(tick_s)
    return total


def simulated_send_kit(engine: Engine, delivery_id: int) -> tuple[SimulatedMtaProcess, Callable[..., FeedbackSummary]]:
    """The simulated MTA with its feedback simulator (in a process of their own), on the
    delivery's simulated clock, and how to follow the delivery until it closes.

    ``follow(delivery_id, transport, control=None)`` runs after the send, in the same thread.
    """
    with engine.begin() as conn:
        settings = load_settings(conn)
        clock = start_simulated_clock(conn, delivery_id, settings.simulation_speed)
    folder = Path(settings.bounce_folder) if settings.bounce_folder else data_dir() / "bounces"
    if (folder / "new").is_dir() and (folder / "cur").is_dir():
        folder = folder / "new"  # a Maildir: the simulated relay delivers its notices where a real one would
    config = FeedbackConfig(
        engine.url.render_as_string(hide_password=False), settings.simulation_speed, str(folder),
        settings.reporting_mode is ReportingMode.EMAIL_FEEDBACK,
        settings.tracking_base_url or SimulatedMta.tracking_base, tracking_secret(engine), clock.as_json(),
    )
    mta = SimulatedMtaProcess(settings.simulation_seed, config)

    def follow(delivery_id: int, transport: Transport, control: ControlLike | None = None) -> FeedbackSummary:
        return follow_until_closed(engine, delivery_id, mta, transport, settings, folder, control=control)

    return mta, follow
