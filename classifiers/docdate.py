"""The document's own date and number, told apart from the dates it cites."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from classifiers.dates import (
    CITED_CONTEXT,
    DateHit,
    find_dates,
    is_cited,
    is_stamp,
    number_near,
    template_unfilled,
    year_only,
)
from classifiers.doctype import KindResult
from evidence.models import DocKind


@dataclass(frozen=True)
class DocDate:
    date: dt.date | None
    number: str | None
    hit: DateHit | None
    how: str  # title_block | stamp | signature | issue | year_only | none
    flags: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # cited / stamp dates passed over, for reviewers
    year: int | None = None  # a bare year («за 2024 год») when no full date
    template: str | None = None
    all_dates: list[DateHit] = field(default_factory=list)


_APPROVAL = re.compile(r"(утвержд\w*|утверждаю|приказ\w*|введен\w*|приложени\w*)", re.IGNORECASE)
# The act a date belongs to is the one named last before it (ministry names only qualify it).
_ACT_NOUN = re.compile(
    r"(приказ\w*|распоряжени\w*|постановлени\w*|утвержд\w*|введен\w*|приложени\w*|протокол\w*|решени\w*|"
    r"закон\w*|указ\w*|письм\w*|согласован\w*|принят\w*|рассмотрен\w*)",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"(?<![а-яё])(?:с|по|до|со)\s*[«\"]?\s*$", re.IGNORECASE)
_ISSUE = re.compile(r"(дата\s+выдачи|выдано|выдан[оа]?)", re.IGNORECASE)


def _first(
    text: str,
    hits: list[DateHit],
    start: int,
    end: int,
    floor: int,
    skipped: list[str],
    approval_ok: bool,
) -> DateHit | None:
    for h in hits:
        if h.start < start or h.start >= end:
            continue
        if _PERIOD_BEFORE.search(text[max(0, h.start - 12) : h.start]):
            skipped.append(
                h.text
            )  # «с 01.09.2023 по 31.08.2024» is a period, not a date of signing
            continue
        if is_stamp(text, h):
            skipped.append(h.text)
            continue
        line_head = text[text.rfind("\n", 0, h.start) + 1 : h.start]
        # «от 01.09.2023 № 5» opening its own line under the title is the document's date — unless
        # the line above breaks off a cited act («Во исполнение приказа Управления образования»).
        prev_line = text[
            text.rfind("\n", 0, max(0, h.start - len(line_head) - 1)) + 1 : h.start - len(line_head)
        ]
        fresh_line = (
            floor > 0
            and re.fullmatch(r"\s*(?:от)?\s*[«\"]?\s*", line_head, re.IGNORECASE) is not None
            and not (
                CITED_CONTEXT.search(prev_line)
                and not re.search(r"[.;:]\s*$", prev_line)
                and not re.match(
                    r"\s*(?:о|об)\s", prev_line, re.IGNORECASE
                )  # the order's own subject line
            )
        )
        if not fresh_line and is_cited(text, h, floor=floor):
            before = text[max(floor, h.start - 90) : h.start]
            # the act named last before the date is the one it belongs to: «протокол от …» is
            # the council's protocol, «приказом от …» the approving order
            last = list(_ACT_NOUN.finditer(before))
            nearest = last[-1].group() if last else ""
            if not (approval_ok and _APPROVAL.match(nearest) and not _foreign(before)):
                skipped.append(h.text)
                continue
        return h
    return None


def _foreign(before: str) -> bool:
    """The cited act is a law or a ministry's act, not the document's own approval."""
    return bool(
        re.search(
            r"(закон|указ\b|указа|р-145|в\s+соответствии|на\s+основании|во\s+исполнение|разработан)",
            before,
            re.IGNORECASE,
        )
    )


def _on_own_line(text: str, hit: DateHit) -> bool:
    """A date that opens its line («02.09.2024», «Дата: 02.09.2024») — not a deadline in a clause."""
    head = text[text.rfind("\n", 0, hit.start) + 1 : hit.start]
    return re.fullmatch(r"\s*(?:от|дата\s*:?)?\s*[«\"]?\s*", head, re.IGNORECASE) is not None


def own_date(text: str, kind: KindResult, pivot_year: int) -> DocDate:
    hits = find_dates(text, pivot_year)
    skipped: list[str] = []
    head_end = min(len(text), 6000)
    h: DateHit | None = None
    how = "none"
    floor = kind.heading.end if kind.heading else 0

    if kind.kind is DocKind.CERTIFICATE:
        m = _ISSUE.search(text)
        if m:
            h = _first(text, hits, m.end(), m.end() + 80, m.end(), skipped, False)
            how = "issue"
        if h is None:
            period = re.search(r"\sпо\s+", text)
            cands = [x for x in hits if not is_stamp(text, x)]
            if period and cands:
                h, how = cands[-1], "issue"
    elif kind.kind in (DocKind.REGULATION, DocKind.PROGRAMME) or "appendix_of_order" in kind.flags:
        # The approval stamp («УТВЕРЖДЕНО приказом от … №», «Приложение к приказу от …») dates it.
        h = _first(text, hits, 0, max(kind.title_end, min(1500, head_end)), 0, skipped, True)
        how = "stamp"
    else:
        start = kind.heading.end if kind.heading else kind.title_start
        block_end = max(kind.title_end, start + 1)
        h = _first(text, hits, start, block_end, floor, skipped, False)
        how = "title_block"
        if h is None and kind.heading is not None:
            # Layouts that put the date line above the heading.
            h = _first(
                text, hits, max(0, kind.heading.start - 250), kind.heading.start, 0, skipped, False
            )
        if h is None:
            # «от DD.MM.YYYY № N» somewhere in the head, not in a cited act's clause.
            for x in hits:
                if x.start >= head_end:
                    break
                if number_near(text, x) and not is_cited(text, x) and not is_stamp(text, x):
                    h = x
                    break
        if h is None and kind.kind in (
            DocKind.REPORT,
            DocKind.AGREEMENT,
            DocKind.OTHER,
            DocKind.ORDER,
        ):
            tail = max(0, len(text) - 700)
            late = [
                x
                for x in hits
                if x.start >= tail
                and not is_stamp(text, x)
                and not is_cited(text, x)
                and not _PERIOD_BEFORE.search(text[max(0, x.start - 12) : x.start])
                and (kind.kind is not DocKind.ORDER or _on_own_line(text, x))
            ]
            if late:
                # an order dated only under the signature: the first date there (acknowledgements follow)
                h, how = (late[0] if kind.kind is DocKind.ORDER else late[-1]), "signature"
    if h is None and kind.kind is DocKind.REPORT:
        m = re.search(r"по\s+состоянию\s+на\s*", text[:3000], re.IGNORECASE)
        if m:
            h = next((x for x in hits if m.end() - 2 <= x.start <= m.end() + 3), None)
            how = "state_date"

    flags: list[str] = []
    if skipped:
        flags.append("cited_dates_skipped")
    template = None
    if h is None:
        t = template_unfilled(text[:head_end])
        if t:
            flags.append("template_unfilled")
            template = t.group()
    year = None
    if h is None and template is None and kind.kind is DocKind.CERTIFICATE:
        # «г. Ижевск, 2024 г.»: certificates often carry only the year of issue on a line of its own
        m = re.search(r"^[^\n\d]{0,40}?\b((?:19|20)\d\d)\s*(?:г\.?|года?)?\s*$", text, re.MULTILINE)
        if m:
            year, how = int(m.group(1)), "year_only"
    if h is None and template is None and kind.kind is DocKind.REPORT:
        # «Справка … за 2024 год»: the year in the report's own title, never in a body.
        y = year_only(text[kind.title_start : max(kind.title_end, kind.title_start + 300)])
        if y:
            year, how = y[0], "year_only"
    number = number_near(text, h) if h else None
    return DocDate(
        h.date if h else None,
        number,
        h,
        how if (h or year) else "none",
        tuple(flags),
        tuple(skipped[:8]),
        year,
        template,
        hits,
    )
