"""Plain text: BOMs first, then strict UTF-8, then charset-normalizer (cp1251 is common)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from evidence.extract.base import Context, Text

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Cyrillic single-byte code pages worth trying before charset-normalizer's general guess.
_RUSSIAN = ("cp1251", "koi8_r", "cp866")
_COMMON = set("оеаинтсрвлкмдпуяыьгзбчй")


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown charset, preferring the encodings Russian files use."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    scores = {encoding: _russian_score(data, encoding) for encoding in _RUSSIAN}
    encoding = max(scores, key=lambda e: scores[e])
    if scores[encoding] < 0.4:  # not Russian text: let charset-normalizer guess
        best = from_bytes(data[:200_000]).best()
        encoding = best.encoding if best is not None else "cp1251"
    return data.decode(encoding, errors="replace")


def extract_text(data: bytes, ctx: Context) -> Text:
    return Text(decode_text(data))


def _russian_score(data: bytes, encoding: str) -> float:
    """Share of letters that are the commonest lower-case Russian letters (~0.6 in prose)."""
    text = data[:20_000].decode(encoding, errors="replace")
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.lower() in _COMMON) / len(letters)
