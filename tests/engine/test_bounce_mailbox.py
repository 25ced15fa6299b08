"""The error mailbox on this machine: a Maildir (as Postfix and Dovecot write it), an mbox, a
folder of .eml files. Messages are matched by the return path's token, read once, marked
once their effects are committed, and never lost; what cannot be applied waits for a person.

Each test sends a real delivery to a real SMTP server on 127.0.0.1 first, so the envelope
senders (with their tokens) and Message-IDs are the ones the engine really made.
"""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from campaign_desktop.db.models import Address, DeliveryLog, InboundMessage, TrackingEvent
from campaign_desktop.domain.enums import (
    AddressStatus,
    DenylistCause,
    FailureReason,
    FailureType,
    InboundKind,
    InboundOutcome,
    LogStatus,
    ProcessedMail,
    ReportingMode,
    TrackingKind,
)
from campaign_desktop.engine.bounce_mailbox import local_mailbox
from campaign_desktop.engine.control import Control
from campaign_desktop.engine.feedback import close_expired, process_mailbox, process_source
from campaign_desktop.engine.indicators import compute, live
from campaign_desktop.engine.inbound import dismiss, waiting
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings, save_settings
from campaign_desktop.db.models import utcnow
from tests.engine.test_sending import _prepared, _transport
from tests.smtp_server import ScriptedServer

PEOPLE = ["ann@example.com", "ben@example.com", "cat@example.com", "dan@example.com"]


def _sent(engine, mode=ReportingMode.RELAY):
    settings = Settings(tracking_base_url="", reporting_mode=mode)
    save_settings(engine, reporting_mode=mode)
    delivery = _prepared(engine, PEOPLE)
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        send(engine, delivery, _transport(server), Control(), settings)
    return delivery, settings, dict(server.handler.senders)


def _row(engine, address):
    with engine.connect() as conn:
        return conn.execute(select(DeliveryLog).where(DeliveryLog.address == address)).one()


def _maildir(root: Path) -> mailbox.Maildir:
    return mailbox.Maildir(root, create=True)


def bare_bounce(to: str, recipient: str, line: str) -> bytes:
    """A bounce as some servers write it: a line of text, none of the original headers."""
    message = EmailMessage()
    message["From"] = "MAILER-DAEMON@mx.far.example"
    message["To"] = to
    message["Subject"] = "failure notice"
    message.set_content(f"Sorry, I couldn't deliver your message to <{recipient}>.\n{line}\n")
    return message.as_bytes()


def reply(to: str, sender: str, subject: str, body: str = "", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body or "Hello")
    return message.as_bytes()


