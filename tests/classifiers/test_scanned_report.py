"""A scanned справка: its own date stands under the indicator table, above an appendix.

Rendered as a photographed page in a PDF and read through the real extraction path (OCR)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.criteria import load_catalogue
from evidence.extract import ExtractLimits, Extractor
from evidence.models import FileKind, Verdict
from evidence.pipeline import assess_document
from tests.extract.corpus import build_sample

FORMS = ["ученик – ученик", "учитель – учитель", "студент – ученик", "учитель – ученик"]
ROWS = "\n".join(
    f"{i}. Доля наставляемых в форме {form}: {20 + i} % (план {25 + i} %)"
    for i, form in enumerate(FORMS * 2, 1)
)
QUESTIONS = "\n".join(
    f"{i}. {q}"
    for i, q in enumerate(
        [
            "Оцените полезность встреч с наставником по шкале от 1 до 10.",
            "Оцените качество совместной работы с наставником.",
            "Что было самым полезным в работе с наставником?",
            "Что бы вы изменили в организации наставничества?",
            "Готовы ли вы сами стать наставником в следующем году?",
            "Ваши предложения по организации работы наставников.",
            "Какие темы встреч с наставником были самыми важными?",
            "Как часто вы встречались с наставником в течение года?",
            "Оцените доступность наставника для консультаций.",
            "Ваши пожелания наставнику на следующий учебный год.",
            "Оцените, насколько встречи помогли вам в учёбе и в подготовке к экзаменам.",
            "Оцените, насколько понятно наставник объяснял сложные темы и задания.",
            "Хотели бы вы продолжить работу с тем же наставником в следующем году?",
            "Какие формы работы с наставником вы считаете самыми полезными для себя?",
            "Оцените, насколько удобным было расписание встреч с наставником.",
            "Оцените, насколько вы довольны результатами совместной работы.",
        ],
        1,
    )
)
SPRAVKA = f"""МБОУ «Средняя общеобразовательная школа № 14»

ИНФОРМАЦИОННАЯ СПРАВКА
по итогам внутреннего мониторинга реализации
целевой модели наставничества в 2024 году

Показатели мониторинга:
{ROWS}

Заместитель директора по УВР ________ Е.А. Корнилова
21.10.2024

Приложение 1. Анкета удовлетворённости наставляемых
{QUESTIONS}
"""


@pytest.mark.slow
def test_scanned_report_dated_below_its_table(tmp_path: Path) -> None:
    data = build_sample(FileKind.PDF, SPRAVKA, scan=True)
    criterion = load_catalogue().get("1.4")
    assert criterion is not None
    with Extractor(ExtractLimits(), cache_dir=tmp_path) as extractor:
        text = extractor.extract(data, FileKind.PDF).text
        link = assess_document(data, FileKind.PDF, criterion, year=2024, extractor=extractor)
    # the signature block is far from the end: the appendix follows it on the same page
    assert len(text) - text.find("21.10.2024") > 700
    assert (link.verdict, link.doc_date) == (Verdict.OK, "2024-10-21"), link.message
    assert "ocr" in link.flags
