"""Tables of the results database (SQLite by default, PostgreSQL for a shared deployment).

    batches      one queued batch: the year, the check configuration, its state
    items        one input row of a batch: the row as typed, where it is in its life
                 (queued → running → done, or cancelled), the worker's lease
    results      the ItemResult of a row, unique (batch_id, row): a retried or duplicated
                 task overwrites its own row, never adds one
    link_results one line per link of a row, unique (batch_id, row, idx)
    documents    metadata of every fetched document body, keyed by its sha256

Times are POSIX seconds (float) so that SQLite and PostgreSQL compare them the same way.
A schema change is a change here plus a revision in ``migrations/versions``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
Seconds = sa.Float(precision=53)

# Item states.
QUEUED = "queued"
RUNNING = "running"
DONE = "done"
CANCELLED = "cancelled"

# Batch states.
BATCH_RUNNING = "running"
BATCH_DONE = "done"
BATCH_CANCELLED = "cancelled"


class Base(DeclarativeBase):
    metadata = sa.MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Batch(Base):
    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    created_at: Mapped[float] = mapped_column(Seconds)
    finished_at: Mapped[float | None] = mapped_column(Seconds)
    year: Mapped[int] = mapped_column(sa.Integer)
    status: Mapped[str] = mapped_column(sa.String(16), index=True)
    total: Mapped[int] = mapped_column(sa.Integer)
    config: Mapped[dict[str, Any]] = mapped_column(JSONType)
    source: Mapped[str] = mapped_column(sa.String(1024), default="")


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        sa.UniqueConstraint("batch_id", "row", name="uq_items_batch_row"),
        sa.Index("ix_items_batch_status", "batch_id", "status"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    row: Mapped[int] = mapped_column(sa.Integer)
    position: Mapped[int] = mapped_column(sa.Integer)  # index in the input, for input order
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # BatchItem.to_dict()
    status: Mapped[str] = mapped_column(sa.String(16))
    queue: Mapped[str] = mapped_column(sa.String(16))
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    queued_at: Mapped[float] = mapped_column(Seconds)
    started_at: Mapped[float | None] = mapped_column(Seconds)
    lease_until: Mapped[float | None] = mapped_column(Seconds)
    worker: Mapped[str | None] = mapped_column(sa.String(255))


class Result(Base):
    __tablename__ = "results"
    __table_args__ = (sa.UniqueConstraint("batch_id", "row", name="uq_results_batch_row"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    row: Mapped[int] = mapped_column(sa.Integer)
    verdict: Mapped[str] = mapped_column(sa.String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # ItemResult.to_dict()
    written_at: Mapped[float] = mapped_column(Seconds)
    writes: Mapped[int] = mapped_column(sa.Integer, default=1)


class LinkRow(Base):
    __tablename__ = "link_results"
    __table_args__ = (
        sa.UniqueConstraint("batch_id", "row", "idx", name="uq_link_results_batch_row_idx"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    row: Mapped[int] = mapped_column(sa.Integer)
    idx: Mapped[int] = mapped_column(sa.Integer)
    url: Mapped[str] = mapped_column(sa.Text)
    final_url: Mapped[str | None] = mapped_column(sa.Text)
    verdict: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[int | None] = mapped_column(sa.Integer)
    file_kind: Mapped[str | None] = mapped_column(sa.String(16))
    doc_kind: Mapped[str | None] = mapped_column(sa.String(16))
    doc_date: Mapped[str | None] = mapped_column(sa.String(10))
    sha256: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    message: Mapped[str] = mapped_column(sa.Text, default="")


class Document(Base):
    __tablename__ = "documents"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int | None] = mapped_column(sa.BigInteger)
    kind: Mapped[str | None] = mapped_column(sa.String(16))
    content_type: Mapped[str | None] = mapped_column(sa.String(255))
    final_url: Mapped[str | None] = mapped_column(sa.Text)
    first_seen_at: Mapped[float] = mapped_column(Seconds)
