"""Write the evaluation corpus: ``docs/<part>/<name>.txt`` and ``manifest.csv``.

Parts: ``dev`` (the rules were tuned on it), ``heldout1`` (written after the rules, run blind
once — figures frozen in RESULTS_heldout_v1_blind.txt — then used to fix generic bugs, so no
longer blind), ``heldout`` (written after those fixes, run blind once, then used for three more fixes),
``heldout3`` (written last, after the final rule changes, never tuned on), ``blind4`` (written
by a helper who never read the rules, from DESIGN.md and the seeds only; run blind once), ``blind5``
(a second blind round by another such helper, written after the issue-12 tuning), ``blind6``
(a third blind round by another such helper, written after the second tuning), ``blind7``
(a fourth blind round by another such helper, written after the third tuning).

Run: ``python -m tests.eval_corpus.generate`` (deterministic; the output is committed).
"""

from __future__ import annotations

import csv
from pathlib import Path

from tests.eval_corpus.dev_docs import Doc, dev_documents

HERE = Path(__file__).resolve().parent
FIELDS = ["file", "part", "criterion", "year", "org", "verdict", "doc_kind", "doc_date", "render"]


def heldout_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.heldout_docs import heldout_documents as held
    except ImportError:
        return []
    return held()


def heldout2_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.heldout2_docs import heldout2_documents as held
    except ImportError:
        return []
    return held()


def heldout3_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.heldout3_docs import heldout3_documents as held
    except ImportError:
        return []
    return held()


def blind4_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind4_docs import blind4_documents as blind
    except ImportError:
        return []
    return blind()


def blind5_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind5_docs import blind5_documents as blind
    except ImportError:
        return []
    return blind()


def blind6_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind6_docs import blind6_documents as blind
    except ImportError:
        return []
    return blind()


def blind7_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind7_docs import blind7_documents as blind
    except ImportError:
        return []
    return blind()


def blind8_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind8_docs import blind8_documents as blind
    except ImportError:
        return []
    return blind()


def blind9_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind9_docs import blind9_documents as blind
    except ImportError:
        return []
    return blind()


def blind10_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind10_docs import blind10_documents as blind
    except ImportError:
        return []
    return blind()


def blind11_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind11_docs import blind11_documents as blind
    except ImportError:
        return []
    return blind()


def blind12_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind12_docs import blind12_documents as blind
    except ImportError:
        return []
    return blind()


def blind13_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind13_docs import blind13_documents as blind
    except ImportError:
        return []
    return blind()


def blind14_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind14_docs import blind14_documents as blind
    except ImportError:
        return []
    return blind()


def blind15_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind15_docs import blind15_documents as blind
    except ImportError:
        return []
    return blind()


def blind16_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind16_docs import blind16_documents as blind
    except ImportError:
        return []
    return blind()


def blind17_documents() -> list[Doc]:
    try:
        from tests.eval_corpus.blind17_docs import blind17_documents as blind
    except ImportError:
        return []
    return blind()


def main() -> None:
    rows = []
    for part, docs in (
        ("dev", dev_documents()),
        ("heldout1", heldout_documents()),
        ("heldout", heldout2_documents()),
        ("heldout3", heldout3_documents()),
        ("blind4", blind4_documents()),
        ("blind5", blind5_documents()),
        ("blind6", blind6_documents()),
        ("blind7", blind7_documents()),
        ("blind8", blind8_documents()),
        ("blind9", blind9_documents()),
        ("blind10", blind10_documents()),
        ("blind11", blind11_documents()),
        ("blind12", blind12_documents()),
        ("blind13", blind13_documents()),
        ("blind14", blind14_documents()),
        ("blind15", blind15_documents()),
        ("blind16", blind16_documents()),
        ("blind17", blind17_documents()),
    ):
        folder = HERE / "docs" / part
        folder.mkdir(parents=True, exist_ok=True)
        for d in docs:
            rel = f"docs/{part}/{d.name}.txt"
            (HERE / rel).write_text(d.text, encoding="utf-8")
            rows.append(
                {
                    "file": rel,
                    "part": part,
                    "criterion": d.criterion,
                    "year": d.year,
                    "org": d.org,
                    "verdict": d.verdict,
                    "doc_kind": d.kind,
                    "doc_date": d.date or "",
                    "render": d.render,
                }
            )
    with open(HERE / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} documents")


if __name__ == "__main__":
    main()
