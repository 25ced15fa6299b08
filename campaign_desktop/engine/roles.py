"""Who may do what: every role is checked here, in the engine, for the app and the command line alike.

The refusal names the role and the operator and says what to do about it, whatever the
action was (preparing, confirming a send, changing the settings …).
"""

from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from campaign_desktop.db.models import Operator
from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg


class RoleRefused(EngineError):
    """The operator does not exist, is disabled, or lacks the role the action needs."""


def active_operator(conn: Connection, login: str) -> Operator:
    with Session(bind=conn) as session:
        operator = session.execute(select(Operator).where(Operator.login == login)).scalar_one_or_none()
        if operator is None or operator.disabled:
            raise RoleRefused(Msg.NO_OPERATOR, login=login)
        session.expunge(operator)
        return operator


def require_role(conn: Connection, login: str, role: Role) -> Operator:
    """The operator, when active and holding ``role`` (Administrator holds every role)."""
    operator = active_operator(conn, login)
    if not operator.has_role(role):
        raise RoleRefused(Msg.ROLE_MISSING, role=role, login=login)
    return operator


__all__ = ["RoleRefused", "active_operator", "require_role"]
