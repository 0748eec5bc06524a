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
from verify.facts import readable_text
from verify.support import SETTLED, SUPPORTED, Encoder, scores, stated, threshold, weak_support


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


def verdicts(
    items: Sequence[tuple[str, Sequence[Evidence]]], encoder: Encoder
) -> list[ClaimVerdict]:
    """Each claim against the evidence it cites, the support scores in one embedding pass: its
    facts must be the records' (`verify.claims.rejection`); a claim stating the values of the
    records it is about is settled (`verify.support.stated`); any other is weighed by the
    support score of those records' text."""
    out: list[ClaimVerdict | None] = []
    weighed: list[tuple[int, str, str]] = []
    for n, (claim, cited) in enumerate(items):
        if not re.search(r"[^\W_]", claim):
            out.append(ClaimVerdict(False, 0.0, "the claim says nothing"))
        elif not cited:
            out.append(ClaimVerdict(False, 0.0, "cites no evidence"))
        elif failed := rejection(claim, cited, about := subjects(claim, cited)):
            out.append(ClaimVerdict(False, 0.0, failed))
        elif stated(claim, about):
            out.append(ClaimVerdict(True, 1.0, SETTLED))
        else:
            out.append(None)
            weighed.append((n, claim, readable_text(about)))
    probabilities = scores([(c, t) for _, c, t in weighed], encoder) if weighed else []
    for (n, _, _), score in zip(weighed, probabilities, strict=True):
        if score < threshold():
            out[n] = ClaimVerdict(False, round(score, 3), weak_support(score))
        else:
            out[n] = ClaimVerdict(True, round(score, 3), SUPPORTED)
    return [v for v in out if v is not None]


def check(claim: str, cited: Sequence[Evidence], encoder: Encoder) -> ClaimVerdict:
    """One claim against the evidence it cites (`verdicts`)."""
    return verdicts([(claim, cited)], encoder)[0]
