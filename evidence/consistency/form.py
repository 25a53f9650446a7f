"""One organisation's declared values, grouped by indicator code, with links and verdicts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from evidence.consistency.values import Parsed, parse_value
from evidence.criteria import normalise_code
from evidence.links import parse_link, split_links
from evidence.models import BatchItem, ItemResult, Verdict


def split_cell_links(cell: str) -> list[str]:
    """The links typed in one cell; text that is not a link (a title, a relative path) is dropped."""
    return [piece for piece in split_links(cell or "") if parse_link(piece).url]


def org_key(item: BatchItem) -> str:
    """Group by org_id when present, else by the name (case and spaces ignored)."""
    if item.org_id.strip():
        return "id:" + item.org_id.strip()
    return "name:" + " ".join(item.org.split()).casefold()


@dataclass
class Cell:
    """All rows of one organisation for one code (usually one row)."""

    code: str
    items: list[BatchItem] = field(default_factory=list)
    results: list[ItemResult] = field(default_factory=list)

    @property
    def parsed(self) -> Parsed:
        """The first non-missing value among the rows (a conflict is its own rule)."""
        values = [parse_value(i.value) for i in self.items]
        return next((v for v in values if not v.missing), values[0])

    @property
    def number(self) -> float | None:
        return self.parsed.number

    @property
    def rows(self) -> list[int]:
        return [i.row for i in self.items]

    @property
    def raw_links(self) -> str:
        return " ".join(i.url.strip() for i in self.items if i.url.strip())

    @property
    def links(self) -> list[str]:
        return [link for i in self.items for link in split_cell_links(i.url)]

    @property
    def note(self) -> str:
        return " ".join(i.note.strip() for i in self.items if i.note.strip())

    @property
    def checked(self) -> bool:
        """Link verdicts are known for this cell."""
        return bool(self.results)

    @property
    def valid_links(self) -> int:
        """Links whose verdict is ``ok`` (0 when no verdicts are known)."""
        count = 0
        for result in self.results:
            if result.links:
                count += sum(1 for link in result.links if link.verdict == Verdict.OK)
            elif result.verdict == Verdict.OK and result.url.strip():
                count += 1
        return count


@dataclass
class OrgForm:
    org: str
    org_id: str
    cells: dict[str, Cell] = field(default_factory=dict)

    def cell(self, code: str) -> Cell | None:
        return self.cells.get(code)

    def number(self, code: str) -> float | None:
        cell = self.cells.get(code)
        return cell.number if cell else None

    def parsed(self, code: str) -> Parsed:
        cell = self.cells.get(code)
        return cell.parsed if cell else Parsed(raw="", missing=True)


def group_forms(
    items: Sequence[BatchItem], results: Sequence[ItemResult] | None = None
) -> list[OrgForm]:
    """Organisations in order of first appearance, each with its cells by normalised code."""
    by_row: dict[int, list[ItemResult]] = {}
    for result in results or ():
        by_row.setdefault(result.row, []).append(result)
    forms: dict[str, OrgForm] = {}
    for item in items:
        key = org_key(item)
        form = forms.get(key)
        if form is None:
            form = forms[key] = OrgForm(org=item.org.strip(), org_id=item.org_id.strip())
        code = normalise_code(item.criterion)
        cell = form.cells.setdefault(code, Cell(code))
        cell.items.append(item)
        cell.results.extend(by_row.get(item.row, ()))
    return list(forms.values())
