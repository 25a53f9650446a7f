"""Round-9 shapes of document kinds and topics: plans of activities offered as a personalised programme, a regulation whose title page is cut off, an
adoption stamp run into one line with the heading, a page's label «информация». The documents
are written for these tests."""

from __future__ import annotations

from classifiers.doctype import detect_kind
from classifiers.document import Doc
from classifiers.lexicon import load_lexicon
from evidence.models import DocKind

# --- a plan of activities is not a personalised programme ----------------------------------

ROADMAP = """Приложение 2 к приказу МАОУ «Лицей № 12» от 20.08.2024 № 140

ДОРОЖНАЯ КАРТА
реализации целевой модели наставничества в МАОУ «Лицей № 12» на 2024/2025 учебный год

1. Назначение куратора и утверждение положения о наставничестве — август — директор
2. Формирование базы наставников и наставляемых — сентябрь — куратор
3. Составление персонализированных программ наставничества для пар — сентябрь — наставники
4. Проведение встреч наставнических пар — в течение года — наставники
5. Мониторинг реализации программ наставничества — май — куратор
"""


def test_a_roadmap_is_not_a_personalised_programme(judge) -> None:
    d = judge(ROADMAP, "3.6")
    assert d.verdict.value == "off_topic"
    assert "план мероприятий" in d.message


# another shape: a plan of events of a kindergarten with no appendix block
PLAN_OF_EVENTS = """МБДОУ «Детский сад № 41 «Ромашка»

ПЛАН МЕРОПРИЯТИЙ
по наставничеству на 2024 год

| № | Мероприятие | Срок | Ответственный |
| 1 | Закрепление наставников за молодыми воспитателями | январь | заведующий |
| 2 | Разработка индивидуальных программ наставничества | февраль | старший воспитатель |
| 3 | Открытые занятия наставников для наставляемых | март–апрель | наставники |
| 4 | Итоговый педсовет «Наставничество: результаты года» | май | заведующий |
"""


def test_a_plan_of_events_is_not_a_personalised_programme(judge) -> None:
    assert judge(PLAN_OF_EVENTS, "3.1").verdict.value == "off_topic"


# negative: a personalised plan titled as such stays a programme of its pair
PERSONAL_PLAN = """МБОУ СОШ № 2 г. Камышина

Индивидуальный план развития молодого специалиста под руководством наставника
на 2024–2025 учебный год

Наставник: Орлова Нина Петровна, учитель математики
Наставляемый: Лебедев Артём Олегович, учитель математики (стаж 1 год)
Форма наставничества: «учитель – учитель»

Сентябрь: посещение уроков наставника, составление рабочей программы.
Октябрь: разбор трудных тем с наставником, самоанализ урока.
"""


def test_a_personal_plan_of_a_pair_stays_ok(judge) -> None:
    assert detect_kind(PERSONAL_PLAN).kind is DocKind.PROGRAMME
    assert judge(PERSONAL_PLAN, "3.2").verdict.value != "off_topic"


# --- a regulation whose title page is cut off ----------------------------------------------

REGULATION_NO_TITLE = """1. Общие положения

1.1. Самообследование школы (далее — отчёт о самообследовании) проводится ежегодно
в целях обеспечения доступности и открытости информации о деятельности школы.
1.2. Отчёт о самообследовании рассматривается педагогическим советом.

2. Порядок проведения
2.1. Директор издаёт приказ о сроках проведения самообследования.
"""


def test_a_text_opening_with_general_provisions_is_a_regulation() -> None:
    k = detect_kind(REGULATION_NO_TITLE)
    assert k.kind is DocKind.REGULATION


# another shape: Roman numbering and capitals
REGULATION_ROMAN = """I. ОБЩИЕ ПОЛОЖЕНИЯ
1. Информация о поступлении обучающихся размещается на сайте учреждения.
2. Справка об обучении выдаётся по заявлению родителей (законных представителей).
"""


def test_roman_general_provisions_open_a_regulation() -> None:
    assert detect_kind(REGULATION_ROMAN).kind is DocKind.REGULATION


# negative: a programme that opens with its general provisions stays a programme
PROGRAMME_GENERAL = """1. Общие положения
1.1. Настоящая программа наставничества определяет порядок работы наставника
с молодым специалистом в течение первого года работы.
"""


def test_a_programme_opening_with_general_provisions_stays_a_programme() -> None:
    assert detect_kind(PROGRAMME_GENERAL).kind is DocKind.PROGRAMME


# --- an adoption stamp run into one line with the heading ----------------------------------

