"""The compliance and drift reports through the HTTP API and the `report` commands: the
planted organization's ground truth exactly, in JSON, Markdown and HTML; a key limited to one
organization gets that organization's report only; thresholds and the day are parameters."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from core.embeddings import Embedder
from server.app import create_app
from server.services import Services
from sync.demo.planted import COMPLIANCE, DRIFT
from tests.conftest import ingest_into
from tests.reports.planted import planted_services, planted_snapshot
from tests.server.test_cli import _cli

TODAY = {"today": "2026-06-01"}


@pytest.fixture(scope="module")
async def planted(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> AsyncIterator[Services]:
    async with planted_services(tmp_path_factory.mktemp("planted"), embedder) as svc:
        yield svc


@pytest.fixture(scope="module")
async def planted_client(planted: Services) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    _, token = await planted.stores.sql.keys.create("reports", ["read"], None)
    transport = httpx.ASGITransport(app=create_app(services=planted))
    async with httpx.AsyncClient(transport=transport, base_url="http://itglue-rag.test") as c:
        yield c, token


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_compliance_route_finds_exactly_what_was_planted(
    planted_client: tuple[httpx.AsyncClient, str],
) -> None:
    client, token = planted_client
    got = await client.get("/v1/reports/compliance", params=TODAY, headers=_auth(token))
    assert got.status_code == 200, got.text
    body = got.json()
    [org] = body["organizations"]
    assert {(f["check"], f["name"]) for f in org["findings"]} == COMPLIANCE
    assert body["counts"] == org["counts"] and sum(body["counts"].values()) == len(COMPLIANCE)
    assert body["expiring_days"] == 30 and body["password_max_age_days"] == 365
    assert all(f["source_id"].split(":")[0] in {"configuration", "flexible_asset", "password"}
               for f in org["findings"])  # fmt: skip
    narrower = await client.get(
        "/v1/reports/compliance",
        params={**TODAY, "organization": "GPF", "expiring_within_days": 0,
                "password_max_age_days": 600},
        headers=_auth(token),
    )  # fmt: skip
    counts = narrower.json()["counts"]
    assert counts["expiring"] == 0 and counts["stale_password"] == 0


async def test_reports_come_as_markdown_and_printable_html(
    planted_client: tuple[httpx.AsyncClient, str],
) -> None:
    client, token = planted_client
    page = await client.get(
        "/v1/reports/compliance", params={**TODAY, "format": "html"}, headers=_auth(token)
    )
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<table>" in page.text and "GPF-APP01" in page.text and "@media print" in page.text
    text = await client.get(
        "/v1/reports/drift", params={"format": "markdown"}, headers=_auth(token)
    )
    assert text.headers["content-type"].startswith("text/markdown")
    assert "10.251.10.9" in text.text and "| Document says | Record says |" in text.text
    bad = await client.get("/v1/reports/drift", params={"format": "pdf"}, headers=_auth(token))
    assert bad.status_code == 422


async def test_drift_route_finds_exactly_what_was_planted(
    planted_client: tuple[httpx.AsyncClient, str],
) -> None:
    client, token = planted_client
    got = await client.get("/v1/reports/drift", headers=_auth(token))
    [org] = got.json()["organizations"]
    assert {(d["kind"], d["document"], d["record"]) for d in org["findings"]} == DRIFT
    assert (await client.get("/v1/reports/drift")).status_code == 401


async def test_a_key_for_one_organization_gets_only_its_report(
    client: httpx.AsyncClient, tokens: dict[str, str]
) -> None:
    for path in ("/v1/reports/compliance", "/v1/reports/drift"):
        mine = await client.get(path, headers=_auth(tokens["harbor"]))
        assert [o["organization_id"] for o in mine.json()["organizations"]] == [1]
        other = await client.get(path, params={"organization": 7}, headers=_auth(tokens["harbor"]))
        assert other.status_code == 403
    every = await client.get("/v1/reports/compliance", headers=_auth(tokens["read"]))
    assert len(every.json()["organizations"]) == 12


async def test_report_commands_print_tables_markdown_html_and_json(
    tmp_path: Path, embedder: Embedder
) -> None:
    await ingest_into(tmp_path, planted_snapshot(tmp_path), embedder)
    as_json = _cli("report", "compliance", "--org", "GPF", "--today", "2026-06-01",
                   "--format", "json", data_dir=tmp_path)  # fmt: skip
    assert as_json.returncode == 0, as_json.stderr
    [org] = json.loads(as_json.stdout)["organizations"]
    assert {(f["check"], f["name"]) for f in org["findings"]} == COMPLIANCE
    table = _cli("report", "compliance", "--org", "Granite Peak Fitness", "--today",
                 "2026-06-01", data_dir=tmp_path)  # fmt: skip
    assert table.returncode == 0, table.stderr
    assert "Granite Peak Fitness" in table.stdout and "GPF-FW02" in table.stdout
    page = tmp_path / "drift.html"
    drift = _cli("report", "drift", "--format", "html", "-o", str(page), data_dir=tmp_path)
    assert drift.returncode == 0, drift.stderr
    assert "SG0PLNT0S9" in page.read_text()
    bad = _cli("report", "drift", "--format", "pdf", data_dir=tmp_path)
    assert bad.returncode != 0 and "--format" in bad.stdout + bad.stderr


def test_load_sample_planted_then_the_reports_find_it_among_the_twelve(tmp_path: Path) -> None:
    loaded = _cli("load-sample", "--planted", "--as-of", "2026-06-01", data_dir=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    drift = _cli("report", "drift", "--format", "json", data_dir=tmp_path)
    assert drift.returncode == 0, drift.stderr
    found = json.loads(drift.stdout)
    assert len(found["organizations"]) == 13
    assert found["counts"] == {"value": 2, "retired": 1, "stale": 2}  # all of it planted
    text = _cli("report", "compliance", "--format", "markdown", "--today", "2026-06-01",
                data_dir=tmp_path)  # fmt: skip
    assert text.returncode == 0, text.stderr
    assert "| **All 13 organizations** |" in text.stdout
    assert "## Granite Peak Fitness" in text.stdout and "GPF-FW02" in text.stdout
