"""LadybugDB backend: the embedded graph engine (maintained Kùzu fork), files under data_dir.

LadybugDB is typed: one node table `Entity` and one relationship table per RelType. Its Python
API is synchronous at heart; `AsyncConnection` runs queries on a small thread pool. Writes are
serialised with a lock (the engine allows one write transaction at a time).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ladybug

from core.errors import StoreError
from core.models import RelType
from stores.graph.base import CypherGraphStore

SCHEMA = [
    "CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, kind STRING, org_id INT64, "
    "name STRING, props STRING)",
    *(
        f"CREATE REL TABLE IF NOT EXISTS {kind.value}(FROM Entity TO Entity, kind STRING, "
        "source STRING, target STRING, notes STRING)"
        for kind in RelType
    ),
]


class LadybugGraphStore(CypherGraphStore):
    backend = "ladybug"
    shortest_path_query = (
        "MATCH p = (a:Entity {{id: $a}})-[:DEPENDS_ON|RUNS_ON|CONNECTED_TO* SHORTEST 1..{depth}]-"
        "(b:Entity {{id: $b}}) "
        "WHERE a.org_id IN $orgs AND b.org_id IN $orgs "
        "RETURN nodes(p) AS nodes, relationships(p) AS edges LIMIT 1"
    )

    def __init__(self, db: Any, conn: Any) -> None:
        self._db = db
        self._conn = conn
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> LadybugGraphStore:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = ladybug.Database(str(path))
        except RuntimeError as exc:
            raise StoreError(f"LadybugDB at {path} cannot be opened: {exc}") from exc
        store = cls(db, ladybug.AsyncConnection(db, max_concurrent_queries=4))
        for statement in SCHEMA:
            await store._run(statement)
        return store

    async def _run(self, query: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        result = await self._conn.execute(query, params or {})
        rows: list[list[Any]] = result.get_all()
        result.close()
        return rows

    async def _write(self, query: str, key: str, items: Sequence[Any]) -> None:
        async with self._write_lock:
            await super()._write(query, key, items)

    async def close(self) -> None:
        self._conn.close()
        self._db.close()
