"""Header lines that a mail client decodes to exactly the intended text, and nothing more.

A profile value reaches the Subject, a typed name the From: either could carry a line
break, a control character, an RFC 2047 encoded-word look-alike (``=?utf-8?q?…=0D=0ABcc:…?=``,
the class of CVE-2024-6923) or ten thousand characters. So every value is cleaned first
(controls and line breaks become a space), then written either as plain ASCII folded at
spaces, or, when it holds anything else or something that looks like an encoded word, as
encoded words of at most 75 characters that never split a character. Display names are
quoted or encoded so a comma, a quote or an angle bracket cannot add an address. A header
that is not trivially safe is parsed back the way a client would (``email.policy.default``)
and must give back what was meant, or the message is not built (``HeaderProblem``).
"""

from __future__ import annotations

import base64
import functools
import re
from email import policy
from email.header import Header

from campaign_desktop.engine.address_syntax import wire_address
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg

UTF8 = "utf-8"
ISO_2022_JP = "iso-2022-jp"
#: RFC 5322 §2.1.1: lines SHOULD be at most 78 characters and MUST be at most 998.
FOLD_AT, MAX_LINE = 78, 998
#: UTF-8 octets an encoded word carries: 39 octets are 52 base64 characters, 64 with ``=?utf-8?b?…?=``,
#: so even the first word fits on its header's line within 78 (``Reply-To: `` and 64 make 74).
_WORD_OCTETS = 39
#: A plain word longer than this cannot be folded under the line limit: the value is encoded instead.
_LONGEST_PLAIN_WORD = 900

#: C0 and C1 controls, DEL, NEL, the line and paragraph separators, and any run of white space.
_CONTROLS = re.compile(r"[\x00-\x20\x7f-\x9f\u2028\u2029\s]+")
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')
_FAST = re.compile(r"[ -~]{0,60}")
_PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9.-]{1,189}")


class HeaderProblem(EngineError, ValueError):
    """A header could not be written so that it decodes to what was meant."""

    def __init__(self, name: str, detail: str) -> None:
        self.name, self.detail = name, detail
        super().__init__(Msg.HEADER_PROBLEM, header=name, detail=detail)


def header_text(value: str) -> str:
    """The text a header will say: every control character, line break and run of white space
    is one space, and none at either end."""
    return _CONTROLS.sub(" ", value).strip()


def _encoded_words(value: str, charset: str) -> list[str]:
    """``value`` as encoded words of at most 75 characters, never splitting a character."""
    if charset == ISO_2022_JP:
        try:
            return Header(value, ISO_2022_JP, maxlinelen=75).encode(linesep="\n").split("\n ")
        except UnicodeEncodeError:
            pass  # a character ISO-2022-JP cannot carry: UTF-8 it is
    words, chunk, size = [], [], 0
    for char in value:
        octets = len(char.encode())
        if size + octets > _WORD_OCTETS:
            words.append("".join(chunk))
            chunk, size = [], 0
        chunk.append(char)
        size += octets
    words.append("".join(chunk))
    return [f"=?utf-8?b?{base64.b64encode(word.encode()).decode()}?=" for word in words]


def _needs_encoding(value: str) -> bool:
    return not value.isascii() or "=?" in value or any(len(w) > _LONGEST_PLAIN_WORD for w in value.split(" "))


def _fold(name: str, tokens: list[str]) -> str:
    """``Name: token token …`` with a line break before a space wherever a line would pass 78."""
    lines, line = [], f"{name}:"
    for token in tokens:
        if len(line) + 1 + len(token) > FOLD_AT and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + token
    lines.append(line)
    return "\r\n".join(lines)


def unstructured(name: str, value: str, charset: str = UTF8) -> str:
    """A whole unstructured header (``Subject: …``), folded, without the final CRLF."""
    text = header_text(value)
    if not _needs_encoding(text):
        return _fold(name, text.split(" ") if text else [])
    return _fold(name, _encoded_words(text, charset))


