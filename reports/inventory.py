"""Everything one organization's report states, read once from the SQL store, and the indexes
its sections share: which class each record is, what names which configuration, what runs on
what, how an asset's fields read.

Only records of the organization are read (every query filters on it), and only fields that are
no secret: password entries come as metadata (their rows' `data` holds no value), and a
flexible asset's `Password` fields are never printed.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

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
    RelType,
    TagTrait,
)
from reports import classify
from reports.classify import Asset, Device
from reports.document import Cite
from stores.render import trait_text
from stores.sql_read import SqlReader

LONG_TEXT = 160
"""Characters of a free-text field a table shows (the record's link has the rest)."""


@dataclass
class Inventory:
    organization: Organization
    locations: list[Location]
    contacts: list[Contact]
    configurations: list[Configuration]
    assets: list[FlexibleAsset]
    asset_types: list[FlexibleAssetType]
    documents: list[Document]
    passwords: list[Password]
    relationships: list[Relationship]
    records: dict[str, Record] = field(init=False)
    device: dict[int, Device] = field(init=False)
    asset_class: dict[int, Asset] = field(init=False)
    naming: dict[int, list[FlexibleAsset]] = field(init=False)
    """Configuration id → the assets whose tag fields name it."""

    def __post_init__(self) -> None:
        everything: list[Record] = [
            self.organization,
            *self.locations,
            *self.contacts,
            *self.configurations,
            *self.assets,
            *self.documents,
            *self.passwords,
        ]
        self.records = {r.source_id: r for r in everything}
        self.relationships = [  # an edge to a record not of this organization is not shown
            r for r in self.relationships if r.source in self.records and r.target in self.records
        ]
        self.device = {c.id: classify.device(c.configuration_type) for c in self.configurations}
        types = {t.id: t for t in self.asset_types}
        by_name = {t.name.lower(): t for t in self.asset_types}
        self.asset_class = {
            a.id: classify.of_asset(
                a,
                types.get(a.flexible_asset_type_id)
                or by_name.get(a.flexible_asset_type_name.lower()),
            )
            for a in self.assets
        }
        self._types = types
        self._by_name = by_name
        configs = {c.id for c in self.configurations}
        self.naming = defaultdict(list)
        for a in self.assets:
            for cid in sorted({i for i in tagged(a) if i in configs}):
                self.naming[cid].append(a)

    def size(self) -> int:
        """Records and links: how big the organization's report is."""
        return len(self.records) + len(self.relationships)

    def kind_of(self, asset: FlexibleAsset) -> FlexibleAssetType | None:
        return self._types.get(asset.flexible_asset_type_id) or self._by_name.get(
            asset.flexible_asset_type_name.lower()
        )

    def of_device(self, *kinds: Device) -> list[Configuration]:
        return [c for c in self.configurations if self.device[c.id] in kinds]

    def of_asset(self, *kinds: Asset) -> list[FlexibleAsset]:
        return [a for a in self.assets if self.asset_class[a.id] in kinds]

    def name(self, source_id: str) -> str:
        found = self.records.get(source_id)
        return found.name if found else source_id

    def cite(self, source_id: str) -> Cite:
        return Cite.of(self.records[source_id])

    def edges(self, kind: RelType) -> list[Relationship]:
        return [r for r in self.relationships if r.kind is kind]

    def location(self, location_id: int | None) -> str:
        found = self.records.get(f"location:{location_id}") if location_id else None
        return found.name if found else ""

    def details(self, asset: FlexibleAsset, skip_expiry: bool = True) -> str:
        """An asset's fields as "Field: value · Field: value", in its type's order; `Password`
        fields never, the expiry field not when a column shows it."""
        kind = self.kind_of(asset)
        fields = {f.name_key: f for f in kind.fields} if kind else {}
        keys = [k for k in fields if k in asset.traits] + [
            k for k in asset.traits if k not in fields
        ]
        out = []
        for key in keys:
            spec = fields.get(key)
            if spec is not None and (spec.kind == "Password" or (skip_expiry and spec.expiration)):
                continue
            text = " ".join(trait_text(asset.traits[key]).split())
            if not text:
                continue
            if len(text) > LONG_TEXT:
                text = text[: LONG_TEXT - 1] + "…"
            label = spec.name if spec else key.replace("-", " ").replace("_", " ").capitalize()
            out.append(f"{label}: {text}")
        return " · ".join(out)


def tagged(asset: FlexibleAsset) -> list[int]:
    """The configuration ids an asset's tag fields name."""
    return [
        v.id
        for trait in asset.traits.values()
        if isinstance(trait, TagTrait) and trait.type.lower().startswith("configuration")
        for v in trait.values
    ]


def shown(c: Configuration) -> str:
    """A configuration's name, with its status when it is not active."""
    notes = [] if c.status.lower() in ("active", "") else [c.status.lower()]
    if c.archived:
        notes.append("archived")
    return f"{c.name} ({', '.join(notes)})" if notes else c.name


def model(c: Configuration) -> str:
    return " ".join(p for p in (c.manufacturer, c.model) if p)


def expiry(day: date | None, today: date) -> tuple[str, str | None]:
    """How far off a date is, in words, and the row's tone ("expired", "soon", None)."""
    if day is None:
        return "", None
    days = (day - today).days
    if days < 0:
        return f"expired {-days} day{'s' * (days != -1)} ago", "expired"
    if days == 0:
        return "expires today", "soon"
    return f"in {days} day{'s' * (days != 1)}", "soon" if days <= 30 else None


async def read(sql: SqlReader, organization_id: int) -> Inventory | None:
    """One organization's records (None when there is no such organization)."""
    found = await sql.organizations([organization_id])
    if not found:
        return None
    orgs = [organization_id]
    kinds = (
        RecordType.LOCATION,
        RecordType.CONTACT,
        RecordType.CONFIGURATION,
        RecordType.FLEXIBLE_ASSET,
        RecordType.DOCUMENT,
        RecordType.PASSWORD,
    )
    lists = await asyncio.gather(*(sql.every(k, orgs) for k in kinds))
    types = await sql.everything([RecordType.FLEXIBLE_ASSET_TYPE])
    edges = await sql.relationships(orgs)
    locations, contacts, configurations, assets, documents, passwords = lists
    return Inventory(
        organization=found[0],
        locations=[r for r in locations if isinstance(r, Location)],
        contacts=[r for r in contacts if isinstance(r, Contact)],
        configurations=[r for r in configurations if isinstance(r, Configuration)],
        assets=[r for r in assets if isinstance(r, FlexibleAsset)],
        asset_types=[t for t in types if isinstance(t, FlexibleAssetType)],
        documents=[r for r in documents if isinstance(r, Document)],
        passwords=[r for r in passwords if isinstance(r, Password)],
        relationships=edges,
    )
