"""Editing deliveries: what the editor saves, what it refuses, and how an edit voids a preparation."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.delivery_edit import (
    EditRefused,
    Section,
    audience_count,
    check_draft,
    create_delivery,
    delete_delivery,
    duplicate_delivery,
    load_draft,
    projected_finish,
    save_draft,
)
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.settings import Settings
from tests.engine.builders import add_delivery, add_list, add_profiles


@pytest.fixture(autouse=True)
def team(engine):
    """The demo's operators: marketer prepares and edits; viewer has no role at all."""
    from sqlalchemy import insert

    from campaign_desktop.db.models import Operator
    from campaign_desktop.demo.workspace import _operators

    with engine.begin() as conn:
        _operators(conn)
        conn.execute(insert(Operator).values(login="viewer", name="Only looks", disabled=False))


def _state(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state, Delivery.state_reason).where(Delivery.id == delivery_id)).one()


def _logs(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id)).scalar_one()


def test_editing_the_content_of_a_prepared_delivery_returns_it_to_draft_with_the_reason(engine):
    add_profiles(engine, {"email": "ann@example.com"}, {"email": "bob@example.com"})
    delivery_id = add_delivery(engine)
    prepare(engine, delivery_id, Control())
    assert _state(engine, delivery_id)[0] is DeliveryState.PREPARED and _logs(engine, delivery_id) == 2
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery_id)
    draft.subject = "Our new collection, {{ recipient.first_name }}"
    outcome = save_draft(engine, delivery_id, draft, "marketer")
    assert outcome.returned_to_draft and outcome.changed == {Section.CONTENT}
    state, reason = _state(engine, delivery_id)
    assert state is DeliveryState.DRAFT and "content" in reason and "prepare it again" in reason
    assert _logs(engine, delivery_id) == 0  # the old analysis is void
    with engine.connect() as conn:
        assert load_draft(conn, delivery_id)[0].subject == "Our new collection, {{ recipient.first_name }}"


def test_renaming_a_prepared_delivery_keeps_its_preparation(engine):
    add_profiles(engine, {"email": "ann@example.com"})
    delivery_id = add_delivery(engine)
    prepare(engine, delivery_id, Control())
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery_id)
    draft.label = "Spring newsletter"
    assert not save_draft(engine, delivery_id, draft, "marketer").returned_to_draft
    assert _state(engine, delivery_id)[0] is DeliveryState.PREPARED and _logs(engine, delivery_id) == 1


def test_a_broken_template_or_a_bad_sender_is_refused_and_nothing_is_lost(engine):
    delivery_id = add_delivery(engine)
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery_id)
    draft.html = "<p>Hello {{ recipient.first_name </p>"  # tried: an unclosed tag
    draft.from_address = "news@@shop"  # tried: an address that is no address
    problems = {p.field: p.message for p in check_draft(draft)}
    assert set(problems) == {"html", "from_address"}
    assert "line 1" in str(problems["html"])
    with pytest.raises(ValueError):
        save_draft(engine, delivery_id, draft, "marketer")
    with engine.connect() as conn:
        assert load_draft(conn, delivery_id)[0].from_address == "news@shop.example.com"


def test_a_sending_delivery_cannot_be_edited_nor_deleted(engine):
    add_profiles(engine, {"email": "ann@example.com"})
    delivery_id = add_delivery(engine)
    prepare(engine, delivery_id, Control())
    with engine.begin() as conn:  # as the send does when it starts
        conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(state=DeliveryState.SENDING))
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery_id)
    draft.subject = "changed"
    with pytest.raises(EditRefused):
        save_draft(engine, delivery_id, draft, "marketer")
    with pytest.raises(EditRefused):
        delete_delivery(engine, delivery_id, "marketer")


def test_new_duplicate_and_delete(engine):
    original = add_delivery(engine, internal_name="spring")
    new_id = create_delivery(engine, "admin", Settings())
    copy_id = duplicate_delivery(engine, original, "admin")
    with engine.connect() as conn:
        new, new_state = load_draft(conn, new_id)
        copy, _ = load_draft(conn, copy_id)
        source, _ = load_draft(conn, original)
    assert new_state is DeliveryState.DRAFT and new.internal_name.startswith("DM")
    assert new.from_address == source.from_address  # the latest sender is offered again
    assert copy.label == "Copy of Test delivery" and copy.internal_name == "spring-1"
    assert (copy.subject, copy.html) == (source.subject, source.html)
    assert duplicate_delivery(engine, original, "admin") != copy_id
    delete_delivery(engine, copy_id, "marketer")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).where(Delivery.id == copy_id)).scalar_one() == 0


