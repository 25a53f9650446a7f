"""Shared fixtures: the reporting year, the real-world corpus, loopback servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "realworld"


@pytest.fixture(scope="session")
def realworld() -> Path:
    """The real documents of ../shared/realworld (skips when absent)."""
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld is not present")
    return REALWORLD


@pytest.fixture
def year() -> int:
    return 2024


@pytest.fixture
def site() -> Iterator[object]:
    """A loopback HTTP server on 127.0.0.1 with no routes yet (add them with .route())."""
    from tests.support.loopback import LoopbackServer

    with LoopbackServer() as server:
        yield server
