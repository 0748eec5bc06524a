"""The vector retriever: hybrid (dense MiniLM + BM25) search over the chunks in reach."""

from __future__ import annotations

import asyncio

from core.models import Evidence, RecordType
from core.state import Intent, Plan
from retrievers import evidence, scope
from retrievers.context import Resources

WHOLE_DOCUMENTS = 2
"""Top-ranked runbooks a how-to answer reads in full."""

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
    hits = sorted(hits, key=lambda h: (-round(h.score, 6), h.chunk_id))
    found = [evidence.from_hit(hit) for hit in hits]
    if plan.intent == "howto" and found:
        found += await _whole_documents(found, orgs, res)
    return found


async def _whole_documents(
    found: list[Evidence], orgs: list[int], res: Resources
) -> list[Evidence]:
    """Every section of the best-ranked runbooks, so an answer gives all their steps and not
    the one section that matched ("Symptoms" without "Restart the spooler")."""
    ids: list[int] = []
    for item in found:
        if item.record_type is RecordType.DOCUMENT:
            doc = int(item.source_id.split(":", 1)[1].split("#", 1)[0])
            if doc not in ids:
                ids.append(doc)
    records = await res.stores.sql.read.records(RecordType.DOCUMENT, ids[:WHOLE_DOCUMENTS], orgs)
    names = {o: res.names[o] for o in orgs if o in res.names}
    known = {e.source_id for e in found}
    out = []
    for record in sorted(records, key=lambda r: ids.index(r.id)):
        for item in evidence.from_record(record, names, "vector", 0.0):
            if item.source_id not in known:
                out.append(item)
    return out
