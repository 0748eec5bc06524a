"""A loopback IT Glue: serves domain records through the endpoints the sync client uses.

Responses follow IT Glue's JSON:API shapes (`../shared/ITGLUE_API.md`): kebab-case attributes,
string ids, `data`/`meta`/`links`/`included`, page numbers and sizes, `x-api-key` checking (401
body as IT Glue sends it), 422 for a flexible-asset list without its type filter and an HTML
404 for unknown routes. Switches inject faults (`fail`: 429 with `Retry-After`, 5xx; `slow`)
and change the data between syncs (`change`, `add`, `remove`); the same switches are exposed
over HTTP under `/_fake/` so `itglue-rag fake-itglue` can be driven with curl.

It runs a stdlib `ThreadingHTTPServer` in a background thread: real HTTP on 127.0.0.1. The
records and routes are `sync.demo.api`; their JSON shapes `sync.demo.resources`.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from core.crypto import Cipher
from core.models import Record, RecordType, Relationship, Snapshot
from sync.demo.api import ItGlueApi, Reply, error, int_param, json_reply, not_found

DEFAULT_KEY = "fake-itglue-key"


def _now() -> datetime:
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


@dataclass
class Fault:
    """Answer the next `times` matching requests with `status` (and `Retry-After`)."""

    status: int
    times: int = 1
    retry_after: float | None = None
    path: str | None = None
    """Only requests whose path contains this."""


@dataclass
class Slow:
    seconds: float
    times: int | None = None
    path: str | None = None


@dataclass
class Seen:
    """One request as the server received it."""

    at: float
    """time.monotonic() on arrival."""
    path: str
    query: dict[str, str]
    status: int = 0


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._send(self.server.fake.handle("GET", self.path, dict(self.headers.items())))

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._send(self.server.fake.handle("POST", self.path, dict(self.headers.items())))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeItGlue


class FakeItGlue(ItGlueApi):
    """IT Glue on loopback, serving a snapshot; `start()` returns its base URL."""

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        api_key: str = DEFAULT_KEY,
        cipher: Cipher | None = None,
        secrets: Mapping[int, str] | None = None,
        password_access: bool = True,
        max_page_size: int = 1000,
    ) -> None:
        """`secrets` (password id -> value) or `cipher` (to decrypt the snapshot's values)."""
        super().__init__(
            snapshot,
            cipher=cipher,
            secrets=secrets,
            password_access=password_access,
            max_page_size=max_page_size,
        )
        self.api_key = api_key
        self.faults: list[Fault] = []
        self.slows: list[Slow] = []
        self.seen: list[Seen] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        server = _Server((host, port), _Handler)
        server.fake = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self.url = f"http://{host}:{server.server_address[1]}"
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeItGlue:
        if not self.url:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- switches --------------------------------------------------------------------------

    def fail(
        self,
        status: int,
        times: int = 1,
        *,
        retry_after: float | None = None,
        path: str | None = None,
    ) -> None:
        with self.lock:
            self.faults.append(Fault(status, times, retry_after, path))

    def slow(self, seconds: float, *, times: int | None = None, path: str | None = None) -> None:
        with self.lock:
            self.slows.append(Slow(seconds, times, path))

    def change(self, source_id: str, **fields: Any) -> Record:
        """Edit a record as a user would in IT Glue: its `updated-at` moves to now."""
        with self.lock:
            record = self.records[source_id]
            updated = record.model_copy(update={**fields, "updated_at": _now()})
            self.records[source_id] = updated
            return updated

    def add(self, record: Record, relationships: Iterable[Relationship] = ()) -> None:
        with self.lock:
            if record.updated_at is None:
                record = record.model_copy(update={"updated_at": _now()})
            self.records[record.source_id] = record
            self.relationships.extend(relationships)

    def remove(self, source_id: str) -> None:
        """Delete a record (an organization takes its records with it)."""
        with self.lock:
            gone = {source_id}
            if source_id.startswith("organization:"):
                org = int(source_id.split(":")[1])
                gone |= {
                    sid
                    for sid, r in self.records.items()
                    if r.organization_id == org
                    and r.record_type is not RecordType.FLEXIBLE_ASSET_TYPE
                }
            for sid in gone:
                self.records.pop(sid, None)
            self.relationships = [
                r for r in self.relationships if r.source not in gone and r.target not in gone
            ]

    def requests_to(self, pattern: str) -> list[Seen]:
        with self.lock:
            return [s for s in self.seen if re.search(pattern, s.path)]

    # -- dispatch --------------------------------------------------------------------------

    def handle(self, method: str, raw_path: str, headers: Mapping[str, str]) -> Reply:
        parts = urlsplit(raw_path)
        path, query = parts.path.rstrip("/") or "/", dict(parse_qsl(parts.query, True))
        seen = Seen(time.monotonic(), path, query)
        with self.lock:
            self.seen.append(seen)
            slow = self._take(self.slows, path)
            fault = self._take(self.faults, path)
        if slow is not None:
            time.sleep(slow.seconds)
        try:
            reply = self._answer(method, path, query, headers, fault)
        except (ValueError, KeyError) as exc:  # a malformed filter, as IT Glue would say
            reply = error(400, "Bad request", str(exc))
        seen.status = reply.status
        return reply

    @staticmethod
    def _take(queue: list[Any], path: str) -> Any:
        for item in queue:
            if item.path is None or item.path in path:
                if item.times is not None:
                    item.times -= 1
                    if item.times <= 0:
                        queue.remove(item)
                return item
        return None

    def _answer(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: Mapping[str, str],
        fault: Fault | None,
    ) -> Reply:
        if path.startswith("/_fake/"):
            return self._control(method, path, query)
        key = {k.lower(): v for k, v in headers.items()}.get("x-api-key")
        if key != self.api_key:
            return error(401, "Unauthorized", "Unauthorized resource access", pointer="id")
        if fault is not None:
            extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after else {}
            if fault.status == 429:
                return Reply(429, b"Retry later", extra, "text/plain")
            detail = "The request took too long to process and timed out."
            reply = error(fault.status, "Server error", detail)
            reply.headers.update(extra)
            return reply
        if method != "GET":
            return not_found()
        return self.get(path, query)

    # -- control endpoints -----------------------------------------------------------------

    def _control(self, method: str, path: str, query: dict[str, str]) -> Reply:
        if path == "/_fake/stats":
            with self.lock:
                counts: dict[int, int] = {}
                for s in self.seen:
                    counts[s.status] = counts.get(s.status, 0) + 1
            return json_reply({"requests": len(self.seen), "by-status": counts})
        if method != "POST":
            return error(405, "Method not allowed", "use POST for /_fake/ switches")
        count = int_param(query.get("count")) or 1
        rng = random.Random(query.get("seed"))
        if path == "/_fake/fail":
            status = int_param(query.get("status")) or 503
            retry = float(query["retry_after"]) if query.get("retry_after") else None
            self.fail(status, count, retry_after=retry, path=query.get("path"))
            return json_reply({"queued": count, "status": status})
        if path == "/_fake/slow":
            self.slow(float(query.get("seconds") or 1), times=count, path=query.get("path"))
            return json_reply({"slow": count})
        movable = sorted(
            sid
            for sid, r in self.records.items()
            if r.record_type not in (RecordType.ORGANIZATION, RecordType.FLEXIBLE_ASSET_TYPE)
        )
        picked = rng.sample(movable, min(count, len(movable)))
        if path == "/_fake/change":
            for sid in picked:
                record = self.records[sid]
                self.change(sid, name=f"{record.name} (edited)")
            return json_reply({"changed": picked})
        if path == "/_fake/delete":
            for sid in picked:
                self.remove(sid)
            return json_reply({"deleted": picked})
        return not_found()
