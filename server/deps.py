"""Dependencies of the routes: the shared services and the authenticated caller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from server.errors import ApiError
from server.services import Services
from stores.keys import LOCAL_OPERATOR, ApiKey


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


ServicesDep = Annotated[Services, Depends(services)]


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


def token_of(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return request.headers.get("x-api-key") or None


async def authenticate(request: Request, svc: Services) -> Caller:
    token = token_of(request)
    if not token:
        raise ApiError(
            401,
            "missing API key: send 'Authorization: Bearer <key>' (create one with "
            "itglue-rag keys create)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    key = await svc.verify(token)
    if key is None:
        raise ApiError(401, "invalid or revoked API key", headers={"WWW-Authenticate": "Bearer"})
    seconds = await retry_after(svc, key)
    if seconds is not None:
        raise ApiError(
            429,
            f"rate limit of {svc.limiter.per_minute} requests per minute reached; "
            f"retry in {seconds}s",
            headers={"Retry-After": str(seconds)},
        )
    return Caller(key)


async def retry_after(svc: Services, key: ApiKey) -> int | None:
    """Counts one request of `key`: None when it may pass, else whole seconds to wait. The
    operator's own commands (a sync's polling) are not limited."""
    if key is LOCAL_OPERATOR:
        return None
    wait = await svc.limiter.check(key.id)
    return None if wait is None else max(1, int(wait + 0.999))


def require(scope: str):  # type: ignore[no-untyped-def]
    async def check(request: Request, svc: ServicesDep) -> Caller:
        caller = await authenticate(request, svc)
        if not caller.key.allows(scope):
            raise ApiError(403, f"this key lacks the '{scope}' scope")
        return caller

    return Depends(check)


ReadCaller = Annotated[Caller, require("read")]
PasswordCaller = Annotated[Caller, require("passwords")]
AdminCaller = Annotated[Caller, require("admin")]
