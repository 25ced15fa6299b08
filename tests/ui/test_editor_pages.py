"""The editor's pages, offscreen: each gives back the draft it shows, and the fields a duplicate keeps
(control group, archive copy, seed addresses, character set) load, save and read back from
the database; a bad address is refused with its message and what was typed stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import fields

import pytest
from PySide6.QtWidgets import QTabWidget
from sqlalchemy import select

from campaign_desktop.db.models import Delivery, Profile
from campaign_desktop.demo.workspace import CONTROL_GROUP_LIST, DEMO_DELIVERY, build_demo
from campaign_desktop.domain.enums import ApprovalMode
from campaign_desktop.engine.deliveries import find_delivery_id
from campaign_desktop.engine.delivery_edit import Choices, DeliveryDraft
from campaign_desktop.engine.mail_headers import ISO_2022_JP
from campaign_desktop.engine.scheduler import Frequency, Recurrence
from campaign_desktop.engine.settings import Settings
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_editor import DeliveryEditor
from campaign_desktop.ui.delivery_pages import AudiencePage, ContentPage, ParametersPage, PropertiesPage
from tests.engine.builders import add_list

ARCHIVE = "archive@maison-lumiere.example.com"
SEEDS = ["qa@maison-lumiere.example.com", "lead@maison-lumiere.example.com", "boss@maison-lumiere.example.com"]


@pytest.fixture
def open_editor(qtbot, engine) -> Iterator[Callable[[], DeliveryEditor]]:
    """Opens the demo newsletter's editor, as the dashboard lays it out (its pages in tabs)."""
    build_demo(engine, profiles=50, seed=5)
    with engine.connect() as conn:
        delivery_id = find_delivery_id(conn, DEMO_DELIVERY)
        first_profile = conn.execute(select(Profile.id).order_by(Profile.id).limit(1)).scalar_one()
    add_list(engine, "Spring control group", [first_profile])

    hosts: list[QTabWidget] = []  # held here, as the dashboard holds its tabs: the editor is their child

    def open_() -> DeliveryEditor:
        host = QTabWidget()
        qtbot.addWidget(host)
        hosts.append(host)
        editor = DeliveryEditor(engine, delivery_id, host, lambda: "admin")
        for page, title in editor.pages:
            host.addTab(page, title)
        editor.load()
        qtbot.waitUntil(lambda: editor.loaded is not None and editor.editable, timeout=10_000)
        return editor

    yield open_
    tasks.wait(30_000)  # the previews and counts still running end before the database goes


def _stored(engine, *columns):
    with engine.connect() as conn:
        return conn.execute(select(*columns).where(Delivery.internal_name == DEMO_DELIVERY)).one()


def test_control_group_archive_copy_seeds_and_charset_load_save_and_read_back(qtbot, open_editor, engine):
    editor = open_editor()
    properties, audience = editor.properties, editor.audience
    assert audience.control_group.currentText() == CONTROL_GROUP_LIST  # the demo's, from the database
    assert properties.charset.currentData() == "utf-8" and properties.bcc_archive.text() == ""
    assert audience.seeds.toPlainText() == ""

    properties.bcc_archive.setText(ARCHIVE)
    properties.charset.setCurrentIndex(properties.charset.findData(ISO_2022_JP))
    audience.seeds.setPlainText(f"{SEEDS[0]}\n{SEEDS[1]}, {SEEDS[2]}\n")  # one a line, or a pasted list
    audience.control_group.setCurrentIndex(audience.control_group.findText("Spring control group"))
    assert editor.dirty and audience.seeds_check.isHidden() and properties.bcc_check.isHidden()
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)

    bcc, seeds, charset, control = _stored(engine, Delivery.bcc_archive, Delivery.seed_addresses, Delivery.charset,
                                           Delivery.control_group_list_id)
    assert (bcc, seeds, charset) == (ARCHIVE, SEEDS, ISO_2022_JP)
    again = open_editor()
    assert again.audience.control_group.currentData() == control
    assert again.audience.control_group.currentText() == "Spring control group"
    assert again.properties.bcc_archive.text() == ARCHIVE
    assert again.properties.charset.currentData() == ISO_2022_JP
    assert again.audience.seeds.toPlainText().splitlines() == SEEDS

    again.audience.control_group.setCurrentIndex(0)  # no control group at all
    again.save_button.click()
    qtbot.waitUntil(lambda: not again.dirty, timeout=10_000)
    assert _stored(engine, Delivery.control_group_list_id) == (None,)


