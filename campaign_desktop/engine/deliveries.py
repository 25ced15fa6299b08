"""Finding and listing deliveries, for the command line and the app."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from campaign_desktop.db.models import Delivery, Operator, utcnow
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.send_lease import is_interrupted


class DeliveryNotFound(LookupError):
    pass


def find_delivery_id(conn: Connection, reference: str | int) -> int:
    """The id of a delivery named by its id or its internal name."""
    text = str(reference).strip()
    query = select(Delivery.id).where(Delivery.internal_name == text)
    found = conn.execute(query).scalar_one_or_none()
    if found is None and text.isdigit():
        found = conn.execute(select(Delivery.id).where(Delivery.id == int(text))).scalar_one_or_none()
    if found is None:
        raise DeliveryNotFound(f"No delivery has the id or internal name '{text}'.")
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
    interrupted: bool = False  # Sending, and no living process sends it (engine/send_lease.py)

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
            Delivery.sent_at, Delivery.indicators, Delivery.send_owner, Delivery.send_heartbeat_at,
        )
        .outerjoin(Operator, Operator.id == Delivery.author_id)
        .order_by(Delivery.created_at.desc(), Delivery.id.desc())
    )
    if search:
        pattern = f"%{search}%"
        query = query.where(Delivery.label.ilike(pattern) | Delivery.internal_name.ilike(pattern))
    now = utcnow()
    rows = []
    for *columns, figures, owner, heartbeat in conn.execute(query):
        rows.append(DeliveryRow(*columns, *_rates(figures), interrupted=is_interrupted(columns[3], owner, heartbeat, now)))
    return rows


def _rates(figures: dict[str, Any] | None) -> tuple[float | None, float | None]:
    if not figures or not figures.get("sent"):
        return None, None
    delivered = figures.get("delivered", 0)
    return delivered / figures["sent"], (figures.get("opens", 0) / delivered if delivered else None)
