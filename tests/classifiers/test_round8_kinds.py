"""Round-8 shapes of document kinds and programme forms: titles that open with adjectives of
their heading word, letters of authorities, template contracts appended to an act, and the
form «учитель – ученик» of a personalised programme. The documents are written for these
tests."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.models import DocKind

# --- a title line opening with adjectives of its heading word -------------------------------

PROGRAMME_BRACKETED = """МАОУ «Гимназия № 4» г. Тюмени

Индивидуальная (персональная) программа наставничества
на 2025–2026 учебный год
Форма наставничества: «учитель – ученик»

Наставник: Белова Анна Сергеевна, учитель истории
Наставляемый: Крылов Денис, ученик 8 «А» класса

Цель: подготовка наставляемого к региональной олимпиаде по истории.
Этап 1. Диагностика (сентябрь): входная работа, беседа с классным руководителем.
Этап 2. Занятия (октябрь–январь): разбор олимпиадных заданий раз в неделю.
Этап 3. Итоги (февраль): участие в олимпиаде, рефлексия, отзыв наставника.
"""


def test_a_title_with_a_bracketed_synonym_is_a_programme(judge) -> None:
    k = detect_kind(PROGRAMME_BRACKETED)
    assert k.kind is DocKind.PROGRAMME
    assert PROGRAMME_BRACKETED[k.title_start :].startswith("Индивидуальная (персональная)")
    assert judge(PROGRAMME_BRACKETED, "3.6").verdict.value == "ok"


# another shape: a college's programme titled «Рабочая программа …» under a site's banner
# whose promotional line names a certificate mid-line
PROGRAMME_ON_A_SITE = """Рабочая программа наставничества «Первые шаги в профессии»

Материалы для педагогов  •  pdf  •  14.02.2024
Разместите свою разработку. Сертификат публикации бесплатно.

Рабочая программа наставничества по форме «педагог – студент»
ГБПОУ «Курганский технологический колледж»
Наставник: Ершова Л. В., преподаватель спецдисциплин
Наставляемый: Мухин П. А., студент группы ТМ-21
1. Пояснительная записка
Настоящая программа определяет содержание индивидуального сопровождения студента.
"""


def test_a_title_opening_with_an_adjective_outranks_a_banner_line() -> None:
    k = detect_kind(PROGRAMME_ON_A_SITE)
    assert k.kind is DocKind.PROGRAMME
    assert k.title_start == 0


def test_a_sentence_opening_with_an_adjective_is_no_title() -> None:
    # a news item: the line is a sentence (it ends with a full stop), not a title
    news = (
        "Новости школы\n"
        "Образовательная программа школы обновлена и размещена на сайте.\n"
        "Родители могут ознакомиться с ней в разделе «Документы».\n"
    )
    assert detect_kind(news).kind is DocKind.OTHER


def test_a_demonstrative_opens_a_sentence_not_a_title() -> None:
    text = (
        "Новости гимназии\n"
        "Данный отчёт подготовлен библиотекой гимназии\n"
        "В течение года читатели посетили 14 выставок и 6 встреч с авторами.\n"
    )
    k = detect_kind(text)
    assert k.kind is not DocKind.REPORT


# --- a letter of an authority --------------------------------------------------------------

LETTER_NUMBERED = """Письмо № 07-1185/12 от 14 сентября 2023 г.
О проведении областного конкурса «Наставник года»

Руководителям общеобразовательных организаций

Департамент образования информирует о проведении областного конкурса «Наставник года».
Положение о конкурсе - Приложение № 1. Заявки принимаются до 1 ноября 2023 года.
Просим довести информацию до сведения педагогических работников.
"""


def test_a_numbered_letter_is_a_letter_not_the_regulation_it_encloses(judge) -> None:
    k = detect_kind(LETTER_NUMBERED)
    assert (k.kind, k.subtype) == (DocKind.OTHER, "письмо")
    assert judge(LETTER_NUMBERED, "1.3").verdict.value == "wrong_type"


LETTER_INFORMATIONAL = """КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ГОРОДА
ИНФОРМАЦИОННОЕ ПИСЬМО
15.03.2024                                                       № 312

