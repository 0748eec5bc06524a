"""The three stores (plus settings) opened together; the only door to database SDKs.

`open_stores(settings)` returns a `Stores` bundle; each member is chosen by its own factory from
settings, so a deployment can mix embedded and server backends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.settings import Settings

if TYPE_CHECKING:
    from stores.graph import GraphStore
    from stores.sql import SqlStore
    from stores.vector import VectorStore


@dataclass(frozen=True)
class Stores:
    settings: Settings
    sql: SqlStore
    graph: GraphStore
    vector: VectorStore

    def backends(self) -> dict[str, str]:
        return {"sql": self.sql.backend, "graph": self.graph.backend, "vector": self.vector.backend}

    async def close(self) -> None:
        await self.vector.close()
        await self.graph.close()
        await self.sql.close()


async def open_stores(settings: Settings) -> Stores:
    """Open SQL (migrated), graph and vector stores as the settings select them."""
    from stores.graph import open_graph_store
    from stores.sql import open_sql_store
    from stores.vector import open_vector_store

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    sql = await open_sql_store(settings)
    try:
        graph = await open_graph_store(settings)
    except BaseException:
        await sql.close()
        raise
    try:
        vector = await open_vector_store(settings)
    except BaseException:
        await graph.close()
        await sql.close()
        raise
    return Stores(settings=settings, sql=sql, graph=graph, vector=vector)
