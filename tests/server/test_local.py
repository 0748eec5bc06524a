"""Embedded mode, one server and every client: while `demo` holds a data directory, the other
commands (and MCP over stdio) work through it; without it they open the stores as before."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
from mcp import Client, StdioServerParameters

from core.embeddings import Embedder
from core.models import Snapshot
from server.local import SERVER_FILE, LocalServer, read
from stores import Stores
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from tests.conftest import ingest_into, one_org
from tests.server.conftest import ROOT
from tests.server.conftest import cli_env as _env
from tests.server.conftest import run_cli as _cli

QUESTION = "What is the IP address of ACME-DC01?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_server(data_dir: Path, demo: subprocess.Popen[bytes], log: Path) -> LocalServer:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert demo.poll() is None, log.read_text()
        server = read(data_dir)
        if server is not None:
            try:
                if httpx.get(f"{server.url}/v1/health", timeout=2).status_code == 200:
                    return server
            except httpx.HTTPError:
                pass
        time.sleep(0.2)
    raise AssertionError(f"demo did not serve within 180 s:\n{log.read_text()}")


INITIALIZE = (
    json.dumps(
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "t", "version": "1"},
            },
        }
    ).encode()
    + b"\n"
)


async def _mcp_organizations(data_dir: Path) -> list[int]:
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "server.cli", "mcp"], env=_env(data_dir), cwd=ROOT
    )
    async with Client(params, read_timeout_seconds=120) as client:
        listed = await client.call_tool("list_organizations", {})
        answer = await client.call_tool("query_documentation", {"question": QUESTION})
        assert not answer.is_error and answer.structured_content["found"]
        return [o["id"] for o in listed.structured_content["organizations"]]


async def test_while_demo_serves_every_command_works_through_it(
    tmp_path: Path, sample_dir: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("encryption.key", "encryption.fingerprint"):  # the snapshot's passwords' key
        shutil.copy2(sample_dir / name, data / name)
    await ingest_into(data, one_org(sample_snapshot, 7), embedder)
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")
    log = tmp_path / "demo.log"
    with FakeItGlue(one_org(sample_snapshot, 3), cipher=None) as fake, log.open("wb") as out:
        itglue = {"ITGLUE_API_URL": fake.url, "ITGLUE_API_KEY": DEFAULT_KEY}
        demo = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "demo", "--port", str(_free_port())],
            cwd=ROOT,
            env=_env(data, itglue),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            server = _wait_for_server(data, demo, log)
            assert server.pid == demo.pid
            assert stat.S_IMODE((data / SERVER_FILE).stat().st_mode) == 0o600

            created = _cli(data, "keys", "create", "--scope", "read", "--name", "leaked")
            assert created.returncode == 0, created.stderr
            key_id = re.search(r"Created key (\w+) \(read\)", created.stdout)
            assert key_id, created.stdout
            token = created.stdout.strip().splitlines()[-1]
            asked = {"question": QUESTION}
            headers = {"Authorization": f"Bearer {token}"}
            query = httpx.post(f"{server.url}/v1/query", json=asked, headers=headers, timeout=60)
            assert query.status_code == 200
            listed = _cli(data, "keys", "list", "--json")
            assert key_id[1] in [k["id"] for k in json.loads(listed.stdout)], listed.stderr
            revoked = _cli(data, "keys", "revoke", key_id[1])
            assert revoked.returncode == 0 and f"Revoked key {key_id[1]}." in revoked.stdout
            refused = httpx.post(f"{server.url}/v1/query", json=asked, headers=headers, timeout=60)
            assert refused.status_code == 401  # at once, without stopping the server
            again = _cli(data, "keys", "revoke", key_id[1])
            assert again.returncode == 2 and f"no live key '{key_id[1]}'" in again.stderr

            answered = _cli(data, "ask", QUESTION)
            assert answered.returncode == 0, answered.stderr
            assert f"ACME-DC01 has primary IP {dc.primary_ip} [1]." in answered.stdout
            assert f"[1] {dc.source_id} · ACME-DC01 (Server) · Acme Logistics" in answered.stdout

            synced = _cli(data, "sync", "--org", "3", **itglue)
            assert synced.returncode == 0, synced.stdout + synced.stderr
            assert "sync job 1  ·  full  ·  completed" in synced.stdout
            served_status = _cli(data, "status", "--json")
            assert served_status.returncode == 0, served_status.stderr
            assert json.loads(served_status.stdout)["sql"]["organization"] == 2
            served_jobs = _cli(data, "sync-status", "--json")
            jobs = json.loads(served_jobs.stdout)["jobs"]
            assert [(j["id"], j["status"], j["organization_id"]) for j in jobs] == [
                (1, "completed", 3)
            ]

            assert sorted(await _mcp_organizations(data)) == [3, 7]
            # the bridge ends when its client closes stdin (it stayed, holding a connection)
            bridge = subprocess.Popen(
                [sys.executable, "-m", "server.cli", "mcp"],
                cwd=ROOT,
                env=_env(data),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            _, said = bridge.communicate(INITIALIZE, timeout=60)
            assert bridge.returncode == 0, said.decode()

            load = _cli(data, "load-sample")
            assert load.returncode == 2 and f"(pid {demo.pid})" in load.stderr
            assert len(load.stderr.strip().splitlines()) == 1
            reuse = _cli(data, "load-sample", "--if-empty")  # `make studio-check`'s first step
            assert reuse.returncode == 0 and "already loaded" in reuse.stdout
        finally:
            demo.send_signal(signal.SIGINT)
            demo.wait(timeout=60)

    assert not (data / SERVER_FILE).exists()
    # With the server gone the commands open the stores themselves and print the same.
    assert _cli(data, "status", "--json").stdout == served_status.stdout
    assert _cli(data, "sync-status", "--json").stdout == served_jobs.stdout


def test_a_server_file_left_by_a_dead_process_is_ignored_and_removed(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    data = tmp_path / "data"
    data.mkdir()
    (data / SERVER_FILE).write_text(
        json.dumps({"url": "http://127.0.0.1:9", "pid": gone.pid, "token": "igr_local_x"})
    )
    done = _cli(data, "status", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sql"]["organization"] == 0
    assert not (data / SERVER_FILE).exists()


def test_stores_held_by_another_process_are_one_line_naming_it(fresh: Stores) -> None:
    """This test's process holds the stores: a command says so in one line, exit 2. When
    server.json names the holder but it does not answer, the line says that."""
    data = fresh.settings.data_dir
    held = _cli(data, "status")
    assert held.returncode == 2, held.stdout
    assert held.stderr.count("\n") == 1 and "Traceback" not in held.stderr
    assert f"held by process {os.getpid()}" in held.stderr

    silent = {"url": f"http://127.0.0.1:{_free_port()}", "pid": os.getpid(), "token": "t"}
    (data / SERVER_FILE).write_text(json.dumps(silent))
    quiet = _cli(data, "keys", "list")
    assert quiet.returncode == 2 and quiet.stderr.count("\n") == 1
    assert f"server (pid {os.getpid()}) at {silent['url']}, which does not answer" in quiet.stderr
