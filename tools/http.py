"""MCP over streamable HTTP inside the FastAPI app: a bearer key is checked before any MCP
message is read; the tools then apply the key's scopes and organizations.

A request refused here (no key, a bad key, a rate limit) gets its HTTP status (401, 429) with a
JSON-RPC error as the body: its `message` is the server's, its `data` the API's error body. MCP
clients read that error from a non-2xx reply (the Python SDK does; the MCP Inspector CLI prints
the body with `--stored-auth-only`), where the API's bare error body left them with "Server
returned an error response" or an OAuth login. The 401 keeps its RFC 6750 challenge
(`Bearer realm=...`, `error="invalid_token"` for a bad key) but no `resource_metadata` and no
`/.well-known/oauth-protected-resource`: keys are not OAuth tokens.

A session belongs to the key that opened it (another key gets "Session not found"); opening one
counts against the key's rate limit, and one key holds at most `mcp_sessions_per_key` open
sessions, so a single key cannot use up the server's sessions and lock the others out."""

from __future__ import annotations

from collections.abc import Callable, Collection

from mcp.server import MCPServer
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from mcp.server.transport_security import TransportSecuritySettings
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.services import Services, auth
from server.services.errors import ApiError, error_body

API_KEY = "itglue_rag.api_key"
"""Where the gate leaves the verified key in the request's state, for the tools."""


REFUSED = -32010
"""The JSON-RPC error code of a request refused before its message was read (JSON-RPC's
implementation-defined range; the SDK's own codes are -32000 and -32001)."""


def _refusal(scope: Scope, status: int, message: str, headers: dict[str, str]) -> JSONResponse:
    rid = str((scope.get("state") or {}).get("request_id", "") or "")
    api = error_body(status, message, request_id=rid)["error"]
    body = {
        "jsonrpc": "2.0",
        "id": None,
        "error": {"code": REFUSED, "message": message, "data": api},
    }
    return JSONResponse(body, status_code=status, headers=headers)


class BearerGate:
    def __init__(
        self,
        app: ASGIApp,
        services: Callable[[], Services],
        live_sessions: Callable[[], Collection[str]] = frozenset,
    ) -> None:
        self.app, self.services, self.live_sessions = app, services, live_sessions
        self._opened: dict[str, set[str]] = {}
        """Session ids each key opened (pruned to the live ones when it opens another)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode(errors="replace") for k, v in scope["headers"]}
        svc = self.services()
        try:
            key = await auth.identify(svc, auth.token_of(headers))
        except ApiError as exc:
            message = f"MCP over HTTP needs 'Authorization: Bearer <API key>': {exc.message}"
            await _refusal(scope, 401, message, exc.headers)(scope, receive, send)
            return
        scope.setdefault("state", {})[API_KEY] = key  # the tools read it: verified once
        # The SDK binds a session to the principal that opened it.
        scope["user"] = AuthenticatedUser(
            AccessToken(token="", client_id=key.id, scopes=list(key.scopes))
        )
        if "mcp-session-id" in headers or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        # A request without a session opens one: rate-limited and capped per key.
        seconds = await auth.retry_after(svc, key)
        if seconds is not None:
            message = (
                f"rate limit of {svc.limiter.per_minute} requests per minute reached; "
                f"retry in {seconds}s"
            )
            await _refusal(scope, 429, message, {"retry-after": str(seconds)})(scope, receive, send)
            return
        live = self.live_sessions()
        mine = self._opened[key.id] = {s for s in self._opened.get(key.id, ()) if s in live}
        cap = svc.settings.mcp_sessions_per_key
        if len(mine) >= cap:
            message = (
                f"this key already holds {cap} open MCP sessions: end one (DELETE) or let one "
                f"idle out ({svc.settings.mcp_session_idle}s)"
            )
            await _refusal(scope, 429, message, {"retry-after": "60"})(scope, receive, send)
            return

        async def noted(message: Message) -> None:
            if message["type"] == "http.response.start":
                for name, value in message.get("headers", ()):
                    if name.lower() == b"mcp-session-id":
                        mine.add(value.decode())
            await send(message)

        await self.app(scope, receive, noted)


def http_app(mcp: MCPServer, services: Callable[[], Services], idle: float) -> ASGIApp:
    """The streamable HTTP app to mount at /mcp (bearer keys replace DNS-rebinding checks:
    a bearer token is never sent by a browser on its own)."""
    inner = mcp.streamable_http_app(
        streamable_http_path="/",
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
        session_idle_timeout=idle,
    )
    # The SDK keeps no public list of open sessions; its registry is read, never changed.
    return BearerGate(inner, services, lambda: mcp.session_manager._server_instances.keys())
