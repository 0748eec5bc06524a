"""Reads the HTTP routes, the MCP tools and the commands share: hybrid search with highlights,
the organizations in reach, configurations and flexible assets by name (typed, sorted), the
stores' health, their counts and the recent sync jobs."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from core.models import Configuration, FlexibleAsset, Record, RecordType
from server.services import Services
from server.services.errors import ApiError
from server.services.schemas import (
    ConfigurationOut,
    FlexibleAssetOut,
    InterfaceOut,
    OrganizationOut,
    SearchHit,
    SyncOverview,
    record_id,
)
from server.services.vault import vault_status
from stores import Stores
from stores.render import trait_text
from understand import index, resolve


async def search(
    svc: Services,
    query: str,
    organizations: Sequence[int],
    types: Sequence[RecordType] | None,
    limit: int,
) -> list[SearchHit]:
    """Dense + BM25 search; highlights are the lines that share a word with the query."""
    vector = await asyncio.to_thread(svc.embedder.embed_query, query)
    hits = await svc.stores.vector.search(
        query,
        vector,
        list(organizations),
        record_types=[t.value for t in types] if types else None,
        limit=limit,
    )
    words = {w.lower() for w in query.split() if len(w) > 2}
    return [
        SearchHit(
            source_id=h.chunk_id,
            title=h.title,
            organization_id=h.organization_id,
            record_type=h.record_type,
            score=round(h.score, 5),
            highlights=[line for line in h.text.splitlines() if words & set(line.lower().split())][
                :3
            ],
        )
        for h in hits
    ]


async def organizations(svc: Services, ids: Sequence[int] | None) -> list[OrganizationOut]:
    return [
        OrganizationOut(
            id=o.id, name=o.name, short_name=o.short_name, organization_type=o.organization_type
        )
        for o in await svc.stores.sql.read.organizations(await svc.in_reach(ids))
    ]


async def _names(svc: Services, records: Sequence[Record]) -> dict[int, str]:
    orgs = await svc.stores.sql.read.organizations(sorted({r.organization_id for r in records}))
    return {o.id: o.name for o in orgs}


def _configuration(c: Configuration, names: Mapping[int, str]) -> ConfigurationOut:
    interfaces = [
        InterfaceOut(name=i.name, ip_address=i.ip_address, mac_address=i.mac_address)
        for i in c.interfaces
    ]
    return ConfigurationOut(
        source_id=c.source_id,
        organization=names.get(c.organization_id, ""),
        interfaces=interfaces,
        url=c.resource_url,
        **c.model_dump(exclude={"updated_at", "interfaces", "resource_url"}),
    )


async def _configurations(svc: Services, found: Sequence[Record]) -> list[ConfigurationOut]:
    """Typed, by organization then name (a lookup by name or IP has no date to order by)."""
    names = await _names(svc, found)
    out = [_configuration(c, names) for c in found if isinstance(c, Configuration)]
    return sorted(out, key=lambda c: (c.organization.lower(), c.name.lower(), c.id))


async def configurations(
    svc: Services, name: str, orgs: Sequence[int], param: str = "name"
) -> list[ConfigurationOut]:
    """Every configuration in `orgs` that a name, hostname, id or source id
    (`configuration:123`) names (`param`: the argument it came in, for a 422)."""
    read = svc.stores.sql.read
    text = name.strip()
    if (text.isascii() and text.isdigit()) or text.lower().startswith("configuration:"):
        ids = [record_id(text.lower(), RecordType.CONFIGURATION, param)]
    else:
        named = resolve.configurations(await index.catalog(read), text, orgs)
        ids = [int(e.source_id.split(":")[1]) for e in named]
    found = await read.records(RecordType.CONFIGURATION, ids, orgs) if ids else []
    return await _configurations(svc, found)


async def by_ip(svc: Services, ip: str, orgs: Sequence[int]) -> list[ConfigurationOut]:
    """The configurations with this IP address (primary, public or on an interface); 422 for
    text that is no IP address."""
    try:
        address = str(ipaddress.ip_address(ip.strip()))
    except ValueError:
        raise ApiError(422, f"ip: not an IPv4 or IPv6 address: {ip.strip()[:60]!r}") from None
    found = await svc.stores.sql.read.configurations_by_ip(address, orgs)
    return await _configurations(svc, found)


async def asset_type(svc: Services, asked: str) -> str:
    """The flexible asset type `asked` names: its name in any case or number ("SSL
    Certificates"), else the one type whose name holds it ("ssl" → "SSL Certificate"); 404
    naming every type when none does, 422 naming the candidates when several do."""
    types = sorted(t.name for t in (await index.catalog(svc.stores.sql.read)).asset_types.values())
    wanted = " ".join(asked.lower().split())

    def singular(text: str) -> str:
        return " ".join(w.removesuffix("s") if len(w) > 3 else w for w in text.split())

    exact = [t for t in types if singular(t.lower()) == singular(wanted)]
    holding = exact or [t for t in types if singular(wanted) in singular(t.lower())]
    if len(holding) == 1:
        return holding[0]
    if holding:
        raise ApiError(
            422,
            f"asset_type '{asked}' matches several types: {', '.join(holding)}; name one",
            details={"candidates": holding},
        )
    raise ApiError(
        404,
        f"no asset type '{asked}'; the types are: {', '.join(types) or 'none (nothing synced)'}",
        details={"candidates": types},
    )


def _asset(a: FlexibleAsset, names: Mapping[int, str]) -> FlexibleAssetOut:
    return FlexibleAssetOut(
        source_id=a.source_id,
        id=a.id,
        name=a.name,
        organization_id=a.organization_id,
        organization=names.get(a.organization_id, ""),
        asset_type=a.flexible_asset_type_name,
        expires_on=a.expires_on,
        expired=a.expires_on is not None and a.expires_on < date.today(),
        archived=a.archived,
        traits={k: trait_text(v) for k, v in a.traits.items() if v not in (None, "")},
        url=a.resource_url,
    )


async def assets(
    svc: Services, type_name: str, orgs: Sequence[int], within_days: int | None
) -> list[FlexibleAssetOut]:
    """Flexible assets of one type (those expiring within `within_days` from today, when
    given), soonest expiry first, those without a date last."""
    read = svc.stores.sql.read
    if within_days is None:
        found = await read.flexible_assets(orgs, [type_name])
    else:
        today = date.today()
        end = today + timedelta(days=within_days)
        found = await read.expiring(orgs, today, end, [type_name], False)
    names = await _names(svc, found)
    out = [_asset(a, names) for a in found if isinstance(a, FlexibleAsset)]
    return sorted(
        out,
        key=lambda a: (a.expires_on is None, a.expires_on or date.max, a.organization, a.name),
    )


async def store_status(svc: Services) -> dict[str, str]:
    """ "ok" or the error's type, per store (each given five seconds)."""
    status: dict[str, str] = {}
    checks = {
        "sql": svc.stores.sql.ping(),
        "graph": svc.stores.graph.counts(),
        "vector": svc.stores.vector.counts(),
        "vault": vault_status(svc.stores, svc.cipher),
    }
    for name, check in checks.items():
        try:
            result = await asyncio.wait_for(check, timeout=5)
            status[name] = result if isinstance(result, str) else "ok"
        except Exception as exc:
            status[name] = f"error: {type(exc).__name__}"
    return status


async def counts(stores: Stores) -> dict[str, Any]:
    """Records per type in each store and the backends in use (`itglue-rag status`)."""
    sql = await stores.sql.counts()
    graph = await stores.graph.counts()
    vector = await stores.vector.counts()
    return {
        "backends": stores.backends(),
        "data_dir": str(stores.settings.data_dir.resolve()),
        "sql": sql,
        "graph": {
            k.removeprefix("entity:"): v for k, v in graph.items() if k.startswith("entity:")
        },
        "graph_edges": {
            k.removeprefix("edge:"): v for k, v in graph.items() if k.startswith("edge:")
        },
        "vector": vector,
    }


async def sync_overview(stores: Stores, limit: int) -> dict[str, Any]:
    """The newest sync jobs and a summary of the watermarks (`itglue-rag sync-status`), in the
    API's shape (`SyncOverview`) whichever way it is read."""
    jobs = [j.as_dict() for j in await stores.sql.jobs.recent(limit)]
    marks = await stores.sql.jobs.watermarks()
    newest = max(marks.values(), default=None)
    oldest = min(marks.values(), default=None)
    watermarks = {
        "count": len(marks),
        "organizations": len({org for _, org in marks if org}),
        "oldest": oldest.isoformat() if oldest else None,
        "newest": newest.isoformat() if newest else None,
    }
    return SyncOverview.model_validate({"jobs": jobs, "watermarks": watermarks}).model_dump()
