"""Round-20 shapes of agreements: a party called by the head noun of its proper name, which
is the first noun after the adjectives, not the last word («Курганский театр драмы и музыки»
is «Театр», and «учителей … музыки Лицея» are the lyceum's); a short agreement whose parties
are named only in its title («Соглашение между Заречной средней школой и Луговской основной
школой о наставничестве»); and a line wrapped after a number before a name in quotes
(«специальности 49.02.01\\n«Физическая культура» в качестве наставников …»), as an OCR of a
photo gives it. The documents are written for these tests."""

from __future__ import annotations

from classifiers.agreements import _SENTENCE, find_parties
from evidence.models import Verdict

# --- the head noun of a proper name: the first noun after its adjectives ---

THEATRE = """ДОГОВОР О СОТРУДНИЧЕСТВЕ

г. Курган                                                              «12» марта 2024 года

ГАУК «Курганский театр драмы и музыки» (Театр) в лице художественного руководителя
Орлова Д. Е. и МБОУ «Лицей № 12» (Лицей) в лице директора Гусевой Н. П. заключили
настоящий договор.

1. Предмет договора
1.1. Театр принимает на работу молодых концертмейстеров и педагогов студии без опыта
работы с детьми. Лицей закрепляет за каждым молодым педагогом студии наставника из числа
учителей музыки Лицея.
1.2. Театр предоставляет классам Лицея места на спектакли.

2. Срок действия: по 31 мая 2025 года.
"""


def test_the_partner_named_by_a_trailing_word_of_its_name_does_not_steal_the_mentors(
    judge,
) -> None:
    d = judge(THEATRE, "2.1", year=2024, org="Лицей № 12")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-03-12"
    assert "Лице" in d.message


def test_the_head_noun_alias_is_the_first_noun_after_the_adjectives() -> None:
    theatre, lyceum = find_parties(THEATRE)
    assert "театр" in theatre.aliases
    assert "музыки" not in theatre.aliases
    assert "лицей" in lyceum.aliases


SPORT_CENTRE = """СОГЛАШЕНИЕ
о наставничестве

г. Сургут                                                                   03.02.2024

МАУ «Центр физической культуры» в лице директора Мальцевой О. В. и МБОУ «Гимназия № 3» в
лице директора Попова А. И. заключили настоящее соглашение.

1. Предмет соглашения
1.1. Наставниками молодых тренеров Центра выступают учителя физической культуры Гимназии.
2. Соглашение действует до 31 августа 2025 года.
"""


def test_parties_without_designations_are_called_by_their_first_noun(judge) -> None:
    d = judge(SPORT_CENTRE, "2.1", year=2024, org="Гимназия № 3")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-02-03"
    centre, _ = find_parties(SPORT_CENTRE)
    assert "центр" in centre.aliases and "культуры" not in centre.aliases


def test_the_partners_staff_keep_their_vote_when_the_school_reports(judge) -> None:
    # the near miss: the theatre's actors mentor the lyceum's young teachers — the partner
    # provides the mentors, the agreement counts
    text = THEATRE.replace(
        "Театр принимает на работу молодых концертмейстеров и педагогов студии без опыта\n"
        "работы с детьми. Лицей закрепляет за каждым молодым педагогом студии наставника из числа\n"
        "учителей музыки Лицея.",
        "Театр закрепляет за каждым молодым учителем музыки Лицея наставника из числа\n"
        "сотрудников Театра.",
    )
    d = judge(text, "2.1", year=2024, org="Лицей № 12")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


# --- parties named only in the title ---

TITLE_ONLY = """МБОУ «Заречная средняя школа»

Соглашение
между Заречной средней школой и Луговской основной школой
о наставничестве молодых учителей

п. Заречный                                                              02.09.2024

Луговская основная школа осталась без опытного учителя математики, а молодой учитель
пришёл к ней после вуза. Школы договорились помогать друг другу.

1. Заречная средняя школа (директор Ильина Вера Сергеевна) назначает наставником молодого учителя
математики Луговской основной школы своего учителя Сомова П. А.
2. Луговская основная школа (директор Гаврилов Кирилл Николаевич) отпускает молодого учителя на уроки
наставника раз в месяц.
3. Соглашение действует до 31 мая 2025 года.

Директор Заречной СШ ________ В. С. Ильина
Директор Луговской ОШ ________ К. Н. Гаврилов
"""


