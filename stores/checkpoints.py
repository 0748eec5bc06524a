"""Thread memory for the answer graph: LangGraph's Postgres checkpointer on the SQL store's pool.

The pool's connections are autocommit with dict rows, as the checkpointer requires; `setup()`
creates its tables once (it is idempotent). Checkpoints hold the state's own models, which the
serializer is told about by name (anything else stays refused)."""

from __future__ import annotations

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from stores.sql import SqlStore

STATE_TYPES = [
    ("graphs.state", "Plan"),
    ("graphs.state", "Claim"),
    ("graphs.state", "Turn"),
    ("graphs.state", "Verdict"),
    ("graphs.state", "Citation"),
    ("graphs.state", "Retrieval"),
    ("core.models", "Evidence"),
    ("core.models", "RecordType"),
]


async def open_checkpointer(sql: SqlStore) -> AsyncPostgresSaver:
    serde = JsonPlusSerializer(allowed_msgpack_modules=STATE_TYPES)
    saver = AsyncPostgresSaver(sql.pool, serde=serde)
    await saver.setup()
    return saver
