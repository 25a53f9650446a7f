"""A small checked batch written by hand: five organisations of four types, with verdicts.

Rows (code: value, verdict) — the expected figures in the tests are derived from this table:

  A «МБДОУ «Детский сад № 5 «Ромашка»»» (preschool)
      1.1: 1 ok · 1.3: 1 wrong_year (12.10.2022) · 3.2: 4 ok · 8.0: 4 · 8.1: 2
  B «МАОУ СОШ № 12» (general)
      1.1: 1 ok · 1.3: 1 ok · 2.1: 3, links ok + ok + off_topic · 3.1: 15 ok · 3.6: 2 no_link
      5.0: 400 · 5.1: 100 · 8.0: 10 · 8.1: 5
  C «МБОУ «Гимназия № 3»» (general)
      1.1: 1 web_page · 1.3: 0 · 2.1: 1 wrong_direction · 3.1: 5 web_page · 5.0: 300 · 5.1: 20
  D «МБУ ДО ДШИ им. П.И. Чайковского» (additional)
      1.1: 0 · 1.3: 1 http_error (row OVERRULED by a reviewer) · 5.0: 100 · 5.1: 40 · 8.0: 3
  E «МБУ «ППМС-центр»» (other)
      1.1: 1 no_link · 5.0: 50 · 5.1: 60 (more than 5.0: a contradiction)
"""

from __future__ import annotations

from evidence.criteria import load_catalogue
from evidence.models import BatchItem, DocKind, ItemResult, LinkResult, Verdict

YEAR = 2024
A = "МБДОУ «Детский сад № 5 «Ромашка»»"
B = "МАОУ СОШ № 12"
C = "МБОУ «Гимназия № 3»"
D = "МБУ ДО ДШИ им. П.И. Чайковского"
E = "МБУ «ППМС-центр»"
IDS = {A: "1001", B: "1012", C: "1003", D: "1004", E: "1005"}

# (org, code, value, verdict or None for a value-only row, extra)
ROWS: list[tuple[str, str, str, Verdict | None, dict[str, object]]] = [
    (A, "1.1", "1", Verdict.OK, {}),
    (A, "1.3", "1", Verdict.WRONG_YEAR, {"doc_date": "2022-10-12", "doc_kind": DocKind.ORDER}),
    (A, "3.2", "4", Verdict.OK, {}),
    (A, "8.0", "4", None, {}),
    (A, "8.1", "2", None, {}),
    (B, "1.1", "1", Verdict.OK, {}),
    (B, "1.3", "1", Verdict.OK, {}),
    (
        B,
        "2.1",
        "3",
        Verdict.OFF_TOPIC,
        {"links": [Verdict.OK, Verdict.OK, Verdict.OFF_TOPIC], "flags": ["count_mismatch"]},
    ),
    (B, "3.1", "15", Verdict.OK, {}),
    (B, "3.6", "2", Verdict.NO_LINK, {"url": ""}),
    (B, "5.0", "400", None, {}),
    (B, "5.1", "100", None, {}),
    (B, "8.0", "10", None, {}),
    (B, "8.1", "5", None, {}),
    (C, "1.1", "1", Verdict.WEB_PAGE, {}),
    (C, "1.3", "0", None, {}),
    (C, "2.1", "1", Verdict.WRONG_DIRECTION, {}),
    (C, "3.1", "5", Verdict.WEB_PAGE, {}),
    (C, "5.0", "300", None, {}),
    (C, "5.1", "20", None, {}),
    (D, "1.1", "0", None, {}),
    (D, "1.3", "1", Verdict.HTTP_ERROR, {}),
    (D, "5.0", "100", None, {}),
    (D, "5.1", "40", None, {}),
    (D, "8.0", "3", None, {}),
    (E, "1.1", "1", Verdict.NO_LINK, {"url": ""}),
    (E, "5.0", "50", None, {}),
    (E, "5.1", "60", None, {}),
]
OVERRULED_ROW = 22  # D 1.3: a reviewer found the order and overruled «http_error»


def batch() -> tuple[list[BatchItem], list[ItemResult]]:
    catalogue = load_catalogue()
    items: list[BatchItem] = []
    results: list[ItemResult] = []
    for row, (org, code, value, verdict, extra) in enumerate(ROWS, start=1):
        link_verdicts: list[Verdict] = extra.get("links") or ([verdict] if verdict else [])  # type: ignore[assignment]
        urls = [f"https://site{row}.ru/doc{n}.pdf" for n in range(len(link_verdicts))]
        url = str(extra.get("url", "; ".join(urls)))
        item = BatchItem(row=row, org=org, criterion=code, url=url, value=value, org_id=IDS[org])
        items.append(item)
        links = [
            LinkResult(url=link, verdict=v, message="")
            for link, v in zip(urls, link_verdicts, strict=True)
            if url
        ]
        results.append(
            ItemResult(
                row=row,
                org=org,
                org_id=IDS[org],
                criterion=code,
                criterion_title=(c.title if (c := catalogue.get(code)) else code),
                value=value,
                url=url,
                final_url=None,
                verdict=verdict or Verdict.OK,
                flags=list(extra.get("flags") or ([] if verdict else ["value_only"])),  # type: ignore[call-overload]
                doc_kind=extra.get("doc_kind"),  # type: ignore[arg-type]
                doc_date=extra.get("doc_date"),  # type: ignore[arg-type]
                doc_number=None,
                message="сообщение",
                evidence=None,
                links=links,
            )
        )
    return items, results
