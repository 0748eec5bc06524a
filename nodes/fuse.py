"""fuse: reciprocal rank fusion of this attempt's retrievals; failed retrievers are reported."""

from __future__ import annotations

from typing import Any

from core.state import State
from nodes._timing import timed
from retrievers.fusion import fuse as rrf


@timed("fuse")
async def fuse(state: State) -> dict[str, Any]:
    current = [r for r in state.retrievals if r.attempt == state.attempt]
    order = {"sql": 0, "graph": 1, "vector": 2}
    current.sort(key=lambda r: order[r.retriever])
    errors = [r.error for r in current if r.error]
    return {
        "evidence": rrf([r.evidence for r in current]),
        "retrieval_errors": [*state.retrieval_errors, *errors],
    }
