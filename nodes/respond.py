"""respond: the validated answer with numbered citations, or "No data available" with what was
searched."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from core.state import NO_DATA, Citation, State, Turn
from nodes._timing import timed
from retrievers.context import Context, resources


@timed("respond")
async def respond(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    assert state.plan is not None
    res = await resources(runtime)
    by_id = {e.source_id: e for e in state.evidence}
    kept = [v for v in state.verdicts if v.supported]
    numbers: dict[str, int] = {}
    sentences = []
    for v in kept:
        marks = []
        for sid in v.citations:
            numbers.setdefault(sid, len(numbers) + 1)
            marks.append(f"[{numbers[sid]}]")
        body = v.claim.rstrip()
        end = body[-1] if body[-1:] in ".!?:" else "."
        sentences.append(f"{body.rstrip('.!?:')} {''.join(marks)}{end}")
    orgs = sorted(
        {by_id[s].organization_id for s in numbers if s in by_id} | set(state.plan.organization_ids)
    )
    names = {o: res.names[o] for o in orgs if o in res.names}
    citations = [
        Citation(
            source_id=sid,
            title=by_id[sid].title,
            organization_id=by_id[sid].organization_id,
            organization=names.get(by_id[sid].organization_id, ""),
            url=by_id[sid].url,
        )
        for sid in numbers
        if sid in by_id
    ]
    plan = state.plan
    if plan.organization_ids:
        scope = ", ".join(names.get(o, str(o)) for o in plan.organization_ids)
    elif 0 < len(res.allowed) <= 3:  # a request (or key) for a few: named, as they were asked
        scope = ", ".join(res.names.get(o, str(o)) for o in res.allowed)
    else:  # out of scope too: worded as a name found nowhere
        scope = "all organizations in scope"
    searched = [
        f"intent {plan.intent} in {scope}",
        f"retrievers {', '.join(plan.retrievers)} ({state.attempt + 1} attempt(s))",
    ]
    if sentences:  # what was read and dropped; not on "No data", where an organization the
        # caller may not see (never searched) would show as 0 items and tell itself apart
        removed = len(state.verdicts) - len(kept)
        searched.append(f"{len(state.evidence)} evidence items, {removed} claims removed")
    since = f"since {plan.window_start}" if plan.window_start else "since the last sync"
    if plan.window_start and plan.window_end:
        searched.append(f"window {plan.window_start} to {plan.window_end}")
    elif plan.intent == "changes":
        searched.append(f"change log {since}")
    if sentences:
        gaps = "; ".join(state.missing)
        answer = " ".join(sentences) + (f" Not documented: {gaps}." if gaps else "")
        answer += "".join(f" {note[:1].upper()}{note[1:]}." for note in state.notes)
    else:
        reasons = list(state.missing)
        if not reasons and plan.intent == "expiry" and plan.window_start and plan.window_end:
            kinds = ", ".join(plan.asset_types) or "record"
            reasons.append(
                f"no {kinds} in {scope} expires between {plan.window_start} and {plan.window_end}"
            )
        if not reasons and plan.intent == "changes":
            reasons.append(f"no change to the records of {scope} was logged {since}")
        if not reasons:
            where = "you may see" if not plan.organization_ids else f"of {scope}"
            reasons.append(f"nothing in the documentation {where} answers this question")
        answer = f"{NO_DATA}: {'; '.join(dict.fromkeys(reasons))}."
    confidence = 0.0
    if state.verdicts and kept:
        confidence = round(
            len(kept) / len(state.verdicts) * min(1.0, sum(v.score for v in kept) / len(kept)), 3
        )
    turn = Turn(question=state.question, plan=plan, answer=answer, citations=list(numbers))
    return {
        "answer": answer,
        "found": bool(sentences),
        "sentences": sentences,
        "citations": citations,
        "confidence": confidence,
        "searched": searched,
        "history": [*state.history, turn][-10:],
    }
