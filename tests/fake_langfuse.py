"""Langfuse's server on loopback: the OTLP trace path and the dataset, score and project routes.

It keeps every request's raw (decompressed) body so tests can assert on exported bytes, decodes
OTLP protobuf into plain span dicts, and answers the REST calls the SDK makes for datasets and
experiments with the shapes of Langfuse's public API. Requests are told apart by the project
key they carry: the SDK keeps one client per key for the life of the process and never removes
its span processor, so tests share one receiver that outlives them (a stopped one would leave
the SDK retrying exports at exit) and each uses a key of its own.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

OTLP_PATH = "/api/public/otel/v1/traces"


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Span:
    name: str
    trace_id: str
    span_id: str
    parent_id: str
    attributes: dict[str, Any]


def _value(v: Any) -> Any:
    kind = v.WhichOneof("value")
    if kind == "array_value":
        return tuple(_value(x) for x in v.array_value.values)
    return getattr(v, kind) if kind else None


def _key(got: Received) -> str | None:
    """The project key a request was sent with (OTLP header, else Basic auth user)."""
    headers = {k.lower(): v for k, v in got.headers.items()}
    if "x-langfuse-public-key" in headers:
        return headers["x-langfuse-public-key"]
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    return base64.b64decode(value).decode().partition(":")[0]


def _now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class FakeLangfuse:
    """Start with `start()` (returns the base URL); `spans()` decodes what arrived."""

    requests: list[Received] = field(default_factory=list)
    datasets: dict[str, dict[str, Any]] = field(default_factory=dict)
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""
    _server: ThreadingHTTPServer | None = None

    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                if self.headers.get("content-encoding") == "gzip":
                    body = gzip.decompress(body)
                url = urlsplit(self.path)
                got = Received(
                    self.command, url.path, parse_qs(url.query), dict(self.headers), body
                )
                with fake.lock:
                    fake.requests.append(got)
                    status, reply = fake.route(got)
                data = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
                self.send_response(status)
                kind = "application/x-protobuf" if isinstance(reply, bytes) else "application/json"
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def route(self, got: Received) -> tuple[int, Any]:
        path, method = got.path, got.method
        if path == OTLP_PATH and method == "POST":
            return 200, b""
        if path == "/api/public/projects":
            project = {"id": "project-1", "name": "itglue-rag", "metadata": {}}
            return 200, {"data": [{**project, "organization": {"id": "org-1", "name": "MSP"}}]}
        if path == "/api/public/v2/datasets" and method == "POST":
            payload = json.loads(got.body)
            dataset = self.datasets.setdefault(payload["name"], self._dataset(payload))
            return 200, dataset
        if path.startswith("/api/public/v2/datasets/") and method == "GET":
            name = unquote(path.rsplit("/", 1)[1])
            if name not in self.datasets:
                return 404, {"message": f"dataset {name} not found"}
            return 200, self.datasets[name]
        if path == "/api/public/dataset-items" and method == "POST":
            payload = json.loads(got.body)
            item = self._item(payload)
            self.items[item["id"]] = item
            return 200, item
        if path == "/api/public/dataset-items" and method == "GET":
            name = got.query.get("datasetName", [""])[0]
            page = int(got.query.get("page", ["1"])[0])
            limit = int(got.query.get("limit", ["50"])[0])
            rows = [i for i in self.items.values() if i["datasetName"] == name]
            chunk = rows[(page - 1) * limit : page * limit]
            pages = max(1, -(-len(rows) // limit))
            meta = {"page": page, "limit": limit, "totalItems": len(rows), "totalPages": pages}
            return 200, {"data": chunk, "meta": meta}
        if path in ("/api/public/ingestion", "/api/public/scores", "/api/public/dataset-run-items"):
            return 200, {"successes": [], "errors": [], "id": str(uuid.uuid4())}
        return 404, {"message": f"no route {method} {path}"}

    def _dataset(self, payload: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": f"dataset-{len(self.datasets) + 1}",
            "name": payload["name"],
            "description": payload.get("description"),
            "metadata": payload.get("metadata"),
            "inputSchema": None,
            "expectedOutputSchema": None,
            "projectId": "project-1",
            "createdAt": _now(),
            "updatedAt": _now(),
        }

    def _item(self, payload: dict[str, Any]) -> dict[str, Any]:
        dataset = self.datasets[payload["datasetName"]]
        return {
            "id": payload.get("id") or str(uuid.uuid4()),
            "status": "ACTIVE",
            "input": payload.get("input"),
            "expectedOutput": payload.get("expectedOutput"),
            "metadata": payload.get("metadata"),
            "sourceTraceId": None,
            "sourceObservationId": None,
            "datasetId": dataset["id"],
            "datasetName": dataset["name"],
            "createdAt": _now(),
            "updatedAt": _now(),
            "mediaReferences": [],
        }

    def _sent(self, public_key: str | None) -> list[Received]:
        with self.lock:
            return [r for r in self.requests if public_key is None or _key(r) == public_key]

    def posted(self, path: str, public_key: str | None = None) -> list[Any]:
        """The JSON bodies POSTed to `path` (with one project's key), in order."""
        return [
            json.loads(r.body)
            for r in self._sent(public_key)
            if r.method == "POST" and r.path == path
        ]

    def otlp_bodies(self, public_key: str | None = None) -> list[bytes]:
        return [r.body for r in self._sent(public_key) if r.path == OTLP_PATH]

    def spans(self, public_key: str | None = None) -> list[Span]:
        found = []
        for body in self.otlp_bodies(public_key):
            request = ExportTraceServiceRequest()
            request.ParseFromString(body)
            for resource in request.resource_spans:
                for scope in resource.scope_spans:
                    for s in scope.spans:
                        found.append(
                            Span(
                                name=s.name,
                                trace_id=s.trace_id.hex(),
                                span_id=s.span_id.hex(),
                                parent_id=s.parent_span_id.hex(),
                                attributes={a.key: _value(a.value) for a in s.attributes},
                            )
                        )
        return found
