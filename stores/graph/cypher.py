"""Cypher shared by LadybugDB and Neo4j, and the conversion of their results.

Relationship labels cannot be parameters, so edge statements are formatted per kind from the
RelType enum (never from input). Results come back as plain dicts (LadybugDB) or driver objects
(Neo4j); `entity()` and `edge()` read both.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from core.models import RelType
from stores.graph import Edge, Entity, GraphPath

# Edges a failure travels along: X DEPENDS_ON/RUNS_ON/CONNECTED_TO Y means X needs Y.
DEPENDENCY_KINDS = (RelType.DEPENDS_ON, RelType.RUNS_ON, RelType.CONNECTED_TO)
_DEP = "|".join(k.value for k in DEPENDENCY_KINDS)

UPSERT_ENTITIES = (
    "UNWIND $rows AS row MERGE (n:Entity {id: row.id}) "
    "SET n.kind = row.kind, n.org_id = row.org_id, n.name = row.name, n.props = row.props"
)
DELETE_ENTITIES = "UNWIND $ids AS i MATCH (n:Entity {id: i}) DETACH DELETE n"
GET_ENTITY = "MATCH (n:Entity {id: $id}) WHERE n.org_id IN $orgs RETURN n"
COUNT_ENTITIES = "MATCH (n:Entity) RETURN n.kind AS kind, count(n) AS n"
COUNT_EDGES = "MATCH (:Entity)-[e]->(:Entity) RETURN e.kind AS kind, count(e) AS n"
NEIGHBORS_OUT = (
    "MATCH (a:Entity {id: $id})-[e]->(b:Entity) WHERE a.org_id IN $orgs AND b.org_id IN $orgs "
    "RETURN b AS n, e.kind AS kind LIMIT $limit"
)
NEIGHBORS_IN = (
    "MATCH (a:Entity {id: $id})<-[e]-(b:Entity) WHERE a.org_id IN $orgs AND b.org_id IN $orgs "
    "RETURN b AS n, e.kind AS kind LIMIT $limit"
)


def upsert_edges(kind: RelType) -> str:
    # Two MATCH clauses: LadybugDB plans `MATCH (a), (b)` as a scan, ~300x slower.
    return (
        "UNWIND $rows AS r MATCH (a:Entity {id: r.source}) MATCH (b:Entity {id: r.target}) "
        f"MERGE (a)-[e:{RelType(kind).value}]->(b) "
        "SET e.kind = r.kind, e.source = r.source, e.target = r.target, e.notes = r.notes"
    )


def delete_edges(kind: RelType) -> str:
    return (
        f"UNWIND $rows AS r MATCH (a:Entity {{id: r.source}})-[e:{RelType(kind).value}]->"
        "(b:Entity {id: r.target}) DELETE e"
    )


def clamp_depth(max_depth: int) -> int:
    """Walks are bounded: 1 to 12 hops."""
    return max(1, min(int(max_depth), 12))


def walk(direction: str, max_depth: int) -> str:
    depth = clamp_depth(max_depth)
    arrow = f"-[:{_DEP}*1..{depth}]->" if direction == "downstream" else f"<-[:{_DEP}*1..{depth}]-"
    return (
        f"MATCH p = (a:Entity {{id: $id}}){arrow}(b:Entity) "
        "WHERE a.org_id IN $orgs AND b.org_id IN $orgs "
        "RETURN nodes(p) AS nodes, relationships(p) AS edges LIMIT 500"
    )


def _props(raw: Any) -> dict[str, Any]:
    if isinstance(raw, str) and raw:
        loaded = json.loads(raw)
        return loaded if isinstance(loaded, dict) else {}
    return {}


def entity(node: Mapping[str, Any] | Any) -> Entity:
    data = dict(node)
    return Entity(
        id=data["id"],
        kind=data["kind"],
        org_id=int(data["org_id"]),
        name=data["name"],
        props=_props(data.get("props")),
    )


def edge(rel: Mapping[str, Any] | Any) -> Edge:
    data = dict(rel)
    return Edge(source=data["source"], target=data["target"], kind=data["kind"])


def entity_rows(entities: Sequence[Entity]) -> list[dict[str, Any]]:
    return [
        {
            "id": e.id,
            "kind": e.kind,
            "org_id": e.org_id,
            "name": e.name,
            "props": json.dumps(e.props, sort_keys=True),
        }
        for e in entities
    ]


def to_paths(
    rows: Sequence[tuple[Sequence[Any], Sequence[Any]]], org_ids: Sequence[int]
) -> list[GraphPath]:
    """Paths whose every node is visible, shortest first, one per end entity."""
    allowed = set(org_ids)
    best: dict[str, GraphPath] = {}
    for nodes, rels in rows:
        path = GraphPath(nodes=[entity(n) for n in nodes], edges=[edge(r) for r in rels])
        if any(n.org_id not in allowed for n in path.nodes):
            continue
        end = path.end.id
        if end != path.nodes[0].id and (end not in best or path.depth < best[end].depth):
            best[end] = path
    return sorted(best.values(), key=lambda p: (p.depth, p.end.name))
