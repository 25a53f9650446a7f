"""The document's own date and number, told apart from the dates it cites."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from classifiers.dates import (
    CITED_CONTEXT,
    CLAUSE_END,
    DateHit,
    find_dates,
    is_cited,
    is_stamp,
    line_end,
    number_near,
    open_parenthesis,
    published,
    template_unfilled,
    year_only,
)
from classifiers.doctype import KindResult, appendix, participation, personal_paper
from classifiers.vocabulary import Vocabulary, vocabulary
from evidence.models import DocKind


@dataclass(frozen=True)
class DocDate:
    date: dt.date | None
    number: str | None
    hit: DateHit | None
    how: str  # title_block | stamp | signature | issue | headline | year_only | period | published | none
    flags: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # cited / stamp dates passed over, for reviewers
    year: int | None = None  # a bare year («2024 г.», «за 2024 год» — period) when no full date
    template: str | None = None
    all_dates: list[DateHit] = field(default_factory=list)
    # no date could be read, but its line in the title block gives the year
    # («от ______ 2016 г.» with the day and month written by hand)
    typed_year: int | None = None
    # the typed year stands alone on the title's date line («ПРИКАЗ № 57 / 2023 г.», «от «__»
    # ____ 2016 г.»): the document's year, though its day is not known
    year_line: bool = False
    # … after blanks of a form left for the day and month («от «__» ____ 2024 г.», «__.__.2024»):
    # the day was to be written by hand, not a document dated by its year alone («2024 год»)
    year_blanks: bool = False


def _upper(fragment: str) -> str:
    """The fragment in capitals: its Cyrillic letters only (``\\w``, ``\\s`` stay escapes)."""
    return re.sub(r"[а-яё]", lambda m: m.group().upper(), fragment)


@dataclass(frozen=True)
class _Patterns:
    """The date rules' patterns: the grammar here, the words from ``vocabulary.yaml``."""

    approval: re.Pattern[str]
    site_widget: re.Pattern[str]
    site_informer: re.Pattern[str]
    weekday_head: re.Pattern[str]
    council_word: re.Pattern[str]
    stamp_act: re.Pattern[str]
    act_noun: re.Pattern[str]
    period_before: re.Pattern[str]
    state_before: re.Pattern[str]
    event_before: re.Pattern[str]
    state_as_of: re.Pattern[str]
    revision_before: re.Pattern[str]
    adopted: re.Pattern[str]
    approval_block: re.Pattern[str]
    approval_word: re.Pattern[str]
    council_block: re.Pattern[str]
    citation_line: re.Pattern[str]
    signature: re.Pattern[str]
    typed_year: re.Pattern[str]
    issue: re.Pattern[str]
    registration: re.Pattern[str]
    registered: re.Pattern[str]
    registration_stamp: re.Pattern[str]
    adopted_by_council: re.Pattern[str]
    registration_gap: re.Pattern[str]
    order_number_before: re.Pattern[str]
    council_act: re.Pattern[str]
    grounds: re.Pattern[str]
    approved_attribute: re.Pattern[str]
    meeting_ahead: re.Pattern[str]
    foreign: re.Pattern[str]
    footer_act: re.Pattern[str]
    date_line_head: re.Pattern[str]
    own_line_head: re.Pattern[str]
    subject_line: re.Pattern[str]
    period_end: re.Pattern[str]
    course_foot: re.Pattern[str]
    range_until: re.Pattern[str]
    form_requisites: re.Pattern[str]
    licence: re.Pattern[str]
    approves_attached: re.Pattern[str]
    approving_order: re.Pattern[str]
    attached_to_order: re.Pattern[str]
    agreement_made: re.Pattern[str]
    signing_statement: re.Pattern[str]
    date_label: re.Pattern[str]
    signer_line: re.Pattern[str]
    place_abbreviation: re.Pattern[str]
    protocol_before: re.Pattern[str]
    month_word: re.Pattern[str]


# A list's item marker opening a line: «- », «• », «1) », «2. ».
_LIST_MARK = r"[-–—•·*][ \t]*|\d{1,2}[.)][ \t]+"
_LIST_MARK_RX = re.compile(_LIST_MARK)
# A signer's name closing a signature line: «Р.Ф. Гарипова», «Гарипова Р.Ф.»
_SIGNER_NAME = (
    r"(?:[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.[ \t]?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[ \t]+[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.)[ \t]*"
)


@lru_cache(maxsize=4)
def _patterns(vocab: Vocabulary) -> _Patterns:
    w = vocab.dates
    i = re.IGNORECASE
    return _Patterns(
        approval=re.compile(w.approving_acts, i),
        # a site's widget for the visually impaired shows the day the page is viewed
        site_widget=re.compile(vocab.structure.site_widget, i),
        site_informer=re.compile(vocab.structure.site_informer, i),
        weekday_head=re.compile(rf"[ \t]*{vocab.structure.weekdays}[ \t]*,?[ \t]*", i),
        stamp_act=re.compile(w.stamp_acts, i),
        # The act a date belongs to is the one named last before it (ministry names only
        # qualify it).
        act_noun=re.compile(w.act_nouns, i),
        period_before=re.compile(rf"(?<![а-яё]){w.period_prepositions}\s*[«\"]?\s*$", i),
        # «по состоянию на 31 декабря 2023 года»: the date the figures describe, not the
        # report's own
        state_before=re.compile(
            rf"(?:{w.state_as_of}|(?:^|\n)[ \t]*{w.state_line})\s*[«\"]?\s*$", i
        ),
        # «Дата проведения: 14 марта 2024 года»: the day of an event, not the paper's
        # (a few words of the label's own before its colon, not «… приказом от»)
        event_before=re.compile(
            rf"(?<![а-яё]){w.event_labels}(?:[ \t]+(?!от(?![а-яё]))[а-яё]+){{0,3}}"
            r"[ \t]*[:—–-]?[ \t]*[«\"]?[ \t]*$",
            i,
        ),
        state_as_of=re.compile(rf"{w.state_as_of}\s*", i),
        revision_before=re.compile(rf"(?<![а-яё]){w.page_revision}\s*:?\s*$", i),
        adopted=re.compile(
            # (an abbreviation's dot — a locality's «г. Березники», initials — ends no clause)
            rf"{w.adopted}(?:[^.]|(?<![а-яё])[а-яё]{{1,3}}\.){{0,100}}?"
            rf"(?:{w.adoption_record}\s*(?:№\s*\S+\s*)?от\s*"
            # «Рассмотрен на заседании педагогического совета от 16.03.2020 г., протокол № 4»:
            # the meeting's date first, its protocol after it on the same line
            rf"|(?<![а-яё])от\s*(?=[^\n]{{4,30}}?{w.adoption_record}))",
            i,
        ),
        # The blocks of a title's stamps: the approval («УТВЕРЖДАЮ», «УТВЕРЖДЕНО приказом …»)
        # and a council's («СОГЛАСОВАНО», «ПРИНЯТО», «РАССМОТРЕНО» … протокол от …), opening a
        # line or in capitals (two stamps side by side are extracted as one line: «ПРИНЯТО
        # УТВЕРЖДЕНО»).
        approval_block=re.compile(
            rf"(?:^[ \t]*[«\"]?(?i:{w.approval_stamp})|(?-i:{_upper(w.approval_stamp)}))"
            r"(?![а-яёА-ЯЁ])",
            re.MULTILINE,
        ),
        approval_word=re.compile(rf"(?<![а-яё])(?:{w.approval_stamp})(?![а-яё])", i),
        council_word=re.compile(rf"(?<![а-яё])(?:{w.council_stamp})(?![а-яё])", i),
        council_block=re.compile(
            rf"(?:^[ \t]*[«\"]?(?i:{w.council_stamp})|(?-i:{_upper(w.council_stamp)}))"
            r"(?![а-яёА-ЯЁ])",
            re.MULTILINE,
        ),
        # «Приказ ФСТЭК России от …», «Постановление Правительства РФ от …» opening a line: an
        # entry of a list of cited acts (a document's own heading has no issuer between its
        # name and «от»)
        citation_line=re.compile(
            # (its number may come before the issuer: «Приказ № 778 Минспорта РФ от …»)
            rf"[ \t]*(?:{_LIST_MARK})?{w.cited_act_lines}\s+(?:№[ \t]*[\w/.-]+[ \t]+)?"
            r"(?!от\b|№)[А-ЯЁA-Z]",
            i,
        ),
        # a signature block: a position and a name, a signature line, «М.П.»
        signature=re.compile(w.signature_block, i),
        # a year typed on the date line of a title block, the rest handwritten:
        # ««__» ____ 2016 г.»
        # (or «__.__.2024 г.»: the blanks of the day and month dotted)
        typed_year=re.compile(rf"(?:(?<![\d.])|(?<=_\.))((?:19|20)\d\d)\s*{w.year_words}", i),
        issue=re.compile(w.issue, i),
        registration=re.compile(w.registration, i),
        # «Регистрационный номер приказа: № 45-од от 02.10.2024» opening a line of the head: the
        # document's own requisites as its registration put them (the label, the document's
        # name, its number, «от»), not a cited act's
        registered=re.compile(
            rf"[ \t]*(?:{w.registration}|{w.own_requisites})(?:[ \t]+[а-яё]+)?[ \t]*:?[ \t]*"
            r"(?:(?:№|N)[ \t]*)?[\w/.-]*\d[\w/.-]*[ \t]*,?[ \t]*"
            rf"(?:от|{w.signed_on})?[ \t]*[«\"]?[ \t]*",
            i,
        ),
        adopted_by_council=re.compile(rf"(?:{w.adopted_by_council})(?![а-яё])", i),
        # a registration stamp's field: «Дата регистрации:», «Зарегистрировано», «Рег. № …»
        registration_stamp=re.compile(
            rf"(?<![а-яё])(?:{w.registration_dates}|{w.registration})(?![а-яё])", i
        ),
        # … then, before its date, only the system named, the number and «от»
        registration_gap=re.compile(
            rf"[ \t]*(?:{w.registration_systems})?[ \t]*:?[ \t]*"
            r"(?:(?:№|N|номер)?[ \t]*:?[ \t]*[\w/.-]*\d[\w/.-]*[ \t]*,?[ \t]*(?:от)?[ \t]*)?[«\"]?[ \t]*",
            i,
        ),
        order_number_before=re.compile(rf"{w.approving_order}\s*№\s*\S+\s*от\s*[«\"]?\s*$", i),
        council_act=re.compile(w.council_acts, i),
        # a clause that lists the grounds a document was written on: every act it names is cited
        grounds=re.compile(w.grounds, i),
        # «программ, утверждённых приказом … от …»: a thing already approved by a cited act
        approved_attribute=re.compile(rf"(?<![а-яё])(?:{w.approved_participles})", i),
        # «… подготовлен для обсуждения на педагогическом совете 30.10.2024»: a meeting to come
        meeting_ahead=re.compile(rf"(?<![а-яё])(?:{w.meeting_ahead})(?![а-яё])", i),
        foreign=re.compile(w.foreign_acts, i),
        # «Приказ Министерства … от 1 сентября 2020 г. N 01-03/778 "Об …"»: a legal portal's
        # footer repeating the act's own requisites (its name in the nominative, as a heading)
        # below the signature; a cited act in a body is named in an oblique case («приказом»)
        footer_act=re.compile(rf"[ \t]*{w.footer_acts}[ \t]+(?!от\b|№)[А-ЯЁA-Z]", i),
        date_line_head=re.compile(r"\s*(?:от)?\s*[«\"]?\s*", i),
        own_line_head=re.compile(rf"\s*(?:от|{w.date_labels})?\s*[«\"]?\s*", i),
        subject_line=re.compile(rf"\s*{w.subject_prepositions}\s", i),
        period_end=re.compile(rf"\s{w.period_until}\s+[«\"]?\s*\d"),
        course_foot=re.compile(rf"(?<![а-яё]){w.course_foot}(?![а-яё])", i),
        # «03.06.2024 по 14.06.2024»: between a range's two dates (its «с» may be lost — an OCR
        # glues it to the word before: «онас 03.06.2024»)
        range_until=re.compile(rf"[ \t]*(?:г\.|года?)?[ \t]*{w.period_until}[ \t]+[«\"]?", i),
        form_requisites=re.compile(rf"(?<![а-яё]){w.form_requisites}(?![а-яё])", i),
        licence=re.compile(rf"(?<![а-яё]){w.licences}(?![а-яё])", i),
        approves_attached=re.compile(w.approves_attached, i),
        approving_order=re.compile(rf"(?<![а-яё]){w.approving_order}", i),
        # «… к приказу № 32 от 01.02.2023», «к приказу ]Ф 32 ом 0I.02.2023» (an OCR-garbled «№»
        # and «от»): only a number and short marks between the order and its date
        attached_to_order=re.compile(
            rf"(?<![а-яё])к\s+{w.approving_order}(?:[^\n.;а-яё]|[а-яё]{{1,2}}(?![а-яё])){{0,24}}$",
            i,
        ),
        # «… заключили настоящий договор «24» апреля 2023 года в г. …»: the preamble's own
        # words of signing, the date right after them (at most «от» between)
        agreement_made=re.compile(
            rf"(?:{vocab.structure.agreement_made})\w*[ \t]*,?[ \t]*(?:от[ \t]*)?[«\"]?[ \t]*", i
        ),
        # «Подписано сторонами 15 октября 2021 года», «… со дня его подписания — 03 сентября
        # 2024 года»: the agreement's own statement of the day it was signed, the date right after
        signing_statement=re.compile(
            rf"(?<![а-яё])(?:{w.signing_statement})[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?[«\"]?[ \t]*", i
        ),
        # «Дата подписания:», «Дата выдачи» before a date on its line
        date_label=re.compile(rf"[ \t]*(?:{w.date_labels})[ \t]*[«\"]?[ \t]*", i),
        # a head's signature line: the position, maybe a signature's blank, the signer's name
        signer_line=re.compile(
            rf"[^\n]*?(?<![а-яёА-ЯЁ])(?i:{w.signer_positions})[^\n]*?[ \t]{_SIGNER_NAME}"
        ),
        # a locality's abbreviation before its name («г. Коврова»); not «2024 г.» after a year
        # («… от 29.08.2024 г. Рабочей группе …» ends a clause)
        place_abbreviation=re.compile(rf"(?<![\w.])(?<!\d[ \t])(?:{vocab.agreement.locality})$"),
        # «протокол № 1 от » right before a date, opening its line
        protocol_before=re.compile(
            rf"[ \t]*(?:{w.adoption_record})[ \t]*(?:№[ \t]*\S+[ \t]*)?от[ \t]*[«\"]?[ \t]*", i
        ),
        # a month's name, a word's start («сентябрь, 2024 г.»)
        month_word=re.compile(rf"(?<![а-яё])(?:{vocab.month_alternation})", i),
    )


def _rx() -> _Patterns:
    return _patterns(vocabulary())


# A page of extracted text, roughly (the extraction keeps no page breaks).
FIRST_PAGE, LAST_PAGE = 2500, 3000


