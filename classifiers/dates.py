"""Dates in Russian official documents: every written style, and which date is the document's own.

A document's own date stands in its title block (next to its heading, usually «от … №»);
other dates are cited acts («приказом Минпросвещения от …», «в ред. … от …»,
«Зарегистрирован …»), signature stamps («Дата: 2022.10.26 12:25:13 +03'00'») or terms.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from classifiers.vocabulary import Vocabulary, alternation, vocabulary

# OCR confusions inside numbers: О/o -> 0, l/I/| -> 1, З -> 3.
_D = r"[0-9OОoоlI|З]"
_DIGIT_FIX = str.maketrans(
    {"O": "0", "О": "0", "o": "0", "о": "0", "l": "1", "I": "1", "|": "1", "З": "3"}
)

_Q = r"[«\"“„'‘’»”]"


@lru_cache(maxsize=4)
def _text_date(vocab: Vocabulary) -> re.Pattern[str]:
    """«5 сентября 2024 г.», «"05" сентября 2024»: month names from the vocabulary."""
    month = vocab.month_alternation
    return re.compile(
        rf"(?<![\dА-Яа-яЁёA-Za-z])(?:{_Q}\s*_*\s*)?({_D}{{1,2}})\s*_*\s*(?:{_Q}\s*)?_*\s*{month}(?![а-я])"
        # «21 марта. 2024 г.»: a scan's OCR read a speck after the month as a dot or a comma —
        # a four-digit year with «г.» or «года» right after it, on the same line, shows the date
        # runs on («… марта. 2024 год стал …» is two sentences)
        rf"(?:[.,](?=[ \t]*(?:19|20)\d{{2}}[ \t]*(?:г\.|года)))?\s*_*\s*"
        rf"((?:19|2[0OО]){_D}{{2}}|{_SPLIT_YEAR}|{_D}{{2}}(?=\s*г)|{_D}{{2}}(?![\d])(?![ \t]\d))",
        re.IGNORECASE,
    )


# A four-digit year typed with a space inside, «20 26 г.», «2 026 г.»: read whole — followed by
# «г.»/«год» or a line end, so the space cannot part a year from a count («2024 20 чел.»).
_SPLIT_YEAR = r"(?:19|20)[ ]\d{2}(?=[ \t]*(?:г(?![а-яё])|год|\n|$))|2[ ][0O]\d{2}(?![\d])"
# A two-digit year read where a split four-digit one may stand («20 26»): never guessed.
_HALF_YEAR = re.compile(r"[ \t]\d")


# A blank of a printed form filled in by hand and typed over: «31»__08_2021_г.
_FILL = r"_{1,6}"
NUM_DATE = re.compile(
    rf"(?<![\d.,А-Яа-яЁёA-Za-z])(?:[«\"]\s?)?({_D}{{1,2}})(?:\s?[»\"]\s?[./-]?|\s?[./-])(?:\s?|{_FILL})({_D}{{1,2}})"
    rf"(?:\s?(?:[./-]|\s)\s?|{_FILL})"
    rf"((?:19|2[0OО]){_D}{{2}}(?![\d])|{_SPLIT_YEAR}|{_D}{{2}}(?![\d.]))"
)
# «от 28 08. 2017 г.»: the first dot missed (a space instead), after «от» and before «г.»
SPACED_DATE = re.compile(
    r"(?:(?<=^от )|(?<=[^А-Яа-яЁё]от ))(\d{2})[ \t](\d{2})\.[ \t]*((?:19|20)\d{2})(?=[ \t]*г(?![а-яё]))",
    re.IGNORECASE,
)
# «от "_29__" __12______ 20_21_г.»: a printed form's blanks typed over — the day in quotes and
# the month's number among underscores, the year's last digits on the blank after the printed
# «20» (read only where an underscore shows the form: an unfilled blank has no digits)
FILLED_DATE = re.compile(
    r"[«\"]_*[ \t]?(\d{1,2})[ \t]?_*[»\"][ \t]*_*[ \t]?(\d{1,2})[ \t]?_*[ \t]*"
    r"((?:19|20)(?:\d{2}|_+[ \t]?\d{2}))(?!\d)"
)
# «13:01 2025 № 3» opening a line: a scan's OCR read the day's dot as a colon (and the month's
# as a space) — a four-digit year, then «г.», the document's number or the line's end, shows a
# title's date line (a time of day is never followed by a year there)
COLON_DATE = re.compile(
    r"^[ \t]*(?:от[ \t]*)?(\d{2}):(\d{2})(?:\.[ \t]?|[ \t])((?:19|20)\d{2})"
    r"(?=[ \t]*(?:г(?![а-яё])|года|№|N|\n|$))",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=4)
def _wrapped_year(vocab: Vocabulary) -> re.Pattern[str]:
    """««12» января      № 9-ОД / 2024 г.»: a title's date line in a narrow cell, the day and
    month beside the document's number, the year wrapped onto the next line (alone there, with
    «г.»). The hit is the day and month: the number stays after it, on its line. The place of
    signing may stand between them («30 августа   г. Барнаул   № 212-о / 2024 г.»)."""
    return re.compile(
        rf"(?<![\dА-Яа-яЁёA-Za-z])(?:{_Q}\s*)?(\d{{1,2}})\s*(?:{_Q}\s*)?"
        rf"{vocab.month_alternation}(?![а-яё])"
        rf"(?=(?:[ \t]+{vocab.agreement.locality}\.[ \t]?[А-ЯЁ][А-Яа-яЁё-]+(?:[ \t][А-ЯЁ][а-яё-]+)?)?"
        r"[ \t]+(?:№|N)[ \t]*[\w/.-]+[ \t]*\n[ \t]*((?:19|20)\d{2})[ \t]*"
        r"(?:г(?![а-яё])|года?(?![а-яё]))[^\n]{0,3}$)",
        re.IGNORECASE | re.MULTILINE,
    )


# «от 12.IX.2025»: the month in Roman numerals between dots (the Cyrillic «Х» typed for «X»)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMAN_DATE = re.compile(
    r"(?<![\d.,А-Яа-яЁёA-Za-z])(\d{1,2})\.[ ]?([IVXХ\[\]|l1]{1,4})\.[ ]?((?:19|20)\d{2})(?!\d|\.\d)"
    # «31.VIII.22»: a two-digit year after a month written in Roman letters proper (no stroke
    # read for an «I»: «1.1I.22» may be a clause's number), the day in two digits
    r"|(?<![\d.,А-Яа-яЁёA-Za-z])(\d{2})\.([IVXХ]{1,4})\.(\d{2})(?![\d.]|[ \t]\d)"
)
# «5.[Х.2024»: a scan's OCR reads the stroke of an «I» as a bracket, a bar, «l» or «1» — beside
# a «V» or an «X» of the same month only (a stroke alone is no Roman numeral)
_ROMAN_STROKE = re.compile(r"[\[\]|l1]")


@lru_cache(maxsize=4)
def _split_day(vocab: Vocabulary) -> re.Pattern[str]:
    """«Дата выдачи 1 9.06.2023», «от 2 5.03.2024»: a scan's OCR put a space inside the day —
    the date label (or «от») right before it shows the two digits are one day, not a count."""
    w = vocab.dates
    return re.compile(
        rf"(?<![а-яё])(?:от|{w.date_labels}|{w.issue})[ \t]*:?[ \t]*[«\"]?[ \t]*"
        r"([0-3])[ ](\d)\.(\d{2})\.((?:19|20)\d{2})(?!\d)",
        re.IGNORECASE,
    )


ISO_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[./-](\d{2})[./-](\d{2})(?![\d])")
TEMPLATE_DATE = re.compile(
    r"(?:[«\"]\s*_{1,}\s*[»\"]\s*_{2,}|_{2,}\s*\.\s*_{2,}\s*\.|_{3,}\s*)\s*(?:20|19)?\s*_{1,4}\s*"
    # «Директор ______ Г.П. Ларина»: a signature line before initials, not a blank year
    r"(?:г\.(?![ \t]?(?-i:[А-ЯЁ])\.)|г(?![а-яё.])|года)",
    re.IGNORECASE,
)
YEAR_ONLY = re.compile(
    r"(?:за|на|в)\s+((?:19|20)\d{2})(?:\s*[-–/]\s*(?:19|20)?\d{2})?\s*(?:год|г\.|уч|календарн)",
    re.IGNORECASE,
)
STAMP_CONTEXT = re.compile(
    r"(подписан\w*\s+(?:электронн|цифров)|цифров\w+\s+подпис|электронн\w+\s+подпис|действителен|сертификат\s*:?\s*[0-9a-f]{6})",
    re.IGNORECASE,
)
# Words that introduce another, cited act (or a registration / amendment / protocol).
CITED_CONTEXT = re.compile(
    r"(приказ(?:ом|а|у|ами|ов|е|ы)\b|распоряжени\w*|постановлени\w*|закон\w*|указ\w*|письм\w*|"
    r"решени\w*|протокол\w*|\bред\.|редакци\w*|зарегистр\w*|регистрац\w*|изменени\w*|"
    r"соглашени\w*|договор\w*|положени\w*|стратеги\w*|концепци\w*|кодекс\w*|министерств\w*|"
    r"минпросвещени\w*|минобр\w*|рассмотрен\w*|согласован\w*|принят\w*|"
    r"в\s+соответствии|на\s+основании|во\s+исполнение|руководствуясь|сертификат\w*|доверенност\w*)",
    re.IGNORECASE,
)


CLAUSE_END = re.compile(r"[.;!?](?=\s)|\n\s*\n")


@dataclass(frozen=True)
class DateHit:
    date: dt.date
    start: int
    end: int
    text: str


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (the text's end for its last line)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _two_digit_year(yy: int, pivot: int) -> int:
    return 2000 + yy if yy <= pivot % 100 + 1 else 1900 + yy


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _real_digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _numerals(vocab: Vocabulary, group: str) -> list[tuple[str, int]]:
    return [(w, v) for g, w, v in vocab.date_numerals if g == group]


@lru_cache(maxsize=4)
def _words_date(vocab: Vocabulary) -> re.Pattern[str] | None:
    """«тридцатого августа две тысячи двадцать четвёртого года»: the day an ordinal in the
    genitive («-ого», «третьего»; after a cardinal ten: «двадцать пятого») or the nominative
    («двадцать девятое», «третье»), or in digits before a year in words, the month's name,
    the year's thousands, tens and last word an ordinal in the genitive, then «года» (or the
    year in digits)."""
    ordinals = alternation([w for w, _ in _numerals(vocab, "ordinals")])
    tens = alternation([w for w, _ in _numerals(vocab, "tens")])
    thousands = alternation([w for w, _ in _numerals(vocab, "thousands")])
    if not (ordinals and tens and thousands):
        return None
    return re.compile(
        # «двадцать девятое августа …»: the day's ordinal in the nominative too; «29 августа две
        # тысячи двадцать четвёртого года»: the day in digits, the year in words
        rf"(?<![\dА-Яа-яЁё])(?:{_Q}?[ \t]*(?P<dd>\d{{1,2}})[ \t]*{_Q}?"
        rf"|(?:(?P<dt>{tens})\s+)?(?P<do>{ordinals})(?:ого|ьего|ое|ье))\s+"
        rf"(?P<m>{vocab.month_alternation})(?![а-яё])\s+"
        rf"(?:(?P<th>{thousands})\s+(?:(?P<yt>{tens})\s+)?(?P<yo>{ordinals})(?:ого|ьего)\s+год"
        # «пятого февраля 2025 года»: the day in words, the year in digits
        rf"|(?P<yd>(?:19|20)\d{{2}})\s*(?:г\.|г(?![а-яё])|год))",
        re.IGNORECASE,
    )


def _numeral_value(vocab: Vocabulary, group: str, word: str | None) -> int:
    if not word:
        return 0
    w = re.sub(r"\s+", " ", word.lower())
    return next((v for p, v in _numerals(vocab, group) if re.fullmatch(p, w)), 0)


def _words_dates(text: str, vocab: Vocabulary) -> list[DateHit]:
    rx = _words_date(vocab)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        if m.group("dd") and m.group("yd"):
            continue  # «29 августа 2024 года»: no word in it, a text date
        month = vocab.month_number(m.group("m"))
        day = (
            int(m.group("dd"))
            if m.group("dd")
            else _numeral_value(vocab, "tens", m.group("dt"))
            + _numeral_value(vocab, "ordinals", m.group("do"))
        )
        year = (
            int(m.group("yd"))
            if m.group("yd")
            else (
                _numeral_value(vocab, "thousands", m.group("th"))
                + _numeral_value(vocab, "tens", m.group("yt"))
                + _numeral_value(vocab, "ordinals", m.group("yo"))
            )
        )
        date = _make(year, month, day) if month and day and year > 1900 else None
        if date:
            out.append(DateHit(date, m.start(), m.end(), m.group()))
    return out


def find_dates(text: str, pivot_year: int = 2030) -> list[DateHit]:
    """Every calendar date written in the text, in order of position."""
    vocab = vocabulary()
    hits: dict[int, DateHit] = {h.start: h for h in _words_dates(text, vocab)}
    for m in _text_date(vocab).finditer(text):
        day = int(m.group(1).translate(_DIGIT_FIX))
        month = vocab.month_number(m.group(2))
        ys = m.group(3).translate(_DIGIT_FIX).replace(" ", "")
        # «| сентябрь 2020» is a table border and a month, not «1 сентября»: a day has a digit
        if (
            month is None
            or _real_digits(m.group(1) + m.group(3)) < 2
            or not _real_digits(m.group(1))
        ):
            continue
        # «до 31 августа 20\nгода»: only the century of a year is left at a line's end (the
        # line cut at a page's margin, or a blank «20__» lost) — the year is unknown; so is it
        # when the century opens the next line («… апреля / 20 г.»: a form's «20__ г.» wrapped
        # under the day and month, its blank lost)
        if ys in ("19", "20") and (
            re.match(r"[ \t]*\n", text[m.end() :]) or "\n" in text[m.end(2) : m.start(3)]
        ):
            continue
        year = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), pivot_year)
        date = _make(year, month, day)
        if date:
            hits[m.start()] = DateHit(date, m.start(), m.end(), m.group())
    for m in ISO_DATE.finditer(text):
        # «ПРИКАЗ № 2024/09-17»: after the number sign, the year-first shape is a number too
        if _NUMBER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        date = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if date and m.start() not in hits:
            hits[m.start()] = DateHit(date, m.start(), m.end(), m.group())
    for m in _split_day(vocab).finditer(text):
        date = _make(int(m.group(4)), int(m.group(3)), int(m.group(1) + m.group(2)))
        if date and m.start(1) not in hits:
            hits[m.start(1)] = DateHit(date, m.start(1), m.end(), text[m.start(1) : m.end()])
    for m in SPACED_DATE.finditer(text):
        date = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if date and m.start() not in hits:
            hits[m.start()] = DateHit(date, m.start(), m.end(), m.group())
    for m in FILLED_DATE.finditer(text):
        date = _make(int(re.sub(r"\D", "", m.group(3))), int(m.group(2)), int(m.group(1)))
        if date and "_" in m.group() and m.start() not in hits:
            hits[m.start()] = DateHit(date, m.start(), m.end(), m.group())
    for m in COLON_DATE.finditer(text):
        date = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if date and m.start(1) not in hits:
            hits[m.start(1)] = DateHit(date, m.start(1), m.end(), text[m.start(1) : m.end()])
    for m in _wrapped_year(vocab).finditer(text):
        month = vocab.month_number(m.group(2))
        date = _make(int(m.group(3)), month, int(m.group(1))) if month else None
        if date and m.start() not in hits:
            hits[m.start()] = DateHit(date, m.start(), m.end(), m.group())
    for m in ROMAN_DATE.finditer(text):
        dd, mm, yy = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        roman = mm.replace("Х", "X")
        if re.search(r"[VX]", roman):
            roman = _ROMAN_STROKE.sub("I", roman)
        if roman in _ROMAN_MONTHS and m.start() not in hits:
            year = int(yy) if len(yy) == 4 else _two_digit_year(int(yy), pivot_year)
            date = _make(year, _ROMAN_MONTHS.index(roman) + 1, int(dd))
            if date:
                hits[m.start()] = DateHit(date, m.start(), m.end(), m.group())
    covered = sorted((h.start, h.end) for h in hits.values())
    starts = [a for a, _ in covered]
    for m in NUM_DATE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < covered[i][1]:
            continue
        raw = m.group()
        if _real_digits(raw) < 4:
            continue
        if _specialty_code(text, m, vocab):
            continue
        if _noise_day_month(text, m):
            continue
        if _NUMBER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        ys = m.group(3).translate(_DIGIT_FIX).replace(" ", "")
        if len(ys) == 2:
            # «31.05.20 26 г.»: a year split by a space, not read whole — not guessed either
            if _HALF_YEAR.match(text, m.end()):
                continue
            # «1.2.20» is a clause number, not a date: a two-digit year needs a full day.month.
            if len(m.group(1)) < 2 and len(m.group(2)) < 2:
                continue
            tail = text[m.end() : m.end() + 3]
            if not re.match(r"\s*(г|\s|$|[,;)])", tail) and m.end() < len(text):
                continue
        year = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), pivot_year)
        date = _make(
            year, int(m.group(2).translate(_DIGIT_FIX)), int(m.group(1).translate(_DIGIT_FIX))
        )
        if date and date.year <= 2099:
            hits[m.start()] = DateHit(date, m.start(), m.end(), raw)
    return [
        hits[k]
        for k in sorted(hits)
        if (1990 <= hits[k].date.year <= 2099 or _dated_title_line(text, hits[k]))
        and not _birth_date(text, hits[k], vocab)
        and not _phone_number(text, hits[k], vocab)
        and not _in_file_name(text, hits[k])
    ]


# «от 9 апреля 1987 г. N 228» alone on its line: a title's date-and-number line
_TITLE_LINE_HEAD = re.compile(r"[ \t]*от[ \t]+", re.IGNORECASE)
_TITLE_LINE_TAIL = re.compile(r"[ \t]*(?:г\.|года)?[ \t]*(?:№|N)[ \t]*[\w/.-]+[ \t]*(?:\n|$)")


def _dated_title_line(text: str, hit: DateHit) -> bool:
    """A date before 1990 is read only on a line of an act's own requisites, «от <date> № <n>»
    and nothing else (an old act's date line; elsewhere such digits are rarely a date)."""
    line_a = text.rfind("\n", 0, hit.start) + 1
    return (
        hit.date.year >= 1900
        and _TITLE_LINE_HEAD.fullmatch(text, line_a, hit.start) is not None
        and _TITLE_LINE_TAIL.match(text, hit.end) is not None
    )


# «СОГЛАШЕНИЕ № 12-09/24», «Договор № 01.09.24»: right after the number sign, digits shaped
# like a date are the document's number (an office often builds it of the day it registered
# it), never a date written as one — a date is written after «от», not after «№»
# «№ 12.09.24-НС» — and «№06-6995/02-08/15», the date-like part inside a number that opens
# with «№» and runs on without a space: a number, never a date
_NUMBER_BEFORE = re.compile(r"(?:№|(?<![A-Za-zА-Яа-яЁё])N)[ \t]*(?:\w+[/-])*$")


def _noise_day_month(text: str, m: re.Match[str]) -> bool:
    """«от «l» l 2024 г.», «от « 1» 1 2024 г.»: a handwritten day and month a scan's OCR read as
    specks beside the typed year — no real digit in them, or one glyph each with no dot, slash
    or hyphen between (only a quote or a space): the date is not guessed from them."""
    day, month = m.group(1), m.group(2)
    if not _real_digits(day + month):
        return True
    between = text[m.end(1) : m.start(2)]
    return len(day) == 1 and len(month) == 1 and not re.search(r"[./-]", between)


# A file name or a web address: a run without spaces where the date is glued to other
# Latin letters by «_» or stands in an address, or which ends in a file extension.
_NAME_GLUE = re.compile(r"[A-Za-z]")
_ADDRESS = re.compile(r"://|^www\.|[A-Za-z0-9-]\.[a-z]{2,6}/")
_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}$")


