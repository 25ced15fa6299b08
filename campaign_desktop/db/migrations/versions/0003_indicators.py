"""stored deployment figures and their samples over time

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.add_column(sa.Column("indicators", sa.JSON(), nullable=True))
    op.create_table(
        "indicator_sample",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("delivered", sa.Integer(), nullable=False),
        sa.Column("bounces_errors", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Integer(), nullable=False),
        sa.Column("clicks", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_indicator_sample_delivery_at", "indicator_sample", ["delivery_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_indicator_sample_delivery_at", "indicator_sample")
    op.drop_table("indicator_sample")
    with op.batch_alter_table("delivery") as batch:
        batch.drop_column("indicators")
