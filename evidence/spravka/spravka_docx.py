"""``spravka.docx``: the municipal информационно-аналитическая справка (seeds 000, 002, 003)."""

from __future__ import annotations

import io
from pathlib import Path

from docx.document import Document as DocumentType
from docx.shared import Cm

from evidence.spravka import docxkit as kit
from evidence.spravka.build import Spravka
from evidence.spravka.chart import chart_png
from evidence.spravka.figures import CriterionFigures, Tally, load_section_titles
from evidence.spravka.municipal import municipal_recommendations
from evidence.spravka.tables import criteria_rows, programme_rows, target_rows, type_title
from evidence.spravka.targets import TargetFigure
from evidence.spravka.text import number, participation, pct, pct_value, plural, signed


def where(s: Spravka) -> str:
    if s.municipality.strip():
        return f"муниципального образования «{s.municipality.strip()}»"
    return "муниципалитета"


def title_lines(s: Spravka) -> list[str]:
    return [
        "ИНФОРМАЦИОННО-АНАЛИТИЧЕСКАЯ СПРАВКА",
        "по итогам мониторинга реализации целевой модели наставничества педагогических "
        f"работников и обучающихся в образовательных организациях {where(s)} в {s.year} году",
    ]


def participation_text(s: Spravka) -> str:
    parts = [(n, plural(n, *s.orgtypes.types[t].counted)) for t, n in s.type_counts.items()]
    text = participation(s.participants, parts)
    if s.previous:
        delta = signed(s.participants - s.previous.participants, 0)
        text += f" В {s.previous.year} году — {s.previous.participants} ({delta})."
    return text


def criterion_text(s: Spravka, figure: CriterionFigures) -> str:
    """«Приказ …: заявлено 78 (63 %), подтверждено 52 (42 %)» with counts and last year."""
    total = figure.total
    text = f"{figure.full_title} (показатель {figure.code}): {_pair(total, s.checked)}"
    if figure.counts:
        unit = s.phrases.count_units.get(figure.code, "")
        text += f"; количество {unit}: заявлено {total.declared_sum}".rstrip()
        if s.checked:
            text += f", подтверждено {total.confirmed_sum}"
    before = s.previous.criterion(figure.code) if s.previous else None
    if s.previous and before:
        text += f" (в {s.previous.year} г.: {_pair(before.total, s.previous.checked)})"
    return text + "."


def _pair(tally: Tally, checked: bool, in_orgs: bool = True) -> str:
    """«заявлено в 3 организациях (60 %), подтверждено в 1 организации (20 %)»."""
    n = tally.participants

    def orgs(count: int) -> str:
        if not in_orgs:
            return str(count)
        return f"в {count} " + plural(count, "организации", "организациях", "организациях")

    text = f"заявлено {orgs(tally.declared)} ({pct(tally.declared, n)})"
    if checked:
        text += f", подтверждено {orgs(tally.confirmed)} ({pct(tally.confirmed, n)})"
    return text


def type_lines(s: Spravka, figure: CriterionFigures) -> list[str]:
    lines = []
    for code, tally in figure.by_type.items():
        pair = _pair(tally, s.checked, in_orgs=False)
        line = f"из {type_title(s, code)} ({tally.participants}): {pair}"
        before = s.previous.criterion(figure.code) if s.previous else None
        if s.previous and before and code in before.by_type:
            last = _pair(before.by_type[code], s.previous.checked, in_orgs=False)
            line += f" (в {s.previous.year} г.: {last})"
        lines.append(line)
    return lines


def target_text(s: Spravka, figure: TargetFigure) -> list[str]:
    t = figure.target
    lines: list[str] = []
    if figure.value is None:
        head = f"{t.short}: значение не рассчитано — нет организаций с непротиворечивыми данными"
    else:
        head = (
            f"{t.short}: {pct_value(figure.value)} ({number(figure.part_sum)} из "
            f"{number(figure.whole_sum)} по {len(figure.included)} организациям) при плане "
            f"{pct_value(figure.planned, 0)} на {s.year} год"
        )
        gap = figure.gap
        if gap is not None:
            head += f", отставание {number(gap)} п.п." if gap > 0 else ", план выполнен"
    lines.append(head + ".")
    by_type = [
        f"{type_title(s, code)} — {pct_value(value)}"
        for code, value in figure.by_type.items()
        if value is not None
    ]
    if len(by_type) > 1:
        lines.append("По типам организаций: " + "; ".join(by_type) + ".")
    down = figure.pulling_down()
    if down and figure.value is not None:
        lines.append(
            "Сильнее всего снижают показатель: "
            + "; ".join(
                f"{v.org} ({number(v.part)} из {number(v.whole)}, {pct_value(v.percent)})"
                for v in down
            )
            + "."
        )
    if figure.contradictory:
        lines.append(
            "Не учтены из-за противоречий в данных: "
            + "; ".join(f"{org} — {msg.rstrip('.')}" for org, msg in figure.contradictory)
            + "."
        )
    if figure.missing:
        lines.append("Не учтены, значение не заполнено: " + "; ".join(figure.missing) + ".")
    return lines


