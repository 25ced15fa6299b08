"""The transition table: every legal move made, every illegal one refused with nothing changed;
the actions each state allows; and what another process may not do while a send runs."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select, update

from campaign_desktop.db.models import Delivery, DeliveryLog, JournalEntry
from campaign_desktop.domain.enums import DeliveryState, Job, TransportKind
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.delivery_edit import EditRefused, delete_delivery, load_draft, save_draft
from campaign_desktop.engine.feedback import close_expired
from campaign_desktop.engine.job_lease import AlreadyWorking
from campaign_desktop.engine.lifecycle import TRANSITIONS, Action, IllegalMove, allowed_actions, move
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.send_actions import confirm_send, pause, resume, stop
from campaign_desktop.engine.settings import Settings, save_settings
from tests.engine.send_thread import wait_for
from tests.engine.test_sending import _prepared
from tests.smtp_server import ScriptedServer

S, A = DeliveryState, Action


def _at(engine, delivery, state: DeliveryState) -> None:
    with engine.begin() as conn:
        conn.execute(update(Delivery).where(Delivery.id == delivery).values(state=state))


def _state(engine, delivery) -> DeliveryState:
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state).where(Delivery.id == delivery)).scalar_one()


@pytest.mark.parametrize("source", list(S), ids=lambda s: s.name.lower())
def test_every_move_of_the_table_is_made_and_every_other_refused(engine, source):
    delivery = _prepared(engine, ["a@example.com"])
    for target in S:
        _at(engine, delivery, source)
        if target in TRANSITIONS[source]:
            with engine.begin() as conn:
                move(conn, delivery, source, target)
            assert _state(engine, delivery) is target
        else:
            with pytest.raises(IllegalMove, match=f"cannot become {target.name.lower()}"), engine.begin() as conn:
                move(conn, delivery, source, target)
            assert _state(engine, delivery) is source  # nothing changed


def test_a_move_from_a_state_the_delivery_has_left_is_refused(engine):
    """Two processes read Prepared; one confirms the send: the other's edit back to Draft fails."""
    delivery = _prepared(engine, ["a@example.com"])
    with engine.begin() as conn:
        move(conn, delivery, S.PREPARED, S.SENDING)
    with pytest.raises(IllegalMove, match="A delivery that is sending cannot become draft"), engine.begin() as conn:
        move(conn, delivery, S.PREPARED, S.DRAFT)
    assert _state(engine, delivery) is S.SENDING


