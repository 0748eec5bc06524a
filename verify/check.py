"""One claim against the evidence given with it: the validator's checks as a product feature
(`itglue-rag check-claims`, `POST /v1/verify`, the `verify_claims` tool). The same rules as the
validate node: facts as whole tokens of the records the claim is about, the field it names, the
count of what it lists, no added negation (`verify.claims`); then the support score of the
cited text for the claim (`verify.support`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from core.models import Evidence, RecordType
from verify.claims import rejection, subjects
from verify.facts import cited_text
from verify.support import SETTLED, SUPPORTED, Embed, scores, stated, threshold, weak_support


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


def check(claim: str, cited: Sequence[Evidence], embed: Embed) -> ClaimVerdict:
    if not re.search(r"[^\W_]", claim):
        return ClaimVerdict(False, 0.0, "the claim says nothing")
    if not cited:
        return ClaimVerdict(False, 0.0, "cites no evidence")
    failed = rejection(claim, cited)
    if failed:
        return ClaimVerdict(False, 0.0, failed)
    about = subjects(claim, cited)
    if stated(claim, about):
        return ClaimVerdict(True, 1.0, SETTLED)
    score = scores([(claim, cited_text(about))], embed)[0]
    if score < threshold():
        return ClaimVerdict(False, round(score, 3), weak_support(score))
    return ClaimVerdict(True, round(score, 3), SUPPORTED)
