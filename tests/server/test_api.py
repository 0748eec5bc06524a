"""Each route's success and its 4xx cases, through the real app."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import httpx
import pytest

from core.crypto import load_cipher
from core.models import Organization, Snapshot
from server.app import create_app
from server.services import KeyRateLimiter, Services
from server.services.auth import by_name, pick
from server.services.errors import ApiError
from stores import Stores
from tests.conftest import make_settings
from tests.server.conftest import auth

Q = "/v1/query"
JSON = {"Content-Type": "application/json"}


def _error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert set(body) == {"code", "message", "details", "request_id"}
    assert body["request_id"] == response.headers["x-request-id"]
    return body


async def test_health_needs_no_key(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/health")
    assert response.status_code == 200
    assert response.json()["stores"] == {"sql": "ok", "graph": "ok", "vector": "ok", "vault": "ok"}
    assert response.json()["backends"]["tracing"] == "off"


async def test_keys_are_required_and_checked(client: httpx.AsyncClient, tokens: dict) -> None:
    missing = _error(await client.post(Q, json={"question": "hi"}), 401)
    assert "missing API key" in missing["message"]
    _error(await client.post(Q, json={"question": "hi"}, headers=auth("igr_nope_nope")), 401)
    forbidden = _error(await client.post("/v1/sync", json={}, headers=auth(tokens["read"])), 403)
    assert "'admin' scope" in forbidden["message"]
    _error(await client.get("/metrics"), 401)
    metrics = await client.get("/metrics", headers=auth(tokens["read"]))
    assert metrics.status_code == 200 and "python_info" in metrics.text
    limited = _error(await client.get("/metrics", headers=auth(tokens["harbor"])), 403)
    assert "every organization" in limited["message"]  # service-wide counts, not one client's


async def test_query_answers_and_caches(
    client: httpx.AsyncClient, tokens: dict, sample_snapshot: Snapshot
) -> None:
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    body = {"question": "What is the IP address of ACME-DC01?"}
    first = await client.post(Q, json=body, headers=auth(tokens["read"]))
    assert first.status_code == 200, first.text
    data = first.json()
    assert data["answer"] == f"ACME-DC01 has primary IP {dc.primary_ip} [1]."
    assert data["citations"][0]["source_id"] == dc.source_id and not data["cached"]
    again = await client.post(Q, json=body, headers=auth(tokens["read"]))
    assert again.json()["cached"] and again.json()["answer"] == data["answer"]


async def test_query_input_errors_are_422_with_a_message(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    h = auth(tokens["read"])
    assert "question" in _error(await client.post(Q, json={}, headers=h), 422)["message"]
    _error(await client.post(Q, json={"question": ""}, headers=h), 422)
    _error(await client.post(Q, json={"question": "   "}, headers=h), 422)
    _error(await client.post(Q, json={"question": "x" * 5000}, headers=h), 422)
    _error(await client.post(Q, json={"question": "hi", "thread_id": "a b"}, headers=h), 422)
    _error(await client.post(Q, content=b"not json", headers=h), 422)
    nul = {"question": "ip of acme-dc01\x00", "thread_id": "t-nul"}  # a NUL never reaches a store
    assert "control characters" in _error(await client.post(Q, json=nul, headers=h), 422)["message"]


async def test_an_endless_window_is_every_date_not_a_500(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    for unit in ("days", "weeks", "months", "years"):
        question = f"what expires in the next 99999999999 {unit}?"
        answer = await client.post(Q, json={"question": question}, headers=auth(tokens["read"]))
        assert answer.status_code == 200, (unit, answer.text)


async def test_a_key_limited_to_one_organization_sees_only_it(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    h = auth(tokens["harbor"])
    answer = await client.post(
        Q, json={"question": "What is the IP address of ACME-DC01?"}, headers=h
    )
    assert answer.json()["answer"].startswith("No data available")
    assert answer.json()["citations"] == []
    _error(await client.post(Q, json={"question": "hi", "organizations": [7]}, headers=h), 403)
    orgs = await client.get("/v1/organizations", headers=h)
    assert [o["id"] for o in orgs.json()["organizations"]] == [1]
    everyone = await client.get("/v1/organizations", headers=auth(tokens["read"]))
    assert len(everyone.json()["organizations"]) == 12
    found = await client.post(
        "/v1/search", json={"query": "print spooler restart", "limit": 20}, headers=h
    )
    assert found.status_code == 200
    assert {r["organization_id"] for r in found.json()["results"]} == {1}


async def test_search_returns_highlights_and_filters_types(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    response = await client.post(
        "/v1/search",
        json={"query": "print spooler", "types": ["document"], "limit": 5},
        headers=auth(tokens["read"]),
    )
    results = response.json()["results"]
    assert len(results) == 5 and all(r["record_type"] == "document" for r in results)
    assert any("spooler" in line.lower() for r in results for line in r["highlights"])
    bad = await client.post(
        "/v1/search", json={"query": "x", "limit": 500}, headers=auth(tokens["read"])
    )
    _error(bad, 422)
    _error(
        await client.post(
            "/v1/search", json={"query": "x", "types": ["nope"]}, headers=auth(tokens["read"])
        ),
        422,
    )


async def test_password_values_need_the_scope_and_are_audited(
    client: httpx.AsyncClient,
    tokens: dict,
    services: Services,
    sample_snapshot: Snapshot,
    sample_dir: Path,
) -> None:
    entry = next(p for p in sample_snapshot.passwords if p.organization_id == 7)
    secret = load_cipher(make_settings(sample_dir)).decrypt(entry.value_encrypted or "")
    url = f"/v1/passwords/{entry.id}"
    _error(await client.get(url, headers=auth(tokens["read"])), 403)
    granted = await client.get(url, headers=auth(tokens["passwords"]))
    assert granted.status_code == 200 and granted.json()["value"] == secret
    _error(await client.get(url, headers=auth(tokens["harbor"])), 404)  # organization 7
    _error(await client.get("/v1/passwords/999999", headers=auth(tokens["passwords"])), 404)
    _error(await client.get("/v1/passwords/0", headers=auth(tokens["passwords"])), 422)
    _error(await client.get(url), 401)
    rows = await services.stores.sql.keys.audit_rows(10)
    mine = [r for r in rows if r["record"] in (f"password:{entry.id}", "password:999999")]
    assert [r["granted"] for r in mine][:4] == [False, False, True, False]
    assert all(r["key_id"] for r in mine)


async def test_a_vault_key_that_does_not_decrypt_is_unhealthy_and_every_failure_is_audited(
    tokens: dict, services: Services, sample_snapshot: Snapshot
) -> None:
    """A server holding another key than the data's: health says the vault is down (503), and
    each failed decryption is a 503 with a message and a denied row in the audit log."""
    import dataclasses

    from core.crypto import Cipher

    wrong = dataclasses.replace(services, cipher=Cipher(b"k" * 32))
    transport = httpx.ASGITransport(app=create_app(services=wrong))
    async with httpx.AsyncClient(transport=transport, base_url="http://itglue-rag.test") as c:
        health = await c.get("/v1/health")
        assert health.status_code == 503 and health.json()["status"] == "degraded"
        assert "do not decrypt" in health.json()["stores"]["vault"]
        entry = next(p for p in sample_snapshot.passwords if p.value_encrypted)
        failed = _error(
            await c.get(f"/v1/passwords/{entry.id}", headers=auth(tokens["passwords"])), 503
        )
        assert "cannot decrypt" in failed["message"]
    row = (await services.stores.sql.keys.audit_rows(1))[0]
    assert row["record"] == f"password:{entry.id}" and row["granted"] is False
    assert row["details"]["reason"] == "decryption failed"


async def test_sync_routes_need_admin_and_an_itglue_key(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    h = auth(tokens["admin"])
    missing = _error(await client.post("/v1/sync", json={}, headers=h), 409)
    assert "ITGLUE_API_KEY" in missing["message"]
    _error(await client.get("/v1/sync/424242", headers=h), 404)
    _error(await client.get("/v1/sync/abc", headers=h), 422)


async def test_rate_limit_answers_429_with_retry_after(
    client: httpx.AsyncClient, tokens: dict, services: Services
) -> None:
    services.limiter = KeyRateLimiter(3)
    h = auth(tokens["read"])
    for _ in range(3):
        assert (await client.get("/v1/organizations", headers=h)).status_code == 200
    limited = await client.get("/v1/organizations", headers=h)
    body = _error(limited, 429)
    assert int(limited.headers["retry-after"]) >= 1 and "per minute" in body["message"]
    other = await client.get("/v1/organizations", headers=auth(tokens["admin"]))
    assert other.status_code == 200  # limits are per key


async def test_openapi_lists_every_route(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert set(paths) >= {
        "/v1/query",
        "/v1/query/stream",
        "/v1/search",
        "/v1/organizations",
        "/v1/sync",
        "/v1/sync/{job_id}",
        "/v1/passwords/{password_id}",
        "/v1/health",
        "/metrics",
    }


async def test_records_show_fields_in_scope_and_never_a_password_value(
    client: httpx.AsyncClient, tokens: dict, sample_snapshot: Snapshot, sample_dir: Path
) -> None:
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    ok = await client.get(f"/v1/records/{dc.source_id}", headers=auth(tokens["read"]))
    assert ok.status_code == 200 and ok.json()["fields"]["primary_ip"] == dc.primary_ip
    _error(await client.get(f"/v1/records/{dc.source_id}", headers=auth(tokens["harbor"])), 404)
    _error(await client.get("/v1/records/nonsense", headers=auth(tokens["read"])), 422)
    entry = next(p for p in sample_snapshot.passwords if p.organization_id == 7)
    shown = await client.get(f"/v1/records/{entry.source_id}", headers=auth(tokens["admin"]))
    secret = load_cipher(make_settings(sample_dir)).decrypt(entry.value_encrypted or "")
    assert shown.status_code == 200 and secret not in shown.text
    assert "value_encrypted" not in shown.text


async def test_a_record_links_to_its_page_in_it_glue_where_it_has_one(
    client: httpx.AsyncClient, tokens: dict, sample: Stores, sample_snapshot: Snapshot
) -> None:
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    plain = await client.get(f"/v1/records/{dc.source_id}", headers=auth(tokens["read"]))
    assert plain.json()["url"] is None  # the sample was generated, not synced: no links
    url = f"https://acme.itglue.com/{dc.organization_id}/configurations/{dc.id}"
    linked = dc.model_copy(update={"id": 9_900_001, "resource_url": url, "interfaces": ()})
    await sample.sql.upsert_records([linked])
    try:
        shown = await client.get(f"/v1/records/{linked.source_id}", headers=auth(tokens["read"]))
        assert shown.json()["url"] == url
        assert "resource_url" not in shown.json()["fields"]  # a link, not a fact to check
    finally:
        await sample.sql.delete_records(linked.record_type, [linked.id])


async def test_the_chat_page_is_served(client: httpx.AsyncClient) -> None:
    page = await client.get("/")
    assert page.status_code == 200 and "/v1/query/stream" in page.text


async def test_out_of_range_organization_ids_are_422(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    h = auth(tokens["read"])
    for route, body in (
        ("/v1/search", {"query": "printer", "organizations": [2**70]}),
        (Q, {"question": "hi", "organizations": [0]}),
    ):
        _error(await client.post(route, json=body, headers=h), 422)


async def test_metrics_count_requests_answers_and_the_cache(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    h = auth(tokens["read"])
    for _ in range(2):
        await client.post(Q, json={"question": "What does HLL-DMS01 depend on?"}, headers=h)
    await client.post(Q, json={"question": "What is the IP address of ACME-DC99?"}, headers=h)
    text = (await client.get("/metrics", headers=h)).text

    def value(line_start: str) -> float:
        return sum(
            float(line.rsplit(" ", 1)[1])
            for line in text.splitlines()
            if line.startswith(line_start)
        )

    assert value('itglue_rag_requests_total{method="POST",route="/v1/query",status="200"}') >= 3
    assert value('itglue_rag_answers_total{found="false"}') >= 1
    assert value('itglue_rag_cache_total{result="hit"}') >= 1
    assert value('itglue_rag_node_seconds_count{node="validate"}') >= 2
    assert value("itglue_rag_citations_total") >= 1


async def test_a_thread_belongs_to_the_key_that_started_it(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    """Another key naming the same thread id gets a thread of its own: the first key's
    organizations and devices never reach it, and it writes nothing into the first one's."""
    everyone, harbor = auth(tokens["read"]), auth(tokens["harbor"])
    first = {"question": "What is the IP address of ACME-DC01?", "thread_id": "t1"}
    assert (await client.post(Q, json=first, headers=everyone)).json()["found"]
    probe = {"question": "And its MAC address?", "thread_id": "t1"}
    other = (await client.post(Q, json=probe, headers=harbor)).json()
    assert other["answer"].startswith("No data available") and not other["citations"]
    assert not any("Acme" in s for s in other["searched"]), other["searched"]
    async with client.stream("POST", Q + "/stream", json=probe, headers=harbor) as r:
        text = (await r.aread()).decode()
    assert "configuration:10182" not in text and "Acme" not in text  # the plan event too
    mine = await client.post(Q, json=probe, headers=everyone)  # the first key's thread goes on
    assert (
        mine.json()["found"] and mine.json()["citations"][0]["source_id"] == "configuration:10182"
    )