STAMP_ONE_LINE = (
    "Рассмотрено и принято на заседании педагогического совета муниципального "
    "автономного общеобразовательного учреждения «Средняя общеобразовательная школа № 5» "
    "Протокол от 28.08.2023 № 1 Утверждено приказом директора от 29.08.2023 № 211 "
    "ПОЛОЖЕНИЕ о школьном методическом объединении учителей 1. Общие положения "
    "1.1. Настоящее положение регулирует деятельность методического объединения."
)


def test_a_protocol_in_a_long_adoption_stamp_is_no_heading() -> None:
    k = detect_kind(STAMP_ONE_LINE)
    assert k.kind is DocKind.REGULATION


# negative: minutes of a meeting under a blank line stay minutes
MINUTES = """МБОУ «СОШ № 9»

ПРОТОКОЛ № 3
заседания методического объединения наставников от 15.11.2024

Присутствовали: 7 человек. Повестка: итоги первой четверти.
"""


def test_minutes_stay_other() -> None:
    k = detect_kind(MINUTES)
    assert k.kind is DocKind.OTHER
    assert k.subtype == "протокол"


# --- «Информация» as a page's label --------------------------------------------------------

PORTAL_CARD = """Действующая редакция
Подробная информация
| Наименование | ПРИКАЗ Минобрнауки Энской области от 05.02.2021 N 77 "О ПОРЯДКЕ ВЫДАЧИ ДУБЛИКАТОВ" |
| Вид документа | приказ |
| Статус | действует |
"""


def test_a_pages_label_information_is_no_report_heading() -> None:
    assert detect_kind(PORTAL_CARD).kind is DocKind.ORDER


# negative: a report titled «Информация о …» stays a report
INFORMATION_REPORT = """МБОУ «Гимназия № 3»

ИНФОРМАЦИЯ
о реализации целевой модели наставничества за 2024 год

Наставнических пар — 12; наставляемых — 15.
"""


def test_information_on_a_subject_stays_a_report() -> None:
    assert detect_kind(INFORMATION_REPORT).kind is DocKind.REPORT


# --- a положение an order only tells others to write is not one it approves ----------------

AUTHORITY_INSTRUCTS = """АДМИНИСТРАЦИЯ ЗАРЕЧНОГО РАЙОНА
ОТДЕЛ ОБРАЗОВАНИЯ

ПРИКАЗ

14.02.2024                                                          № 58-од

О мерах по развитию наставничества в образовательных организациях района

В целях развития системы наставничества педагогических работников

ПРИКАЗЫВАЮ:

1. Утвердить состав районного совета наставников (приложение).
2. Руководителям общеобразовательных организаций:
2.1. до 01.03.2024 разработать и утвердить положения о наставничестве педагогических
работников;
2.2. закрепить наставников за молодыми специалистами.
3. Контроль исполнения приказа оставляю за собой.

Начальник отдела образования                     И.П. Гусева
"""


def test_an_order_telling_heads_to_write_a_regulation_does_not_approve_one(judge) -> None:
    d = judge(AUTHORITY_INSTRUCTS, "1.1")
    assert d.verdict.value == "off_topic"


# another shape: a committee's order addressing directors, the clause on one line
COMMITTEE_INSTRUCTS = """КОМИТЕТ ПО ОБРАЗОВАНИЮ ГОРОДА ВЕРХНЕРЕЧЕНСКА
ПРИКАЗ от 10 января 2024 г. № 7
Об итогах методической работы за 2023 год
ПРИКАЗЫВАЮ:
1. Принять к сведению итоги методической работы наставников в 2023 году.
2. Директорам школ привести положения о системе наставничества педагогических работников в соответствие с региональной моделью в срок до 01.02.2024.
3. Методисту Ивановой А.А. обобщить опыт наставничества педагогов.
Председатель комитета Т.Т. Сергеева
"""


def test_an_order_addressing_directors_does_not_approve_their_regulation(judge) -> None:
    assert judge(COMMITTEE_INSTRUCTS, "1.1").verdict.value == "off_topic"


# negative: a school's order approving its own положение in a clause stays ok
SCHOOL_APPROVES = """МБОУ «СОШ № 18» г. Озёрска

ПРИКАЗ
от 30.08.2024 № 190

О наставничестве в 2024/2025 учебном году

ПРИКАЗЫВАЮ:
1. Утвердить положение о системе наставничества педагогических работников
МБОУ «СОШ № 18» (приложение 1).
2. Руководителям школьных методических объединений ознакомить педагогов с положением.

Директор                                   О.В. Лаптева
"""


