"""The deployment indicators of DESIGN.md §5, computed from the logs, with their formulas.

The two reporting modes count differently (the table at the end of seeds/003):
with relay reporting a soft-bounced message still counts as delivered while it is being
retried; with email feedback it counts in Bounces + errors at once, and a message
handed over counts nowhere until the server reports it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, distinct, func, insert, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog, IndicatorSample, TrackingEvent
from campaign_desktop.domain.enums import FailureType, LogStatus, ReportingMode, TrackingKind

FORMULAS = {
    "to_deliver": "Targeted − To exclude, at preparation",
    "sent": "Delivered + Bounces and errors (messages processed)",
    "delivered": "messages delivered ÷ Sent",
    "bounces_errors": "failed messages ÷ Sent",
    "hard_bounces": "hard bounces ÷ Sent",
    "soft_bounces": "soft bounces ÷ Sent",
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
    hard_bounces: int
    soft_bounces: int
    opens: int
    clicks: int
    unsubscriptions: int
    pending: int
    unknown: int

    @staticmethod
    def _rate(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        out.update(
            delivered_rate=self._rate(self.delivered, self.sent),
            bounces_errors_rate=self._rate(self.bounces_errors, self.sent),
            hard_bounces_rate=self._rate(self.hard_bounces, self.sent),
            soft_bounces_rate=self._rate(self.soft_bounces, self.sent),
            opens_rate=self._rate(self.opens, self.delivered),
            clicks_rate=self._rate(self.clicks, self.delivered),
            unsubscriptions_rate=self._rate(self.unsubscriptions, self.delivered),
            formulas=FORMULAS,
        )
        return out


def compute(conn: Connection, delivery_id: int, mode: ReportingMode) -> Indicators:
    """Every indicator from the logs and the tracking events, at once (Compute stats)."""
    log = DeliveryLog
    retrying = and_(log.status == LogStatus.FAILED, log.next_retry_at.is_not(None))
    final_failure = and_(log.status == LogStatus.FAILED, log.next_retry_at.is_(None))

    def count(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    if mode is ReportingMode.RELAY:
        # seeds/003: a soft bounce changes nothing while retried; when its retries fail,
        # Delivered goes down and Bounces + errors does not go up
        delivered_when = (log.status == LogStatus.SENT) | retrying
        failed_when = and_(final_failure, log.failure_type != FailureType.SOFT)
    else:
        delivered_when = log.status == LogStatus.SENT
        failed_when = log.status == LogStatus.FAILED
    row = conn.execute(
        select(
            count(delivered_when),
            count(failed_when),
            count(and_(failed_when, log.failure_type == FailureType.HARD)),
            count(and_(final_failure if mode is ReportingMode.RELAY else failed_when, log.failure_type == FailureType.SOFT)),
            count(log.status == LogStatus.PENDING),
            count(log.status == LogStatus.UNKNOWN),
        ).where(log.delivery_id == delivery_id)
    ).one()
    delivered, failed, hard, soft, pending, unknown = (int(v) for v in row)
    events = dict(
        conn.execute(
            select(TrackingEvent.kind, func.count(distinct(TrackingEvent.profile_id)))
            .where(TrackingEvent.delivery_id == delivery_id)
            .group_by(TrackingEvent.kind)
        ).all()
    )
    to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one()
    return Indicators(
        to_deliver=to_deliver,
        sent=delivered + failed,
        delivered=delivered,
        bounces_errors=failed,
        hard_bounces=hard,
        soft_bounces=soft,
        opens=events.get(int(TrackingKind.OPEN), 0),
        clicks=events.get(int(TrackingKind.CLICK), 0),
        unsubscriptions=events.get(int(TrackingKind.UNSUBSCRIPTION), 0),
        pending=pending,
        unknown=unknown,
    )


@dataclass
class LiveCounter:
    """The figures kept up to date from each batch's outcomes during the send, without reading the logs.

    It starts from ``compute`` (so a resumed send counts what was sent before) and applies
    the same rules; ``Compute stats`` afterwards must find the same figures.
    """

    mode: ReportingMode
    figures: dict[str, int]

    @classmethod
    def start(cls, conn: Connection, delivery_id: int, mode: ReportingMode) -> LiveCounter:
        return cls(mode, {k: v for k, v in asdict(compute(conn, delivery_id, mode)).items()})

    def accepted(self) -> None:
        self._add("pending" if self.mode is ReportingMode.EMAIL_FEEDBACK else "delivered")

    def failed(self, failure: FailureType, retrying: bool) -> None:
        if self.mode is ReportingMode.RELAY:
            if failure is FailureType.SOFT:
                self._add("delivered" if retrying else "soft_bounces")
                return
        elif failure is FailureType.SOFT:
            self._add("soft_bounces")
        self._add("bounces_errors")
        if failure is FailureType.HARD:
            self._add("hard_bounces")

    def unknown(self, count: int) -> None:
        self.figures["unknown"] += count

    def _add(self, name: str) -> None:
        self.figures[name] += 1
        if name in ("delivered", "bounces_errors"):
            self.figures["sent"] += 1

    def indicators(self) -> Indicators:
        return Indicators(**self.figures)


def store(conn: Connection, delivery_id: int, figures: Indicators, at: dt.datetime) -> None:
    """Keep the figures on the delivery and add a point to its chart."""
    conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(indicators=asdict(figures)))
    conn.execute(insert(IndicatorSample).values(
        delivery_id=delivery_id, at=at, sent=figures.sent, delivered=figures.delivered,
        bounces_errors=figures.bounces_errors, opens=figures.opens, clicks=figures.clicks))


def stored(conn: Connection, delivery_id: int) -> Indicators | None:
    values = conn.execute(select(Delivery.indicators).where(Delivery.id == delivery_id)).scalar_one()
    return Indicators(**values) if values else None


def recompute(conn: Connection, delivery_id: int, mode: ReportingMode, at: dt.datetime) -> Indicators:
    """Compute stats: every figure from the logs, stored and added to the chart."""
    figures = compute(conn, delivery_id, mode)
    store(conn, delivery_id, figures, at)
    return figures


def series(conn: Connection, delivery_id: int) -> list[tuple[dt.datetime, int, int, int, int, int]]:
    """The chart's points: time, Sent, Delivered, Bounces + errors, Opens, Clicks."""
    return [tuple(row) for row in conn.execute(  # type: ignore[misc]
        select(IndicatorSample.at, IndicatorSample.sent, IndicatorSample.delivered, IndicatorSample.bounces_errors,
               IndicatorSample.opens, IndicatorSample.clicks)
        .where(IndicatorSample.delivery_id == delivery_id).order_by(IndicatorSample.at)
    )]


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
