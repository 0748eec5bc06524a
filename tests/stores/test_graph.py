"""Graph backends: LadybugDB always; Neo4j only when NEO4J_URI points at a server."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.models import Relationship, RelType
from stores.graph import Entity, GraphStore
from tests.conftest import make_settings


def _e(n: int, org: int = 1) -> Entity:
    return Entity(
        id=f"configuration:{n}",
        kind="configuration",
        org_id=org,
        name=f"HOST{n}",
        props={"ip": f"10.0.0.{n}"},
    )


def _r(a: int, kind: RelType, b: int, org: int = 1) -> Relationship:
    return Relationship(
        source=f"configuration:{a}", target=f"configuration:{b}", kind=kind, organization_id=org
    )


# 1 APP -> DEPENDS_ON 2 SQL -> RUNS_ON 3 HOST -> CONNECTED_TO 4 SWITCH; 5 WS -> CONNECTED_TO 4
# org 2 holds 10 -> DEPENDS_ON 11.
ENTITIES = [_e(1), _e(2), _e(3), _e(4), _e(5), _e(10, org=2), _e(11, org=2)]
EDGES = [
    _r(1, RelType.DEPENDS_ON, 2),
    _r(2, RelType.RUNS_ON, 3),
    _r(3, RelType.CONNECTED_TO, 4),
    _r(5, RelType.CONNECTED_TO, 4),
    _r(10, RelType.DEPENDS_ON, 11, org=2),
]


@pytest.fixture(params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
async def graph(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[GraphStore]:
    if request.param == "ladybug":
        from stores.graph.ladybug import LadybugGraphStore

        store: GraphStore = await LadybugGraphStore.open(tmp_path / "graph")
    else:
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set: the Neo4j backend runs only against a server")
        from core.settings import load_settings
        from stores.graph.neo4j import Neo4jGraphStore

        store = await Neo4jGraphStore.open(load_settings())
        await store._run("MATCH (n:Entity) DETACH DELETE n")
    await store.upsert_entities(ENTITIES)
    await store.upsert_relationships(EDGES)
    yield store
    await store.close()


async def test_upserts_are_idempotent(graph: GraphStore) -> None:
    await graph.upsert_entities(ENTITIES)
    await graph.upsert_relationships(EDGES)
    counts = await graph.counts()
    assert counts["entity:configuration"] == 7
    assert sum(v for k, v in counts.items() if k.startswith("edge:")) == 5


async def test_dependency_walk_downstream_with_paths(graph: GraphStore) -> None:
    paths = await graph.dependencies("configuration:1", [1], "downstream", max_depth=5)
    assert [(p.end.id, p.depth) for p in paths] == [
        ("configuration:2", 1),
        ("configuration:3", 2),
        ("configuration:4", 3),
    ]
    assert [e.kind for e in paths[-1].edges] == ["DEPENDS_ON", "RUNS_ON", "CONNECTED_TO"]
    assert [n.name for n in paths[-1].nodes] == ["HOST1", "HOST2", "HOST3", "HOST4"]


async def test_dependency_walk_upstream_is_what_breaks(graph: GraphStore) -> None:
    paths = await graph.dependencies("configuration:4", [1], "upstream", max_depth=5)
    assert {p.end.id for p in paths} == {f"configuration:{n}" for n in (1, 2, 3, 5)}
    shallow = await graph.dependencies("configuration:4", [1], "upstream", max_depth=1)
    assert {p.end.id for p in shallow} == {"configuration:3", "configuration:5"}


async def test_path_between_and_neighborhood(graph: GraphStore) -> None:
    path = await graph.path_between("configuration:1", "configuration:5", [1])
    assert path is not None
    assert [n.id for n in path.nodes] == [f"configuration:{n}" for n in (1, 2, 3, 4, 5)]
    around = await graph.neighborhood("configuration:2", [1])
    assert {(n.entity.id, n.kind, n.direction) for n in around} == {
        ("configuration:3", "RUNS_ON", "out"),
        ("configuration:1", "DEPENDS_ON", "in"),
    }


async def test_reads_are_scoped_to_organizations(graph: GraphStore) -> None:
    assert await graph.get_entity("configuration:10", [1]) is None
    assert await graph.dependencies("configuration:10", [1], "downstream") == []
    assert await graph.path_between("configuration:10", "configuration:11", [1]) is None
    assert await graph.neighborhood("configuration:11", [1]) == []
    assert [p.end.id for p in await graph.dependencies("configuration:10", [2], "downstream")] == [
        "configuration:11"
    ]
    assert (await graph.get_entity("configuration:10", [2])) == _e(10, org=2)


async def test_deletes(graph: GraphStore) -> None:
    await graph.delete_relationships([("configuration:2", "RUNS_ON", "configuration:3")])
    paths = await graph.dependencies("configuration:1", [1], "downstream")
    assert [p.end.id for p in paths] == ["configuration:2"]
    await graph.delete_entities(["configuration:4"])
    assert await graph.get_entity("configuration:4", [1]) is None
    assert await graph.neighborhood("configuration:5", [1]) == []


def test_settings_pick_the_backend(tmp_path: Path) -> None:
    assert make_settings(tmp_path).graph_backend == "ladybug"
