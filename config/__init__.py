"""Settings (one typed object) and data files: criteria catalogue, lexicons, rules."""

from config.settings import Settings, get_settings

__all__ = ["Settings", "get_settings"]
