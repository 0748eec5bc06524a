"""A loopback IT Glue: serves domain records through the endpoints the sync client uses.

Responses follow IT Glue's JSON:API shapes (`../shared/ITGLUE_API.md`): kebab-case attributes,
string ids, `data`/`meta`/`links`/`included`, page numbers and sizes, `x-api-key` checking (401
body as IT Glue sends it), 422 for a flexible-asset list without its type filter and an HTML
404 for unknown routes. Switches inject faults (`fail`: 429 with `Retry-After`, 5xx; `slow`)
and change the data between syncs (`change`, `add`, `remove`); the same switches are exposed
over HTTP under `/_fake/` so `itglue-rag fake-itglue` can be driven with curl.

It runs a stdlib `ThreadingHTTPServer` in a background thread: real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from math import ceil
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from core.crypto import Cipher
from core.models import (
    Configuration,
    Contact,
    Document,
    FlexibleAsset,
    FlexibleAssetType,
    Location,
    Organization,
    Password,
    Record,
    RecordType,
    Relationship,
    Snapshot,
    TagTrait,
)
from sync.transform import NOTE_KINDS, RELATED_ASSET_TYPES, SECTION_TYPES, related_note, rfc3339

DEFAULT_KEY = "fake-itglue-key"
QUICK_NOTES_IN_LISTS = 250
"""IT Glue truncates an organization's quick notes in lists; the single GET has them whole."""

JsonDict = dict[str, Any]


def _ts(value: datetime | None) -> str | None:
    return rfc3339(value) if value else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


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


@dataclass
class _Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/vnd.api+json"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def _send(self, reply: _Reply) -> None:
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


