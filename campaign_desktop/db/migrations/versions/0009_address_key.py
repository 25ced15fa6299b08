"""the address key: trim, NFC, local part lower-cased, domain as its IDNA A-label

Until now addresses were compared trimmed and lower-cased only, so ``user@exämple.de`` and
``user@xn--exmple-cua.de``, a fullwidth domain, or NFD and NFC forms of one address were
different people. Only addresses outside ASCII change. Two addresses that become one key
in the quarantine/denylist table are merged, keeping the stronger standing.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import unicodedata

import idna
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

def _key(address: str) -> str:
    """The key as this revision defines it (a migration never imports the code it migrates)."""
    address = address.strip()
    if address.isascii():
        return address.lower()
    address = unicodedata.normalize("NFC", address)
    local, at, domain = address.rpartition("@")
    if not at:
        return unicodedata.normalize("NFC", address.lower())
    try:
        domain = idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        domain = domain.lower()
    return f"{unicodedata.normalize('NFC', local.lower())}@{domain}"


def _non_ascii(conn: sa.Connection, table: str, key_column: str) -> list[tuple[int, str]]:
    rows = conn.execute(sa.text(f"SELECT id, {key_column} FROM {table} WHERE {key_column} IS NOT NULL")).all()
    return [(row_id, value) for row_id, value in rows if not value.isascii()]


def upgrade() -> None:
    conn = op.get_bind()
    for row_id, email in conn.execute(sa.text("SELECT id, email FROM profile WHERE email IS NOT NULL")).all():
        if email.isascii():
            continue
        conn.execute(sa.text("UPDATE profile SET email_norm = :key WHERE id = :id"), {"key": _key(email), "id": row_id})
    for row_id, norm in _non_ascii(conn, "address", "email_norm"):
        key = _key(norm)
        if key == norm:
            continue
        other = conn.execute(sa.text("SELECT id, status FROM address WHERE email_norm = :key"), {"key": key}).first()
        if other is None:
            conn.execute(sa.text("UPDATE address SET email_norm = :key WHERE id = :id"), {"key": key, "id": row_id})
            continue
        mine = conn.execute(sa.text("SELECT status FROM address WHERE id = :id"), {"id": row_id}).scalar_one()
        # the standing as stored: 3 denylisted, 2 quarantine, 1 with errors, 0 valid; the stronger stays
        if mine > other[1]:
            conn.execute(sa.text("DELETE FROM address WHERE id = :id"), {"id": other[0]})
            conn.execute(sa.text("UPDATE address SET email_norm = :key WHERE id = :id"), {"key": key, "id": row_id})
        else:
            conn.execute(sa.text("DELETE FROM address WHERE id = :id"), {"id": row_id})


def downgrade() -> None:
    pass  # the keys stay: the lower-cased forms they replace were the same people
