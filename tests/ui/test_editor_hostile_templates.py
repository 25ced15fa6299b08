"""The editor against hostile templates: a bomb saves, previews with its cause and never freezes
the window; a broken template is refused on save with its line; the GUI thread only waits on
signals meanwhile (the saving and the rendering run in the background)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import select

from campaign_desktop.db.models import Delivery
from tests.ui.conftest import open_demo_window


@pytest.fixture
def editor(qtbot, engine, monkeypatch):
    # the app's short reads share Qt's global pool (two threads here): what earlier tests left
    # running there must not stand in front of this editor's save
    QThreadPool.globalInstance().waitForDone(60_000)
    window = open_demo_window(qtbot, engine, monkeypatch, profiles=50)
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).internal_name == "demo-newsletter")
    window.table.selectRow(row)
    window.open_delivery(window.table.selectionModel().selectedRows()[0])
    dashboard = window.tabs.currentWidget()
    editor = dashboard.editor
    # the dashboard knows the state too: until it does, it keeps the editor read-only (an edit's
    # dirty_changed asks it), and a click on Save would find the button disabled
    qtbot.waitUntil(lambda: editor.loaded is not None and dashboard.state is not None and editor.editable,
                    timeout=10_000)
    yield editor
    window.close()


def _stored_html(engine):
    with engine.connect() as conn:
        return conn.execute(select(Delivery.html).where(Delivery.internal_name == "demo-newsletter")).scalar_one()


@pytest.mark.parametrize(("bomb", "cause"), [
    ("{{ 10**100000000 }}", "digits."),  # "… larger than the limit of 10,000 digits.", in the user's numbers
    ("{{ 'A' * 300000000 }}", "characters."),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "longer than the limit of 2 s"),
])
def test_a_template_bomb_saves_and_its_preview_says_why_it_fails(qtbot, editor, engine, bomb, cause):
    editor.html.setPlainText(editor.html.toPlainText() + bomb)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=60_000)  # a bound: the save waits on a pool thread
    assert bomb in _stored_html(engine)
    qtbot.waitUntil(lambda: cause in editor.preview_problem.text(), timeout=60_000)


def test_a_template_that_does_not_compile_is_refused_on_save_with_its_line(qtbot, editor, engine):
    before = _stored_html(engine)
    editor.html.setPlainText("<p>Hello</p>\n{{ recipient.first_name ")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "line 2" in editor.problems.text(), timeout=10_000)
    assert editor.dirty and editor.save_button.isEnabled()
    assert _stored_html(engine) == before