def _first(
    text: str,
    hits: list[DateHit],
    start: int,
    end: int,
    floor: int,
    skipped: list[str],
    approval_ok: bool,
    forms: bool = True,
) -> DateHit | None:
    rx = _rx()
    passed: DateHit | None = None  # the last date passed over as another act's
    for h in hits:
        if h.start < start or h.start >= end:
            continue
        if passed is not None and _ENUMERATED.fullmatch(text, passed.end, h.start):
            # «… от 21.07.2017 № 512-ПП, от 27.09.2018 № 646-ПП»: the next entry of the same
            # enumeration of cited acts' requisites
            skipped.append(h.text)
            passed = h
            continue
        passed = h
        if _garbled_before(text, h):
            skipped.append(h.text)  # amid Russian read as Latin letters: whose date, unknown
            continue
        if _bound_date(text, hits, h):
            skipped.append(
                h.text
            )  # «с 01.09.2023 по 31.08.2024» is a period, not a date of signing
            continue
        stamp = is_stamp(text, h)
        merged = _merged_columns(text, hits, h) if approval_ok and not stamp else None
        if merged is False:
            return h  # the later of two stamps' dates merged on one line: the approval's
        if merged:
            skipped.append(h.text)
            continue
        if approval_ok and not stamp and _approval_record(text, hits, h):
            return h  # «Утверждён на заседании МО / Протокол № 1 от …»: the approval's record
        if (
            stamp
            or (approval_ok and _council_date(text, hits, h, end))
            or (_in_citation_line(text, h) and (_acts_listed(text, hits, h) or _list_item(text, h)))
            or _bulleted_date(text, h)
            or (forms and _form_requisites(text, h))
            or _widget_date(text, h)
            # «Последние новости / 12.11.2024  Осенний праздник … / 08.11.2024  …» above the
            # heading: an entry of a site's news feed, never the document's date line
            or _dated_listing(text, hits, h)
        ):
            skipped.append(h.text)
            continue
        line_head = text[text.rfind("\n", 0, h.start) + 1 : h.start]
        if rx.registered.fullmatch(line_head) and line_head.lstrip()[:1].isupper():
            # «Регистрационный номер приказа: № 45-од от …»: the document's own requisites (a
            # label opens its line in capitals; «… Минюстом, / регистрационный № … от …» runs
            # on from a sentence citing another act)
            return h
        # «от 01.09.2023 № 5» opening its own line under the title is the document's date — unless
        # the line above breaks off a cited act («Во исполнение приказа Управления образования»).
        prev_line = text[
            text.rfind("\n", 0, max(0, h.start - len(line_head) - 1)) + 1 : h.start - len(line_head)
        ]
        if not prev_line.strip():
            prev_line = _broken_line_above(text, h.start - len(line_head))
        # «протокол от 29.08.2024 № 1 | от 30.08.2024 № 141-од» under «Рассмотрено на
        # педагогическом совете | ПРИКАЗ»: a table's row of columns side by side — the date's line
        # is its cell, the line above it the cell of the same column
        line_head, prev_line = _cell(line_head, prev_line)
        bracketed = floor > 0 and _requisites_in_brackets(text, h, line_head)
        fresh_line = (
            floor > 0
            and (rx.date_line_head.fullmatch(line_head) is not None or bracketed)
            # (a bracketed line of requisites under a title's line: the title's own, unless
            # that line gives grounds citing an act)
            and not (bracketed and rx.grounds.search(prev_line))
            # «… утверждён Постановлением администрации района от / 16.12.2015 г. № 1202»: a
            # clause's «от» closing the line above — the date runs on from the act it names
            and not _RUNS_ON_FROM.search(prev_line)
            # «Основание: приказ директора «О проведении мониторинга …» / от 20.09.2024 № 288»:
            # the grounds' act, its name run on to the line of its requisites
            and not (not bracketed and _grounds_run_on(prev_line))
            and not (
                not bracketed
                and CITED_CONTEXT.search(prev_line)
                and not re.search(r"[.;:]\s*$", prev_line)
                and not rx.subject_line.match(prev_line)  # the order's own subject line
                # «ПОСТАНОВЛЕНИЕ» alone on the line above: the document's own heading
                and not _HEADING_LINE.fullmatch(prev_line)
            )
        )
        if approval_ok and (_appendix_of(text, hits, h) or _attached_to_order(text, h)):
            return h
        if (
            approval_ok
            and not fresh_line
            and not _owner(text, hits, h, floor)[1]
            and _stamp_column(text, hits, h) is False
        ):
            return h  # under an approval stamp that stands beside a council's
        if not fresh_line and (
            is_cited(text, h, floor=floor)
            or _grounds_line(text, h)
            or (not approval_ok and _mid_paragraph(text, h))
            or (not approval_ok and _by_act_in_clause(text, hits, h))
        ):
            before = text[max(floor, h.start - 90) : h.start]
            nearest = _owner_act(text, hits, h, floor)
            if approval_ok and not nearest:
                # «УТВЕРЖДЕНО приказом Министерства … и Министерства … от …»: a long issuer
                # between the approving act and its date, in the same clause of the stamp
                nearest = _owner_act(text, hits, h, floor, _STAMP_WINDOW)
            if not (
                approval_ok
                # no approval stamp above: «… с учетом приказа Министерства … от …» in an
                # explanatory note is a cited act, whatever its case
                and rx.approval_word.search(text, 0, h.start) is not None
                and (rx.approval.match(nearest) or _stamp_names(text, hits, h, nearest))
                and not _foreign(before)
                and not rx.grounds.search(_clause_before(text, h, floor))
                and not _enumerated_act(text, h, floor)
            ):
                skipped.append(h.text)
                continue
        return h
    return None


# a line that breaks off on a word in lower case (no stop, no colon): its sentence runs on below
_BREAKS_OFF = re.compile(r"[а-яё],?[ \t]*$")


def _broken_line_above(text: str, line_a: int) -> str:
    """The last line holding anything above a blank line over ``line_a``, where it breaks off
    mid-sentence: a scan's OCR parts «… действующего по доверенности» from «от 09.01.2024 № 17»
    by a blank line — the date's line runs on from it as from the line right above ("" if not)."""
    above = text[max(0, line_a - 300) : line_a].rstrip()
    line = above[above.rfind("\n") + 1 :]
    return line if _BREAKS_OFF.search(line) else ""


_CELL_BAR = re.compile(r"[ \t]\|[ \t]")


def _cell(line_head: str, prev_line: str) -> tuple[str, str]:
    """The head of a date's line and the line above it within the date's column, where the
    lines are a table's rows of cells parted by « | » (the row above reaching the date's
    column): as they are, otherwise."""
    head_cells = _CELL_BAR.split(line_head)
    cells = _CELL_BAR.split(prev_line)
    if len(head_cells) < 2 or len(cells) < len(head_cells):
        return line_head, prev_line
    return head_cells[-1], cells[len(head_cells) - 1]


# A line that ends a clause's words with «от» (three words or more before it): the date on the
# next line is the act's the clause names
_RUNS_ON_FROM = re.compile(r"(?:\S+[ \t]+){3}от[ \t]*\n?$", re.IGNORECASE)


# «(№ 45 от 29.08.2024)», «(от 29.08.2024 г. № 45)»: a line holding nothing but a number and a
# date in one parenthesis
_BRACKETED_BEFORE = re.compile(
    r"[ \t]*\([ \t]*(?:(?:№|N)[ \t]*[\w/.-]*\d[\w/.-]*[ \t]*,?[ \t]*)?от[ \t]*[«\"]?[ \t]*",
    re.IGNORECASE,
)
_BRACKETED_AFTER = re.compile(
    r"[ \t]*(?:г\.?|года)?[ \t]*,?[ \t]*(?:(?:№|N)[ \t]*[\w/.-]*\d[\w/.-]*)?[ \t]*\)[ \t]*(?:\n|$)",
    re.IGNORECASE,
)


def _requisites_in_brackets(text: str, h: DateHit, line_head: str) -> bool:
    """«ПРИКАЗ / О закреплении наставников … / (№ 45 от 29.08.2024)»: the title block's own
    requisites put in brackets on a line of their own under the title — one number, one date
    (a bracket in a sentence, «… (приказ от …)», names a cited act; a line of its own does not)."""
    if not _BRACKETED_BEFORE.fullmatch(line_head):
        return False
    m = _BRACKETED_AFTER.match(text, h.end)
    return m is not None and _NUMBER_SIGN.search(line_head + m.group()) is not None


# Russian words a scan's OCR read in Latin look-alikes (Н as H, В as B, б as 6, ч as 4): a
# capital inside a word after a small letter («BacunrqeHKo», «oBeroM»), a digit between
# letters («o6uleo6paroeareJrbHoe», «Y.rpe4u»)
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*[A-Za-z]{2}[A-Za-z0-9]*")
_GARBLED_WORD = re.compile(r"[a-z][A-Z]|[A-Za-z]\d+[A-Za-z]")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{3,}")
# the reach before a date, the Latin words in it and how many of them garbled
_GARBLED_REACH, _LATIN_MIN, _GARBLED_MIN = 120, 6, 2


# a word broken by OCR into a run of symbols no text writes («ПЪ;;;;*З_», a stamp's handwritten
# line read from a scan)
_SYMBOL_DEBRIS = re.compile(r"[^\W\d_][;*|\\^~#$%&@{}<>=]{3,}|[;*|\\^~#$%&@{}<>=]{3,}[^\W\d_]")


def _garbled_before(text: str, h: DateHit) -> bool:
    """«COfNACOBAHO EPXAAIO YnpannxroulLrM c oBeroM … (uporoxon or 15.04.2024»: a date after
    a run of Russian words read by OCR as Latin look-alikes, no Cyrillic word among them — the
    stamp, the act or the clause it belongs to cannot be read (an approval? a council's
    protocol? a licence?), so it is not taken for the document's own date. So is a date after
    a word broken into symbols, with no readable word between them («протокол» of a stamp read
    as «ПЪ;;;;*З_», the date's day maybe lost with it)."""
    a = max(0, h.start - _GARBLED_REACH)
    words = list(_CYRILLIC_WORD.finditer(text, a, h.start))
    if _SYMBOL_DEBRIS.search(text, words[-1].end() if words else a, h.start) is not None:
        return True
    if words:
        return False
    latin = _LATIN_WORD.findall(text, a, h.start)
    return (
        len(latin) >= _LATIN_MIN
        and sum(1 for w in latin if _GARBLED_WORD.search(w)) >= _GARBLED_MIN
    )


# Between two entries of an enumeration of acts' requisites: «г. № 512-ПП, от », «, »
_ENUMERATED = re.compile(
    r"\s*(?:г\.?|года)?\s*(?:(?:№|N)\s*[\w/.]+(?:\s*[-–]\s*[А-ЯЁ]{1,4})?)?\s*,\s*(?:и\s+)?"
    r"от\s*[«\"]?\s*"
)


# A heading alone on its line, in capitals: «ПРИКАЗ», «ПОСТАНОВЛЕНИЕ», «Р Е Ш Е Н И Е».
_HEADING_LINE = re.compile(r"[ \t]*[А-ЯЁ](?:[ ]?[А-ЯЁ])+[ \t]*\n?")

_RANGE_DASH = re.compile(r"[ \t]*(?:г\.|года?)?[ \t]*[-–—][ \t]*")
# «07–25 октября 2024 г.»: a day alone and a dash before a date — a range of days of one month
# (not a document's number: «Справка № 12 – 25 марта 2024 г.»)
_DAY_RANGE_HEAD = re.compile(
    r"(?<![\d.,/№])(?<!№ )(?<!N )(?:0?[1-9]|[12]\d|3[01])[ \t]*[-–—][ \t]*$"
)


def _range_bound(text: str, hits: list[DateHit], h: DateHit) -> bool:
    """«Сроки: 01.10.2025 – 15.10.2025», «07–25 октября 2024 г.»: either end of a range of
    dates is a period's bound, not the date the document was signed."""
    if _DAY_RANGE_HEAD.search(text, max(0, h.start - 10), h.start):
        return True
    until = _rx().range_until
    return any(
        _RANGE_DASH.fullmatch(text, h.end, x.start)
        or _RANGE_DASH.fullmatch(text, x.end, h.start)
        # «(с) 03.06.2024 по 14.06.2024»: the date before «по» and another date opens a range
        or until.fullmatch(text, h.end, x.start)
        for x in hits
        if x is not h and (h.end <= x.start <= h.end + 12 or h.start - 12 <= x.end <= h.start)
    )


def _approved_in_clause(text: str, h: DateHit) -> bool:
    """«… реализуются 11 программ, утверждённых приказом директора от 27.09.2024 № 288»: a
    date in a clause that calls something already approved (a full participle) belongs to the
    act that approved it, whatever stands between (a line cut short, a long issuer)."""
    return _rx().approved_attribute.search(_clause_before(text, h)) is not None


def _meeting_ahead(text: str, h: DateHit) -> bool:
    """«Анализ подготовлен … для обсуждения на педагогическом совете 30.10.2024»: a date in a
    clause that names the meeting a document is prepared for is that meeting's, still to come —
    not the day the document was adopted or signed."""
    return _rx().meeting_ahead.search(_clause_before(text, h)) is not None


# «…; 2) приказом Министерства … от …»: an item mark in running text (a scan flowed into one
# line), then the act the item names
_ITEM_MARK = re.compile(r"\s*(?:\d{1,2}|[а-я])\)[ \t]+")


def _enumerated_act(text: str, h: DateHit, floor: int = 0) -> bool:
    """«Положение разработано в соответствии с: 1) Федеральным законом …; 2) приказом
    Министерства … от 14 июля 2013 года № 462 «Об …»»: a date in an item of an enumeration —
    the item opens its clause with its mark and names an act — is that listed act's, one of the
    grounds; no approval stamp enumerates its acts."""
    clause = _clause_before(text, h, floor)
    m = _ITEM_MARK.match(clause)
    return m is not None and _rx().act_noun.match(clause, m.end()) is not None


def _in_grounds(text: str, h: DateHit) -> bool:
    """«Показатели разработаны в соответствии с Положением о … от 08 апреля 2022 г. N 570»: a
    date in a clause that names the grounds a document was written on belongs to a cited act,
    however long the cited act's name."""
    return _rx().grounds.search(_clause_before(text, h)) is not None


def _chained(text: str, prev: DateHit, h: DateHit) -> bool:
    """«… письмом Министерства … от 21 декабря 2021 г. № АЗ-1128/08 и Профсоюза … от 21 декабря
    2021 г. № 657»: a date that follows another in the same clause (the dot of «г.» ends
    none), after «от», is the same cited act's or the next entry of the same list."""
    between = text[prev.end : h.start]
    return (
        len(between) <= 200
        and re.search(r"(?<![а-яё])от\s*[«\"]?\s*$", between, re.IGNORECASE) is not None
        and re.search(r"[;!?]|\n\s*\n|(?<![гГ\d])\.(?=\s)|\n\s*[А-ЯЁ ]{4,}\n", between) is None
    )


# How far from a date, on its line, a licence's or a certificate's label makes it that form's.
_FORM_REACH = 100


def _form_requisites(text: str, h: DateHit) -> bool:
    """«От 27 ноября 2017 г. № 2929 серия 06 ЛО1 № 0001539» under «Лицензия»: the requisites of
    a licence or a certificate form (its series) on the date's line are that form's, not the
    document's own."""
    rx = _rx()
    line_a = text.rfind("\n", 0, h.start) + 1
    line_b = text.find("\n", h.end)
    line_b = len(text) if line_b < 0 else line_b
    # near the date only: text extracted without line breaks runs a whole page on one «line»
    near_a, near_b = max(line_a, h.start - _FORM_REACH), min(line_b, h.end + _FORM_REACH)
    if rx.form_requisites.search(text, near_a, near_b) is not None:
        return True
    # «Лицензия … (серия / 24Л01 № 0002211, от 11 апреля 2016 г.)»: the form's word on the line
    # that opens the parenthesis the date is in (wrapped onto the next line), or inside it
    paren = open_parenthesis(text, h.start, reach=_PAREN_REACH)
    if paren is not None:
        paren_a = max(text.rfind("\n", 0, paren) + 1, paren - _FORM_REACH)
        if rx.form_requisites.search(text, paren_a, h.start) is not None:
            return True
    # «Лицензия» alone on the line above (blank lines between): a label of the form's requisites
    above = text[:line_a].rstrip()
    label = above[above.rfind("\n") + 1 :]
    m = rx.form_requisites.search(label)
    return m is not None and not label[: m.start()].strip() and not label[m.end() :].strip(" \t:")


