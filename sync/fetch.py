"""Reading IT Glue into records: each list page by page, with what its records only reference.

Lists are read with their related items, which become edges. A configuration's interfaces and a
document's sections take requests of their own; in an incremental sync a record whose
`updated-at` has not moved keeps what the stores hold instead. A password's value takes one
request per password and needs Password Access: the first refusal (403) is remembered for the
rest of the run and later passwords keep no value. Each record is built once, from its resource
and everything fetched for it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from core.crypto import Cipher
from core.errors import ItGlueAuthError
from core.models import (
    Configuration,
    ConfigurationInterface,
    Document,
    DocumentSection,
    FlexibleAssetType,
    Organization,
    Password,
    Record,
    RecordType,
    Relationship,
)
from stores import Stores
from sync import transform
from sync.itglue import ItGlueClient

log = logging.getLogger(__name__)

Resource = Mapping[str, Any]
Index = Mapping[tuple[str, str], Resource]
"""A page's `included[]` by (type, id): where its related items are."""

QUICK_NOTES_CUT = 250
"""Lists cut an organization's quick notes at this length; the single GET has them whole."""


@dataclass
class Fetched:
    """What one resource list yielded (kept even when a page failed)."""

    records: list[Record] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    newest: datetime | None = None
    complete: bool = False
    """The whole list was read (no watermark): what it lacks is gone from IT Glue."""

    def add(self, record: Record, relationships: Sequence[Relationship] = ()) -> None:
        self.records.append(record)
        self.relationships.extend(relationships)
        if record.updated_at and (self.newest is None or record.updated_at > self.newest):
            self.newest = record.updated_at


