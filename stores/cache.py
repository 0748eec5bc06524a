"""The query cache: results per (question, organizations, data version), in-process by default,
Redis when REDIS_URL is set. The data version changes with every ingest or deletion, so a sync
(from the API or a cron job in another process) invalidates what came before it."""

from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

from stores.sql import SqlStore


class QueryCache(Protocol):
    backend: str

    async def get(self, key: str) -> dict[str, Any] | None: ...
    async def set(self, key: str, value: dict[str, Any], seconds: int) -> None: ...
    async def close(self) -> None: ...


class MemoryCache:
    backend = "memory"

    def __init__(self, size: int = 2048) -> None:
        self._items: OrderedDict[str, tuple[float, dict[str, Any]]] = OrderedDict()
        self._size = size

    async def get(self, key: str) -> dict[str, Any] | None:
        item = self._items.get(key)
        if item is None or item[0] < time.monotonic():
            self._items.pop(key, None)
            return None
        self._items.move_to_end(key)
        return item[1]

    async def set(self, key: str, value: dict[str, Any], seconds: int) -> None:
        self._items[key] = (time.monotonic() + seconds, value)
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    async def close(self) -> None:
        self._items.clear()


class RedisCache:
    backend = "redis"

    def __init__(self, url: str) -> None:
        from redis.asyncio import Redis

        self._redis = Redis.from_url(url)

    async def get(self, key: str) -> dict[str, Any] | None:
        raw = await self._redis.get(f"itglue-rag:q:{key}")
        return json.loads(raw) if raw else None

    async def set(self, key: str, value: dict[str, Any], seconds: int) -> None:
        await self._redis.set(f"itglue-rag:q:{key}", json.dumps(value), ex=seconds)

    async def close(self) -> None:
        await self._redis.aclose()


def open_cache(redis_url: str | None) -> QueryCache:
    return RedisCache(redis_url) if redis_url else MemoryCache()


async def data_version(sql: SqlStore) -> str:
    """Changes whenever ingest writes or deletes anything the answers read."""
    async with sql.pool.connection() as conn:
        cur = await conn.execute(
            "SELECT (SELECT count(*) FROM chunks) AS c, (SELECT max(embedded_at) FROM chunks) AS e,"
            " (SELECT count(*) FROM relationships) AS r, "
            "(SELECT max(ingested_at) FROM configurations) AS i, "
            "(SELECT max(finished_at) FROM sync_jobs) AS s"
        )
        row = await cur.fetchone()
    return json.dumps(row, default=str, sort_keys=True)


def cache_key(question: str, organizations: Sequence[int] | None, version: str) -> str:
    scope = "all" if organizations is None else ",".join(str(o) for o in sorted(organizations))
    raw = "\x1f".join((" ".join(question.lower().split()), scope, version))
    return hashlib.sha256(raw.encode()).hexdigest()
