"""Thread memory for the answer graph: LangGraph's Postgres checkpointer on the SQL store's pool.

The pool's connections are autocommit with dict rows, as the checkpointer requires; `setup()`
creates its tables once (it is idempotent)."""

from __future__ import annotations

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

from stores.sql import SqlStore


async def open_checkpointer(sql: SqlStore) -> AsyncPostgresSaver:
    saver = AsyncPostgresSaver(sql.pool)
    await saver.setup()
    return saver
