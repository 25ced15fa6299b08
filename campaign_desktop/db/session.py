"""Where the database lives and how to open it: URL resolution, engine factory, migrations.

The default is a SQLite file in the user's data directory (WAL, foreign keys on);
``--db URL`` or ``CAMPAIGN_DB`` selects another database, PostgreSQL included. Opening a
database always brings its schema to the latest Alembic revision.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "campaign-desktop"
DB_ENV = "CAMPAIGN_DB"
MIGRATIONS = Path(__file__).with_name("migrations")
#: How long connecting to a PostgreSQL server may take (seconds) unless the URL says
#: ``?connect_timeout=``: a host that drops packets would otherwise hold whoever opens the
#: database (the app's start, a command) for the system's TCP timeout, two minutes or more.
PG_CONNECT_TIMEOUT_S = 10


def data_dir() -> Path:
    """The per-user folder that holds the default database."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'campaign.db'}"


def resolve_url(url: str | None = None) -> str:
    """The database URL: the explicit one, else ``CAMPAIGN_DB``, else the default file."""
    return url or os.environ.get(DB_ENV) or default_url()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: another connection may be writing a batch
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable at each checkpoint; safe with WAL
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` with the project's connection settings; no schema work."""
    url = resolve_url(url)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {}
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        options["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    engine = create_engine(parsed, **options)
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision (creates it in an empty database).

    Two processes opening an old database at once (the app and a command) must not both
    migrate it: one would fail with "duplicate column name". The migration runs under a
    lock (a file lock beside a SQLite file, an advisory lock on PostgreSQL); whoever comes
    second finds the schema at its latest revision and does nothing.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _migration_lock(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


#: The PostgreSQL advisory lock that serialises migrations (any fixed number of our own).
_PG_MIGRATION_LOCK = 0x43414D50


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database if is_sqlite(engine) else None
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate-lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes, also if the process dies
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def open_database(url: str | None = None) -> Engine:
    """Open (and migrate) the database; the one call every entry point makes."""
    engine = make_engine(url)
    migrate(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
