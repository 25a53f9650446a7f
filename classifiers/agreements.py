"""Agreements: parties and their designations, the subject, who provides the mentors, the term.

The indicator counts partners that send their staff *to* the reporting organisation, so an
agreement is read the way a lawyer reads it: the parties («…, именуемое в дальнейшем
«Школа»»), the subject section («Предмет договора»), the obligations («Партнёр обязуется:
… предоставлять наставников»), and the term («действует до …», «сроком на один год»,
«считается продлённым …»).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from classifiers.dates import find_dates
from classifiers.vocabulary import Vocabulary, alternation, vocabulary, words

_QUOTE_OPEN, _QUOTE_CLOSE = '[«"“]', '[»"”]'
_NEXT_SECTION = re.compile(r"\n\s*(?:[2-9]|1\d|[IVX]{1,4})\.?\s+[А-ЯЁ][А-ЯЁа-яё ,]{3,80}\s*\n")
# a sentence character: a dot inside a date or a number is not an end, nor is a line break
# inside a line wrapped in a scan or a PDF: before a lower-case word («… выделяет из числа
# своих педагогов наставников для\nмолодых воспитателей …»), or after one before a
# capitalised name («… для молодых учителей\nОрганизации-партнёра»); nor is the dot of an
# abbreviation that the same sentence goes on after in lower case («с 01.09.2022 г. по …»)
_S = (
    r"(?:[^.;\n]|\.(?=\S)|\.(?=[ \t]+[а-яё])|\n(?=[ \t]*[а-яё])"
    r"|(?<=[а-яё,])\n(?=[ \t]*[«\"А-ЯЁ])"
    # nor the blank line a scan's OCR puts between two lines of one sentence: a lower-case
    # word (or a comma) before it, a lower-case word after it («… учителей математики и\n\n
    # русского языка наставниками …»)
    r"|(?<=[а-яё,])\n(?=[ \t]*\n[ \t]*[а-яё])"
    # nor one after a number before a name in quotes that it introduces («… студентов
    # специальности 44.02.02\n«Преподавание в начальных классах» в качестве наставников …»)
    r"|(?<=\d)\n(?=[ \t]*«)"
    # nor one after a lower-case word before a date or a count that goes on with it
    # («… действует до\n31 декабря 2025 года», «… сроком на\n3 года»), unlike an item's
    # number («1.1.») after a heading
    r"|(?<=[а-яё])\n(?=[ \t]*\d{1,2}(?:[ \t]+[а-яё]|\.\d\d\.(?:19|20)?\d\d(?!\.?\d)))"
    # nor one after a lower-case word before a bracket that goes on with it («… проходящими
    # производственную\n(педагогическую) практику, наставников …»)
    r"|(?<=[а-яё,])\n(?=[ \t]*\()"
    # nor the dot of a locality after a name («… школа № 3» г.о. Саранск обеспечивает …»)
    r"|(?<=[а-яёА-ЯЁ»\"]\s[гсдп])\.(?=[ \t]*[А-ЯЁ])|(?<=[а-яёА-ЯЁ»\"]\sг\.о)\.(?=[ \t]*[А-ЯЁ]))"
)
_SENTENCE = re.compile(rf"{_S}+")


@dataclass(frozen=True)
class _Patterns:
    """The agreement rules' patterns: the grammar here, the words from ``vocabulary.yaml``."""

    designation: re.Pattern[str]
    staff_phrase_end: re.Pattern[str]
    joint: re.Pattern[str]
    collective: re.Pattern[str]
    respective: re.Pattern[str]
    preamble_end: re.Pattern[str]
    subject: re.Pattern[str]
    subject_follows: re.Pattern[str]
    party_joint: re.Pattern[str]
    party_comma: re.Pattern[str]
    side_joint: re.Pattern[str]
    name_end: re.Pattern[str]
    name_lead: re.Pattern[str]
    mentoring: re.Pattern[str]
    mentor_stem: re.Pattern[str]
    mentor_noun: re.Pattern[str]
    mentoring_noun: re.Pattern[str]
    mentor_as: re.Pattern[str]
    mentee_as: re.Pattern[str]
    mentor_verb: re.Pattern[str]
    over: re.Pattern[str]
    mentee_verb: re.Pattern[str]
    passive: re.Pattern[str]
    newcomer: re.Pattern[str]
    staff_lacking: re.Pattern[str]
    own: re.Pattern[str]
    speaker_lead: re.Pattern[str]
    all_lead: re.Pattern[str]
    first_person: re.Pattern[str]
    speaker_heading: re.Pattern[str]
    our_before: re.Pattern[str]
    staff_in_role: re.Pattern[str]
    our: re.Pattern[str]
    definition: re.Pattern[str]
    role_cell: re.Pattern[str]
    role_label: re.Pattern[str]
    provided_object: re.Pattern[str]
    provided_person: re.Pattern[str]
    provided_mentees: re.Pattern[str]
    not_provided: re.Pattern[str]
    people_governed: re.Pattern[str]
    staff_bracket: re.Pattern[str]
    matter_of: re.Pattern[str]
    mentoring_head: re.Pattern[str]
    people_of: re.Pattern[str]
    preposition: re.Pattern[str]
    young_before: re.Pattern[str]
    own_before: re.Pattern[str]
    own_relative: re.Pattern[str]
    assigned: re.Pattern[str]
    own_assigned: re.Pattern[str]
    purpose: re.Pattern[str]
    oblige: re.Pattern[str]
    mutual: re.Pattern[str]
    prolong: re.Pattern[str]
    indefinite: re.Pattern[str]
    duration: re.Pattern[str]
    term_words: re.Pattern[str]
    date_range: re.Pattern[str]
    until_date: re.Pattern[str]
    academic_end: re.Pattern[str]
    schedule_heading: re.Pattern[str]
    conductor_label: re.Pattern[str]
    conductor_cell: re.Pattern[str]
    appendix: re.Pattern[str]
    giving_role: re.Pattern[str]
    taking_role: re.Pattern[str]
    form_pair: re.Pattern[str]
    name_goes_on: re.Pattern[str]
    after_preposition: re.Pattern[str]
    role_denied: re.Pattern[str]
    internal_mentors: re.Pattern[str]
    authority: re.Pattern[str]
    engaging: re.Pattern[str]
    mentees_governed: re.Pattern[str]
    place: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(vocab: Vocabulary) -> _Patterns:
    w = vocab.agreement
    i = re.IGNORECASE
    name = r"([^»\"”,;()\n]{2,40}?)"
    # a designation closed by its bracket may go on to the next line (a PDF line wrapped in
    # «(далее – Профильная\nорганизация)») and take a participle's clause after a comma — the
    # statutory «(далее – Организация, осуществляющая образовательную деятельность)»
    # … or an appositive role after a comma, in lower case, a compound or two words, that the
    # text calls the party by too («(далее – Сторона 2, школа-наставник)», «(далее – Сторона 3,
    # наставляемая сторона)»): an alias of the party (see _ROLE_TAIL)
    bracketed = (
        r"((?:[^»\"”,;()\n]|\n(?![ \t]*\n)){2,40}?"
        r"(?:,\s*(?-i:[а-яё]+(?:щ|вш)(?:ая|ий|ее|ие|ый|ое|ые))(?:[^»\"”,;()\n]|\n(?![ \t]*\n)){2,50}?"
        r"|,\s*(?-i:[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+|\s+[а-яё]+))(?=\s*\)))?)"
    )
    # where a party's part of the preamble goes on to the next party's name: after a comma
    # an abbreviation or a legal form («…», ООО «…», «…», муниципальное …), after «и» any
    # capitalised name («… и Управление образования …»)
    next_name = rf"(?:[«\"]|(?-i:[А-ЯЁ]{{2,}})\b|{words(vocab.party_name_start)})"
    name_ahead = rf"(?:[«\"]|(?-i:[А-ЯЁ])|{words(vocab.party_name_start)})"
    and_next = rf"и\s+{name_ahead}"
    # words between a verb and its people, but not a preposition that introduces the mentees,
    # nor the mentees themselves («наставником … наставляемых из числа обучающихся Школы»:
    # the people after them are theirs)
    filler = rf"(?:(?!{w.mentee_prepositions}\s|{w.mentee_nouns})[а-яё]+\s+)"
    mentors_said = (
        rf"(?:{w.mentor_roles}\s+{w.mentor_nouns}\w*|{w.mentor_nouns}\w*|{w.mentoring_nouns}\w*)"
    )
    numbers = words([re.escape(n) for n, _ in w.numerals])
    # one designation of a list that names all the parties at once («Компания», «Сторона 1»)
    item = rf"{_QUOTE_OPEN}?(?-i:[А-ЯЁ])[^»\"”«,;()\n]{{0,30}}?{_QUOTE_CLOSE}?"
    return _Patterns(
        joint=re.compile(rf"(?:{w.joint_designation})\s*[-–—,]?\s*$", i),
        # where the phrase of the people named as mentors ends: at a clause's comma, or where
        # a preposition brings in the mentees or the mentees are named
        staff_phrase_end=re.compile(
            rf"[,;:()]|(?<![а-яё])(?:{w.mentee_prepositions})\s|{w.mentee_nouns}|{w.mentor_stems}",
            i,
        ),
        collective=re.compile(rf"(?:{w.collective_designation})", i),
        designation=re.compile(
            rf"(?:{w.designation_named}\s*[-–—]?\s*{_QUOTE_OPEN}?{name}{_QUOTE_CLOSE}?\s*"
            # … and a second one it may be called by («именуемое далее «Технопарк» или «Сторона 1»»)
            rf"(?:(?<=[»\"”])\s*{w.designation_or}\s+{_QUOTE_OPEN}(?P<alt>[^»\"”\n]{{2,40}}?)"
            rf"{_QUOTE_CLOSE}\s*)?"
            # … ended by a comma or a bracket, or by the «и» before the next party or the verb of
            # concluding («… «Сторона 2» и муниципальное …», «… «Школа» заключили …»)
            rf"(?=[,;()\n]|\s+{w.party_side}|\s+{w.representative}"
            rf"|\s+{and_next}|\s+{w.preamble_end})"
            rf"|\(\s*{w.designation_further}\s*[-–—]?\s*{_QUOTE_OPEN}?{bracketed}{_QUOTE_CLOSE}?\s*\)"
            # … or after a comma with no dash, before a designation in quotes («(МАУДО «ДТЗР»),
            # далее «Учреждение», в лице …»)
            rf"|(?:{w.designation_further}\s*[-–—]\s*|(?<=,)\s*{w.designation_further}\s*(?={_QUOTE_OPEN}))"
            rf"{_QUOTE_OPEN}([^»\"”\n]{{2,40}}){_QUOTE_CLOSE}"
            # a bare parenthesis in the preamble: «… колледж» (Исполнитель) в лице …,
            # «…» («ДОУ») заключили; or a role in lower case, words alone («… № 14»
            # (школа-наставник) в лице …), a designation if the text calls the party by it
            rf"|\(\s*{_QUOTE_OPEN}?(?P<bare>(?-i:[А-ЯЁ])[^»\"”,;()\n]{{1,40}}?"
            r"|(?-i:[а-яё]+(?:[- ][а-яё]+){0,2}))"
            rf"{_QUOTE_CLOSE}?\s*\)"
            rf"(?=\s*,?\s*(?:{w.representative}|{w.party_side}|{w.preamble_end}|и\s))"
            # «…, далее – Сторона А, в лице …»: a designation neither quoted nor in brackets,
            # said just before the representative — or after it, where the party's part of the
            # preamble ends («…, действующего на основании Устава, далее – Колледж, с одной
            # стороны, и …», «… далее – Сторона 2, совместно именуемые …», «… заключили …»); or
            # the parties listed with semicolons («…, далее – Сторона 1; бюджетное …»)
            rf"|{w.designation_further}\s*[-–—]\s*((?-i:[А-ЯЁ])[^»\"”«,;()\n]{{1,30}}?)"
            rf"(?=\s*,\s*(?:{w.representative}|{w.party_side}|(?:{w.joint_designation})\s"
            rf"|{and_next}|{next_name})|\s*;\s*{next_name}|\s*,?\s*{w.preamble_end}"
            rf"|\s+{and_next}"
            # … or at the end of a bracket that the party's short name opens («… «Мастер» (МБУ ДО
            # ЦДЮТТ «Мастер», далее - Сторона 2) в лице …»)
            rf"|\s*\)(?=\s*,?\s*(?:{w.representative}|{w.party_side}|{w.preamble_end}|и\s))))",
            i,
        ),
        # «…, далее – Компания и Колледж соответственно, договорились …», «(далее — «Школа» и
        # «Колледж» соответственно)», «именуемые в дальнейшем Школа, Колледж и Управление
        # соответственно», «далее соответственно – …»: the parties' designations in one list
        respective=re.compile(
            rf"(?:{w.designation_named}|{w.designation_further})\s*"
            rf"(?:(?P<lead>{w.respectively})\s*)?[-–—:]?\s*"
            rf"(?P<list>{item}(?:\s*,\s*{item})*\s*,?\s+и\s+{item})"
            rf"(?(lead)(?=\s*[,;)]|\s+{w.preamble_end})|\s*,?\s*{w.respectively}(?![а-яё]))",
            i,
        ),
        preamble_end=re.compile(
            rf"{w.preamble_end}|(?:^|\n)\s*(?:[1I]\.?\s*)?{w.subject_heading}\b", i
        ),
        subject=re.compile(
            rf"(?:^|\n)\s*(?:[1I]\.?\s*)?{w.subject_heading}\s+{w.subject_of}\s*\.?", i
        ),
        subject_follows=re.compile(w.subject_follows, i),
        # «…, с одной стороны, и муниципальное бюджетное …»: where the next party's name starts
        party_joint=re.compile(
            rf"(?:{w.party_side}\s*,?\s*)?(?:,\s*)?\bи\s+"
            rf"(?=[«\"А-ЯЁ]|(?i:{alternation(vocab.party_name_start)}))"
        ),
        # «… в лице директора Лаптевой М. Ю., муниципальное общеобразовательное учреждение …»:
        # three or more parties listed with commas, the next name after the last comma
        # (or a semicolon: «…, действующей на основании доверенности;\nмуниципальное …»)
        party_comma=re.compile(
            rf"[,;]\s*(?=[«\"]|(?-i:[А-ЯЁ]{{2,}})\b|(?i:{alternation(vocab.party_name_start)}))"
        ),
        # «…, с одной стороны, и <next party>»: the side said before the «и»
        side_joint=re.compile(rf"{w.party_side}\s*,?\s*и\s+(?={name_ahead})", i),
        name_end=re.compile(rf",?\s*(?:{w.representative}|\(\s*{w.designation_further})", i),
        name_lead=re.compile(rf"^[\s,;]*(?:{w.party_side}\s*,?\s*)?(?:и\s+)?", i),
        mentoring=re.compile(rf"{w.mentor_stems}|{w.mentee_stems}", i),
        mentor_stem=re.compile(w.mentor_stems, i),
        mentor_noun=re.compile(w.mentor_nouns, i),
        mentoring_noun=re.compile(w.mentoring_nouns, i),
        # «наставниками выступают работники Партнёра», «наставники из числа студентов»,
        # «наставничество осуществляют инженеры Предприятия»; the mentees and their party may
        # come between («Наставниками молодых учителей Стороны 2 выступают учителя Стороны 1»),
        # and the setting after them («Наставниками молодых педагогов Школы по настоящему
        # Соглашению являются методисты Института»)
        mentor_as=re.compile(
            rf"{mentors_said}\s+(?:{w.mentoring_setting}\s+)?(?:{filler}|\d+\s+){{0,4}}?"
            rf"(?:{w.mentoring_setting}\s+)?{w.mentors_are}\s+{filler}{{0,3}}?"
            rf"{vocab.mentor_staff}\w*",
            i,
        ),
        # «наставляемыми являются обучающиеся Школы», «для молодых специалистов Школы»,
        # «наставническое сопровождение молодых учителей Организации», «наставничество молодых
        # специалистов Заказчика»
        mentee_as=re.compile(
            rf"(?:{w.mentee_nouns}\w*\s+(?:[а-яё]+\s+){{0,2}}?{w.mentees_are}\s+"
            rf"(?:[а-яё]+\s+){{0,3}}?{vocab.mentee_people}\w*"
            # (the people's word whole, not a compound's first part: «для учителей-наставников»
            # are the mentors)
            rf"|(?:{w.for_mentees}|{w.mentoring_support})\s+(?:{w.young}\w+\s+)?"
            rf"{vocab.mentee_people}\w*(?![\w-])"
            rf"|{w.mentoring_nouns}\w*\s+(?={w.young})(?:{w.young}\w+\s+)?{vocab.mentee_people}\w*)",
            i,
        ),
        # «Инженеры Предприятия выступают в роли наставников», «педагоги Гимназии осуществляют
        # наставничество»: the party named just before the verb provides the mentors.
        mentor_verb=re.compile(
            rf"(?:{w.mentoring_done}\s+{w.mentoring_nouns}|{w.acting_as}\s+{w.mentor_nouns})", i
        ),
        # «наставничество студентов Исполнителя над обучающимися Заказчика»: the people named
        # after «над» are the mentees, those between «наставничество» and «над» the mentors —
        # a staff list with its party («опытных воспитателей и учителя-логопеда Стороны 1»).
        over=re.compile(
            rf"{w.mentoring_nouns}\w*(?P<who>(?:\s+\S+){{0,8}}?)\s+{w.mentoring_over}\s+", i
        ),
        mentee_verb=re.compile(rf"{w.acting_as}\s+{w.mentee_nouns}", i),
        # «наставническое сопровождение каждой проектной команды Школы осуществляется
        # педагогами Учреждения», «наставничество ведётся силами Партнёра»: the mentoring (said
        # in the nominative, not «контроль за наставничеством») done by the people or the
        # party named after the passive verb
        passive=re.compile(
            rf"(?:{w.mentoring_nouns}\w*|{w.mentoring_support})(?:(?<=о)|(?<=ие)|(?<=ка)|(?<=щь))(?![а-яё])"
            rf"(?:\s+[^\s.;:,]+){{0,8}}?\s+{w.mentoring_passive}\s+"
            rf"(?:{w.by_forces}\s+)?(?:(?:[а-яё]+\s+){{0,2}}?{vocab.mentor_staff}\w*?(?:ами|ями))?",
            i,
        ),
        # «направляет сотрудников (мастеров …) для сопровождения вновь принятых работников
        # Заказчика», «закрепляет специалистов за молодыми педагогами Школы»: one party's staff
        # sent to support, or attached to, the newcomers of the other — mentoring by its shape
        staff_lacking=re.compile(w.staff_lacking, i),
        newcomer=re.compile(
            rf"{vocab.mentor_staff}\w*\s+(?:\([^()\n]{{1,80}}\)\s*)?"
            rf"(?:(?:{w.for_mentees}\s+)?{w.newcomer_support}\w*|{w.assigned_to})\s+"
            rf"(?:[а-яё]+\s+)?{w.newcomers}\w*\s+(?:[а-яё]+\s+)?(?:{vocab.mentee_people}|{vocab.mentor_staff})\w*",
            i,
        ),
        own=re.compile(rf"\b{w.own}", i),
        # «Мы, муниципальное бюджетное …»: a party's name said after «Мы,» (not «Мы,
        # нижеподписавшиеся, …», which speaks for all the parties)
        speaker_lead=re.compile(
            rf"^\s*{w.first_person}\s*,\s*"
            rf"(?=[«\"]|(?-i:[А-ЯЁ])|{alternation(vocab.party_name_start)})",
            i,
        ),
        # «Мы, нижеподписавшиеся:», «Мы, участники соглашения,»: the first person of all the
        # parties, said before the first one's name — no part of it, and nobody's own voice
        all_lead=re.compile(
            rf"^\s*{w.first_person}\s*,\s*"
            rf"(?!{alternation(vocab.party_name_start)})(?-i:(?:[а-яё]+\s+){{0,2}}?[а-яё]+)\s*[:,]\s*",
            i,
        ),
        first_person=re.compile(
            rf"(?<![а-яё])(?:{w.first_person}|{w.first_person_possessive})(?![а-яё])", i
        ),
        # «2. Что делаем мы, МБОУ «Центр образования № 7»», «Что берём на себя мы — детский
        # сад № 5»: a heading on a line of its own that says who «мы» is — in an agreement
        # that each party writes its own part of in the first person, that part's speaker
        speaker_heading=re.compile(
            rf"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]*)?[^\n]{{0,40}}?(?<![а-яё])"
            rf"(?:{w.first_person})[ \t]*(?:,|[-–—](?=[ \t]))[ \t]*(?P<who>[^\n]{{2,80}}?)"
            r"[ \t.:]*(?=\n)",
            i,
        ),
        # «наши наставники», «наших опытных наставников», «Наши учителя-наставники»: the
        # speaker's possessive just before the mentors
        our_before=re.compile(
            rf"(?<![а-яё]){w.first_person_possessive}\s+(?:[а-яё]+\s+){{0,2}}?(?:[а-яё]+-)?$",
            i,
        ),
        our=re.compile(rf"(?<![а-яё]){w.first_person_possessive}(?![а-яё])", i),
        # «с привлечением методистов Стороны 2 в роли наставников», «студентов Колледжа в
        # качестве наставников»: the staff, their party, and the role they take
        staff_in_role=re.compile(
            rf"{vocab.mentor_staff}\w*(?P<owner>(?:[ \t]+[^\s,;:()]+){{1,3}}?)\s+"
            rf"(?:в\s+)?(?:{w.mentor_roles})\s+$",
            i,
        ),
        # a glossary's item defining the role by whose people fill it: «1.2. Волонтёр-наставник
        # — обучающийся 9–11 классов Гимназии, …», «Наставник – работник Предприятия, …»,
        # «Наставляемый — молодой специалист Школы»; ``who``, the definition's first clause
        definition=re.compile(
            rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s*)?{_QUOTE_OPEN}?(?:[а-яё]+-)?"
            rf"(?:(?P<mentor>{w.mentor_nouns})|(?P<mentee>{w.mentee_nouns}))[а-яё]*"
            rf"(?:-[а-яё]+)?{_QUOTE_CLOSE}?\s*(?:\([^()\n]{{1,60}}\)\s*)?[-–—]\s+"
            r"(?P<who>[^,;:()]{2,120})",
            i,
        ),
        # a row of roles: a table's cell that is the role alone («Наставник», «Наставляемые
        # (молодые специалисты)») …
        role_cell=re.compile(
            rf"(?:(?P<mentor>{w.mentor_nouns})|(?P<mentee>{w.mentee_nouns}))\w*"
            r"(?:\s*\([^()\n]*\))?",
            i,
        ),
        # … or a list's label, at a line's start after its number or its bullet, or after
        # another person's part on the same line («1. Наставник: Кобелева И.А., учитель …,
        # МБОУ СОШ № 5 — наставляемый: …»)
        role_label=re.compile(
            r"(?:^[ \t]*(?:\d{1,3}[.)][ \t]*|[-–—•][ \t]*)?|(?<=[\s;,]))"
            rf"(?:(?P<mentor>{w.mentor_nouns})|(?P<mentee>{w.mentee_nouns}))\w*"
            r"[ \t]*(?::|[-–—](?=[ \t]))[ \t]*",
            i,
        ),
        provided_object=re.compile(
            rf"(?P<mentee>{w.mentee_nouns})|(?P<mentor>{w.mentor_nouns})|{vocab.mentor_staff}"
        ),
        provided_person=re.compile(w.mentor_nouns),
        # «определить наставляемых», «направлять наставляемого»: the mentees as the direct
        # object (accusative), not «за наставляемыми», «наставляемым»
        provided_mentees=re.compile(rf"{w.mentee_nouns}(?:ых|ого|ую)(?![а-яё])", i),
        # «закрепляет их за наставниками», «согласует с наставниками»: after a preposition the
        # mentors are not the object provided; nor after a noun whose matter they are
        # (a determiner or an adjective may come between: «за каждым наставником»)
        not_provided=re.compile(
            rf"(?<![а-яё]){w.mentee_prepositions}\s+(?:[а-яё]+(?:ым|ыми|ими|ому|ему|ой|ей)\s+){{0,2}}$",
            i,
        ),
        # «за студентами Стороны 2», «для молодых учителей Школы»: people after a preposition,
        # the party named after them theirs — the ones something is done to or for
        people_governed=re.compile(
            rf"(?<![а-яё]){w.mentee_prepositions}\s+(?:[а-яё]+(?:ым|ыми|ими|ому|ему|ой|ей|ых|их)\s+){{0,2}}"
            rf"(?:{vocab.mentor_staff}|{vocab.mentee_people}|{w.mentor_nouns}|{w.mentee_nouns})"
            # … or a party named with theirs («за молодыми педагогами ОШ-1 и ОШ-2»)
            r"[а-яё]*\s+(?:\S+(?:\s+(?:№\s*)?\d+)?\s+и\s+)?$",
            i,
        ),
        # «Наставник (воспитатель МАДОУ № 112)»: a bracket after the role that opens with the
        # staff (an adjective may come first), their party next
        staff_bracket=re.compile(
            rf"[ \t]*\([ \t]*(?:[а-яё]+[ \t]+)?{vocab.mentor_staff}[а-яё]*(?=[ \t])", i
        ),
        matter_of=re.compile(rf"(?<![а-яё]){w.mentor_matters}\w*\s+(?:[а-яё]+\s+)?$", i),
        # «назначает куратора| наставничества из числа своих работников»: the person heading
        # the mentoring, just before it — the people named after are that person's
        mentoring_head=re.compile(rf"(?<![а-яё]){w.mentoring_heads}[а-яё]*\s+$", i),
        # «студенты 2–3 курсов ОО-1», «обучающиеся Стороны Б»: a party's people, the party
        # named after them (a course's, a class's number and its word between)
        people_of=re.compile(
            rf"(?<![а-яё])(?:(?P<students>{w.students})|(?P<pupils>{w.pupils}))[а-яё]*"
            r"(?:-[а-яё]+)?(?:\s+\d+(?:\s*[-–]\s*\d+)?(?:-?[а-яё]{1,3})?\s+[а-яё]+)?(?=\s)",
            i,
        ),
        preposition=re.compile(rf"(?<![а-яё]){w.mentee_prepositions}\s", i),
        young_before=re.compile(rf"{w.young}\w*\s+$"),
        # «своих педагогов», «своих опытных учителей»: one's own staff, an adjective between
        own_before=re.compile(rf"\b{w.own}\s+(?:[а-яё]+(?:ых|их)\s+)?$"),
        # «… своих специалистов, которые выступают …»: the verb's doers are, through «которые»,
        # one's own staff (up to a staff noun and an adjective between)
        own_relative=re.compile(
            rf"\b{w.own}\s+(?:[а-яё]+\s+)?[а-яё]+\s*,\s*{w.relative}\s+(?:[а-яё]+\s+)?$", i
        ),
        # «… за молодыми специалистами», «… за наставляемыми»: assigned to the mentees
        own_assigned=re.compile(
            rf"\b{w.own}\s+(?:[а-яё]+(?:ых|их)\s+)?{vocab.mentor_staff}\w*\s+"
            # «своих специалистов (методистов по предметным областям) за …»: a clarification
            rf"(?:\([^()\n]{{1,80}}\)\s*)?{w.assigned_to}\s+"
            rf"(?:{w.young}\w*\s+)?{vocab.mentee_people}",
            i,
        ),
        assigned=re.compile(
            rf"^\s*(?:\([^()\n]{{1,80}}\)\s*)?{w.assigned_to}\s+(?:{w.young}\w*\s+)?"
            rf"{vocab.mentee_people}",
            i,
        ),
        purpose=re.compile(rf"[;(]|\b(?:{w.purpose}|{w.about})\b"),
        # «2.1. Партнёр обязуется:», «Школа:» over a list, or a section heading «3. Обязательства
        # Школы» / «Права и обязанности Колледжа» (an article's «Статья 3. Обязательства
        # Гимназии») naming the party whose obligations follow; or
        # a heading in capitals («2. КОЛЛЕДЖ», «4. СРОК»), a party's section if it is the
        # party's name alone, else one of no party's
        oblige=re.compile(
            # a section's number in Roman numerals too («IV. Обязательства Опорной площадки»)
            rf"(?:^|\n)\s*(?:(?:{w.article_heading}\s+)?(?:\d+(?:\.\d+)*|(?-i:[IVX]{{1,4}}))\.?\s*)?"
            rf"(?:([^\n]{{2,60}}?)\s+{w.obliged}|"
            r"([А-ЯЁ][^\n:]{1,40}):\s*(?=\n)|"
            rf"{w.obligations_heading}\s+([^\n:]{{2,60}}?)[\s.:]*(?=\n)|"
            r"(?-i:([А-ЯЁ][А-ЯЁ«»\"№\d -]{2,40}?))[ \t.]*(?=\n))",
            i,
        ),
        mutual=re.compile(w.mutual, i),
        prolong=re.compile(w.prolongation, i),
        indefinite=re.compile(w.indefinite_term, i),
        duration=re.compile(
            rf"{w.duration_lead}(?:\s+(?!{w.duration_for}\b)[а-яё]+){{0,3}}?\s*[-–—:]?\s*"
            rf"(?:{w.duration_for}\s+)?(\d+|{numbers})\s*(?:\([а-яё]+\)\s*)?"
            rf"(?:(?P<years>{w.duration_years})|(?P<months>{w.duration_months}))",
            i,
        ),
        term_words=re.compile(w.term_words, i),
        date_range=re.compile(rf"\b{w.term_from}\s+(.{{6,30}}?)\s+{w.term_until}\s+(.{{6,30}})", i),
        until_date=re.compile(rf"\b{w.term_until}\s*[«\"]?\s*\d", i),
        academic_end=re.compile(
            rf"{w.academic_until}\s+(20\d\d)\s*[-–/]\s*(20)?(\d\d)\s*(?:гг?\.?\s*)?{w.academic_year}",
            i,
        ),
        # «График встреч наставников с наставляемыми», «Календарный план наставнических
        # занятий»: a line that opens with a schedule and names its sessions and the mentoring
        # (``mentoring``); or its events only («График совместных мероприятий»), whose rows
        # must name the mentoring themselves (_conducted_sessions)
        schedule_heading=re.compile(
            rf"^[ \t]*(?:(?:\d{{1,2}}|(?-i:[IVX]{{1,4}}))\.?[ \t]*)?{w.session_schedule}(?![а-яё])"
            rf"(?=[^\n]*?(?<![а-яё])(?:{w.sessions}|{w.events}))"
            rf"(?P<mentoring>(?=[^\n]*?(?<![а-яё]){w.sessions})"
            rf"(?=[^\n]*?(?:{w.mentor_stems}|{w.mentee_stems})))?",
            i,
        ),
        # «Проводит: Корнилов Д.А., педагог МБУ ДО ЦДТ», «Ведущий – …»: who conducts a session
        conductor_label=re.compile(
            rf"(?<![а-яё])(?:{w.conductor})[ \t]*(?::|[-–—](?=[ \t]))[ \t]*", i
        ),
        conductor_cell=re.compile(rf"[ \t]*(?:{w.conductor})[ \t]*", i),
        appendix=re.compile(rf"^[ \t]*{vocab.structure.appendix}(?![а-яё])", i),
        giving_role=re.compile(rf"{w.mentor_nouns}|{w.giving_roles}", i),
        taking_role=re.compile(rf"{w.mentee_nouns}|{w.taking_roles}", i),
        # a form of mentoring, its two roles in quotes: «студент – ученик»
        form_pair=re.compile(
            rf"{_QUOTE_OPEN}[ \t]*(?P<mentor>[а-яё]+)[ \t]*[-–—][ \t]*(?P<mentee>[а-яё]+)[ \t]*"
            rf"{_QUOTE_CLOSE}",
            i,
        ),
        # «куратор не является наставником», «не выполняет функции наставника»
        # … or the role said first, denied at the clause's end («Функции наставника в
        # отношении работников Института наставники Школы не выполняют»)
        role_denied=re.compile(
            rf"(?<![а-яё]){w.negations}\s+(?:{w.acting_as}|{w.mentoring_done})\s+"
            rf"(?:[а-яё]+\s+){{0,2}}?{mentors_said}"
            rf"|{w.mentor_roles}\s+{w.mentor_nouns}\w*[^.;:]{{0,120}}?(?<![а-яё]){w.negations}\s+"
            rf"{w.denied_after}",
            i,
        ),
        internal_mentors=re.compile(w.internal_mentors, i),
        authority=re.compile(rf"\W*(?:{w.authority_names})(?![а-яё])", i),
        engaging=re.compile(w.engaging_verbs, i),
        # a preposition (and up to two adjectives) just before: «о наставниках», «для всех
        # наставников»
        after_preposition=re.compile(
            rf"(?<![а-яё])(?:{w.mentee_prepositions}|{w.about})\s+(?:[а-яё]+\s+){{0,2}}$", i
        ),
        mentees_governed=re.compile(
            rf"(?<![а-яё]){w.mentee_prepositions}\s+(?:[а-яё]+\s+){{1,2}}$", i
        ),
        place=re.compile(rf"(?<![а-яё])(?:{w.place_prepositions})\s", i),
        name_goes_on=re.compile(
            rf"\n[ \t]*\n\s*(?!{words(vocab.party_name_start)})(?-i:[а-яё])", i
        ),
    )


