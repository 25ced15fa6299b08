"""What one template render may cost: the size of a value, of a number, and of time.

A template is written by a marketer but runs once per profile, inside preparation and the
send: ``{{ 'A' * 300000000 }}`` made three 410 MB messages, ``{{ 10**100000000 }}`` hung the
editor's save for minutes. The sandbox (personalization.py) sends every repetition, power,
``%`` formatting, call and filter through the checks here, and every ``{% for %}`` through a
guard that looks at the clock, so a render either stays within these limits or fails that
profile with a sentence saying which limit.
"""

from __future__ import annotations

import functools
import math
from itertools import islice
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2.exceptions import SecurityError

from campaign_desktop.engine.messages import Message, Msg, message

#: The largest string or sequence a template may make, in characters or items.
MAX_VALUE = 1_000_000
#: The largest number a template may make, in decimal digits.
MAX_DIGITS = 10_000
_MAX_BITS = int(MAX_DIGITS * math.log2(10)) + 1
#: How long one profile's render may take.
RENDER_BUDGET_S = 2.0
#: Loop iterations between two looks at the clock.
_EVERY = 512
#: Output chunks counted at once (each at most MAX_VALUE characters).
_BLOCK = 128
#: The filters whose arguments can make a value grow; the others cannot make one larger than they take.
GROWING_FILTERS = frozenset({"center", "indent", "wordwrap", "replace", "join", "format", "truncate", "batch", "slice",
                             "urlize", "list", "map", "sum"})

#: Calls and filters whose integer arguments are a width, a length or a count (not data to print).
_WIDTH_CALLS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "wordwrap", "indent", "truncate", "batch",
                          "slice", "lipsum"})
_STAR_WIDTH = re.compile(r"%[-#0 +]*\*|%[-#0 +\d]*\.\*")
_SIZED_CALLS = frozenset({"replace", "join", "indent", "format", "format_map", "wordwrap", "urlize"})
#: Filters written in Python that take seconds on a long text: the text they take is bounded.
_SLOW_FILTERS = {"wordwrap": 100_000, "urlize": 200_000}
_WIDTH = re.compile(r"\d{7,}")  # a width or precision of a million or more in a format string
_SEQUENCES = (str, bytes, list, tuple)


