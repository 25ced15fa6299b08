"""Which workspace a database URL names, and opening it or saying why it cannot be opened.

No Qt here: the window title and the failure dialog translate what these functions
return, and the tests check the naming and the diagnosis without a display. Opening runs
on a worker thread (``attempt_open``), so it never raises: a failure comes back as a
``Diagnosis`` whose ``failure`` the dialog turns into plain words.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from campaign_desktop.db.session import open_database, resolve_url
from campaign_desktop.engine.settings import load_settings

#: The errors of the system that mean "you may not create or write this file here".
_NOT_WRITABLE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EEXIST, errno.ENOSPC}


@dataclass(frozen=True)
class WorkspaceName:
    """How a workspace is named to a person: a file by its name, a server's database by where it is.

    Never holds a password: only what the title bar and the dialog may show.
    """

    database: str  # the file's name, or the database's name on its server; "" for a database in memory
    server: str = ""  # "host:port" (or the socket folder) of a server; "" for a file
    path: str = ""  # the file's full path, for the dialog (a title bar has no room for it)


def workspace_name(url: str | URL) -> WorkspaceName:
    """The name of the workspace at ``url``; the URL's password is never part of it."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        file = parsed.database or ""
        if file in ("", ":memory:") or file.startswith("file::memory:"):
            return WorkspaceName("")
        return WorkspaceName(Path(file).name, path=str(Path(file).expanduser().absolute()))
    host = parsed.host or str(parsed.query.get("host") or "") or "localhost"  # a socket folder in ?host=
    server = f"{host}:{parsed.port}" if parsed.port else host
    return WorkspaceName(parsed.database or parsed.username or "", server=server)


def safe_url(url: str) -> str:
    """``url`` as it may be shown: the password replaced by ***, even in a URL that does not parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


class OpenFailure(enum.Enum):
    """Why a workspace could not be opened, as the person who chose it can act on it."""

    BAD_URL = "bad_url"  # not a database URL at all
    UNSUPPORTED = "unsupported"  # a kind of database the app does not know
    DRIVER_MISSING = "driver_missing"  # a known kind whose Python driver is not installed
    FOLDER = "folder"  # the path names a folder
    NOT_A_DATABASE = "not_a_database"  # the file is damaged or holds something else
    FOREIGN = "foreign"  # a SQLite database of another program: our tables would be added to it
    NOT_WRITABLE = "not_writable"  # the file or its folder cannot be created or written
    SERVER_UNREACHABLE = "server_unreachable"  # nothing answers at the server's address in time
    SERVER_REFUSED = "server_refused"  # the server answered no: login, password, database name, rights
    NEWER_SCHEMA = "newer_schema"  # made by a newer version of the app
    OTHER = "other"


@dataclass(frozen=True)
class Diagnosis:
    """A failure to open, with the system's own words (first line, password hidden) as its detail."""

    failure: OpenFailure
    detail: str = ""


@dataclass(frozen=True)
class OpenedWorkspace:
    """A workspace ready for the window: its engine (schema up to date) and the language it asks for."""

    engine: Engine
    url: str
    language: str


def attempt_open(url: str | None) -> OpenedWorkspace | Diagnosis:
    """Open and migrate the database at ``url`` and read its language; or say why it cannot be.

    Runs on a worker thread: opening may wait on a server (up to the connect timeout of
    ``db.session``) or migrate a large file, which the GUI thread must not do.
    """
    resolved = resolve_url(url)
    try:
        database = _sqlite_file(resolved)
        if database is not None and _foreign_sqlite(database):
            return Diagnosis(OpenFailure.FOREIGN, str(database))  # migrating would write into it: refuse first
        engine = open_database(resolved)
        try:
            with engine.connect() as conn:
                language = load_settings(conn).language
        except BaseException:
            engine.dispose()
            raise
    except Exception as exc:  # every failure becomes words for the dialog, never a traceback alone
        return diagnose(resolved, exc)
    return OpenedWorkspace(engine, resolved, language)


def diagnose(url: str, exc: BaseException) -> Diagnosis:
    """The failure ``exc`` raised while opening ``url``, in terms of what the user can change."""
    detail = _detail(url, exc)
    if isinstance(exc, NoSuchModuleError):  # before ArgumentError, which it extends
        return Diagnosis(OpenFailure.UNSUPPORTED, detail)
    if isinstance(exc, (ArgumentError, ValueError)):
        return Diagnosis(OpenFailure.BAD_URL, detail)
    if isinstance(exc, ImportError):
        return Diagnosis(OpenFailure.DRIVER_MISSING, detail)
    if isinstance(exc, IsADirectoryError):
        return Diagnosis(OpenFailure.FOLDER, detail)
    if isinstance(exc, OSError):
        return Diagnosis(OpenFailure.NOT_WRITABLE if exc.errno in _NOT_WRITABLE_ERRNOS else OpenFailure.OTHER, detail)
    if isinstance(exc, DBAPIError):
        return Diagnosis(_database_failure(url, exc), detail)
    if type(exc).__name__ == "CommandError" and "locate revision" in str(exc):  # Alembic: a revision we do not have
        return Diagnosis(OpenFailure.NEWER_SCHEMA, detail)
    return Diagnosis(OpenFailure.OTHER, detail)


def _database_failure(url: str, exc: DBAPIError) -> OpenFailure:
    said = str(exc.orig).lower()
    database = _sqlite_file(url)
    if database is not None:
        if database.is_dir():
            return OpenFailure.FOLDER
        if "not a database" in said or "malformed" in said or "encrypted" in said:
            return OpenFailure.NOT_A_DATABASE
        if "readonly" in said or "read-only" in said or "unable to open" in said or "permission" in said:
            return OpenFailure.NOT_WRITABLE
        return OpenFailure.OTHER
    # libpq: a refusal from the server itself is FATAL (login, password, database, rights);
    # anything else before the session starts is the network or a server that is down
    if "fatal" in said or "authentication" in said or "does not exist" in said or "permission denied" in said:
        return OpenFailure.SERVER_REFUSED
    if exc.connection_invalidated or "connection" in said or "timeout" in said:
        return OpenFailure.SERVER_UNREACHABLE
    return OpenFailure.OTHER


def _detail(url: str, exc: BaseException) -> str:
    """The first line of what the driver or the system said, the URL's password masked."""
    said = str(exc.orig if isinstance(exc, DBAPIError) else exc).strip()
    line = said.splitlines()[0] if said else type(exc).__name__
    with contextlib.suppress(ArgumentError, ValueError):
        password = make_url(url).password
        if password:
            line = line.replace(str(password), "***")
    return line


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for a server or a database in memory)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def _foreign_sqlite(path: Path) -> bool:
    """Whether ``path`` is another program's SQLite database: tables, none of them Alembic's record.

    Opening it would add our tables beside the other program's; a file the user picked by
    mistake (a browser's history, a photo catalogue) must not be changed.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return False  # not readable as SQLite: opening it says why
    return bool(tables) and "alembic_version" not in tables