@dataclass
class Party:
    name: str
    designation: str
    start: int
    end: int
    bare: bool = False  # designated by a bare parenthesis «(Исполнитель)», not «именуемое …»
    # the party that speaks in the first person («Мы, <name> …»): «мы», «наши» are it
    speaker: bool = False
    # a party given no designation is called by its proper name or its head noun instead:
    # «… учреждение «Физико-математический лицей»» → «Физико-математический лицей», «Лицей»
    aliases: list[str] = field(default_factory=list)

    def stems(self) -> list[str]:
        return _stems(self.designation)

    def all_stems(self) -> list[list[str]]:
        return [st for st in [self.stems(), *map(_stems, self.aliases)] if st]


def _stems(phrase: str) -> list[str]:
    words = re.findall(r"[а-яёa-z0-9]+", phrase.lower())
    return [w[: max(3, len(w) - 2)] if len(w) > 4 else w for w in words]


def _stems_pattern(stems: list[str]) -> str:
    """The words of the stems, each with any ending, one after another."""
    return r"\W+".join(re.escape(s) + r"\w*" for s in stems)


@dataclass(frozen=True)
class Ballot:
    """One piece of the evidence of who provides the mentors: a sentence's vote (``section``:
    the party whose obligations it stands in), a pairs table's, or a last resort's (the
    designations' roles, the form of mentoring)."""

    party: int
    weight: int
    section: int | None
    how: str = "text"  # text | table | roles | form


