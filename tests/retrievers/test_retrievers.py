"""The retrievers on the ingested sample MSP, one plan at a time (no planner, no graph): what
each reads for a plan, and that none reads outside the organizations in reach."""

from __future__ import annotations

from datetime import date

from langgraph.runtime import Runtime

from core.embeddings import Embedder
from core.models import Evidence, RecordType, Snapshot
from core.state import Plan
from retrievers import evidence, fusion, graph, scope, sql, vector
from retrievers.context import Resources, resources, scoped
from stores import Stores

ACME, HARBOR = 7, 1


async def _in_reach(stores: Stores, embedder: Embedder, *orgs: int) -> Resources:
    context = await scoped(stores, orgs or None, embedder=embedder, today=date(2026, 6, 1))
    return await resources(Runtime(context=context))


def _device(snapshot: Snapshot, name: str) -> str:
    return next(c for c in snapshot.configurations if c.name == name).source_id


def test_scope_narrows_the_allow_list_to_the_organizations_named() -> None:
    allowed = [1, 2, 7]
    assert scope.organizations(Plan(intent="lookup"), allowed) == allowed
    assert scope.organizations(Plan(intent="lookup", organization_ids=[7, 9]), allowed) == [7]
    assert scope.organizations(Plan(intent="lookup", out_of_scope=True), allowed) == []


def _item(source_id: str, text: str, retriever: str = "sql") -> Evidence:
    return Evidence(
        source_id=source_id,
        organization_id=1,
        record_type=RecordType.CONFIGURATION,
        title=source_id,
        text=text,
        retriever=retriever,
    )


def test_fusion_ranks_what_several_retrievers_found_first_and_keeps_one_per_source() -> None:
    a, b, c = _item("configuration:1", "A"), _item("configuration:2", "B"), _item("document:3", "C")
    fused = fusion.fuse([[a, b], [_item("configuration:2", "B more", "vector"), c]])
    assert [e.source_id for e in fused] == ["configuration:2", "configuration:1", "document:3"]
    assert fused[0].text == "B\nB more" and fused[0].retriever == "sql,vector"
    assert len(fusion.fuse([[a, b, c]], top_k=2)) == 2


async def test_sql_reads_the_device_asked_about_with_its_fields(
    sample: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    dc01 = _device(sample_snapshot, "ACME-DC01")
    plan = Plan(intent="lookup", devices=[dc01], attribute="primary_ip", retrievers=["sql"])
    found = await sql.retrieve(plan, await _in_reach(sample, embedder))
    item = next(e for e in found if e.source_id == dc01)
    truth = next(c for c in sample_snapshot.configurations if c.source_id == dc01)
    assert item.fields["primary_ip"] == truth.primary_ip and "Acme Logistics" in item.text
    assert await sql.retrieve(plan, await _in_reach(sample, embedder, HARBOR)) == []


async def test_sql_counts_come_from_the_store_not_from_a_cut_list(
    sample: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    plan = Plan(intent="list", organization_ids=[ACME], config_types=["Workstation"])
    found = await sql.retrieve(plan, await _in_reach(sample, embedder))
    truth = sum(
        1
        for c in sample_snapshot.configurations
        if c.organization_id == ACME and c.configuration_type == "Workstation"
    )
    assert f"Workstation: {truth}." in found[0].text
    assert found[0].fields["counts"]["Workstation"] == truth


async def test_the_graph_walks_a_device_s_dependencies_inside_the_scope(
    sample: Stores, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    dc01 = _device(sample_snapshot, "ACME-DC01")
    plan = Plan(intent="dependencies", devices=[dc01], direction="neighbors")
    found = await graph.retrieve(plan, await _in_reach(sample, embedder))
    assert found and all(e.organization_id == ACME for e in found)
    assert await graph.retrieve(plan, await _in_reach(sample, embedder, HARBOR)) == []


async def test_vector_search_finds_the_runbook_and_all_its_sections(
    sample: Stores, embedder: Embedder
) -> None:
    plan = Plan(intent="howto", query="restart the print spooler", organization_ids=[HARBOR])
    found = await vector.retrieve(plan, await _in_reach(sample, embedder))
    documents = [e for e in found if e.record_type is RecordType.DOCUMENT]
    assert documents and all(e.organization_id == HARBOR for e in found)
    assert any("spooler" in e.text.lower() for e in documents)
    top = documents[0].source_id.split("#", 1)[0]
    assert len({e.source_id for e in found if e.source_id.startswith(top)}) > 1  # every section


def test_evidence_carries_the_record_s_fields_and_organization(
    sample_snapshot: Snapshot,
) -> None:
    record = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    (item, *_) = evidence.from_record(record, {ACME: "Acme Logistics"}, "sql")
    assert item.source_id == record.source_id and item.organization_id == ACME
    assert item.fields["serial_number"] == record.serial_number
    assert "Acme Logistics" in item.text
