"""The Profiles and Addresses pages' queries: ids of the matching rows, then a page of rows.

Both lists can hold millions of rows, so they are read like the sending logs: the ids of
what matches (filtered and sorted in SQL) as a compact array, then the displayed columns
of the few rows on screen.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, or_, select

from campaign_desktop.db.models import Address, Profile
from campaign_desktop.db.streaming import stream_ids
from campaign_desktop.domain.enums import AddressStatus
from campaign_desktop.engine.fields import PROFILE_FIELDS
from campaign_desktop.engine.quarantine import release

#: Profile columns the list shows, in order.
PROFILE_LIST_COLUMNS = ("email", "first_name", "last_name", "country", "city", "language")
#: Address columns the list shows, in order.
ADDRESS_COLUMNS = ("email_norm", "status", "error_count", "last_reason", "last_reply", "first_error_at", "last_error_at", "updated_at")


def _rows(conn: Connection, table: Any, columns: Sequence[str], ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    if not ids:
        return {}
    query = select(table.id, *(getattr(table, c) for c in columns)).where(table.id.in_(list(ids)))
    return {row[0]: tuple(row[1:]) for row in conn.execute(query)}


def profile_ids(conn: Connection, search: str = "") -> array[int]:
    """Profiles whose address or name contains ``search``, by id."""
    query = select(Profile.id).order_by(Profile.id)
    text = search.strip()
    if text:
        pattern = f"%{text}%"
        query = query.where(or_(Profile.email.ilike(pattern), Profile.first_name.ilike(pattern), Profile.last_name.ilike(pattern)))
    return stream_ids(conn, query)


def profiles_stamp(conn: Connection) -> tuple[Any, ...]:
    """What changes when profiles are added or removed: a cheap check before reading the ids again."""
    return tuple(conn.execute(select(func.count(), func.max(Profile.id))).one())


def profile_rows(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    return _rows(conn, Profile, PROFILE_LIST_COLUMNS, ids)


def profile_card(conn: Connection, profile_id: int) -> dict[str, Any]:
    """Every field of one profile, for its card (custom fields after the standard ones)."""
    row = conn.execute(select(*(getattr(Profile, f) for f in PROFILE_FIELDS), Profile.custom, Profile.created_at)
                       .where(Profile.id == profile_id)).one()
    card = dict(zip(PROFILE_FIELDS, row[: len(PROFILE_FIELDS)]))
    card.update({f"custom.{k}": v for k, v in (row[-2] or {}).items()})
    card["created_at"] = row[-1]
    return card


def address_ids(conn: Connection, statuses: Sequence[AddressStatus] = (), search: str = "") -> array[int]:
    """Addresses in one of ``statuses`` (all when empty) containing ``search``, the latest change first."""
    query = select(Address.id).order_by(Address.updated_at.desc(), Address.id.desc())
    if statuses:
        query = query.where(Address.status.in_(list(statuses)))
    if search.strip():
        query = query.where(Address.email_norm.like(f"%{search.strip().lower()}%"))
    return stream_ids(conn, query)


def addresses_stamp(conn: Connection) -> tuple[Any, ...]:
    """What changes when an address is added or changes status (its ``updated_at`` moves)."""
    return tuple(conn.execute(select(func.count(), func.max(Address.updated_at))).one())


def address_rows(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    return _rows(conn, Address, ADDRESS_COLUMNS, ids)


def release_addresses(conn: Connection, ids: Sequence[int], now: dt.datetime) -> int:
    """Release these addresses by hand (back to Valid, counter at zero); returns how many."""
    emails = conn.execute(select(Address.email_norm).where(Address.id.in_(list(ids)))).scalars().all()
    for email in emails:
        release(conn, email, now)
    return len(emails)
