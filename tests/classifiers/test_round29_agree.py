"""Round-29 agreement shapes, in own wording: a glossary that defines the mentors (or the
mentees) as one party's people decides who provides them, a compound noun of the role
(«студент-наставник») included; a section set out by articles («Статья 3. Обязательства …»)
names the party obliged; a role named inside a pair's or a form's name in quotes («пары
«учитель-наставник – молодой педагог»») is no one provided, nor are the mentors of a compound
after a noun whose matter they are («работу студентов-наставников»); a table of the pairs that
lost its columns keeps their order on each line; an undecided side is always flagged."""

from __future__ import annotations

from evidence.models import Verdict

UNKNOWN = "не удалось определить, какая сторона"

_PREAMBLE = (
    "СОГЛАШЕНИЕ № {number}\n{title}\n\n"
    "г. Пенза                                                 {date}\n\n"
    "{first}, далее — {first_said}, в лице директора Ковалёвой Ирины Андреевны, действующей "
    "на основании Устава, и {second}, далее — {second_said}, в лице директора Лосева Петра "
    "Сергеевича, действующего на основании Устава, заключили настоящее соглашение.\n\n"
)
_SIGNATURES = (
    "\nСоглашение действует с момента подписания до 31 августа 2025 года.\n\n"
    "Директор ___________ И.А. Ковалёва          Директор ___________ П.С. Лосев\n"
)
_MUSEUM = "Государственное автономное учреждение культуры «Пензенский краеведческий музей»"
_LYCEUM = "муниципальное бюджетное общеобразовательное учреждение «Лицей № 4» г. Пензы"
_COLLEGE = (
    "Государственное автономное профессиональное образовательное учреждение Пензенской "
    "области «Пензенский социально-педагогический колледж»"
)
_SCHOOL = "муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 58» г. Пензы"


def _agreement(body: str, *, first: str, first_said: str, second: str, second_said: str) -> str:
    head = _PREAMBLE.format(
        number=12,
        title="о взаимодействии в реализации программы наставничества",
        date="10 сентября 2024 г.",
        first=first,
        first_said=first_said,
        second=second,
        second_said=second_said,
    )
    return head + body + _SIGNATURES


# -- a glossary's definition of the role -------------------------------------------------------


def _museum_glossary(mentor_definition: str) -> str:
    body = (
        "1. Термины\n"
        "1.1. Проект «Живая история» — просветительский проект Музея для посетителей "
        "младшего школьного возраста.\n"
        f"1.2. {mentor_definition}\n"
        "1.3. Посетитель — ребёнок 6–10 лет, участвующий в занятиях проекта.\n\n"
        "2. Предмет соглашения\n"
        "2.1. Стороны взаимодействуют в реализации программы наставничества в целях "
        "популяризации краеведения среди детей.\n\n"
        "3. Обязательства Сторон\n"
        "3.1. Музей проводит обучение участников проекта и предоставляет экспозиционные залы.\n"
        "3.2. Лицей учитывает участие обучающихся в проекте в их портфолио.\n"
    )
    return _agreement(body, first=_MUSEUM, first_said="Музей", second=_LYCEUM, second_said="Лицей")


def test_a_glossary_defining_the_mentors_as_the_reporting_partys_pupils(judge) -> None:
    text = _museum_glossary(
        "Экскурсовод-наставник — обучающийся 10–11 классов Лицея, прошедший подготовку в "
        "лектории Музея и сопровождающий посетителей на занятиях проекта."
    )
    d = judge(text, "2.1", year=2024, org="МБОУ Лицей № 4 г. Пенза")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_kind.value == "agreement"
    assert d.doc_date == "2024-09-10"


