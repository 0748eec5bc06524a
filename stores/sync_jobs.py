"""Sync jobs, watermarks and the sync lock, kept in the SQL store.

A job row records one sync from start to end (status pending -> running -> completed, partial
or failed) with per-resource counts, errors, timings and request statistics; it is updated
after every organization, so a crash leaves an honest record. Watermarks are per (resource,
organization). The lock is a pair of PostgreSQL advisory locks held on one connection for the
whole sync: an all-organization sync takes the global key exclusively; a one-organization sync
takes it shared plus its organization's key exclusively. So two syncs of one organization never
overlap, syncs of different organizations may, and a killed process releases its locks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from core.errors import SyncLocked

_KEY = "SELECT hashtextextended(%s, 0) AS k"
STATUSES = ("pending", "running", "completed", "failed", "partial")


@dataclass
class SyncJob:
    id: int
    kind: str
    organization_id: int | None
    status: str
    counts: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None

    @property
    def seconds(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "organization_id": self.organization_id,
            "status": self.status,
            "counts": self.counts,
            "errors": self.errors,
            "notices": self.notices,
            "timings": self.timings,
            "stats": self.stats,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "seconds": self.seconds,
        }


def _job(row: dict[str, Any]) -> SyncJob:
    return SyncJob(
        id=row["id"],
        kind=row["kind"],
        organization_id=row["organization_id"],
        status=row["status"],
        counts=row["counts"],
        errors=row["errors"],
        notices=row["notices"],
        timings=row["timings"],
        stats=row["stats"],
        created_at=row["created_at"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
    )


class SyncJobStore:
    """Jobs, watermarks and locks over the SQL store's pool."""

    def __init__(self, pool: AsyncConnectionPool[AsyncConnection[DictRow]]) -> None:
        self.pool = pool

    async def create(self, kind: str, organization_id: int | None) -> SyncJob:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "INSERT INTO sync_jobs (kind, organization_id) VALUES (%s, %s) RETURNING *",
                (kind, organization_id),
            )
            row = await cur.fetchone()
        assert row is not None
        return _job(row)

    async def save(self, job: SyncJob, *, start: bool = False, finish: bool = False) -> None:
        """Write the job's status, counts, errors, notices, timings and stats."""
        sets = [
            "kind = %(kind)s",
            "status = %(status)s",
            "counts = %(counts)s",
            "errors = %(errors)s",
            "notices = %(notices)s",
            "timings = %(timings)s",
            "stats = %(stats)s",
        ]
        if start:
            sets.append("started_at = now()")
        if finish:
            sets.append("finished_at = now()")
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"UPDATE sync_jobs SET {', '.join(sets)} WHERE id = %(id)s "
                "RETURNING started_at, finished_at",
                {
                    "id": job.id,
                    "kind": job.kind,
                    "status": job.status,
                    "counts": Jsonb(job.counts),
                    "errors": Jsonb(job.errors),
                    "notices": Jsonb(job.notices),
                    "timings": Jsonb(job.timings),
                    "stats": Jsonb(job.stats),
                },
            )
            row = await cur.fetchone()
        if row is not None:
            job.started_at, job.finished_at = row["started_at"], row["finished_at"]

    async def get(self, job_id: int) -> SyncJob | None:
        async with self.pool.connection() as conn:
            cur = await conn.execute("SELECT * FROM sync_jobs WHERE id = %s", (job_id,))
            row = await cur.fetchone()
        return _job(row) if row else None

    async def recent(self, limit: int = 10) -> list[SyncJob]:
        async with self.pool.connection() as conn:
            cur = await conn.execute("SELECT * FROM sync_jobs ORDER BY id DESC LIMIT %s", (limit,))
            return [_job(row) for row in await cur.fetchall()]

    async def fail_interrupted(self, organization_id: int | None, current: int) -> list[int]:
        """Mark `running` jobs this lock holder supersedes as failed (their process died)."""
        scope = (
            ""
            if organization_id is None
            else "AND (organization_id = %s OR organization_id IS NULL)"
        )
        params: tuple[Any, ...] = (
            (current,) if organization_id is None else (current, organization_id)
        )
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "UPDATE sync_jobs SET status = 'failed', finished_at = now(), errors = errors || "
                '\'[{"error": "interrupted: the process ended before the job finished"}]\'::jsonb '
                f"WHERE status = 'running' AND id <> %s {scope} RETURNING id",
                params,
            )
            return [row["id"] for row in await cur.fetchall()]

    async def running(self, organization_id: int | None) -> SyncJob | None:
        """The newest running job that would overlap a sync of `organization_id`."""
        scope = (
            ""
            if organization_id is None
            else "AND (organization_id = %s OR organization_id IS NULL)"
        )
        params: tuple[Any, ...] = () if organization_id is None else (organization_id,)
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT * FROM sync_jobs WHERE status = 'running' {scope} "
                "ORDER BY id DESC LIMIT 1",
                params,
            )
            row = await cur.fetchone()
        return _job(row) if row else None

    @asynccontextmanager
    async def lock(self, organization_id: int | None) -> AsyncIterator[None]:
        """Hold the sync lock for one organization (or all); SyncLocked when it is taken."""
        async with self.pool.connection() as conn:
            everyone = await self._key(conn, "itglue-rag/sync")
            taken: list[tuple[str, int]] = []
            try:
                if organization_id is None:
                    wanted = [("pg_try_advisory_lock", everyone)]
                else:
                    own = await self._key(conn, f"itglue-rag/sync/{organization_id}")
                    wanted = [
                        ("pg_try_advisory_lock_shared", everyone),
                        ("pg_try_advisory_lock", own),
                    ]
                for function, key in wanted:
                    cur = await conn.execute(f"SELECT {function}(%s) AS ok", (key,))
                    row = await cur.fetchone()
                    if not row or not row["ok"]:
                        raise SyncLocked(await self._locked_message(organization_id))
                    taken.append((function, key))
                yield
            finally:
                for function, key in reversed(taken):
                    unlock = function.replace("try_advisory_lock", "advisory_unlock")
                    await conn.execute(f"SELECT {unlock}(%s)", (key,))

    @staticmethod
    async def _key(conn: AsyncConnection[DictRow], name: str) -> int:
        cur = await conn.execute(_KEY, (name,))
        row = await cur.fetchone()
        assert row is not None
        return int(row["k"])

    async def _locked_message(self, organization_id: int | None) -> str:
        scope = (
            "all organizations" if organization_id is None else f"organization {organization_id}"
        )
        other = await self.running(organization_id)
        if other is None:
            return f"another sync overlapping {scope} is running; try again when it ends"
        what = (
            "all organizations"
            if other.organization_id is None
            else (f"organization {other.organization_id}")
        )
        since = other.started_at.isoformat(timespec="seconds") if other.started_at else "just now"
        return (
            f"another sync is running (job {other.id}, {what}, since {since}); "
            f"a sync of {scope} would overlap it — try again when it ends"
        )

    # -- watermarks -----------------------------------------------------------------------

    async def watermarks(
        self, organization_ids: Iterable[int] | None = None
    ) -> dict[tuple[str, int], datetime]:
        async with self.pool.connection() as conn:
            if organization_ids is None:
                cur = await conn.execute(
                    "SELECT resource, organization_id, watermark FROM sync_state"
                )
            else:
                cur = await conn.execute(
                    "SELECT resource, organization_id, watermark FROM sync_state "
                    "WHERE organization_id = ANY(%s)",
                    (list(organization_ids),),
                )
            return {
                (row["resource"], row["organization_id"]): row["watermark"]
                for row in await cur.fetchall()
            }

    async def set_watermarks(self, rows: Sequence[tuple[str, int, datetime]]) -> None:
        if not rows:
            return
        async with self.pool.connection() as conn, conn.cursor() as cur:
            await cur.executemany(
                "INSERT INTO sync_state (resource, organization_id, watermark) VALUES (%s, %s, %s) "
                "ON CONFLICT (resource, organization_id) DO UPDATE SET "
                "watermark = GREATEST(sync_state.watermark, EXCLUDED.watermark), "
                "updated_at = now()",
                rows,
            )

    async def forget_watermarks(self, organization_ids: Sequence[int]) -> None:
        if organization_ids:
            async with self.pool.connection() as conn:
                await conn.execute(
                    "DELETE FROM sync_state WHERE organization_id = ANY(%s)",
                    (list(organization_ids),),
                )
