"""The deployment indicators of DESIGN.md §5, with their formulas and the identities that tie them.

Two ways to the same figures: ``live`` reads the class counts the log writer keeps in the
same transaction as the rows (cheap, at any moment, whichever process sends), and
``compute`` (Compute stats) counts the log rows themselves and puts the class counts
right. Both go through ``_indicators``, so they can only differ if the counts were not
kept, which the lifecycle's property test looks for at every step. Which rows each
figure counts is data, per reporting mode (engine/reporting.py).

The chart's points (``store``, ``series``) keep one time line per delivery: each point is
on the delivery's clock (real, or a demo's simulated one) and never earlier than the one
before it. Compute stats once stored a point at real time among a demo's simulated points,
days ahead: the curves went back in time and drew a V.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any, overload

from sqlalchemy import Connection, case, delete, distinct, func, insert, select, update

from campaign_desktop.db.models import Delivery, DeliveryCount, IndicatorSample, TrackingEvent
from campaign_desktop.domain.enums import DeliveryState, JournalLevel, ReportingMode, SampleClock, TrackingKind
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.clock import clock_kind
from campaign_desktop.engine.delivery_log import count_classes, rebuild_counts
from campaign_desktop.engine.messages import Msg, message
from campaign_desktop.engine.reporting import PROCESSED, Figure, LogClass, rules_for

FORMULAS = {
    "to_deliver": "Targeted − To exclude, at preparation = Sent + Canceled + Unknown + Remaining",
    "sent": "messages processed: accepted or refused by the server; never decreases",
    "delivered": "messages delivered ÷ Sent",
    "bounces_errors": "hard bounces and errors ÷ Sent",
    "retries_failed": "soft bounces whose retries ran out ÷ Sent (relay reporting: out of Delivered, not in Bounces + errors)",
    "pending": "handed over, waiting for the server's report ÷ Sent (email feedback)",
    "hard_bounces": "hard bounces ÷ Sent",
    "soft_bounces": "soft bounces (retried, or whose retries failed) ÷ Sent",
    "canceled": "never sent because the delivery was stopped",
    "unknown": "on the wire when the sending process died: maybe received, never sent again",
    "remaining": "still to send",
    "opens": "unique recipients who opened ÷ Delivered",
    "clicks": "unique recipients who clicked ÷ Delivered",
    "unsubscriptions": "unique recipients who unsubscribed ÷ Delivered",
}


@dataclass(frozen=True)
class Indicators:
    to_deliver: int
    sent: int
    delivered: int
    bounces_errors: int
    retries_failed: int
    pending: int
    hard_bounces: int
    soft_bounces: int
    canceled: int
    unknown: int
    remaining: int
    opens: int
    clicks: int
    unsubscriptions: int
    mode: str = ReportingMode.RELAY.name.lower()

    @staticmethod
    def _rate(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    @property
    def reporting(self) -> ReportingMode:
        return ReportingMode[self.mode.upper()]

    @property
    def third(self) -> Figure:
        """The figure that closes Sent = Delivered + Bounces and errors + third, in this mode."""
        return rules_for(self.reporting).third

    def identity(self) -> str:
        """The identity with its numbers, as ``stats`` prints it."""
        third = self.third.value
        return (f"sent {self.sent} = delivered {self.delivered} + bounces_errors {self.bounces_errors} + "
                f"{third} {getattr(self, third)}")

    def delivery_identity(self) -> str:
        return (f"to_deliver {self.to_deliver} = sent {self.sent} + canceled {self.canceled} + unknown {self.unknown} "
                f"+ remaining {self.remaining}")

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        out.update(
            delivered_rate=self._rate(self.delivered, self.sent),
            bounces_errors_rate=self._rate(self.bounces_errors, self.sent),
            retries_failed_rate=self._rate(self.retries_failed, self.sent),
            pending_rate=self._rate(self.pending, self.sent),
            hard_bounces_rate=self._rate(self.hard_bounces, self.sent),
            soft_bounces_rate=self._rate(self.soft_bounces, self.sent),
            opens_rate=self._rate(self.opens, self.delivered),
            clicks_rate=self._rate(self.clicks, self.delivered),
            unsubscriptions_rate=self._rate(self.unsubscriptions, self.delivered),
            identity=self.identity(),
            delivery_identity=self.delivery_identity(),
            formulas=FORMULAS,
        )
        return out

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> Indicators | None:
        names = {f.name for f in fields(cls)}
        if not names - {"mode"} <= set(stored):
            return None  # stored by an older version: count again
        return cls(**{name: stored[name] for name in names if name in stored})


def _indicators(counts: Mapping[LogClass, int], events: Mapping[int, int], to_deliver: int,
                mode: ReportingMode) -> Indicators:
    rules = rules_for(mode)
    figure = {f: rules.count(f, counts) for f in Figure}
    return Indicators(
        to_deliver=to_deliver,
        sent=sum(n for (status, _, _), n in counts.items() if status in PROCESSED),
        delivered=figure[Figure.DELIVERED],
        bounces_errors=figure[Figure.BOUNCES_ERRORS],
        retries_failed=figure[Figure.RETRIES_FAILED],
        pending=figure[Figure.PENDING],
        hard_bounces=figure[Figure.HARD_BOUNCES],
        soft_bounces=figure[Figure.SOFT_BOUNCES],
        canceled=figure[Figure.CANCELED],
        unknown=figure[Figure.UNKNOWN],
        remaining=figure[Figure.REMAINING],
        opens=events.get(int(TrackingKind.OPEN), 0),
        clicks=events.get(int(TrackingKind.CLICK), 0),
        unsubscriptions=events.get(int(TrackingKind.UNSUBSCRIPTION), 0),
        mode=mode.name.lower(),
    )


def _events(conn: Connection, delivery_id: int) -> dict[int, int]:
    return dict(conn.execute(  # type: ignore[arg-type]
        select(TrackingEvent.kind, func.count(distinct(TrackingEvent.profile_id)))
        .where(TrackingEvent.delivery_id == delivery_id).group_by(TrackingEvent.kind)
    ).all())


def _to_deliver(conn: Connection, delivery_id: int) -> int:
    return int(conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one())


def kept_classes(conn: Connection, delivery_id: int) -> Counter[LogClass]:
    """The class counts the log writer keeps (engine/delivery_log.py)."""
    rows = conn.execute(select(DeliveryCount.status, DeliveryCount.failure_type, DeliveryCount.retrying, DeliveryCount.count)
                        .where(DeliveryCount.delivery_id == delivery_id)).all()
    return Counter({(status, failure, bool(flag)): n for status, failure, flag, n in rows if n})


def live(conn: Connection, delivery_id: int, mode: ReportingMode) -> Indicators:
    """The figures now, from the kept counts: what the dashboard and ``stats`` show."""
    return _indicators(kept_classes(conn, delivery_id), _events(conn, delivery_id), _to_deliver(conn, delivery_id), mode)


def compute(conn: Connection, delivery_id: int, mode: ReportingMode) -> Indicators:
    """Every figure counted again from the logs and the tracking events (Compute stats)."""
    return _indicators(count_classes(conn, delivery_id), _events(conn, delivery_id), _to_deliver(conn, delivery_id), mode)


#: A chart point: time (naive UTC, on the series' clock), Sent, Delivered, Bounces + errors, Opens, Clicks.
Point = tuple[dt.datetime, int, int, int, int, int]
#: After these states a delivery's time line has ended: Compute stats corrects its last point.
ENDED = (DeliveryState.CLOSED, DeliveryState.STOPPED)


def _last_point(conn: Connection, delivery_id: int) -> Any:
    return conn.execute(
        select(IndicatorSample.id, IndicatorSample.at, IndicatorSample.sent, IndicatorSample.delivered,
               IndicatorSample.bounces_errors, IndicatorSample.opens, IndicatorSample.clicks)
        .where(IndicatorSample.delivery_id == delivery_id)
        .order_by(IndicatorSample.at.desc(), IndicatorSample.id.desc()).limit(1)).first()


def _charted(figures: Indicators) -> tuple[int, int, int, int, int]:
    return figures.sent, figures.delivered, figures.bounces_errors, figures.opens, figures.clicks


def _add_point(conn: Connection, delivery_id: int, figures: Indicators, at: dt.datetime) -> None:
    """A point on the delivery's clock, never before its last one: two writers (the follow and
    Compute stats, a feedback pass) may read their times in one order and commit in the other."""
    last = _last_point(conn, delivery_id)
    conn.execute(insert(IndicatorSample).values(
        delivery_id=delivery_id, at=max(at, last.at) if last is not None else at, sent=figures.sent,
        delivered=figures.delivered, bounces_errors=figures.bounces_errors, opens=figures.opens,
        clicks=figures.clicks, clock=clock_kind(conn, delivery_id)))


def store(conn: Connection, delivery_id: int, figures: Indicators, at: dt.datetime) -> None:
    """Keep the figures on the delivery (for the list) and add a point to its chart at ``at``, a
    time on the delivery's own clock (``engine.clock.delivery_now``)."""
    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(indicators=asdict(figures)))
    _add_point(conn, delivery_id, figures, at)


