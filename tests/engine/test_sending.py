"""The send against a real SMTP server on 127.0.0.1: outcomes, role check, pause, resume, stop."""

from __future__ import annotations


import pytest
from sqlalchemy import insert, select

from campaign_desktop.db.models import Address, Delivery, DeliveryLog, Operator, OperatorRole
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import (
    AddressStatus,
    DeliveryState,
    FailureReason,
    FailureType,
    LogStatus,
    ReportingMode,
    Role,
)
from campaign_desktop.engine.lifecycle import IllegalMove
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.roles import RoleRefused
from campaign_desktop.engine.send_actions import confirm_send, pause, resume, stop
from campaign_desktop.engine.send_actions import SendRefused
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.transports import SmtpSettings, SmtpTransport
from tests.engine.builders import add_delivery, add_profiles
from tests.smtp_server import ScriptedServer


def _operators(engine):
    with engine.begin() as conn:
        for login, roles in (("marketer", [Role.PREPARE_DELIVERIES]), ("manager", [Role.PREPARE_DELIVERIES, Role.START_DELIVERIES])):
            op = conn.execute(insert(Operator).values(login=login, name=login, disabled=False).returning(Operator.id)).scalar_one()
            conn.execute(insert(OperatorRole), [{"operator_id": op, "role": r} for r in roles])


def _prepared(engine, addresses, **delivery):
    _operators(engine)
    add_profiles(engine, *({"email": a} for a in addresses))
    delivery_id = add_delivery(engine, **{"send_policy": {"connections": 2}, "error_address": "bounces@shop.example.com", **delivery})
    prepare(engine, delivery_id, Control(), workers=0)
    return delivery_id


def _logs(engine, delivery_id):
    with engine.connect() as conn:
        rows = conn.execute(
            select(DeliveryLog.address, DeliveryLog.status, DeliveryLog.failure_type, DeliveryLog.failure_reason, DeliveryLog.last_reply)
            .where(DeliveryLog.delivery_id == delivery_id)
        ).all()
    return {r.address: r for r in rows}


def _transport(server, timeout=1.0):
    return SmtpTransport(SmtpSettings("127.0.0.1", server.port, timeout_s=timeout))


def test_each_server_reply_ends_in_the_right_status_type_and_reason(engine):
    """Relay reporting (the default): a soft refusal stays Sent while its retries go on, as a
    soft bounce does (seeds/003); a hard one fails at once. A server that closes the
    connection (421) or drops or stalls at one recipient is a relay-level event: the send
    goes on once the relay answers a probe, and only at the third time does that
    recipient count as softly failed."""
    soft_retried = LogStatus.SENT
    expected = {
        "ok@example.com": (LogStatus.SENT, FailureType.NONE, FailureReason.NOT_DEFINED),
        "r421@example.com": (soft_retried, FailureType.SOFT, FailureReason.UNREACHABLE),
        "r450-422@example.com": (soft_retried, FailureType.SOFT, FailureReason.MAILBOX_FULL),
        "r452@example.com": (soft_retried, FailureType.SOFT, FailureReason.MAILBOX_FULL),
        "r550-511@example.com": (LogStatus.FAILED, FailureType.HARD, FailureReason.USER_UNKNOWN),
        "r552-522@example.com": (soft_retried, FailureType.SOFT, FailureReason.MAILBOX_FULL),
        "r554-571@example.com": (soft_retried, FailureType.SOFT, FailureReason.REFUSED),
        "drop@example.com": (soft_retried, FailureType.SOFT, FailureReason.UNREACHABLE),
        "stall@example.com": (soft_retried, FailureType.SOFT, FailureReason.UNREACHABLE),
        "ok2@example.com": (LogStatus.SENT, FailureType.NONE, FailureReason.NOT_DEFINED),
    }
    delivery = _prepared(engine, list(expected))
    assert confirm_send(engine, delivery, "manager") is DeliveryState.SENDING
    with ScriptedServer(stall_s=1.5) as server:
        summary = send(engine, delivery, _transport(server, timeout=0.5), Control(), Settings(tracking_base_url=""))
    logs = _logs(engine, delivery)
    for address, outcome in expected.items():
        assert (logs[address].status, logs[address].failure_type, logs[address].failure_reason) == outcome, address
    assert logs["r550-511@example.com"].last_reply.startswith("550 5.1.1")
    assert summary.state is DeliveryState.SENT and summary.accepted == 2 and summary.failed == 8
    assert server.handler.recipients == {"ok@example.com": 1, "ok2@example.com": 1}
    with engine.connect() as conn:
        standing = {norm: status for norm, status in conn.execute(select(Address.email_norm, Address.status))}
    assert standing["r550-511@example.com"] is AddressStatus.QUARANTINE  # hard: at once
    assert standing["r452@example.com"] is AddressStatus.WITH_ERRORS  # soft: counted
    # the relay failing one message again and again fails it softly, but blames no address
    for relay_level in ("r421@example.com", "drop@example.com", "stall@example.com"):
        assert relay_level not in standing, relay_level


