"""Liveness and readiness beside the detailed health, through the real app."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from server.services import Services


async def test_live_and_ready_need_no_key_and_answer_when_the_stores_do(
    client: httpx.AsyncClient,
) -> None:
    live = await client.get("/v1/health/live")
    assert live.status_code == 200 and live.json() == {"status": "live"}
    ready = await client.get("/v1/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {
        "status": "ready",
        "stores": {"sql": "ok", "graph": "ok", "vector": "ok"},
    }


async def test_a_store_that_fails_makes_the_service_not_ready_but_still_live(
    client: httpx.AsyncClient, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    async def down(*args: Any, **kwargs: Any) -> Any:
        calls.append("store")
        raise ConnectionRefusedError("the graph is down")

    monkeypatch.setattr(services.stores.graph, "counts", down)
    ready = await client.get("/v1/health/ready")
    assert ready.status_code == 503
    assert ready.json()["status"] == "not ready"
    assert ready.json()["stores"]["graph"] == "error: ConnectionRefusedError"
    assert ready.json()["stores"]["sql"] == "ok"
    calls.clear()
    for name in ("ping",):
        monkeypatch.setattr(services.stores.sql, name, down)
    monkeypatch.setattr(services.stores.vector, "counts", down)
    live = await client.get("/v1/health/live")
    assert live.status_code == 200 and calls == []  # live asks no store anything


async def test_openapi_lists_the_probes(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert {"/v1/health/live", "/v1/health/ready"} <= set(paths)