class Fetcher:
    """Reads IT Glue's lists for one sync run, learning on the way whether the key may read
    password values. `since` (where given) reads a list newest first and stops there; None
    reads it whole. `org_id` None reads a list across all organizations."""

    def __init__(self, client: ItGlueClient, stores: Stores, cipher: Cipher) -> None:
        self.client = client
        self.stores = stores
        self.cipher = cipher
        self.password_access: bool | None = None
        """False once IT Glue refused a password value; None until one was asked for."""
        self.without_value = 0
        """Passwords kept without their values for want of Password Access."""

    # -- organizations and asset types ---------------------------------------------------------

    async def organization(self, org_id: int | str) -> Organization:
        """One organization, by id (quick notes whole)."""
        body = await self.client.get(f"organizations/{org_id}")
        return transform.organization(body["data"])

    async def organization_named(self, name: str) -> Organization | None:
        """The first organization IT Glue lists under `name`."""
        async for page in self.client.pages("organizations", {"filter[name]": name}):
            for resource in page.get("data") or []:
                return transform.organization(resource)
        return None

    async def organizations(self, since: datetime | None) -> dict[int, Organization]:
        """Organizations by id (those updated since `since`), quick notes whole."""
        params: dict[str, str | int] = {}
        if since is not None:
            params["filter[updated_at]"] = f"{transform.rfc3339(since)},"
        listed: dict[int, Organization] = {}
        async for page in self.client.pages("organizations", params):
            for resource in page.get("data") or []:
                o = transform.organization(resource)
                listed[o.id] = o
        long = [o.id for o in listed.values() if len(o.quick_notes or "") >= QUICK_NOTES_CUT]
        for o in await asyncio.gather(*(self.organization(i) for i in long)):
            listed[o.id] = o
        return listed

    async def asset_types(self) -> list[FlexibleAssetType]:
        """Every flexible asset type with its fields."""
        types: list[FlexibleAssetType] = []
        async for page in self.client.pages(
            "flexible_asset_types", {"include": "flexible_asset_fields"}
        ):
            index = transform.included(page)
            types.extend(transform.asset_type(r, index) for r in page.get("data") or [])
        return types

    # -- lists of records ----------------------------------------------------------------------

    async def configurations(
        self, org_id: int | None, since: datetime | None, out: Fetched
    ) -> None:
        """Configurations with their interfaces."""
        out.complete = since is None
        listed: list[tuple[Resource, Index]] = []
        await self._list("configurations", _org_filter(org_id), since, _into(listed))
        stored = await self._unchanged(RecordType.CONFIGURATION, since, [r for r, _ in listed])

        async def with_interfaces(resource: Resource, index: Index) -> None:
            interfaces: list[ConfigurationInterface] = []
            known = stored.get(int(resource["id"]))
            if isinstance(known, Configuration):
                interfaces = list(known.interfaces)
            elif transform.ref_ids(resource, "configuration-interfaces"):
                path = f"configurations/{resource['id']}/relationships/configuration_interfaces"
                async for page in self.client.pages(path):
                    interfaces.extend(transform.interface(i) for i in page.get("data") or [])
            _add(out, transform.configuration(resource, interfaces), resource, index)

        await asyncio.gather(*(with_interfaces(r, index) for r, index in listed))

    async def flexible_assets(
        self, org_id: int | None, kind: FlexibleAssetType, since: datetime | None, out: Fetched
    ) -> None:
        """The flexible assets of one type, their traits typed by its fields."""
        out.complete = since is None

        def keep(resource: Resource, index: Index) -> None:
            _add(out, transform.flexible_asset(resource, kind), resource, index)

        params = {"filter[flexible_asset_type_id]": kind.id, **_org_filter(org_id)}
        await self._list("flexible_assets", params, since, keep)

    async def members(
        self,
        org_id: int,
        kind: str,
        convert: Callable[[Resource], Record],
        since: datetime | None,
        out: Fetched,
    ) -> None:
        """An organization's contacts or locations (nothing to fetch beyond the list)."""
        out.complete = since is None

        def keep(resource: Resource, index: Index) -> None:
            _add(out, convert(resource), resource, index)

        await self._list(f"organizations/{org_id}/relationships/{kind}", {}, since, keep)

    async def documents(self, org_id: int, since: datetime | None, out: Fetched) -> None:
        """An organization's documents, at the root and in folders, with their sections."""
        out.complete = since is None
        listed: dict[str, tuple[Resource, Index]] = {}

        def keep(resource: Resource, index: Index) -> None:
            listed[str(resource["id"])] = (resource, index)

        path = f"organizations/{org_id}/relationships/documents"
        await self._list(path, {}, since, keep)  # documents at the root
        await self._list(path, {"filter[document_folder_id][ne]": "null"}, since, keep)
        stored = await self._unchanged(RecordType.DOCUMENT, since, [r for r, _ in listed.values()])

        async def with_sections(resource: Resource, index: Index) -> None:
            known = stored.get(int(resource["id"]))
            sections: list[DocumentSection] = []
            if isinstance(known, Document):
                sections = list(known.sections)
            else:
                async for page in self.client.pages(
                    f"documents/{resource['id']}/relationships/sections"
                ):
                    sections.extend(transform.section(s) for s in page.get("data") or [])
            _add(out, transform.document(resource, sections), resource, index)

        await asyncio.gather(*(with_sections(r, index) for r, index in listed.values()))

    async def passwords(self, org_id: int | None, since: datetime | None, out: Fetched) -> None:
        """Passwords with their values sealed on arrival (kept as stored when unchanged)."""
        out.complete = since is None
        listed: list[tuple[Resource, Index]] = []
        await self._list("passwords", _org_filter(org_id), since, _into(listed))
        ids = [int(r["id"]) for r, _ in listed]
        stored = {
            p.id: p
            for p in await self.stores.sql.get_records(RecordType.PASSWORD, ids)
            if isinstance(p, Password)
        }

        async def with_value(resource: Resource, index: Index) -> None:
            password_id = int(resource["id"])
            known = stored.get(password_id)
            sealed: tuple[str | None, str | None]
            if known and known.value_encrypted and known.updated_at == _updated(resource):
                # Unchanged since the last sync: keep the value we hold, spend no request.
                sealed = (known.value_encrypted, known.value_fingerprint)
            elif (value := await self._password_value(password_id)) is not None:
                sealed = (self.cipher.encrypt(value), self.cipher.fingerprint(value))
            else:
                self.without_value += self.password_access is False
                sealed = (None, None)
            record = transform.password(resource, value_encrypted=sealed[0], fingerprint=sealed[1])
            _add(out, record, resource, index)

        if listed and self.password_access is None:
            # Learn whether the key has Password Access from one request, not from a burst.
            await with_value(*listed[0])
            listed = listed[1:]
        await asyncio.gather(*(with_value(r, index) for r, index in listed))

    async def _password_value(self, password_id: int) -> str | None:
        """The value, or None when the key has no Password Access (noted once per run)."""
        if self.password_access is False:
            return None
        try:
            body = await self.client.get(f"passwords/{password_id}", {"show_password": "true"})
        except ItGlueAuthError as exc:
            if exc.status != 403:
                raise
            if self.password_access is None:
                log.warning("the IT Glue API key has no Password Access: values are not synced")
            self.password_access = False
            return None
        value = (body.get("data") or {}).get("attributes", {}).get("password")
        if value is not None:
            self.password_access = True
        return str(value) if value not in (None, "") else None

    # -- paging --------------------------------------------------------------------------------

    async def _list(
        self,
        path: str,
        params: dict[str, str | int],
        since: datetime | None,
        handle: Callable[[Resource, Index], Awaitable[None] | None],
    ) -> None:
        """Walk a list with related items; with `since`, newest first, stopping at it."""
        params = {**params, "include": "related_items"}
        if since is not None:
            params["sort"] = "-updated_at"
        async for page in self.client.pages(path, params):
            index = transform.included(page)
            for resource in page.get("data") or []:
                updated = _updated(resource)
                if since is not None and updated is not None and updated < since:
                    return
                pending = handle(resource, index)
                if pending is not None:
                    await pending

    async def _unchanged(
        self, kind: RecordType, since: datetime | None, listed: Sequence[Resource]
    ) -> dict[int, Record]:
        """In an incremental sync, stored records whose `updated-at` IT Glue still reports:
        their interfaces or sections are reused instead of fetched again. A full sync (no
        `since`) fetches them all."""
        if since is None or not listed:
            return {}
        updated = {int(r["id"]): _updated(r) for r in listed}
        stored = await self.stores.sql.get_records(kind, sorted(updated))
        return {r.id: r for r in stored if r.updated_at and r.updated_at == updated[r.id]}


def _add(out: Fetched, record: Record, resource: Resource, index: Index) -> None:
    """Keep a record with the edges its related items declare."""
    out.add(
        record,
        transform.related_items(resource, record.source_id, record.organization_id, index),
    )


def _into(listed: list[tuple[Resource, Index]]) -> Callable[[Resource, Index], None]:
    """A list handler that keeps each resource (with its page's index) for a second pass."""
    return lambda resource, index: listed.append((resource, index))


def _updated(resource: Resource) -> datetime | None:
    return transform.timestamp((resource.get("attributes") or {}).get("updated-at"))


def _org_filter(org_id: int | None) -> dict[str, str | int]:
    return {} if org_id is None else {"filter[organization_id]": org_id}
