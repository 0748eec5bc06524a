"""What changed, through the app's route and the CLI: the digest per organization in reach,
since a day, each change cited; a key for one organization never sees another's changes."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from core.embeddings import Embedder
from core.models import Configuration, Snapshot
from server.services import Services
from tests.conftest import ingest_into, one_org
from tests.server.conftest import auth
from tests.server.test_cli import _cli


def _dc(snapshot: Snapshot, name: str) -> Configuration:
    return next(c for c in snapshot.configurations if c.name == name)


@asynccontextmanager
async def planted(services: Services, rows: list[tuple[Any, ...]]) -> AsyncIterator[None]:
    """Change rows (organization, source id, record type, name, kind, field, old, new, link,
    at) in the sample store's log for the block, removed again after it."""
    async with services.stores.sql.pool.connection() as conn:
        cur = await conn.execute(
            "INSERT INTO record_changes (organization_id, source_id, record_type, name, kind, "
            "field, old_value, new_value, resource_url, at) SELECT * FROM unnest("
            "%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], "
            "%s::text[], %s::text[], %s::text[], %s::timestamptz[]) RETURNING id",
            [list(column) for column in zip(*rows, strict=True)],
        )
        ids = [r["id"] for r in await cur.fetchall()]
    try:
        yield
    finally:
        async with services.stores.sql.pool.connection() as conn:
            await conn.execute("DELETE FROM record_changes WHERE id = ANY(%s)", (ids,))


@pytest.fixture
async def logged(services: Services, sample_snapshot: Snapshot) -> AsyncIterator[dict[str, Any]]:
    """Change rows planted in the sample store's log (its records stay as they are): at Acme
    (7) a changed IP three days ago and an older one ten days ago; at organization 1 a
    changed password value and a removed contact. Removed again afterwards."""
    now = datetime.now(UTC)
    acme = _dc(sample_snapshot, "ACME-DC01")
    one = next(p for p in sample_snapshot.passwords if p.organization_id == 1)
    url = f"https://msp.itglue.example/7/configurations/{acme.id}"  # the sample has no links
    rows = [
        (7, acme.source_id, "configuration", acme.name, "changed", "primary_ip",
         "10.7.10.9", acme.primary_ip, url, now - timedelta(days=3)),
        (7, acme.source_id, "configuration", acme.name, "changed", "serial_number",
         "SN-OLD", acme.serial_number, url, now - timedelta(days=10)),
        (1, one.source_id, "password", one.name, "changed", "value",
         None, None, None, now - timedelta(days=2)),
        (1, "contact:39998", "contact", "Gone Person", "removed", None,
         None, None, None, now - timedelta(days=2)),
    ]  # fmt: skip
    async with planted(services, rows):
        yield {
            "acme": acme,
            "url": url,
            "password": one,
            "week_ago": (now - timedelta(days=7)).date(),
        }


def _planted(digest: dict[str, Any]) -> dict[int, list[tuple[Any, ...]]]:
    """Per organization, the listed changes but first loads: (source id, kind, field, old,
    new)."""
    return {
        o["organization_id"]: [
            (c["source_id"], c["kind"], c["field"], c["old_value"], c["new_value"])
            for c in o["changes"]
            if c["kind"] != "loaded"
        ]
        for o in digest["organizations"]
    }


async def test_changes_since_a_day_are_listed_per_organization_each_cited(
    client: httpx.AsyncClient, tokens: dict[str, str], logged: dict[str, Any]
) -> None:
    acme, since = logged["acme"], logged["week_ago"].isoformat()
    found = await client.get(
        "/v1/changes",
        params={"organization": "Acme Logistics", "since": since},
        headers=auth(tokens["read"]),
    )
    assert found.status_code == 200, found.text
    body = found.json()
    assert body["basis"].startswith("since ") and body["since"].startswith(since)
    [org] = body["organizations"]
    assert (org["organization_id"], org["organization"]) == (7, "Acme Logistics")
    assert _planted(body) == {
        7: [(acme.source_id, "changed", "primary_ip", "10.7.10.9", acme.primary_ip)]
    }
    change = next(c for c in org["changes"] if c["kind"] == "changed")
    assert change["url"] == logged["url"] and change["name"] == "ACME-DC01"
    assert org["counts"]["changed"] == 1 and org["counts"]["removed"] == 0
    assert body["truncated"] is False
    cut = await client.get(
        "/v1/changes",
        params={"organization": "7", "since": "2000-01-01", "limit": 1},
        headers=auth(tokens["read"]),
    )
    [whole] = cut.json()["organizations"]
    assert cut.json()["truncated"] is True and len(whole["changes"]) == 1
    assert whole["counts"]["changed"] == 1  # one record (two of its fields), counted whole

    every = await client.get(
        "/v1/changes", params={"since": "2000-01-01"}, headers=auth(tokens["read"])
    )
    planted = _planted(every.json())
    assert len(planted[7]) == 2 and len(planted[1]) == 2

    text = await client.get(
        "/v1/changes",
        params={"organization": "7", "since": since, "format": "markdown"},
        headers=auth(tokens["read"]),
    )
    assert text.headers["content-type"].startswith("text/markdown")
    assert f"primary_ip 10.7.10.9 → {acme.primary_ip}" in text.text
    assert "## Acme Logistics" in text.text and "SN-OLD" not in text.text
    assert f"[IT Glue]({logged['url']})" in text.text

    bad = await client.get(
        "/v1/changes", params={"since": "whenever"}, headers=auth(tokens["read"])
    )
    assert bad.status_code == 422 and "since: not a day" in bad.json()["error"]["message"]
    assert (await client.get("/v1/changes")).status_code == 401


