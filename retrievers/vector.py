"""The vector retriever: hybrid (dense MiniLM + BM25) search over the chunks in reach."""

from __future__ import annotations

import asyncio

from core.models import Evidence, RecordType
from graphs.context import Resources
from graphs.state import Intent, Plan
from retrievers import scope

_TYPES: dict[Intent, list[str] | None] = {
    "howto": [RecordType.DOCUMENT.value],
    "similar": [RecordType.DOCUMENT.value, RecordType.CONFIGURATION.value],
    "credential": [RecordType.PASSWORD.value],
    "overview": [RecordType.ORGANIZATION.value, RecordType.DOCUMENT.value],
}


async def retrieve(plan: Plan, res: Resources, limit: int = 8) -> list[Evidence]:
    orgs = scope.organizations(plan, res.allowed)
    if plan.intent == "similar":  # across every organization the caller may see
        orgs = [] if plan.out_of_scope else list(res.allowed)
    if not orgs:
        return []
    vector = await asyncio.to_thread(res.embedder.embed_query, plan.query)
    types = None if plan.broadened else _TYPES.get(plan.intent)
    hits = await res.stores.vector.search(plan.query, vector, orgs, record_types=types, limit=limit)
    return [
        Evidence(
            source_id=hit.chunk_id,
            organization_id=hit.organization_id,
            record_type=RecordType(hit.record_type),
            title=hit.title,
            text=hit.text,
            score=hit.score,
            retriever="vector",
        )
        for hit in hits
    ]
