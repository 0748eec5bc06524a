"""POST /v1/verify and the MCP tool verify_claims: any text checked against the documentation
in the caller's reach, with the records that support each supported sentence."""

from __future__ import annotations

import httpx

from core.models import Configuration, Snapshot
from server.services import Services
from tests.server.conftest import auth
from tools.server import build_server


def _dc(snapshot: Snapshot) -> Configuration:
    return next(c for c in snapshot.configurations if c.name == "ACME-DC01")


async def test_a_drafted_answer_is_checked_sentence_by_sentence(
    client: httpx.AsyncClient, tokens: dict, sample_snapshot: Snapshot
) -> None:
    dc = _dc(sample_snapshot)
    wrong_ip = str(dc.primary_ip).rsplit(".", 1)[0] + ".250"
    text = (
        f"ACME-DC01 has primary IP {dc.primary_ip}. "
        f"ACME-DC01 has serial number {dc.serial_number}.\n"
        f"- ACME-DC01 has primary IP {wrong_ip}."
    )
    response = await client.post("/v1/verify", json={"text": text}, headers=auth(tokens["read"]))
    assert response.status_code == 200, response.text
    body = response.json()
    assert [c["supported"] for c in body["claims"]] == [True, True, False]
    assert body["supported"] == 2 and body["unsupported"] == 1
    assert body["claims"][0]["citations"][0] == dc.source_id  # (a runbook may say it too)
    assert body["claims"][2]["citations"] == [] and wrong_ip in body["claims"][2]["reason"]

    # a key limited to Harbor & Lane finds no support for Acme's facts
    harbor = await client.post("/v1/verify", json={"text": text}, headers=auth(tokens["harbor"]))
    assert [c["supported"] for c in harbor.json()["claims"]] == [False, False, False]
    assert all(not c["citations"] for c in harbor.json()["claims"])

    for bad in ({"text": ""}, {"text": " . "}, {"text": "x" * 20_001}, {"text": "a\x00b"}):
        refused = await client.post("/v1/verify", json=bad, headers=auth(tokens["read"]))
        assert refused.status_code == 422 and refused.json()["error"]["message"], bad


async def test_the_mcp_tool_gives_the_same_verdicts(
    services: Services, sample_snapshot: Snapshot
) -> None:
    from mcp.client import Client

    dc = _dc(sample_snapshot)
    async with Client(build_server(services)) as client:
        result = await client.call_tool(
            "verify_claims", {"text": f"ACME-DC01 has primary IP {dc.primary_ip}."}
        )
        empty = await client.call_tool("verify_claims", {"text": "?!"})
    assert result.structured_content["claims"][0]["supported"] is True
    assert result.structured_content["claims"][0]["citations"][0] == dc.source_id
    assert empty.is_error and "no sentence" in str(empty.content)
