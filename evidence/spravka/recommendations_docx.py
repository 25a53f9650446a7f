"""``recommendations.docx``: one letter-ready section per organisation, a page break between."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentType

from evidence.spravka import docxkit as kit
from evidence.spravka.build import Spravka
from evidence.spravka.recommendations import OrgAdvice
from evidence.spravka.spravka_docx import where


def advice_line(code: str, text: str) -> str:
    return f"{code} — {text}" if code else text


def _org_section(doc: DocumentType, s: Spravka, advice: OrgAdvice) -> None:
    kit.heading(doc, advice.org, 1)
    details = [f"Тип: {s.orgtypes.title(advice.type)}"]
    if advice.org_id:
        details.insert(0, f"ИНН / код: {advice.org_id}")
    kit.paragraph(doc, "; ".join(details) + ".", italic=True, size=11, align="left")
    kit.paragraph(
        doc,
        f"По итогам проверки подтверждающих документов, указанных в форме мониторинга "
        f"«М_НПриО» за {s.year} год, документами подтверждено {advice.confirmed} из "
        f"{advice.declared} заявленных показателей.",
    )
    groups = advice.grouped(s.phrases, s.year)
    if not groups:
        kit.paragraph(doc, "Замечаний нет: все заявленные показатели подтверждены документами.")
        return
    kit.paragraph(doc, "Что необходимо сделать:")
    for title, items in groups:
        kit.heading(doc, title, 2)
        for item in items:
            kit.paragraph(doc, advice_line(item.code, item.text), style="List Bullet")
    if s.phrases.letter_closing:
        kit.paragraph(doc, s.phrases.letter_closing.format(year=s.year))


def build_docx(s: Spravka) -> DocumentType:
    doc = kit.new_document()
    kit.paragraph(doc, "АДРЕСНЫЕ РЕКОМЕНДАЦИИ", bold=True, align="center", size=14)
    kit.paragraph(
        doc,
        "по итогам мониторинга реализации целевой модели наставничества в образовательных "
        f"организациях {where(s)} в {s.year} году",
        bold=True,
        align="center",
    )
    for index, advice in enumerate(s.advice):
        if index:
            kit.page_break(doc)
        _org_section(doc, s, advice)
    if not s.advice:
        kit.paragraph(doc, "Нет проверенных организаций.")
    return doc


def write_recommendations_docx(path: Path, s: Spravka) -> None:
    kit.save(build_docx(s), path)
