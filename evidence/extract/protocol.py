"""Framing of the worker protocol: a 4-byte big-endian length, then the payload."""

from __future__ import annotations

import struct
from typing import BinaryIO

HEADER = struct.Struct(">I")
READY = b"ready"


def frame(payload: bytes) -> bytes:
    return HEADER.pack(len(payload)) + payload


def read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    payload = stream.read(size)
    return payload if len(payload) == size else None
