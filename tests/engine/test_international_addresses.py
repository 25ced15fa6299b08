"""Every address in the world: IDN domains as A-labels, UTF-8 local parts with SMTPUTF8, the
duplicate key, RFC 5321's length limits, and a relay with and without SMTPUTF8 (a real
aiosmtpd server on 127.0.0.1), the pickup folder and the simulated MTA."""

from __future__ import annotations

import unicodedata
from email import message_from_string, policy

import pytest
from sqlalchemy import insert, select, text

from campaign_desktop.db.models import Address, DeliveryLog
from campaign_desktop.demo.simulated_mta import SimulatedMta
from campaign_desktop.domain.enums import AddressStatus, DeliveryState, ExclusionCause, FailureType, LogStatus
from campaign_desktop.engine.address_syntax import address_key, address_problem, is_valid_address, wire_address
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.preparation import prepare
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from campaign_desktop.engine.transports import PickupTransport, SmtpSettings, SmtpTransport
from tests.engine.builders import add_delivery, add_manager, add_profiles, database_at
from tests.smtp_server import ScriptedServer

NFD = unicodedata.normalize("NFD", "josé@example.com")


@pytest.mark.parametrize("spellings", [
    ["user@exämple.de", "user@xn--exmple-cua.de", "USER@EXÄMPLE.DE", " User@Exämple.de "],
    ["user@example.com", "user@ｅｘａｍｐｌｅ.com", "USER@EXAMPLE.COM"],
    ["josé@example.com", NFD, "JOSÉ@example.com"],
    ["bob@例子.广告", "bob@xn--fsqu00a.xn--4rr70v", "BOB@例子。广告"],  # an ideographic full stop is a dot (UTS #46)
])
def test_every_spelling_of_one_address_has_one_key(spellings):
    assert len({address_key(s) for s in spellings}) == 1, [address_key(s) for s in spellings]


def test_look_alikes_from_another_script_are_other_addresses():
    """A Cyrillic 'а' in exаmple.com is another domain (and another mailbox): never merged."""
    assert address_key("user@exаmple.com") != address_key("user@example.com")
    assert is_valid_address("user@exаmple.com")


@pytest.mark.parametrize("address", [
    "用户@例子.广告", "अजय@डाटा.भारत", "квіточка@пошта.укр", "θσερ@εχαμπλε.ψομ", "Dörte@Sörensen.example.com",
    "коля@пример.рф", "josé@example.com", "a" * 64 + "@example.com", "é" * 32 + "@example.com",
])
def test_international_addresses_of_rfc_6531_are_valid(address):
    assert is_valid_address(address), address_problem(address)


@pytest.mark.parametrize(("address", "why"), [
    ("a" * 65 + "@example.com", "too long before the @-sign"),
    ("é" * 33 + "@example.com", "66 octets long; the limit is 64"),
    ("x@" + ".".join(["a" * 63] * 4) + ".com", "too long"),
    ('"john doe"@example.com', "Quoting"),
    ("user@[192.0.2.1]", "bracketed IP address"),
    ("user@exa mple.com", "invalid characters"),
    ("user@@example.com", "@"),
    ("user@example..com", "period"),
])
def test_addresses_outside_the_rfcs_are_refused_with_a_reason(address, why):
    problem = address_problem(address)
    assert problem is not None and why in problem, problem
    assert not is_valid_address(address)


def test_the_first_spelling_in_the_audience_is_kept_the_others_are_duplicates(engine):
    ids = add_profiles(engine, *({"email": e} for e in (
        "user@exämple.de", "user@xn--exmple-cua.de", "user@ｅｘａｍｐｌｅ.com", "user@example.com", NFD,
        "josé@example.com", "a" * 65 + "@example.com")))
    delivery = add_delivery(engine)
    result = prepare(engine, delivery, Control(), workers=0)
    with engine.connect() as conn:
        rows = dict(conn.execute(select(DeliveryLog.profile_id, DeliveryLog.exclusion_cause)
                                 .where(DeliveryLog.delivery_id == delivery)).all())
    assert [rows[i] for i in ids] == [None, ExclusionCause.DUPLICATE, None, ExclusionCause.DUPLICATE, None,
                                      ExclusionCause.DUPLICATE, ExclusionCause.INVALID_ADDRESS]
    assert (result.targeted, result.to_deliver) == (7, 3)


