"""kill -9 in the middle of a send, then send again: nobody twice, nobody skipped, the in-flight reported.

While the first process lives nobody else may send the delivery; once it is killed the
delivery shows as interrupted, for the app to offer Resume.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, insert, select

from campaign_desktop.db.models import DeliveryLog, Operator, OperatorRole
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import LogStatus, Role
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.deliveries import is_interrupted as interrupted
from campaign_desktop.engine.job_lease import AlreadyWorking
from campaign_desktop.engine.send_recovery import recover_orphans
from campaign_desktop.engine.sending import send
from tests.engine.test_sending import _transport
from tests.engine.builders import add_delivery, add_profiles
from tests.smtp_server import ScriptedServer

RECIPIENTS = 1500


def _send_command(db_url, port):
    return [sys.executable, "-m", "campaign_desktop", "--db", db_url, "send", "crash-test",
            "--operator", "manager", "--transport", "smtp", "--smtp", f"127.0.0.1:{port}", "--json"]


def test_a_killed_send_resumes_without_sending_anyone_twice(engine, db_url):
    with engine.begin() as conn:
        op = conn.execute(insert(Operator).values(login="manager", name="M", disabled=False).returning(Operator.id)).scalar_one()
        conn.execute(insert(OperatorRole).values(operator_id=op, role=Role.START_DELIVERIES))
    addresses = [f"person{i}@example.com" for i in range(RECIPIENTS)]
    add_profiles(engine, *({"email": a} for a in addresses))
    delivery = add_delivery(engine, internal_name="crash-test", send_policy={"connections": 4})
    prepare(engine, delivery, Control(), workers=0)

    with ScriptedServer() as server:
        server.handler.keep_messages = False
        first = subprocess.Popen(_send_command(db_url, server.port), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while sum(server.handler.recipients.values()) < 300 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.01)
        assert not interrupted(engine, delivery)  # alive: the app offers no Resume…
        with pytest.raises(AlreadyWorking, match="Another process .* is already sending this delivery"):
            send(engine, delivery, _transport(server), Control())  # …and nobody else may send it too
        os.kill(first.pid, signal.SIGKILL)  # what a power cut or a crash does: no cleanup at all
        first.wait(timeout=10)
        assert interrupted(engine, delivery)  # its process is gone: the app offers Resume at once
        listing = subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, "deliveries"],
                                 capture_output=True, text=True, timeout=60).stdout
        assert "[interrupted: run 'send' again to resume]" in next(line for line in listing.splitlines() if "crash-test" in line)
        received_before = sum(server.handler.recipients.values())
        assert 300 <= received_before < RECIPIENTS, "the kill must land in the middle of the send"
        # before anyone resumes it (the app does this at start): what the server took is Sent, from the journal
        assert recover_orphans(engine) == [delivery]
        assert interrupted(engine, delivery)  # still to be resumed
        with engine.connect() as conn:
            sent_now = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery,
                                                               DeliveryLog.status == LogStatus.SENT)).scalar_one()
        assert received_before - 4 <= sent_now <= received_before

        second = subprocess.run(_send_command(db_url, server.port), capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr

    with engine.connect() as conn:
        rows = conn.execute(select(DeliveryLog.address, DeliveryLog.status).where(DeliveryLog.delivery_id == delivery)).all()
    status = {address: s for address, s in rows}
    received = server.handler.recipients
    assert max(received.values()) == 1 and max(server.handler.message_ids.values()) == 1  # nobody twice
    unknown = {a for a, s in status.items() if s is LogStatus.UNKNOWN}
    sent = {a for a, s in status.items() if s is LogStatus.SENT}
    assert sent | unknown == set(addresses)  # nobody skipped: every recipient sent or reported unknown
    assert sent <= set(received)
    assert set(received) - sent <= unknown  # whoever got it without a Sent status is among the unknown
    # the journal tells the accepted from those that never left: only a message whose final dot
    # was on the wire can be unknown, one a connection at most
    assert len(unknown) <= 4
    stats = subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, "stats", str(delivery), "--json"],
                           capture_output=True, text=True, timeout=60)
    assert json.loads(stats.stdout)["unknown"] == len(unknown)  # what the marketer is told equals the rows


@pytest.mark.parametrize("profiles, transport", [(1500, ["simulated"]), (7000, ["pickup", "--pickup", "{pickup}"])],
                         ids=["simulated MTA", "worker processes"])
def test_a_killed_send_leaves_no_child_process_running(engine, db_url, tmp_path, profiles, transport):
    """The simulated MTA, and past 5,000 recipients the worker processes, run in child
    processes that must end when the command that started them is killed, even while the
    command is not yet reaped (a zombie): otherwise they keep the command's output open and
    whoever reads that output waits for ever."""
    from sqlalchemy import update

    from campaign_desktop.db.models import Delivery
    from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo
    from campaign_desktop.engine.sending import PARALLEL_FROM

    build_demo(engine, profiles=profiles, seed=3)
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.internal_name == DEMO_DELIVERY).values(send_policy={"messages_per_second": 200}))
    report = prepare(engine, _delivery(engine, DEMO_DELIVERY), Control(), workers=0)
    assert (report.to_deliver >= PARALLEL_FROM) == (profiles > 5000)
    command = subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, "send", DEMO_DELIVERY,
                                "--operator", "manager", "--transport", *(a.format(pickup=tmp_path) for a in transport)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _settled(engine, DEMO_DELIVERY) < 100 and time.monotonic() < deadline and command.poll() is None:
        time.sleep(0.05)
    assert command.poll() is None, "the send must still be running when it is killed"
    os.kill(command.pid, signal.SIGKILL)
    try:
        command.communicate(timeout=20)  # returns once nobody holds the output open any more
    except subprocess.TimeoutExpired:
        command.kill()
        pytest.fail("a child process outlived the killed command and kept its output open")
    assert interrupted(engine, _delivery(engine, DEMO_DELIVERY))


def _delivery(engine, name):
    from campaign_desktop.engine.deliveries import find_delivery_id

    with engine.connect() as conn:
        return find_delivery_id(conn, name)


def _settled(engine, name):
    """Messages whose handover came back: the processes that hand them over are running."""
    from sqlalchemy import func

    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(DeliveryLog.delivery_id == _delivery(engine, name),
                                                       DeliveryLog.status.in_([LogStatus.SENT, LogStatus.FAILED]))).scalar_one()
