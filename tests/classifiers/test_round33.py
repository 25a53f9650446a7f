"""Round-33 shapes, in own wording: a signing date left blank under the signature leaves a
справка undated (a date above it is the body's); an order's requisites bracketed on a line of
their own under its title; an order dated only by its office's registration stamp (never by an
e-signature's validity, nor by an authority's registration of a cited act); an authority's
распоряжение with the regulation it approves attached is the authority's act; an order that
names its mentees («Определить наставляемыми …») fixes its pairs; a local act adopted by its
council beside a head's approval that bears no date is dated by the council's protocol; a
flattened self-examination report and a public report that names itself are reports, and a
licence's requisites in an organisation's details make no certificate."""

from __future__ import annotations

import pytest

from evidence.models import DocKind, Verdict

# -- a signing date left blank at the end ------------------------------------------------------

MONITORING_NOTE = (
    "СПРАВКА\n"
    "по итогам мониторинга программ наставничества в МБОУ «СОШ № 12»\n\n"
    "Период мониторинга: сентябрь — октябрь 2024 года.\n"
    "Основание: приказ директора от 05.09.2024 № 88 «О мониторинге».\n\n"
    "Мониторинг проводился в два этапа:\n"
    "1. этап (сентябрь 2024 г.) — оценка качества реализации программ;\n"
    "2. этап (октябрь 2024 г.) — оценка роста участников программ.\n\n"
    "Показатели:\n"
    "- наставников — 9, наставляемых — 14;\n"
    "- педагогов, обученных по программе наставничества, — 2 (Котова А.А.,\n"
    "  удостоверение от 12.04.2024; Рябов С.П., удостоверение от 20.06.2024);\n"
    "- удовлетворённость участников программ — 91 %.\n\n"
    "Выводы: программы наставничества реализуются по плану.\n\n"
    "{sign}"
)


@pytest.mark.parametrize(
    "sign",
    [
        pytest.param(
            "Куратор ____________ Л.В. Осипова\n\n«____» ____________ 2024 г.", id="quoted"
        ),
        pytest.param("Заместитель директора ______ Л.В. Осипова\n__.__.2024", id="dotted"),
        pytest.param("Куратор наставничества Осипова Л.В.\n«___» ________ 20__ г.", id="no_year"),
        pytest.param("Куратор ______ Л.В. Осипова «__» _______ 2024 г.", id="same_line"),
    ],
)
def test_a_blank_signing_date_leaves_the_note_undated(judge, sign: str) -> None:
    d = judge(MONITORING_NOTE.format(sign=sign), "1.4", year=2024)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date is None
    assert d.verdict is Verdict.NO_DATE


def test_a_filled_signing_date_still_dates_the_note(judge) -> None:
    sign = "Куратор ____________ Л.В. Осипова\n\n«14» октября 2024 г."
    d = judge(MONITORING_NOTE.format(sign=sign), "1.4", year=2024)
    assert d.doc_date == "2024-10-14"


def test_an_orders_date_under_the_signature_survives_acquaintance_blanks(judge) -> None:
    text = (
        "МБОУ «СОШ № 5»\n\nПРИКАЗ\n\n"
        "О закреплении наставников\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Закрепить наставником молодого специалиста Орловой П.С. учителя химии Гаврилову Е.М.\n"
        "2. Контроль исполнения приказа оставляю за собой.\n\n"
        "Директор ________ И.К. Мазур\n"
        "30.08.2024\n\n"
        "С приказом ознакомлена: ________ Е.М. Гаврилова\n«___» ________ 2024 г.\n"
    )
    d = judge(text, "2.3", year=2024)
    assert d.doc_date == "2024-08-30"


# -- an order's requisites bracketed under its title --------------------------------------------

