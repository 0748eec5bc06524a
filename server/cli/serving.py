"""The serving commands: MCP over stdio (`mcp`), the production server (`serve`) and the demo
(`demo`: the sample, a local key and the server on loopback).

`serve` and `demo` claim their port before anything else (a taken port is one line, before a
store is opened or a key made) and say they serve only once the app has started: the app's
start-up loads the embedding model, so no request waits for it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from core.errors import ItGlueRagError
from core.settings import get_settings
from server.cli.common import (
    claim,
    configure_logging,
    console,
    ensure_sample,
    fail,
    local_server,
    opened,
    refuse_while_served,
    run,
    serve_on,
)
from server.cli.data import AsOf, sample_day

if TYPE_CHECKING:
    from stores import Stores

DEMO_KEY_FILE = "demo-api-key"
"""The demo's API key, kept beside the data it opens (mode 0600) and reused at each start."""
DEMO_KEY_NAME = "demo"
"""The name of the demo's key: the demo revokes the live keys of that name it replaces."""


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
    import logging

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
    bound = settings.model_copy(
        update={"host": host or settings.host, "port": port or settings.port}
    )
    sock = claim(bound.host, bound.port, lambda p: f"pass --port {p + 1} (or ITGLUE_RAG_PORT)")
    configure_logging(settings.log_level)
    options = {
        "log_level": settings.log_level.lower(),
        "log_config": None,  # ours (core/logs.py): uvicorn's lines in the configured format
        **uvicorn_options(settings),
    }
    if processes > 1:  # each worker builds its app from the environment and binds the port
        sock.close()
        uvicorn.run(
            "server.app:create_app",
            factory=True,
            host=bound.host,
            port=bound.port,
            workers=processes,
            **options,
        )
        return
    # One process gets its app with the address it binds (to announce it, see server/local.py),
    # built inside the server's event loop.
    serve_on(
        sock,
        partial(create_app, bound),
        lambda: logging.getLogger("uvicorn.error").info(
            "serving on http://%s:%d (Ctrl-C stops)", bound.host, bound.port
        ),
        **options,
    )


async def demo_key(stores: Stores, data_dir: Path, scopes: list[str]) -> tuple[str, bool]:
    """The demo's key token and whether it was reused: the one saved in the data directory
    while it is live with exactly `scopes`; else a new one, saved there (mode 0600), and every
    other live key named `demo` revoked (one that gave way, one whose file was lost, those of
    starts before keys were kept). One demo key at a time, however often the demo starts."""
    from core.crypto import replace_private

    path = data_dir / DEMO_KEY_FILE
    try:
        saved = path.read_text().strip()
    except OSError:  # missing (a new data directory) or unreadable: make a new one
        saved = ""
    if saved:
        key = await stores.sql.keys.verify(saved)
        if key is not None and set(key.scopes) == set(scopes):
            return saved, True
    for old in await stores.sql.keys.all():
        if old.name == DEMO_KEY_NAME and old.revoked_at is None:
            await stores.sql.keys.revoke(old.id)
    _, token = await stores.sql.keys.create(DEMO_KEY_NAME, scopes)
    replace_private(path, token + "\n")
    return token, False


def demo(
    port: Annotated[
        int | None,
        typer.Option(min=1, max=65535, help="Port on 127.0.0.1 (default: ITGLUE_RAG_PORT, 8000)"),
    ] = None,
    passwords: Annotated[
        bool, typer.Option("--passwords", help="A demo key that can read password values too")
    ] = False,
    as_of: AsOf = None,
) -> None:
    """Load the sample MSP if the stores are empty, reuse (or create) the demo key, and serve."""
    from core.crypto import load_cipher
    from server.app import create_app
    from server.limits import uvicorn_options
    from sync.demo.sample import generate

    refuse_while_served("a data directory has one server")
    settings = get_settings()
    port = port or settings.port
    sock = claim("127.0.0.1", port, lambda p: f"run `make run PORT={p + 1}`")
    scopes = ["passwords"] if passwords else ["read"]

    async def prepare() -> tuple[str, bool]:
        async with opened(settings) as stores:
            day = sample_day(as_of)  # a loaded sample keeps its dates: load-sample moves them
            await ensure_sample(
                stores,
                lambda: generate(1, cipher=load_cipher(settings), as_of=day),
                f"Loading the sample MSP as of {day}…",
            )
            return await demo_key(stores, settings.data_dir, scopes)

    try:
        token, reused = run(prepare)
    except BaseException:
        sock.close()
        raise
    url = f"http://127.0.0.1:{port}"
    scope = "read + passwords" if passwords else "read"
    where = settings.data_dir / DEMO_KEY_FILE
    console.print("Starting the server (the embedding model loads first)…")

    def started() -> None:
        console.print(
            f"\nitglue-rag demo at {url}/  (chat page; paste the key there)\n"
            f"Demo key ({scope}, all organizations; {'reused from' if reused else 'new, saved in'}"
            f" {where}): {token}\n"
            f"Stream an answer:\n  curl -N -X POST {url}/v1/query/stream "
            f"-H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' "
            f'-d \'{{"question": "What is the IP address of ACME-DC01?"}}\'\n'
            f"API docs: {url}/docs · MCP: {url}/mcp/ (bearer key) · Ctrl-C stops\n",
            highlight=False,
            soft_wrap=True,
            markup=False,
        )

    bound = settings.model_copy(update={"host": "127.0.0.1", "port": port})
    serve_on(
        sock, partial(create_app, bound), started, log_level="warning", **uvicorn_options(bound)
    )
