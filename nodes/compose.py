"""compose: a draft answer whose sentences cite evidence.

The deterministic composer always works; with a model, Claude writes the draft from the
numbered evidence (titles and texts only: password values are never in evidence) and must cite
source ids. A reply that is not usable falls back to the deterministic draft."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from langgraph.runtime import Runtime
from pydantic import ValidationError

from core.models import Evidence
from core.state import Claim, State
from nodes._fields import missing, notes
from nodes._timing import timed
from nodes.composing import compose as templates
from nodes.composing import unlisted_changes
from retrievers.context import Context, resources

log = logging.getLogger(__name__)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

PROMPT = """Answer the question using only the evidence below. Return only JSON:
{{"claims": [{{"text": "one factual sentence", "citations": ["source id", ...]}}]}}
Every claim must cite the source ids it comes from. Say nothing the evidence does not state.

Question: {question}

Evidence:
{evidence}"""


def render_evidence(evidence: list[Evidence]) -> str:
    return "\n\n".join(f"[{e.source_id}] {e.title}\n{e.text}" for e in evidence[:15])


async def _model_claims(model: Any, question: str, evidence: list[Evidence]) -> list[Claim]:
    reply = await model.ainvoke(
        PROMPT.format(question=question, evidence=render_evidence(evidence))
    )
    match = re.search(r"\{.*\}", str(reply.content), re.S)
    if not match:
        raise ValueError("no JSON object in the reply")
    data = json.loads(match[0])
    claims = [Claim.model_validate(c) for c in data["claims"]]
    # one claim per sentence: each is validated on its own against the same citations
    return [
        Claim(text=sentence, citations=c.citations)
        for c in claims
        for sentence in _SENTENCE_END.split(c.text.strip())
        if sentence
    ]


@timed("compose")
async def compose(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    assert state.plan is not None
    gaps = missing(state.plan, state.evidence)
    remarks = notes(state.plan) + unlisted_changes(state.plan, state.evidence)
    if not state.evidence:
        return {"claims": [], "missing": gaps, "notes": remarks}
    res = await resources(runtime)
    orgs = sorted({e.organization_id for e in state.evidence})
    names = {o: res.names[o] for o in orgs if o in res.names}
    if res.model is not None and state.plan.intent != "changes":  # the log's own sentences
        try:
            claims = await _model_claims(res.model, state.question, state.evidence)
            return {"claims": claims, "missing": gaps, "notes": remarks}
        except (ValidationError, ValueError, KeyError, TypeError) as exc:
            log.info("model draft unusable (%s); composing from templates", exc)
        except Exception as exc:
            log.warning("model composer failed (%s); composing from templates", exc)
    claims = templates(state.plan, state.evidence, names)
    return {"claims": claims, "missing": gaps, "notes": remarks}
