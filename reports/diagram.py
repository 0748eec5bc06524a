"""The dependency diagram of a report: Mermaid source, and the same drawing as inline SVG laid out
here (a self-contained page cannot run Mermaid's script).

Every edge points from the dependent record to what it depends on, runs on or connects to, so the
layout puts each node one layer below the deepest thing it needs (longest path to a sink):
firewalls at the top, then switches, hosts, servers, applications. A layer wider than `PER_ROW`
wraps. Edges are drawn under the boxes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from core.models import RelType

PER_ROW = 6
WIDTH, HEIGHT, GAP_X, GAP_Y, WRAP_Y, MARGIN = 176, 44, 22, 62, 18, 14

STYLE = {
    "firewall": ("#fde8e8", "#c53030"),
    "network": ("#e6effa", "#2b6cb0"),
    "host": ("#efe6fa", "#6b46c1"),
    "server": ("#e6f4ea", "#2f855a"),
    "asset": ("#fff6dd", "#b7791f"),
    "endpoint": ("#f1f3f6", "#8a93a3"),
}
"""Box fill and border per kind of node."""

LINE = {
    RelType.DEPENDS_ON: ("depends", "depends on"),
    RelType.RUNS_ON: ("runs", "runs on"),
    RelType.CONNECTED_TO: ("connects", "connects to"),
}
"""CSS class and words per kind of edge; every other kind is drawn as "related"."""
STROKE = {
    "depends": 'stroke="#2b6cb0" stroke-width="1.6"',
    "runs": 'stroke="#6b46c1" stroke-width="1.5" stroke-dasharray="6 4"',
    "connects": 'stroke="#a0a8b6" stroke-width="1.3"',
    "related": 'stroke="#c05621" stroke-width="1.3" stroke-dasharray="2 3"',
}


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    sub: str
    """The second line: the record's type, or the count of a group."""
    kind: str
    """A key of STYLE."""


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: RelType


def line(kind: RelType) -> tuple[str, str]:
    return LINE.get(kind, ("related", kind.value.lower().replace("_", " ")))


def _mermaid_text(text: str) -> str:
    return (
        text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
    )


def mermaid(nodes: Sequence[Node], edges: Sequence[Edge]) -> str:
    """A Mermaid flowchart, dependencies above what needs them."""
    out = ["flowchart BT"]
    for n in nodes:
        out.append(f'  {n.key}["{_mermaid_text(n.label)}<br/>{_mermaid_text(n.sub)}"]:::{n.kind}')
    for e in edges:
        words = line(e.kind)[1]
        arrow = (
            "---"
            if e.kind is RelType.CONNECTED_TO
            else "-.->"
            if e.kind is RelType.RUNS_ON
            else "-->"
        )
        out.append(f"  {e.source} {arrow}|{words}| {e.target}")
    for kind, (fill, stroke) in STYLE.items():
        out.append(f"  classDef {kind} fill:{fill},stroke:{stroke},color:#1d2330")
    return "\n".join(out)


def _ranks(nodes: Sequence[Node], edges: Sequence[Edge]) -> dict[str, int]:
    """Each node's layer: 0 for what needs nothing, else one below the deepest thing it needs
    (an edge that closes a loop is ignored)."""
    needs: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        needs[e.source].append(e.target)
    rank: dict[str, int] = {}
    walking: set[str] = set()

    def of(key: str) -> int:
        if key in rank:
            return rank[key]
        walking.add(key)
        deeper = [of(t) for t in needs[key] if t not in walking]
        walking.discard(key)
        rank[key] = 1 + max(deeper) if deeper else 0
        return rank[key]

    for n in nodes:
        of(n.key)
    return rank


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _spread(edges: Sequence[Edge], place: dict[str, tuple[float, float]]) -> dict[Any, float]:
    """Where each edge leaves its source's top and reaches its target's bottom: spread over the
    box's width in the order of the other ends, so that lines into one box do not meet in one
    point."""
    ends: dict[Any, float] = {}
    for side, own, other in (("out", "source", "target"), ("in", "target", "source")):
        by_node: dict[str, list[Edge]] = defaultdict(list)
        for e in edges:
            by_node[getattr(e, own)].append(e)
        for key, found in by_node.items():
            found.sort(key=lambda e: place[getattr(e, other)][0])
            left = place[key][0]
            for i, e in enumerate(found):
                ends[(e, side)] = left + WIDTH * (i + 1) / (len(found) + 1)
    return ends