def test_an_operator_without_start_deliveries_is_refused_and_nothing_is_sent(engine):
    delivery = _prepared(engine, ["ok@example.com"])
    with pytest.raises(RoleRefused, match="needs the 'Start deliveries' role, which marketer does not have"):
        confirm_send(engine, delivery, "marketer")
    with ScriptedServer() as server, pytest.raises(SendRefused):
        send(engine, delivery, _transport(server), Control())
    assert server.handler.message_ids == {}
    with engine.connect() as conn:
        assert conn.execute(select(Delivery.state).where(Delivery.id == delivery)).scalar_one() is DeliveryState.PREPARED


class _PauseOnce(Control):
    """Pauses the send through the database (as a click or another terminal does) after its
    first batch, checks that nothing goes out while paused, then resumes it."""

    def __init__(self, engine, delivery_id, server):
        super().__init__()
        self.engine, self.delivery_id, self.server = engine, delivery_id, server
        self.paused_at: int | None = None
        self.held: list[int] = []

    def report(self, done, total, **figures):
        super().report(done, total, **figures)
        status = figures.get("status")
        if done and self.paused_at is None:
            self.paused_at = done
            pause(self.engine, self.delivery_id, "manager")
        elif status is not None and status.id.name == "PROGRESS_PAUSED":
            self.held.append(sum(self.server.handler.recipients.values()))
            if len(self.held) == 3:  # three looks while paused, 0.2 s apart: then resume
                resume(self.engine, self.delivery_id, "manager")


def test_pause_then_resume_sends_every_message_once(engine):
    addresses = [f"p{i}@example.com" for i in range(600)]
    delivery = _prepared(engine, addresses)
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        # a relay that takes 10 ms a message, so the pause lands while most are still to go
        # (at full speed the whole send can end before the sender reads the state again)
        server.handler.data_delay_s = 0.01
        control = _PauseOnce(engine, delivery, server)
        summary = send(engine, delivery, _transport(server), control, Settings(tracking_base_url=""))
    assert len(control.held) >= 3 and len(set(control.held[:3])) == 1  # nothing went out while paused
    assert control.held[0] < 600
    assert summary.accepted == 600 and summary.state is DeliveryState.SENT
    assert set(server.handler.recipients) == set(addresses) and max(server.handler.recipients.values()) == 1
    assert len(server.handler.message_ids) == 600 and max(server.handler.message_ids.values()) == 1


class _StopAfterFirstBatch(Control):
    def report(self, done, total, **figures):
        super().report(done, total, **figures)
        if done:
            self.stop()


def test_stop_cancels_the_rest_and_is_final(engine):
    delivery = _prepared(engine, [f"s{i}@example.com" for i in range(200)])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        summary = send(engine, delivery, _transport(server), _StopAfterFirstBatch(), Settings(tracking_base_url=""))
    statuses = [row.status for row in _logs(engine, delivery).values()]
    assert summary.state is DeliveryState.STOPPED
    # what had been handed over when the stop came is Sent, nothing after it went out: the rest is Canceled
    assert statuses.count(LogStatus.SENT) == len(server.handler.recipients) >= 50
    assert statuses.count(LogStatus.SENT) + statuses.count(LogStatus.CANCELED) == 200
    assert summary.canceled == statuses.count(LogStatus.CANCELED) > 0
    with pytest.raises(IllegalMove, match="'Resume' is not possible on a delivery that is stopped"):
        resume(engine, delivery, "manager")  # a stopped delivery cannot resume
    with pytest.raises(IllegalMove):
        stop(engine, delivery, "manager")


def test_email_feedback_mode_leaves_accepted_messages_pending(engine):
    delivery = _prepared(engine, ["ok@example.com", "r550-511@example.com"])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url="", reporting_mode=ReportingMode.EMAIL_FEEDBACK))
    logs = _logs(engine, delivery)
    assert logs["ok@example.com"].status is LogStatus.PENDING
    assert logs["r550-511@example.com"].status is LogStatus.FAILED


def test_seed_addresses_get_a_copy_outside_the_figures(engine):
    delivery = _prepared(engine, ["ok@example.com", "ok2@example.com"], seed_addresses=["seed1@agency.example.com", "seed2@agency.example.com"])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        summary = send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url=""))
    assert server.handler.recipients == {"ok@example.com": 1, "ok2@example.com": 1, "seed1@agency.example.com": 1, "seed2@agency.example.com": 1}
    assert summary.handed_over == 2 and summary.figures.sent == 2
    from email import message_from_bytes, policy

    seeds = [message_from_bytes(m, policy=policy.default) for m in server.handler.messages]
    seed_copy = next(m for m in seeds if m["To"] == "seed1@agency.example.com")
    assert seed_copy["Subject"] == "Hello Ann"  # made with the first recipient's data


def test_one_connection_means_one_connection_even_for_a_large_send(engine):
    """`connections = 1` once opened two (one per worker process past 5,000 recipients)."""
    addresses = [f"c{i}@example.com" for i in range(5200)]
    delivery = _prepared(engine, addresses, send_policy={"connections": 1})
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        server.handler.keep_messages = False
        summary = send(engine, delivery, _transport(server, timeout=10), Control(), Settings(tracking_base_url=""))
    assert summary.accepted == 5200
    assert len(server.handler.connections) == 1