def test_a_bad_archive_address_is_refused_with_its_message_and_what_was_typed_stays(qtbot, open_editor, engine):
    editor = open_editor()
    editor.properties.bcc_archive.setText("archive@@maison-lumiere")
    assert "'archive@@maison-lumiere' is not a valid address" in editor.properties.bcc_check.text()
    assert not editor.properties.bcc_check.isHidden()  # said at once, under the field
    editor.save_button.click()
    qtbot.waitUntil(lambda: "Archive copy (BCC)" in editor.problems.text(), timeout=10_000)
    assert "• Archive copy (BCC): 'archive@@maison-lumiere' is not a valid address" in editor.problems.text()
    assert editor.properties.bcc_archive.text() == "archive@@maison-lumiere"
    assert editor.dirty and editor.save_button.isEnabled()
    assert _stored(engine, Delivery.bcc_archive) == ("",)
    editor.properties.bcc_archive.setText(ARCHIVE)  # corrected: the message under the field goes
    assert editor.properties.bcc_check.isHidden()


def test_a_bad_seed_address_is_named_among_the_good_ones(qtbot, open_editor, engine):
    editor = open_editor()
    typed = f"{SEEDS[0]}\nlead at maison-lumiere\n{SEEDS[2]}"
    editor.audience.seeds.setPlainText(typed)
    assert "'lead at maison-lumiere' is not a valid address" in editor.audience.seeds_check.text()
    editor.save_button.click()
    qtbot.waitUntil(lambda: "Seed addresses" in editor.problems.text(), timeout=10_000)
    shown = editor.problems.text()
    assert "• Seed addresses: 'lead at maison-lumiere' is not a valid address" in shown and SEEDS[0] not in shown
    assert editor.audience.seeds.toPlainText() == typed
    assert _stored(engine, Delivery.seed_addresses) == (None,)
    editor.revert_button.click()  # Revert gives the stored values back
    assert editor.audience.seeds.toPlainText() == "" and not editor.dirty


def _every_field() -> DeliveryDraft:
    return DeliveryDraft(
        label="Spring sale", internal_name="spring-sale", from_name="Maison Lumière",
        from_address="news@maison-lumiere.example.com", reply_to="care@maison-lumiere.example.com",
        error_address="bounces@maison-lumiere.example.com", bcc_archive=ARCHIVE, charset=ISO_2022_JP,
        subject="Spring, {{ recipient.first_name }}", html="<p>Spring</p>", text="Spring",
        audience_list_id=3, audience_filter=[{"field": "country", "op": "eq", "value": "FR"}],
        control_group_list_id=4, seed_addresses=SEEDS[:2], typology_id=7,
        contact_date=dt.datetime(2026, 12, 24, 8, 0), validity_hours=48.0, approval_mode=ApprovalMode.SEMI_AUTOMATIC,
        send_policy={"connections": 2, "messages_per_second": 50.0, "daily_cap": 1000, "auto_pause_bounce_rate": 0.05,
                     "auto_pause_min_sent": 100,  # not shown by the editor: kept
                     "windows": [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"},
                                 {"days": [5], "start": "10:00", "end": "12:00"}]},  # only the first is shown
        recurrence=Recurrence(Frequency.WEEKLY, dt.time(9, 0), 2, True, dt.datetime(2026, 12, 30, 8, 0)).as_json(),
    )


def test_each_page_gives_back_the_draft_it_shows(qtbot):
    draft = _every_field()
    choices = Choices(lists=[(3, "Spring customers"), (4, "Spring control group")], typologies=[(7, "Newsletter")])
    pages = [PropertiesPage(), ContentPage(), AudiencePage(), ParametersPage()]
    built = DeliveryDraft()
    for page in pages:
        qtbot.addWidget(page)
        edits: list[bool] = []
        page.edited.connect(lambda: edits.append(True))
        page.set_workspace(choices, Settings())
        page.load(draft)
        assert edits == []  # loading is no edit
        assert page.apply(draft) == draft, type(page).__name__  # nothing lost, nothing changed
        built = page.apply(built)
    # each field comes from a page's widgets, not from the draft it is applied to (the policy and the
    # schedule merge with what was stored: their own test is test_send_policy_editing.py)
    assert {f.name for f in fields(DeliveryDraft) if getattr(built, f.name) != getattr(draft, f.name)} == \
           {"send_policy", "recurrence"}
    assert {name for page in pages for name in page.field_labels()} == {f.name for f in fields(DeliveryDraft)}
