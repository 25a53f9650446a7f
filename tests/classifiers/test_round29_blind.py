"""Round-29 shapes (blind55–56), in own wording: a report's «Основание: приказ …» whose act's
long name wraps, its date and number running on to the next line, cites that act — the
report's own date it is not; «Опубликовано:» / «Дата размещения:» on the page a file is posted
on is the day the site put it up, never the date of the order or regulation in the file (a news
item is still dated by it)."""

from __future__ import annotations

from evidence.models import DocKind, Verdict

# -- the grounds of a report, the cited act's name wrapped ------------------------------------

_GROUNDS_WRAPPED = (
    "Муниципальное автономное дошкольное образовательное учреждение\n"
    "«Детский сад № 41 «Солнышко» г. Сыктывкара\n\n"
    "АНАЛИТИЧЕСКАЯ СПРАВКА\n"
    "о результатах мониторинга реализации программы наставничества педагогов\n\n"
    "Основание: распоряжение заведующего «Об организации мониторинга программ наставничества\n"
    "педагогических работников детского сада» от 14.03.2024 № 31-од\n"
    "Ответственный: Попова Н.Г., старший воспитатель\n\n"
    "Показатели мониторинга:\n"
    "1. Педагогов в роли наставников – 6, в роли наставляемых – 6 (из них молодых "
    "специалистов – 4).\n"
    "2. Персонализированных программ наставничества – 6, форма «педагог – педагог».\n"
    "3. Удовлетворённость наставляемых – 94 %, наставников – 90 %.\n"
    "4. Курсы повышения квалификации по наставничеству прошли 2 педагога.\n\n"
    "Старший воспитатель                 ____________           Н.Г. Попова\n"
)


def test_wrapped_grounds_act_date_is_not_the_reports_own(judge) -> None:
    d = judge(_GROUNDS_WRAPPED, "1.4", year=2024, org="Детский сад 41")
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_report_own_date_label_below_wrapped_grounds_dates_it(judge) -> None:
    # a field of its own under the grounds («Дата составления: …») does not run on from them
    text = _GROUNDS_WRAPPED.replace(
        "Ответственный: Попова Н.Г., старший воспитатель\n", "Дата составления: 29.03.2024\n"
    )
    d = judge(text, "1.4", year=2024, org="Детский сад 41")
    assert d.doc_date == "2024-03-29"
    assert d.verdict is Verdict.OK


def test_grounds_ended_on_their_line_do_not_reach_the_date_line_below(judge) -> None:
    # the grounds end their sentence; the line below is the report's own date line
    text = _GROUNDS_WRAPPED.replace(
        "педагогических работников детского сада» от 14.03.2024 № 31-од\n"
        "Ответственный: Попова Н.Г., старший воспитатель\n",
        "педагогических работников детского сада» от 14.03.2024 № 31-од.\nот 29.03.2024 № 12\n",
    )
    d = judge(text, "1.4", year=2024, org="Детский сад 41")
    assert d.doc_date == "2024-03-29"


# -- a site's publication date above a document -------------------------------------------------

_PUBLISHED_REGULATION = (
    "МБОУ «Лицей № 8» г. Нижний Тагил — официальный сайт\n"
    "Новости › Документы\n"
    "Опубликовано: 16.09.2024 09:15\n\n"
    "УТВЕРЖДЕНО\n"
    "приказом директора\n"
    "от 02.09.2024 № 118\n\n"
    "ПОЛОЖЕНИЕ\n"
    "о системе наставничества педагогических работников\n\n"
    "1. Общие положения\n"
    "1.1. Настоящее положение определяет порядок организации наставничества педагогических "
    "работников лицея.\n"
    "1.2. Наставничество организуется в формах «учитель – учитель» и «руководитель – учитель».\n"
)


def test_publication_date_is_not_the_regulations_approval(judge) -> None:
    d = judge(_PUBLISHED_REGULATION, "1.1", year=2024, org="Лицей 8")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2024-09-02"


_PUBLISHED_ORDER = (
    "Гимназия № 2 г. Тамбова › Документы › Наставничество\n"
    "Дата размещения: 11.09.2024\n\n"
    "ПРИКАЗ\n\n"
    "Об утверждении положения о системе наставничества педагогических работников\n\n"
    "В целях реализации целевой модели наставничества\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить положение о системе наставничества педагогических работников "
    "(приложение).\n"
    "2. Контроль за исполнением приказа оставляю за собой.\n\n"
    "Директор гимназии                  ____________            Е.В. Лосева\n"
)


def test_publication_date_does_not_date_an_undated_order(judge) -> None:
    d = judge(_PUBLISHED_ORDER, "1.1", year=2024, org="Гимназия 2")
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_order_dated_by_its_own_line_under_a_publication_label(judge) -> None:
    text = _PUBLISHED_ORDER.replace(
        "ПРИКАЗ\n\n", "ПРИКАЗ\n\n05 сентября 2024 г.          г. Тамбов           № 96-од\n\n"
    )
    d = judge(text, "1.1", year=2024, org="Гимназия 2")
    assert d.doc_date == "2024-09-05"
    assert d.verdict is Verdict.OK


def test_news_item_is_still_dated_by_its_publication(judge) -> None:
    text = (
        "МБОУ «Лицей № 8» г. Нижний Тагил — официальный сайт\n"
        "Новости\n\n"
        "В лицее подвели итоги первого года наставничества\n"
        "Опубликовано: 16.09.2024 09:15\n\n"
        "На совещании при директоре кураторы наставничества рассказали о работе 12 "
        "наставнических пар «учитель – учитель». Молодые специалисты отметили, что поддержка "
        "наставников помогла им освоить новые формы работы с классом.\n"
    )
    d = judge(text, "1.1", year=2024, org="Лицей 8")
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date == "2024-09-16"
