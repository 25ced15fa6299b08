"""Operators: signing in with a hashed password, and what an administrator does with them.

Passwords are hashed with scrypt (Python's standard library, memory-hard, the kind of
function OWASP recommends for passwords); only the hash is stored. Every change here needs
the *Administrator* role, checked in the engine, so the command line and the app obey the
same rule. A workspace whose operators have no password yet (the demo) signs in without a
prompt; the app says so.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from campaign_desktop.db.models import Operator, OperatorRole
from campaign_desktop.domain.enums import Role
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.roles import require_role

#: scrypt's cost parameters: about 50 ms and 16 MB a hash on a laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD_LENGTH = 8
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class SignInFailed(EngineError, ValueError):
    """Wrong login or password, or a disabled operator."""


class OperatorError(EngineError, ValueError):
    """An administrator's change that cannot be made (a taken login, a short password …)."""


@dataclass(frozen=True)
class OperatorInfo:
    login: str
    name: str
    disabled: bool
    has_password: bool
    roles: frozenset[Role]


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(stored: str, password: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    computed = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(computed.hex(), digest)


def list_operators(conn: Connection) -> list[OperatorInfo]:
    roles: dict[int, set[Role]] = {}
    for operator_id, role in conn.execute(select(OperatorRole.operator_id, OperatorRole.role)):
        roles.setdefault(operator_id, set()).add(role)
    rows = conn.execute(select(Operator.id, Operator.login, Operator.name, Operator.disabled, Operator.password_hash)
                        .order_by(Operator.login))
    return [OperatorInfo(login, name, disabled, bool(hashed), frozenset(roles.get(i, ()))) for i, login, name, disabled, hashed in rows]


def needs_password(conn: Connection) -> bool:
    """False for a workspace where no active operator has a password yet (the demo's case)."""
    count = conn.execute(select(func.count()).where(Operator.password_hash.is_not(None), Operator.disabled.is_(False)))
    return bool(count.scalar_one())


def sign_in(engine: Engine, login: str, password: str) -> OperatorInfo:
    """The operator, when the login and password are right; ``SignInFailed`` with the reason otherwise."""
    with engine.connect() as conn:
        row = conn.execute(select(Operator.password_hash, Operator.disabled).where(Operator.login == login.strip())).one_or_none()
        if row is None or (row[0] is not None and not verify_password(row[0], password)):
            raise SignInFailed(Msg.WRONG_LOGIN)
        if row[0] is None and needs_password(conn):
            raise SignInFailed(Msg.NO_PASSWORD_YET)
        if row[1]:
            raise SignInFailed(Msg.OPERATOR_DISABLED)
        return next(o for o in list_operators(conn) if o.login == login.strip())


def require_admin(conn: Connection, actor: str) -> None:
    """Refuse (``RoleRefused``) unless ``actor`` is an active administrator."""
    require_role(conn, actor, Role.ADMINISTRATOR)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise OperatorError(Msg.PASSWORD_TOO_SHORT, count=MIN_PASSWORD_LENGTH)


def _operator_id(conn: Connection, login: str) -> int:
    found = conn.execute(select(Operator.id).where(Operator.login == login)).scalar_one_or_none()
    if found is None:
        raise OperatorError(Msg.NO_SUCH_OPERATOR, login=login)
    return found


def create_operator(engine: Engine, actor: str, login: str, name: str, password: str, roles: set[Role]) -> None:
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise OperatorError(Msg.LOGIN_FORMAT)
    _check_password(password)
    with engine.begin() as conn:
        require_admin(conn, actor)
        if conn.execute(select(Operator.id).where(Operator.login == login)).scalar_one_or_none() is not None:
            raise OperatorError(Msg.LOGIN_TAKEN, login=login)
        operator_id = conn.execute(insert(Operator).values(login=login, name=name.strip() or login, disabled=False,
                                                           password_hash=hash_password(password)).returning(Operator.id)).scalar_one()
        if roles:
            conn.execute(insert(OperatorRole), [{"operator_id": operator_id, "role": role} for role in roles])


def set_roles(engine: Engine, actor: str, login: str, roles: set[Role]) -> None:
    with engine.begin() as conn:
        require_admin(conn, actor)
        if login == actor and Role.ADMINISTRATOR not in roles:
            raise OperatorError(Msg.KEEP_OWN_ADMIN)
        operator_id = _operator_id(conn, login)
        conn.execute(delete(OperatorRole).where(OperatorRole.operator_id == operator_id))
        if roles:
            conn.execute(insert(OperatorRole), [{"operator_id": operator_id, "role": role} for role in roles])


def set_disabled(engine: Engine, actor: str, login: str, disabled: bool) -> None:
    with engine.begin() as conn:
        require_admin(conn, actor)
        if login == actor and disabled:
            raise OperatorError(Msg.CANNOT_DISABLE_SELF)
        conn.execute(update(Operator).where(Operator.id == _operator_id(conn, login)).values(disabled=disabled))


def reset_password(engine: Engine, actor: str, login: str, password: str) -> None:
    _check_password(password)
    with engine.begin() as conn:
        if login != actor:  # one's own password needs no role
            require_admin(conn, actor)
        conn.execute(update(Operator).where(Operator.id == _operator_id(conn, login)).values(password_hash=hash_password(password)))