# A clause break inside a line: «…№ 156; приказ …», «… подряд. Приказом …» (a word of four
# letters or more ends the sentence: «пос. Рудничный», «обл. Тверская» are abbreviations)
_LINE_CLAUSE_BREAK = re.compile(r";\s|(?<![А-Яа-яЁё])[а-яё]{4,}[.!?]\s+[А-ЯЁ]")


def _mid_paragraph(text: str, h: DateHit) -> bool:
    """«В школе действуют … утверждённые приказом от …; приказ о закреплении пар от 09.09.2024
    № 174»: a date after a clause break on its own line stands in a body paragraph (a title
    block's date line holds no finished clause before it) — a cited act's, not the document's."""
    line_a = text.rfind("\n", 0, h.start) + 1
    return _LINE_CLAUSE_BREAK.search(text, line_a, h.start) is not None


# A field's label opening a line: «Куратор:», «Дата составления:» — a line of its own, not
# the run-on of the line above
_FIELD_LABEL = re.compile(r"[ \t]*[А-ЯЁ][а-яё]*(?:[ \t]+[а-яё]+){0,3}[ \t]*:")


# «… от 02.09.2024 № 45»: an act named with its own date on the line
_DATED_ACT = re.compile(r"(?<![а-яё])от[ \t]*[«\"]?[ \t]*\d", re.IGNORECASE)


def _grounds_run_on(line: str) -> bool:
    """«Основание: приказ директора «О проведении мониторинга …»» closing no sentence, its act
    given no date of its own: the act's requisites run on to the next line."""
    return (
        _rx().grounds.search(line) is not None
        and not re.search(r"[.;]\s*$", line)
        and _DATED_ACT.search(line) is None
    )


def _grounds_line(text: str, h: DateHit, reach: int = 3) -> bool:
    """«Основание: приказ по школе от 08.09.2025 № 97»: a line that names the grounds a report
    was written on cites an act (named in the nominative, so no oblique case gives it away) —
    also where the act's long name wraps and its requisites run on to the next line
    («Основание: приказ директора «О мониторинге … модели / наставничества» (№ 214 от …)»):
    the date's line runs on from lines above that end no sentence, up to the grounds' label."""
    rx = _rx()
    line_a = text.rfind("\n", 0, h.start) + 1
    if rx.grounds.search(text, line_a, h.start) is not None:
        return True
    if rx.own_line_head.fullmatch(text, line_a, h.start):
        # «от 20.12.2024 № 3» opening its line: a date line of its own — unless the line right
        # above names the grounds and runs on to it («Основание: приказ «О …» / от … № …»)
        return _grounds_run_on(text[text.rfind("\n", 0, max(0, line_a - 1)) + 1 : line_a])
    for _ in range(reach):
        if line_a == 0 or _FIELD_LABEL.match(text, line_a) or _LIST_MARK_RX.match(text, line_a):
            return False
        prev_a = text.rfind("\n", 0, line_a - 1) + 1
        prev = text[prev_a : line_a - 1]
        if not prev.strip() or _LINE_ENDS.search(prev):
            return False
        if rx.grounds.search(prev) is not None:
            return True
        line_a = prev_a
    return False


def _stamp_names(text: str, hits: list[DateHit], h: DateHit, act: str) -> bool:
    """«Утверждено / Постановлением / Правительства Республики … / от 26 ноября 2007 г. N 277»:
    an authority's act named right after an approval stamp's word, in the same clause, with
    no other date between, is the act that approved the document."""
    rx = _rx()
    if not act or not rx.stamp_act.match(act):
        return False
    a = max(0, h.start - _STAMP_WINDOW)
    blocks = list(rx.approval_block.finditer(text, a, h.start))
    if not blocks:
        return False
    b = blocks[-1].end()
    acts = list(rx.act_noun.finditer(text, b, h.start))
    return (
        len(acts) == 1
        and acts[0].group() == act
        and not text[b : acts[0].start()].strip(' \t\n«"')
        and not any(b <= x.start < h.start for x in hits)
        and not CLAUSE_END.search(text, b, h.start)
    )


def _attached_to_order(text: str, h: DateHit) -> bool:
    """«Приложение № 1 к приказу № 32 от 01.02.2023» (its first word garbled by OCR): the dative
    «к приказу», with only the order's number between it and the date, names the order the
    document is attached to — the document's date, whatever the line's first word."""
    return _rx().attached_to_order.search(text, max(0, h.start - 60), h.start) is not None


def _appendix_of(text: str, hits: list[DateHit], h: DateHit) -> bool:
    """«Приложение № 2 к постановлению администрации … района от 6 октября 2015 г. N 1549»: the
    date of the act an appendix belongs to, the first date after its «Приложение … к …» block."""
    a = max(0, h.start - _STAMP_WINDOW)
    blocks = list(appendix().finditer(text, a, h.start))
    if not blocks:
        return False
    b = blocks[-1].end()
    return not any(b <= x.start < h.start for x in hits) and not CLAUSE_END.search(text, b, h.start)


def _approving_order(
    text: str, hits: list[DateHit], h: DateHit | None, end: int | None = None
) -> DateHit | None:
    """«УТВЕРЖДАЮ Директор … «26» июня 2016 г. приказ № 126-а от 27 июня 2016 года»: the
    approving order that follows the signature in the same stamp dates the document."""
    if h is None:
        return None
    limit = h.end + 120 if end is None else min(end, h.end + 120)
    for x in hits:
        if h.end <= x.start < limit and _rx().order_number_before.search(text[h.end : x.start]):
            return x
    return h


def _in_citation_line(text: str, hit: DateHit) -> bool:
    return _rx().citation_line.match(text, text.rfind("\n", 0, hit.start) + 1) is not None


_STAMP_WINDOW = 240
# An act's number right at its name: «протокол № 1», «приказ N 61».
_NUMBER_SIGN = re.compile(r"[ \t]*(?:№|N)[ \t]*\d")
# «от 30.08.2024 № 61» at a line's end: the date's own number closes the line (not «№ 41-ОД от
# «22» мая» — the next column's number, before its date)
_NUMBER_CLOSES_LINE = re.compile(r"[ \t]*(?:г\.?|года)?[ \t]*(?:№|N)[ \t]*[\w/.-]+[ \t]*(?:\n|$)")
# «№31 от «01» сентября 2025 г.» opening its line: the date's own number before it, on its line
_NUMBER_OPENS_LINE = re.compile(r"[ \t]*(?:№|N)[ \t]*\d[\w/.-]*[ \t]+от[ \t]*[«\"]?[ \t]*")


def _owner_act(text: str, hits: list[DateHit], h: DateHit, floor: int = 0, window: int = 90) -> str:
    """The act a date belongs to: the one named last before it («протокол от …» is the
    council's protocol, «приказом от …» the approving order) — unless that act already has its
    date («ПРИНЯТО … протокол № 1 от 29.08 … УТВЕРЖДЕНО приказом … от 30.08», two stamps side
    by side read line by line). Beyond the usual reach, only within the date's clause."""
    return _owner(text, hits, h, floor, window)[0]


def _owner(
    text: str, hits: list[DateHit], h: DateHit, floor: int = 0, window: int = 90
) -> tuple[str, bool]:
    """The owning act, and whether it is free (no other date between it and this one)."""
    a = max(floor, h.start - window)
    if window > 90:
        ends = list(CLAUSE_END.finditer(text, a, h.start))
        a = ends[-1].end() if ends else a
    nearest = ""
    # «… приказом директора / протокол № 1 по УВР от 30.08.2024 № 61» (stamps side by side,
    # read line by line): a date whose own number closes its line is not the date of an act
    # numbered right at its name, with no date between them — an act has one number; the date
    # is an earlier act's, in its column
    # (or opens it: «Протокол № 1 / №31 от «01» сентября 2025 г.» — the protocol has its number)
    numbered = (
        _NUMBER_CLOSES_LINE.match(text, h.end) is not None
        or _NUMBER_OPENS_LINE.fullmatch(text, text.rfind("\n", 0, h.start) + 1, h.start) is not None
    )
    for m in reversed(list(_rx().act_noun.finditer(text, a, h.start))):
        if (
            numbered
            and _NUMBER_SIGN.match(text, m.end())
            and not any(m.end() <= x.start < h.start for x in hits)
        ):
            continue
        nearest = m.group()
        if not any(m.end() <= x.start < h.start for x in hits):
            return nearest, True
    return nearest, False


# A signature with the signer's name: «________ Д. А. Шмелёва», «____ Иванова И.И.».
_SIGNED = re.compile(
    r"_{3,}[ \t]*(?:[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.[ \t]?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ]\.[ \t]?[А-ЯЁ]\.)"
)


def _stamp_column(text: str, hits: list[DateHit], hit: DateHit) -> bool | None:
    """Whether a date under stamps standing side by side («ПРИНЯТО … УТВЕРЖДЕНО», read line by
    line) is in the council's column (True) or the approval's (False); None with no stamp
    above it. The line's cells come in the stamps' order: a date, or a signature with its
    signer's name, fills a column («________ Д. А. Шмелёва «12» сентября 2025 г.»: the left
    column is signed, the date is the right one's) — where every column is signed on the line,
    a date belongs to the signature before it."""
    rx = _rx()
    zone = max(0, hit.start - 300)
    blocks = sorted(
        (m.start(), council)
        for council, block in ((False, rx.approval_block), (True, rx.council_block))
        for m in block.finditer(text, zone, hit.start)
    )
    if not blocks:
        return None
    last_line = text.rfind("\n", 0, blocks[-1][0]) + 1
    row = [council for pos, council in blocks if pos >= last_line]
    line_a = text.rfind("\n", 0, hit.start) + 1
    line_b = text.find("\n", hit.start)
    line_b = len(text) if line_b < 0 else line_b
    dates = sum(1 for x in hits if line_a <= x.start < hit.start)
    signed = len(_SIGNED.findall(text, line_a, hit.start))
    signed_on_line = len(_SIGNED.findall(text, line_a, line_b))
    cells = sum(1 for x in hits if line_a <= x.start < line_b) + signed_on_line
    header_b = text.find("\n", blocks[-1][0])
    earlier = sum(1 for x in hits if 0 <= header_b <= x.start < line_a)
    if signed and signed_on_line >= len(row):
        index = signed - 1
    elif cells == 1 and earlier:
        # «протокол № 1 от 29.08.2023 МБОУ СОШ № 12 / от 30.08.2023 № 87»: a date alone on its
        # line, below a line that dated a column already, is the next column's (the taller
        # column runs on after the shorter one ends)
        index = earlier
    elif (
        cells == 1
        and not earlier
        and False in row
        and _signed_line_above(text, line_a)
        # (not a protocol's requisites opening the date's line: «… ____ Е.А. Шестакова /
        # протокол № 1 от 29.08.2023» — the council's record, the approval left undated)
        and not rx.protocol_before.fullmatch(text, line_a, hit.start)
    ):
        # «протокол № 1 ____ М.С. Дорофеева / «16» сентября 2024 г.»: a date alone on its line
        # right under the stamps' signatures, no column dated before — the approval's
        # signature and date («УТВЕРЖДАЮ / Директор / ____ ФИО / дата»)
        return False
    else:
        index = dates + signed
    return row[min(index, len(row) - 1)]


def _merged_columns(text: str, hits: list[DateHit], hit: DateHit) -> bool | None:
    """«СОГЛАСОВАНО УТВЕРЖДЕНО Педагогическим советом приказом директора … протокол от
    20.06.2022 № 116-д от 05.05.2022 № 35»: a council's stamp and an approval's side by side,
    their columns merged into one line with both words before both dates — which date is
    whose the order of the words cannot tell (a column's lines interleave with the other's).
    A council adopts or agrees a document before the head approves it: the earlier date is
    the council's (True), the later the approval's (False); None for any other layout (or one
    date twice)."""
    rx = _rx()
    line_a = text.rfind("\n", 0, hit.start) + 1
    line_b = line_end(text, hit.end)
    a = max(line_a, hit.start - _STAMP_WINDOW)
    approvals = list(rx.approval_block.finditer(text, a, line_b))
    councils = list(rx.council_block.finditer(text, a, line_b))
    if len(approvals) != 1 or len(councils) != 1:
        return None
    after = max(approvals[0].end(), councils[0].end())
    first = min(approvals[0].start(), councils[0].start())
    if any(first <= x.start < after for x in hits):
        # «ПРИНЯТО: Протокол … от «01» июля 2021 г. УТВЕРЖДАЮ: … Приказ № 39/1 от …»: the first
        # stamp dated before the second begins — stamps read one after the other, not merged
        return None
    # (an e-signature's «Дата: 2021.07.13 …» after them is the signing's, no stamp's)
    dates = [
        x
        for x in hits
        if after <= x.start < min(line_b, after + _STAMP_WINDOW) and not is_stamp(text, x)
    ]
    if len(dates) != 2 or hit not in dates or dates[0].date == dates[1].date:
        return None
    other = dates[1] if hit is dates[0] else dates[0]
    return hit.date < other.date


def _signed_line_above(text: str, line_a: int) -> bool:
    """The line above ends with a signature and its signer's name."""
    above_a = text.rfind("\n", 0, max(0, line_a - 1)) + 1
    signed = list(_SIGNED.finditer(text, above_a, max(above_a, line_a - 1)))
    return bool(signed) and not text[signed[-1].end() : line_a].strip()


def _council_date(text: str, hits: list[DateHit], hit: DateHit, title_end: int) -> bool:
    """A council's date («СОГЛАСОВАНО … Протокол № 1 от «31» 08. 2020 г.») in a title that has
    an approval block: the document is approved (dated there, or undated — handwritten), not
    adopted; a council's protocol stands in only where there is no approval block at all."""
    rx = _rx()
    owner, free = _owner(text, hits, hit)
    # the act named before it already has its date: two stamps side by side, read line by line
    # (or a signature closes its cell: «протокол № 1 ____ М.С. Дорофеева / «16» сентября …»)
    line_a = text.rfind("\n", 0, hit.start) + 1
    under_signature = rx.date_line_head.fullmatch(text, line_a, hit.start) is not None and (
        _signed_line_above(text, line_a)
    )
    column = None if free and not under_signature else _stamp_column(text, hits, hit)
    if owner and column is None:
        council = bool(rx.council_act.match(owner))
        return council and rx.approval_block.search(text, 0, max(title_end, hit.end)) is not None
    if column is None:
        column = _stamp_column(text, hits, hit)
    # the blocks of the last line that has any: one, or several side by side («ПРИНЯТО
    # УТВЕРЖДЕНО»), whose dates come in the same order on a later line
    if not column:
        return False
    return rx.approval_block.search(text, 0, max(title_end, hit.end)) is not None


def _approval_record(text: str, hits: list[DateHit], hit: DateHit) -> bool:
    """«Утверждён на заседании МО наставников / Протокол № 1 от 01.09.2023», «УТВЕРЖДЕНО /
    решением педагогического совета / протокол № 1 от …»: the approval stamp itself names the
    meeting that approved the document, and the protocol is that approval's record — its date
    is the approval's. Only where the approval block is the last stamp before the date and
    stands alone on its line (not beside a council's), and the acts named between them are a
    council's alone (no order approves it there), with no other date and no blank line — no
    signature either (it closes a head's «УТВЕРЖДАЮ … ____ ФИО»), nor a council stamp's word
    («… август, 2024 г. Принята на совете, протокол от …» flowed into one line: another stamp)."""
    rx = _rx()
    zone = max(0, hit.start - 300)
    blocks = sorted(
        (m.start(), m.end(), council)
        for council, block in ((False, rx.approval_block), (True, rx.council_block))
        for m in block.finditer(text, zone, hit.start)
    )
    if not blocks or blocks[-1][2]:
        return False
    start, end, _ = blocks[-1]
    line_a = text.rfind("\n", 0, start) + 1
    if any(line_a <= s < start for s, _, _ in blocks[:-1]):
        return False  # stamps side by side («ПРИНЯТО … УТВЕРЖДЕНО»): read by column
    acts = [m.group() for m in rx.act_noun.finditer(text, end, hit.start)]
    return (
        bool(acts)
        and all(rx.council_act.match(a) for a in acts)
        and not any(end <= x.start < hit.start for x in hits)
        # (a blank line inside the stamp only where its phrase runs on after it in lower case:
        # «УТВЕРЖДАЮ: / / на заседании педагогического совета / Протокол № 3 от …»)
        and _STAMP_BREAK.search(text[end : hit.start]) is None
        and _SIGNED.search(text, end, hit.start) is None
        and rx.council_word.search(text, end, hit.start) is None
        # «протокол № 2 от 27.09.2024 _______ Д.Б.»: a signature beside the date on its line —
        # two stamps side by side read line by line, the date in the column left of the head's
        and _SIGNATURE_BESIDE.search(text, hit.end, line_end(text, hit.end)) is None
    )


