"""Dependencies of the routes: the shared services and the authenticated caller
(`server.services.auth` decides; this only reads the request)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.services import Services
from server.services.auth import Caller, authenticate


def services(request: Request) -> Services:
    svc: Services = request.app.state.services
    return svc


ServicesDep = Annotated[Services, Depends(services)]


def require(scope: str | None):  # type: ignore[no-untyped-def]
    async def check(request: Request, svc: ServicesDep) -> Caller:
        return await authenticate(svc, request.headers, scope)

    return Depends(check)


ReadCaller = Annotated[Caller, require("read")]
PasswordCaller = Annotated[Caller, require("passwords")]
AdminCaller = Annotated[Caller, require("admin")]
