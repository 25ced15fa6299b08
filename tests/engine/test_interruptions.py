"""Every interruption recovers by itself: real commands killed (SIGKILL), stopped (SIGTERM),
frozen (SIGSTOP) at random moments; a relay that cannot work refused before anything is
confirmed; two processes opening an old database; the scheduler facing a delivery that
another process sends."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog, utcnow
from campaign_desktop.domain.enums import DeliveryState, Job, LogStatus, TransportKind
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.deliveries import find_delivery_id, is_interrupted
from campaign_desktop.engine.messages import Message, Msg
from campaign_desktop.engine.preparation import recover_interrupted
from campaign_desktop.engine.send_actions import confirm_send, stop
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings, save_settings
from tests.engine.send_thread import wait_for
from tests.engine.test_sending import _logs, _prepared, _transport
from tests.smtp_server import ScriptedServer, free_port


def _cli(db_url: str, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def _run(db_url: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, *args],
                          capture_output=True, text=True, timeout=timeout)


def _state(engine, delivery) -> DeliveryState:
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state).where(Delivery.id == delivery)).scalar_one()


def _statuses(engine, delivery) -> list[LogStatus]:
    with engine.connect() as conn:
        return list(conn.execute(select(DeliveryLog.status).where(DeliveryLog.delivery_id == delivery)).scalars())


def _claimed(engine, delivery) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(
            DeliveryLog.delivery_id == delivery, DeliveryLog.status == LogStatus.TO_SEND,
            DeliveryLog.handover_at.is_not(None))).scalar_one()


def _smtp(engine, server) -> None:
    save_settings(engine, transport=TransportKind.SMTP, smtp_host="127.0.0.1", smtp_port=server.port)


# --- preparation ----------------------------------------------------------------------------------

def test_a_killed_preparation_leaves_no_worker_and_recovers(engine, db_url):
    """Tried: `prepare` killed with SIGKILL in the middle of a preparation that uses worker
    processes. No process outlives it; the delivery shows as an interrupted preparation; the
    next Prepare (or the app's start) returns it to Draft and prepares it once."""
    from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo

    build_demo(engine, profiles=30_000, seed=4)
    with engine.connect() as conn:
        delivery = find_delivery_id(conn, DEMO_DELIVERY)
    for attempt in range(2):
        command = _cli(db_url, "prepare", DEMO_DELIVERY, "--operator", "admin")
        assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PREPARING, timeout=60)
        time.sleep(0.5)
        assert command.poll() is None, "the preparation must still be running when it is killed"
        os.kill(command.pid, signal.SIGKILL)
        try:
            command.communicate(timeout=20)  # returns once no worker holds its output any more
        except subprocess.TimeoutExpired:
            command.kill()
            pytest.fail("a worker process outlived the killed preparation")
        assert is_interrupted(engine, delivery) and _state(engine, delivery) is DeliveryState.PREPARING
        if attempt == 0:  # the app's start puts it back to Draft, saying why
            assert recover_interrupted(engine) == [delivery]
            with engine.connect() as conn:
                reason = conn.execute(select(Delivery.reason).where(Delivery.id == delivery)).scalar_one()
            assert Message.from_json(reason).id is Msg.PREPARATION_INTERRUPTED
            assert _state(engine, delivery) is DeliveryState.DRAFT
    again = _run(db_url, "prepare", DEMO_DELIVERY, "--operator", "admin", "--json")  # the next Prepare recovers too
    assert again.returncode == 0, again.stderr
    with engine.connect() as conn:
        targeted = conn.execute(select(Delivery.targeted).where(Delivery.id == delivery)).scalar_one()
        rows = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery)).scalar_one()
    assert _state(engine, delivery) is DeliveryState.PREPARED and rows == targeted == 30_000


# --- the send -------------------------------------------------------------------------------------

