"""Decisions, carry-over, accounts and stored copies at the store level (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import Engine

from evidence.errors import StoreError
from evidence.models import BatchItem, ItemResult, LinkResult, Verdict
from evidence.reports import write_reports
from evidence.store import get_engine, repo
from evidence.store.blobs import BlobStore
from evidence.store.decisions import (
    DOCUMENT_CHANGED,
    VERDICT_CHANGED,
    Decision,
    apply_decisions,
    carry_over,
    decisions_for,
    history,
    set_decision,
)
from evidence.store.users import (
    add_user,
    authenticate,
    end_session,
    session_user,
    start_session,
)
from tests.workers.conftest import pg_url, services  # noqa: F401  (fixtures)

YEAR = 2024
_RUN = uuid.uuid4().hex


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    global _RUN
    _RUN = uuid.uuid4().hex
    if request.param == "sqlite":
        yield get_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    else:
        yield get_engine(request.getfixturevalue("pg_url"))


def _result(row: int, org: str, criterion: str, verdict: Verdict, body: bytes | None) -> ItemResult:
    sha = hashlib.sha256(body).hexdigest() if body is not None else None
    link = LinkResult(url=f"https://s.ru/{row}.pdf", verdict=verdict, message="…", sha256=sha)
    return ItemResult(
        row=row,
        org=org,
        criterion=criterion,
        url=link.url,
        final_url=link.url,
        verdict=verdict,
        flags=[],
        doc_kind=None,
        doc_date=None,
        doc_number=None,
        message="Сообщение проверки.",
        evidence=None,
        links=[link],
    )


def _batch(
    engine: Engine, results: list[ItemResult], municipality: str | None = None, year: int = YEAR
) -> str:
    """A finished batch; the municipality is unique per test (the PostgreSQL database is shared
    by the session, and carry-over looks for earlier batches of the same municipality)."""
    municipality = f"{municipality or 'Город'} {_RUN}"
    items = [BatchItem(r.row, r.org, r.criterion, r.url) for r in results]
    batch_id = repo.create_batch(
        engine, items, {"year": year}, year=year, meta={"municipality": municipality}
    )
    for result in results:
        repo.save_result(engine, batch_id, result)  # the last one finishes the batch
    return batch_id


def test_decisions_keep_an_audit_trail_and_the_latest_wins(engine: Engine) -> None:
    batch = _batch(engine, [_result(1, "Школа 1", "2.1", Verdict.OFF_TOPIC, b"agreement")])
    set_decision(engine, batch, 1, "confirm", "Соглашение о спорте", "анна")
    latest = set_decision(engine, batch, 1, "overrule", "  Есть допсоглашение  ", "борис")
    assert latest.comment == "Есть допсоглашение" and latest.verdict == "off_topic"
    assert decisions_for(engine, batch) == {1: latest}
    trail = history(engine, batch, 1)
    assert [(d.action, d.author) for d in trail] == [("confirm", "анна"), ("overrule", "борис")]
    with pytest.raises(ValueError, match="Неизвестное решение"):
        set_decision(engine, batch, 1, "approve", "", "анна")
    with pytest.raises(StoreError):
        set_decision(engine, batch, 99, "confirm", "", "анна")
    assert Decision.from_dict(latest.to_dict()) == latest


def test_a_rerun_keeps_unchanged_decisions_and_drops_changed_ones_visibly(engine: Engine) -> None:
    first = _batch(
        engine,
        [
            _result(1, "Школа 1", "1.1", Verdict.OK, b"order"),
            _result(2, "Школа 1", "2.1", Verdict.OFF_TOPIC, b"agreement"),
            _result(3, "Школа 2", "1.3", Verdict.WRONG_YEAR, b"order-2022"),
            _result(4, "Школа 2", "1.4", Verdict.WEB_PAGE, None),
        ],
    )
    set_decision(engine, first, 2, "overrule", "Соглашение о наставничестве", "анна")
    set_decision(engine, first, 3, "needs_fix", "Нужен приказ 2024 года", "анна")
    set_decision(engine, first, 4, "confirm", "", "анна")
    # The corrected batch: rows in another order (matched by org + criterion, not number),
    # Школа 2 uploaded a new order for 1.3, the page of 1.4 became a document.
    second = _batch(
        engine,
        [
            _result(1, "Школа 2", "1.4", Verdict.OK, b"spravka"),
            _result(2, "Школа 2", "1.3", Verdict.WRONG_YEAR, b"order-2023"),
            _result(3, "школа  1", "2.1", Verdict.OFF_TOPIC, b"agreement"),
            _result(4, "Школа 1", "1.1", Verdict.OK, b"order"),
        ],
    )
    carried = decisions_for(engine, second)  # carried over when the batch finished
    assert set(carried) == {1, 2, 3}
    assert carried[3].active and carried[3].action == "overrule"
    assert carried[3].carried_from == first and carried[3].author == "анна"
    assert carried[2].dropped == DOCUMENT_CHANGED and not carried[2].active
    assert carried[1].dropped == DOCUMENT_CHANGED  # no document before, one now
    assert 4 not in carried
    # Carrying again changes nothing; a third run carries from the second.
    assert carry_over(engine, second).kept == []
    third = _batch(
        engine,
        [
            _result(1, "Школа 1", "2.1", Verdict.WRONG_YEAR, b"agreement"),
            _result(2, "Школа 2", "1.3", Verdict.WRONG_YEAR, b"order-2023"),
        ],
    )
    again = decisions_for(engine, third)
    assert again[1].dropped == VERDICT_CHANGED
    assert 2 not in again  # the dropped notice of the second run is not a decision to carry


def test_carry_over_stays_within_the_municipality_and_the_year(engine: Engine) -> None:
    rows = [_result(1, "Школа 7", "2.1", Verdict.OFF_TOPIC, b"agreement-7")]
    source = _batch(engine, rows, municipality="Город А")
    set_decision(engine, source, 1, "overrule", "", "анна")
    assert decisions_for(engine, _batch(engine, rows, municipality="Город Б")) == {}
    assert decisions_for(engine, _batch(engine, rows, municipality="Город А", year=2025)) == {}
    assert decisions_for(engine, _batch(engine, rows, municipality="Город А"))[1].active


def test_each_row_takes_its_own_latest_decision_across_batches(engine: Engine) -> None:
    """Schools submitted separately: a later batch of another school does not hide this one's."""
    school_1 = [_result(1, "Школа 1", "2.1", Verdict.OFF_TOPIC, b"agreement-1")]
    school_2 = [_result(1, "Школа 2", "2.1", Verdict.OFF_TOPIC, b"agreement-2")]
    first = _batch(engine, school_1)
    set_decision(engine, first, 1, "overrule", "Школа 1: проверено", "анна")
    other = _batch(engine, school_2)
    set_decision(engine, other, 1, "confirm", "Школа 2: верно", "анна")
    both = _batch(engine, [*school_1, replace(school_2[0], row=2)])
    decided = decisions_for(engine, both)
    assert (decided[1].action, decided[1].carried_from) == ("overrule", first)
    assert (decided[2].action, decided[2].carried_from) == ("confirm", other)
    assert carry_over(engine, both).sources == []  # already carried: nothing new


