"""Text normalisation shared by extraction and the classifiers.

``normalise`` makes extracted text comparable without losing its lines: NFC, no soft
hyphens, words broken at line ends joined, Latin look-alike letters inside Cyrillic words
replaced (OCR and copy-paste produce «ПPИKAЗ»), runs of spaces collapsed. ``fold`` is for
comparisons only (lower case, «ё» -> «е»); the text itself keeps its «ё».
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fix_lookalikes", "fold", "join_hyphenated", "normalise"]

# Latin letters that look like (or OCR engines confuse with) Cyrillic ones.
_LOOKALIKES = str.maketrans(
    {
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
        "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
        "a": "а", "b": "ь", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м",
        "n": "п", "o": "о", "p": "р", "r": "г", "t": "т", "u": "и", "x": "х", "y": "у",
    }
)  # fmt: skip

# Only words that mix both scripts (the lookaheads keep the Python callback off clean words).
_MIXED_WORD = re.compile(
    r"(?<![A-Za-z\u0400-\u04ff])"
    r"(?=[A-Za-z\u0400-\u04ff]*[A-Za-z])(?=[A-Za-z\u0400-\u04ff]*[\u0400-\u04ff])"
    r"[A-Za-z\u0400-\u04ff]+"
)
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC_LETTERS = re.compile(r"[\u0400-\u04ff]")
_LOOKALIKE_WORD = re.compile(
    # not inside addresses: no letter, digit or URL/e-mail punctuation on either side
    r"(?<![\w./:@\\-])[ABCEHKMOPTXYabcehkmnoprtuxy]{2,}(?![\w./:@\\-])"
)
# Whitespace other than line breaks (tabs, NBSP, typographic spaces) becomes a plain space;
# zero-width characters and soft hyphens go. str.translate does both in one C pass.
_TRANSLATE: dict[int, str | None] = {
    **dict.fromkeys(map(ord, "\t\u00a0\u1680\u202f\u205f\u3000"), " "),
    **dict.fromkeys(range(0x2000, 0x200B), " "),
    **dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None),
    ord("\f"): "\n\n",
    ord("\r"): "\n",
    0x2028: "\n",
    0x2029: "\n",
}
_SPACE_RUNS = re.compile(" {2,}")
# A word broken at the line end: letter, hyphen, line break, lower-case letter. OCR sets the
# lines of a scan apart with a blank line, so one blank line may come between the halves. The
# pattern starts with the hyphen so the regex engine can skip to candidates quickly.
_HYPHENATED = re.compile(
    r"[-\u2010\u2011](?<=[^\W\d_][-\u2010\u2011]) *\n(?:[ \t]*\n)?[ \t]*(?=[a-zа-яё])"
)
_BLANK_LINES = re.compile(r"\n{3,}")


def join_hyphenated(text: str) -> str:
    """Join words broken with a hyphen at a line end («настав-\nничества» -> «наставничества»)."""
    return _HYPHENATED.sub("", text)


def fix_lookalikes(text: str) -> str:
    """Replace Latin look-alike letters inside words that also contain Cyrillic letters.

    In a line that is mostly Cyrillic, a word of two or more letters made only of look-alike
    Latin letters is also Cyrillic misread by OCR («oT 12.09.2024» -> «оТ 12.09.2024»);
    single letters («N 12») and words with other Latin letters («Word», «e-mail») stay.
    """
    if not _LATIN.search(text):
        return text
    text = _MIXED_WORD.sub(lambda match: match.group(0).translate(_LOOKALIKES), text)
    if _mostly_cyrillic(text):
        text = _LOOKALIKE_WORD.sub(lambda match: match.group(0).translate(_LOOKALIKES), text)
    return text


def _mostly_cyrillic(line: str) -> bool:
    cyrillic = len(_CYRILLIC_LETTERS.findall(line))
    latin = len(_LATIN.findall(line))
    return cyrillic >= 3 * latin and cyrillic >= 8


def normalise(text: str) -> str:
    """Clean extracted text for matching; keeps line breaks (classifiers work on lines)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").translate(_TRANSLATE)
    text = join_hyphenated(text)
    text = "\n".join(fix_lookalikes(line) for line in text.split("\n"))
    text = _SPACE_RUNS.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def fold(text: str) -> str:
    """Case- and «ё»-insensitive form for comparisons (not for display)."""
    return text.lower().replace("ё", "е")
