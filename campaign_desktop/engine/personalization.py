"""Personalisation: a sandboxed Jinja2 language over profile fields.

``{{ recipient.first_name | default("there") }}`` and ``{% if … %}`` blocks. Values are
HTML-escaped in the HTML part; header values (the subject) can never carry a line break,
so nothing a profile contains can add a mail header. Printing a field a profile does not
have is a personalisation error for that profile; naming a field no profile can have is
found before any rendering (``unknown_fields``).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import TemplateError
from jinja2.runtime import new_context
from jinja2.sandbox import SandboxedEnvironment

from campaign_desktop.engine.fields import RECIPIENT_FIELDS

_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class MissingValueUndefined(Undefined):
    """A missing value is false in a condition and usable with ``default``, but printing it is an error."""

    __slots__ = ()

    def __str__(self) -> str:
        self._fail_with_undefined_error()
        return ""  # pragma: no cover - the line above always raises

    __html__ = __str__  # type: ignore[assignment]


def _default(value: Any, default_value: Any = "", boolean: bool = False) -> Any:
    """Like Jinja's ``default`` but an empty or null field also takes the default, as marketers expect."""
    if isinstance(value, Undefined) or value is None or value == "":
        return default_value
    if boolean and not value:
        return default_value
    return value


def _finalize(value: Any) -> Any:
    return "" if value is None else value


class _Fields:
    """Profile values as attributes: the sandbox reads attributes far faster than dict keys."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __getitem__(self, name: str) -> Any:
        return self.__dict__[name]


# Jinja names the type in its messages ("'recipient object' has no attribute 'x'").
_Fields.__module__, _Fields.__name__, _Fields.__qualname__ = "builtins", "recipient", "recipient"


class _Sandbox(SandboxedEnvironment):
    """The sandbox, with a direct path for profile values: they are plain data, never callables."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is _Fields:
            try:
                return obj.__dict__[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if type(obj) is _Fields and isinstance(argument, str):
            return self.getattr(obj, argument)
        return super().getitem(obj, argument)


def _environment(autoescape: bool) -> SandboxedEnvironment:
    env = _Sandbox(
        autoescape=autoescape,
        undefined=MissingValueUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
    )
    env.filters["default"] = _default
    env.filters["d"] = _default
    return env


_HTML_ENV = _environment(autoescape=True)
_TEXT_ENV = _environment(autoescape=False)


class ContentPart:
    """The names of the parts of a message's content, used in messages to the user."""

    SUBJECT = "subject"
    HTML = "HTML"
    TEXT = "text"


class TemplateProblem(ValueError):
    """A template that cannot be compiled; says which part and which line."""

    def __init__(self, part: str, line: int | None, message: str) -> None:
        self.part, self.line, self.message = part, line, message
        where = f"line {line}" if line else "unknown line"
        super().__init__(f"Personalisation error in the {part}, {where}: {message}")


class RenderProblem(ValueError):
    """One profile's message could not be rendered."""


def header_safe(value: str) -> str:
    """A header value with every line break and control character made a space."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", value)).strip()


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html: str
    text: str
    size: int
    """Size in bytes of the three parts as rendered (before MIME encoding)."""


def as_recipient(values: dict[str, Any]) -> _Fields:
    """The ``recipient`` templates see: profile fields, with ``custom`` fields under ``recipient.custom``."""
    custom = values.get("custom") or {}
    return _Fields({**values, "custom": _Fields(custom) if isinstance(custom, dict) else custom})


class CompiledContent:
    """Subject, HTML and text compiled once, rendered for many profiles.

    The three parts are also compiled into one template (the subject and text inside
    ``autoescape false`` blocks) so a message costs one render call instead of three.
    """

    def __init__(self, subject: str, html: str, text: str) -> None:
        self.sources = {ContentPart.SUBJECT: subject, ContentPart.HTML: html, ContentPart.TEXT: text}
        for part, source in self.sources.items():  # precise part and line for syntax errors
            _compile(_TEXT_ENV if part != ContentPart.HTML else _HTML_ENV, source, part)
        self._separator = f"\x00{uuid.uuid4().hex}\x00\n"
        combined = (
            "{% autoescape false %}" + subject + "{% endautoescape %}" + self._separator + html + self._separator
            + "{% autoescape false %}" + text + "{% endautoescape %}"
        )
        self._template = _compile(_HTML_ENV, combined, ContentPart.HTML)
        self._globals = dict(self._template.globals)
        first_html_line = subject.count("\n") + 2  # each separator ends its line
        first_text_line = first_html_line + html.count("\n") + 1
        self._part_starts = ((first_text_line, ContentPart.TEXT), (first_html_line, ContentPart.HTML), (1, ContentPart.SUBJECT))

    def render(self, recipient: dict[str, Any] | _Fields, **links: str) -> RenderedMessage:
        """Render all parts for one profile; raises ``RenderProblem`` with the part and the line.

        ``links`` are the per-message URLs the send fills in (``unsubscribe_url`` …).
        """
        if isinstance(recipient, dict):
            recipient = as_recipient(recipient)
        template = self._template
        variables = {**self._globals, **links, "recipient": recipient}
        context = new_context(template.environment, template.name, template.blocks, variables, shared=True)
        try:
            output = "".join(template.root_render_func(context))
        except Exception:
            try:
                template.environment.handle_exception()  # rewrites the traceback to template lines
            except _RENDER_ERRORS as exc:
                raise RenderProblem(self._where(_error_line(exc)) + f": {exc}") from exc
            raise
        subject, html, text = output.split(self._separator)
        size = len(output.encode()) - 2 * len(self._separator)
        return RenderedMessage(header_safe(subject), html, text, size)

    def _where(self, line: int | None) -> str:
        if line is None:
            return "unknown place"
        for start, part in self._part_starts:
            if line >= start:
                return f"{part}, line {line - start + 1}"
        return "unknown place"

    def unknown_fields(self) -> dict[str, set[str]]:
        """Per part, the ``recipient.X`` names that are no profile field."""
        found = {}
        for part, source in self.sources.items():
            names = referenced_fields(source) - RECIPIENT_FIELDS
            if names:
                found[part] = names
        return found


_RENDER_ERRORS = (TemplateError, ArithmeticError, TypeError, ValueError, AttributeError, LookupError)


def _compile(env: SandboxedEnvironment, source: str, part: str) -> Any:
    try:
        return env.from_string(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(part, exc.lineno, exc.message or str(exc)) from exc


def _error_line(exc: BaseException) -> int | None:
    """The template line an exception was raised at: Jinja rewrites its traceback to ``<template>`` lines."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def referenced_fields(source: str) -> set[str]:
    """The attribute names read from ``recipient`` in a template (``recipient.x`` or ``recipient['x']``)."""
    try:
        tree = _TEXT_ENV.parse(source)
    except TemplateSyntaxError:
        return set()
    names: set[str] = set()
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        if isinstance(node.node, nodes.Name) and node.node.name == "recipient":
            if isinstance(node, nodes.Getattr):
                names.add(node.attr)
            elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                names.add(node.arg.value)
    return names
