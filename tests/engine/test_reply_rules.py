"""Every rule of the reply table with a reply a real server sends."""

from __future__ import annotations

import pytest

from campaign_desktop.domain.enums import FailureReason as R
from campaign_desktop.domain.enums import FailureType as T
from campaign_desktop.engine.reply_rules import RULES, classify

CASES = [
    (452, "4.2.2 The email account that you tried to reach is over quota", T.SOFT, R.MAILBOX_FULL, "mailbox-full"),
    (552, "5.2.2 Mailbox full", T.SOFT, R.MAILBOX_FULL, "mailbox-full"),
    (452, "Insufficient system storage", T.SOFT, R.MAILBOX_FULL, "mailbox-full-text"),
    (550, "5.1.1 The email account that you tried to reach does not exist", T.HARD, R.USER_UNKNOWN, "user-unknown"),
    (550, "Requested action not taken: no such user here", T.HARD, R.USER_UNKNOWN, "user-unknown-text"),
    (550, "5.1.2 Host unknown", T.SOFT, R.INVALID_DOMAIN, "invalid-domain"),
    (554, "Unrouteable address: no such domain", T.SOFT, R.INVALID_DOMAIN, "invalid-domain-text"),
    (550, "5.2.1 The email account that you tried to reach is disabled", T.HARD, R.ACCOUNT_DISABLED, "account-disabled"),
    (450, "4.2.1 Mailbox temporarily disabled", T.SOFT, R.ACCOUNT_DISABLED, "account-disabled-soft"),
    (550, "Account suspended", T.SOFT, R.ACCOUNT_DISABLED, "account-disabled-text"),
    (554, "5.7.1 Message rejected as spam", T.SOFT, R.REFUSED, "refused"),
    # Postfix's words for an access rule: a policy, not the address (it quarantined 3,998 addresses once)
    (550, "5.7.1 <c@policy.test>: Recipient address rejected: Access denied", T.SOFT, R.REFUSED, "refused"),
    (550, "5.7.1 <x@corp.example>: Recipient address rejected: User unknown in relay recipient table", T.HARD, R.REFUSED,
     "refused-address"),
    (550, "Your IP is on a block list", T.SOFT, R.REFUSED, "refused-text"),
    (554, "Recipient address rejected: Access denied", T.SOFT, R.REFUSED, "refused-text"),
    (550, "5.4.4 Host permanently unreachable", T.HARD, R.UNREACHABLE, "unreachable-permanent"),
    (451, "4.4.1 No answer from host", T.SOFT, R.UNREACHABLE, "unreachable"),
    (421, "Service not available, closing transmission channel", T.SOFT, R.UNREACHABLE, "service-unavailable"),
    (553, "5.5.0 Recipient address required", T.HARD, R.ADDRESS_NOT_SPECIFIED, "address-not-specified"),
    (450, "4.0.0 Something odd", T.SOFT, R.NOT_DEFINED, "undefined-temporary"),
    (554, "Transaction failed", T.SOFT, R.NOT_DEFINED, "undefined-permanent"),
]


@pytest.mark.parametrize(("code", "text", "type_", "reason", "rule"), CASES)
def test_each_reply_is_classified(code, text, type_, reason, rule):
    found = classify(code, text)
    assert (found.type, found.reason, found.rule) == (type_, reason, rule)


def test_every_rule_has_a_case():
    assert {rule.name for rule in RULES} == {case[-1] for case in CASES}


def test_success_and_no_reply():
    assert classify(250, "2.0.0 OK queued").success
    silent = classify(None)
    assert (silent.type, silent.reason, silent.rule) == (T.SOFT, R.UNREACHABLE, "no-reply")
