"""docker-compose.yml is valid per the Compose specification and describes the deployment.

No Docker engine runs here: the file is validated against the Compose JSON schema (vendored in
data/compose_spec.json, from the compose-spec project as shipped with docker-compose 1.29.2),
and by ``docker compose config`` when a Docker client with the compose plugin is installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
SCHEMA = Path(__file__).parent / "data" / "compose_spec.json"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_compose_file_follows_the_compose_spec(compose: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft201909Validator(schema)
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_compose_has_the_services_of_the_distributed_mode(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"redis", "postgres", "worker", "flower", "batch"} <= set(services)
    worker = services["worker"]
    # Scalable with --scale worker=N: no fixed container name, no published host port.
    assert "container_name" not in worker and "ports" not in worker
    assert worker["command"][:2] == ["evidence-check", "workers"]
    assert worker["environment"]["EVIDENCE_BROKER_URL"].startswith("redis://redis:")
    assert worker["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")
    # The batch service is one-shot (a profile, no restart) and reads a mounted folder.
    batch = services["batch"]
    assert batch["profiles"] == ["batch"] and batch["restart"] == "no"
    assert batch["command"][:2] == ["evidence-check", "run"]
    assert any(str(v).endswith(":/data") for v in batch["volumes"])
    assert "--out" in batch["command"]
    for name in ("worker", "flower", "batch"):
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_dockerfile_installs_the_project() -> None:
    text = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert "tesseract-ocr-rus" in text and "pip install" in text
    for package in ("evidence", "classifiers", "workers", "config"):
        assert f"COPY {package} " in text


def _compose_plugin() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(
        ["docker", "compose", "version"], capture_output=True, text=True, timeout=30
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _compose_plugin(), reason="the docker compose plugin is not installed")
def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    res = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE), "--profile", "batch", "config", "--quiet"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert res.returncode == 0, res.stderr