# A signature line and the signer's initial or name after it (the rest may wrap to the next line:
# «_______ Д.Б. / Цыренова»)
_SIGNATURE_BESIDE = re.compile(r"_{3,}[ \t]*[А-ЯЁ](?:\.|[а-яё]+)")


# A blank line not followed by the lower-case run-on of a stamp's phrase
_STAMP_BREAK = re.compile(r"\n[ \t]*\n(?![ \t\n]*[а-яё])")

_CLAUSE_REACH = 400


def _clause_before(text: str, hit: DateHit, floor: int = 0) -> str:
    """The clause a date stands in, up to the date: «1.2. Положение разработано в соответствии
    с Федеральным законом …, приказом Министерства … от …» names its grounds far before the
    date (a list of acts, each with its own issuer and date)."""
    a = max(floor, hit.start - _CLAUSE_REACH)
    ends = [
        e
        for e in CLAUSE_END.finditer(text, a, hit.start)
        if not _year_dot(text, e) and not _place_dot(text, e)
    ]
    return text[ends[-1].end() if ends else a : hit.start]


# «… от 29 декабря 2012 г. № 273-ФЗ, приказа …», «от 14 июня 2013 г. N 462, на основании …»:
# the dot of «г.» after a year, with the act's number or the clause running on in lower case
# after it, is an abbreviation's — it ends no clause
_YEAR_ABBREVIATION = re.compile(r"\d[ \t]*г\.$")
_RUNS_ON = re.compile(r"\s*(?:[№N][ \t]*\d|[а-яё(,])")


def _year_dot(text: str, end: re.Match[str]) -> bool:
    return (
        _YEAR_ABBREVIATION.search(text, max(0, end.start() - 6), end.end()) is not None
        and _RUNS_ON.match(text, end.end()) is not None
    )


_PLACE_NAME = re.compile(r"[ \t]*[А-ЯЁ]")


def _place_dot(text: str, end: re.Match[str]) -> bool:
    """«… письмом управления образования администрации г. Коврова от 16.09.2025»: the dot of a
    locality's abbreviation before its name ends no clause."""
    return (
        end.group() == "."
        and _rx().place_abbreviation.search(text, max(0, end.start() - 8), end.start()) is not None
        and _PLACE_NAME.match(text, end.end()) is not None
    )


def _widget_date(text: str, hit: DateHit) -> bool:
    """«Размер шрифта … Цвета сайта … 08.12.2025 … Настройки · Обычная версия»: a date amid the
    lines of a site's widget for the visually impaired is the day the page was viewed."""
    rx = _rx()
    head = text[text.rfind("\n", 0, hit.start) + 1 : hit.start]
    if (_on_own_line(text, hit) or rx.weekday_head.fullmatch(head)) and rx.site_informer.search(
        text, hit.end, hit.end + 60
    ):
        # «18.03.2025 / °C / $ 84.31», «Вторник, 12 марта 2024 г. -2°C»: a news site's header
        # shows today's date beside its weather and exchange-rate informer
        return True
    return bool(
        rx.site_widget.search(text, max(0, hit.start - 300), hit.start)
        and rx.site_widget.search(text, hit.end, hit.end + 100)
    )


def _adopted_in_clause(text: str, hit: DateHit, floor: int) -> bool:
    """The clause of a body's date says the document was approved or adopted («1.2. Положение
    утверждено приказом директора от …», «… принято на педагогическом совете, протокол от …»)."""
    rx = _rx()
    # a reach, not the clause: a locality's «г. Снежное» ends no clause of the approving act
    before = text[max(floor, hit.start - 150) : hit.start]
    before = before[before.rfind("\n\n") + 1 :]
    return bool(rx.approval_word.search(before) or rx.council_word.search(before))


def _foreign(before: str) -> bool:
    """The cited act is a law or a ministry's act, not the document's own approval."""
    return bool(_rx().foreign.search(before))


def _on_own_line(text: str, hit: DateHit) -> bool:
    """A date that opens its line («02.09.2024», «Дата: 02.09.2024») — not a deadline in a clause."""
    head = text[text.rfind("\n", 0, hit.start) + 1 : hit.start]
    return _rx().own_line_head.fullmatch(head) is not None


def _issue_line_below(text: str, hits: list[DateHit], h: DateHit) -> DateHit | None:
    """``h`` is an act's requisites opening their line («Приказ от 03.10.2024 № 402-к») — on a
    paper issued to a person, the act that awarded it — and a date stands alone on a line below
    it (a town's line before it or not): that date line is the paper's own."""
    line_a = text.rfind("\n", 0, h.start) + 1
    lead = text[line_a : h.start]
    if _rx().act_noun.match(text, line_a + len(lead) - len(lead.lstrip())) is None:
        return None
    below = (x for x in hits if "\n" in text[h.end : x.start] and _on_own_line(text, x))
    return next(below, None)


_ABOVE_HEADING = 250


def _page_titled(text: str, kind: KindResult) -> bool:
    """«Приказ Об организации питания … / 6 февраля 2025 / Приказ / Об организации …»: a line
    above the heading opens with the heading's own word — a site's title of the document it
    shows; a date between that title and the document's heading is the page's (its posting),
    not a date line of the document's header."""
    assert kind.heading is not None
    word = text[kind.heading.start : kind.heading.end].casefold()
    a = max(0, kind.heading.start - _ABOVE_HEADING)
    lines = text[a : kind.heading.start].split("\n")
    # (a line cut by the window's start is not read; «Приказы» of a site's menu is no title)
    return any(
        re.match(re.escape(word) + r"(?![а-яё])", line.strip(' \t«"').casefold()) is not None
        for line in lines[a > 0 :]
    )


def _headline_act(text: str, hits: list[DateHit], kind: KindResult) -> DateHit | None:
    """«Приказ Министерства просвещения РФ от 9 января 2019 г. № 1 "О …"» as the document's
    own heading (a legal portal's page of the act): the act's requisites on its heading line
    date it — unless the head lists several acts (other such lines with other dates)."""
    rx = _rx()
    if kind.heading is None:
        return None
    if not rx.citation_line.match(text, kind.heading.start):
        return None
    line_b = text.find("\n", kind.heading.start)
    line_b = len(text) if line_b < 0 else line_b
    own = next((x for x in hits if kind.heading.start <= x.start < line_b), None)
    if own is None or number_near(text, own) is None or is_stamp(text, own):
        return None
    return None if _acts_listed(text, hits, own) or _list_item(text, own) else own


_PROSE_BEFORE = re.compile(r"(?<![А-Яа-яЁё])(?!от\b|дата\b)[а-яё]{2,}[,]?[ \t]+$")
# … or a one-letter preposition and its lower-case word («29 сентября 2021 г. в школе пройдёт …»)
_PROSE_AFTER = re.compile(
    r"(?:[ \t]*(?:г\.?|года?)(?![а-яё]))?[ \t,]+"
    r"(?:(?!года?(?![а-яё]))[а-яё]{2,}|[вскуо][ \t]+[а-яё]{2,})"
)


def _blank_after_title(text: str, hits: list[DateHit], end: int, window: int = 150) -> bool:
    """A contract's own date line under its title is a blank of a form («ДОГОВОР № ___ /
    г. ________ «__»________ 20__ г.»): a model form is undated, and a date above its title
    (the order that approved the form, its registration) is not the document's."""
    m = template_unfilled(text[end : end + window])
    return m is not None and not any(end <= x.start < end + m.start() for x in hits)


def _in_prose(text: str, h: DateHit) -> bool:
    """«19 января 2023 года делегация района приняла участие …», «ко дню подписания 2 марта
    2018 года Указа …»: a date inside a sentence (a lower-case word runs on to it or from it),
    not a date line."""
    line_a = text.rfind("\n", 0, h.start) + 1
    line_b = text.find("\n", h.end)
    line_b = len(text) if line_b < 0 else line_b
    return bool(
        _PROSE_BEFORE.search(text, line_a, h.start) or _PROSE_AFTER.match(text, h.end, line_b)
    )


_SENTENCE_WORDS = 5
# «… стал Дворец школьников Республики Казахстан. 4 мая 2013 года в г. Астана …»: a sentence's
# end (a word of four letters or more and its stop, not an abbreviation's «г.») before the date on
# its line
_SENTENCE_END_BEFORE = re.compile(r"[а-яё]{4}[.!?][ \t]+$")
# … and the sentence runs on after it: a lower-case word on its line («… года в г. Астана во …»)
_SENTENCE_RUNS_ON = re.compile(
    r"(?:[ \t]*(?:г\.?|года?)(?![а-яё]))?[^\n]{0,40}?(?<![а-яё])(?!года?(?![а-яё]))[а-яё]{2,}"
)


def _after_sentence(text: str, h: DateHit) -> bool:
    """A date that follows a finished sentence on its line and runs on into the next one, in
    lower case: running prose (a news item's narration), not a date line, which opens its line
    or follows a title (nor a signature's date after a name: «… Иванова. 30.08.2024»)."""
    line_a = text.rfind("\n", 0, h.start) + 1
    return (
        _SENTENCE_END_BEFORE.search(text, line_a, h.start) is not None
        and _SENTENCE_RUNS_ON.match(text, h.end) is not None
    )


def _opens_sentence(text: str, h: DateHit) -> bool:
    """«20 апреля 2022 года состоялось первое заседание Совета …»: a date that opens its line
    and runs on, in lower case, into a sentence of several words opens a paragraph of running
    prose — not the date line under a title («12 марта 2024 г.   г. Курган», «… № 15»)."""
    line_a = text.rfind("\n", 0, h.start) + 1
    line_b = text.find("\n", h.end)
    line_b = len(text) if line_b < 0 else line_b
    prose = _PROSE_AFTER.match(text, h.end, line_b)
    if text[line_a : h.start].strip(' \t«"') or prose is None:
        return False
    # the sentence runs from the first lower-case word after the date («г.» passed over)
    sentence = re.split(r"[.!?;](?:\s|$)", text[prose.end() : line_b], maxsplit=1)[0]
    return len(re.findall(r"[А-Яа-яЁё]{2,}", sentence)) >= _SENTENCE_WORDS


_BULLET = re.compile(r"[ \t]*[•·*▪►][ \t]*")


def _bulleted_date(text: str, h: DateHit) -> bool:
    """«• docx • 27.09.2025 • Публикация на сайте»: a date alone in a bulleted item is a web
    page's listing (the day it was published), not a line of the document's title block."""
    line_a = text.rfind("\n", 0, h.start) + 1
    line_b = text.find("\n", h.end)
    line_b = len(text) if line_b < 0 else line_b
    return bool(_BULLET.fullmatch(text, line_a, h.start)) and not re.search(
        r"[А-Яа-яЁё]{3,}|\d", text[h.end : line_b]
    )


def _list_item(text: str, h: DateHit) -> bool:
    """«- Указ Президента РФ от 21.07.2020 г. № 474 …»: an item of a list (of normative acts)."""
    line_a = text.rfind("\n", 0, h.start) + 1
    m = _LIST_MARK_RX.match(text, line_a)
    return m is not None and m.end() <= h.start


# A line that ends a sentence or a title's line (a name in quotes, a bracket).
_LINE_ENDS = re.compile(r"[.:;!?»\")][ \t]*$")


def _in_list_item(text: str, h: DateHit, reach: int = 3) -> bool:
    """An item of a list, also wrapped: «1. Нормативная база: … приказ о закреплении пар / от
    04.09.2024 № 201.» — the date's line runs on from lines above that end no sentence, up to
    the item's mark."""
    line_a = text.rfind("\n", 0, h.start) + 1
    for _ in range(reach):
        m = _LIST_MARK_RX.match(text, line_a)
        if m is not None and m.end() <= h.start:
            return True
        if line_a == 0:
            return False
        prev_a = text.rfind("\n", 0, line_a - 1) + 1
        prev = text[prev_a : line_a - 1]
        if not prev.strip() or _LINE_ENDS.search(prev):
            return False
        line_a = prev_a
    return False


# A line that holds nothing but an act's requisites: «от 02.09.2024 № 301», «02.09.2024 г. № 5».
_REQUISITES_BEFORE = re.compile(r"[ \t]*(?:от)?[ \t]*[«\"]?[ \t]*", re.IGNORECASE)
_REQUISITES_AFTER = re.compile(r"[ \t]*(?:г\.?|года)?[ \t]*№[ \t]*\S+[ \t]*")


def _requisites_line(text: str, h: DateHit) -> str | None:
    """The number on the date's line when the line holds only a date and a number."""
    a = text.rfind("\n", 0, h.start) + 1
    b = text.find("\n", h.end)
    b = len(text) if b < 0 else b
    if not (
        _REQUISITES_BEFORE.fullmatch(text, a, h.start)
        and _REQUISITES_AFTER.fullmatch(text, h.end, b)
    ):
        return None
    return number_near(text, h) or ""


def _act_column(text: str, hits: list[DateHit], h: DateHit) -> bool:
    """«Приказ о закреплении пар | от 02.09.2024 № 301 | … | от 02.09.2024 № 302»: lines of
    bare requisites of different acts, one under another in a table's column (a cell per
    line), cite those acts; the document's own date line is one of a kind (an appendix's
    stamp repeats the same requisites)."""
    own = _requisites_line(text, h)
    if own is None:
        return False
    return any(
        other is not None and (x.date, other) != (h.date, own)
        for x in hits
        if x is not h
        for other in (_requisites_line(text, x),)
    )


def _acts_listed(text: str, hits: list[DateHit], own: DateHit) -> bool:
    """Another act's requisites on the line next to it («Приказ … от … № …» line after
    line, blank lines between or not): an entry of a list of cited acts."""
    a = text.rfind("\n", 0, own.start) + 1
    b = text.find("\n", own.start)
    b = len(text) if b < 0 else b
    above = text[:a].rstrip()
    prev_a = above.rfind("\n") + 1 if above else a
    below = len(text) - len(text[b:].lstrip())
    next_b = text.find("\n", below)
    next_b = len(text) if next_b < 0 else next_b
    return any(
        (prev_a <= x.start < a or b < x.start < next_b)
        and x.date != own.date
        and _in_citation_line(text, x)
        for x in hits
    )


# An act's name in the instrumental case: «приказом», «постановлением», «распоряжением».
_INSTRUMENTAL = re.compile(r"(?:ом|ем)", re.IGNORECASE)


def _by_act_in_clause(text: str, hits: list[DateHit], h: DateHit) -> bool:
    """«Постановлением главы администрации … района … области от 24 апреля 1995г. № 632 …
    перерегистрировано»: a date owned by an act named in the instrumental, however long its
    issuer, in the same clause — an act by which something was done, cited in running text
    (a document's own date line below its signature names no act that way)."""
    owner = _owner_act(text, hits, h, 0, _STAMP_WINDOW)
    return bool(owner) and _INSTRUMENTAL.fullmatch(owner[-2:]) is not None


