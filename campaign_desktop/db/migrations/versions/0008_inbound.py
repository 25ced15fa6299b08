"""the error mailbox: inbound messages read once, and why an address is on the denylist

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# the values of domain.enums, as they are stored (a migration never imports the code it migrates)
_DENYLISTED = 3
_COMPLAINT = 1


def upgrade() -> None:
    op.create_table(
        "inbound_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("digest", sa.String(length=64), nullable=False, unique=True),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("source_key", sa.String(length=300), nullable=True),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.Column("from_address", sa.String(length=998), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), sa.ForeignKey("delivery.id", ondelete="SET NULL"), nullable=True),
        sa.Column("log_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("reason", sa.JSON(), nullable=True),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
    )
    op.create_index("ix_inbound_message_outcome", "inbound_message", ["outcome", "read_at"])
    op.create_index("ix_inbound_message_source_key", "inbound_message", ["source", "source_key"])
    op.create_index("ix_delivery_log_message_id", "delivery_log", ["message_id"])
    with op.batch_alter_table("address") as batch:
        batch.add_column(sa.Column("denylist_cause", sa.Integer(), nullable=True))
    # before this, only complaints and unsubscriptions (which were recorded as complaints) denylisted
    op.execute(f"UPDATE address SET denylist_cause = {_COMPLAINT} WHERE status = {_DENYLISTED}")


def downgrade() -> None:
    op.drop_index("ix_delivery_log_message_id", "delivery_log")
    with op.batch_alter_table("address") as batch:
        batch.drop_column("denylist_cause")
    op.drop_index("ix_inbound_message_source_key", "inbound_message")
    op.drop_index("ix_inbound_message_outcome", "inbound_message")
    op.drop_table("inbound_message")
