"""Round-13 kinds: an abbreviation joined to a title word, a programme known by its passport,
a regulation's excerpt whose section number is glued to the title; own wording."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.textnorm import normalise


def kind(text: str) -> tuple[str, str]:
    k = detect_kind(normalise(text))
    return k.kind.value, k.subtype


# -- «SWOT-анализ …»: an abbreviation joined by a hyphen still leaves the title word at the
# start of its line --

SWOT_ANALYSIS = (
    "МАОУ «Гимназия № 4» г. Тамбова\n\n"
    "SWOT-анализ работы методического объединения учителей начальных классов\n\n"
    "Сильные стороны:\n"
    "- стабильный коллектив;\n"
    "- высокие результаты олимпиад.\n"
    "Слабые стороны:\n"
    "- нехватка времени на открытые уроки.\n\n"
    "Руководитель МО   ________   О.Н. Гурьева\n"
)
ABC_REPORT = (
    "Детский сад № 31 «Солнышко»\n"
    "АВС-отчёт о выполнении плана закупок за первое полугодие\n"
    "Группа А — продукты питания, 62 % затрат.\n"
    "Группа В — моющие средства, 25 % затрат.\n"
)
# a capitalised abbreviation inside a sentence is not a title
PROSE_ABBREVIATION = (
    "Наш лицей рад сообщить: в этом году учителя провели большую работу, "
    "и их SWOT-анализ показал, что дети стали читать больше.\n"
)


def test_swot_analysis_is_report() -> None:
    assert kind(SWOT_ANALYSIS) == ("report", "анализ")


def test_abbreviated_report_other_layout() -> None:
    assert kind(ABC_REPORT) == ("report", "отчёт")


def test_abbreviation_in_prose_is_no_title() -> None:
    assert kind(PROSE_ABBREVIATION)[0] != "report"


# -- «Паспорт программы …»: the first section of a programme whose title page was cut off,
# even when its grounds cite decrees and resolutions --

DEVELOPMENT_PASSPORT = (
    "ОГЛАВЛЕНИЕ\n"
    "Глава 1\nПаспорт программы развития школы\n4\n"
    "Глава 2\nАналитическое обоснование\n10\n"
    "Глава 1\nПаспорт программы развития школы\n"
    "Нормативная база программы:\n"
    "Указ Президента Российской Федерации от 07.05.2018 № 204 «О национальных целях».\n"
    "Постановление Правительства Российской Федерации от 26.12.2017 № 1642.\n"
    "Сроки реализации: 2024–2028 годы.\n"
)
MUNICIPAL_PASSPORT = (
    "1. ПАСПОРТ МУНИЦИПАЛЬНОЙ ПРОГРАММЫ\n"
    "«Развитие образования в Заречном районе на 2025–2030 годы»\n"
    "Ответственный исполнитель: управление образования администрации района\n"
    "Цель: повышение доступности качественного образования.\n"
)
# a passport of a person mentioned in a form is not a programme
PERSON_PASSPORT = (
    "Заявление\n"
    "Прошу зачислить моего сына в 1 класс. Паспорт серии 4510 № 123456 выдан ОВД района.\n"
)


def test_programme_passport_is_programme() -> None:
    assert kind(DEVELOPMENT_PASSPORT) == ("programme", "программа")


def test_municipal_programme_passport() -> None:
    assert kind(MUNICIPAL_PASSPORT) == ("programme", "программа")


def test_person_passport_is_no_programme() -> None:
    assert kind(PERSON_PASSPORT)[0] != "programme"


# -- an excerpt of a regulation extracted as one line, the next section's number glued to its
# title («3.Порядок …») --

GLUED_SECTION = (
    "снижение текучести кадров и закрепление специалистов в школе. 2.3. Задачи: - помочь "
    "новому учителю освоить документацию; - развить навыки классного руководства. "
    "3.Права и обязанности наставника 3.1. Наставник вправе посещать уроки наставляемого."
)
GLUED_SECTION_LINES = (
    "в том числе выпускников колледжей, пришедших в детский сад впервые.\n"
    "1.5. Срок наставничества устанавливается от трёх месяцев до одного года.\n"
    "2.Формы наставничества\n"
    "2.1. В детском саду применяется форма «воспитатель – воспитатель».\n"
)
# a decimal figure before a capitalised word is no section number
FIGURES = (
    "и выросла на 1.5. Затем показатель 2.Отметим это отдельно, без нумерации пунктов "
    "в тексте новости о школьной жизни.\n"
)


def test_glued_section_number_is_regulation() -> None:
    assert kind(GLUED_SECTION)[0] == "regulation"


def test_glued_section_number_lines() -> None:
    assert kind(GLUED_SECTION_LINES)[0] == "regulation"


def test_news_figures_are_no_regulation() -> None:
    assert kind(FIGURES)[0] != "regulation"
