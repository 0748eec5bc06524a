"""Limits a single client or key cannot get around: MCP sessions per key (opening one is
rate-limited), the time a request's head and body may take, the size of the head."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import mcp_types

from server.services import KeyRateLimiter, Services
from tests.server.conftest import auth, serving

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": mcp_types.LATEST_PROTOCOL_VERSION,
        "capabilities": {},
        "clientInfo": {"name": "probe", "version": "1"},
    },
}
ACCEPT = {"Accept": "application/json, text/event-stream"}


def _with(services: Services, rate: int | None = None, **settings: Any) -> Services:
    changed = dataclasses.replace(services, settings=services.settings.model_copy(update=settings))
    if rate is not None:
        changed.limiter = KeyRateLimiter(rate)
    return changed


async def _open(http: httpx.AsyncClient, url: str, token: str) -> httpx.Response:
    return await http.post(url, json=INITIALIZE, headers={**auth(token), **ACCEPT})


async def test_one_key_holds_a_bounded_number_of_mcp_sessions(
    services: Services, tokens: dict[str, str]
) -> None:
    async with (
        serving(_with(services, mcp_sessions_per_key=2)) as base,
        httpx.AsyncClient(timeout=30) as http,
    ):
        url = f"{base}/mcp/"
        first, second = [await _open(http, url, tokens["read"]) for _ in range(2)]
        assert first.status_code == second.status_code == 200
        third = await _open(http, url, tokens["read"])
        assert third.status_code == 429, third.text
        assert "2 open MCP sessions" in third.json()["error"]["message"]
        assert (await _open(http, url, tokens["admin"])).status_code == 200  # others still can

        session = first.headers["mcp-session-id"]
        stolen = await http.post(
            url,
            json={"jsonrpc": "2.0", "id": 2, "method": "ping"},
            headers={**auth(tokens["admin"]), **ACCEPT, "mcp-session-id": session},
        )
        assert stolen.status_code == 404  # another key's session does not exist for this one

        ended = await http.delete(url, headers={**auth(tokens["read"]), "mcp-session-id": session})
        assert ended.status_code == 200
        assert (await _open(http, url, tokens["read"])).status_code == 200  # room again


async def test_opening_mcp_sessions_counts_against_the_key_rate_limit(
    services: Services, tokens: dict[str, str]
) -> None:
    limited = _with(services, rate=3, mcp_sessions_per_key=100)
    async with serving(limited) as base, httpx.AsyncClient(timeout=30) as http:
        codes = [(await _open(http, f"{base}/mcp/", tokens["read"])).status_code for _ in range(4)]
        last = await _open(http, f"{base}/mcp/", tokens["read"])
    assert codes == [200, 200, 200, 429]
    assert last.status_code == 429 and int(last.headers["retry-after"]) >= 1


async def _raw(base: str, data: bytes, wait: float) -> bytes:
    """Send raw bytes, then read what the server sends until it closes (or `wait` passes)."""
    where = urlsplit(base)
    reader, writer = await asyncio.open_connection(where.hostname, where.port)
    writer.write(data)
    await writer.drain()
    got = b""
    try:
        while chunk := await asyncio.wait_for(reader.read(65536), timeout=wait):
            got += chunk
    except TimeoutError:
        got += b"<still open>"
    writer.close()
    return got


async def test_a_request_head_or_body_that_never_finishes_is_cut_off(services: Services) -> None:
    async with serving(_with(services, header_timeout=0.5, body_timeout=0.5)) as base:
        # Headers that never end: the connection is closed, not held.
        assert await _raw(base, b"GET /v1/health HTTP/1.1\r\nHost: x\r\n", wait=5) == b""
        # A body shorter than its Content-Length: a 408 with the error body.
        answer = await _raw(
            base,
            b"POST /v1/query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"question":',
            wait=5,
        )
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        error = json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]
        assert error["code"] == "timeout" and "not received within" in error["message"]
        # A head over 16 KiB is refused, whole or in pieces; an ordinary request still works.
        huge = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 40_000 + b"\r\n\r\n"
        assert (await _raw(base, huge, wait=5)).startswith(b"HTTP/1.1 431")
        endless = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 40_000
        assert (await _raw(base, endless, wait=5)).startswith(b"HTTP/1.1 400")
        async with httpx.AsyncClient() as http:
            assert (await http.get(f"{base}/v1/health")).status_code == 200


async def test_with_redis_every_worker_shares_one_rate_limit(redis_url: str) -> None:
    """Two workers (two limiters on one Redis) allow the limit once between them, not twice."""
    from server.services import RedisRateLimiter, open_limiter
    from tests.conftest import make_settings

    first, second = RedisRateLimiter(redis_url, 5), RedisRateLimiter(redis_url, 5)
    try:
        allowed = [await (first if i % 2 else second).check("k1") for i in range(5)]
        assert allowed == [None] * 5
        for worker in (first, second):
            wait = await worker.check("k1")
            assert wait is not None and 0 < wait <= 60
        assert await second.check("k2") is None  # each key counts alone
    finally:
        await first.close()
        await second.close()
    settings = make_settings(Path("unused")).model_copy(update={"redis_url": redis_url})
    chosen = open_limiter(settings)
    assert chosen.backend == "redis"
    await chosen.close()
