"""Words a scan's OCR spelled with Latin strokes and digits («IIPИKA3», «ПOJIOЖEHИE», «cлyжбbI»,
«фeвpaJIя») are read back when the dictionary knows the word they give, so the kind and date
rules see the document's heading and its date; codes, addresses, numbers, dates, Latin words
and Roman numerals stay as they are. Own wording."""

from __future__ import annotations

import pytest

from classifiers.document import repair
from classifiers.ocrwords import repair_words
from evidence.models import DocKind
from evidence.textnorm import normalise

ORG = "МБОУ СОШ № 4 г. Вологда"
_HEAD = "Муниципальное бюджетное общеобразовательное учреждение\n«Средняя школа № 4» г. Вологда\n\n"


def _order(heading: str, date: str) -> str:
    return (
        f"{_HEAD}{heading}\n\n{date}                                        № 112-о\n\n"
        "Об организации наставничества\n\n"
        "Назначить наставником молодого учителя Петровой А.С. учителя Смирнову Е.В.\n\n"
        "Директор ________ Л.Н. Волкова\n"
    )


# bodies that do not name their kind: the heading alone does
_REGULATION = (
    f"{_HEAD}{{heading}}\nо системе наставничества педагогических работников\n\n"
    "1. Наставник — опытный педагог, оказывающий помощь молодому специалисту.\n"
    "2. Наставник составляет индивидуальный план развития наставляемого.\n"
)
_AGREEMENT = (
    "{heading}\nо сетевом взаимодействии № 7\n\n"
    "г. Вологда                                               16 сентября 2024 г.\n\n"
    "Школа и Центр развития образования договорились о совместной работе наставников.\n\n"
    "Школа ________ Л.Н. Волкова          Центр ________ И.П. Зуев\n"
)
_REFERENCE = (
    f"{_HEAD}{{heading}}\nо реализации программы наставничества за 2024 год\n\n"
    "В 2024 году в школе работали 6 наставнических пар «учитель – учитель». Наставляемые "
    "педагоги посетили 48 уроков наставников, провели 12 открытых уроков.\n\n"
    "Заместитель директора ________ Т.А. Белова\n20.12.2024\n"
)
_PROGRAMME = (
    f"{_HEAD}{{heading}}\nнаставничества «Молодой учитель» на 2024–2025 годы\n\n"
    "Цели: адаптация молодых специалистов в коллективе.\nПлан мероприятий на учебный год.\n"
)
_CERTIFICATE = (
    "РОССИЙСКАЯ ФЕДЕРАЦИЯ\n{heading}\nо повышении квалификации\n\n"
    "ПЕТРОВА АННА СЕРГЕЕВНА\nс 07 октября 2024 г. по 18 октября 2024 г.\n"
    "Вологодский институт развития образования\nв объёме 36 часов\n"
    "Регистрационный номер 2210\nГород Вологда\n"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(_order("IIPИKA3", "02.09.2024"), DocKind.ORDER, id="order_II_for_P"),
        pytest.param(_order("ПPИKA3", "02.09.2024"), DocKind.ORDER, id="order_3_for_Z"),
        pytest.param(_REGULATION.format(heading="ПOJIOЖEHИE"), DocKind.REGULATION, id="regulation"),
        pytest.param(
            _AGREEMENT.format(heading="COГJIAШEHИE"), DocKind.AGREEMENT, id="agreement_JI_for_L"
        ),
        pytest.param(
            _AGREEMENT.format(heading="ДОГ0ВОР"), DocKind.AGREEMENT, id="contract_0_for_O"
        ),
        pytest.param(_REFERENCE.format(heading="CIIPABKA"), DocKind.REPORT, id="reference"),
        pytest.param(_REFERENCE.format(heading="0TЧЁT"), DocKind.REPORT, id="report"),
        pytest.param(_PROGRAMME.format(heading="IIPOГPAMMA"), DocKind.PROGRAMME, id="programme"),
        pytest.param(
            _CERTIFICATE.format(heading="УД0СТ0ВЕРЕНИЕ"), DocKind.CERTIFICATE, id="certificate"
        ),
    ],
)
def test_a_garbled_heading_gives_the_kind(judge, text: str, kind: DocKind) -> None:
    assert judge(text, "2.1", org=ORG).doc_kind is kind


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param("«12» фeвpaJIя 2024 г.", "2024-02-12", id="JI_for_L"),
        pytest.param("03 ИIOНЯ 2024 г.", "2024-06-03", id="IO_for_Yu"),
        pytest.param("«02» ceнтя6pя 2024 г.", "2024-09-02", id="6_for_b"),
        pytest.param("14 0КТЯБРЯ 2024 г.", "2024-10-14", id="0_for_O"),
    ],
)
def test_a_garbled_month_gives_the_own_date(judge, date: str, expected: str) -> None:
    d = judge(_order("ПРИКАЗ", date), "2.1", org=ORG)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == expected


@pytest.mark.parametrize(
    ("garbled", "read"),
    [
        pytest.param("TIOP'JIOK", "ПОРЯДОК", id="latin_strokes_and_a_speck"),
        pytest.param("3AKЛЮЧEHИE", "ЗАКЛЮЧЕНИЕ", id="leading_3"),
        pytest.param("cвидeтeльcтвo", "свидетельство", id="lookalikes_only"),
        pytest.param("o6yчaющиxcя", "обучающихся", id="6_for_b"),
        pytest.param("cлyжбbI", "службы", id="bI_for_y"),
        pytest.param("ИЗ ПРИКА3А", "ИЗ ПРИКАЗА", id="3_inside_a_word"),
        pytest.param("ОБЩЕОБРА3ОВАТЕЛЬНАЯ", "ОБЩЕОБРАЗОВАТЕЛЬНАЯ", id="3_in_a_long_word"),
        pytest.param("Ko0рдинатор", "Координатор", id="title_case"),
    ],
)
def test_a_garbled_word_is_read_back(garbled: str, read: str) -> None:
    line = f"{garbled} работы с молодыми педагогами школы в текущем учебном году"
    assert repair(normalise(line)).startswith(read + " ")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Согласовано письмом АЗ-1128/08 от управления образования", id="code"),
        pytest.param("Согласовано письмом А3-1128/08 от управления образования", id="code_digit"),
        pytest.param("Отправить отчёт на адрес shkola4@vologda-edu.ru до пятницы", id="email"),
        pytest.param("Страница школы https://sh4.vologda.ru/svedenia/doc1 обновлена", id="url"),
        pytest.param(
            "Тесты проводятся на платформе Moodle и в программе Microsoft Word", id="latin"
        ),
        pytest.param("Учителя работают в системе TOP и ELIT Online каждую неделю", id="latin_caps"),
        pytest.param("Приложение No 3 к приказу от 03.09.2024 о наставничестве", id="number_date"),
        pytest.param("Итоги III четверти и XII олимпиады по математике в школе", id="roman"),
        pytest.param("Классы 6А и 10Б участвовали 3раза в олимпиаде по физике", id="class_names"),
        pytest.param("Отчёт за 2024г и план на 2025год для методического совета", id="glued_year"),
    ],
)
def test_words_that_are_not_garbled_stay(text: str) -> None:
    assert repair_words(normalise(text)) == normalise(text)


def test_a_latin_document_keeps_its_words() -> None:
    text = "TITLE: Joint Tools for Kids\nOpen Kiosk edition 2024, Microsoft Office, Moodle\n"
    assert repair_words(normalise(text)) == normalise(text)
