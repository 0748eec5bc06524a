"""Thread memory: a follow-up resolves against the previous turn (Postgres checkpointer)."""

from __future__ import annotations

import pytest

from core.models import Snapshot
from graphs.rag import build
from retrievers.context import Context
from stores import Stores
from stores.checkpoints import open_checkpointer
from tests.graphs.conftest import config_named


async def test_a_follow_up_uses_the_previous_turn(
    ctx: Context, sample: Stores, sample_snapshot: Snapshot
) -> None:
    dc = config_named(sample_snapshot, "ACME-DC01")
    graph = build(await open_checkpointer(sample.sql))
    thread = {"configurable": {"thread_id": "follow-up-test"}}
    first = await graph.ainvoke(
        {"question": "What is the IP address of ACME-DC01?"}, thread, context=ctx
    )
    assert dc.primary_ip and dc.primary_ip in first["answer"]
    second = await graph.ainvoke({"question": "And its serial number?"}, thread, context=ctx)
    assert second["plan"].devices == [dc.source_id]
    assert second["answer"] == f"ACME-DC01 has serial number {dc.serial_number} [1]."
    other = await graph.ainvoke(
        {"question": "And its serial number?"},
        {"configurable": {"thread_id": "fresh"}},
        context=ctx,
    )
    assert other["answer"].startswith("No data available")  # a new thread: nothing to refer to


def test_thread_memory_written_before_the_state_models_moved_still_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The state models were `graphs.state.*` before they moved to `core.state`; a checkpoint
    names its models' module, so one written then must still read (and nothing else)."""
    from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

    from core.state import Plan
    from stores.checkpoints import STATE_TYPES

    serde = JsonPlusSerializer(allowed_msgpack_modules=STATE_TYPES)
    plan = Plan(intent="lookup", devices=["configuration:1"], query="ip of dc01")
    monkeypatch.setattr(Plan, "__module__", "graphs.state")  # as the old code wrote it
    old = serde.dumps_typed(plan)
    assert b"graphs.state" in old[1]
    monkeypatch.undo()
    assert serde.loads_typed(old) == plan
    assert serde.loads_typed(serde.dumps_typed(plan)) == plan
