"""The service: the HTTP API for the portal (and the reviewers' workspace) over the pipeline."""

from evidence.web.app import create_app

__all__ = ["create_app"]
