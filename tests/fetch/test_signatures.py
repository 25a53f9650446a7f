"""Soft-404 phrases and bot-wall signatures are data (config/web_signatures.yaml)."""

from __future__ import annotations

from pathlib import Path

import yaml

from config.settings import CONFIG_DIR
from evidence.fetch.botwall import detect_bot_wall, load_walls
from evidence.fetch.html import parse_page
from evidence.fetch.soft404 import load_phrases, phrase_match


def edited(tmp_path: Path, key: str, entry: object) -> Path:
    data = yaml.safe_load((CONFIG_DIR / "web_signatures.yaml").read_text(encoding="utf-8"))
    data[key].append(entry)
    path = tmp_path / "web_signatures.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_not_found_phrase_added_in_yaml_is_recognised(tmp_path: Path) -> None:
    html = "<html><head><title>Школа № 5</title></head><body><h1>Упс! Тут пусто</h1></body></html>"
    page = parse_page(html.encode(), "http://school.example/docs/prikaz")
    assert phrase_match(page) is None
    phrases = load_phrases(edited(tmp_path, "soft_404_phrases", r"упс!? тут пусто"))
    assert phrase_match(page, phrases) == "Упс! Тут пусто"


def test_a_bot_wall_added_in_yaml_is_recognised(tmp_path: Path) -> None:
    body = b"<html><body><div id='antibot-check'>Please wait</div></body></html>"
    headers = {"Server": "nginx", "X-Antibot": "1"}
    assert detect_bot_wall(403, headers, body) is None
    wall = {"service": "antibot", "headers": [["x-antibot", ""]], "body": ["antibot-check"]}
    walls = load_walls(edited(tmp_path, "bot_walls", wall))
    assert detect_bot_wall(403, headers, body, walls) == "antibot"
