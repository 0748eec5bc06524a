"""Originals of the secrets redacted from free text at ingest, kept encrypted.

Rows are (record, field, position) → kind, ciphertext and a fingerprint. Ingest replaces a
record's rows when their fingerprints changed; deleting a record deletes them. Reading them is
the vault's business (server/redacted.py): a `passwords` key, audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg_pool import AsyncConnectionPool

from core.crypto import Cipher


def fingerprint(cipher: Cipher, source_id: str, field: str, position: int, value: str) -> str:
    """An HMAC of a secret and its place: a changed value is seen without decrypting, and the
    same PIN in two records does not show as the same fingerprint."""
    return cipher.fingerprint(f"{source_id}\x1f{field}\x1f{position}\x1f{value}")


@dataclass(frozen=True)
class StoredSecret:
    source_id: str
    field: str
    position: int
    organization_id: int
    kind: str
    ciphertext: str
    fingerprint: str

    @property
    def place(self) -> tuple[str, str, int]:
        return (self.source_id, self.field, self.position)

    @property
    def key(self) -> tuple[str, int, str, str]:
        """What ingest compares: place, kind and fingerprint (never the ciphertext, whose
        random nonce differs on every encryption)."""
        return (self.field, self.position, self.kind, self.fingerprint)


class SecretStore:
    def __init__(self, pool: AsyncConnectionPool[AsyncConnection[DictRow]]) -> None:
        self.pool = pool

    async def of(self, source_ids: Sequence[str]) -> dict[str, list[StoredSecret]]:
        """The stored secrets of these records, by record, in field and position order."""
        out: dict[str, list[StoredSecret]] = {}
        if not source_ids:
            return out
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT source_id, field, position, organization_id, kind, ciphertext, "
                "fingerprint FROM redacted_secrets WHERE source_id = ANY(%s) "
                "ORDER BY source_id, field, position",
                (list(source_ids),),
            )
            for row in await cur.fetchall():
                out.setdefault(row["source_id"], []).append(StoredSecret(**row))
        return out

    async def apply(
        self, removed: Sequence[tuple[str, str, int]], added: Sequence[StoredSecret]
    ) -> None:
        """Delete the rows at (record, field, position) in `removed`, then add `added` (one
        transaction)."""
        if not removed and not added:
            return
        async with self.pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            if removed:
                await cur.executemany(
                    "DELETE FROM redacted_secrets WHERE source_id = %s AND field = %s "
                    "AND position = %s",
                    list(removed),
                )
            if added:
                await cur.executemany(
                    "INSERT INTO redacted_secrets (source_id, field, position, "
                    "organization_id, kind, ciphertext, fingerprint) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    [
                        (
                            r.source_id,
                            r.field,
                            r.position,
                            r.organization_id,
                            r.kind,
                            r.ciphertext,
                            r.fingerprint,
                        )
                        for r in added
                    ],
                )

    async def forget(self, source_ids: Sequence[str]) -> None:
        """Delete the secrets of records that are gone."""
        if source_ids:
            async with self.pool.connection() as conn:
                await conn.execute(
                    "DELETE FROM redacted_secrets WHERE source_id = ANY(%s)", (list(source_ids),)
                )

    async def all(self) -> list[StoredSecret]:
        """Every stored secret (for re-encryption under a new key)."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT source_id, field, position, organization_id, kind, ciphertext, "
                "fingerprint FROM redacted_secrets ORDER BY source_id, field, position"
            )
            return [StoredSecret(**row) for row in await cur.fetchall()]

    async def count(self) -> int:
        async with self.pool.connection() as conn:
            cur = await conn.execute("SELECT count(*) AS n FROM redacted_secrets")
            row = await cur.fetchone()
        return int(row["n"]) if row else 0
