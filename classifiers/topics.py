"""Is the document about what the criterion needs? Checks named in config/topics.yaml."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from classifiers.doctype import KindResult, imperative
from classifiers.document import Doc
from classifiers.vocabulary import Vocabulary, vocabulary
from evidence.models import DocKind


@dataclass(frozen=True)
class TopicResult:
    ok: bool
    message_key: str = ""
    values: dict[str, str] = field(default_factory=dict)
    span: tuple[int, int] | None = None
    review: str | None = None  # message key of a doubt that needs a human look
    details: dict[str, Any] = field(default_factory=dict)


PASS = TopicResult(True)


def _audience_words(c: TopicContext, key: str) -> str:
    """«педагогических работников» / «обучающихся» (config/messages.yaml)."""
    return c.doc.lexicon.message(f"audience_{key}")


def _form_words(c: TopicContext, key: str) -> str:
    """«учитель – учитель» / «ученик – ученик»; another form's own words as found."""
    name = f"form_{key}"
    return c.doc.lexicon.message(name) if name in c.doc.lexicon.messages else key


@dataclass
class TopicContext:
    doc: Doc
    kind: KindResult
    rule: dict[str, Any]

    @property
    def title_zone(self) -> tuple[int, int]:
        start = self.kind.title_start
        end = max(self.kind.title_end, start + 200)
        return start, min(end, start + 600, len(self.doc.text))

    def near(
        self, group_a: str, group_b: str, window: int = 8, after_only: bool = False
    ) -> list[tuple[int, int]]:
        """Spans of group_a hits with a group_b hit within ``window`` words."""
        doc = self.doc
        b_idx = [doc.token_index(s) for s, _ in doc.hits(group_b)]
        out = []
        for s, e in doc.hits(group_a):
            i = doc.token_index(s)
            lo = i if after_only else i - window
            if any(lo <= j <= i + window and j != i for j in b_idx):
                out.append((s, e))
        return out


def _mentoring(c: TopicContext) -> TopicResult:
    hits = c.doc.hits("mentoring")
    a, b = c.title_zone
    in_title = [h for h in hits if a <= h[0] < b]
    # Mentoring named in the document's own title, or running through its text; a passing
    # mention («организовать наставничество» in a plan of methodical work) is not enough.
    need = int(c.rule.get("mentoring_in_body", max(c.doc.lexicon.min_mentoring, 3)))
    if in_title or len(hits) >= need:
        span = (in_title or hits)[0]
        return TopicResult(True, span=span, details={"mentoring_hits": len(hits)})
    return TopicResult(False, "off_topic_no_mentoring", details={"mentoring_hits": len(hits)})


def audience_of(c: TopicContext) -> tuple[set[str], tuple[int, int] | None, str]:
    """Which group's mentoring the document is about: from its title, else from the body."""
    doc = c.doc
    a, b = c.title_zone
    title = {g for g in ("teachers", "students") if doc.hits_in(g, a, b)}
    if title and doc.hits_in("mentoring", a, b):
        span = min((doc.hits_in(g, a, b)[0] for g in title), key=lambda s: s[0])
        return title, span, "title"
    counts: dict[str, list[tuple[int, int]]] = {}
    for g in ("teachers", "students"):
        counts[g] = c.near("mentoring", g, window=4, after_only=True)
    t, s = len(counts["teachers"]), len(counts["students"])
    if t and not s:
        return {"teachers"}, counts["teachers"][0], "body"
    if s and not t:
        return {"students"}, counts["students"][0], "body"
    if t >= 3 and t >= 4 * s:
        return {"teachers"}, counts["teachers"][0], "body"
    if s >= 3 and s >= 4 * t:
        return {"students"}, counts["students"][0], "body"
    return ({"teachers", "students"} if t and s else set()), None, "body"


def _audience(c: TopicContext) -> TopicResult:
    need = str(c.rule.get("audience") or "")
    found, span, where = audience_of(c)
    details = {"audience": sorted(found), "audience_from": where}
    if not need or not found or need in found:
        return TopicResult(True, span=span, details=details)
    other = next(iter(found))
    return TopicResult(
        False,
        "off_topic_audience",
        {"found": _audience_words(c, other), "expected": _audience_words(c, need)},
        span,
        details=details,
    )


def _regulation_on_mentoring(c: TopicContext) -> list[tuple[int, int]]:
    """«Положение о (системе) наставничества …»: a regulation whose subject is mentoring itself,
    not «Положение о мониторинге … наставничества» or «… об оплате труда наставников»."""
    doc = c.doc
    toks = doc.toks
    mentoring = {doc.token_index(s) for s, _ in doc.hits("mentoring")}
    other = {
        doc.token_index(s)
        for g in ("monitoring", "payment", "incentive", "association", "quality_monitoring")
        for s, _ in doc.hits(g)
    }
    out = []
    for s, _e in doc.hits("regulation"):
        i = doc.token_index(s)
        for j in range(i + 1, min(i + 7, len(toks))):
            if j in other:
                break
            if j in mentoring:
                out.append((s, toks[j][2]))
                break
    return out


_TOP_CLAUSE = re.compile(r"\n[ \t]*\d+\.[ \t]")


@lru_cache(maxsize=4)
def _addressees(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?<![а-яё]){vocab.structure.addressees}(?![а-яё])", re.IGNORECASE)


