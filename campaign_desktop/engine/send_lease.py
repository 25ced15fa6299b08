"""Who is sending a delivery: a lease kept alive by a heartbeat.

The delivery's state says *Sending* both while a process sends it and after that process
was killed, so the state alone cannot tell the app whether to offer Resume. The sending
process writes its name (host, process id) and renews a heartbeat every few seconds from
a thread of its own, so a slow batch never makes it look dead. A lease is free when
nobody holds it, when its heartbeat is older than ``LEASE_S``, or at once when its
holder is a process of this machine that no longer exists. Taking the lease is one
conditional update, so two processes never send the same delivery; the recovery of rows
left in flight runs only under it.
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

from sqlalchemy import Engine, and_, select, update
from sqlalchemy.exc import SQLAlchemyError

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.processes import process_alive

#: A heartbeat older than this means its process stopped without letting go (seconds).
LEASE_S = 30.0
#: How often the holder renews its heartbeat (seconds).
HEARTBEAT_S = 5.0


class AlreadySending(Exception):
    """Another living process holds the delivery's send."""


@dataclass(frozen=True)
class Holder:
    """Who last held the send, and when it last gave a sign of life."""

    owner: str
    heartbeat_at: dt.datetime

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


def _holder(owner: str | None, heartbeat_at: dt.datetime | None) -> Holder | None:
    """The holder the delivery's two lease columns name, if any."""
    return Holder(owner, heartbeat_at) if owner and heartbeat_at else None


def is_interrupted(state: DeliveryState, owner: str | None, heartbeat_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Sending in the database, yet no living process sends it: the app or machine stopped mid-send."""
    found = _holder(owner, heartbeat_at)
    return state is DeliveryState.SENDING and not (found is not None and found.alive(now))


def holder(engine: Engine, delivery_id: int) -> Holder | None:
    """Who holds (or last held without letting go) the delivery's send."""
    with engine.connect() as conn:
        row = conn.execute(select(Delivery.send_owner, Delivery.send_heartbeat_at).where(Delivery.id == delivery_id)).one()
    return _holder(*row)


def sending_elsewhere(engine: Engine, delivery_id: int, now: dt.datetime | None = None) -> Holder | None:
    """The living holder of the send, if any: then this process must not send it too."""
    found = holder(engine, delivery_id)
    return found if found is not None and found.alive(now or utcnow()) else None


def interrupted(engine: Engine, delivery_id: int) -> bool:
    with engine.connect() as conn:
        row = conn.execute(select(Delivery.state, Delivery.send_owner, Delivery.send_heartbeat_at)
                           .where(Delivery.id == delivery_id)).one()
    return is_interrupted(*row, utcnow())


def _owner_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _acquire(engine: Engine, delivery_id: int, owner: str, now: dt.datetime) -> None:
    current = holder(engine, delivery_id)
    if current is not None and current.alive(now):
        raise AlreadySending(
            f"Another process ({current.host}, process {current.pid}) is already sending this delivery; "
            f"its last sign of life was at {current.heartbeat_at:%H:%M:%S} UTC.")
    # the row must still say what was read: if another process took it meanwhile, nothing changes
    still = (Delivery.send_owner.is_(None) if current is None
             else and_(Delivery.send_owner == current.owner, Delivery.send_heartbeat_at == current.heartbeat_at))
    with engine.begin() as conn:
        taken = conn.execute(update(Delivery).where(Delivery.id == delivery_id, still)
                             .values(send_owner=owner, send_heartbeat_at=now, updated_at=Delivery.updated_at)).rowcount
    if not taken:
        raise AlreadySending("Another process started sending this delivery at the same moment.")


@contextmanager
def send_lease(engine: Engine, delivery_id: int) -> Iterator[str]:
    """Hold the delivery's send for the duration of the block, renewing the heartbeat meanwhile.

    The heartbeat uses the real clock even when the send runs on a test's controllable
    clock: that clock moves contact dates and validity, not the life signs of processes.
    """
    owner = _owner_name()
    _acquire(engine, delivery_id, owner, utcnow())
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_S):
            try:
                with engine.begin() as conn:
                    conn.execute(update(Delivery).where(Delivery.id == delivery_id, Delivery.send_owner == owner)
                                 .values(send_heartbeat_at=utcnow(), updated_at=Delivery.updated_at))
            except SQLAlchemyError:
                continue  # a busy database: the next beat tries again, long before the lease ages

    thread = threading.Thread(target=beat, name=f"send-heartbeat-{delivery_id}")
    thread.start()
    try:
        yield owner
    finally:
        done.set()
        thread.join()
        with engine.begin() as conn:
            conn.execute(update(Delivery).where(Delivery.id == delivery_id, Delivery.send_owner == owner)
                         .values(send_owner=None, send_heartbeat_at=None, updated_at=Delivery.updated_at))
