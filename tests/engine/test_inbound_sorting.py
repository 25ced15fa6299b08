"""What arrives at the error address is sorted as a person would sort it.

The four notices in tests/data/postfix were written by Postfix 3.7 (Debian 12) on loopback:
a delivery report, a failed notice, a delay notice and the failed notice when the delay
expired. The others are what real mail programs send: out-of-office replies with and
without RFC 3834's header, an Exim bounce (which calls itself auto-replied), a complaint,
an unsubscribe request, a customer's question, and broken bytes.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from campaign_desktop.demo.bounce_messages import complaint, plain_bounce
from campaign_desktop.domain.enums import InboundKind
from campaign_desktop.engine.inbound_sorting import sort_message

POSTFIX = Path(__file__).parent.parent / "data" / "postfix"


@pytest.mark.parametrize(("name", "kind", "action", "status"), [
    ("delivered-2.0.0.eml", InboundKind.DELIVERY_REPORT, "delivered", "2.0.0"),
    ("failed-5.1.1.eml", InboundKind.BOUNCE, "failed", "5.1.1"),
    ("delayed-4.4.1.eml", InboundKind.DELAYED, "delayed", "4.4.1"),
    ("failed-4.4.1.eml", InboundKind.BOUNCE, "failed", "4.4.1"),
])
def test_postfix_notices_are_read_per_recipient(name, kind, action, status):
    sorted_ = sort_message((POSTFIX / name).read_bytes())
    assert sorted_.kind is kind
    (block,) = sorted_.recipients
    assert (block.action, block.status) == (action, status)
    assert block.recipient is not None and block.recipient.endswith(".test")
    # what names our message: the envelope recipient (the return path), the envelope id, the quoted Message-ID
    assert any(a.startswith("errors+tok") for a in sorted_.clues.addresses)
    assert any(a.startswith("env-") for a in sorted_.clues.addresses)
    assert sorted_.clues.message_ids and sorted_.clues.message_ids[0].endswith(".test.1>")


def _mail(subject: str, body: str = "Hello", sender: str = "alice@example.com", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "errors+abc-0123abcd@bounce.test"
    message["Subject"] = subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize("data", [
    _mail("Automatic reply: Autumn newsletter", Auto_Submitted="auto-replied"),
    _mail("Out of Office", X_Autoreply="yes"),
    _mail("Away", Precedence="auto_reply"),
    _mail("Réponse automatique : Lettre d'automne"),  # a French client that sets no header at all
    _mail("AW: Abwesenheitsnotiz"),
], ids=["rfc3834", "x-autoreply", "precedence", "french-subject", "german-subject"])
def test_auto_replies_are_recognised(data):
    assert sort_message(data).kind is InboundKind.AUTO_REPLY


def test_an_exim_bounce_is_a_bounce_though_it_calls_itself_auto_replied():
    data = _mail("Mail delivery failed: returning message to sender",
                 "This message was created automatically by mail delivery software.\n\n"
                 "A message that you sent could not be delivered to one or more of its recipients.\n\n"
                 "  bob@example.org\n    host mx.example.org [192.0.2.9]\n"
                 "    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n"
                 "    550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n",
                 sender="Mail Delivery System <Mailer-Daemon@mx.example.net>",
                 Auto_Submitted="auto-replied", X_Failed_Recipients="bob@example.org")
    sorted_ = sort_message(data)
    assert sorted_.kind is InboundKind.BOUNCE and sorted_.code == 550
    assert "User unknown" in sorted_.reason


def test_a_plain_bounce_complaint_unsubscribe_and_question():
    bounce = sort_message(plain_bounce("<m1@shop.example>", "550 5.1.1 <a@example.com>: User unknown"))
    assert bounce.kind is InboundKind.BOUNCE and bounce.clues.message_ids == ("<m1@shop.example>",)
    spam = sort_message(complaint("<m2@shop.example>", "4.17"))
    assert spam.kind is InboundKind.COMPLAINT and spam.clues.campaign == (4, 17)
    unsubscribe = sort_message(_mail("unsubscribe", "", sender="Carol <Carol@Example.com>"))
    assert unsubscribe.kind is InboundKind.UNSUBSCRIBE and unsubscribe.sender == "carol@example.com"
    question = sort_message(_mail("Where is my order #1234?", "I ordered a coat two weeks ago."))
    assert question.kind is InboundKind.UNCLASSIFIED and "coat" in question.reason


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"garbage without any header", b"\xff\xfe\x00\x01" * 50,
                                  b"Subject: =?utf-8?b?@@@?=\r\nContent-Type: multipart/report; boundary=\r\n\r\n--"])
def test_what_cannot_be_read_is_malformed_or_waits_for_a_person(data):
    sorted_ = sort_message(data)
    assert sorted_.kind in (InboundKind.MALFORMED, InboundKind.UNCLASSIFIED)
    assert sorted_.reason or sorted_.kind is InboundKind.UNCLASSIFIED


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_sorting_never_raises_whatever_the_bytes(data):
    """Tried: random bytes and random Unicode text, as a broken mail server could send."""
    sorted_ = sort_message(data)
    assert isinstance(sorted_.kind, InboundKind)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(POSTFIX.glob("*.eml"))), st.integers(0, 4000), st.binary(min_size=1, max_size=40))
def test_a_damaged_notice_never_raises(path, offset, junk):
    """Tried: a real notice with bytes overwritten anywhere (a disk or a relay that mangled it)."""
    data = bytearray(path.read_bytes())
    offset = min(offset, len(data))
    data[offset:offset + len(junk)] = junk
    assert isinstance(sort_message(bytes(data)).kind, InboundKind)
