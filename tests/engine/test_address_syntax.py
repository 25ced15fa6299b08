"""The fast path of the address check agrees with email-validator."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email

from campaign_desktop.engine.address_syntax import is_valid_address

CASES = [
    "ann@example.com", "ann.smith+tag@mail.example.co.uk", "o'brien@example.ie", "a@b.io", "x@localhost",
    "x@example.test", "x@example", "x@@example.com", "x y@example.com", "x@example,com", "x..y@example.com",
    ".x@example.com", "x.@example.com", "x@-example.com", "x@example-.com", "a" * 65 + "@example.com",
    "x@" + "a" * 64 + ".com", "jean.dupont@orange.fr", "haruto.sato1@docomo.ne.jp", "émile@exemple.fr",
    "x@exa_mple.com", "x@example.c", "x@123.com", "UPPER@EXAMPLE.COM", "x@ex--ample.com",
]


def _reference(address: str) -> bool:
    try:
        validate_email(address, check_deliverability=False, strict=True)
    except EmailNotValidError:
        return False
    return True


@pytest.mark.parametrize("address", CASES)
def test_fast_path_agrees_with_email_validator(address):
    assert is_valid_address(address) == _reference(address)
