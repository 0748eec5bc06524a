"""Qdrant Edge backend: the Qdrant engine in-process (HNSW, BM25, fusion, filters).

The shard's API is synchronous; calls run in a worker thread, writes one at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from qdrant_edge import (
    CountRequest,
    Distance,
    EdgeConfig,
    EdgeShard,
    EdgeSparseVectorParams,
    EdgeVectorParams,
    FieldCondition,
    Filter,
    Fusion,
    MatchAny,
    Modifier,
    PayloadSchemaType,
    Point,
    Prefetch,
    Query,
    QueryRequest,
    UpdateOperation,
)

from core.embeddings import DIMENSIONS
from core.errors import StoreError
from core.models import RecordType
from stores.vector import DENSE, RRF_K, SPARSE, Chunk, SearchMode, VectorHit, bm25, point_id

INDEXES = {
    "organization_id": PayloadSchemaType.Integer,
    "record_type": PayloadSchemaType.Keyword,
    "source_id": PayloadSchemaType.Keyword,
}


def _filter(org_ids: Sequence[int], record_types: Sequence[str] | None) -> Filter:
    must: list[Any] = [FieldCondition(key="organization_id", match=MatchAny(any=list(org_ids)))]
    if record_types:
        must.append(FieldCondition(key="record_type", match=MatchAny(any=list(record_types))))
    return Filter(must=must)


class QdrantEdgeStore:
    backend = "qdrant-edge"

    def __init__(self, shard: EdgeShard) -> None:
        self._shard = shard
        self._write = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> QdrantEdgeStore:
        def _open() -> EdgeShard:
            config = EdgeConfig(
                vectors={DENSE: EdgeVectorParams(size=DIMENSIONS, distance=Distance.Cosine)},
                sparse_vectors={SPARSE: EdgeSparseVectorParams(modifier=Modifier.Idf)},
            )
            if path.exists() and any(path.iterdir()):
                shard = EdgeShard.load(str(path))
            else:
                shard = EdgeShard.create(str(path), config)
            known = shard.info().payload_schema
            for field, schema in INDEXES.items():
                if field not in known:
                    shard.update(UpdateOperation.create_field_index(field, schema))
            return shard

        try:
            return cls(await asyncio.to_thread(_open))
        except Exception as exc:  # the binding raises plain Exception subclasses
            raise StoreError(f"Qdrant Edge shard at {path} cannot be opened: {exc}") from exc

    async def upsert(self, chunks: Sequence[Chunk], dense: Sequence[Sequence[float]]) -> None:
        points = [
            Point(
                id=c.point_id,
                vector={DENSE: list(v), SPARSE: bm25.embed_document(c.indexed_text)},
                payload=c.payload(),
            )
            for c, v in zip(chunks, dense, strict=True)
        ]
        if points:
            async with self._write:
                await asyncio.to_thread(self._shard.update, UpdateOperation.upsert_points(points))

    async def delete(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            op = UpdateOperation.delete_points([point_id(c) for c in chunk_ids])
            async with self._write:
                await asyncio.to_thread(self._shard.update, op)

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
        dense_q = Query.Nearest(list(vector), using=DENSE)
        sparse_q = Query.Nearest(bm25.embed_query(text), using=SPARSE)
        if mode == "hybrid":
            request = QueryRequest(
                limit=limit,
                prefetches=[
                    Prefetch(limit=limit * 4, query=dense_q, filter=flt),
                    Prefetch(limit=limit * 4, query=sparse_q, filter=flt),
                ],
                query=cast(Fusion, Fusion.Rrf(k=RRF_K)),  # the stub omits nested Rrf
                filter=flt,
                with_payload=True,
            )
        else:
            query = dense_q if mode == "dense" else sparse_q
            request = QueryRequest(limit=limit, query=query, filter=flt, with_payload=True)
        points = await asyncio.to_thread(self._shard.query, request)
        return [VectorHit(**{**(p.payload or {}), "score": p.score}) for p in points]

    async def counts(self) -> dict[str, int]:
        def _count() -> dict[str, int]:
            out = {}
            for kind in RecordType:
                flt = Filter(
                    must=[FieldCondition(key="record_type", match=MatchAny(any=[kind.value]))]
                )
                out[kind.value] = self._shard.count(CountRequest(exact=True, filter=flt))
            return out

        return await asyncio.to_thread(_count)

    async def close(self) -> None:
        async with self._write:
            await asyncio.to_thread(self._shard.flush)
            await asyncio.to_thread(self._shard.close)
