"""Round 9, agreements (2.1): the term read past «г.», mentors as recipients, parties the
preamble names without a quoted designation, the locality typed after a name in the form, and
«формирует … наставников».

Each rule is shown on two agreements of different shapes (and, where it matters, on one where
it must not fire). All texts are written for these tests."""

from __future__ import annotations

from classifiers import agreements
from evidence.textnorm import normalise


def facts(text: str, org: str | None = None) -> agreements.AgreementFacts:
    return agreements.analyse(normalise(text), org, None, 2024)


# --- «г.» before a lower-case word does not end the sentence of the term ----------------------

TERM_WITH_G = """СОГЛАШЕНИЕ
о сотрудничестве

г. Вологда                                                  «02» сентября 2022 г.

Автономная некоммерческая организация «Центр инженерного творчества» (далее – Центр)
в лице директора Лаврова А.А. и муниципальное общеобразовательное учреждение «Средняя
школа № 41» (далее – Школа) в лице директора Кривцовой Е.Е. заключили соглашение.

1. Предмет соглашения
1.1. Центр предоставляет своих инженеров в качестве наставников для обучающихся Школы.

2. Срок действия
2.1. Соглашение действует с 02.09.2022 г. по 31.05.2023 г. (на один учебный год).
"""

TERM_WITH_GG = """ДОГОВОР № 3-Н
о наставничестве

Общество с ограниченной ответственностью «Северный берег» (далее – Общество) в лице
генерального директора Осипова В.В. и муниципальное бюджетное общеобразовательное
учреждение «Гимназия № 8» (далее – Гимназия) в лице директора Шубиной Л.Л. заключили
договор о нижеследующем.
1. Общество направляет специалистов для работы наставниками с обучающимися Гимназии.
2. Договор заключён на срок с 1 марта 2021 г. до 28 февраля 2023 г. и не продлевается.
"""


def test_a_term_with_g_after_each_date_is_read_whole(judge) -> None:
    f = facts(TERM_WITH_G, "МОУ Средняя школа № 41")
    assert f.end is not None and f.end.isoformat() == "2023-05-31"
    d = judge(TERM_WITH_G, "2.1", org="МОУ Средняя школа № 41")
    assert d.verdict.value == "wrong_year", d.message


def test_a_term_with_words_after_g_is_read_whole(judge) -> None:
    f = facts(TERM_WITH_GG, "Гимназия № 8")
    assert f.end is not None and f.end.isoformat() == "2023-02-28"
    assert judge(TERM_WITH_GG, "2.1", org="Гимназия № 8").verdict.value == "wrong_year"


def test_a_capital_after_g_still_starts_a_new_sentence() -> None:
    text = "Договор подписан 01.02.2024 г. Наставники направляются Партнёром.\n"
    sentences = [s.group().strip() for s in agreements._SENTENCE.finditer(text)]
    assert sentences[0] == "Договор подписан 01.02.2024 г"


# --- Mentors in the dative receive what is provided, they are not provided ------------------

MENTORS_RECEIVE = """СОГЛАШЕНИЕ
о совместной деятельности

г. Псков                                                        10.01.2024

Муниципальное бюджетное учреждение дополнительного образования «Дом творчества»
(далее – Организация) в лице директора Гусева И.И. и муниципальное бюджетное
общеобразовательное учреждение «Средняя общеобразовательная школа № 5» (далее –
Учреждение) в лице директора Рыбиной О.О. заключили настоящее соглашение.

1. Предмет соглашения
1.1. Совместная работа с обучающимися Учреждения.

2. Обязанности сторон
2.1. Организация обязуется:
– выделить педагогов дополнительного образования, которые выполняют функции наставников
обучающихся Учреждения;
2.2. Учреждение обязуется:
– предоставлять наставникам расписание занятий обучающихся;
– закрепить обучающихся за наставниками.

3. Соглашение действует до 31.12.2024.
"""

