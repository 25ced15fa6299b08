"""A real SMTP server on 127.0.0.1 (aiosmtpd) that answers as each test scripts it.

A recipient's local part chooses the answer: ``r550-511.anything@…`` gets
``550 5.1.1 …`` at RCPT, ``drop.…`` has the connection cut, ``stall.…`` gets no answer
for a while, ``dropdata.…`` has the connection cut after the message's final dot (the
server took it, the sender never hears so); anyone else is accepted. ``every_rcpt`` makes
every recipient get one reply (a relay refusing everyone). Every accepted message's
Message-ID and recipients are recorded, so a test can check nobody got a message twice.
``GreetingRefuser`` is a server that answers every connection with one line (a 421) and
closes it.
"""

from __future__ import annotations

import asyncio
import socket
import socketserver
import threading
import time
from collections import Counter
from email import message_from_bytes, policy
from typing import Any

from aiosmtpd.controller import Controller

SCRIPTED = {
    "r421": "421 4.3.2 Service not available, closing channel",
    "r450-422": "450 4.2.2 Mailbox full, try later",
    "r452": "452 Insufficient system storage",
    "r550-511": "550 5.1.1 User unknown",
    "r552-522": "552 5.2.2 Mailbox full",
    "r554-571": "554 5.7.1 Message rejected as spam",
}


class ScriptedHandler:
    def __init__(self, stall_s: float = 3.0) -> None:
        self.stall_s = stall_s
        self.lock = threading.Lock()
        self.message_ids: Counter[str] = Counter()
        self.recipients: Counter[str] = Counter()
        self.messages: list[bytes] = []
        self.senders: dict[str, str] = {}  # the envelope sender each recipient's message came with
        self.keep_messages = True
        self.every_rcpt: str | None = None  # a reply every recipient gets, while set
        self.accept_all = False  # take everyone, whatever the local part scripts
        self.rcpt_seen = 0
        self.connections: set[int] = set()  # the SMTP sessions (one a connection) that sent a recipient
        self.data_delay_s = 0.0  # a slower relay: each message takes this long to be taken

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        word = address.split("@")[0].split(".")[0].lower()
        self.rcpt_seen += 1
        self.connections.add(id(session))
        if self.every_rcpt is not None:
            return self.every_rcpt
        if self.accept_all:
            envelope.rcpt_tos.append(address)
            return "250 OK"
        if word in SCRIPTED:
            return SCRIPTED[word]
        if word == "drop":
            server.transport.abort()
            return "250 OK"
        if word == "stall":
            await asyncio.sleep(self.stall_s)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay_s:
            await asyncio.sleep(self.data_delay_s)
        data = envelope.content
        message_id = message_from_bytes(data, policy=policy.compat32).get("Message-ID", "")
        with self.lock:
            self.message_ids[message_id] += 1
            for rcpt in envelope.rcpt_tos:
                self.recipients[rcpt] += 1
                self.senders[rcpt] = envelope.mail_from
            if self.keep_messages:
                self.messages.append(data)
        if any(r.split("@")[0].split(".")[0].lower() == "dropdata" for r in envelope.rcpt_tos):
            server.transport.abort()  # taken, and the connection lost before the 250 goes out
        return "250 2.0.0 OK queued"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ScriptedServer:
    """Start with ``with ScriptedServer() as server:``; ``server.port`` is the port.

    ``down()`` stops it (the relay goes away, its connections cut); ``up()`` starts it again
    on the same port with the same handler, so its counts go on.
    """

    def __init__(self, stall_s: float = 3.0, **controller: Any) -> None:
        self.handler = ScriptedHandler(stall_s)
        self.port = free_port()
        self.options = controller
        self.controller: Controller | None = None

    def up(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=5, **self.options)
        self.controller.start()

    def down(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def __enter__(self) -> ScriptedServer:
        self.up()
        return self

    def __exit__(self, *exc: object) -> None:
        self.down()


class GreetingRefuser:
    """A server on ``port`` that answers every connection with ``line`` and closes it."""

    def __init__(self, port: int, line: str = "421 4.3.2 Service not available, closing channel") -> None:
        self.line = (line + "\r\n").encode()
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), self._handler(), bind_and_activate=False)
        self.server.allow_reuse_address = True
        self.server.daemon_threads = True
        self.server.server_bind()
        self.server.server_activate()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def _handler(self) -> type[socketserver.BaseRequestHandler]:
        line = self.line

        class Refuse(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.sendall(line)

        return Refuse

    def __enter__(self) -> GreetingRefuser:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.thread.is_alive():  # once only, however many times it is left
            self.server.shutdown()
            self.server.server_close()
            self.thread.join(timeout=5)


class Dripper(GreetingRefuser):
    """A server that greets one byte at a time, a byte every ``every_s`` seconds, for ever: no
    socket timeout ever fires against it."""

    def __init__(self, port: int, every_s: float = 0.3) -> None:
        self.every_s = every_s
        super().__init__(port)

    def _handler(self) -> type[socketserver.BaseRequestHandler]:
        every_s = self.every_s

        class Drip(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                try:
                    for _ in range(1000):  # bounded: about five minutes
                        self.request.sendall(b"2")
                        time.sleep(every_s)
                except OSError:
                    pass  # the client cut it

        return Drip