def test_a_school_order_approving_its_regulation_stays_ok(judge) -> None:
    assert judge(SCHOOL_APPROVES, "1.1").verdict.value == "ok"


# --- a term defined in a sentence is no title ----------------------------------------------

GLOSSARY_PAGE = """Наставничество в нашей школе

Программа наставничества – это комплекс мероприятий, который помогает наставнику и
наставляемому достичь поставленных целей за учебный год.
Наставляемый – участник программы, который через взаимодействие с наставником получает опыт.
"""


def test_a_programme_defined_in_a_glossary_is_no_programme() -> None:
    assert detect_kind(GLOSSARY_PAGE).kind is DocKind.OTHER


# another shape: a regulation's term defined with an em dash and no «это»
DEFINITION_FIRST = (
    "Положение о наставничестве — локальный нормативный акт, который определяет порядок "
    "организации наставничества в образовательной организации.\n"
    "На этой странице размещены ссылки на документы школы.\n"
)


def test_a_regulation_defined_in_a_sentence_is_no_regulation() -> None:
    assert detect_kind(DEFINITION_FIRST).kind is not DocKind.REGULATION


# negative: a title with a quoted form of mentoring stays a programme
PROGRAMME_FORM_TITLE = """Программа наставничества «Учитель – ученик» на 2024/2025 учебный год
МБОУ «СОШ № 4» г. Сарова

Наставник: Жукова Е.А.; наставляемый: Котов Илья, 6 «Б» класс.
"""


def test_a_programme_titled_with_a_quoted_form_stays_a_programme() -> None:
    assert detect_kind(PROGRAMME_FORM_TITLE).kind is DocKind.PROGRAMME


# --- «Целевая модель» over prose is a text about the model, not a local act ---------------

MODEL_PAGE = """Целевая модель наставничества МАДОУ № 8 «Колокольчик»

В нашем детском саду наставничество помогает молодым воспитателям быстрее освоиться
в профессии. Опытные педагоги делятся с коллегами приёмами работы с детьми и родителями.

Ждём всех желающих на открытых занятиях наставников в течение года.
"""


def test_a_page_about_the_target_model_is_not_a_regulation() -> None:
    assert detect_kind(MODEL_PAGE).kind is DocKind.OTHER


# another shape: capitals and a municipal model, news-like paragraphs
MODEL_NEWS = """МУНИЦИПАЛЬНАЯ ЦЕЛЕВАЯ МОДЕЛЬ НАСТАВНИЧЕСТВА

В 2024 году в районе продолжилась работа по развитию наставничества. В школах работают
клубы молодых педагогов, проходят фестивали наставнических пар.
"""


def test_a_municipal_model_news_text_is_not_a_regulation() -> None:
    assert detect_kind(MODEL_NEWS).kind is DocKind.OTHER


# negative: a target model built of numbered sections stays a local act
MODEL_ACT = """УТВЕРЖДЕНА приказом от 01.09.2023 № 101

Целевая модель наставничества МБОУ «СОШ № 6»

1. Цели и задачи
1.1. Целевая модель определяет порядок организации наставничества в школе.
2. Формы наставничества
2.1. В школе реализуются формы «учитель – учитель» и «ученик – ученик».
"""


def test_a_numbered_target_model_stays_a_regulation() -> None:
    assert detect_kind(MODEL_ACT).kind is DocKind.REGULATION


# --- a certificate of a publication is no qualification ------------------------------------

PUBLICATION_CERT = """Свидетельство о публикации

Каждый автор, разместивший методическую разработку на нашем портале, получает
именное свидетельство о публикации в электронном СМИ.
"""


def test_a_certificate_of_publication_is_no_qualification(judge) -> None:
    assert detect_kind(PUBLICATION_CERT).kind is DocKind.OTHER
    assert judge(PUBLICATION_CERT, "9.2").verdict.value == "wrong_type"


# another shape: the issued certificate of placing material on a site, in capitals
PLACEMENT_CERT = """СВИДЕТЕЛЬСТВО
о размещении материала на сайте «Педагогический мир»
Настоящим подтверждается, что Соколова Т.И. разместила конспект урока.
Серия А № 104455 от 12.03.2024
"""


def test_a_certificate_of_placing_material_is_no_qualification() -> None:
    assert detect_kind(PLACEMENT_CERT).kind is DocKind.OTHER


# --- an excerpt from the middle of an agreement --------------------------------------------

