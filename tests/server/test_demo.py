"""`make run` / `itglue-rag demo` as a new user meets it: the port it serves on and what a taken
one says, the one demo key it keeps in the data directory, a start-up that loads the embedding
model before any request, and error text printed as it is (rich markup never eats `[size]`)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import typer

from core.embeddings import Embedder
from core.models import Snapshot
from server.app import create_app
from server.cli.serving import DEMO_KEY_FILE, demo_key
from server.services import Services
from server.services.schemas import QueryResponse
from stores import Stores
from tests.conftest import ingest_into, one_org
from tests.server.conftest import ROOT, Loads, auth
from tests.server.conftest import cli_env as _env
from tests.server.conftest import run_cli as _cli

VECTOR_QUESTION = "vpn setup steps for remote staff"


@pytest.fixture
def taken() -> Iterator[int]:
    """A loopback port something else listens on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield int(holder.getsockname()[1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_taken_port_is_one_line_before_anything_is_served_or_created(
    tmp_path: Path, taken: int
) -> None:
    """It printed the URL, a new key and a curl line, then uvicorn's `[Errno 98]` and exit 3."""
    data = tmp_path / "data"
    for args, env in (
        (("demo", "--port", str(taken)), {}),
        (("demo",), {"ITGLUE_RAG_PORT": str(taken)}),  # the default port follows the setting
    ):
        out = _cli(data, *args, **env)
        assert out.returncode == 2, out.stderr
        assert out.stdout == ""  # no URL, no key, no curl line
        assert out.stderr.strip() == (
            f"error: port {taken} is in use on 127.0.0.1: stop what holds it or run "
            f"`make run PORT={taken + 1}`"
        )
        assert not data.exists()  # no store opened, no sample loaded, no key made

    served = _cli(data, "serve", "--port", str(taken))
    assert served.returncode == 2 and "Traceback" not in served.stderr
    assert f"port {taken} is in use on 127.0.0.1" in served.stderr
    assert len(served.stderr.strip().splitlines()) == 1


def test_a_claimed_port_is_held_until_the_server_takes_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The check is the claim: between it and serving (the sample loading, the key) no other
    process can take the port, SO_REUSEADDR or not."""
    from server.cli.common import claim

    port = _free_port()
    held = claim("127.0.0.1", port, lambda p: f"use {p + 1}")
    try:
        with pytest.raises(typer.Exit) as second:
            claim("127.0.0.1", port, lambda p: f"use {p + 1}")
        assert second.value.exit_code == 2
        assert f"port {port} is in use on 127.0.0.1: stop what holds it or use {port + 1}" in (
            capsys.readouterr().err
        )
        with socket.socket() as client:  # listening already: a connection waits, not refused
            assert client.connect_ex(("127.0.0.1", port)) == 0
    finally:
        held.close()


def test_make_run_takes_port_from_its_command_line_else_from_itglue_rag_port() -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed here")

    def planned(*args: str, **env: str) -> str:
        out = subprocess.run(
            [make, "-n", "run", *args],
            cwd=ROOT,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        return next(line for line in out.stdout.splitlines() if "itglue-rag demo" in line)

    assert planned("PORT=8001").split("itglue-rag ")[1].split() == ["demo", "--port", "8001"]
    # ITGLUE_RAG_PORT reaches `demo` through the environment; a stray PORT there is not ours
    line = planned(ITGLUE_RAG_PORT="8001", PORT="3000")
    assert line.split("itglue-rag ")[1].split() == ["demo"]


async def test_the_demo_key_is_kept_in_the_data_directory_and_reused(
    fresh: Stores, tmp_path: Path
) -> None:
    keys = fresh.sql.keys
    _, before = await keys.create("demo", ["passwords"])  # a start before keys were kept
    _, other = await keys.create("ci", ["read"])
    token, reused = await demo_key(fresh, tmp_path, ["read"])
    saved = tmp_path / DEMO_KEY_FILE
    assert not reused and saved.read_text().strip() == token
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    key = await keys.verify(token)
    assert key is not None and key.scopes == ("read",)  # read unless asked for more
    assert await keys.verify(before) is None and await keys.verify(other) is not None

    assert await demo_key(fresh, tmp_path, ["read"]) == (token, True)
    demo_keys = [k for k in await keys.all() if k.name == "demo" and k.revoked_at is None]
    assert [k.id for k in demo_keys] == [key.id]  # ten starts, one key

    await keys.revoke(key.id)
    renewed, reused = await demo_key(fresh, tmp_path, ["read"])
    assert not reused and renewed != token and saved.read_text().strip() == renewed

    saved.unlink()
    lost, reused = await demo_key(fresh, tmp_path, ["read"])
    assert not reused and lost != renewed
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert await keys.verify(renewed) is None  # its token is gone with the file: revoked

    vault, reused = await demo_key(fresh, tmp_path, ["passwords"])  # `demo --passwords`
    assert not reused and (await keys.verify(vault)) is not None
    assert await keys.verify(lost) is None  # the read key gave way: one demo key at a time
    live = [k for k in await keys.all() if k.revoked_at is None]
    assert [(k.name, k.scopes) for k in live] == [("ci", ("read",)), ("demo", ("passwords",))]


async def test_the_first_question_after_start_up_does_not_load_the_model(
    services: Services, tokens: dict[str, str], model_loads: Loads
) -> None:
    """The first question took 4-6 s and its vector retriever timed out under load: loading the
    model counted against the retriever's budget. Start-up loads it now."""
    from understand.index import _catalogs

    app = create_app(services=services)
    async with app.router.lifespan_context(app):
        assert model_loads.seen == ["start-up"]
        assert services.stores.sql.read.pool in _catalogs  # the planner's names, built too
        model_loads.phase = "request"
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.post(
                "/v1/query", json={"question": VECTOR_QUESTION}, headers=auth(tokens["read"])
            )
    assert response.status_code == 200, response.text
    answer = QueryResponse.model_validate(response.json())
    assert "retrieve_vector" in answer.timings and not answer.retrieval_errors
    assert model_loads.seen == ["start-up"]  # not again, and not in the request


def test_error_text_is_printed_as_it_is_not_read_as_markup(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A sync's 401 printed `GET /flexible_asset_types?page=1000&page=1`: rich read `[size]`
    and `[number]` as markup tags."""
    from server.cli.answers import print_answer
    from server.cli.common import fail
    from server.cli.data import print_job

    url = "/flexible_asset_types?page[size]=1000&page[number]=1"
    fail(f"IT Glue refused GET {url} with 401")
    assert f"error: IT Glue refused GET {url} with 401" in capsys.readouterr().err

    job = {"id": 1, "kind": "full", "status": "failed", "counts": {}, "stats": {}}
    job |= {"timings": {}, "notices": [f"skipped {url}"]}
    job["errors"] = [{"organization_id": None, "resource": "[bold]x", "error": f"GET {url}"}]
    print_job(job)
    printed = capsys.readouterr().out
    assert f"note: skipped {url}" in printed and f"error: [bold]x: GET {url}" in printed

    shown = QueryResponse.model_validate(
        {
            "answer": "The admin password is [redacted password] [1].",
            "citations": [],
            "verdicts": [],
            "confidence": 1.0,
            "found": True,
            "intent": "lookup",
            "searched": [],
            "timings": {},
            "retrieval_errors": ["vector: page[size] timed out"],
        }
    )
    print_answer(shown)
    printed = capsys.readouterr().out
    assert "The admin password is [redacted password] [1]." in printed
    assert "note: vector: page[size] timed out" in printed


async def test_demo_reuses_its_key_across_starts_and_says_so(
    tmp_path: Path, sample_dir: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    """Every start minted a never-expiring passwords key (ten after one afternoon)."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("encryption.key", "encryption.fingerprint"):  # the snapshot's passwords' key
        shutil.copy2(sample_dir / name, data / name)
    await ingest_into(data, one_org(sample_snapshot, 7), embedder)
    printed = [_start_and_stop(data, tmp_path / f"demo{n}.log") for n in (1, 2)]
    token = (data / DEMO_KEY_FILE).read_text().strip()
    assert (
        f"Demo key (read, all organizations; new, saved in {data / DEMO_KEY_FILE}): {token}"
        in (printed[0])
    )
    assert (
        f"Demo key (read, all organizations; reused from {data / DEMO_KEY_FILE}): {token}"
        in (printed[1])
    )
    keys = _cli(data, "keys", "list", "--json")
    assert keys.returncode == 0, keys.stderr
    assert keys.stdout.count('"name": "demo"') == 1


def _start_and_stop(data: Path, log: Path) -> str:
    """Run `demo` until it says it serves, check that it does, stop it; what it printed."""
    port = _free_port()
    with log.open("wb") as out:
        demo = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "demo", "--port", str(port)],
            cwd=ROOT,
            env=_env(data),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 180
            while "Ctrl-C stops" not in log.read_text():
                assert demo.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
            # said only once served: the page answers at once
            assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
        finally:
            demo.send_signal(signal.SIGINT)
            assert demo.wait(timeout=60) == 0, log.read_text()
    return log.read_text()
