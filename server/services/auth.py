"""Who is calling and what they may do, for every door: the HTTP routes (`server/deps.py`),
MCP over HTTP (`tools/http.py` checks the key once per request, the tools apply its scopes)
and MCP over stdio (the local operator). A key is verified once, counted against its rate
limit, checked for the scope the call needs, and scoped to the organizations it may read."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.models import Organization, SourceId
from server.services.base import Services
from server.services.errors import ApiError
from server.services.schemas import MAX_ID
from stores.keys import LOCAL_OPERATOR, ApiKey

MISSING = (
    "missing API key: send 'Authorization: Bearer <key>' (create one with itglue-rag keys create)"
)
INVALID = "invalid or revoked API key"
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="itglue-rag"'}
"""The answer to a request without a key (RFC 6750: no error code when none was sent)."""
REFUSED = {
    "WWW-Authenticate": (
        f'Bearer realm="itglue-rag", error="invalid_token", error_description="{INVALID}"'
    )
}
"""The answer to a key that is not a live one."""


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


OPERATOR = Caller(LOCAL_OPERATOR)
"""The local operator (stdio, in-process): every organization, every scope, no rate limit."""


def token_of(headers: Mapping[str, str]) -> str | None:
    """The API key a request carries (`Authorization: Bearer …` or `X-API-Key`); `headers`
    keyed in lower case, as Starlette's and ASGI's are. An Authorization header of another
    form (the key alone, `Basic …`) is a 401 that says so, not a missing key."""
    header = headers.get("authorization", "").strip()
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    if header and not headers.get("x-api-key"):
        raise ApiError(401, "the Authorization header must read 'Bearer <key>'", headers=CHALLENGE)
    return headers.get("x-api-key") or None


async def identify(svc: Services, token: str | None) -> ApiKey:
    """The key behind `token` (401 when there is none or it is not a live key)."""
    if not token:
        raise ApiError(401, MISSING, headers=CHALLENGE)
    key = await svc.verify(token)
    if key is None:
        raise ApiError(401, INVALID, headers=REFUSED)
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


def organization_id(given: int | str, field: str = "organizations") -> int | None:
    """The id a caller gave for an organization (`7`, `"7"`, `"organization:7"`), or None for
    a name; 422 for an id no organization can have."""
    if isinstance(given, str):
        text = given.strip()
        if text.lower().startswith("organization:"):
            try:
                given = SourceId.parse(text.lower()).id
            except ValueError:
                raise ApiError(422, f"{field}: not an organization id: {text!r}") from None
        elif text.isascii() and text.isdigit():
            given = int(text)
        else:
            return None
    if not 1 <= given <= MAX_ID:
        raise ApiError(422, f"{field}: {given} is not an organization id (1 to {MAX_ID})")
    return given


def _listing(orgs: Sequence[Organization]) -> str:
    return ", ".join(f"{o.name} ({o.id})" for o in orgs)


def _candidates(orgs: Sequence[Organization]) -> dict[str, list[dict[str, object]]]:
    return {"candidates": [{"id": o.id, "name": o.name, "short_name": o.short_name} for o in orgs]}


def _close(text: str, orgs: Sequence[Organization]) -> list[Organization]:
    """Organizations a mistyped or partial name may mean: those whose name or short name holds
    it (or is held by it), then those spelled alike; at most five."""
    wanted = text.lower()
    names = {o.id: [n.lower() for n in (o.name, o.short_name) if n] for o in orgs}
    holding = [o for o in orgs if any(wanted in n or n in wanted for n in names[o.id])]
    alike = set(difflib.get_close_matches(wanted, [n for ns in names.values() for n in ns], 5, 0.6))
    spelled = [o for o in orgs if o not in holding and alike & set(names[o.id])]
    return (holding + spelled)[:5]


def by_name(text: str, orgs: Sequence[Organization]) -> int:
    """The one organization of `orgs` whose name or short name is `text` (any case): 422 with
    the candidates when several are, 404 with the closest ones when none is."""
    wanted = text.strip().lower()
    exact = [o for o in orgs if wanted in (o.name.lower(), (o.short_name or "").lower())]
    if len(exact) == 1:
        return exact[0].id
    if exact:
        raise ApiError(
            422,
            f"organization '{text}' is ambiguous: {_listing(exact)}; give one by id",
            details=_candidates(exact),
        )
    close = _close(wanted, orgs)
    hint = (
        f"; did you mean {_listing(close)}?"
        if close
        else " (list the organizations to see their names)"
    )
    raise ApiError(404, f"no organization '{text}' in reach{hint}", details=_candidates(close))


def pick(given: Sequence[int | str], orgs: Sequence[Organization]) -> tuple[int, ...]:
    """The ids of the organizations `given` names among `orgs` (ids, source ids or names): an
    id must be one of them (404), a name must name exactly one (`by_name`). The CLI's `--org`,
    with or without a server."""
    known = {o.id for o in orgs}
    ids: set[int] = set()
    for text in given:
        found = organization_id(text)
        if found is None:
            ids.add(by_name(str(text), orgs))
        elif found in known:
            ids.add(found)
        else:
            raise ApiError(404, f"no organization {found} in reach")
    return tuple(sorted(ids))


async def scope(
    svc: Services,
    caller: Caller,
    asked: Sequence[int | str] | None,
    field: str = "organizations",
    must_exist: bool = True,
) -> tuple[int, ...] | None:
    """The organizations a request reads: those it names (ids or names, resolved once, here)
    inside the caller's allow-list; None when it names none (then: all the caller may read).
    A name is looked for only among the organizations the caller may read, so an answer never
    tells whether another client's organization exists. An id outside a limited key is 403; an
    id no organization has, for a key to all of them, 404 (unless `must_exist` is off: a
    caller that says so itself). `field` names the argument in errors."""
    if not asked:
        return caller.organization_ids
    ids: set[int] = set()
    names: list[str] = []
    for given in asked:
        found = organization_id(given, field)
        if found is None:
            names.append(str(given).strip())
        else:
            ids.add(found)
    if caller.organization_ids is not None:
        outside = sorted(ids - set(caller.organization_ids))
        if outside:
            raise ApiError(403, f"this key may not read organizations {outside}")
    elif ids and must_exist:  # a key for every organization: an id none of them has is 404
        unknown = sorted(ids - set(await svc.stores.sql.read.all_organization_ids()))
        if unknown:
            raise ApiError(404, f"no organization {', '.join(map(str, unknown))} in reach")
    if names:
        read = svc.stores.sql.read
        reach = await read.organizations(await svc.in_reach(caller.organization_ids))
        ids.update(by_name(text, reach) for text in names)
    return tuple(sorted(ids))


async def reach(svc: Services, caller: Caller, organization: int | str | None = None) -> list[int]:
    """The organizations a call reads: every one the caller may read, or the one it names."""
    asked = None if organization is None else [organization]
    return await svc.in_reach(await scope(svc, caller, asked, "organization"))
