"""Who works on a delivery (prepares it, sends it, follows its feedback): a lease kept alive by a heartbeat.

The delivery's state says *Sending* (or *Preparing*) both while a process works on it and
after that process was killed, so the state alone cannot tell whether to offer Resume.
The working process writes its name (host, process id), the job, and renews a heartbeat
every few seconds from a thread of its own, so a slow batch never makes it look dead. A
lease is free when nobody holds it, when its heartbeat is older than ``LEASE_S``, or at
once when its holder is a process of this machine that no longer exists. Taking the
lease is one conditional update, so two processes never work on the same delivery (two
preparations, a preparation of a delivery being sent); the recovery of what a dead
holder left runs only under it.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, select, update
from sqlalchemy.exc import SQLAlchemyError

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.domain.enums import Job
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.messages import Msg
from campaign_desktop.engine.processes import process_alive

#: A heartbeat older than this means its process stopped without letting go (seconds).
LEASE_S = 30.0
#: How often the holder renews its heartbeat (seconds).
HEARTBEAT_S = 5.0


class AlreadyWorking(EngineError):
    """Another living process holds the delivery's lease."""


@dataclass(frozen=True)
class Holder:
    """Who last held the lease, for which job, and when it last gave a sign of life."""

    owner: str
    heartbeat_at: dt.datetime
    job: Job

    @property
    def host(self) -> str:
        return self.owner.split(":")[0]

    @property
    def pid(self) -> int | None:
        parts = self.owner.split(":")
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None

    def alive(self, now: dt.datetime) -> bool:
        if self.host == socket.gethostname() and self.pid is not None and not process_alive(self.pid):
            return False  # killed on this machine: no need to wait for the heartbeat to age
        return now - self.heartbeat_at < dt.timedelta(seconds=LEASE_S)


def holder_from(owner: str | None, heartbeat_at: dt.datetime | None, job: Job | None) -> Holder | None:
    """The holder the delivery's lease columns name, if any."""
    return Holder(owner, heartbeat_at, job or Job.NONE) if owner and heartbeat_at else None


def job_from(owner: str | None, heartbeat_at: dt.datetime | None, job: Job | None, now: dt.datetime) -> Job:
    """The job that works on the delivery now: its holder's, if that holder lives."""
    found = holder_from(owner, heartbeat_at, job)
    return found.job if found is not None and found.alive(now) else Job.NONE


LEASE_COLUMNS = (Delivery.lease_owner, Delivery.lease_heartbeat_at, Delivery.lease_job)


def holder(conn: Connection, delivery_id: int) -> Holder | None:
    """Who holds (or last held without letting go) the delivery's lease."""
    row = conn.execute(select(*LEASE_COLUMNS).where(Delivery.id == delivery_id)).one()
    return holder_from(*row)


def running_job(conn: Connection, delivery_id: int, now: dt.datetime | None = None) -> Job:
    row = conn.execute(select(*LEASE_COLUMNS).where(Delivery.id == delivery_id)).one()
    return job_from(*row, now or utcnow())


def working_elsewhere(engine: Engine, delivery_id: int, now: dt.datetime | None = None) -> Holder | None:
    """The living holder of the lease, if any: then this process must not work on it too."""
    with engine.connect() as conn:
        found = holder(conn, delivery_id)
    return found if found is not None and found.alive(now or utcnow()) else None


def _owner_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def refusal(current: Holder) -> AlreadyWorking:
    what = Msg.ALREADY_PREPARING if current.job is Job.PREPARE else Msg.ALREADY_SENDING
    return AlreadyWorking(what, host=current.host, pid=current.pid, at=current.heartbeat_at)


def _acquire(engine: Engine, delivery_id: int, owner: str, job: Job, now: dt.datetime) -> Holder | None:
    """Take the lease; returns who held it before (a process that died without letting go)."""
    with engine.connect() as conn:
        current = holder(conn, delivery_id)
    if current is not None and current.alive(now):
        raise refusal(current)
    # the row must still say what was read: if another process took it meanwhile, nothing changes
    still = (Delivery.lease_owner.is_(None) if current is None
             else and_(Delivery.lease_owner == current.owner, Delivery.lease_heartbeat_at == current.heartbeat_at))
    with engine.begin() as conn:
        taken = conn.execute(update(Delivery).where(Delivery.id == delivery_id, still)
                             .values(lease_owner=owner, lease_heartbeat_at=now, lease_job=job,
                                     updated_at=Delivery.updated_at)).rowcount
    if not taken:
        raise AlreadyWorking(Msg.LEASE_RACE)
    return current


@dataclass(frozen=True)
class Held:
    """A lease in hand: its owner name, and the holder it was taken from (dead), if any."""

    owner: str
    previous: Holder | None

    @property
    def previous_here(self) -> bool:
        """Whether the previous holder ran on this machine (so its journals are here)."""
        return self.previous is not None and self.previous.host == socket.gethostname()


@contextmanager
def lease(engine: Engine, delivery_id: int, job: Job) -> Iterator[Held]:
    """Hold the delivery for ``job`` during the block, renewing the heartbeat meanwhile.

    The heartbeat uses the real clock even when the work runs on a test's controllable
    clock: that clock moves contact dates and validity, not the life signs of processes.
    """
    owner = _owner_name()
    previous = _acquire(engine, delivery_id, owner, job, utcnow())
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_S):
            try:
                with engine.begin() as conn:
                    conn.execute(update(Delivery).where(Delivery.id == delivery_id, Delivery.lease_owner == owner)
                                 .values(lease_heartbeat_at=utcnow(), updated_at=Delivery.updated_at))
            except SQLAlchemyError:
                continue  # a busy database: the next beat tries again, long before the lease ages

    thread = threading.Thread(target=beat, name=f"lease-heartbeat-{delivery_id}")
    thread.start()
    try:
        yield Held(owner, previous)
    finally:
        done.set()
        thread.join()
        with engine.begin() as conn:
            conn.execute(update(Delivery).where(Delivery.id == delivery_id, Delivery.lease_owner == owner)
                         .values(lease_owner=None, lease_heartbeat_at=None, lease_job=Job.NONE,
                                 updated_at=Delivery.updated_at))


__all__ = ["AlreadyWorking", "HEARTBEAT_S", "Held", "Holder", "LEASE_S", "holder", "job_from", "lease", "running_job",
           "working_elsewhere"]
