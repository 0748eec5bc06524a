"""Structured logs: JSON lines with the request id of the HTTP request they belong to."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest

from core import logs


def _record(message: str) -> logging.LogRecord:
    return logging.LogRecord("server.test", logging.WARNING, __file__, 1, message, None, None)


def test_json_lines_carry_the_request_id() -> None:
    formatter = logs.JsonFormatter()
    token = logs.request_id.set("req-123")
    try:
        line = json.loads(formatter.format(_record("sync failed")))
    finally:
        logs.request_id.reset(token)
    assert line["request_id"] == "req-123" and line["message"] == "sync failed"
    assert line["level"] == "WARNING" and line["logger"] == "server.test" and line["at"]
    outside = json.loads(formatter.format(_record("idle")))
    assert "request_id" not in outside
    assert logs.TextFormatter().format(_record("plain")) == "WARNING server.test: plain"


async def test_the_app_sets_the_request_id_for_logs_during_a_request() -> None:
    from fastapi import FastAPI

    from server import errors

    seen: list[str] = []
    app = FastAPI()
    errors.install(app)

    @app.get("/probe")
    async def probe() -> dict[str, str]:
        seen.append(logs.request_id.get())
        return {}

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/probe", headers={"X-Request-ID": "abc-1"})
    assert response.headers["x-request-id"] == "abc-1" and seen == ["abc-1"]
    assert logs.request_id.get() == ""


def test_a_key_in_a_url_query_never_reaches_the_access_log() -> None:
    """uvicorn logs the path with its query; the app hides secret-looking parameters in it."""
    from server.app import create_app
    from tests.conftest import make_settings

    create_app(make_settings(Path("/nonexistent")))  # installs the filter; opens nothing
    access = logging.getLogger("uvicorn.access")
    assert any(isinstance(f, logs.RedactQuery) for f in access.filters)
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/v1/health?api_key=igr_abc_secret&x=1", "1.1", 200),
        None,
    )
    logs.RedactQuery().filter(record)
    line = record.getMessage()
    assert "igr_abc_secret" not in line and "api_key=***" in line and "x=1" in line


def test_the_servers_own_lines_and_tracebacks_are_json_lines_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """uvicorn's access lines and an error's traceback: one JSON object per line, like ours
    (uvicorn's own logging set-up, plain text on handlers of its own, is replaced)."""
    import logging.config

    import uvicorn.config

    logging.config.dictConfig(uvicorn.config.LOGGING_CONFIG)
    logs.configure("INFO", "json")
    try:
        access = logging.getLogger("uvicorn.access")
        access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:1", "GET", "/v1/health", "1.1", 200)
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            logging.getLogger("uvicorn.error").exception("Exception in ASGI application")
        lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
        entries = [json.loads(line) for line in lines]  # every line parses on its own
        assert [e["logger"] for e in entries] == ["uvicorn.access", "uvicorn.error"]
        assert "GET /v1/health" in entries[0]["message"] and "boom" in entries[1]["exception"]
    finally:
        logs.configure("WARNING", "text")
