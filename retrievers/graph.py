"""The graph retriever: dependencies, impact, paths, and what is linked to a device.

Walks are the graph store's parameterized Cypher, limited to the organizations in reach; the
records at the ends are loaded from SQL so that evidence quotes the same text everywhere."""

from __future__ import annotations

from core.models import Evidence, RecordType, SourceId
from graphs.context import Resources
from graphs.state import Plan
from retrievers import evidence, scope
from stores.graph import GraphPath

MAX_DEPTH = 4


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
    names = {o.id: o.name for o in await read.organizations(orgs)}
    return {r.source_id: evidence.from_record(r, names, "graph") for r in records}


async def retrieve(plan: Plan, res: Resources) -> list[Evidence]:
    orgs = scope.organizations(plan, res.allowed)
    if not orgs or not plan.devices:
        return []
    graph = res.stores.graph
    start = plan.devices[0]
    out: list[Evidence] = []
    if plan.intent == "dependencies" and plan.direction == "path" and plan.second_device:
        path = await graph.path_between(start, plan.second_device, orgs, MAX_DEPTH + 2)
        paths = [path] if path else []
    elif plan.intent == "dependencies":
        up = plan.direction == "upstream"
        paths = await graph.dependencies(start, orgs, "upstream" if up else "downstream", MAX_DEPTH)
    else:
        paths = []
        neighbors = await graph.neighborhood(start, orgs, 50)
        wanted = {"credential": {"password"}}.get(plan.intent)
        ids = [n.entity.id for n in neighbors if wanted is None or n.entity.kind in wanted]
        loaded = await _records(ids, orgs, res)
        for n in neighbors:
            for item in loaded.get(n.entity.id, []):
                item.fields["relationship"] = n.kind
                out.append(item)
        return out
    loaded = await _records(sorted({n.id for p in paths for n in p.nodes}), orgs, res)
    for rank, path in enumerate(sorted(paths, key=lambda p: (p.depth, p.end.name))):
        walk = chain(path, start)
        for item in loaded.get(path.end.id, []):
            out.append(
                item.model_copy(
                    update={
                        "text": f"Dependency chain: {walk}\n{item.text}",
                        "fields": {**item.fields, "chain": walk, "depth": path.depth},
                        "score": 1.0 / (rank + 1),
                    }
                )
            )
    return out
