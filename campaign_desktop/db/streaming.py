"""Streaming a large query as plain tuples, straight from the driver.

SQLAlchemy's row objects and its ``yield_per`` buffering cost about 4 µs a row, a fifth
of a million-profile preparation. The query is still built with SQLAlchemy; only the
fetching goes through the driver's cursor: a server-side (named) cursor on PostgreSQL so
memory stays bounded, the plain cursor on SQLite, which fetches lazily anyway.
"""

from __future__ import annotations

from array import array
from collections.abc import Generator
from typing import Any

from sqlalchemy import Connection, Select


def stream_tuples(conn: Connection, query: Select[Any], size: int) -> Generator[list[tuple[Any, ...]], None, None]:
    """The rows of ``query`` in lists of at most ``size`` tuples, values as the driver gives them.

    Values are bound as SQL literals, so the query must not need bind processing beyond what
    literals give (plain strings, numbers and dates, as the audience filters use).
    """
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    if conn.dialect.name == "postgresql":
        cursor = dbapi.cursor(name="campaign_stream")  # server side: rows arrive as fetched
        cursor.itersize = size
    else:
        cursor = dbapi.cursor()
    try:
        cursor.execute(sql.replace("%%", "%") if conn.dialect.paramstyle != "qmark" else sql)
        while rows := cursor.fetchmany(size):
            yield rows
    finally:
        cursor.close()


def stream_ids(conn: Connection, query: Select[Any]) -> array[int]:
    """The single integer column of ``query`` as a compact array (8 bytes a row), for lists of
    millions of rows that hold ids only."""
    ids: array[int] = array("q")
    result = conn.execution_options(stream_results=True, yield_per=50_000).execute(query)
    for chunk in result.scalars().partitions(50_000):
        ids.extend(chunk)
    return ids
