"""The graph retriever: dependencies, impact, paths, and what is linked to a device.

Walks are the graph store's parameterized Cypher, limited to the organizations in reach; the
records at the ends are loaded from SQL so that evidence quotes the same text everywhere."""

from __future__ import annotations

from core.models import Evidence, RecordType, SourceId
from core.state import Plan
from retrievers import evidence, scope
from retrievers.context import Resources
from stores.graph import GraphPath

MAX_DEPTH = 4
MAX_STARTS = 3
"""Records a dependency question may start from (the Acme hypervisors: HV01 and HV02)."""
NEIGHBOR_LIMIT = 500


def chain(path: GraphPath, start: str) -> str:
    """The walk from `start` as statements, each in its edge's own direction:
    "HLL-DMS01 runs on HLL-HV01; HLL-HV01 connected to HLL-SW01"."""
    nodes = path.nodes if path.nodes[0].id == start else list(reversed(path.nodes))
    edges = {frozenset((e.source, e.target)): e for e in path.edges}
    names = {n.id: n.name for n in nodes}
    out = []
    for a, b in zip(nodes, nodes[1:], strict=False):
        edge = edges.get(frozenset((a.id, b.id)))
        if edge is not None:
            verb = edge.kind.replace("_", " ").lower()
            out.append(f"{names[edge.source]} {verb} {names[edge.target]}")
    return "; ".join(out)


async def _records(ids: list[str], orgs: list[int], res: Resources) -> dict[str, list[Evidence]]:
    read = res.stores.sql.read
    by_type: dict[RecordType, list[int]] = {}
    for sid in ids:
        parsed = SourceId.parse(sid)
        by_type.setdefault(parsed.type, []).append(parsed.id)
    records = []
    for kind, numbers in by_type.items():
        records += await read.records(kind, numbers, orgs)
    return {r.source_id: evidence.from_record(r, res.names, "graph") for r in records}


async def _neighbors(start: str, orgs: list[int], res: Resources) -> list[Evidence]:
    """What is linked to `start` directly, either way ("which devices are connected to X")."""
    graph = res.stores.graph
    origin = await graph.get_entity(start, orgs)
    neighbors = await graph.neighborhood(start, orgs, NEIGHBOR_LIMIT)
    neighbors = [n for n in neighbors if n.entity.kind in ("configuration", "flexible_asset")]
    loaded = await _records(sorted({n.entity.id for n in neighbors}), orgs, res)
    out = []
    here = origin.name if origin else start
    for n in sorted(neighbors, key=lambda n: (n.entity.name, n.entity.id)):
        verb = n.kind.replace("_", " ").lower()
        walk = (
            f"{here} {verb} {n.entity.name}"
            if n.direction == "out"
            else (f"{n.entity.name} {verb} {here}")
        )
        for item in loaded.get(n.entity.id, []):
            out.append(
                item.model_copy(
                    update={
                        "text": f"Relationship: {walk}\n{item.text}",
                        "fields": {
                            **item.fields,
                            "chain": walk,
                            "depth": 1,
                            "start": start,
                            "start_name": here,
                        },
                    }
                )
            )
    return out


async def _walks(plan: Plan, start: str, orgs: list[int], res: Resources) -> list[Evidence]:
    graph = res.stores.graph
    if plan.direction == "path" and plan.second_device:
        path = await graph.path_between(start, plan.second_device, orgs, MAX_DEPTH + 2)
        paths = [path] if path else []
    else:
        up = plan.direction == "upstream"
        paths = await graph.dependencies(start, orgs, "upstream" if up else "downstream", MAX_DEPTH)
    loaded = await _records(sorted({n.id for p in paths for n in p.nodes}), orgs, res)
    origin = next((n.name for p in paths for n in p.nodes if n.id == start), start)
    out = []
    for rank, path in enumerate(sorted(paths, key=lambda p: (p.depth, p.end.name, p.end.id))):
        walk = chain(path, start)
        for item in loaded.get(path.end.id, []):
            out.append(
                item.model_copy(
                    update={
                        "text": f"Dependency chain: {walk}\n{item.text}",
                        "fields": {
                            **item.fields,
                            "chain": walk,
                            "depth": path.depth,
                            "start": start,
                            "start_name": origin,
                        },
                        "score": 1.0 / (rank + 1),
                    }
                )
            )
    return out


async def retrieve(plan: Plan, res: Resources) -> list[Evidence]:
    orgs = scope.organizations(plan, res.allowed)
    if not orgs or not plan.devices:
        return []
    if plan.intent == "dependencies":
        starts = plan.devices[:1] if plan.direction == "path" else plan.devices[:MAX_STARTS]
        out: list[Evidence] = []
        for start in starts:
            if plan.direction == "neighbors":
                out += await _neighbors(start, orgs, res)
            else:
                out += await _walks(plan, start, orgs, res)
        return out
    out = []
    neighbors = await res.stores.graph.neighborhood(plan.devices[0], orgs, 50)
    wanted = {"credential": {"password"}}.get(plan.intent)
    ids = [n.entity.id for n in neighbors if wanted is None or n.entity.kind in wanted]
    loaded = await _records(ids, orgs, res)
    for n in neighbors:
        for item in loaded.get(n.entity.id, []):
            item.fields["relationship"] = n.kind
            out.append(item)
    return out
