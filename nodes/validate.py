"""validate: keep only the claims the cited evidence supports; say why the others went.

A claim must cite retrieved evidence; every checkable fact in it must be in that evidence
(`verify/claims.py`); it may not add a negation the evidence lacks; unless it states the
values of the structured records it cites, the support score of the cited text for it must
reach its threshold (`verify/support.py`); and with a model configured, a judge must call it
supported."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

from langgraph.runtime import Runtime

from graphs.context import Context, resources
from graphs.state import Claim, State, Verdict
from nodes._timing import timed
from verify.claims import rejection, subjects
from verify.facts import cited_text
from verify.support import SETTLED, SUPPORTED, scores, stated, threshold, weak_support

log = logging.getLogger(__name__)

JUDGE = """For each numbered claim, say whether the evidence it cites supports it.
Return only JSON: {{"supported": [true or false, one per claim, in order]}}

{items}"""


async def _judge(model: Any, pairs: list[tuple[Claim, str]]) -> list[bool] | None:
    items = "\n\n".join(
        f"{n}. Claim: {c.text}\nEvidence: {text[:1500]}" for n, (c, text) in enumerate(pairs, 1)
    )
    try:
        reply = await model.ainvoke(JUDGE.format(items=items))
        match = re.search(r"\{.*\}", str(reply.content), re.S)
        verdicts = json.loads(match[0])["supported"] if match else None
    except Exception as exc:  # the judge is an extra check; without it the others stand
        log.warning("judge failed (%s); keeping the rule-based verdicts", exc)
        return None
    if not isinstance(verdicts, list) or len(verdicts) != len(pairs):
        log.warning("judge answered %r; keeping the rule-based verdicts", verdicts)
        return None
    return [bool(v) for v in verdicts]


@timed("validate")
async def validate(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    res = await resources(runtime)
    by_id = {e.source_id: e for e in state.evidence}
    verdicts: list[Verdict] = []
    pending: list[tuple[int, Claim, str]] = []  # facts passed
    weighed: list[tuple[int, Claim, str]] = []  # of those, the ones the support score weighs
    asked = {t for ask in state.plan.asks for t in ask.targets} if state.plan else set()
    focused = bool(asked) and state.plan is not None and state.plan.intent == "lookup"
    for claim in state.claims:
        cited = [by_id[c] for c in claim.citations if c in by_id]

        def verdict(ok: bool, reason: str, score: float = 0.0, c: Claim = claim) -> Verdict:
            return Verdict(
                claim=c.text, citations=c.citations, supported=ok, reason=reason, score=score
            )

        if not claim.citations:
            verdicts.append(verdict(False, "cites no evidence"))
            continue
        if len(cited) < len(claim.citations):
            unknown = sorted(set(claim.citations) - by_id.keys())
            verdicts.append(verdict(False, f"cites sources that were not retrieved: {unknown}"))
            continue
        if focused and not asked & {c.split("#", 1)[0] for c in claim.citations}:
            verdicts.append(verdict(False, "not about the records the question asks about"))
            continue
        about = subjects(claim.text, cited)  # support from what it is about
        failed = rejection(claim.text, cited)
        if failed:
            verdicts.append(verdict(False, failed))
            continue
        settled = stated(claim.text, about)
        verdicts.append(verdict(True, SETTLED if settled else SUPPORTED, 1.0))
        pending.append((len(verdicts) - 1, claim, cited_text(about)))
        if not settled:
            weighed.append(pending[-1])

    if weighed:
        probabilities = await asyncio.to_thread(
            scores, [(c.text, t) for _, c, t in weighed], res.embedder.embed
        )
        for (i, _, _), probability in zip(weighed, probabilities, strict=True):
            verdicts[i].score = probability
            if probability < threshold():
                verdicts[i].supported, verdicts[i].reason = False, weak_support(probability)
    if res.model is not None:
        kept = [(i, c, t) for i, c, t in pending if verdicts[i].supported]
        judged = await _judge(res.model, [(c, t) for _, c, t in kept]) if kept else None
        for (i, _, _), ok in zip(kept, judged or [], strict=False):
            if not ok:
                verdicts[i].supported = False
                verdicts[i].reason = "the judge found it unsupported by the cited evidence"
    for v in verdicts:
        v.score = round(v.score, 3)
    return {"verdicts": verdicts}