def test_overruled_rows_count_as_ok_in_exports(tmp_path: Path) -> None:
    results = [
        _result(1, "Школа 1", "2.1", Verdict.OFF_TOPIC, b"a"),
        _result(2, "Школа 1", "1.3", Verdict.WRONG_YEAR, b"b"),
    ]
    overrule = Decision(
        1,
        "overrule",
        "Есть допсоглашение",
        "анна",
        "2026-11-29T10:00:00+00:00",
        None,
        "off_topic",
        None,
    )
    confirm = Decision(
        2, "confirm", "", "анна", "2026-11-29T10:00:00+00:00", None, "wrong_year", None
    )
    decided = apply_decisions(results, {1: overrule, 2: confirm})
    assert decided[0].verdict is Verdict.OK and "overruled" in decided[0].flags
    assert decided[1].verdict is Verdict.WRONG_YEAR
    items = [BatchItem(r.row, r.org, r.criterion, r.url) for r in results]
    meta = {"decisions": {1: overrule.to_dict(), 2: confirm.to_dict()}}
    write_reports(tmp_path, items, decided, year=YEAR, findings=[], meta=meta)
    sheet = load_workbook(tmp_path / "report.xlsx")["Результаты"]
    header = [c.value for c in sheet[1]]
    col = header.index("Решение проверяющего")
    first, second = list(sheet.iter_rows(min_row=2, values_only=True))[:2]
    assert first[header.index("Код вердикта")] == "ok"
    assert (
        "отклонено" in first[col] and "Не по теме" in first[col] and "допсоглашение" in first[col]
    )
    assert "вердикт отменён проверяющим" in first[header.index("Отметки")]
    assert second[col].startswith("замечание подтверждено")
    legend = [
        r[1] for r in load_workbook(tmp_path / "report.xlsx")["Справка"].iter_rows(values_only=True)
    ]
    assert "term_unknown" in legend and "meta_refresh" in legend


