"""Round-31 shapes from real fragments, in own wording: two stamps side by side read line by
line, the order's «№ N от …» line before the council's date line — the order's number opens its
line, so the date is not the protocol's (already numbered); a legal portal's caption «Приказ
<issuer> от <date> N <number>» with the title «О …» on the next line dates the order it shows; a
table of contents listing «Паспорт программы» is a programme's."""

from __future__ import annotations

from evidence.models import DocKind

# -- interleaved stamps: the order's number opens its date line --------------------------------


def test_interleaved_stamps_order_number_opens_its_date_line(judge) -> None:
    text = (
        "ПЛАН РАБОТЫ\n"
        "СОГЛАСОВАНО\nУТВЕРЖДЕНО\n"
        "Педагогическим советом\nПриказом директора\n"
        "МБОУ «СОШ № 8»\nМБОУ «СОШ № 8»\n"
        "Протокол № 2\n"
        "№ 112 от «04» сентября 2024 г.\n"
        "от «30» августа 2024 г.\n"
        "________________ О.В. Климова\n"
        "ПЛАН РАБОТЫ НАСТАВНИКОВ\nмуниципального бюджетного общеобразовательного учреждения\n"
        "на 2024-2025 учебный год\n\n"
        "1. Закрепить наставнические пары из числа молодых специалистов.\n"
        "2. Провести семинар наставников в октябре 2024 года.\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2024-09-04"


def test_council_protocol_numbered_on_its_own_date_line_stays_the_councils(judge) -> None:
    text = (
        "ПЛАН РАБОТЫ\n"
        "СОГЛАСОВАНО\nУТВЕРЖДЕНО\n"
        "Педагогическим советом\nПриказом директора\n"
        "МБОУ «СОШ № 8»\nМБОУ «СОШ № 8»\n"
        "Протокол\n"
        "№ 2 от «30» августа 2024 г.\n"
        "от «04» сентября 2024 г. № 112\n"
        "________________ О.В. Климова\n"
        "ПЛАН РАБОТЫ НАСТАВНИКОВ\nмуниципального бюджетного общеобразовательного учреждения\n"
        "на 2024-2025 учебный год\n\n"
        "1. Закрепить наставнические пары из числа молодых специалистов.\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date == "2024-09-04"


# -- a legal portal's caption of a ministry order ----------------------------------------------


def test_portal_caption_with_issuer_dates_the_order(judge) -> None:
    text = (
        "Приказ Департамента образования Вологодской области от 3 марта 2023 г. N 412-о\n"
        "«Об организации наставничества в образовательных организациях области»\n"
        "В целях реализации региональной целевой модели наставничества приказываю:\n"
        "1. Утвердить план мероприятий по внедрению наставничества (приложение).\n"
        "2. Контроль за исполнением приказа оставляю за собой.\n"
        "Начальник департамента Е.А. Соколова\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2023-03-03"


def test_caption_above_a_schools_own_order_does_not_date_it(judge) -> None:
    text = (
        "Приказ Департамента образования Вологодской области от 3 марта 2023 г. N 412-о\n"
        "«Об организации наставничества в образовательных организациях области»\n\n"
        "МБОУ «Средняя школа № 14»\n"
        "ПРИКАЗ\n"
        "от 15.09.2023 № 201\n"
        "О закреплении наставников\n"
        "Во исполнение приказа департамента приказываю:\n"
        "1. Закрепить наставников за молодыми специалистами.\n"
        "Директор И.П. Орлова\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2023-09-15"


# -- a programme's table of contents -----------------------------------------------------------


def test_contents_listing_programme_passport_is_a_programme(judge) -> None:
    text = (
        "ОГЛАВЛЕНИЕ\n"
        "Введение ................................................ 3\n"
        "1. Паспорт образовательной программы ..................... 5\n"
        "2. Аналитическое обоснование ............................. 9\n"
        "3. Цели и задачи ........................................ 14\n"
        "4. Механизмы реализации .................................. 16\n"
        "5. Ожидаемые результаты .................................. 21\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is DocKind.PROGRAMME
    assert d.doc_date is None


def test_contents_without_programme_passport_is_not_a_programme(judge) -> None:
    text = (
        "ОГЛАВЛЕНИЕ\n"
        "Введение ................................................ 3\n"
        "1. Аналитическая часть ................................... 5\n"
        "2. Показатели деятельности .............................. 9\n"
        "3. Выводы ............................................... 14\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is not DocKind.PROGRAMME
