"""handover mark on delivery logs, for crash-safe sending

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delivery_log") as batch:
        batch.add_column(sa.Column("handover_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("delivery_log") as batch:
        batch.drop_column("handover_at")
