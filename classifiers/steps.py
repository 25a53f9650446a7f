"""The decision steps, in order: kind → topic or agreement → issuer → date.

Each step reads the :class:`~classifiers.assessment.Assessment`, may add flags, details and
doubts to it, and returns the problem it found (a ``Problem`` with its verdict and message)
or ``None`` to pass on. Every step runs, so a document with several problems is reported
with all of them; ``classifiers.decide`` makes the most severe one the verdict.

To add a step: write a function ``(Assessment) -> Problem | None`` here and put it in
``STEPS`` at its place in the order; its messages go to ``config/messages.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from classifiers import agreements
from classifiers.assessment import Assessment, Problem, found_kind, ru_date
from classifiers.docdate import DocDate
from classifiers.doctype import KindResult
from classifiers.topics import check_topic
from classifiers.vocabulary import Vocabulary, vocabulary
from evidence.criteria import DateRule
from evidence.models import DOC_KIND_TITLES, DocKind, Verdict

Step = Callable[[Assessment], Problem | None]

# A document of another kind: the message names what it is, in the words of its heading.
_WRONG_TYPE_KEYS = {
    "постановление": "wrong_type_resolution",
    "пользовательское соглашение": "wrong_type_user_agreement",
    "согласие на обработку данных": "wrong_type_user_agreement",
    "сертификат": "wrong_type_seminar",
    "диплом": "wrong_type_seminar",
    "диплом о переподготовке": "wrong_type_retraining",
}


# Headings of a template (config/vocabulary.yaml): undated, it is a form, not a signed act.
_SAMPLES = frozenset({"образец договора", "образец соглашения"})


def kind_step(a: Assessment) -> Problem | None:
    if a.kind.confidence < 0.8:
        a.review.append("review_kind")
    if a.kind_ok:
        return None
    expected = " или ".join(DOC_KIND_TITLES[k] for k in a.criterion.kinds) or "документ"
    key = _WRONG_TYPE_KEYS.get(a.kind.subtype, "wrong_type")
    if a.personal_paper and a.kind.kind in a.criterion.kinds:
        key = "wrong_type_personal_paper"  # a kind the criterion takes, but a person's paper
    return a.problem(
        Verdict.WRONG_TYPE, key, a.heading_span(), found=found_kind(a.kind), expected=expected
    )


def topic_step(a: Assessment) -> Problem | None:
    """Is it about what the criterion needs (topic rules of config/topics.yaml)?"""
    if not a.kind_ok or a.criterion.topic == "mentoring_agreement":
        return None  # the topic rules assume the right kind; agreements have their own step
    topic = check_topic(a.doc, a.kind, a.criterion.topic)
    a.details.update(topic.details)
    if not topic.ok:
        return a.problem(Verdict.OFF_TOPIC, topic.message_key, topic.span, **topic.values)
    if topic.review:
        a.doubt(topic.review, 0.3)
    a.topic_span = topic.span
    return _stale_period(a)


# «за 2021/2022 учебный год», «за 2022 год», «за период 2021–2022 годов» in a report's heading
_PERIOD = re.compile(
    r"(?<![а-яё])за\s+(?:период\s+)?((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)?\d{2}))?"
    r"\s*(?:уч(?:\.|\w*)\s*год\w*|(?:календарн\w*\s+)?год\w*|гг\.?|г\.)",
    re.IGNORECASE,
)
# how many years a report's period may end before the reporting year: a справка drawn up in
# 2025 on the school year 2024/2025 or the calendar year 2024 reports the current monitoring
_PERIOD_LAG = 1


def _stale_period(a: Assessment) -> Problem | None:
    """A справка dated in the reporting year whose heading names a period long past («Справка
    по итогам мониторинга … за 2021/2022 учебный год», drawn up in 2025 from the archives):
    it reports an old monitoring, not the reporting year's — its fresh date does not make it
    the current one."""
    date, year, kind = a.date.date, a.ctx.year, a.kind
    if (
        a.criterion.date_rule is not DateRule.IN_YEAR
        or kind.kind is not DocKind.REPORT
        or kind.heading is None
        or date is None
        or date.year != year
    ):
        return None
    text = a.doc.text
    start = end = kind.heading.start
    for n, line in enumerate(text[start : start + 600].split("\n")):
        if n and not line.strip():
            break  # the heading and the lines that continue it, up to a blank line
        end += len(line) + 1
    m = _PERIOD.search(text, start, min(end, len(text)))
    if m is None:
        return None
    first, last = m.group(1), m.group(2) or m.group(1)
    last_year = int(last if len(last) == 4 else first[:2] + last)
    if last_year >= year - _PERIOD_LAG:
        return None
    return a.problem(
        Verdict.OFF_TOPIC,
        "off_topic_report_period",
        (m.start(), m.end()),
        period=" ".join(m.group().split()),
        year=year,
    )


def agreement_step(a: Assessment) -> Problem | None:
    """The subject must be mentoring and the partner, not the reporting party, the provider."""
    if not a.kind_ok or a.criterion.topic != "mentoring_agreement":
        return None
    facts = agreements.analyse(a.doc.text, a.ctx.org, a.date.date, a.ctx.year)
    a.facts = facts
    a.details.update(agreement_details(facts))
    # a cooperation agreement whose subject is broad («сотрудничество в области …») is about
    # mentoring all the same when its obligations assign one party's staff as mentors
    if not facts.subject_mentoring:
        if len(a.doc.hits("mentoring")) >= 3 or agreements.mentors_obliged(facts):
            a.doubt("review_subject", 0.2)
        else:
            span = facts.subject_span
            return a.problem(
                Verdict.OFF_TOPIC,
                "off_topic_agreement",
                (span[0], min(span[1], span[0] + 300)) if span else None,
            )
    a.topic_span = facts.provider_span or facts.subject_span
    if facts.mutual:
        return None
    if facts.contested:
        # the text names the other side as the mentors' provider too: a human should look
        a.doubt("review_direction_contested", 0.35)
    if facts.provider is None or facts.ours is None:
        # the provider is unknown, or known but not which party is the reporting one
        a.doubt("review_direction" if facts.provider is None else "review_reporting_party", 0.35)
        # flagged whatever else decides the verdict (a problem of the date takes the flags
        # raised so far, not the doubts): an undecided side is never passed silently
        a.flags.append("needs_review")
        return None
    if facts.ours_how == "name":
        # the reporting party guessed from the names: say so
        a.confidence = min(a.confidence, 0.7)
        a.details["reporting_party_guessed"] = True
    if facts.provider != facts.ours:
        # the partner provides — but on evidence thin enough to be misread: a human should look
        # before the agreement is counted (reversed agreements passed silently came so)
        weak = agreements.weak_direction(facts)
        if weak:
            a.doubt(weak, 0.2)
        return None
    if facts.ours_how not in ("org", "abbreviation") or facts.contested:
        # the reporting party guessed, or the other side said to provide mentors too (split
        # votes): a reversal decided on either is no sure one — a human looks, as at a weak ok
        a.confidence = min(a.confidence, 0.65)
        a.flags.append("needs_review")
    party = facts.parties[facts.provider]
    return a.problem(
        Verdict.WRONG_DIRECTION,
        "wrong_direction",
        facts.provider_span,
        provider=f"«{party.designation}»",
    )


def issuer_step(a: Assessment) -> Problem | None:
    """An order issued by an authority (a ministry, an education department), not by the
    reporting organisation: it does not prove the organisation's own act, which every order
    criterion asks for («приказ … в образовательной организации») — `off_topic`, with a human
    look, since the letterhead alone tells the issuer."""
    if a.date.how == "signature" and a.kind.kind is DocKind.ORDER:
        a.flags.append("date_from_signature")
        a.confidence -= 0.15
    issuer = foreign_issuer(a.doc.text, a.kind, a.ctx.org)
    approver = None if issuer else foreign_approval(a.doc.text, a.kind, a.ctx.org)
    author = None if issuer or approver else foreign_author(a.doc.text, a.kind, a.ctx.org)
    school = None if issuer or approver or author else foreign_school(a.doc.text, a.kind, a.ctx.org)
    if not (issuer or approver or author or school):
        return None
    a.flags += ["issuer_not_reporting_org", "needs_review"]
    a.details["issuer"] = issuer or approver or author or school
    a.confidence -= 0.2
    if approver:
        # «Утверждено постановлением Правительства …»: an authority's regulation, not the
        # organisation's local act
        return a.problem(Verdict.OFF_TOPIC, "off_topic_approver", a.heading_span())
    if author:
        # a methodical centre's order, положение or programme, a region's справка: another
        # organisation's act
        key = _AUTHOR_KEYS.get(a.kind.kind, "off_topic_author_act")
        return a.problem(Verdict.OFF_TOPIC, key, a.heading_span())
    if school:
        # «Гимназия № 6» over the order, the form's «Лицей 23»: another school's own act
        return a.problem(
            Verdict.OFF_TOPIC, "off_topic_other_school", a.heading_span(), found=school
        )
    return a.problem(Verdict.OFF_TOPIC, "off_topic_issuer", a.heading_span())


def date_step(a: Assessment) -> Problem | None:
    """The criterion's date rule: dated at all, and in (or not after) the reporting year."""
    rule, year, facts, date = a.criterion.date_rule, a.ctx.year, a.facts, a.date
    problem: Problem | None = None
    if date.how == "esign":
        a.flags.append("date_from_esign")
        a.doubt("review_esign_date", 0.2)
    if rule is DateRule.NONE:
        pass
    elif rule is DateRule.IN_FORCE and facts is not None:
        problem = _term_problem(a, facts)
    elif (
        date.date is None
        and (date.year is None or date.how == "period")
        and not _year_settles(a.date, rule, year)
    ):
        problem = no_date(a)
    else:
        # only the year is known (a certificate's «2024 г.», an order's date line «2023 г.»):
        # it decides whenever the year alone settles the rule; the day is left to a reviewer
        if date.date is None:
            a.doubt("review_year_only", 0.3)
        found = date.date.year if date.date else (date.year or date.typed_year)
        assert found is not None
        shown = ru_date(date.date) if date.date else f"{found} г."
        if rule is DateRule.NOT_AFTER and found > year:
            problem = a.problem(
                Verdict.WRONG_YEAR, "wrong_year_not_after", a.date_span(), date=shown, year=year
            )
        elif rule is DateRule.IN_YEAR and found != year:
            problem = a.problem(
                Verdict.WRONG_YEAR, "wrong_year_in_year", a.date_span(), date=shown, year=year
            )
    if problem is None and a.ctx.today and date.date and date.date > a.ctx.today:
        a.flags.append("date_in_future")
        a.review.append("review_future")
    return problem


