"""Reading the YAML data files strictly: a key written twice in one mapping is an error.

PyYAML keeps the last of two equal keys without a word, so a copied block silently replaces the
one above it (a topic defined twice made «ученик – ученик» use the «студент – студент» rule).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode

__all__ = ["DuplicateKeyError", "load_yaml"]


class DuplicateKeyError(ValueError):
    """A mapping of a data file names the same key twice."""


class _StrictLoader(yaml.SafeLoader):
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _value in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise DuplicateKeyError(
                    f"{key_node.start_mark.name}: ключ «{key}» в строке {line} уже задан "
                    f"в строке {seen[key]}"
                )
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path | str) -> Any:
    """The data of one YAML file (``None`` for an empty one); refuses repeated keys."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_StrictLoader)
