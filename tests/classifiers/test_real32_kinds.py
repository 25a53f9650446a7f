"""Real-32 kinds, in own wording: the other titles of a local act («Правила …», «Порядок …»,
«Регламент …», «Инструкция …») make a regulation, while the same words after a section's number
(«3. Порядок закрепления …») name a section of the body; the middle of a regulation whose clause
numbers are glued to their words («1.6.Наставничество …») is still read by its sections; a
report posted on a blog under its dateline («Среда, 11 сентября 2013 г. / Анализ деятельности
…») is the report, not a news item; a school year's calendar schedule titled without
«учебный» is a plan; a record's «Протокол № 1 от …» in two stamps read column after column
belongs to the stamp."""

from __future__ import annotations

import pytest

from classifiers.doctype import detect_kind
from evidence.models import DocKind
from evidence.textnorm import normalise


def kind_of(text: str) -> DocKind:
    return detect_kind(normalise(text)).kind


# -- «Правила», «Порядок», «Регламент», «Инструкция» as a local act's title ---------------------

_STAMP = (
    "Принято\nОбщим собранием работников\nпротокол № 2 от 14.03.2023 г.\n\n"
    "Утверждаю\nДиректор ГБПОУ «Лесной колледж»\n_________ О.В. Смирнова\n\n"
)
_LABOUR_RULES = (
    "{title}\n"
    "внутреннего трудового распорядка ГБПОУ «Лесной колледж»\n\n"
    "{body}"
    "1. Общие вопросы\n"
    "Правила определяют режим работы колледжа, права и обязанности работников и работодателя.\n"
)


@pytest.mark.parametrize(
    "title", ["Правила", "ПРАВИЛА", "Порядок", "Регламент", "Инструкция", "ИНСТРУКЦИЯ"]
)
def test_a_local_act_titled_otherwise_than_polozhenie_is_a_regulation(title: str) -> None:
    text = _STAMP + _LABOUR_RULES.format(title=title, body="")
    assert kind_of(text) is DocKind.REGULATION


def test_rules_titled_on_the_first_line_above_the_stamps() -> None:
    text = (
        "Правила приёма обучающихся на 2024/2025 учебный год\n\n"
        + _STAMP
        + "1. К обучению принимаются лица, имеющие основное общее образование.\n"
    )
    assert kind_of(text) is DocKind.REGULATION


def test_the_rules_naming_themselves_without_a_title() -> None:
    text = (
        "ГБПОУ «Лесной колледж»\n\n"
        "Настоящие Правила внутреннего трудового распорядка являются локальным нормативным "
        "актом колледжа и регулируют порядок приёма и увольнения работников, режим рабочего "
        "времени и времени отдыха.\n"
    )
    assert kind_of(text) is DocKind.REGULATION


def test_a_numbered_section_named_poryadok_is_no_title() -> None:
    # a programme's section: the programme stays a programme
    text = (
        "ГБОУ СОШ № 7\n\n"
        "Цели и задачи работы с молодыми учителями на учебный год определены педагогическим "
        "советом школы, они уточняются каждый год по итогам работы.\n"
        "3. Порядок проведения открытых уроков\n"
        "3.1. Открытые уроки проводятся в каждой четверти.\n"
        "Цели и задачи настоящей программы достигаются через наставничество.\n"
    )
    assert kind_of(text) is DocKind.PROGRAMME


def test_a_section_title_on_a_line_of_one_line_text_is_no_title() -> None:
    text = (
        "ГБОУ СОШ № 7 Отчёт о работе наставников за 2023 год. 2. Итоги работы наставников "
        "школы. 3. Порядок закрепления наставников соблюдён во всех методических объединениях."
    )
    assert kind_of(text) is DocKind.REPORT


def test_a_lower_case_poryadok_opening_a_wrapped_line_is_no_title() -> None:
    text = (
        "ДОГОВОР № 4 о сетевом взаимодействии\n"
        "Стороны определяют\n"
        "порядок организации практики студентов.\n"
    )
    assert kind_of(text) is DocKind.AGREEMENT


def test_a_sentence_opening_with_poryadok_in_a_letter_is_no_title() -> None:
    text = (
        "Уважаемые коллеги!\n"
        "Колледж предлагает вашей школе сотрудничество в наставничестве студентов.\n"
        "Порядок взаимодействия предлагаем определить соглашением, проект направим позднее.\n"
    )
    assert kind_of(text) is DocKind.OTHER


# -- the middle of a regulation with clause numbers glued to their words -------------------------

_MIDDLE_GLUED = (
    "1.5.Наставник назначается из числа опытных учителей с их согласия. Кандидатура наставника "
    "согласуется с руководителем методического объединения. 2. Обязанности наставника "
    "2.1.Наставник обязан знать требования законодательства к работе учителя. "
    "2.2.Наставник разрабатывает план работы с молодым учителем."
)


