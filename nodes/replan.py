"""replan: too little survived validation; widen the plan and retrieve again (≤ 2 times)."""

from __future__ import annotations

from typing import Any

from core.state import RESET, State
from nodes._timing import timed
from understand.rules import broaden


@timed("replan")
async def replan(state: State) -> dict[str, Any]:
    assert state.plan is not None
    wider = broaden(state.plan)
    assert wider is not None  # the router only comes here when there is a wider plan
    return {"plan": wider, "attempt": state.attempt + 1, "retrievals": RESET}
