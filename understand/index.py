"""The catalog of the SQL store's current data version, built once and shared.

A question reads one row (the data version); the catalog is rebuilt only after a sync has
written records. Catalogs are kept per connection pool, so two stores never share one.
"""

from __future__ import annotations

import asyncio
import weakref

from core.models import FlexibleAssetType, Organization, RecordType
from stores.sql_read import SqlReader
from understand.building import build
from understand.catalog import Catalog

_KINDS = (
    RecordType.CONFIGURATION,
    RecordType.FLEXIBLE_ASSET,
    RecordType.CONTACT,
    RecordType.LOCATION,
    RecordType.PASSWORD,
    RecordType.DOCUMENT,
)
_catalogs: weakref.WeakKeyDictionary[object, Catalog] = weakref.WeakKeyDictionary()
_locks: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


async def catalog(read: SqlReader) -> Catalog:
    """The catalog of the data as it is now."""
    version = await read.data_version()
    known = _catalogs.get(read.pool)
    if known is not None and known.version == version:
        return known
    lock = _locks.setdefault(read.pool, asyncio.Lock())
    async with lock:
        known = _catalogs.get(read.pool)
        if known is not None and known.version == version:
            return known
        organizations = await read.organizations(await read.all_organization_ids())
        records = await read.everything(_KINDS)
        types = [
            t
            for t in await read.everything((RecordType.FLEXIBLE_ASSET_TYPE,))
            if isinstance(t, FlexibleAssetType)
        ]
        fresh = await asyncio.to_thread(
            build,
            [o for o in organizations if isinstance(o, Organization)],
            records,
            types,
            version,
        )
        _catalogs[read.pool] = fresh
        return fresh
