"""spravka.docx and recommendations.docx opened with python-docx, and rendered by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from evidence.spravka import build_spravka, write_documents
from evidence.spravka.build import Spravka
from tests.spravka.fixture import OVERRULED_ROW, YEAR, A, B, C, D, E, batch

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Spravka, dict[str, Path]]:
    items, results = batch()
    s = build_spravka(
        items, results, year=YEAR, municipality="Город Ижевск", overruled_rows={OVERRULED_ROW}
    )
    out = tmp_path_factory.mktemp("spravka")
    return s, write_documents(out, s)


def _texts(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def test_spravka_paragraphs(written: tuple[Spravka, dict[str, Path]]) -> None:
    _, paths = written
    texts = _texts(paths["spravka"])
    assert texts[0] == "ИНФОРМАЦИОННО-АНАЛИТИЧЕСКАЯ СПРАВКА"
    assert texts[1].endswith(
        "в образовательных организациях муниципального образования «Город Ижевск» в 2024 году"
    )
    assert (
        "1. В мониторинге приняли участие 5 образовательных организаций (1 дошкольная; "
        "2 общеобразовательные; 1 организация дополнительного образования; 1 иная)." in texts
    )
    # 1.1: 4 of 5 declared (80 %), 2 confirmed (40 %); per type as in the seed's «из них».
    line = next(t for t in texts if "(показатель 1.1)" in t)
    assert line.endswith(
        f"заявлено в 4 организациях (80{NBSP}%), подтверждено в 2 организациях (40{NBSP}%)."
    )
    assert (
        f"из общеобразовательных (2): заявлено 2 (100{NBSP}%), подтверждено 1 (50{NBSP}%)" in texts
    )
    # 2.1 counts agreements: 4 declared, 2 confirmed.
    line21 = next(t for t in texts if "(показатель 2.1)" in t)
    assert "количество соглашений: заявлено 4, подтверждено 2" in line21
    # the target with its gap, who pulls it down, who is counted apart.
    assert any(
        t.startswith(f"Наставляемые 10–19 лет: 20{NBSP}% (160 из 800 по 3 организациям)")
        and "отставание 50 п.п." in t
        for t in texts
    )
    down = next(t for t in texts if t.startswith("Сильнее всего снижают показатель"))
    assert down.index(C) < down.index(B) < down.index(D)
    assert any(t.startswith("Не учтены из-за противоречий в данных: " + E) for t in texts)
    assert any(t.startswith("Организовать методическую помощь") for t in texts)


def test_spravka_tables_and_chart(written: tuple[Spravka, dict[str, Path]]) -> None:
    _, paths = written
    doc = Document(str(paths["spravka"]))
    criteria, programmes, targets = doc.tables
    header = [c.text for c in criteria.rows[0].cells]
    assert header[:4] == ["Код", "Показатель", "Заявили, орг. (%)", "Подтвердили, орг. (%)"]
    row21 = next([c.text for c in r.cells] for r in criteria.rows if r.cells[0].text == "2.1")
    assert row21[2:] == [f"2 (40{NBSP}%)", f"1 (20{NBSP}%)", "4 / 2"]
    last = [c.text for c in programmes.rows[-1].cells]
    assert last == ["Всего", "4 / 4", "22 / 15", "0 / 0", "0 / 0", "26 / 19"]
    mentees = [c.text for c in targets.rows[1].cells]
    assert mentees[:4] == ["Наставляемые 10–19 лет", f"20{NBSP}%", f"70{NBSP}%", "50"]
    pictures = [r for r in doc.part.rels.values() if "image" in r.reltype]
    assert len(pictures) == 1
    assert pictures[0].target_part.blob.startswith(b"\x89PNG")


def test_recommendations_one_section_per_organisation(
    written: tuple[Spravka, dict[str, Path]],
) -> None:
    _, paths = written
    doc = Document(str(paths["recommendations"]))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == [A, B, C, D, E]
    breaks = doc.element.body.xml.count('w:type="page"')
    assert breaks == 4
    texts = [p.text for p in doc.paragraphs]
    start = texts.index(C)
    section = texts[start : texts.index(D)]
    assert section[2] == (
        "По итогам проверки подтверждающих документов, указанных в форме мониторинга «М_НПриО» "
        "за 2024 год, документами подтверждено 0 из 3 заявленных показателей."
    )
    assert "Исправить до 15 декабря 2024 г." in section
    assert any(t.startswith("1.1 — Разместите на сайте приказ") for t in section)


def test_hostile_text_does_not_break_the_document(tmp_path: Path) -> None:
    items, results = batch()
    bad = "МБОУ СОШ\x02 № 9\x00 \ud800"
    items = [i if i.org != B else type(i)(**{**i.to_dict(), "org": bad}) for i in items]
    for r in results:
        if r.org == B:
            r.org = bad
    paths = write_documents(tmp_path, build_spravka(items, results, year=YEAR))
    assert set(paths) == {"spravka", "recommendations"}
    assert "МБОУ СОШ № 9 \ufffd" in [
        p.text for p in Document(str(paths["recommendations"])).paragraphs
    ]


@pytest.mark.slow
def test_libreoffice_renders_the_first_page(
    written: tuple[Spravka, dict[str, Path]], tmp_path: Path
) -> None:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        pytest.skip("LibreOffice (libreoffice-writer-nogui) or poppler-utils not installed")
    _, paths = written
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    for name in ("spravka", "recommendations"):
        done = subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
             str(paths[name])],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        pdf = tmp_path / f"{paths[name].stem}.pdf"
        assert pdf.stat().st_size > 5000
        text = subprocess.run(
            ["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        first = "ИНФОРМАЦИОННО-АНАЛИТИЧЕСКАЯ СПРАВКА" if name == "spravka" else A
        assert first in text
        ARTIFACTS.mkdir(exist_ok=True)
        subprocess.run(
            [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(ARTIFACTS / f"{name}-page1")],
            check=True, timeout=60,
        )  # fmt: skip
        assert (ARTIFACTS / f"{name}-page1.png").stat().st_size > 10000
