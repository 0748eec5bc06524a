"""A chat model's plan, grounded by the same resolver as the rules'.

The model reads the question and proposes, through structured output, its intent and what it
names — organizations, records (hostnames, roles, products, people, sites), the fields asked
for, a date window. It never sees the account's records: every name it proposes is grounded in
the caller's catalog exactly as a typed question would be, so it can only point at records the
caller may read. A proposal that does not validate, or names nothing the rules can ground,
leaves the rules' plan in place.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from core.state import Intent, Plan, Turn
from understand import rules
from understand.catalog import Catalog
from understand.organizations import organizations
from understand.plans import retrievers_for
from understand.reading import MAX_TARGETS, unfound
from understand.spelling import question_words

log = logging.getLogger(__name__)

PROMPT = """You plan retrieval for an MSP engineer's question about client IT documentation
(IT Glue: organizations, configurations, flexible assets, contacts, locations, passwords,
documents). Today is {today}. Return the plan for this question; name things exactly as the
question does (do not invent names).

Question: {question}"""


class Proposal(BaseModel):
    """The plan for answering one question."""

    intent: Intent = Field(
        description="lookup, credential, dependencies, howto, list, expiry, similar, overview, "
        "changes (what changed in the documentation since a day: window_start is that day)"
    )
    organizations: list[str] = Field(
        default_factory=list, description="Organizations the question names, as written"
    )
    mentions: list[str] = Field(
        default_factory=list,
        description="Records the question names: hostnames, roles ('the file server'), "
        "products ('Microsoft 365'), people, titles, sites — one per record asked about",
    )
    attributes: list[str] = Field(
        default_factory=list,
        description="Fields asked for, in plain words: 'public IP', 'serial number', "
        "'renewal date', 'email'",
    )
    direction: Literal["downstream", "upstream", "path", "neighbors"] | None = Field(
        default=None, description="For dependencies: what X needs, what needs X, path, links"
    )
    window_start: date | None = None
    window_end: date | None = None


def _grounded_text(proposal: Proposal, mention: str) -> str:
    fields = " and ".join(proposal.attributes)
    orgs = " ".join(proposal.organizations)
    return " ".join(
        x for x in (fields, "of" if fields else "", mention, "at" if orgs else "", orgs) if x
    )


async def propose(model: Any, question: str, today: date) -> Proposal:
    structured = model.with_structured_output(Proposal)
    reply = await structured.ainvoke(PROMPT.format(today=today.isoformat(), question=question))
    return reply if isinstance(reply, Proposal) else Proposal.model_validate(reply)


def ground(
    proposal: Proposal,
    question: str,
    catalog: Catalog,
    allowed: Collection[int],
    today: date,
    rules_plan: Plan,
    previous: Turn | None = None,
) -> Plan:
    """The model's plan with its mentions grounded in the caller's catalog."""
    tokens = question_words(" ".join(proposal.organizations))
    orgs, out_of_scope, _ = organizations(catalog, tokens, allowed)
    if proposal.organizations and not orgs and not out_of_scope:
        raise ValueError(f"organizations not found: {proposal.organizations}")
    if out_of_scope:  # the model named an organization the caller may not see
        plan = rules_plan.model_copy(deep=True)
        plan.source, plan.out_of_scope, plan.asks = "model", True, []
        plan.organization_ids, plan.devices = [], []
        plan.unresolved = [unfound(" ".join(proposal.organizations))]
        return plan
    asks = []
    unresolved: list[str] = []
    for mention in proposal.mentions:
        part = rules.plan_question(
            _grounded_text(proposal, mention), catalog, allowed, today, previous
        )
        unresolved += part.unresolved
        asks += part.asks
    plan = rules_plan.model_copy(deep=True)
    plan.source = "model"
    plan.intent = proposal.intent
    if proposal.organizations:
        plan.organization_ids, plan.out_of_scope = orgs, out_of_scope
    if asks:
        plan.asks = asks
        plan.devices = [
            t
            for a in asks
            for t in a.targets
            if t.startswith(("configuration:", "flexible_asset:"))
        ][:MAX_TARGETS]
    plan.unresolved = list(dict.fromkeys(unresolved))
    if proposal.direction:
        plan.direction = proposal.direction
    if proposal.window_start and proposal.window_end:
        plan.window_start, plan.window_end = proposal.window_start, proposal.window_end
    elif plan.intent == "changes" and proposal.window_start:  # "since Monday": no end
        plan.window_start = proposal.window_start
    if plan.intent in ("lookup", "credential") and not plan.asks and not plan.unresolved:
        if not rules_plan.asks:
            raise ValueError("the proposal names nothing that grounds")
        plan.asks = rules_plan.asks
    plan.retrievers = retrievers_for(plan)
    return plan


async def plan_with_model(
    model: Any,
    question: str,
    catalog: Catalog,
    allowed: Collection[int],
    today: date,
    rules_plan: Plan,
    previous: Turn | None = None,
) -> Plan:
    """The model's grounded plan, or the rules' plan when the model's is unusable."""
    try:
        proposal = await propose(model, question, today)
        return ground(proposal, question, catalog, allowed, today, rules_plan, previous)
    except (ValidationError, ValueError, TypeError, KeyError) as exc:
        log.info("model plan refused (%s); using the rules' plan", exc)
    except Exception as exc:  # the model failed to answer: the rules still do
        log.warning("model planner failed (%s); using the rules' plan", exc)
    return rules_plan
