"""Neo4j backend (async driver): the production graph store.

Same Cypher as LadybugDB (stores.graph.cypher) except schema DDL and shortest path. Tested only
when NEO4J_URI points at a server (tests/stores/test_graph.py); no server runs in CI here.
"""

from __future__ import annotations

from typing import Any

from neo4j import AsyncDriver, AsyncGraphDatabase

from core.errors import StoreError
from core.settings import Settings
from stores.graph.base import CypherGraphStore

SCHEMA = [
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX entity_org IF NOT EXISTS FOR (n:Entity) ON (n.org_id)",
    "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
]


class Neo4jGraphStore(CypherGraphStore):
    backend = "neo4j"
    shortest_path_query = (
        "MATCH p = shortestPath((a:Entity {{id: $a}})-[:DEPENDS_ON|RUNS_ON|CONNECTED_TO*..{depth}]-"
        "(b:Entity {{id: $b}})) "
        "WHERE a.org_id IN $orgs AND b.org_id IN $orgs "
        "RETURN nodes(p) AS nodes, relationships(p) AS edges LIMIT 1"
    )

    def __init__(self, driver: AsyncDriver) -> None:
        self._driver = driver

    @classmethod
    async def open(cls, settings: Settings) -> Neo4jGraphStore:
        assert settings.neo4j_uri
        password = settings.neo4j_password.get_secret_value() if settings.neo4j_password else ""
        driver = AsyncGraphDatabase.driver(settings.neo4j_uri, auth=(settings.neo4j_user, password))
        try:
            await driver.verify_connectivity()
        except Exception as exc:
            await driver.close()
            raise StoreError(f"cannot reach Neo4j at {settings.neo4j_uri}: {exc}") from exc
        store = cls(driver)
        for statement in SCHEMA:
            await store._run(statement)
        return store

    async def _run(self, query: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
        async with self._driver.session() as session:
            result = await session.run(query, params or {})
            return [list(record.values()) async for record in result]

    async def close(self) -> None:
        await self._driver.close()
