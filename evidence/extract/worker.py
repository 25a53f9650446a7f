"""The isolated extraction process: ``python -m evidence.extract.worker --memory-mb N``.

Protocol on stdin/stdout, one request at a time until stdin closes; every frame is a 4-byte
big-endian length and a payload:

    at start: frame(b"ready") once the imports are done
    request:  frame(JSON {"kind": "pdf", "limits": {...}})  frame(document bytes)
    response: frame(JSON of the Extraction, see ``codec.to_dict``; strings ``sanitize.clean``-ed)

The address space is capped with RLIMIT_AS (inherited by tesseract), so a memory blow-up
ends as MemoryError (reported) or as the death of this process (reported by the parent).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys

from evidence.extract.protocol import READY, frame, read_frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evidence.extract.worker")
    parser.add_argument("--memory-mb", type=int, default=0)
    args = parser.parse_args(argv)

    # Keep the protocol stream private: anything a library prints goes to stderr.
    protocol_out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    protocol_in = sys.stdin.buffer

    from evidence.extract.codec import to_dict
    from evidence.extract.core import extract
    from evidence.extract.limits import ExtractLimits
    from evidence.models import FileKind
    from evidence.reports.sanitize import clean

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if args.memory_mb > 0:
        limit = args.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    protocol_out.write(frame(READY))  # imports done: the parent starts the clock now
    protocol_out.flush()
    while True:
        header = read_frame(protocol_in)
        data = read_frame(protocol_in) if header is not None else None
        if header is None or data is None:
            return 0
        request = json.loads(header)
        limits = ExtractLimits(**request["limits"])
        result = extract(data, FileKind(request["kind"]), limits)
        # clean: a lone surrogate (an RTF's «\u-10240?») cannot be UTF-8 and would kill us.
        reply = json.dumps(clean(to_dict(result)), ensure_ascii=False).encode()
        protocol_out.write(frame(reply))
        protocol_out.flush()


if __name__ == "__main__":
    sys.exit(main())
