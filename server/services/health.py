"""Liveness and readiness, beside the detailed `/v1/health`: an orchestrator restarts a process
that is not live and sends traffic only to one that is ready. Live asks nothing of the stores
(a slow database must not get a healthy process killed); ready asks each store to answer. The
vault is not part of readiness: a vault key that does not decrypt still serves answers, and
`/v1/health` says so."""

from __future__ import annotations

import asyncio
from typing import Literal

from pydantic import BaseModel

from server.services.base import Services


class LiveResponse(BaseModel):
    status: Literal["live"] = "live"


class ReadyResponse(BaseModel):
    status: Literal["ready", "not ready"]
    stores: dict[str, str]
    """Per store: "ok", or the error's type (each given `timeout` seconds)."""


async def ready(svc: Services, timeout: float = 5.0) -> ReadyResponse:
    """Whether the SQL, graph and vector stores each answer within `timeout` seconds."""
    checks = {
        "sql": svc.stores.sql.ping(),
        "graph": svc.stores.graph.counts(),
        "vector": svc.stores.vector.counts(),
    }
    stores: dict[str, str] = {}
    for name, check in checks.items():
        try:
            await asyncio.wait_for(check, timeout=timeout)
            stores[name] = "ok"
        except Exception as exc:
            stores[name] = f"error: {type(exc).__name__}"
    ok = all(v == "ok" for v in stores.values())
    return ReadyResponse(status="ready" if ok else "not ready", stores=stores)