def _year_settles(date: DocDate, rule: DateRule, year: int) -> bool:
    """Only the year stands on the document's date line («2023 г.», «от «__» ____ 2016 г.»):
    it decides when the year alone settles the rule — any year under «not after», another
    year under «in the reporting year» (the same year there still needs the day). Blanks
    left for the day and month («__.__.2024») mean a date written by hand: the year settles
    only a break of the rule (a later year), else the date is unknown — «no date», naming the
    typed year, for a reviewer to read the handwriting."""
    if not date.year_line or date.typed_year is None:
        return False
    if rule is DateRule.NOT_AFTER:
        return date.typed_year > year or not date.year_blanks
    return rule is DateRule.IN_YEAR and date.typed_year != year


def _term_problem(a: Assessment, facts: agreements.AgreementFacts) -> Problem | None:
    """An agreement must be in force at some time of the reporting year."""
    year = a.ctx.year
    if a.date.date is None and facts.start is None and facts.end is None:
        return no_date(a)
    ok, why = agreements.in_force(facts, year)
    if a.date.date is None and ok:
        # signed on a blank date line: «действует до 31.12.2025» from «the day of signing» cannot
        # show the agreement had begun by the reporting year, and even a full term («с
        # 01.09.2024 по 30.06.2025») on a copy whose conclusion date is blank is no proof it was
        # concluded — no date, for a reviewer to see the signed copy; only an end before the
        # year (expired) or a year typed after it settles the rule
        typed = a.date.typed_year
        if not (typed and typed > year):
            return no_date(a)
        return a.problem(
            Verdict.WRONG_YEAR,
            "wrong_year_not_started",
            facts.term_span or a.date_span(),
            start=f"в {typed} г.",
            year=year,
        )
    if facts.prolongation:
        a.flags.append("auto_prolongation")
    if facts.end and facts.end < dt.date(year, 1, 1) and not ok:
        a.flags.append("agreement_expired")
    if not ok:
        span = facts.term_span or a.date_span()
        if why == "expired" and facts.end:
            return a.problem(
                Verdict.WRONG_YEAR, "wrong_year_expired", span, end=ru_date(facts.end), year=year
            )
        start = facts.start or a.date.date
        return a.problem(
            Verdict.WRONG_YEAR,
            "wrong_year_not_started",
            span,
            start=ru_date(start) if start else "?",
            year=year,
        )
    if facts.end is None and not facts.indefinite and not facts.prolongation:
        a.flags.append("term_unknown")
        a.confidence -= 0.1
    return None


