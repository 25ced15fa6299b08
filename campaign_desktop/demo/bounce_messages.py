"""Returned messages as real servers write them: RFC 3464 reports, plain-text bounces, complaints.

The simulated MTA writes them into the bounce folder, where the feedback processing reads
them exactly as it reads the ones a real mail server sends; tests use them too.
"""

from __future__ import annotations

from email import message_from_string
from email.utils import make_msgid
from email.message import EmailMessage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText


def dsn(message_id: str, campaign: str, recipient: str, status: str, diagnostic: str, action: str = "failed") -> bytes:
    """A delivery status notification (RFC 3464) about one of our messages."""
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = "MAILER-DAEMON@mx.example.net"
    report["To"] = "bounces@shop.example.com"
    report["Subject"] = "Delivery Status Notification"
    report["Message-ID"] = make_msgid(domain="mx.example.net")
    report.attach(MIMEText(f"Your message to {recipient} could not be delivered.\n"))
    fields = (f"Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; {recipient}\nAction: {action}\n"
              f"Status: {status}\nDiagnostic-Code: smtp; {diagnostic}\n")
    status_part = MIMEMessage(message_from_string(fields.split("\n\n")[0]), "delivery-status")
    status_part.set_payload([message_from_string(block) for block in fields.split("\n\n")])
    report.attach(status_part)
    headers = MIMEText(f"Message-ID: {message_id}\nX-Campaign-Delivery: {campaign}\nSubject: Hello\n", "rfc822-headers")
    report.attach(headers)
    return report.as_bytes()


def plain_bounce(message_id: str, text: str) -> bytes:
    """The kind of bounce many servers still send: text, with the original message quoted."""
    message = EmailMessage()
    message["From"] = "postmaster@old-mail.example.org"
    message["To"] = "bounces@shop.example.com"
    message["Subject"] = "Undelivered Mail Returned to Sender"
    message.set_content(f"This is the mail system.\n\n{text}\n\n--- original message ---\nMessage-ID: {message_id}\nSubject: Hello\n")
    return message.as_bytes()


def complaint(message_id: str, campaign: str) -> bytes:
    """An ARF feedback report: the recipient marked the message as spam."""
    report = MIMEMultipart("report", report_type="feedback-report")
    report["From"] = "fbl@isp.example.net"
    report["Subject"] = "Abuse report"
    report.attach(MIMEText("This is an abuse report.\n"))
    report.attach(MIMEText("Feedback-Type: abuse\nUser-Agent: isp/1.0\nVersion: 1\n", "feedback-report"))
    report.attach(MIMEText(f"Message-ID: {message_id}\nX-Campaign-Delivery: {campaign}\n", "rfc822-headers"))
    return report.as_bytes()
