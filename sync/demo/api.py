"""The records a loopback IT Glue holds, answering the GET routes the sync client uses.

Lists page as IT Glue pages (`page[number]`, `page[size]` capped at the server's maximum, `meta`
and `links`), sort by `sort` (`-updated_at` newest first), filter by organization, name, id or
`updated_at` range, and include related items or asset fields on request. A flexible-asset list
without its type filter is a 422, an unknown record a JSON:API 404, an unknown route an HTML 404.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from math import ceil
from typing import Any
from urllib.parse import urlencode

from core.crypto import Cipher
from core.models import (
    Configuration,
    Document,
    FlexibleAsset,
    FlexibleAssetType,
    Password,
    Record,
    RecordType,
    Relationship,
    Snapshot,
)
from sync.demo import resources
from sync.demo.resources import JsonDict


@dataclass
class Reply:
    """An HTTP answer: status, body, headers."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/vnd.api+json"


class ItGlueApi:
    """IT Glue's data and read routes over a snapshot (without HTTP, keys or faults)."""

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        cipher: Cipher | None = None,
        secrets: Mapping[int, str] | None = None,
        password_access: bool = True,
        max_page_size: int = 1000,
    ) -> None:
        """`secrets` (password id -> value) or `cipher` (to decrypt the snapshot's values)."""
        self.password_access = password_access
        self.max_page_size = max_page_size
        self.lock = threading.RLock()
        self.records: dict[str, Record] = {r.source_id: r for r in snapshot.records()}
        self.relationships: list[Relationship] = list(snapshot.relationships)
        self.secrets: dict[int, str] = dict(secrets or {})
        if cipher is not None:
            for p in snapshot.passwords:
                if p.value_encrypted and p.id not in self.secrets:
                    self.secrets[p.id] = cipher.decrypt(p.value_encrypted)
        self._folders: dict[tuple[int, str], int] = {}
        self.url = ""
        """The base URL, once served (paging links name it)."""

    def get(self, path: str, query: dict[str, str]) -> Reply:
        """The answer to `GET path?query`."""
        with self.lock:
            for pattern, route in self._routes():
                match = re.fullmatch(pattern, path)
                if match:
                    return route(query, *match.groups())
        return not_found()

    def _routes(self) -> list[tuple[str, Callable[..., Reply]]]:
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

    def _organizations(self, query: dict[str, str]) -> Reply:
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
        return self._page(
            "/organizations", query, orgs, lambda o: resources.organization(o, in_list=True)
        )

    def _organization(self, query: dict[str, str], org_id: str) -> Reply:
        org = self.records.get(f"organization:{org_id}")
        if org is None:
            return error(404, "Record not found", f"Organization {org_id} not found")
        return json_reply({"data": resources.organization(org, in_list=False)})  # type: ignore[arg-type]

    def _org_children(self, query: dict[str, str], org_id: str, kind: str) -> Reply:
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
            return self._page(
                path,
                query,
                docs,
                lambda d: resources.document(d, self.records, self._folder_id(d)),
            )
        if kind == "contacts":
            contacts = self._of(RecordType.CONTACT, int(org_id))
            return self._page(path, query, contacts, lambda c: resources.contact(c, self.records))
        locations = self._of(RecordType.LOCATION, int(org_id))
        return self._page(path, query, locations, lambda loc: resources.location(loc, self.records))

    def _configurations(self, query: dict[str, str], path: str = "/configurations") -> Reply:
        org = int_param(query.get("filter[organization_id]"))
        return self._page(
            path,
            query,
            self._of(RecordType.CONFIGURATION, org),
            lambda c: resources.configuration(c, self.records),
        )

    def _interfaces(self, query: dict[str, str], config_id: str) -> Reply:
        config = self.records.get(f"configuration:{config_id}")
        if not isinstance(config, Configuration):
            return error(404, "Record not found", f"Configuration {config_id} not found")
        return self._page(
            f"/configurations/{config_id}/relationships/configuration_interfaces",
            query,
            resources.interfaces(config),
            lambda d: d,
        )

    def _asset_types(self, query: dict[str, str]) -> Reply:
        types = [
            t for t in self._of(RecordType.FLEXIBLE_ASSET_TYPE) if isinstance(t, FlexibleAssetType)
        ]
        return self._page(
            "/flexible_asset_types",
            query,
            types,
            resources.asset_type,
            include=lambda t: (
                resources.asset_fields(t)
                if "flexible_asset_fields" in query.get("include", "")
                else []
            ),
        )

    def _flexible_assets(self, query: dict[str, str]) -> Reply:
        type_id = int_param(query.get("filter[flexible_asset_type_id]"))
        if type_id is None:
            return error(
                422,
                "Valid flexible_asset_type_id is required",
                None,
                pointer="data/attributes/flexible_asset_type_id",
            )
        org = int_param(query.get("filter[organization_id]"))
        assets = [
            a
            for a in self._of(RecordType.FLEXIBLE_ASSET, org)
            if isinstance(a, FlexibleAsset) and a.flexible_asset_type_id == type_id
        ]
        return self._page(
            "/flexible_assets", query, assets, lambda a: resources.flexible_asset(a, self.records)
        )

    def _passwords(self, query: dict[str, str]) -> Reply:
        org = int_param(query.get("filter[organization_id]"))
        return self._page(
            "/passwords",
            query,
            self._of(RecordType.PASSWORD, org),
            lambda p: resources.password(p, self.records, None),
        )

    def _password(self, query: dict[str, str], password_id: str) -> Reply:
        record = self.records.get(f"password:{password_id}")
        if not isinstance(record, Password):
            return error(404, "Record not found", f"Password {password_id} not found")
        reveal = query.get("show_password", "true") != "false"
        if reveal and not self.password_access:
            return error(403, "Forbidden", "API key does not have password access")
        value = self.secrets.get(record.id, "") if reveal else None
        return json_reply({"data": resources.password(record, self.records, value)})

    def _sections(self, query: dict[str, str], document_id: str) -> Reply:
        doc = self.records.get(f"document:{document_id}")
        if not isinstance(doc, Document):
            return error(404, "Record not found", f"Document {document_id} not found")
        return self._page(
            f"/documents/{document_id}/relationships/sections",
            query,
            resources.sections(doc),
            lambda d: d,
        )

    def _folder_id(self, d: Document) -> int | None:
        if not d.folder:
            return None
        key = (d.organization_id, d.folder)
        return self._folders.setdefault(key, 7000 + len(self._folders))

    # -- paging ----------------------------------------------------------------------------

    def _page(
        self,
        path: str,
        query: dict[str, str],
        items: list[Any],
        convert: Callable[[Any], JsonDict],
        *,
        include: Callable[[Any], list[JsonDict]] | None = None,
    ) -> Reply:
        size = max(1, min(int_param(query.get("page[size]")) or 50, self.max_page_size))
        number = max(1, int_param(query.get("page[number]")) or 1)
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
                related = (
                    resources.related_items(item, self.records, self.relationships)
                    if isinstance(item, Record)
                    else []
                )
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
        return json_reply(body)


# -- replies -------------------------------------------------------------------------------


def json_reply(body: JsonDict, status: int = 200) -> Reply:
    """A JSON:API body."""
    return Reply(status, json.dumps(body).encode())


def error(status: int, title: str, detail: str | None, *, pointer: str | None = None) -> Reply:
    """A JSON:API error body, as IT Glue sends it."""
    entry: JsonDict = {"status": status, "title": title}
    if detail:
        entry["detail"] = detail
    if pointer:
        entry["source"] = {"pointer": pointer}
    return json_reply({"errors": [entry]}, status)


def not_found() -> Reply:
    """IT Glue's HTML 404 for a route it does not have."""
    body = b"<!DOCTYPE html><html><body><h1>The page you were looking for doesn't exist.</h1>"
    return Reply(404, body + b"</body></html>", {}, "text/html; charset=utf-8")


def int_param(value: str | None) -> int | None:
    """A query parameter as an integer; None when absent or not a number."""
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
