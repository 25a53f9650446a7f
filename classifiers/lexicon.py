"""Classifier data from ``config/`` (lexicon, topics, messages), read once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from classifiers.morph import lemmas_of
from config.settings import CONFIG_DIR


@dataclass(frozen=True)
class Lexicon:
    groups: dict[str, tuple[tuple[str, ...], ...]]  # group -> lemmatised terms
    phrase_gap: int
    messages: dict[str, str]
    topics: dict[str, dict[str, Any]]
    min_mentoring: int

    def message(self, key: str, **values: object) -> str:
        template = self.messages.get(key, key)
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template


def _read(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


def _term(term: str) -> tuple[str, ...]:
    """A lemmatised phrase, or a stem («настав*») matched on word prefixes."""
    if term.endswith("*") and " " not in term:
        return (term.lower().replace("ё", "е"),)
    return lemmas_of(term)


@lru_cache(maxsize=4)
def load_lexicon(config_dir: Path = CONFIG_DIR) -> Lexicon:
    lex = _read(config_dir / "lexicon.yaml")
    top = _read(config_dir / "topics.yaml")
    groups = {
        name: tuple(t for t in (_term(str(term)) for term in terms or ()) if t)
        for name, terms in (lex.get("groups") or {}).items()
    }
    return Lexicon(
        groups=groups,
        phrase_gap=int(lex.get("phrase_gap", 2)),
        messages={str(k): str(v) for k, v in (lex.get("messages") or {}).items()},
        topics=dict(top.get("topics") or {}),
        min_mentoring=int(top.get("min_mentoring", 2)),
    )
