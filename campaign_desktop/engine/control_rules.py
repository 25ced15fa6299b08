"""Control rules: checks on the delivery itself that write warnings or errors to the journal.

They run before rendering (subject, sender, unsubscribe link, fields, links, text part) and
after it (message size, from the sizes the renderers report). An error blocks Confirm send.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from campaign_desktop.domain.enums import JournalLevel, RuleKind
from campaign_desktop.engine import link_safety, template_limits
from campaign_desktop.engine.address_syntax import is_valid_address
from campaign_desktop.engine.delivery_journal import JournalLine
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.personalization import CompiledContent
from campaign_desktop.engine.typology import RuleSet

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_UNSUBSCRIBE_WORDS = re.compile(r"unsubscribe|d[ée]sabonn|d[ée]sinscri|opt[- ]?out", re.IGNORECASE)
_TEMPLATE_EXPR = re.compile(r"\{\{.*?\}\}")


@dataclass(frozen=True)
class ContentFacts:
    """What the control rules look at, taken from a delivery (plain values, no ORM)."""

    subject: str
    html: str
    text: str
    from_address: str
    from_name: str
    #: the other addresses of the delivery (reply_to, error_address, bcc_archive) that are set
    other_addresses: dict[str, str] = field(default_factory=dict)


def links_in(html: str) -> list[str]:
    return [next(g for g in match.groups() if g is not None) for match in _HREF.finditer(html)]


def check_before_rendering(facts: ContentFacts, content: CompiledContent, rules: RuleSet) -> list[JournalLine]:
    lines: list[JournalLine] = []

    def add(kind: RuleKind, said: Message) -> None:
        if rules.has(kind):
            lines.append(JournalLine(rules.severity(kind), kind, said))

    if not facts.subject.strip():
        add(RuleKind.EMPTY_SUBJECT, message(Msg.SUBJECT_EMPTY))
    if not facts.from_address.strip():
        add(RuleKind.EMPTY_SENDER, message(Msg.SENDER_EMPTY))
    elif not is_valid_address(facts.from_address.strip()):
        add(RuleKind.EMPTY_SENDER, message(Msg.SENDER_INVALID, address=facts.from_address))
    if not facts.html.strip():  # whatever the typology says: an empty message is never sent
        lines.append(JournalLine(JournalLevel.ERROR, None, message(Msg.HTML_EMPTY)))
    for name, address in facts.other_addresses.items():
        if address.strip() and not is_valid_address(address.strip()):  # every message would fail
            lines.append(JournalLine(JournalLevel.ERROR, RuleKind.EMPTY_SENDER,
                                     message(Msg.DELIVERY_ADDRESS_INVALID, field=name, address=address)))
    if not _has_unsubscribe_link(facts.html):
        add(RuleKind.UNSUBSCRIBE_LINK, message(Msg.NO_UNSUBSCRIBE_LINK))
    for part, names in sorted(content.unknown_fields().items()):
        for name in sorted(names):
            add(RuleKind.UNRESOLVED_FIELD, message(Msg.UNRESOLVED_FIELD, name=name, part=part))
    unsafe = set()
    for url in link_safety.url_values(facts.html):
        scheme = link_safety.unsafe_scheme(url)
        if scheme is not None:  # whatever the typology says: such a link is never sent
            unsafe.add(url)
            lines.append(JournalLine(JournalLevel.ERROR, RuleKind.LINKS,
                                     message(Msg.LINK_UNSAFE_SCHEME, url=url, scheme=scheme)))
    for url in links_in(facts.html):
        problem = None if url in unsafe else link_problem(url)
        if problem:
            add(RuleKind.LINKS, problem)
    if not facts.text.strip():
        add(RuleKind.TEXT_PART, message(Msg.NO_TEXT_PART))
    return lines


def check_sizes(largest: int, over_limit: int, rules: RuleSet, over_cap: int = 0, cap: int = 0) -> list[JournalLine]:
    """The clipping limit is the typology's rule (a warning by default); the hard cap is always an error."""
    lines = []
    if over_cap:
        lines.append(JournalLine(JournalLevel.ERROR, RuleKind.MESSAGE_SIZE, message(
            Msg.MESSAGES_OVER_CAP, count=over_cap, cap=template_limits.megabytes(cap))))
    limit_kb = rules.param(RuleKind.MESSAGE_SIZE, "max_kb")
    if rules.has(RuleKind.MESSAGE_SIZE) and over_limit:
        lines.append(JournalLine(rules.severity(RuleKind.MESSAGE_SIZE), RuleKind.MESSAGE_SIZE, message(
            Msg.MESSAGES_TOO_LARGE, count=over_limit, limit=limit_kb, largest=round(largest / 1024))))
    return lines


def _has_unsubscribe_link(html: str) -> bool:
    if "unsubscribe_url" in html:
        return True
    return any(_UNSUBSCRIBE_WORDS.search(url) for url in links_in(html)) or bool(
        re.search(r"<a\b[^>]*>[^<]*(?:" + _UNSUBSCRIBE_WORDS.pattern + r")", html, re.IGNORECASE)
    )


def link_problem(url: str) -> Message | None:
    """Why a link is broken or unsafe; ``None`` for a good https link or a personalised one."""
    stripped = url.strip()
    if _TEMPLATE_EXPR.fullmatch(stripped):
        return None  # a personalised link (unsubscribe, mirror page) is checked when rendered
    if stripped.startswith(("mailto:", "tel:")):
        return None
    if not stripped or stripped == "#":
        return message(Msg.LINK_EMPTY, url=url)
    probe = _TEMPLATE_EXPR.sub("x", stripped)
    parts = urlsplit(probe)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in probe:
        return message(Msg.LINK_BROKEN, url=url)
    if parts.scheme == "http":
        return message(Msg.LINK_NOT_HTTPS, url=url)
    return None