async def test_the_question_length_limit_is_the_setting(services: Services, tokens: dict) -> None:
    """ITGLUE_RAG_MAX_QUESTION above 2000 lets longer questions in (2000 was also fixed in the
    request schema, so the setting could only lower it)."""
    longer = dataclasses.replace(
        services, settings=services.settings.model_copy(update={"max_question_chars": 5000})
    )
    transport = httpx.ASGITransport(app=create_app(services=longer))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        question = "What is the IP address of ACME-DC01? " + "please " * 400  # 2,837 characters
        answer = await c.post(Q, json={"question": question}, headers=auth(tokens["read"]))
        assert answer.status_code == 200, answer.text
        too_long = {"question": "x" * 5001}
        assert (
            "5000"
            in _error(await c.post(Q, json=too_long, headers=auth(tokens["read"])), 422)["message"]
        )


async def test_a_body_over_a_mebibyte_is_refused_before_it_is_read(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    """A 2 MiB POST, with or without a key: a 413 that says why, not a parsed body."""
    big = b'{"question": "' + b"x" * (2 << 20) + b'"}'
    for headers in ({}, auth(tokens["read"])):
        refused = _error(await client.post(Q, content=big, headers=headers), 413)
        assert "larger than" in refused["message"]
    assert (await client.get("/v1/health")).status_code == 200


async def test_thread_memory_is_bounded_per_thread_per_key_and_in_time(
    services: Services, tokens: dict
) -> None:
    """A thread keeps one checkpoint however many turns it takes; a key keeps its newest
    `threads_per_key` threads (the oldest is forgotten: a follow-up there starts afresh); a
    thread unused for longer than the retention is deleted by the sweep."""
    from stores.checkpoints import ThreadJanitor

    assert services.threads is not None
    janitor = ThreadJanitor(services.threads.saver, services.stores.sql, 30, per_key=2)
    bounded = dataclasses.replace(services, threads=janitor)
    key = await services.stores.sql.keys.create("threads", ["read"])
    h, prefix = auth(key[1]), f"key:{key[0].id}/"
    transport = httpx.ASGITransport(app=create_app(services=bounded))

    async def checkpoints(thread: str | None = None) -> dict[str, int]:
        async with services.stores.sql.pool.connection() as conn:
            rows = await (
                await conn.execute(
                    "SELECT thread_id, count(*) AS n FROM checkpoints WHERE thread_id LIKE %s "
                    "GROUP BY thread_id",
                    (prefix + "%",),
                )
            ).fetchall()
        return {r["thread_id"].rsplit("/", 1)[1]: r["n"] for r in rows}

    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        for question in ("What is the IP address of ACME-DC01?", "And its MAC address?"):
            reply = await c.post(Q, json={"question": question, "thread_id": "a"}, headers=h)
            assert reply.json()["found"], question
        assert await checkpoints() == {"a": 1}  # two turns, one checkpoint
        for thread in ("b", "c"):
            body = {"question": "Who is the primary contact at Harbor & Lane?", "thread_id": thread}
            assert (await c.post(Q, json=body, headers=h)).status_code == 200
        assert await checkpoints() == {"b": 1, "c": 1}  # "a", the oldest, is forgotten
        again = {"question": "And its MAC address?", "thread_id": "a"}
        assert (
            (await c.post(Q, json=again, headers=h))
            .json()["answer"]
            .startswith("No data available")
        )
    async with services.stores.sql.pool.connection() as conn:
        await conn.execute(
            "UPDATE checkpoints SET checkpoint = jsonb_set(checkpoint, '{ts}', "
            "to_jsonb((now() - interval '40 days')::text)) WHERE thread_id LIKE %s",
            (prefix + "%",),
        )
    assert await janitor.sweep() >= 2  # "c" and the new "a"
    assert await checkpoints() == {}


async def test_organizations_are_given_by_id_or_name_on_every_route(
    client: httpx.AsyncClient, tokens: dict, sample_snapshot: Snapshot
) -> None:
    h = auth(tokens["read"])
    acme = next(o for o in sample_snapshot.organizations if o.name == "Acme Logistics")
    for given in (["Acme Logistics"], ["ACME LOGISTICS"], [acme.id], [f"organization:{acme.id}"]):
        answer = await client.post(
            Q,
            json={"question": "What is the IP address of ACME-DC01?", "organizations": given},
            headers=h,
        )
        assert answer.status_code == 200, (given, answer.text)
        assert answer.json()["found"] and "ACME-DC01" in answer.json()["answer"]
        found = await client.post(
            "/v1/search", json={"query": "domain controller", "organizations": given}, headers=h
        )
        assert {r["organization_id"] for r in found.json()["results"]} == {acme.id}
    checked = await client.post(
        "/v1/verify",
        json={"text": "ACME-DC01 is a server.", "organizations": ["Acme Logistics"]},
        headers=h,
    )
    assert checked.status_code == 200, checked.text
    unknown = _error(
        await client.post(
            Q, json={"question": "hi", "organizations": ["Acme Logistix"]}, headers=h
        ),
        404,
    )
    assert f"did you mean Acme Logistics ({acme.id})" in unknown["message"]
    assert unknown["details"]["candidates"][0]["id"] == acme.id
    # a key limited to organization 1 learns nothing of another client's name
    harbor = auth(tokens["harbor"])
    said = [
        _error(
            await client.post(Q, json={"question": "hi", "organizations": [name]}, headers=harbor),
            404,
        )["message"].replace(name, "X")
        for name in ("Acme Logistics", "Zzyzx Corp")
    ]
    assert said[0] == said[1]
    made = await client.post(
        "/v1/keys",
        json={"scopes": ["read"], "organizations": ["Acme Logistics"]},
        headers=auth(tokens["admin"]),
    )
    assert made.status_code == 201 and made.json()["key"]["organization_ids"] == [acme.id]


async def test_a_password_is_asked_for_by_its_id_or_its_source_id(
    client: httpx.AsyncClient, tokens: dict, sample_snapshot: Snapshot
) -> None:
    entry = next(p for p in sample_snapshot.passwords if p.value_encrypted)
    h = auth(tokens["passwords"])
    for given in (str(entry.id), entry.source_id):
        shown = await client.get(f"/v1/passwords/{given}", headers=h)
        assert shown.status_code == 200 and shown.json()["id"] == entry.id
    wrong = _error(await client.get("/v1/passwords/configuration:5", headers=h), 422)
    assert (
        wrong["message"] == "password_id: not a password id: 'configuration:5' (e.g. password:123)"
    )
    _error(await client.get(f"/v1/passwords/{2**53}", headers=h), 422)
    _error(await client.get(f"/v1/sync/{2**53}", headers=auth(tokens["admin"])), 422)


async def test_input_errors_are_plain_messages(client: httpx.AsyncClient, tokens: dict) -> None:
    h = auth(tokens["read"])
    for body, said in (
        ({"query": "x", "limit": 500}, "limit: Input should be less than or equal to 50"),
        (
            {"query": "x", "organizations": [0]},
            "organizations.0: Input should be greater than or equal to 1",
        ),
        (
            {"query": "x", "organizations": [""]},
            "organizations.0: String should have at least 1 character",
        ),
    ):
        error = _error(await client.post("/v1/search", json=body, headers=h), 422)
        assert error["message"] == said
        assert "pydantic" not in json.dumps(error) and "input" not in error["details"][0]


def test_names_resolve_to_one_organization_or_a_4xx_with_the_candidates() -> None:
    orgs = [
        Organization(id=3, organization_id=3, name="Blue Water Dental", short_name="BWD"),
        Organization(id=9, organization_id=9, name="BWD", short_name=None),
        Organization(id=4, organization_id=4, name="Faucets Inc", short_name="Faucets"),
    ]
    assert by_name("faucets", orgs) == 4 and by_name("FAUCETS INC", orgs) == 4
    for text, status, said, candidates in (
        ("bwd", 422, "organization 'bwd' is ambiguous: Blue Water Dental (3), BWD (9)", [3, 9]),
        ("Faucet", 404, "no organization 'Faucet' in reach; did you mean Faucets Inc (4)?", [4]),
        (
            "Nowhere",
            404,
            "no organization 'Nowhere' in reach (list the organizations to see their names)",
            [],
        ),
    ):
        with pytest.raises(ApiError) as refused:
            by_name(text, orgs)
        assert refused.value.status == status and refused.value.message.startswith(said)
        assert [c["id"] for c in refused.value.details["candidates"]] == candidates
    # the CLI's --org (with or without a server): ids, source ids and names, each exactly one
    assert pick(["4", "organization:3", "Blue Water Dental"], orgs) == (3, 4)
    for given, status in ((["bwd"], 422), (["12"], 404), (["Nowhere"], 404)):
        with pytest.raises(ApiError) as refused:
            pick(given, orgs)
        assert refused.value.status == status


async def test_a_refused_key_gets_an_rfc_6750_challenge(client: httpx.AsyncClient) -> None:
    missing = await client.post(Q, json={"question": "hi"})
    assert missing.headers["www-authenticate"] == 'Bearer realm="itglue-rag"'
    bad = await client.post(Q, json={"question": "hi"}, headers=auth("igr_nope_nope"))
    challenge = bad.headers["www-authenticate"]
    assert bad.status_code == 401 and 'error="invalid_token"' in challenge
    assert 'error_description="invalid or revoked API key"' in challenge


async def test_the_stream_takes_organization_names_and_refuses_unknown_ones_before_it_starts(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    h = auth(tokens["read"])
    body = {"question": "What is the IP address of ACME-DC01?", "organizations": ["Nowhere Inc"]}
    refused = _error(await client.post(f"{Q}/stream", json=body, headers=h), 404)
    assert refused["message"].startswith("no organization 'Nowhere Inc' in reach")
    body["organizations"] = ["Acme Logistics"]
    streamed = await client.post(f"{Q}/stream", json=body, headers=h)
    assert streamed.status_code == 200 and "event: answer" in streamed.text
    assert "ACME-DC01 has primary IP" in streamed.text


async def test_a_newcomers_mistakes_get_plain_messages(
    client: httpx.AsyncClient, tokens: dict, sample_snapshot: Snapshot
) -> None:
    """Each came back as a 4xx whose message pointed elsewhere: '13: JSON decode error' (13 is
    the character), a dictionary 'to extract fields from' (curl without a Content-Type),
    'missing API key' for a key sent without 'Bearer', pydantic's 'Value error, ' prefix."""
    key = auth(tokens["read"])
    broken = await client.post(Q, content='{"question": ', headers=key | JSON)
    assert _error(broken, 422)["message"].startswith("body: not valid JSON (at character")
    untyped = await client.post(Q, content='{"question": "hi"}', headers=key)
    assert "Content-Type: application/json" in _error(untyped, 422)["message"]
    bare = await client.post(Q, json={"question": "hi"}, headers={"Authorization": tokens["read"]})
    assert _error(bare, 401)["message"] == "the Authorization header must read 'Bearer <key>'"
    control = await client.post(Q, json={"question": "a\x00b"}, headers=key)
    said = _error(control, 422)["message"]
    assert said.startswith("question: ") and "Value error" not in said
    nowhere = await client.post(Q, json={"question": "hi", "organizations": [9999]}, headers=key)
    assert _error(nowhere, 404)["message"] == "no organization 9999 in reach"


async def test_an_answer_says_which_organizations_it_searched(
    client: httpx.AsyncClient, tokens: dict
) -> None:
    asked = {"question": "list the firewalls", "organizations": ["Acme Logistics"]}
    answer = await client.post(Q, json=asked, headers=auth(tokens["read"]))
    assert answer.status_code == 200 and "in Acme Logistics" in answer.json()["searched"][0]
