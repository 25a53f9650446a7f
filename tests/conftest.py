"""Shared fixtures: the reporting year, the real-world corpus, loopback servers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REALWORLD = SHARED / "realworld"


def in_ci() -> bool:
    """CI always has ../shared/realworld*: there a missing real document is a failure."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def missing_realworld(what: str) -> None:
    """Skip a test whose real document is absent on this machine; fail under ``CI=true``."""
    if in_ci():
        pytest.fail(f"{what} is missing, and CI must have it (CI=true)")
    pytest.skip(f"{what} is absent")


def require_realworld(relative: str | Path) -> Path:
    """A real document under ../shared (e.g. ``realworld/…``, ``realworld2/…``), read in place."""
    path = SHARED / relative
    if not path.exists():
        missing_realworld(str(path))
    return path


@pytest.fixture(scope="session")
def realworld() -> Path:
    """The real documents of ../shared/realworld (skips when absent; fails under CI=true)."""
    if not REALWORLD.is_dir():
        missing_realworld("../shared/realworld")
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
