"""What a legal portal prints around an act it publishes, which is not the act's own text.

An order copied from КонсультантПлюс, «Кодекс» or «Гарант» carries the portal's notes::

    ПРИКАЗ
    от 5 августа 2020 года N 885/390
    О практической подготовке обучающихся
    (с изменениями на 18 ноября 2020 года)
    Информация об изменяющих документах

    Список изменяющих документов
    (в ред. Приказа Минпросвещения России от 18.11.2020 N 1430/652)

Their «Информация» is no heading (the order is not a report) and their dates are amendments
or the day the page was saved, never the act's own: the notes are blanked (replaced by spaces,
offsets kept) before kind and date are read, like an e-signature stamp. A note is a line that
opens with one of the portal's phrases, or a parenthesised note on a line of its own that
opens with «в ред.», «с изменениями», «Абзац в редакции» …; the words are data
(``portal_notes`` in config/vocabulary.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifiers.dates import find_dates, line_end
from classifiers.esign import blank_spans
from classifiers.vocabulary import Vocabulary, vocabulary

_NOTE_MAX = 1500  # a note longer than this is no note (an unclosed parenthesis)
_LEFTOVER = re.compile(r"[\s.,;г]*", re.IGNORECASE)
_NOTE_OPEN = re.compile(r"\(\s*")
_PAREN = re.compile(r"[()]")


def _closing(text: str, start: int) -> int | None:
    """The position after the parenthesis that closes the one at ``start``."""
    depth = 0
    for m in _PAREN.finditer(text, start, min(len(text), start + _NOTE_MAX)):
        depth += 1 if m.group() == "(" else -1
        if depth == 0:
            return m.end()
    return None


@lru_cache(maxsize=4)
def _day_months(vocab: Vocabulary) -> re.Pattern[str]:
    """«30 июня, 7 августа, …»: days of one year listed before that year's last date."""
    return re.compile(rf"\d{{1,2}}\s+{vocab.month_alternation}(?![а-яё])", re.IGNORECASE)


def _listed_dates(line: str) -> int:
    """How many dates a line lists if it lists dates and nothing else
    («18 ноября 2020 г., 8 июля 2021 г.», «30 июня, 4 декабря 2014 г., 13 февраля 2015 г.»), else 0."""
    if not line.strip():
        return 0
    rest, last, count = [], 0, 0
    for hit in find_dates(line):
        rest.append(line[last : hit.start])
        last = hit.end
        count += 1
    rest.append(line[last:])
    if not count:
        return 0
    day_month = _day_months(vocabulary())
    for part in rest:
        count += len(day_month.findall(part))
        if not _LEFTOVER.fullmatch(day_month.sub(" ", part)):
            return 0
    return count


def _only_dates(line: str) -> bool:
    return _listed_dates(line) > 0


def note_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the portal's notes, in order."""
    vocab = vocabulary()
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        end = line_end(text, pos)
        line = text[pos:end]
        body = pos + len(line) - len(line.lstrip())
        if vocab.portal_lines.match(text, body):
            stop = end
            if line.rstrip().endswith(":"):
                # «С изменениями и дополнениями от:» and the dates listed under it
                nxt = stop + 1
                while nxt < len(text):
                    nxt_end = line_end(text, nxt)
                    following = text[nxt:nxt_end]
                    if following.strip() and not _only_dates(following):
                        break
                    if following.strip():
                        stop = nxt_end
                    nxt = nxt_end + 1
            spans.append((body, stop))
            pos = stop + 1
            continue
        listed = _listed_dates(line)
        if listed >= 2 and line.count(",") >= listed - 1:
            # the amendment dates of «С изменениями и дополнениями от:» whose heading line
            # was not copied, a list separated by commas: a document's own date is never in
            # one (the dates of two stamps side by side stand apart, without commas)
            spans.append((body, end))
            pos = end + 1
            continue
        opened = _NOTE_OPEN.match(text, body, end)
        if opened and vocab.portal_notes.match(text, opened.end()):
            close = _closing(text, body)
            if close is not None and not text[close : line_end(text, close)].strip(" \t.;"):
                spans.append((body, close))
                pos = line_end(text, close) + 1
                continue
        pos = end + 1
    return spans


def blank_notes(text: str) -> str:
    """The text with the portal's notes replaced by spaces (line breaks kept)."""
    return blank_spans(text, note_spans(text))