def test_a_maildir_is_read_matched_by_the_return_path_and_marked(engine, tmp_path):
    delivery, settings, senders = _sent(engine)
    assert all(s.startswith("bounces+") and s.endswith("@shop.example.com") for s in senders.values())
    assert len(set(senders.values())) == len(PEOPLE)  # one token a recipient
    box = _maildir(tmp_path / "Maildir")
    # a hard bounce with no original header at all: only the return path names the recipient
    box.add(bare_bounce(senders["ann@example.com"], "ann@example.com", "550 5.1.1 User unknown"))
    # an out-of-office reply, sent (as RFC 3834 asks) to the return path
    box.add(reply(senders["ben@example.com"], "ben@example.com", "Automatic reply: Hello", Auto_Submitted="auto-replied"))
    # an unsubscribe request mailed to the List-Unsubscribe address (the plain error address)
    box.add(reply("bounces@shop.example.com", "Cat <CAT@example.com>", "unsubscribe"))
    # a customer's question, a broken message and a bounce about somebody else's mail
    box.add(reply("bounces@shop.example.com", "dan@example.com", "Where is my order?", "Two weeks already."))
    box.add(b"\x00\x01 not a message")
    box.add(bare_bounce("bounces@shop.example.com", "zoe@elsewhere.example", "550 5.1.1 User unknown"))

    summary = process_source(engine, tmp_path / "Maildir" / "new", settings, utcnow())  # as a user points at it

    assert (summary.read, summary.hard, summary.auto_replies, summary.unsubscribed, summary.for_a_person) == (6, 1, 1, 1, 3)
    ann = _row(engine, "ann@example.com")
    assert (ann.status, ann.failure_type, ann.failure_reason) == (LogStatus.FAILED, FailureType.HARD, FailureReason.USER_UNKNOWN)
    ben = _row(engine, "ben@example.com")
    assert (ben.status, ben.failure_type) == (LogStatus.SENT, FailureType.NONE)  # an auto-reply is no bounce
    with engine.connect() as conn:
        events = {(k, p) for k, p in conn.execute(select(TrackingEvent.kind, TrackingEvent.profile_id))}
        cat = conn.execute(select(Address.status, Address.denylist_cause).where(Address.email_norm == "cat@example.com")).one()
        figures, computed = live(conn, delivery, settings.reporting_mode), compute(conn, delivery, settings.reporting_mode)
    assert (TrackingKind.AUTO_REPLY, ben.profile_id) in events  # in Ben's history, and nowhere else
    assert (TrackingKind.UNSUBSCRIPTION, _row(engine, "cat@example.com").profile_id) in events
    assert tuple(cat) == (AddressStatus.DENYLISTED, DenylistCause.UNSUBSCRIBED_BY_MAIL)
    assert figures == computed and figures.unsubscriptions == 1
    assert (figures.delivered, figures.bounces_errors) == (3, 1)
    # the three a person must read, with what is wrong with each
    kinds = sorted((item.kind, item.detail or "") for item in waiting(engine))
    assert [k for k, _ in kinds] == [InboundKind.BOUNCE, InboundKind.UNCLASSIFIED, InboundKind.MALFORMED]
    assert "about no message of ours" in kinds[0][1] and "Two weeks" in kinds[1][1]
    # every message was marked read in the Maildir (cur/, flag S), none lost
    root = tmp_path / "Maildir"
    assert not list((root / "new").iterdir())
    assert len([p for p in (root / "cur").iterdir() if p.name.endswith(":2,S")]) == 6

    # read again (a second pass; the same messages put back as new): nothing changes
    for path in (root / "cur").iterdir():
        path.rename(root / "new" / path.name.partition(":2,")[0])
    again = process_source(engine, root, settings, utcnow())
    assert (again.read, again.already_read, again.hard, again.unsubscribed) == (6, 6, 0, 0)
    with engine.connect() as conn:
        assert live(conn, delivery, settings.reporting_mode) == figures
        assert conn.execute(select(InboundMessage.id)).all().__len__() == 6
    assert dismiss(engine, [item.id for item in waiting(engine)]) == 3 and waiting(engine) == []


def test_read_mail_can_move_to_a_folder_and_an_mbox_is_applied_once(engine, tmp_path):
    delivery, settings, senders = _sent(engine)
    box = _maildir(tmp_path / "Maildir")
    box.add(bare_bounce(senders["ann@example.com"], "ann@example.com", "552 5.2.2 Mailbox full"))
    moved = process_mailbox(engine, local_mailbox(tmp_path / "Maildir", ProcessedMail.MOVE, "Read by Campaign"), settings)
    assert moved.soft == 1
    assert len(list((tmp_path / "Maildir" / ".Read by Campaign" / "cur").iterdir())) == 1  # Maildir++, as Dovecot shows it
    # an mbox is never rewritten: read twice, a complaint counts once
    mbox = mailbox.mbox(tmp_path / "errors.mbox")
    ben = _row(engine, "ben@example.com")
    from campaign_desktop.demo.bounce_messages import complaint

    mbox.add(complaint(ben.message_id, f"{delivery}.{ben.id}"))
    mbox.flush()
    first = process_source(engine, tmp_path / "errors.mbox", settings)
    second = process_source(engine, tmp_path / "errors.mbox", settings)
    assert (first.complaints, second.complaints, second.already_read) == (1, 0, 1)
    with engine.connect() as conn:
        complaints = conn.execute(select(TrackingEvent.id).where(TrackingEvent.kind == TrackingKind.SPAM_COMPLAINT)).all()
    assert len(complaints) == 1


