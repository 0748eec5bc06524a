"""Key management over the API, and the operator token a server writes for local commands."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from core.embeddings import Embedder
from server.app import create_app
from server.services import Services, open_services
from stores import Stores
from tests.server.conftest import auth


@pytest.fixture
async def empty(fresh: Stores, embedder: Embedder) -> AsyncIterator[Services]:
    svc = await open_services(fresh.settings, stores=fresh, embedder=embedder)
    yield svc
    await svc.close()


async def test_an_admin_key_manages_keys_and_a_revoked_key_is_refused_at_once(
    empty: Services,
) -> None:
    keys = empty.stores.sql.keys
    _, admin = await keys.create("admin", ["admin"])
    _, limited = await keys.create("limited admin", ["admin"], [7])
    _, reader = await keys.create("reader", ["read"])
    transport = httpx.ASGITransport(app=create_app(services=empty))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        made = await client.post("/v1/keys", json={"scopes": ["read"]}, headers=auth(admin))
        assert made.status_code == 201
        key, token = made.json()["key"], made.json()["token"]
        assert key["scopes"] == ["read"] and token.startswith(f"igr_{key['id']}_")
        assert (await client.get("/v1/organizations", headers=auth(token))).status_code == 200

        listed = (await client.get("/v1/keys", headers=auth(admin))).json()["keys"]
        assert key["id"] in [k["id"] for k in listed]
        assert "token" not in str(listed) and token not in str(listed)

        gone = await client.delete(f"/v1/keys/{key['id']}", headers=auth(admin))
        assert gone.status_code == 204
        assert (await client.get("/v1/organizations", headers=auth(token))).status_code == 401
        twice = await client.delete(f"/v1/keys/{key['id']}", headers=auth(admin))
        assert twice.status_code == 404 and twice.json()["error"]["message"] == (
            f"no live key '{key['id']}'"
        )

        bad = await client.post("/v1/keys", json={"scopes": ["root"]}, headers=auth(admin))
        assert bad.status_code == 422 and "scopes must be some of" in bad.text
        unknown = {"scopes": ["read"], "organizations": [424242]}
        nowhere = await client.post("/v1/keys", json=unknown, headers=auth(admin))
        assert nowhere.status_code == 422 and "424242" in nowhere.json()["error"]["message"]
        # an admin limited to some organizations could mint a key for all of them: refused
        escalate = await client.post("/v1/keys", json={"scopes": ["admin"]}, headers=auth(limited))
        assert escalate.status_code == 403
        assert (await client.get("/v1/keys", headers=auth(reader))).status_code == 403


async def test_the_operator_token_is_every_scope_only_while_the_server_holds_it(
    empty: Services,
) -> None:
    empty.local_token = "igr_local_" + "s" * 43
    transport = httpx.ASGITransport(app=create_app(services=empty))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        operator = auth(empty.local_token)
        status = await client.get("/v1/status", headers=operator)
        assert status.status_code == 200 and status.json()["sql"]["organization"] == 0
        assert (await client.get("/v1/keys", headers=operator)).status_code == 200
        assert (await client.get("/v1/sync", headers=operator)).json()["jobs"] == []
        assert (await client.get("/metrics", headers=operator)).status_code == 200
        near = auth(empty.local_token[:-1] + "t")
        assert (await client.get("/v1/status", headers=near)).status_code == 401

        empty.local_token = None  # the server stopped: its token opens nothing
        assert (await client.get("/v1/status", headers=operator)).status_code == 401
