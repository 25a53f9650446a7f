"""report.html in a real browser (headless Chromium): filters and search work for reviewers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence.models import BatchItem, ItemResult, Verdict
from evidence.reports import write_reports
from tests.support.browser import chromium, needs_browser

pytestmark = needs_browser


def _result(row: int, org: str, verdict: Verdict, message: str) -> ItemResult:
    return ItemResult(
        row=row,
        org=org,
        criterion="1.1",
        url=f"https://s{row}.ru/p.pdf",
        final_url=None,
        verdict=verdict,
        flags=[],
        doc_kind=None,
        doc_date=None,
        doc_number=None,
        message=message,
        evidence=None,
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    driver = chromium()
    yield driver
    driver.quit()


def test_reviewer_filters_problems_and_searches(tmp_path: Path, browser: object) -> None:
    from selenium.webdriver.common.by import By

    results = [
        _result(1, "Школа № 1", Verdict.OK, "Документ подтверждает критерий."),
        _result(2, "Школа № 1", Verdict.HTTP_ERROR, "Сервер ответил 404."),
        _result(3, "Гимназия № 2", Verdict.WEB_PAGE, "Ссылка ведёт на страницу сайта."),
    ]
    items = [BatchItem(row=r.row, org=r.org, criterion=r.criterion, url=r.url) for r in results]
    write_reports(tmp_path, items, results, year=2024, findings=[])
    driver = browser
    driver.get((tmp_path / "report.html").as_uri())  # type: ignore[attr-defined]

    def visible_rows() -> list[str]:
        rows = driver.find_elements(By.CSS_SELECTOR, "tr.row")  # type: ignore[attr-defined]
        return [r.get_attribute("data-v") for r in rows if r.is_displayed()]

    assert visible_rows() == ["ok", "http_error", "web_page"]
    driver.find_element(By.CSS_SELECTOR, "button[data-f='problems']").click()  # type: ignore[attr-defined]
    assert visible_rows() == ["http_error", "web_page"]
    search = driver.find_element(By.ID, "q")  # type: ignore[attr-defined]
    search.send_keys("гимназия")
    assert visible_rows() == ["web_page"]
    sections = driver.find_elements(By.CSS_SELECTOR, "section.org")  # type: ignore[attr-defined]
    assert [s.is_displayed() for s in sections] == [False, True]
