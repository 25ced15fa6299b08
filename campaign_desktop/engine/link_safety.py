"""Which links a message may carry: the scheme a browser would see, after its own clean-up.

Every rendered message is read (``first_unsafe``). A profile value rendered into ``href`` could be ``javascript:…``, ``data:…``, written as
``JaVaScRiPt:``, with leading control characters, a TAB or a line feed inside the scheme, or
as character references (``&#106;avascript:``): browsers strip and remove those before they
read the scheme (WHATWG URL parsing), so the check does the same. Only ``http``, ``https``,
``mailto`` and ``tel`` are allowed; a relative link (no scheme) is harmless.
"""

from __future__ import annotations

import re
from html import unescape

#: The attributes whose value a browser or mail client follows or loads as a URL.
URL_ATTRIBUTES = ("href", "src", "action", "background", "formaction")
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_ATTRIBUTE = re.compile(
    r"""\b(?:""" + "|".join(URL_ATTRIBUTES) + r""")\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""",
    re.IGNORECASE,
)
_EDGES = "".join(chr(c) for c in range(0x21))  # C0 controls and the space
_INSIDE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
#: An HTML tag, quoted attribute values (which may hold ">") included.
_TAG = re.compile(r"""<[A-Za-z](?:[^<>"']|"[^"]*"|'[^']*')*>?""")
_QUOTED = re.compile(r"""=\s*(?:"[^"]*"|'[^']*')""")
_CODE = re.compile(r"\{[{%]")
#: Quoted attribute values that are no URL: a value there is escaped and cannot leave its quotes.
_OTHER_QUOTED = re.compile(r"""\b(?!(?:""" + "|".join(URL_ATTRIBUTES) + r""")\b)[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*')""",
                           re.IGNORECASE)
_FIELD = re.compile(r"""recipient(?:\.custom)?(?:\.\w+|\[\s*['"]\w+['"]\s*\])""")
#: The link variables the send fills in itself (tracked links, the pixel, unsubscribe, mirror page).
_OWN_LINKS = re.compile(r"\{\{\s*(?:_track_\d+|_open_url|unsubscribe_url|mirror_url)\s*\}\}")


def scheme(url: str) -> str | None:
    """The lower-cased scheme a browser reads in an attribute value; ``None`` for a relative link."""
    cleaned = _INSIDE.sub("", unescape(url).strip(_EDGES))
    found = _SCHEME.match(cleaned)
    return found.group(1).lower() if found else None


def unsafe_scheme(url: str) -> str | None:
    """The scheme of ``url`` when it is not allowed, else ``None``."""
    found = scheme(url)
    return found if found is not None and found not in ALLOWED_SCHEMES else None


def url_values(html: str) -> list[str]:
    """The values of every URL attribute in ``html``, as written (character references kept)."""
    return [next(g for g in match.groups() if g is not None) for match in _ATTRIBUTE.finditer(html)]


def first_unsafe(html: str) -> str | None:
    """The scheme of the first URL attribute of ``html`` that is not allowed."""
    for value in url_values(html):
        bad = unsafe_scheme(value)
        if bad is not None:
            return bad
    return None


def needs_full_scan(html_source: str) -> bool:
    """Whether a link's scheme can come out of the template's own code and text around a value
    (raw HTML printed, template code in a tag outside a quoted value, or a link whose scheme is
    not written before its first expression), so every rendered message must be read; else only
    a message where a value printed a ':' or a '&' can hold an unsafe link."""
    source = _OWN_LINKS.sub("", html_source)
    if re.search(r"\|\s*safe\b|autoescape\s+false", source, re.IGNORECASE):
        return True
    for tag in _TAG.findall(source):
        if _CODE.search(tag) and _CODE.search(_QUOTED.sub("=", tag)):
            return True
    for value in url_values(source):
        found = _CODE.search(value)
        if found and ":" not in _INSIDE.sub("", unescape(value[: found.start()])):
            return True
    return False


def fields_in_tags(html_source: str) -> list[str]:
    """The ``recipient`` fields used inside the template's tags (all of them when it prints raw
    HTML): where an unsafe link most likely came from, to name it. Only a guess for the
    message; the check itself reads every rendered message (``first_unsafe``)."""
    source = _OWN_LINKS.sub("", html_source)
    if re.search(r"\|\s*safe\b|autoescape\s+false", source, re.IGNORECASE):
        spans = [source]
    else:
        spans = [s for s in (_OTHER_QUOTED.sub("", tag) for tag in _TAG.findall(source) if _CODE.search(tag))
                 if _CODE.search(s)]
    return sorted({re.sub(r"\s", "", found) for span in spans for found in _FIELD.findall(span)})
