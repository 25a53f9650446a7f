"""Write the evaluation corpus: ``docs/<part>/<name>.txt`` and ``manifest.csv``.

Parts: ``dev`` (the rules were tuned on it), ``heldout1`` (written after the rules, run blind
once — figures frozen in RESULTS_heldout_v1_blind.txt — then used to fix generic bugs, so no
longer blind), ``heldout`` (written after those fixes, run blind once, then used for three more fixes),
``heldout3`` (written last, after the final rule changes, never tuned on), ``blind4`` (written
by a helper who never read the rules, from DESIGN.md and the seeds only; run blind once), ``blind5``
(a second blind round by another such helper, written after the issue-12 tuning), ``blind6``
(a third blind round by another such helper, written after the second tuning), ``blind7``
(a fourth blind round by another such helper, written after the third tuning), ``blind8`` …
``blind95`` (more blind rounds, each held out and run once before its own tuning; see
README.md here).

Run: ``python -m tests.eval_corpus.generate`` (deterministic; the output is committed).
"""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

from tests.eval_corpus.dev_docs import Doc, dev_documents

HERE = Path(__file__).resolve().parent
FIELDS = ["file", "part", "criterion", "year", "org", "verdict", "doc_kind", "doc_date", "render"]


# (part, module, function): every part but ``dev`` is optional (a missing module is skipped)
PARTS = [
    ("heldout1", "heldout_docs", "heldout_documents"),
    ("heldout", "heldout2_docs", "heldout2_documents"),
    ("heldout3", "heldout3_docs", "heldout3_documents"),
    *((f"blind{n}", f"blind{n}_docs", f"blind{n}_documents") for n in range(4, 96)),
]


def part_documents(module: str, function: str) -> list[Doc]:
    """The documents of a part, or none when its module is absent."""
    try:
        found = importlib.import_module(f"tests.eval_corpus.{module}")
    except ImportError:
        return []
    docs: list[Doc] = getattr(found, function)()
    return docs


def main() -> None:
    rows = []
    parts = [("dev", dev_documents())]
    parts += [(part, part_documents(module, fn)) for part, module, fn in PARTS]
    for part, docs in parts:
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
