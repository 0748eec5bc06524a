"""The SQL store on the embedded PostgreSQL server from the wheel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.models import Configuration, ConfigurationInterface, Organization, RecordType
from stores import Stores
from stores.sql import SqlStore

ORG = Organization(id=9, organization_id=9, name="Gamma Dental", short_name="GD")


def _config(name: str = "GD-DC01", ip: str = "10.9.0.10") -> Configuration:
    return Configuration(
        id=901,
        organization_id=9,
        name=name,
        hostname=name,
        configuration_type="Server",
        primary_ip=ip,
        serial_number="SN-1234",
        interfaces=(ConfigurationInterface(id=1, name="LAN", ip_address=ip, primary=True),),
    )


async def test_migrations_are_recorded_and_applied_once(fresh: Stores) -> None:
    sql: SqlStore = fresh.sql
    assert await sql.migrate() == []  # open_stores already applied them
    async with sql.pool.connection() as conn:
        rows = await (await conn.execute("SELECT version, name FROM schema_migrations")).fetchall()
        tables = await (
            await conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        ).fetchall()
    assert [r["version"] for r in rows] == [1, 2, 3, 4, 5]
    names = {r["table_name"] for r in tables}
    assert {
        "sync_jobs",
        "sync_state",
        "api_keys",
        "audit_log",
        "query_log",
        "configurations",
        "document_sections",
        "relationships",
        "chunks",
        "redacted_secrets",
    } <= names


async def test_upsert_skips_unchanged_and_writes_children(fresh: Stores) -> None:
    sql = fresh.sql
    assert len(await sql.upsert_records([ORG, _config()])) == 2
    assert await sql.upsert_records([ORG, _config()]) == []
    changed = await sql.upsert_records([_config(ip="10.9.0.11")])
    assert [c.source_id for c in changed] == ["configuration:901"]
    [loaded] = await sql.get_records(RecordType.CONFIGURATION, [901])
    assert loaded == _config(ip="10.9.0.11")
    counts = await sql.counts()
    assert counts["configuration_interface"] == 1
    assert await sql.delete_records(RecordType.CONFIGURATION, [901]) == 1
    assert (await sql.counts())["configuration_interface"] == 0


async def test_full_text_and_trigram_search(fresh: Stores) -> None:
    await fresh.sql.upsert_records([ORG, _config()])
    async with fresh.sql.pool.connection() as conn:
        fts = await (
            await conn.execute(
                "SELECT name FROM configurations WHERE search @@ plainto_tsquery('simple', %s)",
                ("SN-1234",),
            )
        ).fetchall()
        fuzzy = await (
            await conn.execute(
                "SELECT name, similarity(name, %s) AS s FROM organizations WHERE name %% %s",
                ("Gamma Dentl", "Gamma Dentl"),
            )
        ).fetchall()
    assert [r["name"] for r in fts] == ["GD-DC01"]
    assert [r["name"] for r in fuzzy] == ["Gamma Dental"]


async def test_closing_stops_the_embedded_server(tmp_path: Path) -> None:
    from stores.sql import open_sql_store
    from tests.conftest import make_settings

    store = await open_sql_store(make_settings(tmp_path))
    second = await open_sql_store(make_settings(tmp_path))
    assert (tmp_path / "postgres" / "postmaster.pid").exists()
    await store.close()
    assert await second.ping(), "another store of this process still uses the server"
    await second.close()
    assert not (tmp_path / "postgres" / "postmaster.pid").exists()
    again = await open_sql_store(make_settings(tmp_path))  # restarts on the same data
    assert await again.ping()
    await again.close()


def test_two_processes_start_the_embedded_server_at_once(tmp_path: Path) -> None:
    script = (
        "import asyncio, sys\n"
        "from core.settings import load_settings\n"
        "from stores.sql import open_sql_store\n"
        "async def main():\n"
        "    store = await open_sql_store(load_settings(data_dir=sys.argv[1], database_url=None))\n"
        "    print('ok', await store.ping())\n"
        "    await store.close()\n"
        "asyncio.run(main())\n"
    )
    root = Path(__file__).resolve().parents[2]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path)],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert all(out.strip() == "ok True" for out, _ in results)
    # The last process out stopped the server: nothing keeps running on this data dir.
    assert not (tmp_path / "postgres" / "postmaster.pid").exists()


async def test_a_process_killed_holding_the_server_does_not_orphan_it(tmp_path: Path) -> None:
    """kill -9 leaves the dead pid in the wheel's holder list; the next process prunes it, so
    closing its store stops the server instead of leaving a postmaster running for good."""
    import json
    import os
    import signal

    from stores.sql import open_sql_store
    from tests.conftest import make_settings

    script = (
        "import asyncio, sys, time\n"
        "from core.settings import load_settings\n"
        "from stores.sql import open_sql_store\n"
        "async def main():\n"
        "    await open_sql_store(load_settings(data_dir=sys.argv[1], database_url=None))\n"
        "    print('open', flush=True)\n"
        "    time.sleep(600)\n"
        "asyncio.run(main())\n"
    )
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    handles = tmp_path / "postgres" / ".handle_pids.json"
    assert child.pid in json.loads(handles.read_text())  # what kill -9 leaves behind

    store = await open_sql_store(make_settings(tmp_path))
    assert await store.ping()
    assert json.loads(handles.read_text()) == [os.getpid()]
    await store.close()
    assert not (tmp_path / "postgres" / "postmaster.pid").exists()
