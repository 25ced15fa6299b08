"""Hand-made workspaces for engine tests: a few profiles, a delivery, the rules under test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, insert

from campaign_desktop.db.models import (
    Address,
    Delivery,
    DeliveryLog,
    ListMember,
    Operator,
    OperatorRole,
    Profile,
    ProfileList,
    utcnow,
)
from campaign_desktop.domain.enums import AddressStatus, LogStatus, Role
from campaign_desktop.engine.fields import normalize_email

GOOD_HTML = (
    '<p>Hello {{ recipient.first_name | default("there") }}</p>'
    '<a href="https://shop.example.com/">Shop</a> <a href="{{ unsubscribe_url }}">Unsubscribe</a>'
)


def add_profiles(engine: Engine, *profiles: dict[str, Any]) -> list[int]:
    rows = []
    for p in profiles:
        row = {"first_name": "Ann", "language": "en", "custom": None, **p}
        row["email_norm"] = normalize_email(row.get("email"))
        rows.append(row)
    with engine.begin() as conn:
        return list(conn.execute(insert(Profile).returning(Profile.id), rows).scalars())


def add_delivery(engine: Engine, **values: Any) -> int:
    row = {
        "label": "Test delivery",
        "internal_name": f"test-{utcnow().timestamp()}",
        "from_name": "Shop",
        "from_address": "news@shop.example.com",
        "subject": "Hello {{ recipient.first_name }}",
        "html": GOOD_HTML,
        "text": "Hello {{ recipient.first_name }}",
        "send_policy": {},
        **values,
    }
    with engine.begin() as conn:
        return conn.execute(insert(Delivery).values(**row).returning(Delivery.id)).scalar_one()


def set_address(engine: Engine, email: str, status: AddressStatus) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Address).values(email_norm=normalize_email(email), status=status))


def add_list(engine: Engine, name: str, profile_ids: list[int]) -> int:
    with engine.begin() as conn:
        list_id = conn.execute(insert(ProfileList).values(name=name).returning(ProfileList.id)).scalar_one()
        conn.execute(insert(ListMember), [{"list_id": list_id, "profile_id": p} for p in profile_ids])
    return list_id


def add_sent_logs(engine: Engine, delivery_id: int, profile_id: int, count: int, days_ago: float = 1) -> None:
    sent = utcnow() - dt.timedelta(days=days_ago)
    with engine.begin() as conn:
        for _ in range(count):
            conn.execute(
                insert(DeliveryLog).values(
                    delivery_id=delivery_id, profile_id=profile_id, status=LogStatus.SENT, sent_at=sent
                )
            )


def add_manager(engine: Engine, login: str = "manager") -> str:
    """An operator who may prepare and start deliveries; returns the login."""
    with engine.begin() as conn:
        op = conn.execute(insert(Operator).values(login=login, name=login, disabled=False).returning(Operator.id)).scalar_one()
        conn.execute(insert(OperatorRole), [{"operator_id": op, "role": r}
                                            for r in (Role.PREPARE_DELIVERIES, Role.START_DELIVERIES)])
    return login


def database_at(url: str, revision: str, *statements: str) -> None:
    """A database migrated only up to ``revision`` (a workspace of an older version), with ``statements`` run in it."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from campaign_desktop.db.session import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    old = create_engine(url)
    with old.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in statements:
            connection.execute(text(statement))
    old.dispose()
