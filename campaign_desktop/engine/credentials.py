"""The SMTP relay's and the error mailbox's passwords, kept in the system keyring, never in the database.

The database may be shared by a team (PostgreSQL) or copied to a trainer's laptop; a
password in it would travel with it. The keyring entry is per machine and per login.
"""

from __future__ import annotations

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg

KEYRING_SERVICE = "campaign-desktop-smtp"
MAILBOX_SERVICE = "campaign-desktop-mailbox"


class KeyringUnavailable(EngineError):
    """This machine has no usable keyring (a headless server without a secret service)."""


def smtp_password(login: str, service: str = KEYRING_SERVICE) -> str:
    """The stored password of ``login``; empty when there is none or no keyring."""
    if not login:
        return ""
    try:
        import keyring

        return keyring.get_password(service, login) or ""
    except Exception:  # no keyring backend on this machine: the server is tried without a password
        return ""


def mailbox_password(login: str) -> str:
    return smtp_password(login, MAILBOX_SERVICE)


def store_mailbox_password(login: str, password: str) -> None:
    store_smtp_password(login, password, MAILBOX_SERVICE)


def store_smtp_password(login: str, password: str, service: str = KEYRING_SERVICE) -> None:
    """Keep (or, with an empty password, forget) the password of ``login``."""
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        if password:
            keyring.set_password(service, login, password)
        else:
            try:
                keyring.delete_password(service, login)
            except PasswordDeleteError:
                pass  # nothing was stored
    except Exception as exc:
        if isinstance(exc, KeyringUnavailable):
            raise
        raise KeyringUnavailable(Msg.KEYRING_UNAVAILABLE, detail=str(exc)) from exc
