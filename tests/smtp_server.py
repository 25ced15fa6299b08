"""A real SMTP server on 127.0.0.1 (aiosmtpd) that answers as each test scripts it.

A recipient's local part chooses the answer: ``r550-511.anything@…`` gets
``550 5.1.1 …`` at RCPT, ``drop.…`` has the connection cut, ``stall.…`` gets no answer
for a while; anyone else is accepted. Every accepted message's Message-ID and
recipients are recorded, so a test can check nobody got a message twice.
"""

from __future__ import annotations

import asyncio
import socket
import threading
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
        self.keep_messages = True

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        word = address.split("@")[0].split(".")[0].lower()
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
        data = envelope.content
        message_id = message_from_bytes(data, policy=policy.compat32).get("Message-ID", "")
        with self.lock:
            self.message_ids[message_id] += 1
            for rcpt in envelope.rcpt_tos:
                self.recipients[rcpt] += 1
            if self.keep_messages:
                self.messages.append(data)
        return "250 2.0.0 OK queued"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ScriptedServer:
    """Start with ``with ScriptedServer() as server:``; ``server.port`` is the port."""

    def __init__(self, stall_s: float = 3.0) -> None:
        self.handler = ScriptedHandler(stall_s)
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=5)

    def __enter__(self) -> ScriptedServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
