"""The two reporting modes of seeds/003 as data: what each outcome makes of a log row, and
which rows each figure counts.

The seed's closing table, read column by column:

=====================  =====================================  ======================================
step                   relay reporting (without EFS)          email feedback (with EFS)
=====================  =====================================  ======================================
relayed to the server  Sent; Delivered starts at 100 %        Pending; no change
hard bounce            Failed; Delivered −, Bounces +         Failed; Bounces +
soft bounce            Sent (retried); no change              Failed (retried); Bounces +
retry successful       Sent; no change                        Sent; Delivered +, Bounces −
retries failed         Failed; Delivered −, Bounces no change Failed; no change
=====================  =====================================  ======================================

What it implies (DESIGN.md §5): *Sent* counts every processed message (accepted or
refused by the server) and never decreases; in relay reporting a soft bounce whose
retries failed leaves Delivered without entering Bounces + errors, so
Sent = Delivered + Bounces and errors + **Retries failed**; in email feedback a message
handed over waits as Pending, so Sent = Delivered + Bounces and errors + **Pending**.
Each figure below is a set of row classes; the processed classes are split between the
three terms of each identity, which a test checks over every class.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from campaign_desktop.domain.enums import FailureType, LogStatus, ReportingMode

#: A row's class: its status, its failure type, and whether a retry is planned.
LogClass = tuple[LogStatus, FailureType, bool]

#: Rows the server processed (accepted, or refused with a reply): they make *Sent*.
PROCESSED = frozenset({LogStatus.SENT, LogStatus.FAILED, LogStatus.PENDING})


class Figure(enum.Enum):
    """A count of the deployment, as ``stats --json`` names it."""

    DELIVERED = "delivered"
    BOUNCES_ERRORS = "bounces_errors"
    RETRIES_FAILED = "retries_failed"
    PENDING = "pending"
    HARD_BOUNCES = "hard_bounces"
    SOFT_BOUNCES = "soft_bounces"
    CANCELED = "canceled"
    UNKNOWN = "unknown"
    REMAINING = "remaining"  # still to send (or on its way)


@dataclass(frozen=True)
class Counted:
    """The classes a figure counts: these statuses, these failure types (any when ``None``)."""

    statuses: frozenset[LogStatus]
    types: frozenset[FailureType] | None = None
    retrying: bool | None = None  # None: with or without a retry planned

    def counts(self, row: LogClass) -> bool:
        status, failure, retrying = row
        return (status in self.statuses and (self.types is None or failure in self.types)
                and (self.retrying is None or retrying is self.retrying))


def _c(*statuses: LogStatus, types: tuple[FailureType, ...] | None = None, retrying: bool | None = None) -> Counted:
    return Counted(frozenset(statuses), frozenset(types) if types is not None else None, retrying)


ST, F = LogStatus, FailureType
NOT_SOFT = (F.NONE, F.HARD, F.IGNORED)
_SHARED = {
    Figure.HARD_BOUNCES: _c(ST.FAILED, types=(F.HARD,)),
    Figure.CANCELED: _c(ST.CANCELED),
    Figure.UNKNOWN: _c(ST.UNKNOWN),
    Figure.REMAINING: _c(ST.TO_SEND),
}


@dataclass(frozen=True)
class ReportingRules:
    """One column of the seed table."""

    mode: ReportingMode
    #: what a message the server accepted becomes (at the hand-over or at a retry)
    accepted: LogStatus
    #: where a soft bounce waits while its retries go on
    soft_retrying: LogStatus
    #: where a message the relay refused for now (a 4xx at the hand-over) waits for its retry:
    #: the relay said nothing of the address, so the row stays as if handed over
    refused_retrying: LogStatus
    #: the rows a delivery report from the server moves to Sent
    report_delivers: frozenset[LogStatus]
    #: the term that closes the identity Sent = Delivered + Bounces and errors + …
    third: Figure
    figures: Mapping[Figure, Counted]

    def count(self, figure: Figure, counts: Mapping[LogClass, int]) -> int:
        rule = self.figures.get(figure)
        return sum(n for row, n in counts.items() if rule is not None and rule.counts(row))


RULES: dict[ReportingMode, ReportingRules] = {
    ReportingMode.RELAY: ReportingRules(
        mode=ReportingMode.RELAY,
        accepted=ST.SENT,
        soft_retrying=ST.SENT,  # "they still show as Sent"
        refused_retrying=ST.SENT,
        # a report only clears a soft failure still being retried; Pending rows (left by the
        # other mode) are delivered already for this one
        report_delivers=frozenset({ST.SENT, ST.PENDING}),
        third=Figure.RETRIES_FAILED,
        figures={
            **_SHARED,
            Figure.DELIVERED: _c(ST.SENT, ST.PENDING),
            Figure.BOUNCES_ERRORS: _c(ST.FAILED, types=NOT_SOFT),
            Figure.RETRIES_FAILED: _c(ST.FAILED, types=(F.SOFT,)),
            Figure.PENDING: _c(),
            Figure.SOFT_BOUNCES: _c(ST.SENT, ST.FAILED, types=(F.SOFT,)),
        },
    ),
    ReportingMode.EMAIL_FEEDBACK: ReportingRules(
        mode=ReportingMode.EMAIL_FEEDBACK,
        accepted=ST.PENDING,
        soft_retrying=ST.FAILED,  # "their log status also changes from Pending to Failed"
        refused_retrying=ST.PENDING,
        report_delivers=frozenset({ST.PENDING, ST.FAILED, ST.SENT}),
        third=Figure.PENDING,
        figures={
            **_SHARED,
            Figure.DELIVERED: _c(ST.SENT),
            Figure.BOUNCES_ERRORS: _c(ST.FAILED),
            Figure.RETRIES_FAILED: _c(ST.FAILED, types=(F.SOFT,), retrying=False),
            Figure.PENDING: _c(ST.PENDING),
            Figure.SOFT_BOUNCES: _c(ST.FAILED, types=(F.SOFT,)),
        },
    ),
}


def rules_for(mode: ReportingMode) -> ReportingRules:
    return RULES[mode]


__all__ = ["Counted", "Figure", "LogClass", "PROCESSED", "RULES", "ReportingRules", "rules_for"]
