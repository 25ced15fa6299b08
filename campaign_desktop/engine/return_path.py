"""The envelope sender that names its recipient (VERP): ``errors+TOKEN@domain``.

Every bounce, delay notice, delivery report or auto-reply goes back to the envelope sender.
With the log row's token in it, what comes back is matched to its recipient even when it
carries none of the original headers (many servers return only a line of text). The
token is short and signed with the workspace's secret, so a forged or mistyped address
matches nothing. The same token travels as the DSN envelope id (``ENVID``), which
RFC 3461 reports return as ``Original-Envelope-Id``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_SIGNATURE = 8  # hexadecimal characters: one forged token in four billion matches
#: A token anywhere in a text: after a "+" of an address, or alone (an envelope id).
_TOKEN = re.compile(r"(?<![0-9a-z])([0-9a-z]{1,13})-([0-9a-f]{%d})(?![0-9a-z])" % _SIGNATURE, re.IGNORECASE)


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = _DIGITS[rest] + digits
        if not number:
            return digits


@dataclass(frozen=True)
class ReturnPath:
    """Makes and reads the tokens of one workspace."""

    secret: bytes

    def _sign(self, log_id: int) -> str:
        return hmac.new(self.secret, b"return-path:%d" % log_id, hashlib.sha256).hexdigest()[:_SIGNATURE]

    def token(self, log_id: int) -> str:
        return f"{_base36(log_id)}-{self._sign(log_id)}"

    @staticmethod
    def address(error_address: str, token: str) -> str:
        """``errors@bounce.example`` becomes ``errors+TOKEN@bounce.example``."""
        local, at, domain = error_address.rpartition("@")
        if not at:
            return error_address
        return f"{local}+{token}@{domain}"

    def log_id(self, *texts: str | None) -> int | None:
        """The row whose valid token appears first in ``texts`` (addresses, envelope ids), if any."""
        for text in texts:
            for match in _TOKEN.finditer(text or ""):
                try:
                    log_id = int(match.group(1), 36)
                except ValueError:
                    continue
                if hmac.compare_digest(self._sign(log_id), match.group(2).lower()):
                    return log_id
        return None


__all__ = ["ReturnPath"]
