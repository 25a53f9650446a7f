"""An ASGI middleware capping request bodies (``EVIDENCE_MAX_UPLOAD_BYTES``): a declared
Content-Length above the cap is refused before reading; a body that grows past it while read
(chunked uploads) stops with the same 413 problem."""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from evidence.web.problems import Problem, problem_response


def too_large(limit: int) -> Problem:
    mib = 1024 * 1024
    size = f"{limit // mib} МБ" if limit >= mib else f"{limit} байт"
    return Problem(
        413,
        f"Запрос больше допустимого размера: {size} (EVIDENCE_MAX_UPLOAD_BYTES)",
        detail_en="Request body too large",
        limit=limit,
    )


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers: dict[bytes, bytes] = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            problem = too_large(self.max_bytes)
            response = problem_response(413, problem.detail, **problem.extra)
            await response(scope, receive, send)
            return
        seen = 0
        exceeded = False
        replaced = False

        async def limited() -> Message:
            nonlocal seen, exceeded
            message: Any = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    exceeded = True
                    raise too_large(self.max_bytes)
            return message  # type: ignore[no-any-return,unused-ignore]

        async def guarded_send(message: Message) -> None:
            # A handler that turned the error into its own answer (FastAPI's body parser says
            # 400) is overruled: the client hears 413.
            nonlocal replaced
            if exceeded and message["type"] == "http.response.start" and message["status"] != 413:
                replaced = True
                problem = too_large(self.max_bytes)
                response = problem_response(413, problem.detail, **problem.extra)
                await response(scope, receive, send)
                return
            if replaced:
                return
            await send(message)

        await self.app(scope, limited, guarded_send)
