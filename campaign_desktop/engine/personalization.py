"""Personalisation: a sandboxed Jinja2 language over profile fields.

``{{ recipient.first_name | default("there") }}`` and ``{% if … %}`` blocks. Values are
HTML-escaped in the HTML part; header values (the subject) can never carry a line break,
so nothing a profile contains can add a mail header. Printing a field a profile does not
have is a personalisation error for that profile; naming a field no profile can have is
found before any rendering (``unknown_fields``).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from jinja2 import Template, TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import TemplateError
from jinja2.runtime import new_context
from jinja2.sandbox import SandboxedEnvironment

from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.fields import RECIPIENT_FIELDS
from campaign_desktop.engine.messages import Msg

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
        self.__dict__ = values

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


class TemplateProblem(EngineError, ValueError):
    """A template that cannot be compiled; says which part and which line."""

    def __init__(self, part: str, line: int | None, detail: str) -> None:
        self.part, self.line, self.detail = part, line, detail
        super().__init__(Msg.TEMPLATE_PROBLEM, part=part, line=line or "?", detail=detail)


class RenderProblem(EngineError, ValueError):
    """One profile's message could not be rendered; says which part and which line."""

    def __init__(self, part: str, line: int | None, detail: str) -> None:
        self.part, self.line, self.detail = part, line, detail
        super().__init__(Msg.RENDER_PROBLEM, part=part, line=line or "?", detail=detail)


def header_safe(value: str) -> str:
    """A header value with every line break and control character made a space."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", value)).strip()


@dataclass(frozen=True)
class RenderedMessage:
    subject: str
    html: str
    text: str

    @property
    def characters(self) -> int:
        return len(self.subject) + len(self.html) + len(self.text)

    @property
    def size(self) -> int:
        """Size in bytes of the three parts in UTF-8, before MIME encoding (encodes: not free)."""
        return len(self.subject.encode()) + len(self.html.encode()) + len(self.text.encode())


def as_recipient(values: dict[str, Any]) -> _Fields:
    """The ``recipient`` templates see (takes ``values`` over: it is changed, not copied): profile fields, with ``custom`` fields under ``recipient.custom``."""
    custom = values.get("custom") or {}
    values["custom"] = _Fields(custom) if isinstance(custom, dict) else custom
    return _Fields(values)


class _RenderState:
    """One thread's reusable variables dict and per-part contexts.

    Building three Jinja contexts a message costs more than the rest of its bookkeeping;
    they are built once per thread and emptied of everything a previous render left
    (template-level ``set`` values, exports, variables) before each message.
    """

    def __init__(self, parts: list[tuple[str, Template]], base: dict[str, Any]) -> None:
        self.base = base
        self.variables: dict[str, Any] = dict(base)
        self.contexts = [
            (part, template, new_context(template.environment, template.name, template.blocks, self.variables, shared=True))
            for part, template in parts
        ]

    def reset(self, recipient: _Fields, links: dict[str, str]) -> None:
        variables = self.variables
        variables.clear()
        variables.update(self.base)
        variables.update(links)
        variables["recipient"] = recipient
        for _, _, context in self.contexts:
            context.vars.clear()
            context.exported_vars.clear()


class CompiledContent:
    """Subject, HTML and text compiled once, rendered for many profiles (from any number of threads)."""

    def __init__(self, subject: str, html: str, text: str) -> None:
        self.sources = {ContentPart.SUBJECT: subject, ContentPart.HTML: html, ContentPart.TEXT: text}
        self._parts = [
            (part, _compile(_HTML_ENV if part == ContentPart.HTML else _TEXT_ENV, source, part))
            for part, source in self.sources.items()
        ]
        self._globals = dict(self._parts[0][1].globals)
        self._local = threading.local()
        self.fields = set().union(*(referenced_fields(source) for source in self.sources.values()))
        """The ``recipient`` fields the templates read: the only ones worth decoding."""

    def _state(self) -> _RenderState:
        state: _RenderState | None = getattr(self._local, "state", None)
        if state is None:
            state = self._local.state = _RenderState(self._parts, self._globals)
        return state

    def render(self, recipient: dict[str, Any] | _Fields, **links: str) -> RenderedMessage:
        """Render all parts for one profile; raises ``RenderProblem`` with the part and the line.

        ``links`` are the per-message URLs the send fills in (``unsubscribe_url`` …).
        """
        if isinstance(recipient, dict):
            recipient = as_recipient(recipient)
        state = self._state()
        state.reset(recipient, links)
        outputs = []
        for part, template, context in state.contexts:
            try:
                outputs.append("".join(template.root_render_func(context)))
            except Exception:
                try:
                    template.environment.handle_exception()  # rewrites the traceback to template lines
                except _RENDER_ERRORS as exc:
                    raise RenderProblem(part, _error_line(exc), str(exc)) from exc
                raise
        subject, html, text = outputs
        if not subject.isprintable():  # isprintable is false for every line break and control
            subject = header_safe(subject)
        return RenderedMessage(subject.strip(), html, text)

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