def _in_file_name(text: str, hit: DateHit) -> bool:
    """«sogl_2024-03-11_final.pdf», «site.ru/docs/2024/prikaz_16.09.2024.pdf»: a date inside
    a file name or an address names when a file was saved, not when the document was signed."""
    a = hit.start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = hit.end
    while b < len(text) and not text[b].isspace():
        b += 1
    token = text[a:b].rstrip('.,;:)»"')
    before, after = text[a : hit.start], text[hit.end : a + len(token)]
    if not before and not after:
        return False
    # «__08_2021_г.»: underscores of a printed form's blank, not a file name's joints; a Latin
    # letter right at the date is OCR's misreading of «г.» («0I.02.2023z.»), not a name
    glued = bool(before.endswith("_") and _NAME_GLUE.search(before.rstrip("_")[-1:])) or bool(
        after.startswith("_") and _NAME_GLUE.match(after.lstrip("_")[:1])
    )
    return glued or bool(_EXTENSION.search(after) or _ADDRESS.search(token))


@lru_cache(maxsize=4)
def _birth_patterns(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = vocab.dates.birth_words
    # a person's birth, or appointment and hiring («назначена на должность 01.09.2022»)
    before = f"{words}|{vocab.dates.career_words}"
    return (
        re.compile(rf"(?<![а-яё])(?:{before})[^\n\d]{{0,12}}$", re.IGNORECASE),
        re.compile(rf"^[ \t]*(?:г\.|года)?[ \t]*(?:{words})", re.IGNORECASE),
    )


def _birth_date(text: str, hit: DateHit, vocab: Vocabulary) -> bool:
    """«Дата рождения: 14.05.2001», «14.05.2001 г.р.»: a person's birth date, not a document's."""
    before, after = _birth_patterns(vocab)
    line_a = text.rfind("\n", 0, hit.start) + 1
    return bool(
        before.search(text, max(line_a, hit.start - 40), hit.start)
        or after.match(text[hit.end : hit.end + 24])
    )


@lru_cache(maxsize=4)
def _phone_before(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![а-яё])(?:{vocab.dates.phone_words})(?![а-яё])[^\n]*$|\)[ \t]*$", re.IGNORECASE
    )