PAIRS_ORDER = (
    "МБОУ «Лицей № 7»\n\n"
    "ПРИКАЗ\n"
    "О закреплении наставников за молодыми специалистами\n"
    "и вновь принятыми педагогами на 2024/2025 учебный год\n"
    "{line}\n\n"
    "В соответствии с Положением о наставничестве, утверждённым приказом от 30.08.2022 № 140,\n"
    "приказываю:\n"
    "1. Закрепить наставником учителя истории Нечаевой О.В. учителя истории Белова К.С.\n"
    "2. Наставникам составить программы до 20.09.2024.\n\n"
    "Директор ______ Р.А. Зимин\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        pytest.param("(№ 45 от 29.08.2024)", "2024-08-29", id="number_first"),
        pytest.param("(от 02.09.2024 № 118-о)", "2024-09-02", id="date_first"),
        pytest.param("(№ 7/1-ОД от 3 сентября 2024 г.)", "2024-09-03", id="words"),
    ],
)
def test_bracketed_requisites_under_the_title_date_the_order(judge, line: str, date: str) -> None:
    d = judge(PAIRS_ORDER.format(line=line), "2.3", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == date


def test_a_bracket_without_a_number_under_the_title_does_not_date_the_order(judge) -> None:
    d = judge(PAIRS_ORDER.format(line="(в редакции от 29.08.2024)"), "2.3", year=2024)
    assert d.doc_date is None


def test_a_bracketed_act_after_a_grounds_line_does_not_date_the_order(judge) -> None:
    text = (
        "МБОУ «Лицей № 7»\n\n"
        "ПРИКАЗ\n"
        "О закреплении наставников\n"
        "На основании распоряжения управления образования\n"
        "(№ 45 от 29.08.2024)\n"
        "приказываю:\n"
        "1. Закрепить наставником учителя истории Нечаевой О.В. учителя истории Белова К.С.\n\n"
        "Директор ______ Р.А. Зимин\n"
    )
    assert judge(text, "2.3", year=2024).doc_date is None


# -- an order dated by its registration stamp ----------------------------------------------------

STAMPED_ORDER = (
    "ГБПОУ «Колледж связи № 3»\n\n"
    "ПРИКАЗ\n\n"
    "Об утверждении состава наставнических пар\n\n"
    "На основании Положения о наставничестве, утверждённого приказом от 01.09.2022 № 301,\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить состав наставнических пар «студент — студент» (приложение).\n"
    "2. Кураторам групп провести первую встречу пар до 16.09.2024.\n\n"
    "Директор                                  А.П. Голубев\n\n"
    "{stamp}\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param(
            "Документ зарегистрирован в СЭД «Дело»\n"
            "Рег. номер: 214-к          Дата регистрации: 04.09.2024\n"
            "Подписан ЭП: Голубев Андрей Петрович\n"
            "Сертификат: 4F01AB77C2 Действителен: с 15.02.2024 по 15.05.2025",
            id="columns",
        ),
        pytest.param("Зарегистрировано 04.09.2024 № 214-к", id="registered"),
        pytest.param("Рег. № 214-к от 04.09.2024", id="number_first"),
        pytest.param(
            "Зарегистрировано в системе электронного документооборота: 04.09.2024, № 214-к",
            id="system",
        ),
    ],
)
def test_a_registration_stamp_dates_an_order_with_no_date_line(judge, stamp: str) -> None:
    d = judge(STAMPED_ORDER.format(stamp=stamp), "2.3", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.doc_date == "2024-09-04"


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param(
            "ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ\n"
            "Владелец: Голубев Андрей Петрович\n"
            "Действителен: с 15.02.2024 по 15.05.2025",
            id="esign_only",
        ),
        pytest.param(
            "(Зарегистрирован Министерством юстиции Российской Федерации 14.05.2021 № 63438)",
            id="authority_registration",
        ),
        pytest.param("Вх. № 01-12/557 от 04.09.2024", id="incoming"),
    ],
)
def test_no_registration_stamp_of_its_own_leaves_the_order_undated(judge, stamp: str) -> None:
    assert judge(STAMPED_ORDER.format(stamp=stamp), "2.3", year=2024).doc_date is None


# -- an authority's распоряжение with the regulation it approves --------------------------------

DIRECTIVE = (
    "{issuer}\n\n"
    "РАСПОРЯЖЕНИЕ\n\n"
    "11.03.2024                                                      № 318\n\n"
    "Об утверждении Положения о наставничестве педагогических работников\n\n"
    "В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ:\n"
    "1. Утвердить Положение о наставничестве педагогических работников (прилагается).\n"
    "2. Контроль за исполнением распоряжения оставляю за собой.\n\n"
    "{signer}\n\n"
    "УТВЕРЖДЕНО\nраспоряжением от 11.03.2024 № 318\n\n"
    "ПОЛОЖЕНИЕ\nо наставничестве педагогических работников\n"
    "1. Положение определяет цели и порядок наставничества педагогических работников.\n"
    "2. Наставничество организуется в образовательных организациях.\n"
)


@pytest.mark.parametrize(
    ("issuer", "signer"),
    [
        pytest.param(
            "МИНИСТЕРСТВО ОБРАЗОВАНИЯ ПСКОВСКОЙ ОБЛАСТИ", "Министр ______ Е.А. Рогов", id="ministry"
        ),
        pytest.param(
            "АДМИНИСТРАЦИЯ ГОРОДА ВЕЛИКИЕ ЛУКИ", "Глава администрации ______ Е.А. Рогов", id="admin"
        ),
    ],
)
def test_an_authoritys_directive_over_its_regulation_is_the_authoritys_act(
    judge, issuer: str, signer: str
) -> None:
    d = judge(DIRECTIVE.format(issuer=issuer, signer=signer), "1.1", year=2024)
    assert d.doc_kind is DocKind.OTHER
    assert d.doc_date == "2024-03-11"


