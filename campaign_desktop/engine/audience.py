"""The audience of a delivery as SQL: everyone, a list, or a filter on profile fields.

The preparation streams the target's rows; what the filtering rules need beyond a row
(duplicates, address standing, control group, recent messages) is read beforehand into
small lookups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from campaign_desktop.db.models import Address, DeliveryLog, ListMember, Profile
from campaign_desktop.domain.enums import AddressStatus, LogStatus
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.recipients import profile_columns


class AudienceError(EngineError, ValueError):
    """An audience filter that cannot be applied (unknown field or operator)."""


@dataclass(frozen=True)
class AudienceSpec:
    list_id: int | None = None
    conditions: tuple[tuple[str, str, Any], ...] = ()

    @classmethod
    def from_json(cls, list_id: int | None, conditions: list[Any] | None) -> AudienceSpec:
        if any(not isinstance(c, dict) or "field" not in c for c in conditions or ()):
            raise AudienceError(Msg.AUDIENCE_UNKNOWN_FIELD, name="?")
        parsed = tuple((c["field"], c.get("op", "eq"), c.get("value")) for c in conditions or ())
        return cls(list_id, parsed)


_FILTER_COLUMNS = {name: getattr(Profile, name) for name in PROFILE_FIELDS}


def _condition(field: str, op: str, value: Any) -> ColumnElement[bool]:
    column = _FILTER_COLUMNS.get(field)
    if column is None:
        raise AudienceError(Msg.AUDIENCE_UNKNOWN_FIELD, name=field)
    operators = {
        "eq": lambda: column == value,
        "ne": lambda: or_(column != value, column.is_(None)),
        "in": lambda: column.in_(list(value or ())),
        "contains": lambda: column.ilike(f"%{value}%"),
        "starts_with": lambda: column.ilike(f"{value}%"),
        "empty": lambda: or_(column.is_(None), column == ""),
        "not_empty": lambda: and_(column.is_not(None), column != ""),
        "lt": lambda: column < value,
        "gt": lambda: column > value,
    }
    if op not in operators:
        raise AudienceError(Msg.AUDIENCE_UNKNOWN_OPERATOR, name=op)
    return operators[op]()


def in_audience(query: Select[Any], spec: AudienceSpec) -> Select[Any]:
    """``query`` (which selects from ``profile``) narrowed to the audience, without a subquery."""
    if spec.list_id is not None:
        audience = ListMember.__table__.alias("audience")
        query = query.join(audience, and_(audience.c.profile_id == Profile.id, audience.c.list_id == spec.list_id))
    for field, op, value in spec.conditions:
        query = query.where(_condition(field, op, value))
    return query


def target_ids(spec: AudienceSpec) -> Select[Any]:
    """The ids of the profiles the audience selects."""
    return in_audience(select(Profile.id), spec)


def count_targeted(spec: AudienceSpec) -> Select[Any]:
    return select(func.count()).select_from(target_ids(spec).subquery())


def preparation_rows(spec: AudienceSpec) -> Select[Any]:
    """One row per targeted profile, in id order: id, normalised address, the fields, custom fields.

    Dates and custom fields come as text: decoding them is the workers' job, which keeps the
    process that streams the target light.
    """
    return in_audience(select(*profile_columns()), spec).order_by(Profile.id)


@dataclass(frozen=True)
class Lookups:
    """What the filtering rules need beyond a profile's own row, read once before streaming.

    Each holds only the exceptions (duplicated addresses, addresses not valid, members of
    the control group, profiles over the fatigue limit), so it stays small for a large target.
    """

    #: per duplicated address key, its profiles in audience order, each with its address as written
    duplicates: dict[str, list[tuple[int, str]]]
    address_status: dict[str, int]
    control_group: frozenset[int]
    recent_messages: dict[int, int]


def read_lookups(
    conn: Connection,
    spec: AudienceSpec,
    delivery_id: int,
    control_list_id: int | None,
    fatigue: tuple[dt.datetime, int] | None,
) -> Lookups:
    keys = (
        in_audience(select(Profile.email_norm), spec)
        .where(Profile.email_norm.is_not(None))
        .group_by(Profile.email_norm)
        .having(func.count() > 1)
    )
    duplicates: dict[str, list[tuple[int, str]]] = {}
    for norm, profile_id, email in conn.execute(
            in_audience(select(Profile.email_norm, Profile.id, Profile.email), spec)
            .where(Profile.email_norm.in_(keys.scalar_subquery())).order_by(Profile.id)):
        duplicates.setdefault(norm, []).append((profile_id, email))
    statuses = conn.execute(
        select(Address.email_norm, Address.status).where(
            Address.status.in_([AddressStatus.QUARANTINE, AddressStatus.DENYLISTED])
        )
    ).all()
    control: frozenset[int] = frozenset()
    if control_list_id is not None:
        control = frozenset(
            conn.execute(
                select(ListMember.profile_id).where(ListMember.list_id == control_list_id)
            ).scalars()
        )
    recent: dict[int, int] = {}
    if fatigue is not None:
        since, limit = fatigue
        recent = {
            profile_id: n
            for profile_id, n in conn.execute(
                select(DeliveryLog.profile_id, func.count())
                .where(
                    DeliveryLog.status.in_([LogStatus.SENT, LogStatus.PENDING]),
                    DeliveryLog.sent_at >= since,
                    DeliveryLog.delivery_id != delivery_id,
                )
                .group_by(DeliveryLog.profile_id)
                .having(func.count() >= limit)
            )
        }
    return Lookups(
        duplicates=duplicates,
        address_status={norm: int(status) for norm, status in statuses},
        control_group=control,
        recent_messages=recent,
    )
