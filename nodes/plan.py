"""plan: the question grounded in the caller's documentation (`understand/`).

The rules always plan; with a model in the context, the model proposes a plan through
structured output and `understand.model` grounds it with the same resolver (falling back to
the rules' plan when the proposal is unusable)."""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph.runtime import Runtime

from core.state import RESET, State
from nodes._timing import timed
from retrievers.context import Context, resources
from understand import index, rules
from understand.model import plan_with_model


@timed("plan")
async def plan(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    res = await resources(runtime)
    catalog = await index.catalog(res.stores.sql.read)
    previous = state.history[-1] if state.history else None
    chosen = await asyncio.to_thread(  # pure CPU: keep the event loop free
        rules.plan_question, state.question, catalog, res.allowed, res.today, previous
    )
    if res.model is not None:
        chosen = await plan_with_model(
            res.model, state.question, catalog, res.allowed, res.today, chosen, previous
        )
    return {
        "plan": chosen,
        "attempt": 0,
        "retrievals": RESET,
        "retrieval_errors": [],
        "missing": [],
        "notes": [],
    }
