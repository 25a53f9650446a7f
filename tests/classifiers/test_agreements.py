"""Agreements (criterion 2.1): subject, who provides the mentors, and the term."""

from __future__ import annotations

SCHOOL = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12» (МБОУ СОШ № 12)"
PARTNER = "Общество с ограниченной ответственностью «ТехноПром» (ООО «ТехноПром»)"
TEXT = (
    "СОГЛАШЕНИЕ № 4\nо сотрудничестве в сфере наставничества\nг. Ижевск                     «{day}» сентября {year} г.\n\n"
    "{first}, в лице директора Петровой И.И., действующего на основании Устава, именуемое в дальнейшем «{d1}», с одной стороны, и "
    "{second}, в лице директора Волкова А.П., действующего на основании Устава, именуемое в дальнейшем «{d2}», с другой стороны, "
    "заключили настоящее соглашение о нижеследующем:\n\n1. Предмет соглашения\n{subject}\n\n2. Обязанности сторон\n{duties}\n\n"
    "3. Срок действия\n{term}\n\n4. Подписи сторон"
)
MENTORING = "1.1. Предметом соглашения является реализация программ наставничества в рамках целевой модели наставничества."
GENERAL = (
    "1.1. Стороны обязуются путём объединения усилий совместно действовать для углубления делового сотрудничества.\n"
    "1.2. Деятельность Сторон осуществляется без образования совместного юридического лица."
)
PARTNER_MENTORS = (
    "2.1. Партнёр обязуется:\n- направлять своих сотрудников для осуществления наставничества в отношении обучающихся Школы;\n"
    "2.2. Школа обязуется:\n- формировать группы наставляемых из числа обучающихся."
)
SCHOOL_MENTORS = (
    "2.1. Школа обязуется:\n- предоставлять педагогических работников в качестве наставников для молодых специалистов Партнёра;\n"
    "2.2. Партнёр обязуется:\n- предоставлять помещения для встреч."
)
TERM = "3.1. Соглашение вступает в силу с момента подписания и действует до 31.08.2025."


def make(
    *,
    subject: str = MENTORING,
    duties: str = PARTNER_MENTORS,
    term: str = TERM,
    year: int = 2023,
    school_first: bool = True,
    d_school: str = "Школа",
    d_partner: str = "Партнёр",
) -> str:
    first, second = (SCHOOL, PARTNER) if school_first else (PARTNER, SCHOOL)
    d1, d2 = (d_school, d_partner) if school_first else (d_partner, d_school)
    return TEXT.format(
        day="01",
        year=year,
        first=first,
        second=second,
        d1=d1,
        d2=d2,
        subject=subject,
        duties=duties,
        term=term,
    )


def test_partner_provides_mentors_is_ok(judge) -> None:
    d = judge(make(), "2.1", org="МБОУ СОШ № 12")
    assert d.verdict.value == "ok"
    assert d.doc_kind.value == "agreement"
    assert d.details["mentor_provider"] == "Партнёр"
    assert d.details["reporting_party"] == "Школа"
    assert d.doc_date == "2023-09-01"


def test_reversed_direction(judge) -> None:
    d = judge(make(duties=SCHOOL_MENTORS), "2.1", org="МБОУ СОШ № 12")
    assert d.verdict.value == "wrong_direction"
    assert "наставник" in (d.evidence or "")


def test_reversed_direction_told_by_org_name_when_designations_are_neutral(judge) -> None:
    text = make(
        duties=SCHOOL_MENTORS.replace("Школа", "Сторона 1")
        .replace("Партнёра", "Стороны 2")
        .replace("Партнёр", "Сторона 2"),
        d_school="Сторона 1",
        d_partner="Сторона 2",
    )
    assert judge(text, "2.1", org="МБОУ СОШ № 12").verdict.value == "wrong_direction"
    # the partner's own copy: the same text is fine for ООО «ТехноПром»
    assert judge(text, "2.1", org="ООО ТехноПром").verdict.value == "ok"


