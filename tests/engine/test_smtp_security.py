"""STARTTLS and login against a real aiosmtpd server with its own certificate; Test connection."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from campaign_desktop.engine.message import MessageBuilder, SenderFacts
from campaign_desktop.engine.personalization import RenderedMessage
from campaign_desktop.engine.transports import RelayProblem, SmtpSettings, SmtpTransport, check_connection
from tests.smtp_server import ScriptedHandler, free_port

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test certificate")


@pytest.fixture
def tls_server(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=auth_data.login == b"relay-user" and auth_data.password == b"s3cret", handled=False)

    handler = ScriptedHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=authenticate, auth_require_tls=True, auth_exclude_mechanism=["LOGIN"],
                            ready_timeout=5)
    controller.start()
    yield port, str(cert), handler
    controller.stop()


def _message():
    builder = MessageBuilder(SenderFacts(1, "Shop", "news@shop.example.com", "", "bounces@shop.example.com"))
    return builder.build(1, "ann@example.com", RenderedMessage("Hello", "<p>Hello</p>", "Hello"))


def test_starttls_and_login_deliver_and_a_wrong_password_is_reported(tls_server):
    port, cert, handler = tls_server
    good = SmtpSettings("127.0.0.1", port, "starttls", "relay-user", "s3cret", timeout_s=5, ca_file=cert)
    session = SmtpTransport(good).session()
    assert session.send(_message()).accepted
    session.close()
    assert handler.recipients == {"ann@example.com": 1}
    assert check_connection(good).code == 250
    wrong = check_connection(SmtpSettings("127.0.0.1", port, "starttls", "relay-user", "nope", timeout_s=5, ca_file=cert))
    assert wrong.code == 535 and wrong.relay is RelayProblem.LOGIN  # the relay's answer, not the recipient's
    untrusted = check_connection(SmtpSettings("127.0.0.1", port, "starttls", "relay-user", "s3cret", timeout_s=5))
    assert untrusted.code is None and "CERTIFICATE_VERIFY_FAILED" in untrusted.text
    plain = SmtpTransport(SmtpSettings("127.0.0.1", port, "none", timeout_s=5)).session().send(_message())
    assert not plain.accepted and plain.code == 530  # the server requires STARTTLS first


def test_checking_a_closed_port_says_so():
    reply = check_connection(SmtpSettings("127.0.0.1", free_port(), timeout_s=2))
    assert reply.code is None and "refused" in reply.text.lower()
