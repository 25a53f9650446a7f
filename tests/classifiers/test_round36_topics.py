"""Round-36 topics and issuers, in own wording: an authority set up as an institution («МКУ
«Управление образования …»») issues its own order, whatever the site's title over it; pay
(or rewards) an act says it leaves out is not what it sets; a справка on another
organisation's form, signed by the school's head, is the school's; a protocol named in an
approval stamp on one line with its number is the stamp's; an order cited under a news text's
prose is no heading."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.models import DocKind, Verdict
from evidence.textnorm import normalise


def kind_of(text: str) -> DocKind:
    return detect_kind(normalise(text)).kind


# -- an authority's order under an institution's legal form -----------------------------------

AUTHORITY_ORDER = (
    "{chrome}"
    "{form}\n"
    "«УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ\n"
    "ЛЕСНОГОРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА»\n"
    "\n"
    "ПРИКАЗ\n"
    "\n"
    "11.09.2023                    г. Лесногорск                        № 118\n"
    "\n"
    "Об утверждении Положения о наставничестве обучающихся в общеобразовательных\n"
    "организациях Лесногорского муниципального района\n"
    "\n"
    "В целях внедрения целевой модели наставничества в подведомственных учреждениях\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве обучающихся в общеобразовательных организациях.\n"
    "2. Руководителям общеобразовательных организаций утвердить положения о наставничестве.\n"
    "Начальник управления __________ А.Р. Бекова\n"
)
CHROME = (
    "Официальный сайт МБОУ «Средняя общеобразовательная школа № 3» | Документы\n"
    "Главная > Наставничество > Нормативные документы\n\n"
)


def test_an_institutions_name_that_is_an_authority_issues_its_order(judge) -> None:
    text = AUTHORITY_ORDER.format(chrome="", form="МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ")
    assert judge(text, "1.2", org="МБОУ СОШ 3 Лесногорск").verdict is Verdict.OFF_TOPIC


def test_a_sites_title_over_the_authoritys_order_is_no_letterhead(judge) -> None:
    text = AUTHORITY_ORDER.format(chrome=CHROME, form="МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ")
    assert judge(text, "1.2", org="МБОУ СОШ 3 Лесногорск").verdict is Verdict.OFF_TOPIC


SCHOOL_ORDER = (
    "{chrome}"
    "Управление образования администрации Лесногорского муниципального района\n"
    "Муниципальное бюджетное общеобразовательное учреждение\n"
    "«Средняя общеобразовательная школа № 3»\n"
    "\n"
    "ПРИКАЗ\n"
    "\n"
    "11.09.2023                                                           № 118\n"
    "\n"
    "Об утверждении Положения о наставничестве обучающихся\n"
    "\n"
    "ПРИКАЗЫВАЮ:\n"
    "1. Утвердить Положение о наставничестве обучающихся МБОУ «СОШ № 3».\n"
    "Директор __________ А.Р. Бекова\n"
)


def test_a_schools_letterhead_naming_its_founder_stays_the_schools(judge) -> None:
    for chrome in ("", CHROME):
        text = SCHOOL_ORDER.format(chrome=chrome)
        assert judge(text, "1.2", org="МБОУ СОШ 3 Лесногорск").verdict is Verdict.OK


# -- pay an act leaves out -------------------------------------------------------------------

REWARDS = (
    "Муниципальное дошкольное образовательное учреждение «Детский сад № 7»\n"
    "\n"
    "УТВЕРЖДЕНО приказом заведующего от 29.08.2024 № 41\n"
    "\n"
    "ПОЛОЖЕНИЕ\n"
    "о нематериальном поощрении педагогов-наставников\n"
    "\n"
    "1. Общие положения\n"
    "1.1. Положение определяет меры поощрения работников, выполняющих функции наставника.\n"
    "1.2. {clause}\n"
    "2. Меры поощрения наставников\n"
    "2.1. Благодарность заведующего с записью в трудовую книжку.\n"
    "2.2. Почётная грамота детского сада.\n"
    "2.3. Присвоение звания «Лучший наставник года».\n"
)
LEFT_OUT = "Настоящее Положение не регулирует вопросы оплаты труда наставников."
PAY_SET = "Наставнику устанавливается доплата в размере 15 % должностного оклада."


def test_pay_the_act_leaves_out_is_no_pay_act(judge) -> None:
    d = judge(REWARDS.format(clause=LEFT_OUT), "11.1", org="МДОУ д/с 7")
    assert d.verdict is Verdict.OFF_TOPIC


def test_pay_the_act_sets_stays_a_pay_act(judge) -> None:
    assert judge(REWARDS.format(clause=PAY_SET), "11.1", org="МДОУ д/с 7").verdict is Verdict.OK


def test_rewards_beside_pay_left_out_stay_non_material_rewards(judge) -> None:
    assert judge(REWARDS.format(clause=LEFT_OUT), "11.2", org="МДОУ д/с 7").verdict is Verdict.OK


PAY_ACT = (
    "Муниципальное бюджетное общеобразовательное учреждение «Школа № 12»\n"
    "\n"
    "УТВЕРЖДЕНО приказом директора от 30.08.2024 № 77\n"
    "\n"
    "ПОЛОЖЕНИЕ\n"
    "о материальном поощрении педагогов-наставников\n"
    "\n"
    "1. Наставникам производится материальное поощрение из стимулирующей части фонда оплаты.\n"
    "2. Размер материального поощрения наставника определяет комиссия.\n"
    "{extra}"
)


def test_material_rewards_are_no_non_material_rewards(judge) -> None:
    d = judge(PAY_ACT.format(extra=""), "11.2", org="МБОУ Школа 12")
    assert d.verdict is Verdict.OFF_TOPIC
    assert judge(PAY_ACT.format(extra=""), "11.1", org="МБОУ Школа 12").verdict is Verdict.OK


def test_a_pay_act_that_also_rewards_with_a_grammar_stays_a_rewards_act(judge) -> None:
    extra = "3. Наставник также может быть награждён почётной грамотой школы.\n"
    assert judge(PAY_ACT.format(extra=extra), "11.2", org="МБОУ Школа 12").verdict is Verdict.OK


# -- a справка on another organisation's form, signed by the school --------------------------

FORM_REPORT = (
    "МБУ «Методический центр» Лесногорского муниципального района\n"
    "Форма 2 (заполняется образовательной организацией)\n"
    "\n"
    "СПРАВКА\n"
    "о количестве персонализированных программ наставничества в 2024 году\n"
    "\n"
    "Наименование ОО: МБОУ «Средняя общеобразовательная школа № 3»\n"
    "Форма наставничества | Количество программ\n"
    "учитель - учитель | 4\n"
    "ученик - ученик | 6\n"
    "ИТОГО | 10\n"
    "Общее количество программ наставничества - 10.\n"
    "\n"
    "{signature}\n"
    "15.10.2024\n"
)


def test_a_form_signed_by_the_schools_head_is_the_schools_report(judge) -> None:
    text = FORM_REPORT.format(signature="Директор МБОУ «СОШ № 3» __________ Л.К. Орлова")
    assert judge(text, "3.0", org="МБОУ СОШ 3 Лесногорск").verdict is Verdict.OK


def test_a_form_signed_by_the_centre_or_another_school_stays_foreign(judge) -> None:
    for signature in (
        "Директор МБУ «Методический центр» __________ Л.К. Орлова",
        "Директор МБОУ «СОШ № 8» __________ Л.К. Орлова",
    ):
        text = FORM_REPORT.format(signature=signature)
        assert judge(text, "3.0", org="МБОУ СОШ 3 Лесногорск").verdict is Verdict.OFF_TOPIC


# -- a protocol in an approval stamp on one line ---------------------------------------------

ONE_LINE = (
    "МУНИЦИПАЛЬНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ДЕТСКИЙ САД «СОЛНЫШКО» ПРИНЯТО: "
    "Протокол заседания Педагогического совета №2 от 30 августа 2022 г. УТВЕРЖДАЮ: Заведующий "
    "_______ Н.В. Котова Приказ № 51 от 31 августа 2022 г. ПОЛОЖЕНИЕ О ПЕДАГОГИЧЕСКОМ СОВЕТЕ "
    "1. Общие положения. 1.1. Настоящее Положение определяет порядок работы совета."
)


def test_a_stamps_protocol_on_one_line_with_its_number_is_no_heading() -> None:
    assert kind_of(ONE_LINE) is DocKind.REGULATION


def test_a_protocol_titled_with_its_number_stays_a_protocol() -> None:
    text = (
        "МДОУ «Детский сад «Солнышко»\n\nПротокол заседания педагогического совета № 2\n"
        "от 30.08.2022\n\nПрисутствовали: 14 человек.\nПовестка дня: 1. Об итогах года.\n"
    )
    assert kind_of(text) is DocKind.OTHER


# -- an order cited under a news text --------------------------------------------------------

NEWS = (
    "НАШЕЙ ШКОЛЕ ПРИСВОЕН НОВЫЙ СТАТУС!\n"
    "\n"
    "Спортивной школе «Олимп» приказом министерства присвоен статус школы олимпийского резерва, "
    "и теперь у неё новое официальное название!\n"
    "\n"
    "Этого удалось добиться благодаря успехам наших борцов и лыжников на всероссийских "
    "соревнованиях прошлого сезона.\n"
    "\n"
    "Приказ № 512 Минспорта России от 12.10.2020 «Об утверждении перечня организаций»\n"
)


def test_an_order_cited_under_news_prose_is_no_heading() -> None:
    assert kind_of(NEWS) is DocKind.OTHER


def test_an_order_with_its_own_text_under_prose_stays_an_order() -> None:
    text = NEWS + "\nВ соответствии с Положением\nПРИКАЗЫВАЮ:\n1. Включить в перечень.\n"
    assert kind_of(text) is DocKind.ORDER