def _international_delivery(engine, **values):
    add_manager(engine)
    add_profiles(engine, *({"email": e} for e in ("ok@example.com", "josé@example.com", "user@exämple.de",
                                                    "bob@例子.广告", "用户@例子.广告")))
    delivery = add_delivery(engine, from_name="Boutique Lumière", from_address="news@exämple-shop.de",
                            error_address="bounces@exämple-shop.de", reply_to="care@exämple-shop.de",
                            send_policy={"connections": 2}, **values)
    prepare(engine, delivery, Control(), workers=0)
    assert confirm_send(engine, delivery, "manager") is DeliveryState.SENDING
    return delivery


def _logs(engine, delivery):
    with engine.connect() as conn:
        return {r.address: r for r in conn.execute(select(
            DeliveryLog.address, DeliveryLog.status, DeliveryLog.failure_type, DeliveryLog.last_reply)
            .where(DeliveryLog.delivery_id == delivery))}


SENDER_DOMAIN = "xn--exmple-shop-m8a.de"
WIRE = {"ok@example.com": "ok@example.com", "josé@example.com": "josé@example.com",
        "user@exämple.de": "user@xn--exmple-cua.de", "bob@例子.广告": "bob@xn--fsqu00a.xn--4rr70v",
        "用户@例子.广告": "用户@xn--fsqu00a.xn--4rr70v"}


def test_a_relay_offering_smtputf8_gets_every_address_in_its_wire_form(engine):
    """Tried: UTF-8 local parts, IDN domains, an IDN sender, error and reply address, to an
    aiosmtpd relay that offers SMTPUTF8. What the relay and each mail client see is checked."""
    assert wire_address("news@exämple-shop.de").domain == SENDER_DOMAIN
    delivery = _international_delivery(engine)
    with ScriptedServer(enable_SMTPUTF8=True) as server:
        summary = send(engine, delivery, SmtpTransport(SmtpSettings("127.0.0.1", server.port)), Control(),
                       Settings(tracking_base_url=""))
    assert summary.state is DeliveryState.SENT
    assert dict(server.handler.recipients) == {wire: 1 for wire in WIRE.values()}
    for rcpt, sender in server.handler.senders.items():
        assert sender.startswith("bounces+") and sender.endswith("@" + SENDER_DOMAIN), sender  # VERP, A-label
    for data in server.handler.messages:
        parsed = message_from_string(data.decode(), policy=policy.default)  # RFC 6532: UTF-8 headers
        assert parsed["From"].addresses[0].display_name == "Boutique Lumière"
        assert parsed["From"].addresses[0].addr_spec == "news@" + SENDER_DOMAIN
        assert parsed["Reply-To"].addresses[0].addr_spec == "care@" + SENDER_DOMAIN
        assert parsed["To"].addresses[0].addr_spec in server.handler.recipients
    logs = _logs(engine, delivery)
    assert {a: r.status for a, r in logs.items()} == {a: LogStatus.SENT for a in WIRE}


def test_without_smtputf8_only_the_utf8_local_parts_fail_with_their_reason_and_blame_no_address(engine):
    """Tried: the same delivery to a relay without SMTPUTF8: the two UTF-8 local parts fail,
    each saying why; the IDN domains go out as A-labels; nobody is quarantined for it."""
    delivery = _international_delivery(engine)
    with ScriptedServer(enable_SMTPUTF8=False) as server:  # aiosmtpd's controller offers it unless told not to
        summary = send(engine, delivery, SmtpTransport(SmtpSettings("127.0.0.1", server.port)), Control(),
                       Settings(tracking_base_url=""))
    assert summary.state is DeliveryState.SENT
    assert dict(server.handler.recipients) == {"ok@example.com": 1, "user@xn--exmple-cua.de": 1,
                                               "bob@xn--fsqu00a.xn--4rr70v": 1}
    logs = _logs(engine, delivery)
    for address in ("josé@example.com", "用户@例子.广告"):
        assert logs[address].status is LogStatus.FAILED and logs[address].failure_type is FailureType.IGNORED
        assert "needs SMTPUTF8, which the relay does not offer" in logs[address].last_reply
    assert {logs[a].status for a in ("ok@example.com", "user@exämple.de", "bob@例子.广告")} == {LogStatus.SENT}
    with engine.connect() as conn:
        assert conn.execute(select(Address.email_norm)).scalars().all() == []


def test_the_pickup_folder_writes_every_international_message(engine, tmp_path):
    delivery = _international_delivery(engine)
    send(engine, delivery, PickupTransport(tmp_path / "pickup"), Control(), Settings(tracking_base_url=""))
    files = list((tmp_path / "pickup").glob("*.eml"))
    to = sorted(message_from_string(f.read_text("utf-8"), policy=policy.default)["To"].addresses[0].addr_spec
                for f in files)
    assert to == sorted(WIRE.values())
    assert {r.status for r in _logs(engine, delivery).values()} == {LogStatus.SENT}