def test_audience_count_follows_the_list_and_the_filter(engine):
    ids = add_profiles(engine, {"email": "a@example.com", "country": "FR"}, {"email": "b@example.com", "country": "DE"},
                       {"email": "c@example.com", "country": "FR"})
    list_id = add_list(engine, "Club", ids[:2])
    with engine.connect() as conn:
        assert audience_count(conn, None, []) == 3
        assert audience_count(conn, None, [{"field": "country", "op": "eq", "value": "FR"}]) == 2
        assert audience_count(conn, list_id, [{"field": "country", "op": "eq", "value": "FR"}]) == 1


def test_projected_finish_follows_the_rate_and_the_daily_cap():
    from campaign_desktop.engine.delivery_edit import DeliveryDraft

    start = dt.datetime(2026, 11, 23, 9, 0)
    draft = DeliveryDraft(send_policy={"messages_per_second": 10})
    assert projected_finish(draft, 36_000, Settings(), start) == dt.datetime(2026, 11, 23, 10, 0)
    draft.send_policy["daily_cap"] = 20_000
    assert projected_finish(draft, 36_000, Settings(), start).date() == dt.date(2026, 11, 24)


def test_an_operator_without_prepare_deliveries_can_neither_edit_nor_prepare(engine):
    from campaign_desktop.engine.roles import RoleRefused

    add_profiles(engine, {"email": "ann@example.com"})
    delivery_id = add_delivery(engine)
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery_id)
    draft.subject = "changed by someone who may not"
    with pytest.raises(RoleRefused, match="Prepare deliveries"):
        save_draft(engine, delivery_id, draft, "viewer")
    with pytest.raises(RoleRefused, match="Prepare deliveries"):
        prepare(engine, delivery_id, Control(), operator="viewer")
    for action in (lambda: create_delivery(engine, "viewer", Settings()), lambda: duplicate_delivery(engine, delivery_id, "viewer"),
                   lambda: delete_delivery(engine, delivery_id, "viewer")):
        with pytest.raises(RoleRefused, match="Prepare deliveries"):
            action()
    assert _state(engine, delivery_id)[0] is DeliveryState.DRAFT and _logs(engine, delivery_id) == 0
    prepare(engine, delivery_id, Control(), operator="marketer")
    assert _state(engine, delivery_id)[0] is DeliveryState.PREPARED


def test_a_bad_archive_copy_seed_or_charset_is_refused_each_with_its_field(engine):
    delivery_id = add_delivery(engine)
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery_id)
    assert (draft.bcc_archive, draft.seed_addresses, draft.charset, draft.control_group_list_id) == ("", [], "utf-8", None)
    draft.bcc_archive = "archive@@shop"
    draft.seed_addresses = ["qa@shop.example.com", "lead at shop", "boss@"]
    draft.charset = "koi8-r"  # not one the message builder writes
    problems = [(p.field, str(p.message)) for p in check_draft(draft)]
    assert [field for field, _ in problems] == ["bcc_archive", "seed_addresses", "seed_addresses", "charset"]
    assert "'archive@@shop' is not a valid address" in problems[0][1]
    assert "'lead at shop'" in problems[1][1] and "'boss@'" in problems[2][1]
    assert "utf-8, iso-2022-jp" in problems[3][1]
    with pytest.raises(ValueError):
        save_draft(engine, delivery_id, draft, "marketer")
    with engine.connect() as conn:
        assert load_draft(conn, delivery_id)[0].bcc_archive == ""


def test_control_group_archive_copy_seeds_and_charset_are_saved_and_set_from_a_script(engine):
    from campaign_desktop.engine.delivery_edit import DraftProblems, draft_from_json

    ids = add_profiles(engine, {"email": "ann@example.com"})
    control = add_list(engine, "Control group", ids)
    delivery_id = add_delivery(engine)
    with engine.connect() as conn:
        base, _ = load_draft(conn, delivery_id)
        draft = draft_from_json(conn, {"control_group_list": "Control group", "bcc_archive": "archive@shop.example.com",
                                       "seed_addresses": ["qa@shop.example.com"], "charset": "ISO-2022-JP"}, base)
        with pytest.raises(DraftProblems, match="charset"):
            draft_from_json(conn, {"charset": "latin-1"}, base)
        with pytest.raises(DraftProblems, match="seed_addresses"):
            draft_from_json(conn, {"seed_addresses": "qa@shop.example.com"}, base)  # a list, not one text
    assert save_draft(engine, delivery_id, draft, "marketer").changed == {Section.PROPERTIES, Section.AUDIENCE}
    with engine.connect() as conn:
        saved, _ = load_draft(conn, delivery_id)
    assert (saved.control_group_list_id, saved.bcc_archive, saved.seed_addresses, saved.charset) == \
           (control, "archive@shop.example.com", ["qa@shop.example.com"], "iso-2022-jp")
