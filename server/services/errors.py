"""The error a service refuses a request with: an HTTP status, a stable code and a message the
caller can act on. The routes render it as the API's error body (`server/errors.py`); the MCP
tools as a tool error with the message."""

from __future__ import annotations

from typing import Any

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    409: "conflict",
    413: "too_large",
    431: "headers_too_large",
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


def error_body(
    status: int, message: str, *, code: str | None = None, details: Any = None, request_id: str = ""
) -> dict[str, Any]:
    """The API's error body: `{"error": {"code", "message", "details", "request_id"}}`."""
    return {
        "error": {
            "code": code or CODES.get(status, "error"),
            "message": message,
            "details": details,
            "request_id": request_id,
        }
    }
