"""One document's text prepared for the rules: OCR repairs for matching, lemmas, lexicon hits."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from classifiers.esign import blank_stamps, merge_spans
from classifiers.lexicon import Lexicon
from classifiers.morph import tokens
from classifiers.ocrwords import repair_words
from classifiers.portal import blank_notes
from evidence.textnorm import join_hyphenated

# OCR renderings of the number sign «№» (seen in scans of school orders) — only before digits.
_NUMSIGN = re.compile(
    r"(?<![А-Яа-яЁёA-Za-z])(?:№|в„–|J\\Ъ|J\\Гs|Jtlb|JФ|ЛЪ|Л°|NЬ|NЪ|Nо|No|Nº|N°|N)(?=\s*[0-9OОlI|З]\s*[\d\-]?)"
)
_SPACED_WORD = re.compile(r"(?<![А-Яа-яЁё])((?:[А-ЯЁа-яё] ){3,}[А-ЯЁа-яё])(?![А-Яа-яЁё])")
# A date letter-spaced like the heading above it («0 1 . 0 9 . 2 0 2 4»): digits and dots
# one space apart, read whole when they make «DD.MM.YYYY».
_SPACED_DIGITS = re.compile(r"(?<![\d.])(?<![\d.] )\d(?: [\d.]){7,9}(?![ ]?[\d.])")
_WHOLE_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}")


def _spaced_date(m: re.Match[str]) -> str:
    joined = m.group().replace(" ", "")
    return joined if _WHOLE_DATE.fullmatch(joined) else m.group()


def repair(text: str) -> str:
    """Text for matching: the same length and offsets as far as possible, e-signature stamps
    and legal portals' notes blanked, «№» restored, hyphenated words and letter-spaced headings
    («П Р И К А З») and dates joined (offsets shift there; snippets are taken from the
    repaired text)."""
    text = text.replace("\ufeff", "").replace("\xa0", " ")
    text = blank_stamps(text)  # an e-signature stamp is not the document's own text
    text = blank_notes(text)  # nor a legal portal's notes («Информация об изменяющих …»)
    text = _NUMSIGN.sub("№", text)
    # words broken at a line end, also across the blank line OCR puts between the lines of a
    # scan («настав-\n\nничества»), in text extracted before ``normalise`` joined those
    text = join_hyphenated(text)
    text = _SPACED_DIGITS.sub(_spaced_date, text)
    text = _SPACED_WORD.sub(lambda m: m.group(1).replace(" ", ""), text)
    return repair_words(text)


def _fuzzy_ok(word: str, stem: str) -> bool:
    """A truncated or OCR-damaged form of a word that starts with the stem («наставниче», «наставннчества»)."""
    return len(word) >= len(stem) + 2


# a word glued to the one before it by text extraction («организациинаставничества»): the
# stem after a whole word of at least this many letters
_GLUED_PREFIX = 6


def _glued(word: str, stem: str) -> bool:
    """The stem opens the second of two words extracted without the space between them."""
    i = word.find(stem, _GLUED_PREFIX)
    return i != -1 and _fuzzy_ok(word[i:], stem)


@dataclass
class Doc:
    """The repaired text and lazily computed views of it."""

    text: str
    lexicon: Lexicon
    _group_cache: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # Spans that speak of other acts (an order's preamble, quoted titles of cited acts):
    # their words do not make the document about anything.
    exclude: list[tuple[int, int]] = field(default_factory=list)
    _ex_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, raw: str, lexicon: Lexicon) -> Doc:
        return cls(repair(raw), lexicon)

    @cached_property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")

    @cached_property
    def toks(self) -> list[tuple[str, int, int]]:
        return tokens(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [t[1] for t in self.toks]

    def token_index(self, pos: int) -> int:
        return bisect_left(self._starts, pos)

    def hits(self, group: str) -> list[tuple[int, int]]:
        """(start, end) character spans of the group's terms in the whole text."""
        if group not in self._group_cache:
            found = self._find(self.lexicon.terms(group))
            if self.exclude:
                found = [h for h in found if not self.excluded(h[0])]
            self._group_cache[group] = found
        return self._group_cache[group]

    def set_exclusions(self, spans: list[tuple[int, int]]) -> None:
        self.exclude = merge_spans(spans)
        self._ex_starts = [a for a, _ in self.exclude]
        self._group_cache.clear()

    def excluded(self, pos: int) -> bool:
        i = bisect_right(self._ex_starts, pos) - 1
        return i >= 0 and pos < self.exclude[i][1]

    def hits_in(self, group: str, start: int, end: int) -> list[tuple[int, int]]:
        return [h for h in self.hits(group) if start <= h[0] < end]

    def _find(self, terms: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
        if not terms:
            return []
        gap = self.lexicon.phrase_gap
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for term in terms:
            by_first.setdefault(term[0], []).append(term)
        toks = self.toks
        found: list[tuple[int, int]] = []
        stems = [t[0][:-1] for t in terms if len(t) == 1 and t[0].endswith("*")]
        for i, (lem, start, end) in enumerate(toks):
            if stems and lem not in by_first:
                word = self.lower[start:end]
                if any(
                    (word.startswith(st) and _fuzzy_ok(word, st)) or _glued(word, st)
                    for st in stems
                ):
                    found.append((start, end))
                    continue
            for term in by_first.get(lem, ()):
                if len(term) == 1:
                    found.append((start, end))
                    break
                j, k, last = i + 1, 1, end
                while k < len(term) and j < len(toks) and j <= i + k + gap * k:
                    if toks[j][0] == term[k]:
                        last = toks[j][2]
                        k += 1
                    j += 1
                if k == len(term):
                    found.append((start, last))
                    break
        return found

    def snippet(self, start: int, end: int, width: int = 300) -> str:
        """Verbatim text around a span, whitespace squeezed, at most ``width`` characters."""
        pad = max(0, (width - (end - start)) // 2)
        a = max(0, start - pad)
        b = min(len(self.text), end + pad)
        if a > 0:
            sp = self.text.find(" ", a, start) if start > a else -1
            a = sp + 1 if sp != -1 else a
        out = re.sub(r"\s+", " ", self.text[a:b]).strip()
        return out[:width]


# «… от 08.04.2022 № 581 «Об организации работы по мониторингу …»» — the quoted title of a cited act.
_CITED_TITLE = re.compile(r"(?:№\s*[\w\-/.]+|\d{4}\s*(?:г\.|года)?)\s*[«\"“]([^»\"”]{5,400})[»\"”]")


def cited_titles(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _CITED_TITLE.finditer(text)]