class FakeItGlue:
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
        self.api_key = api_key
        self.password_access = password_access
        self.max_page_size = max_page_size
        self._lock = threading.RLock()
        self.records: dict[str, Record] = {r.source_id: r for r in snapshot.records()}
        self.relationships: list[Relationship] = list(snapshot.relationships)
        self.secrets: dict[int, str] = dict(secrets or {})
        if cipher is not None:
            for p in snapshot.passwords:
                if p.value_encrypted and p.id not in self.secrets:
                    self.secrets[p.id] = cipher.decrypt(p.value_encrypted)
        self.faults: list[Fault] = []
        self.slows: list[Slow] = []
        self.seen: list[Seen] = []
        self._folders: dict[tuple[int, str], int] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

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
        with self._lock:
            self.faults.append(Fault(status, times, retry_after, path))

    def slow(self, seconds: float, *, times: int | None = None, path: str | None = None) -> None:
        with self._lock:
            self.slows.append(Slow(seconds, times, path))

    def change(self, source_id: str, **fields: Any) -> Record:
        """Edit a record as a user would in IT Glue: its `updated-at` moves to now."""
        with self._lock:
            record = self.records[source_id]
            updated = record.model_copy(update={**fields, "updated_at": _now()})
            self.records[source_id] = updated
            return updated

    def add(self, record: Record, relationships: Iterable[Relationship] = ()) -> None:
        with self._lock:
            if record.updated_at is None:
                record = record.model_copy(update={"updated_at": _now()})
            self.records[record.source_id] = record
            self.relationships.extend(relationships)

    def remove(self, source_id: str) -> None:
        """Delete a record (an organization takes its records with it)."""
        with self._lock:
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
        with self._lock:
            return [s for s in self.seen if re.search(pattern, s.path)]

    # -- dispatch --------------------------------------------------------------------------

    def handle(self, method: str, raw_path: str, headers: Mapping[str, str]) -> _Reply:
        parts = urlsplit(raw_path)
        path, query = parts.path.rstrip("/") or "/", dict(parse_qsl(parts.query, True))
        seen = Seen(time.monotonic(), path, query)
        with self._lock:
            self.seen.append(seen)
            slow = self._take(self.slows, path)
            fault = self._take(self.faults, path)
        if slow is not None:
            time.sleep(slow.seconds)
        try:
            reply = self._answer(method, path, query, headers, fault)
        except (ValueError, KeyError) as exc:  # a malformed filter, as IT Glue would say
            reply = _error(400, "Bad request", str(exc))
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
    ) -> _Reply:
        if path.startswith("/_fake/"):
            return self._control(method, path, query)
        key = {k.lower(): v for k, v in headers.items()}.get("x-api-key")
        if key != self.api_key:
            return _error(401, "Unauthorized", "Unauthorized resource access", pointer="id")
        if fault is not None:
            extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after else {}
            if fault.status == 429:
                return _Reply(429, b"Retry later", extra, "text/plain")
            detail = "The request took too long to process and timed out."
            reply = _error(fault.status, "Server error", detail)
            reply.headers.update(extra)
            return reply
        if method != "GET":
            return _not_found()
        with self._lock:
            for pattern, route in self._routes():
                match = re.fullmatch(pattern, path)
                if match:
                    return route(query, *match.groups())
        return _not_found()

    def _routes(self) -> list[tuple[str, Callable[..., _Reply]]]:
        return [
            (r"/organizations", self._organizations),
            (r"/organizations/(\d+)", self._organization),
            (
                r"/organizations/(\d+)/relationships/(configurations|documents|contacts|locations)",
                self._org_children,
            ),
            (r"/configurations", self._configurations),
            (r"/configurations/(\d+)/relationships/configuration_interfaces", self._interfaces),
            (r"/flexible_asset_types", self._asset_types),
            (r"/flexible_assets", self._flexible_assets),
            (r"/passwords", self._passwords),
            (r"/passwords/(\d+)", self._password),
            (r"/documents/(\d+)/relationships/sections", self._sections),
        ]

    # -- routes ----------------------------------------------------------------------------

    def _of(self, kind: RecordType, org: int | None = None) -> list[Record]:
        return [
            r
            for r in self.records.values()
            if r.record_type is kind and (org is None or r.organization_id == org)
        ]

    def _organizations(self, query: dict[str, str]) -> _Reply:
        orgs = self._of(RecordType.ORGANIZATION)
        if "filter[updated_at]" in query:
            start, _, end = query["filter[updated_at]"].partition(",")
            low, high = _parse_ts(start), _parse_ts(end)
            orgs = [
                o
                for o in orgs
                if o.updated_at
                and (low is None or o.updated_at >= low)
                and (high is None or o.updated_at <= high)
            ]
        if query.get("filter[name]"):
            orgs = [o for o in orgs if o.name.lower() == query["filter[name]"].lower()]
        if query.get("filter[id]"):
            orgs = [o for o in orgs if str(o.id) == query["filter[id]"]]
        return self._page("/organizations", query, orgs, lambda o: self._org_resource(o, True))

    def _organization(self, query: dict[str, str], org_id: str) -> _Reply:
        org = self.records.get(f"organization:{org_id}")
        if org is None:
            return _error(404, "Record not found", f"Organization {org_id} not found")
        return _json({"data": self._org_resource(org, False)})  # type: ignore[arg-type]

    def _org_children(self, query: dict[str, str], org_id: str, kind: str) -> _Reply:
        path = f"/organizations/{org_id}/relationships/{kind}"
        if kind == "configurations":
            return self._configurations({**query, "filter[organization_id]": org_id}, path)
        if kind == "documents":
            docs = [
                d for d in self._of(RecordType.DOCUMENT, int(org_id)) if isinstance(d, Document)
            ]
            in_folders = query.get("filter[document_folder_id][ne]") == "null"
            folder = query.get("filter[document_folder_id]")
            if in_folders:
                docs = [d for d in docs if d.folder]
            elif folder:
                docs = [d for d in docs if d.folder and str(self._folder_id(d)) == folder]
            else:
                docs = [d for d in docs if not d.folder]
            return self._page(path, query, docs, self._document_resource)
        record_type = RecordType.CONTACT if kind == "contacts" else RecordType.LOCATION
        convert = self._contact_resource if kind == "contacts" else self._location_resource
        return self._page(path, query, self._of(record_type, int(org_id)), convert)

    def _configurations(self, query: dict[str, str], path: str = "/configurations") -> _Reply:
        org = _int(query.get("filter[organization_id]"))
        return self._page(
            path, query, self._of(RecordType.CONFIGURATION, org), self._configuration_resource
        )

    def _interfaces(self, query: dict[str, str], config_id: str) -> _Reply:
        config = self.records.get(f"configuration:{config_id}")
        if not isinstance(config, Configuration):
            return _error(404, "Record not found", f"Configuration {config_id} not found")
        data = [
            _resource(
                "configuration-interfaces",
                i.id,
                {
                    "primary": i.primary,
                    "name": i.name,
                    "ip-address": i.ip_address,
                    "mac-address": i.mac_address,
                    "notes": i.notes,
                    "created-at": _ts(config.updated_at),
                    "updated-at": _ts(config.updated_at),
                },
            )
            for i in config.interfaces
        ]
        return self._page(
            f"/configurations/{config_id}/relationships/configuration_interfaces",
            query,
            data,
            lambda d: d,
        )

    def _asset_types(self, query: dict[str, str]) -> _Reply:
        types = [
            t for t in self._of(RecordType.FLEXIBLE_ASSET_TYPE) if isinstance(t, FlexibleAssetType)
        ]
        return self._page(
            "/flexible_asset_types",
            query,
            types,
            self._asset_type_resource,
            include=lambda t: (
                self._field_resources(t)
                if "flexible_asset_fields" in query.get("include", "")
                else []
            ),
        )

    def _flexible_assets(self, query: dict[str, str]) -> _Reply:
        type_id = _int(query.get("filter[flexible_asset_type_id]"))
        if type_id is None:
            return _error(
                422,
                "Valid flexible_asset_type_id is required",
                None,
                pointer="data/attributes/flexible_asset_type_id",
            )
        org = _int(query.get("filter[organization_id]"))
        assets = [
            a
            for a in self._of(RecordType.FLEXIBLE_ASSET, org)
            if isinstance(a, FlexibleAsset) and a.flexible_asset_type_id == type_id
        ]
        return self._page("/flexible_assets", query, assets, self._asset_resource)

    def _passwords(self, query: dict[str, str]) -> _Reply:
        org = _int(query.get("filter[organization_id]"))
        return self._page(
            "/passwords",
            query,
            self._of(RecordType.PASSWORD, org),
            lambda p: self._password_resource(p, reveal=False),
        )

    def _password(self, query: dict[str, str], password_id: str) -> _Reply:
        record = self.records.get(f"password:{password_id}")
        if not isinstance(record, Password):
            return _error(404, "Record not found", f"Password {password_id} not found")
        reveal = query.get("show_password", "true") != "false"
        if reveal and not self.password_access:
            return _error(403, "Forbidden", "API key does not have password access")
        return _json({"data": self._password_resource(record, reveal=reveal)})

    def _sections(self, query: dict[str, str], document_id: str) -> _Reply:
        doc = self.records.get(f"document:{document_id}")
        if not isinstance(doc, Document):
            return _error(404, "Record not found", f"Document {document_id} not found")
        data = [
            _resource(
                "document-sections",
                s.id,
                {
                    "document-id": doc.id,
                    "resource-id": s.id,
                    "resource-type": SECTION_TYPES[s.kind],
                    "content": s.content,
                    "rendered-content": s.content,
                    "level": s.level,
                    "duration": None,
                    "sort": s.sort,
                    "created-at": _ts(doc.updated_at),
                    "updated-at": _ts(doc.updated_at),
                },
            )
            for s in doc.sections
        ]
        return self._page(
            f"/documents/{document_id}/relationships/sections", query, data, lambda d: d
        )

    # -- paging ----------------------------------------------------------------------------

    def _page(
        self,
        path: str,
        query: dict[str, str],
        items: list[Any],
        convert: Callable[[Any], JsonDict],
        *,
        include: Callable[[Any], list[JsonDict]] | None = None,
    ) -> _Reply:
        size = max(1, min(_int(query.get("page[size]")) or 50, self.max_page_size))
        number = max(1, _int(query.get("page[number]")) or 1)
        items = _sorted(items, query.get("sort"))
        total_pages = max(1, ceil(len(items) / size))
        window = items[(number - 1) * size : number * size]
        data = [convert(item) for item in window]
        included: list[JsonDict] = []
        if include is not None:
            for item in window:
                included.extend(include(item))
        if "related_items" in query.get("include", ""):
            for item, resource in zip(window, data, strict=True):
                related = self._related(item) if isinstance(item, Record) else []
                resource.setdefault("relationships", {})["related-items"] = {
                    "data": [{"id": r["id"], "type": "related-items"} for r in related]
                }
                included.extend(related)

        def link(page: int) -> str:
            return (
                f"{self.url}{path}?{urlencode({**query, 'page[number]': page, 'page[size]': size})}"
            )

        body: JsonDict = {
            "data": data,
            "meta": {
                "current-page": number,
                "next-page": number + 1 if number < total_pages else None,
                "prev-page": number - 1 if number > 1 else None,
                "total-pages": total_pages,
                "total-count": len(items),
                "filters": {},
            },
            "links": {
                "self": link(number),
                "next": link(number + 1) if number < total_pages else None,
                "last": link(total_pages),
            },
        }
        if included:
            body["included"] = included
        return _json(body)

    # -- resources -------------------------------------------------------------------------

    def _common(self, record: Record) -> JsonDict:
        org = self.records.get(f"organization:{record.organization_id}")
        return {
            "organization-id": record.organization_id,
            "organization-name": org.name if org else None,
            "resource-url": f"https://fake.itglue.example/{record.organization_id}/"
            f"{record.record_type.value}s/{record.id}",
            "name": record.name,
            "created-at": _ts(record.updated_at),
            "updated-at": _ts(record.updated_at),
        }

    def _org_resource(self, org: Organization, in_list: bool) -> JsonDict:
        notes = org.quick_notes
        if in_list and notes and len(notes) > QUICK_NOTES_IN_LISTS:
            notes = notes[:QUICK_NOTES_IN_LISTS]
        return _resource(
            "organizations",
            org.id,
            {
                "name": org.name,
                "alert": None,
                "description": org.description,
                "organization-type-id": 86,
                "organization-type-name": org.organization_type,
                "organization-status-id": 68,
                "organization-status-name": org.status,
                "primary": False,
                "logo": "",
                "quick-notes": notes,
                "short-name": org.short_name,
                "created-at": _ts(org.updated_at),
                "updated-at": _ts(org.updated_at),
                "parent-id": None,
                "ancestor-ids": "[]",
            },
        )

    def _configuration_resource(self, c: Configuration) -> JsonDict:
        location = self.records.get(f"location:{c.location_id}") if c.location_id else None
        contact = self.records.get(f"contact:{c.contact_id}") if c.contact_id else None
        resource = _resource(
            "configurations",
            c.id,
            {
                **self._common(c),
                "organization-short-name": None,
                "hostname": c.hostname,
                "primary-ip": c.primary_ip,
                "mac-address": c.mac_address,
                "serial-number": c.serial_number,
                "asset-tag": c.asset_tag,
                "position": None,
                "installed-by": None,
                "purchased-by": None,
                "notes": c.notes,
                "operating-system-notes": c.operating_system_notes,
                "warranty-expires-at": _day(c.warranty_expires_at),
                "installed-at": _day(c.installed_at),
                "purchased-at": _day(c.purchased_at),
                "configuration-type-id": 1,
                "configuration-type-name": c.configuration_type,
                "configuration-type-kind": c.configuration_type.lower(),
                "configuration-status-id": 1,
                "configuration-status-name": c.status,
                "manufacturer-name": c.manufacturer,
                "model-name": c.model,
                "operating-system-name": c.operating_system,
                "location-id": c.location_id,
                "location-name": location.name if location else None,
                "contact-id": c.contact_id,
                "contact-name": contact.name if contact else None,
                "archived": c.archived,
            },
        )
        resource["relationships"] = {
            "configuration-interfaces": {
                "data": [
                    {"id": str(i.id), "type": "configuration-interfaces"} for i in c.interfaces
                ]
            }
        }
        return resource

    def _asset_type_resource(self, t: FlexibleAssetType) -> JsonDict:
        resource = _resource(
            "flexible-asset-types",
            t.id,
            {
                "name": t.name,
                "description": t.description,
                "icon": "file",
                "show-in-menu": True,
                "created-at": _ts(t.updated_at),
                "updated-at": _ts(t.updated_at),
            },
        )
        resource["relationships"] = {
            "flexible-asset-fields": {
                "data": [
                    {"id": str(t.id * 100 + n), "type": "flexible-asset-fields"}
                    for n in range(len(t.fields))
                ]
            }
        }
        return resource

    def _field_resources(self, t: FlexibleAssetType) -> list[JsonDict]:
        return [
            _resource(
                "flexible-asset-fields",
                t.id * 100 + n,
                {
                    "flexible-asset-type-id": t.id,
                    "order": n + 1,
                    "name": f.name,
                    "kind": f.kind,
                    "tag-type": f.tag_type,
                    "required": False,
                    "use-for-title": n == 0,
                    "expiration": f.expiration,
                    "show-in-list": True,
                    "name-key": f.name_key,
                },
            )
            for n, f in enumerate(t.fields)
        ]

    def _asset_resource(self, a: FlexibleAsset) -> JsonDict:
        traits: JsonDict = {}
        for key, value in a.traits.items():
            if isinstance(value, TagTrait):
                traits[key] = {
                    "type": value.type,
                    "values": [{"id": v.id, "name": v.name} for v in value.values],
                }
            elif isinstance(value, date):
                traits[key] = value.isoformat()
            else:
                traits[key] = value
        return _resource(
            "flexible-assets",
            a.id,
            {
                **self._common(a),
                "restricted": False,
                "my-glue": False,
                "flexible-asset-type-id": a.flexible_asset_type_id,
                "flexible-asset-type-name": a.flexible_asset_type_name,
                "traits": traits,
                "archived": a.archived,
            },
        )

    def _password_resource(self, p: Password, *, reveal: bool) -> JsonDict:
        target = self.records.get(f"configuration:{p.resource_id}") if p.resource_id else None
        attributes = {
            **self._common(p),
            "restricted": False,
            "my-glue": False,
            "autofill-selectors": None,
            "username": p.username,
            "url": p.url,
            "notes": p.notes,
            "password-updated-at": _ts(p.updated_at),
            "updated-by": "fake",
            "resource-id": p.resource_id,
            "resource-type": p.resource_type,
            "cached-resource-type-name": p.resource_type,
            "cached-resource-name": target.name if target else None,
            "password-category-id": None,
            "password-category-name": p.category,
            "archived": p.archived,
            "otp-enabled": False,
            "password-folder-id": None,
        }
        if reveal:
            attributes["password"] = self.secrets.get(p.id, "")
            attributes["is-live"] = True
        return _resource("passwords", p.id, attributes)

    def _folder_id(self, d: Document) -> int | None:
        if not d.folder:
            return None
        key = (d.organization_id, d.folder)
        return self._folders.setdefault(key, 7000 + len(self._folders))

    def _document_resource(self, d: Document) -> JsonDict:
        return _resource(
            "documents",
            d.id,
            {
                **self._common(d),
                "published": d.published,
                "public": False,
                "draft": False,
                "document-folder-id": self._folder_id(d),
            },
        )

    def _contact_resource(self, c: Contact) -> JsonDict:
        location = self.records.get(f"location:{c.location_id}") if c.location_id else None
        return _resource(
            "contacts",
            c.id,
            {
                **self._common(c),
                "first-name": c.first_name,
                "last-name": c.last_name,
                "title": c.title,
                "contact-type-name": c.contact_type,
                "location-id": c.location_id,
                "location-name": location.name if location else None,
                "important": c.important,
                "notes": c.notes,
                "contact-emails": [
                    {"value": e.value, "primary": e.primary, "label-name": e.label}
                    for e in c.emails
                ],
                "contact-phones": [
                    {
                        "value": p.value,
                        "extension": None,
                        "primary": p.primary,
                        "label-name": p.label,
                        "formatted-value": p.value,
                    }
                    for p in c.phones
                ],
            },
        )

    def _location_resource(self, loc: Location) -> JsonDict:
        return _resource(
            "locations",
            loc.id,
            {
                **self._common(loc),
                "primary": loc.primary,
                "address-1": loc.address_1,
                "address-2": loc.address_2,
                "city": loc.city,
                "postal-code": loc.postal_code,
                "region-name": loc.region,
                "country-name": loc.country,
                "phone": loc.phone,
                "notes": loc.notes,
            },
        )

    def _related(self, record: Record) -> list[JsonDict]:
        """Related items on both ends of each link, as IT Glue shows them."""
        sid, out = record.source_id, []
        for n, rel in enumerate(self.relationships):
            if rel.kind not in NOTE_KINDS and rel.kind.value != "RELATED_TO":
                continue
            if sid not in (rel.source, rel.target):
                continue
            destination = rel.target == sid
            other = self.records.get(rel.source if destination else rel.target)
            if other is None or other.record_type not in RELATED_ASSET_TYPES:
                continue
            out.append(
                _resource(
                    "related-items",
                    2 * n + 1 + int(destination),
                    {
                        "asset-type": RELATED_ASSET_TYPES[other.record_type],
                        "resource-id": other.id,
                        "resource-name": other.name,
                        "resource-url": None,
                        "notes": related_note(rel.kind, rel.notes),
                        "restricted": False,
                        "archived": False,
                        "is-destination": destination,
                        "created-at": _ts(record.updated_at),
                        "updated-at": _ts(record.updated_at),
                    },
                )
            )
        return out

    # -- control endpoints -----------------------------------------------------------------

    def _control(self, method: str, path: str, query: dict[str, str]) -> _Reply:
        if path == "/_fake/stats":
            with self._lock:
                counts: dict[int, int] = {}
                for s in self.seen:
                    counts[s.status] = counts.get(s.status, 0) + 1
            return _json({"requests": len(self.seen), "by-status": counts})
        if method != "POST":
            return _error(405, "Method not allowed", "use POST for /_fake/ switches")
        count = _int(query.get("count")) or 1
        rng = random.Random(query.get("seed"))
        if path == "/_fake/fail":
            status = _int(query.get("status")) or 503
            retry = float(query["retry_after"]) if query.get("retry_after") else None
            self.fail(status, count, retry_after=retry, path=query.get("path"))
            return _json({"queued": count, "status": status})
        if path == "/_fake/slow":
            self.slow(float(query.get("seconds") or 1), times=count, path=query.get("path"))
            return _json({"slow": count})
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
            return _json({"changed": picked})
        if path == "/_fake/delete":
            for sid in picked:
                self.remove(sid)
            return _json({"deleted": picked})
        return _not_found()


