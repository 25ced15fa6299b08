"""Numbers fixed by a seed and a key, so a simulated demo replays identically."""

from __future__ import annotations

import hashlib


def draw(seed: int, key: str, salt: str = "") -> float:
    """A number in [0, 1) fixed by the seed, the key (an address) and a salt naming the question."""
    digest = hashlib.blake2b(f"{seed}|{salt}|{key.lower()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64
