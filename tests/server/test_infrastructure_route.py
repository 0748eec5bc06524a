"""GET /v1/reports/infrastructure/{organization} through the app, and `itglue-rag report
infrastructure` as a user runs it, on the ingested sample: the report is the organization's
(its firewalls with their public IPs, every citation one of its records, no other client's
record, no password value), and the key's organizations, the format and the name are checked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx

from core.embeddings import Embedder
from core.models import Snapshot
from server.services import Services
from tests.conftest import ingest_into, one_org
from tests.server.test_cli import _cli

CITED = re.compile(
    r"\b((?:organization|configuration|flexible_asset|location|contact|document|password):\d+)\b"
)


def password_values(services: Services, snapshot: Snapshot) -> list[str]:
    return [services.cipher.decrypt(p.value_encrypted or "") for p in snapshot.passwords]


def assert_report_of(text: str, org_id: int, snapshot: Snapshot, secrets: list[str]) -> None:
    """`text` is organization `org_id`'s report: its firewalls with their public IPs, only its
    own records cited, no other organization's device named, no password value."""
    mine = {r.source_id for r in snapshot.records() if r.organization_id == org_id}
    cited = set(CITED.findall(text))
    assert cited and cited <= mine, sorted(cited - mine)[:5]
    for fw in snapshot.configurations:
        if fw.organization_id == org_id and fw.configuration_type == "Firewall":
            assert fw.public_ip and fw.public_ip in text and fw.source_id in cited
    ours = {c.name for c in snapshot.configurations if c.organization_id == org_id}
    theirs = {c.name for c in snapshot.configurations if c.organization_id != org_id} - ours
    assert not [n for n in theirs if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)]
    assert secrets and not [v for v in secrets if v in text]


async def test_the_report_is_the_organizations_own_as_html_and_markdown(
    client: httpx.AsyncClient,
    tokens: dict[str, str],
    services: Services,
    sample_snapshot: Snapshot,
) -> None:
    auth = {"Authorization": f"Bearer {tokens['read']}"}
    secrets = password_values(services, sample_snapshot)
    page = await client.get("/v1/reports/infrastructure/7", headers=auth)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.text.startswith("<!doctype html>") and "<script" not in page.text
    assert_report_of(page.text, 7, sample_snapshot, secrets)

    text = await client.get(
        "/v1/reports/infrastructure/Acme Logistics", params={"format": "markdown"}, headers=auth
    )
    assert text.status_code == 200
    assert text.headers["content-type"] == "text/markdown; charset=utf-8"
    assert text.text.startswith("# Infrastructure report: Acme Logistics")
    assert "```mermaid" in text.text
    assert_report_of(text.text, 7, sample_snapshot, secrets)

    pinned = await client.get(
        "/v1/reports/infrastructure/7",
        params={"format": "markdown", "today": "2026-06-01"},
        headers=auth,
    )
    assert "**Due within 90 days or overdue (as of 2026-06-01)**" in pinned.text
    assert "| ACME-WS003 | Workstation warranty | 2026-07-31 | in 60 days |" in pinned.text

    other = await client.get("/v1/reports/infrastructure/organization:3", headers=auth)
    assert other.status_code == 200
    assert_report_of(other.text, 3, sample_snapshot, secrets)


async def test_a_key_gets_reports_of_its_own_organizations_only(
    client: httpx.AsyncClient, tokens: dict[str, str]
) -> None:
    harbor = {"Authorization": f"Bearer {tokens['harbor']}"}  # organization 1 only
    assert (await client.get("/v1/reports/infrastructure/1", headers=harbor)).status_code == 200
    refused = await client.get("/v1/reports/infrastructure/7", headers=harbor)
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "this key may not read organizations [7]"
    by_name = await client.get("/v1/reports/infrastructure/Acme Logistics", headers=harbor)
    assert by_name.status_code == 404  # another client's name reads as no such name
    assert "no organization 'Acme Logistics' in reach" in by_name.json()["error"]["message"]
    unkeyed = await client.get("/v1/reports/infrastructure/1")
    assert unkeyed.status_code == 401


async def test_an_unknown_organization_or_format_is_refused_with_the_reason(
    client: httpx.AsyncClient, tokens: dict[str, str]
) -> None:
    auth = {"Authorization": f"Bearer {tokens['read']}"}
    missing = await client.get("/v1/reports/infrastructure/999", headers=auth)
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "no organization 999 in reach"
    bad = await client.get("/v1/reports/infrastructure/7", params={"format": "pdf"}, headers=auth)
    assert bad.status_code == 422
    assert bad.json()["error"]["message"] == "query.format: Input should be 'markdown' or 'html'"
    mistyped = await client.get("/v1/reports/infrastructure/Acme Logistix", headers=auth)
    assert mistyped.status_code == 404
    assert "did you mean Acme Logistics (7)?" in mistyped.json()["error"]["message"]


async def test_the_cli_prints_or_writes_the_report(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder, services: Services
) -> None:
    acme = one_org(sample_snapshot, 7)
    await ingest_into(tmp_path / "data", acme, embedder)
    secrets = password_values(services, acme)
    printed = _cli("report", "infrastructure", "Acme Logistics", data_dir=tmp_path / "data")
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("# Infrastructure report: Acme Logistics")
    assert_report_of(printed.stdout, 7, acme, secrets)

    page = tmp_path / "acme.html"
    written = _cli(
        "report",
        "infrastructure",
        "7",
        "--format",
        "html",
        "--out",
        str(page),
        data_dir=tmp_path / "data",
    )
    assert written.returncode == 0, written.stderr
    assert f"wrote {page}" in written.stdout
    assert_report_of(page.read_text(), 7, acme, secrets)

    unknown = _cli("report", "infrastructure", "Nowhere Ltd", data_dir=tmp_path / "data")
    assert unknown.returncode == 2 and "no organization 'Nowhere Ltd'" in unknown.stderr
    bad = _cli("report", "infrastructure", "7", "--format", "pdf", data_dir=tmp_path / "data")
    assert bad.returncode == 2 and "--format: markdown or html" in bad.stderr


async def test_the_bench_command_times_the_largest_organizations_report(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    """`report infrastructure-bench` reads the data directory `bench --scale N` uses (here
    holding Acme alone, so nothing is loaded) and times both formats; no time is asserted."""
    await ingest_into(tmp_path / "data" / "bench-scale-1", one_org(sample_snapshot, 7), embedder)
    timed = _cli(
        "report",
        "infrastructure-bench",
        "--scale",
        "1",
        "--runs",
        "1",
        "--json",
        data_dir=tmp_path / "data",
    )
    assert timed.returncode == 0, timed.stderr
    data = json.loads(timed.stdout)
    assert data["organizations"] == 1 and data["largest_organization_id"] == 7
    assert data["organization"] == "Acme Logistics"
    for fmt in ("markdown", "html"):
        assert data[fmt]["characters"] > 1000 and data[fmt]["sources"] > 40
        assert 0 < data[fmt]["fastest_s"] <= data[fmt]["slowest_s"]
