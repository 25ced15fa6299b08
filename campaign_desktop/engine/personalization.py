"""Personalisation: a sandboxed Jinja2 language over profile fields.

``{{ recipient.first_name | default("there") }}`` and ``{% if … %}`` blocks. Values are
HTML-escaped in the HTML part; header values (the subject) can never carry a line break,
so nothing a profile contains can add a mail header. Printing a field a profile does not
have is a personalisation error for that profile; naming a field no profile can have is
found before any rendering (``unknown_fields``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from jinja2 import Template, TemplateSyntaxError, Undefined, nodes
from jinja2.exceptions import TemplateError
from jinja2.runtime import new_context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from jinja2.visitor import NodeTransformer
from markupsafe import Markup, escape

from campaign_desktop.engine import link_safety, template_limits
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.fields import RECIPIENT_FIELDS
from campaign_desktop.engine.mail_headers import header_text
from campaign_desktop.engine.messages import Message, Msg, message


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


_printed = threading.local()


def _finalize_html(value: Any) -> Any:
    """What the HTML part prints; a value holding ':' or '&' could make a link's scheme, so the
    rendered message is read for unsafe links (``link_safety``), unless it starts with an allowed
    scheme (as the send's own links and most profile URLs do: nothing after it can change it)."""
    if isinstance(value, str) and (":" in value or "&" in value) and not value.startswith(_ALLOWED_STARTS):
        _printed.scheme_like = True
    return "" if value is None else value


_ALLOWED_STARTS = ("https://", "http://", "mailto:", "tel:")


class _Fields:
    """Profile values as attributes: the sandbox reads attributes far faster than dict keys."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__ = values

    def __getitem__(self, name: str) -> Any:
        return self.__dict__[name]


# Jinja names the type in its messages ("'recipient object' has no attribute 'x'").
_Fields.__module__, _Fields.__name__, _Fields.__qualname__ = "builtins", "recipient", "recipient"


def _markup_concat(*values: Any) -> Any:
    """``~`` in the HTML part: values escaped, as Jinja's own ``~`` does there."""
    return Markup(template_limits.concat(*(escape(v) for v in values)))


class _Sandbox(ImmutableSandboxedEnvironment):
    """The sandbox, with a direct path for profile values (plain data, never callables) and the
    limits of template_limits: repetition, powers, ``%``, every call and filter, every loop."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

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

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        template_limits.check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
        bound = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
        template_limits.check_call(getattr(bound, "__name__", ""), getattr(bound, "__self__", None), args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        return _Guards().visit(super()._parse(source, name, filename))


class _Guards(NodeTransformer):
    """Every ``{% for %}`` iterates through the loop guard, which watches the render's budget,
    and every ``~`` goes through the size check (a concatenation doubled in a loop grows fast)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Call(nodes.Name("_loop_guard", "load"), [node.iter], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(nodes.Name("_concat", "load"), node.nodes, [], None, None, lineno=node.lineno)


def _environment(autoescape: bool) -> SandboxedEnvironment:
    env = _Sandbox(
        autoescape=autoescape,
        undefined=MissingValueUndefined,
        finalize=_finalize_html if autoescape else _finalize,
        keep_trailing_newline=True,
    )
    env.filters["default"] = _default
    env.filters["d"] = _default
    env.filters.update({name: template_limits.guarded_filter(name, f) for name, f in env.filters.items()
                        if name in template_limits.GROWING_FILTERS})
    env.globals["_loop_guard"] = template_limits.loop_guard
    env.globals["_concat"] = _markup_concat if autoescape else template_limits.concat
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
    """One profile's message could not be rendered; says which part and which line.

    ``over_cap``: the message passed the hard size cap; ``too_slow``: the render ran out of time.
    """

    def __init__(self, part: str, line: int | None, detail: str | Message, over_cap: bool = False,
                 too_slow: bool = False) -> None:
        self.part, self.line, self.detail = part, line, detail
        self.over_cap, self.too_slow = over_cap, too_slow
        super().__init__(Msg.RENDER_PROBLEM, part=part, line=line or "?", detail=detail)


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


#: The hard cap on a message's size, unless the settings say otherwise (webmail clips at about 100 KB).
DEFAULT_SIZE_CAP = 10_000_000


class CompiledContent:
    """Subject, HTML and text compiled once, rendered for many profiles (from any number of threads).

    A render stays within ``template_limits`` (value sizes, ``budget_s`` of time) and the three
    parts within ``size_cap`` bytes, or it raises ``RenderProblem``.
    """

    def __init__(self, subject: str, html: str, text: str, size_cap: int = DEFAULT_SIZE_CAP,
                 budget_s: float = template_limits.RENDER_BUDGET_S) -> None:
        self.size_cap, self.budget_s = size_cap, budget_s
        self.sources = {ContentPart.SUBJECT: subject, ContentPart.HTML: html, ContentPart.TEXT: text}
        self._parts = [
            (part, _compile(_HTML_ENV if part == ContentPart.HTML else _TEXT_ENV, source, part))
            for part, source in self.sources.items()
        ]
        self._globals = dict(self._parts[0][1].globals)
        self.link_fields = link_safety.fields_in_tags(html) or sorted(
            f"recipient.{name}" for name in referenced_fields(html))
        """The fields a rendered link may come from, to name them when one is unsafe."""
        self.scan_links = link_safety.needs_full_scan(html)
        """Every rendered message is read for unsafe links (else only those where a value printed ':' or '&')."""
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
        template_limits.start(self.budget_s)
        _printed.scheme_like = False
        outputs: list[str] = []
        room = self.size_cap
        for part, template, context in state.contexts:
            try:
                outputs.append(template_limits.collect(template.root_render_func(context), room, self.size_cap))
            except Exception:
                try:
                    template.environment.handle_exception()  # rewrites the traceback to template lines
                except _RENDER_ERRORS as exc:
                    said = exc.said if isinstance(exc, template_limits.LimitExceeded) else str(exc) or type(exc).__name__
                    raise RenderProblem(part, _error_line(exc), said, isinstance(exc, template_limits.OverCap),
                                        isinstance(exc, template_limits.RenderTooSlow)) from exc
                raise
            room -= len(outputs[-1])
        subject, html, text = outputs
        if (self.scan_links or _printed.scheme_like) and (unsafe := link_safety.first_unsafe(html)) is not None:
            raise RenderProblem(ContentPart.HTML, None, message(
                Msg.UNSAFE_LINK_VALUE, fields=", ".join(self.link_fields) or "a value", scheme=unsafe))
        rendered = RenderedMessage(header_text(subject), html, text)
        if rendered.characters * 4 > self.size_cap and rendered.size > self.size_cap:  # UTF-8: 4 bytes at most
            raise RenderProblem(ContentPart.HTML, None, template_limits.over_cap(self.size_cap).said, over_cap=True)
        return rendered

    def unknown_fields(self) -> dict[str, set[str]]:
        """Per part, the ``recipient.X`` names that are no profile field."""
        found = {}
        for part, source in self.sources.items():
            names = referenced_fields(source) - RECIPIENT_FIELDS
            if names:
                found[part] = names
        return found


_RENDER_ERRORS = (TemplateError, ArithmeticError, TypeError, ValueError, AttributeError, LookupError, RecursionError,
                  MemoryError)


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