def _instructed(c: TopicContext, pos: int) -> bool:
    """A положение named in a clause addressed to others («3. Руководителям образовательных
    организаций: 3.1. актуализировать положения о наставничестве»): they are told to write it,
    this order does not approve it."""
    text = c.doc.text
    lo = max(0, pos - 400)
    starts = [m.start() for m in _TOP_CLAUSE.finditer(text, lo, pos)]
    zone = text[starts[-1] if starts else lo : pos]
    return bool(_addressees(vocabulary()).search(zone))


def _regulation(c: TopicContext) -> TopicResult:
    near = _regulation_on_mentoring(c)
    a, b = c.title_zone
    groups = c.rule.get("competing") or ["pairs", "monitoring"]
    competing = [h for g in groups for h in c.doc.hits_in(str(g), a, b)]
    # an order's title ends where its operative part «ПРИКАЗЫВАЮ» begins
    imp = imperative().search(c.doc.text, a, b)
    title_end = imp.start() if imp else b
    own = [h for h in near if a <= h[0] < title_end or not _instructed(c, h[0])]
    if near and not own:
        title = " ".join(c.doc.text[a:title_end].split())[:120]
        return TopicResult(False, "off_topic_regulation_missing", {"found": title}, near[0])
    # «Об утверждении муниципальной целевой модели … 2. Руководителям: утвердить положения о
    # наставничестве»: a положение named only in the body is not what this order approves.
    if near and (not competing or any(a <= s < b for s, _ in near)):
        return TopicResult(True, span=near[0])
    if competing:
        title = " ".join(c.doc.text[a:b].split())[:120]
        return TopicResult(False, "off_topic_regulation_missing", {"found": title}, competing[0])
    return TopicResult(True, review="review_regulation")


def _monitoring(c: TopicContext) -> TopicResult:
    doc = c.doc
    a, b = c.title_zone
    near = c.near("monitoring", "mentoring", window=10)
    in_title = doc.hits_in("monitoring", a, b)
    if near or (in_title and len(doc.hits("mentoring")) >= 2):
        return TopicResult(True, span=(near or in_title)[0])
    q = doc.hits("quality_monitoring")
    if q and doc.hits("monitoring"):
        return TopicResult(False, "off_topic_quality_monitoring", span=q[0])
    if c.kind.kind is DocKind.REPORT:
        return TopicResult(
            False,
            "off_topic_report",
            span=doc.hits("mentoring")[:1][0] if doc.hits("mentoring") else None,
        )
    return TopicResult(False, "off_topic_monitoring", span=(a, min(b, a + 200)))


_INDICATOR_STEM = re.compile(r"(показател|доля|доли|удовлетвор[её]нност|процент)")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s*%?")
# A value of an indicator: a count or a share after a dash, a colon or a table border that
# ends the item («– 31;», «: 5 (100 %)», «| 4 |»), or a number of people or per cent («12 человек»,
# «38 %»); not a date, a range («7–9 классов») or a document's number («№ 77»).
_VALUE = re.compile(
    r"(?:(?:[–—:|]|\s-)\s*(\d+(?:[.,]\d+)?)(?![.,/]?\d)(?=\s*(?:[;,.)(|]|%|$))"
    r"|(?<![\w.,/№-])(\d+(?:[.,]\d+)?)(?![.,/]?\d)\s*(?:%|чел\b|чел\.|человек))",
    re.MULTILINE,
)


def _indicators(c: TopicContext) -> TopicResult:
    doc = c.doc
    results: list[tuple[int, int]] = []
    for s, e in doc.hits("indicators"):
        line_a = doc.text.rfind("\n", 0, s) + 1
        line_b = doc.text.find("\n", e)
        line_b = len(doc.text) if line_b == -1 else line_b
        line = doc.text[line_a:line_b]
        if not _NUMBER.search(line):
            # a table whose cells were extracted one per line: the value is on the next line
            nxt_b = doc.text.find("\n", line_b + 1)
            nxt = doc.text[line_b : nxt_b if nxt_b != -1 else len(doc.text)]
            if len(nxt.strip()) <= 30:
                line += nxt
        nums = [n for n in _NUMBER.findall(line) if not re.fullmatch(r"(19|20)\d\d", n.strip())]
        if nums:
            results.append((s, e))
    if len({doc.text.rfind("\n", 0, s) for s, _ in results}) < 2:
        # OCR glues table borders to words («1ПДоля», «|Показатель»): look for the stems.
        for m in _INDICATOR_STEM.finditer(doc.lower):
            line_a = doc.lower.rfind("\n", 0, m.start()) + 1
            line_b = doc.lower.find("\n", m.end())
            line = doc.lower[line_a : line_b if line_b != -1 else len(doc.lower)]
            if re.search(r"\d+\s*%", line) and not doc.excluded(m.start()):
                results.append((m.start(), m.end()))
    # A list or table of the monitored quantities: «наставников из числа педагогов – 7;»,
    # «молодых специалистов – 5 (100 %)», «охвачено наставничеством 12 человек», «| 4 | 6».
    for s, e in doc.hits("indicator_quantities"):
        line_a = doc.text.rfind("\n", 0, s) + 1
        line_b = doc.text.find("\n", e)
        line = doc.text[line_a : line_b if line_b != -1 else len(doc.text)]
        values = [
            a or b for a, b in _VALUE.findall(line) if not re.fullmatch(r"(19|20)\d\d", a or b)
        ]
        if values and not doc.excluded(s):
            results.append((s, e))
    lines = {doc.text.rfind("\n", 0, s) for s, _ in results}
    details = {"indicator_lines": len(lines)}
    if len(lines) >= 2:
        return TopicResult(True, span=results[0], details=details)
    swot = doc.hits("swot")
    if swot:
        return TopicResult(False, "off_topic_swot", span=swot[0], details=details)
    return TopicResult(False, "off_topic_no_indicators", details=details)


