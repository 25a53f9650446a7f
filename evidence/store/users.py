"""Workspace accounts and their sessions.

Passwords are hashed with argon2 (argon2-cffi); a session is a random token in an HttpOnly
cookie, stored as its SHA-256 with the CSRF token bound to it, so logging out (or deleting the
row) ends it on the server. A user of a municipality sees only that municipality's batches; a
user without one is regional and sees all.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine

from evidence.errors import StoreError
from evidence.store.models import Session, User

ROLES: dict[str, str] = {"reviewer": "проверяющий", "coordinator": "координатор"}
SESSION_SECONDS = 12 * 3600
MIN_PASSWORD = 8

_hasher = PasswordHasher()
# Verified when the name is unknown, so that a wrong name costs the same time as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str
    municipality: str | None

    @property
    def regional(self) -> bool:
        return self.municipality is None

    @property
    def role_title(self) -> str:
        return ROLES.get(self.role, self.role)

    def can_see(self, municipality: str | None) -> bool:
        """Whether a batch of ``municipality`` (None: a regional batch) is visible to this user."""
        return self.regional or municipality == self.municipality


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_user(
    engine: Engine, name: str, password: str, role: str, municipality: str | None = None
) -> UserInfo:
    """Create an account; ``StoreError`` (Russian) for a taken name, a bad role or password."""
    name = name.strip()
    if not name or len(name) > 255:
        raise StoreError("Имя пользователя должно быть от 1 до 255 символов")
    if role not in ROLES:
        raise StoreError(f"Роль «{role}» неизвестна: допустимы {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise StoreError(f"Пароль короче {MIN_PASSWORD} символов")
    with engine.begin() as conn:
        if conn.execute(sa.select(User.id).where(User.name == name)).first() is not None:
            raise StoreError(f"Пользователь «{name}» уже есть")
        user_id = conn.execute(
            sa.insert(User)
            .values(
                name=name,
                role=role,
                municipality=(municipality or "").strip() or None,
                password_hash=_hasher.hash(password),
                created_at=time.time(),
            )
            .returning(User.id)
        ).scalar_one()
    return UserInfo(int(user_id), name, role, (municipality or "").strip() or None)


def list_users(engine: Engine) -> list[UserInfo]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(User.id, User.name, User.role, User.municipality).order_by(User.name)
        ).all()
    return [UserInfo(*row) for row in rows]


def authenticate(engine: Engine, name: str, password: str) -> UserInfo | None:
    """The user whose name and password these are, or None (same cost either way)."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(User.id, User.name, User.role, User.municipality, User.password_hash).where(
                User.name == name.strip()
            )
        ).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    return UserInfo(row.id, row.name, row.role, row.municipality)


def start_session(engine: Engine, user: UserInfo) -> tuple[str, str]:
    """A new session of ``user``: (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = time.time()
    with engine.begin() as conn:
        conn.execute(sa.delete(Session).where(Session.expires_at < now))
        conn.execute(
            sa.insert(Session).values(
                token_hash=_token_hash(token),
                user_id=user.id,
                csrf=csrf,
                created_at=now,
                expires_at=now + SESSION_SECONDS,
            )
        )
    return token, csrf


def session_user(engine: Engine, token: str) -> tuple[UserInfo, str] | None:
    """The user and CSRF token of a live session, or None."""
    if not token:
        return None
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(User.id, User.name, User.role, User.municipality, Session.csrf)
            .join(Session, Session.user_id == User.id)
            .where(Session.token_hash == _token_hash(token), Session.expires_at > time.time())
        ).first()
    if row is None:
        return None
    return UserInfo(row.id, row.name, row.role, row.municipality), row.csrf


def end_session(engine: Engine, token: str) -> None:
    with engine.begin() as conn:
        conn.execute(sa.delete(Session).where(Session.token_hash == _token_hash(token)))
