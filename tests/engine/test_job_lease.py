"""The lease: one process works on a delivery; a send whose process stopped is taken up again."""

from __future__ import annotations

import datetime as dt
import subprocess
import time

import pytest
from sqlalchemy import select, update

from campaign_desktop.db.models import Delivery, DeliveryLog, JournalEntry, utcnow
from campaign_desktop.domain.enums import DeliveryState, Job, LogStatus
from campaign_desktop.engine import job_lease
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.deliveries import is_interrupted as interrupted
from campaign_desktop.engine.job_lease import AlreadyWorking
from campaign_desktop.engine.lifecycle import IllegalMove
from campaign_desktop.engine.roles import RoleRefused
from campaign_desktop.engine.send_actions import confirm_send, resume, stop
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from tests.engine.test_sending import _logs, _prepared, _transport
from tests.engine.send_thread import sending_in_thread, wait_for
from tests.smtp_server import ScriptedServer


def _dead_pid() -> int:
    finished = subprocess.Popen(["true"])
    finished.wait()
    return finished.pid


def _held_by(engine, delivery, owner: str, age_s: float) -> None:
    """What a process that stopped mid-send (or a living one elsewhere) leaves in the database."""
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == delivery).values(
            state=DeliveryState.SENDING, lease_owner=owner, lease_job=Job.SEND,
            lease_heartbeat_at=utcnow() - dt.timedelta(seconds=age_s)))


def _in_flight(engine, delivery, count: int) -> None:
    """Mark the first rows handed over, as the killed process had done before its messages went out."""
    with engine.begin() as conn:
        ids = conn.execute(select(DeliveryLog.id).where(DeliveryLog.delivery_id == delivery).order_by(DeliveryLog.id).limit(count)).scalars().all()
        conn.execute(update(DeliveryLog).where(DeliveryLog.id.in_(ids)).values(handover_at=utcnow()))


def test_a_send_whose_process_died_on_this_machine_is_taken_up_at_once(engine):
    import socket

    delivery = _prepared(engine, [f"a{i}@example.com" for i in range(40)])
    confirm_send(engine, delivery, "manager")
    _held_by(engine, delivery, f"{socket.gethostname()}:{_dead_pid()}:feedbeef", age_s=1)  # a fresh heartbeat, a dead process
    _in_flight(engine, delivery, 5)
    assert interrupted(engine, delivery)
    with pytest.raises(RoleRefused, match="role"):
        resume(engine, delivery, "marketer")  # taking a send up again needs Start deliveries, like starting it
    assert resume(engine, delivery, "manager") is True
    with ScriptedServer() as server:
        summary = send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url=""))
    # its journal cannot be read (the test left none): the five claimed are unknown, never sent again
    assert summary.state is DeliveryState.SENT and summary.unknown == 5
    assert len(server.handler.recipients) == 35
    with engine.connect() as conn:
        owner = conn.execute(select(Delivery.lease_owner).where(Delivery.id == delivery)).scalar_one()
        journal = conn.execute(select(JournalEntry.message).where(JournalEntry.delivery_id == delivery)).scalars().all()
    assert owner is None  # let go at the end
    assert any("manager took it up again" in line for line in journal)


def test_a_sender_on_another_machine_counts_as_alive_until_its_heartbeat_ages(engine):
    delivery = _prepared(engine, ["b@example.com"])
    confirm_send(engine, delivery, "manager")
    _held_by(engine, delivery, "workstation-7:4242:cafe", age_s=10)
    assert not interrupted(engine, delivery)
    with pytest.raises(IllegalMove, match="'Resume' is not possible"):
        resume(engine, delivery, "manager")  # it is sending, elsewhere: nothing to resume
    with ScriptedServer() as server:
        with pytest.raises(AlreadyWorking, match=r"workstation-7, process 4242\) is already sending"):
            send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url=""))
        assert server.handler.recipients == {}
        _held_by(engine, delivery, "workstation-7:4242:cafe", age_s=job_lease.LEASE_S + 1)
        assert interrupted(engine, delivery)
        assert send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url="")).state is DeliveryState.SENT
    assert server.handler.recipients == {"b@example.com": 1}


def _holder(engine, delivery):
    with engine.connect() as conn:
        return job_lease.holder(conn, delivery)


def test_the_heartbeat_goes_on_while_the_send_waits_paused(engine, monkeypatch):
    monkeypatch.setattr(job_lease, "HEARTBEAT_S", 0.1)
    delivery = _prepared(engine, [f"c{i}@example.com" for i in range(10)])
    confirm_send(engine, delivery, "manager")
    with engine.begin() as conn:  # paused before it started (the app was closed during an earlier run)
        conn.execute(update(Delivery).where(Delivery.id == delivery).values(state=DeliveryState.PAUSED))
    control = Control()
    with ScriptedServer() as server, sending_in_thread(engine, delivery, server, control) as (thread, result):
        assert wait_for(lambda: _holder(engine, delivery) is not None), "the send took the lease"
        holder = _holder(engine, delivery)
        time.sleep(0.5)
        later = _holder(engine, delivery)
        assert later is not None and later.owner == holder.owner and later.heartbeat_at > holder.heartbeat_at
        assert not interrupted(engine, delivery)
        # a Resume from another window lifts the pause; the holder goes on by itself, nobody sends twice
        assert resume(engine, delivery, "manager") is False
        thread.join(timeout=20)
    assert result["summary"].state is DeliveryState.SENT
    assert len(server.handler.recipients) == 10 and max(server.handler.recipients.values()) == 1
    assert all(row.status is LogStatus.SENT for row in _logs(engine, delivery).values())


def test_stopping_a_send_nobody_runs_reports_what_was_in_flight_as_unknown(engine):
    import socket

    delivery = _prepared(engine, [f"d{i}@example.com" for i in range(10)])
    confirm_send(engine, delivery, "manager")
    _held_by(engine, delivery, f"{socket.gethostname()}:{_dead_pid()}:0", age_s=1)
    _in_flight(engine, delivery, 3)
    assert stop(engine, delivery, "manager") == 7
    statuses = [row.status for row in _logs(engine, delivery).values()]
    # no journal of the dead sender can be read: what it had claimed is unknown, never "not sent"
    assert statuses.count(LogStatus.UNKNOWN) == 3 and statuses.count(LogStatus.CANCELED) == 7
