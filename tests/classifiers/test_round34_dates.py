"""Round-34 date shapes, in own wording: a site's news feed under an undated order dates
nothing; digits shaped like a date right after «№» are a number; a справка's own date alone on
a line of its own amid the text, or after «Справка дана»; a photo's OCR misreading the century
of the issue date; a local act whose heading a PDF reader put above its stamps is dated by its
council's protocol beside an undated approval; a licence's issue in an organisation's details
never dates a report."""

from __future__ import annotations

import pytest

from evidence.models import DocKind

# -- a site's news feed under an undated order ------------------------------------------------

NEWS_FEED = (
    "Последние новости\n"
    "02.09.2024  Праздничная линейка для первоклассников\n"
    "16.09.2024  Начался школьный этап олимпиады по математике\n"
    "07.10.2024  Концерт ко Дню учителя в актовом зале\n\n"
    "© 2015–2024 МАОУ «Гимназия № 4». Тел. (4912) 25-17-30\n"
)

UNDATED_ORDER = (
    "МАОУ «Гимназия № 4» — официальный сайт\n"
    "Главная / Наставничество / Документы\n\n"
    "ПРИКАЗ                                              № 87/2-од\n\n"
    "г. Рязань\n\n"
    "О назначении куратора наставничества\n\n"
    "На основании решения педагогического совета (протокол от 30.08.2024 № 1)\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Назначить куратором наставничества учителя истории Громову Т.П.\n"
    "2. Куратору представить план работы до 20.09.2024.\n"
    "3. Контроль исполнения приказа оставляю за собой.\n\n"
    "Директор гимназии                             С.В. Ладыгин\n\n"
)


def test_news_feed_under_an_undated_order_dates_nothing(judge) -> None:
    d = judge(UNDATED_ORDER + NEWS_FEED, "1.2")
    assert d.doc_date is None
    assert "no_date" in (d.verdict.value, *d.details.get("other_problems", []))


def test_a_date_under_the_signature_still_dates_the_order(judge) -> None:
    # one date under the head's signature, no list of dated entries: the order's own
    d = judge(UNDATED_ORDER + "03.09.2024\n", "1.2")
    assert d.doc_date == "2024-09-03"


# -- a number shaped like a date ----------------------------------------------------------------

AGREEMENT = (
    "СОГЛАШЕНИЕ № {number}\n"
    "о сотрудничестве в сфере наставничества\n\n"
    "г. Череповец                                       «___» ____________ 2024 г.\n\n"
    "БПОУ ВО «Череповецкий строительный колледж», именуемое в дальнейшем «Колледж», в лице "
    "директора Белова П.А., с одной стороны, и ООО «Стальконструкция», именуемое в дальнейшем "
    "«Предприятие», в лице директора Орлова В.Н., с другой стороны, заключили настоящее "
    "Соглашение о нижеследующем.\n\n"
    "1. Предприятие предоставляет Колледжу наставников из числа своих мастеров для студентов на "
    "период производственной практики.\n"
    "2. Соглашение действует до 30 июня 2025 года.\n\n"
    "Директор Колледжа ______ П.А. Белов        Директор Предприятия ______ В.Н. Орлов\n"
)


@pytest.mark.parametrize("number", ["14-10/24", "03.10.24"])
def test_date_shaped_number_is_no_date(judge, number: str) -> None:
    d = judge(AGREEMENT.format(number=number), "2.1")
    assert d.doc_date is None


def test_date_after_from_is_still_read(judge) -> None:
    text = AGREEMENT.format(number="17").replace("«___» ____________ 2024 г.", "от 03.10.24")
    d = judge(text, "2.1")
    assert d.doc_date == "2024-10-03"


# -- a справка's own date on a line of its own --------------------------------------------------

REPORT = (
    "МБОУ «СОШ № 9» г. Пензы\n\n"
    "СПРАВКА\n"
    "о результатах мониторинга реализации программ наставничества\n\n"
    "Мониторинг проведён на основании приказа от 10.09.2024 № 212.\n"
    "Срок проведения: 23.09.2024 – 11.10.2024.\n\n"
    "Показатель                                        План   Факт\n"
    "Наставники, чел.                                  15     17\n"
    "Наставляемые, чел.                                40     44\n"
    "{lone}\n"
    "Выводы\n"
    "1. Плановые значения показателей достигнуты.\n"
    "2. Рекомендовано провести семинар для наставников по ведению документации, обсудить "
    "итоги мониторинга на заседаниях методических объединений и учесть их при планировании "
    "работы на второе полугодие.\n"
    "3. Наибольший рост показателей отмечен в форме «учитель – ученик»: наставляемые "
    "повысили результаты промежуточной аттестации, двое стали призёрами муниципального этапа "
    "олимпиады; в форме «учитель – учитель» молодые специалисты провели открытые уроки.\n"
    "4. Трудности: не все наставники своевременно заполняют журналы встреч, родители "
    "наставляемых редко участвуют в итоговых мероприятиях; куратору поручено подготовить "
    "памятку для наставников и провести родительское собрание.\n\n"
    "Куратор наставничества                            Е.Н. Тарасова\n"
)


