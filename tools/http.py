"""MCP over streamable HTTP inside the FastAPI app: a bearer key is checked before any MCP
message is read (401 with the API's error body otherwise); the tools then apply the key's
scopes and organizations."""

from __future__ import annotations

import json
from collections.abc import Callable

from mcp.server import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.types import ASGIApp, Receive, Scope, Send

from server.services import Services


class BearerGate:
    def __init__(self, app: ASGIApp, services: Callable[[], Services]) -> None:
        self.app, self.services = app, services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode(errors="replace") for k, v in scope["headers"]}
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        key = await self.services().verify(token) if token else None
        if key is None:
            state = scope.get("state") or {}
            body = json.dumps(
                {
                    "error": {
                        "code": "unauthorized",
                        "message": "MCP over HTTP needs 'Authorization: Bearer <API key>'",
                        "details": None,
                        "request_id": state.get("request_id", ""),
                    }
                }
            ).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"www-authenticate", b"Bearer"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def http_app(mcp: MCPServer, services: Callable[[], Services]) -> ASGIApp:
    """The streamable HTTP app to mount at /mcp (bearer keys replace DNS-rebinding checks:
    a bearer token is never sent by a browser on its own)."""
    inner = mcp.streamable_http_app(
        streamable_http_path="/",
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
    )
    return BearerGate(inner, services)
