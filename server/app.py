"""The FastAPI app: the /v1 API, /metrics, the MCP server at /mcp and the chat page at /.

A server that opens embedded stores announces itself in the data directory while it runs
(server/local.py), so the other commands work through it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse

from core.logs import configure as configure_logs
from core.logs import redact_access_log
from core.settings import Settings, get_settings
from server import errors, local
from server.limits import GuardedH11
from server.request_metrics import RequestMetrics
from server.routes import metrics_router, router
from server.services import Services, open_services

STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    """The app; with `services` given (tests) the lifespan opens nothing of its own."""

    from tools.http import http_app
    from tools.server import build_server

    mcp = build_server(lambda: app.state.services)
    known = services.settings if services is not None else settings or get_settings()
    GuardedH11.header_timeout = known.header_timeout  # in each worker process too
    redact_access_log()  # a key put in a URL's query never reaches the access log

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = services is None
        current = services.settings if services else settings or get_settings()
        if own:
            configure_logs(current.log_level, current.log_format)
        app.state.services = services or await open_services(current)
        announced = None
        try:
            await app.state.services.warm()
            if own and current.embedded_stores:  # this process now holds the embedded stores
                url = local.loopback_url(current.host, current.port)
                announced = local.announce(current.data_dir, url)
                app.state.services.local_token = announced.token
            async with mcp.session_manager.run():
                yield
        finally:
            if announced is not None:
                local.withdraw(current.data_dir, announced)
            if own:
                await app.state.services.close()

    app = FastAPI(
        title="itglue-rag",
        version="0.1.0",
        summary="Answers from an MSP's IT Glue documentation, every claim validated.",
        lifespan=lifespan,
    )
    if services is not None:
        app.state.services = services
    errors.install(app, known.body_timeout)
    app.add_middleware(RequestMetrics)
    app.include_router(router)
    app.include_router(metrics_router)
    app.state.mcp = mcp
    app.mount("/mcp", http_app(mcp, lambda: app.state.services, known.mcp_session_idle))

    @app.get("/", include_in_schema=False)
    async def page() -> Any:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Any:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    return app
