"""Shared fixtures: the generated corpus (once per session) and the real-world documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.extract import ExtractLimits
from tests.conftest import missing_realworld
from tests.extract.corpus import write_corpus

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "tests" / ".generated" / "extract"
REALWORLD = REPO.parent / "shared" / "realworld"


@pytest.fixture(scope="session")
def corpus() -> tuple[Path, dict[str, tuple[str, ...]]]:
    """The labelled corpus: its directory and file name -> phrases the text must contain."""
    labels = write_corpus(GENERATED / "corpus")
    return GENERATED / "corpus", labels


@pytest.fixture(scope="session")
def generated() -> Path:
    """A directory for other generated samples (written atomically by the tests)."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    return GENERATED


@pytest.fixture(scope="session")
def limits() -> ExtractLimits:
    return ExtractLimits(timeout=60.0)


def realworld(relative: str) -> Path:
    path = REALWORLD / relative
    if not path.exists():
        missing_realworld(f"real-world document {path}")
    return path
