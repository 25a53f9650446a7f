"""Real documents from ../shared/realworld (used in place; skipped when absent)."""

from __future__ import annotations

import pytest

from evidence.extract import ExtractLimits, extract
from evidence.models import FileKind
from tests.classifiers.conftest import REALWORLD, realworld
from tests.conftest import missing_realworld

pytestmark = pytest.mark.realworld

DEDOC = [
    ("dedoc-orders/13.txt", "2018-11-28", "222"),
    ("dedoc-orders/17 (1).txt", "2019-10-31", "626"),
    ("dedoc-orders/Pr_2013.02.18_21.txt", "2013-02-18", "21"),
    ("dedoc-orders/minsport_24.12.2013_1112.txt", "2013-12-24", "1112"),
    ("dedoc-orders/prikaz_0.txt", "2013-08-26", "59"),
    ("dedoc-orders/приказ.txt", "2015-10-12", "25/2-г"),
]


@pytest.mark.parametrize(("rel", "date", "number"), DEDOC, ids=[r[0].split("/")[-1] for r in DEDOC])
def test_dedoc_orders_are_orders_not_about_mentoring(
    judge, rel: str, date: str, number: str
) -> None:
    d = judge(realworld(rel), "1.1")
    assert d.doc_kind.value == "order"
    assert d.doc_date == date
    assert d.doc_number == number
    assert d.verdict.value == "off_topic"


def test_user_agreement_docx_is_not_a_cooperation_agreement(judge) -> None:
    path = REALWORLD / "shkola-pk-agreements" / "Пользовательское_соглашение.docx"
    if not path.exists():
        missing_realworld(str(path))
    extraction = extract(path.read_bytes(), FileKind.DOCX, ExtractLimits(ocr=False))
    d = judge(extraction.text, "2.1")
    assert d.verdict.value == "wrong_type"
    assert d.doc_kind.value == "other"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("polozhenie_ob_uchebnikakh.doc", "doc"),
        ("priem.doc", "doc"),
        ("Polozhenie_o_vnutrishkolnom_kontrole.docx", "docx"),
    ],
)
def test_tselinny_regulations_dated_by_their_approval_not_the_protocol(
    judge, name: str, kind: str
) -> None:
    """«протокол от 12.01.2016» is the council's protocol; the act was approved «12» февраля 2016."""

    path = REALWORLD / "school-tselinny-docs" / name
    if not path.exists():
        missing_realworld(str(path))
    extraction = extract(path.read_bytes(), FileKind(kind), ExtractLimits(ocr=False))
    if not extraction.ok:
        pytest.fail(f"extraction of a real document failed: {extraction.error}")
    d = judge(extraction.text, "11.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2016-02-12"
    assert d.verdict.value == "off_topic"
