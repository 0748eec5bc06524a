"""The change log: what each ingest changed in the records, kept in `record_changes`.

Rows are written by `SqlStore.upsert_records` and `delete_records` in the transaction that
changes the records (a change is logged exactly when it is stored), from what a `ChangeLog`
says: the sync job and a differ (`sync.changes` decides which fields are recorded and how).
Reads are scoped by organization, newest first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg_pool import AsyncConnectionPool

from core.models import Record

KINDS = ("added", "removed", "changed", "loaded")


@dataclass(frozen=True)
class Change:
    """One row of the log: a record added or removed, one field of it changed, or (`loaded`)
    an organization's first load of one record type, `new_value` its count."""

    organization_id: int
    source_id: str
    record_type: str
    name: str
    kind: str
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
    resource_url: str | None = None
    sync_job_id: int | None = None
    at: datetime | None = None


Differ = Callable[[Record, Mapping[str, Any] | None], Sequence[Change]]
"""A record's changes given its stored `data` (None when it was not stored)."""


@dataclass(frozen=True)
class ChangeLog:
    """How one ingest logs what it changes."""

    differ: Differ
    job_id: int | None = None


_COLUMNS = (
    "sync_job_id, organization_id, source_id, record_type, name, kind, field, old_value, "
    "new_value, resource_url"
)


async def write(conn: AsyncConnection[DictRow], job_id: int | None, rows: Sequence[Change]) -> None:
    """Insert change rows on `conn` (inside the caller's transaction)."""
    if not rows:
        return
    async with conn.cursor() as cur:
        await cur.executemany(
            f"INSERT INTO record_changes ({_COLUMNS}) VALUES ({', '.join(['%s'] * 10)})",
            [
                (
                    job_id,
                    c.organization_id,
                    c.source_id,
                    c.record_type,
                    c.name,
                    c.kind,
                    c.field,
                    c.old_value,
                    c.new_value,
                    c.resource_url,
                )
                for c in rows
            ],
        )


class ChangeStore:
    """Reads of the change log over the SQL store's pool."""

    def __init__(self, pool: AsyncConnectionPool[AsyncConnection[DictRow]]) -> None:
        self.pool = pool

    async def add(self, job_id: int | None, rows: Sequence[Change]) -> None:
        """Log rows outside a record write (an organization's first-load summary)."""
        async with self.pool.connection() as conn, conn.transaction():
            await write(conn, job_id, rows)

    async def since(
        self,
        organizations: Sequence[int],
        since: datetime | None,
        limit: int,
        records: Sequence[str] | None = None,
        field: str | None = None,
    ) -> list[Change]:
        """The changes in `organizations` logged at or after `since` (all when None), newest
        first, at most `limit`; only those of `records` (source ids) and of `field` when given."""
        ids = list(records) if records is not None else None
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT {_COLUMNS}, at FROM record_changes WHERE organization_id = ANY(%s) "
                "AND (%s::timestamptz IS NULL OR at >= %s) "
                "AND (%s::text[] IS NULL OR source_id = ANY(%s)) "
                "AND (%s::text IS NULL OR field = %s) ORDER BY at DESC, id LIMIT %s",
                (list(organizations), since, since, ids, ids, field, field, limit),
            )
            return [Change(**row) for row in await cur.fetchall()]

    async def counts(
        self, organizations: Sequence[int], since: datetime | None
    ) -> dict[int, dict[str, int]]:
        """Records per kind of change and organization since `since` (all of them, however
        long the list is): records added, removed and changed, and records of first loads."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT organization_id, kind, count(DISTINCT source_id) AS records, "
                "sum(CASE WHEN kind = 'loaded' THEN new_value::bigint END) AS loaded "
                "FROM record_changes "
                "WHERE organization_id = ANY(%s) AND (%s::timestamptz IS NULL OR at >= %s) "
                "GROUP BY 1, 2",
                (list(organizations), since, since),
            )
            out: dict[int, dict[str, int]] = {}
            for r in await cur.fetchall():
                n = r["loaded"] if r["kind"] == "loaded" else r["records"]
                out.setdefault(r["organization_id"], {})[r["kind"]] = int(n or 0)
            return out

    async def last_sync(self, organizations: Sequence[int]) -> tuple[int, datetime] | None:
        """The newest finished sync job that covered any of `organizations` (all or one of
        them): its id and when it started."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT id, started_at FROM sync_jobs WHERE status IN ('completed', 'partial') "
                "AND started_at IS NOT NULL "
                "AND (organization_id IS NULL OR organization_id = ANY(%s)) "
                "ORDER BY started_at DESC LIMIT 1",
                (list(organizations),),
            )
            row = await cur.fetchone()
        return None if row is None else (row["id"], row["started_at"])