# A title's own date line: «от …» opening a line, with the document's number after it.
_OWN_DATE_LINE = re.compile(r"^[ \t]*от[ \t]+[^\n№]{4,80}?[ \t]*№[ \t]*\S", re.MULTILINE)
# … its blanks as a scan's OCR returns them: the underscores dropped, «от» and «№» alone on the
# line («от №», «№ от»), nothing written on either
_BLANK_DATE_LINE = re.compile(
    r"^[ \t]*(?:от[ \t_.«»\"]*(?:№|N)|(?:№|N)[ \t_]*от[ \t_.«»\"]*)[ \t_]*$", re.MULTILINE
)


def _unread_date_line(text: str, hits: list[DateHit], a: int, b: int) -> bool:
    """A line «от … № …» under the heading, in the title block, with no date read on it: the
    document's own date line, written in a way the rules do not read (or left blank)."""
    for m in _OWN_DATE_LINE.finditer(text, a, b):
        if not any(m.start() <= x.start < m.end() for x in hits):
            return True
    return _BLANK_DATE_LINE.search(text, a, b) is not None


def _issuer_line_below(text: str, kind: KindResult, h: DateHit) -> bool:
    """«Мониторинг …» as the heading, then «Приказ Комитета № 2 от 19.11.2025 Об …» on a line
    below: an act named with its issuer is another act (a document's own heading has no issuer
    between its name and «от») — cited or linked, not the document's date."""
    if kind.heading is None:
        return False
    line_a = text.rfind("\n", 0, h.start) + 1
    return line_a > kind.heading.end and _in_citation_line(text, h)


def _heading_in_sentence(text: str, kind: KindResult, h: DateHit) -> bool:
    """The «heading» runs on from a sentence («… в 2023 году, – повысить статус (Указ от …»)
    and the date follows it on the same line: an act cited in running text, not a title."""
    if kind.heading is None:
        return False
    # «… финансового обеспечения его выполнения Коды ОТЧЕТ О ВЫПОЛНЕНИИ … от …»: a heading in
    # capitals is a title's, the page's lines run together before it — not a word of a sentence
    if text[kind.heading.start : kind.heading.end].isupper():
        return False
    line_a = text.rfind("\n", 0, kind.heading.start) + 1
    line_b = text.find("\n", kind.heading.start)
    line_b = len(text) if line_b < 0 else line_b
    return kind.heading.start <= h.start < line_b and bool(
        re.search(r"[а-яё]{2,}[^\n]*\s[а-яё]{2,}", text[line_a : kind.heading.start])
    )


def _heading_in_list(text: str, kind: KindResult) -> bool:
    """The heading opens an item of a list («- Указ …», «1) Указ …»): no title block."""
    if kind.heading is None:
        return False
    line_a = text.rfind("\n", 0, kind.heading.start) + 1
    return _LIST_MARK_RX.fullmatch(text, line_a, kind.heading.start) is not None


def _listed_heading(text: str, hits: list[DateHit], kind: KindResult, h: DateHit) -> bool:
    """The title block's date is on a heading line that is an entry of a list of cited acts
    («Постановление Правительства РФ от … № …» among other acts' lines)."""
    if kind.heading is None or not _rx().citation_line.match(text, kind.heading.start):
        return False
    line_b = text.find("\n", kind.heading.start)
    if not kind.heading.start <= h.start < (len(text) if line_b < 0 else line_b):
        return False
    return _acts_listed(text, hits, h)


_NUMBERED = re.compile(r"\s*(?:№|N)\s*\d")


