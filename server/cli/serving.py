"""The serving commands: MCP over stdio (`mcp`), the production server (`serve`) and the demo
(`demo`: the sample, a local key and the server on loopback)."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer

from core.errors import ItGlueRagError
from core.settings import get_settings
from server.cli.common import (
    configure_logging,
    console,
    ensure_sample,
    fail,
    local_server,
    opened,
    refuse_while_served,
    run,
)


def mcp() -> None:
    """Serve the MCP tools over stdio (as the local operator: every organization, every scope);
    while a server holds the stores, bridge stdio to its MCP endpoint."""
    from tools.server import build_server

    configure_logging(get_settings().log_level)  # to stderr: stdout carries the protocol
    server = local_server()
    if server is not None:
        import anyio

        from tools.bridge import bridge

        anyio.run(bridge, f"{server.url}/mcp/", server.token)
        return
    build_server(settings=get_settings()).run("stdio")


def serve(
    host: Annotated[str | None, typer.Option(help="Default: ITGLUE_RAG_HOST")] = None,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="Default: ITGLUE_RAG_PORT")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, max=64, help="Default: ITGLUE_RAG_WORKERS")
    ] = None,
) -> None:
    """The production server: the API, MCP at /mcp and the chat page; API keys required."""
    import uvicorn

    from server.app import create_app
    from server.limits import uvicorn_options

    settings = get_settings()
    processes = workers or settings.workers
    embedded = settings.embedded_stores
    refuse_while_served("a data directory has one server")
    try:  # a changed or lost encryption key: one line now, not a failed start-up later
        from core.crypto import load_cipher

        load_cipher(settings)
    except ItGlueRagError as exc:
        raise fail(exc) from None
    if processes > 1 and embedded:  # each worker would open the same embedded files
        raise fail(
            f"--workers {processes} needs the server backends; the embedded stores serve one "
            f"process (unset: {', '.join(embedded)})"
        )
    configure_logging(settings.log_level)
    # One process gets its app with the address it binds (to announce it, see server/local.py);
    # several workers each build their own from the environment.
    bound = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    uvicorn.run(  # a factory either way: the app is built inside the server's event loop
        partial(create_app, bound) if processes == 1 else "server.app:create_app",
        factory=True,
        host=bound.host,
        port=bound.port,
        workers=processes,
        log_level=settings.log_level.lower(),
        log_config=None,  # ours (core/logs.py): uvicorn's lines in the configured format
        **uvicorn_options(settings),
    )


def demo(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1")] = 8000,
) -> None:
    """Load the sample MSP if the stores are empty, create a local demo key, and serve."""
    import uvicorn

    from core.crypto import load_cipher
    from server.app import create_app
    from server.limits import uvicorn_options
    from sync.demo.sample import generate

    refuse_while_served("a data directory has one server")

    async def prepare() -> str:
        settings = get_settings()
        async with opened(settings) as stores:
            await ensure_sample(
                stores, lambda: generate(1, cipher=load_cipher(settings)), "Loading the sample MSP…"
            )
            _, token = await stores.sql.keys.create("demo", ["passwords"])
            return token

    token = run(prepare)
    url = f"http://127.0.0.1:{port}"
    console.print(
        f"\nitglue-rag demo at {url}/  (chat page; paste the key there)\n"
        f"Demo key (read + passwords, all organizations): {token}\n"
        f"Stream an answer:\n  curl -N -X POST {url}/v1/query/stream "
        f"-H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' "
        f'-d \'{{"question": "What is the IP address of ACME-DC01?"}}\'\n'
        f"API docs: {url}/docs · MCP: {url}/mcp/ (bearer key) · Ctrl-C stops\n",
        highlight=False,
        soft_wrap=True,
    )
    bound = get_settings().model_copy(update={"host": "127.0.0.1", "port": port})
    uvicorn.run(
        partial(create_app, bound),
        factory=True,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        **uvicorn_options(bound),
    )