def stored(conn: Connection, delivery_id: int) -> Indicators | None:
    values = conn.execute(select(Delivery.indicators).where(Delivery.id == delivery_id)).scalar_one()
    return Indicators.from_json(values) if values else None


def recompute(conn: Connection, delivery_id: int, mode: ReportingMode, at: dt.datetime) -> Indicators:
    """Compute stats: every figure from the logs; the kept counts put right, stored, and charted."""
    figures = compute(conn, delivery_id, mode)
    rebuild_counts(conn, delivery_id)
    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(indicators=asdict(figures)))
    _chart_recomputed(conn, delivery_id, figures, at)
    delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(
        Msg.STATS_COMPUTED, sent=figures.sent, delivered=figures.delivered, bounces=figures.bounces_errors,
        opens=figures.opens, clicks=figures.clicks))
    return figures


def _chart_recomputed(conn: Connection, delivery_id: int, figures: Indicators, at: dt.datetime) -> None:
    """Compute stats on the chart: nothing when the last point already says it; the last point
    corrected when the delivery's time line has ended (a closed demo's simulated clock runs
    on: a new point would stretch its chart by weeks); otherwise a point on its clock."""
    last = _last_point(conn, delivery_id)
    if last is not None and tuple(last[2:]) == _charted(figures):
        return
    state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one()
    if last is None or state not in ENDED:
        _add_point(conn, delivery_id, figures, at)
        return
    # a new row at the same time, then the old one deleted (in this order: SQLite gives a
    # deleted last id again): readers that watch the last id see the change
    _add_point(conn, delivery_id, figures, last.at)
    conn.execute(delete(IndicatorSample).where(IndicatorSample.id == last.id))


