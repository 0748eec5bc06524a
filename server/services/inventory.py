"""What an account holds, for a client model to know what it may ask: the organizations'
locations (sites with their addresses) and the flexible asset types (their fields, and how many
records of each the caller's organizations hold). Read from the SQL store only; the HTTP routes,
the MCP tools and the commands all call these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel

from core.models import FlexibleAssetType, Location, RecordType
from core.state import Citation
from stores import Stores


class LocationOut(BaseModel):
    source_id: str
    id: int
    name: str
    organization_id: int
    organization: str
    primary: bool = False
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
    phone: str | None = None
    notes: str | None = None
    url: str | None = None
    """The location's page in IT Glue, where the API gave one."""


class LocationsResponse(BaseModel):
    locations: list[LocationOut]
    """By organization, the primary location first, then by name."""
    citations: list[Citation]
    """One per location listed: the record it comes from."""


class AssetFieldOut(BaseModel):
    name: str
    name_key: str
    """The trait's key in an asset's `traits`."""
    kind: str
    """Text, Number, Date, Checkbox, Tag, Select, Textbox, Password, ..."""
    tag_type: str | None = None
    """What a Tag field links to (Configurations, Contacts, ...)."""
    expiration: bool = False
    """Whether the field is the asset's expiry date (queried with expiring_within_days)."""


class AssetTypeOut(BaseModel):
    id: int
    name: str
    description: str | None = None
    fields: list[AssetFieldOut]
    count: int
    """Assets of this type in the caller's organizations (archived ones included)."""
    organizations: int
    """How many of the caller's organizations hold at least one."""


class AssetTypesResponse(BaseModel):
    asset_types: list[AssetTypeOut]
    """Every type of the account, by name; a type the caller's organizations do not use has
    count 0 (its fields are the account's, not a client's)."""


def _matches(location: Location, words: Sequence[str]) -> bool:
    text = " ".join(
        v or ""
        for v in (
            location.name,
            location.address_1,
            location.address_2,
            location.city,
            location.region,
            location.postal_code,
            location.country,
        )
    ).lower()
    return all(w in text for w in words)


async def locations(stores: Stores, orgs: Sequence[int], query: str | None) -> LocationsResponse:
    """The locations of `orgs` (those whose name or address holds every word of `query`)."""
    read = stores.sql.read
    names = {o.id: o.name for o in await read.organizations(list(orgs))}
    words = (query or "").lower().split()
    found = [
        r
        for r in await read.every(RecordType.LOCATION, list(orgs))
        if isinstance(r, Location) and _matches(r, words)
    ]
    found.sort(key=lambda r: (names.get(r.organization_id, "").lower(), not r.primary, r.name))
    out = [
        LocationOut(
            source_id=r.source_id,
            organization=names.get(r.organization_id, ""),
            url=r.resource_url,
            **r.model_dump(exclude={"updated_at", "resource_url"}),
        )
        for r in found
    ]
    return LocationsResponse(
        locations=out,
        citations=[
            Citation(
                source_id=r.source_id,
                title=r.name,
                organization_id=r.organization_id,
                organization=r.organization,
                url=r.url,
            )
            for r in out
        ],
    )


async def asset_types(stores: Stores, orgs: Sequence[int]) -> AssetTypesResponse:
    """Every flexible asset type of the account with its fields, and its records in `orgs`."""
    read = stores.sql.read
    types = [
        t
        for t in await read.everything([RecordType.FLEXIBLE_ASSET_TYPE])
        if isinstance(t, FlexibleAssetType)
    ]
    counted = await read.count(RecordType.FLEXIBLE_ASSET, list(orgs)) if orgs else {}
    count: Counter[str] = Counter()
    holders: Counter[str] = Counter()
    for (_, name), n in counted.items():
        count[name.lower()] += n
        holders[name.lower()] += 1
    return AssetTypesResponse(
        asset_types=[
            AssetTypeOut(
                id=t.id,
                name=t.name,
                description=t.description,
                fields=[AssetFieldOut.model_validate(f.model_dump()) for f in t.fields],
                count=count[t.name.lower()],
                organizations=holders[t.name.lower()],
            )
            for t in sorted(types, key=lambda t: t.name.lower())
        ]
    )
