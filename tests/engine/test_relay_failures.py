"""A relay that fails is not a recipient that fails: the send pauses itself with the reason,
probes the relay, and resumes by itself; no recipient fails or counts an error for it.

Real servers on 127.0.0.1: an aiosmtpd relay stopped and started again on the same port,
a server answering 421 at the greeting, one refusing the login (535), one answering
452 4.5.3 to every recipient, one stalling for a minute.
"""

from __future__ import annotations

import threading
import time

import pytest
from aiosmtpd.smtp import AuthResult
from sqlalchemy import func, select

from campaign_desktop.db.models import Address, Delivery, DeliveryLog
from campaign_desktop.domain.enums import DeliveryState, LogStatus
from campaign_desktop.engine import delivery_journal
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.messages import Message, Msg
from campaign_desktop.engine.send_actions import confirm_send, pause, resume, stop
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.transports import SmtpSettings, SmtpTransport
from tests.engine.send_thread import status, wait_for
from tests.engine.test_sending import _logs, _prepared, _transport
from tests.smtp_server import Dripper, GreetingRefuser, ScriptedServer, free_port

#: A trainer's probe timings: the first probe after a fifth of a second, then at most half a second apart.
QUICK = Settings(tracking_base_url="", relay_probe_s=0.2, relay_probe_max_s=0.5)


def _reason(engine, delivery) -> Message | None:
    with engine.connect() as conn:
        stored = conn.execute(select(Delivery.reason).where(Delivery.id == delivery)).scalar_one()
    return Message.from_json(stored)


def _state(engine, delivery) -> DeliveryState:
    with engine.connect() as conn:
        return conn.execute(select(Delivery.state).where(Delivery.id == delivery)).scalar_one()


def _journal_ids(engine, delivery) -> list[str]:
    with engine.connect() as conn:
        return [line.message.id.name for line in delivery_journal.read(conn, delivery) if line.message is not None]


def _nobody_blamed(engine, delivery) -> None:
    """What a relay failure must never do to a recipient: fail it, or count an error on its address."""
    statuses = [row.status for row in _logs(engine, delivery).values()]
    assert LogStatus.FAILED not in statuses and LogStatus.TO_SEND not in statuses
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Address)).scalar_one() == 0


class _Sending:
    """A send in a thread of its own, stopped and joined on the way out whatever happens."""

    def __init__(self, engine, delivery, transport, settings=QUICK):
        self.control = Control()
        self.result: dict = {}
        self.thread = threading.Thread(target=lambda: self.result.setdefault(
            "summary", send(engine, delivery, transport, self.control, settings)))

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.control.stop()
        self.thread.join(timeout=30)

    def join(self, timeout=60):
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the send did not end"
        return self.result["summary"]


def test_a_relay_that_goes_down_mid_send_and_comes_back(engine):
    """Tried: the relay stopped after a hundred messages and started again on the same port a
    second later. The send pauses itself saying the relay refuses connections, probes it,
    resumes by itself, and everyone is delivered once; at most one message a connection,
    on the wire when the relay went, is unknown."""
    addresses = [f"p{i}@example.com" for i in range(300)]
    delivery = _prepared(engine, addresses, send_policy={"connections": 2, "messages_per_second": 150})
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server, _Sending(engine, delivery, _transport(server, timeout=2)) as sending:
        assert wait_for(lambda: sum(server.handler.recipients.values()) >= 100)
        server.down()
        assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED)
        reason = _reason(engine, delivery)
        assert reason is not None and reason.id is Msg.RELAY_REFUSES
        assert f"The relay 127.0.0.1:{server.port} refuses connections since" in str(reason)
        assert wait_for(lambda: status(sending.control) == "RELAY_REFUSES")  # what the progress says meanwhile
        time.sleep(1)
        server.up()
        summary = sending.join()
    assert summary.state is DeliveryState.SENT and summary.relay_down is None
    unknown = {a for a, row in _logs(engine, delivery).items() if row.status is LogStatus.UNKNOWN}
    assert len(unknown) <= 2
    assert max(server.handler.recipients.values()) == 1  # nobody twice
    assert set(server.handler.recipients) | unknown == set(addresses)  # nobody lost
    statuses = [row.status for row in _logs(engine, delivery).values()]
    assert LogStatus.FAILED not in statuses and LogStatus.TO_SEND not in statuses
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Address)).scalar_one() == 0  # no error counted
    journal = _journal_ids(engine, delivery)
    assert "RELAY_PAUSED" in journal and "RELAY_BACK" in journal


