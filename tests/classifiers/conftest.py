from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from classifiers import ClassifyContext, classify
from evidence.criteria import load_catalogue
from evidence.models import Decision
from evidence.textnorm import normalise
from tests.conftest import missing_realworld

YEAR = 2024  # the fixed reference reporting year of these tests
REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"


@pytest.fixture(scope="session")
def judge() -> Callable[..., Decision]:
    catalogue = load_catalogue()

    def run(
        text: str, criterion: str = "1.1", *, year: int = YEAR, org: str | None = None
    ) -> Decision:
        found = catalogue.get(criterion)
        assert found is not None
        return classify(normalise(text), found, ClassifyContext(year=year, org=org))

    return run


def realworld(rel: str) -> str:
    path = REALWORLD / rel
    if not path.exists():
        missing_realworld(str(path))
    return path.read_text(encoding="utf-8-sig", errors="replace")
