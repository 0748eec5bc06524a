"""retrieve_vector: the vector retriever for the current plan (runs in parallel with the others)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from core.state import State
from nodes._retrieve import run
from retrievers import vector as retriever
from retrievers.context import Context


async def retrieve_vector(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    return await run("vector", retriever.retrieve, state, runtime)