Комитет сообщает, что 28 марта 2024 года в городском методическом центре состоится семинар
для заместителей директоров по внедрению системы наставничества педагогических работников.
Положение о системе наставничества рассматривается на семинаре как образец.
"""


def test_an_informational_letter_in_capitals_is_a_letter(judge) -> None:
    k = detect_kind(LETTER_INFORMATIONAL)
    assert (k.kind, k.subtype) == (DocKind.OTHER, "письмо")
    assert judge(LETTER_INFORMATIONAL, "1.1").verdict.value == "wrong_type"


def test_a_letter_cited_in_a_list_of_grounds_is_no_heading() -> None:
    text = (
        "Настоящая программа наставничества разработана на основании:\n"
        "Письмо Минпросвещения России от 23.01.2020 № МР-42/02 о направлении целевой модели;\n"
        "Устав школы.\n"
        "Цели и задачи Программы: адаптация молодых учителей.\n"
    )
    assert detect_kind(text).kind is DocKind.PROGRAMME


# --- a contract with no title of its own, appended to an act --------------------------------

CONTRACT_TO_RESOLUTION = """Приложение № 3 к постановлению администрации района от 11.05.2021 № 208

«___» ____________ 20__ г.

Муниципальное бюджетное общеобразовательное учреждение «Основная школа с. Ивановка»,
именуемое в дальнейшем «Школа», в лице директора ___________, действующего на основании
Устава, с одной стороны, и ____________________, именуемый в дальнейшем «Заказчик», с другой
стороны, заключили настоящий договор о нижеследующем:
1. Предмет договора
1.1. Школа организует подвоз обучающегося к месту учёбы и обратно.
"""


def test_a_template_contract_appended_to_a_resolution_is_an_agreement(judge) -> None:
    k = detect_kind(CONTRACT_TO_RESOLUTION)
    assert k.kind is DocKind.AGREEMENT
    d = judge(CONTRACT_TO_RESOLUTION, "2.1")
    assert d.doc_kind.value == "agreement"
    # the resolution approved the template; the contract is dated when the parties sign it
    assert d.doc_date != "2021-05-11"
    assert d.verdict.value != "wrong_type"


CONTRACT_TO_ORDER = """Приложение 2
к приказу управления образования
от 02.09.2022 № 140

1.1. По настоящему договору Организация обязуется предоставить своих сотрудников в качестве
наставников для обучающихся Школы, а Школа обязуется обеспечить условия для их работы.
1.2. Настоящий договор вступает в силу с момента подписания.
"""


def test_a_contract_subject_under_an_appendix_block_is_an_agreement() -> None:
    assert detect_kind(CONTRACT_TO_ORDER).kind is DocKind.AGREEMENT


def test_an_untitled_appendix_with_a_regulations_sections_stays_a_regulation() -> None:
    text = """Приложение 1
к приказу от 30.08.2023 № 77

