"""Verify any text against the documentation a caller may read (`POST /v1/verify`, the MCP tool
`verify_claims`): each sentence is a claim; the evidence is found by hybrid search within the
caller's organizations (records with their fields), and the claim is checked by `verify/` — the
same checks the answers pass. A claim is supported only by records it could cite."""

from __future__ import annotations

import asyncio
import re
from collections import defaultdict
from collections.abc import Sequence

from core.models import Evidence, RecordType, SourceId
from retrievers import evidence
from server.services import Services
from server.services.schemas import CheckedClaim, VerifyResponse
from verify.check import verdicts
from verify.claims import subjects
from verify.facts import evidence_text, facts, present

MAX_CLAIMS = 50
EVIDENCE_PER_CLAIM = 5
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+")


def sentences(text: str) -> list[str]:
    """The claims of a text: its sentences and lines, without list bullets."""
    out = []
    for piece in _SENTENCE.split(text):
        claim = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", piece).strip()
        if len(claim) >= 3:
            out.append(claim)
    return out


async def _evidence(
    svc: Services,
    claim: str,
    vector: list[float],
    organizations: Sequence[int],
    names: dict[int, str],
) -> list[Evidence]:
    """The records a claim may cite: the best hybrid-search hits, each with its fields."""
    hits = await svc.stores.vector.search(
        claim, vector, list(organizations), limit=EVIDENCE_PER_CLAIM
    )
    wanted: dict[RecordType, list[int]] = defaultdict(list)
    for h in hits:
        sid = SourceId.parse(h.source_id).record
        if sid.type is not RecordType.DOCUMENT:
            wanted[sid.type].append(sid.id)
    records = {
        r.source_id: r
        for t, ids in wanted.items()
        for r in await svc.stores.sql.get_records(t, ids)
    }
    out: list[Evidence] = []
    for h in hits:
        record = records.get(h.source_id)
        if record is not None:
            out += [e for e in evidence.from_record(record, names, "vector") if e not in out]
        else:
            out.append(evidence.from_hit(h))
    return out


def _cited(claim: str, cited: Sequence[Evidence]) -> list[str]:
    """What a supported claim cites: the records it is about that hold its facts (else the
    best hit)."""
    about = subjects(claim, cited)
    stated = [value for _, value in facts(claim)]
    holding = [e for e in about if stated and all(present(v, evidence_text(e)) for v in stated)]
    return list(dict.fromkeys(e.source_id for e in (holding or about[:1])))


async def verify_text(svc: Services, text: str, organizations: Sequence[int]) -> VerifyResponse:
    claims = sentences(text)[:MAX_CLAIMS]
    read = svc.stores.sql.read
    names = {o.id: o.name for o in await read.organizations(list(organizations))}
    vectors = await asyncio.to_thread(svc.embedder.embed, claims) if organizations else None
    cited = [
        await _evidence(svc, claim, vectors[n], organizations, names) if vectors else []
        for n, claim in enumerate(claims)
    ]
    decided = await asyncio.to_thread(verdicts, list(zip(claims, cited, strict=True)), svc.embedder)
    checked = [
        CheckedClaim(
            claim=claim,
            supported=verdict.supported,
            score=verdict.score,
            reason=verdict.reason,
            citations=_cited(claim, evidence) if verdict.supported else [],
        )
        for claim, evidence, verdict in zip(claims, cited, decided, strict=True)
    ]
    return VerifyResponse(
        claims=checked,
        supported=sum(c.supported for c in checked),
        unsupported=sum(not c.supported for c in checked),
    )