MENTOR_RECEIVES = """ДОГОВОР
о наставничестве

ООО «Агроресурс» (далее – Предприятие) в лице директора Ким Р.Р. и ГБПОУ «Аграрный
техникум» (далее – Техникум) в лице директора Фомина С.С. заключили договор.
1. Предприятие назначает из числа своих агрономов наставника для студентов Техникума.
2. Техникум направляет наставнику программу практики и дневники студентов.
3. Договор действует до 30.06.2025.
"""


def test_mentors_in_the_dative_give_the_school_no_vote(judge) -> None:
    f = facts(MENTORS_RECEIVE, "МБОУ СОШ № 5")
    assert f.votes[1] == 0 and f.provider == 0 and f.ours == 1
    assert judge(MENTORS_RECEIVE, "2.1", org="МБОУ СОШ № 5").verdict.value == "ok"


def test_a_single_mentor_in_the_dative_gives_no_vote() -> None:
    f = facts(MENTOR_RECEIVES, "ГБПОУ Аграрный техникум")
    assert f.votes[1] == 0 and f.provider == 0 and f.ours == 1


def test_a_woman_mentor_in_the_accusative_is_still_provided() -> None:
    text = MENTOR_RECEIVES.replace(
        "2. Техникум направляет наставнику", "2. Техникум направляет наставницу, а также"
    )
    assert facts(text, "ГБПОУ Аграрный техникум").votes[1] > 0


# --- «…, далее – Сторона А, в лице …»: a designation without quotes or brackets ------------------

SIDES_UNQUOTED = """СОГЛАШЕНИЕ № 12
о сетевом партнёрстве

г. Киров                                                        05.02.2024

Муниципальное общеобразовательное автономное учреждение «Лицей № 21» г. Кирова, далее –
Сторона 1, в лице директора Мальцевой Т.Т., и Кировское областное государственное
общеобразовательное бюджетное учреждение «Школа-интернат для обучающихся с ограниченными
возможностями здоровья», далее – Сторона 2, в лице директора Зуева Г.Г., заключили
настоящее соглашение.

1. Предмет
1.1. Обучающиеся 10 классов Стороны 1 выступают наставниками обучающихся Стороны 2.

2. Обязательства Стороны 1
2.1. Подобрать наставников из числа своих обучающихся.

3. Обязательства Стороны 2
3.1. Определить наставляемых.

4. Соглашение действует до 31.05.2025.
"""

PARTNERS_UNQUOTED = """ДОГОВОР
о наставничестве
г. Ижевск, 14.03.2024
Акционерное общество «Ижевский механический завод», далее – Партнёр, в лице
директора по персоналу Шилова Д.Д., и муниципальное бюджетное общеобразовательное
учреждение «Средняя общеобразовательная школа № 30», далее – Школа, в лице директора
Трофимовой А.А., заключили договор о нижеследующем.
1. Партнёр предоставляет инженеров в качестве наставников для обучающихся Школы.
2. Договор действует до 31.08.2025.
"""


def test_unquoted_side_designations_name_both_parties(judge) -> None:
    f = facts(SIDES_UNQUOTED, "Лицей № 21 г. Кирова")
    assert [p.designation for p in f.parties] == ["Сторона 1", "Сторона 2"]
    assert f.provider == 0 and f.ours == 0
    d = judge(SIDES_UNQUOTED, "2.1", org="Лицей № 21 г. Кирова")
    assert d.verdict.value == "wrong_direction", d.message


def test_unquoted_role_designations_name_both_parties(judge) -> None:
    f = facts(PARTNERS_UNQUOTED, "МБОУ СОШ № 30")
    assert [p.designation for p in f.parties] == ["Партнёр", "Школа"]
    assert f.provider == 0 and f.ours == 1
    assert judge(PARTNERS_UNQUOTED, "2.1", org="МБОУ СОШ № 30").verdict.value == "ok"


def test_the_parties_named_together_are_no_designation() -> None:
    text = """ДОГОВОР
г. Орёл 01.02.2024
МБОУ «Лицей № 1», далее совместно – Стороны, в лице директора Белой А.А. заключили договор.
"""
    assert agreements.find_parties(normalise(text)) == []


# --- Parties named without any designation -------------------------------------------------

