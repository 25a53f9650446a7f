"""Classifier data from ``config/`` (lexicon, topics, messages), read once per folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from classifiers.morph import lemmas_of
from classifiers.vocabulary import config_dir as current_config_dir
from config.yamlfile import load_yaml


@dataclass(frozen=True)
class Lexicon:
    groups: dict[str, tuple[tuple[str, ...], ...]]  # group -> lemmatised terms
    phrase_gap: int
    messages: dict[str, str]
    topics: dict[str, dict[str, Any]]
    min_mentoring: int
    # groups some rule asked for since the lexicon was loaded (tests assert none is dead)
    used: set[str] = field(default_factory=set, compare=False)

    def terms(self, group: str) -> tuple[tuple[str, ...], ...]:
        """The lemmatised terms of a group; an unknown group is a programming error."""
        self.used.add(group)
        return self.groups[group]

    def message(self, key: str, **values: object) -> str:
        template = self.messages.get(key, key)
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template


def _read(path: Path) -> dict[str, Any]:
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


def _term(term: str) -> tuple[str, ...]:
    """A lemmatised phrase, or a stem («настав*») matched on word prefixes."""
    if term.endswith("*") and " " not in term:
        return (term.lower().replace("ё", "е"),)
    return lemmas_of(term)


def load_lexicon(config_dir: Path | None = None) -> Lexicon:
    """The lexicon of ``config_dir`` (default: the classifiers' current data folder)."""
    return _load_lexicon(config_dir or current_config_dir())


@lru_cache(maxsize=4)
def _load_lexicon(config_dir: Path) -> Lexicon:
    lex = _read(config_dir / "lexicon.yaml")
    msg = _read(config_dir / "messages.yaml")
    top = _read(config_dir / "topics.yaml")
    groups = {
        name: tuple(t for t in (_term(str(term)) for term in terms or ()) if t)
        for name, terms in (lex.get("groups") or {}).items()
    }
    return Lexicon(
        groups=groups,
        phrase_gap=int(lex.get("phrase_gap", 2)),
        messages={str(k): str(v) for k, v in (msg.get("messages") or {}).items()},
        topics=dict(top.get("topics") or {}),
        min_mentoring=int(top.get("min_mentoring", 2)),
    )
