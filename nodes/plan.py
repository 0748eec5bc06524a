"""plan: intent, entities and retrievers for the question.

The rules always run. With a model in the context, Claude is asked for the plan as JSON; a
reply that does not validate (or names organizations or devices outside the caller's scope)
falls back to the rules' plan."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from langgraph.runtime import Runtime
from pydantic import ValidationError

from graphs.context import Context, resources
from graphs.state import RESET, Plan, State
from nodes._timing import timed
from nodes.planning import plan_question

log = logging.getLogger(__name__)

PROMPT = """You plan retrieval for questions about an MSP's IT documentation.
Return only a JSON object with these keys:
intent: one of lookup, credential, dependencies, howto, list, expiry, similar, overview
organization_ids: ids of organizations the question names, chosen from {orgs}
devices: source ids of configurations the question names, chosen from {devices}
attribute: one of primary_ip, public_ip, mac_address, serial_number, operating_system, model,
  manufacturer, warranty_expires_at, asset_tag, hostname, location, or null
config_types, asset_types: lists of type names; direction: downstream, upstream or path
window_start, window_end: ISO dates for expiry questions (today is {today}) or null
query: search text; retrievers: subset of ["sql", "graph", "vector"]
Question: {question}"""


def _json(text: str) -> dict[str, Any]:
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        raise ValueError("no JSON object in the reply")
    data = json.loads(match[0])
    if not isinstance(data, dict):
        raise ValueError("the reply is not a JSON object")
    return data


async def _model_plan(
    model: Any, question: str, rules: Plan, allowed: tuple[int, ...], today: str
) -> Plan:
    reply = await model.ainvoke(
        PROMPT.format(
            orgs=list(allowed)[:200],
            devices=rules.devices or "[]",
            today=today,
            question=question,
        )
    )
    plan = Plan.model_validate({**_json(str(reply.content)), "source": "model"})
    if any(o not in allowed for o in plan.organization_ids):
        raise ValueError("the plan names organizations outside the caller's scope")
    if any(d not in rules.devices for d in plan.devices):
        raise ValueError("the plan names devices the question does not")
    plan.out_of_scope = rules.out_of_scope
    return plan


@timed("plan")
async def plan(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    res = await resources(runtime)
    read = res.stores.sql.read
    known = await read.all_organization_ids()
    organizations = await read.organizations(known)
    configurations = await read.configuration_names(res.allowed)
    previous = state.history[-1] if state.history else None
    chosen = plan_question(
        state.question, organizations, res.allowed, configurations, res.today, previous
    )
    if res.model is not None:
        try:
            chosen = await _model_plan(
                res.model, state.question, chosen, res.allowed, res.today.isoformat()
            )
        except (ValidationError, ValueError, TypeError) as exc:
            log.info("model plan refused (%s); using the rules' plan", exc)
        except Exception as exc:  # the model failed to answer: the rules still do
            log.warning("model planner failed (%s); using the rules' plan", exc)
    return {"plan": chosen, "attempt": 0, "retrievals": RESET, "retrieval_errors": []}
