"""The MCP server three ways: in-process (mcp.Client), stdio (the SDK launching
`itglue-rag mcp`), and streamable HTTP against uvicorn on loopback with a bearer key."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from core import embeddings
from core.embeddings import Embedder
from core.models import Snapshot
from server.services import Services
from tests.conftest import ingest_into, make_settings, one_org
from tests.server.conftest import Loads
from tools.server import build_server

TOOLS = {
    "query_documentation",
    "verify_claims",
    "search",
    "list_organizations",
    "get_configuration",
    "find_ip_address",
    "get_dependencies",
    "query_flexible_assets",
    "find_similar_issues",
    "what_changed",
    "query_locations",
    "discover_asset_types",
    "find_credentials",
    "document_infrastructure",
    "compliance_check",
    "documentation_drift",
    "get_password",
    "get_record_secrets",
    "sync_data",
    "health",
}


def _dc(snapshot: Snapshot) -> Any:
    return next(c for c in snapshot.configurations if c.name == "ACME-DC01")


async def test_in_process_tools_schemas_and_answers(
    services: Services, sample_snapshot: Snapshot
) -> None:
    dc = _dc(sample_snapshot)
    async with Client(build_server(services)) as client:
        listed = await client.list_tools()
        by_name = {t.name: t for t in listed.tools}
        assert set(by_name) == TOOLS
        assert by_name["query_documentation"].input_schema["required"] == ["question"]
        assert by_name["query_documentation"].output_schema is not None
        assert by_name["search"].annotations and by_name["search"].annotations.read_only_hint
        assert not (by_name["sync_data"].annotations or {}).__dict__.get("read_only_hint")

        answer = await client.call_tool(
            "query_documentation", {"question": "What is the IP address of ACME-DC01?"}
        )
        assert not answer.is_error
        assert (
            answer.structured_content["answer"] == f"ACME-DC01 has primary IP {dc.primary_ip} [1]."
        )

        ip = await client.call_tool("find_ip_address", {"ip": dc.primary_ip})
        assert ip.structured_content["configurations"][0]["name"] == "ACME-DC01"
        config = await client.call_tool("get_configuration", {"name": "ACME-DC01"})
        assert config.structured_content["configurations"][0]["serial_number"] == dc.serial_number
        deps = await client.call_tool("get_dependencies", {"device": "HLL-DMS01"})
        assert any("HLL-SQL01" in c for c in deps.structured_content["chains"])
        orgs = await client.call_tool("list_organizations", {})
        assert len(orgs.structured_content["organizations"]) == 12
        health = await client.call_tool("health", {})
        assert health.structured_content["status"] == "ok"


async def test_bad_input_is_an_error_with_a_message(services: Services) -> None:
    async with Client(build_server(services)) as client:
        empty = await client.call_tool("query_documentation", {"question": ""})
        assert empty.is_error and "question" in str(empty.content).lower()
        bad_ip = await client.call_tool("find_ip_address", {"ip": "not-an-ip"})
        assert bad_ip.is_error
        missing = await client.call_tool("get_configuration", {"name": "NOPE-99"})
        assert missing.is_error and "no configuration 'NOPE-99'" in str(missing.content)
        unknown_org = await client.call_tool(
            "search", {"query": "printer", "organization": "Nowhere"}
        )
        assert unknown_org.is_error and "no organization 'Nowhere'" in str(unknown_org.content)
        no_sync_key = await client.call_tool("sync_data", {})
        assert no_sync_key.is_error and "ITGLUE_API_KEY" in str(no_sync_key.content)


async def test_stdio_with_the_sdk_launching_itglue_rag_mcp(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    await ingest_into(tmp_path, one_org(sample_snapshot, 7), embedder)
    exe = shutil.which("itglue-rag") or str(Path(sys.executable).parent / "itglue-rag")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "NEO4J_URI", "QDRANT_URL", "ENCRYPTION_KEY"}
    }
    env.update({"ITGLUE_RAG_DATA_DIR": str(tmp_path), "HF_HUB_OFFLINE": "1"})
    params = StdioServerParameters(command=exe, args=["mcp"], env=env)
    async with Client(params, read_timeout_seconds=120) as client:
        assert {t.name for t in (await client.list_tools()).tools} == TOOLS
        answer = await client.call_tool(
            "query_documentation", {"question": "What is the IP address of ACME-DC01?"}
        )
        assert answer.structured_content["found"]
        assert _dc(sample_snapshot).primary_ip in answer.structured_content["answer"]


async def test_stdio_loads_the_model_before_the_first_tool_call(
    tmp_path: Path,
    sample_snapshot: Snapshot,
    embedder: Embedder,
    model_loads: Loads,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`itglue-rag mcp` opens its own services and warms them in the background (the
    handshake answers at once: the Inspector gives it 15 s, loading the model took 18 s under
    load); a tool runs only once the warm-up is done, so it never loads the model itself."""
    await ingest_into(tmp_path, one_org(sample_snapshot, 7), embedder)
    monkeypatch.setattr(embeddings, "_model", None)  # the ingest loaded it: dropped again
    model_loads.seen.clear()
    waited = Services.warmed

    async def warmed(svc: Services) -> None:  # what loads after this is the tool's own doing
        await waited(svc)
        model_loads.phase = "request"

    monkeypatch.setattr(Services, "warmed", warmed)
    async with Client(build_server(settings=make_settings(tmp_path))) as client:
        found = await client.call_tool("search", {"query": "backup schedule"})
        assert not found.is_error and found.structured_content["results"]
    assert model_loads.seen == ["start-up"]


async def test_streamable_http_needs_a_bearer_key(
    served: str, tokens: dict, sample_snapshot: Snapshot, services: Services
) -> None:
    url = f"{served}/mcp/"
    async with httpx2.AsyncClient() as plain:
        refused = await plain.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
    assert refused.status_code == 401 and "Bearer" in refused.json()["error"]["message"]

    headers = {"Authorization": f"Bearer {tokens['harbor']}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=60) as http,
        Client(streamable_http_client(url, http_client=http)) as client,
    ):
        # a passwords key is not shown the admin tool
        assert {t.name for t in (await client.list_tools()).tools} == TOOLS - {"sync_data"}
        orgs = await client.call_tool("list_organizations", {})
        assert [o["id"] for o in orgs.structured_content["organizations"]] == [1]
        hidden = await client.call_tool(
            "query_documentation", {"question": "What is the IP address of ACME-DC01?"}
        )
        assert hidden.structured_content["answer"].startswith("No data available")
        entry = next(p for p in sample_snapshot.passwords if p.organization_id == 1)
        value = await client.call_tool("get_password", {"password_id": entry.id})
        assert not value.is_error and value.structured_content["value"]
        other = next(p for p in sample_snapshot.passwords if p.organization_id == 7)
        denied = await client.call_tool("get_password", {"password_id": other.id})
        assert denied.is_error and f"no password {other.id}" in str(denied.content)
        outside = await client.call_tool("search", {"query": "printer", "organization": "Acme"})
        nowhere = await client.call_tool("search", {"query": "printer", "organization": "Zzyzx"})
        said = [
            str(r.content).replace("Acme", "X").replace("Zzyzx", "X") for r in (outside, nowhere)
        ]
        assert outside.is_error and said[0] == said[1]  # another client's name is not confirmed
    rows = await services.stores.sql.keys.audit_rows(5)
    assert {(r["record"], r["granted"], r["details"]["via"]) for r in rows[:2]} == {
        (f"password:{entry.id}", True, "mcp"),
        (f"password:{other.id}", False, "mcp"),
    }
