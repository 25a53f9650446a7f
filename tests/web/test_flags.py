"""Every flag the code can emit has a Russian title (a raw English id never reaches a report).

The source of ``evidence/``, ``classifiers/`` and ``workers/`` is scanned for the places a flag
is produced: ``ctx.flag("…")``, ``flags.append/add("…")``, ``flags += [...]``, ``flags = …``,
``flags=…`` keyword arguments, ``[*flags, "…"]`` and the positional ``flags`` field of the
dataclasses that have one. A flag added later without a title fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from evidence.flags import Flag, flag_title
from evidence.reports import build_report_data
from evidence.reports.html import render_html

REPO = Path(__file__).resolve().parents[2]
SCANNED = ("evidence", "classifiers", "workers")


def _strings(node: ast.AST | None) -> list[str]:
    """String ids in a literal (lists, tuples, sets, conditionals); f-strings give their base."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        head = node.values[0] if node.values else None
        if isinstance(head, ast.Constant) and ":" in str(head.value):
            return [str(head.value).partition(":")[0]]
        return []
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [s for element in node.elts for s in _strings(element)]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    if isinstance(node, ast.BinOp):
        return _strings(node.left) + _strings(node.right)
    return []


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_flags(node: ast.AST) -> bool:
    return _name(node).lower().endswith("flags")


def _flag_positions(trees: list[ast.Module]) -> dict[str, int]:
    """Dataclass name -> position of its ``flags`` field (for positional constructor calls)."""
    positions: dict[str, int] = {}
    for tree in trees:
        for cls in ast.walk(tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            fields = [s.target for s in cls.body if isinstance(s, ast.AnnAssign)]
            for index, target in enumerate(fields):
                if _name(target) == "flags":
                    positions[cls.name] = index
    return positions


def _emitted(tree: ast.Module, positions: dict[str, int]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and (
                func.attr == "flag" or (func.attr in ("append", "add") and _is_flags(func.value))
            ):
                for arg in node.args:
                    found.update(_strings(arg))
            for keyword in node.keywords:
                if keyword.arg and keyword.arg.endswith("flags"):
                    found.update(_strings(keyword.value))
            index = positions.get(_name(func))
            if index is not None and len(node.args) > index:
                found.update(_strings(node.args[index]))
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for t, v in zip(target.elts, node.value.elts, strict=False):
                        if _is_flags(t):
                            found.update(_strings(v))
                elif _is_flags(target):
                    found.update(_strings(node.value))
        elif isinstance(node, ast.List) and any(
            isinstance(e, ast.Starred) and _is_flags(e.value) for e in node.elts
        ):
            found.update(_strings(node))
    return found


def emitted_flags() -> dict[str, set[str]]:
    """Flag id -> files that emit it."""
    files = [p for d in SCANNED for p in sorted((REPO / d).rglob("*.py"))]
    trees = [ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in files]
    positions = _flag_positions(trees)
    by_flag: dict[str, set[str]] = {}
    for path, tree in zip(files, trees, strict=True):
        for flag in _emitted(tree, positions):
            by_flag.setdefault(flag, set()).add(str(path.relative_to(REPO)))
    return by_flag


def test_every_emitted_flag_has_a_russian_title() -> None:
    emitted = emitted_flags()
    # The scan must see the known emitters, or it proves nothing.
    for known in ("meta_refresh", "term_unknown", "text_capped", "appendix_of_order", "value_zero"):
        assert known in emitted, f"the source scan no longer finds {known!r}"
    untitled = {f: sorted(where) for f, where in emitted.items() if f not in set(Flag)}
    assert not untitled, f"flags without a Russian title in evidence.flags.Flag: {untitled}"


def test_every_title_is_russian_and_distinct() -> None:
    titles = [flag.label for flag in Flag]
    assert len(set(titles)) == len(titles)
    for flag in Flag:
        assert any("а" <= ch <= "я" for ch in flag.label.lower()), flag


def test_report_shows_titles_not_ids(year: int) -> None:
    from evidence.models import BatchItem, ItemResult, Verdict

    flags = ["meta_refresh", "term_unknown", "text_capped", "resolved_viewer:yandex_disk"]
    result = ItemResult(
        row=1,
        org="Школа № 1",
        criterion="2.1",
        url="https://s.ru/a.pdf",
        final_url=None,
        verdict=Verdict.OK,
        flags=flags,
        doc_kind=None,
        doc_date=None,
        doc_number=None,
        message="Документ подтверждает критерий.",
        evidence=None,
    )
    item = BatchItem(row=1, org=result.org, criterion=result.criterion, url=result.url)
    html = render_html(build_report_data([item], [result], year=year, findings=[]))
    for flag in flags:
        assert f">{flag}<" not in html
        assert flag_title(flag) in html
    assert "срок действия соглашения не указан" in html
    assert "открыт файл из просмотрщика: yandex_disk" in html
