"""One clock: times are stored as naive UTC; sending windows, the daily cap and the projected
finish are read in one local time zone; a demo's simulated clock belongs to its delivery.

Before, the projection took UTC for local time (a send ending at 09:30 in Paris showed
10:00) and the daily cap's day began at midnight UTC. And a demo's simulated clock lived
in the process that followed it: two demos wrote samples on each other's time lines.
Now a simulated clock is a property of the delivery's feedback, stored with it: an
origin in real time, the same moment in simulated time, and a speed; whoever reads or
writes that delivery's feedback (the follow, ``feedback``, Compute stats) reads the same
time, in any process, after any restart.

Each chart point says which clock its time is on (``IndicatorSample.clock``): a delivery has
one time line, real or simulated. A simulated clock starts where real time stands, so the
points taken before it started (in real time) lie on its line and are marked simulated too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, update

from campaign_desktop.db.models import Delivery, IndicatorSample, utcnow
from campaign_desktop.domain.enums import SampleClock

Now = Callable[[], dt.datetime]


def local_zone() -> dt.tzinfo:
    """This machine's time zone, in which a marketer states sending windows."""
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def to_local(utc: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A naive UTC time as a naive wall-clock time in ``zone`` (the machine's by default)."""
    return utc.replace(tzinfo=dt.timezone.utc).astimezone(zone or local_zone()).replace(tzinfo=None)


def to_utc(local: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """A naive wall-clock time in ``zone`` as naive UTC."""
    return local.replace(tzinfo=zone or local_zone()).astimezone(dt.timezone.utc).replace(tzinfo=None)


def local_midnight_utc(utc: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """When the local day of ``utc`` began, in UTC: where a daily cap's day starts."""
    local = to_local(utc, zone)
    return to_utc(dt.datetime.combine(local.date(), dt.time()), zone)


@dataclass(frozen=True)
class SimulatedClock:
    """``speed`` simulated seconds a real one, from ``real`` (real UTC) = ``simulated``."""

    real: dt.datetime
    simulated: dt.datetime
    speed: float

    def now(self) -> dt.datetime:
        return self.simulated + (utcnow() - self.real) * self.speed

    def __call__(self) -> dt.datetime:
        """A ``Now`` itself, so that whoever holds a delivery's clock can tell it is simulated
        (the send reports its simulated time to the chart) by its type alone."""
        return self.now()

    def as_json(self) -> dict[str, Any]:
        return {"real": self.real.isoformat(), "simulated": self.simulated.isoformat(), "speed": self.speed}

    @classmethod
    def from_json(cls, stored: dict[str, Any]) -> SimulatedClock:
        return cls(dt.datetime.fromisoformat(stored["real"]), dt.datetime.fromisoformat(stored["simulated"]),
                   float(stored["speed"]))


def delivery_now(conn: Connection, delivery_id: int) -> dt.datetime:
    """Now, for this delivery's feedback: its simulated clock's time, or the real time."""
    stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == delivery_id)).scalar_one_or_none()
    return SimulatedClock.from_json(stored).now() if stored else utcnow()


def delivery_clock(conn: Connection, delivery_id: int) -> Now:
    """A ``now`` for this delivery that keeps reading its clock: its ``SimulatedClock`` for a demo."""
    stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == delivery_id)).scalar_one_or_none()
    return SimulatedClock.from_json(stored) if stored else utcnow


def clock_kind(conn: Connection, delivery_id: int) -> SampleClock:
    """Which clock this delivery's times are on: what its chart points are marked with."""
    stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == delivery_id)).scalar_one_or_none()
    return SampleClock.SIMULATED if stored else SampleClock.REAL


def start_simulated_clock(conn: Connection, delivery_id: int, speed: float) -> SimulatedClock:
    """The delivery's simulated clock, started now unless it already runs (a resumed demo keeps its time)."""
    stored = conn.execute(select(Delivery.feedback_clock).where(Delivery.id == delivery_id)).scalar_one_or_none()
    if stored:
        return SimulatedClock.from_json(stored)
    now = utcnow()
    clock = SimulatedClock(now, now, speed)
    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(feedback_clock=clock.as_json()))
    # the points taken so far are real times before ``now``, where simulated time equals real
    # time: the start of the simulated line, marked so that the delivery keeps one time line
    conn.execute(update(IndicatorSample).where(IndicatorSample.delivery_id == delivery_id)
                 .values(clock=SampleClock.SIMULATED))
    return clock


__all__ = ["Now", "SimulatedClock", "clock_kind", "delivery_clock", "delivery_now", "local_midnight_utc", "local_zone",
           "start_simulated_clock", "to_local", "to_utc"]
