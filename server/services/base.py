"""What the HTTP app and the MCP server share for their lifetime: stores, the embedder, the
optional model, the tracer, the query cache, the answer graph with thread memory, per-key rate
limits and the background sync tasks."""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.crypto import Cipher, load_cipher
from core.embeddings import Embedder
from core.llm import chat_model
from core.settings import Settings
from core.tracing import Tracer
from graphs.rag import build
from stores import Stores, open_stores
from stores.cache import QueryCache, open_cache
from stores.checkpoints import ThreadJanitor, open_checkpointer
from stores.keys import LOCAL_OPERATOR, ApiKey

log = logging.getLogger(__name__)


class KeyRateLimiter:
    """At most `per_minute` requests per key in any 60 seconds, counted in this process."""

    backend = "memory"

    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute, self.window = per_minute, window
        self._seen: dict[str, deque[float]] = {}

    async def check(self, key_id: str) -> float | None:
        """None when allowed (and counted); else seconds until the next request may pass."""
        now = time.monotonic()
        seen = self._seen.setdefault(key_id, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.per_minute:
            return max(0.0, seen[0] + self.window - now)
        seen.append(now)
        return None

    async def close(self) -> None:
        self._seen.clear()


_SLIDING_WINDOW = """
local now = redis.call('TIME')
local t = tonumber(now[1]) + tonumber(now[2]) / 1e6
local window, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', t - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tostring(tonumber(oldest[2]) + window - t)
end
redis.call('ZADD', KEYS[1], t, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
return false
"""


class RedisRateLimiter(KeyRateLimiter):
    """The same limit counted in Redis (one sorted set per key, updated atomically by a script
    on Redis's clock): every worker and every server sharing REDIS_URL shares the count, so N
    workers do not allow N times the limit."""

    backend = "redis"

    def __init__(self, url: str, per_minute: int, window: float = 60.0) -> None:
        from redis.asyncio import Redis

        super().__init__(per_minute, window)
        self._redis = Redis.from_url(url)
        self._script = self._redis.register_script(_SLIDING_WINDOW)

    async def check(self, key_id: str) -> float | None:
        wait = await self._script(
            keys=[f"itglue-rag:rate:{key_id}"],
            args=[self.window, self.per_minute, uuid.uuid4().hex],
        )
        return None if wait is None else max(0.0, float(wait))

    async def close(self) -> None:
        await self._redis.aclose()


def open_limiter(settings: Settings) -> KeyRateLimiter:
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url, settings.rate_limit)
    return KeyRateLimiter(settings.rate_limit)


def _noted(task: asyncio.Task[None]) -> None:
    """A background warm-up that failed: logged (the model then loads on first use)."""
    if not task.cancelled() and task.exception() is not None:
        log.warning("warm-up failed: %s", task.exception())


@dataclass
class Services:
    settings: Settings
    stores: Stores
    embedder: Embedder
    cipher: Cipher
    cache: QueryCache
    graph: Any
    threads: ThreadJanitor | None = None
    model: Any = None
    tracer: Tracer = field(default_factory=Tracer)
    limiter: KeyRateLimiter = field(default_factory=lambda: KeyRateLimiter(100))
    syncs: dict[int, asyncio.Task[Any]] = field(default_factory=dict)
    sync_progress: dict[int, Any] = field(default_factory=dict)
    """The phases of the syncs this process ran, by job id (server/services/sync_progress)."""
    owns_stores: bool = False
    local_token: str | None = None
    """The operator token this server wrote into its data directory (server/local.py)."""
    warming: asyncio.Task[None] | None = None
    """`warm()` running in the background (MCP over stdio), until it is done."""

    async def verify(self, token: str) -> ApiKey | None:
        """The key a bearer token stands for (its use noted), or None: the one check of HTTP,
        MCP over HTTP and the local commands."""
        if self.local_token and hmac.compare_digest(token.encode(), self.local_token.encode()):
            return LOCAL_OPERATOR
        return await self.stores.sql.keys.verify(token)

    async def warm(self) -> None:
        """Load before the first request what it would otherwise wait for: the embedding model
        (seconds, and it counted against the vector retriever's time budget) and the catalog of
        names the planner reads (built once per data version). The server's and MCP over
        stdio's start-up."""
        from understand.index import catalog

        await asyncio.to_thread(self.embedder.warm)
        await catalog(self.stores.sql.read)

    def warm_in_background(self) -> None:
        """Start `warm()` without waiting for it: MCP over stdio answers the handshake at once
        (clients give it seconds; loading the model takes more), and `warmed()` waits for it
        before a tool runs."""
        self.warming = asyncio.create_task(self.warm())
        self.warming.add_done_callback(_noted)

    async def warmed(self) -> None:
        """Return once a background warm-up (if any) is done; a failed one is done too (the
        model then loads on first use, as without a warm-up)."""
        if self.warming is not None and not self.warming.done():
            await asyncio.wait([self.warming])

    async def in_reach(self, organizations: Sequence[int] | None) -> list[int]:
        """The organizations a caller reads: its allow-list (or what it asked for inside it),
        and every organization when there is none."""
        if organizations is not None:
            return list(organizations)
        return list(await self.stores.sql.read.all_organization_ids())

    async def close(self) -> None:
        for task in [*self.syncs.values(), *([self.warming] if self.warming else [])]:
            task.cancel()
        await self.cache.close()
        await self.limiter.close()
        self.tracer.flush()
        if self.owns_stores:
            await self.stores.close()


async def open_services(
    settings: Settings,
    *,
    stores: Stores | None = None,
    embedder: Embedder | None = None,
    model: Any = None,
) -> Services:
    owns = stores is None
    stores = stores or await open_stores(settings)
    saver = await open_checkpointer(stores.sql)
    threads = ThreadJanitor(
        saver, stores.sql, settings.thread_retention_days, settings.threads_per_key
    )
    return Services(
        settings=settings,
        stores=stores,
        embedder=embedder or Embedder(settings.embed_batch_size),
        cipher=load_cipher(settings),
        cache=open_cache(settings.redis_url),
        graph=build(saver),
        threads=threads,
        model=model if model is not None else chat_model(settings),
        tracer=Tracer(settings),
        limiter=open_limiter(settings),
        owns_stores=owns,
    )
