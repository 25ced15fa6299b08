"""the clock of every chart point: real time or the delivery's simulated time

A delivery's chart mixed two time lines: Compute stats stored a point at real time
among the points a demo's feedback stored in simulated time (days ahead), which drew a
V. Each sample now says which clock its time is on, so that readers keep one time line
per delivery and the chart can say which one it shows.

Existing rows: a delivery that has a simulated clock record (``delivery.feedback_clock``)
was followed in simulated time, and its send-phase points, taken in real time before the
clock started where real time stood, lie on that same line; every other row is real time.

Revision ID: 0010_sample_clock
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_sample_clock"
down_revision = "0009"
branch_labels = None
depends_on = None

# the values of domain.enums.SampleClock, as stored (a migration never imports the code it migrates)
_REAL, _SIMULATED = 0, 1


def upgrade() -> None:
    with op.batch_alter_table("indicator_sample") as batch:
        batch.add_column(sa.Column("clock", sa.Integer(), nullable=False, server_default=str(_REAL)))
    op.get_bind().execute(sa.text(
        f"UPDATE indicator_sample SET clock = {_SIMULATED} WHERE delivery_id IN "
        "(SELECT id FROM delivery WHERE feedback_clock IS NOT NULL "
        # a JSON null, as the ORM may write for None, is no clock either
        "AND CAST(feedback_clock AS TEXT) <> 'null')"))


def downgrade() -> None:
    with op.batch_alter_table("indicator_sample") as batch:
        batch.drop_column("clock")