def test_a_relay_answering_421_at_the_greeting(engine):
    """Tried: every connection greeted with 421 for a while, then a working relay on the port."""
    delivery = _prepared(engine, [f"g{i}@example.com" for i in range(40)])
    confirm_send(engine, delivery, "manager")
    server = ScriptedServer()
    refuser = GreetingRefuser(server.port).__enter__()
    try:
        with _Sending(engine, delivery, _transport(server)) as sending:
            assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED)
            assert _reason(engine, delivery).id is Msg.RELAY_CLOSING
            refuser.__exit__()
            with server:
                summary = sending.join()
    finally:
        refuser.__exit__()
    assert summary.state is DeliveryState.SENT
    assert len(server.handler.recipients) == 40 and max(server.handler.recipients.values()) == 1
    _nobody_blamed(engine, delivery)


def test_a_relay_refusing_the_login(engine):
    """Tried: a relay whose login is refused (535) until the administrator fixes it."""
    accepted = {"login": False}

    def authenticate(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=accepted["login"], handled=False)

    delivery = _prepared(engine, [f"l{i}@example.com" for i in range(40)])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer(authenticator=authenticate, auth_require_tls=False) as server:
        transport = SmtpTransport(SmtpSettings("127.0.0.1", server.port, login="relay-user", password="pw", timeout_s=2))
        with _Sending(engine, delivery, transport) as sending:
            assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED)
            assert _reason(engine, delivery).id is Msg.RELAY_LOGIN
            assert "check the login and password" in str(_reason(engine, delivery))
            accepted["login"] = True
            summary = sending.join()
    assert summary.state is DeliveryState.SENT and len(server.handler.recipients) == 40
    _nobody_blamed(engine, delivery)


def test_a_relay_refusing_every_recipient_with_452_too_many(engine):
    """Tried: 452 4.5.3 to every recipient for a while (the relay greets and answers probes):
    after a few recipients in a row the send pauses, without failing any of them."""
    delivery = _prepared(engine, [f"m{i}@example.com" for i in range(60)])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        server.handler.every_rcpt = "452 4.5.3 Too many recipients, try again later"
        with _Sending(engine, delivery, _transport(server)) as sending:
            assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED)
            assert _reason(engine, delivery).id is Msg.RELAY_TOO_MANY
            assert server.handler.rcpt_seen <= 10  # it stopped trying after a few
            _nobody_blamed_so_far(engine, delivery)
            server.handler.every_rcpt = None
            summary = sending.join()
    assert summary.state is DeliveryState.SENT
    assert len(server.handler.recipients) == 60 and max(server.handler.recipients.values()) == 1
    _nobody_blamed(engine, delivery)


def _nobody_blamed_so_far(engine, delivery) -> None:
    statuses = [row.status for row in _logs(engine, delivery).values()]
    assert LogStatus.FAILED not in statuses and LogStatus.SENT not in statuses


@pytest.mark.parametrize("act", ["stop", "pause"])
def test_a_stop_or_a_pause_during_a_minute_long_stall_takes_effect_within_two_seconds(engine, act):
    """Tried: a relay that answers nothing for sixty seconds at RCPT, the socket timeout at
    ninety. The stop (or pause) cuts the stalled connection a second later: nothing was
    on the wire, so nothing is unknown; a stop cancels it, a pause sends it later."""
    delivery = _prepared(engine, [f"stall.{i}@example.com" for i in range(6)], send_policy={"connections": 1})
    confirm_send(engine, delivery, "manager")
    with ScriptedServer(stall_s=60) as server, _Sending(engine, delivery, _transport(server, timeout=90)) as sending:
        assert wait_for(lambda: server.handler.rcpt_seen >= 1)
        time.sleep(0.3)
        started = time.monotonic()
        if act == "stop":
            stop(engine, delivery, "manager")  # returns once the sender has let go
            sending.join(timeout=5)
        else:
            pause(engine, delivery, "manager")
            assert wait_for(lambda: status(sending.control) == "PROGRESS_PAUSED", timeout=5)
        elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"took {elapsed:.1f} s"
    statuses = [row.status for row in _logs(engine, delivery).values()]
    assert LogStatus.UNKNOWN not in statuses and server.handler.recipients == {}
    if act == "stop":
        assert statuses.count(LogStatus.CANCELED) == 6


