"""Address standing after each outcome: error counter, quarantine, denylist (DESIGN.md §4).

A hard failure quarantines the address at once. A soft failure counts only when it comes
at least ``error_spacing_hours`` after the last counted one; the counter restarts after
``error_counter_reset_days`` without error; the ``quarantine_after_errors``-th counted
error quarantines the address. A success releases an address *with errors*; quarantine
and denylist are released only by a person. A spam complaint denylists.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, bindparam, insert, select, update

from campaign_desktop.db.models import Address
from campaign_desktop.domain.enums import AddressStatus, DenylistCause, FailureReason, FailureType
from campaign_desktop.engine.settings import Settings

_HELD = (AddressStatus.QUARANTINE, AddressStatus.DENYLISTED)


def _current(conn: Connection, email_norm: str) -> tuple[int, AddressStatus, int, dt.datetime | None] | None:
    row = conn.execute(
        select(Address.id, Address.status, Address.error_count, Address.last_error_at).where(Address.email_norm == email_norm)
    ).one_or_none()
    return None if row is None else (row[0], row[1], row[2], row[3])


def record_failure(
    conn: Connection,
    email_norm: str,
    failure_type: FailureType,
    reason: FailureReason,
    reply: str,
    now: dt.datetime,
    settings: Settings,
) -> AddressStatus:
    """Count one failure of ``email_norm``; returns its standing afterwards."""
    current = _current(conn, email_norm)
    if current is None:
        address_id = conn.execute(
            insert(Address).values(email_norm=email_norm, status=AddressStatus.VALID, error_count=0, updated_at=now).returning(Address.id)
        ).scalar_one()
        status, count, last = AddressStatus.VALID, 0, None
    else:
        address_id, status, count, last = current
    if status in _HELD:
        return status
    if failure_type is FailureType.HARD:
        status, count = AddressStatus.QUARANTINE, count + 1
    else:
        if last is not None and now - last > dt.timedelta(days=settings.error_counter_reset_days):
            count = 0
        counts = last is None or count == 0 or now - last >= dt.timedelta(hours=settings.error_spacing_hours)
        if not counts:
            _touch(conn, address_id, reason, reply, now)
            return status
        count += 1
        status = AddressStatus.QUARANTINE if count >= settings.quarantine_after_errors else AddressStatus.WITH_ERRORS
    conn.execute(
        update(Address)
        .where(Address.id == address_id)
        .values(status=status, error_count=count, last_reason=reason, last_reply=reply, last_error_at=now, updated_at=now,
                first_error_at=Address.first_error_at if last else now)
    )
    return status


def _touch(conn: Connection, address_id: int, reason: FailureReason, reply: str, now: dt.datetime) -> None:
    conn.execute(update(Address).where(Address.id == address_id).values(last_reason=reason, last_reply=reply, updated_at=now))


def record_success(conn: Connection, email_norm: str, now: dt.datetime) -> None:
    """A delivered message releases an address with errors."""
    conn.execute(
        update(Address)
        .where(Address.email_norm == email_norm, Address.status == AddressStatus.WITH_ERRORS)
        .values(status=AddressStatus.VALID, error_count=0, updated_at=now)
    )


_RELEASE_ON_SUCCESS = (
    update(Address)
    .where(Address.email_norm.in_(bindparam("emails", expanding=True)), Address.status == AddressStatus.WITH_ERRORS)
    .values(status=AddressStatus.VALID, error_count=0, updated_at=bindparam("now"))
)


def record_successes(conn: Connection, emails_norm: list[str], now: dt.datetime) -> None:
    """``record_success`` for a batch, in one statement a thousand addresses."""
    for start in range(0, len(emails_norm), 1000):
        conn.execute(_RELEASE_ON_SUCCESS, {"emails": emails_norm[start : start + 1000], "now": now})


def denylist(conn: Connection, email_norm: str, cause: DenylistCause, now: dt.datetime) -> None:
    """A spam complaint or an unsubscription puts the address on the denylist, with its cause."""
    values = {"status": AddressStatus.DENYLISTED, "denylist_cause": cause, "updated_at": now}
    if _current(conn, email_norm) is None:
        conn.execute(insert(Address).values(email_norm=email_norm, **values))
    else:
        conn.execute(update(Address).where(Address.email_norm == email_norm).values(**values))


def release(conn: Connection, email_norm: str, now: dt.datetime) -> None:
    """A person releases a quarantined or denylisted address."""
    conn.execute(
        update(Address).where(Address.email_norm == email_norm).values(status=AddressStatus.VALID, error_count=0, updated_at=now)
    )
