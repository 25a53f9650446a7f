"""Failed workspace logins, kept briefly so that logins can be throttled across processes.

Revision ID: 0004_login_attempts
Revises: 0003_workspace
Create Date: 2026-11-29 20:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_login_attempts"
down_revision = "0003_workspace"
branch_labels = None
depends_on = None

Seconds = sa.Float(precision=53)


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("at", Seconds, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.create_index("ix_login_attempts_subject_at", ["subject", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_login_attempts_subject_at")
    op.drop_table("login_attempts")
