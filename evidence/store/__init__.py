"""The results database of the distributed mode: tables, migrations, repository functions.

``get_engine(url)`` opens the database (``None``: the embedded SQLite file under
``~/.local/share/evidence-check``) and brings its schema to the Alembic head on first use;
``evidence.store.repo`` holds the reads and writes, each one short transaction.
"""

from evidence.store.db import DEFAULT_SQLITE, dispose_engines, get_engine, resolve_url, safe_url

__all__ = ["DEFAULT_SQLITE", "dispose_engines", "get_engine", "resolve_url", "safe_url"]