def test_sigterm_finishes_what_is_on_the_wire_and_leaves_the_send_paused(engine, db_url):
    """Tried: SIGTERM (and Ctrl-C is the same) to a running `send`. It settles what is out,
    leaves the delivery Paused with the reason, nothing unknown; `send` again finishes it."""
    addresses = [f"term{i}@example.com" for i in range(300)]
    delivery = _prepared(engine, addresses, send_policy={"connections": 2, "messages_per_second": 150})
    with ScriptedServer() as server:
        _smtp(engine, server)
        command = _cli(db_url, "send", str(delivery), "--operator", "manager", "--json")
        assert wait_for(lambda: len(server.handler.recipients) >= 50, timeout=60)
        command.send_signal(signal.SIGTERM)
        out, err = command.communicate(timeout=30)
        assert command.returncode == 0, err
        assert '"state": "paused"' in out
        assert _state(engine, delivery) is DeliveryState.PAUSED
        with engine.connect() as conn:
            reason = conn.execute(select(Delivery.reason).where(Delivery.id == delivery)).scalar_one()
        assert Message.from_json(reason).id is Msg.REASON_INTERRUPTED
        assert _claimed(engine, delivery) == 0 and LogStatus.UNKNOWN not in _statuses(engine, delivery)
        held = len(server.handler.recipients)
        assert 50 <= held < 300
        again = _run(db_url, "send", str(delivery), "--operator", "manager")
        assert again.returncode == 0, again.stderr
    assert len(server.handler.recipients) == 300 and max(server.handler.recipients.values()) == 1
    assert set(_statuses(engine, delivery)) == {LogStatus.SENT}


def test_a_stop_given_while_the_sender_dies_settles_what_it_left(engine, db_url):
    """Tried: the sending process frozen (SIGSTOP) with messages out, a stop given from here,
    then the sender killed (SIGKILL) before it could settle anything. The stop settles its
    rows from its journal: none stays To send, nobody was mailed twice, at most one message
    a connection is unknown."""
    addresses = [f"halt{i}@example.com" for i in range(400)]
    delivery = _prepared(engine, addresses, send_policy={"connections": 2, "messages_per_second": 200})
    with ScriptedServer() as server:
        _smtp(engine, server)
        command = _cli(db_url, "send", str(delivery), "--operator", "manager")
        assert wait_for(lambda: len(server.handler.recipients) >= 60, timeout=60)
        os.kill(command.pid, signal.SIGSTOP)
        time.sleep(0.3)
        assert _claimed(engine, delivery) > 0, "the frozen sender holds rows in flight"
        done: dict[str, int] = {}
        stopper = threading.Thread(target=lambda: done.setdefault("canceled", stop(engine, delivery, "manager")))
        stopper.start()
        assert wait_for(lambda: _state(engine, delivery) is DeliveryState.STOPPED)
        time.sleep(0.5)
        os.kill(command.pid, signal.SIGKILL)
        command.communicate(timeout=20)
        stopper.join(timeout=30)
        assert not stopper.is_alive() and done["canceled"] > 0
    statuses = _statuses(engine, delivery)
    assert LogStatus.TO_SEND not in statuses  # nothing left that no command would ever settle
    assert statuses.count(LogStatus.UNKNOWN) <= 2
    received = server.handler.recipients
    assert max(received.values()) == 1
    sent = {a for a, row in _logs(engine, delivery).items() if row.status is LogStatus.SENT}
    unknown = {a for a, row in _logs(engine, delivery).items() if row.status is LogStatus.UNKNOWN}
    assert sent <= set(received) and set(received) <= sent | unknown  # what arrived is recorded as such


def test_a_killed_feedback_loses_no_retry_and_sends_none_twice(engine, db_url):
    """Tried: `feedback` killed with SIGKILL while it sends three hundred due retries, then run
    again. Every retry goes out once (at most the one on the wire at the kill stays unknown,
    never sent again), none is dropped, no claim is left behind."""
    addresses = [f"r450-422.{i}@example.com" for i in range(300)]
    delivery = _prepared(engine, addresses, send_policy={"connections": 2})
    save_settings(engine, retry_min_interval_hours=0.0001)  # retries due after a third of a second
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as first:
        send(engine, delivery, _transport(first), Control(), Settings(tracking_base_url="", retry_min_interval_hours=0.0001))
    time.sleep(0.5)
    with ScriptedServer() as relay:
        relay.handler.accept_all = True
        args = ("feedback", "--transport", "smtp", "--smtp", f"127.0.0.1:{relay.port}")
        command = _cli(db_url, *args)
        assert wait_for(lambda: len(relay.handler.recipients) >= 80, timeout=60)
        os.kill(command.pid, signal.SIGKILL)
        command.communicate(timeout=20)
        before = len(relay.handler.recipients)
        assert before < 300, "the kill must land in the middle of the retries"
        again = _run(db_url, *args)
        assert again.returncode == 0, again.stderr
    assert max(relay.handler.recipients.values()) == 1  # none twice
    with engine.connect() as conn:
        rows = conn.execute(select(DeliveryLog.address, DeliveryLog.status, DeliveryLog.next_retry_at, DeliveryLog.retry_claim,
                                   DeliveryLog.retry_count).where(DeliveryLog.delivery_id == delivery)).all()
    assert all(r.retry_claim is None for r in rows)  # no claim left behind
    retried = {r.address for r in rows if r.retry_count == 1}
    assert retried == set(addresses)  # none dropped: each retry was made (or its fate is unknown)
    unresolved = [r for r in rows if r.next_retry_at is None and r.address not in relay.handler.recipients]
    assert len(unresolved) <= 1  # the one on the wire at the kill, if it never arrived