NO_DESIGNATIONS = """ДОГОВОР
о сетевом взаимодействии

п. Увельский                                                    20.01.2024

МБОУ СОШ № 1 п. Увельский в лице директора Карповой Н.Н., действующей на основании Устава,
и МКОУ НОШ с. Кичигино в лице директора Лыкова М.М., действующего на основании Устава,
заключили договор о нижеследующем.

1. Предмет договора
1.1. Сотрудничество Сторон в повышении профессионального мастерства молодых педагогов по
плану работы (Приложение), который является неотъемлемой частью договора.

2. Срок действия
2.1. Договор действует до 31.12.2024.

Приложение. План работы
1 | Закрепление наставников из числа учителей МБОУ СОШ № 1 за молодыми педагогами МКОУ НОШ
2 | Посещение уроков молодых педагогов наставниками
3 | Анкетирование наставляемых
"""

FIRST_DESIGNATION_LOST = """ГАПОУ «Энергетический техникум»
СОГЛАШЕНИЕ № 4
г. Пермь «10» февраля 2024 г.
Государственное автономное профессиональное образовательное учреждение
«Энергетический техникум» (да
Техникум)
в лице директора Власова В.В. и Муниципальное автономное общеобразовательное учреждение
«Средняя общеобразовательная школа № 9» (далее – Школа) в лице директора Гончар Е.Е.
заключили настоящее соглашение.
1. Предмет соглашения
1.1. Реализация программы наставничества «студент – ученик».
2. Обязанности сторон
2.1. Техникум:
2.1.1. отбирает студентов-наставников из числа старшекурсников;
2.2. Школа:
2.2.1. определяет наставляемых из числа обучающихся 8 классов.
3. Соглашение действует с 10.02.2024 по 10.02.2026.
"""


def test_parties_without_designations_are_named_by_their_names(judge) -> None:
    f = facts(NO_DESIGNATIONS, "МБОУ СОШ № 1 Увельский")
    assert [p.designation for p in f.parties] == ["МБОУ СОШ № 1", "МКОУ НОШ"]
    assert f.provider == 0 and f.ours == 0
    d = judge(NO_DESIGNATIONS, "2.1", org="МБОУ СОШ № 1 Увельский")
    assert d.verdict.value == "wrong_direction", d.message


def test_a_party_whose_designation_was_cut_off_is_still_found(judge) -> None:
    f = facts(FIRST_DESIGNATION_LOST, "ГАПОУ Энергетический техникум")
    assert len(f.parties) == 2 and f.parties[1].designation == "Школа"
    assert "Энергетический техникум" in f.parties[0].name
    assert "Школа" not in f.parties[0].name
    assert f.provider == 0 and f.ours == 0
    d = judge(FIRST_DESIGNATION_LOST, "2.1", org="ГАПОУ Энергетический техникум")
    assert d.verdict.value == "wrong_direction", d.message


def test_one_representative_alone_makes_no_second_party() -> None:
    text = """ПРИКАЗ
МБОУ «Школа № 3» в лице директора Егоровой А.А. приказывает:
1. Назначить наставников.
"""
    assert len(agreements.find_parties(normalise(text))) < 2


# --- The locality typed after the organisation's name in the form --------------------------


def test_a_locality_in_the_form_name_does_not_hide_the_party() -> None:
    f = facts(SIDES_UNQUOTED.replace(" г. Кирова", ""), "Лицей 21 г.Киров")
    assert f.ours == 0 and f.ours_how == "org"


def test_a_village_in_the_form_name_does_not_hide_the_party() -> None:
    f = facts(PARTNERS_UNQUOTED, "МБОУ СОШ 30 с. Завьялово")
    assert f.ours == 1


# --- «формирует группу наставников»: forming the group of mentors is providing them ----------