def no_date(a: Assessment) -> Problem:
    """No date could be read: say so and ask for a look (on scans it is often handwritten)."""
    a.flags.append("needs_review")
    if a.kind.subtype in _SAMPLES:
        # «Образец договора …»: a form to fill in, not the organisation's signed document
        return a.problem(Verdict.NO_DATE, "no_date_sample", None, found=a.kind.subtype)
    if a.date.template:
        return a.problem(Verdict.NO_DATE, "no_date_template", None)
    if a.date.how == "period" and a.date.year:
        # «Справка … за 2024 год»: the period reported on, not the day it was drawn up
        return a.problem(Verdict.NO_DATE, "no_date_period", None, year=a.date.year)
    if a.date.typed_year:
        a.details["typed_year"] = a.date.typed_year
        return a.problem(Verdict.NO_DATE, "no_date_year", None, year=a.date.typed_year)
    return a.problem(Verdict.NO_DATE, "no_date", None)


STEPS: tuple[Step, ...] = (kind_step, topic_step, agreement_step, issuer_step, date_step)


def foreign_issuer(text: str, kind: KindResult, org: str | None) -> str | None:
    """An order issued by an authority (ministry, education department) rather than by the
    reporting organisation: its letterhead names the authority and not the organisation.
    Without the form's name (a link checked on its own) the letterhead alone tells: an
    authority's and no educational organisation's."""
    if kind.kind is not DocKind.ORDER or kind.heading is None:
        return None
    header = text[max(0, kind.heading.start - 400) : kind.heading.start]
    # «Приказ Минпросвещения КБР от 21.03.2023 N 22/294 …» (a legal portal's title of the act):
    # the issuer named on the heading's line, between the act's word and its date or number
    line_end = text.find("\n", kind.heading.end)
    line = text[kind.heading.end : line_end if line_end != -1 else len(text)]
    header += " " + re.split(r"\s(?:от|№|N)\s", line + " ", maxsplit=1)[0]
    vocab = vocabulary()
    header = _page_chrome(header)
    if not vocab.authority.search(header):
        return None
    if org and _names_org(org, header):
        return None
    if _own_letterhead(header):
        return None  # the organisation's own letterhead, which names its founder too
    return " ".join(header.split())[-150:]