# --- the relay, before and during the send ---------------------------------------------------------

@pytest.mark.parametrize("relay", ["127.0.0.1:{closed}", "no-such-relay.invalid:25", "127.0.0.1:99999"],
                         ids=["closed port", "unknown host", "port 99999"])
def test_a_relay_that_cannot_work_is_refused_before_the_send_is_confirmed(engine, db_url, relay):
    delivery = _prepared(engine, ["a@example.com", "b@example.com"])
    result = _run(db_url, "send", str(delivery), "--operator", "manager", "--transport", "smtp",
                  "--smtp", relay.format(closed=free_port()))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot be used" in result.stderr or "is not a port number" in result.stderr
    assert _state(engine, delivery) is DeliveryState.PREPARED  # not confirmed: nothing to resume or stop
    assert set(_statuses(engine, delivery)) == {LogStatus.TO_SEND} and _claimed(engine, delivery) == 0


def test_send_exits_non_zero_while_the_relay_is_down_and_fails_nobody(engine, db_url):
    """Tried: a relay that greets but refuses every recipient for now (452 4.5.3), with no
    patience asked (--relay-wait 0): `send` leaves the delivery paused with the reason and
    exits with status 3; nobody failed."""
    delivery = _prepared(engine, [f"w{i}@example.com" for i in range(40)])
    with ScriptedServer() as server:
        server.handler.every_rcpt = "452 4.5.3 Too many recipients"
        result = _run(db_url, "send", str(delivery), "--operator", "manager", "--transport", "smtp",
                      "--smtp", f"127.0.0.1:{server.port}", "--relay-wait", "0")
    assert result.returncode == 3, result.stderr
    assert "still unavailable" in result.stderr and "takes no more recipients" in result.stderr
    assert _state(engine, delivery) is DeliveryState.PAUSED
    assert set(_statuses(engine, delivery)) == {LogStatus.TO_SEND}


# --- the scheduler and the schema -----------------------------------------------------------------

def test_the_scheduler_reports_a_delivery_another_process_sends_and_goes_on(engine, db_url):
    from campaign_desktop.engine import job_lease

    delivery = _prepared(engine, ["s@example.com"])
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == delivery).values(contact_date=utcnow() + dt.timedelta(seconds=1)))
    assert confirm_send(engine, delivery, "manager") is DeliveryState.SCHEDULED
    time.sleep(1.2)
    with job_lease.lease(engine, delivery, Job.SEND):  # another process took it up meanwhile
        result = _run(db_url, "scheduler", "--once", "--json", "--transport", "pickup", "--pickup", str(db_url[10:]) + ".pickup")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert '"event": "problem"' in result.stdout and "already sending" in result.stdout


def test_two_processes_opening_an_old_database_migrate_it_once(tmp_path):
    """Tried: a database left at the previous revision, opened by two commands at the same moment."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine, text

    from campaign_desktop.db.session import MIGRATIONS
    from tests.engine.builders import database_at

    url = f"sqlite:///{tmp_path / 'old.db'}"
    database_at(url, "0006")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    opened = [subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", url, "deliveries"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in opened]
    assert [p.returncode for p in opened] == [0, 0], results
    check = create_engine(url)
    with check.connect() as conn:
        head = ScriptDirectory.from_config(config).get_current_head()
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
    check.dispose()


class _FailsAfterFirstBatch(Control):
    """A caller whose progress handler breaks in the middle of a send (an exception that is
    nobody's recipient), after the first batch and while the next one is on its way."""

    def report(self, done, total, **figures):
        super().report(done, total, **figures)
        if done:
            raise RuntimeError("the progress display broke")


def test_a_send_that_fails_settles_what_it_had_in_hand_and_resumes_without_loss(engine):
    """Tried: an exception out of the send loop. Its lease is let go, so nobody would know whose
    journal tells the fate of the messages it had in hand: it settles them itself first."""
    addresses = [f"p{i}@example.com" for i in range(600)]
    delivery = _prepared(engine, addresses)
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        with pytest.raises(RuntimeError, match="progress display"):
            send(engine, delivery, _transport(server), _FailsAfterFirstBatch(), Settings(tracking_base_url=""))
        with engine.connect() as conn:
            claimed = conn.execute(select(func.count()).where(
                DeliveryLog.delivery_id == delivery, DeliveryLog.status == LogStatus.TO_SEND,
                DeliveryLog.handover_at.is_not(None))).scalar_one()
            sent = conn.execute(select(func.count()).where(
                DeliveryLog.delivery_id == delivery, DeliveryLog.status == LogStatus.SENT)).scalar_one()
        taken = sum(server.handler.recipients.values())
        assert claimed == 0 and 0 < taken < 600
        assert sent == taken  # every message the server took is Sent: none left Unknown, none lost
        resumed = send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url=""))
    assert resumed.state is DeliveryState.SENT
    assert set(server.handler.recipients) == set(addresses) and max(server.handler.recipients.values()) == 1


