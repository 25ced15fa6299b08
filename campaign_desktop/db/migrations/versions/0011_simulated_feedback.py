"""the simulated feedback's schedule, kept in the database

A demo's later bounces, delivery reports, opens and clicks were planned in the memory of
the process that ran the simulated MTA: closing the app during the follow lost them, and
the delivery stayed *Sent* for ever. Each planned event is now a row, written when the
simulated MTA accepts the message and deleted when the follow releases it, so that a
follow taken up at the next start goes on from the rows left.

Revision ID: 0011_simulated_feedback
Revises: 0010_sample_clock
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_simulated_feedback"
down_revision = "0010_sample_clock"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "simulated_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("delivery_id", sa.Integer(), sa.ForeignKey("delivery.id", ondelete="CASCADE"), nullable=False),
        sa.Column("log_id", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        # SQLite would give the ids of a table that emptied again; a notice is named by its id
        sqlite_autoincrement=True,
    )
    op.create_index("ix_simulated_event_delivery_due", "simulated_event", ["delivery_id", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_simulated_event_delivery_due", "simulated_event")
    op.drop_table("simulated_event")
