"""Operators: passwords hashed with scrypt, sign-in that fails clearly, and administrator-only changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from campaign_desktop.db.models import Operator
from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.roles import RoleRefused
from campaign_desktop.engine.operators import (
    OperatorError,
    SignInFailed,
    create_operator,
    hash_password,
    list_operators,
    needs_password,
    reset_password,
    set_disabled,
    set_roles,
    sign_in,
    verify_password,
)


@pytest.fixture
def team(engine):
    from campaign_desktop.demo.workspace import _operators

    with engine.begin() as conn:
        _operators(conn)  # admin, marketer, manager, without passwords: the demo's way
    return engine


def test_the_hash_is_scrypt_salted_and_checks_only_the_right_password():
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("scrypt$") and first != second  # a salt of its own each time
    assert verify_password(first, "correct horse") and not verify_password(first, "Correct horse")
    assert not verify_password("plain-text", "plain-text")


def test_a_demo_workspace_signs_in_without_a_password_until_one_is_set(team):
    with team.connect() as conn:
        assert not needs_password(conn)
    assert sign_in(team, "admin", "").login == "admin"
    reset_password(team, "admin", "admin", "s3cret-admin")
    with team.connect() as conn:
        assert needs_password(conn)
        stored = conn.execute(select(Operator.password_hash).where(Operator.login == "admin")).scalar_one()
    assert "s3cret-admin" not in stored
    with pytest.raises(SignInFailed, match="Wrong login or password"):
        sign_in(team, "admin", "wrong")  # tried: a wrong password
    with pytest.raises(SignInFailed, match="Wrong login or password"):
        sign_in(team, "nobody", "s3cret-admin")  # tried: a login that does not exist
    with pytest.raises(SignInFailed, match="no password yet"):
        sign_in(team, "marketer", "")  # once passwords are in use, every operator needs one
    assert Role.ADMINISTRATOR in sign_in(team, "admin", "s3cret-admin").roles


def test_only_an_administrator_manages_operators(team):
    create_operator(team, "admin", "Lea.Martin", "Léa Martin", "long-enough", {Role.PREPARE_DELIVERIES})
    with pytest.raises(RoleRefused, match="Administrator"):
        create_operator(team, "marketer", "intruder", "Intruder", "long-enough", {Role.ADMINISTRATOR})
    with pytest.raises(RoleRefused, match="Administrator"):
        set_roles(team, "manager", "lea.martin", {Role.START_DELIVERIES})
    with pytest.raises(OperatorError, match="taken"):
        create_operator(team, "admin", "lea.martin", "Again", "long-enough", set())
    with pytest.raises(OperatorError, match="at least 8"):
        reset_password(team, "admin", "lea.martin", "short")
    set_roles(team, "admin", "lea.martin", {Role.PREPARE_DELIVERIES, Role.START_DELIVERIES})
    set_disabled(team, "admin", "manager", True)
    with team.connect() as conn:
        by_login = {o.login: o for o in list_operators(conn)}
    assert by_login["lea.martin"].roles == {Role.PREPARE_DELIVERIES, Role.START_DELIVERIES}
    assert by_login["lea.martin"].has_password and by_login["manager"].disabled
    assert sign_in(team, "lea.martin", "long-enough").name == "Léa Martin"
    with pytest.raises(SignInFailed, match="disabled"):
        reset_password(team, "admin", "manager", "managers-pass")
        sign_in(team, "manager", "managers-pass")
    with pytest.raises(OperatorError, match="yourself"):
        set_disabled(team, "admin", "admin", True)
