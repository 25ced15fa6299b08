"""A workspace that cannot be opened is explained in a dialog that offers another; the title names the workspace.

Real files (damaged, a folder, another program's SQLite database, a place nobody may
write), a real silent TCP server for a PostgreSQL server that does not answer, and the
real PostgreSQL server when ``CAMPAIGN_TEST_PG`` names one.
"""

from __future__ import annotations

import os
import random
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from sqlalchemy import create_engine, text

from campaign_desktop.db import session
from campaign_desktop.ui.app import Launcher, window_title
from campaign_desktop.ui.workspace_dialog import WorkspaceDialog, WorkspaceOpener, failure_text
from campaign_desktop.ui.workspace_location import (
    Diagnosis,
    OpenedWorkspace,
    OpenFailure,
    attempt_open,
    workspace_name,
)

SERVER = os.environ.get("CAMPAIGN_TEST_PG")


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default workspace goes to the test's folder, never the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(session.DB_ENV, raising=False)
    return tmp_path / "data" / session.APP_NAME / "campaign.db"


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.db"
    path.write_bytes(random.Random(7).randbytes(16_384))
    return path


def _dialog(qtbot, opener: WorkspaceOpener) -> WorkspaceDialog:
    qtbot.waitUntil(lambda: opener.dialog is not None and opener.dialog.isVisible(), timeout=15_000)
    assert opener.dialog is not None
    return opener.dialog


def _texts(dialog: WorkspaceDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel)) + dialog.windowTitle()


def _window(qtbot, launcher: Launcher):
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=15_000)
    window = launcher.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=30_000)  # the demo built and listed
    return window


def test_a_damaged_file_is_explained_and_another_file_opens_the_window(qtbot, tmp_path, monkeypatch):
    damaged = _damaged(tmp_path)
    before = damaged.read_bytes()
    mine = tmp_path / "mine"  # typed without a suffix: the workspace gets ".db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    launcher = Launcher(demo_profiles=300)
    launcher.start(f"sqlite:///{damaged}")

    dialog = _dialog(qtbot, launcher.opener)
    assert dialog.heading.text() == f"Campaign Desktop cannot open {damaged}"
    assert dialog.reason.text() == failure_text(OpenFailure.NOT_A_DATABASE)
    assert "not a database" in dialog.detail.text()  # what SQLite said, under the plain words
    assert launcher.window is None
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    window = _window(qtbot, launcher)
    assert window.windowTitle() == "Campaign Desktop — mine.db"
    assert launcher.opener.dialog is None
    assert damaged.read_bytes() == before  # the damaged file is left as it was
    window.close()
    window.engine.dispose()


def test_a_folder_is_explained_and_the_default_workspace_opens(qtbot, tmp_path, data_home):
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    launcher = Launcher(demo_profiles=300)
    launcher.start(f"sqlite:///{folder}")

    dialog = _dialog(qtbot, launcher.opener)
    assert dialog.reason.text() == failure_text(OpenFailure.FOLDER)
    assert dialog.default_button.isEnabled()
    qtbot.mouseClick(dialog.default_button, Qt.MouseButton.LeftButton)

    window = _window(qtbot, launcher)
    assert window.windowTitle() == "Campaign Desktop — campaign.db"
    assert data_home.is_file()
    window.close()
    window.engine.dispose()


def test_quit_when_the_default_workspace_itself_cannot_be_written(qtbot, monkeypatch):
    monkeypatch.setattr(session, "data_dir", lambda: Path("/sys/campaign-desktop-test"))  # read-only even for root
    opener = WorkspaceOpener()
    opener.open(None)

    dialog = _dialog(qtbot, opener)
    assert dialog.reason.text() == failure_text(OpenFailure.NOT_WRITABLE)
    assert not dialog.default_button.isEnabled()  # the default is what failed: offering it again would fail again
    with qtbot.waitSignal(opener.abandoned, timeout=5_000):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


