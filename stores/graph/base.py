"""Behaviour both graph backends share: they differ only in how a query runs and in DDL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.models import Relationship, RelType
from stores.graph import Direction, Entity, GraphPath, Neighbor, cypher

BATCH = 2000


class CypherGraphStore:
    """A GraphStore over any engine that runs the Cypher of `stores.graph.cypher`."""

    backend = "cypher"
    shortest_path_query = ""
    """Per backend: shortest-path syntax is the one read both engines spell differently."""

    async def _run(self, query: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        raise NotImplementedError

    async def _write(self, query: str, key: str, items: Sequence[Any]) -> None:
        for start in range(0, len(items), BATCH):
            await self._run(query, {key: list(items[start : start + BATCH])})

    async def upsert_entities(self, entities: Sequence[Entity]) -> None:
        await self._write(cypher.UPSERT_ENTITIES, "rows", cypher.entity_rows(entities))

    async def delete_entities(self, ids: Sequence[str]) -> None:
        await self._write(cypher.DELETE_ENTITIES, "ids", list(ids))

    async def upsert_relationships(self, relationships: Sequence[Relationship]) -> None:
        for kind in RelType:
            rows = [
                {"source": r.source, "target": r.target, "kind": kind.value, "notes": r.notes}
                for r in relationships
                if r.kind is kind
            ]
            if rows:
                await self._write(cypher.upsert_edges(kind), "rows", rows)

    async def delete_relationships(self, keys: Sequence[tuple[str, str, str]]) -> None:
        for kind in RelType:
            rows = [{"source": s, "target": t} for s, k, t in keys if k == kind.value]
            if rows:
                await self._write(cypher.delete_edges(kind), "rows", rows)

    async def get_entity(self, entity_id: str, org_ids: Sequence[int]) -> Entity | None:
        rows = await self._run(cypher.GET_ENTITY, {"id": entity_id, "orgs": list(org_ids)})
        return cypher.entity(rows[0][0]) if rows else None

    async def neighborhood(
        self, entity_id: str, org_ids: Sequence[int], limit: int = 100
    ) -> list[Neighbor]:
        params = {"id": entity_id, "orgs": list(org_ids), "limit": limit}
        out = [
            Neighbor(entity=cypher.entity(n), kind=k, direction="out")
            for n, k in await self._run(cypher.NEIGHBORS_OUT, params)
        ]
        out += [
            Neighbor(entity=cypher.entity(n), kind=k, direction="in")
            for n, k in await self._run(cypher.NEIGHBORS_IN, params)
        ]
        return out[:limit]

    async def dependencies(
        self, entity_id: str, org_ids: Sequence[int], direction: Direction, max_depth: int = 4
    ) -> list[GraphPath]:
        rows = await self._run(
            cypher.walk(direction, max_depth), {"id": entity_id, "orgs": list(org_ids)}
        )
        return cypher.to_paths([(r[0], r[1]) for r in rows], org_ids)

    async def path_between(
        self, source_id: str, target_id: str, org_ids: Sequence[int], max_depth: int = 6
    ) -> GraphPath | None:
        query = self.shortest_path_query.format(depth=cypher.clamp_depth(max_depth))
        rows = await self._run(query, {"a": source_id, "b": target_id, "orgs": list(org_ids)})
        paths = cypher.to_paths([(r[0], r[1]) for r in rows], org_ids)
        return paths[0] if paths else None

    async def counts(self) -> dict[str, int]:
        out = {f"entity:{k}": int(n) for k, n in await self._run(cypher.COUNT_ENTITIES)}
        out.update({f"edge:{k}": int(n) for k, n in await self._run(cypher.COUNT_EDGES)})
        return out