# a site's page over the document it shows: the site's title line («Официальный сайт МКОУ
# «СОШ № 2»» | Документы») and the path to the page («Главная > Сведения … > Документы»)
_CHROME_LINE = re.compile(r"[^\S\n]*(?:официальн\w*\s+сайт|главная\s*[>»/|])", re.IGNORECASE)


def _page_chrome(header: str) -> str:
    """The lines over a heading without the lines a site's page prints around the document
    (its title, the path to the page): they name the site's owner, not the act's issuer."""
    lines = header.split("\n")
    return "\n".join(" " * len(line) if _CHROME_LINE.match(line) else line for line in lines)


def _own_letterhead(header: str) -> bool:
    """The letterhead names an educational organisation — not an authority set up as an
    institution, whose name is the authority's («муниципальное казённое учреждение
    «Управление образования местной администрации … района»»)."""
    vocab = vocabulary()
    for m in vocab.own_letterhead.finditer(header):
        rest = re.match(r"\w*[\s«\"„“]*", header[m.end() :])
        if not vocab.authority.match(header, m.end() + (rest.end() if rest else 0)):
            return True
    return False


# the kinds an organisation draws up itself on its letterhead (an agreement names two parties,
# a certificate is issued to a person by another organisation)
_OWN_ACTS = (DocKind.ORDER, DocKind.REGULATION, DocKind.REPORT, DocKind.PROGRAMME)
# The message of another organisation's act, by its kind (any other: «off_topic_author_act»).
_AUTHOR_KEYS = {DocKind.ORDER: "off_topic_author", DocKind.REPORT: "off_topic_author_report"}