# -- helpers -------------------------------------------------------------------------------


def _resource(kind: str, id_: int, attributes: JsonDict) -> JsonDict:
    return {"id": str(id_), "type": kind, "attributes": attributes}


def _json(body: JsonDict, status: int = 200) -> _Reply:
    return _Reply(status, json.dumps(body).encode())


def _error(status: int, title: str, detail: str | None, *, pointer: str | None = None) -> _Reply:
    error: JsonDict = {"status": status, "title": title}
    if detail:
        error["detail"] = detail
    if pointer:
        error["source"] = {"pointer": pointer}
    return _json({"errors": [error]}, status)


def _not_found() -> _Reply:
    body = b"<!DOCTYPE html><html><body><h1>The page you were looking for doesn't exist.</h1>"
    return _Reply(404, body + b"</body></html>", {}, "text/html; charset=utf-8")


def _int(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _parse_ts(value: str) -> datetime | None:
    if not value.strip():
        return None
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _sorted(items: list[Any], sort: str | None) -> list[Any]:
    if not sort:
        return sorted(items, key=lambda r: int(r["id"]) if isinstance(r, dict) else r.id)
    key = sort.lstrip("-").replace("-", "_")
    epoch = datetime.min.replace(tzinfo=UTC)

    def value(item: Any) -> Any:
        got = getattr(item, key, None)
        if key == "updated_at":
            return got or epoch
        return (got is None, got if got is not None else 0)

    return sorted(items, key=lambda r: (value(r), r.id), reverse=sort.startswith("-"))
