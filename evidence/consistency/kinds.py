"""The rule kinds: a small interpreter for the rules of ``config/consistency.yaml``.

Each kind is a class registered in ``KINDS`` under the name used in the YAML ``kind:`` field,
with two methods:

* ``validate(rule, where)`` — raise ``ConfigError`` (Russian message) when the rule's params
  are unusable; called once when the rules are loaded;
* ``check(rule, form, ctx)`` — return the findings of one organisation.

To add a kind: write a class here with ``name``, ``validate`` and ``check``, decorate it with
``@register``, document its params and template fields in its docstring, add a rule using it to
the YAML and a passing and a failing test to ``tests/consistency``. A kind never reads files or
settings; everything it needs comes in ``rule.params``, ``form`` and ``ctx``.

Common behaviour (``Context.finding``): message templates are ``str.format`` templates; numbers
are printed as typed (decimal comma); a missing operand is skipped, never taken as zero; with
``note_downgrades: true`` a non-empty note on an involved row turns an error into a warning
and the note is quoted in the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Protocol

from evidence.consistency.finding import ERROR, WARNING, Finding, Value
from evidence.consistency.form import OrgForm
from evidence.consistency.rules import Rule
from evidence.consistency.values import parse_value
from evidence.criteria import Catalogue, code_sort_key, normalise_code
from evidence.errors import ConfigError


class Kind(Protocol):
    name: ClassVar[str]

    def validate(self, rule: Rule, where: str) -> None: ...

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]: ...


KINDS: dict[str, Kind] = {}


def register(cls: type[Any]) -> type[Any]:
    KINDS[cls.name] = cls()
    return cls


def fmt(number: float | int | None) -> str:
    """15.5 -> «15,5», 45.0 -> «45»; None -> «—»."""
    if number is None:
        return "—"
    if float(number).is_integer():
        return str(int(number))
    return f"{number:g}".replace(".", ",")


class _Defaults(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def check_template(template: str, where: str) -> None:
    """Refuse a message template ``str.format`` cannot fill (unbalanced or positional braces)."""
    try:
        template.format_map(_Defaults())
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"{where}: шаблон сообщения «{template}» не разбирается: {exc}") from exc


@dataclass(frozen=True)
class Context:
    catalogue: Catalogue
    messages: Mapping[str, str]

    def title(self, code: str) -> str:
        criterion = self.catalogue.get(code)
        return criterion.title if criterion else code

    def codes(self, unit: str) -> list[str]:
        return [c for c in self.catalogue.codes() if self.catalogue.criteria[c].unit.value == unit]

    def finding(
        self,
        rule: Rule,
        form: OrgForm,
        codes: Sequence[str],
        fields: Mapping[str, Any],
        *,
        variant: str | None = None,
        extra_values: Mapping[str, Value] | None = None,
        severity: str | None = None,
    ) -> Finding:
        chosen = rule.variant(variant)
        message = chosen.message.strip().format_map(_Defaults(fields))
        level = severity or chosen.severity
        if rule.note_downgrades and level == ERROR:
            notes = [c.note for code in codes if (c := form.cell(code)) and c.note]
            if notes:
                level = WARNING
                template = self.messages.get("note", "в примечании: «{note}»")
                message += "; " + template.format(note="; ".join(notes))
        values: dict[str, Value] = {code: form.parsed(code).display for code in codes}
        values.update(extra_values or {})
        rows = sorted({r for code in codes if (c := form.cell(code)) for r in c.rows})
        return Finding(
            org=form.org,
            rule=rule.id,
            criteria=list(codes),
            values=values,
            severity=level,
            message=message,
            org_id=form.org_id,
            rows=rows,
        )

    def missing_note(self, codes: Iterable[str]) -> str:
        template = self.messages.get("missing_operands", "не заполнены: {codes}")
        return template.format(codes=", ".join(codes))


def _codes(rule: Rule, key: str, where: str, *, single: bool = False) -> list[str]:
    raw = rule.params.get(key)
    if raw is None:
        raise ConfigError(f"{where}: нет поля {key}")
    items = [raw] if single or isinstance(raw, str | int | float) else list(raw)
    if not items:
        raise ConfigError(f"{where}: пустое поле {key}")
    return [normalise_code(str(code)) for code in items]


def _expression(form: OrgForm, codes: Sequence[str]) -> str:
    return "+".join(fmt(form.number(c)) for c in codes if form.number(c) is not None)


@register
class ParseKind:
    """Values that are not numbers. Template fields: {code}, {raw}, {title}."""

    name = "parse"

    def validate(self, rule: Rule, where: str) -> None:
        return None

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        out = []
        for code, cell in form.cells.items():
            for item in cell.items:
                value = parse_value(item.value)
                if value.invalid:
                    fields = {"code": code, "raw": value.raw, "title": ctx.title(code)}
                    extra: dict[str, Value] = {code: value.raw}
                    out.append(ctx.finding(rule, form, [code], fields, extra_values=extra))
                    break
        return out


@register
class ConflictKind:
    """One code typed in several rows with different values. Fields: {code}, {values}."""

    name = "conflict"

    def validate(self, rule: Rule, where: str) -> None:
        return None

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        out = []
        for code, cell in form.cells.items():
            values = [parse_value(i.value) for i in cell.items]
            shown = list(dict.fromkeys(v.display for v in values if not v.missing))
            if len(shown) > 1:
                text = ", ".join(fmt(v) if isinstance(v, int | float) else str(v) for v in shown)
                out.append(ctx.finding(rule, form, [code], {"code": code, "values": text}))
        return out


@register
class RangeKind:
    """Each value of the listed codes (``codes``) or units (``units``: flag|count|percent)
    lies in [``min``, ``max``], is whole (``integer: true``) or one of ``allowed``.
    Template fields: {code}, {title}, {value}, {min}, {max}."""

    name = "range"

    def validate(self, rule: Rule, where: str) -> None:
        if not rule.params.get("codes") and not rule.params.get("units"):
            raise ConfigError(f"{where}: нужно поле codes или units")
        if not any(k in rule.params for k in ("min", "max", "integer", "allowed")):
            raise ConfigError(f"{where}: нужно min, max, integer или allowed")

    def _targets(self, rule: Rule, ctx: Context) -> list[str]:
        codes = [normalise_code(str(c)) for c in rule.params.get("codes") or ()]
        for unit in rule.params.get("units") or ():
            codes.extend(ctx.codes(str(unit)))
        return list(dict.fromkeys(codes))

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        low, high = rule.params.get("min"), rule.params.get("max")
        allowed = rule.params.get("allowed")
        out = []
        for code in self._targets(rule, ctx):
            number = form.number(code)
            if number is None:
                continue
            bad = (
                (low is not None and number < low)
                or (high is not None and number > high)
                or (bool(rule.params.get("integer")) and not float(number).is_integer())
                or (allowed is not None and number not in [float(a) for a in allowed])
            )
            if bad:
                fields = {
                    "code": code,
                    "title": ctx.title(code),
                    "value": fmt(number),
                    "min": fmt(low),
                    "max": fmt(high),
                }
                out.append(ctx.finding(rule, form, [code], fields))
        return out


@register
class SumKind:
    """``total`` equals the sum of ``parts`` (``tolerance``, default 0).
    Missing parts are skipped and named; when some are missing and the sum is below the total,
    the finding is a warning (the missing parts may explain it); with ``require_all: true``
    the rule is skipped unless every part is filled in.
    Fields: {total}, {total_code}, {sum}, {expression} (e.g. «15+27+0+0+0+2+1»), {missing}."""

    name = "sum"

    def validate(self, rule: Rule, where: str) -> None:
        _codes(rule, "total", where, single=True)
        _codes(rule, "parts", where)

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        total_code = normalise_code(str(rule.params["total"]))
        parts = [normalise_code(str(c)) for c in rule.params["parts"]]
        total = form.number(total_code)
        present = [c for c in parts if form.number(c) is not None]
        missing = [c for c in parts if c not in present]
        if total is None or not present or (missing and rule.params.get("require_all")):
            return []
        parts_sum = sum(form.number(c) or 0.0 for c in present)
        if abs(parts_sum - total) <= float(rule.params.get("tolerance", 0)):
            return []
        fields = {
            "total": fmt(total),
            "total_code": total_code,
            "sum": fmt(parts_sum),
            "expression": _expression(form, parts),
            "missing": ", ".join(missing),
        }
        severity = WARNING if missing and parts_sum < total else None
        finding = ctx.finding(rule, form, [total_code, *parts], fields, severity=severity)
        if missing:
            message = f"{finding.message} ({ctx.missing_note(missing)})"
            finding = replace(finding, message=message)
        return [finding]


@register
class PartLeWholeKind:
    """Each of ``parts`` is at most ``whole`` (``combine: each``, the default), or their sum is
    (``combine: sum``). Fields: {part}, {part_code}, {part_title}, {whole}, {whole_code},
    {whole_title}; with ``combine: sum`` also {sum} and {expression}."""

    name = "part_le_whole"

    def validate(self, rule: Rule, where: str) -> None:
        _codes(rule, "whole", where, single=True)
        _codes(rule, "parts", where)
        if rule.params.get("combine", "each") not in ("each", "sum"):
            raise ConfigError(f"{where}: combine — each или sum")

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        whole_code = normalise_code(str(rule.params["whole"]))
        parts = [normalise_code(str(c)) for c in rule.params["parts"]]
        whole = form.number(whole_code)
        if whole is None:
            return []
        base = {"whole": fmt(whole), "whole_code": whole_code, "whole_title": ctx.title(whole_code)}
        if rule.params.get("combine", "each") == "sum":
            present = [c for c in parts if form.number(c) is not None]
            total = sum(form.number(c) or 0.0 for c in present)
            if not present or total <= whole:
                return []
            fields = {**base, "sum": fmt(total), "expression": _expression(form, parts)}
            fields.update(part=fmt(total), part_code="+".join(present), part_title="")
            return [ctx.finding(rule, form, [whole_code, *present], fields)]
        out = []
        for code in parts:
            part = form.number(code)
            if part is None or part <= whole:
                continue
            fields = {**base, "part": fmt(part), "part_code": code, "part_title": ctx.title(code)}
            out.append(ctx.finding(rule, form, [whole_code, code], fields))
        return out


@register
class EqualKind:
    """``left`` equals ``right`` (``tolerance``, default 0). Fields: {left}, {left_code},
    {left_title}, {right}, {right_code}, {right_title}."""

    name = "equal"

    def validate(self, rule: Rule, where: str) -> None:
        _codes(rule, "left", where, single=True)
        _codes(rule, "right", where, single=True)

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        left_code = normalise_code(str(rule.params["left"]))
        right_code = normalise_code(str(rule.params["right"]))
        left, right = form.number(left_code), form.number(right_code)
        if left is None or right is None:
            return []
        if abs(left - right) <= float(rule.params.get("tolerance", 0)):
            return []
        fields = {
            "left": fmt(left),
            "left_code": left_code,
            "left_title": ctx.title(left_code),
            "right": fmt(right),
            "right_code": right_code,
            "right_title": ctx.title(right_code),
        }
        return [ctx.finding(rule, form, [left_code, right_code], fields)]


@register
class RequiresZeroKind:
    """When ``basis`` is 0 — or, with link verdicts, none of its links is ``ok`` (variant
    ``unconfirmed``) — each of ``targets`` must be 0 unless its own row links a proof document
    (any link without verdicts; an ``ok`` link with them). One finding lists all offending
    targets. Fields: {basis}, {basis_code}, {targets} («4.0 = 3, 4.2 = 1»)."""

    name = "requires_zero"

    def validate(self, rule: Rule, where: str) -> None:
        _codes(rule, "basis", where, single=True)
        _codes(rule, "targets", where)

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        basis_code = normalise_code(str(rule.params["basis"]))
        basis_cell = form.cell(basis_code)
        basis = form.number(basis_code)
        if basis_cell is None or basis is None:
            return []
        variant: str | None
        if basis == 0:
            variant = None
        elif basis_cell.checked and basis_cell.valid_links == 0:
            variant = "unconfirmed"
        else:
            return []
        offending = []
        for code in (normalise_code(str(c)) for c in rule.params["targets"]):
            cell, number = form.cell(code), form.number(code)
            if cell is None or number is None or number == 0:
                continue
            proven = cell.valid_links > 0 if cell.checked else bool(cell.links)
            if not proven:
                offending.append(code)
        if not offending:
            return []
        fields = {
            "basis": fmt(basis),
            "basis_code": basis_code,
            "targets": ", ".join(f"{c} = {fmt(form.number(c))}" for c in offending),
        }
        return [ctx.finding(rule, form, [basis_code, *offending], fields, variant=variant)]


@register
class RequiresLinkKind:
    """A value above 0 (1 for a flag) needs a link in the row: ``codes`` or, with
    ``catalogue_documents: true``, every criterion with ``document: true``. Variant ``text``:
    the cell holds text but no link. Fields: {code}, {title}, {value}, {cell}."""

    name = "requires_link"

    def validate(self, rule: Rule, where: str) -> None:
        if not rule.params.get("codes") and not rule.params.get("catalogue_documents"):
            raise ConfigError(f"{where}: нужно поле codes или catalogue_documents: true")

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        codes = [normalise_code(str(c)) for c in rule.params.get("codes") or ()]
        if rule.params.get("catalogue_documents"):
            codes += [c for c, crit in ctx.catalogue.criteria.items() if crit.document]
        out = []
        for code in sorted(set(codes), key=code_sort_key):
            cell, number = form.cell(code), form.number(code)
            if cell is None or number is None or number <= 0 or cell.links:
                continue
            fields = {
                "code": code,
                "title": ctx.title(code),
                "value": fmt(number),
                "cell": _shorten(cell.raw_links),
            }
            variant = "text" if cell.raw_links else None
            out.append(ctx.finding(rule, form, [code], fields, variant=variant))
        return out


@register
class CountDocumentsKind:
    """A count of documents (``codes``, or ``catalogue_counted: true``: criteria with
    ``counted: true``) has that many links; with verdicts, that many ``ok`` links (variant
    ``unconfirmed``); more links than the count is variant ``more``.
    Fields: {code}, {value}, {links}, {valid}."""

    name = "count_documents"

    def validate(self, rule: Rule, where: str) -> None:
        if not rule.params.get("codes") and not rule.params.get("catalogue_counted"):
            raise ConfigError(f"{where}: нужно поле codes или catalogue_counted: true")

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        codes = [normalise_code(str(c)) for c in rule.params.get("codes") or ()]
        if rule.params.get("catalogue_counted"):
            codes += [c for c, crit in ctx.catalogue.criteria.items() if crit.counted]
        out = []
        for code in sorted(set(codes), key=code_sort_key):
            cell, number = form.cell(code), form.number(code)
            if cell is None or number is None:
                continue
            links = len(cell.links)
            valid = cell.valid_links if cell.checked else None
            variant: str | None
            if links < number:
                variant = "default"
            elif valid is not None and valid < number:
                variant = "unconfirmed"
            elif links > number:
                variant = "more"
            else:
                continue
            fields = {"code": code, "value": fmt(number), "links": links, "valid": valid}
            extra: dict[str, Value] = {"links": links}
            if valid is not None:
                extra["valid_links"] = valid
            name = None if variant == "default" else variant
            out.append(ctx.finding(rule, form, [code], fields, variant=name, extra_values=extra))
        return out


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register
class RequiresNoteKind:
    """A value above 0 of ``codes`` needs a note (seed 004: «формы указать в примечании»,
    «в примечаниях указываем по каким параметрам»). Variant ``listed``: the note names one of
    ``not_listed`` (phrases compared without case, punctuation or dashes), e.g. a form that has
    its own row above. Fields: {code}, {value}, {note}, {phrase}."""

    name = "requires_note"

    def validate(self, rule: Rule, where: str) -> None:
        _codes(rule, "codes", where)

    def check(self, rule: Rule, form: OrgForm, ctx: Context) -> list[Finding]:
        phrases = [str(p) for p in rule.params.get("not_listed") or ()]
        out = []
        for code in (normalise_code(str(c)) for c in rule.params["codes"]):
            cell, number = form.cell(code), form.number(code)
            if cell is None or number is None or number <= 0:
                continue
            fields = {"code": code, "value": fmt(number), "note": cell.note, "phrase": ""}
            if not cell.note:
                out.append(ctx.finding(rule, form, [code], fields))
                continue
            note = _plain(cell.note)
            listed = next((p for p in phrases if f" {_plain(p)} " in f" {note} "), None)
            if listed is not None:
                fields["phrase"] = listed
                out.append(ctx.finding(rule, form, [code], fields, variant="listed"))
        return out


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower().replace("ё", "е")).split())
