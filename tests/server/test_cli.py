"""`itglue-rag load-sample` and `status --json` as a user runs them, in a fresh data dir."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from core.embeddings import Embedder
from core.models import RecordType, Snapshot
from server.services.schemas import QueryResponse
from stores import Stores
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from tests.conftest import ingest_into, one_org

ROOT = Path(__file__).resolve().parents[2]


def _cli(
    *args: str, data_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("itglue-rag") or str(Path(sys.executable).parent / "itglue-rag")
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "NEO4J_URI", "QDRANT_URL", "ENCRYPTION_KEY", "ITGLUE_API_KEY"}
    }
    environment.update(
        {
            "ITGLUE_RAG_DATA_DIR": str(data_dir),
            "HF_HUB_OFFLINE": "1",
            "COLUMNS": "200",
            "PYTHONPATH": str(ROOT),  # the code of this checkout, wherever the script was installed
        }
    )
    environment.update(env or {})
    return subprocess.run(  # the timeout stops a hang; an eval with its benchmarks on a
        [exe, *args],  # loaded two-core machine took over 600 s
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1500,
    )


def test_load_sample_then_status_shows_every_type_in_every_store(tmp_path: Path) -> None:
    loaded = _cli("load-sample", "--as-of", "2026-06-01", data_dir=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert "Ingested 752 records (752 changed, 0 deleted)" in loaded.stdout
    assert "records/s" in loaded.stdout and "peak RSS" in loaded.stdout

    status = _cli("status", "--json", data_dir=tmp_path)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["backends"] == {
        "sql": "embedded-postgres",
        "graph": "ladybug",
        "vector": "qdrant-edge",
    }
    for kind in RecordType:
        assert data["sql"][kind.value] == data["graph"][kind.value] > 0, kind
        assert data["vector"][kind.value] >= data["sql"][kind.value], kind
    assert sum(data["graph_edges"].values()) == data["sql"]["relationship"] > 0

    again = _cli("load-sample", "--if-empty", data_dir=tmp_path)
    assert again.returncode == 0 and "already loaded" in again.stdout
    reload = _cli("load-sample", "--as-of", "2026-06-01", data_dir=tmp_path)
    assert "Ingested 752 records (0 changed, 0 deleted)" in reload.stdout
    assert "(0 embedded, 0 removed)" in reload.stdout


def test_bad_scale_is_a_usage_error(tmp_path: Path) -> None:
    done = _cli("load-sample", "--scale", "0", data_dir=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "--scale" in done.stderr


def test_sync_from_the_loopback_it_glue_then_sync_status(
    tmp_path: Path, sample_snapshot: Snapshot
) -> None:
    with FakeItGlue(one_org(sample_snapshot, 3), cipher=None) as fake:
        env = {"ITGLUE_API_URL": fake.url, "ITGLUE_API_KEY": DEFAULT_KEY}
        done = _cli("sync", "--org", "3", data_dir=tmp_path, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "sync job 1  ·  full  ·  completed" in done.stdout
        assert "requests (0 retried" in done.stdout
        assert "no earlier sync of this scope" in done.stdout

        status = _cli("sync-status", "--json", data_dir=tmp_path)
        assert status.returncode == 0, status.stderr
        jobs = json.loads(status.stdout)["jobs"]
        assert [(j["id"], j["status"], j["organization_id"]) for j in jobs] == [(1, "completed", 3)]
        assert jobs[0]["counts"]["configuration"]["fetched"] == len(
            [c for c in sample_snapshot.configurations if c.organization_id == 3]
        )
        assert jobs[0]["stats"]["requests"] == len(fake.seen)

        fake.fail(503, 1000, path="/passwords")
        partial = _cli("sync", "--org", "3", data_dir=tmp_path, env=env)
        assert partial.returncode == 1, partial.stdout + partial.stderr
        assert "partial" in partial.stdout and "HTTP 503" in partial.stdout

        refused = _cli("sync", data_dir=tmp_path, env={**env, "ITGLUE_API_KEY": "revoked-key"})
        assert refused.returncode == 2
        assert "wrong, expired or revoked" in refused.stdout
        # one line, brackets kept: rich read `[size]` and `[number]` as markup and dropped them
        [refusal] = [line for line in refused.stdout.splitlines() if "error:" in line]
        assert "page[size]=" in refusal and "page[number]=1" in refusal, refusal
        assert "Traceback" not in refused.stdout + refused.stderr

    table = _cli("sync-status", data_dir=tmp_path)
    assert "recent sync jobs" in table.stdout and "partial" in table.stdout


def test_sync_without_a_key_says_what_to_set(tmp_path: Path) -> None:
    done = _cli("sync", data_dir=tmp_path, env={"ITGLUE_API_KEY": ""})
    assert done.returncode == 2
    assert "ITGLUE_API_KEY: not set" in done.stderr and "Traceback" not in done.stderr


def test_fake_itglue_command_serves_the_sample(tmp_path: Path) -> None:
    exe = shutil.which("itglue-rag") or str(Path(sys.executable).parent / "itglue-rag")
    env = {**os.environ, "COLUMNS": "300", "ITGLUE_RAG_DATA_DIR": str(tmp_path)}
    with subprocess.Popen(
        [exe, "fake-itglue", "--port", "0", "--api-key", "k1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as server:
        try:
            assert server.stdout is not None
            first = server.stdout.readline()
            url = re.search(r"at (http://127\.0\.0\.1:\d+)", first)
            assert url, first
            answer = httpx.get(f"{url[1]}/organizations", headers={"x-api-key": "k1"}, timeout=10)
            assert answer.status_code == 200
            assert answer.json()["meta"]["total-count"] == 12
            assert httpx.get(f"{url[1]}/organizations", timeout=10).status_code == 401
        finally:
            server.terminate()
            server.wait(timeout=10)


async def test_ask_and_bench_as_a_user_runs_them(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    await ingest_into(tmp_path, one_org(sample_snapshot, 7), embedder)
    dc = next(c for c in sample_snapshot.configurations if c.name == "ACME-DC01")

    done = _cli("ask", "What is the IP address of ACME-DC01?", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"ACME-DC01 has primary IP {dc.primary_ip} [1]." in done.stdout
    assert f"[1] {dc.source_id} · ACME-DC01 (Server) · Acme Logistics" in done.stdout

    as_json = _cli("ask", "What is the serial number of ACME-DC01?", "--json", data_dir=tmp_path)
    data = json.loads(as_json.stdout)
    assert data["found"] and data["citations"][0]["source_id"] == dc.source_id
    assert data["answer"] == f"ACME-DC01 has serial number {dc.serial_number} [1]."
    assert data["intent"] == "lookup" and set(data) == set(QueryResponse.model_fields)

    first = _cli("ask", "What is the IP address of ACME-DC01?", "--thread", "t", data_dir=tmp_path)
    follow = _cli("ask", "And its serial number?", "--thread", "t", data_dir=tmp_path)
    assert first.returncode == follow.returncode == 0, follow.stderr
    assert f"ACME-DC01 has serial number {dc.serial_number} [1]." in follow.stdout

    nowhere = _cli("ask", "What is the IP of ACME-DC01?", "--org", "Nowhere", data_dir=tmp_path)
    assert nowhere.returncode == 2 and "no organization 'Nowhere'" in nowhere.stderr
    near = _cli("ask", "What is the IP of ACME-DC01?", "--org", "Acme Logistic", data_dir=tmp_path)
    assert near.returncode == 2 and "did you mean Acme Logistics" in near.stderr
    empty = _cli("ask", "  ", data_dir=tmp_path)
    assert empty.returncode == 2 and "Traceback" not in empty.stderr

    questions = tmp_path / "questions.txt"
    questions.write_text("What is the IP address of ACME-DC01?\nWho is the CEO of Acme?\n")
    bench = _cli(
        "bench", "--questions", str(questions), "--concurrency", "2", "--json", data_dir=tmp_path
    )
    assert bench.returncode == 0, bench.stderr
    result = json.loads(bench.stdout)
    assert result["questions"] == 2 and result["found"] == 1 and result["errors"] == 0
    assert 0 < result["p50_ms"] <= result["p95_ms"] and result["qps"] > 0
    assert set(result["node_share"]) >= {"plan", "compose", "validate", "respond"}


def test_an_invalid_setting_is_one_line_and_exit_2_for_every_command(tmp_path: Path) -> None:
    """`serve`, `mcp` and `demo` read the settings outside the commands' own error handling:
    an invalid one was a 32-line traceback and exit status 1."""
    for command in ("serve", "mcp", "demo", "status"):
        out = _cli(command, data_dir=tmp_path, env={"ITGLUE_RAG_PORT": "abc"})
        assert out.returncode == 2, (command, out.stderr)
        lines = [line for line in out.stderr.splitlines() if line.strip()]
        assert lines == [lines[0]] and "ITGLUE_RAG_PORT" in lines[0], (command, out.stderr)


def test_serve_with_workers_on_embedded_stores_refuses_with_exit_2(tmp_path: Path) -> None:
    """Several workers cannot share the embedded stores: said at once, not a failed start that
    exits 0."""
    out = _cli("serve", "--workers", "2", data_dir=tmp_path)
    assert out.returncode == 2 and "embedded" in out.stderr and "DATABASE_URL" in out.stderr


def test_serve_with_another_encryption_key_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A data directory whose passwords were encrypted with another key: said at start."""
    (tmp_path / "encryption.fingerprint").write_text("0123456789abcdef")
    key = "A" * 43 + "="  # 32 bytes, base64
    out = _cli("serve", data_dir=tmp_path, env={"ENCRYPTION_KEY": key})
    assert out.returncode == 2 and "0123456789abcdef" in out.stderr
    assert len([line for line in out.stderr.splitlines() if line.strip()]) == 1