@dataclass
class AgreementFacts:
    parties: list[Party] = field(default_factory=list)
    subject: str = ""
    subject_span: tuple[int, int] | None = None
    subject_mentoring: bool = False
    provider: int | None = None  # index into parties
    provider_span: tuple[int, int] | None = None
    votes: list[int] = field(default_factory=list)  # per party: weight of the mentor evidence
    ballots: list[Ballot] = field(default_factory=list)  # the evidence the votes are made of
    own_mentors: list[int] = field(default_factory=list)  # per party: mentors in its obligations
    contested: bool = False  # another party is said to provide mentors at least half as often
    mutual: bool = False
    ours: int | None = None
    ours_how: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    indefinite: bool = False
    prolongation: bool = False
    term_text: str = ""
    term_span: tuple[int, int] | None = None


def find_parties(text: str) -> list[Party]:
    """The parties the preamble names, the one that speaks in the first person marked."""
    parties = _find_parties(text)
    _first_person(parties)
    return parties


def _first_person(parties: list[Party]) -> None:
    """«Мы, муниципальное бюджетное … «Лицей № 2» …, и муниципальное … «СОШ № 17» …,
    договорились …»: an agreement written in the first person by the party named right after
    «Мы,» — the text calls the other party by its name, and this one «мы», «наша школа»,
    «наши наставники». «Мы,» is no part of its name. A party designated in the first person
    («(далее — «мы», Школа)», «(далее — наша школа)») speaks so too; of two that would, none
    is taken for the speaker."""
    rx = _patterns(vocabulary())
    speakers: list[Party] = []
    for p in parties:
        lead = rx.speaker_lead.match(p.name)
        # «Мы, нижеподписавшиеся: …» is cut off the name too, but speaks for all the parties
        cut = lead or rx.all_lead.match(p.name)
        if cut:
            if p.designation.startswith(p.name[: cut.end()]):
                p.designation = p.designation[cut.end() :]
            p.name = p.name[cut.end() :]
        # a designation of its own in the first person, not a name said after «Мы,»
        said = rx.first_person.match(p.designation)
        if lead or (said and "," not in p.designation and len(p.designation.split()) <= 3):
            speakers.append(p)
    if len(speakers) == 1:
        speakers[0].speaker = True


# «Сторона 2, школа-наставник», «Сторона 3, наставляемая сторона»: a designation's appositive
# role in lower case (a compound or two words, not a participle's clause «Организация,
# осуществляющая образовательную деятельность»)
_ROLE_TAIL = re.compile(
    r",\s*((?![А-ЯЁа-яё][а-яё]+(?:щ|вш)(?:ая|ий|ее|ие|ый|ое|ые)\s)[А-ЯЁа-яё][а-яё]+(?:-[а-яё]+|\s+[а-яё]+))$"
)


def _find_parties(text: str) -> list[Party]:
    rx = _patterns(vocabulary())
    preamble = rx.preamble_end.search(text, 0, 12000)
    preamble_end = preamble.start() if preamble else 3000
    respective = rx.respective.search(text, 0, preamble_end)
    if respective is not None:
        listed = _respective_parties(text, respective)
        if listed:
            return listed
    parties: list[Party] = []
    prev_end = None
    for m in rx.designation.finditer(text[:12000]):
        designation = " ".join(next((g for g in m.groups() if g), "").split()).strip(' «"“»”-–')
        bare = m.group("bare") is not None
        role = _ROLE_TAIL.search(designation)
        if role:
            # «Сторона 2, школа-наставник»: the designation, and the role the text calls it by
            designation = designation[: role.start()]
        if not designation or len(parties) >= 4 or (bare and m.start() > preamble_end):
            continue
        if respective is not None and respective.start() <= m.start() < respective.end():
            # «…, далее – Компания и Колледж соответственно»: the list's first name is the first
            # party's, not the one said just before it
            continue
        if (
            not bare
            and m.start() > preamble_end
            and (designation[0].islower() or len(parties) >= 2)
        ):
            # «… (далее – практическая подготовка)», «… программы «…» (далее – Программа)» in the
            # subject, the parties found before it: a term defined, not a party
            continue
        if bare and designation[0].islower():
            # «(школа-наставник)»: a role said in lower case designates the party only if the
            # text goes on to call it so («2. Школа-наставник: …»), unlike a remark in brackets
            pattern = _stems_pattern(_stems(designation))
            if not re.search(rf"(?<![а-яё]){pattern}", text[preamble_end:], re.IGNORECASE):
                continue
        if any(p.designation.lower() == designation.lower() for p in parties):
            continue
        if rx.joint.search(text[max(0, m.start() - 40) : m.start()]) or rx.collective.fullmatch(
            designation
        ):
            continue  # «…, совместно именуемые «Стороны»»: all the parties, not one
        seg_start = prev_end if prev_end is not None else max(0, m.start() - 500)
        seg = text[seg_start : m.start()]
        if prev_end is None:
            # the first party starts after the date/city line of the preamble
            # (not a blank line a scan's OCR puts inside the name: the line after it goes on in
            # lower case, «…» Мегино-Кангаласского\n\nулуса Республики Саха …», unless with a
            # legal form that opens the party's name, «\n\nмуниципальное бюджетное …»)
            blanks = [b.start() for b in re.finditer(r"\n[ \t]*\n", seg)]
            blanks = [b for b in blanks if not rx.name_goes_on.match(seg, b)]
            cut = max(blanks[-1] if blanks else -1, seg.rfind(" г.\n"), seg.rfind("г.\n"))
            if cut != -1:
                cut = seg.find("\n", cut)  # the party starts on the line after the date line
            seg_start += cut + 1 if cut != -1 else 0
            seg = seg[cut + 1 :] if cut != -1 else seg
            lost = _lost_first_party(seg, seg_start)
            if lost is not None:
                # the first designation found is the second party's: the first one's was
                # garbled («именуемое в дальн…» cut off, misread in a scan)
                parties.append(lost)
                seg = seg[lost.end - seg_start :]
        else:
            # «…», в лице директора …, с одной стороны, и <next party>: start after the «и».
            joint = list(rx.party_joint.finditer(seg)) or list(rx.party_comma.finditer(seg))
            if joint:
                seg = seg[joint[-1].end() :]
            elif bare or parties[-1].bare:
                # «… колледж» (ГАПОУ «ИГТК»), именуемое в дальнейшем «Колледж»: one party named
                # twice; the designation said in words wins over the bare parenthesis
                if parties[-1].bare and not bare:
                    parties[-1].designation, parties[-1].bare = designation, False
                    prev_end = parties[-1].end = m.end()
                continue
        seg = rx.name_end.split(seg, maxsplit=1)[0]
        seg = rx.name_lead.sub("", seg, count=1)
        name = " ".join(seg.split())[-200:].rstrip(" ,;")
        parties.append(Party(name, designation, m.start(), m.end(), bare))
        if role:
            parties[-1].aliases.append(role.group(1))
        if m.group("alt"):
            parties[-1].aliases.append(" ".join(m.group("alt").split()))
        prev_end = m.end()
    if (
        parties
        and len(parties) < 4
        # a preamble with no designation phrase is read by the representatives (_plain_parties)
        and re.search(vocabulary().agreement.designation_any, text[:preamble_end], re.IGNORECASE)
    ):
        last = _lost_last_party(text, parties[-1].end, preamble_end)
        if last is not None:
            parties.append(last)
    if len(parties) < 2:
        first = _designations_first(text) or _designations_after(text)
        if first:
            return first
        plain = _plain_parties(text, parties)
        return plain if len(plain) >= 2 else _title_parties(text) or plain
    if any(p.bare for p in parties):
        _abbreviation_aliases(parties)
    return parties


def _respective_parties(text: str, respective: re.Match[str]) -> list[Party]:
    """«ООО «…», в лице …, и ГБПОУ «…», в лице …, далее – Компания и Колледж соответственно,
    договорились …»: the designations said together after the last party, in the order the
    preamble names the parties — the first to the first, the second to the second. The names
    are read as if undesignated (up to each representative, or joined by «и» and commas); a
    list that does not name as many parties as the preamble does is not read."""
    said = [
        " ".join(d.split()).strip(' «"“»”')
        for d in re.split(r"\s*,\s*(?:и\s+)?|\s+и\s+", respective.group("list"))
    ]
    if not 2 <= len(said) <= 4 or len(set(said)) < len(said) or not all(said):
        return []
    parties = _undesignated_parties(text, respective.start(), [], concluded=True)
    if len(parties) != len(said):
        return []
    for p, designation in zip(parties, said, strict=True):
        # «… «СибирьСофт Лаб» (ООО «ССЛ»)»: an abbreviation in brackets is no part of the name
        p.name = re.sub(r"\s*\([^()]*\)\s*$", "", p.name).rstrip(" ,;") or p.name
        p.designation, p.aliases, p.bare = designation, [], False
    return parties


def _lost_first_party(seg: str, offset: int) -> Party | None:
    """«ГБПОУ «…техникум», именуемое в дальн[…] «…», в лице …, с одной стороны, и АО «…»,
    именуемое в дальнейшем «Предприятие»»: the text before the first designation found
    holds a whole party and «с одной стороны, и» — that party's own designation was lost, so
    it is named by its name (and the designation found is the next party's)."""
    vocab = vocabulary()
    rx = _patterns(vocab)
    side = re.search(
        rf"{vocab.agreement.party_side}\s*,?\s*и\s+(?=[«\"А-ЯЁ]|(?i:{alternation(vocab.party_name_start)}))",
        seg,
        re.IGNORECASE,
    )
    if side is None:
        return None
    name = rx.name_end.split(seg[: side.start()], maxsplit=1)[0]
    name = " ".join(name.split()).strip(" ,;.")
    if len(name) < 3 or not re.search(r"[А-ЯЁ]", name):
        return None
    party = Party(name, _short_name(name), offset, offset + side.end())
    _name_aliases([party])
    return party


def _lost_last_party(text: str, after: int, end: int) -> Party | None:
    """«МБОУ «…», именуемое в дальнейшем «Школа», в лице …, с одной стороны, и ООО «…» в лице
    …, с другой стороны, совместно именуемые «Стороны», договорились …»: after the last party
    designated, the preamble names one more, joined by «с … стороны, и» and followed by its
    representative, that is given no designation of its own — it is named by its name."""
    vocab = vocabulary()
    rx = _patterns(vocab)
    seg = text[after:end]
    side = rx.side_joint.search(seg)
    if side is None:
        return None
    for m in rx.designation.finditer(seg, side.end()):
        # only the name of all the parties («совместно именуемые «Стороны»») may follow
        joint = rx.joint.search(seg[max(0, m.start() - 40) : m.start()])
        said = next((g for g in m.groups() if g), "").strip(' «"“»”-–')
        if not (joint or rx.collective.fullmatch(said)):
            return None
    rep = re.search(vocab.agreement.representative, seg[side.end() :], re.IGNORECASE)
    if rep is None:
        return None
    name = " ".join(seg[side.end() : side.end() + rep.start()].split()).strip(" ,;.")
    if not 3 <= len(name) <= 300 or not re.search(r"[А-ЯЁ]", name):
        return None
    start = after + side.end()
    party = Party(name, _short_name(name), start, start + rep.start())
    _name_aliases([party])
    return party


