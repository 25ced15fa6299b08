"""Is an email address syntactically valid? email-validator decides, behind a fast path.

email-validator checks about 30,000 addresses a second; preparation must classify more
than that. The fast path accepts only plain ASCII ``local@domain.tld`` forms that
email-validator is known to accept (a test checks the two agree); anything else goes
to email-validator.

Reserved and special-use names (``.test``, ``.example``, ``.invalid``, ``.localhost`` …) are
well-formed: whether mail to them can arrive is a deliverability question, which a
typology rule may answer (``is_reserved_domain``), not a syntax one. Trainers and test
relays use them.

International addresses (RFC 6531/6532): a domain travels as its A-label (IDNA 2008 with
the UTS #46 mapping, so a fullwidth ``ｅｘａｍｐｌｅ.com`` is ``example.com``); a local part
outside ASCII travels as it is, NFC, and needs the relay's ``SMTPUTF8``. The limits of
RFC 5321 are counted in octets of that form: local part 64, domain 255, path 256.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import email_validator
import idna
from email_validator import EmailNotValidError, validate_email

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")
#: The names email-validator refuses as special-use (RFC 6761 and the IANA registry).
RESERVED_DOMAINS = (*email_validator.SPECIAL_USE_DOMAIN_NAMES, "example")  # and RFC 2606's documentation TLD
# email-validator reads this list at each call and documents it as the setting to change:
# emptied, it checks syntax alone, as a campaign tool must.
email_validator.SPECIAL_USE_DOMAIN_NAMES[:] = []


#: RFC 5321 §4.5.3.1: the local part, the domain, and the path (``<address>``, so the address is 2 less).
MAX_LOCAL_OCTETS, MAX_DOMAIN_OCTETS, MAX_ADDRESS_OCTETS = 64, 255, 254


@dataclass(frozen=True)
class WireAddress:
    """An address as it travels: the local part as written (NFC), the domain as its A-label."""

    local: str
    domain: str

    @property
    def needs_smtputf8(self) -> bool:
        """A local part outside ASCII can only travel to a relay that offers SMTPUTF8."""
        return not self.local.isascii()

    def __str__(self) -> str:
        return f"{self.local}@{self.domain}" if self.domain else self.local


def a_label(domain: str) -> str:
    """The domain as IDNA A-labels (UTS #46 mapping, non-transitional); as written, lower-cased,
    when it is no valid IDN (the syntax rule says why; comparing it must still work)."""
    if domain.isascii():
        return domain.lower()
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        return unicodedata.normalize("NFC", domain).lower()


def wire_address(address: str) -> WireAddress:
    """``address`` in the form it is sent in (envelope and headers)."""
    address = address.strip()
    if address.isascii():
        local, _, domain = address.rpartition("@")
        return WireAddress(local, domain) if local else WireAddress(address, "")
    address = unicodedata.normalize("NFC", address)
    local, _, domain = address.rpartition("@")
    if not local:
        return WireAddress(address, "")
    return WireAddress(local, a_label(domain))


def address_key(address: str | None) -> str | None:
    """The form addresses are compared in (duplicates, quarantine, denylist, re-import):
    trimmed, NFC, the local part lower-cased, the domain as its A-label; ``None`` when empty."""
    if address is None:
        return None
    address = address.strip()
    if not address:
        return None
    if address.isascii():
        return address.lower()
    wire = wire_address(address)
    local = unicodedata.normalize("NFC", wire.local.lower())
    return f"{local}@{wire.domain}" if wire.domain else local


def length_problem(address: str) -> str | None:
    """Why ``address`` breaks an RFC 5321 length limit, counted in octets as it travels."""
    wire = wire_address(address)
    local, domain = len(wire.local.encode()), len(wire.domain.encode())
    if local > MAX_LOCAL_OCTETS:
        return f"The part before the @-sign is {local} octets long; the limit is {MAX_LOCAL_OCTETS}."
    if domain > MAX_DOMAIN_OCTETS:
        return f"The part after the @-sign is {domain} octets long; the limit is {MAX_DOMAIN_OCTETS}."
    if local + 1 + domain > MAX_ADDRESS_OCTETS:
        return f"The address is {local + 1 + domain} octets long; the limit is {MAX_ADDRESS_OCTETS}."
    return None


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
        # strict: the length limits too (it counts characters; length_problem counts octets)
        validate_email(address, check_deliverability=False, strict=True)
    except EmailNotValidError as exc:
        return str(exc)
    return length_problem(address)


def is_reserved_domain(address: str) -> bool:
    """Whether the address's domain is a reserved or special-use name, where no mail arrives."""
    domain = domain_of(address).rstrip(".")
    return any(domain == name or domain.endswith("." + name) for name in RESERVED_DOMAINS)


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()
