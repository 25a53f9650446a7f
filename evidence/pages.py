"""Document links on a web page, scored against what the criterion asks for.

When a school gave a page instead of a document, the report lists the links on that page
that look like documents (file extensions, download handlers, file cards, cloud shares),
best match to the criterion's query first, so the school sees which link it should have
given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from evidence.fetch.html import Link
from evidence.models import Candidate

DOCUMENT_EXTENSIONS = frozenset(
    {
        "pdf",
        "doc",
        "docx",
        "rtf",
        "odt",
        "xls",
        "xlsx",
        "ods",
        "jpg",
        "jpeg",
        "png",
        "tif",
        "tiff",
        "zip",
        "rar",
        "7z",
        "pptx",
        "ppt",
    }
)
_DOWNLOAD_PATH = re.compile(
    r"/(?:file/card|download|downloads?/|files?/get|getfile|get_file|attachment|upload/iblock)|"
    r"[?&](?:download|file_?id|fileid|attachment_id)=",
    re.IGNORECASE,
)
_CLOUD_SHARE = re.compile(
    r"^https?://(?:disk\.yandex\.\w+/(?:i|d)/|yadi\.sk/|drive\.google\.com/(?:file/d/|open\?|uc\?)|"
    r"drive\.google\.com/drive/(?:u/\d+/)?folders/|"
    r"docs\.google\.com/(?:document|spreadsheets|presentation)/d/|cloud\.mail\.ru/public/)",
    re.IGNORECASE,
)


def link_extension(url: str) -> str:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def is_document_link(link: Link | str) -> bool:
    href = link if isinstance(link, str) else link.href
    if not href.lower().startswith(("http://", "https://")):
        return False
    if link_extension(href) in DOCUMENT_EXTENSIONS:
        return True
    if _CLOUD_SHARE.match(href):
        return True
    if _DOWNLOAD_PATH.search(href):
        return True
    return isinstance(link, Link) and link.download


def document_links(links: Iterable[Link]) -> list[Link]:
    """Document-like links, first occurrence of each URL kept (in page order)."""
    seen: set[str] = set()
    out: list[Link] = []
    for link in links:
        if link.href in seen or not is_document_link(link):
            continue
        seen.add(link.href)
        out.append(link)
    return out


def _norm(text: str) -> str:
    text = text.lower().replace("ё", "е")
    return re.sub(r"[_\-+.%/]+", " ", text).strip()


_STOPWORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "на",
        "о",
        "об",
        "от",
        "по",
        "с",
        "со",
        "к",
        "для",
        "из",
        "за",
        "при",
        "до",
        "а",
        "или",
        "не",
        "the",
        "of",
    ]
)
_TRANSLIT = dict(
    zip(
        "абвгдезийклмнопрстуфхцчшщыэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sch",
            "y",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_TRANSLIT.update({"ж": "zh", "ь": "", "ъ": ""})
_WORD = re.compile(r"[0-9a-zа-я]+")


def _stem(word: str) -> str:
    # Crude but language-agnostic: Russian inflection lives in the last two or three letters.
    return word if len(word) <= 5 else word[: max(5, len(word) - 3)]


def _translit(word: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in word)


def _coverage(query_words: list[str], label: str) -> float:
    """Share of the query's words found in the label (first word — the document kind — counts double)."""
    label_stems = [_stem(w) for w in _WORD.findall(label)]
    if not query_words or not label_stems:
        return 0.0
    total = got = 0.0
    for i, word in enumerate(query_words):
        weight = 2.0 if i == 0 else 1.0
        total += weight
        variants = {_stem(word), _stem(_translit(word))}
        best = max(fuzz.ratio(v, s) for v in variants for s in label_stems)
        if best >= 75:
            got += weight * best / 100
    return got / total


def link_label(link: Link) -> str:
    name = unquote(urlsplit(link.href).path.rsplit("/", 1)[-1])
    if "." in name:
        name = name.rsplit(".", 1)[0]
    return " ".join(p for p in (link.text, link.title, name) if p)


def score_candidates(links: Iterable[Link], query: str, top: int = 5) -> list[Candidate]:
    """The best ``top`` document links for ``query`` (score 0..1, higher is better).

    The score is the share of the query's words present in the link text, its title and its
    file name (stems, transliteration for Latin file names), plus a small fuzzy-similarity
    term that breaks ties; page order breaks the rest.
    """
    q = _norm(query)
    query_words = [w for w in _WORD.findall(q) if w not in _STOPWORDS and len(w) > 1]
    scored: list[tuple[float, int, Link]] = []
    for i, link in enumerate(document_links(links)):
        label = _norm(link_label(link))
        if q and label:
            score = (
                0.85 * _coverage(query_words, label) + 0.15 * fuzz.token_set_ratio(q, label) / 100
            )
        else:
            score = 0.0
        scored.append((score, i, link))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [
        Candidate(
            url=link.href,
            text=(link.text or link.title or link_label(link))[:200],
            score=round(s, 3),
        )
        for s, _, link in scored[:top]
    ]
