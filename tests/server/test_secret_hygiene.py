"""Secrets typed into free text never reach a read key: planted in a copy of the sample (a
configuration note, a password entry's note, a runbook step, a flexible-asset field, a contact
and a location note, a related item's note), none is in any answer, search hit, record or MCP
result, nor in any byte of the data directory; a `passwords` key reads them back, audited."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from core.embeddings import Embedder
from core.models import (
    DocumentSection,
    RecordType,
    Relationship,
    RelType,
    Snapshot,
)
from server.app import create_app
from server.services import Services, open_services
from stores import Stores
from stores.sql import TABLES
from sync.ingest import Ingestor
from tests.conftest import make_settings, one_org
from tests.server.conftest import auth, serving

ORG = 7  # Acme Logistics


def _plant(sample: Snapshot) -> tuple[Snapshot, dict[str, list[str]]]:
    """A copy of one organization with secrets typed into its free text, and where they are."""
    org = one_org(sample, ORG)
    planted: dict[str, list[str]] = {}

    def by_name(records: list[Any], name: str) -> Any:
        return next(r for r in records if r.name == name)

    def replace(name: str, old: Any, update: dict[str, Any], secrets: list[str]) -> None:
        records = getattr(org, name)
        setattr(org, name, [old.model_copy(update=update) if r is old else r for r in records])
        planted[old.source_id] = secrets

    dc = by_name(org.configurations, "ACME-DC01")
    replace(
        "configurations",
        dc,
        {"notes": f"{dc.notes}. Console password is Dc!Admin#2291."},
        ["Dc!Admin#2291"],
    )
    nas = by_name(org.passwords, "NAS admin")
    replace(
        "passwords",
        nas,
        {"notes": "Rotated quarterly. Recovery codes: 7hq2-kd8s, 9fj3-lw0p"},
        ["7hq2-kd8s", "9fj3-lw0p"],
    )
    runbook = by_name(org.documents, "Backup restore runbook")
    step = DocumentSection(
        id=49001,
        kind="step",
        content="<p>Sign in to the backup console as admin / Veeam#Rest0re.</p>",
        sort=99,
    )
    replace("documents", runbook, {"sections": (*runbook.sections, step)}, ["Veeam#Rest0re"])
    wifi = by_name(org.flexible_assets, "ACME-Guest")
    replace(
        "flexible_assets",
        wifi,
        {"traits": {**wifi.traits, "notes": "Guest passphrase: Gu3st!Acme2026 (reception)"}},
        ["Gu3st!Acme2026"],
    )
    contact = org.contacts[0]
    replace(
        "contacts",
        contact,
        {"notes": "Alarm code 558213 if the office is closed."},
        ["558213"],
    )
    site = org.locations[0]
    replace(
        "locations", site, {"notes": "Lockbox code is 904417, by the loading dock."}, ["904417"]
    )
    fs, nas01 = by_name(org.configurations, "ACME-FS01"), by_name(org.configurations, "ACME-NAS01")
    org.relationships.append(
        Relationship(
            source=fs.source_id,
            target=nas01.source_id,
            kind=RelType.RELATED_TO,
            organization_id=ORG,
            notes="backup share; login backup / Sh4re!Pass99",
        )
    )
    planted[fs.source_id] = ["Sh4re!Pass99"]
    return org, planted


@pytest.fixture
async def planted(
    fresh: Stores, tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> AsyncIterator[tuple[Services, dict[str, list[str]]]]:
    org, where = _plant(sample_snapshot)
    await Ingestor(fresh, embedder).ingest(org, reconcile=True)
    svc = await open_services(make_settings(tmp_path / "data"), stores=fresh, embedder=embedder)
    yield svc, where
    await svc.close()


def _without_timings(text: str) -> str:
    """A response without its timings and scores (a PIN's digits could turn up in a float)."""
    try:
        body = json.loads(text)
    except ValueError:
        return text

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: strip(v)
                for k, v in value.items()
                if k not in ("timings", "confidence", "score", "seconds")
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(body))


QUESTIONS = [
    "What is the console password of ACME-DC01?",
    "Tell me about ACME-DC01",
    "How do I restore a whole server at Acme Logistics?",
    "What is the security of the ACME-Guest Wi-Fi at Acme Logistics?",
    "What are the recovery codes of the NAS admin at Acme Logistics?",
    "What does ACME-FS01 depend on?",
    "What are the notes on the Memphis - HQ location of Acme Logistics?",
]
SEARCHES = [
    "console password ACME-DC01",
    "recovery codes NAS admin",
    "sign in to the backup console as admin",
    "guest passphrase reception",
    "alarm code office closed",
    "lockbox code loading dock",
    "backup share login",
]


def _assert_clean(responses: list[str], secrets: list[str]) -> None:
    for text in responses:
        clean = _without_timings(text)
        assert [s for s in secrets if s in clean] == [], clean[:2000]