def display_name(name: str, charset: str = UTF8) -> list[str]:
    """The phrase before an address: atoms, a quoted string, or encoded words that carry the
    whole name, spaces included (RFC 2047 §6.2: the white space between encoded words is not
    the name's)."""
    text = header_text(name)
    if _needs_encoding(text) or len(text) > FOLD_AT - 10:
        return _encoded_words(text, charset)
    if _SPECIALS.search(text):
        return ['"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"']
    return text.split(" ")


def address_header(name: str, address: str, person: str = "", charset: str = UTF8) -> str:
    """``From: Name <address>`` (the domain as its A-label), folded, without the final CRLF."""
    wire = str(wire_address(header_text(address)))
    phrase = display_name(person, charset) if header_text(person) else []
    return _fold(name, [*phrase, f"<{wire}>"] if phrase else [wire])


def check(lines: str, expected: dict[str, str], addresses: dict[str, tuple[str, str]] | None = None) -> None:
    """Raise ``HeaderProblem`` unless ``lines`` (header lines joined by CRLF) are exactly the headers
    named, no line passes 998 octets, each unstructured header decodes as a mail client decodes it
    (``email.policy.default``) to its expected text, and each address header holds exactly its
    one (name, address)."""
    addresses = addresses or {}
    wanted = {*expected, *addresses}
    values: dict[str, str] = {}
    current = ""
    for line in lines.split("\r\n"):
        name = line.partition(":")[0] or line
        if len(line.encode()) > MAX_LINE:
            raise HeaderProblem(name, f"a line of {len(line.encode())} octets")
        if "\r" in line or "\n" in line:
            raise HeaderProblem(current or name, "a line break inside a line")
        if line[:1] in (" ", "\t") and current:
            values[current] += line  # unfolding: the CRLF goes, the white space stays
        elif name in wanted and name not in values and ":" in line:
            current, values[name] = name, line.partition(":")[2].lstrip(" \t")
        else:
            raise HeaderProblem(name, "the headers are not the ones written")
    if set(values) != wanted:
        raise HeaderProblem(", ".join(sorted(wanted - set(values))), "the headers are not the ones written")
    try:
        _compare(values, expected, addresses)
    except HeaderProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - the parser's own failure on a value: not writable safely
        raise HeaderProblem(", ".join(values), f"a mail client could not read it ({type(exc).__name__})") from exc


def _compare(values: dict[str, str], expected: dict[str, str], addresses: dict[str, tuple[str, str]]) -> None:
    for key, text in expected.items():
        if str(policy.default.header_factory(key, values[key])) != text:
            raise HeaderProblem(key, "it would not read as written")
    for key, (person, address) in addresses.items():
        found = policy.default.header_factory(key, values[key]).addresses
        # Python's phrase parser puts a space between the encoded words of one long word, which
        # RFC 2047 §6.2 (and mail clients) join: the name is compared without white space
        if len(found) != 1 or _squash(found[0].display_name) != _squash(person) or (
                found[0].addr_spec.lower() != address.lower()):
            raise HeaderProblem(key, "it would not name exactly one address")


def _squash(text: str) -> str:
    return "".join(text.split())


def is_plain(value: str) -> bool:
    """Whether ``value`` goes into a header exactly as it is: short printable ASCII, no encoded-word look-alike."""
    return _FAST.fullmatch(value) is not None and "=?" not in value and value == value.strip() and "  " not in value


def is_plain_address(value: str) -> bool:
    """Whether ``value`` is an ASCII dot-atom address that goes into a header exactly as it is."""
    return _PLAIN_ADDRESS.fullmatch(value) is not None


@functools.lru_cache(maxsize=4096)
def subject_line(subject: str, charset: str = UTF8) -> str:
    """The checked ``Subject:`` header for a subject text (the same subjects come back: cached)."""
    if is_plain(subject):
        return f"Subject: {subject}"
    line = unstructured("Subject", subject, charset)
    check(line, {"Subject": header_text(subject)})
    return line
