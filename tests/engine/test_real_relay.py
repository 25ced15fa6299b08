"""Real deliveries through a real Postfix relay, their notices read back through a real Dovecot.

Every address class of tests/mail_servers.py in one delivery, in both reporting modes,
step by step against the seed table: what the hand-over decides, then what the notices
say as they arrive (a failed one, a delay notice, delivery reports, the failed one when
the delay expires), then retries that fail and one that succeeds, then the end of
validity. After every step the live figures equal Compute stats and reconcile. The relay
reporting run reads the mailbox over IMAP (TLS, read mail moved to a folder), the email
feedback run over POP3 (STARTTLS); both read it a second time and nothing changes.
"""

from __future__ import annotations

import datetime as dt
import email
from email import policy

import pytest
from sqlalchemy import select

from campaign_desktop.db.models import Address, DeliveryLog, utcnow
from campaign_desktop.domain.enums import (
    AddressStatus,
    FailureReason,
    FailureType,
    LogStatus,
    MailboxKind,
    ProcessedMail,
    ReportingMode,
)
from campaign_desktop.engine.bounce_mailbox import ImapBox, MailboxUnavailable, Pop3Box, ServerSettings
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.delivery_log import DELAYED_BY_RELAY
from campaign_desktop.engine.feedback import close_expired, process_mailbox, process_source
from campaign_desktop.engine.indicators import compute, live
from campaign_desktop.engine.retrying import send_due_retries
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings, save_settings
from campaign_desktop.engine.transports import SmtpSettings, SmtpTransport
from campaign_desktop.transport_setup import DSN_NOTIFY
from tests.engine.test_sending import _prepared
from tests.mail_servers import ACCESS, ERROR_ADDRESS, MailServers, missing, start_mail_servers

pytestmark = pytest.mark.skipif(missing() is not None, reason=missing() or "")

OK1, OK2, NOUSER, FULL, POLICY, GONE, LATER = ("ok1@inbox.test", "ok2@inbox.test", "x@nouser.test", "b@full.test",
                                               "c@policy.test", "d@gone.test", "e@later.test")
EVERYONE = [OK1, OK2, NOUSER, FULL, POLICY, GONE, LATER]


@pytest.fixture(scope="module")
def servers():
    started = start_mail_servers()
    yield started
    started.stop()


def _transport(servers: MailServers, mode: ReportingMode) -> SmtpTransport:
    return SmtpTransport(SmtpSettings("127.0.0.1", servers.smtp_port, timeout_s=10, dsn_notify=DSN_NOTIFY[mode]))


def _mailbox(servers: MailServers, mode: ReportingMode):
    if mode is ReportingMode.RELAY:  # IMAP over TLS; read notices move to a folder of their own
        return ImapBox(ServerSettings(MailboxKind.IMAP, "127.0.0.1", servers.ports["imaps"], "tls", ERROR_ADDRESS,
                                      servers.password, processed=ProcessedMail.MOVE, processed_folder="Processed",
                                      ca_file=str(servers.ca_file), timeout_s=10))
    return Pop3Box(ServerSettings(MailboxKind.POP3, "127.0.0.1", servers.ports["pop3"], "starttls", ERROR_ADDRESS,
                                  servers.password, ca_file=str(servers.ca_file), timeout_s=10))


class Check:
    """Reads the rows, the address standings and the figures, and checks they reconcile."""

    def __init__(self, engine, delivery: int, mode: ReportingMode) -> None:
        self.engine, self.delivery, self.mode = engine, delivery, mode

    def rows(self) -> dict[str, tuple]:
        with self.engine.connect() as conn:
            return {a: (s, t, r, n is not None) for a, s, t, r, n in conn.execute(
                select(DeliveryLog.address, DeliveryLog.status, DeliveryLog.failure_type, DeliveryLog.failure_reason,
                       DeliveryLog.next_retry_at).where(DeliveryLog.delivery_id == self.delivery))}

    def row(self, address: str) -> DeliveryLog:
        with self.engine.connect() as conn:
            return conn.execute(select(DeliveryLog).where(DeliveryLog.address == address,
                                                          DeliveryLog.delivery_id == self.delivery)).one()

    def standing(self, address: str) -> AddressStatus:
        with self.engine.connect() as conn:
            found = conn.execute(select(Address.status).where(Address.email_norm == address)).scalar_one_or_none()
        return found if found is not None else AddressStatus.VALID

    def figures(self):
        with self.engine.connect() as conn:
            shown, counted = live(conn, self.delivery, self.mode), compute(conn, self.delivery, self.mode)
        assert shown == counted  # a figure on screen is what Compute stats finds
        third = counted.pending if self.mode is ReportingMode.EMAIL_FEEDBACK else counted.retries_failed
        assert counted.sent == counted.delivered + counted.bounces_errors + third == len(EVERYONE)
        return counted