def test_a_refused_prepare_leaves_a_killed_send_recoverable(engine, db_url):
    """Tried: `prepare` on a delivery whose sender was killed. It is refused, and it must not
    take the lease on its way out: the lease names whose journal tells what the server took."""
    from campaign_desktop.engine.lifecycle import IllegalMove
    from campaign_desktop.engine.preparation import prepare
    from campaign_desktop.engine.send_recovery import recover_orphans

    addresses = [f"k{i}@example.com" for i in range(3000)]
    delivery = _prepared(engine, addresses)
    with ScriptedServer() as server:
        command = [sys.executable, "-m", "campaign_desktop", "--db", db_url, "send", str(delivery), "--operator",
                   "manager", "--transport", "smtp", "--smtp", f"127.0.0.1:{server.port}"]
        first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: sum(server.handler.recipients.values()) >= 300, 60)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        received = sum(server.handler.recipients.values())
        with engine.connect() as conn:
            owner = conn.execute(select(Delivery.lease_owner).where(Delivery.id == delivery)).scalar_one()
        with pytest.raises(IllegalMove):
            prepare(engine, delivery, Control(), workers=0)
        with engine.connect() as conn:
            assert conn.execute(select(Delivery.lease_owner).where(Delivery.id == delivery)).scalar_one() == owner
        assert recover_orphans(engine) == [delivery]
        with engine.connect() as conn:
            sent = conn.execute(select(func.count()).where(
                DeliveryLog.delivery_id == delivery, DeliveryLog.status == LogStatus.SENT)).scalar_one()
            unknown = conn.execute(select(func.count()).where(
                DeliveryLog.delivery_id == delivery, DeliveryLog.status == LogStatus.UNKNOWN)).scalar_one()
    assert received - 4 <= sent <= received and unknown <= 4  # the journal still decided


def test_the_scheduler_leaves_a_send_someone_paused_and_goes_on(engine, db_url):
    """Tried: a marketer pauses, from the app, a delivery the scheduler is sending. The
    scheduler leaves it paused (to be resumed later) instead of waiting on it for ever."""
    from campaign_desktop.engine.send_actions import pause

    addresses = [f"z{i}@example.com" for i in range(400)]
    delivery = _prepared(engine, addresses)
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == delivery).values(contact_date=utcnow() + dt.timedelta(seconds=1)))
    assert confirm_send(engine, delivery, "manager") is DeliveryState.SCHEDULED
    time.sleep(1.2)
    with ScriptedServer() as server:
        server.handler.data_delay_s = 0.02  # a slow relay: the pause lands mid-send
        scheduler = subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, "scheduler", "--once",
                                      "--json", "--transport", "smtp", "--smtp", f"127.0.0.1:{server.port}"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started = wait_for(lambda: sum(server.handler.recipients.values()) >= 40 or scheduler.poll() is not None, 60)
        assert started and scheduler.poll() is None, scheduler.communicate(timeout=30)
        pause(engine, delivery, "manager")
        out, err = scheduler.communicate(timeout=60)
    assert scheduler.returncode == 0 and "Traceback" not in err, err
    assert '"state": "paused"' in out
    with engine.connect() as conn:
        assert conn.execute(select(Delivery.state).where(Delivery.id == delivery)).scalar_one() is DeliveryState.PAUSED
    assert sum(server.handler.recipients.values()) < 400
