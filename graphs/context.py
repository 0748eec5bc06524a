"""Per-run dependencies of the answer graph (`context_schema`).

API, MCP and CLI callers pass the stores they opened, the organizations the caller may see and
the model (or none). LangGraph Studio passes only JSON: then the stores the settings select are
opened once per process, and a run sees every organization (Studio is the local operator's).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from typing import Any

from langgraph.runtime import Runtime

from core.embeddings import Embedder
from core.settings import get_settings
from stores import Stores, open_stores


@dataclass(frozen=True)
class Context:
    organization_ids: tuple[int, ...] | None = None
    """Organizations the caller may see; None: all (the local operator)."""
    stores: Stores | None = None
    """Open stores; None: open the configured ones for this process."""
    embedder: Embedder | None = None
    """Query embedder; None: the process's shared one."""
    model: Any = None
    """A LangChain chat model for planning, composing and judging; None: deterministic."""
    today: date | None = None
    """The date expiry windows count from; None: today."""
    retriever_timeout: float = 15.0
    """Seconds a retriever may take before it is reported as timed out."""


@dataclass(frozen=True)
class Resources:
    stores: Stores
    embedder: Embedder
    allowed: tuple[int, ...]
    """Organization ids this run may read."""
    today: date
    model: Any


_shared: dict[str, Any] = {}
_lock = asyncio.Lock()


async def _process_stores() -> Stores:
    async with _lock:
        if "stores" not in _shared:
            _shared["stores"] = await open_stores(get_settings())
        return _shared["stores"]


def shared_embedder() -> Embedder:
    if "embedder" not in _shared:
        _shared["embedder"] = Embedder()
    return _shared["embedder"]


async def resources(runtime: Runtime[Context] | None) -> Resources:
    """Stores, embedder, allowed organizations, date and model for one node call."""
    ctx = (runtime.context if runtime is not None else None) or Context()
    stores = ctx.stores or await _process_stores()
    if ctx.organization_ids is None:
        allowed = tuple(await stores.sql.read.all_organization_ids())
    else:
        allowed = tuple(ctx.organization_ids)
    return Resources(
        stores=stores,
        embedder=ctx.embedder or shared_embedder(),
        allowed=allowed,
        today=ctx.today or date.today(),
        model=ctx.model,
    )
