"""What a new user of the MCP tools meets (issue #15), through the real MCP client: in-process
as the local operator, and over streamable HTTP with API keys of each scope."""

from __future__ import annotations

import importlib.metadata
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError

from core.models import Snapshot
from server.services import Services
from server.services.schemas import MAX_ID
from tools.server import build_server


def _text(result: Any) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)


@asynccontextmanager
async def _over_http(url: str, token: str) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=60) as http,
        Client(streamable_http_client(f"{url}/mcp/", http_client=http)) as client,
    ):
        yield client


async def test_a_key_is_shown_only_the_tools_its_scopes_allow(
    served: str, tokens: dict[str, str]
) -> None:
    shown = {}
    for name in ("read", "passwords", "admin"):
        async with _over_http(served, tokens[name]) as client:
            shown[name] = {t.name for t in (await client.list_tools()).tools}
            if name == "read":
                refused = await client.call_tool("sync_data", {})
                assert refused.is_error and "lacks the 'admin' scope" in _text(refused)
    secret_tools = {"get_password", "get_record_secrets"}
    assert shown["admin"] >= secret_tools | {"sync_data", "query_documentation"}
    assert shown["passwords"] == shown["admin"] - {"sync_data"}
    assert shown["read"] == shown["admin"] - {"sync_data"} - secret_tools


async def test_the_local_operator_is_shown_every_tool(services: Services) -> None:
    async with Client(build_server(services)) as client:
        names = {t.name for t in (await client.list_tools()).tools}
    assert {"sync_data", "get_password", "get_record_secrets", "health"} <= names


async def test_a_bad_key_reaches_the_python_client_as_the_servers_message(served: str) -> None:
    with pytest.raises(Exception) as raised:  # noqa: B017 - the SDK wraps it in task groups
        async with _over_http(served, "igr_not_a_key") as client:
            await client.list_tools()
    errors: list[BaseException] = [raised.value]
    while errors and isinstance(errors[0], BaseExceptionGroup):
        errors = list(errors[0].exceptions)
    assert isinstance(errors[0], MCPError)
    assert "invalid or revoked API key" in errors[0].error.message

    async with httpx2.AsyncClient() as plain:
        reply = await plain.post(
            f"{served}/mcp/",
            json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
            headers={"Authorization": "Bearer igr_not_a_key"},
        )
    assert reply.status_code == 401
    assert 'error="invalid_token"' in reply.headers["www-authenticate"]
    body = reply.json()
    assert body["jsonrpc"] == "2.0" and body["error"]["data"]["code"] == "unauthorized"
    async with httpx2.AsyncClient() as plain:  # keys are no OAuth tokens: nothing to discover
        for path in (
            "/.well-known/oauth-protected-resource",
            "/.well-known/oauth-protected-resource/mcp",
        ):
            assert (await plain.get(f"{served}{path}")).status_code == 404


async def test_the_server_reports_its_package_version_and_tidy_descriptions(
    services: Services,
) -> None:
    async with Client(build_server(services)) as client:
        info = client.server_info
        tools = (await client.list_tools()).tools
    assert info is not None and info.version == importlib.metadata.version("itglue-rag")
    for tool in tools:
        assert tool.description and tool.description == " ".join(tool.description.split())


def _numbers(schema: Any) -> list[int]:
    if isinstance(schema, dict):
        found = [v for k, v in schema.items() if k in ("maximum", "le") and isinstance(v, int)]
        return found + [n for v in schema.values() for n in _numbers(v)]
    if isinstance(schema, list):
        return [n for v in schema for n in _numbers(v)]
    return []


