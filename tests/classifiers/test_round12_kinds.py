"""Round-12 kinds: excerpts of regulations cut out of their text, own wording."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.textnorm import normalise


def kind(text: str) -> tuple[str, str]:
    k = detect_kind(normalise(text))
    return k.kind.value, k.subtype


# -- an excerpt opening with a section of a regulation, its title and first sections cut off --

SECTIONS_EXCERPT = (
    "4. Обязанности куратора\n\n"
    "4.1. Куратор обязан:\n"
    "4.1.1. вести учёт наставнических пар и групп;\n"
    "4.1.2. готовить проекты распорядительных актов о закреплении наставников;\n"
    "4.2. Куратор вправе запрашивать отчёты наставников.\n\n"
    "5. Порядок завершения наставничества\n\n"
    "5.1. Наставничество прекращается по истечении срока, указанного в приказе.\n"
)
# the same numbering extracted as one line, the clause cut in the middle of a sentence
SECTIONS_ONE_LINE = (
    "и педагогического работника, закреплённого за наставляемым. 1.4. Наставляемый - "
    "работник колледжа, впервые принятый на должность преподавателя, которому оказывается "
    "помощь в освоении профессии. 2. Задачи наставничества Задачами являются ускорение "
    "профессионального становления преподавателей и снижение их текучести. 3. Организация "
    "наставничества Наставник назначается распоряжением директора колледжа"
)
# a table of indicators numbered the same way: its rows end no sentence
INDICATOR_ROWS = (
    "1.1. Доля наставников от числа педагогов – 12 %\n"
    "1.2. Доля наставляемых – 9 %\n"
    "2. Кадровые показатели\n"
    "2.1. Число кураторов – 1\n"
)


def test_excerpt_opening_with_a_later_section_is_a_regulation() -> None:
    assert kind(SECTIONS_EXCERPT) == ("regulation", "положение")


def test_excerpt_on_one_line_with_a_clause_then_the_next_section_is_a_regulation() -> None:
    assert kind(SECTIONS_ONE_LINE) == ("regulation", "положение")


def test_rows_of_indicators_are_no_regulation() -> None:
    assert kind(INDICATOR_ROWS)[0] != "regulation"


# -- an excerpt of a regulation's «Основные понятия», cut in the middle of a sentence --

TERMS_EXCERPT = (
    "реализуемой в отношении молодых специалистов в течение первых трёх лет работы. "
    "Куратор — заместитель директора, отвечающий за организацию наставничества в школе. "
    "Наставник — педагогический работник, назначенный ответственным за профессиональную "
    "адаптацию наставляемого. Наставляемый — работник, в отношении которого осуществляется "
    "наставничество. Наставническая пара — наставник и наставляемый, закреплённые приказом."
)
TERMS_EXCERPT_LINES = (
    "ства и профессиональной ориентации обучающихся техникума.\n"
    "Форма наставничества – способ организации взаимодействия наставника и наставляемого.\n"
    "Наставник – работник техникума либо работодателя, имеющий опыт работы по профессии.\n"
    "Наставляемый – студент или молодой специалист техникума.\n"
)
# a site's page explaining the same words: it opens with its own prose, «… — это …»
TERMS_PAGE = (
    "Наставничество в нашей школе\n\n"
    "На этой странице собраны понятия, которые встречаются в материалах раздела.\n"
    "Наставничество — это передача опыта от старшего к младшему.\n"
    "Наставник — опытный педагог, помогающий коллеге.\n"
    "Наставляемый — молодой педагог или ученик.\n"
    "Куратор — сотрудник, который отвечает за программу.\n"
)
TERMS_GLOSSARY_MID = (
    "ученика. Наставничество — это помощь опытного учителя. Наставник — это учитель, "
    "который делится опытом. Наставляемый — это тот, кому помогают."
)


def test_excerpt_of_defined_terms_cut_mid_sentence_is_a_regulation() -> None:
    assert kind(TERMS_EXCERPT) == ("regulation", "положение")
    assert kind(TERMS_EXCERPT_LINES) == ("regulation", "положение")


def test_glossary_of_a_site_page_is_no_regulation() -> None:
    assert kind(TERMS_PAGE)[0] != "regulation"
    assert kind(TERMS_GLOSSARY_MID)[0] != "regulation"


# -- a heading word after a clause number inside a line is the subject of the clause --

CLAUSE_SUBJECT_INLINE = (
    "наставляемого. 2.3. Программа наставничества - комплекс мероприятий, направленных на "
    "адаптацию наставляемого. 2.4. Куратор - сотрудник школы, отвечающий за наставничество. "
    "3. Права наставника Наставник вправе привлекать других педагогов к работе"
)


def test_heading_word_after_an_inline_clause_number_is_no_title() -> None:
    assert kind(CLAUSE_SUBJECT_INLINE) == ("regulation", "положение")


# -- a site's name of a file over an excerpt of a regulation's sections --

LABEL_OVER_SECTIONS = (
    "План работы, наставники\n\n"
    "- закрепить за молодым учителем опытного коллегу;\n"
    "- обеспечить посещение уроков наставника.\n"
    "4. ПОРЯДОК ЗАКРЕПЛЕНИЯ НАСТАВНИКА\n"
    "4.1. Наставник закрепляется за наставляемым приказом директора на срок не менее года.\n"
    "4.2. Замена наставника производится по заявлению наставляемого.\n"
)
LABEL_OVER_SECTIONS_OTHER = (
    "«Программа, методический совет»\n"
    "• рассмотреть кандидатуры наставников на заседании совета;\n"
    "• утвердить график встреч пар.\n\n"
    "2. Права куратора\n"
    "2.1. Куратор вправе запрашивать у наставников сведения о работе пары;\n"
    "2.2. Куратор вносит директору предложения о поощрении наставников.\n"
)
# a plan whose title is followed by its own list of tasks, with no numbered sections of an act
PLAN_WITH_TASKS = (
    "План мероприятий по наставничеству на 2024/2025 учебный год\n\n"
    "- провести диагностику затруднений молодых педагогов;\n"
    "- организовать взаимопосещение уроков.\n"
    "Сентябрь — составление списка пар. Октябрь — семинар наставников.\n"
)


def test_name_of_a_file_over_sections_of_a_regulation_is_a_regulation() -> None:
    assert kind(LABEL_OVER_SECTIONS) == ("regulation", "положение")
    assert kind(LABEL_OVER_SECTIONS_OTHER) == ("regulation", "положение")


def test_plan_with_its_own_list_of_tasks_stays_a_plan() -> None:
    assert kind(PLAN_WITH_TASKS)[0] == "programme"


# -- a page's text ending in the list of its links --

NEWS_WITH_LINKS = (
    "В гимназии прошла неделя открытых уроков молодых учителей. Наставники посетили занятия "
    "и обсудили их с коллегами на методическом объединении.\n"
    "1.Фотоотчёт\n2.Положение о неделе\n3.Приказ\n"
)
PAGE_WITH_BULLETED_LINKS = (
    "Родители могут ознакомиться с документами школы по вопросам организации питания на этой "
    "странице. Документы обновляются ежегодно.\n"
    "- Меню на неделю\n- Программа производственного контроля\n- Положение\n"
)


def test_title_in_a_list_of_links_ending_a_page_is_no_document() -> None:
    assert kind(NEWS_WITH_LINKS) == ("other", "ссылка на документ")
    assert kind(PAGE_WITH_BULLETED_LINKS) == ("other", "ссылка на документ")


def test_regulation_with_its_numbered_title_stays_a_regulation() -> None:
    text = "ПОЛОЖЕНИЕ\nо наставничестве\n1. Общие положения\n1.1. Настоящее положение определяет порядок наставничества.\n"
    assert kind(text)[0] == "regulation"


# -- a programme calling itself «настоящая <adjective> программа» --

PROGRAMME_PREVIEW = (
    "Просмотр файла\n\nВведение\n\nПоддержка молодых учителей — задача школы. Настоящая "
    "адаптационная программа описывает работу с педагогами в первые три года.\n"
)
PROGRAMME_PREVIEW_OTHER = (
    "Пояснительная записка\n\nЦель — помочь студентам освоиться в колледже. Реализация "
    "настоящей воспитательной программы рассчитана на один учебный год.\n"
)


def test_programme_naming_itself_with_an_adjective_is_a_programme() -> None:
    assert kind(PROGRAMME_PREVIEW)[0] == "programme"
    assert kind(PROGRAMME_PREVIEW_OTHER)[0] == "programme"


# -- 11.2: an incentive act whose title rewards someone other than mentors --

REWARDS_COORDINATORS = (
    "ПОЛОЖЕНИЕ\nо поощрении районных кураторов внедрения целевой модели наставничества\n"
    "1. Общие положения\n1.1. Настоящее положение определяет порядок поощрения кураторов "
    "грамотой управления образования за организацию наставничества в школах района.\n"
)
REWARDS_PUPILS = (
    "Положение о поощрении победителей конкурса проектов наставничества «Вместе»\n"
    "1. Победители конкурса награждаются дипломами и благодарственными письмами. "
    "Наставники команд награждаются грамотами.\n"
)
REWARDS_MENTORS = (
    "ПОЛОЖЕНИЕ\nо нематериальном поощрении наставников\n1. Общие положения\n1.1. Настоящее "
    "положение устанавливает формы морального поощрения наставников: грамота, благодарность.\n"
)
REWARDS_TEACHERS = (
    "ПОЛОЖЕНИЕ\nо поощрении педагогических работников школы\n1.1. Педагогам, осуществляющим "
    "наставничество, объявляется благодарность директора и вручается почётная грамота.\n"
)


def test_incentive_act_rewarding_others_than_mentors_is_off_topic(judge) -> None:
    assert judge(REWARDS_COORDINATORS, "11.2").verdict.value == "off_topic"
    assert judge(REWARDS_PUPILS, "11.2").verdict.value == "off_topic"


def test_incentive_act_rewarding_mentors_or_teachers_stays_ok(judge) -> None:
    assert judge(REWARDS_MENTORS, "11.2").verdict.value == "ok"
    assert judge(REWARDS_TEACHERS, "11.2").verdict.value == "ok"


# -- 3.x: a programme titled «… в форме «X – Y»» is the programme of one form --

ONE_FORM_MODEL = (
    "ПРОГРАММА\n\nНаставничество в форме\n«Ученик – Ученик»\n\nв МБОУ «Лицей № 2» на 2024–2026 "
    "годы\n\nПояснительная записка\n\nПрограмма помогает слабоуспевающим ученикам "
    "при поддержке одноклассников-наставников.\n"
)
ONE_FORM_TEACHERS = (
    "Программа наставничества в форме «учитель – учитель»\nМБДОУ детский сад № 4\n\n"
    "1. Пояснительная записка\nПрограмма адресована молодым воспитателям и их наставникам.\n"
)
SEVERAL_FORMS = (
    "ПРОГРАММА НАСТАВНИЧЕСТВА\nв форме «учитель – учитель» и в форме «ученик – ученик»\n"
    "МБОУ СОШ № 9\n\n1. Пояснительная записка\nПрограмма реализуется в двух формах.\n"
)


def test_programme_titled_by_one_form_with_v_forme_is_personalised(judge) -> None:
    assert judge(ONE_FORM_MODEL, "3.1").verdict.value == "ok"
    assert judge(ONE_FORM_TEACHERS, "3.2").verdict.value == "ok"


def test_programme_titled_by_several_forms_is_general(judge) -> None:
    assert judge(SEVERAL_FORMS, "3.2").verdict.value == "off_topic"