#: What the action bar offers, state by state, while nothing works on the delivery.
AT_REST = {
    S.DRAFT: {A.PREPARE, A.PROOF, A.EDIT, A.DELETE, A.LOGS, A.DUPLICATE},
    S.PREPARING: {A.PREPARE, A.LOGS, A.DUPLICATE},  # a preparation whose process died
    S.PREPARED: {A.PREPARE, A.CONFIRM_SEND, A.PROOF, A.EDIT, A.DELETE, A.LOGS, A.DUPLICATE},
    S.SCHEDULED: {A.STOP, A.LOGS, A.DUPLICATE},
    S.SENDING: {A.RESUME, A.STOP, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},  # interrupted
    S.PAUSED: {A.RESUME, A.STOP, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
    S.SENT: {A.RETRY_FAILED, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
    S.CLOSED: {A.RETRY_FAILED, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
    S.STOPPED: {A.RETRY_FAILED, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
}
#: And while a job works on it, here or in another process.
AT_WORK = {
    (S.PREPARING, Job.PREPARE): {A.STOP_PREPARATION, A.LOGS, A.DUPLICATE},
    (S.SCHEDULED, Job.SEND): {A.STOP, A.LOGS, A.DUPLICATE},
    (S.SENDING, Job.SEND): {A.PAUSE, A.STOP, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
    (S.PAUSED, Job.SEND): {A.RESUME, A.STOP, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
    (S.SENT, Job.FEEDBACK): {A.STOP_FOLLOWING, A.COMPUTE_STATS, A.LOGS, A.DUPLICATE},
}


@pytest.mark.parametrize("state", list(S), ids=lambda s: s.name.lower())
def test_allowed_actions_for_every_state(state):
    assert allowed_actions(state, Job.NONE) == AT_REST[state]
    for job in (Job.PREPARE, Job.SEND, Job.FEEDBACK):
        # a job on a state it has nothing to do with leaves only what is harmless
        assert allowed_actions(state, job) == AT_WORK.get((state, job), {A.LOGS, A.DUPLICATE})


def test_nothing_but_logs_and_duplicate_while_a_job_is_where_it_does_not_belong():
    for state in S:
        for job in Job:
            actions = allowed_actions(state, job)
            assert {A.LOGS, A.DUPLICATE} <= actions
            if job is not Job.NONE:
                assert not actions & {A.PREPARE, A.EDIT, A.DELETE, A.CONFIRM_SEND}  # never while a job works


def _cli(db_url, *args):
    return subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, *args],
                          capture_output=True, text=True, timeout=120)


def _rows(engine, delivery):
    with engine.connect() as conn:
        return conn.execute(select(DeliveryLog.id, DeliveryLog.status, DeliveryLog.handover_at)
                            .where(DeliveryLog.delivery_id == delivery).order_by(DeliveryLog.id)).all()


def _refused_everything_else(engine, db_url, delivery, state_name):
    """Prepare (from another process), edit and delete: refused, and nothing changed."""
    before_rows, before_state = _rows(engine, delivery), _state(engine, delivery)
    prepared = _cli(db_url, "prepare", str(delivery), "--operator", "manager")
    assert prepared.returncode == 1
    assert ("already sending" in prepared.stderr or f"'Prepare' is not possible on a delivery that is {state_name}"
            in prepared.stderr), prepared.stderr
    assert "Traceback" not in prepared.stderr
    with engine.connect() as conn:
        draft, _ = load_draft(conn, delivery)
    draft.subject = "Changed while it goes out"
    with pytest.raises(EditRefused, match="cannot be edited"):
        save_draft(engine, delivery, draft, "manager")
    with pytest.raises(EditRefused, match="cannot be deleted"):
        delete_delivery(engine, delivery, "manager")
    after = _rows(engine, delivery)
    assert _state(engine, delivery) is before_state
    # the rows are all still there; a running send may have handed more over meanwhile, nothing else
    assert [r.id for r in after] == [r.id for r in before_rows]
    with engine.connect() as conn:
        assert conn.execute(select(Delivery.subject).where(Delivery.id == delivery)).scalar_one() != draft.subject


def test_prepare_edit_and_delete_are_refused_while_a_send_runs_and_after(engine, db_url):
    """Tried from another process while a real `send` runs (Sending, then Paused), then on the
    Sent, Closed and Stopped delivery: refused, nothing changed, nobody mailed twice."""
    addresses = [f"run{i}@example.com" for i in range(300)]
    delivery = _prepared(engine, addresses, send_policy={"connections": 2, "messages_per_second": 100})
    with ScriptedServer() as server:
        save_settings(engine, transport=TransportKind.SMTP, smtp_host="127.0.0.1", smtp_port=server.port)
        sender = subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, "send", str(delivery),
                                   "--operator", "manager"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert wait_for(lambda: len(server.handler.recipients) >= 20, timeout=60)
            _refused_everything_else(engine, db_url, delivery, "sending")
            pause(engine, delivery, "manager")
            assert wait_for(lambda: _state(engine, delivery) is S.PAUSED)
            _refused_everything_else(engine, db_url, delivery, "paused")
            assert resume(engine, delivery, "manager") is False  # the sending process goes on
            out, err = sender.communicate(timeout=120)
            assert sender.returncode == 0, err
        finally:
            if sender.poll() is None:
                sender.kill()
        assert _state(engine, delivery) is S.SENT
        _refused_everything_else(engine, db_url, delivery, "sent")
        import datetime as dt

        from campaign_desktop.db.models import utcnow
        assert close_expired(engine, Settings(), utcnow() + dt.timedelta(days=4)) == 1
        _refused_everything_else(engine, db_url, delivery, "closed")
    assert len(server.handler.recipients) == 300 and max(server.handler.recipients.values()) == 1

    stopped = _prepared_again(engine)
    confirm_send(engine, stopped, "manager")
    _at(engine, stopped, S.PAUSED)
    stop(engine, stopped, "manager")
    _refused_everything_else(engine, db_url, stopped, "stopped")


def _prepared_again(engine):
    from tests.engine.builders import add_delivery

    delivery = add_delivery(engine, internal_name="second", send_policy={})
    prepare(engine, delivery, Control(), workers=0)
    return delivery


def test_two_preparations_at_once_one_is_refused(engine, db_url):
    """Tried: two `prepare` commands started together on a workspace that takes a while to
    prepare. One prepares; the other is refused; the log holds one row a profile."""
    from campaign_desktop.demo.workspace import DEMO_DELIVERY, build_demo

    build_demo(engine, profiles=20_000, seed=5)
    commands = [subprocess.Popen([sys.executable, "-m", "campaign_desktop", "--db", db_url, "prepare", DEMO_DELIVERY,
                                  "--operator", "admin", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(2)]
    results = [c.communicate(timeout=180) for c in commands]
    codes = sorted(c.returncode for c in commands)
    assert codes == [0, 1], results
    refusal = next(err for (out, err), c in zip(results, commands) if c.returncode == 1)
    assert "already preparing" in refusal or "at the same moment" in refusal or "'Prepare' is not possible" in refusal
    with engine.connect() as conn:
        delivery, targeted, state = conn.execute(select(Delivery.id, Delivery.targeted, Delivery.state)
                                                 .where(Delivery.internal_name == DEMO_DELIVERY)).one()
        rows = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery)).scalar_one()
        starts = conn.execute(select(func.count()).where(JournalEntry.delivery_id == delivery,
                                                         JournalEntry.code == "PREPARATION_STARTED")).scalar_one()
    assert state is S.PREPARED and rows == targeted == 20_000 and starts == 1


def test_a_second_preparation_in_this_process_is_refused_while_the_first_runs(engine):
    """The lease, in one process: a preparation that holds it refuses the next at once."""
    from campaign_desktop.engine import job_lease

    delivery = _prepared(engine, ["x@example.com"])
    with job_lease.lease(engine, delivery, Job.PREPARE):
        with pytest.raises(AlreadyWorking, match="already preparing"):
            prepare(engine, delivery, Control(), workers=0)
    assert _state(engine, delivery) is S.PREPARED


def test_a_retry_settled_after_a_stop_plans_no_other(engine):
    """Tried: a stop while a retry is on its way (claimed). The retry comes back refused for
    now: no new retry is planned, since a stopped delivery sends nothing more."""
    import datetime as dt

    from campaign_desktop.db.models import Delivery, DeliveryLog
    from campaign_desktop.domain.enums import DeliveryState, FailureType, LogStatus
    from campaign_desktop.engine.delivery_log import Fate, Settled, settle_retry
    from campaign_desktop.engine.reply_rules import classify
    from campaign_desktop.engine.reporting import rules_for
    from campaign_desktop.engine.settings import Settings
    from sqlalchemy import select, update
    from tests.engine.test_sending import _prepared

    delivery = _prepared(engine, ["r@example.com"])
    now = dt.datetime(2026, 12, 1, 9, 0)
    with engine.begin() as conn:
        log_id = conn.execute(select(DeliveryLog.id).where(DeliveryLog.delivery_id == delivery)).scalar_one()
        conn.execute(update(DeliveryLog).where(DeliveryLog.id == log_id).values(
            status=LogStatus.SENT, failure_type=FailureType.SOFT, next_retry_at=now, retry_claim="me", retry_count=0))
        conn.execute(update(Delivery).where(Delivery.id == delivery).values(state=DeliveryState.STOPPED, sent_at=now))
        from campaign_desktop.engine.delivery_log import rebuild_counts

        rebuild_counts(conn, delivery)
        refused = Settled(log_id, Fate.REFUSED, "r@example.com", "<m@x>", "450 4.2.2 Mailbox full",
                          classify(450, "4.2.2 Mailbox full"))
        assert settle_retry(conn, refused, "me", rules_for(Settings().reporting_mode), Settings(), now)
        row = conn.execute(select(DeliveryLog.status, DeliveryLog.failure_type, DeliveryLog.next_retry_at)
                           .where(DeliveryLog.id == log_id)).one()
    assert tuple(row) == (LogStatus.FAILED, FailureType.SOFT, None)
