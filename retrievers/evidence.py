"""Records as evidence: the rendered text the vector store indexes, the fields answers quote.

Password evidence carries the entry's metadata only; the value never leaves the vault.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.models import Configuration, Document, Evidence, Record, RecordType
from stores import render
from stores.vector import VectorHit

_SKIP = {
    "value_encrypted", "value_fingerprint", "sections", "interfaces", "traits", "updated_at",
    "resource_url",  # a link, not a fact: carried as the evidence's `url`
}  # fmt: skip


def fields(record: Record) -> dict[str, Any]:
    data = record.model_dump(mode="json", exclude=_SKIP)
    if isinstance(record, Configuration):
        data["interfaces"] = [
            {"name": i.name, "ip_address": i.ip_address, "mac_address": i.mac_address}
            for i in record.interfaces
        ]
    traits = getattr(record, "traits", None)
    if traits:
        data["traits"] = {k: render.trait_text(v) for k, v in traits.items()}
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def from_record(
    record: Record, org_names: Mapping[int, str], retriever: str, score: float = 1.0
) -> list[Evidence]:
    """One evidence item per chunk of the record (documents: one per heading)."""
    out = []
    for chunk in render.chunks(record, org_names):
        out.append(
            Evidence(
                source_id=chunk.chunk_id if isinstance(record, Document) else record.source_id,
                organization_id=record.organization_id,
                record_type=record.record_type,
                title=chunk.title,
                text=chunk.text,
                fields=fields(record),
                score=score,
                retriever=retriever,
                url=record.resource_url,
            )
        )
    return out


def from_hit(hit: VectorHit, retriever: str = "vector") -> Evidence:
    """A search hit as evidence: the chunk's own text, cited by its chunk id."""
    return Evidence(
        source_id=hit.chunk_id,
        organization_id=hit.organization_id,
        record_type=RecordType(hit.record_type),
        title=hit.title,
        text=hit.text,
        score=hit.score,
        retriever=retriever,
    )
