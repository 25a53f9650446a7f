"""Round-15 kinds: an excerpt of a report that says how it was drawn up, a regulation's section
whose clauses a PDF broke into short lines, and an article about a kind of contract under the
contract's name; own wording."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.textnorm import normalise


def kind(text: str) -> tuple[str, str]:
    k = detect_kind(normalise(text))
    return k.kind.value, k.subtype


# -- «… Отчёт … составлен в соответствии с …»: an excerpt of a report with no title --

REPORT_EXCERPT_SCHOOL = (
    "ведётся в две смены, в первую смену обучаются 1-е, 5-е и 9–11-е классы. Средняя "
    "наполняемость классов – 26 человек. Всего в школе 31 класс-комплект, 812 учащихся. "
    "Настоящий отчёт подготовлен согласно положению о внутренней оценке качества и рассмотрен на "
    "педагогическом совете. Содержание и качество подготовки обучающихся оценивались по "
    "результатам промежуточной и итоговой аттестации. Кадровый состав: 54 педагога, из них "
    "высшую категорию имеют 21 человек."
)
REPORT_EXCERPT_KINDERGARTEN = (
    "групп общеразвивающей направленности, в которых воспитываются 142 ребёнка. Режим работы "
    "учреждения – с 7.00 до 19.00, пять дней в неделю. Отчет о результатах деятельности "
    "учреждения за 2024 год составлен на основании данных внутренней системы оценки качества "
    "образования. Методическая работа велась по плану, утверждённому заведующим."
)
# the word «отчёт» with the verb's other form: a duty, not a report naming itself
DUTY_TO_REPORT = (
    "заместитель заведующего ведёт учёт посещаемости, а отчёт о порядке составления графика "
    "дежурств передаётся методисту. Воспитатели готовят материалы к родительскому собранию "
    "и оформляют стенды в группах."
)
# a news line saying who drew a report up, not on what grounds
NEWS_ABOUT_REPORT = (
    "воспитанники подготовили концерт ко Дню матери. Отчёт о празднике подготовлен "
    "воспитателями старшей группы, фотографии размещены в галерее сайта."
)


def test_report_excerpt_names_itself() -> None:
    assert kind(REPORT_EXCERPT_SCHOOL) == ("report", "отчёт")


def test_report_excerpt_kindergarten_shape() -> None:
    assert kind(REPORT_EXCERPT_KINDERGARTEN) == ("report", "отчёт")


def test_report_word_without_the_participle_is_no_report() -> None:
    assert kind(DUTY_TO_REPORT)[0] != "report"


def test_report_drawn_up_by_someone_is_no_report() -> None:
    assert kind(NEWS_ABOUT_REPORT)[0] != "report"


# -- «3. Права работников / 3.1 Работник имеет / право на …»: a section whose clauses a PDF
# broke into short lines --

BROKEN_CLAUSES = (
    "3. Основные права и обязанности работников\n"
    "3.1 Работник имеет право на заключение, изменение\n"
    "и\n"
    "расторжение\n"
    "трудового\n"
    "договора\n"
    "в порядке и на условиях, установленных законодательством.\n"
    "3.2. Работник обязан добросовестно исполнять свои трудовые обязанности.\n"
)
BROKEN_CLAUSES_MENTORS = (
    "4. Порядок закрепления наставников\n"
    "4.1 Наставник закрепляется за молодым специалистом\n"
    "приказом\n"
    "руководителя\n"
    "организации\n"
    "не позднее двух недель с начала работы специалиста;\n"
    "4.2 Наставник может вести не более двух наставляемых одновременно.\n"
)


def test_section_with_broken_clauses_is_regulation() -> None:
    assert kind(BROKEN_CLAUSES) == ("regulation", "положение")


def test_section_with_broken_clauses_other_shape() -> None:
    assert kind(BROKEN_CLAUSES_MENTORS) == ("regulation", "положение")


# -- «Договор о … / Статья 12. …»: an article commenting a law under a contract's name --

ARTICLE_ABOUT_CONTRACT = (
    "Главная   Публикации\n\n"
    "Договор о целевом обучении\n\n"
    "Статья 56. Целевое обучение\n\n"
    "1. Комментируемая статья (далее – статья 56) устанавливает, что гражданин вправе "
    "заключить договор о целевом обучении с органом или организацией. Законодатель не "
    "определяет форму такого договора, но требует указать в нём обязательства сторон.\n"
)
ARTICLE_ABOUT_AGREEMENT = (
    "Соглашение о сотрудничестве образовательных организаций\n"
    "Статья 15.1. Совместная деятельность\n"
    "Разъясняем, как закон понимает совместную деятельность организаций и что обычно "
    "включают в такие соглашения (далее – соглашения о сотрудничестве).\n"
)
# a contract built of articles: its own articles start at 1, after the parties' preamble
CONTRACT_WITH_ARTICLES = (
    "ДОГОВОР № 3\n"
    "о сетевом взаимодействии\n\n"
    "МБОУ «Школа № 8», именуемое в дальнейшем «Сторона 1», в лице директора Ивановой А. А., "
    "с одной стороны, и МБОУ «Лицей № 2», именуемое в дальнейшем «Сторона 2», в лице "
    "директора Петрова Б. Б., с другой стороны, заключили настоящий договор о нижеследующем.\n"
    "Статья 1. Предмет договора\n"
    "Стороны организуют наставничество педагогов.\n"
)


def test_article_about_contract_is_other() -> None:
    assert kind(ARTICLE_ABOUT_CONTRACT) == ("other", "статья о документе")


def test_article_about_agreement_other_shape() -> None:
    assert kind(ARTICLE_ABOUT_AGREEMENT) == ("other", "статья о документе")


def test_contract_with_its_own_articles_stays_agreement() -> None:
    assert kind(CONTRACT_WITH_ARTICLES)[0] == "agreement"


# -- «УТВЕРЖДЕНО … / ПРАВИЛА … / 1. Общие основания / - Постановление …»: a local act approved
# by the head under a title with no heading word; the acts it cites are not its heading --

APPROVED_REQUIREMENTS = (
    "УТВЕРЖДЕНО\n"
    "Директор ЧОУ ДПО «Учебный центр»\n"
    "__________ Белова Е.К.\n"
    "12 января 2021 г.\n"
    "ТРЕБОВАНИЯ К ОФОРМЛЕНИЮ ИТОГОВЫХ РАБОТ СЛУШАТЕЛЕЙ\n"
    "1. Правовые основания\n"
    "- Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
    "- Постановление Правительства Российской Федерации от 11.10.2023 № 1678 «Об утверждении "
    "Правил применения электронного обучения»;\n"
    "- Приказ Минобрнауки России от 01.07.2013 № 499 «Об утверждении Порядка …»;\n"
)
APPROVED_RULES_SCHOOL = (
    "  Утверждаю\n"
    "  Директор МБОУ «СОШ № 12»\n"
    "  приказ от 01.09.2022 № 140\n\n"
    "ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА ОБУЧАЮЩИХСЯ\n\n"
    "I. Общие основания\n"
    "Правила разработаны на основании следующих актов:\n"
    "Постановление Главного государственного санитарного врача РФ от 28.09.2020 № 28;\n"
    "Письмо Минпросвещения России от 12.05.2020 № ВБ-1011/08;\n"
    "Устав школы.\n"
)
# a stamp over a title, but no numbered section before the cited act: not this rule's shape
STAMP_WITHOUT_SECTIONS = (
    "УТВЕРЖДЕНО\n"
    "Заведующий МБДОУ № 5\n"
    "ГРАФИК РАБОТЫ СПЕЦИАЛИСТОВ\n"
    "Постановление администрации города от 10.02.2021 № 55\n"
)


def test_approved_act_with_unknown_title_is_regulation() -> None:
    assert kind(APPROVED_REQUIREMENTS)[0] == "regulation"


def test_approved_rules_other_shape() -> None:
    assert kind(APPROVED_RULES_SCHOOL)[0] == "regulation"


def test_stamp_and_caps_without_sections_is_not_this_rule() -> None:
    assert kind(STAMP_WITHOUT_SECTIONS)[1] != "локальный акт"


# -- «План работы наставника с молодым специалистом»: one mentor's plan for his mentee is the
# pair's personalised plan (3.2); the organisation's plan of its mentors' work is not --

MENTOR_PLAN = (
    "МБОУ «Гимназия № 3» г. Орла\n"
    "ПЛАН РАБОТЫ НАСТАВНИКА С МОЛОДЫМ ПЕДАГОГОМ\n"
    "на 2024–2025 учебный год\n\n"
    "1. Посещение уроков наставляемого – сентябрь.\n"
    "2. Разработка технологических карт уроков – октябрь.\n"
    "3. Открытый урок наставляемого – декабрь.\n"
)
MENTOR_PLAN_KINDERGARTEN = (
    "Детский сад № 14 «Ласточка»\n"
    "План работы наставника\n"
    "с начинающим воспитателем Орловой К. С.\n"
    "на 2024 год\n\n"
    "| Месяц | Мероприятие |\n"
    "| сентябрь | знакомство с режимом дня группы |\n"
)
MENTORS_PLAN_OF_SCHOOL = (
    "МБОУ «Гимназия № 3» г. Орла\n"
    "ПЛАН МЕРОПРИЯТИЙ ПО НАСТАВНИЧЕСТВУ\n"
    "на 2024–2025 учебный год\n\n"
    "1. Утверждение наставнических пар – сентябрь.\n"
    "2. Семинар для наставников – ноябрь.\n"
)


def test_plan_of_one_mentor_with_young_teacher_is_personalised(judge) -> None:
    assert judge(MENTOR_PLAN, "3.2", year=2024).verdict.value == "ok"


def test_plan_of_one_mentor_kindergarten_shape(judge) -> None:
    assert judge(MENTOR_PLAN_KINDERGARTEN, "3.2", year=2024).verdict.value == "ok"


def test_organisations_plan_of_events_is_not_personalised(judge) -> None:
    assert judge(MENTORS_PLAN_OF_SCHOOL, "3.2", year=2024).verdict.value == "off_topic"


# -- «Приказ Управления … № 45 от 02.03.2023 | Об утверждении …» opening the text: a page
# titled by the order it holds; a citation (date before number) in a list is no heading --

ORDER_PAGE = (
    "Приказ Управления образования администрации Лесного района № 45 от 02.03.2023 | Об "
    "утверждении графика методических семинаров - Портал органов власти\n\n"
    "Приказ Управления образования администрации Лесного района № 45 от 02.03.2023\n\n"
    "Скачать (PDF, 180 Кб)\n"
)
ORDER_FILE_CARD = (
    "Приказ департамента образования № 112-од от 15/09/2022 О проведении конкурса "
    "«Педагог года»\n"
    "Размер файла: 240 КБ\n"
    "Дата размещения: 16.09.2022\n"
)
CITED_ORDER_FIRST = (
    "Приказ Минпросвещения России от 22.03.2021 № 115 «Об утверждении Порядка организации "
    "образовательной деятельности»;\n"
    "Устав школы;\n"
    "Положение о внутренней системе оценки качества образования.\n"
)


def test_page_titled_by_its_order_is_order() -> None:
    assert kind(ORDER_PAGE)[0] == "order"


def test_file_card_of_an_order_other_shape() -> None:
    assert kind(ORDER_FILE_CARD)[0] == "order"


def test_cited_order_opening_a_list_is_no_heading() -> None:
    assert kind(CITED_ORDER_FIRST)[0] != "order"


# -- «SWOT-AHAJIH3 … | Сильные стороны | Слабые стороны |»: a scan's garbled title over the
# table of a SWOT analysis --

SWOT_GARBLED = (
    "SW0T-AHAJIN3\n\n"
    "работы школы молодого педагога МБОУ «СОШ № 9» г. Калуги\n\n"
    "| Сильные стороны | Слабые стороны |\n"
    "| методическая поддержка | мало часов на взаимопосещения |\n"
    "| Возможности | Угрозы |\n"
    "| курсы в институте развития | уход молодых учителей |\n"
)
SWOT_LIST_KINDERGARTEN = (
    "Детский сад № 52 «Берёзка»\n"
    "Итоги года глазами педагогов\n"
    "Сильные стороны: дружный коллектив, обновлённая предметная среда.\n"
    "Слабые стороны: мало воспитателей первой категории.\n"
    "Угрозы: нехватка кадров.\n"
)
STRENGTHS_ONLY = (
    "Конкурс чтецов прошёл в актовом зале. Жюри отметило сильные стороны выступлений: "
    "выразительность и хорошую дикцию участников.\n"
)


def test_swot_table_under_garbled_title_is_report() -> None:
    assert kind(SWOT_GARBLED) == ("report", "анализ")


def test_swot_list_other_shape() -> None:
    assert kind(SWOT_LIST_KINDERGARTEN)[0] == "report"


def test_strengths_alone_are_no_swot() -> None:
    assert kind(STRENGTHS_ONLY)[0] != "report"