def test_an_out_of_office_on_a_closed_delivery_changes_nothing(engine, tmp_path):
    """Tried: an auto-reply arriving after the delivery closed (it once turned Delivered into Failed)."""
    delivery, settings, senders = _sent(engine)
    from datetime import timedelta

    assert close_expired(engine, settings, utcnow() + timedelta(days=4)) == 1
    with engine.connect() as conn:
        before = live(conn, delivery, settings.reporting_mode)
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "ooo.eml").write_bytes(reply(senders["dan@example.com"], "dan@example.com", "Out of office", "Back on Monday.",
                                           X_Autoreply="yes"))
    summary = process_source(engine, folder, settings)
    assert summary.auto_replies == 1
    with engine.connect() as conn:
        assert live(conn, delivery, settings.reporting_mode) == before
    assert _row(engine, "dan@example.com").status is LogStatus.SENT


def test_the_command_reads_a_maildir_new_folder_and_lists_what_waits(engine, db_url, tmp_path):
    """`feedback --source MAILDIR/new` once read 0 files and exited 0."""
    delivery, settings, senders = _sent(engine)
    box = _maildir(tmp_path / "Maildir")
    for address in PEOPLE[:2]:
        box.add(bare_bounce(senders[address], address, "550 5.1.1 User unknown"))
    box.add(reply("bounces@shop.example.com", "dan@example.com", "Question", "Do you ship to Canada?"))
    out = subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, "feedback", "--source",
                          str(tmp_path / "Maildir" / "new"), "--transport", "pickup", "--pickup", str(tmp_path / "pickup"),
                          "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (result["read"], result["hard"], result["for_a_person"]) == (3, 2, 1)
    assert [item["subject"] for item in result["inbound"]] == ["Question"]
    missing = subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, "feedback", "--source",
                              str(tmp_path / "nowhere")], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    with engine.connect() as conn:
        assert conn.execute(select(InboundMessage.outcome).where(InboundMessage.subject == "Question")).scalar_one() \
            is InboundOutcome.FOR_A_PERSON


def test_a_bounce_that_names_only_the_address_is_matched_by_the_bounce_detectors(engine, tmp_path):
    """A qmail bounce: no original header, no token (a relay that rewrote the envelope
    sender), only the failed address in its text. The maintained detectors find it; the
    latest message handed over to that address takes the bounce."""
    delivery, settings, _ = _sent(engine)
    qmail = EmailMessage()
    qmail["From"] = "MAILER-DAEMON@mail.far.example"
    qmail["To"] = "bounces@shop.example.com"
    qmail["Subject"] = "failure notice"
    qmail.set_content("Hi. This is the qmail-send program at mail.far.example.\n"
                      "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                      "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                      "<cat@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
                      "--- Below this line is a copy of the message.\n")
    folder = tmp_path / "qmail"
    folder.mkdir()
    (folder / "qmail.eml").write_bytes(qmail.as_bytes())
    summary = process_source(engine, folder, settings)
    assert (summary.matched, summary.hard) == (1, 1)
    cat = _row(engine, "cat@example.com")
    assert (cat.status, cat.failure_type, cat.failure_reason) == (LogStatus.FAILED, FailureType.HARD, FailureReason.USER_UNKNOWN)


def test_the_return_path_can_be_turned_off_for_a_relay_that_refuses_plus_addresses(engine):
    save_settings(engine, verp=False)
    delivery = _prepared(engine, PEOPLE[:2])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url="", verp=False))
    assert set(server.handler.senders.values()) == {"bounces@shop.example.com"}
