"""One error body for every failure: `{"error": {"code", "message", "details", "request_id"}}`.

Request ids come from `X-Request-ID` (or are made) and go back in the same header. A failure
nobody planned for is logged with its stack and answered as a 500 with the request id only."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core import logs
from core.errors import ItGlueRagError
from server.services.errors import ApiError, error_body, plain, summary

log = logging.getLogger(__name__)


def request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", "") or "")


def body(
    request: Request, status: int, message: str, code: str | None = None, details: Any = None
) -> dict[str, Any]:
    return error_body(status, message, code=code, details=details, request_id=request_id(request))


def refusal(
    scope: Scope, status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The error body for middleware that answers before any route runs (no `Request` yet)."""
    rid = str((scope.get("state") or {}).get("request_id", "") or "")
    return JSONResponse(
        error_body(status, message, request_id=rid), status_code=status, headers=headers
    )


class RequestIds:
    """Pure ASGI (a BaseHTTPMiddleware would break streaming responses on disconnect)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode(errors="replace")[:64]
        rid = given.strip() or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid
        token = logs.request_id.set(rid)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            logs.request_id.reset(token)


MAX_BODY = 1 << 20
"""The largest request body read (1 MiB: a question is at most 100,000 characters); a larger
one is a 413 before it is read, whatever the key."""


MAX_HEAD = 16 * 1024
"""The largest request line plus headers (larger: 431)."""


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses a body over MAX_BODY by its Content-Length, or while it arrives without one:
    nothing larger is held in memory or parsed. A body that takes longer than `timeout`
    seconds to arrive is a 408: a slow sender does not hold a request open for ever."""

    def __init__(self, app: ASGIApp, timeout: float = 30.0) -> None:
        self.app, self.timeout = app, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        started = slow = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if slow:  # the app's reply to a body that never came (a parse error): ours instead
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        async def refuse(status: int, message: str, headers: dict[str, str] | None = None) -> None:
            await refusal(scope, status, message, headers)(scope, receive, send)

        head = sum(len(k) + len(v) + 4 for k, v in scope["headers"]) + len(
            scope.get("raw_path") or b""
        )
        if head > MAX_HEAD:  # uvicorn bounds only a head that arrives in pieces
            await refuse(431, f"request headers larger than {MAX_HEAD} bytes")
            return
        too_large = f"request body larger than {MAX_BODY} bytes"
        if not length.isdigit() or int(length) > MAX_BODY:
            await refuse(413, too_large)
            return
        seen, done = 0, False
        deadline = asyncio.get_running_loop().time() + self.timeout

        async def limited() -> Message:
            nonlocal seen, done, slow
            if done:  # the body is in: later reads wait for a disconnect, however long
                return await receive()
            left = deadline - asyncio.get_running_loop().time()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(left, 0.001))
            except TimeoutError:
                slow = not started
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                done = not message.get("more_body", False)
                if seen > MAX_BODY:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, tracked_send)
        except _TooLarge:
            if not started:
                await refuse(413, too_large)
        except Exception:
            if not slow:
                raise
        if slow:
            late = f"request body not received within {self.timeout:g}s"
            await refuse(408, late, {"connection": "close"})  # the rest may never come


def install(app: FastAPI, body_timeout: float = 30.0) -> None:
    app.add_middleware(BodyLimit, timeout=body_timeout)  # inside RequestIds: its id in errors
    app.add_middleware(RequestIds)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            body(request, exc.status, exc.message, exc.code, exc.details),
            status_code=exc.status,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = plain(exc.errors())
        message = summary(errors)
        return JSONResponse(body(request, 422, message, details=errors), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            body(request, exc.status_code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None) or {},
        )

    @app.exception_handler(ItGlueRagError)
    async def expected(request: Request, exc: ItGlueRagError) -> JSONResponse:
        return JSONResponse(body(request, 503, str(exc)), status_code=503)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("request %s failed", request_id(request))
        return JSONResponse(
            body(request, 500, "internal error; quote the request id when reporting it"),
            status_code=500,
        )