def test_the_simulated_mta_takes_international_addresses(engine):
    delivery = _international_delivery(engine)
    with SimulatedMta(seed=3) as mta:
        send(engine, delivery, mta, Control(), Settings(tracking_base_url=""))
        assert mta.handler.accepted + sum(mta.handler.refused.values()) == 5
    assert all(r.status in (LogStatus.SENT, LogStatus.FAILED) for r in _logs(engine, delivery).values())
    assert not any("SMTPUTF8" in (r.last_reply or "") for r in _logs(engine, delivery).values())


def test_an_old_database_gets_the_new_address_keys(tmp_path):
    """Tried: a workspace from before the key (lower-cased only) holding two spellings of one
    address in the quarantine table, and a profile with an IDN domain."""
    from campaign_desktop.db.session import open_database

    url = f"sqlite:///{tmp_path / 'old.db'}"
    database_at(url, "0008",
                "INSERT INTO profile (email, email_norm, created_at) VALUES "
                "('User@Exämple.de', 'user@exämple.de', '2026-01-01'), ('ann@example.com', 'ann@example.com', '2026-01-01')",
                "INSERT INTO address (email_norm, status, error_count, last_reason, updated_at) VALUES "
                "('user@exämple.de', 2, 3, 1, '2026-01-01'), ('user@xn--exmple-cua.de', 3, 0, 0, '2026-01-01')")
    engine = open_database(url)
    with engine.connect() as conn:
        assert set(conn.execute(text("SELECT email_norm FROM profile")).scalars()) == {
            "user@xn--exmple-cua.de", "ann@example.com"}
        assert conn.execute(select(Address.email_norm, Address.status)).all() == [
            ("user@xn--exmple-cua.de", AddressStatus.DENYLISTED)]
        conn.execute(insert(Address).values(email_norm="other@example.com", status=AddressStatus.VALID))
    engine.dispose()


def test_an_invalid_spelling_first_in_the_audience_does_not_take_its_valid_twin_with_it(engine):
    """Tried: a zero-width space and a soft hyphen in the domain (UTS #46 drops them, so the key is
    the same; email-validator refuses them) before the valid spelling."""
    ids = add_profiles(engine, {"email": "ann@b\u200b.example.com"}, {"email": "ann@b\u00ad.example.com"},
                       {"email": "ann@b.example.com"}, {"email": "ANN@B.EXAMPLE.COM"})
    delivery = add_delivery(engine)
    result = prepare(engine, delivery, Control(), workers=0)
    with engine.connect() as conn:
        rows = dict(conn.execute(select(DeliveryLog.profile_id, DeliveryLog.exclusion_cause)
                                 .where(DeliveryLog.delivery_id == delivery)).all())
    assert [rows[i] for i in ids] == [ExclusionCause.INVALID_ADDRESS, ExclusionCause.INVALID_ADDRESS, None,
                                      ExclusionCause.DUPLICATE]
    assert result.to_deliver == 1


def test_a_utf8_reply_to_names_itself_when_the_relay_cannot_take_it(engine):
    add_manager(engine)
    add_profiles(engine, {"email": "ann@example.com"})
    delivery = add_delivery(engine, reply_to="josé@example.com", send_policy={"connections": 1})
    prepare(engine, delivery, Control(), workers=0)
    confirm_send(engine, delivery, "manager")
    with ScriptedServer(enable_SMTPUTF8=False) as server:
        send(engine, delivery, SmtpTransport(SmtpSettings("127.0.0.1", server.port)), Control(),
             Settings(tracking_base_url=""))
    [row] = _logs(engine, delivery).values()
    assert row.status is LogStatus.FAILED and "'josé@example.com' needs SMTPUTF8" in row.last_reply


@pytest.mark.parametrize("field", ["reply_to", "error_address", "bcc_archive"])
def test_a_malformed_delivery_address_is_an_analysis_error_not_a_failed_send(engine, field):
    """Tried: addresses that reached the database without the editor (the command line, an old
    version): a display name, a list."""
    add_profiles(engine, {"email": "ann@example.com"})
    delivery = add_delivery(engine, **{field: "Care <care@example.com>, x@y.com"})
    result = prepare(engine, delivery, Control(), workers=0)
    assert any("is not a valid address" in e for e in result.errors), result.errors