async def test_ids_have_a_bound_every_json_client_reads_exactly(services: Services) -> None:
    async with Client(build_server(services)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert max(n for t in tools.values() for n in _numbers(t.input_schema)) == MAX_ID == 2**53 - 1
    password_id = tools["get_password"].input_schema["properties"]["password_id"]
    assert {"type": "integer", "minimum": 1, "maximum": MAX_ID} in password_id["anyOf"]


async def test_record_outputs_are_typed_models(services: Services) -> None:
    async with Client(build_server(services)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    for name, model in (
        ("get_configuration", "ConfigurationOut"),
        ("find_ip_address", "ConfigurationOut"),
        ("query_flexible_assets", "FlexibleAssetOut"),
    ):
        schema = tools[name].output_schema or {}
        assert model in schema.get("$defs", {}), name
        assert '"additionalProperties": true' not in json.dumps(schema), name


async def test_organizations_are_given_by_id_or_name(
    services: Services, sample_snapshot: Snapshot
) -> None:
    acme = next(o for o in sample_snapshot.organizations if o.name == "Acme Logistics")
    async with Client(build_server(services)) as client:
        for given in (
            "Acme Logistics",
            "acme logistics",
            acme.id,
            str(acme.id),
            f"organization:{acme.id}",
        ):
            found = await client.call_tool(
                "search", {"query": "domain controller", "organization": given}
            )
            assert not found.is_error, (given, _text(found))
            assert {r["organization_id"] for r in found.structured_content["results"]} == {acme.id}
        answer = await client.call_tool(
            "query_documentation",
            {"question": "What is the IP address of ACME-DC01?", "organization": "Acme Logistics"},
        )
        assert answer.structured_content["found"]
        typo = await client.call_tool("search", {"query": "x", "organization": "Acme Logistix"})
        assert typo.is_error and f"did you mean Acme Logistics ({acme.id})" in _text(typo)
        bad = await client.call_tool("search", {"query": "x", "organization": "organization:x"})
        assert bad.is_error and "organization: not an organization id" in _text(bad)  # its name


async def test_a_device_name_several_organizations_use_is_answered_with_the_candidates(
    services: Services,
) -> None:
    async with Client(build_server(services)) as client:
        every = await client.call_tool("get_configuration", {"name": "DC01"})
        dcs = every.structured_content["configurations"]
        assert len(dcs) > 1
        assert [(d["organization"], d["name"]) for d in dcs] == sorted(
            (d["organization"], d["name"]) for d in dcs
        )
        ambiguous = await client.call_tool("get_dependencies", {"device": "DC01"})
        said = _text(ambiguous)
        assert ambiguous.is_error and f"names {len(dcs)} configurations" in said
        assert all(d["source_id"] in said and d["organization"] in said for d in dcs)
        one = await client.call_tool(
            "get_dependencies",
            {"device": "DC01", "organization": "Acme Logistics", "direction": "upstream"},
        )
        assert not one.is_error and one.structured_content["device"] == "ACME-DC01"
        by_id = await client.call_tool("get_dependencies", {"device": dcs[0]["source_id"]})
        assert by_id.structured_content["source_id"] == dcs[0]["source_id"]


async def test_asset_types_resolve_from_a_part_and_unknown_ones_list_the_types(
    services: Services,
) -> None:
    async with Client(build_server(services)) as client:
        ssl = await client.call_tool("query_flexible_assets", {"asset_type": "ssl"})
        assert not ssl.is_error and ssl.structured_content["asset_type"] == "SSL Certificate"
        assets = ssl.structured_content["assets"]
        assert assets and {a["asset_type"] for a in assets} == {"SSL Certificate"}
        dates = [a["expires_on"] for a in assets if a["expires_on"]]
        assert dates == sorted(dates)  # soonest expiry first
        today = date.today().isoformat()  # the sample's dates are 2026's: some have passed
        assert [a["expired"] for a in assets] == [
            bool(d) and d < today for d in (a["expires_on"] for a in assets)
        ]
        plural = await client.call_tool("query_flexible_assets", {"asset_type": "SSL Certificates"})
        assert plural.structured_content["asset_type"] == "SSL Certificate"
        unknown = await client.call_tool("query_flexible_assets", {"asset_type": "Domains"})
        assert unknown.is_error
        assert "no asset type 'Domains'; the types are: " in _text(unknown)
        assert "SSL Certificate" in _text(unknown) and "Software License" in _text(unknown)


async def test_invalid_input_is_a_plain_error(services: Services) -> None:
    async with Client(build_server(services)) as client:
        ip = await client.call_tool("find_ip_address", {"ip": "999.1.1.1"})
        assert ip.is_error and "not an IPv4 or IPv6 address: '999.1.1.1'" in _text(ip)
        empty = await client.call_tool("query_documentation", {"question": ""})
        limit = await client.call_tool("search", {"query": "printer", "limit": 500})
        missing = await client.call_tool("get_configuration", {})
        for result, said in (
            (empty, "question: String should have at least 1 character"),
            (limit, "limit: Input should be less than or equal to 50"),
            (missing, "name: Field required"),
        ):
            text = _text(result)
            assert result.is_error and said in text, text
            assert text.startswith("Invalid arguments for tool ")
            assert "pydantic" not in text and "input_value" not in text and "\n" not in text


async def test_passwords_are_asked_for_by_id_or_source_id(
    services: Services, sample_snapshot: Snapshot
) -> None:
    entry = next(p for p in sample_snapshot.passwords if p.value_encrypted)
    async with Client(build_server(services)) as client:
        for given in (entry.id, str(entry.id), entry.source_id):
            value = await client.call_tool("get_password", {"password_id": given})
            assert not value.is_error and value.structured_content["id"] == entry.id
        wrong = await client.call_tool("get_password", {"password_id": "configuration:5"})
        assert wrong.is_error and "password_id: not a password id" in _text(wrong)
        huge = await client.call_tool("get_password", {"password_id": 2**60})
        assert huge.is_error and "less than or equal to 9007199254740991" in _text(huge)


async def test_a_configuration_carries_its_it_glue_link_where_it_has_one(
    services: Services, sample_snapshot: Snapshot
) -> None:
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    url = f"https://acme.itglue.com/{dc.organization_id}/configurations/9900002"
    linked = dc.model_copy(update={"id": 9_900_002, "resource_url": url, "interfaces": ()})
    await services.stores.sql.upsert_records([linked])
    try:
        async with Client(build_server(services)) as client:
            shown = await client.call_tool("get_configuration", {"name": linked.source_id})
            plain = await client.call_tool("get_configuration", {"name": dc.source_id})
        assert shown.structured_content["configurations"][0]["url"] == url
        assert plain.structured_content["configurations"][0]["url"] is None
    finally:
        await services.stores.sql.delete_records(linked.record_type, [linked.id])
