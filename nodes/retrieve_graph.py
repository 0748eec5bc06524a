"""retrieve_graph: the graph retriever for the current plan (runs in parallel with the others)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from core.state import State
from nodes._retrieve import run
from retrievers import graph as retriever
from retrievers.context import Context


async def retrieve_graph(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    return await run("graph", retriever.retrieve, state, runtime)
