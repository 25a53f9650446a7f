"""The HTTP API: batch owner and callback, API tokens, idempotency keys, single-link checks.

Revision ID: 0002_api
Revises: 0001
Create Date: 2026-11-29 19:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_api"
down_revision = "0001"
branch_labels = None
depends_on = None

Seconds = sa.Float(precision=53)


def upgrade() -> None:
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("municipality", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("callback_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("callback_sent_at", Seconds, nullable=True))
        batch_op.add_column(sa.Column("started_at", Seconds, nullable=True))
        batch_op.add_column(sa.Column("previous_batch", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("submitted_by", sa.String(length=255), nullable=True))
        batch_op.create_index(batch_op.f("ix_batches_municipality"), ["municipality"], unique=False)

    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("municipality", sa.String(length=255), nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", Seconds, nullable=False),
        sa.Column("revoked_at", Seconds, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
    )

    op.create_table(
        "idempotency_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", Seconds, nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batches.id"],
            name=op.f("fk_idempotency_keys_batch_id_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_idempotency_keys")),
        sa.UniqueConstraint("subject", "key", name="uq_idempotency_keys_subject_key"),
    )

    op.create_table(
        "checks",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("cache_key", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("criterion", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("org", sa.String(length=255), nullable=True),
        sa.Column("municipality", sa.String(length=255), nullable=True),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", Seconds, nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batches.id"],
            name=op.f("fk_checks_batch_id_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checks")),
    )
    with op.batch_alter_table("checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checks_cache_key"), ["cache_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checks_cache_key"))
    op.drop_table("checks")
    op.drop_table("idempotency_keys")
    op.drop_table("api_tokens")
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batches_municipality"))
        batch_op.drop_column("submitted_by")
        batch_op.drop_column("previous_batch")
        batch_op.drop_column("started_at")
        batch_op.drop_column("callback_sent_at")
        batch_op.drop_column("callback_url")
        batch_op.drop_column("municipality")
