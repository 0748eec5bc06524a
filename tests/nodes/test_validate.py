"""The validate node on its own: what it refuses before any claim check (no citation, a
source that was not retrieved, a record the question did not ask about) and that the claim
checks are `verify.check.verdicts`' (the same verdicts, one batch)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from core.embeddings import Embedder
from core.state import Ask, Claim, Plan, State
from nodes.validate import validate
from retrievers.context import Context
from stores import Stores
from tests.records import cited
from verify.check import verdicts

DC01 = cited(
    "configuration:1",
    "ACME-DC01",
    "ACME-DC01 (Server) at Acme Logistics. Primary IP: 10.7.10.15. OS: Windows Server 2022.",
    {"name": "ACME-DC01", "primary_ip": "10.7.10.15", "operating_system": "Windows 2022"},
)
DC02 = DC01.model_copy(
    update={
        "source_id": "configuration:2",
        "title": "ACME-DC02",
        "text": "ACME-DC02 (Server) at Acme Logistics. Primary IP: 10.7.10.20.",
        "fields": {"name": "ACME-DC02", "primary_ip": "10.7.10.20"},
    }
)


async def _validated(
    claims: list[Claim], plan: Plan, stores: Stores, embedder: Embedder
) -> list[Any]:
    state = State(question="q", plan=plan, evidence=[DC01, DC02], claims=claims)
    context = Context(
        organization_ids=(7,), organization_names={7: "Acme"}, stores=stores, embedder=embedder
    )
    runtime = Runtime(context=context)
    out = await validate(state, runtime)
    return list(out["verdicts"])


async def test_what_is_refused_before_any_claim_check(sample: Stores, embedder: Embedder) -> None:
    plan = Plan(intent="lookup", asks=[Ask(targets=["configuration:1"])])
    claims = [
        Claim(text="ACME-DC01 has primary IP 10.7.10.15."),
        Claim(text="ACME-DC01 has primary IP 10.7.10.15.", citations=["configuration:9"]),
        Claim(text="ACME-DC02 has primary IP 10.7.10.20.", citations=["configuration:2"]),
        Claim(text="ACME-DC01 has primary IP 10.7.10.15.", citations=["configuration:1"]),
    ]
    said = await _validated(claims, plan, sample, embedder)
    assert [v.reason for v in said[:3]] == [
        "cites no evidence",
        "cites sources that were not retrieved: ['configuration:9']",
        "not about the records the question asks about",
    ]
    assert [v.supported for v in said] == [False, False, False, True]


async def test_the_claim_checks_are_the_check_claims_verdicts(
    sample: Stores, embedder: Embedder
) -> None:
    claims = [
        Claim(text="ACME-DC01 has primary IP 10.7.10.15.", citations=["configuration:1"]),
        Claim(
            text="ACME-DC01 has primary IP 10.7.10.20.",
            citations=["configuration:1", "configuration:2"],
        ),
        Claim(text="ACME-DC01 has primary IP 10.7.10.1.", citations=["configuration:1"]),
        Claim(text="ACME-DC01 runs Windows Server 2022.", citations=["configuration:1"]),
    ]
    said = await _validated(claims, Plan(intent="overview"), sample, embedder)
    by_id = {"configuration:1": DC01, "configuration:2": DC02}
    expected = verdicts([(c.text, [by_id[s] for s in c.citations]) for c in claims], embedder)
    assert [(v.supported, v.reason, v.score) for v in said] == [
        (e.supported, e.reason, e.score) for e in expected
    ]
    assert [v.supported for v in said] == [True, False, False, True]