# the bounds of a clause: a sentence's end, a numbered clause or a list item opening a line
_CLAUSE_BOUND = re.compile(r"[.;!?](?=\s)|\n[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]|[-–—•*][ \t])")


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause around a span: from the last bound before it to the first after it."""
    bounds = [m.end() for m in _CLAUSE_BOUND.finditer(text, max(0, start - 400), start)]
    after = _CLAUSE_BOUND.search(text, end, end + 400)
    return text[
        bounds[-1] if bounds else max(0, start - 400) : after.start() if after else end + 400
    ]


@lru_cache(maxsize=4)
def _pairs_deferred(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?<![а-яё]){vocab.structure.pairs_deferred}", re.IGNORECASE)


# what may open a plan's heading line before its words: «Приложение № 2 к приказу …», a mark
_PLAN_LINE_HEAD = re.compile(r"[ \t]*(?:приложение\b[^\n]{0,60}?[.:—–-]?[ \t]*)?", re.IGNORECASE)
_NEXT_APPENDIX = re.compile(r"^[ \t]*приложение\b", re.IGNORECASE | re.MULTILINE)


def _plan_heading(c: TopicContext, after: int) -> int | None:
    """Where a plan of events opens below the title: a line that begins with its name («План
    мероприятий (дорожная карта)», «Приложение 2. Дорожная карта …») — not a clause that
    approves it («3. Утвердить план мероприятий …»)."""
    text = c.doc.text
    for s, _e in c.doc.hits("roadmap"):
        line_a = text.rfind("\n", 0, s) + 1
        if s >= after and _PLAN_LINE_HEAD.fullmatch(text, line_a, s):
            return line_a
    return None


def _pairs(c: TopicContext) -> TopicResult:
    doc = c.doc
    found = doc.hits("pairs")
    # «Об организации наставнических пар … 3. Состав наставнических пар утвердить отдельным
    # приказом»: the body names pairs only in clauses that put fixing them off to a later act
    # («подготовить предложения о составе пар»); the title names the subject, not the pairs
    deferred = _pairs_deferred(vocabulary())
    a, b = c.title_zone
    body = [h for h in found if not a <= h[0] < b]
    put_off = [h for h in body if deferred.search(_clause_of(doc.text, *h))]
    # «Приложение … План мероприятий (дорожная карта) … Организация работы наставнических пар —
    # в течение года»: a plan of events schedules the pairs' work, it fixes none
    plan = _plan_heading(c, b)
    # the plan runs to the next appendix («Приложение 2. Список наставнических пар»)
    nxt = _NEXT_APPENDIX.search(doc.text, plan + 1) if plan is not None else None
    plan_end = nxt.start() if nxt else len(doc.text)
    planned = [h for h in body if plan is not None and plan <= h[0] < plan_end and h not in put_off]
    if body and len(put_off) + len(planned) == len(body):
        key = "off_topic_pairs_deferred" if put_off else "off_topic_pairs_planned"
        return TopicResult(False, key, span=body[0])
    if found:
        return TopicResult(True, span=found[0])
    mentors = len(re.findall(r"наставник", doc.lower))
    mentees = len(re.findall(r"наставляем", doc.lower))
    if mentors >= 2 and mentees >= 2:
        return TopicResult(True)
    return TopicResult(False, "off_topic_pairs")


def _programmes(c: TopicContext) -> TopicResult:
    near = c.near("programme_any", "mentoring", window=4)
    if near:
        return TopicResult(True, span=near[0])
    return TopicResult(False, "off_topic_programmes_report")


# A count: a whole number, not a year, a date's part, a document's number, a share or a score
# («8,2»), a range («7–9 классов») or a code («3.1»).
_COUNT = re.compile(
    r"(?<![\w.,/№-])(?<!№ )(?<!N )(?!(?:19|20)\d\d(?!\d))\d{1,5}(?![\d/%]|[.,–—-]\d|\s*%)"
)
# what may stand between a count and the programmes it counts: a few words, no clause's end
_COUNT_WORDS = 3
_COUNT_BREAK = re.compile(r"[.;!?](?=\s)|\n[ \t]*\n")
# a label's end or a line's: a count before the programmes stands on their line, in their phrase
_LABEL_END = re.compile(r"[:\n]")
_WORD = re.compile(r"[А-Яа-яЁё]+")


def _counted(text: str, s: int, e: int) -> bool:
    """A count beside a programme word: «реализуются 11 (одиннадцать) персонализированных
    программ», «Всего программ – 9», «3 программы», «программы … в количестве 14»."""
    for m in _COUNT.finditer(text, max(0, s - 60), min(len(text), e + 60)):
        before = m.end() <= s
        between = text[m.end() : s] if before else text[e : m.start()]
        if (
            not _COUNT_BREAK.search(between)
            # a count before the programmes stands in their phrase, on their line («5 (пять)
            # программ»), not in a label before them («(балл из 5):» / «Цели программы – 4,6»)
            and not (before and _LABEL_END.search(between))
            and len(_WORD.findall(between)) <= _COUNT_WORDS
        ):
            return True
    return False


def _programme_count(c: TopicContext) -> TopicResult:
    """The total number of programmes (3.0) needs a справка that gives it: a number beside a
    programme word, a count's column («Количество программ»), or the programmes counted by
    their forms («студент – студент | 9», ««ученик – ученик» – 6;»). A справка that names the
    programmes only as the frame of something else (a survey of their participants, with its
    scores and shares) states no total."""
    doc = c.doc
    forms = [m.span() for m in _FORM.finditer(doc.text) if not doc.excluded(m.start())]
    found = doc.hits("programme_count") + [
        h for h in doc.hits("programme_any") + forms if _counted(doc.text, *h)
    ]
    if found:
        return TopicResult(True, span=min(found))
    return TopicResult(False, "off_topic_programmes_count")


_FIELD_MENTOR = re.compile(
    r"наставник\w*\s*(?:\(ф\.?\s*и\.?\s*о\.?\))?\s*(?:[:–-]|\t)\s*[А-ЯЁ_]", re.IGNORECASE
)
_FIELD_MENTEE = re.compile(
    r"наставляем\w*\s*(?:\(ф\.?\s*и\.?\s*о\.?\))?\s*(?:[:–-]|\t)\s*[А-ЯЁ_]", re.IGNORECASE
)


# Plans of the organisation's activities (a roadmap, a plan of events): they schedule the
# writing of personalised programmes, they are not one
_ACTIVITY_PLANS = {"дорожная карта", "план"}


@lru_cache(maxsize=1)
def _pair_plan_for(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(vocab.structure.pair_plan, re.IGNORECASE)


def _pair_plan() -> re.Pattern[str]:
    return _pair_plan_for(vocabulary())


def _squeeze(text: str) -> str:
    """A title's words on one line («наставника\nс молодым …»)."""
    return " ".join(text.split())


