"""Electronic-signature stamps printed on PDFs, which are not part of the document's own text.

School sites publish PDFs with a stamp at the top or the bottom of the first page::

    ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ
    Сертификат: 7C4E19A0B2D5F8830012AB4C
    Владелец: Иванова Мария Петровна
    Действителен: с 14.02.2024 до 09.05.2025

Its «Сертификат» is no heading (the document is not a certificate) and its dates are the
validity of the signing key, not the document's: the stamp is blanked (replaced by spaces,
so offsets stay the same) before kind and date are read. The words are data
(``signature_stamp`` in config/vocabulary.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifiers.dates import DateHit, find_dates, line_end
from classifiers.vocabulary import Vocabulary, alternation, vocabulary

_HEX = re.compile(r"^[\s:№]*(?:[0-9A-Fa-f]{2}[\s:]?){8,}\s*$")
# a line that goes on with the validity of the line above: «по 09.05.2025»
_CONTINUED = re.compile(r"^\s*(?:с|по|до)\s+[«\"]?\d", re.IGNORECASE)
# A stamp run on in one line with the text (a PDF's layer read without line breaks): the value
# of a field is a serial number, a validity or a date, or a person's name (two words, a third
# only when it is a patronymic, so that the document's own title is never taken for it).
_DAY = r"\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
_INLINE_VALUE = (
    r"(?:(?:[0-9A-Fa-f]{2}[ \t:]?){8,}"
    rf"|(?:с\s+)?{_DAY}(?:\s+(?:до|по)\s+{_DAY})?"
    r"|(?-i:[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ][а-яё]+"
    r"(?:\s+[А-ЯЁ][а-яё]+(?:вич|вна|ична|ич|оглы|кызы))?)))"
)
_INLINE_FIELDS_MIN = 2


@lru_cache(maxsize=4)
def _patterns(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    heading = re.compile(alternation(vocab.stamp_headings), re.IGNORECASE)
    field = re.compile(r"[ \t]*" + alternation(vocab.stamp_fields) + r"(?![а-яё])", re.IGNORECASE)
    # a certificate's serial number makes a stamp even without the heading
    serial = re.compile(
        r"^[ \t]*сертификат\w*\s*(?:№|:)?\s*(?:[0-9A-Fa-f]{2}[\s:]?){8,}",
        re.IGNORECASE | re.MULTILINE,
    )
    return heading, field, serial


@lru_cache(maxsize=4)
def _inline(vocab: Vocabulary) -> re.Pattern[str]:
    """The fields of a stamp run on after its heading in the same line: «… ПОДПИСЬЮ Сертификат:
    00FE… Владелец: Гудков К.Г. Действителен: с 14.09.2023 до 07.12.2024 О НАСТАВНИЧЕСТВЕ …»."""
    field = alternation(vocab.stamp_fields)
    return re.compile(
        rf"(?:[ \t]*{field}(?![а-яё])[ \t]*:?[ \t]*{_INLINE_VALUE}){{{_INLINE_FIELDS_MIN},}}",
        re.IGNORECASE,
    )


# The day of an appearance's timestamp, as readers print it: «2023.09.05», or the day, the
# month in a word (in any case: «11 Июль 2022 г.») and the year — always followed by the time.
_STAMP_DAY = (
    r"(?:(?:19|20)\d\d[./-]\d\d[./-]\d\d"
    r"|\d{1,2}[ \t]+[А-ЯЁа-яё]{3,9}\.?[ \t]+(?:19|20)\d\d(?:[ \t]*г\.?)?)"
)


@lru_cache(maxsize=4)
def _appearance(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A PDF reader's signature appearance: its opening label, its certificate's distinguished
    name and its closing timestamp «Дата: 2023.09.05 15:19:15+05'00'» (and the reader's
    «… Версия: 10.1.3» right after it)."""
    openings, markers, dates, versions = vocab.stamp_appearance
    opening = re.compile(rf"(?<![а-яёa-z]){alternation(openings)}", re.IGNORECASE)
    marker = re.compile(alternation(markers))
    stamp = re.compile(
        rf"(?<![а-яёa-z]){alternation(dates)}\s*:\s*{_STAMP_DAY}"
        r"[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[+-]\d\d'?(?:\d\d'?)?)?"
        rf"(?:[ \t]*(?:[A-Za-z][\w-]*[ \t]+){{1,3}}{alternation(versions)}\s*:\s*[\d.]+)?",
        re.IGNORECASE,
    )
    return opening, marker, stamp


