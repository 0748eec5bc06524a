"""document_infrastructure through the real MCP client: in-process as the local operator, and
over streamable HTTP with a key limited to one organization."""

from __future__ import annotations

from mcp import Client

from core.models import Snapshot
from server.services import Services
from tests.server.test_infrastructure_route import assert_report_of, password_values
from tests.tools.test_tools import _over_http
from tools.server import build_server


async def test_the_report_in_process_in_both_formats(
    services: Services, sample_snapshot: Snapshot
) -> None:
    secrets = password_values(services, sample_snapshot)
    acme = {r.source_id for r in sample_snapshot.records() if r.organization_id == 7}
    async with Client(build_server(services)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["document_infrastructure"].output_schema is not None
        found = await client.call_tool(
            "document_infrastructure", {"organization": "acme logistics"}
        )
        assert not found.is_error, found.content
        out = found.structured_content
        assert out["organization_id"] == 7 and out["format"] == "markdown"
        assert out["content"].startswith("# Infrastructure report: Acme Logistics")
        assert_report_of(out["content"], 7, sample_snapshot, secrets)
        assert set(out["sources"]) <= acme and "configuration:10178" in out["sources"]

        page = await client.call_tool(
            "document_infrastructure", {"organization": 7, "format": "html"}
        )
        assert page.structured_content["content"].startswith("<!doctype html>")
        assert_report_of(page.structured_content["content"], 7, sample_snapshot, secrets)

        bad = await client.call_tool(
            "document_infrastructure", {"organization": 7, "format": "pdf"}
        )
        assert bad.is_error and "format" in str(bad.content)
        missing = await client.call_tool("document_infrastructure", {})
        assert missing.is_error and "organization" in str(missing.content)
        unknown = await client.call_tool("document_infrastructure", {"organization": 999})
        assert unknown.is_error and "no organization 999 in reach" in str(unknown.content)


async def test_a_key_for_one_organization_gets_only_its_report(
    served: str, tokens: dict[str, str], services: Services, sample_snapshot: Snapshot
) -> None:
    secrets = password_values(services, sample_snapshot)
    async with _over_http(served, tokens["harbor"]) as client:  # organization 1 only
        own = await client.call_tool("document_infrastructure", {"organization": 1})
        assert not own.is_error
        assert_report_of(own.structured_content["content"], 1, sample_snapshot, secrets)
        other = await client.call_tool("document_infrastructure", {"organization": 7})
        assert other.is_error and "may not read organizations [7]" in str(other.content)
        named = await client.call_tool(
            "document_infrastructure", {"organization": "Acme Logistics"}
        )
        assert named.is_error and "no organization 'Acme Logistics' in reach" in str(named.content)
