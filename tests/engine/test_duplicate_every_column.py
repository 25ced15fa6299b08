"""Duplicate keeps every field of a delivery: each column of ``delivery`` is compared, and only those
that must differ (named below, each with its reason) may differ.

The issue it guards: a duplicate lost its control group, and 373 members of the control
group received the copy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select

from campaign_desktop.db.models import Delivery, DeliveryLog, Operator, utcnow
from campaign_desktop.db.session import open_database
from campaign_desktop.demo.workspace import _operators, _typology
from campaign_desktop.domain.enums import ApprovalMode, DeliveryState, ExclusionCause, Job, LogStatus
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.delivery_edit import duplicate_delivery
from campaign_desktop.engine.mail_headers import ISO_2022_JP
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.scheduler import Frequency, Recurrence
from tests.engine.builders import GOOD_HTML, add_delivery, add_list, add_profiles
from tests.engine.test_postgresql import SERVER, pg_url  # noqa: F401 - pg_url is a fixture

#: The columns a copy may not take from its original, and why; every other column must be equal.
DIFFERS = {
    "id",  # a row of its own
    "label",  # "Copy of …"
    "internal_name",  # unique: the next free "<name>-n"
    "state", "state_reason", "reason",  # a copy starts over, as a draft with no reason
    "author_id",  # whoever duplicated it
    "created_at", "updated_at",  # made now
    "recurrence",  # a copy recurs only if asked (the scheduler's own occurrences are copies)
    # the original's figures and indicators belong to its send, not to the copy
    "targeted", "to_deliver", "to_exclude", "prepared_at", "sent_at", "indicators",
    "lease_owner", "lease_heartbeat_at", "lease_job",  # who works on the original
    "feedback_clock",  # the clock of the original's feedback
}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not SERVER, reason="CAMPAIGN_TEST_PG names no PostgreSQL server"))])
def database(request: pytest.FixtureRequest, engine: Engine) -> Iterator[Engine]:
    """The test's workspace on SQLite, and on PostgreSQL when a server is named."""
    if request.param == "sqlite":
        yield engine
        return
    pg = open_database(request.getfixturevalue("pg_url"))
    yield pg
    pg.dispose()


def _every_column_set(conn: Connection, lists: tuple[int, int]) -> dict[str, Any]:
    """A sent delivery with every column of ``delivery`` set, none to its default."""
    past = utcnow().replace(microsecond=0) - dt.timedelta(days=30)
    audience, control = lists
    return {
        "label": "Spring sale", "internal_name": "spring-sale",
        "state": DeliveryState.SENT, "state_reason": "All messages handed over.",
        "reason": {"id": "ALL_HANDED_OVER", "args": {"sent": 8, "accepted": 8, "refused": 0}},
        "author_id": _operators(conn), "created_at": past, "updated_at": past + dt.timedelta(hours=1),
        "from_name": "Maison Lumière", "from_address": "news@maison-lumiere.example.com",
        "reply_to": "care@maison-lumiere.example.com", "error_address": "bounces@maison-lumiere.example.com",
        "subject": "Spring, {{ recipient.first_name }}", "html": GOOD_HTML, "text": "Spring is here",
        "charset": ISO_2022_JP, "mirror_page": True, "bcc_archive": "archive@maison-lumiere.example.com",
        "seed_addresses": ["qa@maison-lumiere.example.com", "lead@maison-lumiere.example.com"],
        "audience_list_id": audience, "audience_filter": [{"field": "country", "op": "eq", "value": "FR"}],
        "control_group_list_id": control, "typology_id": _typology(conn),
        "contact_date": past + dt.timedelta(days=1), "validity_hours": 48.0,
        "approval_mode": ApprovalMode.SEMI_AUTOMATIC,
        "send_policy": {"connections": 2, "messages_per_second": 50.0, "daily_cap": 1000,
                        "windows": [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"}]},
        "recurrence": Recurrence(Frequency.WEEKLY, dt.time(9, 0), 2, True, past + dt.timedelta(days=7)).as_json(),
        "targeted": 10, "to_deliver": 8, "to_exclude": 2, "prepared_at": past, "sent_at": past,
        "indicators": {"sent": 8, "delivered": 7}, "lease_owner": "laptop:1234", "lease_heartbeat_at": past,
        "lease_job": Job.SEND, "feedback_clock": {"real": past.isoformat(), "simulated": past.isoformat(), "speed": 100.0},
    }


def _row(database: Engine, delivery_id: int) -> dict[str, Any]:
    with database.connect() as conn:
        return dict(conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).mappings().one())


def test_duplicate_copies_every_column_but_those_that_must_differ(database):
    ids = add_profiles(database, {"email": "ann@example.com", "country": "FR"}, {"email": "bob@example.com", "country": "FR"})
    lists = add_list(database, "Spring customers", ids), add_list(database, "Spring control group", ids[1:])
    with database.begin() as conn:
        values = _every_column_set(conn, lists)
        marketer = conn.execute(select(Operator.id).where(Operator.login == "marketer")).scalar_one()
    columns = {c.name: c for c in Delivery.__table__.columns}
    # a column added to ``delivery`` must be set here too, or this test proves nothing about it
    assert set(values) == set(columns) - {"id"}
    for name, value in values.items():
        default = columns[name].default
        assert value not in (None, "", 0, [], {}), name
        assert default is None or not default.is_scalar or value != default.arg, name
    original = add_delivery(database, **values)

    copy_id = duplicate_delivery(database, original, "marketer")

    source, copy = _row(database, original), _row(database, copy_id)
    assert {name for name in columns if source[name] != copy[name]} == DIFFERS
    assert copy["label"] == "Copy of Spring sale" and copy["internal_name"] == "spring-sale-1"
    assert (copy["state"], copy["state_reason"], copy["reason"]) == (DeliveryState.DRAFT, "", None)
    assert copy["author_id"] == marketer and copy["created_at"] > source["updated_at"]
    assert copy["recurrence"] is None
    assert [copy[n] for n in ("targeted", "to_deliver", "to_exclude", "prepared_at", "sent_at", "indicators")] == \
           [0, 0, 0, None, None, None]
    assert (copy["lease_owner"], copy["lease_heartbeat_at"], copy["lease_job"], copy["feedback_clock"]) == \
           (None, None, Job.NONE, None)


def test_a_duplicate_still_holds_back_its_control_group(engine):
    ann, bob, cid = add_profiles(engine, {"email": "ann@example.com"}, {"email": "bob@example.com"},
                                 {"email": "cid@example.com"})
    with engine.begin() as conn:
        _operators(conn)
    control = add_list(engine, "Control group", [bob])
    original = add_delivery(engine, internal_name="autumn", control_group_list_id=control)

    copy_id = duplicate_delivery(engine, original, "marketer")
    prepare(engine, copy_id, Control(), workers=0)

    with engine.connect() as conn:
        logs = dict(conn.execute(select(DeliveryLog.profile_id, DeliveryLog.exclusion_cause)
                                 .where(DeliveryLog.delivery_id == copy_id)).all())
        to_send = conn.execute(select(DeliveryLog.profile_id).where(
            DeliveryLog.delivery_id == copy_id, DeliveryLog.status == LogStatus.TO_SEND)).scalars().all()
    assert logs[bob] is ExclusionCause.CONTROL_GROUP
    assert sorted(to_send) == sorted([ann, cid])
