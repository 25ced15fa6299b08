"""What a person asks of a send: confirm it, pause, resume, stop; from the app or any terminal.

Each action checks the operator's role and asks the lifecycle whether the delivery's
state and the job working on it allow it (``allowed_actions``), then moves the state with
the guarded ``move``. The delivery's state in the database is the channel: the process
that sends reads it between batches (and while it waits for a batch), so a pause or a
stop given anywhere takes effect there within a second. ``start_send`` is the one
"confirm, else resume" decision that the command line and the action bar share.
"""

from __future__ import annotations

import datetime as dt
import enum
import time

from sqlalchemy import Engine, func, select

from campaign_desktop.db.models import Delivery, JournalEntry, utcnow
from campaign_desktop.domain.enums import ApprovalMode, DeliveryState, Job, JournalLevel, Role
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.delivery_log import cancel_rest, count_canceled, expire_retries
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.job_lease import AlreadyWorking, lease, running_job, working_elsewhere
from campaign_desktop.engine.lifecycle import Action, IllegalMove, allowed_actions, current_state, move, require
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.roles import require_role
from campaign_desktop.engine.send_recovery import recover_claimed
from campaign_desktop.engine.settings import load_settings

#: How long a stop waits for a living sender to settle its batches and let go (seconds).
STOP_WAIT_S = 10.0


class SendRefused(EngineError):
    """The send cannot start: errors in the analysis, or another process holds it."""


class Start(enum.Enum):
    """What ``start_send`` did, and so what the caller does next."""

    SEND_NOW = enum.auto()  # run ``send`` now
    SCHEDULED = enum.auto()  # confirmed for a future contact date: the scheduler starts it
    RESUMED_ELSEWHERE = enum.auto()  # a living process holds the send and goes on by itself


def _standing(engine: Engine, delivery_id: int) -> tuple[DeliveryState, Job]:
    with engine.connect() as conn:
        return current_state(conn, delivery_id), running_job(conn, delivery_id)


def confirm_send(engine: Engine, delivery_id: int, login: str, now: dt.datetime | None = None) -> DeliveryState:
    """Confirm send: the *Start deliveries* role is checked here, in the engine; a future
    contact date leaves the delivery *Scheduled*."""
    now = now or utcnow()
    with engine.begin() as conn:
        operator = require_role(conn, login, Role.START_DELIVERIES)
        require(Action.CONFIRM_SEND, current_state(conn, delivery_id), running_job(conn, delivery_id))
        errors = conn.execute(select(func.count()).where(
            JournalEntry.delivery_id == delivery_id, JournalEntry.level == JournalLevel.ERROR)).scalar_one()
        if errors:
            raise SendRefused(Msg.ANALYSIS_ERRORS, count=errors)
        contact = conn.execute(select(Delivery.contact_date).where(Delivery.id == delivery_id)).scalar_one()
        target = DeliveryState.SCHEDULED if contact is not None and contact > now else DeliveryState.SENDING
        move(conn, delivery_id, DeliveryState.PREPARED, target)
        delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(Msg.SEND_CONFIRMED, login=operator.login))
    return target


def may_send_without_confirmation(approval: ApprovalMode, has_warnings: bool) -> bool:
    """Semi-automatic approval sends by itself only when the analysis has no warning."""
    return approval is ApprovalMode.AUTOMATIC or (approval is ApprovalMode.SEMI_AUTOMATIC and not has_warnings)


def confirm_if_approved(engine: Engine, delivery_id: int, login: str) -> bool:
    """After a preparation: confirm by itself when the approval mode allows it (semi-automatic:
    only with no warning in the analysis). The role is checked all the same."""
    with engine.connect() as conn:
        approval = conn.execute(select(Delivery.approval_mode).where(Delivery.id == delivery_id)).scalar_one()
        warnings = conn.execute(select(func.count()).where(
            JournalEntry.delivery_id == delivery_id, JournalEntry.level >= JournalLevel.WARNING)).scalar_one()
    if not may_send_without_confirmation(approval, warnings > 0):
        return False
    confirm_send(engine, delivery_id, login)
    return True


