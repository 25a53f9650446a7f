"""``GET /api/batches/{id}/results`` filters in SQL on a 2,000-row batch (SQLite and PostgreSQL):
the right rows in input order, paging, Cyrillic case-insensitive organisation search; and the
migration that adds the filter columns fills them for results written before it."""

from __future__ import annotations

import contextlib
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from evidence.models import BatchItem, ItemResult, Verdict
from evidence.store import dispose_engines, get_engine, repo
from evidence.store.db import _alembic_config, _create_engine
from evidence.store.decisions import set_decision
from evidence.web.state import database_url
from tests.web.conftest import REGIONAL_TOKEN, live_app
from tests.workers.conftest import PG_ADMIN, pg_url, sqlite_url  # noqa: F401  (fixtures)

ROWS = 2000
CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "3.1", "3.2", "4.1"]


def _org(position: int) -> str:
    n = position % 50
    return f"МБОУ «Гимназия № {n}»" if n % 5 == 0 else f"МБОУ СОШ № {n}"


def _row(position: int) -> int:
    return position * 7919 % ROWS + 1  # a permutation: input order is not row order


def _batch() -> tuple[list[BatchItem], list[ItemResult]]:
    items, results = [], []
    for i in range(ROWS):
        org, code, row = _org(i), CODES[i % len(CODES)], _row(i)
        items.append(BatchItem(row=row, org=org, criterion=code, url=f"https://s{i}.ru/d.pdf"))
        results.append(
            ItemResult(
                row=row, org=org, criterion=code, url=f"https://s{i}.ru/d.pdf", final_url=None,
                verdict=Verdict.OK if i % 3 else Verdict.WRONG_YEAR,
                flags=["needs_review"] if i % 10 == 0 else [],
                doc_kind=None, doc_date=None, doc_number=None, message="", evidence=None,
            )
        )  # fmt: skip
    return items, results


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url"))


def _median_ms(get: Callable[[], Any], times: int = 15) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        get()
        spent.append((time.perf_counter() - start) * 1000)
    return statistics.median(spent)


def test_filters_on_a_2000_row_batch_return_the_right_rows(
    db_url: str, app_settings: Callable[..., Any]
) -> None:
    settings = app_settings().model_copy(update={"database_url": db_url})
    engine = get_engine(database_url(settings))
    items, results = _batch()
    batch_id = repo.create_batch(engine, items, {"year": 2024}, year=2024)
    repo.save_results(engine, batch_id, results)
    overruled = [_row(7), _row(3), _row(1999)]
    for row in overruled:
        set_decision(engine, batch_id, row, "overrule", "документ найден", "анна")

    def expect(keep: Callable[[int], bool]) -> list[int]:
        return [_row(i) for i in range(ROWS) if keep(i)]

    import httpx

    with live_app(settings) as base, httpx.Client(
        base_url=base, headers={"Authorization": f"Bearer {REGIONAL_TOKEN}"}, timeout=30,
        trust_env=False,
    ) as client:  # fmt: skip
        path = f"/api/batches/{batch_id}/results"

        def rows(**params: Any) -> tuple[list[int], int]:
            got = client.get(path, params={"per_page": 1000, **params})
            assert got.status_code == 200, got.text
            body = got.json()
            return [item["row"] for item in body["items"]], body["total"]

        # «гимназия» in lower case finds «Гимназия» (Cyrillic case folding, not only ASCII).
        gymnasia = expect(lambda i: i % 5 == 0)
        assert rows(org="гимназия") == (gymnasia, 400)
        assert rows(org="гимназия", criterion="1.3") == (
            expect(lambda i: i % 5 == 0 and CODES[i % 8] == "1.3"),
            50,
        )
        assert rows(criterion="2.1", verdict="wrong_year") == (
            expect(lambda i: CODES[i % 8] == "2.1" and i % 3 == 0),
            83,  # i ≡ 4 (mod 8) and i ≡ 0 (mod 3): i ≡ 12 (mod 24), 12…1980
        )
        flagged = expect(lambda i: i % 10 == 0 and CODES[i % 8] == "1.1")
        assert rows(flag="needs_review", criterion="1.1") == (flagged, len(flagged))
        assert rows(decision="overrule") == (
            sorted(overruled, key=[_row(i) for i in range(ROWS)].index),
            3,
        )
        assert rows(decision="none")[1] == ROWS - 3
        assert rows(org="%") == ([], 0)  # a wildcard is a character, not «everything»

        # Paging: page 3 of 100 is positions 200–299, whatever the row numbers.
        third = client.get(path, params={"per_page": 100, "page": 3}).json()
        assert [item["row"] for item in third["items"]] == [_row(i) for i in range(200, 300)]
        assert (third["total"], third["pages"]) == (ROWS, 20)
        assert third["items"][0]["org"] == _org(200) and third["items"][0]["decision"] is None

        filtered = _median_ms(
            lambda: client.get(
                path, params={"org": "гимназия", "criterion": "1.3", "per_page": 100}
            )
        )
        page = _median_ms(lambda: client.get(path, params={"per_page": 100, "page": 15}))
        flag = _median_ms(
            lambda: client.get(path, params={"flag": "needs_review", "per_page": 100})
        )
        full = _median_ms(lambda: client.get(path, params={"per_page": 1000}), times=5)
    print(
        f"\n{engine.dialect.name}, {ROWS} rows: page of 100 filtered by org+criterion "
        f"{filtered:.0f} ms, page 15 of 100 unfiltered {page:.0f} ms, flag filter {flag:.0f} ms, "
        f"page of 1000 {full:.0f} ms (medians)"
    )


@contextlib.contextmanager
def _fresh_database(kind: str, tmp_url: str) -> Iterator[str]:
    if kind == "sqlite":
        yield tmp_url
        return
    name = f"evidence_mig_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        dispose_engines()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_migration_fills_the_filter_columns_of_older_results(
    kind: str,
    sqlite_url: str,  # noqa: F811  (the fixture imported above)
    request: pytest.FixtureRequest,
) -> None:
    if kind == "postgresql":
        request.getfixturevalue("services")
    with _fresh_database(kind, sqlite_url) as url:
        engine = _create_engine(url)
        try:
            with engine.connect() as conn:  # the schema as it was before 0005
                command.upgrade(_alembic_config(conn), "0004_login_attempts")
                conn.commit()
            with engine.begin() as conn:
                conn.execute(
                    sa.text(
                        "INSERT INTO batches (id, created_at, year, status, total, config, source) "
                        "VALUES ('b1', 0, 2024, 'done', 1, '{}', '')"
                    )
                )
                conn.execute(
                    sa.text(
                        "INSERT INTO results (batch_id, row, verdict, data, written_at, writes) "
                        "VALUES ('b1', 2, 'ok', :data, 0, 1)"
                    ),
                    {"data": '{"org": "МБОУ «Гимназия № 5»", "criterion": "1.3"}'},
                )
            with engine.connect() as conn:
                command.upgrade(_alembic_config(conn), "head")
                conn.commit()
            with engine.connect() as conn:
                filled = conn.execute(sa.text("SELECT org_fold, criterion FROM results")).one()
            assert tuple(filled) == ("мбоу «гимназия № 5»", "1.3")
        finally:
            engine.dispose()
