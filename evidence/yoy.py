"""Year over year: what changed in each organisation's form since last year's batch.

Kinds of change (``Change.kind``):

* ``fell_to_zero`` — a value above 0 last year is 0 now;
* ``big_drop`` / ``big_rise`` — moved by at least the configured ratio and absolute amount
  (``yoy:`` in ``config/consistency.yaml``);
* ``newly_missing`` — filled in last year (value or link), absent or empty now;
* ``link_changed`` — the links of the row differ from last year's;
* ``document_changed`` — the same link, but the document behind it changed (sha256 differs);
* ``same_document`` — the same document as last year (equal sha256) for a criterion that needs
  a document of the reporting year (``date_rule: in_year``) — last year's order reused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from evidence.consistency.form import Cell, OrgForm, group_forms, org_key
from evidence.consistency.kinds import fmt
from evidence.consistency.rules import YoyOptions, load_rules
from evidence.consistency.values import as_display
from evidence.criteria import Catalogue, DateRule, code_sort_key, load_catalogue
from evidence.models import BatchItem, ItemResult

KIND_ORDER = (
    "newly_missing",
    "fell_to_zero",
    "big_drop",
    "big_rise",
    "link_changed",
    "document_changed",
    "same_document",
)


@dataclass(frozen=True)
class Change:
    org: str
    criterion: str
    kind: str
    before: str | float | int | None
    after: str | float | int | None
    message: str  # Russian
    org_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _hashes(cell: Cell | None) -> dict[str, str]:
    """link URL -> sha256 of the document fetched from it (when known)."""
    out: dict[str, str] = {}
    for result in cell.results if cell else ():
        for link in result.links:
            if link.sha256:
                out[link.url.strip()] = link.sha256
    return out


def _filled(cell: Cell | None) -> bool:
    return cell is not None and (not cell.parsed.missing or bool(cell.raw_links))


def compare_years(
    previous: Sequence[BatchItem],
    current: Sequence[BatchItem],
    previous_results: Sequence[ItemResult] | None = None,
    current_results: Sequence[ItemResult] | None = None,
    *,
    options: YoyOptions | None = None,
    catalogue: Catalogue | None = None,
) -> list[Change]:
    """Changes per organisation of ``current`` (in batch order), per code, in ``KIND_ORDER``.
    Organisations absent from last year's batch are not compared."""
    options = options or load_rules().yoy
    catalogue = catalogue or load_catalogue()
    before_forms = {_key(f): f for f in group_forms(previous, previous_results)}
    changes: list[Change] = []
    for form in group_forms(current, current_results):
        old = before_forms.get(_key(form))
        if old is None:
            continue
        codes = sorted(set(old.cells) | set(form.cells), key=code_sort_key)
        for code in codes:
            changes.extend(
                _compare_cell(form, code, old.cell(code), form.cell(code), options, catalogue)
            )
    return changes


def _key(form: OrgForm) -> str:
    return org_key(BatchItem(row=0, org=form.org, org_id=form.org_id, criterion=""))


def _compare_cell(
    form: OrgForm,
    code: str,
    old: Cell | None,
    new: Cell | None,
    options: YoyOptions,
    catalogue: Catalogue,
) -> Iterable[Change]:
    def change(kind: str, before: Any, after: Any, message: str) -> Change:
        return Change(form.org, code, kind, before, after, message, form.org_id)

    if _filled(old) and not _filled(new):
        assert old is not None
        before = old.parsed.display if not old.parsed.missing else old.raw_links
        yield change(
            "newly_missing",
            before,
            None,
            f"Показатель {code} был заполнен в прошлом году ({before}), а сейчас не заполнен",
        )
        return
    if old is None or new is None:
        return
    a, b = old.number, new.number
    if a is not None and b is not None and a != b:
        delta = b - a
        if a > 0 and b == 0:
            yield change(
                "fell_to_zero",
                as_display(a),
                0,
                f"Показатель {code} упал до 0 (в прошлом году {fmt(a)})",
            )
        elif delta < 0 and abs(delta) >= options.min_abs and abs(delta) >= options.drop_ratio * a:
            yield change(
                "big_drop",
                as_display(a),
                as_display(b),
                f"Показатель {code} резко уменьшился: {fmt(a)} → {fmt(b)}",
            )
        elif delta > 0 and delta >= options.min_abs and delta >= options.rise_ratio * max(a, 1):
            yield change(
                "big_rise",
                as_display(a),
                as_display(b),
                f"Показатель {code} резко вырос: {fmt(a)} → {fmt(b)}",
            )
    old_links, new_links = old.links, new.links
    if old_links and new_links and set(old_links) != set(new_links):
        yield change(
            "link_changed",
            " ".join(old_links),
            " ".join(new_links),
            f"Ссылка показателя {code} изменилась: {' '.join(old_links)} → {' '.join(new_links)}",
        )
    old_hashes, new_hashes = _hashes(old), _hashes(new)
    for url in new_links:
        if url in old_hashes and url in new_hashes and old_hashes[url] != new_hashes[url]:
            yield change(
                "document_changed",
                old_hashes[url],
                new_hashes[url],
                f"По той же ссылке показателя {code} теперь другой документ: {url}",
            )
    criterion = catalogue.get(code)
    if criterion and criterion.date_rule == DateRule.IN_YEAR:
        reused = set(old_hashes.values()) & set(new_hashes.values())
        if reused:
            digest = sorted(reused)[0]
            yield change(
                "same_document",
                digest,
                digest,
                f"Показатель {code}: тот же документ, что и в прошлом году, а нужен документ отчётного года",
            )
