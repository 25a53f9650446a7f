"""The справка's tables as rows of text, shared by the DOCX, the HTML summary and the XLSX sheet.

Each function returns ``[header, *rows]``; every cell is a string.
"""

from __future__ import annotations

from evidence.spravka.build import Spravka
from evidence.spravka.figures import CriterionFigures, Tally
from evidence.spravka.targets import TargetFigure
from evidence.spravka.text import number, pct, pct_value, signed

Rows = list[list[str]]
TRACE_HEADER = (
    "Показатель",
    "Тип ОО",
    "Что",
    "Организаций",
    "Количество / значение",
    "Организации",
    "Строки results.jsonl",
)
_NONE = "—"


def _orgs(tally: Tally, *, confirmed: bool) -> str:
    count = tally.confirmed if confirmed else tally.declared
    return f"{count} ({pct(count, tally.participants)})"


def _sums(figure: CriterionFigures, checked: bool) -> str:
    if not figure.counts:
        return _NONE
    total = figure.total
    return f"{total.declared_sum} / {total.confirmed_sum}" if checked else str(total.declared_sum)


def _change(s: Spravka, figure: CriterionFigures) -> str:
    before = s.previous.criterion(figure.code) if s.previous else None
    if before is None:
        return _NONE
    text = f"заявили {signed(figure.total.declared - before.total.declared, 0)}"
    if s.checked and s.previous and s.previous.checked:
        text += f", подтвердили {signed(figure.total.confirmed - before.total.confirmed, 0)}"
    return text


def criteria_rows(s: Spravka, section: int | None = None) -> Rows:
    """Declared vs confirmed per criterion (organisations, shares of participants, sums)."""
    header = ["Код", "Показатель", "Заявили, орг. (%)", "Подтвердили, орг. (%)"]
    header.append("Количество: заявлено / подтверждено" if s.checked else "Количество: заявлено")
    if s.previous:
        header.append(f"Изменение к {s.previous.year} г.")
    rows = [header]
    for figure in s.criteria:
        if section is not None and figure.section != section:
            continue
        row = [
            figure.code,
            figure.title,
            _orgs(figure.total, confirmed=False),
            _orgs(figure.total, confirmed=True) if s.checked else _NONE,
            _sums(figure, s.checked),
        ]
        if s.previous:
            row.append(_change(s, figure))
        rows.append(row)
    return rows


def type_title(s: Spravka, code: str) -> str:
    return s.orgtypes.types[code].plural_genitive if code in s.orgtypes.types else code


def programme_rows(s: Spravka) -> Rows:
    """Personalised programmes by form (3.1–3.7) × organisation type: «заявлено / подтверждено»."""
    types = list(s.type_counts)
    header = ["Форма наставничества", *(type_title(s, t).capitalize() for t in types), "Всего"]
    if s.previous:
        header.append(f"Всего в {s.previous.year} г.")
    rows = [header]
    last_total = [0, 0]
    totals = {t: [0, 0] for t in [*types, "*"]}
    for code, form in s.phrases.programme_forms.items():
        figure = s.criterion(code)
        if figure is None:
            continue
        row = [form]
        for t in types:
            tally = figure.by_type.get(t)
            declared, confirmed = (tally.declared_sum, tally.confirmed_sum) if tally else (0, 0)
            totals[t][0] += declared
            totals[t][1] += confirmed
            row.append(_pair(declared, confirmed, s.checked))
        totals["*"][0] += figure.total.declared_sum
        totals["*"][1] += figure.total.confirmed_sum
        row.append(_pair(figure.total.declared_sum, figure.total.confirmed_sum, s.checked))
        before = s.previous.criterion(code) if s.previous else None
        if s.previous:
            last = (before.total.declared_sum, before.total.confirmed_sum) if before else (0, 0)
            last_total = [last_total[0] + last[0], last_total[1] + last[1]]
            row.append(_pair(*last, s.checked and s.previous.checked))
        rows.append(row)
    total_row = ["Всего", *(_pair(totals[t][0], totals[t][1], s.checked) for t in [*types, "*"])]
    if s.previous:
        total_row.append(_pair(last_total[0], last_total[1], s.checked and s.previous.checked))
    rows.append(total_row)
    return rows


def _pair(declared: int, confirmed: int, checked: bool) -> str:
    return f"{declared} / {confirmed}" if checked else str(declared)


def target_rows(s: Spravka) -> Rows:
    header = [
        "Показатель",
        f"Значение {s.year}",
        f"План {s.year}",
        "Отставание, п.п.",
        "База → цель",
        "Учтено орг.",
        "Не учтены: противоречия / пусто",
    ]
    if s.previous:
        header.append(f"Изменение к {s.previous.year} г., п.п.")
    rows = [header]
    for figure in s.targets:
        t = figure.target
        gap = figure.gap
        row = [
            t.short,
            pct_value(figure.value),
            pct_value(figure.planned, 0),
            _NONE if gap is None else (number(gap) if gap > 0 else "нет (план выполнен)"),
            f"{pct_value(t.baseline, 0)} ({t.baseline_year}) → "
            f"{pct_value(t.target, 0)} ({t.target_year})",
            str(len(figure.included)),
            f"{len(figure.contradictory)} / {len(figure.missing)}",
        ]
        if s.previous:
            row.append(_target_change(s, figure))
        rows.append(row)
    return rows


def _target_change(s: Spravka, figure: TargetFigure) -> str:
    before = s.previous.target(figure.target.id) if s.previous else None
    if before is None or before.value is None or figure.value is None:
        return _NONE
    return signed(figure.value - before.value)


def trace_rows(s: Spravka) -> Rows:
    """Which organisations (and rows of results.jsonl) every figure counts — the XLSX sheet."""
    rows = [list(TRACE_HEADER)]
    types = list(s.type_counts)
    for figure in s.criteria:
        tallies = [("все", figure.total)] + [
            (type_title(s, t), figure.by_type[t]) for t in types if t in figure.by_type
        ]
        for label, tally in tallies:
            kinds = [("заявлено", False)] + ([("подтверждено", True)] if s.checked else [])
            for what, confirmed in kinds:
                orgs = tally.confirmed_orgs if confirmed else tally.declared_orgs
                total = tally.confirmed_sum if confirmed else tally.declared_sum
                found = tally.confirmed_rows if confirmed else tally.declared_rows
                rows.append(
                    [
                        f"{figure.code} {figure.title}",
                        label,
                        what,
                        f"{len(orgs)} из {tally.participants}",
                        str(total) if figure.counts else _NONE,
                        "; ".join(orgs),
                        ", ".join(map(str, found)),
                    ]
                )
    for target in s.targets:
        title = target.target.short
        rows.append(
            [
                title,
                "все",
                f"в расчёте: {number(target.part_sum)} / {number(target.whole_sum)}",
                str(len(target.included)),
                pct_value(target.value),
                "; ".join(v.org for v in target.included),
                ", ".join(str(r) for v in target.included for r in v.rows),
            ]
        )
        if target.contradictory:
            rows.append(
                [
                    title,
                    "все",
                    "не учтены: противоречия",
                    str(len(target.contradictory)),
                    _NONE,
                    "; ".join(f"{org}: {msg}" for org, msg in target.contradictory),
                    "",
                ]
            )
        if target.missing:
            rows.append(
                [title, "все", "не учтены: не заполнено", str(len(target.missing)), _NONE,
                 "; ".join(target.missing), ""]
            )  # fmt: skip
    return rows
