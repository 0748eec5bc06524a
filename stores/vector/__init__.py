"""The vector store: chunks with a dense MiniLM vector and a BM25 sparse vector.

`open_vector_store(settings)` picks Qdrant Edge (embedded, the default) or a Qdrant server
(QDRANT_URL set). Both hold the same points: id = uuid5 of the chunk id, payload = chunk id,
source id, organization id, record type, title, text and content hash, with payload indexes on
organization, record type and source id. Search is hybrid (dense + BM25 fused by reciprocal
rank) and always filtered to the caller's organizations.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Literal, Protocol

from pydantic import BaseModel

from core.settings import Settings

SearchMode = Literal["hybrid", "dense", "sparse"]
DENSE = "dense"
SPARSE = "bm25"
RRF_K = 60


class _Passage(BaseModel):
    chunk_id: str
    source_id: str
    organization_id: int
    record_type: str
    title: str
    text: str


class Chunk(_Passage):
    """A searchable piece of one record: a document section, or a record rendered as text."""

    content_hash: str

    @property
    def indexed_text(self) -> str:
        """What both vectors are computed from: the title, then the text."""
        return f"{self.title}\n{self.text}"

    @property
    def point_id(self) -> str:
        return point_id(self.chunk_id)

    def payload(self) -> dict[str, str | int]:
        return self.model_dump()


class VectorHit(_Passage):
    """A chunk returned by a search, with its fused (or single-vector) score."""

    score: float


def point_id(chunk_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"itglue-rag:{chunk_id}"))


class VectorStore(Protocol):
    backend: str

    async def upsert(self, chunks: Sequence[Chunk], dense: Sequence[Sequence[float]]) -> None: ...
    async def delete(self, chunk_ids: Sequence[str]) -> None: ...
    async def search(
        self,
        text: str,
        vector: Sequence[float],
        org_ids: Sequence[int],
        *,
        record_types: Sequence[str] | None = None,
        limit: int = 10,
        mode: SearchMode = "hybrid",
    ) -> list[VectorHit]: ...
    async def counts(self) -> dict[str, int]: ...
    async def close(self) -> None: ...


async def open_vector_store(settings: Settings) -> VectorStore:
    """Qdrant Edge under the data directory, or the Qdrant server at QDRANT_URL."""
    if settings.qdrant_url:
        from stores.vector.server import QdrantServerStore

        return await QdrantServerStore.open(settings)
    from stores.vector.edge import QdrantEdgeStore

    return await QdrantEdgeStore.open(settings.data_dir / "vectors")
