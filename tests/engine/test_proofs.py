"""Proofs reach a real SMTP server on 127.0.0.1 with [Proof n] before the subject, and are kept."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from sqlalchemy import func, insert, select

from campaign_desktop.db.models import DeliveryLog, Operator
from campaign_desktop.engine.proofs import ProofRefused, parse_addresses, proof_history, send_proof
from campaign_desktop.engine.roles import RoleRefused
from campaign_desktop.engine.transports import SmtpSettings, SmtpTransport
from tests.engine.builders import add_delivery, add_profiles
from tests.smtp_server import ScriptedServer


@pytest.fixture
def delivery(engine):
    from campaign_desktop.demo.workspace import _operators

    with engine.begin() as conn:
        _operators(conn)
        conn.execute(insert(Operator).values(login="viewer", name="Only looks", disabled=False))  # no role at all
    profile = add_profiles(engine, {"email": "camille@example.fr", "first_name": "Camille"})[0]
    return add_delivery(engine), profile


def test_a_proof_reaches_the_server_with_the_prefixed_subject_and_is_listed(engine, delivery):
    delivery_id, profile = delivery
    with ScriptedServer() as server:
        transport = SmtpTransport(SmtpSettings("127.0.0.1", server.port, timeout_s=5))
        first = send_proof(engine, delivery_id, "marketer", ["qa@shop.example.com", "boss@shop.example.com"], profile, transport)
        second = send_proof(engine, delivery_id, "marketer", ["qa@shop.example.com", "r550-511.x@shop.example.com"], profile, transport)
        messages = [message_from_bytes(m, policy=policy.default) for m in server.handler.messages]
    assert (first.number, first.accepted, first.refused) == (1, 2, [])
    assert second.number == 2 and second.accepted == 1 and second.refused[0][0] == "r550-511.x@shop.example.com"
    assert "550" in second.refused[0][1]
    subjects = sorted(str(m["Subject"]) for m in messages)
    assert subjects == ["[Proof 1] Hello Camille", "[Proof 1] Hello Camille", "[Proof 2] Hello Camille"]
    assert "Hello Camille" in messages[0].get_body(("html",)).get_content()  # rendered for the sample profile
    with engine.connect() as conn:
        history = proof_history(conn, delivery_id)
        logs = conn.execute(select(func.count()).where(DeliveryLog.delivery_id == delivery_id)).scalar_one()
    assert [(p.number, p.operator, p.accepted) for p in history] == [(2, "marketer", 1), (1, "marketer", 2)]
    assert logs == 0  # a proof is not a send: no log row, no figures


def test_more_than_a_hundred_proof_addresses_are_refused_and_nothing_is_sent(engine, delivery):
    delivery_id, profile = delivery
    with ScriptedServer() as server:
        transport = SmtpTransport(SmtpSettings("127.0.0.1", server.port, timeout_s=5))
        too_many = [f"qa{i}@shop.example.com" for i in range(101)]  # tried: a whole team list as a proof
        with pytest.raises(ProofRefused, match="at most 100"):
            send_proof(engine, delivery_id, "marketer", too_many, profile, transport)
        with pytest.raises(ProofRefused, match="not a valid address"):
            send_proof(engine, delivery_id, "marketer", ["qa@@shop"], profile, transport)
        with pytest.raises(RoleRefused, match="Prepare deliveries"):
            send_proof(engine, delivery_id, "viewer", ["qa@shop.example.com"], profile, transport)
        assert server.handler.messages == []


def test_addresses_typed_in_lines_or_lists():
    assert parse_addresses("a@x.com\nb@x.com, c@x.com; a@x.com\n\n") == ["a@x.com", "b@x.com", "c@x.com"]
