"""The results database: migrations on first use, both back-ends, batch bookkeeping."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from typer.testing import CliRunner

from evidence.models import BatchItem
from evidence.store import get_engine, repo
from evidence.store.db import current_revision, head_revision, resolve_url
from evidence.store.models import Base


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


def test_first_use_migrates_to_the_models(db_url: str) -> None:
    engine = get_engine(db_url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []  # the migrations build exactly the tables the code declares


def test_postgres_urls_use_psycopg_and_the_default_is_a_file() -> None:
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url(None).startswith("sqlite:///")
    assert resolve_url(None).endswith("/.local/share/evidence-check/evidence.sqlite3")


def test_cancel_and_resume_bookkeeping(db_url: str) -> None:
    engine = get_engine(db_url)
    items = [BatchItem(row=r, org="Школа", criterion="1.1", url=f"http://x/{r}") for r in (1, 2, 3)]
    batch_id = repo.create_batch(engine, items, {"year": 2024}, year=2024)
    assert repo.claim_item(engine, batch_id, 1, lease_seconds=30, worker="w")[0] == "run"
    assert repo.cancel_batch(engine, batch_id) == 3
    assert repo.claim_item(engine, batch_id, 2, lease_seconds=30, worker="w")[0] == "cancelled"
    pending = repo.resume_batch(engine, batch_id)
    assert [p.row for p in pending] == [1, 2, 3]
    state = repo.progress(engine, batch_id)
    assert (state.status, state.queued) == ("running", 3)
    assert repo.claim_item(engine, batch_id, 2, lease_seconds=30, worker="w") == ("run", 1)


def test_expired_leases_and_lost_messages_are_found(sqlite_url: str) -> None:
    engine = get_engine(sqlite_url)
    items = [BatchItem(row=r, org="Школа", criterion="1.1", url="u") for r in (1, 2, 3)]
    batch_id = repo.create_batch(engine, items, {"year": 2024}, year=2024)
    repo.claim_item(engine, batch_id, 1, lease_seconds=-1, worker="dead")  # lease already over
    repo.claim_item(engine, batch_id, 2, lease_seconds=600, worker="alive")
    with engine.connect() as conn:
        now = conn.execute(
            sa.select(sa.func.max(sa.column("queued_at"))).select_from(
                sa.table("items", sa.column("queued_at"))
            )
        ).scalar_one()
    running_only = repo.stale_items(engine, batch_id, now=now + 1, queued_before=None)
    assert [p.row for p in running_only] == [1]
    with_queued = repo.stale_items(engine, batch_id, now=now + 1, queued_before=now + 1)
    assert [p.row for p in with_queued] == [1, 3]


def test_status_of_an_unknown_batch_is_a_russian_error(sqlite_url: str) -> None:
    from evidence.cli import app

    res = CliRunner().invoke(app, ["status", "nope", "--db", sqlite_url])
    assert res.exit_code == 2
    assert "не найден" in res.output
