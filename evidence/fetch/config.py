"""The frozen fetch configuration handed to ``LinkChecker``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from config.settings import Settings

MIB = 1024 * 1024


@dataclass(frozen=True)
class FetchConfig:
    """Limits, politeness and the service base URLs for fetching one link.

    ``ca_bundle`` adds trusted CAs to the system and certifi ones (many Russian state-hosted
    sites use the Russian Trusted Root CA, absent from both). ``extra_public_networks`` lists CIDRs the guard treats as public (tests stand up "public
    hosts" on 127.0.0.x); ``resolver_overrides`` maps a host name to the addresses it resolves
    to (tests: ``{"school.example": ("127.0.0.5",)}``), checked before DNS.
    """

    allow_private: bool = False
    user_agent: str = "evidence-check/0.1 (+mentoring-monitoring evidence checker)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 10
    max_document_bytes: int = 30 * MIB
    max_page_bytes: int = 3 * MIB
    retries: int = 2
    retry_backoff: float = 0.5
    retry_after_cap: float = 5.0
    per_host_concurrency: int = 2
    per_host_interval: float = 0.0
    probe_soft_404: bool = True
    yandex_disk_api: str = "https://cloud-api.yandex.net"
    google_drive_download: str = "https://drive.usercontent.google.com"
    google_docs_base: str = "https://docs.google.com"
    mailru_cloud_base: str = "https://cloud.mail.ru"
    ca_bundle: str | None = (
        None  # extra CA certificates (PEM) to trust, e.g. Russian Trusted Root CA
    )
    extra_public_networks: tuple[str, ...] = ()
    resolver_overrides: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> FetchConfig:
        """Build from the application settings; ``overrides`` win (tests, CLI flags)."""
        values: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            if hasattr(settings, name):
                values[name] = getattr(settings, name)
        if values.get("ca_bundle") is not None:
            values["ca_bundle"] = str(values["ca_bundle"])
        if isinstance(values.get("extra_public_networks"), list):
            values["extra_public_networks"] = tuple(values["extra_public_networks"])
        values.update(overrides)
        return cls(**values)
