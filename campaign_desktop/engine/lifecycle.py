"""The delivery's lifecycle (DESIGN.md §1): one transition table, one guarded move, and the
actions each state allows.

Every change of a delivery's state in the engine goes through ``move``: one conditional
UPDATE that succeeds only while the delivery is still in one of the expected states, so
two processes can never both take a delivery from the same state (two preparations, a
preparation of a delivery being sent). An illegal move raises ``IllegalMove`` and
changes nothing.

``allowed_actions(state, job)`` is the one answer to "what can be done now": the command
line refuses what it does not list, and the action bar shows exactly what it lists.
*Interrupted* is not a stored state: it is *Sending* (or *Preparing*) while no process
works on the delivery any more (``job`` is ``Job.NONE``).
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, select, update

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.domain.enums import DeliveryState, Job
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Message, Msg

S = DeliveryState

#: DESIGN.md §1: from each state, the states a delivery may move to.
TRANSITIONS: dict[DeliveryState, frozenset[DeliveryState]] = {
    S.DRAFT: frozenset({S.PREPARING}),
    S.PREPARING: frozenset({S.PREPARED, S.DRAFT}),  # finished; stopped, failed or interrupted
    S.PREPARED: frozenset({S.PREPARING, S.DRAFT, S.SENDING, S.SCHEDULED}),  # again; edited; confirmed
    S.SCHEDULED: frozenset({S.SENDING, S.STOPPED}),
    S.SENDING: frozenset({S.PAUSED, S.SENT, S.STOPPED}),
    S.PAUSED: frozenset({S.SENDING, S.STOPPED}),
    S.SENT: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.STOPPED: frozenset(),
}
#: States a new delivery may be created in (a copy, a retry, the demo's archive).
INITIAL = frozenset({S.DRAFT})


class Action(enum.Enum):
    """What a person can ask of a delivery, from the action bar or the command line."""

    PREPARE = "Prepare"
    STOP_PREPARATION = "Stop preparation"
    CONFIRM_SEND = "Confirm send"
    PAUSE = "Pause"
    RESUME = "Resume"
    STOP = "Stop"
    STOP_FOLLOWING = "Stop following"
    PROOF = "Proof"
    LOGS = "Logs"
    COMPUTE_STATS = "Compute stats"
    EDIT = "Edit"
    DELETE = "Delete"
    DUPLICATE = "Duplicate"
    RETRY_FAILED = "Retry failed"


A = Action
_ALWAYS = frozenset({A.LOGS, A.DUPLICATE})
_FIGURES = frozenset({A.COMPUTE_STATS})
#: What each state allows while nothing works on the delivery.
_AT_REST: dict[DeliveryState, frozenset[Action]] = {
    S.DRAFT: frozenset({A.PREPARE, A.PROOF, A.EDIT, A.DELETE}),
    S.PREPARING: frozenset({A.PREPARE}),  # interrupted: Prepare clears it and starts again
    S.PREPARED: frozenset({A.PREPARE, A.CONFIRM_SEND, A.PROOF, A.EDIT, A.DELETE}),
    S.SCHEDULED: frozenset({A.STOP}),
    S.SENDING: frozenset({A.RESUME, A.STOP}) | _FIGURES,  # interrupted: Resume takes it up
    S.PAUSED: frozenset({A.RESUME, A.STOP}) | _FIGURES,
    S.SENT: frozenset({A.RETRY_FAILED}) | _FIGURES,
    S.CLOSED: frozenset({A.RETRY_FAILED}) | _FIGURES,
    S.STOPPED: frozenset({A.RETRY_FAILED}) | _FIGURES,
}
#: What each state allows while a job works on it (here or in another process).
_AT_WORK: dict[tuple[DeliveryState, Job], frozenset[Action]] = {
    (S.PREPARING, Job.PREPARE): frozenset({A.STOP_PREPARATION}),
    (S.SCHEDULED, Job.SEND): frozenset({A.STOP}),
    (S.SENDING, Job.SEND): frozenset({A.PAUSE, A.STOP}) | _FIGURES,
    (S.PAUSED, Job.SEND): frozenset({A.RESUME, A.STOP}) | _FIGURES,
    (S.SENT, Job.FEEDBACK): frozenset({A.STOP_FOLLOWING}) | _FIGURES,
}


def allowed_actions(state: DeliveryState, job: Job = Job.NONE) -> frozenset[Action]:
    """What can be done with a delivery in ``state`` while ``job`` works on it (a pure function)."""
    if job is Job.NONE:
        return _ALWAYS | _AT_REST[state]
    return _ALWAYS | _AT_WORK.get((state, job), frozenset())


def interrupted(state: DeliveryState, job: Job) -> bool:
    """A send or a preparation whose process stopped without a word."""
    return job is Job.NONE and state in (S.SENDING, S.PREPARING)


class IllegalMove(EngineError):
    """The delivery is not in a state from which the move (or the action) is allowed."""


def require(action: Action, state: DeliveryState, job: Job) -> None:
    """Refuse ``action`` unless ``allowed_actions`` lists it."""
    if action not in allowed_actions(state, job):
        raise IllegalMove(Msg.NOT_ALLOWED, action=action.value, state=state)


def current_state(conn: Connection, delivery_id: int) -> DeliveryState:
    state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one_or_none()
    if state is None:
        raise IllegalMove(Msg.NO_DELIVERY, delivery=delivery_id)
    return state


def move(conn: Connection, delivery_id: int, source: DeliveryState | Collection[DeliveryState],
         target: DeliveryState, reason: Message | None = None, **values: Any) -> None:
    """Move the delivery from ``source`` (one state or several) to ``target``, with its reason.

    One conditional UPDATE: if the delivery is no longer in ``source`` (another process
    moved it meanwhile), ``IllegalMove`` is raised and nothing changes. ``values`` are
    written in the same statement (``sent_at``, the preparation's figures …).
    """
    if not try_move(conn, delivery_id, source, target, reason, **values):
        raise IllegalMove(Msg.ILLEGAL_MOVE, state=current_state(conn, delivery_id), wanted=target)


def try_move(conn: Connection, delivery_id: int, source: DeliveryState | Collection[DeliveryState],
             target: DeliveryState, reason: Message | None = None, **values: Any) -> bool:
    """``move``, but a delivery no longer in ``source`` is an answer (``False``), not an error:
    for who competes with other processes for the same deliveries (the scheduler)."""
    sources = frozenset({source}) if isinstance(source, DeliveryState) else frozenset(source)
    for state in sources:
        if target not in TRANSITIONS[state]:
            raise IllegalMove(Msg.ILLEGAL_MOVE, state=state, wanted=target)
    done = conn.execute(
        update(Delivery).where(Delivery.id == delivery_id, Delivery.state.in_(sources))
        .values(state=target, state_reason=str(reason) if reason else "",
                reason=reason.as_json() if reason else None, updated_at=utcnow(), **values)
    ).rowcount
    return done == 1


def set_reason(conn: Connection, delivery_id: int, reason: Message | None) -> None:
    """Say why the delivery stands where it does, without moving it."""
    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(
        state_reason=str(reason) if reason else "", reason=reason.as_json() if reason else None))


__all__ = ["Action", "IllegalMove", "INITIAL", "TRANSITIONS", "allowed_actions", "current_state", "interrupted", "move",
           "require", "set_reason", "try_move"]
