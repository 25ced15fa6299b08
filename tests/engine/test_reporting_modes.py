"""The two reporting modes, step by step, against the table at the end of seeds/003."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from campaign_desktop.db.models import Address, DeliveryLog, utcnow
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import AddressStatus, FailureType, LogStatus, ReportingMode
from campaign_desktop.engine.feedback import close_expired, process_source
from campaign_desktop.engine.retrying import send_due_retries
from campaign_desktop.engine.indicators import compute
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.settings import Settings
from campaign_desktop.demo.bounce_messages import complaint, dsn, plain_bounce
from tests.engine.test_sending import _prepared, _transport
from tests.smtp_server import ScriptedServer

PEOPLE = ["a@example.com", "b@example.com", "c@example.com", "d@example.com"]


@pytest.fixture
def sent(engine, tmp_path):
    def run(mode):
        settings = Settings(tracking_base_url="", reporting_mode=mode)
        delivery = _prepared(engine, PEOPLE)
        confirm_send(engine, delivery, "manager")
        with ScriptedServer() as server:
            send(engine, delivery, _transport(server), Control(), settings)
        return delivery, settings

    return run


def _row(engine, address):
    with Session(engine) as session:
        return session.execute(select(DeliveryLog).where(DeliveryLog.address == address)).scalar_one()


def _feed(engine, folder, settings, now, *messages):
    folder.mkdir(exist_ok=True)
    for index, data in enumerate(messages):
        (folder / f"bounce-{now.timestamp()}-{index}.eml").write_bytes(data)
    return process_source(engine, folder, settings, now)


def _report(engine, address, **kw):
    row = _row(engine, address)
    return dsn(row.message_id, f"{row.delivery_id}.{row.id}", address, **kw)


def _figures(engine, delivery, mode):
    with engine.connect() as conn:
        f = compute(conn, delivery, mode)
    return f.delivered, f.bounces_errors


HARD = {"status": "5.1.1", "diagnostic": "550 5.1.1 User unknown"}
# a remote server's "mailbox full": soft by its reason, so retried (a failed notice with a 4.x.x
# status is another thing: the relay itself retried until it gave up)
SOFT = {"status": "5.2.2", "diagnostic": "552 5.2.2 Mailbox full"}


def test_relay_reporting_follows_the_seed_table(engine, sent, tmp_path):
    delivery, settings = sent(ReportingMode.RELAY)
    now, inbox = utcnow(), tmp_path / "bounces"
    # handed over: Sent, Delivered starts at 100 %
    assert {_row(engine, p).status for p in PEOPLE} == {LogStatus.SENT}
    assert _figures(engine, delivery, ReportingMode.RELAY) == (4, 0)
    # a hard bounce: Failed, Delivered down, Bounces + errors up
    _feed(engine, inbox, settings, now, _report(engine, "a@example.com", **HARD))
    assert _row(engine, "a@example.com").status is LogStatus.FAILED
    assert _figures(engine, delivery, ReportingMode.RELAY) == (3, 1)
    # a soft bounce: still Sent, nothing changes, a retry is planned
    _feed(engine, inbox, settings, now, _report(engine, "b@example.com", **SOFT))
    row = _row(engine, "b@example.com")
    assert (row.status, row.failure_type, row.next_retry_at is not None) == (LogStatus.SENT, FailureType.SOFT, True)
    assert _figures(engine, delivery, ReportingMode.RELAY) == (3, 1)
    # the retry succeeds: still Sent, nothing changes
    with ScriptedServer() as server:
        assert send_due_retries(engine, _transport(server), settings, now + dt.timedelta(hours=2)) == 1
    assert server.handler.recipients == {"b@example.com": 1}
    row = _row(engine, "b@example.com")
    assert (row.status, row.next_retry_at, row.retry_count) == (LogStatus.SENT, None, 1)
    assert _figures(engine, delivery, ReportingMode.RELAY) == (3, 1)
    # another soft bounce whose retries never succeed: at the end of validity, Failed,
    # Delivered down, Bounces + errors unchanged
    _feed(engine, inbox, settings, now, _report(engine, "c@example.com", **SOFT))
    assert close_expired(engine, settings, now + dt.timedelta(days=4)) == 1
    assert _row(engine, "c@example.com").status is LogStatus.FAILED
    assert _figures(engine, delivery, ReportingMode.RELAY) == (2, 1)


def test_email_feedback_follows_the_seed_table(engine, sent, tmp_path):
    delivery, settings = sent(ReportingMode.EMAIL_FEEDBACK)
    now, inbox, mode = utcnow(), tmp_path / "bounces", ReportingMode.EMAIL_FEEDBACK
    # handed over: Pending, no change in Delivered
    assert {_row(engine, p).status for p in PEOPLE} == {LogStatus.PENDING}
    assert _figures(engine, delivery, mode) == (0, 0)
    # the server reports a delivery: Sent, Delivered up
    _feed(engine, inbox, settings, now, _report(engine, "d@example.com", status="2.0.0", diagnostic="250 2.0.0 OK", action="delivered"))
    assert _row(engine, "d@example.com").status is LogStatus.SENT
    assert _figures(engine, delivery, mode) == (1, 0)
    # a hard bounce: Failed, Bounces + errors up
    _feed(engine, inbox, settings, now, _report(engine, "a@example.com", **HARD))
    assert _row(engine, "a@example.com").status is LogStatus.FAILED
    assert _figures(engine, delivery, mode) == (1, 1)
    # a soft bounce: Failed, Bounces + errors up, Delivered unchanged
    _feed(engine, inbox, settings, now, _report(engine, "b@example.com", **SOFT))
    assert _row(engine, "b@example.com").status is LogStatus.FAILED
    assert _figures(engine, delivery, mode) == (1, 2)
    # the retry succeeds (accepted, then reported delivered): Sent, Delivered up, Bounces down
    with ScriptedServer() as server:
        send_due_retries(engine, _transport(server), settings, now + dt.timedelta(hours=2))
    assert _row(engine, "b@example.com").status is LogStatus.PENDING
    _feed(engine, inbox, settings, now, _report(engine, "b@example.com", status="2.0.0", diagnostic="250 OK", action="delivered"))
    assert _row(engine, "b@example.com").status is LogStatus.SENT
    assert _figures(engine, delivery, mode) == (2, 1)
    # a soft bounce whose retries fail: stays Failed, nothing changes at the end of validity
    _feed(engine, inbox, settings, now, _report(engine, "c@example.com", **SOFT))
    before = _figures(engine, delivery, mode)
    close_expired(engine, settings, now + dt.timedelta(days=4))
    assert _row(engine, "c@example.com").status is LogStatus.FAILED
    assert _figures(engine, delivery, mode) == before == (2, 2)


def test_plain_bounces_complaints_and_strangers_are_read(engine, sent, tmp_path):
    delivery, settings = sent(ReportingMode.RELAY)
    a = _row(engine, "a@example.com")
    summary = _feed(
        engine, tmp_path / "bounces", settings, utcnow(),
        plain_bounce(a.message_id, "<a@example.com>: host mx.example.com said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown"),
        complaint(_row(engine, "b@example.com").message_id, f"{delivery}.{_row(engine, 'b@example.com').id}"),
        plain_bounce("<not-ours@elsewhere.example>", "550 whatever"),
    )
    assert (summary.read, summary.matched, summary.hard, summary.complaints, summary.unmatched) == (3, 2, 1, 1, 1)
    row = _row(engine, "a@example.com")
    assert (row.status, row.failure_type) == (LogStatus.FAILED, FailureType.HARD) and "User unknown" in row.last_reply
    with engine.connect() as conn:
        standing = {n: s for n, s in conn.execute(select(Address.email_norm, Address.status))}
    assert standing["a@example.com"] is AddressStatus.QUARANTINE and standing["b@example.com"] is AddressStatus.DENYLISTED
    assert not list((tmp_path / "bounces").glob("*.eml")) and len(list((tmp_path / "bounces" / "processed").glob("*.eml"))) == 3


def test_bounces_are_read_from_an_mbox_too(engine, sent, tmp_path):
    import mailbox

    delivery, settings = sent(ReportingMode.RELAY)
    box = mailbox.mbox(tmp_path / "bounces.mbox")
    box.add(_report(engine, "a@example.com", **HARD))
    box.add(_report(engine, "b@example.com", **SOFT))
    box.flush()
    summary = process_source(engine, tmp_path / "bounces.mbox", settings, utcnow())
    assert (summary.read, summary.hard, summary.soft) == (2, 1, 1)
    assert _row(engine, "a@example.com").status is LogStatus.FAILED
    assert _figures(engine, delivery, ReportingMode.RELAY) == (3, 1)
