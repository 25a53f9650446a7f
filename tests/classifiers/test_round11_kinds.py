"""Round-11 kinds: real shapes the rules missed (site pages, excerpts, reports), own wording."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.textnorm import normalise


def kind(text: str) -> tuple[str, str]:
    k = detect_kind(normalise(text))
    return k.kind.value, k.subtype


# -- a site's page: the widget of its version for the visually impaired over a section's name --

WIDGET_PAGE = (
    "Размер шрифта:\nA\nA\nA\nЦвета сайта:\nЦ\nЦ\nИзображения\nВкл.Выкл.\n\n14.03.2025\n\n"
    "Обычная версия\n\nМониторинг качества образования в районе в 2024/2025 учебном году\n\n"
    "Приказ управления образования № 112 от 2 сентября 2024 года О проведении мониторинга - "
    "смотреть\n\nГрафик мероприятий мониторинга\n\nНаименование\nСроки\nУчастники\n"
)
WIDGET_PAGE_OTHER = (
    "Версия для слабовидящих\n\nГлавная / Сведения об организации / Мониторинг\n\n"
    "Мониторинг\n\nНа странице размещаются материалы мониторингов, в которых участвует "
    "гимназия: анкеты для родителей, результаты опросов, графики проведения.\n"
)
MONITORING_REPORT = (
    "Мониторинг реализации программы наставничества в МБОУ «Лицей № 3» за 2024 год\n\n"
    "В мониторинге приняли участие 12 наставников и 14 наставляемых. Доля педагогов, "
    "вовлечённых в наставничество, составила 27 %.\n"
)


def test_site_page_under_a_monitoring_section_is_other() -> None:
    assert kind(WIDGET_PAGE) == ("other", "страница сайта")
    assert kind(WIDGET_PAGE_OTHER) == ("other", "страница сайта")


def test_monitoring_report_without_a_site_widget_stays_a_report() -> None:
    assert kind(MONITORING_REPORT)[0] == "report"


# -- a section's name over a document's own title ----------------------------------------------

SECTION_OVER_REGULATION = (
    "Внутренняя система оценки качества\n\nМониторинг\n\nПоложение\n о мониторинге качества "
    "подготовки обучающихся\n\n1. Общие положения\n1.1. Настоящее Положение устанавливает "
    "порядок проведения мониторинга.\n"
)
SECTION_OVER_NOTE = (
    "Школьный мониторинг\n\nСПРАВКА\nпо итогам мониторинга адаптации молодых педагогов\n\n"
    "Мониторинг проводился в октябре 2024 года заместителем директора.\n"
)


def test_topic_heading_gives_way_to_the_document_title_under_it() -> None:
    assert kind(SECTION_OVER_REGULATION) == ("regulation", "положение")
    assert kind(SECTION_OVER_NOTE) == ("report", "справка")


# -- a page's prose ending in a document's title: the name of a link, no body follows ----------

LINK_UNDER_DEFINITION = (
    "Наставничество – форма передачи опыта, при которой опытный педагог помогает молодому "
    "специалисту освоиться в профессии в течение первых трёх лет работы.\n"
    "Положение о системе наставничества педагогических работников МБОУ СОШ № 9\n"
)
LINK_UNDER_NEWS = (
    "В лицее продолжается работа по сопровождению молодых учителей. За каждым из них "
    "закреплён опытный коллега, встречи проходят еженедельно.\n\n"
    "Программа наставничества «Вместе» на 2024–2025 учебный год\n"
)
REGULATION_WITH_BODY = (
    "Наставничество – форма передачи опыта, при которой опытный педагог помогает молодому "
    "специалисту освоиться в профессии в течение первых трёх лет работы.\n"
    "Положение о системе наставничества педагогических работников МБОУ СОШ № 9\n"
    "1. Общие положения\n1.1. Настоящее положение определяет порядок наставничества.\n"
)


def test_title_closing_a_page_is_a_link_not_the_document() -> None:
    assert kind(LINK_UNDER_DEFINITION) == ("other", "ссылка на документ")
    assert kind(LINK_UNDER_NEWS) == ("other", "ссылка на документ")


def test_title_followed_by_its_text_is_the_document() -> None:
    assert kind(REGULATION_WITH_BODY)[0] == "regulation"
    assert kind("Положение о наставничестве\n")[0] == "regulation"


# -- a news item: the day of the week and the date open it ---------------------------------------

NEWS_ABOUT_AGREEMENT = (
    "Вторник, 7 февраля 2023 г.\nКолледж и гимназия заключили соглашение о партнёрстве\n\n"
    "Соглашение позволит студентам колледжа проходить практику в гимназии, а учителям — "
    "участвовать в совместных методических семинарах.\n"
)
NEWS_ABOUT_CONTRACT = (
    "Пятница, 3 марта 2023\n\nДоговор о сетевом взаимодействии подписан с Домом творчества. "
    "Директор школы рассказала, что занятия начнутся уже в апреле.\n"
)
AGREEMENT_ITSELF = (
    "СОГЛАШЕНИЕ о сотрудничестве\n\nг. Курск, 7 февраля 2023 г.\n\n"
    "ОГБПОУ «Колледж связи», именуемое в дальнейшем «Колледж», в лице директора, с одной "
    "стороны, и МБОУ «Гимназия № 4», именуемое в дальнейшем «Гимназия», заключили настоящее "
    "соглашение о нижеследующем.\n"
)


def test_news_item_about_an_agreement_is_other(judge) -> None:
    assert kind(NEWS_ABOUT_AGREEMENT) == ("other", "новость")
    assert kind(NEWS_ABOUT_CONTRACT) == ("other", "новость")
    assert judge(NEWS_ABOUT_AGREEMENT, "2.1", year=2023).verdict.value == "wrong_type"


def test_agreement_with_its_parties_stays_an_agreement() -> None:
    assert kind(AGREEMENT_ITSELF)[0] == "agreement"


# -- self-inspection and public reports: their sections, a licence as a row of their table -------

SELF_INSPECTION_TABLE = (
    "АНАЛИТИЧЕСКАЯ ЧАСТЬ\nI. ОБЩИЕ СВЕДЕНИЯ ОБ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ\n"
    "Наименование\n\nМАОУ «Гимназия № 2»\n\nУчредитель\n\nАдминистрация города\n\n"
    "Лицензия\n\nОт 12.03.2015 № 8841, серия 74Л02 № 0001123\n\n"
    "Свидетельство о государственной аккредитации\n\nОт 01.04.2016 № 2210\n"
)
SELF_INSPECTION_TITLED = (
    "Самообследование 2024\n\nСамообследование гимназии проводилось в соответствии с "
    "порядком проведения самообследования образовательной организацией.\n"
    "1. Аналитическая часть\n1.1. Оценка образовательной деятельности\n"
)
PUBLIC_REPORT_ONE_LINE = (
    "МУНИЦИПАЛЬНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ДЕТСКИЙ САД № 5 ![]() составители: "
    "Иванова А.А., заведующий ![]() пос. Северный, 2012 г. 1. Общая характеристика "
    "учреждения Детский сад расположен в жилом микрорайоне, рядом со школой № 2.\n"
)
LICENCE_ITSELF = (
    "ЛИЦЕНЗИЯ\nна осуществление образовательной деятельности\n\nот 12 марта 2015 г. № 8841\n\n"
    "Настоящая лицензия предоставлена муниципальному автономному общеобразовательному "
    "учреждению «Гимназия № 2».\n"
)
PROGRAMME_DESCRIPTION = (
    "1. Общая характеристика программы\nПрограмма курса рассчитана на 36 часов и "
    "включает лекции и практические занятия.\n"
)


def test_self_inspection_report_is_a_report(judge) -> None:
    assert kind(SELF_INSPECTION_TABLE) == ("report", "отчёт")
    assert kind(SELF_INSPECTION_TITLED)[0] == "report"
    assert kind(PUBLIC_REPORT_ONE_LINE) == ("report", "отчёт")
    # a report, but not on mentoring: off topic rather than a wrong kind
    assert judge(SELF_INSPECTION_TITLED, "1.4").verdict.value != "wrong_type"


def test_licence_itself_and_a_programme_section_are_no_report() -> None:
    assert kind(LICENCE_ITSELF) == ("certificate", "лицензия")
    assert kind(PROGRAMME_DESCRIPTION)[0] != "report"


# -- the middle of a regulation: numbered definitions, grounds in the instrumental case --------

DEFINITIONS_EXCERPT = (
    "1) наставник – педагогический работник, назначенный ответственным за профессиональную "
    "адаптацию молодого специалиста; 2) наставляемый – педагог, в отношении которого "
    "осуществляется наставничество; 3) куратор – сотрудник, организующий работу наставнических "
    "пар; 4) наставническая пара – наставник и наставляемый, работающие вместе.\n"
)
DEFINITIONS_ON_LINES = (
    "\n1) форма наставничества – способ организации работы пары;\n"
    "2) программа наставничества – комплекс мероприятий для наставляемого;\n"
    "3) ментор – синоним наставника, принятый в бизнес-практике;\n"
)
GROUNDS_EXCERPT = (
    "образовательной деятельности;\n"
    "– Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
    "– Приказом Министерства просвещения Российской Федерации от 22.03.2021 № 115 "
    "«Об утверждении Порядка»;\n"
    "– Уставом образовательной организации.\n"
    "1.4.\nНаставничество осуществляется на добровольной основе.\n"
)
PROGRAMME_GLOSSARY = (
    "1) наставник – участник программы, имеющий опыт; 2) наставляемый – участник программы; "
    "3) куратор – сотрудник, отвечающий за программу. Настоящая программа реализуется в "
    "течение учебного года.\n"
)
TWO_DEFINITIONS = "1) наставник – опытный педагог; 2) наставляемый – молодой педагог.\n"


def test_headless_excerpt_of_a_regulation() -> None:
    assert kind(DEFINITIONS_EXCERPT) == ("regulation", "положение")
    assert kind(DEFINITIONS_ON_LINES) == ("regulation", "положение")
    assert kind(GROUNDS_EXCERPT) == ("regulation", "положение")


def test_glossary_of_a_programme_or_a_short_list_is_no_regulation() -> None:
    assert kind(PROGRAMME_GLOSSARY)[0] != "regulation"
    assert kind(TWO_DEFINITIONS)[0] != "regulation"


# -- a regulation whose title the OCR damaged: its first numbered section still shows ----------

OCR_REGULATION = (
    "|!Р|{}{}: на |1едагогическом совете |[ротокол № 2 от ?. /[? .2023 г. |!олоэение о "
    "наставничестве 1. Фбщие положения 1.1' !анное |1оложение определяет порядок "
    "организации наставничества в школе.\n"
)
CUT_TITLE_REGULATION = (
    "УТВ3РЖД3НО\nприказом ди?ектора\n\n0 порядке работы наставнических пар\n\n"
    "I. 0бщие положения\n1.1. Наставническая пара создаётся приказом директора.\n"
)
PROGRAMME_SECTION = (
    "«Шаг навстречу»\n\n1. Общие положения\n1.1. Настоящая программа определяет "
    "мероприятия наставника с молодым учителем на учебный год.\n"
)


def test_regulation_with_an_unreadable_title_is_known_by_its_first_section() -> None:
    assert kind(OCR_REGULATION)[0] == "regulation"
    assert kind(CUT_TITLE_REGULATION)[0] == "regulation"


def test_programme_with_general_provisions_is_no_regulation() -> None:
    assert kind(PROGRAMME_SECTION)[0] != "regulation"


# -- a heading word opening a paragraph of prose: a news text, not a title ------------------------

NEWS_PARAGRAPH = (
    "Школы района договорились о сотрудничестве\n\n"
    "Соглашение о совместной работе подписали директора трёх школ района на августовском "
    "совещании педагогов. Об этом сообщили в управлении образования администрации района.\n\n"
    "Документ предусматривает обмен опытом и совместные мероприятия.\n"
)
NEWS_PARAGRAPH_REGULATION = (
    "Положение о конкурсе «Педагог-наставник» утвердили на заседании районного методического "
    "совета в прошлый четверг, и уже принято двенадцать заявок от учителей. Итоги подведут в мае.\n"
)
LONG_TITLE = (
    "Положение о системе наставничества педагогических работников муниципального бюджетного "
    "общеобразовательного учреждения «Средняя общеобразовательная школа № 12 имени героя»\n"
    "1. Общие положения\n1.1. Настоящее положение определяет порядок наставничества.\n"
)


def test_heading_word_opening_a_prose_paragraph_names_no_document() -> None:
    assert kind(NEWS_PARAGRAPH)[0] == "other"
    assert kind(NEWS_PARAGRAPH_REGULATION)[0] != "regulation"


def test_long_title_line_is_still_a_title() -> None:
    assert kind(LONG_TITLE)[0] == "regulation"
