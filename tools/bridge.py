"""`itglue-rag mcp` while a server holds the stores: stdio bridged to the server's MCP endpoint.

Messages pass through unchanged in both directions (the server's tools, its answers and its
errors are the client's); the bridge only adds what streamable HTTP carries beside a message:
the operator token, and the routing headers a client sets itself on HTTP (the protocol version,
the method and the tool's name), taken from the message or from the version the handshake
settled on.
"""

from __future__ import annotations

from typing import Any

import anyio
import httpx2
from mcp.client.streamable_http import streamable_http_client
from mcp.server.stdio import stdio_server
from mcp.shared.inbound import (
    MCP_METHOD_HEADER,
    MCP_NAME_HEADER,
    MCP_PROTOCOL_VERSION_HEADER,
    NAME_BEARING_METHODS,
    encode_header_value,
)
from mcp.shared.message import ClientMessageMetadata, SessionMessage
from mcp_types import PROTOCOL_VERSION_META_KEY, JSONRPCNotification, JSONRPCRequest


class _Headers:
    """The HTTP headers each client message needs, remembering the negotiated version."""

    def __init__(self) -> None:
        self.version: str | None = None
        self._initialize_ids: set[Any] = set()

    def outgoing(self, message: Any) -> dict[str, str] | None:
        if not isinstance(message, JSONRPCRequest | JSONRPCNotification):
            return {MCP_PROTOCOL_VERSION_HEADER: self.version} if self.version else None
        params = message.params or {}
        meta = params.get("_meta")
        version = (meta.get(PROTOCOL_VERSION_META_KEY) if isinstance(meta, dict) else None) or (
            self.version
        )
        if isinstance(message, JSONRPCRequest) and message.method == "initialize":
            self._initialize_ids.add(message.id)
            version = None  # the handshake proposes its version in the body
        headers = {MCP_METHOD_HEADER: message.method}
        if isinstance(version, str):
            headers[MCP_PROTOCOL_VERSION_HEADER] = version
        name = params.get(NAME_BEARING_METHODS.get(message.method, ""))
        if isinstance(name, str):
            headers[MCP_NAME_HEADER] = encode_header_value(name)
        return headers

    def incoming(self, message: Any) -> None:
        """Note the version an `initialize` result settles on (handshake-era clients)."""
        if getattr(message, "id", None) in self._initialize_ids:
            self._initialize_ids.discard(message.id)
            result = getattr(message, "result", None) or {}
            if isinstance(result.get("protocolVersion"), str):
                self.version = result["protocolVersion"]


async def bridge(url: str, token: str) -> None:
    """Relay MCP messages between this process's stdio and `url` until stdin closes."""
    headers = _Headers()
    async with (
        httpx2.AsyncClient(
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx2.Timeout(30, read=600),
        ) as http,
        streamable_http_client(url, http_client=http) as (from_server, to_server),
        stdio_server() as (from_client, to_client),
    ):
        async with anyio.create_task_group() as tasks:

            async def upstream() -> None:
                async for item in from_client:
                    if isinstance(item, Exception):  # a line that is not JSON-RPC: skip it
                        continue
                    metadata = ClientMessageMetadata(headers=headers.outgoing(item.message))
                    await to_server.send(SessionMessage(item.message, metadata=metadata))
                tasks.cancel_scope.cancel()  # stdin closed: the client is gone

            async def downstream() -> None:
                async for item in from_server:
                    if isinstance(item, Exception):
                        continue
                    headers.incoming(item.message)
                    await to_client.send(SessionMessage(item.message))

            tasks.start_soon(upstream)
            tasks.start_soon(downstream)
        # stdin closed (the client is gone) or the server ended the session: close both
        # streams, so the stdio writer and the HTTP transport finish and the process exits
        await to_client.aclose()
        await to_server.aclose()