async def test_rekey_moves_every_password_value_to_a_new_key(
    tmp_path: Path, embedder: Embedder
) -> None:
    from core.crypto import load_cipher
    from core.errors import ConfigError
    from core.models import Password
    from server.services.vault import vault_status
    from stores import open_stores
    from sync.demo.sample import generate
    from sync.ingest import Ingestor
    from tests.conftest import make_settings

    data = tmp_path / "data"
    old = load_cipher(make_settings(data))
    snapshot = one_org(generate(1, cipher=old), 7)
    noted = snapshot.configurations[0].model_copy(update={"notes": "PIN 4821 opens the rack."})
    snapshot.configurations[0] = noted  # a secret redacted from free text moves too
    await ingest_into(data, snapshot, embedder)
    values = {p.id: old.decrypt(p.value_encrypted) for p in snapshot.passwords if p.value_encrypted}
    assert values

    out = _cli("rekey", data_dir=data)
    assert out.returncode == 0, out.stderr
    assert f"Re-encrypted {len(values)} password values" in out.stdout
    new = load_cipher(make_settings(data))  # the key file and the fingerprint moved together
    stores = await open_stores(make_settings(data))
    try:
        sealed = dict(await stores.sql.keys.sealed_passwords())
        assert {i: new.decrypt(token) for i, token in sealed.items()} == values
        with pytest.raises(ConfigError):
            old.decrypt(next(iter(sealed.values())))
        stored = await stores.sql.get_records(RecordType.PASSWORD, list(sealed))
        for entry in stored:  # fingerprints follow the key: no false change at the next sync
            assert isinstance(entry, Password)
            assert entry.value_fingerprint == new.fingerprint(values[entry.id])
        assert await vault_status(stores, new) == "ok"
        assert await vault_status(stores, old) != "ok"
        [pin] = (await stores.sql.secrets.of([noted.source_id]))[noted.source_id]
        assert new.decrypt(pin.ciphertext) == "4821"
        again = await Ingestor(stores, embedder, cipher=new).ingest(snapshot)
        assert again.secrets_written == 0  # its fingerprint followed the key too
    finally:
        await stores.close()
    bad = _cli("rekey", "--new-key-file", str(tmp_path / "nope"), data_dir=data)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


