"""Where the database lives and how to open it: URL resolution, engine factory, migrations.

The default is a SQLite file in the user's data directory (WAL, foreign keys on);
``--db URL`` or ``CAMPAIGN_DB`` selects another database, PostgreSQL included. Opening a
database always brings its schema to the latest Alembic revision.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "campaign-desktop"
DB_ENV = "CAMPAIGN_DB"
MIGRATIONS = Path(__file__).with_name("migrations")


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
    engine = create_engine(url)
    if is_sqlite(engine):
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision (creates it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(url: str | None = None) -> Engine:
    """Open (and migrate) the database; the one call every entry point makes."""
    engine = make_engine(url)
    migrate(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
