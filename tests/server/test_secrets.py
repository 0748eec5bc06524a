"""A password value reaches the caller of the vault and nobody else: not the logs, not the
cache, not any other response; and the cache forgets answers when the data changes."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest

from core.crypto import load_cipher
from core.embeddings import Embedder
from core.models import Snapshot
from server.app import create_app
from server.services import Services, open_services
from stores import Stores
from stores.cache import MemoryCache, RedisCache, cache_key, data_version
from sync.ingest import Ingestor
from tests.conftest import make_settings, one_org
from tests.server.conftest import auth


async def test_the_value_is_in_the_vault_answer_only(
    client: httpx.AsyncClient,
    tokens: dict,
    services: Services,
    sample_snapshot: Snapshot,
    sample_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = next(p for p in sample_snapshot.passwords if p.organization_id == 7)
    secret = load_cipher(make_settings(sample_dir)).decrypt(entry.value_encrypted or "")
    h = auth(tokens["passwords"])
    others: list[str] = []
    with caplog.at_level(logging.DEBUG):
        vault = await client.get(f"/v1/passwords/{entry.id}", headers=h)
        for question in (
            "Which passwords exist for Acme Logistics?",
            f"What is the password of {entry.name} at Acme Logistics?",
        ):
            others.append(
                (await client.post("/v1/query", json={"question": question}, headers=h)).text
            )
        async with client.stream(
            "POST",
            "/v1/query/stream",
            json={"question": "Which passwords exist for Acme Logistics?"},
            headers=h,
        ) as stream:
            others.append("".join([line async for line in stream.aiter_lines()]))
        others.append((await client.post("/v1/search", json={"query": entry.name}, headers=h)).text)
        others.append((await client.get(f"/v1/records/{entry.source_id}", headers=h)).text)
    assert vault.json()["value"] == secret
    assert secret in vault.text
    for text in others:
        assert secret not in text
    assert secret not in caplog.text
    assert isinstance(services.cache, MemoryCache)
    assert secret not in json.dumps([v for _, v in services.cache._items.values()])
    rows = await services.stores.sql.keys.audit_rows(20)
    assert secret not in json.dumps(rows, default=str)


async def test_a_change_to_the_data_invalidates_cached_answers(
    fresh: Stores, tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    org = one_org(sample_snapshot, 7)
    await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    svc = await open_services(make_settings(tmp_path / "data"), stores=fresh, embedder=embedder)
    _, token = await fresh.sql.keys.create("cache", ["read"])
    transport = httpx.ASGITransport(app=create_app(services=svc))
    body = {"question": "What is the IP address of ACME-DC01?"}
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        first = (await client.post("/v1/query", json=body, headers=auth(token))).json()
        cached = (await client.post("/v1/query", json=body, headers=auth(token))).json()
        assert cached["cached"] and cached["answer"] == first["answer"]
        dc = next(c for c in org.configurations if c.name == "ACME-DC01")
        org.configurations = [
            c.model_copy(update={"primary_ip": "10.7.10.11"}) if c.id == dc.id else c
            for c in org.configurations
        ]
        await Ingestor(fresh, embedder).ingest(org, reconcile=True)  # as a sync would
        after = (await client.post("/v1/query", json=body, headers=auth(token))).json()
    assert not after["cached"] and after["answer"] == "ACME-DC01 has primary IP 10.7.10.11 [1]."
    await svc.close()


async def test_the_redis_cache_round_trips_and_expires(redis_url: str, sample: Stores) -> None:
    cache = RedisCache(redis_url)
    key = cache_key("What is X?", [1, 2], await data_version(sample.sql))
    assert await cache.get(key) is None
    await cache.set(key, {"answer": "X is Y [1].", "cached": False}, 60)
    assert await cache.get(key) == {"answer": "X is Y [1].", "cached": False}
    other_scope = cache_key("What is X?", [1], await data_version(sample.sql))
    assert await cache.get(other_scope) is None  # organizations are part of the key
    await cache.close()