def test_unknown_direction_asks_for_review(judge) -> None:
    unclear = "2.1. Стороны совместно проводят мероприятия по наставничеству.\n2.2. Стороны обмениваются информацией."
    d = judge(make(duties=unclear), "2.1")
    assert d.verdict.value == "ok"
    assert "needs_review" in d.flags
    assert d.confidence < 0.7


def test_general_cooperation_agreement_is_off_topic(judge) -> None:
    duties = "2.1. Стороны проводят совместные конференции и семинары.\n2.2. Стороны обмениваются информацией."
    d = judge(make(subject=GENERAL, duties=duties), "2.1")
    assert d.verdict.value == "off_topic"
    assert "сотрудничество" in d.message


def test_expired_agreement(judge) -> None:
    d = judge(make(year=2021, term="3.1. Соглашение действует с 01.09.2021 по 31.08.2022."), "2.1")
    assert d.verdict.value == "wrong_year"
    assert "agreement_expired" in d.flags
    assert "31.08.2022" in d.message


def test_term_in_years_from_signing(judge) -> None:
    assert (
        judge(
            make(year=2021, term="3.1. Соглашение заключено сроком на 3 (три) года."), "2.1"
        ).verdict.value
        == "ok"
    )
    assert (
        judge(
            make(year=2021, term="3.1. Соглашение заключено сроком на один год."), "2.1"
        ).verdict.value
        == "wrong_year"
    )


def test_auto_prolongation_keeps_old_agreement_in_force(judge) -> None:
    term = (
        "3.1. Соглашение заключено сроком на один год. Если ни одна из сторон не заявит о расторжении за месяц до "
        "окончания срока, соглашение считается продлённым на тот же срок."
    )
    d = judge(make(year=2019, term=term), "2.1")
    assert d.verdict.value == "ok"
    assert "auto_prolongation" in d.flags


def test_agreement_signed_after_the_year(judge) -> None:
    d = judge(make(year=2025), "2.1")
    assert d.verdict.value == "wrong_year"


def test_term_for_an_academic_year(judge) -> None:
    term = "3.1. Соглашение заключено на 2022-2023 учебный год."
    d = judge(make(year=2022, term=term), "2.1")
    assert d.verdict.value == "wrong_year"
    assert d.details["term"]["end"] == "2023-08-31"
    assert (
        judge(make(year=2024, term=term.replace("2022-2023", "2024-2025")), "2.1").verdict.value
        == "ok"
    )


def test_parties_designated_with_dalee_and_staff_first_phrasing(judge) -> None:
    text = (
        "ДОГОВОР № 7\nо сетевом взаимодействии\n«12» января 2024 г.\n\n"
        f"{SCHOOL} (далее — Гимназия) в лице директора Петровой И.И. и {PARTNER} (далее — Предприятие) в лице директора "
        "Волкова А.П. заключили настоящий договор о нижеследующем:\n1. Предмет договора\n"
        "1.1. Организация наставничества обучающихся в рамках целевой модели наставничества.\n"
        "2. Порядок взаимодействия\n2.1. Инженеры Предприятия выступают в роли наставников обучающихся 8-11 классов.\n"
        "3. Срок действия\n3.1. Договор действует по 31.12.2025."
    )
    d = judge(text, "2.1", org="МБОУ СОШ № 12")
    assert d.verdict.value == "ok"
    assert d.details["mentor_provider"] == "Предприятие"
    reverse = text.replace(
        "Инженеры Предприятия выступают в роли наставников обучающихся 8-11 классов",
        "Педагоги Гимназии осуществляют наставничество в отношении молодых специалистов Предприятия",
    )
    assert judge(reverse, "2.1", org="МБОУ СОШ № 12").verdict.value == "wrong_direction"