@dataclass(frozen=True)
class Series(Sequence[Point]):
    """A delivery's chart points in time order, and the clock their times are on; a sequence of
    its points, so that it reads like the list of points it used to be."""

    points: tuple[Point, ...] = ()
    clock: SampleClock = SampleClock.REAL

    @overload
    def __getitem__(self, index: int) -> Point: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Point]: ...
    def __getitem__(self, index: int | slice) -> Point | Sequence[Point]:
        return self.points[index]

    def __len__(self) -> int:
        return len(self.points)

    def __iter__(self) -> Iterator[Point]:
        return iter(self.points)


def series(conn: Connection, delivery_id: int) -> Series:
    """The chart's points (time, Sent, Delivered, Bounces + errors, Opens, Clicks) and their clock.

    Ordered by time, then by when they were stored: points at one time keep their order."""
    rows = conn.execute(
        select(IndicatorSample.at, IndicatorSample.sent, IndicatorSample.delivered, IndicatorSample.bounces_errors,
               IndicatorSample.opens, IndicatorSample.clicks, IndicatorSample.clock)
        .where(IndicatorSample.delivery_id == delivery_id).order_by(IndicatorSample.at, IndicatorSample.id)
    ).all()
    points = tuple(tuple(row[:6]) for row in rows)
    # the points say their clock; a delivery without any yet has its own
    return Series(points, rows[-1].clock if rows else clock_kind(conn, delivery_id))  # type: ignore[arg-type]


def hourly(conn: Connection, delivery_id: int) -> list[tuple[dt.datetime, int, int]]:
    """Opens and clicks hour by hour (unique recipients within each hour)."""
    hour = func.strftime("%Y-%m-%d %H:00:00", TrackingEvent.at) if conn.dialect.name == "sqlite" else func.date_trunc("hour", TrackingEvent.at)
    rows = conn.execute(
        select(
            hour.label("hour"),
            func.count(distinct(case((TrackingEvent.kind == int(TrackingKind.OPEN), TrackingEvent.profile_id)))),
            func.count(distinct(case((TrackingEvent.kind == int(TrackingKind.CLICK), TrackingEvent.profile_id)))),
        ).where(TrackingEvent.delivery_id == delivery_id).group_by("hour").order_by("hour")
    ).all()
    return [(value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value), opens, clicks) for value, opens, clicks in rows]


__all__ = ["FORMULAS", "Indicators", "Point", "Series", "compute", "count_classes", "hourly", "kept_classes", "live",
           "recompute", "series", "store", "stored"]
