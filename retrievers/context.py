"""Per-run dependencies of the answer graph (`context_schema`).

API, MCP, CLI and eval callers build it with `scoped`: the stores they opened, the organizations
the caller may see and their names, resolved once for the run (no node reads them again), and
the model (or none). LangGraph Studio passes only JSON: then the stores the settings select are
opened once per process (the one module-level state here, for `langgraph dev`), and a run sees
every organization (Studio is the local operator's), read at each node call.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
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
    organization_names: Mapping[int, str] | None = None
    """The name of each organization in reach, resolved by `scoped`; None: read per node."""
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
    names: Mapping[int, str]
    """Their names."""
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


async def scoped(
    stores: Stores, organization_ids: Sequence[int] | None = None, **rest: Any
) -> Context:
    """A run's context with its scope resolved once: the organizations the caller may read
    (every one when None) and their names; `rest` are the other fields of `Context`."""
    read = stores.sql.read
    ids = await read.all_organization_ids() if organization_ids is None else organization_ids
    names = {o.id: o.name for o in await read.organizations(list(ids))} if ids else {}
    return Context(organization_ids=tuple(ids), organization_names=names, stores=stores, **rest)


async def resources(runtime: Runtime[Context] | None) -> Resources:
    """Stores, embedder, the organizations in reach with their names, date and model for one
    node call: what the entry point resolved (`scoped`), read here only for Studio's JSON."""
    ctx = (runtime.context if runtime is not None else None) or Context()
    stores = ctx.stores or await _process_stores()
    ids, names = ctx.organization_ids, ctx.organization_names
    if names is None:  # Studio's JSON context: resolved here, at each node call
        resolved = await scoped(stores, ids)
        ids, names = resolved.organization_ids, resolved.organization_names or {}
    allowed = tuple(ids or ())
    names = {o: names[o] for o in allowed if o in names}
    return Resources(
        stores=stores,
        embedder=ctx.embedder or shared_embedder(),
        allowed=allowed,
        names=names,
        today=ctx.today or date.today(),
        model=ctx.model,
    )