async def test_the_sample_goes_only_into_empty_stores(
    tmp_path: Path, sample_snapshot: Snapshot, embedder: Embedder
) -> None:
    """`load-sample --if-empty`, `demo`, `bench --scale` and `eval` share one rule: the stores
    are empty when the SQL store holds no row of any kind; data already there (a sync, perhaps
    one whose organization list failed) is never overwritten by the sample."""
    from server.cli.common import empty, ensure_sample, opened
    from tests.conftest import make_settings

    assert empty({"organization": 0, "configuration": 0, "relationship": 0})
    assert not empty({"organization": 0, "configuration": 3, "relationship": 0})
    await ingest_into(tmp_path, one_org(sample_snapshot, 7), embedder)
    async with opened(make_settings(tmp_path)) as stores:
        before = await stores.sql.counts()
        assert await ensure_sample(stores, lambda: pytest.fail("the sample went over data")) is None
        assert await stores.sql.counts() == before


def _moved(text: str, days: timedelta) -> str:
    """`text` with every ISO date in it moved by `days`."""
    return re.sub(
        r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)",
        lambda m: str(date.fromisoformat(m[0]) + days),
        text,
    )


async def test_a_sample_loaded_as_of_a_day_answers_expiry_questions_as_of_that_day(
    tmp_path: Path, sample: Stores, embedder: Embedder
) -> None:
    """`load-sample --as-of` moves the sample's dates with the day: asked on that day, the
    expiry questions name the same records as the pinned sample on REFERENCE_DATE, their dates
    moved by as much."""
    from graphs.rag import graph
    from retrievers.context import scoped
    from stores import open_stores
    from sync.demo.sample import REFERENCE_DATE
    from tests.conftest import make_settings

    day = date(2027, 1, 15)
    loaded = _cli("load-sample", "--as-of", str(day), data_dir=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert f"Its dates are as of {day}." in loaded.stdout
    assert f"count from today, {date.today()}, not from the sample's {day}" in loaded.stdout
    moved = await open_stores(make_settings(tmp_path))
    try:
        pinned_ctx = await scoped(sample, embedder=embedder, today=REFERENCE_DATE)
        moved_ctx = await scoped(moved, embedder=embedder, today=day)
        found = 0
        for question in (
            "Which SSL certificates expire in the next 30 days?",
            "Which warranties expire in the next 90 days?",
            "Which software licenses renew in the next 60 days?",
            "When does Acme Logistics' Microsoft 365 renew?",
        ):
            before = await graph.ainvoke({"question": question}, context=pinned_ctx)
            after = await graph.ainvoke({"question": question}, context=moved_ctx)
            cited = [c.source_id for c in before["citations"]]
            assert [c.source_id for c in after["citations"]] == cited, question
            assert after["answer"] == _moved(before["answer"], day - REFERENCE_DATE), question
            found += bool(before["found"] and cited)
        assert found >= 3
    finally:
        await moved.close()


def test_an_invalid_as_of_is_a_usage_error(tmp_path: Path) -> None:
    for command, value in [
        ("load-sample", "2027-13-01"),
        ("load-sample", "tomorrow"),
        ("demo", "1999-12-31"),
        ("fake-itglue", "15/01/2027"),
    ]:
        done = _cli(command, "--as-of", value, data_dir=tmp_path)
        assert done.returncode == 2, (command, value, done.stderr)
        assert "--as-of" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_newcomers_first_commands_say_what_they_need(tmp_path: Path) -> None:
    """The version, empty stores named as such (not "nothing matches 'ACME-DC01'"), and a key
    id that `keys revoke` takes printed whole at 80 columns (it was cut to `5a74…`)."""
    version = _cli("--version", data_dir=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("itglue-rag ")
    empty = _cli("ask", "What is the IP of ACME-DC01?", data_dir=tmp_path)
    assert empty.returncode == 2 and "are empty: load the sample" in empty.stderr
    narrow = {"COLUMNS": "80"}
    created = _cli("keys", "create", "--scope", "read", "--name", "n", data_dir=tmp_path)
    key_id = re.search(r"Created key (\w+)", created.stdout)
    assert key_id, created.stdout + created.stderr
    listed = _cli("keys", "list", data_dir=tmp_path, env=narrow)
    assert listed.returncode == 0 and key_id[1] in listed.stdout, listed.stdout
