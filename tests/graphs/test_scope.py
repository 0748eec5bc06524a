"""Organization scoping and failure isolation: a caller allowed only organization A never sees
B's evidence, and one failing retriever does not fail the answer."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any, cast

import pytest

from core.embeddings import Embedder
from core.models import Snapshot
from core.state import NO_DATA
from graphs.rag import graph
from retrievers.context import Context, scoped
from stores import Stores
from stores.sql_read import SqlReader
from stores.vector import VectorStore
from sync.demo.sample import REFERENCE_DATE
from tests.graphs.conftest import ask, config_named


async def _evidence_orgs(question: str, context: Context) -> tuple[set[int], dict[str, Any]]:
    """Every organization any retriever or fusion returned evidence from, and the output."""
    orgs: set[int] = set()
    async for update in graph.astream(
        {"question": question}, context=context, stream_mode="updates"
    ):
        for change in update.values():
            retrievals = (change or {}).get("retrievals")
            for retrieval in retrievals if isinstance(retrievals, list) else []:
                orgs |= {e.organization_id for e in retrieval.evidence}
            orgs |= {e.organization_id for e in (change or {}).get("evidence", []) or []}
    out = await ask(question, context)
    return orgs, out


async def test_a_caller_of_one_organization_never_sees_another(ctx: Context) -> None:
    only_harbor = dataclasses.replace(ctx, organization_ids=(1,))
    for question in (
        "What is the IP address of ACME-DC01?",  # the answer exists only in Acme Logistics
        "Which passwords exist for the Acme Logistics firewall?",  # names organization 7
        "Give me an overview of Acme Logistics",
    ):
        orgs, out = await _evidence_orgs(question, only_harbor)
        assert orgs <= {1}, question
        assert out["answer"].startswith(NO_DATA), question
    orgs, out = await _evidence_orgs(
        "Which passwords exist for the Acme Logistics firewall?", only_harbor
    )
    assert out["plan"].out_of_scope


async def test_cross_organization_questions_stay_inside_the_allow_list(ctx: Context) -> None:
    two = dataclasses.replace(ctx, organization_ids=(1, 2))
    orgs, out = await _evidence_orgs(
        "Has any other client had a similar print spooler problem?", two
    )
    assert orgs <= {1, 2} and out["found"]
    assert {c.organization_id for c in out["citations"]} <= {1, 2}
    orgs, out = await _evidence_orgs("Which SSL certificates expire in the next 365 days?", two)
    assert orgs <= {1, 2} and out["found"]


class _DownVector:
    backend = "down"

    async def search(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("vector store is down")


class _SlowVector:
    backend = "slow"

    async def search(self, *args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(5)
        return []


async def test_a_failing_retriever_does_not_fail_the_answer(
    ctx: Context, sample: Stores, sample_snapshot: Snapshot
) -> None:
    dc = config_named(sample_snapshot, "ACME-DC01")
    broken = dataclasses.replace(
        ctx, stores=dataclasses.replace(sample, vector=cast(VectorStore, _DownVector()))
    )
    question = "Give me an overview of Acme Logistics"  # SQL and vector both run
    out = await ask(question, broken)
    assert out["found"] and "Acme Logistics" in out["answer"]
    assert out["retrieval_errors"] == [
        "vector retriever failed: RuntimeError: vector store is down"
    ]
    slow = dataclasses.replace(
        ctx,
        stores=dataclasses.replace(sample, vector=cast(VectorStore, _SlowVector())),
        retriever_timeout=0.3,
    )
    out = await ask(question, slow)
    assert out["found"] and out["retrieval_errors"] == ["vector retriever timed out after 0.3s"]
    grounded = await ask("What is the IP address of ACME-DC01?", broken)  # SQL alone answers it
    assert grounded["found"] and dc.primary_ip and dc.primary_ip in grounded["answer"]


async def test_an_organization_outside_the_scope_reads_like_one_that_does_not_exist(
    ctx: Context,
) -> None:
    """A key limited to Harbor & Lane asking about Acme (which exists) gets the same answer and
    the same `searched` lines as for a name found nowhere: the key learns nothing about Acme."""
    only_harbor = dataclasses.replace(ctx, organization_ids=(1,))
    for template in (
        "What is the firewall IP at {}?",
        "Which passwords exist for the {} firewall?",
        "Who is the primary contact at {}?",
    ):
        exists = await ask(template.format("Acme"), only_harbor)
        nowhere = await ask(template.format("Zebrafish"), only_harbor)
        assert exists["answer"].startswith(NO_DATA), template
        assert exists["answer"].replace("acme", "zebrafish") == nowhere["answer"], template
        assert exists["searched"] == nowhere["searched"], template


async def test_the_entry_point_resolves_the_scope_and_no_node_reads_it_again(
    sample: Stores, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = await scoped(sample, (7,), embedder=embedder, today=REFERENCE_DATE)
    assert context.organization_names == {7: "Acme Logistics"}
    await ask("What is the IP address of ACME-DC01?", context)  # the catalog is built once
    calls: list[str] = []
    for name in ("organizations", "all_organization_ids"):
        original = getattr(SqlReader, name)

        async def counted(self: SqlReader, *args: Any, _n: str = name, _f: Any = original) -> Any:
            calls.append(_n)
            return await _f(self, *args)

        monkeypatch.setattr(SqlReader, name, counted)
    out = await ask("Which OS does ACME-DC01 run, and what is its IP address?", context)
    assert out["found"] and {c.organization_id for c in out["citations"]} == {7}
    assert calls == []