class LimitExceeded(SecurityError):
    """A limit of this module: ``said`` is the typed sentence (translated on screen)."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


class RenderTooSlow(LimitExceeded):
    """A render ran past its time budget."""


class OverCap(LimitExceeded):
    """A render made a message larger than the hard cap."""


_clock = threading.local()


def start(budget_s: float = RENDER_BUDGET_S) -> None:
    """The budget of the render about to start in this thread."""
    _clock.deadline = time.monotonic() + budget_s
    _clock.budget = budget_s


def check_time() -> None:
    if time.monotonic() > getattr(_clock, "deadline", math.inf):
        raise RenderTooSlow(message(Msg.RENDER_TOO_SLOW, seconds=_number(getattr(_clock, "budget", 0.0))))


def _too_large(operation: str) -> LimitExceeded:
    return LimitExceeded(message(Msg.TEMPLATE_VALUE_TOO_LARGE, operation=operation, limit=MAX_VALUE))


def _too_many_digits(operation: str) -> LimitExceeded:
    return LimitExceeded(message(Msg.TEMPLATE_NUMBER_TOO_LARGE, operation=operation, limit=MAX_DIGITS))


def megabytes(size: int) -> int | float:
    """A size in bytes as the MB a sentence shows (10, 0.5)."""
    return _number(round(size / 1_000_000, 3))


def _number(value: float) -> int | float:
    """A number as a sentence shows it: 2, not 2.0 (the screens write it the user's way)."""
    return int(value) if float(value).is_integer() else value


def weight(value: Any) -> int:
    """How much a value holds: a text's characters; a list's, its items' (one level deep: deeper
    lists were bounded when they were made)."""
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, (list, tuple)):
        return len(value) + sum(len(v) for v in value if isinstance(v, (str, bytes, list, tuple)))
    return 1


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``*``, ``**`` and ``%`` whose result would pass the limits, before it is computed."""
    check_time()
    if operator == "+":
        if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES) and weight(left) + weight(right) > MAX_VALUE:
            raise _too_large("+")
    elif operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, _SEQUENCES) and _is_int(times) and weight(seq) * max(times, 0) > MAX_VALUE:
                raise _too_large("*")
        if _is_int(left) and _is_int(right) and left.bit_length() + right.bit_length() > _MAX_BITS:
            raise _too_many_digits("*")
    elif operator == "**":
        if _is_int(left) and _is_int(right) and right > 0 and abs(left) > 1:
            if abs(left).bit_length() * right > _MAX_BITS:
                raise _too_many_digits("**")
    elif operator == "%" and isinstance(left, str):
        values = right.values() if isinstance(right, dict) else right if isinstance(right, tuple) else (right,)
        if _WIDTH.search(left) or _STAR_WIDTH.search(left) or (
                len(left) + left.count("%") * sum(weight(v) for v in values) > MAX_VALUE):
            raise _too_large("%")


def check_call(name: str, target: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a call or filter that would make a value past the limit (a width of a billion,
    a replacement or a join that multiplies a long text)."""
    check_time()
    values = (*args, *kwargs.values()) if kwargs else args
    if name in _WIDTH_CALLS:  # a width, a length or a count: what the result's size follows
        for v in values:
            if type(v) is int and not -MAX_VALUE <= v <= MAX_VALUE:
                raise _too_large(name)
    if name not in _SIZED_CALLS and not isinstance(target, (list, set, dict, str)):
        return
    texts = [v for v in (target, *values) if isinstance(v, str)]
    if name == "replace" and len(texts) >= 3:
        text, old, new = texts[:3]
        if len(text) + (len(text) // max(len(old), 1) + 1) * len(new) > MAX_VALUE:
            raise _too_large(name)
    elif name == "join":
        joined = [v for v in (target, *values) if not isinstance(v, str) and hasattr(v, "__len__")]
        separator = texts[0] if texts else ""
        if joined and len(joined[0]) < MAX_VALUE:
            items = joined[0]
            size = len(separator) * len(items) + sum(len(v) for v in items if isinstance(v, _SEQUENCES))
            if size > MAX_VALUE:
                raise _too_large(name)
        elif joined:
            raise _too_large(name)
    elif name in _SLOW_FILTERS and any(len(t) > _SLOW_FILTERS[name] for t in texts):
        raise _too_large(name)
    elif name == "expandtabs" and isinstance(target, str):
        width = next((v for v in values if type(v) is int), 8)
        if len(target) + target.count("\t") * max(width, 0) > MAX_VALUE:
            raise _too_large(name)
    elif name == "indent" and len(texts) >= 2:
        if len(texts[1]) * (texts[0].count("\n") + 1) > MAX_VALUE:
            raise _too_large(name)
    elif name in ("format", "format_map") and texts:
        fields = texts[0].count("{") if target is not None else 1
        if _WIDTH.search(texts[0]) or len(texts[0]) + fields * sum(len(t) for t in texts[1:]) > MAX_VALUE:
            raise _too_large(name)
    elif isinstance(target, (list, set, dict, str)):  # a method of a value: what it returns stays in bounds
        if len(target) + sum(len(v) for v in values if isinstance(v, (*_SEQUENCES, set, dict))) > MAX_VALUE:
            raise _too_large(name)


def guarded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` with its arguments checked first (Jinja's markers such as ``pass_context`` kept)."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        check_call(name, None, args, kwargs)
        return function(*args, **kwargs)

    return guarded


def loop_guard(iterable: Iterable[Any]) -> Iterator[Any]:
    """Every ``{% for %}`` goes through this: a loop that runs past the budget ends the render."""
    for count, item in enumerate(iterable):
        if count % _EVERY == 0:
            check_time()
        yield item


def collect(chunks: Iterable[str], room: int, cap: int) -> str:
    """A render's output joined, refused as soon as it passes the ``room`` left (in characters)
    under the message's ``cap``. Taken a block at a time: counting chunk by chunk in Python
    cost more than the render."""
    iterator = iter(chunks)
    block = list(islice(iterator, _BLOCK))
    size = sum(map(len, block))
    if len(block) < _BLOCK and size <= room:  # most parts: one block
        return "".join(block)
    parts: list[str] = []
    while True:
        if size > room:
            raise over_cap(cap)
        parts += block
        if len(block) < _BLOCK:
            return "".join(parts)
        check_time()
        block = list(islice(iterator, _BLOCK))
        size += sum(map(len, block))


def over_cap(cap: int) -> OverCap:
    return OverCap(message(Msg.MESSAGE_OVER_CAP, cap=megabytes(cap)))


def concat(*values: Any) -> str:
    """``a ~ b``, refused past the size limit."""
    texts = [str(v) for v in values]
    if sum(map(len, texts)) > MAX_VALUE:
        raise _too_large("~")
    return "".join(texts)
