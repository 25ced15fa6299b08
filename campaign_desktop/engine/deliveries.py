"""Finding and listing deliveries, for the command line and the app."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select

from campaign_desktop.db.models import Delivery, Operator, utcnow
from campaign_desktop.domain.enums import DeliveryState, Job
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.job_lease import job_from
from campaign_desktop.engine.lifecycle import interrupted
from campaign_desktop.engine.messages import Msg


class DeliveryNotFound(EngineError, LookupError):
    """No delivery has that id or internal name."""


def standing(conn: Connection, delivery_id: int) -> tuple[DeliveryState, Job]:
    """Where the delivery stands and what works on it now (in any process)."""
    row = conn.execute(select(Delivery.state, Delivery.lease_owner, Delivery.lease_heartbeat_at, Delivery.lease_job)
                       .where(Delivery.id == delivery_id)).one()
    return row[0], job_from(row[1], row[2], row[3], utcnow())


def is_interrupted(engine: Engine, delivery_id: int) -> bool:
    """Sending (or preparing) in the database, and no living process works on it any more."""
    with engine.connect() as conn:
        return interrupted(*standing(conn, delivery_id))


def find_delivery_id(conn: Connection, reference: str | int) -> int:
    """The id of a delivery named by its id or its internal name."""
    text = str(reference).strip()
    query = select(Delivery.id).where(Delivery.internal_name == text)
    found = conn.execute(query).scalar_one_or_none()
    if found is None and text.isdigit():
        found = conn.execute(select(Delivery.id).where(Delivery.id == int(text))).scalar_one_or_none()
    if found is None:
        raise DeliveryNotFound(Msg.DELIVERY_NOT_FOUND, reference=text)
    return found


@dataclass(frozen=True)
class DeliveryRow:
    """A delivery as the list shows it."""

    id: int
    label: str
    internal_name: str
    state: DeliveryState
    contact_date: dt.datetime | None
    author: str | None
    targeted: int
    to_deliver: int
    to_exclude: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    delivered_rate: float | None = None  # Delivered ÷ Sent, from the stored indicators
    opens_rate: float | None = None  # Opens ÷ Delivered
    job: Job = Job.NONE  # what works on it now, here or in another process (engine/job_lease.py)

    @property
    def interrupted(self) -> bool:
        """Sending (or preparing), and no living process works on it any more."""
        return interrupted(self.state, self.job)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "internal_name": self.internal_name,
            "state": self.state.name.lower(),
            "contact_date": self.contact_date.isoformat() if self.contact_date else None,
            "author": self.author,
            "targeted": self.targeted,
            "to_deliver": self.to_deliver,
            "to_exclude": self.to_exclude,
            "created_at": self.created_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "delivered_rate": self.delivered_rate,
            "opens_rate": self.opens_rate,
            "interrupted": self.interrupted,
        }


def list_deliveries(conn: Connection, search: str = "") -> list[DeliveryRow]:
    query = (
        select(
            Delivery.id, Delivery.label, Delivery.internal_name, Delivery.state, Delivery.contact_date,
            Operator.login, Delivery.targeted, Delivery.to_deliver, Delivery.to_exclude, Delivery.created_at,
            Delivery.sent_at, Delivery.indicators, Delivery.lease_owner, Delivery.lease_heartbeat_at, Delivery.lease_job,
        )
        .outerjoin(Operator, Operator.id == Delivery.author_id)
        .order_by(Delivery.created_at.desc(), Delivery.id.desc())
    )
    if search:
        pattern = f"%{search}%"
        query = query.where(Delivery.label.ilike(pattern) | Delivery.internal_name.ilike(pattern))
    now = utcnow()
    rows = []
    for *columns, figures, owner, heartbeat, job in conn.execute(query):
        rows.append(DeliveryRow(*columns, *_rates(figures), job=job_from(owner, heartbeat, job, now)))
    return rows


def _rates(figures: dict[str, Any] | None) -> tuple[float | None, float | None]:
    if not figures or not figures.get("sent"):
        return None, None
    delivered = figures.get("delivered", 0)
    return delivered / figures["sent"], (figures.get("opens", 0) / delivered if delivered else None)
