"""The engine's messages in the user's language.

The engine has no Qt: its journal lines, reasons and refusals are English sentences, which
the command line prints as they are. The screens show them through this catalogue: each
known sentence is a pattern whose variable parts are carried into the translated one
(``Send confirmed by %1.``). A sentence that matches no pattern is shown as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from campaign_desktop.domain.enums import DeliveryState, ExclusionCause, Role
from campaign_desktop.ui.delivery_model import state_label
from campaign_desktop.ui.labels import cause_label, role_label

#: Qt's translate, under the name lupdate looks for; the context is "Engine".
translate = QCoreApplication.translate
_CAUSES = {cause.key: cause for cause in ExclusionCause}


def _number(text: str) -> str:
    return QLocale().toString(int(text)) if text.isdigit() else text


def _causes(text: str) -> str:
    """``missing_address: 227, duplicate: 399`` with the causes' names and the locale's numbers."""
    parts = []
    for item in text.split(", "):
        key, _, count = item.partition(": ")
        cause = _CAUSES.get(key)
        parts.append(f"{cause_label(cause) if cause else key}: {_number(count)}")
    return ", ".join(parts)


def _state(text: str) -> str:
    found = next((s for s in DeliveryState if s.name.lower() == text.lower()), None)
    return state_label(found) if found is not None else text


def _role(text: str) -> str:
    found = next((r for r in Role if r.name.replace("_", " ").lower() == text.lower()), None)
    return role_label(found) if found is not None else text


Catalogue = list[tuple[re.Pattern[str], Callable[[], str], tuple[Callable[[str], str], ...]]]


def _catalogue() -> Catalogue:
    """(pattern, translated template, how each group is shown); built at each call so that a
    language chosen after start is honoured."""
    n, s, same = _number, _state, str
    entries: list[tuple[str, Callable[[], str], tuple[Callable[[str], str], ...]]] = [
        (r"Preparation started\.", lambda: translate("Engine", "Preparation started."), ()),
        (r"Preparation finished: (\d+) targeted, (\d+) to deliver, (\d+) to exclude \((.+)\)\.",
         lambda: translate("Engine", "Preparation finished: %1 targeted, %2 to deliver, %3 to exclude (%4)."), (n, n, n, _causes)),
        (r"Preparation finished: (\d+) targeted, (\d+) to deliver, (\d+) to exclude\.",
         lambda: translate("Engine", "Preparation finished: %1 targeted, %2 to deliver, %3 to exclude."), (n, n, n)),
        (r"Preparation stopped by the user: no log was kept\.",
         lambda: translate("Engine", "Preparation stopped by the user: no log was kept."), ()),
        (r"Preparation failed: (.+)", lambda: translate("Engine", "Preparation failed: %1"), (same,)),
        (r"Send confirmed by (.+)\.", lambda: translate("Engine", "Send confirmed by %1."), (same,)),
        (r"All messages handed over: (\d+) accepted, (\d+) failed\.",
         lambda: translate("Engine", "All messages handed over: %1 accepted, %2 failed."), (n, n)),
        (r"Seed copies: (\d+) of (\d+) accepted\.", lambda: translate("Engine", "Seed copies: %1 of %2 accepted."), (n, n)),
        (r"(\d+) message\(s\) were being handed over when the send was interrupted: their fate is unknown and they were not sent again\.",
         lambda: translate("Engine", "%1 message(s) were being handed over when the send was interrupted: their fate is "
                                     "unknown and they were not sent again."), (n,)),
        (r"The send paused itself: the bounce rate passed (.+)\.",
         lambda: translate("Engine", "The send paused itself: the bounce rate passed %1."), (same,)),
        (r"paused automatically: bounce rate over (.+)", lambda: translate("Engine", "paused automatically: bounce rate over %1"), (same,)),
        (r"paused when the application closed", lambda: translate("Engine", "paused when the application closed"), ()),
        (r"(paused|sending|stopped) by (.+)", lambda: translate("Engine", "%1 by %2"), (s, same)),
        (r"Edited after preparation \((.+)\): prepare it again\.",
         lambda: translate("Engine", "Edited after preparation (%1): prepare it again."), (_sections,)),
        (r"Recurring delivery: waiting for an operator to confirm the send\.",
         lambda: translate("Engine", "Recurring delivery: waiting for an operator to confirm the send."), ()),
        (r"The subject is empty\.", lambda: translate("Engine", "The subject is empty."), ()),
        (r"The sender address is empty\.", lambda: translate("Engine", "The sender address is empty."), ()),
        (r"The sender address '(.*)' is not a valid address\.",
         lambda: translate("Engine", "The sender address '%1' is not a valid address."), (same,)),
        (r"The HTML content has no unsubscribe link\.", lambda: translate("Engine", "The HTML content has no unsubscribe link."), ()),
        (r"Unresolved personalisation field 'recipient\.(.+)' in the (.+)\.",
         lambda: translate("Engine", "Unresolved personalisation field 'recipient.%1' in the %2."), (same, same)),
        (r"An empty link \('(.*)'\) goes nowhere\.", lambda: translate("Engine", "An empty link ('%1') goes nowhere."), (same,)),
        (r"The link '(.*)' is broken\.", lambda: translate("Engine", "The link '%1' is broken."), (same,)),
        (r"The link '(.*)' is not https\.", lambda: translate("Engine", "The link '%1' is not https."), (same,)),
        (r"There is no text part: mail clients that do not show HTML will get one generated from it\.",
         lambda: translate("Engine", "There is no text part: mail clients that do not show HTML will get one generated from it."), ()),
        (r"(\d+) message\(s\) are larger than (\d+) KB \(largest (\d+) KB\): common webmail will clip them\.",
         lambda: translate("Engine", "%1 message(s) are larger than %2 KB (largest %3 KB): common webmail will clip them."), (n, n, n)),
        (r"Personalisation error in the (.+), line (.+): (.+)",
         lambda: translate("Engine", "Personalisation error in the %1, line %2: %3"), (same, same, same)),
        (r"You do not have the '(.+)' role: ask an administrator to give it to you, or ask a colleague who has it to confirm the send\.",
         lambda: translate("Engine", "You do not have the '%1' role: ask an administrator to give it to you, or ask a colleague "
                                     "who has it to confirm the send."), (_role,)),
        (r"There is no active operator '(.*)'\.", lambda: translate("Engine", "There is no active operator '%1'."), (same,)),
        (r"Only a prepared delivery can be sent; this one is (.+)\.",
         lambda: translate("Engine", "Only a prepared delivery can be sent; this one is %1."), (s,)),
        (r"The analysis has (\d+) error\(s\): correct them and prepare again\.",
         lambda: translate("Engine", "The analysis has %1 error(s): correct them and prepare again."), (n,)),
        (r"A delivery that is (.+) cannot become (.+)\.", lambda: translate("Engine", "A delivery that is %1 cannot become %2."), (s, s)),
        (r"A delivery that is (.+) cannot be resumed\.", lambda: translate("Engine", "A delivery that is %1 cannot be resumed."), (s,)),
        (r"The send had been interrupted; (.+) took it up again\.",
         lambda: translate("Engine", "The send had been interrupted; %1 took it up again."), (same,)),
        (r"Another process \((.+), process (.+)\) is already sending this delivery; its last sign of life was at (.+) UTC\.",
         lambda: translate("Engine", "Another process (%1, process %2) is already sending this delivery; its last sign of life "
                                     "was at %3 UTC."), (same, same, same)),
        (r"Another process started sending this delivery at the same moment\.",
         lambda: translate("Engine", "Another process started sending this delivery at the same moment."), ()),
        (r"This delivery is being sent by another process \((.+), process (.+)\)\.",
         lambda: translate("Engine", "This delivery is being sent by another process (%1, process %2)."), (same, same)),
        (r"The delivery is (.+): confirm the send first\.", lambda: translate("Engine", "The delivery is %1: confirm the send first."), (s,)),
        (r"A delivery in the state (.+) cannot be edited\.", lambda: translate("Engine", "A delivery in the state %1 cannot be edited."), (s,)),
        (r"A delivery in the state (.+) cannot be deleted: stop it first\.",
         lambda: translate("Engine", "A delivery in the state %1 cannot be deleted: stop it first."), (s,)),
        (r"Another delivery already has the internal name '(.*)'\.",
         lambda: translate("Engine", "Another delivery already has the internal name '%1'."), (same,)),
        (r"A label is required\.", lambda: translate("Engine", "A label is required."), ()),
        (r"The internal name takes letters, digits, '-', '_' and '\.', and no spaces\.",
         lambda: translate("Engine", "The internal name takes letters, digits, '-', '_' and '.', and no spaces."), ()),
        (r"The sender address is required\.", lambda: translate("Engine", "The sender address is required."), ()),
        (r"The validity period must be longer than zero\.", lambda: translate("Engine", "The validity period must be longer than zero."), ()),
        (r"Give at least one test address\.", lambda: translate("Engine", "Give at least one test address."), ()),
        (r"A proof goes to at most (\d+) addresses; (\d+) were given\.",
         lambda: translate("Engine", "A proof goes to at most %1 addresses; %2 were given."), (n, n)),
        (r"'(.*)' is not a valid address: (.+)", lambda: translate("Engine", "'%1' is not a valid address: %2"), (same, same)),
        (r"Wrong login or password\.", lambda: translate("Engine", "Wrong login or password."), ()),
        (r"This operator has no password yet: ask an administrator to set one\.",
         lambda: translate("Engine", "This operator has no password yet: ask an administrator to set one."), ()),
        (r"This operator is disabled: ask an administrator\.", lambda: translate("Engine", "This operator is disabled: ask an administrator."), ()),
        (r"A password has at least (\d+) characters\.", lambda: translate("Engine", "A password has at least %1 characters."), (n,)),
        (r"The login '(.*)' is taken\.", lambda: translate("Engine", "The login '%1' is taken."), (same,)),
        (r"A login is 2 to 64 lower-case letters, digits, '\.', '_' or '-'\.",
         lambda: translate("Engine", "A login is 2 to 64 lower-case letters, digits, '.', '_' or '-'."), ()),
        (r"You cannot take the Administrator role from yourself\.",
         lambda: translate("Engine", "You cannot take the Administrator role from yourself."), ()),
        (r"You cannot disable yourself\.", lambda: translate("Engine", "You cannot disable yourself."), ()),
        (r"No pickup folder: choose one in the settings\.", lambda: translate("Engine", "No pickup folder: choose one in the settings."), ()),
        (r"The system keyring cannot store the password: (.+)",
         lambda: translate("Engine", "The system keyring cannot store the password: %1"), (same,)),
        (r"The sending windows never open\.", lambda: translate("Engine", "The sending windows never open."), ()),
        (r"(.+) is empty\.", lambda: translate("Engine", "%1 is empty."), (same,)),
    ]
    return [(re.compile(pattern + r"\Z", re.DOTALL), template, shows) for pattern, template, shows in entries]


def _sections(text: str) -> str:
    names = {"properties": translate("Engine", "properties"), "content": translate("Engine", "content"),
             "audience": translate("Engine", "audience"), "parameters": translate("Engine", "parameters")}
    return ", ".join(names.get(part, part) for part in text.split(", "))


def engine_text(message: str) -> str:
    """The engine's ``message`` in the user's language, line by line."""
    return "\n".join(_line(line) for line in message.split("\n"))


def _line(line: str) -> str:
    for pattern, template, shows in _catalogue():
        match = pattern.match(line)
        if match:
            text = template()
            for index, (value, show) in enumerate(zip(match.groups(), shows), start=1):
                text = text.replace(f"%{index}", show(value))
            return text
    return line