@pytest.mark.parametrize("mode", list(ReportingMode), ids=["relay reporting", "email feedback"])
def test_every_address_class_through_postfix_and_dovecot(engine, servers, mode):
    feedback = mode is ReportingMode.EMAIL_FEEDBACK
    settings = Settings(tracking_base_url="", reporting_mode=mode)
    save_settings(engine, reporting_mode=mode)
    delivery = _prepared(engine, EVERYONE, error_address=ERROR_ADDRESS, from_address="news@shop.test")
    confirm_send(engine, delivery, "manager")
    check, transport = Check(engine, delivery, mode), _transport(servers, mode)
    accepted, waits = (LogStatus.PENDING, LogStatus.PENDING) if feedback else (LogStatus.SENT, LogStatus.SENT)
    servers.clear_notices()
    already, inbox = len(servers.notices()), len(servers.delivered())  # the servers live for the whole module

    # 1. the hand-over: what Postfix answered at RCPT decides at once
    summary = send(engine, delivery, transport, Control(), settings)
    assert summary.state.name == "SENT" and summary.accepted == 4
    rows = check.rows()
    for address in (OK1, OK2, GONE, LATER):  # .test names are sent like any other
        assert rows[address] == (accepted, FailureType.NONE, FailureReason.NOT_DEFINED, False), address
    assert rows[NOUSER] == (LogStatus.FAILED, FailureType.HARD, FailureReason.USER_UNKNOWN, False)
    assert rows[FULL] == (waits, FailureType.SOFT, FailureReason.MAILBOX_FULL, True)  # 450: retried, no bounce
    assert rows[POLICY] == (waits, FailureType.SOFT, FailureReason.REFUSED, True)  # 550 5.7.1: a policy, retried
    assert check.standing(NOUSER) is AddressStatus.QUARANTINE
    assert check.standing(POLICY) is AddressStatus.WITH_ERRORS  # never quarantined for the relay's policy
    servers.wait(lambda: len(servers.delivered()) >= inbox + 2, 20, "the two inbox.test messages")
    assert len(servers.delivered()) == inbox + 2
    first = check.figures()
    assert first.delivered == (0 if feedback else 6) and first.bounces_errors == 1

    # 2. the first notices: the gone one failed, the later one is delayed (the relay still tries),
    #    and in email feedback the two delivery reports
    expected = 4 if feedback else 2
    servers.wait(lambda: len(servers.notices()) - already >= expected, 30, f"{expected} notices")
    read = process_mailbox(engine, _mailbox(servers, mode), settings)
    assert (read.hard, read.delayed, read.delivered, read.for_a_person) == (1, 1, 2 if feedback else 0, 0)
    rows = check.rows()
    assert rows[GONE] == (LogStatus.FAILED, FailureType.HARD, FailureReason.USER_UNKNOWN, False)
    assert check.standing(GONE) is AddressStatus.QUARANTINE
    later = check.row(LATER)
    assert (later.status, later.failure_type, later.next_retry_at) == (accepted, FailureType.NONE, None)
    assert later.last_reply.startswith(DELAYED_BY_RELAY) and "busy" in later.last_reply  # kept, no retry
    if feedback:
        assert rows[OK1][0] is rows[OK2][0] is LogStatus.SENT
    second = check.figures()
    assert second.bounces_errors == 2 and second.delivered == (2 if feedback else 5)

    # 3. the delay expires: Postfix gives up and says so; the app retries nothing (the relay did)
    servers.wait(lambda: len(servers.notices()) - already >= expected + 1, 30, "the expired deferral's notice")
    read = process_mailbox(engine, _mailbox(servers, mode), settings)
    assert (read.read, read.soft) == (1, 1)  # only the new notice: the others were read already
    assert check.rows()[LATER] == (LogStatus.FAILED, FailureType.SOFT, FailureReason.UNREACHABLE, False)
    later = check.row(LATER)
    assert servers.accepted_message_ids().count(later.message_id) == 1  # handed over once, never again
    third = check.figures()
    # relay reporting: out of Delivered into Retries failed; email feedback: a bounce (and, within
    # Bounces + errors, one whose retries failed)
    assert (third.retries_failed, third.bounces_errors) == ((1, 3) if feedback else (1, 2))

    # 4. retries: full.test is still full, the policy still refuses; then full.test has room
    now = utcnow()
    assert send_due_retries(engine, transport, settings, now + dt.timedelta(hours=2)) == 2
    rows = check.rows()
    assert rows[FULL] == (waits, FailureType.SOFT, FailureReason.MAILBOX_FULL, True)
    assert check.row(FULL).retry_count == 1
    servers.reload(ACCESS.replace("full.test 450 4.2.2 Mailbox full\n", ""))
    assert send_due_retries(engine, transport, settings, now + dt.timedelta(hours=4)) == 2
    full = check.row(FULL)
    assert (full.status, full.failure_type, full.next_retry_at, full.retry_count) == (accepted, FailureType.NONE, None, 2)
    # the relay's 250 alone does not release the address (a delivery report or the end of validity does)
    assert check.standing(FULL) is AddressStatus.WITH_ERRORS
    if feedback:
        servers.wait(lambda: len(servers.notices()) - already >= expected + 2, 30, "the retry's delivery report")
        assert process_mailbox(engine, _mailbox(servers, mode), settings).delivered == 1
        assert check.row(FULL).status is LogStatus.SENT and check.standing(FULL) is AddressStatus.VALID
    servers.reload(ACCESS)

    # 5. the end of validity: the policy refusal's retries failed
    assert close_expired(engine, settings, now + dt.timedelta(days=4)) == 1
    assert check.rows()[POLICY] == (LogStatus.FAILED, FailureType.SOFT, FailureReason.REFUSED, False)
    assert check.standing(POLICY) is AddressStatus.WITH_ERRORS and check.standing(FULL) is AddressStatus.VALID
    final = check.figures()
    if feedback:
        assert (final.delivered, final.bounces_errors, final.pending) == (3, 4, 0)
    else:
        assert (final.delivered, final.bounces_errors, final.retries_failed) == (3, 2, 2)

    # 6. the same mailbox read once more: nothing new, nothing changes
    again = process_mailbox(engine, _mailbox(servers, mode), settings)
    assert again.hard == again.soft == again.delivered == again.delayed == 0
    assert check.figures() == final
    assert servers.queue_empty()
    if not feedback:  # read notices were moved to the folder (as the setting asks), none left unread or lost
        assert not servers.notices(moved=False)
        assert len(servers.notices()) == expected + 1