def _designations_first(text: str) -> list[Party]:
    """«Сторона 1 — муниципальное бюджетное … «Детский сад № 147», в лице заведующего …» on
    a line of its own for each party: the designation said first, then a dash or a colon and
    the name (up to its representative)."""
    vocab = vocabulary()
    rx = _patterns(vocab)
    preamble = rx.preamble_end.search(text, 0, 12000)
    end = preamble.start() if preamble else min(len(text), 3000)
    # «Сторона 1», «Партнёр», or of two words: «Базовая организация», «Организация-партнёр»
    lead = re.compile(
        r"(?:^|\n)[ \t]*([А-ЯЁ][а-яё]+(?:-[а-яё]+)?"
        r"(?:[ \t]+(?:\d{1,2}|[А-ЯЁA-Z])(?![\w.])|[ \t]+[а-яё]+(?:-[а-яё]+)?)?)[ \t]*[-–—:][ \t]*"
        rf"(?=[«\"]|[А-ЯЁ]{{2,}}\b|(?i:{alternation(vocab.party_name_start)}))"
    )
    parties: list[Party] = []
    for m in lead.finditer(text, 0, end):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        line = text[m.end() : line_end]
        name = " ".join(rx.name_end.split(line, maxsplit=1)[0].split()).rstrip(" ,;")
        if len(name) < 3 or any(p.designation == m.group(1) for p in parties):
            continue
        if re.search(r"-|\s[а-яё]", m.group(1)):
            # a label of two words is a designation only if the text goes on to call the
            # party by it («Базовая организация обеспечивает …»), unlike a requisite's label
            # («Полное наименование: …»)
            pattern = _stems_pattern(_stems(m.group(1)))
            if not re.search(rf"(?<![а-яё]){pattern}", text[line_end:], re.IGNORECASE):
                continue
        parties.append(Party(name, m.group(1), m.start(1), m.end(1)))
    if not 2 <= len(parties) <= 4:
        return []
    return parties


