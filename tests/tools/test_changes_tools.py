"""what_changed through the real MCP client: in-process as the local operator, and over
streamable HTTP with a key limited to one organization."""

from __future__ import annotations

from typing import Any

from mcp import Client

from server.services import Services
from tests.server.test_changes import _planted, logged  # noqa: F401  (the fixture)
from tests.tools.test_tools import _over_http
from tools.server import build_server


async def test_what_changed_at_acme_since_monday_in_process(
    services: Services,
    logged: dict[str, Any],  # noqa: F811
) -> None:
    acme = logged["acme"]
    async with Client(build_server(services)) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        assert tools["what_changed"].output_schema is not None
        found = await client.call_tool(
            "what_changed",
            {"organization": "Acme Logistics", "since": logged["week_ago"].isoformat()},
        )
        assert not found.is_error, found.content
        assert _planted(found.structured_content) == {
            7: [(acme.source_id, "changed", "primary_ip", "10.7.10.9", acme.primary_ip)]
        }
        [change] = [
            c
            for c in found.structured_content["organizations"][0]["changes"]
            if c["kind"] == "changed"
        ]
        assert change["url"] == logged["url"]
        bad = await client.call_tool("what_changed", {"since": "whenever"})
        assert bad.is_error and "since: not a day" in str(bad.content)


async def test_a_key_for_one_organization_sees_only_its_changes_over_mcp(
    served: str,
    tokens: dict[str, str],
    logged: dict[str, Any],  # noqa: F811
) -> None:
    async with _over_http(served, tokens["harbor"]) as client:
        found = await client.call_tool("what_changed", {"since": "2000-01-01"})
        assert not found.is_error, found.content
        assert _planted(found.structured_content) == {
            1: [
                (logged["password"].source_id, "changed", "value", None, None),
                ("contact:39998", "removed", None, None, None),
            ]
        }
        other = await client.call_tool("what_changed", {"organization": 7})
        assert other.is_error and "may not read organizations [7]" in str(other.content)


async def test_what_changed_asked_through_query_documentation(
    services: Services,
    logged: dict[str, Any],  # noqa: F811
) -> None:
    """The question in words through `query_documentation` reaches the change log too."""
    acme = logged["acme"]
    async with Client(build_server(services)) as client:
        asked = await client.call_tool(
            "query_documentation",
            {"question": f"any changes at acme since {logged['week_ago'].isoformat()}?"},
        )
        assert not asked.is_error, asked.content
        answer = asked.structured_content["answer"]
        assert f"changed from 10.7.10.9 to {acme.primary_ip}" in answer, answer
        cited = {c["source_id"] for c in asked.structured_content["citations"]}
        assert acme.source_id in cited


async def test_what_changed_in_words_over_mcp_http_stays_in_the_keys_organization(
    served: str,
    tokens: dict[str, str],
    logged: dict[str, Any],  # noqa: F811
) -> None:
    async with _over_http(served, tokens["harbor"]) as client:
        asked = await client.call_tool(
            "query_documentation", {"question": "what changed since 2000-01-01?"}
        )
        assert not asked.is_error, asked.content
        answer = asked.structured_content["answer"]
        assert "Gone Person was removed" in answer and "ACME" not in answer, answer
        cited = asked.structured_content["citations"]
        assert cited and {c["organization_id"] for c in cited} == {1}
