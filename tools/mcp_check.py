"""`make mcp-check`: the MCP server as a new user meets it, through the pinned MCP Inspector CLI.

Over stdio (the Inspector launching `itglue-rag mcp`) and over streamable HTTP (`itglue-rag
serve` on a free loopback port, a read-scoped API key) it lists the tools and asks
`query_documentation` a question; over HTTP it checks that the read key is not shown the admin
and password tools, and that a bad key is answered with the server's own message (the Inspector
prints it with `--stored-auth-only`, its mode for runs without a person at a terminal: any 401
otherwise starts its interactive OAuth login). One line per check; exit status 1 when any check
fails, 2 when the Inspector cannot be run at all.

The data directory (`--data-dir`, default `.data/mcp-check`) gets the sample MSP when it is
empty and must not be held by a running server; the read key is made for the run and revoked
after it, the server's output kept in `mcp-check-serve.log` there. Needs `npx` and the npm
registry (the Inspector is fetched once into npm's cache).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

INSPECTOR = "@modelcontextprotocol/inspector@2.12.0"
QUESTION = "What is the IP address of ACME-DC01?"
BAD_KEY = "igr_mcpcheck_not-a-key"
REFUSAL = "invalid or revoked API key"
"""What the server says to a bad key (server/services/auth.py INVALID)."""
EVERY_TOOL = {"query_documentation", "search", "sync_data", "get_password", "health"}
"""Some of the tools the local operator (stdio) must be shown."""
NOT_FOR_READ_KEYS = {"sync_data", "get_password", "get_record_secrets"}
ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Check:
    """Runs the Inspector and keeps the verdicts."""

    def __init__(self, npx: str, exe: Path, env: dict[str, str]) -> None:
        self.npx, self.exe, self.env = npx, exe, env
        self.failed: list[str] = []

    def inspector(self, *args: str, timeout: float = 300) -> tuple[int, Any, str]:
        """(exit status, the JSON result on stdout or None, stderr)."""
        command = [self.npx, "-y", INSPECTOR, "--cli", "--format", "json", "-q", *args]
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            env=self.env,
            cwd=ROOT,
        )
        try:  # `--format json`: {"result": ...} on stdout, {"error": ...} on stderr
            result = json.loads(done.stdout).get("result") if done.stdout.strip() else None
        except (ValueError, AttributeError):
            result = None
        return done.returncode, result, done.stderr.strip()

    def verdict(self, name: str, ok: bool, detail: str) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", flush=True)
        if not ok:
            self.failed.append(name)

    def tools(self, name: str, target: list[str], wanted: Callable[[set[str]], str | None]) -> None:
        status, result, err = self.inspector(*target, "--method", "tools/list")
        names = {t.get("name") for t in (result or {}).get("tools", [])}
        problem = wanted(names) if status == 0 and names else f"exit {status}: {err[-400:]}"
        self.verdict(name, problem is None, problem or f"{len(names)} tools: {sorted(names)}")

    def ask(self, name: str, target: list[str]) -> None:
        status, result, err = self.inspector(
            *target,
            "--method",
            "tools/call",
            "--tool-name",
            "query_documentation",
            "--tool-args-json",
            json.dumps({"question": QUESTION}),
        )
        answer = ((result or {}).get("structuredContent") or {}).get("answer", "")
        ok = status == 0 and not (result or {}).get("isError") and bool(answer)
        self.verdict(name, ok, answer if ok else f"exit {status}: {err[-400:] or result}")


def _said(err: str) -> str:
    """The server's message inside the Inspector's error envelope (`Error POSTing to endpoint:
    <the reply's body>`, the body a JSON-RPC error), or the envelope as it is."""
    try:
        told = str(json.loads(err)["error"]["message"])
        reply = json.loads(told[told.index("{") :])
        return str(reply["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return err


def _keys(env: dict[str, str], revoke: str | None = None) -> tuple[str, str]:
    """A new read-scoped key for the check, (id, token); or `revoke` that one (the stores are
    opened here, so no server may hold the directory meanwhile)."""

    async def run() -> tuple[str, str]:
        from core.settings import load_settings
        from stores import open_stores

        stores = await open_stores(load_settings())
        try:
            if revoke is not None:
                await stores.sql.keys.revoke(revoke)
                return revoke, ""
            key, token = await stores.sql.keys.create("mcp-check", ["read"], None)
            return key.id, token
        finally:
            await stores.close()

    os.environ.update(env)
    return asyncio.run(run())


def _serve(exe: Path, env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    """`itglue-rag serve` on `port`, once it answers; its output goes to `log`."""
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    import httpx

    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and server.poll() is None:
        try:  # any answer (a 503 too: a store or the vault degraded) means it serves
            httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=2)
            return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.terminate()
    tail = log.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"itglue-rag serve did not answer on port {port} within 180 s:\n{tail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT / ".data" / "mcp-check")
    args = parser.parse_args(argv)
    npx = shutil.which("npx")
    if npx is None:
        print("mcp-check: npx is not installed (Node.js 20+ provides it)", file=sys.stderr)
        return 2
    exe = Path(sys.executable).parent / "itglue-rag"
    data = args.data_dir.resolve()
    data.mkdir(parents=True, exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "NEO4J_URI", "QDRANT_URL", "REDIS_URL", "ENCRYPTION_KEY"}
    }
    env.update({"ITGLUE_RAG_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1"})
    subprocess.run([str(exe), "load-sample", "--if-empty"], env=env, check=True, cwd=ROOT)
    key_id, token = _keys(env)
    check = Check(npx, exe, env)

    stdio = [
        "--connect-timeout",
        "180000",
        "-e",
        f"ITGLUE_RAG_DATA_DIR={data}",
        "-e",
        "HF_HUB_OFFLINE=1",
        str(exe),
        "mcp",
    ]
    check.tools(
        "stdio tools/list",
        stdio,
        lambda names: None if names >= EVERY_TOOL else f"missing {sorted(EVERY_TOOL - names)}",
    )
    check.ask("stdio query_documentation", stdio)

    port = _free_port()
    server = _serve(exe, env, port, data / "mcp-check-serve.log")
    try:
        url = f"http://127.0.0.1:{port}/mcp/"
        http = [url, "--transport", "http", "--header", f"Authorization: Bearer {token}"]
        check.tools(
            "http tools/list (read key)",
            http,
            lambda names: (
                None
                if "query_documentation" in names and not names & NOT_FOR_READ_KEYS
                else f"shown {sorted(names & NOT_FOR_READ_KEYS)} or no query_documentation"
            ),
        )
        check.ask("http query_documentation", http)
        status, _, err = check.inspector(
            url,
            "--transport",
            "http",
            "--stored-auth-only",
            "--header",
            f"Authorization: Bearer {BAD_KEY}",
            "--method",
            "tools/list",
        )
        said = _said(err)
        check.verdict(
            "http bad key",
            status != 0 and REFUSAL in said,
            f"refused (Inspector exit {status}); the server said: {said}",
        )
    finally:
        server.terminate()
        server.wait(timeout=60)
        _keys(env, revoke=key_id)
    if check.failed:
        print(f"mcp-check: {len(check.failed)} failed: {', '.join(check.failed)}", file=sys.stderr)
        return 1
    print("mcp-check: all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
