"""Per-profile work of the preparation: apply the filtering rules, then render the message.

It runs in worker processes (both cores are needed for a million recipients), so it takes
and returns plain tuples. A rendering error excludes that profile with its cause; it never
fails the delivery.
"""

from __future__ import annotations

import os
import resource
import signal
import threading
from dataclasses import dataclass, field
from typing import Any, Sequence

from campaign_desktop.engine.address_syntax import a_label, address_problem, domain_of, is_reserved_domain, is_valid_address
from campaign_desktop.domain.enums import AddressStatus, ExclusionCause, RuleKind
from campaign_desktop.engine.audience import Lookups
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.personalization import DEFAULT_SIZE_CAP, CompiledContent, RenderProblem
from campaign_desktop.engine.processes import end_with
from campaign_desktop.engine.recipients import ID, NORM, RecipientReader
from campaign_desktop.engine.typology import RuleSet

#: Values templates see for links the send fills in; preparation only needs them to render.
LINK_PLACEHOLDERS = {"unsubscribe_url": "https://unsubscribe.invalid/", "mirror_url": "https://mirror.invalid/"}

# Column positions in a preparation row (see audience.preparation_rows).
_ID, _NORM = ID, NORM
_QUARANTINE, _DENYLISTED = int(AddressStatus.QUARANTINE), int(AddressStatus.DENYLISTED)

_PERSONALIZATION_ERROR = int(ExclusionCause.PERSONALIZATION_ERROR)

#: One log row: profile id, address, exclusion cause (``None``: to send) and its detail.
LogRow = tuple[int, "str | None", "int | None", "str | None"]


@dataclass
class ChunkOutcome:
    rows: list[LogRow] = field(default_factory=list)
    largest: int = 0
    over_limit: int = 0
    over_cap: int = 0  # messages past the hard cap (those profiles are excluded)


@dataclass(frozen=True)
class ContentSources:
    subject: str
    html: str
    text: str
    size_cap: int = DEFAULT_SIZE_CAP


class RunawayTemplate(EngineError):
    """The template ran out of its time budget for several profiles: it is the template, not them."""


#: Renders out of time before the preparation gives up on the template rather than the profiles.
RUNAWAY_AFTER = 3


class Classifier:
    """Decides, for each profile, *to send* or *excluded* with the first matching cause."""

    def __init__(self, sources: ContentSources, rules: RuleSet, lookups: Lookups) -> None:
        self.content = CompiledContent(sources.subject, sources.html, sources.text, sources.size_cap)
        self.too_slow = 0
        self.rules = rules
        self.lookups = lookups
        self.denied = rules.denied_domains
        self.fatigue_max = rules.param(RuleKind.FATIGUE, "max_messages") if rules.has(RuleKind.FATIGUE) else None
        self.size_limit = rules.param(RuleKind.MESSAGE_SIZE, "max_kb") * 1024
        self.recipient_of = RecipientReader(self.content)
        # the first spelling in audience order that is valid is kept (an invalid one is excluded for
        # its syntax and must not take its valid twin with it)
        valid = is_valid_address if rules.has(RuleKind.INVALID_ADDRESS) else (lambda _: True)
        self.kept_duplicate = {norm: next((pid for pid, email in group if email and valid(email.strip())), group[0][0])
                               for norm, group in lookups.duplicates.items()}

    def exclusion(self, row: Sequence[Any]) -> tuple[ExclusionCause, str | None] | None:
        """The first filtering rule that excludes this profile, with a detail, or ``None``."""
        has, lookups = self.rules.has, self.lookups
        email, norm, profile_id = row[2], row[_NORM], row[_ID]
        if row[_NORM] is None:
            return (ExclusionCause.MISSING_ADDRESS, None) if has(RuleKind.MISSING_ADDRESS) else None
        address = email.strip()
        if has(RuleKind.INVALID_ADDRESS) and not is_valid_address(address):
            return ExclusionCause.INVALID_ADDRESS, address_problem(address)
        if has(RuleKind.RESERVED_DOMAIN) and is_reserved_domain(address):
            return ExclusionCause.RESERVED_DOMAIN, domain_of(address)
        if has(RuleKind.DUPLICATE) and self.kept_duplicate.get(norm, profile_id) != profile_id:
            return ExclusionCause.DUPLICATE, None
        status = lookups.address_status.get(norm)
        if has(RuleKind.QUARANTINE) and status == _QUARANTINE:
            return ExclusionCause.QUARANTINE, None
        if has(RuleKind.DENYLIST) and status == _DENYLISTED:
            return ExclusionCause.DENYLISTED, None
        if self.denied and a_label(domain_of(address)) in self.denied:
            return ExclusionCause.DENIED_DOMAIN, domain_of(address)
        if has(RuleKind.CONTROL_GROUP) and profile_id in lookups.control_group:
            return ExclusionCause.CONTROL_GROUP, None
        recent = lookups.recent_messages.get(profile_id, 0)
        if self.fatigue_max is not None and recent >= self.fatigue_max:
            return ExclusionCause.FATIGUE, f"{recent} messages in the period"
        return None

    def classify(self, rows: Sequence[Sequence[Any]]) -> ChunkOutcome:
        outcome = ChunkOutcome()
        append = outcome.rows.append
        render = self.content.render
        excluded_by_error = self.rules.has(RuleKind.PERSONALIZATION_ERROR)
        for row in rows:
            address = row[2].strip() if row[2] else None
            excluded = self.exclusion(row)
            if excluded is not None:
                append((row[_ID], address, int(excluded[0]), excluded[1]))
                continue
            try:
                message = render(self.recipient_of(row), **LINK_PLACEHOLDERS)
            except RenderProblem as exc:
                outcome.over_cap += exc.over_cap
                self.too_slow += exc.too_slow
                if self.too_slow >= RUNAWAY_AFTER:
                    raise RunawayTemplate(Msg.RUNAWAY_TEMPLATE, count=self.too_slow, detail=exc.detail) from exc
                if excluded_by_error or exc.over_cap:
                    append((row[_ID], address, _PERSONALIZATION_ERROR, str(exc)))
                    continue
                raise
            # UTF-8 takes at most 4 bytes a character: only a long message needs the exact count.
            if message.characters * 4 > self.size_limit:
                size = message.size
                outcome.largest = max(outcome.largest, size)
                if size > self.size_limit:
                    outcome.over_limit += 1
            append((row[_ID], address, None, None))
        return outcome


# --- worker-process side -------------------------------------------------------------------

_worker: Classifier | None = None


def init_worker(sources: ContentSources, rules: RuleSet, lookups: Lookups, owner: int) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the process that prepares
    _worker = Classifier(sources, rules, lookups)
    threading.Thread(target=end_with, args=(owner,), name="owner-watch", daemon=True).start()


def classify_in_worker(rows: list[tuple[Any, ...]]) -> ChunkOutcome:
    assert _worker is not None, "init_worker was not called in this process"
    return _worker.classify(rows)


def worker_peak_rss_mb() -> float:
    """This process's peak resident memory; asked of each worker at the end of a benchmark."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_pid() -> int:
    return os.getpid()
