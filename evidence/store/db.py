"""Opening the results database: URL resolution, one engine per process, migrations on first use."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine, make_url

from evidence.errors import StoreError

PACKAGE_DIR = Path(__file__).resolve().parent
ALEMBIC_INI = PACKAGE_DIR / "alembic.ini"
DEFAULT_SQLITE = Path.home() / ".local" / "share" / "evidence-check" / "evidence.sqlite3"
_PG_LOCK_KEY = 7_240_355_017  # pg_advisory_lock key held while migrating

_engines: dict[tuple[int, str], Engine] = {}
_lock = threading.Lock()


def resolve_url(url: str | None) -> str:
    """The database URL to use: the given one, else the embedded SQLite file.

    ``postgresql://`` and ``postgres://`` mean the installed psycopg 3 driver.
    """
    if not url:
        return f"sqlite:///{DEFAULT_SQLITE}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def safe_url(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<?>"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
    dbapi_conn.isolation_level = None  # transactions are begun by the "begin" listener


def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` in this process (engines never cross a fork), schema at head."""
    resolved = resolve_url(url)
    key = (os.getpid(), resolved)
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _create_engine(resolved)
            upgrade(engine)
            _engines[key] = engine
        return engine


def dispose_engines() -> None:
    """Forget the engines of this process (after a fork, or at the end of tests)."""
    with _lock:
        for (pid, _), engine in list(_engines.items()):
            engine.dispose(close=pid == os.getpid())
        _engines.clear()


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(url, connect_args={"timeout": 60})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
            # Take the write lock at BEGIN so that concurrent writers (worker processes) wait
            # for each other instead of failing on lock upgrade.
            sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
            return engine
        return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    except Exception as exc:  # bad URL, missing driver
        raise StoreError(f"База результатов недоступна ({safe_url(url)}): {exc}") from exc


def _alembic_config(connection: sa.Connection) -> Config:
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(PACKAGE_DIR / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(PACKAGE_DIR / "migrations"))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Serialise migrations of several processes starting at once (workers on one host or many)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _PG_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_LOCK_KEY})
                conn.commit()
    elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        lock_path = Path(str(engine.url.database)).expanduser().with_suffix(".migrate.lock")
        with open(lock_path, "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
    else:
        yield


def upgrade(engine: Engine) -> None:
    """``alembic upgrade head`` unless the schema is already there."""
    try:
        head = head_revision()
        if current_revision(engine) == head:
            return
        with _migration_lock(engine), engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
            command.upgrade(_alembic_config(conn), "head")
            conn.commit()
    except StoreError:
        raise
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(
            f"База результатов недоступна ({safe_url(str(engine.url))}): {exc.__class__.__name__}"
        ) from exc