def test_lone_date_line_dates_the_report(judge) -> None:
    d = judge(REPORT.format(lone="18.10.2024"), "1.4")
    assert d.doc_date == "2024-10-18"


def test_two_lone_date_lines_date_nothing(judge) -> None:
    d = judge(REPORT.format(lone="18.10.2024\n\n21.10.2024\n"), "1.4")
    assert d.doc_date is None


def test_lone_period_bound_dates_nothing(judge) -> None:
    d = judge(REPORT.format(lone="по 18.10.2024"), "1.4")
    assert d.doc_date is None


CERTIFYING = (
    "МБОУ «СОШ № 3» г. Кирсанова\n\n"
    "СПРАВКА\n"
    "о программах наставничества\n\n"
    "Справка дана в том, что в МБОУ «СОШ № 3» в 2024 году реализуются 12 программ "
    "наставничества, утверждённых приказом от 02.09.2024 № 180.\n\n"
    "{end}\n\n"
    "Директор                          ____________             Л.В. Никонова\n"
)


def test_issued_on_formula_dates_the_report(judge) -> None:
    text = CERTIFYING.format(end="Справка выдана 11.10.2024 для предъявления по месту требования.")
    d = judge(text, "3.0")
    assert d.doc_date == "2024-10-11"


def test_certifying_formula_does_not_date_by_a_body_date(judge) -> None:
    text = CERTIFYING.format(end="Справка выдана для предъявления по месту требования.")
    d = judge(text, "3.0")
    assert d.doc_date is None


# -- a certificate's issue date with its century misread --------------------------------------

CERTIFICATE = (
    "УДОСТОВЕРЕНИЕ\n"
    "о повышении квалификации\n\n"
    "Регистрационный номер\n"
    "24-ПК-1187\n\n"
    "Дата выдачи\n"
    "{issued}\n\n"
    "Настоящее удостоверение свидетельствует о том, что\n"
    "СОКОЛОВА ИРИНА ПАВЛОВНА\n"
    "прошла повышение квалификации\n"
    "с 04 марта по 15 марта 2024 г.\n"
    "по дополнительной профессиональной программе «Наставничество в школе»\n"
    "в объёме 36 часов\n\n"
    "Ректор                 М.П.                   О.Д. Панова\n"
)


def test_misread_century_of_the_issue_date(judge) -> None:
    d = judge(CERTIFICATE.format(issued="22.03.2924"), "9.2")
    assert d.doc_kind is DocKind.CERTIFICATE
    assert d.doc_date == "2024-03-22"


def test_impossible_issue_date_is_not_repaired(judge) -> None:
    # the month read wrong too: no date of this century either — the period does not stand in
    d = judge(CERTIFICATE.format(issued="22.93.2924"), "9.2")
    assert d.doc_date != "2024-03-22"


# -- a local act's heading put above its stamps by a PDF reader --------------------------------

REGULATION = (
    "ПОЛОЖЕНИЕ О МЕТОДИЧЕСКОМ СОВЕТЕ\n\n"
    "Муниципальное бюджетное дошкольное образовательное\n"
    "учреждение «Детский сад № 5 «Ромашка»»\n\n"
    "Принято педагогическим советом\n"
    "МБДОУ № 5 «Ромашка»\n\n"
    "Утверждаю:\n\n"
    "Заведующий МБДОУ № 5\n\n"
    "Протокол от 15.03.2022 № 3\n\n"
    "__________{signed}\n\n"
    "1. Общие положения\n"
    "1.1. Положение разработано в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ "
    "«Об образовании в Российской Федерации» и уставом учреждения.\n"
    "1.2. Методический совет – коллегиальный орган, объединяющий педагогов учреждения.\n"
)


def test_council_protocol_dates_a_regulation_headed_above_its_stamps(judge) -> None:
    d = judge(REGULATION.format(signed="О.В. Гущина"), "1.1")
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2022-03-15"


def test_approval_with_a_blank_date_keeps_the_regulation_undated(judge) -> None:
    d = judge(REGULATION.format(signed="О.В. Гущина\n«___» ________ 20__ г."), "1.1")
    assert d.doc_date is None


# -- a licence in an organisation's details ----------------------------------------------------

DETAILS = (
    "Деятельность учреждения регламентируется: • Уставом МБДОУ – детский сад № 41; "
    "• Федеральным законом «Об образовании в Российской Федерации». • {licence}, даёт право "
    "учреждению вести образовательную деятельность по программам дошкольного образования. "
    "Цель деятельности МБДОУ — реализация образовательных программ дошкольного образования.\n"
)


def test_licence_issue_in_details_dates_nothing(judge) -> None:
    licence = "Лицензия, серия 74Л02 № 001322, регистрационный № 14477, выдана 3 марта 2017 года"
    d = judge(DETAILS.format(licence=licence), "1.1")
    assert d.doc_date is None


def test_issue_label_still_dates_a_paper(judge) -> None:
    text = (
        "ДИПЛОМ\nпобедителя муниципального конкурса «Наставник года»\n\n"
        "награждается Петрова Анна Сергеевна\n\n"
        "Дата выдачи 12 апреля 2024 года\n"
    )
    d = judge(text, "1.1")
    assert d.doc_date == "2024-04-12"
