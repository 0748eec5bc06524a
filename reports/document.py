"""A report as data — sections of tables whose every row cites the records it states — and its
two renderings: Markdown, and one self-contained HTML page (its CSS inline, print styles, no
script, no request to anywhere) that prints as a readable document.

A row's citations are its records' source ids, each linked to the record's page in IT Glue
where the record has one (`resource_url`). A section with nothing in it says so in words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from core.models import Record


@dataclass(frozen=True)
class Cite:
    source_id: str
    url: str | None = None

    @classmethod
    def of(cls, record: Record) -> Cite:
        return cls(record.source_id, record.resource_url)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    cites: tuple[Cite, ...]
    """The records this row states: never empty."""
    tone: str | None = None
    """"expired" or "soon" (within 30 days): the HTML marks the row."""


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    title: str | None = None
    empty: str = "None documented."


@dataclass(frozen=True)
class Figure:
    """A diagram: Mermaid source for the Markdown, inline SVG for the HTML."""

    mermaid: str
    svg: str
    legend: tuple[tuple[str, str], ...] = ()
    """(CSS class, words) per kind of line drawn."""


Block = Table | Figure


@dataclass
class Section:
    title: str
    anchor: str
    blocks: list[Block] = field(default_factory=list)
    note: str | None = None
    """A sentence under the title that states no fact of a record (how to read the section)."""
    empty: str = "Nothing documented."
    """Said instead of the blocks when every table is empty."""

    @property
    def count(self) -> int:
        return sum(len(b.rows) for b in self.blocks if isinstance(b, Table))


@dataclass
class Report:
    title: str
    organization: Table
    sections: list[Section]
    generated_at: datetime
    preface: str

    def rows(self) -> Iterator[Row]:
        yield from self.organization.rows
        for section in self.sections:
            for block in section.blocks:
                if isinstance(block, Table):
                    yield from block.rows

    def source_ids(self) -> set[str]:
        """Every record the report cites."""
        return {c.source_id for row in self.rows() for c in row.cites}


# -- Markdown ---------------------------------------------------------------------------------


def _shown(table: Table) -> list[int]:
    """The columns that hold something in some row (an account without VLAN details, or
    expiry dates on its backups, gets no empty column)."""
    return [i for i in range(len(table.columns)) if any(r.cells[i].strip() for r in table.rows)]


def _md_cell(text: str) -> str:
    flat = " ".join(text.split())
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;") or " "


def _md_cites(cites: Sequence[Cite]) -> str:
    return ", ".join(f"[{c.source_id}]({c.url})" if c.url else f"`{c.source_id}`" for c in cites)


def _md_table(table: Table) -> list[str]:
    out = [f"**{table.title}**", ""] if table.title else []
    if not table.rows:
        return [*out, f"_{table.empty}_", ""]
    keep = _shown(table)
    columns = [*(table.columns[i] for i in keep), "Source"]
    out.append("| " + " | ".join(columns) + " |")
    out.append("|" + "---|" * len(columns))
    for row in table.rows:
        cells = [_md_cell(row.cells[i]) for i in keep]
        out.append("| " + " | ".join([*cells, _md_cites(row.cites)]) + " |")
    return [*out, ""]


def markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown (the diagram as a Mermaid block)."""
    out = [f"# {report.title}", "", report.preface, ""]
    out += _md_table(report.organization)
    out += ["## Contents", ""]
    for n, section in enumerate(report.sections, 1):
        out.append(f"{n}. [{section.title}](#{section.anchor}) ({section.count})")
    out.append("")
    for n, section in enumerate(report.sections, 1):
        out += [f'<a id="{section.anchor}"></a>', "", f"## {n}. {section.title}", ""]
        if section.note:
            out += [section.note, ""]
        if not section.count and not any(isinstance(b, Figure) for b in section.blocks):
            out += [f"_{section.empty}_", ""]
            continue
        for block in section.blocks:
            if isinstance(block, Figure):
                out += ["```mermaid", block.mermaid, "```", ""]
            else:
                out += _md_table(block)
    return "\n".join(out).rstrip() + "\n"


# -- HTML -------------------------------------------------------------------------------------

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330;
  background: #f5f6f8; margin: 0; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; background: #fff;
  min-height: 100vh; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #1d2330; }
