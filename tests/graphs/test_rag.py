"""Every intent answers from the sample MSP with citations; what is not there is not answered."""

from __future__ import annotations

from datetime import timedelta

from core.models import RelType, Snapshot
from core.state import NO_DATA
from retrievers.context import Context
from sync.demo.sample import REFERENCE_DATE
from tests.graphs.conftest import ask, config_named


def _cited(out: dict) -> set[str]:
    return {c.source_id for c in out["citations"]}


async def test_lookup_ip_of_a_named_device(ctx: Context, sample_snapshot: Snapshot) -> None:
    dc = config_named(sample_snapshot, "ACME-DC01")
    out = await ask("What is the IP address of ACME-DC01?", ctx)
    assert out["found"] and out["plan"].intent == "lookup"
    assert out["answer"] == f"ACME-DC01 has primary IP {dc.primary_ip} [1]."
    assert _cited(out) == {dc.source_id}
    assert out["citations"][0].organization == "Acme Logistics"


async def test_lookup_serial_by_short_device_name_inside_an_organization(
    ctx: Context, sample_snapshot: Snapshot
) -> None:
    fw = config_named(sample_snapshot, "NPM-FW01")
    out = await ask("What's the serial number of FW01 at Northwind Precision Manufacturing?", ctx)
    assert fw.serial_number and fw.serial_number in out["answer"]
    assert _cited(out) == {fw.source_id}


async def test_lookup_by_ip_address(ctx: Context, sample_snapshot: Snapshot) -> None:
    sql = config_named(sample_snapshot, "KAG-SQL01")
    out = await ask(f"Which device has the IP {sql.primary_ip}?", ctx)
    assert out["found"] and "KAG-SQL01" in out["answer"] and sql.source_id in _cited(out)


async def test_credentials_list_entries_never_values(
    ctx: Context, sample_snapshot: Snapshot, sample_dir
) -> None:
    from core.crypto import load_cipher
    from tests.conftest import make_settings

    out = await ask("Which passwords exist for the Acme Logistics firewall?", ctx)
    entry = next(
        p
        for p in sample_snapshot.passwords
        if p.organization_id == 7 and p.name == "Firewall admin"
    )
    assert out["found"] and '"Firewall admin"' in out["answer"] and entry.source_id in _cited(out)
    secret = load_cipher(make_settings(sample_dir)).decrypt(entry.value_encrypted or "")
    assert secret not in str(out)


async def test_dependencies_downstream(ctx: Context, sample_snapshot: Snapshot) -> None:
    dms = config_named(sample_snapshot, "HLL-DMS01")
    names = {c.source_id: c.name for c in sample_snapshot.configurations}
    direct = {
        names[r.target]
        for r in sample_snapshot.relationships
        if r.source == dms.source_id and r.kind in (RelType.DEPENDS_ON, RelType.RUNS_ON)
    }
    out = await ask("What does HLL-DMS01 depend on?", ctx)
    assert out["found"] and out["plan"].direction == "downstream"
    for name in direct:
        assert (
            f"HLL-DMS01 {'depends on' if 'SQL' in name or 'DC' in name else ''}" in out["answer"]
            or name in out["answer"]
        )
        assert name in out["answer"]


async def test_impact_upstream(ctx: Context, sample_snapshot: Snapshot) -> None:
    sql = config_named(sample_snapshot, "HLL-SQL01")
    dependents = {
        r.source
        for r in sample_snapshot.relationships
        if r.target == sql.source_id and r.kind is RelType.DEPENDS_ON
    }
    out = await ask("What is affected if HLL-SQL01 goes down?", ctx)
    assert out["plan"].direction == "upstream"
    assert dependents <= _cited(out)


async def test_path_between_two_devices(ctx: Context) -> None:
    out = await ask("What is the path between HLL-DMS01 and HLL-FW01?", ctx)
    assert out["found"] and out["plan"].direction == "path"
    assert out["answer"].startswith("HLL-DMS01 ") and "HLL-FW01" in out["answer"]


async def test_howto_extracts_the_runbook_steps(ctx: Context) -> None:
    out = await ask("How do I restart the print spooler at Harbor & Lane?", ctx)
    assert out["found"] and out["plan"].organization_ids == [1]
    assert "Stop-Service Spooler" in out["answer"]
    assert all(sid.startswith("document:") and "#" in sid for sid in _cited(out))


async def test_list_counts_workstations(ctx: Context, sample_snapshot: Snapshot) -> None:
    workstations = [
        c
        for c in sample_snapshot.configurations
        if c.organization_id == 2 and c.configuration_type == "Workstation"
    ]
    out = await ask("How many workstations does Bright Smile Dental have?", ctx)
    assert out["found"] and out["plan"].intent == "list"
    assert f"Bright Smile Dental has {len(workstations)} workstations:" in out["answer"]
    # the items listed, and the organization whose COUNT the number comes from
    assert _cited(out) == {c.source_id for c in workstations} | {"organization:2"}


async def test_expiry_window(ctx: Context, sample_snapshot: Snapshot) -> None:
    end = REFERENCE_DATE + timedelta(days=30)
    due = [
        a
        for a in sample_snapshot.flexible_assets
        if a.flexible_asset_type_name == "SSL Certificate"
        and a.expires_on
        and REFERENCE_DATE <= a.expires_on <= end
    ]
    assert due, "the sample has certificates expiring within 30 days of its reference date"
    out = await ask("Which SSL certificates expire in the next 30 days?", ctx)
    assert out["plan"].window_start == REFERENCE_DATE and out["plan"].window_end == end
    assert _cited(out) == {a.source_id for a in due}
    for a in due:
        assert f"{a.name} (SSL Certificate" in out["answer"] and str(a.expires_on) in out["answer"]


async def test_similar_issues_across_organizations(ctx: Context) -> None:
    out = await ask("Has any other client had a similar print spooler problem?", ctx)
    assert out["found"] and out["plan"].intent == "similar"
    assert len({c.organization_id for c in out["citations"]}) >= 3


async def test_organization_overview(ctx: Context, sample_snapshot: Snapshot) -> None:
    org = next(o for o in sample_snapshot.organizations if o.id == 7)
    out = await ask("Give me an overview of Acme Logistics", ctx)
    assert out["found"] and out["plan"].intent == "overview"
    assert org.quick_notes and org.quick_notes.rstrip(".") in out["answer"]
    assert "organization:7" in _cited(out)


async def test_questions_without_an_answer_say_no_data(ctx: Context) -> None:
    for question in (
        "What is the IP address of ACME-DC99?",
        "How do I configure the Cisco ASA VPN at Acme Logistics?",
        "Who is the CEO of Acme Logistics?",
        "Which SSL certificates expire in the next 30 days at Oakridge Credit Union?",
    ):
        out = await ask(question, ctx)
        assert out["answer"].startswith(NO_DATA), question
        assert not out["found"] and out["citations"] == [] and out["searched"], question