def test_the_middle_of_a_regulation_with_glued_clause_numbers() -> None:
    assert kind_of(_MIDDLE_GLUED) is DocKind.REGULATION


def test_glued_clauses_without_the_next_section_stay_unread() -> None:
    # the clauses of one section and a date: nothing shows a regulation's sections
    text = (
        "1.5.Наставник назначается из числа опытных учителей с их согласия. Встреча пройдёт "
        "01.09.2023 в актовом зале. 5. Разное"
    )
    assert kind_of(text) is DocKind.OTHER


# -- a report posted under a blog's dateline ----------------------------------------------------

_ANALYSIS_BODY = (
    "Детский сад работает на основании лицензии и устава. В учебном году в детском саду "
    "функционировало шесть групп, их посещали 148 воспитанников. Педагогический коллектив "
    "укомплектован полностью.\n"
)


def test_a_report_posted_under_a_blog_dateline_is_the_report() -> None:
    text = (
        "Четверг, 12 сентября 2019 г.\n\n"
        "Анализ работы\nМБДОУ «Детский сад № 14» за 2018 – 2019 учебный год.\n\n" + _ANALYSIS_BODY
    )
    assert kind_of(text) is DocKind.REPORT


def test_a_regulation_posted_under_a_blog_dateline_is_the_regulation() -> None:
    text = (
        "Пятница, 3 марта 2023\n"
        "Положение о смотре-конкурсе центров наставничества\n"
        "1. Общие положения\n1.1. Смотр-конкурс проводится среди групп детского сада.\n"
    )
    assert kind_of(text) is DocKind.REGULATION


def test_a_news_headline_under_a_dateline_stays_news() -> None:
    text = (
        "Четверг, 12 сентября 2019 г.\n"
        "Анализ работы за год обсудили на педагогическом совете!\n\n" + _ANALYSIS_BODY
    )
    assert kind_of(text) is DocKind.OTHER


def test_a_document_named_deeper_in_a_news_item_stays_news() -> None:
    text = (
        "Четверг, 12 сентября 2019 г.\n"
        "Воспитатели детского сада подвели итоги года\n"
        "Анализ работы\n" + _ANALYSIS_BODY
    )
    assert kind_of(text) is DocKind.OTHER


# -- a calendar schedule titled without «учебный»; stamps read column after column ------------

_SCHEDULE_BODY = (
    "1. Продолжительность учебного года\n"
    "Учебный год начинается 01.09.2023 и заканчивается 24.05.2024.\n"
    "2. Продолжительность учебных четвертей\n"
)
_COLUMN_STAMPS = (
    "ПРИНЯТО\n\nУТВЕРЖДАЮ:\n\nПедагогическим советом МКОУ\n\n«Нижнесельская СОШ им. А.А. Алиева»\n\n"
    "Директор МКОУ\n\n«Нижнесельская СОШ им. А.А. Алиева»\n\nПротокол № 1 от 29.08.2023 г\n\n"
    "_______________ /А.М. Гаджиева/\n\n"
)


def test_a_calendar_schedule_titled_without_uchebny_is_a_plan() -> None:
    text = "Годовой календарный график на 2023-2024 уч.г.\n\n" + _COLUMN_STAMPS + _SCHEDULE_BODY
    assert kind_of(text) is DocKind.PROGRAMME


def test_a_protocol_in_stamps_read_column_after_column_belongs_to_the_stamp() -> None:
    text = (
        _COLUMN_STAMPS
        + "Календарный учебный график МКОУ «Нижнесельская СОШ» на 2023 - 2024 учебный год\n"
        + _SCHEDULE_BODY
    )
    assert kind_of(text) is DocKind.PROGRAMME


def test_a_protocol_of_its_own_stays_a_protocol() -> None:
    # a council's minutes: its number and date under the school's name, no stamp above
    text = (
        "МКОУ «Нижнесельская СОШ»\n\n"
        "Протокол № 1 от 29.08.2023 г\n"
        "заседания педагогического совета\n\n"
        "Присутствовали: 24 человека.\nПовестка дня:\n1. Об итогах работы за учебный год.\n"
    )
    assert detect_kind(normalise(text)).subtype == "протокол"


def test_a_protocol_after_a_long_line_above_it_is_not_a_stacked_stamp() -> None:
    text = (
        "Утверждено\n"
        "решением общего собрания трудового коллектива муниципального казённого учреждения\n"
        "«Центр бухгалтерского и хозяйственного обслуживания образовательных учреждений»\n"
        "Протокол № 3 от 12.05.2023 г\n"
        "заседания комиссии по охране труда\n\n"
        "Присутствовали: 5 человек.\n"
    )
    # a line of the stamp too long for a stacked column: the record is the document's title
    assert detect_kind(normalise(text)).subtype == "протокол"
