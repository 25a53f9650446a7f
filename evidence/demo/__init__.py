"""``evidence-check demo``: a built-in sample site and batch covering every verdict."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources
from pathlib import Path

from config.settings import Settings
from evidence.demo.site import DemoSite
from evidence.pipeline import CheckConfig

__all__ = ["DEMO_YEAR", "DemoSite", "demo_config", "write_demo_batch"]

DEMO_YEAR = 2024
# The demo site listens on 127.77.0.1; only this network is treated as public, so the guard
# still blocks the metadata address and every other private link of the demo batch.
DEMO_NETWORK = "127.77.0.0/24"
DEAD_HOST = "127.77.0.2"  # nothing listens there: connection refused


def write_demo_batch(path: Path, site: DemoSite) -> Path:
    """The sample batch, pointing at the running site."""
    template = resources.files("evidence.demo").joinpath("batch.csv").read_text(encoding="utf-8")
    text = template.replace("{base}", site.base_url).replace(
        "{dead}", f"http://{DEAD_HOST}:{site.port}"
    )
    path.write_text(text, encoding="utf-8")
    return path


def demo_config(settings: Settings, site: DemoSite, *, cache_dir: Path) -> CheckConfig:
    config = CheckConfig.from_settings(settings, DEMO_YEAR)
    fetch = replace(
        config.fetch,
        extra_public_networks=(DEMO_NETWORK,),
        yandex_disk_api=site.base_url,
        connect_timeout=3.0,
        retries=0,
    )
    return replace(config, fetch=fetch, cache_dir=cache_dir)