def test_a_glossary_defining_the_mentors_as_the_partners_staff(judge) -> None:
    text = _museum_glossary(
        "Наставник — научный сотрудник Музея, закреплённый за группой обучающихся, и "
        "проводящий с ними занятия проекта."
    )
    d = judge(text, "2.1", year=2024, org="МБОУ Лицей № 4 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_glossary_defining_the_mentees_as_the_reporting_partys_teachers(judge) -> None:
    body = (
        "1. Понятия\n"
        "1.1. Наставляемый — молодой специалист Школы со стажем работы до трёх лет.\n"
        "1.2. Стажировка — посещение занятий и практикумов на базе Колледжа.\n\n"
        "2. Предмет соглашения\n"
        "2.1. Стороны организуют наставничество по форме «педагог – педагог».\n"
    )
    text = _agreement(
        body, first=_COLLEGE, first_said="Колледж", second=_SCHOOL, second_said="Школа"
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_definition_naming_both_parties_decides_nothing(judge) -> None:
    text = _museum_glossary(
        "Наставник — работник Музея или педагог Лицея, прошедший подготовку по программе проекта."
    )
    d = judge(text, "2.1", year=2024, org="МБОУ Лицей № 4 г. Пенза")
    assert d.verdict is Verdict.OK
    assert UNKNOWN in d.message
    assert "needs_review" in d.flags


def test_a_definition_of_another_role_decides_nothing(judge) -> None:
    text = _museum_glossary(
        "Куратор — работник Музея, ведущий учёт занятий проекта и контролирующий их проведение."
    )
    d = judge(text, "2.1", year=2024, org="МБОУ Лицей № 4 г. Пенза")
    assert d.verdict is Verdict.OK
    assert UNKNOWN in d.message
    assert "needs_review" in d.flags


# -- an agreement set out by articles ----------------------------------------------------------


def _by_articles(obliged: str) -> str:
    body = (
        "Статья 1. Предмет соглашения\n"
        "1.1. Стороны взаимодействуют в реализации программы наставничества по форме "
        "«студент – ученик».\n\n"
        f"Статья 2. {obliged}\n"
        "2.1. Направлять студентов-наставников 3–4 курсов для проведения занятий с "
        "обучающимися 5–7 классов.\n"
        "2.2. Согласовывать график занятий.\n\n"
        "Статья 3. Срок действия\n"
    )
    return _agreement(
        body, first=_COLLEGE, first_said="Колледж", second=_SCHOOL, second_said="Школа"
    )


def test_an_article_heading_names_the_party_obliged(judge) -> None:
    d = judge(_by_articles("Обязательства Колледжа"), "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_an_article_of_both_parties_obligations_names_no_one(judge) -> None:
    d = judge(_by_articles("Обязательства Сторон"), "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert UNKNOWN in d.message
    assert "needs_review" in d.flags


# -- a role named in a pair's name, a compound after a noun of its matter -----------------------


def _pairs_named(partner_line: str) -> str:
    body = (
        "1. Предмет соглашения\n"
        "1.1. Стороны организуют наставничество молодых педагогов.\n\n"
        "2. Обязательства Сторон\n"
        f"2.1. {partner_line}\n"
        "2.2. Наставниками выступают учителя высшей категории Школы.\n"
    )
    return _agreement(
        body, first=_COLLEGE, first_said="Колледж", second=_SCHOOL, second_said="Школа"
    )


def test_a_role_in_a_pairs_name_is_no_one_provided(judge) -> None:
    text = _pairs_named(
        "Колледж закрепляет пары «учитель-наставник – молодой педагог» и ведёт их учёт."
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_pairs_made_of_ones_own_people_are_provided(judge) -> None:
    text = _agreement(
        "1. Предмет соглашения\n"
        "1.1. Колледж формирует пары «наставник – наставляемый» из числа своих преподавателей "
        "и молодых учителей Школы.\n",
        first=_COLLEGE,
        first_said="Колледж",
        second=_SCHOOL,
        second_said="Школа",
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_designation_of_the_role_in_quotes_is_provided(judge) -> None:
    text = _agreement(
        "1. Предмет соглашения\n"
        "1.1. Колледж предоставляет преподавателей высшей категории (далее – «Наставники») "
        "для работы с молодыми учителями Школы.\n",
        first=_COLLEGE,
        first_said="Колледж",
        second=_SCHOOL,
        second_said="Школа",
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_the_matter_of_compound_mentors_is_not_providing_them(judge) -> None:
    text = _agreement(
        "1. Предмет соглашения\n"
        "1.1. Колледж направляет в Школу студентов-наставников 4 курса.\n"
        "1.2. Школа назначает педагога, координирующего работу студентов-наставников.\n",
        first=_COLLEGE,
        first_said="Колледж",
        second=_SCHOOL,
        second_said="Школа",
    )
    d = judge(text, "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


# -- a table of the pairs that lost its columns -------------------------------------------------


def _flat_table(rows: str, header: str = "№ ФИО наставника, должность ФИО наставляемого") -> str:
    body = (
        "1. Предмет соглашения\n"
        "1.1. Стороны организуют наставничество по форме «педагог – педагог». Пары "
        "перечислены в Приложении.\n\n"
        "Приложение\nПеречень пар\n\n"
        f"{header}\n{rows}\n"
    )
    return _agreement(
        body, first=_COLLEGE, first_said="Колледж", second=_SCHOOL, second_said="Школа"
    )


def test_a_flattened_table_of_pairs_places_the_mentors(judge) -> None:
    rows = (
        "1 Орлова Н.П., учитель Школы Маслов И.Д., преподаватель\n"
        "высшей категории Колледжа, стаж 1 год\n"
        "2 Панова Е.В., учитель Школы Клюева О.А., преподаватель Колледжа\n"
    )
    d = judge(_flat_table(rows), "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.WRONG_DIRECTION


def test_a_flattened_table_of_pairs_from_the_partner(judge) -> None:
    rows = (
        "1 Маслов И.Д., преподаватель Колледжа Орлова Н.П., учитель Школы, стаж 1 год\n"
        "2 Клюева О.А., преподаватель Колледжа Панова Е.В., учитель Школы\n"
    )
    d = judge(_flat_table(rows), "2.1", year=2024, org="МБОУ СШ № 58 г. Пенза")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_line_of_prose_is_no_table_header(judge) -> None:
    # a sentence wrapped at its line's end, then a numbered item naming both parties
    rows = "1 Школа и Колледж проводят совместные встречи один раз в четверть\n"
    d = judge(
        _flat_table(rows, header="Наставник и наставляемый встречаются еженедельно в"),
        "2.1",
        year=2024,
        org="МБОУ СШ № 58 г. Пенза",
    )
    assert d.verdict is Verdict.OK
    assert UNKNOWN in d.message


# -- an undecided side is flagged whatever decides the verdict ----------------------------------


def test_an_undecided_side_is_flagged_under_another_problem(judge) -> None:
    text = _museum_glossary("Наставник — участник проекта, передающий свой опыт посетителям.")
    d = judge(text, "2.1", year=2026, org="МБОУ Лицей № 4 г. Пенза")
    assert d.verdict is Verdict.WRONG_YEAR
    assert "needs_review" in d.flags
