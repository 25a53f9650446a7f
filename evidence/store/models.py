"""Tables of the results database (SQLite by default, PostgreSQL for a shared deployment).

    batches      one queued batch: the year, the check configuration, its state
    items        one input row of a batch: the row as typed, where it is in its life
                 (queued → running → done, or cancelled), the worker's lease
    results      the ItemResult of a row, unique (batch_id, row): a retried or duplicated
                 task overwrites its own row, never adds one
    link_results one line per link of a row, unique (batch_id, row, idx)
    documents    metadata of every fetched document body, keyed by its sha256
    users, sessions, decisions  the reviewer workspace (0003_workspace)
    login_attempts  failed workspace logins, for throttling (0004_login_attempts)

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
    # 0002_api: the owner (NULL = regional), the portal's callback, when work began.
    municipality: Mapped[str | None] = mapped_column(sa.String(255), index=True)
    callback_url: Mapped[str | None] = mapped_column(sa.Text)
    callback_sent_at: Mapped[float | None] = mapped_column(Seconds)
    started_at: Mapped[float | None] = mapped_column(Seconds)
    previous_batch: Mapped[str | None] = mapped_column(sa.String(32))
    submitted_by: Mapped[str | None] = mapped_column(sa.String(255))


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
    __table_args__ = (
        sa.UniqueConstraint("batch_id", "row", name="uq_results_batch_row"),
        sa.Index("ix_results_batch_criterion", "batch_id", "criterion"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    row: Mapped[int] = mapped_column(sa.Integer)
    verdict: Mapped[str] = mapped_column(sa.String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)  # ItemResult.to_dict()
    written_at: Mapped[float] = mapped_column(Seconds)
    writes: Mapped[int] = mapped_column(sa.Integer, default=1)
    # 0005_results_columns: copies of data's fields for filters in SQL (the API's results):
    # the organisation casefolded (Cyrillic too, which SQL's lower() may not fold), the code.
    org_fold: Mapped[str] = mapped_column(sa.Text, default="", server_default="")
    criterion: Mapped[str] = mapped_column(sa.String(64), default="", server_default="")


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


class ApiToken(Base):
    """A token of the HTTP API; only its sha256 is stored."""

    __tablename__ = "api_tokens"
    __table_args__ = (sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(sa.String(255))
    municipality: Mapped[str | None] = mapped_column(sa.String(255))
    token_hash: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[float] = mapped_column(Seconds)
    revoked_at: Mapped[float | None] = mapped_column(Seconds)


class IdempotencyKey(Base):
    """An ``Idempotency-Key`` of a submit: the same key of the same subject → the same batch."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (
        sa.UniqueConstraint("subject", "key", name="uq_idempotency_keys_subject_key"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(sa.String(255))
    key: Mapped[str] = mapped_column(sa.String(255))
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    request_hash: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[float] = mapped_column(Seconds)


class Check(Base):
    """One link checked through ``POST /api/checks``: a one-row batch and its cache key."""

    __tablename__ = "checks"

    id: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    cache_key: Mapped[str] = mapped_column(sa.String(64), index=True)
    url: Mapped[str] = mapped_column(sa.Text)
    criterion: Mapped[str] = mapped_column(sa.String(64))
    year: Mapped[int] = mapped_column(sa.Integer)
    org: Mapped[str | None] = mapped_column(sa.String(255))
    municipality: Mapped[str | None] = mapped_column(sa.String(255))
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    created_at: Mapped[float] = mapped_column(Seconds)


# ---- 0003_workspace: reviewers, their sessions and decisions ---------------------------------
class User(Base):
    """A workspace account; ``municipality`` NULL means regional (sees every batch)."""

    __tablename__ = "users"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_users_name"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(sa.String(255))
    role: Mapped[str] = mapped_column(sa.String(16))  # reviewer | coordinator
    municipality: Mapped[str | None] = mapped_column(sa.String(255))
    password_hash: Mapped[str] = mapped_column(sa.String(255))  # argon2
    created_at: Mapped[float] = mapped_column(Seconds)


class Session(Base):
    """A signed-in browser: only the sha256 of the cookie's token is stored."""

    __tablename__ = "sessions"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"))
    csrf: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[float] = mapped_column(Seconds)
    expires_at: Mapped[float] = mapped_column(Seconds)


class DecisionRow(Base):
    """Every decision ever taken (the audit trail); per row the latest ``active`` one wins.

    ``state``: ``active``, ``superseded`` (a later decision replaced it) or ``dropped`` (a
    carried-over decision whose document or verdict changed; ``dropped_reason`` says which).
    ``match_key`` finds the same row in a re-run: organisation + criterion (+ occurrence).
    """

    __tablename__ = "decisions"
    __table_args__ = (
        sa.Index("ix_decisions_batch_row", "batch_id", "row"),
        sa.Index("ix_decisions_match_key", "match_key"),
    )

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        sa.String(32), sa.ForeignKey("batches.id", ondelete="CASCADE")
    )
    row: Mapped[int] = mapped_column(sa.Integer)
    match_key: Mapped[str] = mapped_column(sa.String(512))
    action: Mapped[str] = mapped_column(sa.String(16))  # confirm | overrule | needs_fix
    comment: Mapped[str] = mapped_column(sa.Text)
    author: Mapped[str] = mapped_column(sa.String(255))
    decided_at: Mapped[float] = mapped_column(Seconds)
    sha256: Mapped[str | None] = mapped_column(sa.String(64))
    verdict: Mapped[str] = mapped_column(sa.String(32))
    carried_from: Mapped[str | None] = mapped_column(sa.String(32))
    state: Mapped[str] = mapped_column(sa.String(16))
    dropped_reason: Mapped[str | None] = mapped_column(sa.Text)


# ---- 0004_login_attempts: failed workspace logins, for throttling ----------------------------
class LoginAttempt(Base):
    """One failed login; ``subject`` is ``name:<user name>`` or ``addr:<client address>``."""

    __tablename__ = "login_attempts"
    __table_args__ = (sa.Index("ix_login_attempts_subject_at", "subject", "at"),)

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    subject: Mapped[str] = mapped_column(sa.String(300))
    at: Mapped[float] = mapped_column(Seconds)