# The farthest a signature appearance runs from its label to its timestamp.
_APPEARANCE_REACH = 900


def appearance_spans(text: str) -> list[tuple[int, int]]:
    """Spans of PDF readers' signature appearances printed into the text — «Подписан: … DN:
    C=RU, … CN=… Основание: … Дата: 2023.09.05 15:19:15+05'00'», often run on in one line
    with the document: the signer's certificate, a «reason» that is no grounds and the signing
    timestamp that is not the document's date. A label, a distinguished name and a timestamp
    within reach make one."""
    opening, marker, stamp = _appearance(vocabulary())
    spans: list[tuple[int, int]] = []
    for m in opening.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        end = stamp.search(text, m.end(), m.end() + _APPEARANCE_REACH)
        if end is not None and marker.search(text, m.end(), end.start()):
            spans.append((m.start(), end.end()))
    return spans


def stamp_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the signature stamps in the text: the heading on a line of its own
    and the field lines under it («Сертификат: …», «Владелец: …», «Действителен: с … по …»)."""
    heading, field, serial = _patterns(vocabulary())
    starts = sorted(
        [(m.start(), m.end(), True) for m in heading.finditer(text)]
        + [(m.start(), line_end(text, m.start()), False) for m in serial.finditer(text)]
    )
    spans: list[tuple[int, int]] = []
    for a, b, headed in starts:
        if spans and a < spans[-1][1]:
            continue
        line_a = text.rfind("\n", 0, a) + 1
        run_on = _inline(vocabulary()).match(text, b) if headed else None
        if run_on is not None:
            spans.append((a, run_on.end()))
            continue
        if text[line_a:a].strip() or text[b : line_end(text, b)].strip(" \t:"):
            continue  # words of a sentence («… может быть подписан электронной подписью»)
        end, fields, blanks = b, 0 if headed else 1, 0
        pos = line_end(text, b) + 1
        while pos < len(text):
            line_b = line_end(text, pos)
            line = text[pos:line_b]
            if not line.strip():
                blanks += 1
                if blanks > 1:
                    break
            elif field.match(line) or (fields and (_HEX.match(line) or _CONTINUED.match(line))):
                fields += 1 if field.match(line) else 0
                end, blanks = line_b, 0
            else:
                break
            pos = line_b + 1
        spans.append((a, end))
    return merge_spans(spans + appearance_spans(text))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Ordered, disjoint spans (overlapping or touching ones joined)."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the (ordered, disjoint) spans replaced by spaces: offsets and line breaks
    stay the same."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts.append(text[last:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        last = b
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=4)
def _signing_field(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(alternation(vocab.stamp_signing_fields), re.IGNORECASE)


def signing_date(text: str) -> DateHit | None:
    """The «Дата подписания» field of a headed e-signature stamp («ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ
    ПОДПИСЬЮ … Дата подписания: 12.09.2024»): the day the document was signed. Not the key's
    validity, and not a PDF reader's appearance line (a signature put on a file when it is
    published)."""
    vocab = vocabulary()
    heading = _patterns(vocab)[0]
    signed = _signing_field(vocab)
    headed = [(a, b) for a, b in stamp_spans(text) if heading.search(text, a, b)]
    for a, b in headed:
        for line in text[a:b].split("\n"):
            m = signed.match(line.strip())
            if m:
                found = find_dates(line)
                if found:
                    return found[0]
    return None


def blank_stamps(text: str) -> str:
    """The text with its signature stamps replaced by spaces (line breaks kept)."""
    return blank_spans(text, stamp_spans(text))
