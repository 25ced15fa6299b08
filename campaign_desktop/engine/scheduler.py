"""Scheduling: deliveries that start at their contact date, and recurring deliveries.

A confirmed delivery whose contact date is in the future waits as *Scheduled*; one
scheduler step finds those whose time has come and moves them to Sending. A recurring delivery (daily or weekly, at
a local time) is a model: at each occurrence the step makes a dated copy of it, prepares
the copy, and either confirms it (as the model's author, whose *Start deliveries* role is
checked then) or, when the model asks for confirmation before each send, leaves it
*Prepared* and waiting for an operator's **Confirm send**. The app runs a step every few
seconds while it is open; ``campaign-desktop scheduler`` runs them headless. Times are
passed in, so tests drive the clock.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from campaign_desktop.db.models import Delivery, Operator
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.control import Control, ControlLike
from campaign_desktop.engine.delivery_edit import duplicate_delivery
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.lifecycle import set_reason, try_move
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.send_actions import confirm_send

#: What a copy waiting for confirmation says, so the marketer knows why it did not go.
AWAITING_CONFIRMATION = message(Msg.AWAITING_CONFIRMATION)


class Frequency(enum.Enum):
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True)
class Recurrence:
    """Stored on the model delivery as JSON; ``at`` is the local time of day, ``weekday`` 0 = Monday."""

    frequency: Frequency
    at: dt.time
    weekday: int = 0
    confirm_each: bool = False
    next_run: dt.datetime | None = None  # naive UTC

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> Recurrence:
        next_run = stored.get("next_run")
        return cls(Frequency(stored["frequency"]), dt.time.fromisoformat(stored["at"]), int(stored.get("weekday", 0)),
                   bool(stored.get("confirm_each", False)), dt.datetime.fromisoformat(next_run) if next_run else None)

    def as_json(self) -> dict[str, Any]:
        return {"frequency": self.frequency.value, "at": self.at.isoformat("minutes"), "weekday": self.weekday,
                "confirm_each": self.confirm_each, "next_run": self.next_run.isoformat() if self.next_run else None}

    def following(self, after: dt.datetime, tz: dt.tzinfo | None = None) -> dt.datetime:
        """The first occurrence strictly after ``after`` (naive UTC), at ``at`` in the local time zone."""
        local = after.replace(tzinfo=dt.timezone.utc).astimezone(tz)
        candidate = local.replace(hour=self.at.hour, minute=self.at.minute, second=0, microsecond=0)
        for _ in range(8):  # bounded: a week holds the next occurrence
            if candidate > local and (self.frequency is Frequency.DAILY or candidate.weekday() == self.weekday):
                return candidate.astimezone(dt.timezone.utc).replace(tzinfo=None)
            candidate += dt.timedelta(days=1)
        raise AssertionError("no occurrence within a week")


def set_recurrence(engine: Engine, delivery_id: int, recurrence: Recurrence | None, now: dt.datetime,
                   tz: dt.tzinfo | None = None) -> None:
    """Make the delivery a recurring model (its first run is the next occurrence after ``now``), or
    an ordinary delivery again with ``None``."""
    stored = None
    if recurrence is not None:
        stored = Recurrence(recurrence.frequency, recurrence.at, recurrence.weekday, recurrence.confirm_each,
                            recurrence.following(now, tz)).as_json()
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(recurrence=stored))


@dataclass
class StepReport:
    """What one scheduler step did."""

    due: list[int] = field(default_factory=list)  # confirmed deliveries whose time has come: to send now
    created: list[int] = field(default_factory=list)  # copies made from recurring models
    awaiting_confirmation: list[int] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)


def claim_due(conn: Connection, now: dt.datetime) -> list[int]:
    """The scheduled deliveries whose time has come, moved to Sending. Each is claimed by one
    update that only succeeds while it is still Scheduled, so when the app and the headless
    scheduler run side by side, only one of them starts it."""
    query = select(Delivery.id).where(Delivery.state == DeliveryState.SCHEDULED, Delivery.contact_date <= now)
    claimed = []
    for delivery_id in conn.execute(query.order_by(Delivery.contact_date)).scalars().all():
        if try_move(conn, delivery_id, DeliveryState.SCHEDULED, DeliveryState.SENDING):
            claimed.append(delivery_id)  # not when another process took it meanwhile
    return claimed


def scheduler_step(engine: Engine, now: dt.datetime, tz: dt.tzinfo | None = None,
                   prepare_fn: Callable[[int], Any] | None = None, control: ControlLike | None = None) -> StepReport:
    """Run the recurring models whose occurrence has come, then list the scheduled deliveries that
    are due. Sending them is the caller's (the app shows their progress; the command line waits).
    ``control`` stops the preparations it runs (the app is closing)."""
    report = StepReport()
    with engine.connect() as conn:
        models = conn.execute(select(Delivery.id, Delivery.recurrence, Operator.login)
                              .outerjoin(Operator, Operator.id == Delivery.author_id)
                              .where(Delivery.recurrence.is_not(None))).all()
    for model_id, stored, author in models:
        if not stored:  # a JSON null: SQL's IS NOT NULL lets it through
            continue
        recurrence = Recurrence.from_json(stored)
        if recurrence.next_run is None or recurrence.next_run > now:
            continue
        _run_occurrence(engine, model_id, recurrence, author or "", now, report, prepare_fn, control or Control())
        following = Recurrence(recurrence.frequency, recurrence.at, recurrence.weekday, recurrence.confirm_each,
                               recurrence.following(now, tz))
        with engine.begin() as conn:  # a missed occurrence (the machine was off) is not made up twice
            conn.execute(update(Delivery).where(Delivery.id == model_id).values(recurrence=following.as_json()))
    with engine.begin() as conn:
        report.due += claim_due(conn, now)
    return report


def _run_occurrence(engine: Engine, model_id: int, recurrence: Recurrence, author: str, now: dt.datetime,
                    report: StepReport, prepare_fn: Callable[[int], Any] | None, control: ControlLike) -> None:
    try:
        copy_id = duplicate_delivery(engine, model_id, author)  # the author's Prepare deliveries role is checked
    except EngineError as exc:
        report.problems.append(exc.message)
        return
    stamp = (recurrence.next_run or now).strftime("%Y-%m-%d %H:%M")
    with engine.begin() as conn:
        label = conn.execute(select(Delivery.label).where(Delivery.id == model_id)).scalar_one()
        conn.execute(update(Delivery).where(Delivery.id == copy_id).values(label=f"{label} — {stamp}"[:200], contact_date=now))
    report.created.append(copy_id)
    try:
        (prepare_fn or (lambda i: prepare(engine, i, control, operator=author)))(copy_id)
    except EngineError as exc:
        report.problems.append(exc.message)
        return
    if recurrence.confirm_each:
        with engine.begin() as conn:
            set_reason(conn, copy_id, AWAITING_CONFIRMATION)
        report.awaiting_confirmation.append(copy_id)
        return
    try:
        confirm_send(engine, copy_id, author, now)  # its contact date is now: it goes to Sending
    except EngineError as exc:
        report.problems.append(exc.message)
        return
    report.due.append(copy_id)