def _phone_number(text: str, hit: DateHit, vocab: Vocabulary) -> bool:
    """«тел. (34355) 4-11-90»: digits typed with hyphens after a phone word on their line, or
    right after an area code in brackets, are a phone number, not a date."""
    if "-" not in hit.text or "." in hit.text:
        return False
    line_a = text.rfind("\n", 0, hit.start) + 1
    return bool(_phone_before(vocab).search(text, max(line_a, hit.start - 40), hit.start))


_CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}")


@lru_cache(maxsize=4)
def _specialty_before(vocab: Vocabulary) -> re.Pattern[str]:
    """«специальности », «по профессии: », «направление подготовки СПО » right before a code."""
    return re.compile(
        rf"(?<![а-яё]){vocab.dates.specialty_words}[ \t]*[:№]?[ \t]*(?-i:\(?[А-ЯЁ]{{2,4}}\)?[ \t]*)?$",
        re.IGNORECASE,
    )


def _specialty_code(text: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """«специальности 08.02.01 «Строительство и эксплуатация зданий»», «44.02.02 «Преподавание в
    начальных классах»»: a specialty's or profession's code (ОКСО «NN.NN.NN») after a word that
    names one, or followed by the specialty's quoted name (not after «от»), is never a date."""
    if not _CODE.fullmatch(m.group()):
        return False
    line_a = text.rfind("\n", 0, m.start()) + 1
    if _specialty_before(vocab).search(text, max(line_a, m.start() - 60), m.start()):
        return True
    return bool(re.match(r"[ \t]*[«\"]", text[m.end() :])) and not re.search(
        r"(?<![а-яё])от[ \t]*$", text[max(line_a, m.start() - 6) : m.start()], re.IGNORECASE
    )


# «15.10.2024, 09:47      МБДОУ … — Наставничество»: a browser's print header — the day and
# time of printing open the page's first line, the page's title after them
_PRINT_TIME = re.compile(r"[ \t]*,[ \t]*\d{1,2}:\d{2}(?![\d:])")


def _print_header(text: str, hit: DateHit) -> bool:
    """A date that opens its line with a time of day after a comma is a browser's print header
    (its URL and «1/1» page count at the foot): the day the page was printed, never the date of
    the document on it (a label before it — «Опубликовано: 14.11.2024, 16:42» — names it)."""
    line_a = text.rfind("\n", 0, hit.start) + 1
    return not text[line_a : hit.start].strip() and _PRINT_TIME.match(text, hit.end) is not None


def is_stamp(text: str, hit: DateHit) -> bool:
    """A digital-signature / certificate stamp, or the recipient's stamp of an incoming
    document («Вх. № 01-12/2284 «16» 10 2024 г.»), or a browser's print header, not the
    document's date."""
    before = text[max(0, hit.start - 60) : hit.start]
    after = text[hit.end : hit.end + 12]
    timed = re.match(r"\s*\d{1,2}:\d{2}", after) is not None and not published(text, hit)
    return (
        bool(STAMP_CONTEXT.search(before))
        or timed
        or _PDF_TIMESTAMP.match(text, hit.end) is not None
        or bool(_incoming(vocabulary()).search(before))
        or _print_header(text, hit)
    )


# «Дата: 2022.12.13 / Владимирович / 14:03:02 +03'00'»: a PDF signature appearance's time with
# its UTC offset written the PDF way (an apostrophe after the hours) — a line or two below its
# date when the appearance's columns (the signer's name beside the details) are read line by line
_PDF_TIMESTAMP = re.compile(
    r"[ \t]*(?:[^\n]{0,60}\n){0,2}[ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]*[+-]\d\d'\d\d'?"
)


@lru_cache(maxsize=4)
def _publication(vocab: Vocabulary) -> re.Pattern[str]:
    """A page's publication label, maybe the day of the week, right before the date on its line."""
    return re.compile(
        rf"(?<![а-яё])(?:{vocab.dates.publication_labels})[ \t]*:?[ \t]*"
        rf"(?:{vocab.structure.weekdays}[ \t]*,?[ \t]*)?$",
        re.IGNORECASE,
    )


def published(text: str, hit: DateHit) -> bool:
    """«Дата публикации: Пятница, 29 апреля 2022 15:54»: a news page's date of publication
    with its time — the day the page was published, not a signature's timestamp (nor, on the
    page a file is posted on, the date of the document in the file)."""
    line_a = text.rfind("\n", 0, hit.start) + 1
    return _publication(vocabulary()).search(text, line_a, hit.start) is not None


@lru_cache(maxsize=4)
def _incoming(vocab: Vocabulary) -> re.Pattern[str]:
    """The incoming stamp's word, then its number, on the date's line or the line above."""
    return re.compile(
        rf"(?<![а-яё])(?:{vocab.dates.incoming_stamp})[ \t]*(?:№[ \t]*\S+)?[ \t]*\n?[^\n]{{0,12}}$",
        re.IGNORECASE,
    )


def is_cited(text: str, hit: DateHit, floor: int = 0, window: int = 90) -> bool:
    """The date belongs to another act mentioned before it (within its clause)."""
    a = max(floor, hit.start - window)
    before = text[a : hit.start]
    # Only the current clause: cut at a blank line or a sentence end.
    # the dot of an abbreviation («в ред. от …», «с изм. от …») ends no clause
    ends = [
        e
        for e in CLAUSE_END.finditer(before)
        if not _ABBREVIATION.search(before, 0, e.end()) and not _runs_on(before, e)
    ]
    if ends:
        before = before[ends[-1].end() :]
    return bool(CITED_CONTEXT.search(before)) or _in_cited_parenthesis(text, hit, floor)


def _in_cited_parenthesis(text: str, hit: DateHit, floor: int = 0) -> bool:
    """«(постановление администрации муниципального района … от 05.03.2025 № 105/5)»: a
    parenthesis still open before the date that opens with the name of an act cites that act,
    however long its issuer's name."""
    k = open_parenthesis(text, hit.start, floor)
    return k is not None and _ACT_OPENS.match(text, k + 1, hit.start) is not None


def open_parenthesis(text: str, pos: int, floor: int = 0, reach: int = 300) -> int | None:
    """Where the parenthesis still open before ``pos`` starts (within its paragraph, at most
    ``reach`` characters back, not before ``floor``)."""
    k = text.rfind("(", max(floor, pos - reach), pos)
    if k < 0 or ")" in text[k:pos] or "\n\n" in text[k:pos]:
        return None
    return k


_ACT_OPENS = re.compile(
    r"\s*(?:приказ|распоряжени|постановлени|закон|указ|решени|письм|протокол)\w*\s",
    re.IGNORECASE,
)


_ABBREVIATION = re.compile(r"(?<![а-яё])(?:ред|изм|доп)\.$", re.IGNORECASE)
# a blank line inside a sentence: a page's OCR or a wrapped line parts «… распоряжением
# Министерства просвещения Российской Федерации» from «от 25.12.2019 № Р-145» — the line above
# breaks off on a word (no stop, no heading in capitals), the line below goes on with a word in
# lower case (not a place's «г. Череповец, 14 января 2025 года» under a title)
# (or on an issuer's abbreviation in capitals after a word in lower case on the same line: «…,
# приказа МОиН РТ» — not a heading in capitals alone on its line: «ПРИКАЗ»)
_BROKEN_OFF = re.compile(r"(?:[а-яё]|[а-яё],|[а-яё][^\n]*?[ \t][А-ЯЁ][А-Яа-яЁё]*[А-ЯЁ])[ \t]*$")
_GOES_ON = re.compile(r"\s*[а-яё][а-яёА-ЯЁ]")  # («оТ 25.12.2019»: a scan's OCR mixes cases)


def _runs_on(before: str, end: re.Match[str]) -> bool:
    """The clause end is a blank line inside one sentence (see ``_BROKEN_OFF``)."""
    return (
        end.group().startswith("\n")
        and _BROKEN_OFF.search(before, 0, end.start()) is not None
        and _GOES_ON.match(before, end.end()) is not None
    )


_DATE_BETWEEN = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?<!\d)(?:19|20)\d{2}(?!\d)")


