"""One hardened lxml parser for the XML inside office packages (no entities, no network)."""

from __future__ import annotations

from lxml import etree

from evidence.errors import ExtractionError
from evidence.extract.base import CORRUPT

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True, recover=True
)


def parse_xml(blob: bytes) -> etree._Element:
    try:
        root = etree.fromstring(blob, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(CORRUPT) from exc
    if root is None:
        raise ExtractionError(CORRUPT)
    return root


def local(tag: object) -> str:
    """Tag name without its namespace ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
