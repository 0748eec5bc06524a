"""One server, every client: how the other commands reach a server that holds embedded stores.

The embedded engines let one process hold a data directory. While `serve` or `demo` holds one,
it writes `<data dir>/server.json` (mode 0600, replaced atomically): its loopback URL, its pid
and a random operator token made at each start, valid only while that server runs. Every other
command looks for the file first and, when its process is alive and its URL answers, works
through the server's API with that token; otherwise it opens the stores itself, as with no
server. The token stands for the local operator (every scope, every organization), like the
stdio MCP server: whoever can read the data directory can read the data anyway.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import struct
import sys
import time
from dataclasses import asdict, dataclass
from ipaddress import ip_address
from pathlib import Path

import httpx

from core.settings import Settings
from stores.pg_embedded import alive

SERVER_FILE = "server.json"
ANSWER_WITHIN = 2.0
"""Seconds a server named in server.json has to answer before commands open the stores."""


@dataclass(frozen=True)
class LocalServer:
    url: str
    pid: int
    token: str


def server_file(data_dir: Path) -> Path:
    return Path(data_dir) / SERVER_FILE


def loopback_url(host: str, port: int) -> str:
    """Where this machine reaches a server bound to `host`: loopback for a wildcard address."""
    if host in ("", "0.0.0.0", "localhost"):
        return f"http://127.0.0.1:{port}"
    if host == "::":
        return f"http://[::1]:{port}"
    try:
        address = ip_address(host)
    except ValueError:  # a host name: the server resolved it to bind, so can we
        return f"http://{host}:{port}"
    return f"http://[{host}]:{port}" if address.version == 6 else f"http://{host}:{port}"


def announce(data_dir: Path, url: str) -> LocalServer:
    """Write server.json for this process with a fresh token (owner-only, never half-written)."""
    server = LocalServer(url=url, pid=os.getpid(), token=f"igr_local_{secrets.token_urlsafe(32)}")
    path = server_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{SERVER_FILE}.{server.pid}")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(asdict(server), out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    return server


def withdraw(data_dir: Path, server: LocalServer) -> None:
    """Remove server.json if it still names this server (a later one may have replaced it)."""
    if read(data_dir) == server:
        server_file(data_dir).unlink(missing_ok=True)


def read(data_dir: Path) -> LocalServer | None:
    try:
        data = json.loads(server_file(data_dir).read_text())
        return LocalServer(url=str(data["url"]), pid=int(data["pid"]), token=str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def answers(server: LocalServer, within: float = ANSWER_WITHIN) -> bool:
    """Whether the server answers /v1/health (any status: a degraded store is still a server)
    before `within` seconds pass; a server still binding its port gets that long."""
    deadline = time.monotonic() + within
    while True:
        left = deadline - time.monotonic()
        try:
            httpx.get(f"{server.url}/v1/health", timeout=max(0.2, left))
            return True
        except httpx.InvalidURL:
            return False
        except httpx.HTTPError:
            if time.monotonic() + 0.1 >= deadline:
                return False
            time.sleep(0.1)


def find(settings: Settings) -> LocalServer | None:
    """The server holding this data directory, when it answers; a file left by a dead process
    is removed."""
    if not settings.embedded_stores:
        return None
    server = read(settings.data_dir)
    if server is None or server.pid == os.getpid():
        return None
    if not alive(server.pid):
        withdraw(settings.data_dir, server)
        return None
    return server if answers(server) else None


def _lock_holder(path: Path) -> int | None:
    """The pid holding the POSIX write lock LadybugDB takes on its file (Linux), or None."""
    if sys.platform != "linux" or not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        ask = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        kind, _, _, _, pid = struct.unpack("hhqqi4x", fcntl.fcntl(fd, fcntl.F_GETLK, ask))
    except OSError:
        return None
    finally:
        os.close(fd)
    return pid if kind != fcntl.F_UNLCK and pid > 0 else None


def _command_of(pid: int) -> str:
    with contextlib.suppress(OSError):
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        words = [Path(argv[0].decode()).name, *(a.decode() for a in argv[1:] if a)]
        return " ".join(words)[:120]
    return ""


def held_by(settings: Settings) -> str | None:
    """One line naming the process that holds this data directory's embedded graph store, or
    None when nothing holds it (then the store failed for another reason)."""
    if settings.neo4j_uri:
        return None
    pid = _lock_holder(settings.data_dir / "graph")
    if pid is None:
        return None
    where = settings.data_dir.resolve()
    server = read(settings.data_dir)
    if server is not None and server.pid == pid:
        if answers(server, within=0.5):
            return (
                f"the embedded stores in {where} are held by the itglue-rag server (pid {pid}) "
                f"at {server.url}, and this command needs them to itself: stop the server first"
            )
        return (
            f"the embedded stores in {where} are held by the itglue-rag server (pid {pid}) at "
            f"{server.url}, which does not answer; wait for it, or stop it"
        )
    command = _command_of(pid)
    return (
        f"the embedded stores in {where} are held by process {pid}"
        f"{f' ({command})' if command else ''}; wait for it to finish, or stop it"
    )