# «МОУ «Средняя школа № 3» — «Базовая организация»;» on a line of its own: a party's name,
# a dash and its designation in quotes, capitalised, ending the line
_NAME_THEN_DESIGNATION = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—•]|\d{1,2}[.)])?[ \t]*([А-ЯЁ«\"][^\n]{2,300}?)[ \t]+[-–—][ \t]*"
    r"[«\"“]([А-ЯЁ][^»\"”\n]{1,40})[»\"”][ \t]*[;.,]?[ \t]*(?=\n|$)"
)


def _designations_after(text: str) -> list[Party]:
    """«Стороны: / МОУ «Средняя школа № 3» — «Базовая организация»; / ОГБПОУ «… колледж» —
    «Организация-участник».»: a list of the parties, each on a line of its own, the name
    first and the designation in quotes after a dash — a designation only if the text goes
    on to call the party by it."""
    rx = _patterns(vocabulary())
    preamble = rx.preamble_end.search(text, 0, 12000)
    end = preamble.start() if preamble else min(len(text), 3000)
    parties: list[Party] = []
    for m in _NAME_THEN_DESIGNATION.finditer(text, 0, end):
        said = m.group(2).strip()
        name = " ".join(rx.name_end.split(m.group(1), maxsplit=1)[0].split()).rstrip(" ,;")
        if len(name) < 3 or any(p.designation == said for p in parties):
            continue
        pattern = _stems_pattern(_stems(said))
        if not re.search(rf"(?<![а-яё]){pattern}", text[m.end() :], re.IGNORECASE):
            continue
        parties.append(Party(name, said, m.start(2), m.end(2)))
    if not 2 <= len(parties) <= 4:
        return []
    return parties


def _abbreviation_aliases(parties: list[Party]) -> None:
    """A party designated by its abbreviation in brackets («(МБУ ДО ДЮСШ № 2)», «(МБОУ
    «Лицей № 4»)») is called in the text without the legal form («тренеры ДЮСШ № 2»,
    «учителя Лицея»): its own abbreviation with the number, and its proper name and the head
    noun of it (see _name_aliases)."""
    vocab = vocabulary()
    for p in parties:
        if not p.bare:
            continue
        words = p.designation.split()
        for k, w in enumerate(words):
            bare_word = w.strip('«»"“”')
            if (
                k > 0
                and re.fullmatch(r"[А-ЯЁ]{3,}", bare_word)
                and not vocab.legal_form_abbreviation.match(bare_word)
            ):
                p.aliases.append(" ".join(words[k:]))
                break
    _name_aliases([p for p in parties if p.bare])


# where the first party's name starts: after a blank line, or after the line of the place and
# the date («г. Курган «20» января 2025 г.», «с. Шарлык    15.01.2024»); a «г.» that ends a
# line is the year's only after a number, else it is a town's wrapped in the name
# («… «Физико-математический лицей» г.\nЧереповца в лице …»); the date may be followed by the
# document's number («16 сентября 2024 г.   № 23-С»), the line then ending in it — a PDF's
# text keeps no blank line to cut at
_PREAMBLE_START = re.compile(
    r"\n[ \t]*\n|(?:\d[ \t]*г\.|года|\d{4}|\d\d\.\d\d\.\d\d)(?:[ \t]+№[ \t]*[\w/.-]+)?[ \t]*\n"
)


def _joints(rx: _Patterns, text: str, begin: int, end: int) -> list[re.Match[str]]:
    """The «и» and the commas that join the parties' names in text[begin:end], in order; of
    two that overlap, the first."""
    joints = sorted(
        [*rx.party_joint.finditer(text, begin, end), *rx.party_comma.finditer(text, begin, end)],
        key=lambda j: j.start(),
    )
    return [j for k, j in enumerate(joints) if k == 0 or j.start() >= joints[k - 1].end()]


def _title_parties(text: str) -> list[Party]:
    """A short agreement with no preamble of parties — «Соглашение между Заречной СОШ и
    Луговской ООШ о наставничестве», then the items, each opening with a party's name in the
    nominative («1. Заречная СОШ назначает …»): the parties are the names after «между» in the
    title, joined by «и» (or commas), up to the line's end or the subject («о …»). A name in
    the instrumental is designated by itself: its stems match the nominative the items use."""
    vocab = vocabulary()
    rx = _patterns(vocab)
    aw = vocab.agreement
    head = re.split(r"\n[ \t]*(?:1|I)\.?[ \t]", text[:1500], maxsplit=1)[0]
    title = re.search(
        rf"(?:^|\n)[^\n]{{0,60}}?(?<![а-яё]){aw.between}\s+"
        rf"(?=[«\"]|(?-i:[А-ЯЁ])|(?:{alternation(vocab.party_name_start)}))"
        rf"(?P<names>[^\n]{{6,400}}?)(?=[ \t]*(?:\n|$)|\s+{aw.about}\s)",
        head,
        re.IGNORECASE,
    )
    if title is None:
        return []
    names, offset = title.group("names"), title.start("names")
    joints = _joints(rx, names, 0, len(names))
    bounds = [*(j.start() for j in joints), len(names)]
    starts = [0, *(j.end() for j in joints)]
    if not 2 <= len(bounds) <= 4:
        return []
    parties: list[Party] = []
    for st, b in zip(starts, bounds, strict=True):
        name = " ".join(names[st:b].split()).strip(" ,;")
        if len(name) < 3 or not re.search(r"[А-ЯЁ]", name):
            return []
        parties.append(Party(name, _short_name(name), offset + st, offset + b))
    for p in parties:
        # designated as the items name it, in the nominative («Заречная средняя школа»)
        pattern = _stems_pattern(p.stems())
        said = re.search(rf"(?<![а-яё]){pattern}", text[title.end() :], re.IGNORECASE)
        if said:
            p.designation = " ".join(said.group().split())
    _name_aliases(parties)
    return parties


def _plain_parties(text: str, found: list[Party]) -> list[Party]:
    """Parties given no designation: «МАОУ СОШ № 3 с. Шарлык в лице директора …, и МКОУ ООШ
    д. Берёзовка в лице …». A party's name ends at its representative or its designation (when
    only one party has one); the next name starts after «… и». A party without a designation
    is designated by its name without its locality."""
    vocab = vocabulary()
    rx = _patterns(vocab)
    preamble = rx.preamble_end.search(text, 0, 12000)
    end = preamble.start() if preamble else min(len(text), 3000)
    if re.search(vocab.agreement.designation_any, text[:end], re.IGNORECASE):
        return found
    return _undesignated_parties(text, end, found, concluded=preamble is not None)


def _undesignated_parties(text: str, end: int, found: list[Party], concluded: bool) -> list[Party]:
    """The parties named in the preamble before ``end``, by their representatives (and the
    parties ``found`` designated); with no representatives, by the «и» and the commas between
    the names before the verb of concluding (if ``concluded``: the preamble's end is known)."""
    vocab = vocabulary()
    rx = _patterns(vocab)
    stops: list[tuple[int, int, Party | None]] = [
        (r.start(), r.end(), None)
        for r in re.finditer(vocab.agreement.representative, text[:end], re.IGNORECASE)
    ]
    stops += [(p.start, p.end, p) for p in found if p.start < end]
    if not stops and concluded:
        # «МОУ «СОШ № 3» … и МБОУ «…» заключили …»: no representatives either; the parties are
        # the names joined by «и» (and commas) before the verb of concluding
        cuts = list(_PREAMBLE_START.finditer(text, max(0, end - 600), end))
        begin = cuts[-1].end() if cuts else max(0, end - 600)
        joints = _joints(rx, text, begin, end)
        bounds = [begin, *(j.start() for j in joints), end]
        starts = [begin, *(j.end() for j in joints)]
        stops = [(b, b, None) for b in bounds[1:]]
        if not 2 <= len(stops) <= 4:
            return found
        for st, b in zip(starts, bounds[1:], strict=True):
            name = " ".join(text[st:b].split()).rstrip(" ,;(")
            if len(name) < 3 or not re.search(r"[А-ЯЁ]", name):
                return found
            found = [*found, Party(name, _short_name(name), st, b)]
        _name_aliases(found)
        return found
    stops.sort(key=lambda s: s[0])
    parties: list[Party] = []
    prev: int | None = None
    for stop_start, stop_end, designated in stops:
        if prev is None:
            start = max(0, stop_start - 500)
            cuts = list(_PREAMBLE_START.finditer(text, start, stop_start))
            start = cuts[-1].end() if cuts else start
        else:
            seg = text[prev:stop_start]
            joint = list(rx.party_joint.finditer(seg)) or list(rx.party_comma.finditer(seg))
            if not joint:
                # «… (далее – Школа) в лице …»: the same party's designation and representative
                if designated is not None and parties and parties[-1].bare:
                    parties[-1].designation, parties[-1].bare = designated.designation, False
                prev = stop_end
                continue
            start = prev + joint[-1].end()
        name = rx.name_lead.sub("", " ".join(text[start:stop_start].split()), count=1)
        name = name.rstrip(" ,;(")
        if len(name) < 3 or not re.search(r"[А-ЯЁ]", name):
            return found
        if designated is not None:
            parties.append(Party(name, designated.designation, start, stop_end))
        else:
            # bare: designated by its name only, until a designation of its own follows
            parties.append(Party(name, _short_name(name), start, stop_end, bare=True))
        prev = stop_end
    if not 2 <= len(parties) <= 4:
        return found
    for p in parties:
        p.bare = False
    _name_aliases(parties)
    return parties


def _name_aliases(parties: list[Party]) -> None:
    """Parties named without designations are called in the text by the proper name in
    quotes («Некрасовская основная школа») or by its head noun alone («Лицей») — the head noun
    only when no other party's proper name ends in the same noun."""
    proper: list[str | None] = []
    for p in parties:
        m = re.search(rf"{_QUOTE_OPEN}([^»\"”«]{{3,80}}){_QUOTE_CLOSE}", p.name)
        proper.append(" ".join(m.group(1).split()) if m else None)
    heads = [_head_noun(q) if q else None for q in proper]
    for p, q, head in zip(parties, proper, heads, strict=True):
        if q is None or p.designation == q:
            continue
        p.aliases.append(q)
        if head and len(head) > 3 and heads.count(head) == 1:
            p.aliases.append(head)


# an adjective's ending: the words of a name before its head noun («Псковский», «Средняя»)
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")


def _head_noun(proper: str) -> str | None:
    """The head noun of a proper name, the word the text calls the party by: the first word
    after its adjectives («Физико-математический лицей» → «лицей»), of a hyphenated one its
    first part («Псковский музей-заповедник истории и литературы» → «музей»; the words after
    it depend on it and do not name the party: «учителей … литературы»); a name of
    adjectives only — its last word."""
    names = re.findall(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*", proper)
    if not names:
        return None
    head = next((w for w in names if not _ADJECTIVE_END.search(w.lower())), names[-1])
    return head.split("-")[0].lower()


def _short_name(name: str) -> str:
    """A party's name as the agreement repeats it: without a parenthesis and a locality
    («МАОУ СОШ № 3 с. Шарлык» → «МАОУ СОШ № 3»)."""
    short = re.sub(r"\([^)]*\)?", " ", name)
    loc = re.search(rf"\s{vocabulary().agreement.locality}\.\s*(?-i:[А-ЯЁ])", short, re.I)
    if loc and loc.start() > 2:
        short = short[: loc.start()]
    return " ".join(short.split()).strip(' ,;«»"')


def _party_in(fragment: str, parties: list[Party], free: bool = False) -> int | None:
    """The party whose designation is mentioned first in the fragment; failing that, the one
    party of the kind of organisation named there («студенты колледжа» when the parties are
    «Исполнитель» and «Заказчик»). ``free``: the fragment before a verb, where a party said
    right after a preposition is where or with whom something is done («направлять в Школу
    список», «совместно с Колледжем»), not the doer — only a party said without one counts."""
    low = fragment.lower()
    rx = _patterns(vocabulary())

    def governed(at: int) -> bool:
        before = low[:at]
        return free and bool(rx.not_provided.search(before) or rx.people_governed.search(before))

    # at the same place, the longer designation («Стороны 2» over a «Стор…» cut at a PDF's
    # margin, «Школа-интернат» over «Школа»)
    best: tuple[int, int, int] | None = None
    for i, p in enumerate(parties):
        for stems in p.all_stems():
            found = re.finditer(r"(?<![а-яё])" + _stems_pattern(stems), low)
            m = next(
                (
                    f
                    for f in found
                    if not governed(f.start()) and not _names_other(fragment, f.start(), p)
                ),
                None,
            )
            if m and (best is None or (m.start(), -len(m.group())) < best[:2]):
                best = (m.start(), -len(m.group()), i)
        # the party that speaks in the first person: «мы», «нашей школы»
        m = rx.first_person.search(low) if p.speaker else None
        if m and (best is None or (m.start(), -len(m.group())) < best[:2]):
            best = (m.start(), -len(m.group()), i)
    if best is not None:
        return best[2]
    named: tuple[int, str] | None = None
    for kind, pattern in vocabulary().org_types:
        m = next((f for f in pattern.finditer(fragment) if not governed(f.start())), None)
        if m and (named is None or m.start() < named[0]):
            named = (m.start(), kind)
    if named is None:
        return None
    same = [i for i, p in enumerate(parties) if _party_type(p) == named[1]]
    if len(same) != 1 or _names_other(fragment, named[0], parties[same[0]]):
        return None
    return same[0]


def _parties_named(fragment: str, parties: list[Party]) -> list[int]:
    """The parties whose designations (or names said for them, or «мы» of the speaker) the
    fragment mentions, in the order it first mentions them."""
    low = fragment.lower()
    rx = _patterns(vocabulary())
    found: list[tuple[int, int]] = []
    for i, p in enumerate(parties):
        starts = [
            m.start()
            for stems in p.all_stems()
            for m in [re.search(r"(?<![а-яё])" + _stems_pattern(stems), low)]
            if m
        ]
        said = rx.first_person.search(low) if p.speaker else None
        if said:
            starts.append(said.start())
        if starts:
            found.append((min(starts), i))
    return [i for _, i in sorted(found)]


def _party_alone(heading: str, parties: list[Party]) -> int | None:
    """The party a heading is the name of, and nothing else («ДЕТСКИЙ САД», not «ОРГАНИЗАЦИЯ
    НАСТАВНИЧЕСТВА» when a party is designated «Организация»)."""
    low = " ".join(heading.lower().split()).strip(' «»"')
    for i, p in enumerate(parties):
        for stems in p.all_stems():
            if re.fullmatch(_stems_pattern(stems), low):
                return i
    return None


def _subject(text: str) -> tuple[str, tuple[int, int]]:
    rx = _patterns(vocabulary())
    m = rx.subject.search(text)
    if m:
        nxt = _NEXT_SECTION.search(text, m.end())
        end = (
            nxt.start() if nxt and nxt.start() - m.end() < 4000 else min(len(text), m.end() + 2500)
        )
        return text[m.start() : end], (m.start(), end)
    m2 = rx.subject_follows.search(text)
    start = m2.end() if m2 else 0
    end = min(len(text), start + 1500)
    return text[start:end], (start, end)


# what may open an item of a list before its verb: its number or its bullet
_ITEM_LEAD = re.compile(r"[\s\d.)•–—-]*")
_BRACKETED = re.compile(r"\([^()]*\)")
# a participle just before («работающих », «находящимся »): its phrase goes on after it
_PARTICIPLE_END = re.compile(r"(?:щ|вш)(?:их|им|ими|ие|ая|ий|ее|ей|его|ему|ую)\s+$")


def _blank_denied(rx: _Patterns, text: str) -> str:
    """The text with each role denied («куратор не является наставником») blanked out, the
    positions kept."""
    return rx.role_denied.sub(lambda m: " " * len(m.group()), text)


def _direction(text: str, facts: AgreementFacts) -> None:
    vocab = vocabulary()
    rx = _patterns(vocab)
    parties = facts.parties
    if len(parties) < 2:
        return
    votes = [0] * len(parties)
    spans: list[tuple[int, int] | None] = [None] * len(parties)
    speaker = next((i for i, p in enumerate(parties) if p.speaker), None)
    # Obligation sections: «2.1. Партнёр обязуется:» … list items follow.
    sections: list[tuple[int, int | None]] = []
    for m in rx.oblige.finditer(text):
        if m.group(4):
            sections.append((m.start(), _party_alone(m.group(4), parties)))
            continue
        named = m.group(1) or m.group(2) or m.group(3) or ""
        sections.append((m.start(), _party_in(named, parties)))
    # «2. Что делаем мы, МБОУ «Центр образования № 7»»: the party's own part, in its voice
    voiced: list[int] = []
    for m in rx.speaker_heading.finditer(text):
        p = _cell_party(m.group("who"), parties)
        if p is not None:
            sections.append((m.start(), p))
            voiced.append(m.start())
    sections.sort(key=lambda s: s[0])

    def current_party(pos: int) -> int | None:
        owner = None
        for s, p in sections:
            if s > pos:
                break
            owner = p
        return owner

    def vote(p: int, weight: int, sm: re.Match[str]) -> None:
        """A sentence's vote for the party ``p`` as the mentors' provider."""
        votes[p] += weight
        spans[p] = spans[p] or (sm.start(), sm.end())
        facts.ballots.append(Ballot(p, weight, current_party(sm.start())))

    def speaker_at(pos: int) -> int | None:
        """The party «мы», «наши» stand for: the one the preamble makes the speaker, else the
        one whose part, headed in its own voice, this is."""
        if speaker is not None:
            return speaker
        start = max((s for s, _ in sections if s <= pos), default=None)
        return current_party(pos) if start is not None and start in voiced else None

    for sm in _SENTENCE.finditer(text):
        # «куратор не является наставником»: a role denied is no one's
        sent = _blank_denied(rx, sm.group())
        low = sent.lower()
        # a sentence of mentoring: one that names it, or assigns one's own staff to the mentees
        # or to the other party's newcomers
        newcomer = rx.newcomer.search(sent)
        if not (rx.mentoring.search(sent) or rx.own_assigned.search(sent) or newcomer):
            continue
        if rx.internal_mentors.search(sent):
            # «Наставники Школы (внутренние наставники) продолжают работу в своих парах»: a
            # party's own mentors inside it, not the ones provided to the partner
            continue
        if rx.mutual.search(sent) and rx.mentor_stem.search(sent):
            facts.mutual = True
        df = rx.definition.match(sent)
        named = _parties_named(df.group("who"), parties) if df else []
        if df and len(named) == 1:
            # the glossary defines the mentors as one party's people («Волонтёр-наставник —
            # обучающийся … Гимназии»): it provides them; the mentees as one party's people
            # («Наставляемый — молодой специалист Школы»): of two, the other provides them
            p = named[0] if df.group("mentor") else None
            if p is None and len(parties) == 2:
                p = 1 - named[0]
            if p is not None:
                vote(p, 2 if df.group("mentor") else 1, sm)
                continue
        sf = rx.mentor_verb.search(sent)
        if sf:
            # the doers in the verb's own clause: after a colon a clause of its own begins
            # («Центр осуществляет шефство над обучающимися Школы: педагоги центра выступают
            # наставниками»)
            doers = sent[max(0, sf.start() - 60) : sf.start()]
            doers = doers[doers.rfind(":") + 1 :]
            rel = rx.own_relative.search(doers)
            if rel:
                # «Библиотека закрепляет за клубами Учреждения своих специалистов, которые
                # выступают наставниками»: the doers are the subject's own staff, not the party
                # named before them (whose clubs or pupils they are assigned to)
                cut = sf.start() - len(doers) + rel.start()
                p = _party_in(sent[:cut], parties, free=True)
                if p is None:
                    p = current_party(sm.start())
            else:
                p = _party_in(doers, parties, free=True)
                if p is None and _ITEM_LEAD.fullmatch(doers):
                    # «2.2. Сторона 2 обязуется: – выполнять функции наставников …»: an item of
                    # a party's obligations that opens with the verb — that party acts
                    p = current_party(sm.start())
                if p is None and ")" in doers:
                    # «студенты Колледжа (3–4 курс, специальности «…», «…») выступают
                    # наставниками»: a remark in brackets between the doers and the verb
                    bare = _BRACKETED.sub(" ", sent[: sf.start()])[-60:]
                    p = _party_in(bare[bare.rfind(":") + 1 :], parties, free=True)
                clause = sent[max(0, sf.start() - 200) : sf.start()]
                if p is None and ":" in clause:
                    # «… в форме «ученик – ученик»: обучающиеся 9–11 классов Школы, члены
                    # волонтёрского отряда «…» и активисты …, выступают наставниками»: doers
                    # listed at length, the clause the colon opens names their party
                    p = _party_in(clause[clause.rfind(":") + 1 :], parties, free=True)
            if p is not None:
                vote(p, 2, sm)
                continue
        ov = rx.over.search(sent)
        if ov:
            p = _party_in(ov.group("who"), parties)
            if p is None and len(parties) == 2:
                mentee = _party_in(sent[ov.end() : ov.end() + 100], parties)
                p = None if mentee is None else 1 - mentee
            if p is not None:
                vote(p, 2, sm)
                continue
        se = rx.mentee_verb.search(sent)
        if se and len(parties) == 2:
            p = _party_in(sent[max(0, se.start() - 60) : se.start()], parties)
            if p is not None:
                vote(1 - p, 1, sm)
                continue
        mm = rx.mentor_as.search(sent)
        if mm and rx.mentoring_head.search(sent, 0, mm.start()):
            # «назначает куратора наставничества из числа своих работников»: the people are the
            # curator's, who heads the mentoring — not the mentors
            mm = None
        if mm:
            # «наставниками выступают работники Партнёра»: the party follows the staff noun;
            # «наставников из числа своих сотрудников»: the sentence's subject provides them.
            if rx.own.search(mm.group()):
                # … or, in a list of obligations, the party that is obliged (not the mentees'
                # party: «закрепить за студентами Стороны 2 наставников из числа своих …»)
                p = _party_in(sent[: mm.start()], parties, free=True)
                if p is None:
                    p = current_party(sm.start())
                if p is None:
                    p = _party_in(sent[: mm.start()], parties)
            else:
                p = _party_in(sent[mm.end() : mm.end() + 40], parties)
                if p is None:
                    # «Наставниками выступают обучающиеся 9–11 классов агротехнологического
                    # профиля Базовой школы»: the people's qualifiers between them and their
                    # party, as far as their phrase goes
                    phrase = sent[mm.end() : mm.end() + 120]
                    end = rx.staff_phrase_end.search(phrase)
                    p = _party_in(phrase[: end.start() if end else None], parties)
            if p is not None:
                vote(p, 2, sm)
                continue
        ps = rx.passive.search(sent)
        if ps:
            # «… осуществляется педагогами Учреждения»: the party right after the doers — before
            # the mentees' party is looked for, which the doers' would be taken for
            # («Наставническое сопровождение обучающихся … осуществляется специалистами
            # Учреждения»)
            p = _party_right_after(" " + sent[ps.end() :][:80].lstrip(), parties)
            if p is not None:
                vote(p, 2, sm)
                continue
        me = rx.mentee_as.search(sent)
        # … unless mentors (not the mentoring) are named before the mentees
        if me and not rx.mentor_stem.search(rx.mentoring_noun.sub("", low[: me.start()])):
            phrase = sent[me.end() : me.end() + 80]
            # «(организовать) для наставляемых профессиональные пробы в мастерских Колледжа»: a
            # party after a preposition of place is where something is done, not the mentees'
            # (unless a participle of the mentees' own leads to it: «…, работающих в Школе»)
            place = next(
                (
                    m
                    for m in rx.place.finditer(phrase)
                    if not _PARTICIPLE_END.search(phrase, 0, m.start())
                ),
                None,
            )
            p = _party_in(phrase[: place.start() if place else None], parties)
            if p is not None and len(parties) == 2:
                vote(1 - p, 1, sm)
                continue
        if newcomer:
            # the party that sends or attaches its staff: the sentence's subject, or the party
            # whose obligations these are; the newcomers' party (named after them) is the other
            mentee = _party_right_after(sent[newcomer.end() : newcomer.end() + 80], parties)
            p = _party_in(sent[: newcomer.start()], parties)
            if rx.staff_lacking.search(sent, max(0, newcomer.start() - 40), newcomer.start()):
                # «Партнёр испытывает дефицит опытных педагогов для сопровождения вновь
                # принятых работников»: the party that lacks the staff receives the support
                if p is not None and len(parties) == 2:
                    vote(1 - p, 1, sm)
                continue
            if p is None:
                p = current_party(sm.start())
            if p is None and mentee is not None and len(parties) == 2:
                p = 1 - mentee
            if p is not None and p != mentee:
                vote(p, 2, sm)
                continue
        pv = vocab.provide.search(sent)
        if pv and _provides_mentors(low[pv.end() :], rx):
            # «Закреплять наставников Партнёра за наставляемыми»: the party whose people the
            # mentors are, said right after them, provides them — not the one that assigns them
            p = _owner_named(sent[pv.end() :], parties, rx)
            # «За обучающимися Школы закрепляются наставники …»: a verb in the passive
            # (reflexive) has no doer before it — the party said there is the people's it
            # attaches, or whom they are attached to
            passive = re.search(r"(?:ся|сь)$", pv.group().split()[0].lower())
            if p is None and not passive:
                p = _party_in(sent[: pv.start()], parties, free=True)
            if p is None:
                p = current_party(sm.start())
            if p is None and _ours_provided(low[pv.end() :], rx):
                # «Выделяем из числа наших воспитателей двух наставников»: the speaker's people
                p = speaker_at(sm.start())
            if p is not None:
                vote(p, 2, sm)
                continue
        elif (
            pv
            and len(parties) == 2
            # «привлекать наставляемых к участию в соревнованиях»: engaging the mentees in
            # something is done by whoever runs it, not sending them
            and not rx.engaging.fullmatch(pv.group())
            and _provides_mentees(low[pv.end() :], rx)
        ):
            # «Школа определяет наставляемых», «Организация-партнёр обязуется: направлять
            # наставляемых»: the party that sends the mentees is mentored by the other one
            p = _party_in(sent[: pv.start()], parties, free=True)
            if p is None:
                p = current_party(sm.start())
            if p is not None:
                vote(1 - p, 1, sm)
                continue
        # «наставники МАОУ Лицей № 3 проводят занятия», «встречи с наставниками Предприятия»:
        # the party named right after the mentors is theirs
        for pm in rx.mentor_noun.finditer(sent):
            word = re.match(r"\w*", sent[pm.start() :])
            after = pm.start() + (len(word.group()) if word else 0)
            p = _party_right_after(sent[after : after + 80], parties)
            said = rx.staff_bracket.match(sent, after) if p is None else None
            if said:
                # «Наставник (воспитатель МАДОУ № 112)», a table's header or a list's label:
                # the role, and in brackets whose people fill it
                p = _party_right_after(sent[said.end() : said.end() + 80], parties)
            before = sent[max(0, pm.start() - 60) : pm.start()]
            if p is None and rx.our_before.search(before):
                # «Наши учителя-наставники сопровождают …»: the speaker's possessive
                p = speaker_at(sm.start())
            role = rx.staff_in_role.search(before) if p is None else None
            if role:
                # «методистов Стороны 2 в роли наставников»: the party the staff are of, named
                # alone between them and the role (not «педагоги Школы исполняют роль …»)
                p = _party_alone(role.group("owner"), parties)
            if p is not None:
                vote(p, 1, sm)
                break
    # a list of the pairs (an appendix's table «Наставник | Организация | Наставляемые»): the
    # party that most rows place the mentors in provides them
    table = (
        _pairs_table(text, parties, rx)
        or _role_rows(text, parties, rx)
        or _flat_pairs(text, parties, rx)
        or _conducted_sessions(text, parties, rx)
    )
    if table is not None:
        votes[table[0]] += 2
        spans[table[0]] = spans[table[0]] or table[1]
        facts.ballots.append(Ballot(table[0], 2, None, "table"))
    facts.votes = votes
    # the mentors said in each party's own obligations — not a role denied, the name of a pair
    # («пары «наставник – наставляемый»»), the other party's («наставники Колхоза»), nor the
    # ones something is done for or about («замечания о наставниках», «условия для наставников»)
    ends = sorted(
        {s for s, _ in sections} | {m.start() for m in _NEXT_SECTION.finditer(text)} | {len(text)}
    )
    facts.own_mentors = [0] * len(parties)
    for start, p in sections:
        if p is None:
            continue
        part = _blank_denied(rx, text[start : next(e for e in ends if e > start)])
        for pm in rx.mentor_noun.finditer(part):
            word = re.match(r"\w*", part[pm.start() :])
            after = pm.start() + (len(word.group()) if word else 0)
            compound = _COMPOUND_LEAD.search(part, 0, pm.start())
            if _in_name(part, pm.start()) or rx.after_preposition.search(
                part, max(0, pm.start() - 60), compound.start() if compound else pm.start()
            ):
                continue
            if _party_right_after(part[after : after + 80], parties) not in (None, p):
                continue
            facts.own_mentors[p] += 1
    if facts.mutual:
        return
    if not any(votes):
        # «Организация-наставник», «Сторона, оказывающая поддержку», «Ресурсный центр»: the
        # designation itself names the provider of mentors; or, of two parties, the other
        # one's names the receiver («Сторона, получающая поддержку», «Наставляемая школа»)
        giving = [i for i, p in enumerate(parties) if _role_of(p.designation, rx) == "giving"]
        taking = [i for i, p in enumerate(parties) if _role_of(p.designation, rx) == "taking"]
        if len(giving) != 1 and len(taking) == 1 and len(parties) == 2:
            giving = [1 - taking[0]]
        if len(giving) == 1:
            votes[giving[0]] = 1
            spans[giving[0]] = (parties[giving[0]].start, parties[giving[0]].end)
            facts.ballots.append(Ballot(giving[0], 1, None, "roles"))
    if not any(votes):
        # «в форме «студент – ученик»»: the form names the mentors' people and the mentees'
        # — of a college's students and a school's pupils, the one party whose they are
        formed = _form_people(text, parties, rx, current_party)
        if formed is not None:
            votes[formed[0]] = 1
            spans[formed[0]] = formed[1]
            facts.ballots.append(Ballot(formed[0], 1, None, "form"))
    best = max(range(len(parties)), key=lambda i: votes[i])
    if votes[best] > 0 and sorted(votes)[-2] < votes[best]:
        facts.provider = best
        facts.provider_span = spans[best]
        facts.contested = 2 * sorted(votes)[-2] >= votes[best]


def _role_of(designation: str, rx: _Patterns) -> str | None:
    """«giving» for a designation that names the side giving the mentoring or support
    («Организация-наставник», «Сторона, оказывающая поддержку»), «taking» for the one that
    receives it («Сторона, получающая поддержку»); None for both, or neither."""
    giving = bool(rx.giving_role.search(designation))
    taking = bool(rx.taking_role.search(designation))
    if giving == taking:
        return None
    return "giving" if giving else "taking"


# the kinds of organisation whose people tell them apart (a form of mentoring names them, the
# text gives them to the parties): a college's (a university's) students, a school's pupils
_PEOPLE_KINDS = {"college": "students", "university": "students", "school": "pupils"}


def _form_people(
    text: str, parties: list[Party], rx: _Patterns, owner: Callable[[int], int | None]
) -> tuple[int, tuple[int, int]] | None:
    """The form of mentoring in quotes names the mentors' people first, the mentees' second
    («студент – ученик»): when they are of different kinds and one party only is of the
    mentors' kind (a college among schools), that party provides them — if its own
    obligations (``owner``: whose part of the text a position is in) deal with those people
    too («Сторона 1 обязуется: отобрать из числа студентов …»), not only the form's name or
    the parties' joint obligations. Forms that name several such parties, or none, or people of one kind
    («ученик – ученик») tell nothing."""
    found: set[int] = set()
    span: tuple[int, int] | None = None
    forms = list(rx.form_pair.finditer(text))
    for m in forms:
        kinds = []
        for side in ("mentor", "mentee"):
            people = rx.people_of.match(m.group(side) + " ")
            kinds.append(
                None if people is None else ("students" if people.group("students") else "pupils")
            )
        if None in kinds or kinds[0] == kinds[1]:
            continue
        groups = [_PEOPLE_KINDS.get(_party_type(p) or "") for p in parties]
        ours = [i for i, g in enumerate(groups) if g == kinds[0]]
        if len(ours) != 1 or kinds[1] not in groups:
            continue
        said = (
            named
            for named in rx.people_of.finditer(text)
            if not any(f.start() <= named.start() < f.end() for f in forms)
            and bool(named.group("students")) == (kinds[0] == "students")
            and owner(named.start()) == ours[0]
            and _party_right_after(text[named.end() : named.end() + 80], parties) in (None, ours[0])
        )
        if next(said, None) is None:
            continue
        found.add(ours[0])
        span = span or (m.start(), m.end())
    if len(found) == 1 and span is not None:
        return found.pop(), span
    return None


def _cells(line: str) -> list[str] | None:
    """A table's row as text gives it: cells between borders («| … | … |»)."""
    if "|" not in line:
        return None
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 else None


# a line that opens a table's row of its own: its first cell a number or a date («3 | …»,
# «21.09.2022 | …»)
_ROW_OPENS = re.compile(r"[ \t]*\d[\d.]{0,9}[.)]?[ \t]*\|")


def _wrapped_row(lines: list[str], j: int, width: int | None = None) -> tuple[str, int]:
    """A table's row at lines[j] as a PDF's text gives it, wrapped to the page: the row goes
    on over the next lines that open no row of their own while it ends in a border with no
    cell after it («1 | Сафина Г.М., воспитатель, МАДОУ № 25 |» / «Хабибуллина Д.Р., …»),
    has fewer cells than the header's width, or — the table going on after — its last cell
    wrapped («2 | … | Ершова» / «К.А., воспитатель, МБДОУ № 3» / «3 | …»). The row's text and
    the index of its last line."""
    row, last = lines[j], j
    while last + 1 < len(lines) and last - j < 4:
        nxt = lines[last + 1]
        if not nxt.strip() or _ROW_OPENS.match(nxt) or nxt.lstrip().startswith("|"):
            break
        if not row.rstrip().endswith("|") or row.lstrip().startswith("|"):
            cells = _cells(row)
            if width is None or cells is None:
                break
            after = lines[last + 2] if last + 2 < len(lines) else ""
            if len(cells) >= width and ("|" in nxt or "|" not in after):
                break
        joined = f"{row.rstrip()} {nxt.strip()}"
        if width is not None and len(_cells(joined) or []) > width:
            break
        row, last = joined, last + 1
    return row, last


def _cell_party(text: str, parties: list[Party]) -> int | None:
    """The party a table's cells name: by its designation or its kind, else by its
    abbreviation («КГБПОУ «РАПТ»» for «… «Рубцовский аграрно-промышленный техникум»»)."""
    p = _party_in(text, parties)
    if p is not None:
        return p
    named = [i for i, pt in enumerate(parties) if abbreviation_match(text, pt.name)]
    if len(named) == 1:
        return named[0]
    # «Кобелева И.А., учитель математики, МБОУ СОШ № 5»: the piece of the cells that names an
    # organisation, as a form would write its name (two schools told apart by their numbers)
    for piece in re.split(r"[,;|]", text):
        if len(parties) < 2 or org_type(piece) is None:
            continue
        scores = [_org_score(piece, pt.name) for pt in parties]
        order = sorted(range(len(parties)), key=lambda i: -scores[i])
        if scores[order[0]] >= 70 and scores[order[0]] - scores[order[1]] >= 8:
            return order[0]
    return None


def _lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and the offset each starts at (the last one past the text's end)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    return lines, offsets


def _most(tally: list[int]) -> int | None:
    """The party given more votes than any other, if it has any."""
    best = max(range(len(tally)), key=lambda i: tally[i])
    return best if tally[best] and sorted(tally)[-2] < tally[best] else None


def _pairs_table(
    text: str, parties: list[Party], rx: _Patterns
) -> tuple[int, tuple[int, int]] | None:
    """A table of the pairs: a header with a column of the mentors and one of the mentees
    («ФИО наставника | Место работы | Наставляемые | Класс»; a column of neither belongs to the
    people's column before it). The party named on the mentors' side of most rows (or, of two
    parties, the one not named on the mentees' side) provides the mentors."""
    mentee_nouns = vocabulary().agreement.mentee_nouns
    lines, offsets = _lines(text)
    for k, line in enumerate(lines):
        line, head_last = _wrapped_row(lines, k)
        header = _cells(line)
        if header is None:
            continue
        roles: list[str | None] = []
        for cell in header:
            mentor = bool(rx.mentor_noun.search(cell))
            mentee = bool(re.search(mentee_nouns, cell, re.IGNORECASE))
            if mentor != mentee:
                roles.append("mentor" if mentor else "mentee")
            elif mentor or not roles:
                roles.append(None)
            else:
                roles.append(roles[-1])
        if "mentor" not in roles or "mentee" not in roles:
            continue
        tally = [0] * len(parties)
        end = offsets[head_last + 1]
        rows: list[list[str]] = []
        j = head_last
        while j + 1 < len(lines):
            j += 1
            if not lines[j].strip():
                continue
            wrapped, last = _wrapped_row(lines, j, len(header))
            row = _cells(wrapped)
            if row is None:
                break
            end = offsets[last + 1]
            j = last
            if wrapped.lstrip().startswith("|") and not line.lstrip().startswith("|"):
                # a table without borders: a line that opens with one has its first cell blank
                row = ["", *row]
            if len(row) != len(header):
                continue
            if not row[0] and rows and re.fullmatch(r"\d{1,3}[.)]?", rows[-1][0]):
                # a table that numbers its rows: a line with the number's cell blank is the row
                # above wrapped («1 | Кудрявцева Н.В., учитель, | …» / «  | МБОУ «Гимназия № 3»
                # | …»), its cells going on there
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=True)]
                continue
            rows.append(row)
        for row in rows:
            sides = {
                role: " | ".join(c for c, r in zip(row, roles, strict=True) if r == role)
                for role in ("mentor", "mentee")
            }
            m = _cell_party(sides["mentor"], parties) if sides["mentor"] else None
            e = _cell_party(sides["mentee"], parties) if sides["mentee"] else None
            if m is None and e is not None and len(parties) == 2:
                m = 1 - e
            if m is not None and m != e:
                tally[m] += 1
        best = _most(tally)
        if best is not None:
            return best, (offsets[k], min(end, len(text)))
    return None


# a list item's line that closes it: «;», or a full stop after a word (not an initial's «И.»,
# a locality's «г.», a number's «№ 5.» that a wrapped line may go on after)
_ITEM_CLOSED = re.compile(r"(?:;|(?<=[а-яё]{3})\.|(?<=[)»\"])\.)[ \t]*$")
# a line that opens a list's item of its own: its number or its bullet
_ITEM_OPENS = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-–—•])\s")


