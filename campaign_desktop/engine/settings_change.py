"""Changing the workspace's settings: an administrator's act, checked here in the engine.

The settings decide where every delivery goes (the relay), how its links are signed and
counted, and when addresses are quarantined; they are the same for every operator of the
workspace. So, as in the enterprise product, only an *Administrator* changes them, whether
from the app or from a script; ``save_settings`` stays for the workspace's own set-up
(the demo, the tests, the tracking secret made on first use). The command line types
values in as text: ``parse_setting`` reads them as the setting's own type.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Engine

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.operators import require_admin
from campaign_desktop.engine.settings import Settings, save_settings


def change_settings(engine: Engine, actor: str, **values: Any) -> None:
    with engine.connect() as conn:
        require_admin(conn, actor)
    save_settings(engine, **values)


class SettingRefused(EngineError, ValueError):
    """A setting that does not exist, cannot be set by hand, or a value it cannot take."""


#: Made by the workspace itself (``tracking_secret``) or an internal bag of values: never typed in.
NOT_BY_HAND = frozenset({"tracking_secret"})


def parse_setting(name: str, text: str) -> Any:
    """The value ``text`` means for setting ``name``, in the setting's own type (an enum by its
    name or number, a yes/no, a number), or ``SettingRefused`` saying why not."""
    defaults = Settings()
    if name not in defaults.names:
        raise SettingRefused(Msg.SETTING_UNKNOWN, name=name, known=", ".join(sorted(set(defaults.names) - NOT_BY_HAND)))
    if name in NOT_BY_HAND:
        raise SettingRefused(Msg.SETTING_NOT_BY_HAND, name=name)
    default = getattr(defaults, name)
    try:
        if isinstance(default, enum.Enum):
            kind = type(default)
            return kind[text.strip().upper()] if not text.strip().isdigit() else kind(int(text))
        if isinstance(default, bool):
            lowered = text.strip().lower()
            if lowered not in _YES | _NO:
                raise ValueError("yes or no")
            return lowered in _YES
        if isinstance(default, (int, float)):
            try:
                value = type(default)(text)
            except ValueError:
                raise ValueError("a whole number" if isinstance(default, int) else "a number") from None
            if value < 0:
                raise ValueError("a number of zero or more")
            return value
        if name in _CHOICES and text not in _CHOICES[name]:
            raise ValueError(", ".join(_CHOICES[name]))
        return text
    except (KeyError, ValueError) as exc:
        choices = ", ".join(m.name.lower() for m in type(default)) if isinstance(default, enum.Enum) else str(exc)
        raise SettingRefused(Msg.SETTING_BAD_VALUE, name=name, value=text, detail=choices) from exc


_YES, _NO = frozenset({"yes", "true", "on", "1"}), frozenset({"no", "false", "off", "0"})
_SECURITY = ("none", "starttls", "tls")
_CHOICES = {"smtp_security": _SECURITY, "bounce_security": _SECURITY}


def visible_settings(settings: Settings) -> dict[str, Any]:
    """Every setting as plain JSON values; the secret made by the workspace only says whether it is set."""
    shown: dict[str, Any] = {}
    for name in settings.names:
        value = getattr(settings, name)
        if name in NOT_BY_HAND:
            shown[name] = "(set)" if value else "(not set)"
        else:
            shown[name] = value.name.lower() if isinstance(value, enum.Enum) else value
    return shown
