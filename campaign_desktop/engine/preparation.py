"""Prepare: target → filtering rules → personalisation → control rules → log rows → KPIs.

The whole preparation is one database transaction. Stopping it (or any failure) rolls
it back, so it leaves no trace but its journal lines, and the delivery returns to Draft.
The per-profile work runs in worker processes when the target is large; the main
process streams the target out of the database and writes log rows in batches.

A preparation holds the delivery's lease (engine/job_lease.py) and moves its state with
the lifecycle's guarded move, so two preparations never run at once and a delivery being
sent is never prepared again. A preparation whose process was killed leaves the delivery
*Preparing* with a dead lease: the next Prepare, or the app's start, returns it to Draft.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
from collections import Counter
import datetime as dt
import os
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select

from campaign_desktop.db.driver import placeholder, stored_time
from campaign_desktop.db.streaming import stream_tuples
from campaign_desktop.db.models import Delivery, DeliveryLog, TypologyRule, utcnow
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
from campaign_desktop.engine.control_rules import ContentFacts, check_before_rendering, check_sizes
from campaign_desktop.domain.enums import DeliveryState, ExclusionCause, FailureType, Job, JournalLevel, LogStatus, Role, RuleKind
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.delivery_journal import JournalLine
from campaign_desktop.engine.delivery_log import TO_SEND, discard, seed_counts
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.job_lease import AlreadyWorking, lease, running_job
from campaign_desktop.engine.lifecycle import Action, current_state, move, require
from campaign_desktop.engine.messages import Message, Msg, message
from campaign_desktop.engine.personalization import CompiledContent, TemplateProblem
from campaign_desktop.engine.reporting import LogClass
from campaign_desktop.engine.roles import require_role
from campaign_desktop.engine.settings import load_settings
from campaign_desktop.engine.typology import RuleSet

CHUNK = 2000
#: Below this many targeted profiles the work stays in this process: starting workers costs more.
PARALLEL_FROM = 20_000


class PreparationFailed(EngineError):
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
    writer: Any = None  # the log writer of the run, whose class counts the preparation seeds

    @property
    def to_exclude(self) -> int:
        return sum(self.exclusions.values())

    @property
    def errors(self) -> list[str]:
        return [line.text for line in self.journal if line.level is JournalLevel.ERROR]

    @property
    def warnings(self) -> list[str]:
        return [line.text for line in self.journal if line.level is JournalLevel.WARNING]

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
        raise PreparationFailed(Msg.NO_DELIVERY, delivery=delivery_id)
    size_cap = load_settings(conn).message_size_cap
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
        sources=ContentSources(d["subject"], d["html"], d["text"], size_cap),
        facts=ContentFacts(d["subject"], d["html"], d["text"], d["from_address"], d["from_name"],
                           {"reply_to": d["reply_to"] or "", "error_address": d["error_address"] or "",
                            "bcc_archive": d["bcc_archive"] or ""}),
        rules=rules,
        audience=AudienceSpec.from_json(d["audience_list_id"], d["audience_filter"]),
        control_list_id=d["control_group_list_id"] if rules.has(RuleKind.CONTROL_GROUP) else None,
    )


def prepare(engine: Engine, delivery_id: int, control: ControlLike, workers: int | None = None,
            operator: str | None = None) -> PreparationResult:
    """Prepare a delivery; returns its KPIs and journal. Raises ``Stopped`` or ``PreparationFailed``;
    ``RoleRefused`` when ``operator`` lacks the *Prepare deliveries* role (the app and the
    command line always name who prepares; tests and benchmarks may not); ``AlreadyWorking``
    while another process prepares or sends it; ``IllegalMove`` in a state that cannot be
    prepared (sending, sent …).

    ``workers`` is the number of worker processes (default: one per core; 0 keeps all the
    work in this process).
    """
    started = utcnow()
    with engine.connect() as conn:
        if operator is not None:
            require_role(conn, operator, Role.PREPARE_DELIVERIES)
        # refused before the lease is touched: taking it from a dead sender would forget whose
        # journal tells the fate of the messages it had in hand
        state = conn.execute(select(Delivery.state).where(Delivery.id == delivery_id)).scalar_one_or_none()
        if state is not None and running_job(conn, delivery_id) is Job.NONE:  # a living holder: the lease refuses
            require(Action.PREPARE, state, Job.NONE)
    with lease(engine, delivery_id, Job.PREPARE):
        with engine.begin() as conn:
            plan = _load_plan(conn, delivery_id)
            _start(conn, delivery_id)
        return _prepare(engine, plan, control, workers, started)


def _prepare(engine: Engine, plan: _Plan, control: ControlLike, workers: int | None,
             started: dt.datetime) -> PreparationResult:
    result = PreparationResult(plan.delivery_id, DeliveryState.PREPARED)
    try:
        try:
            content = CompiledContent(plan.sources.subject, plan.sources.html, plan.sources.text)
        except TemplateProblem as exc:
            result.journal.append(JournalLine(JournalLevel.ERROR, RuleKind.PERSONALIZATION_ERROR, exc.message))
            raise PreparationFailed(exc.message) from exc
        result.journal.extend(check_before_rendering(plan.facts, content, plan.rules))
        with engine.connect() as conn:
            with conn.begin():
                _run(conn, plan, control, workers, result, started)
                _finish(conn, result)
    except Stopped:
        result.journal.append(JournalLine(JournalLevel.WARNING, None, message(Msg.PREPARATION_STOPPED)))
        _abandon(engine, result)
        raise
    except Exception as exc:
        failure = exc.message if isinstance(exc, EngineError) else message(Msg.PREPARATION_FAILED, detail=str(exc))
        if not isinstance(exc, PreparationFailed):
            result.journal.append(JournalLine(JournalLevel.ERROR, None, failure))
        _abandon(engine, result)
        raise PreparationFailed(failure) from exc
    result.seconds = (utcnow() - started).total_seconds()
    return result


def _start(conn: Connection, delivery_id: int) -> None:
    """Void the previous preparation, committed before the work starts.

    A stop then only has to roll back what this preparation wrote, which is instant,
    instead of deleting the previous preparation's rows again after the rollback. The
    caller holds the lease: a *Preparing* delivery here was left by a process that died.
    """
    state = current_state(conn, delivery_id)
    require(Action.PREPARE, state, Job.NONE)
    if state is DeliveryState.PREPARING:
        _interrupted(conn, delivery_id)
        state = DeliveryState.DRAFT
    discard(conn, delivery_id)
    delivery_journal.clear(conn, delivery_id)
    move(conn, delivery_id, state, DeliveryState.PREPARING, targeted=0, to_deliver=0, to_exclude=0, prepared_at=None)
    delivery_journal.write(conn, delivery_id, JournalLevel.INFO, message(Msg.PREPARATION_STARTED))


def _interrupted(conn: Connection, delivery_id: int) -> None:
    """A preparation whose process died: nothing of it was kept (its transaction died with it)."""
    reason = message(Msg.PREPARATION_INTERRUPTED)
    move(conn, delivery_id, DeliveryState.PREPARING, DeliveryState.DRAFT, reason,
         targeted=0, to_deliver=0, to_exclude=0, prepared_at=None)
    delivery_journal.write(conn, delivery_id, JournalLevel.WARNING, reason)


def recover_interrupted(engine: Engine) -> list[int]:
    """Return to Draft every delivery left *Preparing* by a process that died; their ids."""
    with engine.connect() as conn:
        preparing = conn.execute(select(Delivery.id).where(Delivery.state == DeliveryState.PREPARING)).scalars().all()
        stale = [i for i in preparing if running_job(conn, i) is Job.NONE]
    recovered = []
    for delivery_id in stale:
        try:
            with lease(engine, delivery_id, Job.PREPARE), engine.begin() as conn:
                if current_state(conn, delivery_id) is DeliveryState.PREPARING:
                    _interrupted(conn, delivery_id)
                    recovered.append(delivery_id)
        except AlreadyWorking:
            continue  # a preparation started meanwhile
    return recovered


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
    writer = result.writer = _LogWriter(conn, plan.delivery_id, started)
    largest = over_limit = over_cap = 0
    workers = workers if workers is not None else _default_workers(total)
    # closing() ends the cursor and the worker pool at once on a stop, not when collected
    with (
        closing(stream_tuples(conn, preparation_rows(plan.audience), CHUNK)) as chunks,
        closing(_classified(chunks, plan, lookups, workers, result)) as outcomes,
    ):
        for outcome in outcomes:
            writer.write(outcome, result)
            largest, over_limit = max(largest, outcome.largest), over_limit + outcome.over_limit
            over_cap += outcome.over_cap
            control.report(result.targeted, total, to_deliver=result.to_deliver, to_exclude=result.to_exclude)
            if control.should_stop():
                raise Stopped()
    result.journal.extend(check_sizes(largest, over_limit, plan.rules, over_cap, plan.sources.size_cap))


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
        workers, mp_context=context, initializer=init_worker, initargs=(plan.sources, plan.rules, lookups, os.getpid())
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
        self.classes: Counter[LogClass] = Counter()  # the counts the log writer keeps from here on

    def write(self, outcome: ChunkOutcome, result: PreparationResult) -> None:
        d, at, failures, ignored = self.delivery_id, self.at, self.failures, int(LogStatus.IGNORED)
        to_send = [(profile_id, address, at) for profile_id, address, cause, _ in outcome.rows if cause is None]
        excluded = []
        for profile_id, address, cause, detail in outcome.rows:
            if cause is not None:
                ftype, reason = failures[cause]
                excluded.append((d, profile_id, address, ignored, ftype, reason, cause, detail, None, 0, at))
                result.exclusions[self.causes[cause]] += 1
                self.classes[(LogStatus.IGNORED, FailureType(ftype), False)] += 1
        result.to_deliver += len(to_send)
        result.targeted += len(to_send) + len(excluded)
        self.classes[TO_SEND] += len(to_send)
        if to_send:
            self.conn.exec_driver_sql(self.to_send_sql, to_send)
        if excluded:
            self.conn.exec_driver_sql(self.excluded_sql, excluded)


def _finish(conn: Connection, result: PreparationResult) -> None:
    counts = {cause.key: n for cause, n in result.exclusions.items() if n}
    figures = {"targeted": result.targeted, "to_deliver": result.to_deliver, "to_exclude": result.to_exclude}
    done = message(Msg.PREPARATION_FINISHED_CAUSES, **figures, causes=counts) if counts else message(
        Msg.PREPARATION_FINISHED, **figures)
    result.journal.append(JournalLine(JournalLevel.INFO, None, done))
    if result.to_deliver == 0:  # a send of nobody is no send: Confirm send stays refused
        result.journal.append(JournalLine(JournalLevel.ERROR, None, message(Msg.NOBODY_TO_DELIVER)))
    move(conn, result.delivery_id, DeliveryState.PREPARING, DeliveryState.PREPARED, **figures, prepared_at=utcnow())
    seed_counts(conn, result.delivery_id, result.writer.classes if result.writer is not None else {})
    delivery_journal.write_lines(conn, result.delivery_id, result.journal)


def _abandon(engine: Engine, result: PreparationResult) -> None:
    """After a stop or failure: the delivery back to Draft, the journal kept.

    The log rows went with the rolled-back transaction; the previous ones with ``_start``.
    """
    result.state = DeliveryState.DRAFT
    reason: Message | None = result.journal[-1].message if result.journal else None
    with engine.begin() as conn:
        move(conn, result.delivery_id, DeliveryState.PREPARING, DeliveryState.DRAFT, reason,
             targeted=0, to_deliver=0, to_exclude=0, prepared_at=None)
        delivery_journal.write_lines(conn, result.delivery_id, result.journal)


__all__ = ["PreparationFailed", "PreparationResult", "prepare", "recover_interrupted"]
