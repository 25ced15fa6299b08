"""Writing many rows through the driver's own ``executemany``, for the hot paths.

SQLAlchemy's per-row parameter processing costs more than the insert or update itself
when a million log rows are written; these helpers give the driver's placeholder and
the stored form of a timestamp, so a caller can hand plain tuples straight to the driver.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection


def placeholder(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def stored_time(conn: Connection, value: dt.datetime | None) -> Any:
    """A timestamp as the driver must receive it so SQLAlchemy reads it back (SQLite keeps text)."""
    if value is None or conn.dialect.name != "sqlite":
        return value
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")
