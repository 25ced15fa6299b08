"""The preparation as a whole on the demo workspace: KPIs add up, stop leaves nothing, failures are clear."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from campaign_desktop.db.models import Delivery, DeliveryLog, JournalEntry
from campaign_desktop.demo.workspace import DEMO_DELIVERY, FLAWS, STANDINGS, build_demo
from campaign_desktop.engine.control import Control, Stopped
from campaign_desktop.engine.deliveries import find_delivery_id
from campaign_desktop.domain.enums import DeliveryState, ExclusionCause, JournalLevel, RuleKind
from campaign_desktop.engine.preparation import PreparationFailed, prepare
from tests.engine.builders import add_delivery, add_profiles


@pytest.fixture
def demo(engine):
    summary = build_demo(engine, profiles=6000, seed=3)
    with engine.connect() as conn:
        return summary, find_delivery_id(conn, DEMO_DELIVERY)


def _log_count(engine, delivery_id):
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id)).scalar_one()


@pytest.mark.parametrize("workers", [0, 2])
def test_kpis_add_up_and_match_the_demo_flaws(engine, demo, workers):
    summary, delivery_id = demo
    result = prepare(engine, delivery_id, Control(), workers=workers)
    assert result.targeted == 6000 == result.to_deliver + result.to_exclude
    assert result.targeted == _log_count(engine, delivery_id)
    # every cause the demo planted is found, exactly as often as it was planted
    for cause in ExclusionCause:
        if cause is ExclusionCause.RESERVED_DOMAIN:  # an opt-in rule, off in the demo's typology
            assert result.exclusions[cause] == 0
            continue
        planted = summary.flaws[cause.key]
        assert result.exclusions[cause] == planted, cause
        assert planted > 0, f"the demo plants no {cause.key}"
    assert set(summary.flaws) >= set(FLAWS) | set(STANDINGS)
    with engine.connect() as conn:
        stored = conn.execute(select(Delivery.state, Delivery.targeted, Delivery.to_deliver, Delivery.to_exclude).where(Delivery.id == delivery_id)).one()
    assert tuple(stored) == (DeliveryState.PREPARED, result.targeted, result.to_deliver, result.to_exclude)
    assert result.errors == []


class _StopAfterFirstBatch(Control):
    def report(self, done, total, **figures):
        super().report(done, total, **figures)
        if done > 0:
            self.stop()


@pytest.mark.parametrize("workers", [0, 2])
def test_stopping_in_the_middle_leaves_no_log_row(engine, demo, workers):
    _, delivery_id = demo
    prepare(engine, delivery_id, Control(), workers=0)  # a previous preparation exists
    with pytest.raises(Stopped):
        prepare(engine, delivery_id, _StopAfterFirstBatch(), workers=workers)
    assert _log_count(engine, delivery_id) == 0
    with engine.connect() as conn:
        state, targeted = conn.execute(select(Delivery.state, Delivery.targeted).where(Delivery.id == delivery_id)).one()
        journal = conn.execute(select(JournalEntry.message).where(JournalEntry.delivery_id == delivery_id)).scalars().all()
    assert state is DeliveryState.DRAFT and targeted == 0
    assert any("stopped" in line for line in journal)


def test_a_template_that_does_not_compile_fails_with_its_line(engine):
    add_profiles(engine, {"email": "a@example.com"})
    delivery = add_delivery(engine, html="<p>Hello</p>\n<p>{% if recipient.first_name %}</p>")
    with pytest.raises(PreparationFailed, match=r"HTML, line 2"):
        prepare(engine, delivery, Control(), workers=0)
    assert _log_count(engine, delivery) == 0
    with engine.connect() as conn:
        levels = conn.execute(select(JournalEntry.level).where(JournalEntry.delivery_id == delivery)).scalars().all()
    assert JournalLevel.ERROR in levels


def test_control_rules_write_the_journal(engine):
    add_profiles(engine, {"email": "a@example.com"})
    delivery = add_delivery(
        engine,
        subject="",
        from_address="",
        text="",
        html='<p>{{ recipient.frist_name | default("") }}</p><a href="http://shop.example.com">shop</a><a href="https:/x">x</a>'
             '<a href="htp:/x">x</a>' + "x" * 110_000,
    )
    result = prepare(engine, delivery, Control(), workers=0)
    rules = {line.rule for line in result.journal}
    assert {RuleKind.EMPTY_SUBJECT, RuleKind.EMPTY_SENDER, RuleKind.UNSUBSCRIBE_LINK, RuleKind.UNRESOLVED_FIELD,
            RuleKind.LINKS, RuleKind.TEXT_PART, RuleKind.MESSAGE_SIZE} <= rules
    assert any("frist_name" in e for e in result.errors)
    assert any("not https" in w for w in result.warnings) and any("broken" in w for w in result.warnings)
    # a scheme that is not http, https, mailto or tel is never sent: an error, whatever the typology
    assert any("'htp:'" in e for e in result.errors)


def test_a_good_delivery_has_a_clean_journal(engine):
    add_profiles(engine, {"email": "a@example.com"})
    result = prepare(engine, add_delivery(engine), Control(), workers=0)
    assert result.errors == [] and result.warnings == []
