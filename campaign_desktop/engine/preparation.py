"""Prepare: target → filtering rules → personalisation → control rules → log rows → KPIs.

The whole preparation is one database transaction. Stopping it (or any failure) rolls
it back, so it leaves no trace but its journal lines, and the delivery returns to Draft.
The per-profile work runs in worker processes when the target is large; the main
process streams the target out of the database and writes log rows in batches.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import datetime as dt
import os
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update

from campaign_desktop.db.driver import placeholder, stored_time
from campaign_desktop.db.streaming import stream_tuples
from campaign_desktop.db.models import Delivery, DeliveryLog, JournalEntry, TypologyRule, utcnow
from campaign_desktop.engine.audience import AudienceSpec, Lookups, count_targeted, preparation_rows, read_lookups
from campaign_desktop.engine.classifier import (
    ChunkOutcome,
    Classifier,
    ContentSources,
    classify_in_worker,
    init_worker,
    worker_peak_rss_mb,
)
from campaign_desktop.engine.processes import worker_context
from campaign_desktop.engine.control import ControlLike, Stopped
from campaign_desktop.engine.control_rules import ContentFacts, JournalLine, check_before_rendering, check_sizes
from campaign_desktop.domain.enums import DeliveryState, ExclusionCause, FailureType, JournalLevel, LogStatus, Role, RuleKind
from campaign_desktop.engine.personalization import CompiledContent, TemplateProblem
from campaign_desktop.engine.sending import require_role
from campaign_desktop.engine.typology import RuleSet

CHUNK = 2000
#: Below this many targeted profiles the work stays in this process: starting workers costs more.
PARALLEL_FROM = 20_000


class PreparationFailed(Exception):
    """The preparation could not complete; the message says why, the journal has the details."""


@dataclass
class PreparationResult:
    delivery_id: int
    state: DeliveryState
    targeted: int = 0
    to_deliver: int = 0
    exclusions: dict[ExclusionCause, int] = field(default_factory=lambda: {c: 0 for c in ExclusionCause})
    journal: list[JournalLine] = field(default_factory=list)
    seconds: float = 0.0
    worker_peak_rss_mb: list[float] = field(default_factory=list)

    @property
    def to_exclude(self) -> int:
        return sum(self.exclusions.values())

    @property
    def errors(self) -> list[str]:
        return [line.message for line in self.journal if line.level is JournalLevel.ERROR]

    @property
    def warnings(self) -> list[str]:
        return [line.message for line in self.journal if line.level is JournalLevel.WARNING]

    def as_json(self) -> dict[str, Any]:
        return {
            "delivery": self.delivery_id,
            "state": self.state.name.lower(),
            "targeted": self.targeted,
            "to_deliver": self.to_deliver,
            "to_exclude": self.to_exclude,
            "exclusions": {cause.key: n for cause, n in self.exclusions.items()},
            "errors": self.errors,
            "warnings": self.warnings,
        }


@dataclass(frozen=True)
class _Plan:
    """What the preparation needs from the delivery, read once as plain values."""

    delivery_id: int
    sources: ContentSources
    facts: ContentFacts
    rules: RuleSet
    audience: AudienceSpec
    control_list_id: int | None


def _load_plan(conn: Connection, delivery_id: int) -> _Plan:
    d = conn.execute(select(Delivery.__table__).where(Delivery.id == delivery_id)).mappings().one_or_none()
    if d is None:
        raise PreparationFailed(f"There is no delivery {delivery_id}.")
    if d["typology_id"] is None:
        rules = RuleSet.everything()
    else:
        stored = conn.execute(
            select(TypologyRule.kind, TypologyRule.active, TypologyRule.parameters).where(
                TypologyRule.typology_id == d["typology_id"]
            )
        ).all()
        rules = RuleSet.from_rows([(kind, active, params) for kind, active, params in stored])
    return _Plan(
        delivery_id=delivery_id,
        sources=ContentSources(d["subject"], d["html"], d["text"]),
        facts=ContentFacts(d["subject"], d["html"], d["text"], d["from_address"], d["from_name"]),
        rules=rules,
        audience=AudienceSpec.from_json(d["audience_list_id"], d["audience_filter"]),
        control_list_id=d["control_group_list_id"] if rules.has(RuleKind.CONTROL_GROUP) else None,
    )


def prepare(engine: Engine, delivery_id: int, control: ControlLike, workers: int | None = None,
            operator: str | None = None) -> PreparationResult:
    """Prepare a delivery; returns its KPIs and journal. Raises ``Stopped`` or ``PreparationFailed``,
    and ``SendRefused`` when ``operator`` lacks the *Prepare deliveries* role (the app and the
    command line always name who prepares; tests and benchmarks may not).

    ``workers`` is the number of worker processes (default: one per core; 0 keeps all the
    work in this process).
    """
    started = utcnow()
    if operator is not None:
        with engine.connect() as conn:
            require_role(conn, operator, Role.PREPARE_DELIVERIES)
    with engine.begin() as conn:
        plan = _load_plan(conn, delivery_id)
        _start(conn, delivery_id)
    result = PreparationResult(delivery_id, DeliveryState.PREPARED)
    try:
        try:
            content = CompiledContent(plan.sources.subject, plan.sources.html, plan.sources.text)
        except TemplateProblem as exc:
            result.journal.append(JournalLine(JournalLevel.ERROR, RuleKind.PERSONALIZATION_ERROR, str(exc)))
            raise PreparationFailed(str(exc)) from exc
        result.journal.extend(check_before_rendering(plan.facts, content, plan.rules))
        with engine.connect() as conn:
            with conn.begin():
                _run(conn, plan, control, workers, result, started)
                _finish(conn, result, started)
    except Stopped:
        result.journal.append(JournalLine(JournalLevel.WARNING, None, "Preparation stopped by the user: no log was kept."))
        _abandon(engine, result)
        raise
    except Exception as exc:
        if not isinstance(exc, PreparationFailed):
            result.journal.append(JournalLine(JournalLevel.ERROR, None, f"Preparation failed: {exc}"))
        _abandon(engine, result)
        raise PreparationFailed(str(exc)) from exc
    result.seconds = (utcnow() - started).total_seconds()
    return result


def _start(conn: Connection, delivery_id: int) -> None:
    """Void the previous preparation, committed before the work starts.

    A stop then only has to roll back what this preparation wrote, which is instant,
    instead of deleting the previous preparation's rows again after the rollback.
    """
    conn.execute(delete(DeliveryLog).where(DeliveryLog.delivery_id == delivery_id))
    conn.execute(delete(JournalEntry).where(JournalEntry.delivery_id == delivery_id))
    conn.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(state=DeliveryState.PREPARING, state_reason="", targeted=0, to_deliver=0, to_exclude=0, prepared_at=None)
    )
    conn.execute(JournalEntry.__table__.insert(), [_journal_row(delivery_id, JournalLine(JournalLevel.INFO, None, "Preparation started."))])


def _run(
    conn: Connection, plan: _Plan, control: ControlLike, workers: int | None, result: PreparationResult, started: dt.datetime
) -> None:
    total = conn.execute(count_targeted(plan.audience)).scalar_one()
    control.report(0, total)
    fatigue = None
    if plan.rules.has(RuleKind.FATIGUE):
        since = started - dt.timedelta(days=plan.rules.param(RuleKind.FATIGUE, "period_days"))
        fatigue = (since, plan.rules.param(RuleKind.FATIGUE, "max_messages"))
    lookups = read_lookups(conn, plan.audience, plan.delivery_id, plan.control_list_id, fatigue)
    writer = _LogWriter(conn, plan.delivery_id, started)
    largest = over_limit = 0
    workers = workers if workers is not None else _default_workers(total)
    # closing() ends the cursor and the worker pool at once on a stop, not when collected
    with (
        closing(stream_tuples(conn, preparation_rows(plan.audience), CHUNK)) as chunks,
        closing(_classified(chunks, plan, lookups, workers, result)) as outcomes,
    ):
        for outcome in outcomes:
            writer.write(outcome, result)
            largest, over_limit = max(largest, outcome.largest), over_limit + outcome.over_limit
            control.report(result.targeted, total, to_deliver=result.to_deliver, to_exclude=result.to_exclude)
            control.wait_if_paused()
            if control.should_stop():
                raise Stopped()
    result.journal.extend(check_sizes(largest, over_limit, plan.rules))


def _default_workers(total: int) -> int:
    return 0 if total < PARALLEL_FROM else max(1, os.cpu_count() or 1)


def _classified(
    chunks: Iterator[list[tuple[Any, ...]]], plan: _Plan, lookups: Lookups, workers: int, result: PreparationResult
) -> Generator[ChunkOutcome, None, None]:
    """Outcomes in target order; at most a few chunks in flight so memory stays bounded."""
    if workers == 0:
        classifier = Classifier(plan.sources, plan.rules, lookups)
        for chunk in chunks:
            yield classifier.classify(chunk)
        return
    context = worker_context()  # forked from the fork server, never from this process
    pool = cf.ProcessPoolExecutor(
        workers, mp_context=context, initializer=init_worker, initargs=(plan.sources, plan.rules, lookups)
    )
    pending: collections.deque[cf.Future[ChunkOutcome]] = collections.deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(classify_in_worker, chunk))
            if len(pending) >= workers * 3:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        result.worker_peak_rss_mb = [f.result() for f in [pool.submit(worker_peak_rss_mb) for _ in range(workers)]]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _LogWriter:
    """Writes log rows with the driver's own executemany: the fastest path both databases offer.

    Rows to send differ only by profile and address, so they go through a statement that
    binds just those; excluded rows bind everything. The message size is left to the send,
    which knows the real size on the wire.
    """

    def __init__(self, conn: Connection, delivery_id: int, at: dt.datetime) -> None:
        self.conn = conn
        self.delivery_id = delivery_id
        mark = placeholder(conn)
        table = DeliveryLog.__table__.name
        columns = (
            "delivery_id, profile_id, address, status, failure_type, failure_reason, "
            "exclusion_cause, detail, message_size, retry_count, created_at"
        )
        self.excluded_sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join([mark] * 11)})"
        constants = f"{int(LogStatus.TO_SEND)}, {int(FailureType.NONE)}, 0, NULL, NULL, NULL, 0"
        self.to_send_sql = f"INSERT INTO {table} ({columns}) VALUES ({int(delivery_id)}, {mark}, {mark}, {constants}, {mark})"
        self.at: Any = stored_time(conn, at)
        self.failures = {int(c): (int(c.failure[0]), int(c.failure[1])) for c in ExclusionCause}
        self.causes = {int(c): c for c in ExclusionCause}

    def write(self, outcome: ChunkOutcome, result: PreparationResult) -> None:
        d, at, failures, ignored = self.delivery_id, self.at, self.failures, int(LogStatus.IGNORED)
        to_send = [(profile_id, address, at) for profile_id, address, cause, _ in outcome.rows if cause is None]
        excluded = []
        for profile_id, address, cause, detail in outcome.rows:
            if cause is not None:
                ftype, reason = failures[cause]
                excluded.append((d, profile_id, address, ignored, ftype, reason, cause, detail, None, 0, at))
                result.exclusions[self.causes[cause]] += 1
        result.to_deliver += len(to_send)
        result.targeted += len(to_send) + len(excluded)
        if to_send:
            self.conn.exec_driver_sql(self.to_send_sql, to_send)
        if excluded:
            self.conn.exec_driver_sql(self.excluded_sql, excluded)


def _finish(conn: Connection, result: PreparationResult, started: dt.datetime) -> None:
    counts = ", ".join(f"{cause.key}: {n}" for cause, n in result.exclusions.items() if n)
    result.journal.append(
        JournalLine(
            JournalLevel.INFO,
            None,
            f"Preparation finished: {result.targeted} targeted, {result.to_deliver} to deliver, "
            f"{result.to_exclude} to exclude" + (f" ({counts})." if counts else "."),
        )
    )
    conn.execute(
        update(Delivery)
        .where(Delivery.id == result.delivery_id)
        .values(
            state=DeliveryState.PREPARED,
            targeted=result.targeted,
            to_deliver=result.to_deliver,
            to_exclude=result.to_exclude,
            prepared_at=utcnow(),
        )
    )
    conn.execute(JournalEntry.__table__.insert(), [_journal_row(result.delivery_id, line) for line in result.journal])


def _abandon(engine: Engine, result: PreparationResult) -> None:
    """After a stop or failure: the delivery back to Draft, the journal kept.

    The log rows went with the rolled-back transaction; the previous ones with ``_start``.
    """
    result.state = DeliveryState.DRAFT
    reason = result.journal[-1].message if result.journal else ""
    with engine.begin() as conn:
        conn.execute(
            update(Delivery)
            .where(Delivery.id == result.delivery_id)
            .values(state=DeliveryState.DRAFT, state_reason=reason, targeted=0, to_deliver=0, to_exclude=0, prepared_at=None)
        )
        if result.journal:
            conn.execute(JournalEntry.__table__.insert(), [_journal_row(result.delivery_id, line) for line in result.journal])


def _journal_row(delivery_id: int, line: JournalLine) -> dict[str, Any]:
    return {"delivery_id": delivery_id, "at": utcnow(), "level": line.level, "rule": line.rule, "message": line.message}


__all__ = ["PreparationFailed", "PreparationResult", "prepare"]
