"""What the three retrieve nodes share: a timeout, and a failure reported rather than raised."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from langgraph.runtime import Runtime

from core.models import Evidence
from core.state import Plan, Retrieval, RetrieverName, State
from retrievers.context import Context, Resources, resources

log = logging.getLogger(__name__)

Retriever = Callable[[Plan, Resources], Awaitable[list[Evidence]]]


async def run(
    name: RetrieverName, retriever: Retriever, state: State, runtime: Runtime[Context]
) -> dict[str, Any]:
    started = time.perf_counter()
    assert state.plan is not None
    timeout = runtime.context.retriever_timeout if runtime.context else 15.0
    error = None
    found: list[Evidence] = []
    try:
        res = await resources(runtime)
        found = await asyncio.wait_for(retriever(state.plan, res), timeout)
    except TimeoutError:
        error = f"{name} retriever timed out after {timeout:g}s"
    except Exception as exc:  # one retriever failing must not fail the answer
        error = f"{name} retriever failed: {type(exc).__name__}: {exc}"
    if error:
        log.warning(error)
    seconds = time.perf_counter() - started
    result = Retrieval(
        retriever=name, attempt=state.attempt, evidence=found, seconds=seconds, error=error
    )
    return {"retrievals": [result], "timings": {f"retrieve_{name}": seconds}}