def test_a_notice_without_the_original_headers_is_matched_by_the_return_path(engine, servers, tmp_path):
    settings = Settings(tracking_base_url="")
    delivery = _prepared(engine, ["f@gone.test"], error_address=ERROR_ADDRESS, from_address="news@shop.test")
    confirm_send(engine, delivery, "manager")
    before = set(servers.notices())
    send(engine, delivery, _transport(servers, ReportingMode.RELAY), Control(), settings)
    servers.wait(lambda: len(set(servers.notices()) - before) >= 1, 30, "the failed notice")
    (path,) = set(servers.notices()) - before
    notice = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    # what some relays send: the report without the returned headers
    notice.set_payload([part for part in notice.get_payload() if part.get_content_type() != "text/rfc822-headers"])
    stripped = notice.as_bytes()
    assert b"Message-ID: <" not in stripped.split(b"Delivery report")[-1] and b"X-Campaign-Delivery" not in stripped
    folder = tmp_path / "notices"
    folder.mkdir()
    (folder / "stripped.eml").write_bytes(stripped)
    assert process_source(engine, folder, settings).hard == 1
    with engine.connect() as conn:
        status = conn.execute(select(DeliveryLog.status).where(DeliveryLog.delivery_id == delivery)).scalar_one()
    assert status is LogStatus.FAILED


