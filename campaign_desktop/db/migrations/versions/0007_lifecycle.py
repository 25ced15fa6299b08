"""one lifecycle: a lease for every job, typed reasons and journal lines, counts kept with the logs

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# the values of domain.enums, as they are stored (a migration never imports the code it migrates)
_SENT, _FAILED = 2, 3
_SOFT = 1


def upgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.alter_column("send_owner", new_column_name="lease_owner", existing_type=sa.String(length=200))
        batch.alter_column("send_heartbeat_at", new_column_name="lease_heartbeat_at", existing_type=sa.DateTime())
        batch.add_column(sa.Column("lease_job", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reason", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("feedback_clock", sa.JSON(), nullable=True))
    with op.batch_alter_table("delivery_log") as batch:
        batch.add_column(sa.Column("retry_claim", sa.String(length=200), nullable=True))
    with op.batch_alter_table("journal_entry") as batch:
        batch.add_column(sa.Column("code", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("args", sa.JSON(), nullable=True))
    op.create_table(
        "delivery_count",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("failure_type", sa.Integer(), nullable=False),
        sa.Column("retrying", sa.Boolean(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delivery_id", "status", "failure_type", "retrying"),
    )
    bind = op.get_bind()
    mode = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'reporting_mode'")).scalar()
    if isinstance(mode, str):  # SQLite hands the stored JSON back as text
        mode = json.loads(mode)
    if not mode:  # relay reporting: a soft failure being retried shows as Sent, as a soft bounce does
        bind.execute(sa.text(
            f"UPDATE delivery_log SET status = {_SENT} WHERE status = {_FAILED} AND failure_type = {_SOFT} "
            "AND next_retry_at IS NOT NULL"))
    bind.execute(sa.text(
        "INSERT INTO delivery_count (delivery_id, status, failure_type, retrying, count) "
        "SELECT delivery_id, status, failure_type, next_retry_at IS NOT NULL, count(*) FROM delivery_log "
        "GROUP BY delivery_id, status, failure_type, next_retry_at IS NOT NULL"))


def downgrade() -> None:
    op.drop_table("delivery_count")
    with op.batch_alter_table("journal_entry") as batch:
        batch.drop_column("args")
        batch.drop_column("code")
    with op.batch_alter_table("delivery_log") as batch:
        batch.drop_column("retry_claim")
    with op.batch_alter_table("delivery") as batch:
        batch.drop_column("feedback_clock")
        batch.drop_column("reason")
        batch.drop_column("lease_job")
        batch.alter_column("lease_heartbeat_at", new_column_name="send_heartbeat_at", existing_type=sa.DateTime())
        batch.alter_column("lease_owner", new_column_name="send_owner", existing_type=sa.String(length=200))