def test_parties_named_in_the_title_give_the_direction(judge) -> None:
    d = judge(TITLE_ONLY, "2.1", year=2024, org="Заречная средняя школа")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-09-02"
    # the party is named as the items name it, not in the title's instrumental
    assert "«Заречная средняя школа»" in d.message


def test_our_own_mentors_outweigh_an_expired_term(judge) -> None:
    d = judge(TITLE_ONLY, "2.1", year=2026, org="Заречная средняя школа")
    assert d.verdict is Verdict.WRONG_DIRECTION


ONE_LINE_TITLE = """ДОГОВОР между МАДОУ «Детский сад № 5» и МАДОУ «Детский сад № 12» о наставничестве

г. Ишим                                                                 10 января 2024 г.

1. МАДОУ «Детский сад № 12» выделяет из числа своих опытных воспитателей наставников для
молодых воспитателей МАДОУ «Детский сад № 5».
2. МАДОУ «Детский сад № 5» определяет наставляемых и составляет график встреч.
3. Договор действует по 31 декабря 2024 года.
"""


def test_a_one_line_title_names_the_parties_and_the_partner_provides(judge) -> None:
    d = judge(ONE_LINE_TITLE, "2.1", year=2024, org="Детский сад № 5")
    assert d.verdict is Verdict.OK
    assert "какая сторона" not in d.message
    assert d.doc_date == "2024-01-10"


def test_between_said_in_a_sentence_names_no_parties(judge) -> None:
    # the near miss: «между школами района» — no names, so nobody is said to be the provider
    text = TITLE_ONLY.replace(
        "между Заречной средней школой и Луговской основной школой", "между школами района"
    ).replace("Школы договорились", "Школы договорились между собой")
    assert len(find_parties(text)) < 2
    d = judge(text, "2.1", year=2024, org="Заречная средняя школа")
    assert d.verdict is not Verdict.WRONG_DIRECTION
    assert "needs_review" in d.flags
    assert "какая сторона предоставляет наставников" in d.message


# --- a line wrapped after a number before a name in quotes ---

WRAPPED = """СОГЛАШЕНИЕ
о наставничестве «студент – ученик»

г. Глазов                                                                    20.02.2024

Бюджетное профессиональное образовательное учреждение «Глазовский колледж спорта»
(далее – Колледж), в лице директора Лекомцева И. В., и муниципальное бюджетное
общеобразовательное учреждение «Средняя школа № 9» (далее – Школа), в лице директора
Трефиловой Е. А., заключили настоящее соглашение.

1. Колледж направляет студентов 2–3 курсов специальности 49.02.01
«Физическая культура» в качестве наставников для учащихся 5–6 классов Школы.
2. Школа предоставляет спортивный зал и инвентарь.
3. Соглашение действует до 31 мая 2025 года.
"""


def test_a_line_wrapped_after_a_number_before_quotes_keeps_its_sentence(judge) -> None:
    d = judge(WRAPPED, "2.1", year=2024, org="Глазовский колледж спорта")
    assert d.verdict is Verdict.WRONG_DIRECTION
    assert d.doc_date == "2024-02-20"


def test_the_wrapped_sentence_credits_the_partner_when_the_school_reports(judge) -> None:
    d = judge(WRAPPED, "2.1", year=2024, org="Средняя школа № 9")
    assert d.verdict is Verdict.OK
    assert "needs_review" not in d.flags


def test_a_number_at_a_line_end_before_a_capital_still_ends_the_sentence() -> None:
    text = "Соглашение действует до 31 мая 2025\nСтороны обязуются выполнять его."
    assert [s.group() for s in _SENTENCE.finditer(text)][:2] == [
        "Соглашение действует до 31 мая 2025",
        "Стороны обязуются выполнять его",
    ]