def number_near(text: str, hit: DateHit) -> str | None:
    """The document number written next to its date («от … № 12-о» or «№ 12 от …»)."""
    after = text[hit.end : hit.end + 80]
    m = re.match(r"[\s|г.годаи,]*?(?:\s|^)*№\s*([0-9A-Za-zА-Яа-я][\w\-/.]*)", after)
    if not m:
        m = re.search(r"^[^\n]{0,60}?№\s*([0-9A-Za-zА-Яа-я][\w\-/.]*)", after)
        # «с 06.10.2025 по 17.10.2025 согласно приказу от 03.10.2025 № 96»: a number with another
        # date between is that date's
        if m and _DATE_BETWEEN.search(after, 0, m.start(1)):
            m = None
    if not m:
        before = text[max(0, hit.start - 40) : hit.start]
        m = re.search(r"№\s*([0-9A-Za-zА-Яа-я][\w\-/.]*)\s*(?:от\s*)?[«\"]?\s*$", before)
    if not m:
        return None
    num = m.group(1).rstrip(".,-/")
    return num if any(ch.isdigit() for ch in num) else None


def template_unfilled(text: str) -> re.Match[str] | None:
    return TEMPLATE_DATE.search(text)


def year_only(text: str) -> tuple[int, int, int] | None:
    """(year, start, end) of a «за 2024 год» / «2023-2024 учебный год» mention."""
    m = YEAR_ONLY.search(text)
    if not m:
        return None
    return int(m.group(1)), m.start(), m.end()
