"""The error a service refuses a request with: an HTTP status, a stable code and a message the
caller can act on. The routes render it as the API's error body (`server/errors.py`); the MCP
tools as a tool error with the message."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


_UNION_MEMBERS = frozenset(["int", "str", "float", "bool", "none", "list", "dict"])
"""Names pydantic puts in an error's location for the member of a union that failed."""


def _field(loc: Sequence[Any]) -> str:
    """`organizations.0` for `('body', 'organizations', 0, 'constrained-int')`: the request's
    own path, without FastAPI's `body` and pydantic's union member names."""
    parts = [
        str(p)
        for p in loc
        if p != "body"
        and not (isinstance(p, str) and (p in _UNION_MEMBERS or "-" in p or "[" in p))
    ]
    return ".".join(parts)


def plain(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    """Validation errors as `{field, message}`, one per field: no input echoed, no link to
    pydantic's site. Of a union's failures the one that says what is wrong with the value
    ('greater than or equal to 1') beats the one that only names another type."""
    chosen: dict[str, tuple[bool, str]] = {}
    for e in errors:
        field, message = _field(e.get("loc", ())), _message(e)
        kind = str(e.get("type", ""))
        if kind == "json_invalid":  # its location is the character, not a field
            field = "body"
        vague = kind.endswith("_type") or kind == "int_parsing"
        if field not in chosen or (chosen[field][0] and not vague):
            chosen[field] = (vague, message)
    return [{"field": f, "message": m} for f, (_, m) in chosen.items()]


def _message(error: Mapping[str, Any]) -> str:
    """An error's message in the caller's terms: where JSON did not parse, that a body must
    be a JSON object (sent as such), a validator's own words without pydantic's prefix."""
    kind, message = str(error.get("type", "")), str(error.get("msg", "invalid value"))
    loc = error.get("loc", ())
    if kind == "json_invalid":
        where = loc[-1] if loc and isinstance(loc[-1], int) else None
        at = f" (at character {where})" if where is not None else ""
        return f"not valid JSON{at}"
    if kind in ("model_attributes_type", "dict_type") and not _field(loc):
        return "expected a JSON object, sent with 'Content-Type: application/json'"
    return message.removeprefix("Value error, ")


def summary(errors: Sequence[Mapping[str, str]], whole: str = "request") -> str:
    """One line for `plain()` errors: `field: message; field: message` (`whole` names an
    error about the input as a whole)."""
    return "; ".join(f"{e['field'] or whole}: {e['message']}" for e in errors) or "invalid input"