def foreign_author(text: str, kind: KindResult, org: str | None) -> str | None:
    """An act an organisation draws up itself (an order, a положение, a programme, a справка)
    on the letterhead of an organisation that supports schools and is none of them (a regional
    or city methodical centre, an institute of education development, a further-training
    organisation — «ГАУ ДПО «Региональный методический центр»» over «ПРИКАЗ», «МБУ ДПО «ЦНППМ»»
    over the положение on the city's association of mentors it approved), or a справка on an
    authority's letterhead (a region's or a municipality's summary of its schools' monitoring):
    another organisation's act, not the reporting organisation's own. A letterhead that names a
    school, a kindergarten or a college too is the organisation's."""
    if kind.kind not in _OWN_ACTS or not org or kind.heading is None:
        return None
    header = text[max(0, kind.heading.start - 400) : kind.heading.start]
    vocab = vocabulary()
    body = vocab.support_body.search(header)
    if body is None and not (kind.kind is DocKind.REPORT and vocab.authority.search(header)):
        return None
    if vocab.school_letterhead.search(header):
        return None
    if _names_org(org, header):
        return None
    if kind.kind is DocKind.REPORT and _school_signs(text, kind.heading.end, org):
        return None  # another organisation's form, filled in and signed by the school
    return " ".join(header.split())[-150:]


_SIGNATURES = 1000  # the end of a text where its signatures stand


@lru_cache(maxsize=4)
def _head_line(vocab: Vocabulary) -> re.Pattern[str]:
    """A line opening with a head's post («Директор …»)."""
    return re.compile(rf"[^\S\n]*(?:{vocab.structure.pair_leaders})[^\n]*", re.IGNORECASE)


def _school_signs(text: str, start: int, org: str) -> bool:
    """A справка signed by a school's head: a line at its end opens with a head's post
    and names the school («Директор МОУ «СОШ № 4 г. Вольска» ____ Н. В. Тимакова») — the
    school's own справка on a form another organisation (a methodical centre, an authority)
    printed for its schools to fill in, whatever the form's letterhead. A school of another
    number than the form's name writes signs another school's."""
    vocab = vocabulary()
    head = _head_line(vocab)
    wanted = {n.lstrip("0") for n in re.findall(r"\d+", org)}
    pos = text.find("\n", max(start, len(text) - _SIGNATURES))
    while pos != -1:
        m = head.match(text, pos + 1)
        if m and vocab.school_letterhead.search(m.group()):
            numbers = {n.lstrip("0") for n in re.findall(r"№\s*(\d+)", m.group())}
            if not (wanted and numbers) or numbers & wanted:
                return True
        pos = text.find("\n", pos + 1)
    return False