# what may precede a field's label on its line: list markers, a table border, a number
_FIELD_MARKERS = re.compile(r"[\s|•·*\-–—\d.)(]*")


@lru_cache(maxsize=4)
def _field_nonvalue(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(vocab.structure.pair_field_nonvalues, re.IGNORECASE)


def _field(rx: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The first field of ``rx`` before ``end``: a label that opens its line (after a list
    marker and at most one word, «Ф.И.О. наставника:», «Категория наставляемой:») or is written
    with a capital, and a value that is no quantity or definition — not «доля студентов в роли
    наставляемых – не менее 30 %», «Наставник – участник программы …»."""
    nonvalue = _field_nonvalue(vocabulary())
    for m in rx.finditer(text, 0, end):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        prefix = line[_FIELD_MARKERS.match(line).end() :].split()  # type: ignore[union-attr]
        if len(prefix) > 1 and not text[m.start()].isupper():
            continue
        if nonvalue.match(text, m.end() - 1):
            continue
        return m
    return None


def _pair_fields(text: str, end: int) -> tuple[int, int] | None:
    """«Наставник: Иванова … / Наставляемый: Петрова …» before ``end``: the fields that name
    one pair (or group) of a personalised programme; the span of the mentor's field."""
    m1 = _field(_FIELD_MENTOR, text, end)
    m2 = _field(_FIELD_MENTEE, text, end)
    return (m1.start(), m1.end()) if m1 and m2 else None


# A leader's form («руководитель – педагог») is a form of its own, though both are staff.
_LEADER = "руководитель"


def _many_forms(c: TopicContext) -> bool:
    """The text names two forms of mentoring or more (the organisation's general programme)."""
    found = set()
    for a, b in _FORM.findall(c.doc.text):
        lead = " ".join(a.lower().split()) == _LEADER
        found.add(_LEADER_TEACHER if lead else _form_of(a, b))
    return len(found) >= 2


@lru_cache(maxsize=4)
def _pupils_plans(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?<![а-яё]){vocab.structure.pupils_plans}", re.IGNORECASE)


def _personalised(c: TopicContext) -> TopicResult:
    near = c.near("personalised", "programme_any", window=3)
    # «… освоение документации (учебные планы, индивидуальные планы учащихся)» in the body: a
    # pupil's individual curriculum, not a pair's individual plan
    pupils = _pupils_plans(vocabulary())
    a, b = c.title_zone
    near = [h for h in near if a <= h[0] < b or not pupils.match(c.doc.text, h[0])]
    if _pair_plan().search(_squeeze(c.doc.text[c.kind.title_start : c.title_zone[1]])):
        # «План работы наставника с молодым специалистом»: one mentor's plan for his mentee
        # is the pair's personalised plan
        return TopicResult(True, span=(c.kind.title_start, c.title_zone[1]))
    if c.kind.subtype in _ACTIVITY_PLANS:
        # the plan's own title: its heading and the lines under it up to a blank line (its
        # table or list of activities follows)
        a, b = c.title_zone
        head_end = c.kind.heading.end if c.kind.heading else a
        gap = re.search(r"\n[ \t]*\n|\n[ \t]*[|\d]", c.doc.text[head_end:b])
        b = head_end + gap.start() if gap else b
        near = [h for h in near if a <= h[0] < b]
        pair = _pair_fields(c.doc.text, c.kind.heading.start if c.kind.heading else a)
        if not near and pair is not None:
            # «Наставник: … / Наставляемый: …» above «План мероприятий»: the plan is a section
            # of one pair's programme (its title unread, as a scan's split word), not the
            # organisation's plan of events
            return TopicResult(True, span=pair)
        if not near:
            return TopicResult(
                False,
                "off_topic_activity_plan",
                {"found": c.kind.subtype},
                (c.kind.title_start, b),
            )
    pair = _pair_fields(c.doc.text, len(c.doc.text))
    a, b = c.title_zone
    if near and pair is None and not any(a <= h[0] < b for h in near) and _many_forms(c):
        # «Формы наставничества: «педагог – педагог», «руководитель – педагог» … Для каждой
        # пары составляется индивидуальный план»: the organisation's general programme spans
        # several forms and only speaks of its pairs' individual plans
        return TopicResult(
            False, "off_topic_not_personalised", span=(c.kind.title_start, c.title_zone[1])
        )
    if near:
        return TopicResult(True, span=near[0])
    if pair is not None:
        return TopicResult(True, span=pair)
    # «Программа наставничества по форме «студент – ученик» «Шаг в профессию»»: a programme
    # titled by one form of mentoring is that form's programme for its pairs (the target
    # model's personalised programme); the organisation's general one spans several forms
    title = c.doc.text[c.kind.title_start : c.title_zone[1]]
    own_form = _BY_FORM.search(title)
    # one form, however often the title block repeats it (a file name «…_Учитель-Ученик.docx»)
    if own_form and len({_form_of(a, b) for a, b in _FORM.findall(title)}) == 1:
        start = c.kind.title_start + own_form.start()
        return TopicResult(True, span=(start, c.kind.title_start + own_form.end()))
    return TopicResult(
        False, "off_topic_not_personalised", span=(c.kind.title_start, c.title_zone[1])
    )


# the members of a pair; a graduate, a parent, a child or an employer belongs to none of the
# forms 3.1–3.6 («выпускник – ученик», «родитель – ребёнок», «работодатель – студент»: 3.7)
_ROLE = (
    r"(ученик|учащийся|обучающийся|школьник|воспитанник|молодой\s+(?:специалист|педагог|учитель)|учитель|педагог|"
    r"воспитатель|студент|руководитель|работодатель|выпускник|родитель|реб[её]нок)"
)
_FORM = re.compile(rf"{_ROLE}\s*[-–—]\s*{_ROLE}", re.IGNORECASE)
# «по форме «учитель – ученик»», «по модели «Учитель – Ученик»» (the model of one form),
# «Целевая модель наставничества в форме «Учитель – Учитель»»; «Программа наставничества
# «Воспитатель – воспитатель»» (the form in quotes right after the title's words)
_BY_FORM = re.compile(
    rf"(?:(?:по|в)\s+(?:форме|модели)\s*[«\"]?|наставничества\s*[«\"])\s*{_FORM.pattern}",
    re.IGNORECASE,
)
_TEACHER_ROLES = {
    "учитель",
    "педагог",
    "руководитель",
    "молодой специалист",
    "молодой педагог",
    "молодой учитель",
    "воспитатель",  # a kindergarten's teacher: «воспитатель – воспитатель» is teacher–teacher
}
_STUDENT_ROLES = {"ученик", "учащийся", "обучающийся", "школьник", "воспитанник"}


# The forms of the target model by who mentors whom: «ученик – ученик» (students),
# «учитель – учитель» (teachers), «учитель – ученик» (a college's «педагог – студент» too),
# «студент – студент», «студент – ученик».
_TEACHER_PUPIL = "teacher_pupil"
_STUDENT_STUDENT = "student_student"
_STUDENT_PUPIL = "student_pupil"
_STUDENT = "студент"
# «руководитель – педагог» (3.4): a leader mentors a teacher (or a newly appointed leader)
_LEADER_TEACHER = "leader_teacher"
# «иная форма» (3.7): a form none of 3.1–3.6
_OTHER = "other"
_LISTED_FORMS = {
    "students",
    "teachers",
    _TEACHER_PUPIL,
    _STUDENT_STUDENT,
    _STUDENT_PUPIL,
    _LEADER_TEACHER,
}
# what proves a form: a college's «обучающийся – обучающийся» is its «студент – студент»
_FORM_ACCEPTS = {_STUDENT_STUDENT: {_STUDENT_STUDENT, "students"}}
# whom each form's mentee is: the group a programme's «Наставляемый: …» line names
_FORM_MENTEES = {
    "students": "students",
    "teachers": "teachers",
    _TEACHER_PUPIL: "students",
    _STUDENT_STUDENT: "students",
    _STUDENT_PUPIL: "students",
    _LEADER_TEACHER: "teachers",
}


def _form_of(a: str, b: str) -> str | None:
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    if a == _LEADER and b in _TEACHER_ROLES:
        return _LEADER_TEACHER
    if a in _STUDENT_ROLES and b in _STUDENT_ROLES:
        return "students"
    if a in _TEACHER_ROLES and b in _TEACHER_ROLES:
        return "teachers"
    if a in _TEACHER_ROLES and (b in _STUDENT_ROLES or b == _STUDENT):
        return _TEACHER_PUPIL
    if a == _STUDENT and b == _STUDENT:
        return _STUDENT_STUDENT
    if a == _STUDENT and b in _STUDENT_ROLES:
        return _STUDENT_PUPIL
    return f"{a} – {b}"


# who a pair's member is, from the value of his field («Наставник: Иванова А.А., учитель
# математики», «Наставляемый: Петров, обучающийся 8 класса», «студент 2 курса»)
_SEAT_PUPIL = re.compile(
    r"обучающ|учени[кц]|учащ|школьни|воспитанни|\d+\s*[«\"]?[а-я]?[»\"]?\s*класс", re.IGNORECASE
)
_SEAT_STUDENT = re.compile(r"студент|\d+\s*курс", re.IGNORECASE)
_SEAT_TEACHER = re.compile(
    r"учител|педагог|воспитател|преподавател|молод\w+\s+специалист|мастер\w*\s+п", re.IGNORECASE
)
_SEAT_END = re.compile(r"\n|наставляем", re.IGNORECASE)


def _seat(value: str, leader: bool) -> str | None:
    """«leader», «teacher», «student» (a college's), «pupil» or None (unclear, or both)."""
    if leader:
        return "leader"
    found = [
        name
        for name, rx in (
            ("teacher", _SEAT_TEACHER),
            ("student", _SEAT_STUDENT),
            ("pupil", _SEAT_PUPIL),
        )
        if rx.search(value)
    ]
    return found[0] if len(found) == 1 else None


# the form of a pair by its members' seats (mentor, mentee)
_SEAT_FORMS = {
    ("leader", "teacher"): _LEADER_TEACHER,
    ("leader", "leader"): _LEADER_TEACHER,
    ("teacher", "teacher"): "teachers",
    ("teacher", "pupil"): _TEACHER_PUPIL,
    ("teacher", "student"): _TEACHER_PUPIL,
    ("pupil", "pupil"): "students",
    ("student", "student"): _STUDENT_STUDENT,
    ("student", "pupil"): _STUDENT_PUPIL,
}


def _pair_form(c: TopicContext) -> tuple[str, tuple[int, int]] | None:
    """The form of the pair a programme's fields name, when it does not name its form: a
    leader mentoring a teacher is «руководитель – педагог», a teacher a teacher «учитель –
    учитель», a student of the 10th form a pupil «ученик – ученик», and so on."""
    text = c.doc.text
    m1 = _field(_FIELD_MENTOR, text, len(text))
    m2 = _field(_FIELD_MENTEE, text, len(text))
    if not (m1 and m2):
        return None
    values = []
    for m in (m1, m2):
        a = m.end() - 1
        stop = _SEAT_END.search(text, a, a + 200)
        values.append(text[a : stop.start() if stop else a + 200])
    leader = re.compile(vocabulary().structure.pair_leaders, re.IGNORECASE)
    mentor = _seat(values[0], bool(leader.search(values[0])))
    mentee = _seat(values[1], False)
    if mentee is None and leader.search(values[1]):
        mentee = "leader"  # a newly appointed deputy head
    form = _SEAT_FORMS.get((mentor or "", mentee or ""))
    return (form, (m1.start(), m2.end())) if form else None


def _other_form(c: TopicContext, forms: list[tuple[str | None, re.Match[str]]]) -> TopicResult:
    """3.7 asks for a form none of 3.1–3.6 (seed 004: «только иные формы, не те, что обозначены
    выше»). A programme whose named form, or its pair's roles, is one of them («педагог –
    педагог», a teacher and a young teacher) — whether or not it calls itself «иная форма» —
    belongs under that form."""
    found = [(f, (m.start(), m.end())) for f, m in forms]
    if not found:
        pair = _pair_form(c)
        found = [pair] if pair else []
    if not found or any(f not in _LISTED_FORMS for f, _ in found):
        return TopicResult(True)
    f, span = found[0]
    return TopicResult(
        False,
        "off_topic_programme_form",
        {"found": _form_words(c, f or ""), "expected": _form_words(c, _OTHER)},
        span,
    )


# «Форма наставничества: «…»», «в форме «…»», «по модели «…»»: a form declared, not mentioned
_FORM_LABEL = re.compile(r"(?:форм|модел)\w*[^\n.;]{0,30}$", re.IGNORECASE)


def _declared_form(c: TopicContext, m: re.Match[str]) -> bool:
    """A form the programme states as its own: in its title or after the word «форма»."""
    a, b = c.title_zone
    text = c.doc.text
    return a <= m.start() < b or bool(_FORM_LABEL.search(text, max(0, m.start() - 40), m.start()))


def _programme_form(c: TopicContext) -> TopicResult:
    need = str(c.rule.get("audience") or "")
    forms = [(_form_of(m.group(1), m.group(2)), m) for m in _FORM.finditer(c.doc.text)]
    if need == _OTHER:
        return _other_form(c, forms)
    pair = _pair_form(c) if forms and not any(_declared_form(c, m) for _, m in forms) else None
    if pair is not None:
        # «Наставник: …, заведующий / Наставляемый: …, старший воспитатель … 4. Наставляемая
        # организует работу пар «воспитатель – воспитатель»»: forms named only in passing (a
        # row of the plan, a task) are not the programme's own; its pair's roles decide
        forms = []
    if forms:
        accepted = _FORM_ACCEPTS.get(need, {need})
        if any(f in accepted for f, _ in forms):
            m = next(m for f, m in forms if f in accepted)
            return TopicResult(True, span=(m.start(), m.end()))
        f, m = forms[0]
        return TopicResult(
            False,
            "off_topic_programme_form",
            {"found": _form_words(c, f or ""), "expected": _form_words(c, need)},
            (m.start(), m.end()),
        )
    pair = pair or _pair_form(c)
    if pair is not None:
        f, span = pair
        if f in _FORM_ACCEPTS.get(need, {need}):
            return TopicResult(True, span=span)
        return TopicResult(
            False,
            "off_topic_programme_form",
            {"found": _form_words(c, f), "expected": _form_words(c, need)},
            span,
        )
    mentee = re.search(r"наставляем\w*[^\n]{0,120}", c.doc.text, re.IGNORECASE)
    if mentee:
        seg = mentee.group().lower()
        is_student = re.search(r"обучающ|ученик|учащ|\d+\s*[«\"]?[а-я]?[»\"]?\s*класс", seg)
        is_teacher = re.search(r"учител|педагог|молод\w+\s+специалист|воспитател", seg)
        found = (
            "students"
            if is_student and not is_teacher
            else "teachers"
            if is_teacher and not is_student
            else None
        )
        if found and need and found != _FORM_MENTEES.get(need, need):
            return TopicResult(
                False,
                "off_topic_programme_form",
                {"found": _form_words(c, found), "expected": _form_words(c, need)},
                (mentee.start(), mentee.end()),
            )
    return TopicResult(True)


def _near_mentoring(group: str, key: str) -> Callable[[TopicContext], TopicResult]:
    def check(c: TopicContext) -> TopicResult:
        near = c.near(group, "mentoring", window=15)
        if near:
            return TopicResult(True, span=near[0])
        return TopicResult(False, key)

    return check


# where a clause ends: a sentence's or an item's stop, a blank line
_CLAUSE_STOP = re.compile(r"[.;!?]|\n[^\S\n]*\n")
_CLAUSE_MAX = 400


def _left_out(c: TopicContext) -> list[tuple[int, int]]:
    """The clauses that say the act leaves a matter out («Положение не регулирует вопросы
    оплаты труда», «Выплаты за наставничество не предусмотрены настоящим Положением»)."""
    text = c.doc.text
    out = []
    for s, e in c.doc.hits("not_provided"):
        lo = max(0, s - _CLAUSE_MAX)
        before = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, s)]
        after = _CLAUSE_STOP.search(text, e, min(len(text), e + _CLAUSE_MAX))
        out.append((before[-1] if before else lo, after.start() if after else e + _CLAUSE_MAX))
    return out


