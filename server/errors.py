"""One error body for every failure: `{"error": {"code", "message", "details", "request_id"}}`.

Request ids come from `X-Request-ID` (or are made) and go back in the same header. A failure
nobody planned for is logged with its stack and answered as a 500 with the request id only."""

from __future__ import annotations

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

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
    500: "internal",
    503: "unavailable",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message = status, message
        self.code = code or CODES.get(status, "error")
        self.details, self.headers = details, headers or {}


def request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", "") or "")


def body(
    request: Request, status: int, message: str, code: str | None = None, details: Any = None
) -> dict[str, Any]:
    return {
        "error": {
            "code": code or CODES.get(status, "error"),
            "message": message,
            "details": details,
            "request_id": request_id(request),
        }
    }


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


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses a body over MAX_BODY by its Content-Length, or while it arrives without one:
    nothing larger is held in memory or parsed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        started = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        async def refuse() -> None:
            rid = str(scope.get("state", {}).get("request_id", ""))
            error = {
                "error": {
                    "code": CODES.get(413, "payload_too_large"),
                    "message": f"request body larger than {MAX_BODY} bytes",
                    "details": None,
                    "request_id": rid,
                }
            }
            await JSONResponse(error, status_code=413)(scope, receive, send)

        if not length.isdigit() or int(length) > MAX_BODY:
            await refuse()
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, tracked_send)
        except _TooLarge:
            if not started:
                await refuse()


def install(app: FastAPI) -> None:
    app.add_middleware(BodyLimit)  # inside RequestIds: its 413 carries the request id
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
        errors = [
            {
                "field": ".".join(str(p) for p in e.get("loc", ()) if p != "body"),
                "message": e.get("msg", ""),
            }
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"field": "", "message": "invalid input"}
        message = f"{first['field'] or 'request'}: {first['message']}"
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
