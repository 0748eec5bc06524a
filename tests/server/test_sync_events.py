"""A sync started through the app streams its progress as server-sent events until it ends:
the real app over httpx.ASGITransport, syncing two organizations of the sample from the
loopback IT Glue into fresh stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
from prometheus_client import REGISTRY

from core.embeddings import Embedder
from core.models import Snapshot
from core.settings import load_settings
from server.app import create_app
from server.services import open_services
from stores import Stores
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from tests.conftest import one_org
from tests.server.conftest import auth


async def _events(client: httpx.AsyncClient, path: str, token: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    async with client.stream("GET", path, headers=auth(token), timeout=120) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        name = None
        async for line in r.aiter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and name:
                out.append((name, json.loads(line.split(":", 1)[1])))
    return out


def _jobs(status: str) -> float:
    return REGISTRY.get_sample_value("itglue_rag_sync_jobs_total", {"status": status}) or 0.0


async def test_a_sync_streams_its_progress_until_it_ends(
    tmp_path: Path, fresh: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    two = one_org(sample_snapshot, 1)
    second = one_org(sample_snapshot, 2)
    second.flexible_asset_types = []
    two.merge(second)
    secrets = {p.id: f"secret-{p.id}" for p in two.passwords}
    completed = _jobs("completed")
    with FakeItGlue(two, secrets=secrets, max_page_size=50) as fake:
        settings = load_settings(
            data_dir=tmp_path,
            database_url=None,
            neo4j_uri=None,
            qdrant_url=None,
            redis_url=None,
            encryption_key=None,
            itglue_api_url=fake.url,
            itglue_api_key=DEFAULT_KEY,
            ingest_batch_size=1,  # one organization per batch: progress after each
        )
        svc = await open_services(settings, stores=fresh, embedder=embedder)
        try:
            _, admin = await fresh.sql.keys.create("admin", ["admin"], None)
            _, read = await fresh.sql.keys.create("read", ["read"], None)
            transport = httpx.ASGITransport(app=create_app(services=svc))
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                started = await client.post("/v1/sync", json={}, headers=auth(admin))
                assert started.status_code == 202, started.text
                job_id = started.json()["id"]
                path = f"/v1/sync/{job_id}/events"
                refused = await client.get(path, headers=auth(read))
                assert refused.status_code == 403
                missing = await client.get("/v1/sync/424242/events", headers=auth(admin))
                assert missing.status_code == 404
                events = await _events(client, path, admin)
                again = await _events(client, path, admin)  # a finished job: its end at once
        finally:
            await svc.close()
    names = [n for n, _ in events]
    assert names[-1] == "done" and set(names[:-1]) == {"progress"}
    done = events[-1][1]
    assert done["id"] == job_id and done["status"] == "completed"
    progress = [d for n, d in events if n == "progress"]
    known = [d["percent"] for d in progress if d["percent"] is not None]
    assert known == sorted(known) and known[-1] == 100.0
    last = progress[-1]
    assert last["status"] == "completed" and last["errors"] == 0
    assert last["phases"]["organizations"] == {"done": 2, "total": 2}
    assert last["fetched"] == sum(
        c["fetched"] for c in done["counts"].values() if isinstance(c, dict)
    )
    assert [n for n, _ in again] == ["progress", "done"] and again[0][1] == last
    assert _jobs("completed") == completed + 1
