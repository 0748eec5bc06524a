"""Reciprocal rank fusion across retrievers, de-duplicated by source id."""

from __future__ import annotations

from collections.abc import Sequence

from core.models import Evidence

K = 60


def fuse(ranked: Sequence[Sequence[Evidence]], top_k: int = 30) -> list[Evidence]:
    """Merge ranked lists: score = Σ 1/(K + rank); one item per source id (texts joined)."""
    scores: dict[str, float] = {}
    items: dict[str, Evidence] = {}
    for results in ranked:
        for rank, item in enumerate(results):
            scores[item.source_id] = scores.get(item.source_id, 0.0) + 1.0 / (K + rank + 1)
            known = items.get(item.source_id)
            if known is None:
                items[item.source_id] = item.model_copy()
            elif item.text not in known.text:
                known.text = f"{known.text}\n{item.text}"
                known.fields = {**item.fields, **known.fields}
                known.retriever = ",".join(sorted({*known.retriever.split(","), item.retriever}))
    order = sorted(items, key=lambda sid: -scores[sid])
    return [items[s].model_copy(update={"score": round(scores[s], 5)}) for s in order[:top_k]]
