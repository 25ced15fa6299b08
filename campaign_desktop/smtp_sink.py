"""A minimal SMTP responder that accepts and discards everything: the benchmark's far end.

aiosmtpd tops out near 1,850 messages a second here, which would measure aiosmtpd, not
the send. This answers each command with the fewest bytes an SMTP client accepts and
counts the messages. Run it in its own process: ``python -m campaign_desktop.smtp_sink PORT``.
"""

from __future__ import annotations

import asyncio
import sys


class _Sink(asyncio.Protocol):
    count = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""
        self.in_data = False
        self.transport.write(b"220 sink ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        replies: list[bytes] = []  # answered in one write: pipelined commands come in one piece
        self._consume(data, replies)
        if replies:
            self.transport.write(b"".join(replies))

    def _consume(self, data: bytes, replies: list[bytes]) -> None:
        if self.in_data:
            # keep only the last four bytes: the end marker may straddle two chunks
            window = self.buffer + data
            end = window.find(b"\r\n.\r\n")
            if end < 0:
                self.buffer = window[-4:]
                return
            self.in_data = False
            _Sink.count += 1
            replies.append(b"250 OK\r\n")
            data, self.buffer = window[end + 5 :], b""
        self.buffer += data
        while not self.in_data:
            end = self.buffer.find(b"\r\n")
            if end < 0:
                return
            line, self.buffer = self.buffer[:end], self.buffer[end + 2 :]
            verb = line[:4].upper()
            if verb == b"EHLO":
                replies.append(b"250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                self.in_data = True
                replies.append(b"354 go\r\n")
                rest, self.buffer = self.buffer, b""
                if rest:
                    self._consume(rest, replies)
                return
            elif verb == b"QUIT":
                replies.append(b"221 bye\r\n")
                self.transport.write(b"".join(replies))
                replies.clear()
                self.transport.close()
                return
            else:
                replies.append(b"250 OK\r\n")


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Sink, "127.0.0.1", port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
