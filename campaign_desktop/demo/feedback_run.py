"""Follow a simulated send until its delivery closes: the demo's days of feedback, in minutes.

The delivery's simulated clock (engine/clock.py) runs ``speed`` times faster than the real
one. The simulated MTA's process releases the due events of the simulated feedback's
schedule (kept in the database, demo/feedback_simulation.py) on that clock; each tick of
the follow reads the bounce folder, sends the delivery's due retries and closes it when its
validity ends, all at its simulated time.

The follow may end before the feedback does: the app closes, the user stops following, a
command is interrupted. The schedule stays in the database and the clock waits where it
stood (a marketer who reopens the app expects the days of feedback to go on, not to be
skipped by the hours the app was closed); ``deliveries_to_follow`` names the deliveries
left so, and ``resume_follow`` goes on with one of them until it closes.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, update

from campaign_desktop.db.models import Delivery, IndicatorSample, SimulatedEvent, TrackingEvent, utcnow
from campaign_desktop.db.session import data_dir
from campaign_desktop.demo.feedback_simulation import LONGEST_WAIT_S, pending_events
from campaign_desktop.demo.mta_process import FeedbackConfig, SimulatedMtaProcess
from campaign_desktop.demo.simulated_mta import SimulatedMta
from campaign_desktop.domain.enums import DeliveryState, Job, JournalLevel, ReportingMode
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.clock import SimulatedClock, delivery_clock, delivery_now, start_simulated_clock
from campaign_desktop.engine.control import ControlLike
from campaign_desktop.engine.delivery_log import validity_end
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.feedback import FeedbackSummary, close_expired, process_source
from campaign_desktop.engine.indicators import live, store
from campaign_desktop.engine.job_lease import AlreadyWorking, holder, job_from, lease, running_job
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.retrying import send_due_retries
from campaign_desktop.engine.settings import Settings, load_settings, tracking_secret
from campaign_desktop.engine.transports import Transport

#: How long a follow runs at the least before it leaves the rest for later (real seconds).
DEFAULT_LIMIT_S = 600.0


class NothingToFollow(EngineError):
    """The delivery has no simulated feedback left to follow (a real send, a draft, a closed demo)."""


def follow_until_closed(
    engine: Engine, delivery_id: int, transport: Transport, settings: Settings, bounce_folder: Path,
    tick_s: float = 0.25, limit_s: float = DEFAULT_LIMIT_S, control: ControlLike | None = None,
) -> FeedbackSummary:
    """Run the delivery's feedback until it is closed and its simulated feedback has nothing more
    to bring (bounded by ``limit_s`` real seconds, or until ``control`` asks to stop or detaches);
    each tick's figures go to ``control.report``.

    Everything happens on the delivery's own simulated clock, and only to it: another
    delivery's retries, closing and chart are left to its own clock. When the follow ends, its
    end is journaled and the clock stops where it stands: what is left of the schedule waits in
    the database for ``resume_follow``.
    """
    total = FeedbackSummary()
    deadline = time.monotonic() + limit_s
    over = False
    with lease(engine, delivery_id, Job.FEEDBACK):
        with engine.connect() as conn:
            now = delivery_clock(conn, delivery_id)
        if control is not None:
            control.report(0, 0, phase="feedback", simulated=now().isoformat())
        while time.monotonic() < deadline:
            if control is not None and (control.should_stop() or getattr(control, "detached", False)):
                break
            # counted before the folder is read: a row is deleted only once its notice is written
            with engine.connect() as conn:
                nothing_pending = pending_events(conn, delivery_id) == 0
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
                over = True
                break
            time.sleep(tick_s)
        _end_follow(engine, delivery_id, over, settings.reporting_mode)
    return total


def follow_limit_s(engine: Engine, delivery_id: int, settings: Settings) -> float:
    """How long a follow may run (real seconds): the rest of the validity period and the longest
    wait of a planned event, at the simulation's speed, with room for the work; ten minutes at
    least. A trainer's slow demo is followed to its end rather than cut after ten minutes."""
    with engine.connect() as conn:
        now = delivery_now(conn, delivery_id)
        end = validity_end(conn, delivery_id, now, settings)
    simulated = max(end - now, dt.timedelta()) + dt.timedelta(seconds=LONGEST_WAIT_S)
    return max(DEFAULT_LIMIT_S, 1.5 * simulated.total_seconds() / max(settings.simulation_speed, 1e-9) + 120)


def _end_follow(engine: Engine, delivery_id: int, over: bool, mode: ReportingMode) -> None:
    """Journal how the follow ended, and stop the delivery's clock where it stands: nobody reads
    its feedback until a follow goes on, and a closed demo's time line ends there."""
    with engine.begin() as conn:
        stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == delivery_id)).scalar_one()
        if stored:
            clock = SimulatedClock.from_json(stored)
            stopped = SimulatedClock(utcnow(), clock.now(), 0.0)  # speed 0: every reader sees the time it stopped at
            conn.execute(update(Delivery).where(Delivery.id == delivery_id)
                         .values(feedback_clock=stopped.as_json(), updated_at=Delivery.updated_at))
        if over:
            figures = live(conn, delivery_id, mode)
            what = message(Msg.FEEDBACK_OVER, sent=figures.sent, delivered=figures.delivered,
                           bounces=figures.bounces_errors, opens=figures.opens, clicks=figures.clicks)
        else:
            what = message(Msg.FOLLOW_LEFT, pending=pending_events(conn, delivery_id))
        delivery_journal.write(conn, delivery_id, JournalLevel.INFO, what)