def test_a_mailbox_that_cannot_be_read_says_why(servers):
    wrong = ServerSettings(MailboxKind.IMAP, "127.0.0.1", servers.ports["imaps"], "tls", ERROR_ADDRESS, "wrong",
                           ca_file=str(servers.ca_file), timeout_s=10)
    with pytest.raises(MailboxUnavailable, match="Authentication failed"):
        ImapBox(wrong)
    untrusted = ServerSettings(MailboxKind.POP3, "127.0.0.1", servers.ports["pop3s"], "tls", ERROR_ADDRESS,
                               servers.password, timeout_s=10)
    with pytest.raises(MailboxUnavailable, match="TLS: .*certificate"):
        Pop3Box(untrusted)


def test_the_relay_benchmark_times_the_app_and_a_bare_client_on_the_same_relay(servers):
    """A figure, not a timed assertion: both rates are measured and every message got through."""
    from campaign_desktop.bench import bench_relay

    before = len(servers.delivered())
    result = bench_relay(f"127.0.0.1:{servers.smtp_port}", "sink@inbox.test", 300, connections=4, settle_s=0.5)
    assert result["accepted"] == result["to_deliver"] > 250
    assert result["app_messages_per_s"] > 0 and result["raw_messages_per_s"] > 0 and result["ratio"] > 0
    # the app's messages and the bare client's two rounds all reached the mailbox
    servers.wait(lambda: len(servers.delivered()) >= before + result["accepted"] + 600, 60, "every message delivered")


def test_an_out_of_office_and_a_mailed_unsubscribe_arrive_through_the_relay(engine, servers):
    """Both mailed to the error address through Postfix (the auto-reply to the return path, as
    RFC 3834 asks; the unsubscribe request to the List-Unsubscribe mailto), read over IMAP."""
    import smtplib
    from email.message import EmailMessage

    from campaign_desktop.db.models import TrackingEvent
    from campaign_desktop.domain.enums import DenylistCause, TrackingKind

    servers.clear_notices()
    settings = Settings(tracking_base_url="")
    delivery = _prepared(engine, [OK1, OK2], error_address=ERROR_ADDRESS, from_address="news@shop.test")
    confirm_send(engine, delivery, "manager")
    send(engine, delivery, _transport(servers, ReportingMode.RELAY), Control(), settings)
    servers.wait(lambda: len(servers.delivered()) >= 2, 20, "the two messages")
    ours = {}
    for data in servers.delivered():
        received = email.message_from_bytes(data, policy=policy.default)
        ours[str(received["Delivered-To"])] = received
    out_of_office = EmailMessage()
    out_of_office["From"] = OK1
    out_of_office["To"] = str(ours[OK1]["Return-Path"]).strip("<>")  # errors+TOKEN@bounce.test
    out_of_office["Subject"] = f"Automatic reply: {ours[OK1]['Subject']}"
    out_of_office["Auto-Submitted"] = "auto-replied"
    out_of_office.set_content("I am away until Monday.")
    unsubscribe_to = str(ours[OK2]["List-Unsubscribe"]).split("<mailto:")[1].split("?")[0]
    unsubscribe = EmailMessage()
    unsubscribe["From"] = OK2
    unsubscribe["To"] = unsubscribe_to
    unsubscribe["Subject"] = "unsubscribe"
    unsubscribe.set_content("")
    with smtplib.SMTP("127.0.0.1", servers.smtp_port, timeout=10) as client:
        client.send_message(out_of_office, from_addr="")  # a null return path, as auto-replies go
        client.send_message(unsubscribe)
    servers.wait(lambda: len(servers.notices()) >= 2, 20, "the reply and the request in the error mailbox")
    summary = process_mailbox(engine, _mailbox(servers, ReportingMode.RELAY), settings)
    assert (summary.auto_replies, summary.unsubscribed, summary.hard, summary.soft) == (1, 1, 0, 0)
    check = Check(engine, delivery, ReportingMode.RELAY)
    assert check.row(OK1).status is LogStatus.SENT  # an out-of-office is no bounce
    with engine.connect() as conn:
        events = set(conn.execute(select(TrackingEvent.kind)).scalars())
        cause = conn.execute(select(Address.denylist_cause).where(Address.email_norm == OK2)).scalar_one()
    assert {TrackingKind.AUTO_REPLY, TrackingKind.UNSUBSCRIPTION} <= events
    assert check.standing(OK2) is AddressStatus.DENYLISTED and cause is DenylistCause.UNSUBSCRIBED_BY_MAIL
