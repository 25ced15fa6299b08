"""The one base class of the engine's expected failures.

A refusal, a bad file or an unusable relay is something to tell a person, not a bug:
each carries a ``Message``, so the command line prints its English on one line and the
screens show it translated, both by catching ``EngineError`` in a single place and never
printing a traceback for it. Anything else that escapes the engine is a bug, and is
reported as one.
"""

from __future__ import annotations

from campaign_desktop.engine.messages import Message, Msg, message


class EngineError(Exception):
    """An expected failure, explained by its ``message``."""

    def __init__(self, what: Message | Msg, **args: object) -> None:
        self.message = what if isinstance(what, Message) else message(what, **args)
        super().__init__(str(self.message))


__all__ = ["EngineError"]