async def test_a_key_for_one_organization_sees_only_its_changes_and_no_value(
    client: httpx.AsyncClient, tokens: dict[str, str], logged: dict[str, Any]
) -> None:
    harbor = await client.get(
        "/v1/changes", params={"since": "2000-01-01"}, headers=auth(tokens["harbor"])
    )
    assert harbor.status_code == 200, harbor.text
    assert [o["organization_id"] for o in harbor.json()["organizations"]] == [1]
    assert _planted(harbor.json()) == {
        1: [
            (logged["password"].source_id, "changed", "value", None, None),
            ("contact:39998", "removed", None, None, None),
        ]
    }
    refused = await client.get(
        "/v1/changes", params={"organization": "7"}, headers=auth(tokens["harbor"])
    )
    assert refused.status_code == 403
    hidden = await client.get(
        "/v1/changes", params={"organization": "Acme Logistics"}, headers=auth(tokens["harbor"])
    )
    assert hidden.status_code == 404


async def test_the_cli_shows_what_a_second_load_changed(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    acme = one_org(sample_snapshot, 7)
    await ingest_into(tmp_path, acme, embedder)
    dc = _dc(acme, "ACME-DC01")
    acme.configurations = [
        c.model_copy(update={"primary_ip": "10.7.99.99"}) if c.id == dc.id else c
        for c in acme.configurations
    ]
    await ingest_into(tmp_path, acme, embedder)

    shown = _cli("changes", "--org", "Acme Logistics", "--json", data_dir=tmp_path)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["basis"] == "every change logged (no sync yet)"
    [org] = data["organizations"]
    # the first load: one count per record type (the account's asset types are no one's)
    assert org["counts"]["loaded"] == len([r for r in acme.records() if r.organization_id == 7])
    assert _planted(data) == {
        7: [(dc.source_id, "changed", "primary_ip", dc.primary_ip, "10.7.99.99")]
    }
    text = _cli("changes", "--since", "yesterday", data_dir=tmp_path)
    assert text.returncode == 0, text.stderr
    assert f"changed ACME-DC01 ({dc.source_id}): primary_ip {dc.primary_ip} → 10.7.99.99" in (
        " ".join(text.stdout.split())
    )
    bad = _cli("changes", "--since", "whenever", data_dir=tmp_path)
    assert bad.returncode == 2 and "since: not a day" in bad.stderr
    asked = _cli("ask", "what changed at Acme Logistics since yesterday?", data_dir=tmp_path)
    assert asked.returncode == 0, asked.stderr
    said = " ".join(asked.stdout.split())
    assert f"The primary IP of ACME-DC01 changed from {dc.primary_ip} to 10.7.99.99" in said, said
    assert "Acme Logistics, since" in said and "1 record changed" in said


async def test_what_changed_asked_in_words_answers_from_the_change_log(
    client: httpx.AsyncClient, tokens: dict[str, str], logged: dict[str, Any]
) -> None:
    """'What changed at Acme since <day>?' through /v1/query: the counts and each change as
    a sentence, cited to the changed record with its IT Glue link, validated like any claim;
    older changes and other organizations' are not in it."""
    acme, since = logged["acme"], logged["week_ago"]
    asked = await client.post(
        "/v1/query",
        json={"question": f"What changed at Acme Logistics since {since.isoformat()}?"},
        headers=auth(tokens["read"]),
    )
    assert asked.status_code == 200, asked.text
    body = asked.json()
    answer = body["answer"]
    day = (datetime.now(UTC) - timedelta(days=3)).date().isoformat()
    assert f"The primary IP of ACME-DC01 changed from 10.7.10.9 to {acme.primary_ip} on {day}" in (
        answer
    ), answer
    assert f"Acme Logistics, since {since:%A %Y-%m-%d}: 1 record changed" in answer
    assert "SN-OLD" not in answer and "Gone Person" not in answer  # older; another client's
    cited = {c["source_id"]: c for c in body["citations"]}
    assert cited[acme.source_id]["url"] == logged["url"]
    assert set(cited) == {acme.source_id, "organization:7"}
    assert any(s.startswith("change log since") for s in body["searched"])

    one = await client.post(  # a record named: only its changes
        "/v1/query",
        json={"question": f"has ACME-DC01 changed since {since.isoformat()}?"},
        headers=auth(tokens["read"]),
    )
    assert "The primary IP of ACME-DC01 changed" in one.json()["answer"]
    assert "Acme Logistics, since" not in one.json()["answer"]  # not the organization's counts
    serial = await client.post(  # a field of it named: that field's changes only
        "/v1/query",
        json={"question": f"has the serial of ACME-DC01 changed since {since.isoformat()}?"},
        headers=auth(tokens["read"]),
    )
    said = serial.json()["answer"]
    assert (
        f"No change to the serial number of ACME-DC01 was logged since {since:%A %Y-%m-%d}" in said
    )
    assert "primary IP" not in said and "SN-OLD" not in said  # older than the day asked
    older = await client.post(
        "/v1/query",
        json={"question": "was the serial number of ACME-DC01 changed in the last 30 days?"},
        headers=auth(tokens["read"]),
    )
    assert f"from SN-OLD to {acme.serial_number}" in older.json()["answer"], older.json()
    quiet = await client.post(
        "/v1/query",
        json={"question": f"what changed on ACME-FW01 since {since.isoformat()}?"},
        headers=auth(tokens["read"]),
    )
    assert f"No change to ACME-FW01 was logged since {since:%A %Y-%m-%d}" in quiet.json()["answer"]


async def test_what_changed_in_words_stays_in_the_callers_organizations(
    client: httpx.AsyncClient, tokens: dict[str, str], logged: dict[str, Any]
) -> None:
    """A key for organization 1 asking what changed everywhere gets organization 1's changes
    only; asking about Acme by name gets nothing of Acme's."""
    everywhere = await client.post(
        "/v1/query",
        json={"question": "what changed since 2000-01-01?"},
        headers=auth(tokens["harbor"]),
    )
    body = everywhere.json()
    assert "Gone Person was removed" in body["answer"], body["answer"]
    assert "password value of" in body["answer"] and "not shown" in body["answer"]
    assert logged["password"].source_id in {c["source_id"] for c in body["citations"]}
    assert {c["organization_id"] for c in body["citations"]} == {1}
    assert "ACME" not in body["answer"]
    acme = await client.post(
        "/v1/query",
        json={"question": "what changed at Acme Logistics since 2000-01-01?"},
        headers=auth(tokens["harbor"]),
    )
    assert acme.json()["answer"].startswith("No data available"), acme.json()["answer"]
    assert "ACME-DC01" not in acme.json()["answer"]
    nothing = await client.post(
        "/v1/query",
        json={"question": "any changes since 2099-01-01?"},
        headers=auth(tokens["harbor"]),
    )
    assert nothing.json()["answer"] == (
        "No data available: no change to the records of Harbor & Lane LLP was logged since "
        "2099-01-01."
    ), nothing.json()["answer"]


async def test_a_long_change_list_is_cut_and_says_where_the_rest_is(
    services: Services,
    client: httpx.AsyncClient,
    tokens: dict[str, str],
    sample_snapshot: Snapshot,
) -> None:
    """Two changes logged for each of an organization's 31 configurations: the answer says 40
    sentences (the counts first), and a note says more were logged and where all are."""
    org = next(o for o in sample_snapshot.organizations if o.id == 3)
    devices = [c for c in sample_snapshot.configurations if c.organization_id == 3]
    at = datetime.now(UTC) - timedelta(hours=2)
    rows = [
        (3, c.source_id, "configuration", c.name, "changed", field, "old", f"new {n}", None, at)
        for n, c in enumerate(devices)
        for field in ("notes", "model")
    ]
    async with planted(services, rows):
        asked = await client.post(
            "/v1/query",
            json={"question": f"what changed at {org.name} today?"},
            headers=auth(tokens["read"]),
        )
    body = asked.json()
    kept = [v["claim"] for v in body["verdicts"] if v["supported"]]
    assert len(rows) > 40 and len(kept) == 40, body["answer"]
    assert kept[0].startswith(f"{org.name}, since ")
    assert f"{len(devices)} records changed" in kept[0]
    assert "More changes were logged than this answer lists" in body["answer"]


async def test_a_named_record_is_read_from_the_log_however_many_others_changed(
    services: Services,
    client: httpx.AsyncClient,
    tokens: dict[str, str],
    logged: dict[str, Any],
    sample_snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More newer changes of other records than the retriever reads: the record asked about
    is still found (filtered in SQL), never a false 'No change … was logged'."""
    import retrievers.changes

    monkeypatch.setattr(retrievers.changes, "LIMIT", 3)
    fw = _dc(sample_snapshot, "ACME-FW01")
    at = datetime.now(UTC) - timedelta(hours=1)
    rows = [
        (7, fw.source_id, "configuration", fw.name, "changed", f"notes{n}", "a", "b", None, at)
        for n in range(6)
    ]
    async with planted(services, rows):
        asked = await client.post(
            "/v1/query",
            json={"question": f"has ACME-DC01 changed since {logged['week_ago'].isoformat()}?"},
            headers=auth(tokens["read"]),
        )
    answer = asked.json()["answer"]
    assert f"changed from 10.7.10.9 to {logged['acme'].primary_ip}" in answer, answer
    assert "No change to ACME-DC01" not in answer