def svg(nodes: Sequence[Node], edges: Sequence[Edge]) -> str:
    """The diagram as one `<svg>` element, laid out in layers."""
    rank = _ranks(nodes, edges)
    layers: dict[int, list[Node]] = defaultdict(list)
    for n in nodes:
        layers[rank[n.key]].append(n)
    needs: dict[str, list[str]] = defaultdict(list)
    for e in edges:
        needs[e.source].append(e.target)
    place: dict[str, tuple[float, float]] = {}
    rows: list[list[Node]] = []
    order = list(STYLE)
    for depth in sorted(layers):
        members = layers[depth]

        def key(n: Node) -> tuple[float, int, str]:
            xs = [place[t][0] for t in needs[n.key] if t in place]
            return (sum(xs) / len(xs) if xs else 0.0, order.index(n.kind), n.label.lower())

        members.sort(key=key)
        for start in range(0, len(members), PER_ROW):
            row = members[start : start + PER_ROW]
            rows.append(row)
            for i, n in enumerate(row):  # provisional x, for the next layer's order
                place[n.key] = (i * (WIDTH + GAP_X), 0.0)
    widest = max((len(r) for r in rows), default=0)
    width = MARGIN * 2 + widest * WIDTH + max(widest - 1, 0) * GAP_X
    y = float(MARGIN)
    for index, row in enumerate(rows):
        if index:
            same_layer = rank[row[0].key] == rank[rows[index - 1][0].key]
            y += HEIGHT + (WRAP_Y if same_layer else GAP_Y)
        span = len(row) * WIDTH + (len(row) - 1) * GAP_X
        left = (width - span) / 2
        for i, n in enumerate(row):
            place[n.key] = (left + i * (WIDTH + GAP_X), y)
    height = int(y + HEIGHT + MARGIN)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="Dependency diagram" '
        'font-family="system-ui, sans-serif">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#5a6272"/></marker></defs>',
    ]
    drawn = [e for e in edges if e.source in place and e.target in place]
    ends = _spread(drawn, place)
    for e in drawn:
        sy, ty = place[e.source][1], place[e.target][1]
        x1, x2 = ends[(e, "out")], ends[(e, "in")]
        y1, y2 = sy, ty + HEIGHT
        if y1 <= y2:  # a loop's edge, drawn side to side
            y1, y2 = sy + HEIGHT / 2, ty + HEIGHT / 2
        mid = (y1 + y2) / 2
        cls, words = line(e.kind)
        arrow = "" if e.kind is RelType.CONNECTED_TO else ' marker-end="url(#arrow)"'
        parts.append(
            f'<path d="M{x1:.0f},{y1:.0f} C{x1:.0f},{mid:.0f} {x2:.0f},{mid:.0f} {x2:.0f},{y2:.0f}"'
            f' fill="none" {STROKE[cls]}{arrow}><title>{escape(words)}</title></path>'
        )
    for n in nodes:
        x, y0 = place[n.key]
        fill, stroke = STYLE[n.kind]
        parts.append(
            f"<g><title>{escape(n.label)} ({escape(n.sub)})</title>"
            f'<rect x="{x:.0f}" y="{y0:.0f}" width="{WIDTH}" height="{HEIGHT}" rx="6" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="1.4"/>'
            f'<text x="{x + WIDTH / 2:.0f}" y="{y0 + 18:.0f}" text-anchor="middle" '
            f'font-size="12.5" font-weight="600" fill="#1d2330">{escape(_fit(n.label, 24))}</text>'
            f'<text x="{x + WIDTH / 2:.0f}" y="{y0 + 34:.0f}" text-anchor="middle" '
            f'font-size="11" fill="#4a5263">{escape(_fit(n.sub, 26))}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)
