"""The graph store: entities and typed relationships, behind one protocol.

`open_graph_store(settings)` picks LadybugDB (embedded, the default) or Neo4j (NEO4J_URI set)
and imports the backend lazily. Every read takes the caller's organization ids and never returns
an entity outside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from core.models import Relationship
from core.settings import Settings

Direction = Literal["downstream", "upstream"]


class Entity(BaseModel):
    """A node: one record, keyed by its source id."""

    id: str
    kind: str
    org_id: int
    name: str
    props: dict[str, str | int | float | bool | None] = Field(default_factory=dict)


class Edge(BaseModel):
    source: str
    target: str
    kind: str


class Neighbor(BaseModel):
    entity: Entity
    kind: str
    direction: Literal["out", "in"]


class GraphPath(BaseModel):
    """A walk from `start`; `nodes[0]` is the start, `edges[i]` links nodes[i] and nodes[i+1]."""

    nodes: list[Entity]
    edges: list[Edge]

    @property
    def end(self) -> Entity:
        return self.nodes[-1]

    @property
    def depth(self) -> int:
        return len(self.edges)


class GraphStore(Protocol):
    backend: str

    async def upsert_entities(self, entities: Sequence[Entity]) -> None: ...
    async def delete_entities(self, ids: Sequence[str]) -> None: ...
    async def upsert_relationships(self, relationships: Sequence[Relationship]) -> None: ...
    async def delete_relationships(self, keys: Sequence[tuple[str, str, str]]) -> None: ...
    async def get_entity(self, entity_id: str, org_ids: Sequence[int]) -> Entity | None: ...
    async def neighborhood(
        self, entity_id: str, org_ids: Sequence[int], limit: int = 100
    ) -> list[Neighbor]: ...
    async def dependencies(
        self, entity_id: str, org_ids: Sequence[int], direction: Direction, max_depth: int = 4
    ) -> list[GraphPath]: ...
    async def path_between(
        self, source_id: str, target_id: str, org_ids: Sequence[int], max_depth: int = 6
    ) -> GraphPath | None: ...
    async def counts(self) -> dict[str, int]: ...
    async def close(self) -> None: ...


async def open_graph_store(settings: Settings) -> GraphStore:
    """LadybugDB under the data directory, or Neo4j when NEO4J_URI is set."""
    if settings.neo4j_uri:
        from stores.graph.neo4j import Neo4jGraphStore

        return await Neo4jGraphStore.open(settings)
    from stores.graph.ladybug import LadybugGraphStore

    return await LadybugGraphStore.open(settings.data_dir / "graph")
