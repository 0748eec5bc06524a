"""What the graph and vector stores hold, as the SQL store records it: a content hash per graph
node and edge and per chunk, so an ingest rewrites and re-embeds only what changed, and deletes
what vanished, in all three stores."""

from __future__ import annotations

from collections.abc import Sequence

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg_pool import AsyncConnectionPool


class IndexLedger:
    """The index-state tables of the SQL store (`graph_state`, `chunks`)."""

    pool: AsyncConnectionPool[AsyncConnection[DictRow]]

    async def graph_state(
        self,
        kind: str,
        *,
        owner_ids: Sequence[str] | None = None,
        entity_ids: Sequence[str] | None = None,
    ) -> dict[str, str]:
        """entity id -> content hash of graph nodes or edges, by owner or by id."""
        if owner_ids is not None:
            where, arg = "owner_id = ANY(%s)", list(owner_ids)
        else:
            where, arg = "entity_id = ANY(%s)", list(entity_ids or [])
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT entity_id, content_hash FROM graph_state WHERE kind = %s AND {where}",
                (kind, arg),
            )
            return {row["entity_id"]: row["content_hash"] for row in await cur.fetchall()}

    async def record_graph_state(self, rows: Sequence[tuple[str, str, str, int, str]]) -> None:
        """Rows of (entity_id, kind, owner_id, organization_id, content_hash)."""
        if not rows:
            return
        async with self.pool.connection() as conn, conn.cursor() as cur:
            await cur.executemany(
                "INSERT INTO graph_state (entity_id, kind, owner_id, organization_id, "
                "content_hash) VALUES (%s, %s, %s, %s, %s) ON CONFLICT (entity_id) DO UPDATE "
                "SET content_hash = EXCLUDED.content_hash, owner_id = EXCLUDED.owner_id",
                rows,
            )

    async def forget_graph_state(self, entity_ids: Sequence[str]) -> None:
        if entity_ids:
            async with self.pool.connection() as conn:
                await conn.execute(
                    "DELETE FROM graph_state WHERE entity_id = ANY(%s)", (list(entity_ids),)
                )

    async def forget_graph_edges_touching(self, source_ids: Sequence[str]) -> None:
        """Drop edge state whose either end is one of `source_ids` (DETACH DELETE removed them)."""
        async with self.pool.connection() as conn:
            await conn.execute(
                "DELETE FROM graph_state WHERE kind = 'edge' AND (split_part(entity_id, '|', 1) "
                "= ANY(%s) OR split_part(entity_id, '|', 3) = ANY(%s))",
                (list(source_ids), list(source_ids)),
            )

    async def chunk_hashes(self, source_ids: Sequence[str]) -> dict[str, str]:
        """chunk id -> content hash for every stored chunk of these records."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT chunk_id, content_hash FROM chunks WHERE source_id = ANY(%s)",
                (list(source_ids),),
            )
            return {row["chunk_id"]: row["content_hash"] for row in await cur.fetchall()}

    async def record_chunks(self, rows: Sequence[tuple[str, str, int, str, str]]) -> None:
        """Rows of (chunk_id, source_id, organization_id, record_type, content_hash)."""
        if not rows:
            return
        async with self.pool.connection() as conn, conn.cursor() as cur:
            await cur.executemany(
                "INSERT INTO chunks (chunk_id, source_id, organization_id, record_type, "
                "content_hash) VALUES (%s, %s, %s, %s, %s) ON CONFLICT (chunk_id) DO UPDATE "
                "SET content_hash = EXCLUDED.content_hash, embedded_at = now()",
                rows,
            )

    async def forget_chunks(self, chunk_ids: Sequence[str]) -> None:
        if chunk_ids:
            async with self.pool.connection() as conn:
                await conn.execute(
                    "DELETE FROM chunks WHERE chunk_id = ANY(%s)", (list(chunk_ids),)
                )

    async def index_counts(self) -> dict[str, int]:
        """Graph nodes/edges and chunks recorded as written."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT kind AS k, count(*) AS n FROM graph_state GROUP BY kind "
                "UNION ALL SELECT 'chunk', count(*) FROM chunks"
            )
            return {row["k"]: int(row["n"]) for row in await cur.fetchall()}