async def test_planted_secrets_reach_no_read_key_and_no_store_file(
    planted: tuple[Services, dict[str, list[str]]], tmp_path: Path
) -> None:
    svc, where = planted
    secrets = [s for values in where.values() for s in values]
    keys = svc.stores.sql.keys
    _, read = await keys.create("read", ["read"])
    _, vault = await keys.create("vault", ["passwords"])
    app = create_app(services=svc)
    responses: list[str] = []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        h = auth(read)
        for sid in where:
            got = await c.get(f"/v1/records/{sid}", headers=h)
            assert got.status_code == 200, got.text
            responses.append(got.text)
        for query in SEARCHES:
            hits = await c.post("/v1/search", json={"query": query, "limit": 20}, headers=h)
            responses.append(hits.text)
        for question in QUESTIONS:
            answer = await c.post("/v1/query", json={"question": question}, headers=h)
            assert answer.status_code == 200, answer.text
            responses.append(answer.text)
        async with c.stream(
            "POST", "/v1/query/stream", json={"question": QUESTIONS[0]}, headers=h
        ) as stream:
            responses.append("".join([line async for line in stream.aiter_lines()]))
    _assert_clean(responses, secrets)
    # what a reader sees instead: the label and a placeholder
    assert sum("Console password is [redacted password]" in r for r in responses) >= 2

    tools: list[tuple[str, dict[str, Any]]] = [
        *(("query_documentation", {"question": q}) for q in QUESTIONS),
        *(("search", {"query": q, "limit": 20}) for q in SEARCHES),
        ("get_configuration", {"name": "ACME-DC01"}),
        ("get_configuration", {"name": "ACME-FS01"}),
        ("query_flexible_assets", {"asset_type": "Wi-Fi Network"}),
        ("find_similar_issues", {"description": "sign in to the backup console"}),
        ("get_dependencies", {"device": "ACME-FS01"}),
    ]
    results: list[str] = []
    async with (
        serving(svc) as url,
        httpx2.AsyncClient(headers=auth(read), timeout=60) as http,
        Client(streamable_http_client(f"{url}/mcp/", http_client=http)) as mcp,
    ):
        for name, arguments in tools:
            result = await mcp.call_tool(name, arguments)
            assert not result.is_error, (name, result.content)
            results.append(json.dumps(result.structured_content))
        denied = await mcp.call_tool("get_record_secrets", {"source_id": next(iter(where))})
    _assert_clean(results, secrets)
    assert denied.is_error and "'passwords' scope" in str(denied.content)

    # not in any byte the stores wrote: graph, vector, and PostgreSQL's own files
    files = [p for p in (tmp_path / "data").rglob("*") if p.is_file() and not p.is_symlink()]
    assert any(p.name == "graph" for p in files) and any("vector" in str(p) for p in files)
    for path in files:
        raw = path.read_bytes()
        assert [s for s in secrets if s.encode() in raw] == [], path
    async with svc.stores.sql.pool.connection() as conn:
        for table in [*TABLES.values(), "document_sections", "relationships"]:
            rows = await (await conn.execute(f"SELECT t::text AS row FROM {table} t")).fetchall()
            text = "\n".join(r["row"] for r in rows)
            assert [s for s in secrets if s in text] == [], table

    # a read key cannot read the originals; the passwords key reads every one, audited
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        refused = await c.get(f"/v1/records/{next(iter(where))}/secrets", headers=auth(read))
        revealed: dict[str, list[str]] = {}
        for sid in where:
            got = await c.get(f"/v1/records/{sid}/secrets", headers=auth(vault))
            assert got.status_code == 200, got.text
            revealed[sid] = [s["value"] for s in got.json()["secrets"]]
    assert refused.status_code == 403
    assert revealed == where
    audit = await svc.stores.sql.keys.audit_rows(50)
    reads = [r for r in audit if r["action"] == "secret.read"]
    assert {r["record"] for r in reads if r["granted"]} == set(where)
    assert sum(not r["granted"] for r in reads) == 2  # the MCP and the HTTP refusal
    assert all(s not in json.dumps(audit, default=str) for s in secrets)


async def test_an_organization_key_reads_only_its_own_originals(
    planted: tuple[Services, dict[str, list[str]]],
) -> None:
    svc, where = planted
    _, other = await svc.stores.sql.keys.create("elsewhere", ["passwords"], [1])
    transport = httpx.ASGITransport(app=create_app(services=svc))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        sid = next(s for s in where if s.startswith(RecordType.CONFIGURATION.value))
        hidden = await client.get(f"/v1/records/{sid}/secrets", headers=auth(other))
        missing = await client.get("/v1/records/configuration:1/secrets", headers=auth(other))
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["error"]["message"] == f"no record {sid} in reach"


async def test_originals_that_do_not_decrypt_are_a_503_and_audited(
    planted: tuple[Services, dict[str, list[str]]],
) -> None:
    import dataclasses

    from core.crypto import Cipher

    svc, where = planted
    _, vault = await svc.stores.sql.keys.create("vault", ["passwords"])
    wrong = dataclasses.replace(svc, cipher=Cipher(b"w" * 32))
    transport = httpx.ASGITransport(app=create_app(services=wrong))
    sid = next(iter(where))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        failed = await client.get(f"/v1/records/{sid}/secrets", headers=auth(vault))
    assert failed.status_code == 503 and "cannot decrypt" in failed.json()["error"]["message"]
    row = (await svc.stores.sql.keys.audit_rows(1))[0]
    assert (row["action"], row["record"], row["granted"]) == ("secret.read", sid, False)
    assert row["details"]["reason"] == "decryption failed"