def start_send(engine: Engine, delivery_id: int, login: str, now: dt.datetime | None = None) -> Start:
    """Confirm a prepared delivery, or resume a paused or interrupted send."""
    state, job = _standing(engine, delivery_id)
    actions = allowed_actions(state, job)
    if Action.CONFIRM_SEND in actions:
        confirmed = confirm_send(engine, delivery_id, login, now)
        return Start.SEND_NOW if confirmed is DeliveryState.SENDING else Start.SCHEDULED
    if Action.RESUME in actions:
        return Start.SEND_NOW if resume(engine, delivery_id, login) else Start.RESUMED_ELSEWHERE
    with engine.connect() as conn:
        require_role(conn, login, Role.START_DELIVERIES)
    if state is DeliveryState.SCHEDULED and job is Job.NONE:
        return Start.SCHEDULED  # confirmed already: it starts at its contact date
    if state in (DeliveryState.SENDING, DeliveryState.SCHEDULED) and job is Job.SEND:
        holder = working_elsewhere(engine, delivery_id)
        raise SendRefused(Msg.SENT_ELSEWHERE, host=holder.host if holder else "?", pid=holder.pid if holder else "?")
    raise IllegalMove(Msg.NOT_ALLOWED, action=Action.CONFIRM_SEND.value, state=state)


def pause(engine: Engine, delivery_id: int, login: str, reason: Message | None = None) -> None:
    """Pause a running send, here or in another process; ``reason`` says why when it is not
    the operator's own choice (the app is closing)."""
    with engine.begin() as conn:
        require_role(conn, login, Role.START_DELIVERIES)
        require(Action.PAUSE, current_state(conn, delivery_id), running_job(conn, delivery_id))
        move(conn, delivery_id, DeliveryState.SENDING, DeliveryState.PAUSED, reason or message(Msg.REASON_PAUSED_BY, login=login))
        delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(Msg.PAUSED_BY, login=login))


def resume(engine: Engine, delivery_id: int, login: str) -> bool:
    """Resume a paused send, or take up one whose process stopped without a word.

    Returns whether the caller must now run ``send``: not when a living process holds the
    send (the pause is lifted and that process goes on by itself).
    """
    with engine.begin() as conn:
        require_role(conn, login, Role.START_DELIVERIES)
        state, job = current_state(conn, delivery_id), running_job(conn, delivery_id)
        require(Action.RESUME, state, job)
        if state is DeliveryState.PAUSED:
            move(conn, delivery_id, DeliveryState.PAUSED, DeliveryState.SENDING)
            delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(Msg.RESUMED_BY, login=login))
            return job is Job.NONE
        delivery_journal.write(conn, delivery_id, JournalLevel.WARNING, message(Msg.SEND_TAKEN_UP, login=login))
    return True


def stop(engine: Engine, delivery_id: int, login: str) -> int:
    """Stop a send for good; returns how many messages were canceled.

    The rows nobody claimed are canceled at once. A living sender settles its batches in
    hand and lets go; if it dies instead, or nobody sent, what it left in flight is
    settled here from its journal, so no row stays *To send* for ever.
    """
    with engine.begin() as conn:
        require_role(conn, login, Role.START_DELIVERIES)
        require(Action.STOP, current_state(conn, delivery_id), running_job(conn, delivery_id))
        move(conn, delivery_id, (DeliveryState.SCHEDULED, DeliveryState.SENDING, DeliveryState.PAUSED),
             DeliveryState.STOPPED, message(Msg.REASON_STOPPED_BY, login=login))
        cancel_rest(conn, delivery_id, utcnow())
        expire_retries(conn, delivery_id, utcnow())  # a stop is final: no retry goes out after it
    deadline = time.monotonic() + STOP_WAIT_S
    while working_elsewhere(engine, delivery_id) is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        with lease(engine, delivery_id, Job.SEND) as held:
            with engine.connect() as conn:
                settings = load_settings(conn)
            recover_claimed(engine, delivery_id, held, settings, utcnow())
    except AlreadyWorking:
        pass  # the sender still lives: it settles its own batches and cancels what comes back
    with engine.begin() as conn:  # what came back from the wire is canceled too: the count is the final one
        canceled = count_canceled(conn, delivery_id)
        delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(Msg.STOPPED_BY, login=login, canceled=canceled))
    return canceled


__all__ = ["SendRefused", "Start", "confirm_if_approved", "confirm_send", "may_send_without_confirmation", "pause",
           "resume", "start_send", "stop"]