FORMS_MENTORS = """ДОГОВОР
о реализации программы наставничества

г. Тверь                                                        «09» января 2024 г.

Муниципальное общеобразовательное учреждение «Средняя школа № 7» (далее – МОУ СШ № 7)
в лице директора Зайцевой Л.Л. и Муниципальное дошкольное образовательное учреждение
«Детский сад № 40» (далее – МДОУ № 40) в лице заведующего Котовой Н.Н. заключили
настоящий договор.

1. Предмет договора
1.1. Стороны совместно реализуют программу наставничества «школьники – дошкольникам».

2. Обязанности сторон
2.1. МОУ СШ № 7:
– формирует из числа обучающихся 8 классов группу наставников;
2.2. МДОУ № 40:
– формирует группы воспитанников-наставляемых.

3. Договор действует с 09.01.2024 по 31.05.2024.
"""

FORMED_MENTORS = """СОГЛАШЕНИЕ
г. Калуга 15.02.2024
ООО «КалугаСофт» (далее – Компания) в лице директора Львова П.П. и МБОУ «Лицей № 9»
(далее – Лицей) в лице директора Сергеевой Р.Р. заключили соглашение о нижеследующем.
1. Компания сформирует пул наставников из числа своих программистов для учеников Лицея.
2. Лицей сформирует запрос на наставников и списки наставляемых.
3. Соглашение действует до 31.12.2024.
"""


def test_forming_a_group_of_mentors_provides_them(judge) -> None:
    f = facts(FORMS_MENTORS, "МОУ СШ № 7 Тверь")
    assert f.provider == 0 and f.ours == 0
    d = judge(FORMS_MENTORS, "2.1", org="МОУ СШ № 7 Тверь")
    assert d.verdict.value == "wrong_direction", d.message


def test_a_request_for_mentors_is_not_forming_them(judge) -> None:
    f = facts(FORMED_MENTORS, "МБОУ Лицей № 9")
    assert f.votes[1] == 0 and f.provider == 0 and f.ours == 1
    assert judge(FORMED_MENTORS, "2.1", org="МБОУ Лицей № 9").verdict.value == "ok"


# --- «наставники Лицея»: the party named right after the mentors is theirs -------------------

MENTORS_OF_A_PARTY = """ДОГОВОР
о совместной деятельности

г. Ярославль                                                    «16» января 2024 г.

Муниципальное общеобразовательное учреждение «Лицей № 86» (далее – Лицей) в лице
директора Ершова Б.Б. и Муниципальное дошкольное образовательное учреждение «Детский
сад № 2» (далее – Детский сад) в лице заведующего Смирновой Ю.Ю. заключили настоящий
договор.

1. Предмет договора
1.1. Реализация программы наставничества «лицеисты – дошкольникам».
1.2. Наставники Лицея проводят с воспитанниками Детского сада занятия по конструированию.

2. Договор действует с 16.01.2024 по 31.05.2024.
"""

MEETINGS_WITH_MENTORS = """СОГЛАШЕНИЕ № 2
г. Липецк 01.03.2024
ПАО «Липецкий станкозавод» (далее – Завод) в лице директора Титова Г.Г. и МБОУ «Средняя
школа № 15» (далее – Школа) в лице директора Пановой Ж.Ж. заключили соглашение.
1. Предмет соглашения: профориентационное наставничество.
2. Школа организует встречи обучающихся 9 классов с наставниками Завода в цехах.
3. Соглашение действует до 31.12.2024.
"""


def test_mentors_of_the_reporting_lyceum_reverse_the_agreement(judge) -> None:
    f = facts(MENTORS_OF_A_PARTY, "МОУ Лицей № 86")
    assert f.provider == 0 and f.ours == 0
    d = judge(MENTORS_OF_A_PARTY, "2.1", org="МОУ Лицей № 86")
    assert d.verdict.value == "wrong_direction", d.message


def test_mentors_of_the_partner_named_after_a_preposition(judge) -> None:
    f = facts(MEETINGS_WITH_MENTORS, "МБОУ СШ № 15")
    assert f.provider == 0 and f.ours == 1
    assert judge(MEETINGS_WITH_MENTORS, "2.1", org="МБОУ СШ № 15").verdict.value == "ok"


def test_mentors_set_apart_by_a_comma_belong_to_nobody() -> None:
    text = MEETINGS_WITH_MENTORS.replace("с наставниками Завода в цехах", "с наставниками, Школа")
    assert facts(text, "МБОУ СШ № 15").votes == [0, 0]
