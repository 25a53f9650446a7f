"""Render the demo documents (evidence/demo/texts/*.txt) into the formats the demo site serves.

Run by hand when a demo text changes: ``python scripts/build_demo_files.py``. The output in
``evidence/demo/files/`` is committed and shipped in the package, so the demo needs neither
reportlab nor this script at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from evidence.models import FileKind  # noqa: E402
from tests.extract.corpus import build_sample  # noqa: E402

TEXTS = ROOT / "evidence" / "demo" / "texts"
FILES = ROOT / "evidence" / "demo" / "files"

# text file -> (served file name, format, scanned?, angle)
RENDER = {
    "order_teachers_ok.txt": (
        "prikaz_214_nastavnichestvo_pedagogov.docx",
        FileKind.DOCX,
        False,
        0.0,
    ),
    "order_monitoring_ok.txt": ("prikaz_301_monitoring_2024.pdf", FileKind.PDF, False, 0.0),
    "order_monitoring_2022.txt": ("prikaz_188_monitoring_2022.pdf", FileKind.PDF, False, 0.0),
    "regulation_teachers.txt": ("polozhenie_nastavnichestvo.pdf", FileKind.PDF, False, 0.0),
    "agreement_general.txt": ("dogovor_12_sotrudnichestvo.docx", FileKind.DOCX, False, 0.0),
    "agreement_reverse.txt": ("soglashenie_5_detsad.pdf", FileKind.PDF, False, 0.0),
    "agreement_ok.txt": ("soglashenie_3_zavod.pdf", FileKind.PDF, False, 0.0),
    "order_template.txt": ("prikaz_monitoring_shablon.docx", FileKind.DOCX, False, 0.0),
    "report_swot.txt": ("spravka_monitoring_2024.docx", FileKind.DOCX, False, 0.0),
    "order_scan_students.txt": ("prikaz_233_scan.jpg", FileKind.JPEG, True, 1.5),
    "order_pairs_card.txt": ("prikaz_250_pary.pdf", FileKind.PDF, False, 0.0),
    "order_payment_disk.txt": ("prikaz_200_vyplaty.pdf", FileKind.PDF, False, 0.0),
    "programme_student.txt": ("programma_uchenik_uchenik.pdf", FileKind.PDF, False, 0.0),
}


def main() -> None:
    FILES.mkdir(parents=True, exist_ok=True)
    for source, (name, kind, scan, angle) in RENDER.items():
        text = (TEXTS / source).read_text(encoding="utf-8")
        data = build_sample(kind, text, scan=scan, angle=angle)
        (FILES / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    # A certificate that was cut off in transfer: a PDF header and nothing a reader can use.
    broken = build_sample(FileKind.PDF, (TEXTS / "order_monitoring_ok.txt").read_text("utf-8"))
    (FILES / "udostoverenie_kpk.pdf").write_bytes(broken[: len(broken) // 3])
    print("udostoverenie_kpk.pdf: truncated")


if __name__ == "__main__":
    main()