def _set_by_act(group: str, key: str, unless: str = "") -> Callable[[TopicContext], TopicResult]:
    """Pay (or rewards) the act sets, near mentoring: not named in a clause that leaves it out
    («… не регулирует вопросы оплаты труда»), nor (``unless``) inside a phrase of another
    group («материальное поощрение» is pay, not a non-material reward)."""

    def check(c: TopicContext) -> TopicResult:
        cut = _left_out(c) + (list(c.doc.hits(unless)) if unless else [])
        for s, e in c.near(group, "mentoring", window=15):
            if not any(a <= s and e <= b for a, b in cut):
                return TopicResult(True, span=(s, e))
        return TopicResult(False, key)

    return check


# a line that opens the body of a plan, not its title: a table row, a numbered item, a label
_BODY_LINE = re.compile(r"[^\S\n]*(?:[№\d]|[^\n]*\||[^\n:]{1,40}:)")


def _heading_block(c: TopicContext) -> tuple[int, int]:
    """The heading and the lines that continue it («ПЛАН РАБОТЫ / методического объединения … /
    на 2024–2025 учебный год»), up to a blank line or the first line of the body."""
    text = c.doc.text
    start = end = c.kind.title_start
    for n, line in enumerate(text[start : start + 600].split("\n")):
        if n and (not line.strip() or _BODY_LINE.match(line)):
            break
        end += len(line) + 1
        if n == 4:
            break
    return start, min(end, len(text))