def test_a_message_whose_reply_never_came_after_its_final_dot_is_unknown_and_never_retried(engine):
    """Tried: the relay takes the message and the connection is lost before its 250 (RFC 1047).
    It may have arrived: it is Unknown, never sent again by a retry; only the marketer, with
    a warning, can put it in a new delivery."""
    from campaign_desktop.engine.retry_failed import retry_failed
    from campaign_desktop.engine.retrying import send_due_retries
    from campaign_desktop.engine.feedback import close_expired

    delivery = _prepared(engine, ["ok@example.com", "dropdata.1@example.com"])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        summary = send(engine, delivery, _transport(server), Control(), QUICK)
        assert summary.unknown == 1
        logs = _logs(engine, delivery)
        assert logs["dropdata.1@example.com"].status is LogStatus.UNKNOWN
        assert server.handler.recipients["dropdata.1@example.com"] == 1  # it did arrive
        import datetime as dt

        from campaign_desktop.db.models import utcnow
        assert send_due_retries(engine, _transport(server), QUICK, utcnow() + dt.timedelta(days=3)) == 0
        assert server.handler.recipients["dropdata.1@example.com"] == 1
    close_expired(engine, QUICK, utcnow() + dt.timedelta(days=4))
    _, targeted = retry_failed(engine, delivery, "manager")
    assert targeted == 0  # the unknown is not among the failed
    _, targeted = retry_failed(engine, delivery, "manager", include_unknown=True)
    assert targeted == 1
    assert "UNKNOWN_SENT_AGAIN" in _journal_ids(engine, delivery)


def test_resume_while_the_relay_is_still_down_pauses_again(engine):
    """Tried: a person presses Resume while the relay is still away: the send tries at once,
    finds it down, and stays paused with the reason."""
    delivery = _prepared(engine, [f"r{i}@example.com" for i in range(30)])
    confirm_send(engine, delivery, "manager")
    server = ScriptedServer()
    slow = Settings(tracking_base_url="", relay_probe_s=30, relay_probe_max_s=60)
    with _Sending(engine, delivery, _transport(server), slow):
        assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED)
        assert resume(engine, delivery, "manager") is False  # the sending process goes on by itself
        assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED and _reason(engine, delivery) is not None)
        assert _reason(engine, delivery).id is Msg.RELAY_REFUSES
        with engine.connect() as conn:  # nobody was failed for it: all still to send
            assert conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery,
                                                           DeliveryLog.status != LogStatus.TO_SEND)).scalar_one() == 0


def test_a_relay_dripping_a_byte_at_a_time_is_cut_at_the_message_deadline_and_a_stop_is_quick(engine):
    """Tried: a relay that sends one byte of its greeting every 0.3 s for ever (the socket
    timeout never fires). The message is cut at its deadline, the relay counts as silent,
    and a stop takes effect within two seconds."""
    delivery = _prepared(engine, [f"d{i}@example.com" for i in range(5)], send_policy={"connections": 1})
    confirm_send(engine, delivery, "manager")
    port = free_port()
    transport = SmtpTransport(SmtpSettings("127.0.0.1", port, timeout_s=30, message_deadline_s=1.0))
    with Dripper(port), _Sending(engine, delivery, transport) as sending:
        assert wait_for(lambda: _state(engine, delivery) is DeliveryState.PAUSED, timeout=10)
        assert _reason(engine, delivery).id is Msg.RELAY_SILENT
        started = time.monotonic()
        stop(engine, delivery, "manager")
        sending.join(timeout=5)
        assert time.monotonic() - started < 2.0
    assert [row.status for row in _logs(engine, delivery).values()] == [LogStatus.CANCELED] * 5
