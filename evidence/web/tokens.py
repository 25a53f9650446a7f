"""API tokens: regional ones from ``EVIDENCE_API_TOKENS``, municipal and regional ones in the
database (``evidence-check tokens add``), stored as sha256 only and compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from evidence.store.models import ApiToken


@dataclass(frozen=True)
class Principal:
    """Who calls: ``municipality`` None means regional (sees every municipality)."""

    name: str
    municipality: str | None
    subject: str  # stable id for idempotency keys and rate limits

    @property
    def regional(self) -> bool:
        return self.municipality is None


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str
    municipality: str | None
    created_at: float
    revoked_at: float | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return "ev_" + secrets.token_urlsafe(32)


def add_token(engine: Engine, name: str, municipality: str | None = None) -> str:
    """Create a token; returns it (shown once — only its hash is kept)."""
    token = new_token()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(ApiToken).values(
                name=name[:255],
                municipality=municipality or None,
                token_hash=token_hash(token),
                created_at=time.time(),
            )
        )
    return token


def list_tokens(engine: Engine) -> list[TokenInfo]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(
                ApiToken.id,
                ApiToken.name,
                ApiToken.municipality,
                ApiToken.created_at,
                ApiToken.revoked_at,
            ).order_by(ApiToken.id)
        ).all()
    return [TokenInfo(*row) for row in rows]


def revoke_token(engine: Engine, name_or_id: str) -> int:
    """Revoke the live tokens with this name (or id); returns how many."""
    cond = ApiToken.name == name_or_id
    if name_or_id.isdigit():
        cond = sa.or_(cond, ApiToken.id == int(name_or_id))
    with engine.begin() as conn:
        res = conn.execute(
            sa.update(ApiToken)
            .where(cond, ApiToken.revoked_at.is_(None))
            .values(revoked_at=time.time())
        )
    return int(res.rowcount or 0)


def env_tokens(raw: str) -> list[str]:
    return [t.strip() for t in raw.split(",") if t.strip()]


def authenticate(engine: Engine, token: str, regional_tokens: list[str]) -> Principal | None:
    """The principal of a bearer token, or None. Hashes are compared with ``hmac.compare_digest``
    (every configured token is compared, so timing tells nothing about which one is close)."""
    if not token:
        return None
    digest = token_hash(token)
    found: Principal | None = None
    for configured in regional_tokens:
        if hmac.compare_digest(digest, token_hash(configured)):
            found = Principal("env", None, "env:" + digest[:16])
    if found is not None:
        return found
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(ApiToken.id, ApiToken.name, ApiToken.municipality, ApiToken.token_hash).where(
                ApiToken.token_hash == digest, ApiToken.revoked_at.is_(None)
            )
        ).first()
    if row is None or not hmac.compare_digest(digest, row.token_hash):
        return None
    return Principal(row.name, row.municipality, f"db:{row.id}")
