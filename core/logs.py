"""Logging: plain text for a terminal, JSON lines (`ITGLUE_RAG_LOG_FORMAT=json`) for a
collector. Every record carries the request id of the HTTP request it belongs to, if any."""

from __future__ import annotations

import json
import logging
import re
from contextvars import ContextVar
from datetime import UTC, datetime

request_id: ContextVar[str] = ContextVar("request_id", default="")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = request_id.get()
        if rid:
            entry["request_id"] = rid
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        text = f"{record.levelname} {record.name}: {record.getMessage()}"
        rid = request_id.get()
        if rid:
            text += f" [request {rid}]"
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return text


def configure(level: str, fmt: str = "text") -> None:
    """Our packages log at `level`; chatty dependencies only warnings."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.WARNING)
    for package in (
        "core",
        "stores",
        "sync",
        "server",
        "graphs",
        "nodes",
        "retrievers",
        "tools",
        "evals",
    ):
        logging.getLogger(package).setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        server = logging.getLogger(name)  # the server's own lines and tracebacks in the same
        server.handlers = []  # format (a JSON line each, with the request id), not plain text
        server.propagate = True
        server.setLevel(level if name != "uvicorn.access" else logging.INFO)


_SECRET_PARAM = re.compile(
    r"([?&](?:api[_-]?key|key|token|access[_-]?token|password|secret)=)[^&\s]*", re.I
)


def redact_query(path: str) -> str:
    """A request path with the values of secret-looking query parameters hidden
    ("/v1/health?api_key=igr_…" → "/v1/health?api_key=***")."""
    return _SECRET_PARAM.sub(r"\1***", path)


class RedactQuery(logging.Filter):
    """Hides keys sent in a URL's query from uvicorn's access lines (its args are client,
    method, path, HTTP version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_query(args[2]), *args[3:])
        return True


def redact_access_log() -> None:
    """Install `RedactQuery` on uvicorn's access logger (once)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactQuery) for f in access.filters):
        access.addFilter(RedactQuery())