# «… наставников образовательной организации – общественный профессиональный орган, …»: the
# words after a term up to a dash, and a lower-case word opening its definition
_DEFINED_AS = re.compile(
    r"[^\n«\"“–—.]{0,80}?(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]+)(?:это[ \t]+)?[а-яё]"
)


def _association_defined(c: TopicContext) -> tuple[int, int] | None:
    """A text with no title of its own that opens a paragraph by defining the association
    («Методическое объединение наставников образовательной организации – общественный …
    орган, …», then its aims and tasks): a description of what such an association is (a
    guide's or a recommendations' excerpt), not a proof that the organisation has one."""
    if c.kind.kind is not DocKind.OTHER or c.kind.heading is not None:
        return None
    text = c.doc.text
    for s, e in c.near("association", "mentoring", window=15):
        line_a = text.rfind("\n", 0, s) + 1
        if not text[line_a:s].strip() and _DEFINED_AS.match(text, e):
            return s, e
    return None


def _association(c: TopicContext) -> TopicResult:
    """A methodological association of mentors. A plan (or programme) proves it only when it is
    the association's own — «План работы методического объединения наставников» names it in
    its title; a mentoring plan that mentions a session of some МО among its rows does not."""
    if c.kind.kind is not DocKind.PROGRAMME:
        defined = _association_defined(c)
        if defined is not None:
            return TopicResult(False, "off_topic_association_defined", span=defined)
        return _near_mentoring("association", "off_topic_association")(c)
    a, b = _heading_block(c)
    own = [
        h for h in c.near("association", "mentoring", window=4, after_only=True) if a <= h[0] < b
    ]
    if own:
        return TopicResult(True, span=own[0])
    return TopicResult(False, "off_topic_association_plan", {"found": c.kind.subtype or "план"})