h3 { font-size: 15px; margin: 20px 0 6px; color: #2d3748; }
p.preface, p.note, p.empty { color: #4a5263; margin: 4px 0 10px; }
p.empty { font-style: italic; background: #f5f6f8; padding: 8px 12px; border-radius: 6px; }
nav ol { columns: 2; column-gap: 32px; margin: 8px 0 0; padding-left: 22px; }
nav li { margin: 2px 0; }
nav .n { color: #6b7383; font-size: 12px; }
a { color: #2b6cb0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e3e6eb;
  overflow-wrap: break-word; }
th { background: #eef1f5; font-weight: 600; color: #2d3748; overflow-wrap: normal; }
tr:nth-child(even) td { background: #fafbfc; }
td.nw { white-space: nowrap; }
td.src { font: 11px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #5a6272;
  width: 1%; white-space: nowrap; }
td.src a, td.src span { display: block; }
tr.expired td:first-child { box-shadow: inset 4px 0 #c53030; }
tr.soon td:first-child { box-shadow: inset 4px 0 #d69e2e; }
tr.expired td { color: #822727; }
.figure { border: 1px solid #e3e6eb; border-radius: 8px; padding: 10px; margin: 8px 0 6px;
  overflow-x: auto; }
.figure svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.legend { font-size: 12px; color: #4a5263; margin: 4px 0 12px; }
.legend span { display: inline-block; margin-right: 16px; }
.legend i { display: inline-block; width: 26px; height: 0; vertical-align: middle;
  margin-right: 5px; border-top: 2px solid #9aa3b2; }
.legend i.depends { border-top-color: #2b6cb0; }
.legend i.runs { border-top: 2px dashed #6b46c1; }
.legend i.connects { border-top-color: #a0a8b6; }
.legend i.related { border-top: 2px dotted #c05621; }
details { margin: 0 0 12px; font-size: 12px; }
details pre { background: #f5f6f8; padding: 8px; overflow-x: auto; }
footer { margin-top: 36px; color: #6b7383; font-size: 12px; border-top: 1px solid #e3e6eb;
  padding-top: 8px; }
@media (max-width: 760px) { main { padding: 16px; } nav ol { columns: 1; } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { background: #fff; font-size: 11px; }
  main { max-width: none; padding: 0; min-height: 0; }
  h2 { break-after: avoid; margin-top: 22px; }
  h3, table caption { break-after: avoid; }
  table { font-size: 10px; }
  thead { display: table-header-group; }
  tr, .figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  details { display: none; }
  tr:nth-child(even) td { background: none; }
}
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_cites(cites: Sequence[Cite]) -> str:
    return "".join(
        f'<a href="{_h(c.url)}">{_h(c.source_id)}</a>'
        if c.url
        else f"<span>{_h(c.source_id)}</span>"
        for c in cites
    )


def _html_cell(text: str) -> str:
    """A cell; one short word (a date, an IP, a device name) is never broken at a hyphen."""
    short = len(text) <= 24 and " " not in text.strip()
    return f'<td class="nw">{_h(text)}</td>' if short and text else f"<td>{_h(text)}</td>"


def _html_table(table: Table) -> str:
    out = [f"<h3>{_h(table.title)}</h3>"] if table.title else []
    if not table.rows:
        return "".join([*out, f'<p class="empty">{_h(table.empty)}</p>'])
    keep = _shown(table)
    head = "".join(f"<th>{_h(c)}</th>" for c in [*(table.columns[i] for i in keep), "Source"])
    out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    for row in table.rows:
        tone = f' class="{row.tone}"' if row.tone else ""
        cells = "".join(_html_cell(row.cells[i]) for i in keep)
        out.append(f'<tr{tone}>{cells}<td class="src">{_html_cites(row.cites)}</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


def _html_figure(figure: Figure) -> str:
    legend = "".join(f'<span><i class="{_h(k)}"></i>{_h(w)}</span>' for k, w in figure.legend)
    return (
        f'<div class="figure">{figure.svg}</div><div class="legend">{legend}</div>'
        f"<details><summary>Mermaid source</summary><pre>{_h(figure.mermaid)}</pre></details>"
    )


def to_html(report: Report) -> str:
    """The report as one HTML page that needs nothing else: CSS inline, SVG inline, no script."""
    toc = "".join(
        f'<li><a href="#{s.anchor}">{_h(s.title)}</a> <span class="n">({s.count})</span></li>'
        for s in report.sections
    )
    body = [
        f"<h1>{_h(report.title)}</h1>",
        f'<p class="preface">{_h(report.preface)}</p>',
        _html_table(report.organization),
        f"<nav><h3>Contents</h3><ol>{toc}</ol></nav>",
    ]
    for n, section in enumerate(report.sections, 1):
        body.append(f'<section id="{section.anchor}"><h2>{n}. {_h(section.title)}</h2>')
        if section.note:
            body.append(f'<p class="note">{_h(section.note)}</p>')
        if not section.count and not any(isinstance(b, Figure) for b in section.blocks):
            body.append(f'<p class="empty">{_h(section.empty)}</p></section>')
            continue
        for block in section.blocks:
            body.append(_html_figure(block) if isinstance(block, Figure) else _html_table(block))
        body.append("</section>")
    stamp = report.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    body.append(f"<footer>Generated {stamp} by itglue-rag from the synced records.</footer>")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_h(report.title)}</title><style>{CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def anchor(title: str) -> str:
    """An id for a section title ("Certificates and domains" → certificates-and-domains)."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
