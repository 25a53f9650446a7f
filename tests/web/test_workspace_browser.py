"""The reviewer workspace in headless Chromium: log in, open a batch, filter to flagged rows,
open an organisation, overrule a flag with a comment, reload and see it persisted, download the
stored copy. Screenshots go to ``$EVIDENCE_TEST_ARTIFACTS`` (default ``tests/artifacts/``)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.browser import chromium, needs_browser
from tests.support.loopback import LoopbackServer, Response
from tests.web.workspace_support import (
    AGREEMENT_SPORT,
    PASSWORD,
    Workspace,
    serve_site,
    start_workspace,
)
from tests.workers.conftest import wait_for

pytestmark = [
    needs_browser,
    pytest.mark.slow,
]
ARTIFACTS = Path(
    os.environ.get("EVIDENCE_TEST_ARTIFACTS") or Path(__file__).resolve().parents[1] / "artifacts"
)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = chromium(downloads)
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def workspace(app_settings: Callable[..., Any]) -> Iterator[Workspace]:
    with LoopbackServer(host="127.0.0.82") as site:
        serve_site(site)
        yield from start_workspace(app_settings(), site)


def _shot(driver: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"workspace-{name}.png"))


def test_reviewer_overrules_a_flag_and_downloads_the_stored_copy(
    workspace: Workspace, browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    batch_id = workspace.submit(workspace.rows())
    workspace.user("анна", "reviewer")
    driver = browser

    driver.get(workspace.base + "/workspace/")
    assert "/workspace/login" in driver.current_url  # not signed in yet
    driver.find_element(By.ID, "name").send_keys("анна")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "#login button[type=submit]").click()
    _shot(driver, "1-batches")
    assert "анна" in driver.find_element(By.CSS_SELECTOR, "header .who").text
    driver.find_element(By.CSS_SELECTOR, f"tr.batch[data-id='{batch_id}'] a").click()

    # The overview: the chart, the organisations; then only the flagged rows.
    assert driver.find_elements(By.CSS_SELECTOR, "svg.chart rect.seg")
    all_rows = driver.find_elements(By.CSS_SELECTOR, "a.row.badge")
    assert len(all_rows) == 4
    driver.find_element(By.ID, "only-flagged").click()
    driver.find_element(By.ID, "apply").click()
    _shot(driver, "2-flagged")
    flagged = [
        e.get_attribute("data-v") for e in driver.find_elements(By.CSS_SELECTOR, "a.row.badge")
    ]
    assert flagged == ["http_error", "http_error", "off_topic"]
    orgs = driver.find_elements(By.CSS_SELECTOR, "tr.org a.org-link")
    assert [o.text for o in orgs] == ["МБОУ СШ № 2", "МБОУ СШ № 1"]  # most flags first
    orgs[1].click()

    # The organisation: verdict, explanation, snippet with marks, original link, stored copy.
    section = driver.find_element(By.ID, "row-2")
    assert section.get_attribute("data-v") == "off_topic"
    assert section.find_elements(By.CSS_SELECTOR, "blockquote.snippet mark")
    original = section.find_element(By.CSS_SELECTOR, "a.original")
    assert original.get_attribute("href") == workspace.site.url("/docs/agreement.txt")
    assert original.get_attribute("rel") == "noopener noreferrer nofollow"
    section.find_element(By.CSS_SELECTOR, "input[name=action][value=overrule]").click()
    section.find_element(By.CSS_SELECTOR, "textarea[name=comment]").send_keys(
        "Есть допсоглашение о наставничестве"
    )
    section.find_element(By.CSS_SELECTOR, "form.decide button[type=submit]").click()

    def decided() -> str | None:
        # the form posts and the page comes back; reload until the decision is shown (a reload
        # fired before the post was handled would show the page as it was)
        found = driver.find_elements(By.ID, "decision-2")
        if found:
            return str(found[0].text)
        driver.refresh()
        return None

    decision = wait_for(decided, timeout=15, what="the reviewer's decision", step=0.5)
    _shot(driver, "3-decided")
    assert "замечание отклонено (засчитано)" in decision
    assert "Есть допсоглашение о наставничестве" in decision and "анна" in decision

    # The school's site goes down; the stored copy still downloads.
    workspace.site.route("/docs/agreement.txt", Response(503))
    driver.find_element(By.CSS_SELECTOR, "#row-2 a.copy").click()
    downloads: Path = driver.downloads

    def downloaded() -> Path | None:
        done = [p for p in downloads.iterdir() if not p.name.endswith(".crdownload")]
        return done[0] if done else None

    path = wait_for(downloaded, timeout=20, what="the stored copy to download")
    assert (
        hashlib.sha256(path.read_bytes()).hexdigest()
        == hashlib.sha256(AGREEMENT_SPORT.encode("utf-8")).hexdigest()
    )
    assert driver.find_element(By.ID, "row-2")  # a download never leaves the page
