"""Thread memory for the answer graph: LangGraph's Postgres checkpointer on the SQL store's pool.

The pool's connections are autocommit with dict rows, as the checkpointer requires; `setup()`
creates its tables once (it is idempotent). Checkpoints hold the state's own models, which the
serializer is told about by name (anything else stays refused).

Thread memory is bounded three ways (`ThreadJanitor`): a thread keeps only its latest
checkpoint (the state carries the turns a follow-up needs); a thread nobody has used for
`thread_retention_days` is deleted; one caller keeps at most `threads_per_key` threads, the
least recently used going first."""

from __future__ import annotations

import time

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from stores.sql import SqlStore

_STATE = ("Plan", "Claim", "Turn", "Verdict", "Citation", "Retrieval")
STATE_TYPES = [
    *(("core.state", name) for name in _STATE),
    *(("graphs.state", name) for name in _STATE),  # thread memory written before they moved
    ("core.models", "Evidence"),
    ("core.models", "RecordType"),
]


async def open_checkpointer(sql: SqlStore) -> AsyncPostgresSaver:
    serde = JsonPlusSerializer(allowed_msgpack_modules=STATE_TYPES)
    saver = AsyncPostgresSaver(sql.pool, serde=serde)
    await saver.setup()
    return saver


_LAST_USED = (
    "SELECT thread_id, max((checkpoint->>'ts')::timestamptz) AS last_used FROM checkpoints "
    "WHERE thread_id LIKE %s GROUP BY thread_id"
)


class ThreadJanitor:
    """Prunes thread memory after each threaded turn (and sweeps out expired threads at most
    once every `sweep_seconds`)."""

    def __init__(
        self,
        saver: AsyncPostgresSaver,
        sql: SqlStore,
        retention_days: int,
        per_key: int,
        sweep_seconds: float = 3600.0,
    ) -> None:
        self.saver, self.sql = saver, sql
        self.retention_days, self.per_key, self.sweep_seconds = (
            retention_days,
            per_key,
            sweep_seconds,
        )
        self._swept = float("-inf")

    async def _threads(self, prefix: str) -> list[tuple[str, object]]:
        """(thread id, last used) of the threads whose id starts with `prefix`, newest first."""
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        async with self.sql.pool.connection() as conn:
            rows = await (await conn.execute(_LAST_USED, (like,))).fetchall()
        return sorted(
            ((r["thread_id"], r["last_used"]) for r in rows), key=lambda r: r[1], reverse=True
        )

    async def after_turn(self, thread_id: str, owner: str) -> None:
        """`thread_id` just took a turn for `owner` (the prefix every thread of that caller's
        key starts with)."""
        await self.saver.aprune([thread_id], strategy="keep_latest")
        over = [t for t, _ in (await self._threads(owner))[self.per_key :]]
        if over:
            await self.saver.aprune(over, strategy="delete")
        if time.monotonic() - self._swept >= self.sweep_seconds:
            await self.sweep()

    async def sweep(self) -> int:
        """Delete the threads unused for longer than the retention; returns how many."""
        self._swept = time.monotonic()
        async with self.sql.pool.connection() as conn:
            rows = await (
                await conn.execute(
                    "SELECT thread_id FROM checkpoints GROUP BY thread_id HAVING "
                    "max((checkpoint->>'ts')::timestamptz) < now() - make_interval(days => %s)",
                    (self.retention_days,),
                )
            ).fetchall()
        expired = [r["thread_id"] for r in rows]
        if expired:
            await self.saver.aprune(expired, strategy="delete")
        return len(expired)
