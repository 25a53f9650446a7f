"""Results: the organisation (casefolded) and the criterion as columns, so that the API filters
a batch's results in SQL and reads only the page it answers; backfilled from ``data``.

Revision ID: 0005_results_columns
Revises: 0004_login_attempts
Create Date: 2026-11-29 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0005_results_columns"
down_revision = "0004_login_attempts"
branch_labels = None
depends_on = None

_CHUNK = 2000


def upgrade() -> None:
    with op.batch_alter_table("results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("org_fold", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("criterion", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.create_index("ix_results_batch_criterion", ["batch_id", "criterion"], unique=False)
    _backfill()


def _backfill() -> None:
    """Fill the new columns from ``data`` (the same values ``repo.save_results`` writes)."""
    from evidence.store.repo import result_columns

    results = sa.table(
        "results",
        sa.column("id", sa.Integer()),
        sa.column("data", sa.JSON().with_variant(JSONB(), "postgresql")),
        sa.column("org_fold", sa.Text()),
        sa.column("criterion", sa.String()),
    )
    bind = op.get_bind()
    last = 0
    while True:
        chunk = bind.execute(
            sa.select(results.c.id, results.c.data)
            .where(results.c.id > last)
            .order_by(results.c.id)
            .limit(_CHUNK)
        ).all()
        if not chunk:
            return
        bind.execute(
            sa.update(results).where(results.c.id == sa.bindparam("rid")),
            [
                {
                    "rid": rid,
                    **result_columns((data or {}).get("org"), (data or {}).get("criterion")),
                }
                for rid, data in chunk
            ],
        )
        last = chunk[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("results", schema=None) as batch_op:
        batch_op.drop_index("ix_results_batch_criterion")
        batch_op.drop_column("criterion")
        batch_op.drop_column("org_fold")
