"""Classification of what a mail server says into failure types and reasons (DESIGN.md §4).

One ordered table: each rule matches on the enhanced status code (RFC 3463), the basic
reply code and the text; the first match decides. SMTP replies during the send and the
status lines of delivery status notifications (RFC 3464) are classified by the same
table. The rule's name is kept on the log row, beside the reply it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from campaign_desktop.domain.enums import FailureReason, FailureType

_ENHANCED = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
HARD, SOFT = FailureType.HARD, FailureType.SOFT


@dataclass(frozen=True)
class Rule:
    name: str
    enhanced: tuple[str, ...]  # prefixes such as "5.1.1" or "4.2."; empty: any
    classes: str  # reply classes the rule applies to: "4", "5" or "45"
    text: re.Pattern[str] | None
    type: FailureType
    reason: FailureReason


def _t(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


#: Words that say the address itself does not (or no longer) exist.
_ADDRESS_ITSELF = _t(r"user unknown|unknown user|no such user|does not exist|unknown recipient|invalid recipient|"
                     r"no mailbox|mailbox unavailable|address (is )?(disabled|invalid|inactive)")


RULES: tuple[Rule, ...] = (
    Rule("mailbox-full", ("4.2.2", "5.2.2"), "45", None, SOFT, FailureReason.MAILBOX_FULL),
    Rule("mailbox-full-text", (), "45", _t(r"mailbox (is )?full|over ?quota|quota exceeded|insufficient (system )?storage"), SOFT, FailureReason.MAILBOX_FULL),
    Rule("user-unknown", ("5.1.1", "5.1.0", "5.1.3", "5.1.6"), "5", None, HARD, FailureReason.USER_UNKNOWN),
    # A policy refusal (5.7.x) says nothing of the address unless its text does: Postfix words
    # every RCPT restriction "Recipient address rejected: …", access rules included.
    Rule("refused-address", ("5.7.",), "5", _ADDRESS_ITSELF, HARD, FailureReason.REFUSED),
    Rule("refused", ("5.7.", "4.7."), "45", None, SOFT, FailureReason.REFUSED),
    Rule("user-unknown-text", (), "5", _ADDRESS_ITSELF, HARD, FailureReason.USER_UNKNOWN),
    Rule("invalid-domain", ("5.1.2", "5.1.10", "4.1.2"), "45", None, SOFT, FailureReason.INVALID_DOMAIN),
    Rule("invalid-domain-text", (), "45", _t(r"host unknown|domain not found|no such domain|unrouteable|null mx"), SOFT, FailureReason.INVALID_DOMAIN),
    Rule("account-disabled", ("5.2.1",), "5", None, HARD, FailureReason.ACCOUNT_DISABLED),
    Rule("account-disabled-soft", ("4.2.1",), "4", None, SOFT, FailureReason.ACCOUNT_DISABLED),
    Rule("account-disabled-text", (), "45", _t(r"account (is )?(disabled|inactive|suspended|closed)|mailbox (is )?(disabled|inactive)"), SOFT, FailureReason.ACCOUNT_DISABLED),
    Rule("refused-text", (), "45", _t(r"spam|blocked|block ?list|black ?list|policy|reputation|rejected for|denied"), SOFT, FailureReason.REFUSED),
    Rule("unreachable-permanent", ("5.4.",), "5", None, HARD, FailureReason.UNREACHABLE),
    Rule("unreachable", ("4.4.", "4.3."), "4", None, SOFT, FailureReason.UNREACHABLE),
    Rule("service-unavailable", (), "4", _t(r"try again|temporar|service not available|too many|connection|timed? ?out|greylist"), SOFT, FailureReason.UNREACHABLE),
    Rule("address-not-specified", ("5.5.", "5.1.3"), "5", _t(r"address|recipient"), HARD, FailureReason.ADDRESS_NOT_SPECIFIED),
    Rule("undefined-temporary", (), "4", None, SOFT, FailureReason.NOT_DEFINED),
    Rule("undefined-permanent", (), "5", None, SOFT, FailureReason.NOT_DEFINED),
)
NO_REPLY = Rule("no-reply", (), "", None, SOFT, FailureReason.UNREACHABLE)


@dataclass(frozen=True)
class Classification:
    type: FailureType
    reason: FailureReason
    rule: str

    @property
    def success(self) -> bool:
        return self.type is FailureType.NONE


SUCCESS = Classification(FailureType.NONE, FailureReason.NOT_DEFINED, "accepted")


def enhanced_code(text: str) -> str | None:
    match = _ENHANCED.search(text)
    return ".".join(match.groups()) if match else None


def classify(code: int | None, text: str = "") -> Classification:
    """The type, reason and rule for a reply ``code`` (``None`` when the server never answered)."""
    if code is None:
        return Classification(NO_REPLY.type, NO_REPLY.reason, NO_REPLY.name)
    if 200 <= code < 400:
        return SUCCESS
    enhanced = enhanced_code(text) or ""
    reply_class = str(code)[0]
    for rule in RULES:
        if reply_class not in rule.classes:
            continue
        if rule.enhanced and not enhanced.startswith(rule.enhanced):
            continue
        if rule.text is not None and not rule.text.search(text):
            continue
        return Classification(rule.type, rule.reason, rule.name)
    return Classification(SOFT, FailureReason.NOT_DEFINED, "undefined")  # pragma: no cover - the table ends with catch-alls