def test_org_with_another_number_is_not_the_party(judge) -> None:
    text = make(
        duties=SCHOOL_MENTORS.replace("Школа", "Сторона 1")
        .replace("Партнёра", "Стороны 2")
        .replace("Партнёр", "Сторона 2"),
        d_school="Сторона 1",
        d_partner="Сторона 2",
    )
    d = judge(text, "2.1", org="МБОУ СОШ № 2")
    assert d.verdict.value == "ok"
    assert "needs_review" in d.flags


def test_own_staff_and_second_party_name(judge) -> None:
    duties = (
        "2.1. Партнёр предоставляет наставников из числа своих сотрудников для работы с обучающимися Школы.\n"
        "2.2. Школа обеспечивает помещения."
    )
    d = judge(make(duties=duties), "2.1", org="МБОУ СОШ № 12")
    assert d.verdict.value == "ok"
    assert d.details["mentor_provider"] == "Партнёр"
    names = [p["name"] for p in d.details["parties"]]
    assert all(names), names
    assert "ТехноПром" in names[1]


def test_without_org_the_school_named_party_is_taken_as_reporting(judge) -> None:
    text = (
        "Договор о сетевом взаимодействии\n01.09.2023\nМБОУ СОШ № 5, именуемое в дальнейшем «Сторона 1», и ООО «Ромашка», "
        "именуемое в дальнейшем «Сторона 2», заключили договор.\n1. Предмет договора\n1.1. Реализация программы наставничества.\n"
        "2. Обязанности\n2.1. Сторона 2 предоставляет наставников из числа своих работников для обучающихся Стороны 1.\n"
        "3. Срок\nДоговор действует до 31.08.2025."
    )
    d = judge(text, "2.1")
    assert d.verdict.value == "ok"
    assert d.details["reporting_party"] == "Сторона 1"
    rev = text.replace(
        "2.1. Сторона 2 предоставляет наставников из числа своих работников для обучающихся Стороны 1.",
        "2.1. Сторона 1 предоставляет наставников из числа своих педагогов для сотрудников Стороны 2.",
    )
    d2 = judge(rev, "2.1")
    assert d2.verdict.value == "wrong_direction"
    assert "needs_review" in d2.flags and d2.confidence < 0.7
    assert judge(rev, "2.1", org="ООО Ромашка").verdict.value == "ok"


def test_term_phrasings(judge) -> None:
    assert (
        judge(make(year=2021, term="3.1. Срок действия договора — 1 год."), "2.1").verdict.value
        == "wrong_year"
    )
    assert (
        judge(
            make(year=2021, term="3.1. Договор действует 5 лет с момента подписания."), "2.1"
        ).verdict.value
        == "ok"
    )


def test_obligation_sections_headed_by_designation_only(judge) -> None:
    text = (
        "ДОГОВОР\nо сотрудничестве в рамках реализации целевой модели наставничества\nп. Игра «10» января 2024 г.\n"
        "МБОУ «Игринская средняя общеобразовательная школа № 3» (далее – Школа), в лице директора Ивановой А.А., с одной стороны, и "
        "ООО «Агрофирма Игра» (далее – Организация), в лице директора Петрова П.П., с другой стороны, заключили договор:\n"
        "1. ПРЕДМЕТ ДОГОВОРА\n1.1. Совместная реализация программы наставничества по форме «работодатель – ученик».\n"
        "2. ПРАВА И ОБЯЗАННОСТИ СТОРОН\n2.1. Организация:\n- определяет из числа своих работников наставников для обучающихся Школы;\n"
        "2.2. Школа:\n- формирует группу наставляемых.\n3. СРОК ДЕЙСТВИЯ\n3.1. Договор действует до 31 мая 2025 года."
    )
    d = judge(text, "2.1", org="МБОУ Игринская СОШ № 3")
    assert d.verdict.value == "ok"
    assert d.details["mentor_provider"] == "Организация"
    assert d.confidence >= 0.8
