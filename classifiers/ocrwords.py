"""Words a scan's OCR spelled with Latin strokes and digits, read back with the dictionary.

Tesseract reads one Cyrillic letter as several look-alike characters («JI» for «Л», «bI» for
«Ы», «IO» for «Ю», «3» for «З»): «IIPИKA3», «ПOJIOЖEHИE», «cлyжбbI». The single-letter
look-alikes of ``evidence.textnorm.fix_lookalikes`` cannot undo that. Here only suspicious
words are read again — a word with a Latin letter, a digit, an apostrophe or a pipe among its
letters — with the readings of ``config/ocr_confusions.yaml``, and a reading is kept only when
pymorphy3 knows the word it gives. Clean words never reach Python code; codes («АЗ-1128/08»),
addresses, numbers, dates, Latin words and Roman numerals are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from classifiers.morph import analyzer
from classifiers.vocabulary import config_dir
from config.yamlfile import load_yaml

__all__ = ["repair_words"]

# A word of two or more characters with something other than Cyrillic letters in it (the
# first lookahead, possessive so that a clean word fails at once) and a letter (the second),
# not part of an address, a path, a code or a number: no word character, dot, slash, colon or
# «@» next to it, no hyphen between it and a digit or a word.
_TOKEN = re.compile(
    r"\b(?<![\w'|./:@\\])(?<!\d-)"
    r"(?=[а-яёА-ЯЁ]*+[A-Za-z\d'|])(?=[\w'|]*[^\W\d_])"
    r"[^\W_][\w'|]*[^\W_]"
    r"(?![\w'|/:@\\]|[.\-]\w)"
)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_ROMAN = re.compile(r"[IVXLCDM]+")
# «30июня», «ПК2024»: a number glued to a word is a number, not letters
_NUMBER_EDGE = re.compile(r"^\d\d|\d\d$")
# characters that are neither a Cyrillic nor a single look-alike letter: a word of Latin
# letters only is read as Cyrillic when it has one of them («TIOP'JIOK», not «TOP»)
_STROKES = frozenset("ijl|'0123456789")
# strokes that OCR makes of upper-case letters: they say nothing of the word's case
_CASELESS = frozenset("IlJ|'")
# a reading of more candidate words than this is given up (a long word of many strokes)
_MAX_CANDIDATES = 256


@dataclass(frozen=True)
class Confusions:
    readings: dict[str, tuple[str, ...]]  # what OCR wrote (lower case) -> what it may stand for
    longest: int
    alphabet: frozenset[str]  # every character a reading starts from
    min_letters: int


@lru_cache(maxsize=4)
def confusions(folder: Path) -> Confusions:
    data = load_yaml(folder / "ocr_confusions.yaml") or {}
    raw = {str(k).lower(): tuple(str(v) for v in vs) for k, vs in data["readings"].items()}
    single = {k: v for k, v in raw.items() if len(k) == 1 and _LATIN.match(k)}
    readings = dict(raw)
    # «bI» is also «ьI» once normalisation turned the look-alike «b» into «ь»
    for key, letters in raw.items():
        if len(key) > 1:
            for variant in _variants(key, single):
                readings.setdefault(variant, letters)
    return Confusions(
        readings=readings,
        longest=max(map(len, readings)),
        alphabet=frozenset("".join(raw)),
        min_letters=int(data.get("min_letters", 3)),
    )


def _variants(key: str, single: dict[str, tuple[str, ...]]) -> list[str]:
    out = [""]
    for ch in key:
        out = [v + c for v in out for c in (ch, *single.get(ch, ()))]
    return out[1:]


def repair_words(text: str) -> str:
    """The text with the OCR-broken words the dictionary recognises spelled in Cyrillic."""
    folder = config_dir()
    cyrillic_doc: list[bool] = []  # computed once, and only if a Latin-only word turns up

    def one(m: re.Match[str]) -> str:
        token = m.group()
        if not _CYRILLIC.search(token):
            low = token.lower()
            if (
                _ROMAN.fullmatch(token)
                or not _STROKES.intersection(low)
                or not confusions(folder).alphabet.issuperset(low)
            ):
                return token
            if not cyrillic_doc:
                cyrillic_doc.append(_mostly_cyrillic(text))
            if not cyrillic_doc[0]:
                return token
        return _read(token, folder) or token

    return _TOKEN.sub(one, text)


def _mostly_cyrillic(text: str) -> bool:
    return len(_CYRILLIC.findall(text)) >= 3 * len(_LATIN.findall(text))


@lru_cache(maxsize=50_000)
def _read(token: str, folder: Path) -> str | None:
    """The dictionary word the token stands for, in the token's case; None if there is none."""
    if _NUMBER_EDGE.search(token):
        return None
    conf = confusions(folder)
    known = analyzer().word_is_known
    low = token.lower()
    # «3раза», «класс6»: a digit glued to a whole word is a number, not a letter of it
    if (low[0].isdigit() and known(low[1:])) or (low[-1].isdigit() and known(low[:-1])):
        return None
    for i, word in enumerate(_candidates(low, conf)):
        if i >= _MAX_CANDIDATES:
            break
        if len(word) >= conf.min_letters and word != low and known(word):
            return _cased(word, token)
    return None


def _candidates(word: str, conf: Confusions) -> Iterator[str]:
    """Every reading of the word, longer strokes tried first (depth first, lazily)."""
    if not word:
        yield ""
        return
    for k in range(min(conf.longest, len(word)), 0, -1):
        for letters in conf.readings.get(word[:k], ()):
            for rest in _candidates(word[k:], conf):
                yield letters + rest
    if _CYRILLIC.match(word[0]):
        for rest in _candidates(word[1:], conf):
            yield word[0] + rest


def _cased(word: str, token: str) -> str:
    """«ПРИКАЗ» for «IIPИKA3», «служба» for «cлyжбa», «Приказ» for «IIpикa3»."""
    letters = [c for c in token if c.isalpha() and c not in _CASELESS]
    upper = sum(c.isupper() for c in letters)
    if upper > len(letters) - upper or (not letters and token.isupper()):
        return word.upper()
    if token[0].isupper():
        return word[:1].upper() + word[1:]
    return word
