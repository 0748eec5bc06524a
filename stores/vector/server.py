"""Qdrant server backend via qdrant-client (async): the production vector store.

Tests run it on `AsyncQdrantClient(":memory:")` (qdrant-client's local mode, a test double:
far too slow to be an embedded default); with QDRANT_URL it talks to a real server.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qdrant_client import AsyncQdrantClient, models

from core.embeddings import DIMENSIONS
from core.errors import StoreError
from core.models import RecordType
from core.settings import Settings
from stores.vector import DENSE, SPARSE, Chunk, SearchMode, VectorHit, bm25, point_id

INDEXES = {
    "organization_id": models.PayloadSchemaType.INTEGER,
    "record_type": models.PayloadSchemaType.KEYWORD,
    "source_id": models.PayloadSchemaType.KEYWORD,
}


def _sparse(text: str, query: bool = False) -> models.SparseVector:
    vec = bm25.embed_query(text) if query else bm25.embed_document(text)
    return models.SparseVector(indices=list(vec.indices), values=list(vec.values))


def _filter(org_ids: Sequence[int], record_types: Sequence[str] | None) -> models.Filter:
    must: list[Any] = [
        models.FieldCondition(key="organization_id", match=models.MatchAny(any=list(org_ids)))
    ]
    if record_types:
        must.append(
            models.FieldCondition(key="record_type", match=models.MatchAny(any=list(record_types)))
        )
    return models.Filter(must=must)


class QdrantServerStore:
    backend = "qdrant"

    def __init__(self, client: AsyncQdrantClient, collection: str) -> None:
        self._client = client
        self._collection = collection

    @classmethod
    async def open(cls, settings: Settings) -> QdrantServerStore:
        key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
        client = AsyncQdrantClient(url=settings.qdrant_url, api_key=key)
        try:
            return await cls.with_client(client, settings.qdrant_collection)
        except Exception as exc:
            await client.close()
            raise StoreError(f"cannot use Qdrant at {settings.qdrant_url}: {exc}") from exc

    @classmethod
    async def with_client(cls, client: AsyncQdrantClient, collection: str) -> QdrantServerStore:
        if not await client.collection_exists(collection):
            await client.create_collection(
                collection,
                vectors_config={
                    DENSE: models.VectorParams(size=DIMENSIONS, distance=models.Distance.COSINE)
                },
                sparse_vectors_config={
                    SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)
                },
            )
            for field, schema in INDEXES.items():
                await client.create_payload_index(collection, field, field_schema=schema)
        return cls(client, collection)

    async def upsert(self, chunks: Sequence[Chunk], dense: Sequence[Sequence[float]]) -> None:
        points = [
            models.PointStruct(
                id=c.point_id,
                vector={DENSE: list(v), SPARSE: _sparse(c.indexed_text)},
                payload=c.payload(),
            )
            for c, v in zip(chunks, dense, strict=True)
        ]
        if points:
            await self._client.upsert(self._collection, points=points, wait=True)

    async def delete(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            await self._client.delete(
                self._collection,
                points_selector=models.PointIdsList(points=[point_id(c) for c in chunk_ids]),
                wait=True,
            )

    async def search(
        self,
        text: str,
        vector: Sequence[float],
        org_ids: Sequence[int],
        *,
        record_types: Sequence[str] | None = None,
        limit: int = 10,
        mode: SearchMode = "hybrid",
    ) -> list[VectorHit]:
        if not org_ids:
            return []
        flt = _filter(org_ids, record_types)
        if mode == "hybrid":
            response = await self._client.query_points(
                self._collection,
                prefetch=[
                    models.Prefetch(query=list(vector), using=DENSE, limit=limit * 4, filter=flt),
                    models.Prefetch(
                        query=_sparse(text, query=True), using=SPARSE, limit=limit * 4, filter=flt
                    ),
                ],
                query=models.FusionQuery(fusion=models.Fusion.RRF),
                query_filter=flt,
                limit=limit,
                with_payload=True,
            )
        else:
            query: Any = list(vector) if mode == "dense" else _sparse(text, query=True)
            response = await self._client.query_points(
                self._collection,
                query=query,
                using=DENSE if mode == "dense" else SPARSE,
                query_filter=flt,
                limit=limit,
                with_payload=True,
            )
        return [VectorHit(**{**(p.payload or {}), "score": p.score}) for p in response.points]

    async def counts(self) -> dict[str, int]:
        out = {}
        for kind in RecordType:
            flt = models.Filter(
                must=[
                    models.FieldCondition(
                        key="record_type", match=models.MatchValue(value=kind.value)
                    )
                ]
            )
            result = await self._client.count(self._collection, count_filter=flt, exact=True)
            out[kind.value] = result.count
        return out

    async def close(self) -> None:
        await self._client.close()
