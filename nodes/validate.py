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

from core.models import Evidence
from core.state import Claim, State, Verdict
from nodes._timing import timed
from retrievers.context import Context, resources
from verify import check
from verify.claims import subjects
from verify.facts import readable_text

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
    checked: list[tuple[int, Claim, list[Evidence]]] = []  # what `verify.check` decides
    asked = {t for ask in state.plan.asks for t in ask.targets} if state.plan else set()
    focused = bool(asked) and state.plan is not None and state.plan.intent == "lookup"
    for claim in state.claims:
        cited = [by_id[c] for c in claim.citations if c in by_id]
        verdicts.append(
            Verdict(claim=claim.text, citations=claim.citations, supported=False, reason="")
        )
        if not claim.citations:
            verdicts[-1].reason = "cites no evidence"
        elif len(cited) < len(claim.citations):
            unknown = sorted(set(claim.citations) - by_id.keys())
            verdicts[-1].reason = f"cites sources that were not retrieved: {unknown}"
        elif focused and not asked & {c.split("#", 1)[0] for c in claim.citations}:
            verdicts[-1].reason = "not about the records the question asks about"
        else:
            checked.append((len(verdicts) - 1, claim, cited))

    decided = await asyncio.to_thread(
        check.verdicts, [(c.text, cited) for _, c, cited in checked], res.embedder
    )
    for (i, _, _), decision in zip(checked, decided, strict=True):
        verdicts[i].supported, verdicts[i].reason = decision.supported, decision.reason
        verdicts[i].score = decision.score
    if res.model is not None:
        kept = [
            (i, c, readable_text(subjects(c.text, cited)))
            for i, c, cited in checked
            if verdicts[i].supported
        ]
        judged = await _judge(res.model, [(c, t) for _, c, t in kept]) if kept else None
        for (i, _, _), ok in zip(kept, judged or [], strict=False):
            if not ok:
                verdicts[i].supported = False
                verdicts[i].reason = "the judge found it unsupported by the cited evidence"
    return {"verdicts": verdicts}