# the words after an incentive in a title that name whom it rewards: «о поощрении
# муниципальных координаторов …» (a lower-case word of four letters or more opens them; «за»,
# «и», «в» open no object)
_REWARDED = re.compile(r"[^\S\n]*[«\"“]?([а-яё]{4,}(?:[^\S\n]+[«\"“]?[А-Яа-яЁё]+){0,2})")


def _incentive(c: TopicContext) -> TopicResult:
    """Non-material incentives for mentors: an incentive near mentoring — unless the
    document's title names whom it rewards and they are not mentors or staff who mentor
    («Положение о поощрении муниципальных координаторов реализации программ наставничества»)."""
    a, b = c.title_zone
    text = c.doc.text
    staff = re.compile(rf"настав|{vocabulary().mentor_staff}", re.IGNORECASE)
    objects = [
        (m.group(1), h)
        for h in c.doc.hits_in("incentive", a, b)
        if (m := _REWARDED.match(text, h[1], b)) is not None
    ]
    if objects and not any(staff.search(words) for words, _ in objects):
        return TopicResult(False, "off_topic_incentive", span=objects[0][1])
    # «Положение о поощрениях и взысканиях обучающихся», «… о мерах поощрения и
    # дисциплинарного взыскания»: rewards named with penalties in a title that names no
    # mentoring — a discipline act, where mentoring is at most one ground among others
    ha, hb = _heading_block(c)
    penalty = c.doc.hits_in("penalty", ha, hb)
    if penalty and c.doc.hits_in("incentive", ha, hb) and not c.doc.hits_in("mentoring", ha, hb):
        return TopicResult(False, "off_topic_incentive", span=penalty[0])
    return _set_by_act("incentive", "off_topic_incentive", unless="payment")(c)


