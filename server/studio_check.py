"""`make studio-check`: serve the graph with `langgraph dev` (as LangGraph Studio does) and ask
it a question over its HTTP API with the langgraph-sdk client.

Uses the stores of ITGLUE_RAG_DATA_DIR (load the sample first: `make run` does). Exits 0 when
the run answers with citations, 1 otherwise."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from langgraph_sdk import get_client

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "What is the IP address of ACME-DC01?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def check(url: str, question: str = QUESTION) -> dict:
    client = get_client(url=url)
    result = await client.runs.wait(None, "rag", input={"question": question})
    assert isinstance(result, dict)
    return result


def main() -> int:
    from core.settings import get_settings
    from server.local import find

    served = find(get_settings())
    if served is not None:  # langgraph dev opens the stores itself: it cannot share them
        print(
            f"the itglue-rag server (pid {served.pid}) at {served.url} holds the data directory; "
            "langgraph dev opens the stores itself: stop the server first",
            file=sys.stderr,
        )
        return 2
    port = _free_port()
    exe = Path(sys.executable).parent / "langgraph"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [
            str(exe),
            "dev",
            "--no-browser",
            "--no-reload",
            "--allow-blocking",  # opening the embedded stores does file I/O once per process
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                print(server.stdout.read() if server.stdout else "", file=sys.stderr)
                print("langgraph dev exited early", file=sys.stderr)
                return 1
            time.sleep(0.5)
        else:
            print("langgraph dev did not become ready in 120 s", file=sys.stderr)
            return 1
        started = time.perf_counter()
        try:
            result = asyncio.run(check(url))
        except Exception as exc:
            server.terminate()
            print(server.stdout.read() if server.stdout else "", file=sys.stderr)
            print(f"the run failed: {exc}", file=sys.stderr)
            return 1
        seconds = time.perf_counter() - started
        print(f"langgraph dev at {url}: graph 'rag' answered in {seconds:.1f}s")
        print(f"Q: {QUESTION}\nA: {result.get('answer')}")
        for citation in result.get("citations", []):
            print(f"   {citation['source_id']} · {citation['title']}")
        return 0 if result.get("found") and result.get("citations") else 1
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        _release_postgres()


def _release_postgres() -> None:
    """Stop the embedded Postgres that `langgraph dev` started and, terminated, never released
    (it stayed running after every check): join it as a holder — the dead one is pruned — and
    release it, so the last holder stops it. A server another process holds keeps running."""
    from core.settings import get_settings
    from stores.pg_embedded import start_embedded_postgres, stop_embedded_postgres

    settings = get_settings()
    if settings.database_url or not (settings.data_dir / "postgres" / "postmaster.pid").exists():
        return
    start_embedded_postgres(settings.data_dir)
    stop_embedded_postgres(settings.data_dir)


if __name__ == "__main__":
    sys.exit(main())
