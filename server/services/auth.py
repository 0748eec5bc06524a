"""Who is calling and what they may do, for every door: the HTTP routes (`server/deps.py`),
MCP over HTTP (`tools/http.py` checks the key once per request, the tools apply its scopes)
and MCP over stdio (the local operator). A key is verified once, counted against its rate
limit, checked for the scope the call needs, and scoped to the organizations it may read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from server.services.base import Services
from server.services.errors import ApiError
from stores.keys import LOCAL_OPERATOR, ApiKey

MISSING = (
    "missing API key: send 'Authorization: Bearer <key>' (create one with itglue-rag keys create)"
)
INVALID = "invalid or revoked API key"
CHALLENGE = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True)
class Caller:
    key: ApiKey

    @property
    def user(self) -> str:
        """How traces name this caller: the key id, never the key."""
        return f"key:{self.key.id}"

    @property
    def organization_ids(self) -> tuple[int, ...] | None:
        return self.key.organization_ids

    def scope(self, asked: list[int] | None) -> tuple[int, ...] | None:
        """The organizations a request may read: what it asks for, inside the allow-list."""
        if not asked:
            return self.organization_ids
        if self.organization_ids is not None:
            outside = sorted(set(asked) - set(self.organization_ids))
            if outside:
                raise ApiError(403, f"this key may not read organizations {outside}")
        return tuple(sorted(set(asked)))


OPERATOR = Caller(LOCAL_OPERATOR)
"""The local operator (stdio, in-process): every organization, every scope, no rate limit."""


def token_of(headers: Mapping[str, str]) -> str | None:
    """The API key a request carries (`Authorization: Bearer …` or `X-API-Key`); `headers`
    keyed in lower case, as Starlette's and ASGI's are."""
    header = headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return headers.get("x-api-key") or None


async def identify(svc: Services, token: str | None) -> ApiKey:
    """The key behind `token` (401 when there is none or it is not a live key)."""
    if not token:
        raise ApiError(401, MISSING, headers=CHALLENGE)
    key = await svc.verify(token)
    if key is None:
        raise ApiError(401, INVALID, headers=CHALLENGE)
    return key


async def retry_after(svc: Services, key: ApiKey) -> int | None:
    """Counts one request of `key`: None when it may pass, else whole seconds to wait. The
    operator's own commands (a sync's polling) are not limited."""
    if key is LOCAL_OPERATOR:
        return None
    wait = await svc.limiter.check(key.id)
    return None if wait is None else max(1, int(wait + 0.999))


async def admit(svc: Services, key: ApiKey, scope: str | None) -> Caller:
    """One call of `key` that needs `scope` (None: the service checks it itself, as the vault
    does to audit a refusal): 429 over its rate limit, 403 without the scope."""
    seconds = await retry_after(svc, key)
    if seconds is not None:
        raise ApiError(
            429,
            f"rate limit of {svc.limiter.per_minute} requests per minute reached; "
            f"retry in {seconds}s",
            headers={"Retry-After": str(seconds)},
        )
    if scope is not None and not key.allows(scope):
        raise ApiError(403, f"this key lacks the '{scope}' scope")
    return Caller(key)


async def authenticate(svc: Services, headers: Mapping[str, str], scope: str | None) -> Caller:
    """A request's caller: its key identified, counted and checked for `scope`."""
    return await admit(svc, await identify(svc, token_of(headers)), scope)


async def organizations(svc: Services, caller: Caller, named: str | None = None) -> list[int]:
    """The organizations a call reads: every one the caller may read, or those of them that
    match `named` (404 with the same words whether it exists elsewhere or not at all)."""
    allowed = await svc.in_reach(caller.organization_ids)
    if not named:
        return list(allowed)
    found = [o.id for o in await svc.stores.sql.find_organizations(named)]
    inside = [o for o in found if o in allowed]
    if not inside:
        raise ApiError(404, f"no organization '{named}' (use list_organizations)")
    return inside
