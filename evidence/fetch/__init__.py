"""Fetching links: the guard, the client, soft-404 and viewer detection, ``LinkChecker``.

The pipeline calls ``LinkChecker(config).check(url, query)`` per link and gets a ``Document``
to extract or a terminal ``LinkResult``.
"""

from evidence.fetch.config import FetchConfig
from evidence.fetch.hostlimit import HostLimiter, LocalHostLimiter, platform_key
from evidence.fetch.linkcheck import Document, LinkChecker

__all__ = [
    "Document",
    "FetchConfig",
    "HostLimiter",
    "LinkChecker",
    "LocalHostLimiter",
    "platform_key",
]
