"""Alembic environment: migrates the connection the application hands in, or ``-x url=…``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from evidence.store.db import resolve_url
from evidence.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs table rebuilds for ALTER
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = resolve_url(context.get_x_argument(as_dictionary=True).get("url"))
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
