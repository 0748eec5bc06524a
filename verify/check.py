"""One claim against the evidence given with it: the validator's checks as a product feature
(`itglue-rag check-claims`). The same rules as the validate node: facts as whole tokens of the
records the claim is about, the field it names, the count of what it lists, no added negation;
then support from content-word coverage, else embedding similarity."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from core.models import Evidence, RecordType
from verify.claims import (
    COVERAGE_MIN,
    SIMILARITY_CHARS,
    cited_text,
    coverage,
    rejection,
    subjects,
    weak_support,
)

Embed = Callable[[list[str]], list[list[float]]]


@dataclass(frozen=True)
class ClaimVerdict:
    supported: bool
    score: float
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def evidence_of(items: Sequence[Mapping[str, Any]]) -> list[Evidence]:
    """Evidence from `{"source_id"?, "title"?, "text", "fields"?}` objects (ValueError when
    one is not such an object)."""
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
            raise ValueError(f"evidence {n}: needs a 'text' string")
        fields = item.get("fields") or {}
        if not isinstance(fields, Mapping):
            raise ValueError(f"evidence {n}: 'fields' must be an object")
        out.append(
            Evidence(
                source_id=str(item.get("source_id") or f"evidence:{n}"),
                organization_id=0,
                record_type=RecordType.DOCUMENT,
                title=str(item.get("title") or ""),
                text=item["text"],
                fields=dict(fields),
            )
        )
    return out


def check(claim: str, cited: Sequence[Evidence], embed: Embed | None = None) -> ClaimVerdict:
    if not claim.strip():
        return ClaimVerdict(False, 0.0, "the claim is empty")
    if not cited:
        return ClaimVerdict(False, 0.0, "cites no evidence")
    failed = rejection(claim, cited)
    if failed:
        return ClaimVerdict(False, 0.0, failed)
    text = cited_text(subjects(claim, cited))
    covered = coverage(claim, text)
    if covered >= COVERAGE_MIN or embed is None:
        ok = covered >= COVERAGE_MIN
        reason = "facts found in the cited evidence" if ok else "weak support (words covered)"
        return ClaimVerdict(ok, round(covered, 3), reason)
    a, b = embed([claim, text[:SIMILARITY_CHARS]])
    similarity = sum(x * y for x, y in zip(a, b, strict=True))
    failed = weak_support(covered, similarity)
    score = round(max(covered, similarity), 3)
    return ClaimVerdict(not failed, score, failed or "facts found in the cited evidence")
