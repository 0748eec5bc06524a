"""The SSE stream: event order for a found answer, for "No data available" and for a failing
retriever; a client that goes away cancels the run."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import MutableMapping
from typing import Any, cast

import httpx

from server.app import create_app
from server.services import Services
from stores.vector import VectorStore
from tests.server.conftest import auth

S = "/v1/query/stream"


async def _events(client: httpx.AsyncClient, token: str, question: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    async with client.stream("POST", S, json={"question": question}, headers=auth(token)) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        name = None
        async for line in r.aiter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and name:
                out.append((name, json.loads(line.split(":", 1)[1])))
                name = None
    return out


OVERVIEW = "Give me an overview of Acme Logistics"
"""A question that runs the SQL and vector retrievers in parallel (a grounded lookup reads SQL
only)."""


def _names(events: list[tuple[str, Any]]) -> list[str]:
    collapsed: list[str] = []
    for name, _ in events:
        if not collapsed or collapsed[-1] != name:
            collapsed.append(name)
    return collapsed


async def test_a_found_answer_streams_in_order(client: httpx.AsyncClient, tokens: dict) -> None:
    events = await _events(client, tokens["read"], OVERVIEW)
    assert _names(events) == [
        "plan",
        "retrieval",
        "evidence",
        "validation",
        "answer.delta",
        "answer",
        "done",
    ]
    retrievals = [d for n, d in events if n == "retrieval"]
    assert {(d["retriever"], d["status"]) for d in retrievals} == {
        (r, s) for r in ("sql", "vector") for s in ("started", "done")
    }
    delta = [d["text"] for n, d in events if n == "answer.delta"]
    final = next(d for n, d in events if n == "answer")
    assert final["found"] and " ".join(delta) == final["answer"]
    validated = {
        v["claim"] for n, d in events if n == "validation" for v in d["verdicts"] if v["supported"]
    }
    assert all(any(t.startswith(c.rstrip(".")) for c in validated) for t in delta)


async def test_no_data_streams_no_delta(client: httpx.AsyncClient, tokens: dict) -> None:
    events = await _events(client, tokens["read"], "What is the IP address of ACME-DC99?")
    names = _names(events)
    assert "answer.delta" not in names and names[-2:] == ["answer", "done"]
    final = next(d for n, d in events if n == "answer")
    assert final["answer"].startswith("No data available") and "ACME-DC99" in final["answer"]
    assert not final["found"] and final["searched"]


class _DownVector:
    backend = "down"

    async def search(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("vector store is down")


async def test_a_failing_retriever_is_reported_and_the_answer_still_comes(
    services: Services, tokens: dict
) -> None:
    broken = dataclasses.replace(
        services,
        stores=dataclasses.replace(services.stores, vector=cast(VectorStore, _DownVector())),
    )
    transport = httpx.ASGITransport(app=create_app(services=broken))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        events = await _events(client, tokens["read"], OVERVIEW)
    failed = [d for n, d in events if n == "retrieval" and d["status"] == "failed"]
    assert failed == [
        {
            "retriever": "vector",
            "status": "failed",
            "count": 0,
            "ms": failed[0]["ms"],
            "error": "vector retriever failed: RuntimeError: vector store is down",
        }
    ]
    assert next(d for n, d in events if n == "answer")["found"]
    assert _names(events)[-1] == "done"


class _HangingVector:
    backend = "hanging"

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.cancelled = asyncio.Event()

    async def search(self, *args: Any, **kwargs: Any) -> Any:
        self.started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            self.cancelled.set()
            raise
        return []


async def test_a_client_disconnect_cancels_the_run(services: Services, tokens: dict) -> None:
    hanging = _HangingVector()
    svc = dataclasses.replace(
        services, stores=dataclasses.replace(services.stores, vector=cast(VectorStore, hanging))
    )
    app = create_app(services=svc)
    body = json.dumps({"question": OVERVIEW}).encode()
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if not sent:
            sent.append({})
            return {"type": "http.request", "body": body, "more_body": False}
        await hanging.started.wait()  # the run is inside the vector search: now go away
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        pass

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": S,
        "raw_path": S.encode(),
        "query_string": b"",
        "root_path": "",
        "server": ("t", 80),
        "client": ("c", 1),
        "headers": [
            (b"host", b"t"),
            (b"content-type", b"application/json"),
            (b"authorization", f"Bearer {tokens['read']}".encode()),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    await asyncio.wait_for(app(scope, receive, send), timeout=20)
    assert hanging.started.is_set()
    await asyncio.wait_for(hanging.cancelled.wait(), timeout=5)


async def test_a_bad_stream_request_is_an_http_error_before_any_event(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    """A blank or too long question, or an organization outside the key: a 4xx with a message,
    not a 200 whose body breaks off."""
    for body, token, status in (
        ({"question": "   "}, "read", 422),
        ({"question": "x" * 2100}, "read", 422),
        ({"question": "ip of acme-dc01", "organizations": [7]}, "harbor", 403),
    ):
        response = await client.post(S, json=body, headers=auth(tokens[token]))
        assert response.status_code == status, (body, response.text)
        assert response.json()["error"]["message"]


async def test_a_failure_mid_stream_carries_no_internal_text(
    client: httpx.AsyncClient, tokens: dict, monkeypatch: Any
) -> None:
    """An unexpected failure inside the run: an error event with the request id, never the
    exception's own text (a store's message, a table, a path)."""
    from server.services import answers

    class Broken:
        def astream(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError('relation "audit_log" does not exist at /srv/data/postgres')

    monkeypatch.setattr(answers, "plain_graph", Broken())
    events = await _events(client, tokens["read"], "ip of acme-dc01")
    errors = [data for name, data in events if name == "error"]
    assert errors and errors[0]["code"] == "internal" and errors[0]["request_id"]
    assert "audit_log" not in json.dumps(events) and "/srv" not in json.dumps(events)
    assert events[-1][0] == "done"


async def test_the_stream_shares_the_answer_path_cache_and_metrics(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    """A streamed answer is counted and cached like a /v1/query one: the same question again
    (streamed or not) is the cached answer, sent whole."""
    from server.services.metrics import ANSWERS

    def answered() -> float:
        return sum(ANSWERS.labels(found=f)._value.get() for f in ("true", "false"))

    before = answered()
    question = "What is the IP address of ACME-DC01?"
    first = dict(await _events(client, tokens["read"], question))
    assert answered() == before + 1 and first["answer"]["cached"] is False
    again = await _events(client, tokens["read"], question)
    assert _names(again) == ["validation", "answer", "done"]
    assert dict(again)["answer"] == {**first["answer"], "cached": True}
    r = await client.post("/v1/query", json={"question": question}, headers=auth(tokens["read"]))
    assert r.json()["cached"] is True and r.json()["answer"] == first["answer"]["answer"]
    assert answered() == before + 1  # cached answers are not counted again
