"""Each filtering rule on hand-made profiles: who is excluded, with which cause, and who is kept."""

from __future__ import annotations

from sqlalchemy import select

from campaign_desktop.db.models import DeliveryLog, Typology, TypologyRule
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import (
    AddressStatus,
    DeliveryState,
    ExclusionCause,
    FailureReason,
    LogStatus,
    RuleKind,
)
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.typology import parameters_for
from tests.engine.builders import add_delivery, add_list, add_profiles, add_sent_logs, set_address


def _causes(engine, delivery_id):
    with engine.connect() as conn:
        rows = conn.execute(
            select(DeliveryLog.address, DeliveryLog.status, DeliveryLog.exclusion_cause, DeliveryLog.failure_reason)
            .where(DeliveryLog.delivery_id == delivery_id)
            .order_by(DeliveryLog.profile_id)
        ).all()
    return {(address or "").strip(): (status, cause, reason) for address, status, cause, reason in rows}


def _typology(engine, **overrides):
    with engine.begin() as conn:
        typology_id = conn.execute(Typology.__table__.insert().values(name="t", description="")).inserted_primary_key[0]
        conn.execute(
            TypologyRule.__table__.insert(),
            [
                {"typology_id": typology_id, "kind": kind, "active": True, "parameters": parameters_for(kind, overrides.get(kind.name))}
                for kind in RuleKind
            ],
        )
    return typology_id


def test_every_filtering_rule_excludes_with_its_cause(engine):
    ids = add_profiles(
        engine,
        {"email": "kept@example.com"},
        {"email": None},
        {"email": "   "},
        {"email": "no-at-sign.example.com"},
        {"email": "first@example.com"},
        {"email": "FIRST@Example.com"},
        {"email": "stuck@example.com"},
        {"email": "optedout@example.com"},
        {"email": "someone@mailinator.com"},
        {"email": "held-out@example.com"},
        {"email": "tired@example.com"},
        {"email": "broken@example.com", "custom": {"tier": "Gold"}},
    )
    set_address(engine, "stuck@example.com", AddressStatus.QUARANTINE)
    set_address(engine, "optedout@example.com", AddressStatus.DENYLISTED)
    set_address(engine, "kept@example.com", AddressStatus.WITH_ERRORS)  # with errors is still sent
    control = add_list(engine, "control", [ids[9]])
    past = add_delivery(engine, internal_name="past")
    add_sent_logs(engine, past, ids[10], count=2)
    typology = _typology(engine, DENIED_DOMAIN={"domains": ["mailinator.com"]}, FATIGUE={"max_messages": 2, "period_days": 7})
    html = '{% if recipient.custom.tier %}{{ recipient.custom.points }}{% endif %}<a href="{{ unsubscribe_url }}">Unsubscribe</a>'
    delivery = add_delivery(engine, typology_id=typology, control_group_list_id=control, html=html)

    result = prepare(engine, delivery, Control(), workers=0)

    causes = _causes(engine, delivery)
    assert causes["kept@example.com"] == (LogStatus.TO_SEND, None, FailureReason.NOT_DEFINED)
    assert causes[""][1] is ExclusionCause.MISSING_ADDRESS
    assert causes["no-at-sign.example.com"][1] is ExclusionCause.INVALID_ADDRESS
    assert causes["first@example.com"][0] is LogStatus.TO_SEND  # the first of the duplicates is kept
    assert causes["FIRST@Example.com"][1:] == (ExclusionCause.DUPLICATE, FailureReason.DUPLICATE)
    assert causes["stuck@example.com"][1:] == (ExclusionCause.QUARANTINE, FailureReason.IN_QUARANTINE)
    assert causes["optedout@example.com"][1:] == (ExclusionCause.DENYLISTED, FailureReason.DENYLISTED)
    assert causes["someone@mailinator.com"][1] is ExclusionCause.DENIED_DOMAIN
    assert causes["held-out@example.com"][1:] == (ExclusionCause.CONTROL_GROUP, FailureReason.CONTROL_GROUP)
    assert causes["tired@example.com"][1] is ExclusionCause.FATIGUE
    assert causes["broken@example.com"][1] is ExclusionCause.PERSONALIZATION_ERROR
    assert all(status is LogStatus.IGNORED for status, cause, _ in causes.values() if cause is not None)
    assert result.targeted == 12 and result.to_deliver == 2 and result.to_exclude == 10
    assert result.exclusions[ExclusionCause.MISSING_ADDRESS] == 2
    assert result.state is DeliveryState.PREPARED


