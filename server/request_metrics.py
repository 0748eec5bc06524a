"""Every HTTP request counted by its route template and timed (the Prometheus series are
`server.services.metrics`'s)."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.services.metrics import REQUEST_SECONDS, REQUESTS


class RequestMetrics:
    """Pure ASGI: counts every request by its route template (never the raw path)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            route = scope.get("route")
            name = getattr(route, "path", None) or (
                "/mcp" if scope.get("path", "").startswith("/mcp") else "other"
            )
            REQUESTS.labels(method=scope["method"], route=name, status=str(status["code"])).inc()
            REQUEST_SECONDS.labels(route=name).observe(time.perf_counter() - started)
