"""Recommendations to the municipality (the end of the справка), worded from config data."""

from __future__ import annotations

from evidence.spravka.build import Spravka
from evidence.spravka.text import pct, pct_value


def _names(names: list[str], limit: int = 5) -> str:
    shown = "; ".join(names[:limit])
    return shown + (f" и ещё {len(names) - limit}" if len(names) > limit else "")


def municipal_recommendations(s: Spravka) -> list[str]:
    texts = s.phrases.municipality
    out: list[str] = []
    if s.checked:
        ratio = float(texts.get("weak_ratio", 0.7))
        weak = [
            texts["weak_item"].format(
                code=figure.code,
                title=figure.title,
                declared=figure.total.declared,
                confirmed=figure.total.confirmed,
                share_of_declared=pct(figure.total.confirmed, figure.total.declared),
            )
            for figure in s.criteria
            if figure.total.declared and figure.total.confirmed < ratio * figure.total.declared
        ]
        if weak:
            out.append(texts["weak"].format(items="; ".join(weak)))
    for target in s.targets:
        gap = target.gap
        if gap is not None and gap > 0:
            out.append(
                texts["target_behind"].format(
                    title=target.target.short,
                    value=pct_value(target.value),
                    target=pct_value(target.planned, 0),
                    year=s.year,
                )
            )
    if s.contradictory_orgs:
        out.append(
            texts["contradictions"].format(
                count=len(s.contradictory_orgs), names=_names(s.contradictory_orgs)
            )
        )
    if s.unknown_type:
        out.append(
            texts["unknown_types"].format(count=len(s.unknown_type), names=_names(s.unknown_type))
        )
    with_advice = [a for a in s.advice if a.items]
    if with_advice:
        urgent = s.phrases.urgency[0].key if s.phrases.urgency else ""
        out.append(
            texts["send"].format(
                count=len(with_advice), urgent=sum(1 for a in with_advice if a.count(urgent))
            )
        )
    if not out:
        out.append(texts["none"])
    return out
