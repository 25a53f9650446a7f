"""The YAML data files are read strictly: a key written twice is refused with its lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import CONFIG_DIR
from config.yamlfile import DuplicateKeyError, load_yaml
from evidence.consistency.rules import load_rules
from evidence.errors import ConfigError


@pytest.mark.parametrize("path", sorted(CONFIG_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_data_file_has_no_repeated_key(path: Path) -> None:
    assert load_yaml(path) is not None


def test_a_repeated_key_is_refused_naming_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text(
        "topics:\n  programme_a:\n    audience: students\n"
        "  programme_b:\n    audience: teachers\n"
        "  programme_a:\n    audience: student_student\n",
        encoding="utf-8",
    )
    with pytest.raises(DuplicateKeyError, match=r"«programme_a» в строке 6 уже задан в строке 2"):
        load_yaml(path)


def test_the_same_key_in_two_different_mappings_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a:\n  name: 1\nb:\n  name: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"a": {"name": 1}, "b": {"name": 2}}


def test_a_rules_file_with_a_repeated_key_is_a_clear_config_error(tmp_path: Path) -> None:
    path = tmp_path / "consistency.yaml"
    path.write_text("rules: []\nrules: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="уже задан"):
        load_rules(path)
