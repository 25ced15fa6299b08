"""The engine's messages in the user's language.

The engine says everything as a typed message (engine/messages.py): an id whose English
template lupdate reads from the engine's own file, and arguments. Here the template is
translated (context "Engine") and each argument shown as the screens show it: numbers
and times in the user's locale, states, roles, causes and sections by their translated
names. Lines stored before messages were typed have only their English: it is shown as is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from campaign_desktop.domain.enums import DeliveryState, ExclusionCause, Role
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import RATE_ARGS, ROLE_ARGS, STATE_ARGS, TIME_ARGS, Message, Msg, nested
from campaign_desktop.ui.delivery_model import format_time, state_label
from campaign_desktop.engine.lifecycle import Action
from campaign_desktop.ui.labels import action_label, cause_label, field_label, role_label

#: Actions as the engine names them in its sentences (their English button text).
_ACTIONS = {action.value: action for action in Action}

#: Qt's translate, under the name lupdate looks for.
translate = QCoreApplication.translate
_CAUSES = {cause.key: cause for cause in ExclusionCause}


def _sections() -> dict[str, str]:
    return {"properties": translate("Engine", "properties"), "content": translate("Engine", "content"),
            "audience": translate("Engine", "audience"), "parameters": translate("Engine", "parameters")}


def _parts() -> dict[str, str]:
    return {"subject": translate("Engine", "subject"), "HTML": translate("Engine", "HTML"),
            "text": translate("Engine", "text")}


def _argument(name: str, value: Any) -> str:
    inner = nested(value)
    if inner is not None:
        return text(inner)
    if name == "action" and isinstance(value, str) and value in _ACTIONS:
        return action_label(_ACTIONS[value])
    if name in STATE_ARGS and isinstance(value, str) and value in DeliveryState.__members__:
        return state_label(DeliveryState[value])
    if name in ROLE_ARGS and isinstance(value, str) and value in Role.__members__:
        return role_label(Role[value])
    if name in TIME_ARGS and isinstance(value, str):
        return format_time(dt.datetime.fromisoformat(value))
    if name in RATE_ARGS and isinstance(value, (int, float)):
        return QLocale().toString(value * 100, "f", 0) + " %"
    if name == "causes" and isinstance(value, dict):
        pair = translate("Engine", "{cause}: {count}")  # French puts a space before the colon
        return ", ".join(pair.format(cause=cause_label(_CAUSES[k]) if k in _CAUSES else k, count=QLocale().toString(int(n)))
                         for k, n in value.items())
    if name == "sections" and isinstance(value, list):
        return ", ".join(_sections().get(part, part) for part in value)
    if name == "part" and isinstance(value, str):
        return _parts().get(value, value)
    if name == "field" and isinstance(value, str):
        return field_label(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value)


def text(message: Message | None, english: str = "") -> str:
    """The message in the user's language; ``english`` when there is no typed message."""
    if message is None:
        return english
    shown = {name: _argument(name, value) for name, value in message.args.items()}
    try:
        return translate("Engine", message.id.value).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English then
        return message.id.value.format(**shown)


def reply_text(reply: str) -> str:
    """A log row's last reply as shown: the server's own words as they came, the engine's in the
    user's language."""
    if reply == Msg.REPLY_UNKNOWN.value:
        return translate("Engine", reply)
    delayed = Msg.REPLY_DELAYED.value.format(reply="")
    if reply.startswith(delayed):
        return translate("Engine", Msg.REPLY_DELAYED.value).format(reply=reply[len(delayed):])
    return reply


def error_text(exc: BaseException) -> str:
    """What to tell the user of a failure: the engine's message translated, or the error as it came."""
    return text(exc.message) if isinstance(exc, EngineError) else str(exc) or type(exc).__name__


__all__ = ["error_text", "text"]