def build_docx(s: Spravka) -> DocumentType:
    doc = kit.new_document()
    first, second = title_lines(s)
    kit.paragraph(doc, first, bold=True, align="center", size=14)
    kit.paragraph(doc, second, bold=True, align="center")
    kit.paragraph(
        doc,
        f"Сформирована {s.generated} по результатам автоматической проверки подтверждающих "
        "документов. «Заявлено» — как указали организации в форме «М_НПриО»; «подтверждено» — "
        "подтверждено документом по указанной ссылке или решением проверяющего. Доли — от "
        "числа участников мониторинга. Какие организации учтены в каждой цифре — лист "
        "«Цифры справки» в report.xlsx.",
        italic=True,
        size=10,
    )
    kit.paragraph(doc, "1. " + participation_text(s))
    if s.unknown_type:
        kit.paragraph(
            doc,
            f"Тип не определён по наименованию у организаций ({len(s.unknown_type)}); они учтены "
            "как «иные», укажите тип в столбце «Тип ОО»: " + "; ".join(s.unknown_type) + ".",
        )
    number_ = _criteria_sections(doc, s, start=2)
    _programmes(doc, s)
    _targets(doc, s, number_)
    _chart(doc, s)
    kit.heading(doc, f"{number_ + 1}. Рекомендации", 1)
    kit.paragraph(doc, "По итогам мониторинга рекомендуется муниципальному координатору:")
    for text in municipal_recommendations(s):
        kit.paragraph(doc, text, style="List Number")
    return doc


def _declared_ever(s: Spravka, figure: CriterionFigures) -> bool:
    before = s.previous.criterion(figure.code) if s.previous else None
    return bool(figure.total.declared or (before and before.total.declared))


def _criteria_sections(doc: DocumentType, s: Spravka, start: int) -> int:
    """A section per criterion group; returns the number of the next section."""
    titles = load_section_titles()
    sections = sorted({c.section for c in s.criteria})
    for number_, section in enumerate(sections, start=start):
        figures = [c for c in s.criteria if c.section == section]
        kit.heading(doc, f"{number_}. {titles.get(section, f'Раздел {section}')}", 1)
        silent = []
        for figure in figures:
            if not _declared_ever(s, figure):
                silent.append(figure.code)
                continue
            kit.paragraph(doc, criterion_text(s, figure))
            if len(figure.by_type) > 1 or s.unknown_type:
                for line in type_lines(s, figure):
                    kit.paragraph(doc, line, style="List Bullet")
        if silent:
            kit.paragraph(doc, "Не заявлено ни одной организацией: " + ", ".join(silent) + ".")
    kit.caption(doc, "Таблица 1 — Заявлено и подтверждено по показателям (доля от участников)")
    kit.table(doc, criteria_rows(s))
    return start + len(sections)


def _programmes(doc: DocumentType, s: Spravka) -> None:
    kit.paragraph(doc, "")
    kit.caption(
        doc,
        "Таблица 2 — Количество персонализированных программ наставничества по формам и типам "
        "организаций" + (" (заявлено / подтверждено)" if s.checked else " (заявлено)"),
    )
    kit.table(doc, programme_rows(s))


def _targets(doc: DocumentType, s: Spravka, number_: int) -> None:
    kit.heading(doc, f"{number_}. Целевые показатели", 1)
    source = f" ({s.target_source})" if s.target_source else ""
    kit.paragraph(
        doc,
        f"Значения рассчитаны как сумма частей по сумме целых по организациям, к которым "
        f"показатель относится{source}; организации с противоречивыми значениями учтены отдельно.",
    )
    kit.caption(doc, "Таблица 3 — Целевые показатели и отставание от плана")
    kit.table(doc, target_rows(s))
    for figure in s.targets:
        for line in target_text(s, figure):
            kit.paragraph(doc, line)


def _chart(doc: DocumentType, s: Spravka) -> None:
    kit.paragraph(doc, "")
    doc.add_picture(io.BytesIO(chart_png(s)), width=Cm(16.5))
    kit.caption(doc, "Рисунок 1 — Доля организаций, заявивших и подтвердивших показатель, %")


def write_spravka_docx(path: Path, s: Spravka) -> None:
    kit.save(build_docx(s), path)
