"""Build batch items and link verdicts for consistency tests (no pytest here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from evidence.models import BatchItem, ItemResult, LinkResult, Verdict

Spec = str | int | tuple[object, str] | tuple[object, str, str]


def items(
    values: Mapping[str, Spec], org: str = "МБОУ СОШ № 1", org_id: str = "", start: int = 1
) -> list[BatchItem]:
    """code -> value, or (value, url) or (value, url, note); rows numbered from ``start``."""
    out = []
    for row, (code, spec) in enumerate(values.items(), start=start):
        value, url, note = (spec, "", "") if not isinstance(spec, tuple) else (*spec, "")[:3]
        out.append(
            BatchItem(
                row=row,
                org=org,
                org_id=org_id,
                criterion=code,
                value=str(value),
                url=str(url),
                note=str(note),
            )
        )
    return out


def result(
    item: BatchItem, verdicts: Sequence[Verdict], sha256: Sequence[str | None] | None = None
) -> ItemResult:
    """A link verdict per link of the item's url (split on spaces), with optional sha256."""
    urls = item.url.split() or [""]
    hashes = list(sha256 or [None] * len(urls))
    links = [
        LinkResult(url=u, verdict=v, message="", sha256=h)
        for u, v, h in zip(urls, verdicts, hashes, strict=False)
    ]
    return ItemResult(
        row=item.row,
        org=item.org,
        criterion=item.criterion,
        url=item.url,
        final_url=None,
        verdict=Verdict.worst([link.verdict for link in links]),
        flags=[],
        doc_kind=None,
        doc_date=None,
        doc_number=None,
        message="",
        evidence=None,
        org_id=item.org_id,
        links=links,
    )
