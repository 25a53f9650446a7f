"""Round-38 topics and kinds, in own wording: a pair of a form none of 3.1–3.6 («выпускник –
ученик», «родитель – ребёнок») is the «иная форма» of 3.7, whatever forms the text lists to set
it apart; an order whose operative part instructs the heads of educational organisations is an
authority's order, whoever posted it; a site's news item under the path «… / Новости» and a
feed's date line («дата | Автор: … | Просмотров: …») is news, not the programme it reports."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from evidence.models import DocKind, Verdict
from evidence.textnorm import normalise


def kind_of(text: str) -> DocKind:
    return detect_kind(normalise(text)).kind


# -- 3.7: a form none of the six ---------------------------------------------------------------

PROGRAMME = (
    "УТВЕРЖДЕНА\n"
    "приказом директора МКОУ «Ольховская СОШ»\n"
    "от 05.09.2024 № 88\n"
    "\n"
    "ПЕРСОНАЛИЗИРОВАННАЯ ПРОГРАММА НАСТАВНИЧЕСТВА\n"
    "«Путь в профессию»\n"
    "Форма наставничества: «{form}»{label}\n"
    "\n"
    "Наставник: Кречетов Олег Ильич, выпускник школы 2012 года, инженер-механик.\n"
    "Наставляемые: обучающиеся 8–9 классов (5 человек).\n"
    "{why}"
    "\n"
    "Цель: помочь наставляемым выбрать профессию.\n"
    "Задачи: провести встречи, профессиональные пробы, экскурсию на предприятие.\n"
    "Результаты: индивидуальные маршруты у всех наставляемых.\n"
)
WHY = (
    "Обоснование: формы «ученик – ученик», «учитель – учитель», «студент – ученик»,\n"
    "«учитель – ученик» не описывают работу с выпускником школы.\n"
)


def test_a_graduate_and_pupils_pair_set_apart_from_listed_forms_is_another_form(judge) -> None:
    text = PROGRAMME.format(form="выпускник – ученик", label=" (иная форма)", why=WHY)
    assert judge(text, "3.7", org="МКОУ Ольховская СОШ").verdict is Verdict.OK


def test_a_graduate_and_pupils_pair_is_another_form_without_the_reasons(judge) -> None:
    text = PROGRAMME.format(form="выпускник – ученик", label="", why="")
    assert judge(text, "3.7", org="МКОУ Ольховская СОШ").verdict is Verdict.OK


def test_a_parent_and_childs_pair_is_another_form(judge) -> None:
    text = PROGRAMME.format(form="родитель – ребёнок", label="", why=WHY)
    assert judge(text, "3.7", org="МКОУ Ольховская СОШ").verdict is Verdict.OK


def test_a_listed_form_called_another_stays_off_topic_under_3_7(judge) -> None:
    text = PROGRAMME.format(form="ученик – ученик", label=" (иная форма)", why="")
    assert judge(text, "3.7", org="МКОУ Ольховская СОШ").verdict is Verdict.OFF_TOPIC


def test_a_graduate_and_pupils_pair_is_no_pupil_pupil_programme(judge) -> None:
    text = PROGRAMME.format(form="выпускник – ученик", label="", why="")
    assert judge(text, "3.1", org="МКОУ Ольховская СОШ").verdict is Verdict.OFF_TOPIC


# -- an authority's order to the schools it runs ---------------------------------------------

MONITORING_ORDER = (
    "МБОУ «Гимназия № 4» г. Заречного\n"
    "Главная > Наставничество > Мониторинг\n"
    "\n"
    "{letterhead}"
    "ПРИКАЗ\n"
    "\n"
    "16.09.2024                                                        № {number}\n"
    "\n"
    "О проведении мониторинга реализации целевой модели наставничества в 2024 году\n"
    "\n"
    "В целях получения информации о реализации целевой модели наставничества\n"
    "\n"
    "ПРИКАЗЫВАЮ:\n"
    "\n"
    "1. Провести с 1 по 20 октября 2024 года мониторинг реализации целевой модели\n"
    "наставничества педагогических работников и обучающихся.\n"
    "2. {addressee}:\n"
    "2.1. назначить ответственных за заполнение формы мониторинга;\n"
    "2.2. в срок до 25.10.2024 представить справки по итогам мониторинга.\n"
    "3. Контроль исполнения приказа оставляю за собой.\n"
    "\n"
    "{signature}\n"
)
AUTHORITY = (
    "АДМИНИСТРАЦИЯ ЗАРЕЧНОГО ГОРОДСКОГО ОКРУГА\n"
    "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ»\n"
    "\n"
)
SCHOOL = "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ГИМНАЗИЯ № 4»\n\n"


def test_an_order_instructing_heads_of_schools_is_an_authoritys(judge) -> None:
    text = MONITORING_ORDER.format(
        letterhead=AUTHORITY,
        number="212",
        addressee="Руководителям общеобразовательных организаций",
        signature="Начальник управления                       К.С. Лаптев",
    )
    assert judge(text, "1.3", org="Гимназия 4 Заречный").verdict is Verdict.OFF_TOPIC


def test_an_order_instructing_heads_of_subordinate_oo_is_an_authoritys(judge) -> None:
    text = MONITORING_ORDER.format(
        letterhead="",
        number="212",
        addressee="Директорам подведомственных ОО",
        signature="Начальник управления                       К.С. Лаптев",
    )
    assert judge(text, "1.3", org="Гимназия 4 Заречный").verdict is Verdict.OFF_TOPIC


def test_a_schools_order_instructing_heads_of_its_associations_stays_ok(judge) -> None:
    text = MONITORING_ORDER.format(
        letterhead=SCHOOL,
        number="141-о",
        addressee="Руководителям школьных методических объединений",
        signature="Директор                                   Н.П. Сизова",
    )
    assert judge(text, "1.3", org="Гимназия 4 Заречный").verdict is Verdict.OK


def test_a_schools_order_instructing_heads_of_its_units_stays_ok(judge) -> None:
    text = MONITORING_ORDER.format(
        letterhead=SCHOOL,
        number="141-о",
        addressee="Руководителям структурных подразделений образовательной организации",
        signature="Директор                                   Н.П. Сизова",
    )
    assert judge(text, "1.3", org="Гимназия 4 Заречный").verdict is Verdict.OK


# -- a news item under the site's path --------------------------------------------------------

NEWS = (
    "МАОУ «Лицей № 7» г. Берёзовки\n"
    "{path}\n"
    "\n"
    "Первая олимпиада — первая победа!\n"
    "{dateline}\n"
    "\n"
    "В лицее третий год работает программа наставничества по форме «учитель – ученик».\n"
    "Учитель физики Анна Сергеевна Дорохова стала наставником для ученика 9 класса Ильи\n"
    "Мальцева, который готовился к олимпиаде по физике и рассказал о своих успехах.\n"
    "\n"
    "Программа наставничества «учитель – ученик» будет продолжена в новом учебном году. В неё\n"
    "включены ещё четыре обучающихся 8–9 классов.\n"
    "\n"
    "Поздравляем Илью и желаем новых побед!\n"
)
FEED_LINE = "12.11.2024 | Автор: Пресс-центр лицея | Просмотров: 54"


def test_a_news_item_under_the_sites_path_is_news(judge) -> None:
    text = NEWS.format(path="Главная / Новости", dateline=FEED_LINE)
    assert kind_of(text) is DocKind.OTHER
    assert judge(text, "3.6", org="Лицей 7 Берёзовка").verdict is Verdict.WRONG_TYPE


def test_a_news_item_under_a_path_with_angle_steps_is_news() -> None:
    text = NEWS.format(path="Главная > Новости лицея", dateline=FEED_LINE)
    assert kind_of(text) is DocKind.OTHER


def test_a_date_line_without_a_feeds_label_is_no_news_line() -> None:
    text = NEWS.format(path="Главная / Новости", dateline="12.11.2024 | Берёзовка")
    assert kind_of(text) is DocKind.PROGRAMME


def test_a_programme_under_a_documents_path_stays_a_programme(judge) -> None:
    text = "МКОУ «Ольховская СОШ»\nГлавная / Документы\n\n" + PROGRAMME.format(
        form="учитель – ученик", label="", why=""
    )
    assert kind_of(text) is DocKind.PROGRAMME