def test_a_schools_directive_over_its_regulation_stays_the_regulation(judge) -> None:
    text = DIRECTIVE.format(
        issuer="МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ГИМНАЗИЯ № 2»",
        signer="Директор ______ Е.А. Рогова",
    )
    assert judge(text, "1.1", year=2024).doc_kind is DocKind.REGULATION


# -- an order that names its mentees --------------------------------------------------------------

MENTEES_ORDER = (
    "МАОУ «СОШ № 11»\n\nПРИКАЗ\n\n02.09.2024                                  № 131-о\n\n"
    "Об организации наставничества обучающихся\n\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. {clause}\n"
    "Иванов Пётр, 5 «Б» — наставник Лосева Дарья, 10 «А»;\n"
    "Петрова Анна, 6 «А» — наставник Сомова Ирина Викторовна, учитель биологии.\n"
    "2. Контроль оставляю за собой.\n\n"
    "Директор ______ Н.Н. Гуляев\n"
)


@pytest.mark.parametrize(
    "clause",
    [
        pytest.param("Определить наставляемыми следующих обучающихся:", id="define_mentees"),
        pytest.param("Назначить наставляемыми на 2024/2025 учебный год:", id="appoint_mentees"),
        pytest.param("Определить наставниками следующих обучающихся и педагогов:", id="mentors"),
    ],
)
def test_an_order_naming_its_mentees_fixes_its_pairs(judge, clause: str) -> None:
    d = judge(MENTEES_ORDER.format(clause=clause), "2.4", year=2024)
    assert d.doc_kind is DocKind.ORDER
    assert d.verdict is Verdict.OK


def test_an_order_naming_no_participants_is_still_off_topic(judge) -> None:
    text = (
        "МАОУ «СОШ № 11»\n\nПРИКАЗ\n\n02.09.2024                                  № 131-о\n\n"
        "Об организации наставничества обучающихся\n\n"
        "ПРИКАЗЫВАЮ:\n"
        "1. Определить приоритетные направления наставничества на учебный год.\n"
        "2. Провести анкетирование наставников до 20.09.2024.\n"
        "3. Контроль оставляю за собой.\n\n"
        "Директор ______ Н.Н. Гуляев\n"
    )
    assert judge(text, "2.4", year=2024).verdict is Verdict.OFF_TOPIC


# -- a local act adopted by its council beside an undated approval -------------------------------

INCENTIVES = (
    "{head}\n\n"
    "ПОЛОЖЕНИЕ\n"
    "о поощрении наставников\n\n"
    "1. Общие положения\n"
    "1.1. Положение устанавливает порядок поощрения наставников школы.\n"
    "1.2. Поощрение объявляется на итоговом педагогическом совете.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            "Принято на педагогическом совете          УТВЕРЖДАЮ\n"
            "протокол № 1 от 28.08.2024                  Директор МБОУ «СШ № 4»\n"
            "                                            ________ О.Л. Ткач",
            id="side_by_side",
        ),
        pytest.param(
            "ПРИНЯТО\nна заседании педагогического совета\nпротокол № 1 от 28.08.2024\n\n"
            "УТВЕРЖДАЮ\nДиректор ________ О.Л. Ткач",
            id="stacked",
        ),
        pytest.param(
            "Принят общим собранием работников (протокол № 1 от 28.08.2024) "
            "УТВЕРЖДАЮ Директор школы ______ Ткач О.Л.",
            id="one_line",
        ),
    ],
)
def test_a_council_adoption_dates_an_act_whose_approval_bears_no_date(judge, head: str) -> None:
    d = judge(INCENTIVES.format(head=head), "11.2", year=2024)
    assert d.doc_kind is DocKind.REGULATION
    assert d.doc_date == "2024-08-28"


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            "ПРИНЯТО                          УТВЕРЖДАЮ\n"
            "на педагогическом совете         Директор ______ О.Л. Ткач\n"
            "протокол № 1 от 28.08.2024       «___» __________ 2024 г.",
            id="approval_date_blank",
        ),
        pytest.param(
            "РАССМОТРЕНО\nна заседании МО наставников\nпротокол № 1 от 28.08.2024\n\n"
            "УТВЕРЖДАЮ\nДиректор ________ О.Л. Ткач",
            id="reviewed_only",
        ),
    ],
)
def test_a_council_protocol_does_not_stand_in_for_an_approval_of_its_own(judge, head: str) -> None:
    assert judge(INCENTIVES.format(head=head), "11.2", year=2024).doc_date is None


