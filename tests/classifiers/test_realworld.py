"""Real documents from ../shared/realworld (used in place; skipped when absent)."""

from __future__ import annotations

import pytest

from evidence.extract import ExtractLimits, extract
from evidence.models import FileKind
from tests.classifiers.conftest import REALWORLD, realworld

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


def test_rodnik17_ocr_mentoring_order(judge) -> None:
    d = judge(realworld("pages-excerpts/rodnik17.primorschool.ru_file_card_1695.txt"), "2.3")
    assert d.doc_kind.value == "order"
    assert d.doc_date == "2022-01-12"
    assert d.details["mentoring_hits"] >= 2


def test_schoolpogodaevo_own_date_not_the_cited_one(judge) -> None:
    d = judge(realworld("pages-excerpts/schoolpogodaevo.edusite.ru_p30aa1.txt"), "1.1")
    assert d.doc_kind.value == "order"
    assert (d.doc_date, d.doc_number) == ("2022-03-31", "14-а")


def test_shddt_page_titled_regulation_is_an_order(judge) -> None:
    d = judge(realworld("pages-excerpts/shddt.profiedu.ru_file_card_106.txt"), "1.1")
    assert d.doc_kind.value == "order"
    assert (d.doc_date, d.doc_number) == ("2022-12-08", "160-А")
    assert d.verdict.value == "ok"


def test_arkosta_appendix_is_a_regulation(judge) -> None:
    d = judge(realworld("pages-excerpts/arkosta.alaniyaschool.ru_file_card_868.txt"), "1.1")
    assert d.doc_kind.value == "regulation"
    assert d.verdict.value == "wrong_type"
    assert "appendix_of_order" in d.flags


def test_kirovskaya_vsoko_is_not_mentoring_monitoring(judge) -> None:
    d = judge(realworld("pages-excerpts/kirovskaya.rostovschool.ru_file_card_121.txt"), "1.4")
    assert d.verdict.value in ("wrong_type", "off_topic")
    assert d.doc_kind.value == "regulation"


def test_forex_resolution_is_not_an_order(judge) -> None:
    d = judge(realworld("pages-excerpts/forex-day.ru_docid_103851.txt"), "1.1")
    assert d.verdict.value == "wrong_type"
    assert "постановление" in d.message


def test_kuteevka_signature_stamp_is_not_a_date(judge) -> None:
    d = judge(realworld("pages-excerpts/kuteevka.penzschool.ru_file_card_98.txt"), "11.2")
    assert d.doc_date != "2022-10-26"
    assert d.doc_kind.value == "regulation"


@pytest.mark.parametrize(
    ("rel", "kind"),
    [
        ("pages-excerpts/6-nev.uralschool.ru_file_card_1393.txt", "programme"),
        ("pages-excerpts/uva-kruf.uralschool.ru_file_card_2224.txt", "programme"),
        ("pages-excerpts/novochara.zabaikalschool.ru_file_card_3032.txt", "regulation"),
        ("pages-excerpts/10shl.uralschool.ru_file_card_6769.txt", "regulation"),
        ("pages-excerpts/base.garant.ru_408414325.txt", "regulation"),
    ],
)
def test_stamped_local_acts_are_not_orders(judge, rel: str, kind: str) -> None:
    d = judge(realworld(rel), "1.1")
    assert d.doc_kind.value == kind
    assert d.verdict.value == "wrong_type"


def test_uva_kruf_general_programme_is_not_personalised(judge) -> None:
    d = judge(realworld("pages-excerpts/uva-kruf.uralschool.ru_file_card_2224.txt"), "3.1")
    assert d.verdict.value == "off_topic"


def test_user_agreement_docx_is_not_a_cooperation_agreement(judge) -> None:
    path = REALWORLD / "shkola-pk-agreements" / "Пользовательское_соглашение.docx"
    if not path.exists():
        pytest.skip(f"{path} is absent")
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
        pytest.skip(f"{path} is absent")
    extraction = extract(path.read_bytes(), FileKind(kind), ExtractLimits(ocr=False))
    if not extraction.ok:
        pytest.skip(f"extraction failed: {extraction.error}")
    d = judge(extraction.text, "11.1")
    assert d.doc_kind.value == "regulation"
    assert d.doc_date == "2016-02-12"
    assert d.verdict.value == "off_topic"