def _role_rows(
    text: str, parties: list[Party], rx: _Patterns
) -> tuple[int, tuple[int, int]] | None:
    """The parties' roles given row by row, the role said first and the party in the rest of
    the row: a table of roles («Роль | Сторона | Участники» over «Наставник | Сторона 1 |
    учителя высшей категории»), or a list of the pairs with each person's employer
    («1. Наставник: Кобелева И.А., учитель русского языка, МБОУ СОШ № 5.» / «Наставляемый:
    …, МБОУ ООШ № 9.»; a list item goes on over the lines wrapped in it). The party most rows
    place the mentors in (or, of two parties, the one not placed on the mentees' side)
    provides them."""
    lines, offsets = _lines(text)
    tally = [0] * len(parties)
    first: int | None = None
    last = 0
    for k, line in enumerate(lines):
        row, row_last = _wrapped_row(lines, k)  # its cells wrapped onto the next lines
        cells = _cells(row)
        parts: list[tuple[str, str]] = []  # (role, the rest of the row)
        if cells is not None:
            roles = [rx.role_cell.fullmatch(c) for c in cells]
            # the one role opens the row (after its number): «… | ежемесячно | наставники»
            # names who is responsible for an event, not a role the row gives a party
            lead = next((r for c, r in zip(cells, roles, strict=True) if not c.isdigit()), None)
            if lead is not None and sum(r is not None for r in roles) == 1:
                role = "mentor" if lead.group("mentor") else "mentee"
                rest = " | ".join(c for c, r in zip(cells, roles, strict=True) if not r)
                # «Наставник (мастер п/о Техникума) | Работник Партнёра | Профессия»: the role's
                # own bracket names whose people fill it — the rest of the row is other columns
                said = re.search(r"\(([^()\n]*)\)", lead.group())
                if said and _cell_party(said.group(1), parties) is not None:
                    rest = said.group(1)
                parts.append((role, rest))
        elif rx.role_label.match(line):
            # the item with its wrapped lines: up to a blank line, a table, or the next item
            item = line
            for nxt in lines[k + 1 : k + 4]:
                if not nxt.strip() or "|" in nxt or rx.role_label.match(nxt):
                    break
                if _ITEM_CLOSED.search(item):
                    # the item closed with its «;» or its full stop: the next line is another
                    # item (a glossary's next term: «форма «студент – ученик» – …»)
                    break
                if _ITEM_OPENS.match(nxt):
                    break
                item += " " + nxt.strip()
            labels = list(rx.role_label.finditer(item))
            for j, lm in enumerate(labels):
                if j and lm.start() < labels[j - 1].end():
                    continue
                end = labels[j + 1].start() if j + 1 < len(labels) else len(item)
                role = "mentor" if lm.group("mentor") else "mentee"
                parts.append((role, item[lm.end() : end]))
        if not parts:
            continue
        m = e = None
        for role, rest in parts:
            p = _cell_party(rest, parties)
            if role == "mentor" and m is None:
                m = p
            elif role == "mentee" and e is None:
                e = p
        if m is None and e is not None and len(parties) == 2:
            m = 1 - e
        if m is not None and m != e:
            tally[m] += 1
            first = offsets[k] if first is None else first
            last = offsets[row_last + 1]
    best = _most(tally)
    if first is not None and best is not None:
        return best, (first, min(last, len(text)))
    return None


def _flat_pairs(
    text: str, parties: list[Party], rx: _Patterns
) -> tuple[int, tuple[int, int]] | None:
    """A table of the pairs whose borders and column gaps the text lost (a PDF's, a scan's):
    a line of column titles, the numbers' first, that names the mentors' column and the
    mentees' one («№ Наставник Наставляемый», «№ п/п ФИО наставника Место работы ФИО
    наставляемого»), ends in no punctuation and names no party, then the numbered rows. Each line of a row keeps the columns' order: of
    two parties it names, the one named first is on the side of the first role's column. The
    party most lines so place on the mentors' side provides them."""
    mentee_nouns = vocabulary().agreement.mentee_nouns
    lines, offsets = _lines(text)
    for k, line in enumerate(lines):
        if "|" in line or len(line.split()) > 12 or re.search(r"[.,;:]\s*$", line):
            continue
        if not re.match(r"[ \t]*(?:№|N[o°]?\b|п/п)", line):
            continue  # the numbered rows are under the numbers' column
        mentor = rx.mentor_noun.search(line)
        mentee = re.search(mentee_nouns, line, re.IGNORECASE)
        if mentor is None or mentee is None or _parties_named(line, parties):
            continue
        mentors_first = mentor.start() < mentee.start()
        tally = [0] * len(parties)
        started, end = False, offsets[k + 1]
        for j in range(k + 1, min(len(lines), k + 80)):
            row = lines[j]
            if not row.strip():
                if started:
                    break
                continue
            if re.match(r"[ \t]*\d{1,3}[.)]?[ \t]", row):
                started = True
            elif not started:
                break
            order = _parties_named(row, parties)
            if len(order) < 2:
                # names abbreviated in the row: a party for each piece between commas
                pieces = [_cell_party(piece, parties) for piece in re.split(r"[,;]", row)]
                order = list(dict.fromkeys(p for p in pieces if p is not None))
            if len(order) >= 2:
                tally[order[0] if mentors_first else order[1]] += 1
                end = offsets[j + 1]
        best = _most(tally)
        if best is not None:
            return best, (offsets[k], min(end, len(text)))
    return None


