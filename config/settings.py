"""One typed settings object, read from the environment (prefix ``EVIDENCE_``) once.

Domain code never reads this module: the CLI, the workers and the API build a settings
object and pass the frozen parts (fetch limits, extraction limits, the year) down.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

CONFIG_DIR = Path(__file__).resolve().parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVIDENCE_", env_file=None, extra="ignore")

    # --- fetching -------------------------------------------------------------------
    allow_private: bool = False
    user_agent: str = "evidence-check/0.1 (+mentoring-monitoring evidence checker)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 10
    max_document_bytes: int = 30 * 1024 * 1024
    max_page_bytes: int = 3 * 1024 * 1024
    retries: int = 2
    retry_backoff: float = 0.5
    retry_after_cap: float = 5.0  # longest Retry-After we honour, seconds
    concurrency: int = 16
    per_host_concurrency: int = 2
    per_host_interval: float = 0.0
    probe_soft_404: bool = True

    # Base URLs of cloud services whose share links open a viewer (tests point them at a fake).
    yandex_disk_api: str = "https://cloud-api.yandex.net"
    google_drive_download: str = "https://drive.usercontent.google.com"
    google_docs_base: str = "https://docs.google.com"
    ca_bundle: str | None = None  # extra trusted CAs (PEM), e.g. the Russian Trusted Root CA
    mailru_cloud_base: str = "https://cloud.mail.ru"

    # --- extraction -----------------------------------------------------------------
    ocr_pages: int = 3
    ocr_dpi: int = 200
    ocr_languages: str = "rus+eng"
    # OCR the top of a scan's first page first; the rest only when the decision needs it.
    ocr_staged: bool = True
    max_pages: int = 30
    max_unpacked_bytes: int = 100 * 1024 * 1024
    extract_timeout: float = 120.0
    extract_memory_mb: int = 1536
    cache_dir: Path = Field(default_factory=lambda: Path.home() / ".cache" / "evidence-check")

    # --- distributed mode -------------------------------------------------------------
    broker_url: str | None = None
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "EVIDENCE_DATABASE_URL")
    )
    # Seconds a worker's claim on an item lives without a heartbeat (a dead worker's items are
    # re-queued after it); hard time limits of the fast and the OCR tasks.
    lease_seconds: float = 60.0
    task_time_limit: int = 600
    ocr_time_limit: int = 1800
    # Rows per message on the fast queue, and check threads per worker process for a chunk.
    chunk_size: int = 25
    worker_threads: int = 4

    # --- the service (evidence-check serve) ---------------------------------------------
    # The data folder: the embedded SQLite file (when DATABASE_URL is not set), report files.
    data_dir: Path = Field(
        default_factory=lambda: Path.home() / ".local" / "share" / "evidence-check"
    )
    # Keep a copy of every fetched document under data_dir/documents (always on in the service).
    keep_documents: bool = False
    api_tokens: str = ""  # comma-separated regional tokens (they see every municipality)
    callback_hosts: str = ""  # comma-separated hosts a batch's callback_url may point to
    max_upload_bytes: int = 50 * 1024 * 1024
    api_rate_per_minute: int = 120  # requests per token per minute (bursts up to this number)
    service_concurrency: int = 8  # check threads of the embedded service (no broker)
    check_cache_seconds: float = 24 * 3600  # POST /api/checks answers from a check this recent


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