def _run_in_heading(text: str, hits: list[DateHit]) -> DateHit | None:
    """«… школа № 51 Протокол № 3 заседания рабочей группы … от 22.05.2014 года …» (a page
    whose lines ran together): the first act named in the text, in the nominative with its
    own number, owns the first date after it in its clause — the document's heading."""
    rx = _rx()
    m = rx.act_noun.search(text, 0, FIRST_PAGE // 5)
    # the nominative («Протокол», «Приказ», «Решение», «Письмо»), not «протоколом», «приказа»
    if (
        m is None
        or not re.fullmatch(r"[А-ЯЁ][а-яё]*(?:[лзн]|ие|мо)", m.group())
        or not _NUMBERED.match(text, m.end())
    ):
        return None
    own = next((x for x in hits if x.start > m.end()), None)
    if own is None or own.start - m.end() > 200 or CLAUSE_END.search(text, m.end(), own.start):
        return None
    if not re.search(r"(?<![а-яё])от\s*[«\"]?\s*$", text[max(0, own.start - 6) : own.start]):
        return None
    return own


def _attached_stamp(text: str, hits: list[DateHit]) -> DateHit | None:
    """«1. Утвердить Положение … согласно приложению. … Министр … / Утверждено / приказом
    министерства … / от 16.11.2022 N 3.12-55 / Положение …»: an order that approves a document
    attached to it and has no date of its own in the text (its head cut off) is dated by the
    attachment's approval stamp, which names this very order — the first date after the stamp
    (an order named, no other date or clause end between, a number next to it)."""
    rx = _rx()
    approves = rx.approves_attached.search(text)
    if approves is None:
        return None
    for block in rx.approval_block.finditer(text, approves.end()):
        x = next((x for x in hits if x.start >= block.end()), None)
        if x is None or x.start - block.end() > _STAMP_WINDOW:
            continue
        between = text[block.end() : x.start]
        if (
            rx.approving_order.match(between.lstrip(' \t\n«"'))
            and not CLAUSE_END.search(between)
            and _NUMBERED_AFTER.match(text, x.end)
            and not is_stamp(text, x)
        ):
            return x
    return None


# «от 16.11.2022 N 3.12-55», «от 1 марта 2023 г. № 4»: a number right after the date
_NUMBERED_AFTER = re.compile(r"[ \t]*(?:г\.?|года)?[ \t]*(?:№|N)[ \t]*[\w]")
# «ПРИКАЗ   № 201»: the document's own number on its heading's line (group 1); and a number
# right after a date, read whole (group 1): «от 31.08.2022 № 201»
_HEADING_NUMBER = re.compile(r"[ \t]*(?:№|N)[ \t]*(\w[\w./-]*)")
_NUMBER_AFTER = re.compile(r"[ \t]*(?:г\.?|года)?[ \t]*(?:№|N)[ \t]*(\w[\w./-]*)")


def _appendix_stamp(text: str, hits: list[DateHit], kind: KindResult) -> DateHit | None:
    """«ПРИКАЗ № 201» with no date line, then «Приложение № 1 / к приказу МАОУ … / от
    31.08.2022 № 201» over its appendix: a stamp naming the act by the heading's own number
    names this very act — its date is the act's (another number is another act's)."""
    if kind.heading is None:
        return None
    own = _HEADING_NUMBER.match(text, kind.heading.end)
    if own is None:
        return None
    number = own.group(1).rstrip("./-")
    for m in appendix().finditer(text, own.end()):
        x = next((x for x in hits if x.start >= m.end()), None)
        if (
            x is None
            or x.start - m.end() > _STAMP_WINDOW
            or CLAUSE_END.search(text, m.end(), x.start)
        ):
            continue
        n = _NUMBER_AFTER.match(text, x.end)
        if n is not None and n.group(1).rstrip("./-") == number:
            return x
    return None


def _footer_requisites(text: str, hits: list[DateHit]) -> DateHit | None:
    rx = _rx()
    tail = max(0, len(text) - LAST_PAGE // 3)
    for x in hits:
        line_a = text.rfind("\n", 0, x.start) + 1
        if (
            x.start < tail
            or not rx.footer_act.match(text, line_a)
            or number_near(text, x) is None
            or is_stamp(text, x)
        ):
            continue
        above = text[max(0, line_a - 600) : line_a]
        first_on_line = not any(line_a <= y.start < x.start for y in hits)
        if first_on_line and rx.signature.search(above):
            return x
    return None


_LINE_FILL = re.compile(r"(?:от|№\s*\S+|[\s_«»\"'.,:/-])*", re.IGNORECASE)
# Blanks left for the day and month before a typed year: underscores, or what a scan's OCR
# leaves of them — the day's empty quotes («от «  » 2024 г.», «от «» 2024 г.») or a run of dots
# or dashes («от ………. 2024 г.», «от ------ 2024 г.»)
_BLANKS = re.compile(r"_|[«\"]\s*[»\"]|[.…-]{3,}")


def _blank_approval_above(text: str, hits: list[DateHit], kind: KindResult, h: DateHit) -> bool:
    """«УТВЕРЖДАЮ / Директор ____ Л.В. Чернышова / «___» ________ 2024 г.» above the heading, no
    date in its stamps: the approval's date line is a blank of the form (filled in by hand) — a
    date below the heading (a sentence's, a term's) does not stand in for it."""
    if kind.heading is None or h.start < kind.heading.end:
        return False
    block = _rx().approval_block.search(text, 0, kind.heading.start)
    if block is None or any(block.start() <= x.start < kind.heading.start for x in hits):
        return False
    zone = text[block.end() : kind.heading.start]
    return template_unfilled(zone) is not None or _APPROVAL_BLANK.search(zone) is not None


def _yearless_approval(text: str, hits: list[DateHit], stamp_end: int) -> DateHit | None:
    """«УТВЕРЖДЕНА … Приказ от «12» сентября № 56-ОД» between councils' stamps «Протокол от
    «12» сентября 2024 г.»: an approval dated without its year, on the same day as the
    councils' protocols, takes their year (when they all give one)."""
    rx = _rx()
    vocab = vocabulary()
    block = rx.approval_block.search(text, 0, stamp_end)
    if block is None:
        return None
    m = re.compile(
        rf"(?<![\d.])(?:[«\"]\s*)?(?P<d>\d{{1,2}})\s*(?:[»\"]\s*)?(?P<m>{vocab.month_alternation})"
        r"(?![а-яё])(?=[ \t]*(?:г\.?[ \t]*)?(?:№|N)[ \t]*\S)",
        re.IGNORECASE,
    ).search(text, block.end(), min(stamp_end, block.end() + 250))
    if m is None or any(x.start <= m.start() < x.end for x in hits):
        return None
    month = vocab.month_number(m.group("m"))
    same = {
        x.date.year
        for x in hits
        if x.start < stamp_end and (x.date.month, x.date.day) == (month, int(m.group("d")))
    }
    if month is None or len(same) != 1:
        return None
    try:
        day = dt.date(same.pop(), month, int(m.group("d")))
    except ValueError:
        return None
    return DateHit(day, m.start(), m.end(), m.group())


def _page_title_act(text: str, hits: list[DateHit], caption_ok: bool = False) -> DateHit | None:
    """«Постановление от 15.05.2010 г № 968» as the first line of a page (a portal's title of
    the act it shows): the act's own requisites, with no issuer between its name and «от»."""
    m = re.match(r"\s*", text)
    line_a = m.end() if m else 0
    line_b = text.find("\n", line_a)
    line_b = len(text) if line_b < 0 else line_b
    act = _rx().act_noun.match(text, line_a)
    if act is None or not re.fullmatch(r"[А-ЯЁ][а-яё]*(?:[лзн]|ие|мо)", act.group()):
        return None
    own = next((x for x in hits if line_a <= x.start < line_b), None)
    if own is None:
        return None
    # «Приказ Министерства … №202 от 13.02.2019г. | О внесении …»: a page's title line, the
    # act's issuer and number before «от» and the title after the «|» that parts a page's title
    if re.fullmatch(
        r"[^\d|]{0,200}?(?:№|N)\s*[\w/.-]+\s+от\s*", text[act.end() : own.start]
    ) and re.match(r"[ \t.г]*\|", text[own.end : line_b]):
        return own
    # «Приказ Министерства образования … края от 19 июня 2024 г. N пр.23а-757 / "О …"»: a legal
    # portal's caption of the order it shows — the issuer, the date and the number make the
    # whole first line, and the order's title («О …», in quotes or not) opens the next; only
    # where the text is that order (its own heading is the caption)
    if (
        caption_ok
        and re.fullmatch(r"\s+[А-ЯЁ][^\d|\n]{0,200}?\s+от\s*[«\"]?\s*", text[act.end() : own.start])
        and re.fullmatch(r"[\s.г]*(?:№|N)\s*[\w/.-]+\s*", text[own.end : line_b])
        and re.match(r"\n[ \t]*[«\"]?[ \t]*Об?\s", text[line_b:])
    ):
        return own
    if (
        not re.fullmatch(r"\s+от\s*[«\"]?\s*", text[act.end() : own.start])
        or number_near(text, own) is None
        or not re.fullmatch(r"[\s.г]*(?:№|N)\s*[\w/.-]+\s*", text[own.end : line_b])
    ):
        return None
    return own


def _breadcrumb(text: str) -> DateHit | None:
    """«Главная » 2013 » Октябрь » 3 » О проведении …»: a news page's path through its archive
    (year, month, day) on its first line is the day the news was published."""
    vocab = vocabulary()
    line_b = text.find("\n")
    line_b = min(len(text) if line_b < 0 else line_b, 400)
    m = re.compile(
        rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[»>/|]\s*(?P<m>{vocab.month_alternation})\s*[»>/|]\s*"
        r"(?P<d>\d{1,2})\s*[»>/|]",
        re.IGNORECASE,
    ).search(text, 0, line_b)
    if m is None:
        return None
    month = vocab.month_number(m.group("m"))
    if month is None:
        return None
    try:
        day = dt.date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None
    return DateHit(day, m.start(), m.end(), m.group())


_NUMERIC_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{4}")
_HEADLINE_MAX = 200
_HEADLINE_WORDS = 3


def _dated_headline(text: str, hits: list[DateHit]) -> DateHit | None:
    """«03.09.2022 Наш колледж принял участие в акции …» opening the text, a headline on its
    line (no sentence's end) over the news item's paragraphs: a news page prints the day it
    published the item before its headline. Not a list of dated entries (a plan, a
    schedule: the next line opens with a date too), not a sentence «… состоялось заседание.»"""
    first = hits[0] if hits else None
    if first is None or text[: first.start].strip() or not _NUMERIC_DATE.match(first.text):
        return None
    line_b = text.find("\n", first.end)
    if line_b < 0 or not text[line_b:].strip():
        return None
    headline = text[first.end : line_b].strip()
    if (
        len(headline) > _HEADLINE_MAX
        or headline.endswith((".", ";", ",", ":"))
        or len(re.findall(r"[А-Яа-яЁё]{2,}", headline)) < _HEADLINE_WORDS
        or _widget_date(text, first)
        or _NUMERIC_DATE.match(text[line_b:].lstrip())
    ):
        return None
    return first


def _licence_issue(text: str, m: re.Match[str]) -> bool:
    """An issue word after a licence named on its line («Лицензия, серия 66Л01 № 005171,
    регистрационный № 18502, выдана 12 апреля 2016 года»): the licence's issue, not a paper's."""
    line_a = text.rfind("\n", 0, m.start()) + 1
    return _rx().licence.search(text, max(line_a, m.start() - _FORM_REACH), m.start()) is not None


# After a licence's name, its requisites up to the date: «… № Л035-01264-29/00 175531 от » — a
# number, then «от» right before the date (lines may break between: a scan's OCR)
_LICENCE_REQUISITES = re.compile(
    r"[^.;!?]{0,120}?(?:№|N)[^.;!?]{1,80}?(?<![а-яё])от[ \t]*[«\"]?[ \t]*"
)


def _licence_requisites(text: str, x: DateHit) -> bool:
    """«Лицензия на осуществление образовательной деятельности № Л035-01264-29/00 от
    28.04.2016»: a date after a licence's name and number (wrapped lines between) is the
    licence's."""
    a = max(0, x.start - 240)
    return any(
        _LICENCE_REQUISITES.fullmatch(text, m.end(), x.start)
        for m in _rx().licence.finditer(text, a, x.start)
    )


def _issue_label(text: str, hits: list[DateHit]) -> DateHit | None:
    for m in _rx().issue.finditer(text, 0, FIRST_PAGE):
        if _licence_issue(text, m):
            continue  # an organisation's details listing its licence: the licence's date
        line_b = text.find("\n", m.end())
        line_b = len(text) if line_b < 0 else line_b
        x = next((x for x in hits if m.end() <= x.start), None)
        if (
            x is not None
            and x.end <= line_b
            and re.fullmatch(r"[\s:«\"]*", text[m.end() : x.start])
            and not is_stamp(text, x)
        ):
            return x
    return None


# The day's quotes opening the label's value hold no figure (what a scan's OCR leaves of their
# underscores: «« =» 29 г.», the year's printed «20__» misread): the day was never filled in, so
# the date was not — whatever the OCR made of the month's and the year's blanks
_BLANK_DAY = re.compile(r"[ \t:]*[«\"<](?:[^\w\n]|_){0,8}[»\">]")


def _blank_label(text: str, end: int) -> bool:
    """The rest of a label's line is a blank to fill in: «Дата выдачи «____» _______ 20__ г.» —
    or, the label alone on its line (a form's field under its label: «Дата выдачи / «____»
    _______ 20__ г.»), the next line that holds anything."""
    line_b = text.find("\n", end)
    rest = text[end : len(text) if line_b < 0 else line_b]
    if line_b >= 0 and not rest.strip(" \t:"):
        below = len(text) - len(text[line_b:].lstrip())
        below_b = text.find("\n", below)
        rest = text[below : len(text) if below_b < 0 else below_b]
    if template_unfilled(rest) is not None or _BLANK_DAY.match(rest):
        return True
    # a scan's OCR drops the underscores: «Дата выдачи « » 20 г.» — empty quotes and the
    # printed century of the year, nothing filled in («г.» read as «Г.» or Latin «r.» too, or,
    # the blank's underscores run into it, as a few stray letters after the century: « » 20 aan);
    # or the form printed the whole year, only the day and month left blank: «____» ____ 2024 г.
    core = re.sub(
        r"(?:(?:19|20)?[ \t_]*(?:[гГr]\.?|года?)|(?:19|20)[ \t_]+[^\W\d_]{1,3}\.?"
        r"|(?<=[_«»\"\s])(?:19|20)\d{2}[ \t]*(?:[гГr]\.?|года?)?)[ \t.]*$",
        "",
        rest,
    )
    # the underscores themselves may be read as other strokes: «<-->», «~~», «——», «|»
    return (
        bool(re.search(r"[_«»\"]", rest))
        and re.fullmatch(r"[\s:«»\"'._/<>~=|—–-]*", core) is not None
    )


# A certificate's date line left blank: the town maybe, then the day's quotes (or what a scan's OCR
# leaves of them: «<>», «« »») and the month's underscores, before a printed or blank year
_BLANK_ISSUE_ROW = re.compile(
    r"^[ \t]*(?:г\.[ \t]*[А-ЯЁ][А-Яа-яЁё-]+(?:[ \t]+[А-ЯЁ][А-Яа-яЁё-]+)?[ \t,]*)?"
    r"(?:[«\"<][ \t_]*[»\">]|_{2,})[ \t_.]*(?:19|20)(?:\d\d|\d?_+)[ \t_]*(?:г\.?|года?)?[ \t]*$",
    re.MULTILINE,
)


def _issue_word(text: str) -> re.Match[str] | None:
    """A certificate's issue label («Дата выдачи» first, else «Выдано»), not an issue word after a licence
    named on its line — the letterhead of the body that trains («Лицензия № 3418 от … 2016 г.,
    выдана Министерством …»: who issued the licence, not when this paper was issued)."""
    rx = _rx()
    found = None
    for m in rx.issue.finditer(text):
        if not _licence_issue(text, m):
            # «Выдано Ивановой И.И. в том, что …» opens the text, «Дата выдачи «__» ___ 20__ г.»
            # closes it: the label that names the date is where the date is (or its blank)
            if rx.date_label.match(m.group()):
                return m
            found = found or m
    return found


# «Дата выдачи / 15.12.2923»: the label's value, a whole date whose year's second digit a
# photo's OCR misread (a «0» as «9», «8», «6») — a year no paper bears
_MISREAD_CENTURY = re.compile(r"[ \t:]*\n?[ \t]*(\d{2})\.(\d{2})\.2([1-9])(\d{2})(?![\d.])")


def _misread_century(text: str, end: int) -> DateHit | None:
    """The issue label's value is a date in the 21st century read with its century's second digit
    wrong («15.12.2923»): the label's value can only be a date of this century — read as one."""
    m = _MISREAD_CENTURY.match(text, end)
    if m is None:
        return None
    try:
        day = dt.date(2000 + int(m.group(4)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return DateHit(day, m.start(1), m.end(), text[m.start(1) : m.end()])


def _value_below(text: str, end: int) -> bool:
    """A label alone on its line with its value on the next line that holds anything (a number,
    a date, a quoted day): a form whose fields are read label above value."""
    line_b = text.find("\n", end)
    if line_b < 0 or text[end:line_b].strip(" \t:"):
        return False
    return re.match(r"[\d«\"№]", text[line_b:].lstrip()) is not None


def _bare_label(text: str, end: int) -> bool:
    """Nothing follows a label on its line, and the next line holds no value for it (a number,
    a date, a quoted day): a field of a form whose blank the OCR did not read."""
    line_b = text.find("\n", end)
    if line_b < 0 or text[end:line_b].strip(" \t:"):
        return False
    after = text[line_b:].lstrip()
    return bool(after) and re.match(r"[\d«\"№]", after) is None


def _year_alone(text: str, m: re.Match[str]) -> bool:
    """The year is all that is typed on its line, besides «от», a number, a month and blanks
    for the day: «2023 г.», «от «___» ________ 2016 г.», «№ 64/1 от ____ 2024 год»."""
    line_a = text.rfind("\n", 0, m.start()) + 1
    line_b = text.find("\n", m.end())
    line = text[line_a : m.start()] + " " + text[m.end() : len(text) if line_b < 0 else line_b]
    line = re.sub(vocabulary().month_alternation, " ", line, flags=re.IGNORECASE)
    return _LINE_FILL.fullmatch(line) is not None


# The first numbered clause of a body: «1.1. Настоящее Положение …», «1. Общие положения».
_BODY_CLAUSE = re.compile(r"^[ \t]*(?:1|I)\.(?:1\.?)?[ \t]+[А-ЯЁ]", re.MULTILINE)
# a text flowed into one line (a scan's OCR): «… 1. Общие положения 1.1. Настоящее …» — the
# first section's heading followed by its first clause, mid-line
# (or, under a Roman section number, its first clause numbered alone: «I. ОБЩИЕ ПОЛОЖЕНИЯ 1.
# Настоящее …»)
_BODY_CLAUSE_FLOWED = re.compile(
    r"(?<![\d.])(?:1|I)\.[ \t]+[^\W\d][^\n\d]{2,60}?[ \t]1\.1(?!\d)"
    r"|(?<![\w.])I\.[ \t]+[А-ЯЁ]{3,}(?:[ \t]+[А-ЯЁ]{1,})*[ \t]+1\.[ \t]+[А-ЯЁ]"
)


def _body_start(text: str, title_end: int) -> int:
    """Where a regulation's body begins: its first numbered clause after the title. The title's
    stamps stand above it; a date below is a cited act's («1.1. … разработано в соответствии с
    … приказом … от 19 сентября 2019 г.»), never the approval's."""
    m = _BODY_CLAUSE.search(text, text.rfind("\n", 0, title_end) + 1)
    if m is None:
        # (a title read up to a sentence's dot may have taken the section's number: «… 2021 I.»)
        m = _BODY_CLAUSE_FLOWED.search(text, max(0, title_end - 3))
    return m.start() if m else len(text)


def _possible_year(year: int) -> bool:
    """A document is never dated later than next year: «2090» in a scan is a misread blank
    «20__ г.», not the year a certificate was issued or an order typed."""
    return year <= dt.date.today().year + 1


def _labelled(text: str, x: DateHit) -> bool:
    """«Дата подписания Соглашения: 12 февраля 2024 г.»: a date label opens the date's line —
    the document's own date, though the label names the document («Соглашения»), as a cited
    act would be named."""
    line_a = text.rfind("\n", 0, x.start) + 1
    return _rx().date_label.fullmatch(text, line_a, x.start) is not None


def _foreign_date(text: str, hits: list[DateHit], x: DateHit) -> bool:
    """A date that belongs to something else than the document: a signature stamp, a cited act
    (in its clause, on a citation line, in the grounds), a period or range bound, the date of
    the figures («по состоянию на») or of a revision («Обновлено»)."""
    return bool(
        is_stamp(text, x)
        or (is_cited(text, x) and not _labelled(text, x))
        or _in_citation_line(text, x)
        or _bound_date(text, hits, x)
        or _in_grounds(text, x)
        or _enumerated(text, hits, x)
        or _garbled_before(text, x)
        or _parenthesised_requisites(text, x)
    )


_PAREN_REACH = 200


def _parenthesised_requisites(text: str, x: DateHit) -> bool:
    """«Лицензия … (серия ЛО-03 № 0000633, от 26 февраля 2014 г.)», «(рег. № 3124, от …)»: a
    number and then the date inside one parenthesis are the requisites of the record it names
    (a licence, a registration) — a document is never signed inside a parenthesis."""
    k = open_parenthesis(text, x.start, reach=_PAREN_REACH)
    return k is not None and _NUMBER_SIGN.search(text, k, x.start) is not None


# Between two dates of one enumeration: «12.03.2016 г. и 26.03.2016», «01.09.2024, 02.09.2024»
_DATES_JOINED = re.compile(
    r"[ \t]*(?:г\.?|года)?[ \t]*(?:,[ \t]*(?:и[ \t]+)?|и[ \t]+)", re.IGNORECASE
)
# … or days alone before the last, whole date: «5, 12 и 19 марта 2016 г.»
_DAYS_LISTED = re.compile(
    r"(?<![\d.,/№-])(?<!№ )(?<!N )(?:0?[1-9]|[12]\d|3[01])[ \t]*(?:,[ \t]*(?:и[ \t]+)?|и[ \t]+)$",
    re.IGNORECASE,
)


def _enumerated(text: str, hits: list[DateHit], x: DateHit) -> bool:
    """«Провели 12.03.2016 г. и 26.03.2016 г. экологические десанты», «… 5, 12 и 19 марта»:
    a date listed with other days (joined by a comma or «и») is one of the days of events or
    of acts the text enumerates — a document is signed on one day, never on a list of them."""
    if _DAYS_LISTED.search(text, max(0, x.start - 10), x.start):
        return True
    return any(
        _DATES_JOINED.fullmatch(text, x.end, y.start)
        or _DATES_JOINED.fullmatch(text, y.end, x.start)
        for y in hits
        if y is not x and (x.end <= y.start <= x.end + 12 or x.start - 12 <= y.end <= x.start)
    )


def _bound_date(text: str, hits: list[DateHit], x: DateHit) -> bool:
    """A period's bound («с 01.09.2023 по 31.08.2024», a range), the date of the figures («по
    состоянию на») or of a page's revision («Обновлено»): not a date of signing."""
    rx = _rx()
    return bool(
        rx.period_before.search(text[max(0, x.start - 12) : x.start])
        or rx.state_before.search(text[max(0, x.start - 30) : x.start])
        or rx.revision_before.search(text[max(0, x.start - 60) : x.start])
        or _range_bound(text, hits, x)
    )


def _term_label(text: str, x: DateHit) -> bool:
    """«Дата проведения: 14 марта 2024 года», «Срок реализации программы: 01.09.2024 – …»: a
    label of an event or a term right before the date on its line (a few words of the label's
    own may stand before its colon)."""
    line_a = text.rfind("\n", 0, x.start) + 1
    return _rx().event_before.search(text, max(line_a, x.start - 80), x.start) is not None


def _range_end(text: str, start: DateHit, x: DateHit) -> bool:
    """``x`` closes the range ``start`` opens: «01.09.2024 – 31.05.2025», «… по 31.05.2025»."""
    return start.end <= x.start <= start.end + 12 and bool(
        _RANGE_DASH.fullmatch(text, start.end, x.start)
        or _rx().range_until.fullmatch(text, start.end, x.start)
    )


def _under_signature(text: str, h: DateHit) -> bool:
    """«Директор МБОУ «СОШ № 3»   подпись   Р.Ф. Гарипова / 30 августа 2024 года»: a date on
    the line right under a head's signature line (blank lines between), not a numbered
    clause's, is the date the head signed it — however much follows it (an acquaintance
    list, the appendices), so it need not stand at the text's end."""
    line_a = text.rfind("\n", 0, h.start) + 1
    above = text[:line_a].rstrip()
    prev = above[above.rfind("\n") + 1 :].strip()
    return (
        bool(prev)
        and _LIST_MARK_RX.match(prev) is None
        and _rx().signer_line.fullmatch(prev) is not None
    )


# A signing date left blank for the hand: ««____» ______ 2024 г.», «__.__.20__», «от «__» ___ 202_ г.»
_BLANK_SIGNING = re.compile(
    r"(?:от[ \t]*)?(?:[«\"][ \t]*_+[ \t]*[»\"][ \t]*_{2,}|_{2,}[ \t]*\.[ \t]*_{2,}[ \t]*\.)[ \t]*"
    r"(?:(?:19|20)\d\d|(?:19|20)?\d?_{1,4})[ \t]*(?:г\.?|года?)?[ \t]*(?:\n|$)"
)
# A signature on a line: its blank for the hand, or the signer's name closing the line
_SIGNATURE_MARK = re.compile(rf"_{{3,}}|{_SIGNER_NAME}$")


def _blank_signing(text: str) -> int | None:
    """«Куратор наставничества ______ И.Н. Руденко / «__» ______ 2024 г.» at the end: the date
    of signing is a blank of the form, to be written by hand (the start of the last such line on
    the last page, right under a signature or beside it)."""
    found = None
    for m in _BLANK_SIGNING.finditer(text, max(0, len(text) - LAST_PAGE)):
        line_a = text.rfind("\n", 0, m.start()) + 1
        before = text[line_a : m.start()].strip()
        above = text[:line_a].rstrip()
        prev = above[above.rfind("\n") + 1 :].strip()
        if _SIGNATURE_MARK.search(before or prev):
            found = line_a
    return found


def _signed_blank_below(text: str, blank: int | None, x: DateHit) -> bool:
    """``x`` stands above a signing date left blank, and is not a signature's own date."""
    return blank is not None and x.start < blank and not _under_signature(text, x)


_STAMP_LEAD = re.compile(r"[ \t]*(?:[А-ЯЁ][а-яё]+[ \t]+)?")


def _registration_stamp(text: str, hits: list[DateHit]) -> DateHit | None:
    """«Документ зарегистрирован в СЭД «Дело» / Рег. номер: 118-к  Дата регистрации: 03.09.2024»,
    «Зарегистрировано 03.09.2024 № 118», «Рег. № 118-к от 03.09.2024»: an order with no date
    line of its own is dated by its office's registration stamp — the date right after the
    stamp's field (only the system, the number and «от» between), never the validity dates of
    an e-signature beside it nor an authority's registration of a cited act («Зарегистрирован
    Минюстом …», in a parenthesis)."""
    rx = _rx()
    for m in rx.registration_stamp.finditer(text):
        x = next((x for x in hits if x.start >= m.end()), None)
        # the field opens its line, follows another field of the stamp on it («Рег. номер:
        # 118-к Дата регистрации: …») or one word («Документ зарегистрирован …»): a stamp's
        # line, not a clause of the body
        line_a = text.rfind("\n", 0, m.start()) + 1
        if (
            x is not None
            # (a stamp's line opens in capitals: «… зарегистрированного Минюстом России, /
            # регистрационный № … от …» runs on from a sentence citing another act)
            and text[line_a : m.end()].lstrip()[:1].isupper()
            and (
                _STAMP_LEAD.fullmatch(text, line_a, m.start()) is not None
                or rx.registration_stamp.match(text, line_a) is not None
            )
            and rx.registration_gap.fullmatch(text, m.end(), x.start)
            and open_parenthesis(text, x.start, reach=_PAREN_REACH) is None
        ):
            return x
    return None


# What dates an approval, short of a whole date: a blank of the form («от «___» ____ 20__ г.»,
# «от ______ № __», «__.__.»), a month's name («сентябрь, 2024 г.»)
_APPROVAL_BLANK = re.compile(
    r"(?<![а-яё])от[ \t]*[«\"]?[ \t]*_|[«\"][ \t]*_+[ \t]*[»\"]|_{2,}[ \t]*\.[ \t]*_{2,}",
    re.IGNORECASE,
)


def _adopted_beside_undated_approval(
    text: str, hits: list[DateHit], h: DateHit, stamp: re.Match[str], stamps_end: int
) -> bool:
    """«Принято на педагогическом совете, протокол № 1 от 29.08.2024 | УТВЕРЖДАЮ Директор
    ______ В.К. Зуев» among the title's stamps (above ``stamps_end``): a local act adopted by its council and approved by a
    head who wrote no date at all — the protocol's date is the act's (an approval with a date,
    a month, a year or a blank of the form for one has its own date, known or not)."""
    rx = _rx()
    block = rx.approval_block.search(text, 0, stamps_end)
    if (
        block is None
        or stamp.start() >= stamps_end
        or not rx.adopted_by_council.match(stamp.group())
    ):
        return False
    a = min(block.start(), stamp.start())
    if any(a <= x.start < stamps_end for x in hits if x is not h):
        return False
    # (the protocol's «от» and a signature's blank after the date, joined, are no blank date:
    # «протокол № 1 от 29.08.2024   ______ Е.А. Потапенко» — the date taken out breaks the line)
    zone = text[a : h.start] + "\n" + text[h.end : stamps_end]
    return not (
        rx.typed_year.search(zone) or _APPROVAL_BLANK.search(zone) or rx.month_word.search(zone)
    )


_COLUMN_REACH = 300


def _adopted_in_column(
    text: str, hits: list[DateHit], stamps_end: int
) -> tuple[re.Match[str], DateHit] | None:
    """«Принято на педагогическом совете      УТВЕРЖДАЮ / МАДОУ «Детский сад № 15»      Заведующий
    … / протокол № 1 от 30.08.2024      № 15 …»: a council's adoption stamp in the left column of
    stamps side by side (read line by line, the approval's lines between), its protocol's date
    — the first date below it, opening its line after «протокол № … от» and in the council's
    column — with the stamp's word that says the council adopted the act."""
    rx = _rx()
    for block in rx.council_block.finditer(text, 0, stamps_end):
        stamp = rx.adopted_by_council.search(text, block.start(), block.end())
        x = next((x for x in hits if x.start >= block.end()), None)
        if stamp is None or x is None or x.start >= min(stamps_end, block.end() + _COLUMN_REACH):
            continue
        line_a = text.rfind("\n", 0, x.start) + 1
        if (
            rx.protocol_before.fullmatch(text, line_a, x.start)
            and _stamp_column(text, hits, x) is True
        ):
            return stamp, x
    return None


# After a date opening its line, an entry's text: a capitalised word, then another word
_ENTRY_TEXT = re.compile(
    r"[ \t]*(?:г\.|года)?[ \t]*[-–—|:]?[ \t]*[«\"]?[А-ЯЁ][А-Яа-яЁё-]*[ \t,:;–—-]+"
    # («Встреча с выпускниками»: a one-letter preposition before the entry's second word)
    r"(?:[вксоуи][ \t]+)?[«\"(]?[А-Яа-яЁё]{2,}"
)


def _dated_entry(text: str, hits: list[DateHit], line_a: int) -> bool:
    """The line opens with a date and an entry's text follows it on the line: «03.09.2024
    Торжественная линейка …» (a news feed's headline, a chronicle's or a plan's event)."""
    x = next((x for x in hits if x.start >= line_a), None)
    if x is None or text[line_a : x.start].strip(" \t"):
        return False
    return _ENTRY_TEXT.match(text, x.end, line_end(text, x.end)) is not None


def _dated_listing(text: str, hits: list[DateHit], h: DateHit) -> bool:
    """«Последние новости / 03.09.2024  Торжественная линейка … / 12.09.2024  Стартовал …»: a
    date that opens an entry of a list of dated entries (the next line or the one above, blank
    lines passed, opens with a date and its entry too) — a site's news feed, a chronicle, a
    plan — is that entry's date, never the day the document was signed."""
    line_a = text.rfind("\n", 0, h.start) + 1
    if not _dated_entry(text, hits, line_a):
        return False
    above = text[:line_a].rstrip()
    prev_a = above.rfind("\n") + 1
    line_b = text.find("\n", h.end)
    below = len(text) - len(text[line_b:].lstrip()) if line_b >= 0 else len(text)
    return (bool(above) and _dated_entry(text, hits, prev_a)) or (
        line_b >= 0 and below < len(text) and _dated_entry(text, hits, below)
    )


def _lone_date(text: str, hits: list[DateHit], kind: KindResult) -> DateHit | None:
    """«… 8 Педагоги, прошедшие КПК … 2 3 / 25.10.2024 / Анализ результатов …»: a справка's own
    date may stand alone on a line of its own anywhere in it (set apart under its table, right
    aligned). The one date of the text that fills its line (nothing but the date and «г.»),
    below the title and no other act's, a period's or a listing's, dates the report; with two
    such lines, which one is its own is not known. A label that names the document's own date
    may open the line («Дата составления: 21 октября 2024 г.» under the table)."""
    label = _rx().date_label
    lone = [
        x
        for x in hits
        if x.start >= kind.title_start
        and (
            _LONE_LINE.fullmatch(text, text.rfind("\n", 0, x.start) + 1, x.start) is not None
            or label.fullmatch(text, text.rfind("\n", 0, x.start) + 1, x.start) is not None
        )
        and _LONE_TAIL.match(text, x.end) is not None
    ]
    if len(lone) != 1:
        return None
    x = lone[0]
    if (
        _foreign_date(text, hits, x)
        or _widget_date(text, x)
        or published(text, x)
        or _meeting_ahead(text, x)
    ):
        return None
    return x


# (a form's date line «От «_25_» ____12____ 20_23_г.»: «от» before it, the blanks' underscores
# around the digits written in)
_LONE_LINE = re.compile(r"[ \t]*(?:[Оо]т[ \t]+)?")
_LONE_TAIL = re.compile(r"[ \t_]*(?:г\.?|года)?[ \t]*(?:\n|$)")


def _stamps_end(text: str, kind: KindResult) -> int:
    """Where a title's stamps end: its title, where they stand above it — or, where the heading
    opens the text (a PDF's reader put the heading before the stamps printed above it: «ПОЛОЖЕНИЕ
    … / Принято советом … / Утверждаю: … / Протокол от …»), the body's start."""
    if kind.title_start > 0:
        return kind.title_start
    return max(kind.title_end, _body_start(text, kind.title_end))


def _made_on(text: str, hits: list[DateHit]) -> DateHit | None:
    """«Стороны … заключили настоящий договор «24» апреля 2023 года»: the date that directly
    follows the preamble's words of signing (not «… на срок до 31.12.2024»)."""
    for m in _rx().agreement_made.finditer(text, 0, FIRST_PAGE):
        x = next((x for x in hits if m.end() - 2 <= x.start <= m.end()), None)
        if x is not None:
            return x
    return None


def _signing_statement(text: str, hits: list[DateHit]) -> DateHit | None:
    """The date that directly follows an agreement's own statement of its signing («Подписано
    сторонами …», «со дня его подписания — …»): the first such, anywhere in the text."""
    for m in _rx().signing_statement.finditer(text):
        x = next((x for x in hits if m.end() - 2 <= x.start <= m.end()), None)
        if x is not None:
            return x
    return None


def _unpublished(text: str, hits: list[DateHit], skipped: list[str]) -> list[DateHit]:
    """The dates an act may be dated by: not «Опубликовано: 22.01.2025 10:47» on the page a
    file is posted on — the day the site put it up, never the day the act was signed or
    approved (a news item is dated by it; an order, a regulation, a report by their own
    requisites)."""
    shown = [x for x in hits if published(text, x)]
    skipped.extend(x.text for x in shown)
    return [x for x in hits if x not in shown]


# The period a report's title says it reports on: «за 2016-2017 учебный год», «за 2023 год»
_REPORTED_PERIOD = re.compile(r"\bза[ \t]+((?:19|20)\d{2})(?![\d])", re.IGNORECASE)


def _before_period(text: str, kind: KindResult, h: DateHit) -> bool:
    """``h`` is dated in a year before the period the report's title says it reports on."""
    m = year_only(text[kind.title_start : max(kind.title_end, kind.title_start + 300)])
    if m is None:
        return False
    start = _REPORTED_PERIOD.match(text, kind.title_start + m[1])
    return start is not None and h.date.year < int(start.group(1))


def own_date(text: str, kind: KindResult, pivot_year: int) -> DocDate:
    rx = _rx()
    read = find_dates(text, pivot_year)
    skipped: list[str] = []
    hits = read
    if kind.kind in (
        DocKind.PROGRAMME,
        DocKind.REGULATION,
        DocKind.ORDER,
    ) or participation().search(text, 0, FIRST_PAGE):
        # «приняла участие в вебинаре … Дата проведения: 14 марта 2024 года»: a paper that
        # attests one's part in an event is not dated by the event (a meeting's own protocol,
        # which attests no one's participation, is); nor is a programme or a regulation by the
        # labelled dates of its term or its events («Начало учебного года: 01.09.2024», «Срок
        # реализации программы: 01.09.2024 – 31.05.2025», «Сроки проведения: …») — it is dated
        # by its approval; nor an order by them («… на 2024/2025 уч. год (начало учебного года:
        # 02.09.2024)»): it is dated by its own date line
        event = [x for x in read if _term_label(text, x)]
        # … and the term's end after its labelled start («01.09.2024 – 31.05.2025»)
        event += [x for x in read if x not in event and any(_range_end(text, e, x) for e in event)]
        skipped.extend(x.text for x in event)
        hits = [x for x in read if x not in event]
    if kind.kind is not DocKind.OTHER:
        hits = _unpublished(text, hits, skipped)
    head_end = min(len(text), 6000)
    h: DateHit | None = None
    how = "none"
    floor = kind.heading.end if kind.heading else 0
    blank_own = False  # the title's own date line is a blank of a form
    page_titled = False  # a site's title of the document above its heading
    blank_issue = False  # a certificate's issue line is a blank of its form

    if kind.kind is DocKind.CERTIFICATE:
        m = _issue_word(text)
        if m:
            h = _first(text, hits, m.end(), m.end() + 80, m.end(), skipped, False, forms=False)
            h = h or _misread_century(text, m.end())
            how = "issue"
        # «Дата выдачи «____» ________ 20___ г.»: the issue date's line is a blank of the form
        # (filled in by hand) — the course's period does not stand in for it
        blank_issue = m is not None and h is None and _blank_label(text, m.end())
        # no issue line, and «Регистрационный номер ________» a blank: the form's requisites
        # (its number and date of issue) were not filled in — the course's period is not its date
        printed = rx.registration.search(text)
        reg = printed if m is None else None
        blank_issue = blank_issue or (reg is not None and _blank_label(text, reg.end()))
        # a photo's OCR drops the underscores of both requisites: «Регистрационный номер» and
        # «Дата выдачи» each alone on its line, no value under it — the form was not filled in;
        # or the number read under its label («Регистрационный номер / 4471») and nothing
        # under «Дата выдачи»: in a form read label above value, the issue date's is blank
        blank_issue = blank_issue or (
            m is not None
            and h is None
            and _bare_label(text, m.end())
            and (
                # a label that names a date («Дата выдачи»): its value can only be a date, and a
                # photo's OCR drops a blank's underscores — the label alone on its line, the
                # next line another field or the body, is the blank, however the form's other
                # fields were read (a number beside its label or under it)
                rx.date_label.match(m.group()) is not None
                or (
                    printed is not None
                    and (_bare_label(text, printed.end()) or _value_below(text, printed.end()))
                )
            )
        )
        # no issue date read, and the form's date line — the town, then blanks for the day and
        # month before the printed year («г. Томск  «___» ________ 2024 г.», read by a scan's OCR
        # as «г. Томск <> 2024 г.») — left blank: the paper was issued undated, and neither the
        # course's period nor its exam's date stands in for the date of issue
        blank_issue = blank_issue or (h is None and _BLANK_ISSUE_ROW.search(text) is not None)
        if h is None and not blank_issue:
            # a course certificate dated by its period «с 01.10.2024 по 12.10.2024»
            period = rx.period_end.search(text)
            # … only where the form is read past the course's description (its volume, its
            # signers): a text cut off above them (the top of a scan read first) may still hold
            # the issue line below
            if period is not None and not rx.course_foot.search(text, period.end()):
                period = None
            # (nor the requisites of the trainer's licence printed on it — on its back: «Лицензия
            # … № Л035-01264-29/00 от 28.04.2016» is the licence's date, not this paper's)
            # (nor a law it cites: «(ч. 10 ст. 60 Федерального закона от 29.12.2012 № 273-ФЗ)»)
            cands = [
                x
                for x in hits
                if not is_stamp(text, x)
                and not _licence_requisites(text, x)
                and not is_cited(text, x)
            ]
            if period and cands:
                h, how = cands[-1], "issue"
    elif kind.kind in (DocKind.REGULATION, DocKind.PROGRAMME) or "appendix_of_order" in kind.flags:
        # The approval stamp («УТВЕРЖДЕНО приказом от … №», «Приложение к приказу от …») dates it.
        stamp_end = max(kind.title_end, min(1500, head_end))
        # the stamps above the body first; a body's own «утверждено приказом … от …» after them
        above_body = max(kind.title_end, min(stamp_end, _body_start(text, kind.title_end)))
        h = _approving_order(text, hits, _first(text, hits, 0, above_body, 0, skipped, True))
        if h is not None and _blank_approval_above(text, hits, kind, h):
            skipped.append(h.text)  # «(приступила к работе 26.08.2024, …)»: the body's date
            h = None
        if h is None:
            h = _yearless_approval(text, hits, stamp_end)
        how = "stamp"
        # an approval stamp above the body, undated: the document's date is not known (a date
        # in the body is a cited act's); without one, «1.2. … утверждено приказом … от …»
        if (
            h is None
            and above_body < stamp_end
            and not rx.approval_block.search(text, 0, above_body)
        ):
            h = _approving_order(
                text, hits, _first(text, hits, above_body, stamp_end, 0, skipped, True)
            )
            if h is not None and not _adopted_in_clause(text, h, above_body):
                # «1.1. … разработано в соответствии с законом … (с изменениями от …)»: a body's
                # date dates the document only where its clause says it was approved or adopted
                skipped.append(h.text)
                h = None
    else:
        start = kind.heading.end if kind.heading else kind.title_start
        block_end = max(kind.title_end, start + 1)
        h = _first(text, hits, start, block_end, floor, skipped, False)
        if h is None and kind.kind is DocKind.AGREEMENT:
            # «КОЛЛЕКТИВНЫЙ ДОГОВОР … / Утвержден на общем собрании работников / Протокол № 1
            # от 12.11.2024»: the stamp under its title names the meeting that adopted it — the
            # protocol's date is the agreement's
            h = next(
                (
                    x
                    for x in hits
                    if start <= x.start < block_end and _approval_record(text, hits, x)
                ),
                None,
            )
            if h is not None:
                skipped[:] = [t for t in skipped if t != h.text]
        how = "title_block"
        if (
            h is not None
            and kind.heading is None
            and (_in_prose(text, h) or _after_sentence(text, h))
        ):
            skipped.append(h.text)  # no heading: a page's running text, not a title block
            h = None
        if h is not None and _meeting_ahead(text, h):
            skipped.append(h.text)  # «… для обсуждения на педсовете 30.10.2024»: to come
            h = None
        if h is not None and _approved_in_clause(text, h):
            skipped.append(h.text)  # «программ, утверждённых приказом … от …»: the act's
            h = None
        if h is not None and kind.heading is not None and _opens_sentence(text, h):
            skipped.append(h.text)  # «20 апреля 2022 года состоялось …»: a paragraph's start
            h = None
        if h is not None and _heading_in_sentence(text, kind, h):
            skipped.append(h.text)  # «… (Указ от 27.06.2022 № 401)»: an act cited in a sentence
            h = None
        if h is not None and _heading_in_list(text, kind):
            skipped.append(h.text)  # «1) Указ Президента … от …»: a list's item, not a heading
            h = None
        if h is not None and _issuer_line_below(text, kind, h):
            skipped.append(h.text)  # «Приказ Комитета № 5 от …» under another heading: cited
            h = None
        if h is not None and _listed_heading(text, hits, kind, h):
            skipped.append(h.text)  # the first of a list of cited acts, not a heading
            h = None
        if h is not None and personal_paper(kind):
            # «Директор … Е.В. Попова / Приказ от 03.10.2024 № 402-к / г. Сыктывкар / 05 октября
            # 2024 г.»: a грамота names the order that awarded it; its own date line is below
            issued = _issue_line_below(text, hits, h)
            if issued is not None:
                skipped.append(h.text)
                h = issued
        if h is None:
            h = _headline_act(text, hits, kind)
        # «ПРОТОКОЛ … от __.__.20__ г.»: the title's own date line is a blank of a form — a date
        # above the heading (a page's «Обновлено: …») is not the document's
        blank_line = template_unfilled(text[start:block_end])
        blank_own = blank_line is not None or _blank_after_title(text, hits, block_end)
        if h is not None and blank_line is not None and start + blank_line.start() < h.start:
            # «ПРИКАЗ / «__» ______ 20__ г. № ___ / … Начало учебного года: 02.09.2024»: a date
            # below the blank own date line is the body's, never the order's
            skipped.append(h.text)
            h = None
        # «ПРИКАЗ / от тридцать первого августа текущего года № 12»: the title's own date line is
        # there but could not be read — no date from elsewhere stands in for it
        unread_own = kind.heading is not None and _unread_date_line(
            text, hits, kind.heading.end, h.start if h is not None else block_end
        )
        if h is not None and unread_own:
            skipped.append(h.text)  # a date below the unread date line: a cited act's
            h = None
        blank_own = blank_own or unread_own
        page_titled = kind.heading is not None and _page_titled(text, kind)
        if h is None and kind.heading is not None and not blank_own and not page_titled:
            # Layouts that put the date line above the heading.
            # (an approval stamp there — «УТВЕРЖДЁН приказом от …» — dates the document)
            h = _first(
                text, hits, max(0, kind.heading.start - 250), kind.heading.start, 0, skipped, True
            )
            h = _approving_order(text, hits, h, kind.heading.start)
        if h is None and not blank_own:
            # «от DD.MM.YYYY № N» somewhere in the head, not in a cited act's clause.
            prev: DateHit | None = None
            for x in hits:
                if x.start >= head_end:
                    break
                chained = prev is not None and _chained(text, prev, x)
                prev = x
                if (
                    number_near(text, x)
                    and not chained
                    and not is_cited(text, x)
                    and not is_stamp(text, x)
                    # «С 12–30 мая 2018 года в ДОУ № 34 …»: a period's bound, whatever number
                    # follows it, is never a date of signing
                    and not _bound_date(text, hits, x)
                    and not _garbled_before(text, x)
                    and not _in_citation_line(text, x)
                    and not _in_grounds(text, x)
                    # «Основание: приказ … «О проведении мониторинга …» / от 16.09.2024 № 118»:
                    # the grounds' act, its requisites run on to the next line
                    and not _grounds_line(text, x)
                    and not _approved_in_clause(text, x)
                    and not _form_requisites(text, x)
                    and not _mid_paragraph(text, x)
                    and not _by_act_in_clause(text, hits, x)
                    # «1. Нормативная база: … приказ о закреплении пар от 04.09.2024 № 201»:
                    # a numbered item of the body names an act, never the document's date
                    and not _in_list_item(text, x)
                    and not _act_column(text, hits, x)
                    # «Другие новости / 05.09.2024  … / 02.09.2024  День знаний в «СОШ № 3»»: a
                    # news feed's entry, the number in its headline a school's
                    and not _dated_listing(text, hits, x)
                    # no title: «… пройдёт 30 августа 2019 года в гимназии № 56 …» — a date in
                    # running prose names an event, the number after it another thing's
                    and not (kind.heading is None and _in_prose(text, x))
                ):
                    h = x
                    break
        if (
            not unread_own
            # an order's own date line left blank: no date elsewhere (a news feed's below the
            # order, a clause's deadline) stands in for it
            and not (blank_own and kind.kind is DocKind.ORDER)
            and h is None
            and kind.kind
            in (
                DocKind.REPORT,
                DocKind.AGREEMENT,
                DocKind.OTHER,
                DocKind.ORDER,
            )
        ):
            tail = max(0, len(text) - 700)
            blank_sign = _blank_signing(text)
            late = [
                x
                for x in hits
                if (
                    x.start >= tail
                    # «Директор ____ Р.Ф. Гарипова / 30 августа 2024 года», then an appendix
                    or (kind.kind is DocKind.ORDER and _under_signature(text, x))
                )
                and not _foreign_date(text, hits, x)
                and not _list_item(text, x)
                and not _in_prose(text, x)
                and not _after_sentence(text, x)
                and not _form_requisites(text, x)
                and not _by_act_in_clause(text, hits, x)
                and not _widget_date(text, x)
                and not _meeting_ahead(text, x)
                and not _dated_listing(text, hits, x)
                and (kind.kind is not DocKind.ORDER or _on_own_line(text, x))
                # the signing date below left blank: a date above it is the body's, not the
                # day it was signed (unless a signature of its own stands right above it)
                and not _signed_blank_below(text, blank_sign, x)
                # (nor a page's date above its title of the document: its posting)
                and not (
                    (blank_own or page_titled)
                    and kind.heading is not None
                    and x.start < kind.heading.start
                )
            ]
            if late:
                # an order dated only under the signature: the first date there (acknowledgements follow)
                h, how = (late[0] if kind.kind is DocKind.ORDER else late[-1]), "signature"
    if h is None and kind.kind is DocKind.AGREEMENT and not blank_own:
        # no date line: «… (далее — Колледж) заключили настоящий договор «24» апреля 2023 года в
        # г. …» — the date the preamble says the parties signed on
        h = _made_on(text, hits)
        how = "preamble" if h else how
    if h is None and kind.kind is DocKind.AGREEMENT and not blank_own:
        # nor a preamble's: «Подписано сторонами 15 октября 2021 года» at the end, «3.1.
        # Соглашение вступает в силу со дня его подписания — 03 сентября 2024 года» — the day the
        # agreement says its parties signed it
        h = _signing_statement(text, hits)
        how = "signed" if h else how
    if h is None and kind.heading is None and kind.kind is DocKind.OTHER:
        h = _run_in_heading(text, hits)
        how = "title_block" if h else how
    if h is None and kind.kind in (DocKind.ORDER, DocKind.OTHER):
        h = _page_title_act(
            text,
            hits,
            kind.kind is DocKind.ORDER
            and kind.heading is not None
            and text.find("\n", kind.heading.start) == text.find("\n"),
        )
        how = "title_block" if h else how
    if h is None and kind.kind is DocKind.OTHER and kind.heading is None:
        h = _breadcrumb(text)
        how = "breadcrumb" if h else how
    if h is None and kind.kind is DocKind.OTHER and kind.heading is None:
        h = _dated_headline(text, hits)
        how = "headline" if h else how
    if h is None and kind.kind is DocKind.OTHER:
        # «Дата выдачи 30 июня 2023 года» on a diploma or a certificate of another kind: the
        # date on the label's own line is the document's date
        h = _issue_label(text, hits)
        how = "issue" if h else how
    if h is None and kind.kind is DocKind.ORDER:
        h = _footer_requisites(text, hits)
        how = "footer" if h else how
    if h is None and kind.kind is DocKind.ORDER:
        h = _attached_stamp(text, hits)
        how = "attached_stamp" if h else how
    if h is None and kind.kind is DocKind.ORDER:
        h = _appendix_stamp(text, hits, kind)
        how = "appendix_stamp" if h else how
    if h is None and kind.kind is DocKind.ORDER and not blank_own:
        h = _registration_stamp(text, hits)
        how = "registration" if h else how
    if h is None and kind.kind is DocKind.REPORT:
        # «УТВЕРЖДЕНО приказом № 71-од от 09.04.2025» above a report (a self-examination report
        # is approved like a regulation): the approval stamp dates it
        stamp_end = max(kind.title_end, min(1500, head_end))
        if rx.approval_block.search(text, 0, stamp_end):
            h = _approving_order(text, hits, _first(text, hits, 0, stamp_end, 0, skipped, True))
            how = "stamp" if h else how
    if h is None and kind.kind is DocKind.REPORT:
        # A справка whose date stands in the signature block below a long table (and before
        # appendices): the signature/date block anywhere on its first or last page.
        pages = ((kind.title_end, FIRST_PAGE), (max(0, len(text) - LAST_PAGE), len(text)))
        blank_sign = _blank_signing(text)
        signed = [
            x
            for x in hits
            if any(a <= x.start < b for a, b in pages)
            and rx.signature.search(text[max(0, x.start - 150) : x.start])
            and not _foreign_date(text, hits, x)
            and not _form_requisites(text, x)
            and not _meeting_ahead(text, x)
            and not _dated_listing(text, hits, x)
            and not _signed_blank_below(text, blank_sign, x)
        ]
        if signed:
            h, how = signed[-1], "signature"
    if h is None and kind.kind in (DocKind.REPORT, DocKind.REGULATION, DocKind.PROGRAMME):
        # no approval stamp: «Рассмотрен и одобрен на заседании совета, протокол от … № …»
        # under the title is the date the document was adopted
        m = rx.adopted.search(text, 0, max(kind.title_end + 600, 1500))
        if m is None and kind.kind is DocKind.REGULATION:
            # … or its stamp and protocol parted by the approval's lines beside them
            in_column = _adopted_in_column(text, hits, _stamps_end(text, kind))
            if in_column is not None:
                m, h = in_column
        elif m is not None:
            h = next((x for x in hits if m.end() <= x.start <= m.end() + 3), None)
        if m is not None:
            if (
                h is not None
                and _council_date(text, hits, h, kind.title_end)
                # (a local act — a regulation — is adopted by its council; a programme is not)
                and not (
                    kind.kind is DocKind.REGULATION
                    and _adopted_beside_undated_approval(text, hits, h, m, _stamps_end(text, kind))
                )
            ):
                skipped.append(h.text)
                h = None
            how = "adoption" if h else how
    if h is None and kind.kind is DocKind.REPORT:
        # «Справка о … по состоянию на 01.10.2024» in its title; in a body the phrase gives the
        # date the figures describe («отчёт подготовлен по состоянию на 31.12.2023»)
        m = rx.state_as_of.search(text, kind.title_start, max(kind.title_end, kind.title_start + 1))
        if m:
            h = next((x for x in hits if m.end() - 2 <= x.start <= m.end() + 3), None)
            how = "state_date"
        if h is None:
            # … or on a line of its own under the title: «Справка о … / на 01.10.2024»
            h = next(
                (
                    x
                    for x in hits
                    if kind.title_start <= x.start < kind.title_end
                    and rx.state_before.search(text[max(0, x.start - 30) : x.start])
                ),
                None,
            )
            how = "state_date" if h else how
    if h is None and kind.kind is DocKind.REPORT and not blank_own:
        h = _lone_date(text, hits, kind)
        how = "date_line" if h else how
    if (
        h is None
        and kind.kind is DocKind.PROGRAMME
        and not rx.approval_block.search(text, 0, max(kind.title_end, min(1500, head_end)))
    ):
        # a programme posted as a site's page («… / Наставничество / Программы»), with neither an
        # approval stamp nor a date of its own: the post's one «Опубликовано 12.09.2024» is the
        # day it was made public — its only date (an approved programme keeps its stamp's)
        shown = [x for x in read if published(text, x)]
        if len(shown) == 1:
            h, how = shown[0], "published"
            skipped[:] = [t for t in skipped if t != h.text]

    if h is not None and kind.kind is DocKind.REPORT and _before_period(text, kind, h):
        # «Анализ работы … за 2016-2017 учебный год» and «Приказ № 88-к от 29.09.1994» in its
        # history: a report is written after the period it reports on begins — an earlier date
        # is another act's
        skipped.append(h.text)
        h = None
    flags: list[str] = []
    if skipped:
        flags.append("cited_dates_skipped")
    template = None
    if h is None:
        t = template_unfilled(text[:head_end])
        if t:
            flags.append("template_unfilled")
            template = t.group()
    year = None
    if h is None and template is None and not blank_issue and kind.kind is DocKind.CERTIFICATE:
        # «г. Ижевск, 2024 г.»: certificates often carry only the year of issue on a line of its own
        # (not the year a blank issue line printed: «Дата выдачи «__» ____ 2024 г.» is undated)
        m = re.search(r"^[^\n\d]{0,40}?\b((?:19|20)\d\d)\s*(?:г\.?|года?)?\s*$", text, re.MULTILINE)
        if m and _possible_year(int(m.group(1))):
            year, how = int(m.group(1)), "year_only"
    if h is None and template is None and kind.kind is DocKind.REPORT:
        # «Справка … за 2024 год»: the year in the report's own title (never in a body) is the
        # period it reports on, not its date: the steps say «no date» and name the period.
        y = year_only(text[kind.title_start : max(kind.title_end, kind.title_start + 300)])
        if y:
            year, how = y[0], "period"
    typed_year = None
    year_line = year_blanks = False
    if h is None and template is None and year is None:
        zone_a = max(0, kind.title_start - 300)
        # … above the body: «1. Провести мониторинг … в октябре 2024 года» is a clause's year, no
        # date line's
        zone_b = min(
            max(kind.title_end, kind.title_start + 400),
            max(kind.title_end, _body_start(text, kind.title_end)),
        )
        found = [
            m
            for m in rx.typed_year.finditer(text, zone_a, zone_b)
            if _possible_year(int(m.group(1)))
            # the year of a whole date passed over (an incoming stamp's «16» 10 2024 г., an
            # event's «Дата проведения: 14 марта 2024 года») is that date's, not a year typed
            # on the document's own date line
            and not any(x.start <= m.start() < x.end for x in read)
        ]
        alone = [m for m in found if _year_alone(text, m)]
        first = (alone or found)[:1]
        typed_year = int(first[0].group(1)) if first else None
        year_line = bool(alone)
        if alone:
            line_a = text.rfind("\n", 0, alone[0].start()) + 1
            year_blanks = _BLANKS.search(text, line_a, alone[0].start()) is not None
    number = number_near(text, h) if h else None
    return DocDate(
        h.date if h else None,
        number,
        h,
        how if (h or year) else "none",
        tuple(flags),
        tuple(skipped[:8]),
        year,
        template,
        hits,
        typed_year,
        year_line,
        year_blanks,
    )