def run_clock(conn: Connection, delivery_id: int, speed: float) -> SimulatedClock:
    """The delivery's simulated clock, running at ``speed``: started now for a first send; for a
    demo taken up again (a follow after a restart, a send resumed), going on from where it
    stood when the work on it stopped, rather than ahead by the time nobody ran it."""
    stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == delivery_id)).scalar_one()
    if not stored:
        return start_simulated_clock(conn, delivery_id, speed)
    clock = SimulatedClock.from_json(stored)
    if clock.speed > 0 and running_job(conn, delivery_id) is not Job.NONE:
        return clock  # a living process works on it, on this clock: it runs, and stays as it is
    going_on = SimulatedClock(utcnow(), _where_it_stood(conn, delivery_id, clock), speed)
    conn.execute(update(Delivery).where(Delivery.id == delivery_id)
                 .values(feedback_clock=going_on.as_json(), updated_at=Delivery.updated_at))
    return going_on


def _where_it_stood(conn: Connection, delivery_id: int, clock: SimulatedClock) -> dt.datetime:
    """The simulated time the work on the delivery last reached. A follow that ended stopped the
    clock there (speed 0); a process that died left it running on, and the last moment it
    surely reached is its last chart point or recorded open or click (never later than now)."""
    reached = [clock.simulated]
    for at, of in ((IndicatorSample.at, IndicatorSample.delivery_id), (TrackingEvent.at, TrackingEvent.delivery_id)):
        latest = conn.execute(select(func.max(at)).where(of == delivery_id)).scalar_one()
        if latest is not None:
            reached.append(latest)
    return min(max(reached), clock.now())


def deliveries_to_follow(conn: Connection) -> list[int]:
    """The demos whose follow should go on and that nobody follows now: sent through the simulated
    MTA (they have a simulated clock) and not yet closed, or closed with simulated events still
    to come; a living process holding the delivery (a follow, a retry's send) keeps it off."""
    rows = conn.execute(select(Delivery.id, Delivery.state, Delivery.feedback_clock, Delivery.lease_owner,
                               Delivery.lease_heartbeat_at, Delivery.lease_job)
                        .where(Delivery.state.in_([DeliveryState.SENT, DeliveryState.CLOSED]),
                               Delivery.feedback_clock.is_not(None)).order_by(Delivery.id)).all()
    waiting = set(conn.execute(select(SimulatedEvent.delivery_id).distinct()).scalars())
    now = utcnow()
    return [delivery_id for delivery_id, state, clock, owner, heartbeat, job in rows
            if clock  # a JSON null is no clock
            and (state is DeliveryState.SENT or delivery_id in waiting)
            and job_from(owner, heartbeat, job, now) is Job.NONE]


def resume_follow(engine: Engine, delivery_id: int, control: ControlLike | None = None) -> FeedbackSummary:
    """Go on following a demo's simulated feedback from where it stopped, until the delivery
    closes and nothing more is to come (or ``control`` stops or detaches it again).

    The simulated MTA starts again (for the retries), the schedule left in the database is
    released on the delivery's clock, which goes on from where it stood. Refused with
    ``NothingToFollow`` for a delivery that has nothing to follow, and with ``AlreadyWorking``
    while another living process follows or sends it.
    """
    with engine.connect() as conn:
        found = conn.execute(select(Delivery.state, Delivery.feedback_clock).where(Delivery.id == delivery_id)).one_or_none()
        if found is None:
            raise NothingToFollow(Msg.NO_DELIVERY, delivery=delivery_id)
        pending = pending_events(conn, delivery_id)
        current = holder(conn, delivery_id)
    state, clock = found
    if not clock or not (state is DeliveryState.SENT or (state is DeliveryState.CLOSED and pending)):
        raise NothingToFollow(Msg.NOTHING_TO_FOLLOW, delivery=delivery_id, state=state)
    if current is not None and current.alive(utcnow()):
        what = Msg.ALREADY_FOLLOWING if current.job is Job.FEEDBACK else Msg.ALREADY_SENDING
        raise AlreadyWorking(what, host=current.host, pid=current.pid, at=current.heartbeat_at)
    mta, follow = simulated_send_kit(engine, delivery_id)
    with mta as transport:
        with engine.begin() as conn:
            delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(Msg.FOLLOW_RESUMED, pending=pending))
        return follow(delivery_id, transport, control)


def simulated_send_kit(engine: Engine, delivery_id: int) -> tuple[SimulatedMtaProcess, Callable[..., FeedbackSummary]]:
    """The simulated MTA with its feedback simulator (in a process of their own), on the
    delivery's simulated clock (started, or going on from where it stood), and how to follow
    the delivery until it closes.

    ``follow(delivery_id, transport, control=None)`` runs after the send, in the same thread.
    """
    with engine.begin() as conn:
        settings = load_settings(conn)
        clock = run_clock(conn, delivery_id, settings.simulation_speed)
    folder = Path(settings.bounce_folder) if settings.bounce_folder else data_dir() / "bounces"
    if (folder / "new").is_dir() and (folder / "cur").is_dir():
        folder = folder / "new"  # a Maildir: the simulated relay delivers its notices where a real one would
    config = FeedbackConfig(
        engine.url.render_as_string(hide_password=False), delivery_id, str(folder),
        settings.reporting_mode is ReportingMode.EMAIL_FEEDBACK,
        settings.tracking_base_url or SimulatedMta.tracking_base, tracking_secret(engine), clock.as_json(),
    )
    mta = SimulatedMtaProcess(settings.simulation_seed, config)

    def follow(delivery_id: int, transport: Transport, control: ControlLike | None = None) -> FeedbackSummary:
        limit_s = follow_limit_s(engine, delivery_id, settings)
        return follow_until_closed(engine, delivery_id, transport, settings, folder, limit_s=limit_s, control=control)

    return mta, follow
