"""What a document is, judged from its own heading and structure (not from acts it cites).

Order of evidence:
1. the imperative of an order («ПРИКАЗЫВАЮ») before any «Приложение к приказу» -> an order
   (an order carrying its approved regulation as an appendix is still an order);
2. «постановляет / постановляю» under a ПОСТАНОВЛЕНИЕ heading -> a resolution (other);
3. «Приложение … к приказу …» opening the text -> the appendix: the kind of its own title
   (usually a regulation), flagged ``appendix_of_order``;
4. otherwise the first heading of the text that is not part of an approval stamp
   («УТВЕРЖДАЮ … Приказ № 5 от …» belongs to the stamp of a regulation);
5. otherwise structure alone: parties «именуемое в дальнейшем» -> agreement, «Настоящее
   положение» -> regulation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evidence.models import DocKind

HEAD_CHARS = 4000

# keyword regex -> (kind, subtype)
_HEADINGS: tuple[tuple[str, DocKind, str], ...] = (
    (r"приказ", DocKind.ORDER, "приказ"),
    (r"распоряжение", DocKind.ORDER, "распоряжение"),
    (r"постановление", DocKind.OTHER, "постановление"),
    (r"пользовательское\s+соглашение", DocKind.OTHER, "пользовательское соглашение"),
    (r"согласие\s+на\s+обработку", DocKind.OTHER, "согласие на обработку данных"),
    (r"договор", DocKind.AGREEMENT, "договор"),
    (r"соглашение", DocKind.AGREEMENT, "соглашение"),
    (r"(?:информационная\s+|аналитическая\s+)?справка", DocKind.REPORT, "справка"),
    (r"(?:аналитический\s+|информационный\s+)?отч[её]т", DocKind.REPORT, "отчёт"),
    (r"(?:аналитическая\s+записка|анализ)", DocKind.REPORT, "анализ"),
    (r"(?:информация|результаты\s+мониторинга)", DocKind.REPORT, "информация"),
    (r"мониторинг", DocKind.REPORT, "мониторинг"),
    (r"положение", DocKind.REGULATION, "положение"),
    (
        r"(?:персонализированная|индивидуальная|персональная)\s+программа",
        DocKind.PROGRAMME,
        "программа",
    ),
    (r"план\s+(?:работы\s+)?(?:наставника|наставничества)\s+с", DocKind.PROGRAMME, "программа"),
    (r"(?:персонализированный|индивидуальный)\s+план", DocKind.PROGRAMME, "программа"),
    (r"план\s+(?:индивидуального|персонального)\s+развития", DocKind.PROGRAMME, "программа"),
    (r"программа", DocKind.PROGRAMME, "программа"),
    (r"удостоверение", DocKind.CERTIFICATE, "удостоверение"),
    (r"сертификат", DocKind.OTHER, "сертификат"),
    (r"диплом", DocKind.OTHER, "диплом"),
    (r"(?:почетная\s+|почётная\s+)?грамота", DocKind.OTHER, "грамота"),
    (r"благодарственное\s+письмо", DocKind.OTHER, "благодарственное письмо"),
    (r"протокол", DocKind.OTHER, "протокол"),
    (r"дорожная\s+карта", DocKind.OTHER, "дорожная карта"),
    (r"план(?:\s+мероприятий|\s+работы)?", DocKind.OTHER, "план"),
    (r"акт", DocKind.OTHER, "акт"),
)
_HEADING_RE = re.compile(
    r"(?<![А-Яа-яЁё])[«\"“]?(" + "|".join(f"(?:{p})" for p, _, _ in _HEADINGS) + r")(?![А-Яа-яЁё])",
    re.IGNORECASE,
)
_HEADING_PATTERNS = [
    (re.compile(rf"^{p}$", re.IGNORECASE | re.DOTALL), k, s) for p, k, s in _HEADINGS
]

IMPERATIVE = re.compile(
    r"(?<![а-яё])(прик[аa]з[ыьъ]в[аa][юо]|обязываю|распоряжаюсь)(?![а-яё])", re.IGNORECASE
)
RESOLVES = re.compile(r"(?<![а-яё])постановля(?:ю|ет|ем)(?![а-яё])", re.IGNORECASE)
APPENDIX = re.compile(
    r"приложение\s*(?:№\s*\d+[а-я]?\s*|\d+\s*)?[,.]?\s*(?:к\s+настоящему\s+|к\s+)"
    r"(приказу|распоряжению|постановлению)",
    re.IGNORECASE,
)
STAMP_BEFORE = re.compile(
    r"(утвержд\w*|утверждаю|принят\w*|введен\w*|согласован\w*|приложени\w*|рассмотрен\w*)",
    re.IGNORECASE,
)
PARTIES = re.compile(
    r"именуем\w*\s+в\s+дальнейшем|\(\s*далее\s*(?:по\s+тексту\s*)?[-–—]|с\s+одной\s+стороны",
    re.IGNORECASE,
)
BODY_MARK = re.compile(
    r"(в\s+соответствии|на\s+основании|во\s+исполнение|в\s+целях|с\s+целью|руководствуясь|согласно|"
    r"в\s+связи\s+с|"
    r"приказываю|постановля\w+|именуем\w*\s+в\s+дальнейшем|\n\s*1\.\s*общие\s+положения|"
    r"\n\s*1\.\s+\S|общие\s+положения|пояснительная\s+записка|настоящ\w+\s+(?:положение|программа))",
    re.IGNORECASE,
)
_LOWER_BEFORE = re.compile(r"[а-яё,]\s*$")


@dataclass(frozen=True)
class Heading:
    kind: DocKind
    subtype: str
    start: int
    end: int


@dataclass(frozen=True)
class KindResult:
    kind: DocKind
    subtype: str
    heading: Heading | None
    title_start: int  # where the document's own title block starts (heading or text start)
    title_end: int  # where its body starts
    reason: str
    confidence: float
    flags: tuple[str, ...] = ()


def _classify_word(word: str) -> tuple[DocKind, str]:
    w = re.sub(r"\s+", " ", word.strip(' «"“'))
    for pat, kind, sub in _HEADING_PATTERNS:
        if pat.match(w):
            return kind, sub
    return DocKind.OTHER, w.lower()


def headings(text: str, limit: int = HEAD_CHARS) -> list[Heading]:
    """Words that stand as a document's heading (line start, CAPITALS, or followed by a date/№),
    excluding those inside an approval stamp."""
    out: list[Heading] = []
    head = text[:limit]
    for m in _HEADING_RE.finditer(head):
        word = m.group(1)
        start, end = m.start(1), m.end(1)
        line_begin = head.rfind("\n", 0, start) + 1
        at_line_start = head[line_begin:start].strip(' \t«"“') == ""
        letters = [c for c in word if c.isalpha()]
        upper = len(letters) >= 3 and all(c.isupper() for c in letters)
        after = head[end : end + 25]
        before = head[max(0, start - 40) : start]
        marked = bool(re.match(r"\s*(?:от\s+)?(?:[«\"]?\s*\d|№|N\s*\d)", after))
        capital = word[0].isupper() and not _LOWER_BEFORE.search(before)
        if not (at_line_start or upper or marked or capital):
            continue
        if _LOWER_BEFORE.search(before) and not (at_line_start or upper):
            continue
        kind, sub = _classify_word(word)
        if kind is DocKind.ORDER and not (upper or marked):
            # «Приказ Минпросвещения России от …» opening a line of a list of grounds is a
            # cited act; a document's own heading stands alone or is followed by its number.
            rest = head[end : head.find("\n", end) if head.find("\n", end) != -1 else len(head)]
            if rest.strip(" .:") and not IMPERATIVE.search(head[end : end + 3000]):
                continue
        # «УТВЕРЖДАЮ … Приказ № 5 от …», «протокол № 1» — the stamp of another document.
        in_stamp = bool(STAMP_BEFORE.search(head[max(0, start - 120) : start]))
        order_follows = bool(IMPERATIVE.search(head[end : end + 1500]))
        if (
            in_stamp
            and (marked or kind is DocKind.ORDER)
            and not (kind is DocKind.ORDER and order_follows)
        ):
            continue
        out.append(Heading(kind, sub, start, end))
    return out


def _body_start(text: str, start: int, limit: int = 600) -> int:
    m = BODY_MARK.search(text, start, start + limit)
    return m.start() if m else min(len(text), start + limit)


def detect_kind(text: str) -> KindResult:
    head = text[:HEAD_CHARS]
    imp = IMPERATIVE.search(text, 0, 12000)
    app = APPENDIX.search(head)
    if app:
        line_begin = head.rfind("\n", 0, app.start()) + 1
        if app.start() > 600 and head[line_begin : app.start()].strip():
            app = None
    found = headings(head)

    if imp and (app is None or imp.start() < app.start()):
        before = [h for h in found if h.start < imp.start()]
        order = next((h for h in before if h.kind is DocKind.ORDER), None)
        resolution = next((h for h in before if h.subtype == "постановление"), None)
        if (
            resolution
            and (order is None or resolution.start < order.start)
            and RESOLVES.search(text)
        ):
            return _resolution(text, resolution)
        start = order.start if order else 0
        sub = order.subtype if order else "приказ"
        return KindResult(
            DocKind.ORDER,
            sub,
            order,
            start,
            _body_start(text, order.end if order else 0),
            f"распорядительная часть «{imp.group()}»",
            0.95 if order else 0.85,
        )

    res = RESOLVES.search(head)
    if res:
        resolution = next((h for h in found if h.subtype == "постановление"), None)
        if resolution and resolution.start < res.start():
            return _resolution(text, resolution)

    if app:
        after = [h for h in found if h.start > app.end() and h.kind is not DocKind.ORDER]
        own = after[0] if after else None
        kind = own.kind if own else DocKind.OTHER
        if own is None and re.search(r"общие\s+положения|настоящее\s+положение", text[:6000], re.I):
            kind = DocKind.REGULATION
        start = own.start if own else app.end()
        return KindResult(
            kind,
            own.subtype if own else "приложение",
            own,
            start,
            _body_start(text, own.end if own else app.end()),
            "приложение к приказу: «" + " ".join(app.group().split()) + "»",
            0.85,
            ("appendix_of_order",),
        )

    if found:
        first = found[0]
        # A page whose first line names an agreement but whose text is a consent form.
        kind, sub = first.kind, first.subtype
        conf = 0.9 if kind is not DocKind.ORDER else 0.75
        if kind is DocKind.AGREEMENT and not PARTIES.search(text[:8000]):
            if re.search(r"персональн\w+\s+данн", text[:6000], re.I) and re.search(
                r"согласи|пользовател", text[:6000], re.I
            ):
                kind, sub, conf = DocKind.OTHER, "пользовательское соглашение", 0.8
            else:
                conf = 0.7
        if kind is DocKind.CERTIFICATE and re.search(
            r"сертификат\s+участника|принял\w*\s+участие|за\s+участие", text[:3000], re.I
        ):
            kind, sub = DocKind.OTHER, "сертификат"
        return KindResult(
            kind,
            sub,
            first,
            first.start,
            _body_start(text, first.end),
            f"заголовок документа «{text[first.start : first.end]}»",
            conf,
        )

    if PARTIES.search(text[:8000]):
        m = PARTIES.search(text)
        assert m is not None
        return KindResult(
            DocKind.AGREEMENT,
            "договор",
            None,
            0,
            m.start(),
            "стороны «именуемое в дальнейшем»",
            0.7,
        )
    if re.search(r"настоящее\s+положение", text[:6000], re.I):
        return KindResult(
            DocKind.REGULATION,
            "положение",
            None,
            0,
            _body_start(text, 0),
            "«Настоящее положение»",
            0.6,
        )
    return KindResult(
        DocKind.OTHER, "", None, 0, _body_start(text, 0), "заголовок документа не распознан", 0.5
    )


def _resolution(text: str, h: Heading) -> KindResult:
    return KindResult(
        DocKind.OTHER,
        "постановление",
        h,
        h.start,
        _body_start(text, h.end),
        "заголовок «ПОСТАНОВЛЕНИЕ» и «постановляет»",
        0.9,
    )
