"""API keys and the audit log, kept in the SQL store.

A key is shown once as `igr_<id>_<secret>`; only its SHA-256 is stored. Scopes: `read` (ask,
search, list), `passwords` (read plus password values), `admin` (everything, including sync).
An optional organization allow-list limits what the key may see. Every password access, granted
or denied, is a row in `audit_log`."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.rows import DictRow
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

SCOPES = ("read", "passwords", "admin")
IMPLIED = {"read": {"read"}, "passwords": {"read", "passwords"}, "admin": set(SCOPES)}


@dataclass(frozen=True)
class ApiKey:
    id: str
    name: str
    scopes: tuple[str, ...]
    organization_ids: tuple[int, ...] | None
    """None: every organization."""
    created_at: datetime | None = None
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None

    def allows(self, scope: str) -> bool:
        return any(scope in IMPLIED[s] for s in self.scopes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "scopes": list(self.scopes),
            "organization_ids": list(self.organization_ids) if self.organization_ids else None,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "last_used_at": self.last_used_at.isoformat() if self.last_used_at else None,
        }


LOCAL_OPERATOR = ApiKey(id="local", name="local operator", scopes=("admin",), organization_ids=None)
"""Whoever can start a process on the data directory: MCP over stdio, and the token a server
writes for the other commands (server/local.py). Every organization, every scope."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _key(row: dict[str, Any]) -> ApiKey:
    orgs = row["organization_ids"]
    return ApiKey(
        id=row["id"],
        name=row["name"],
        scopes=tuple(row["scopes"]),
        organization_ids=tuple(orgs) if orgs else None,
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
        last_used_at=row["last_used_at"],
    )


class KeyStore:
    def __init__(self, pool: AsyncConnectionPool[AsyncConnection[DictRow]]) -> None:
        self.pool = pool

    async def create(
        self, name: str, scopes: Sequence[str], organization_ids: Sequence[int] | None = None
    ) -> tuple[ApiKey, str]:
        """A new key and its token (shown once)."""
        unknown = set(scopes) - set(SCOPES)
        if unknown or not scopes:
            raise ValueError(f"scopes must be some of {', '.join(SCOPES)}")
        key_id = secrets.token_hex(4)
        token = f"igr_{key_id}_{secrets.token_urlsafe(24)}"
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "INSERT INTO api_keys (id, name, key_hash, scopes, organization_ids) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING *",
                (key_id, name, _hash(token), list(scopes), list(organization_ids or []) or None),
            )
            row = await cur.fetchone()
        assert row is not None
        return _key(row), token

    async def verify(self, token: str) -> ApiKey | None:
        """The live key for a token (and note its use), or None."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "UPDATE api_keys SET last_used_at = now() WHERE key_hash = %s "
                "AND revoked_at IS NULL RETURNING *",
                (_hash(token),),
            )
            row = await cur.fetchone()
        return _key(row) if row else None

    async def all(self) -> list[ApiKey]:
        async with self.pool.connection() as conn:
            cur = await conn.execute("SELECT * FROM api_keys ORDER BY created_at, id")
            return [_key(r) for r in await cur.fetchall()]

    async def revoke(self, key_id: str) -> bool:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "UPDATE api_keys SET revoked_at = now() WHERE id = %s AND revoked_at IS NULL "
                "RETURNING id",
                (key_id,),
            )
            return await cur.fetchone() is not None

    async def audit(
        self,
        action: str,
        *,
        key_id: str | None,
        record: str | None,
        granted: bool,
        details: dict[str, Any] | None = None,
    ) -> None:
        async with self.pool.connection() as conn:
            await conn.execute(
                "INSERT INTO audit_log (key_id, action, record, granted, details) "
                "VALUES (%s, %s, %s, %s, %s)",
                (key_id, action, record, granted, Jsonb(details or {})),
            )

    async def audit_rows(self, limit: int = 100) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT id, at, key_id, action, record, granted, details FROM audit_log "
                "ORDER BY id DESC LIMIT %s",
                (limit,),
            )
            return list(await cur.fetchall())

    async def sealed_passwords(self, limit: int | None = None) -> list[tuple[int, str]]:
        """(id, ciphertext) of stored password values, by id."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT id, value_encrypted FROM passwords WHERE value_encrypted IS NOT NULL "
                "ORDER BY id LIMIT %s",
                (limit,),
            )
            return [(row["id"], row["value_encrypted"]) for row in await cur.fetchall()]

    async def reseal_passwords(
        self,
        sealed: dict[int, tuple[str, str, str]],
        secrets: Sequence[tuple[str, str, int, str, str]] = (),
    ) -> None:
        """Replace stored values in one transaction: id -> (ciphertext, fingerprint, hash); and
        the secrets redacted from free text: (record, field, position, ciphertext, fingerprint)."""
        async with self.pool.connection() as conn, conn.transaction():
            for source_id, field, position, token, fingerprint in secrets:
                await conn.execute(
                    "UPDATE redacted_secrets SET ciphertext = %s, fingerprint = %s "
                    "WHERE source_id = %s AND field = %s AND position = %s",
                    (token, fingerprint, source_id, field, position),
                )
            for password_id, (token, fingerprint, content_hash) in sealed.items():
                await conn.execute(
                    "UPDATE passwords SET value_encrypted = %s, value_fingerprint = %s, "
                    "data = jsonb_set(data, '{value_fingerprint}', to_jsonb(%s::text)), "
                    "content_hash = %s WHERE id = %s",
                    (token, fingerprint, fingerprint, content_hash, password_id),
                )

    async def password_value(self, password_id: int) -> tuple[int, str | None] | None:
        """(organization, ciphertext) of a password entry, or None when there is none."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT organization_id, value_encrypted FROM passwords WHERE id = %s",
                (password_id,),
            )
            row = await cur.fetchone()
        return (row["organization_id"], row["value_encrypted"]) if row else None
