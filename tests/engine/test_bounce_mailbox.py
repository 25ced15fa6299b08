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
    assert kinds[0][1].startswith("About no message we sent") and "550 5.1.1" in kinds[0][1]
    assert kinds[1][1].startswith("Not a notice, a reply or a request")
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


def _dsn(to: str, recipient: str, status: str, diagnostic: str, action: str | None = "failed",
         headers: str = "", encode: bool = False) -> bytes:
    """A delivery status notification written by hand, as odd servers write them."""
    import base64

    fields = f"Reporting-MTA: dns; mx.odd.example\n\nFinal-Recipient: rfc822; {recipient}\n" + \
        (f"Action: {action}\n" if action else "") + f"Status: {status}\nDiagnostic-Code: smtp; {diagnostic}\n"
    body = base64.b64encode(fields.encode()).decode() if encode else fields
    return (f"From: MAILER-DAEMON@mx.odd.example\nTo: {to}\nSubject: Delivery Status Notification\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=XX\n\n"
            "--XX\nContent-Type: text/plain\n\nYour message could not be delivered.\n"
            f"--XX\nContent-Type: message/delivery-status\n" + ("Content-Transfer-Encoding: base64\n" if encode else "") +
            f"\n{body}\n" + (f"--XX\nContent-Type: text/rfc822-headers\n\n{headers}\n" if headers else "") + "--XX--\n"
            ).encode("utf-8")


def test_hostile_entries_in_the_mailbox_stop_nothing_and_odd_notices_are_read_right(engine, tmp_path):
    """Tried (from a hostile-input review): a folder, a FIFO, a symlink loop, a file name that is
    not UTF-8 and an 11 MB message among the notices; raw UTF-8 in a notice's fields; "250"
    inside a failed notice's words; an unknown charset; an id that overflows; a base64-encoded
    status part; a notice without Action; and forged notices (our header without the row's
    Message-ID, a complaint about a message that never left). Every real notice is applied,
    nothing stops the pass, the forged ones change nothing."""
    import os

    from campaign_desktop.demo.bounce_messages import complaint

    delivery, settings, senders = _sent(engine)
    root = tmp_path / "Maildir"
    _maildir(root)
    new = root / "new"
    (new / "a-folder").mkdir()
    os.mkfifo(new / "a-fifo")
    os.symlink(new / "loop", new / "loop")
    (new.as_posix().encode() + b"/caf\xe9-latin1-name").decode("utf-8", "surrogateescape")
    with open(os.fsencode(new) + b"/caf\xe9-latin1-name", "wb") as out:
        out.write(bare_bounce(senders["ann@example.com"], "ann@example.com", "550 5.1.1 User unknown"))
    with open(new / "huge", "wb") as out:
        out.write(b"Subject: huge\n\n")
        out.truncate(11 << 20)
    (new / "utf8-fields").write_bytes(_dsn(senders["ben@example.com"], "ben@example.com", "5.1.1",
                                           "550 5.1.1 Empfänger unbekannt"))
    (new / "250-inside").write_bytes(_dsn(senders["cat@example.com"], "cat@example.com", "5.2.2",
                                          "552 5.2.2 mailbox over quota (used 250 MB of 250 MB)"))
    (new / "b64-no-action").write_bytes(_dsn(senders["dan@example.com"], "dan@example.com", "5.1.1", "550 5.1.1 gone",
                                             action=None, encode=True))
    (new / "unknown-charset").write_bytes(
        b"From: postmaster@far.example\nTo: bounces@shop.example.com\nSubject: undeliverable\n"
        b"Content-Type: text/plain; charset=x-klingon\n\n550 5.1.1 <zoe@far.example>: no such user\n"
        b"X-Campaign-Delivery: 99999999999999999999.1\n")
    ben = _row(engine, "ben@example.com")
    (new / "forged-header").write_bytes(_dsn("bounces@shop.example.com", "ben@example.com", "5.1.1", "550 5.1.1 x",
                                             headers=f"X-Campaign-Delivery: {delivery}.{ben.id}"))
    (new / "forged-complaint").write_bytes(complaint("<nothing@x>", f"{delivery}.{ben.id}"))

    summary = process_source(engine, root, settings)

    assert summary.hard == 3 and summary.soft == 1  # ann (non-UTF-8 file name), ben (UTF-8 fields), dan (base64) ; cat
    rows = {a: _row(engine, a) for a in PEOPLE}
    assert all(rows[a].failure_type is FailureType.HARD for a in ("ann@example.com", "ben@example.com", "dan@example.com"))
    cat = rows["cat@example.com"]
    assert (cat.failure_type, cat.failure_reason) == (FailureType.SOFT, FailureReason.MAILBOX_FULL)  # not a "250" success
    assert "Empfänger" in rows["ben@example.com"].last_reply
    with engine.connect() as conn:
        figures = live(conn, delivery, settings.reporting_mode)
        assert figures == compute(conn, delivery, settings.reporting_mode)
        denylisted = conn.execute(select(Address.email_norm).where(Address.status == AddressStatus.DENYLISTED)).all()
        complaints = conn.execute(select(TrackingEvent.id).where(TrackingEvent.kind == TrackingKind.SPAM_COMPLAINT)).all()
    assert denylisted == [] and complaints == []  # the forged complaint changed nothing
    waiting_now = {item.detail or "": item for item in waiting(engine)}
    assert any("Too large to read here" in d for d in waiting_now) and any("About no message we sent" in d for d in waiting_now)
    assert (new / "a-fifo").exists() and (new / "a-folder").is_dir()  # left where they are, skipped


def test_a_device_or_a_fifo_given_as_the_source_is_a_clear_message(db_url, tmp_path):
    import os

    os.mkfifo(tmp_path / "fifo")
    for source in ("/dev/zero", str(tmp_path / "fifo")):
        out = subprocess.run([sys.executable, "-m", "campaign_desktop", "--db", db_url, "feedback", "--source", source,
                              "--transport", "pickup", "--pickup", str(tmp_path / "pickup")],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 1 and "not a mailbox" in out.stderr and "Traceback" not in out.stderr, out.stderr
