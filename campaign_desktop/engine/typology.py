"""Typologies as data: which filtering and control rules apply to a delivery, with their settings.

A typology row set is turned into a ``RuleSet``, a plain picklable value handed to the
preparation workers. Rule parameters live in the database as JSON; the defaults here are
what a new typology starts with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from campaign_desktop.engine.address_syntax import a_label
from campaign_desktop.domain.enums import JournalLevel, RuleKind

#: Parameters a rule starts with; ``severity`` is the journal level a control rule writes.
DEFAULT_PARAMETERS: dict[RuleKind, dict[str, Any]] = {
    RuleKind.DENIED_DOMAIN: {"domains": []},
    RuleKind.FATIGUE: {"max_messages": 3, "period_days": 7},
    RuleKind.EMPTY_SUBJECT: {"severity": int(JournalLevel.ERROR)},
    RuleKind.EMPTY_SENDER: {"severity": int(JournalLevel.ERROR)},
    RuleKind.UNSUBSCRIBE_LINK: {"severity": int(JournalLevel.WARNING)},
    RuleKind.UNRESOLVED_FIELD: {"severity": int(JournalLevel.ERROR)},
    RuleKind.MESSAGE_SIZE: {"severity": int(JournalLevel.WARNING), "max_kb": 102},
    RuleKind.LINKS: {"severity": int(JournalLevel.WARNING)},
    RuleKind.TEXT_PART: {"severity": int(JournalLevel.WARNING)},
}


def parameters_for(kind: RuleKind, stored: dict[str, Any] | None = None) -> dict[str, Any]:
    return {**DEFAULT_PARAMETERS.get(kind, {}), **(stored or {})}


@dataclass(frozen=True)
class RuleSet:
    """The active rules of a delivery's typology and their parameters."""

    active: frozenset[RuleKind]
    parameters: dict[RuleKind, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def everything(cls) -> RuleSet:
        """Every rule with its defaults but the opt-in ones: what a delivery without a typology gets."""
        return cls(frozenset(k for k in RuleKind if not k.opt_in), {k: parameters_for(k) for k in RuleKind})

    @classmethod
    def from_rows(cls, rows: list[tuple[RuleKind, bool, dict[str, Any] | None]]) -> RuleSet:
        active = frozenset(kind for kind, on, _ in rows if on)
        return cls(active, {kind: parameters_for(kind, params) for kind, _, params in rows})

    def has(self, kind: RuleKind) -> bool:
        return kind in self.active

    def param(self, kind: RuleKind, name: str) -> Any:
        return self.parameters.get(kind, parameters_for(kind))[name]

    @property
    def denied_domains(self) -> frozenset[str]:
        if not self.has(RuleKind.DENIED_DOMAIN):
            return frozenset()
        return frozenset(a_label(d.strip()) for d in self.param(RuleKind.DENIED_DOMAIN, "domains"))

    def severity(self, kind: RuleKind) -> JournalLevel:
        return JournalLevel(self.param(kind, "severity"))