def test_accounts_hash_passwords_and_sessions_end(engine: Engine) -> None:
    user = add_user(engine, "анна", "пароль-анны-1", "reviewer", "Город А")
    with pytest.raises(StoreError, match="уже есть"):
        add_user(engine, "анна", "другой-пароль", "reviewer")
    with pytest.raises(StoreError, match="Роль"):
        add_user(engine, "борис", "пароль-бориса", "admin")
    assert authenticate(engine, "анна", "неверный-пароль") is None
    assert authenticate(engine, "никто", "пароль-анны-1") is None
    assert authenticate(engine, "анна", "пароль-анны-1") == user
    import sqlalchemy as sa

    from evidence.store.models import User

    with engine.connect() as conn:
        stored = conn.execute(sa.select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2") and "пароль" not in stored
    token, csrf = start_session(engine, user)
    assert session_user(engine, token) == (user, csrf)
    end_session(engine, token)
    assert session_user(engine, token) is None


def test_stored_copies_are_content_addressed_write_once_and_capped(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "documents", max_bytes=1000)
    sha = store.put(b"%PDF-1.4 body", content_type="application/pdf", filename="prikaz.pdf")
    assert sha == hashlib.sha256(b"%PDF-1.4 body").hexdigest()
    path = store.path(sha)
    assert path == tmp_path / "documents" / sha[:2] / sha[2:] and path.read_bytes().startswith(
        b"%PDF"
    )
    mtime = path.stat().st_mtime_ns
    assert store.put(b"%PDF-1.4 body", filename="other.pdf") == sha
    assert path.stat().st_mtime_ns == mtime and store.meta(sha).filename == "prikaz.pdf"  # type: ignore[union-attr]
    assert store.put(b"x" * 1001) is None and store.put(b"") is None
    assert store.path("../../etc/passwd") is None and store.path("0" * 64) is None
    assert not list((tmp_path / "documents").rglob(".tmp-*"))


def test_the_pipeline_keeps_fetched_documents_only_when_configured(tmp_path: Path) -> None:
    from config.settings import Settings
    from evidence.fetch import FetchConfig
    from evidence.pipeline import CheckConfig, Checker
    from tests.support.loopback import LoopbackServer
    from tests.workers.site import ORDER, text_doc

    body = ORDER.format(n=3).encode("utf-8")
    settings = Settings(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    assert CheckConfig.from_settings(settings, YEAR).documents_dir is None  # the CLI default
    kept = CheckConfig.from_settings(settings.model_copy(update={"keep_documents": True}), YEAR)
    assert kept.documents_dir == tmp_path / "data" / "documents"
    assert CheckConfig.from_dict(kept.to_dict()).documents_dir == kept.documents_dir
    fetch = FetchConfig(allow_private=True, probe_soft_404=False, retries=0)
    item = BatchItem(1, "Школа 3", "1.1", value="1")
    routes = {"/prikaz.txt": text_doc(ORDER.format(n=3)), "/other.txt": text_doc(ORDER.format(n=4))}
    with LoopbackServer(routes=routes) as site:
        item = replace(item, url=site.url("/prikaz.txt"))
        with Checker(replace(kept, fetch=fetch, cache_dir=tmp_path / "cache")) as checker:
            result = checker.check_item(item)
        with Checker(replace(kept, fetch=fetch, documents_dir=None)) as checker:
            other = checker.check_item(replace(item, url=site.url("/other.txt")))
    sha = result.links[0].sha256
    assert sha == hashlib.sha256(body).hexdigest()
    store = BlobStore(tmp_path / "data" / "documents", max_bytes=10**6)
    assert store.path(sha) is not None and store.path(sha).read_bytes() == body  # type: ignore[union-attr]
    assert store.meta(sha).final_url == site.url("/prikaz.txt")  # type: ignore[union-attr]
    assert other.links[0].sha256 and store.path(other.links[0].sha256) is None  # off: not kept
    assert len([p for p in (tmp_path / "data" / "documents").rglob("*") if p.is_file()]) == 2
