"""Read templates over the SQL store for the answer graph: parameterized, organization-scoped.

Every method takes the organization ids the caller may see and filters on them in SQL; no text
written by a model ever becomes SQL. Records come back as domain models from the `data` column,
which never holds password ciphertext.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg_pool import AsyncConnectionPool

from core.models import (
    RECORD_CLASSES,
    SNAPSHOT_FIELDS,
    Organization,
    Password,
    Record,
    RecordType,
    Relationship,
    RelType,
)


class SqlReader:
    """Query templates the SQL retriever and the planner use."""

    def __init__(self, pool: AsyncConnectionPool[AsyncConnection[DictRow]]) -> None:
        self.pool = pool

    async def _fetch(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(sql, params)
            return list(await cur.fetchall())

    async def _records(
        self, kind: RecordType, where: str, params: Sequence[Any], limit: int | None = 200
    ) -> list[Record]:
        cls = RECORD_CLASSES[kind]
        rows = await self._fetch(
            f"SELECT data FROM {SNAPSHOT_FIELDS[kind]} WHERE organization_id = ANY(%s) "
            f"AND ({where}) ORDER BY name, id LIMIT %s",
            [*params, limit],
        )
        return [cls.model_validate(r["data"]) for r in rows]

    async def organizations(self, org_ids: Sequence[int]) -> list[Organization]:
        rows = await self._fetch(
            "SELECT data FROM organizations WHERE id = ANY(%s) ORDER BY id", [list(org_ids)]
        )
        return [Organization.model_validate(r["data"]) for r in rows]

    async def all_organization_ids(self) -> list[int]:
        rows = await self._fetch("SELECT id FROM organizations ORDER BY id", [])
        return [r["id"] for r in rows]

    async def data_version(self) -> int:
        """A counter every write of records bumps."""
        rows = await self._fetch("SELECT version FROM data_version", [])
        return int(rows[0]["version"]) if rows else 0

    async def everything(self, kinds: Sequence[RecordType]) -> list[Record]:
        """Every record of `kinds` in every organization (the resolver's index is built from
        them once per data version and scoped per question)."""
        out: list[Record] = []
        for kind in kinds:
            cls = RECORD_CLASSES[kind]
            rows = await self._fetch(f"SELECT data FROM {SNAPSHOT_FIELDS[kind]} ORDER BY id", [])
            out.extend(cls.model_validate(r["data"]) for r in rows)
        return out

    async def count(
        self, kind: RecordType, org_ids: Sequence[int], types: Sequence[str] = ()
    ) -> dict[tuple[int, str], int]:
        """Records of `kind` per (organization, type) — configuration or asset type."""
        column = {
            RecordType.CONFIGURATION: "configuration_type",
            RecordType.FLEXIBLE_ASSET: "flexible_asset_type_name",
        }[kind]
        where = "" if not types else f" AND lower({column}) = ANY(%s)"
        params: list[Any] = [list(org_ids)]
        if types:
            params.append([t.lower() for t in types])
        rows = await self._fetch(
            f"SELECT organization_id AS o, {column} AS t, count(*) AS n "
            f"FROM {SNAPSHOT_FIELDS[kind]} WHERE organization_id = ANY(%s){where} "
            "GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        )
        return {(int(r["o"]), str(r["t"])): int(r["n"]) for r in rows}

    async def records(
        self, kind: RecordType, ids: Sequence[int], org_ids: Sequence[int]
    ) -> list[Record]:
        return await self._records(kind, "id = ANY(%s)", [list(org_ids), list(ids)])

    async def configurations_by_ip(self, ip: str, org_ids: Sequence[int]) -> list[Record]:
        return await self._records(
            RecordType.CONFIGURATION,
            "primary_ip = %s OR public_ip = %s OR id IN (SELECT configuration_id FROM "
            "configuration_interfaces WHERE ip_address = %s)",
            [list(org_ids), ip, ip, ip],
        )

    async def configurations(
        self, org_ids: Sequence[int], types: Sequence[str] = (), limit: int = 200
    ) -> list[Record]:
        if not types:
            return await self._records(RecordType.CONFIGURATION, "true", [list(org_ids)], limit)
        return await self._records(
            RecordType.CONFIGURATION,
            "lower(configuration_type) = ANY(%s)",
            [list(org_ids), [t.lower() for t in types]],
            limit,
        )

    async def configuration_type_counts(self, org_ids: Sequence[int]) -> dict[str, int]:
        rows = await self._fetch(
            "SELECT configuration_type AS t, count(*) AS n FROM configurations "
            "WHERE organization_id = ANY(%s) GROUP BY 1 ORDER BY 2 DESC, 1",
            [list(org_ids)],
        )
        return {r["t"]: int(r["n"]) for r in rows}

    async def flexible_assets(
        self, org_ids: Sequence[int], type_names: Sequence[str] = (), limit: int = 200
    ) -> list[Record]:
        if not type_names:
            return await self._records(RecordType.FLEXIBLE_ASSET, "true", [list(org_ids)], limit)
        return await self._records(
            RecordType.FLEXIBLE_ASSET,
            "lower(flexible_asset_type_name) = ANY(%s)",
            [list(org_ids), [t.lower() for t in type_names]],
            limit,
        )

    async def expiring(
        self,
        org_ids: Sequence[int],
        start: date,
        end: date,
        type_names: Sequence[str] = (),
        include_warranties: bool = True,
    ) -> list[Record]:
        """Flexible assets expiring in [start, end] (of the named types), and configurations
        whose warranty ends then."""
        where = "expires_on BETWEEN %s AND %s"
        params: list[Any] = [list(org_ids), start, end]
        if type_names:
            where += " AND lower(flexible_asset_type_name) = ANY(%s)"
            params.append([t.lower() for t in type_names])
        out = await self._records(RecordType.FLEXIBLE_ASSET, where, params, 500)
        if include_warranties:
            out += await self._records(
                RecordType.CONFIGURATION,
                "warranty_expires_at BETWEEN %s AND %s",
                [list(org_ids), start, end],
                500,
            )
        return out

    async def passwords(
        self, org_ids: Sequence[int], resource_ids: Sequence[int] = ()
    ) -> list[Password]:
        """Password entries (metadata only: `data` holds no value)."""
        if resource_ids:
            found = await self._records(
                RecordType.PASSWORD, "resource_id = ANY(%s)", [list(org_ids), list(resource_ids)]
            )
        else:
            found = await self._records(RecordType.PASSWORD, "true", [list(org_ids)])
        return [p for p in found if isinstance(p, Password)]

    async def of_kind(
        self, kind: RecordType, org_ids: Sequence[int], limit: int = 50
    ) -> list[Record]:
        return await self._records(kind, "true", [list(org_ids)], limit)

    async def every(self, kind: RecordType, org_ids: Sequence[int]) -> list[Record]:
        """Every record of `kind` in `org_ids`, by name (a report lists them all: no limit)."""
        return await self._records(kind, "true", [list(org_ids)], None)

    async def relationships(self, org_ids: Sequence[int]) -> list[Relationship]:
        """Every edge between records of `org_ids` (an edge never crosses organizations)."""
        rows = await self._fetch(
            "SELECT source_id, kind, target_id, organization_id, notes FROM relationships "
            "WHERE organization_id = ANY(%s) ORDER BY source_id, kind, target_id",
            [list(org_ids)],
        )
        return [
            Relationship(
                source=r["source_id"],
                target=r["target_id"],
                kind=RelType(r["kind"]),
                organization_id=int(r["organization_id"]),
                notes=r["notes"],
            )
            for r in rows
        ]

    async def search(
        self,
        words: Sequence[str],
        org_ids: Sequence[int],
        kinds: Sequence[RecordType],
        limit: int = 20,
    ) -> list[tuple[Record, float]]:
        """Full-text match of any of `words` in the records of `kinds`, best first."""
        if not words:
            return []
        query = " | ".join(w for w in words if w.isalnum())
        if not query:
            return []
        out: list[tuple[Record, float]] = []
        for kind in kinds:
            if kind in (RecordType.DOCUMENT, RecordType.FLEXIBLE_ASSET_TYPE):
                continue  # documents are searched through their chunks by the vector store
            table = SNAPSHOT_FIELDS[kind]
            rows = await self._fetch(
                f"SELECT data, ts_rank(search, to_tsquery('simple', %s)) AS rank FROM {table} "
                f"WHERE organization_id = ANY(%s) AND search @@ to_tsquery('simple', %s) "
                "ORDER BY rank DESC, id LIMIT %s",
                [query, list(org_ids), query, limit],
            )
            cls = RECORD_CLASSES[kind]
            out.extend((cls.model_validate(r["data"]), float(r["rank"])) for r in rows)
        out.sort(key=lambda pair: -pair[1])
        return out[:limit]