def test_a_personalisation_error_excludes_one_profile_and_says_where(engine):
    add_profiles(engine, {"email": "a@example.com", "custom": {"points": 5}}, {"email": "b@example.com"})
    html = '<p>\n{{ recipient.custom.points }} points</p><a href="{{ unsubscribe_url }}">Unsubscribe</a>'
    delivery = add_delivery(engine, html=html)
    result = prepare(engine, delivery, Control(), workers=0)
    assert result.to_deliver == 1
    assert result.exclusions[ExclusionCause.PERSONALIZATION_ERROR] == 1
    with engine.connect() as conn:
        detail = conn.execute(
            select(DeliveryLog.detail).where(DeliveryLog.exclusion_cause == ExclusionCause.PERSONALIZATION_ERROR)
        ).scalar_one()
    assert "HTML, line 2" in detail and "points" in detail


def test_an_inactive_rule_excludes_nobody(engine):
    add_profiles(engine, {"email": "same@example.com"}, {"email": "SAME@example.com"})
    typology = _typology(engine)
    with engine.begin() as conn:
        conn.execute(
            TypologyRule.__table__.update()
            .where(TypologyRule.typology_id == typology, TypologyRule.kind == RuleKind.DUPLICATE)
            .values(active=False)
        )
    delivery = add_delivery(engine, typology_id=typology)
    assert prepare(engine, delivery, Control(), workers=0).to_deliver == 2


def test_audience_list_and_filter(engine):
    ids = add_profiles(
        engine,
        {"email": "fr1@example.com", "country": "France"},
        {"email": "fr2@example.com", "country": "France"},
        {"email": "uk@example.com", "country": "United Kingdom"},
    )
    members = add_list(engine, "members", [ids[0], ids[2]])
    by_list = add_delivery(engine, internal_name="by-list", audience_list_id=members)
    by_filter = add_delivery(engine, internal_name="by-filter", audience_filter=[{"field": "country", "op": "eq", "value": "France"}])
    assert prepare(engine, by_list, Control(), workers=0).targeted == 2
    assert set(_causes(engine, by_filter)) == set()  # nothing before it is prepared
    prepare(engine, by_filter, Control(), workers=0)
    assert set(_causes(engine, by_filter)) == {"fr1@example.com", "fr2@example.com"}


def test_preparing_again_replaces_the_previous_preparation(engine):
    add_profiles(engine, {"email": "a@example.com"}, {"email": "b@example.com"})
    delivery = add_delivery(engine)
    prepare(engine, delivery, Control(), workers=0)
    add_profiles(engine, {"email": "c@example.com"})
    result = prepare(engine, delivery, Control(), workers=0)
    assert result.targeted == 3
    assert len(_causes(engine, delivery)) == 3


def test_audience_filters_with_quotes_dates_and_lists(engine):
    import datetime as dt

    add_profiles(
        engine,
        {"email": "ob@example.com", "last_name": "O'Brien", "birth_date": dt.date(1980, 5, 1), "country": "Ireland"},
        {"email": "young@example.com", "last_name": "Young", "birth_date": dt.date(2001, 1, 1), "country": "France"},
        {"email": "pct@example.com", "last_name": "100% Smith", "birth_date": None, "country": "Spain"},
    )
    cases = {
        "quote": ([{"field": "last_name", "op": "eq", "value": "O'Brien"}], {"ob@example.com"}),
        "percent": ([{"field": "last_name", "op": "contains", "value": "100%"}], {"pct@example.com"}),
        "date": ([{"field": "birth_date", "op": "lt", "value": "1990-01-01"}], {"ob@example.com"}),
        "in": ([{"field": "country", "op": "in", "value": ["France", "Spain"]}], {"young@example.com", "pct@example.com"}),
        "empty": ([{"field": "birth_date", "op": "empty"}], {"pct@example.com"}),
    }
    for name, (conditions, expected) in cases.items():
        delivery = add_delivery(engine, internal_name=f"filter-{name}", audience_filter=conditions)
        prepare(engine, delivery, Control(), workers=0)
        assert set(_causes(engine, delivery)) == expected, name
