"""Reads the HTTP routes and the MCP tools share: hybrid search with highlights, the
organizations in reach, and the stores' health."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from core.models import RecordType
from server.schemas import OrganizationOut, SearchHit
from server.services import Services
from server.vault import vault_status


async def search(
    svc: Services,
    query: str,
    organizations: Sequence[int],
    types: Sequence[RecordType] | None,
    limit: int,
) -> list[SearchHit]:
    """Dense + BM25 search; highlights are the lines that share a word with the query."""
    vector = await asyncio.to_thread(svc.embedder.embed_query, query)
    hits = await svc.stores.vector.search(
        query,
        vector,
        list(organizations),
        record_types=[t.value for t in types] if types else None,
        limit=limit,
    )
    words = {w.lower() for w in query.split() if len(w) > 2}
    return [
        SearchHit(
            source_id=h.chunk_id,
            title=h.title,
            organization_id=h.organization_id,
            record_type=h.record_type,
            score=round(h.score, 5),
            highlights=[line for line in h.text.splitlines() if words & set(line.lower().split())][
                :3
            ],
        )
        for h in hits
    ]


async def organizations(svc: Services, ids: Sequence[int] | None) -> list[OrganizationOut]:
    read = svc.stores.sql.read
    wanted = ids if ids is not None else await read.all_organization_ids()
    return [
        OrganizationOut(
            id=o.id, name=o.name, short_name=o.short_name, organization_type=o.organization_type
        )
        for o in await read.organizations(wanted)
    ]


async def store_status(svc: Services) -> dict[str, str]:
    """ "ok" or the error's type, per store (each given five seconds)."""
    status: dict[str, str] = {}
    checks = {
        "sql": svc.stores.sql.ping(),
        "graph": svc.stores.graph.counts(),
        "vector": svc.stores.vector.counts(),
        "vault": vault_status(svc.stores, svc.cipher),
    }
    for name, check in checks.items():
        try:
            result = await asyncio.wait_for(check, timeout=5)
            status[name] = result if isinstance(result, str) else "ok"
        except Exception as exc:
            status[name] = f"error: {type(exc).__name__}"
    return status