AGREEMENT_EXCERPT = """Стороны обмениваются учебными планами и методическими материалами по мере их
обновления и проводят совместные семинары для учителей.

Статья 7

Споры между Сторонами о толковании положений настоящего Соглашения решаются путём
переговоров.

Статья 8

Настоящее Соглашение вступает в силу с даты его подписания и действует три года.
"""


def test_an_agreement_excerpt_is_an_agreement(judge) -> None:
    assert detect_kind(AGREEMENT_EXCERPT).kind is DocKind.AGREEMENT
    assert judge(AGREEMENT_EXCERPT, "2.1").verdict.value == "off_topic"


# another shape: numbered clauses of a contract, lower-case self-reference
CONTRACT_EXCERPT = """4.2. Сторона, не исполнившая обязательства, возмещает другой Стороне убытки.
4.3. Изменения к настоящему договору оформляются дополнительными соглашениями.
5.1. Настоящий договор составлен в двух экземплярах, по одному для каждой из Сторон.
"""


def test_a_contract_excerpt_is_an_agreement() -> None:
    assert detect_kind(CONTRACT_EXCERPT).kind is DocKind.AGREEMENT


# negative: a regulation that mentions the parties of an agreement in lower case stays one
REGULATION_MENTIONS_CONTRACT = """Настоящее положение определяет порядок работы комиссии.
Комиссия рассматривает проекты договоров; стороны договора вправе направить замечания.
Решения комиссии оформляются протоколом.
"""


def test_a_regulation_mentioning_parties_stays_a_regulation() -> None:
    assert detect_kind(REGULATION_MENTIONS_CONTRACT).kind is DocKind.REGULATION


# --- a diploma of professional retraining is named as such ---------------------------------

RETRAINING_DIPLOMA = """ООО «Учебный центр «Горизонт»

ДИПЛОМ
О ПРОФЕССИОНАЛЬНОЙ ПЕРЕПОДГОТОВКЕ

Регистрационный номер 3321, дата выдачи 12.04.2024
Мельникова Ольга Петровна прошла профессиональную переподготовку по программе
«Логопедия» в объёме 520 часов.
"""


def test_a_retraining_diploma_is_named_in_the_message(judge) -> None:
    k = detect_kind(RETRAINING_DIPLOMA)
    assert k.subtype == "диплом о переподготовке"
    d = judge(RETRAINING_DIPLOMA, "9.2")
    assert d.verdict.value == "wrong_type"
    assert "переподготовке" in d.message


# another shape: one line, a university, no «профессиональной»
RETRAINING_ONE_LINE = (
    "Диплом о переподготовке № 632400118877 от 01.03.2024 выдан Сорокину И.А. "
    "Волжским педагогическим университетом (программа «Управление образованием», 300 ч.)."
)


def test_a_one_line_retraining_diploma_is_named() -> None:
    assert detect_kind(RETRAINING_ONE_LINE).subtype == "диплом о переподготовке"


# negative: a contest's diploma stays a diploma of an event
CONTEST_DIPLOMA = """ДИПЛОМ
победителя муниципального конкурса «Педагог-наставник года — 2024»
награждается Ковалёва Марина Сергеевна, учитель начальных классов МБОУ СОШ № 7
"""


def test_a_contest_diploma_stays_a_diploma_of_an_event() -> None:
    assert detect_kind(CONTEST_DIPLOMA).subtype == "диплом"


# --- a word glued to the one before it still counts ----------------------------------------

GLUED_TITLE = """Программа организациинаставничества «Первые шаги» (2)

Раздел 1. Пояснительная записка
Программа разработана для молодых педагогов школы.
"""


def test_a_glued_mentoring_word_in_the_title_counts(judge) -> None:
    d = judge(GLUED_TITLE, "3.2")
    assert "не найдено упоминаний наставничества" not in d.message


# another shape: glued words in a report's body
GLUED_BODY = """Справка по итогам года
В школе работаютнаставники из числа опытных учителей; молодые педагогиполучили
поддержку: проведенынаставнические встречи и открытые уроки, закреплены пары
«наставник – наставляемый».
"""


def test_glued_mentoring_words_in_the_body_count() -> None:
    doc = Doc.of(GLUED_BODY, load_lexicon())
    assert len(doc.hits("mentoring")) >= 4


# negative: words that only look alike do not count
NO_MENTORING = """Справка о представлении отчётов
Представители родительского комитета предоставили сведения о расстановке кадров.
"""


def test_lookalike_words_are_no_mentoring() -> None:
    assert Doc.of(NO_MENTORING, load_lexicon()).hits("mentoring") == []