def _further_training(c: TopicContext) -> TopicResult:
    hits = c.doc.hits("further_training")
    if hits:
        return TopicResult(True, span=hits[0])
    return TopicResult(False, "off_topic_certificate")


def _mentoring_cert(c: TopicContext) -> TopicResult:
    hits = c.doc.hits("mentoring")
    if hits:
        return TopicResult(True, span=hits[0])
    return TopicResult(False, "off_topic_certificate")


CHECKS: dict[str, Callable[[TopicContext], TopicResult]] = {
    "mentoring": _mentoring,
    "audience": _audience,
    "regulation": _regulation,
    "monitoring": _monitoring,
    "indicators": _indicators,
    "pairs": _pairs,
    "programmes": _programmes,
    "programme_count": _programme_count,
    "personalised": _personalised,
    "programme_form": _programme_form,
    "further_training": _further_training,
    "association": _association,
    "payment": _set_by_act("payment", "off_topic_payment"),
    "incentive": _incentive,
}


# «2. Руководителям образовательных организаций:», «3. Директорам подведомственных ОО …»: the
# heads of many organisations (genitive plural, or their abbreviations) a clause addresses
_SCHOOLS_ADDRESSED = re.compile(
    r"[ \t]+(?:[а-яё]+(?:ых|их)[ \t]+)?(?:(?:обще)?образовательных[ \t]+(?:организаций|учреждений)"
    r"|(?:ОО|ОУ|ДОО)(?![А-ЯЁа-яё])|школ(?![а-яё]))",
)
# a clause opening its line: «2.», «2.1.», or nothing
_CLAUSE_HEAD = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]*)?")


def _addressed_to_schools(c: TopicContext) -> tuple[int, int] | None:
    """An order whose operative part instructs the heads of educational organisations («2.
    Руководителям общеобразовательных организаций: 2.1. издать приказ …») is an authority's
    order to the schools it runs, whoever posted it: a school's own order instructs its own
    staff. The span of the clause's address, or None."""
    if c.kind.kind is not DocKind.ORDER:
        return None
    text = c.doc.text
    imp = imperative().search(text, c.kind.title_start)
    if imp is None:
        return None
    for m in _addressees(vocabulary()).finditer(text, imp.end()):
        line_a = text.rfind("\n", 0, m.start()) + 1
        if not _CLAUSE_HEAD.fullmatch(text, line_a, m.start()):
            continue
        to = _SCHOOLS_ADDRESSED.match(text, m.end())
        if to is not None:
            return m.start(), to.end()
    return None


def check_topic(doc: Doc, kind: KindResult, topic: str | None) -> TopicResult:
    """Run the topic's checks in order; the first failure decides. An order addressed to the
    heads of educational organisations is an authority's act, whatever its subject."""
    if not topic:
        return PASS
    rule = doc.lexicon.topics.get(topic) or {}
    ctx = TopicContext(doc, kind, rule)
    to_schools = _addressed_to_schools(ctx)
    if to_schools is not None:
        return TopicResult(False, "off_topic_issuer", span=to_schools)
    details: dict[str, Any] = {}
    review: str | None = None
    span: tuple[int, int] | None = None
    checks = list(rule.get("checks") or [])
    for name in checks:
        if name == "agreement":
            continue  # classifiers.agreements decides
        fn = (
            _mentoring_cert
            if (name == "mentoring" and "further_training" in checks)
            else CHECKS[name]
        )
        r = fn(ctx)
        details.update(r.details)
        if not r.ok:
            return TopicResult(False, r.message_key, r.values, r.span, details=details)
        review = review or r.review
        span = r.span or span
    return TopicResult(True, span=span, review=review, details=details)
