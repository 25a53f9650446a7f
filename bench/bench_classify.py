"""Time of the document classifier per document, on the evaluation corpus (run by hand).

    python bench/bench_classify.py [--repeat 3] [--corpus DIR]

Reads the text form of every document of ``tests/eval_corpus/manifest.csv`` and times, for each,
``classify`` (kind, topic, agreement, issuer, date) against the text normalisation every fetched
document goes through first (``evidence.textnorm.normalise``), the reference measured in the same
run. Prints the median per document, the slowest document and the ratio of the two stages.

Measured (2 cores shared with other work): see docs/evaluation.md, «Cost of the rules».
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from classifiers import ClassifyContext, classify  # noqa: E402
from evidence.criteria import load_catalogue  # noqa: E402
from evidence.textnorm import normalise  # noqa: E402

CORPUS = REPO / "tests" / "eval_corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus (best kept)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a corpus with manifest.csv")
    args = parser.parse_args()
    catalogue = load_catalogue()
    with open(args.corpus / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    docs = [
        ((args.corpus / r["file"]).read_text(encoding="utf-8"), catalogue.get(r["criterion"]), r)
        for r in rows
    ]
    classify(normalise(docs[0][0]), docs[0][1], ClassifyContext(year=2024))  # warm the caches
    best_norm: list[float] = []
    best_cls: list[float] = []
    for _ in range(args.repeat):
        norm_t: list[float] = []
        cls_t: list[float] = []
        for text, criterion, row in docs:
            t0 = time.perf_counter()
            clean = normalise(text)
            t1 = time.perf_counter()
            classify(
                clean, criterion, ClassifyContext(year=int(row["year"]), org=row["org"] or None)
            )
            t2 = time.perf_counter()
            norm_t.append(t1 - t0)
            cls_t.append(t2 - t1)
        if not best_cls or sum(cls_t) < sum(best_cls):
            best_norm, best_cls = norm_t, cls_t
    n = len(docs)
    slowest = max(range(n), key=lambda i: best_cls[i])
    print(f"{n} documents, {sum(len(d[0]) for d in docs) / n:,.0f} characters on average")
    print(
        f"normalise: median {statistics.median(best_norm) * 1e3:.2f} ms, "
        f"total {sum(best_norm):.2f} s"
    )
    print(
        f"classify:  median {statistics.median(best_cls) * 1e3:.2f} ms, "
        f"mean {statistics.mean(best_cls) * 1e3:.2f} ms, total {sum(best_cls):.2f} s; "
        f"slowest {best_cls[slowest] * 1e3:.1f} ms ({docs[slowest][2]['file']})"
    )
    print(f"classify / normalise (totals): {sum(best_cls) / sum(best_norm):.1f}x")


if __name__ == "__main__":
    main()