def _conducted_sessions(
    text: str, parties: list[Party], rx: _Patterns
) -> tuple[int, tuple[int, int]] | None:
    """A schedule of the mentoring sessions («График встреч наставников с наставляемыми»)
    that says who conducts each one — a label in its items («Проводит: Корнилов Д.А., педагог
    МБУ ДО ЦДТ»; an item goes on over its wrapped lines) or a column of its table («Дата |
    Тема | Проводит | Участники», «Ответственный (наставник)»): whose staff conduct the
    sessions are the mentors. The party most sessions are so given to provides them; a
    session whose conductor names no party counts for none."""
    lines, offsets = _lines(text)
    tally = [0] * len(parties)
    first: int | None = None
    last = 0

    def count(p: int | None, start: int, end: int) -> None:
        nonlocal first, last
        if p is None:
            return
        tally[p] += 1
        first = start if first is None else first
        last = max(last, end)

    k = 0
    while k < len(lines):
        heading = rx.schedule_heading.match(lines[k])
        if heading is None:
            k += 1
            continue
        # a schedule of mentoring sessions: each session's conductor is a mentor; of events
        # at large («График совместных мероприятий»), only a row that names the mentoring
        # («Вводная встреча наставников и наставляемых», «студенты-наставники ААТ») says so —
        # the rest may be organisational
        every = heading.group("mentoring") is not None
        # the schedule: up to the next appendix or schedule, at most a page of lines
        end = k + 1
        while (
            end < min(len(lines), k + 80)
            and not rx.appendix.match(lines[end])
            and not rx.schedule_heading.match(lines[end])
        ):
            end += 1
        column: int | None = None
        width = 0
        j = k + 1
        while j < end:
            cells = _cells(lines[j])
            if cells is not None:
                if column is None:
                    heads = [i for i, c in enumerate(cells) if rx.conductor_cell.fullmatch(c)]
                    if len(heads) == 1:
                        column, width = heads[0], len(cells)
                    j += 1
                    continue
                row, row_last = _wrapped_row(lines, j, width)
                rc = _cells(row)
                if rc is not None and len(rc) == width and (every or rx.mentoring.search(row)):
                    count(_cell_party(rc[column], parties), offsets[j], offsets[row_last + 1])
                j = row_last + 1
                continue
            label = rx.conductor_label.search(lines[j])
            if label is None:
                j += 1
                continue
            # the label's item with its wrapped lines: up to a blank line, the next item or
            # the next label
            rest, row_last = lines[j][label.end() :], j
            for nxt in lines[j + 1 : min(end, j + 4)]:
                if not nxt.strip() or _ITEM_OPENS.match(nxt) or rx.conductor_label.search(nxt):
                    break
                rest += " " + nxt.strip()
                row_last += 1
            if every or rx.mentoring.search(lines[j][: label.end()] + rest):
                count(_cell_party(rest, parties), offsets[j], offsets[row_last + 1])
            j = row_last + 1
        k = end
    best = _most(tally)
    if first is not None and best is not None:
        return best, (first, min(last, len(text)))
    return None


def _ours_provided(rest: str, rx: _Patterns) -> bool:
    """The people a verb of providing provides are the speaker's own: «(выделяем) из числа
    наших воспитателей двух наставников», not «(направляет наставников) к нашим молодым
    учителям»."""
    obj = rx.purpose.split(rest, maxsplit=1)[0]
    m = rx.our.search(obj)
    return m is not None and not rx.not_provided.search(obj[: m.start()])


# a designation in the genitive, after the people it owns («наставников Партнёра», «педагогов
# Школы», «работников Предприятия»), not in the dative of the one they are sent to
# («наставников Школе», «Колледжу»); «-ии» is both («Организации»), so neither
_GENITIVE = re.compile(r"(?:[ыая]|(?<!и)и|ого|его)$")


def _owner_named(rest: str, parties: list[Party], rx: _Patterns) -> int | None:
    """The party named right after the people a verb of providing provides — its direct
    object, the mentors or the staff («закреплять наставников Партнёра», not «… наставников
    молодых учителей Школы», whose people are the mentees) — in the genitive: theirs."""
    obj = rx.purpose.split(rest, maxsplit=1)[0]
    low = obj.lower()
    m = rx.provided_object.search(low)
    if m is None or m.group("mentee"):
        return None
    if rx.preposition.search(low[: m.start()]) or rx.young_before.search(low[: m.start()]):
        return None  # «закрепляет за группами обучающихся Школы наставников»: not the object
    word = re.match(r"\w*", low[m.start() :])
    after = m.start() + (len(word.group()) if word else 0)
    p = _party_right_after(obj[after : after + 80], parties)
    said = re.match(r"[ \t]+([^\s,.;:()]+)", obj[after:])
    if p is None or said is None:
        return None
    named = said.group(1)
    nominative = {
        n.split()[0].lower() for n in [parties[p].designation, *parties[p].aliases] if n.split()
    }
    genitive = named.lower() not in nominative and _GENITIVE.search(named.lower())
    return p if named.isupper() or genitive else None


_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"


def _party_right_after(fragment: str, parties: list[Party]) -> int | None:
    """The party whose designation opens the fragment («наставники| Школы …»)."""
    low = fragment.lower()
    # the space between may be a line's end, where a PDF wraps the sentence
    space = re.match(_GAP, low)
    for i, p in enumerate(parties):
        for stems in p.all_stems():
            if re.match(_GAP + _stems_pattern(stems) + r"(?![а-яё])", low):
                return i
        # «наставники нашей школы»: the party that speaks in the first person
        if p.speaker and space and _patterns(vocabulary()).first_person.match(low, space.end()):
            return i
    return None


def _provides_mentors(rest: str, rx: _Patterns) -> bool:
    """The object of a verb of providing is the mentors: «предоставляет наставников»,
    «направляет преподавателей в качестве наставников», «отбирает обучающихся-наставников» —
    not «предоставляет помещения для встреч наставников», «направляет наставляемых педагогов»,
    «направляет молодых специалистов». The people after a preposition (and its adjectives)
    are whom the object is provided to: «закрепляет за молодыми воспитателями Стороны 1
    наставников» — the object is also looked for after them."""
    return _provided_object(rest, rx, past_preposition=True) or _provided_object(rest, rx)


def _provided_object(rest: str, rx: _Patterns, past_preposition: bool = False) -> bool:
    obj = rx.purpose.split(rest, maxsplit=1)[0]
    m = rx.provided_object.search(obj)
    skipped = 0
    while (
        past_preposition
        and m is not None
        and not m.group("mentor")
        and (
            rx.not_provided.search(obj[: m.start()])
            # «закрепить за группами наставляемых тренеров …»: the mentees after a preposition
            # and the noun it governs
            or (m.group("mentee") and rx.mentees_governed.search(obj[: m.start()]))
        )
    ):
        skipped = m.end()
        m = rx.provided_object.search(obj, m.end())
    if past_preposition and not skipped:
        return False  # nothing to look past: the plain reading decides
    if m is None or m.group("mentee"):
        return False
    if skipped and re.fullmatch(r"[а-яё]*-", obj[skipped : m.start()]):
        # «закрепляется за учителем-наставником»: the role is the compound's second part, the
        # people looked past its first — after the preposition as well, not the object
        return False
    if m.group("mentor"):
        # «назначает куратора, обеспечивающего сопровождение наставников», «закрепляет их за
        # наставниками»: the mentors are named, but not as the object (after the people looked
        # past, a comma may close a phrase of theirs: «за студентами, проходящими практику,»)
        return _mentors_named_as_provided(obj, m.start(), after=skipped, direct=not skipped)
    before = obj[skipped : m.start()]
    if rx.young_before.search(before) or "," in before:
        return False
    # «своих сотрудников для осуществления наставничества»: one's own staff are the mentors
    if rx.own_before.search(before):
        word = re.match(r"\w*", rest[m.end() :])
        after = rest[m.end() + (len(word.group()) if word else 0) :]
        return bool(rx.mentor_stem.search(rest[m.end() :]) or rx.assigned.search(after))
    # «направляет специалистов для работы наставниками», not «направляет студентов и
    # согласует с наставниками …»
    role = rx.provided_person.search(rest, m.end())
    if role is None:
        return False
    if rx.not_provided.search(before) and re.fullmatch(r"[а-яё]*-", rest[m.end() : role.start()]):
        # «(закрепляется) за учителем-наставником»: the role a compound's second part, its
        # first the people after a preposition — whom the thing is done to or by, not the
        # object provided
        return False
    return _mentors_named_as_provided(rest, role.start(), after=m.end())


# the first part of a compound noun of the role, just before it («волонтёр-», «студентов-»)
_COMPOUND_LEAD = re.compile(r"(?<![а-яё-])[а-яё]+-$", re.IGNORECASE)


def _in_name(text: str, at: int) -> bool:
    """The word at ``at`` stands in quotes with other words — the name of a pair, a form or a
    programme («пары «волонтёр-наставник – подопечный»», «в «Школе наставников»») — not in
    quotes of its own (the designation «(далее – «Наставники»)»)."""
    quoted = _quoted_at(text, at)
    return quoted is not None and len(quoted.split()) > 1


def _quoted_at(text: str, at: int) -> str | None:
    """The words in the quotes the position ``at`` stands in, if it stands in quotes."""
    before = text[:at]
    if before.count("«") > before.count("»"):
        opened, closed = before.rfind("«"), text.find("»", at)
    elif before.count('"') % 2 == 1:
        opened, closed = before.rfind('"'), text.find('"', at)
    else:
        return None
    return text[opened + 1 : closed if closed != -1 else len(text)]


def _names_other(text: str, at: int, party: Party) -> bool:
    """The party's designation at ``at`` stands in quotes with words that are not of the
    party's own name: the name of a programme, a course or an event («прошедших обучение в
    «Школе наставника» Колледжа», «проект «Колледж – школе»»), not the party."""
    quoted = _quoted_at(text, at)
    if quoted is None or len(quoted.split()) < 2:
        return False
    own = " ".join([party.name, party.designation, *party.aliases]).lower().replace("ё", "е")
    return not all(
        re.search(rf"(?<![а-яёa-z0-9]){re.escape(st)}", own)
        for st in _stems(quoted.replace("ё", "е"))
    )


def _mentors_named_as_provided(text: str, at: int, after: int = 0, direct: bool = False) -> bool:
    """The mentor noun at ``at`` names the people provided: not after a preposition («за
    наставниками»), a comma (a subordinate phrase), or, in the genitive, a noun whose matter
    the mentors are («сопровождение наставников»; «для работы наставниками» is their role)."""
    rx = _patterns(vocabulary())
    # a compound of the role («волонтёров-наставников», «учителя-наставника»): the words before
    # it are said of the whole compound («деятельность волонтёров-наставников»)
    compound = _COMPOUND_LEAD.search(text, after, at)
    before = text[after : compound.start() if compound else at]
    if _in_name(text, at):
        # «закрепляет пары «волонтёр-наставник – подопечный»», «по форме «наставник –
        # ученик»»: the role named in quotes is the name of a pair, a form or a programme —
        # the people provided only when the pairs are made of one's own («формирует пары
        # «наставник – наставляемый» из числа своих учителей»)
        return bool(rx.own.search(text, at))
    if rx.not_provided.search(before) or (direct and "," in before):
        return False
    word = re.match(r"\w*", text[at:])
    # «предоставлять наставникам сведения»: the mentors in the dative receive the thing
    # provided, they are not what is provided
    if direct and word and re.search(r"(?:ам|ям|ику)$", word.group()):
        return False
    instrumental = bool(word and re.search(r"(?:ами|ом|ей|ой)$", word.group()))
    if rx.mentoring_head.search(before):
        # «назначает координатора наставников»: the person heading them is provided
        return False
    return instrumental or not rx.matter_of.search(before)


def _provides_mentees(rest: str, rx: _Patterns) -> bool:
    """The object of a verb of providing is the mentees: «определяет наставляемых из числа
    своих педагогов», «направляет наставляемых на стажировки» — not «закрепляет за
    наставляемыми», «предоставляет наставников для наставляемых»."""
    obj = rx.purpose.split(rest, maxsplit=1)[0]
    m = rx.provided_mentees.search(obj)
    if m is None:
        return False
    before = obj[: m.start()]
    return not (rx.preposition.search(before) or rx.mentor_stem.search(before))


def _norm_org(name: str) -> str:
    s = name.lower().replace("ё", "е")
    s = re.sub(r"[«»\"“”'()]", " ", s)
    # «СОШ3», «Лицей№5»: a number glued to the word before it, as forms are typed
    s = re.sub(r"(?<=[а-яa-z№])(?=\d)", " ", s)
    for full, short in vocabulary().name_abbreviations:
        s = s.replace(full, short)
    return " ".join(s.split())


def _org_score(org: str, name: str) -> float:
    a, b = _norm_org(org), _norm_org(name)
    score = max(fuzz.token_set_ratio(a, b), fuzz.partial_ratio(a, b))
    # «СОШ № 12» is not «СОШ № 2»: the organisation's numbers must be in the party's name.
    nums = set(re.findall(r"\d+", a))
    if nums and not nums <= set(re.findall(r"\d+", b)):
        score -= 30
    return float(score)


def initials(name: str, proper: bool = False) -> str:
    """«Западно-Сибирский колледж строительства и транспорта» → «ЗСКСТ»: the first letters of
    the words that name the organisation (no legal-form words, conjunctions, prepositions;
    ``proper``: a name in quotes, whose legal-form-like words are its own — «Омский колледж
    профессиональных технологий» → «ОКПТ»)."""
    vocab = vocabulary()
    words = re.findall(r"[А-ЯЁа-яёA-Za-z]+", name)
    return "".join(
        w[0].upper()
        for w in words
        if w.lower() not in vocab.abbreviation_skip
        and (proper or not vocab.legal_form_word.match(w))
    )


def _abbreviations(name: str, shortest: int = 3) -> set[str]:
    """The organisation's own abbreviations written in a name («ГАПОУ ЗСКСТ» → {«ЗСКСТ»})."""
    vocab = vocabulary()
    said = re.findall(rf"(?<![А-ЯЁа-яё])[А-ЯЁ]{{{shortest},}}(?![А-ЯЁа-яё])", name)
    # «ККИТиС», «ТИУиЭ»: the conjunction written small between the capitals, which the
    # initials of the full name skip too
    said += [
        w.replace("и", "")
        for w in re.findall(r"(?<![А-ЯЁа-яё])[А-ЯЁ]+(?:и[А-ЯЁ]+)+(?![А-ЯЁа-яё])", name)
    ]
    return {
        w.upper().replace("Ё", "Е")
        for w in said
        if len(w) >= shortest and not vocab.legal_form_abbreviation.match(w)
    }


def _numbers_agree(org: str, name: str) -> bool:
    """«СОШ № 2» is not «СОШ № 12»: numbers written in both names must agree."""
    nums_a, nums_b = set(re.findall(r"\d+", org)), set(re.findall(r"\d+", name))
    return not (nums_a and nums_b) or nums_a <= nums_b or nums_b <= nums_a


def _split_place_compounds(name: str) -> tuple[str, set[str]]:
    """«Нижнетагильский колледж» → «Нижне Тагильский колледж»: a compound adjective made of
    a two-word place name, split for the initials that take a letter from each part; and
    those pairs of letters («НТ»), which an abbreviation read so must write."""
    w = vocabulary().agreement
    # … and a compound adjective of the trade, written small («лесомеханический» → «ЛМ» of
    # «ЧЛМТ»)
    found = re.compile(
        rf"(?<![А-ЯЁа-яё-])(?:(?=(?-i:[А-ЯЁ])){w.place_compound_prefixes}"
        rf"|{w.trade_compound_prefixes})(?=[а-яё]{{4,}})",
        re.IGNORECASE,
    )
    pairs = {(m.group()[0] + name[m.end()]).upper() for m in found.finditer(name)}
    return found.sub(r"\g<0> ", name), pairs


