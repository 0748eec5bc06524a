"""Reads the HTTP routes, the MCP tools and the commands share: hybrid search with highlights,
the organizations in reach, the stores' health, their counts and the recent sync jobs."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from core.models import RecordType
from server.services import Services
from server.services.schemas import OrganizationOut, SearchHit
from server.services.vault import vault_status
from stores import Stores


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
    return [
        OrganizationOut(
            id=o.id, name=o.name, short_name=o.short_name, organization_type=o.organization_type
        )
        for o in await svc.stores.sql.read.organizations(await svc.in_reach(ids))
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


async def counts(stores: Stores) -> dict[str, Any]:
    """Records per type in each store and the backends in use (`itglue-rag status`)."""
    sql = await stores.sql.counts()
    graph = await stores.graph.counts()
    vector = await stores.vector.counts()
    return {
        "backends": stores.backends(),
        "data_dir": str(stores.settings.data_dir.resolve()),
        "sql": sql,
        "graph": {
            k.removeprefix("entity:"): v for k, v in graph.items() if k.startswith("entity:")
        },
        "graph_edges": {
            k.removeprefix("edge:"): v for k, v in graph.items() if k.startswith("edge:")
        },
        "vector": vector,
    }


async def sync_overview(stores: Stores, limit: int) -> dict[str, Any]:
    """The newest sync jobs and a summary of the watermarks (`itglue-rag sync-status`)."""
    jobs = [j.as_dict() for j in await stores.sql.jobs.recent(limit)]
    marks = await stores.sql.jobs.watermarks()
    newest = max(marks.values(), default=None)
    oldest = min(marks.values(), default=None)
    return {
        "jobs": jobs,
        "watermarks": {
            "count": len(marks),
            "organizations": len({org for _, org in marks if org}),
            "oldest": oldest.isoformat() if oldest else None,
            "newest": newest.isoformat() if newest else None,
        },
    }
