"""Vector backends: Qdrant Edge (embedded) and qdrant-client against its in-memory mode."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from qdrant_client import AsyncQdrantClient

from core.embeddings import Embedder
from stores.vector import Chunk, VectorStore

TEXTS = [
    (1, "document", "Restart the print spooler on PRINT01 and clear stuck jobs."),
    (1, "configuration", "Firewall FW01 public IP 203.0.113.5, FortiGate 60F."),
    (1, "flexible_asset", "SSL certificate www.acme.example expires 2026-07-01."),
    (2, "document", "Restart the print spooler on the Beta print server."),
    (2, "configuration", "Firewall BETA-FW01 public IP 198.51.100.7."),
]


def _chunks() -> list[Chunk]:
    return [
        Chunk(
            chunk_id=f"{kind}:{n}",
            source_id=f"{kind}:{n}",
            organization_id=org,
            record_type=kind,
            title=text.split(" ")[0],
            text=text,
            content_hash=str(n),
        )
        for n, (org, kind, text) in enumerate(TEXTS)
    ]


@pytest.fixture(params=["qdrant-edge", "qdrant-memory"])
async def vector(
    request: pytest.FixtureRequest, tmp_path: Path, embedder: Embedder
) -> AsyncIterator[VectorStore]:
    if request.param == "qdrant-edge":
        from stores.vector.edge import QdrantEdgeStore

        store: VectorStore = await QdrantEdgeStore.open(tmp_path / "vectors")
    else:
        from stores.vector.server import QdrantServerStore

        store = await QdrantServerStore.with_client(AsyncQdrantClient(":memory:"), "test")
    chunks = _chunks()
    await store.upsert(chunks, embedder.embed([c.text for c in chunks]))
    yield store
    await store.close()


@pytest.mark.parametrize("mode", ["hybrid", "dense", "sparse"])
async def test_search_finds_the_right_chunk(vector: VectorStore, embedder: Embedder, mode) -> None:
    question = "how do I restart the print spooler"
    hits = await vector.search(question, embedder.embed_query(question), [1], mode=mode)
    assert hits[0].source_id == "document:0"
    assert hits[0].text.startswith("Restart the print spooler on PRINT01")


async def test_search_is_scoped_to_organizations(vector: VectorStore, embedder: Embedder) -> None:
    question = "firewall public IP"
    hits = await vector.search(question, embedder.embed_query(question), [2], limit=10)
    assert hits and {h.organization_id for h in hits} == {2}
    assert await vector.search(question, embedder.embed_query(question), []) == []


async def test_filter_by_record_type(vector: VectorStore, embedder: Embedder) -> None:
    question = "certificate expiry"
    hits = await vector.search(
        question, embedder.embed_query(question), [1, 2], record_types=["flexible_asset"]
    )
    assert [h.source_id for h in hits] == ["flexible_asset:2"]


async def test_upsert_replaces_and_delete_removes(vector: VectorStore, embedder: Embedder) -> None:
    assert (await vector.counts())["document"] == 2
    await vector.upsert(_chunks()[:1], embedder.embed([TEXTS[0][2]]))
    assert (await vector.counts())["document"] == 2
    await vector.delete(["document:0"])
    counts = await vector.counts()
    assert counts["document"] == 1 and counts["configuration"] == 2