def abbreviation_match(org: str, name: str) -> bool:
    """One name is the other's abbreviation, or both write the same one (numbers, when
    written, must agree too)."""
    if not _numbers_agree(org, name):
        return False
    if _abbreviations(org) & _abbreviations(name):
        return True

    def letters_of(full: str) -> list[str]:
        # the whole name without its legal form, and each name in quotes as written
        return [initials(full)] + [
            initials(q, proper=True) for q in re.findall(r"[«\"“]([^»\"”]{3,})", full)
        ]

    for short, full in ((org, name), (name, org)):
        letters = letters_of(full)
        # the same with its compound place adjectives as two words («НТГМК»): an abbreviation
        # read so writes both letters of one («НТ»), not the second only («СПТ» is not of
        # «Нижнесалдинский промышленный техникум»)
        split, pairs = _split_place_compounds(full)
        split_letters = letters_of(split) if pairs else []
        for a in _abbreviations(short):
            if len(a) < 3:
                continue
            if any(a in x.replace("Ё", "Е") for x in letters):
                return True
            if any(p in a for p in pairs) and any(a in x for x in split_letters):
                return True
    # «ЦО №7» for «Центр образования № 7», «ДС № 12» for «Детский сад № 12»: an abbreviation
    # of two letters is too short to tell a name by itself, but with the same number written in
    # both names it is the whole name's initials (exactly, not a part of them)
    nums_a, nums_b = set(re.findall(r"\d+", org)), set(re.findall(r"\d+", name))
    if nums_a and nums_a == nums_b:
        for short, full in ((org, name), (name, org)):
            whole = {x.replace("Ё", "Е") for x in letters_of(full)}
            if any(a in whole for a in _abbreviations(short, 2)):
                return True
    return False


def org_type(text: str) -> str | None:
    """school | kindergarten | college | university | company, from a name or a designation."""
    for name, pattern in vocabulary().org_types:
        if pattern.search(text):
            return name
    return None


def _party_type(p: Party) -> str | None:
    return org_type(p.designation) or org_type(p.name)


# «СОШ3 Н.Уренгой», «Лицей 2 Н. Новгород», «ДШИ С.-Петербург»: a town the form writes after the
# name with its first word cut to the initial — not a person's initials («им. А. С. Пушкина»,
# «им. Н. Островского»: after «им.», «имени» or another initial)
_ABBREVIATED_PLACE = re.compile(
    r"(?<!им\.)(?<!имени)(?<![А-ЯЁ]\.)(?<!\s)\s+(?=[А-ЯЁ]\.\s*-?\s*[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ]?[а-яё]+)?\s*$)"
)


def _ours(org: str | None, facts: AgreementFacts, text: str = "") -> None:
    """Which party is the reporting organisation: by its name as typed in the form (fuzzy, or
    an abbreviation), else by its kind (a school reporting is the school-like party); without
    the form's name, by the parties' designations and names."""
    vocab = vocabulary()
    parties = facts.parties
    if len(parties) < 2:
        return
    if org:
        # «Гимназия 2 г.Лесной»: the form may add a locality the preamble does not write
        local = re.search(
            rf"\s{vocab.agreement.locality}\.\s*(?-i:[А-ЯЁ])", org, re.I
        ) or _ABBREVIATED_PLACE.search(org)
        if not (local and _ours_by_name(org[: local.start()], facts)):
            _ours_by_name(org, facts)
        if facts.ours is None:
            _ours_by_people(org, facts, text)
        return
    # Structure: the school-like designation of exactly one party is the reporting school.
    school = [
        bool(vocab.school_designation.search(p.designation))
        and not vocab.partner_designation.search(p.designation)
        for p in parties
    ]
    partner = [bool(vocab.partner_designation.search(p.designation)) for p in parties]
    if sum(school) == 1 and any(partner):
        facts.ours, facts.ours_how = school.index(True), "designation"
        return
    # Neutral designations («Сторона 1»): a school-like name facing a company or a college.
    school = [bool(vocab.school_name.search(p.name)) for p in parties]
    partner = [
        bool(vocab.partner_name.search(p.name)) and not school[i] for i, p in enumerate(parties)
    ]
    if len(parties) == 2 and sum(school) == 1 and any(partner):
        facts.ours, facts.ours_how = school.index(True), "name"


def _named_after_place(org: str, name: str) -> bool:
    """The form's name gives a locality («школа с. Верхние Сады», «СОШ д. Берёзовка») whose
    words' stems all stand, in order, in one word of the party's name — the adjective made of
    it («Верхнесадовская», «Берёзовская»): the organisation is named after its place."""
    loc = re.search(
        rf"(?<![а-яё]){vocabulary().agreement.locality}\.\s*((?-i:[А-ЯЁ])[а-яё-]+"
        r"(?:\s+(?-i:[А-ЯЁ])[а-яё-]+)?)",
        org,
        re.IGNORECASE,
    )
    if loc is None:
        return False
    place = re.findall(r"[а-яё]+", loc.group(1).lower().replace("ё", "е"))
    stems = [w[: max(3, min(5, len(w) - 2))] for w in place]
    pattern = re.compile(r"[а-яё-]*".join(re.escape(s) for s in stems))
    return any(
        pattern.search(word) and len(word) > len(loc.group(1)) // 2
        for word in re.findall(r"[а-яё-]+", name.lower().replace("ё", "е"))
    )


def _kind_word_party(
    org: str, kind: str | None, same: list[int], parties: list[Party]
) -> int | None:
    """Of several parties of the form's kind, the one named by each word of that kind the form
    writes that stands in one of their names only (as written, or shortened: «средняя
    общеобразовательная школа» is «СОШ»); None when no word tells them apart, or two words
    point to different parties."""
    if kind is None or len(same) < 2:
        return None
    pattern = dict(vocabulary().org_types)[kind]
    names = {i: f"{parties[i].name.lower()} {_norm_org(parties[i].name)}" for i in same}
    told: set[int] = set()
    for m in pattern.finditer(org.lower().replace("ё", "е")):
        word = re.compile(rf"(?<![а-яё]){re.escape(m.group())}")
        having = [i for i in same if word.search(names[i].replace("ё", "е"))]
        if len(having) == 1:
            told.add(having[0])
    return told.pop() if len(told) == 1 else None


def _quoted_party(org: str, parties: list[Party]) -> int | None:
    """The one party whose name writes every word the form writes in quotes (the proper name,
    «Олимп» of «МБУ ДО СШ «Олимп»», whatever the legal form around it is shortened to)."""
    words = [w for q in re.findall(r"[«\"“]([^»\"”«]{3,})", org) for w in _norm_org(q).split()]
    if not words:
        return None
    having = [
        i
        for i, p in enumerate(parties)
        if _numbers_agree(org, p.name)
        and all(
            re.search(rf"(?<![а-яa-z0-9]){re.escape(w)}(?![а-яa-z0-9])", _norm_org(p.name))
            for w in words
        )
    ]
    return having[0] if len(having) == 1 else None


def _ours_by_name(org: str, facts: AgreementFacts) -> bool:
    """The reporting organisation among the parties by the name typed in the form."""
    parties = facts.parties
    # by its name, or by the abbreviation the preamble defines for it: «(далее – ЦОПП)»
    short = [
        i
        for i, p in enumerate(parties)
        if abbreviation_match(org, p.name) or abbreviation_match(org, p.designation)
    ]
    # «ЦДТ Белорецк»: the form's own initials name one party; the town they share with the
    # other party («Лицей № 17» г. Белорецк) does not outweigh them
    if len(short) == 1 and _abbreviations(org):
        facts.ours, facts.ours_how = short[0], "abbreviation"
        return True
    scores = [_org_score(org, p.name) for p in parties]
    order = sorted(range(len(parties)), key=lambda i: -scores[i])
    if scores[order[0]] >= 70 and scores[order[0]] - scores[order[1]] >= 8:
        facts.ours, facts.ours_how = order[0], "org"
        return True
    # «МБУ ДО СШ «Олимп»»: the form's name in quotes, its every word in one party's name only
    quoted = _quoted_party(org, parties)
    if quoted is not None:
        facts.ours, facts.ours_how = quoted, "org"
        return True
    if len(short) == 1:
        facts.ours, facts.ours_how = short[0], "abbreviation"
        return True
    # «школа с. Верхние Сады»: the form names it by its village, the preamble by the adjective
    # made of the village's name («Верхнесадовская СОШ»)
    placed = [i for i, p in enumerate(parties) if _named_after_place(org, p.name)]
    if len(placed) == 1:
        facts.ours, facts.ours_how = placed[0], "locality"
        return True
    kind = org_type(org)
    same = [
        i
        for i, p in enumerate(parties)
        if kind and _party_type(p) == kind and _numbers_agree(org, p.name)
    ]
    if len(same) == 1:
        facts.ours, facts.ours_how = same[0], "type"
        return True
    # several of its kind («Гимназия 2 …» among a gymnasium and two unnumbered schools): the
    # one whose name writes the form's number
    nums = set(re.findall(r"\d+", org))
    numbered = [i for i in same if nums and nums <= set(re.findall(r"\d+", parties[i].name))]
    if len(numbered) == 1:
        facts.ours, facts.ours_how = numbered[0], "type"
        return True
    # «Гимназия Чайковский» between a gymnasium and a school: the form's word of its kind
    # («гимназия», «лицей», «СОШ») is written in one of their names only
    told = _kind_word_party(org, kind, same, parties)
    if told is not None:
        facts.ours, facts.ours_how = told, "type"
        return True
    # a form name that matches no party, or several of its kind: nobody can tell
    return False


def _ours_by_people(org: str, facts: AgreementFacts, text: str) -> None:
    """The form's kind of organisation, when it names no one party (parties designated «ОО-1»,
    «Сторона А», named by abbreviations), by the people the text gives each party: a college
    reporting is the party whose people are students («студенты 2–3 курсов ОО-1») when the
    other one's are pupils («обучающиеся ОО-2»), a school the one of pupils facing students.
    A college's students are «обучающиеся» too: a party said to have students is not a pupils'."""
    kind = org_type(org)
    group = _PEOPLE_KINDS.get(kind or "")
    parties = facts.parties
    if group is None or any(_party_type(p) == kind for p in parties):
        return
    rx = _patterns(vocabulary())
    people: dict[str, set[int]] = {"students": set(), "pupils": set()}
    for m in rx.people_of.finditer(text, 0, 20000):
        p = _party_right_after(" " + text[m.end() : m.end() + 80].lstrip(), parties)
        if p is not None:
            people["students" if m.group("students") else "pupils"].add(p)
    people["pupils"] -= people["students"]
    mine = people[group]
    others = people["pupils" if group == "students" else "students"]
    if len(mine) == 1 and others:
        facts.ours, facts.ours_how = next(iter(mine)), "people"


def _term(text: str, signed: dt.date | None, facts: AgreementFacts, pivot: int) -> None:
    aw = vocabulary().agreement
    rx = _patterns(vocabulary())
    facts.start = signed
    for sm in _SENTENCE.finditer(text):
        sent = sm.group()
        if not rx.term_words.search(sent):
            continue
        low = sent.lower()
        dates = find_dates(sent, pivot)
        used = False
        rng = rx.date_range.search(sent)
        if rng and len(dates) >= 2:
            facts.start, facts.end = dates[0].date, dates[1].date
            used = True
        elif dates and rx.until_date.search(sent[: dates[-1].end]):
            facts.end = dates[-1].date
            used = True
        acad = rx.academic_end.search(sent)
        if acad:
            facts.end = dt.date(int(acad.group(1)) + 1, 8, 31)
            used = True
        dur = rx.duration.search(sent)
        if dur and not facts.end:
            n_raw = dur.group(1).lower()
            n = int(n_raw) if n_raw.isdigit() else dict(aw.numerals).get(n_raw, 1)
            base = facts.start or signed
            if base:
                months = n * 12 if dur.group("years") else n
                y, mo = divmod(base.month - 1 + months, 12)
                try:
                    facts.end = dt.date(base.year + y, mo + 1, base.day) - dt.timedelta(days=1)
                except ValueError:
                    facts.end = dt.date(base.year + y, mo + 1, 28)
            used = True
        if rx.indefinite.search(sent):
            facts.indefinite = used = True
        if all(word in low for word in aw.in_force_on_signing) and not facts.start:
            facts.start = signed
            used = True
        if used and not facts.term_text:
            facts.term_text = " ".join(sent.split())[:300]
            facts.term_span = (sm.start(), sm.end())
    pm = rx.prolong.search(text)
    if pm:
        facts.prolongation = True
        if not facts.term_span:
            facts.term_span = (pm.start(), pm.end())


def analyse(text: str, org: str | None, signed: dt.date | None, pivot: int) -> AgreementFacts:
    facts = AgreementFacts(parties=find_parties(text))
    facts.subject, facts.subject_span = _subject(text)
    facts.subject_mentoring = bool(_patterns(vocabulary()).mentoring.search(facts.subject))
    _direction(text, facts)
    _ours(org, facts, text)
    _term(text, signed, facts, pivot)
    return facts


def mentors_obliged(facts: AgreementFacts) -> bool:
    """One party, and only one, is said outright to provide the mentors (a vote of a provided
    or acting mentor, not only a mention of mentees)."""
    return facts.provider is not None and facts.votes[facts.provider] >= 2 and not facts.contested


# the ways of finding the reporting party that guess it (by its people, its place, or the
# parties' names without the form's), not read it from the name the form writes; the kind of
# organisation that one party only is of («СОШ 22» facing a technopark) is read, not guessed
_GUESSED_PARTY = ("people", "locality", "name")


def weak_direction(facts: AgreementFacts) -> str | None:
    """Why the provider found, when it is the partner, may well be the reporting party after
    all (a message key), or None. The direction is weak when only a last resort (the
    designations' roles, the form of mentoring) decided it; or when one sentence at most says
    it outright (none at all, of an authority that coordinates: only mentions of the mentors
    add up) and either the other party has some evidence too, or that sentence (with a
    mention of the mentees at most) stands outside the provider's own obligations while the
    reporting party's own obligations speak of mentors, or the reporting party is only guessed
    (by its people or its place). A mention of the mentees as the reporting party's
    people alone («в отношении учащихся Гимназии») is no weakness: it is what the indicator
    asks."""
    p = facts.provider
    if p is None or facts.ours is None or p == facts.ours or facts.mutual:
        return None
    mine = [b for b in facts.ballots if b.party == p]
    if any(b.how in ("roles", "form") for b in mine):
        return "review_direction_weak"
    said = [b for b in mine if b.weight >= 2]
    if len(said) > 1:
        return None
    if not said and _patterns(vocabulary()).authority.match(facts.parties[p].name):
        # an authority (an education department), that nothing says outright provides the
        # mentors, only mentions of them add up («организовать подвоз наставников»): a
        # coordinator, whose mentors are likely another party's
        return "review_direction_weak"
    if sum(facts.votes) > facts.votes[p]:
        return "review_direction_weak"
    ours_mentors = facts.own_mentors[facts.ours] if facts.own_mentors else 0
    if (
        ours_mentors
        and facts.votes[p] <= 3
        and all(b.how == "text" and b.section != p for b in said)
    ):
        return "review_direction_weak"
    if facts.ours_how in _GUESSED_PARTY:
        return "review_reporting_party_weak"
    return None


def in_force(facts: AgreementFacts, year: int) -> tuple[bool, str]:
    """(in force at some point of the calendar year, reason key)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if facts.start and facts.start > last:
        return False, "not_started"
    if facts.end and facts.end < first and not facts.prolongation and not facts.indefinite:
        return False, "expired"
    return True, ""