def test_a_council_protocol_in_the_body_does_not_date_a_blank_approval(judge) -> None:
    text = INCENTIVES.format(head="УТВЕРЖДАЮ\nДиректор ________ О.Л. Ткач") + (
        "1.3. Положение принято на педагогическом совете, протокол № 1 от 28.08.2024.\n"
    )
    assert judge(text, "11.2", year=2024).doc_date is None


# -- reports that name themselves; a licence in an organisation's details -----------------------


def test_a_flattened_self_examination_report_after_its_stamp_is_a_report(judge) -> None:
    text = (
        "Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 5 "
        "«Берёзка» СОГЛАСОВАНО Педагогическим советом (протокол № 4 от 10.04.2024г) УТВЕРЖДАЮ "
        "Заведующий МБДОУ № 5 О.П. Лаврова 12.04.2024г Отчет о результатах самообследования "
        "муниципального бюджетного дошкольного образовательного учреждения за 2023 год "
        "Наименование организации МБДОУ № 5 «Берёзка» Руководитель Лаврова Ольга Петровна "
        "Дата создания 15.03.1978 Лицензия от 11.11.2016 № 6102 серия 61Л01 № 0004455 "
        "Режим работы: пятидневная рабочая неделя"
    )
    d = judge(text, "1.4", year=2024)
    assert d.doc_kind is DocKind.REPORT
    assert d.doc_date == "2024-04-12"


def test_a_licence_field_in_an_organisations_details_makes_no_certificate(judge) -> None:
    text = (
        "Наименование организации: МБОУ «СОШ № 21» Руководитель: Клим А.В. Адрес: г. Орёл, "
        "ул. Садовая, 4 Дата создания 01.09.1967 Лицензия от 11.11.2016 № 6102 серия 57Л01 "
        "№ 0001233 Режим работы: шестидневная рабочая неделя"
    )
    assert judge(text, "1.4", year=2024).doc_kind is not DocKind.CERTIFICATE


def test_a_licence_with_its_own_title_stays_a_certificate(judge) -> None:
    text = (
        "ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ОРЛОВСКОЙ ОБЛАСТИ\n\n"
        "ЛИЦЕНЗИЯ\n"
        "№ 6102 от 11 ноября 2016 г.\n"
        "на осуществление образовательной деятельности\n"
        "выдана муниципальному бюджетному общеобразовательному учреждению «СОШ № 21»\n"
    )
    assert judge(text, "1.4", year=2024).doc_kind is DocKind.CERTIFICATE


def test_a_public_report_that_names_itself_is_a_report(judge) -> None:
    text = (
        "Ежегодный Публичный доклад подготовлен администрацией ГБПОУ «Техникум № 3» в "
        "соответствии с письмом Министерства образования и науки РФ от 28 октября 2010 г. "
        "№ 13-312.\n"
        "Основные цели доклада:\n"
        "- обеспечение открытости деятельности техникума;\n"
        "- информирование участников образовательных отношений о результатах работы.\n"
        "Он адресован обучающимся, родителям, социальным партнёрам и представителям "
        "общественности, а также органам управления образованием региона и муниципалитета.\n"
        "Публичный доклад адресован широкому кругу читателей: представителям органов"
    )
    assert judge(text, "1.4", year=2024).doc_kind is DocKind.REPORT


def test_a_page_ending_in_a_reports_title_stays_a_link(judge) -> None:
    text = (
        "Наставничество в техникуме помогает первокурсникам освоиться в новом коллективе, а "
        "молодым преподавателям — войти в профессию. Куратор наставничества ведёт учёт пар и "
        "каждый год подводит итоги работы наставников на заседании педагогического совета.\n"
        "Публичный доклад адресован широкому кругу читателей: представителям органов"
    )
    assert judge(text, "1.4", year=2024).doc_kind is DocKind.OTHER


# -- a date written in words (nominative ordinal of the day) --------------------------------------


def test_an_agreement_dated_in_words_is_dated(judge) -> None:
    text = (
        "СОГЛАШЕНИЕ\nо сотрудничестве в сфере наставничества\n\n"
        "г. Тюмень                        второе сентября две тысячи двадцать четвёртого года\n\n"
        "ООО «Сибстрой» (далее — Организация) в лице директора Панова И.И., действующего на "
        "основании Устава, и МАОУ «СОШ № 40» (далее — Школа) в лице директора Осиповой Т.Т., "
        "действующего на основании Устава, заключили настоящее соглашение о нижеследующем.\n"
        "1. Организация предоставляет своих работников для выполнения функций наставников "
        "обучающихся Школы.\n"
        "2. Школа закрепляет наставляемых за наставниками Организации.\n"
    )
    d = judge(text, "2.1", year=2024)
    assert d.doc_kind is DocKind.AGREEMENT
    assert d.doc_date == "2024-09-02"
