"""Is an email address syntactically valid? email-validator decides, behind a fast path.

email-validator checks about 30,000 addresses a second; preparation must classify more
than that. The fast path accepts only plain ASCII ``local@domain.tld`` forms that
email-validator is known to accept (a test checks the two agree); anything else goes
to email-validator.

Reserved and special-use names (``.test``, ``.example``, ``.invalid``, ``.localhost`` …) are
well-formed: whether mail to them can arrive is a deliverability question, which a
typology rule may answer (``is_reserved_domain``), not a syntax one. Trainers and test
relays use them.
"""

from __future__ import annotations

import re

import email_validator
from email_validator import EmailNotValidError, validate_email

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")
#: The names email-validator refuses as special-use (RFC 6761 and the IANA registry).
RESERVED_DOMAINS = (*email_validator.SPECIAL_USE_DOMAIN_NAMES, "example")  # and RFC 2606's documentation TLD
# email-validator reads this list at each call and documents it as the setting to change:
# emptied, it checks syntax alone, as a campaign tool must.
email_validator.SPECIAL_USE_DOMAIN_NAMES[:] = []


def is_valid_address(address: str) -> bool:
    """True when ``address`` is a deliverable-looking address (no DNS lookup)."""
    if _PLAIN.fullmatch(address) and len(address) <= 254:
        local, _, domain = address.rpartition("@")
        # "--" can make a label an IDNA one: email-validator decides those
        if len(local) <= 64 and "--" not in domain:
            return True
    return address_problem(address) is None


def address_problem(address: str) -> str | None:
    """Why ``address`` is invalid, in email-validator's words; ``None`` when it is valid."""
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


def is_reserved_domain(address: str) -> bool:
    """Whether the address's domain is a reserved or special-use name, where no mail arrives."""
    domain = domain_of(address).rstrip(".")
    return any(domain == name or domain.endswith("." + name) for name in RESERVED_DOMAINS)


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()
