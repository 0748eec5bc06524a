"""The real FastAPI app over httpx.ASGITransport, on the ingested sample MSP."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from core import embeddings
from core.embeddings import Embedder
from server.app import create_app
from server.services import Services


@pytest.fixture
async def client(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(services=services))
    async with httpx.AsyncClient(transport=transport, base_url="http://itglue-rag.test") as c:
        yield c


@pytest.fixture
async def tokens(services: Services) -> dict[str, str]:
    keys = services.stores.sql.keys
    out = {}
    for name, scopes, orgs in (
        ("read", ["read"], None),
        ("passwords", ["passwords"], None),
        ("admin", ["admin"], None),
        ("harbor", ["passwords"], [1]),
    ):
        _, out[name] = await keys.create(f"test-{name}", scopes, orgs)
    return out


@asynccontextmanager
async def serving(services: Services) -> AsyncIterator[str]:
    """The app under uvicorn on a free loopback port (lifespan on: MCP's session manager),
    with the server options `serve` uses."""
    from server.limits import uvicorn_options

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(services=services),
            host="127.0.0.1",
            port=port,
            log_level="error",
            **uvicorn_options(services.settings),
        )
    )
    task = asyncio.create_task(server.serve())
    for _ in range(400):
        if server.started:
            break
        await asyncio.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=15)


@pytest.fixture
async def served(services: Services) -> AsyncIterator[str]:
    async with serving(services) as url:
        yield url


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed here (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@dataclass
class Loads:
    """When the embedding model was loaded: during `start-up` or a `request`."""

    phase: str = "start-up"
    seen: list[str] = field(default_factory=list)


@pytest.fixture
def model_loads(monkeypatch: pytest.MonkeyPatch, embedder: Embedder) -> Loads:
    """The process's model dropped, and handed back (not read again from disk) when loaded."""
    embedder.warm()  # the session's model, to hand back
    model, real_load = embeddings._model, embeddings._load
    loads = Loads()

    def load() -> Any:
        if embeddings._model is None:
            loads.seen.append(loads.phase)
            monkeypatch.setattr(embeddings, "_model", model)
        return real_load()

    monkeypatch.setattr(embeddings, "_model", None)
    monkeypatch.setattr(embeddings, "_load", load)
    return loads


ROOT = Path(__file__).resolve().parents[2]


def cli_env(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a CLI run by subprocess on `data_dir`: this checkout's code, no
    server backend, key or port from the developer's shell, wide enough not to wrap."""
    unset = {"DATABASE_URL", "NEO4J_URI", "QDRANT_URL", "ENCRYPTION_KEY", "ITGLUE_API_KEY"}
    env = {k: v for k, v in os.environ.items() if k not in unset | {"ITGLUE_RAG_PORT"}}
    env.update(
        {
            "ITGLUE_RAG_DATA_DIR": str(data_dir),
            "HF_HUB_OFFLINE": "1",
            "COLUMNS": "200",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env | (extra or {})


def run_cli(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """`itglue-rag ARGS` on `data_dir` (extra: more environment), as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        cwd=ROOT,
        env=cli_env(data_dir, extra),
        capture_output=True,
        text=True,
        timeout=300,
    )