def test_cancelling_the_file_choice_keeps_the_question_open(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = WorkspaceDialog(f"sqlite:///{tmp_path}", Diagnosis(OpenFailure.FOLDER))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen_url is None
    assert not dialog.detail.isVisible()  # no words of the system to show: no empty line for them


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never says a word: a server hung, or a firewall's black hole."""
    listener = socket.create_server(("127.0.0.1", 0))
    yield listener.getsockname()[1]
    listener.close()


def test_a_server_that_does_not_answer_is_given_up_and_explained_without_its_password(qtbot, silent_server, monkeypatch):
    monkeypatch.setattr(session, "PG_CONNECT_TIMEOUT_S", 2)  # without a timeout, this test would wait for ever
    opener = WorkspaceOpener()
    opener.open(f"postgresql+psycopg://team:s3cret@127.0.0.1:{silent_server}/team")

    dialog = _dialog(qtbot, opener)
    assert dialog.heading.text() == f"Campaign Desktop cannot open team on 127.0.0.1:{silent_server}"
    assert dialog.reason.text() == failure_text(OpenFailure.SERVER_UNREACHABLE)
    assert "s3cret" not in _texts(dialog)
    dialog.reject()


@pytest.mark.parametrize(("url", "failure"), [
    ("not a url", OpenFailure.BAD_URL),
    ("postgresql+psycopg://team:s3cret@db.example:notaport/team", OpenFailure.BAD_URL),
    ("oracle9000://db.example/team", OpenFailure.UNSUPPORTED),
    ("mysql://team@db.example/team", OpenFailure.DRIVER_MISSING),
    ("postgresql+psycopg://nobody@127.0.0.1:1/team", OpenFailure.SERVER_UNREACHABLE),  # nothing listens on port 1
])
def test_each_bad_address_gets_its_reason(url, failure):
    result = attempt_open(url)
    assert isinstance(result, Diagnosis)
    assert result.failure is failure, result.detail
    assert "s3cret" not in result.detail


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    result = attempt_open(f"sqlite:///{path}")
    assert result == Diagnosis(OpenFailure.FOREIGN, str(path))
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["moz_places"]


def test_our_own_file_opens_with_its_language(tmp_path, engine, db_url):
    result = attempt_open(db_url)
    assert isinstance(result, OpenedWorkspace)
    assert result.language == "" and result.url == db_url
    result.engine.dispose()


@pytest.mark.parametrize(("url", "title"), [
    ("sqlite:////home/trainer/workspaces/demo.db", "Campaign Desktop — demo.db"),
    ("postgresql+psycopg://team:s3cret@db.example:5432/team", "Campaign Desktop — team on db.example:5432"),
    ("postgresql+psycopg://team:s3cret@db.example/campaign", "Campaign Desktop — campaign on db.example"),
    ("postgresql+psycopg://root@/postgres?host=/var/run/postgresql", "Campaign Desktop — postgres on /var/run/postgresql"),
    ("sqlite://", "Campaign Desktop — a database in memory"),
])
def test_the_title_names_the_workspace_never_the_password(url, title):
    assert window_title(url) == title
    assert workspace_name(url).path in ("", "/home/trainer/workspaces/demo.db")


@pytest.mark.skipif(not SERVER, reason="CAMPAIGN_TEST_PG names no PostgreSQL server")
def test_a_live_server_names_the_window_and_a_missing_database_is_refused(qtbot):
    assert SERVER
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    missing = admin.url.set(database=f"campaign_missing_{uuid.uuid4().hex[:8]}").render_as_string(hide_password=False)
    refused = attempt_open(missing)
    assert isinstance(refused, Diagnosis) and refused.failure is OpenFailure.SERVER_REFUSED, refused

    name = f"campaign_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        launcher = Launcher(demo_profiles=300)
        launcher.start(admin.url.set(database=name).render_as_string(hide_password=False))
        window = _window(qtbot, launcher)
        assert window.windowTitle() == f"Campaign Desktop — {name} on {workspace_name(admin.url).server}"
        window.close()
        window.engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
