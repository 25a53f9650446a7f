"""Agreements: parties and their designations, the subject, who provides the mentors, the term.

The indicator counts partners that send their staff *to* the reporting organisation, so an
agreement is read the way a lawyer reads it: the parties («…, именуемое в дальнейшем
«Школа»»), the subject section («Предмет договора»), the obligations («Партнёр обязуется:
… предоставлять наставников»), and the term («действует до …», «сроком на один год»,
«считается продлённым …»).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from classifiers.dates import find_dates

_DESIGNATION = re.compile(
    r"(?:именуем\w*\s+в\s+дальнейшем\s*[-–—]?\s*[«\"“]?([^»\"”,;()\n]{2,40}?)[»\"”]?\s*(?=[,;()\n]|\s+с\s+(?:одной|другой)|\s+в\s+лице)"
    r"|\(\s*далее\s*(?:по\s+тексту\s*)?[-–—]?\s*[«\"“]?([^»\"”,;()\n]{2,40}?)[»\"”]?\s*\)"
    r"|далее\s*(?:по\s+тексту\s*)?[-–—]\s*[«\"“]([^»\"”\n]{2,40})[»\"”])",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"(?:^|\n)\s*(?:[1I]\.?\s*)?предмет\s+(?:настоящего\s+)?(?:договора|соглашения)\s*\.?",
    re.IGNORECASE,
)
_NEXT_SECTION = re.compile(r"\n\s*(?:[2-9]|1\d|[IVX]{1,4})\.?\s+[А-ЯЁ][А-ЯЁа-яё ,]{3,80}\s*\n")
_ORG_WORDS = re.compile(
    r"(школ|гимнази|лице|сад|доу|сош|оош|нош|учреждени|образовательн\w+\s+организац|\bоо\b|\bоу\b)",
    re.IGNORECASE,
)
_PARTNER_WORDS = re.compile(
    r"(партн[её]р|предприяти|организация[-\s]наставник|работодател|университет|колледж|техникум|институт|завод|\bооо\b|\bао\b|\bпао\b|\bип\b|\bано\b|вуз)",
    re.IGNORECASE,
)
_SCHOOL_NAME = re.compile(
    r"(школ|гимнази|лице[йя]|\bсош\b|\bоош\b|\bнош\b|детск\w+\s+сад|\bд/с\b|\bдоу\b|\b[мг][бак]?[од]?оу\b|\bмоу\b)",
    re.IGNORECASE,
)
_PARTNER_NAME = re.compile(
    r"(\bооо\b|\bао\b|\bпао\b|\bзао\b|\bип\b|\bано\b|ответственност|акционерн|предпринимател|завод|комбинат|"
    r"университет|колледж|техникум|институт|\bвуз|предприяти|фонд|некоммерческ)",
    re.IGNORECASE,
)
_PROVIDE = re.compile(
    r"(предоставля\w*|предоставит\w*|направля\w*|направит\w*|выделя\w*|выделит\w*|делегир\w*|командир\w*|"
    r"обеспечива\w*\s+участие|обеспечит\w*\s+участие|закрепля\w*|назнача\w*|определя\w*|подбира\w*|привлека\w*)",
    re.IGNORECASE,
)
_MENTOR_AS = re.compile(
    r"наставник\w*\s+(?:[а-я]+\s+){0,2}?(?:выступа\w+|явля\w+|будут|назнача\w+\s+из\s+числа|из\s+числа)\s+"
    r"(?:[а-я]+\s+){0,3}?(?:сотрудник|работник|специалист|педагог|преподавател|обучающ|студент|учител|представител|учащ)\w*",
    re.IGNORECASE,
)
_MENTEE_AS = re.compile(
    r"(?:наставляем\w*\s+(?:[а-я]+\s+){0,2}?(?:выступа\w+|явля\w+|будут)\s+(?:[а-я]+\s+){0,3}?"
    r"(?:обучающ|учащ|студент|педагог|учител|молод\w+\s+специалист|воспитанник|работник)\w*"
    r"|(?:для|в\s+отношении)\s+(?:молод\w+\s+)?(?:обучающ|учащ|студент|педагог|учител|специалист|воспитанник)\w*)",
    re.IGNORECASE,
)
# «Инженеры Предприятия выступают в роли наставников», «педагоги Гимназии осуществляют
# наставничество»: the party named just before the verb provides the mentors.
_MENTOR_VERB = re.compile(
    r"(?:осуществля\w+\s+наставничеств|выполня\w+\s+(?:функци\w+|рол\w+)\s+наставник|"
    r"выступа\w+\s+(?:в\s+роли\s+|в\s+качестве\s+)?наставник|явля\w+\s+наставник|станов\w+\s+наставник)",
    re.IGNORECASE,
)
_MENTEE_VERB = re.compile(
    r"(?:явля\w+|выступа\w+|станов\w+)\s+(?:в\s+роли\s+)?наставляем", re.IGNORECASE
)
_OBLIGE = re.compile(
    r"(?:^|\n)\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:([^\n]{2,60}?)\s+(?:обязу\w+|вправе|обеспечива\w+:)|([А-ЯЁ][^\n:]{1,40}):\s*(?=\n))",
    re.IGNORECASE,
)
_MUTUAL = re.compile(
    r"(взаимно|стороны\s+(?:совместно\s+)?(?:предоставляют|направляют))", re.IGNORECASE
)

_NUM_WORDS = {
    "один": 1,
    "одного": 1,
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "пять": 5,
    "пяти": 5,
}
_PROLONG = re.compile(
    r"(считает\w*\s+(?:автоматически\s+)?(?:продлен|продлён|пролонгирован)\w*|автоматически\s+(?:продлева|пролонгир|продлен|продлён)\w*|"
    r"пролонгиру\w+|продлева\w+\s+на\s+(?:каждый\s+)?(?:следующ|тот\s+же|такой\s+же|очередн))",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(
    r"(бессрочн\w*|неопредел[её]нн\w+\s+срок|до\s+полного\s+исполнения)", re.IGNORECASE
)
_DURATION = re.compile(
    r"(?:срок\w*|в\s+течение|действу\w+)(?:\s+(?!на\b)[а-я]+){0,3}?\s*[-–—:]?\s*(?:на\s+)?"
    r"(\d+|один|одного|два|двух|три|тр[её]х|пять|пяти)\s*(?:\([а-я]+\)\s*)?(год|года|лет|месяц\w*)",
    re.IGNORECASE,
)
_S = r"(?:[^.;\n]|\.(?=\S))"  # a sentence character: a dot inside a date or a number is not an end
_SENTENCE = re.compile(rf"{_S}+")
_TERM_WORDS = re.compile(
    r"срок|действует|действия|вступает\s+в\s+силу|заключ[её]н\w*\s+на", re.IGNORECASE
)
_ACADEMIC_END = re.compile(
    r"(?:до\s+(?:конца|окончания)|на(?:\s+период)?)\s+(20\d\d)\s*[-–/]\s*(20)?(\d\d)\s*(?:гг?\.?\s*)?учебн",
    re.IGNORECASE,
)


@dataclass
class Party:
    name: str
    designation: str
    start: int
    end: int

    def stems(self) -> list[str]:
        words = re.findall(r"[а-яёa-z0-9]+", self.designation.lower())
        return [w[: max(3, len(w) - 2)] if len(w) > 4 else w for w in words]


@dataclass
class AgreementFacts:
    parties: list[Party] = field(default_factory=list)
    subject: str = ""
    subject_span: tuple[int, int] | None = None
    subject_mentoring: bool = False
    provider: int | None = None  # index into parties
    provider_span: tuple[int, int] | None = None
    mutual: bool = False
    ours: int | None = None
    ours_how: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    indefinite: bool = False
    prolongation: bool = False
    term_text: str = ""
    term_span: tuple[int, int] | None = None


def find_parties(text: str) -> list[Party]:
    parties: list[Party] = []
    prev_end = None
    for m in _DESIGNATION.finditer(text[:12000]):
        designation = (m.group(1) or m.group(2) or m.group(3) or "").strip(' «"“»”-–')
        if not designation or len(parties) >= 4:
            continue
        if any(p.designation.lower() == designation.lower() for p in parties):
            continue
        seg_start = prev_end if prev_end is not None else max(0, m.start() - 500)
        seg = text[seg_start : m.start()]
        if prev_end is None:
            # the first party starts after the date/city line of the preamble
            cut = max(seg.rfind("\n\n"), seg.rfind(" г.\n"), seg.rfind("г.\n"))
            seg = seg[cut + 1 :] if cut != -1 else seg
        else:
            # «…», в лице директора …, с одной стороны, и <next party>: start after the «и».
            joint = list(
                re.finditer(r"(?:с\s+одной\s+стороны\s*,?\s*)?(?:,\s*)?\bи\s+(?=[«\"А-ЯЁ])", seg)
            )
            if joint:
                seg = seg[joint[-1].end() :]
        seg = re.split(r",?\s*(?:в\s+лице|\(далее)", seg, maxsplit=1, flags=re.IGNORECASE)[0]
        seg = re.sub(
            r"^[\s,;]*(?:с\s+одной\s+стороны\s*,?\s*)?(?:и\s+)?", "", seg, flags=re.IGNORECASE
        )
        name = " ".join(seg.split())[-200:]
        parties.append(Party(name, designation, m.start(), m.end()))
        prev_end = m.end()
    return parties


def _party_in(fragment: str, parties: list[Party]) -> int | None:
    """The party whose designation is mentioned first in the fragment."""
    low = fragment.lower()
    best: tuple[int, int] | None = None
    for i, p in enumerate(parties):
        stems = p.stems()
        if not stems:
            continue
        pat = r"\W+".join(re.escape(s) + r"\w*" for s in stems)
        m = re.search(r"(?<![а-яё])" + pat, low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), i)
    return best[1] if best else None


def _subject(text: str) -> tuple[str, tuple[int, int]]:
    m = _SUBJECT.search(text)
    if m:
        nxt = _NEXT_SECTION.search(text, m.end())
        end = (
            nxt.start() if nxt and nxt.start() - m.end() < 4000 else min(len(text), m.end() + 2500)
        )
        return text[m.start() : end], (m.start(), end)
    m2 = re.search(r"о\s+нижеследующем|заключили\s+настоящ\w+\s+\w+", text, re.IGNORECASE)
    start = m2.end() if m2 else 0
    end = min(len(text), start + 1500)
    return text[start:end], (start, end)


def _direction(text: str, facts: AgreementFacts) -> None:
    parties = facts.parties
    if len(parties) < 2:
        return
    votes = [0] * len(parties)
    spans: list[tuple[int, int] | None] = [None] * len(parties)
    # Obligation sections: «2.1. Партнёр обязуется:» … list items follow.
    sections: list[tuple[int, int | None]] = []
    for m in _OBLIGE.finditer(text):
        sections.append((m.start(), _party_in(m.group(1) or m.group(2) or "", parties)))

    def current_party(pos: int) -> int | None:
        owner = None
        for s, p in sections:
            if s > pos:
                break
            owner = p
        return owner

    for sm in _SENTENCE.finditer(text):
        sent = sm.group()
        low = sent.lower()
        if "наставни" not in low and "наставля" not in low:
            continue
        if _MUTUAL.search(sent) and "наставни" in low:
            facts.mutual = True
        sf = _MENTOR_VERB.search(sent)
        if sf:
            p = _party_in(sent[max(0, sf.start() - 60) : sf.start()], parties)
            if p is not None:
                votes[p] += 2
                spans[p] = spans[p] or (sm.start(), sm.end())
                continue
        se = _MENTEE_VERB.search(sent)
        if se and len(parties) == 2:
            p = _party_in(sent[max(0, se.start() - 60) : se.start()], parties)
            if p is not None:
                votes[1 - p] += 1
                spans[1 - p] = spans[1 - p] or (sm.start(), sm.end())
                continue
        mm = _MENTOR_AS.search(sent)
        if mm:
            # «наставниками выступают работники Партнёра»: the party follows the staff noun;
            # «наставников из числа своих сотрудников»: the sentence's subject provides them.
            if re.search(r"\bсво\w+", mm.group(), re.IGNORECASE):
                p = _party_in(sent[: mm.start()], parties)
            else:
                p = _party_in(sent[mm.end() : mm.end() + 40], parties)
            if p is not None:
                votes[p] += 2
                spans[p] = spans[p] or (sm.start(), sm.end())
                continue
        me = _MENTEE_AS.search(sent)
        if me and "наставни" not in low[: me.start()].replace("наставничеств", ""):
            p = _party_in(sent[me.end() : me.end() + 80], parties)
            if p is not None and len(parties) == 2:
                votes[1 - p] += 1
                spans[1 - p] = spans[1 - p] or (sm.start(), sm.end())
                continue
        pv = _PROVIDE.search(sent)
        if pv and re.search(
            r"наставник|сотрудник|специалист|работник|педагог|преподавател", low[pv.end() :]
        ):
            p = _party_in(sent[: pv.start()], parties)
            if p is None:
                p = current_party(sm.start())
            if p is not None:
                votes[p] += 2
                spans[p] = spans[p] or (sm.start(), sm.end())
    if facts.mutual:
        return
    if not any(votes):
        # «Организация-наставник»: the designation itself names the provider of mentors.
        named = [
            i
            for i, p in enumerate(parties)
            if re.search(r"наставник", p.designation, re.IGNORECASE)
        ]
        if len(named) == 1:
            votes[named[0]] = 1
            spans[named[0]] = (parties[named[0]].start, parties[named[0]].end)
    best = max(range(len(parties)), key=lambda i: votes[i])
    if votes[best] > 0 and sorted(votes)[-2] < votes[best]:
        facts.provider = best
        facts.provider_span = spans[best]


def _norm_org(name: str) -> str:
    s = name.lower().replace("ё", "е")
    s = re.sub(r"[«»\"“”'()]", " ", s)
    for full, short in (
        ("муниципальное", "м"),
        ("бюджетное", "б"),
        ("автономное", "а"),
        ("общеобразовательное", "о"),
        ("учреждение", "у"),
        ("средняя общеобразовательная школа", "сош"),
        ("основная общеобразовательная школа", "оош"),
    ):
        s = s.replace(full, short)
    return " ".join(s.split())


def _org_score(org: str, name: str) -> float:
    a, b = _norm_org(org), _norm_org(name)
    score = max(fuzz.token_set_ratio(a, b), fuzz.partial_ratio(a, b))
    # «СОШ № 12» is not «СОШ № 2»: the organisation's numbers must be in the party's name.
    nums = set(re.findall(r"\d+", a))
    if nums and not nums <= set(re.findall(r"\d+", b)):
        score -= 30
    return float(score)


def _ours(org: str | None, facts: AgreementFacts) -> None:
    parties = facts.parties
    if len(parties) < 2:
        return
    if org:
        scores = [_org_score(org, p.name) for p in parties]
        order = sorted(range(len(parties)), key=lambda i: -scores[i])
        if scores[order[0]] >= 70 and scores[order[0]] - scores[order[1]] >= 8:
            facts.ours, facts.ours_how = order[0], "org"
            return
    # Structure: the school-like designation of exactly one party is the reporting school.
    school = [
        bool(_ORG_WORDS.search(p.designation)) and not _PARTNER_WORDS.search(p.designation)
        for p in parties
    ]
    partner = [bool(_PARTNER_WORDS.search(p.designation)) for p in parties]
    if sum(school) == 1 and any(partner):
        facts.ours, facts.ours_how = school.index(True), "designation"
        return
    # Neutral designations («Сторона 1»): a school-like name facing a company or a college.
    school = [bool(_SCHOOL_NAME.search(p.name)) for p in parties]
    partner = [bool(_PARTNER_NAME.search(p.name)) and not school[i] for i, p in enumerate(parties)]
    # (not when the form names an organisation that is none of the parties: then nobody knows)
    if not org and len(parties) == 2 and sum(school) == 1 and any(partner):
        facts.ours, facts.ours_how = school.index(True), "name"


def _term(text: str, signed: dt.date | None, facts: AgreementFacts, pivot: int) -> None:
    facts.start = signed
    for sm in _SENTENCE.finditer(text):
        sent = sm.group()
        if not _TERM_WORDS.search(sent):
            continue
        low = sent.lower()
        dates = find_dates(sent, pivot)
        used = False
        rng = re.search(r"\bс\s+(.{6,30}?)\s+(?:по|до)\s+(.{6,30})", sent, re.IGNORECASE)
        if rng and len(dates) >= 2:
            facts.start, facts.end = dates[0].date, dates[1].date
            used = True
        elif dates and re.search(
            r"\b(?:до|по)\s*[«\"]?\s*\d", sent[: dates[-1].end], re.IGNORECASE
        ):
            facts.end = dates[-1].date
            used = True
        acad = _ACADEMIC_END.search(sent)
        if acad:
            facts.end = dt.date(int(acad.group(1)) + 1, 8, 31)
            used = True
        dur = _DURATION.search(sent)
        if dur and not facts.end:
            n_raw = dur.group(1).lower()
            n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS.get(n_raw, 1)
            base = facts.start or signed
            if base:
                months = n * 12 if dur.group(2).lower().startswith(("год", "лет")) else n
                y, mo = divmod(base.month - 1 + months, 12)
                try:
                    facts.end = dt.date(base.year + y, mo + 1, base.day) - dt.timedelta(days=1)
                except ValueError:
                    facts.end = dt.date(base.year + y, mo + 1, 28)
            used = True
        if _INDEFINITE.search(sent):
            facts.indefinite = used = True
        if "подписан" in low and "вступа" in low and not facts.start:
            facts.start = signed
            used = True
        if used and not facts.term_text:
            facts.term_text = " ".join(sent.split())[:300]
            facts.term_span = (sm.start(), sm.end())
    pm = _PROLONG.search(text)
    if pm:
        facts.prolongation = True
        if not facts.term_span:
            facts.term_span = (pm.start(), pm.end())


def analyse(text: str, org: str | None, signed: dt.date | None, pivot: int) -> AgreementFacts:
    facts = AgreementFacts(parties=find_parties(text))
    facts.subject, facts.subject_span = _subject(text)
    facts.subject_mentoring = bool(re.search(r"наставни|наставля", facts.subject, re.IGNORECASE))
    _direction(text, facts)
    _ours(org, facts)
    _term(text, signed, facts, pivot)
    return facts


def in_force(facts: AgreementFacts, year: int) -> tuple[bool, str]:
    """(in force at some point of the calendar year, reason key)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if facts.start and facts.start > last:
        return False, "not_started"
    if facts.end and facts.end < first and not facts.prolongation and not facts.indefinite:
        return False, "expired"
    return True, ""