1. Общие положения
1.1. Настоящее положение определяет порядок наставничества в школе.
1.2. Наставник, с одной стороны, передаёт опыт, с другой стороны, учится сам.
"""
    assert detect_kind(text).kind is DocKind.REGULATION


# --- the form «учитель – ученик» (criterion 3.6) ---------------------------------------------

TEACHER_TEACHER_PROGRAMME = """МКОУ «Покровская СОШ»
Персонализированная программа наставничества на 2024/2025 учебный год
Форма наставничества: «педагог – педагог»
Наставник: Лаптева О. Н., учитель математики высшей категории
Наставляемый: Соколов И. И., учитель математики, молодой специалист
Задачи: освоение рабочей программы, подготовка к аттестации, ведение электронного журнала.
"""


def test_a_teacher_teacher_programme_does_not_prove_the_teacher_pupil_form(judge) -> None:
    d = judge(TEACHER_TEACHER_PROGRAMME, "3.6")
    assert d.doc_kind.value == "programme"
    assert d.verdict.value == "off_topic"
    assert "учитель – учитель" in d.message and "учитель – ученик" in d.message
    # … and it proves the teacher–teacher form
    assert judge(TEACHER_TEACHER_PROGRAMME, "3.2").verdict.value == "ok"


def test_a_mentee_line_naming_a_young_teacher_decides_the_form(judge) -> None:
    text = TEACHER_TEACHER_PROGRAMME.replace("Форма наставничества: «педагог – педагог»\n", "")
    assert judge(text, "3.6").verdict.value == "off_topic"


def test_a_college_teacher_student_programme_proves_the_teacher_pupil_form(judge) -> None:
    d = judge(PROGRAMME_ON_A_SITE, "3.6")
    assert d.doc_kind.value == "programme"
    assert d.verdict.value == "ok"


def test_a_pupil_mentee_without_a_form_line_passes_the_teacher_pupil_form(judge) -> None:
    text = PROGRAMME_BRACKETED.replace("Форма наставничества: «учитель – ученик»\n", "")
    assert judge(text, "3.6").verdict.value == "ok"


# --- a programme titled by the model of one form ---------------------------------------------

PROGRAMME_BY_MODEL = """Программа наставничества

Тема: «Программа наставничества по модели «Учитель – Ученик»: сопровождение исследовательских
проектов обучающихся 9-х классов»
Файл: Программа_наставничества_Учитель-Ученик.docx

1. Обоснование
Работа строится на регулярных встречах наставника с подопечным и его проекте.
"""


def test_a_programme_titled_by_the_model_of_one_form_is_personalised(judge) -> None:
    assert judge(PROGRAMME_BY_MODEL, "3.6").verdict.value == "ok"


def test_a_programme_naming_several_forms_stays_general(judge) -> None:
    text = PROGRAMME_BY_MODEL.replace(
        "Файл: Программа_наставничества_Учитель-Ученик.docx",
        "Формы: «ученик – ученик», «учитель – учитель», «учитель – ученик».",
    )
    d = judge(text, "3.6")
    assert d.verdict.value == "off_topic"
    assert "общая программа" in d.message


# --- every form criterion checks its own form (3.3 «студент – студент», 3.5 «студент – ученик»)

COLLEGE_PEER_PROGRAMME = """ГАПОУ «Шадринский политехнический колледж»
Индивидуальная программа наставничества
Форма наставничества: «обучающийся – обучающийся»
Наставник: Горбунов Е. С., студент 3 курса, староста группы СВ-31
Наставляемый: Лисин А. Д., студент 1 курса группы СВ-11
Задачи: адаптация первокурсника, подготовка к сессии, участие в чемпионате профмастерства.
"""


def test_a_college_peer_programme_proves_the_student_student_form(judge) -> None:
    assert judge(COLLEGE_PEER_PROGRAMME, "3.3").verdict.value == "ok"


def test_a_college_peer_programme_does_not_prove_the_student_pupil_form(judge) -> None:
    d = judge(COLLEGE_PEER_PROGRAMME, "3.5")
    assert d.verdict.value == "off_topic"
    assert "студент – ученик" in d.message


STUDENT_PUPIL_PROGRAMME = """Персонализированная программа наставничества
по форме «студент – ученик» «Профессия рядом»
ГБПОУ «Аграрный техникум» и МКОУ «Сосновская ООШ»
Наставник: Петрова В., студентка 2 курса специальности «Ветеринария»
Наставляемый: Зайцева М., ученица 9 класса
Задачи: профессиональная проба, экскурсия в учебное хозяйство, мастер-класс.
"""


def test_a_student_pupil_programme_proves_its_form_and_not_the_peer_form(judge) -> None:
    assert judge(STUDENT_PUPIL_PROGRAMME, "3.5").verdict.value == "ok"
    d = judge(STUDENT_PUPIL_PROGRAMME, "3.3")
    assert d.verdict.value == "off_topic"
    assert "студент – студент" in d.message
