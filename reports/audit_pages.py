"""The compliance and drift reports as Markdown and as one printable HTML page.

A summary first (one row per organization, one column per check, and the totals), then each
organization's findings by check. Every finding cites its record: the source id, linked to the
record's page in IT Glue where the record has one.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from reports import compliance, drift
from reports.compliance import ComplianceReport, Finding
from reports.drift import Drift, DriftReport

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;color:#1d232b;margin:24px auto;max-width:1100px;
padding:0 16px}h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 6px;border-bottom:1px solid #d6dbe1}
h3{font-size:15px;margin:16px 0 4px}p.meta{color:#5a6573;margin:0 0 16px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{border:1px solid #d6dbe1;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f2f4f7;font-weight:600}td:first-child{white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.hot{background:#fdecea;color:#8a1c12;font-weight:600}
tr.total td{font-weight:700;background:#f7f8fa}
code{font-size:12px}a{color:#0b5cad}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
"""


def _cite(source_id: str, url: str | None, as_html: bool) -> str:
    if not as_html:
        return f"[{source_id}]({url})" if url else f"`{source_id}`"
    code = f"<code>{html.escape(source_id)}</code>"
    return f'<a href="{html.escape(url, quote=True)}">{code}</a>' if url else code


def _page(title: str, meta: str, body: Sequence[str]) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p class=meta>{html.escape(meta)}</p>"
        + "".join(body)
        + "</body></html>"
    )


def _summary_html(
    rows: Sequence[tuple[str, dict[str, int]]], totals: dict[str, int], titles: dict[str, str]
) -> str:
    head = "".join(f"<th>{html.escape(titles[k])}</th>" for k in totals)
    cells = []
    for name, counts in rows:
        tds = "".join(f'<td class="n{" hot" * bool(counts[k])}">{counts[k]}</td>' for k in totals)
        cells.append(f"<tr><td>{html.escape(name)}</td>{tds}</tr>")
    total = "".join(f'<td class="n">{n}</td>' for n in totals.values())
    return (
        f"<table><thead><tr><th>Organization</th>{head}</tr></thead><tbody>{''.join(cells)}"
        f'<tr class="total"><td>All {len(rows)} organizations</td>{total}</tr></tbody></table>'
    )


def _summary_markdown(
    rows: Sequence[tuple[str, dict[str, int]]], totals: dict[str, int], titles: dict[str, str]
) -> list[str]:
    out = [
        "| Organization | " + " | ".join(titles[k] for k in totals) + " |",
        "|---|" + "---:|" * len(totals),
    ]
    out += [f"| {name} | " + " | ".join(str(c[k]) for k in totals) + " |" for name, c in rows]
    out.append(
        f"| **All {len(rows)} organizations** | "
        + " | ".join(f"**{n}**" for n in totals.values())
        + " |"
    )
    return out


def _compliance_meta(report: ComplianceReport) -> str:
    return (
        f"As of {report.today}: expiring within {report.expiring_days} days; passwords not "
        f"updated in {report.password_max_age_days} days. {sum(report.counts.values())} findings."
    )


def _finding_row(f: Finding, as_html: bool) -> list[str]:
    text = [f.name, f.category or "", f.detail]
    if as_html:
        text = [html.escape(t) for t in text]
    return [*text, _cite(f.source_id, f.url, as_html)]


def compliance_markdown(report: ComplianceReport) -> str:
    """The compliance report as Markdown."""
    rows = [(o.organization, o.counts) for o in report.organizations]
    out = ["# Compliance and hygiene", "", _compliance_meta(report), ""]
    out += _summary_markdown(rows, report.counts, compliance.COLUMNS)
    for org in report.organizations:
        out += ["", f"## {org.organization}", ""]
        if not org.findings:
            out.append("No findings.")
        for check in compliance.CHECKS:
            found = [f for f in org.findings if f.check == check]
            if not found:
                continue
            out += ["", f"### {compliance.TITLES[check]} ({len(found)})", ""]
            out += ["| Record | Kind | Finding | Source |", "|---|---|---|---|"]
            out += ["| " + " | ".join(_finding_row(f, False)) + " |" for f in found]
    return "\n".join(out) + "\n"


def _table_html(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table whose cells are HTML already (escape text before)."""
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def compliance_html(report: ComplianceReport, summary_only: bool = False) -> str:
    """The compliance report as one printable HTML page (`summary_only`: the counts alone)."""
    rows = [(o.organization, o.counts) for o in report.organizations]
    body = [_summary_html(rows, report.counts, compliance.COLUMNS)]
    for org in [] if summary_only else report.organizations:
        body.append(f"<h2>{html.escape(org.organization)}</h2>")
        if not org.findings:
            body.append("<p>No findings.</p>")
        for check in compliance.CHECKS:
            found = [f for f in org.findings if f.check == check]
            if found:
                body.append(f"<h3>{html.escape(compliance.TITLES[check])} ({len(found)})</h3>")
                cells = [_finding_row(f, True) for f in found]
                body.append(_table_html(["Record", "Kind", "Finding", "Source"], cells))
    return _page("Compliance and hygiene", _compliance_meta(report), body)


def _drift_row(d: Drift, as_html: bool) -> list[str]:
    text = [d.document, d.sentence, d.record, d.field, d.document_value, d.record_value]
    if as_html:
        text = [html.escape(t) for t in text]
    return [
        f"{text[0]} {_cite(d.document_source_id, d.document_url, as_html)}",
        text[1],
        f"{text[2]} {_cite(d.record_source_id, d.record_url, as_html)}",
        text[3],
        text[4],
        text[5],
    ]


_DRIFT_HEAD = ["Document", "Sentence", "Record", "Field", "Document says", "Record says"]


def drift_markdown(report: DriftReport) -> str:
    """The drift report as Markdown."""
    rows = [(o.organization, o.counts) for o in report.organizations]
    total = sum(report.counts.values())
    out = ["# Documentation drift", "", f"{total} findings.", ""]
    out += _summary_markdown(rows, report.counts, drift.COLUMNS)
    for org in report.organizations:
        if not org.findings:
            continue
        out += ["", f"## {org.organization}"]
        for kind in drift.KINDS:
            found = [d for d in org.findings if d.kind == kind]
            if found:
                out += ["", f"### {drift.TITLES[kind]} ({len(found)})", ""]
                out += ["| " + " | ".join(_DRIFT_HEAD) + " |", "|---" * len(_DRIFT_HEAD) + "|"]
                out += [
                    "| " + " | ".join(c.replace("|", "\\|") for c in _drift_row(d, False)) + " |"
                    for d in found
                ]
    return "\n".join(out) + "\n"


def drift_html(report: DriftReport) -> str:
    """The drift report as one printable HTML page."""
    rows = [(o.organization, o.counts) for o in report.organizations]
    body = [_summary_html(rows, report.counts, drift.COLUMNS)]
    for org in report.organizations:
        if not org.findings:
            continue
        body.append(f"<h2>{html.escape(org.organization)}</h2>")
        for kind in drift.KINDS:
            found = [d for d in org.findings if d.kind == kind]
            if found:
                body.append(f"<h3>{html.escape(drift.TITLES[kind])} ({len(found)})</h3>")
                body.append(_table_html(_DRIFT_HEAD, [_drift_row(d, True) for d in found]))
    total = sum(report.counts.values())
    return _page("Documentation drift", f"{total} findings.", body)