def _names_org(org: str, header: str) -> bool:
    """The letterhead names the form's organisation. The territory an authority serves
    («администрация Приволжского муниципального района») is left out: a school's name often
    carries the same place («Приволжск ООШ 1»), which does not make the authority's
    letterhead the school's."""
    named = vocabulary().territory.sub(" ", header)
    return fuzz.partial_ratio(org.lower(), named.lower()) >= 75


def foreign_school(text: str, kind: KindResult, org: str | None) -> str | None:
    """An educational organisation's act, but another one's than the reporting organisation:
    its letterhead or approval stamp (the lines over the heading) names numbered schools,
    gymnasiums, kindergartens («МАОУ «СОШ № 22»», «Гимназия № 6», «Лицей № 1 им. …»), and none
    of them bears a number the form's name writes («СОШ 18», «Лицей 23»). A letterhead that
    names no number, or a form's name with none («Детский сад Ромашка»), tells nothing."""
    if kind.kind not in _OWN_ACTS or not org or kind.heading is None:
        return None
    wanted = {n.lstrip("0") for n in re.findall(r"\d+", org)}
    if not wanted:
        return None
    header = text[max(0, kind.heading.start - 400) : kind.heading.start]
    numbered = re.compile(
        rf"(?:{vocabulary().numbered_school.pattern})(?:[ \t]+[а-яё-]+){{0,3}}?[ \t]*[»\"]?"
        r"[ \t]*(?:№|N)[ \t]*(?P<number>\d+)",
        re.IGNORECASE,
    )
    found = list(numbered.finditer(header))
    if not found or any(m["number"].lstrip("0") in wanted for m in found):
        return None
    return " ".join(found[0].group().split())


def foreign_approval(text: str, kind: KindResult, org: str | None) -> str | None:
    """A regulation approved by an authority's act, not by the organisation: its approval
    stamp names the act and its issuer («Утверждено постановлением Правительства Республики
    …», «УТВЕРЖДЕНО приказом министерства образования …») — a region's or a municipality's
    regulation, not the organisation's local act."""
    if kind.kind is not DocKind.REGULATION or not org:
        return None
    vocab = vocabulary()
    stamp = re.compile(
        rf"(?<![а-яё])(?:{vocab.dates.approval_stamp})\s+(?:{vocab.dates.act_nouns})"
        rf"\s+(?:{vocab.authority.pattern})[^\n]{{0,80}}(?:\n[^\n]{{0,80}})?",
        re.IGNORECASE,
    )
    end = kind.heading.start if kind.heading else kind.title_start
    m = stamp.search(text, max(0, end - 400), end)
    if m is None or fuzz.partial_ratio(org.lower(), m.group().lower()) >= 75:
        return None
    if vocab.own_letterhead.search(m.group()):
        return None  # «… приказом департамента … от …» on the organisation's own letterhead
    return " ".join(m.group().split())[:150]


def agreement_details(f: agreements.AgreementFacts) -> dict[str, Any]:
    return {
        "parties": [{"name": p.name, "designation": p.designation} for p in f.parties],
        "subject": " ".join(f.subject.split())[:300],
        "subject_mentoring": f.subject_mentoring,
        "mentor_provider": f.parties[f.provider].designation if f.provider is not None else None,
        "mutual": f.mutual,
        "reporting_party": f.parties[f.ours].designation if f.ours is not None else None,
        "reporting_party_by": f.ours_how or None,
        "term": {
            "start": f.start.isoformat() if f.start else None,
            "end": f.end.isoformat() if f.end else None,
            "indefinite": f.indefinite,
            "auto_prolongation": f.prolongation,
            "text": f.term_text or None,
        },
    }
