"""Russian lemmas (pymorphy3), cached: one analyzer per process, one lookup per word form."""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

_WORD = re.compile(r"[а-яёa-z]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The normal form of one word (lower case, ё folded to е)."""
    w = word.lower().replace("ё", "е")
    if not re.fullmatch(r"[а-я]+", w) or len(w) < 3:
        return w
    return str(analyzer().parse(w)[0].normal_form).replace("ё", "е")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(lemma, start, end) of every word of the text."""
    return [(lemma(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def lemmas_of(phrase: str) -> tuple[str, ...]:
    return tuple(lemma(m.group()) for m in _WORD.finditer(phrase))
