"""The `report` commands: reports over the organizations in reach, from the stores or through
the server that holds them (its JSON, rendered here), printed as a table, Markdown, HTML or
JSON, or written to a file.

`report compliance` and `report drift` live here; other reports join the same `report` group.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.markup import escape
from rich.table import Table

from server.cli.common import console, either, fail, opened, organization_ids

report = typer.Typer(no_args_is_help=True, help="Reports over the organizations in reach.")

Format = Literal["text", "markdown", "html", "json"]
OrgOption = Annotated[
    str | None, typer.Option("--org", help="Organization id or name (default: every one)")
]
FormatOption = Annotated[
    str, typer.Option("--format", help="text (a table), markdown, html (printable) or json")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to this file")
]
_FORMATS = ("text", "markdown", "html", "json")


def _format(given: str) -> Format:
    if given not in _FORMATS:
        raise fail(f"--format: one of {', '.join(_FORMATS)}, not {given!r}")
    return given  # type: ignore[return-value]


async def _scope(stores: Any, org: str | None) -> list[int]:
    ids = await organization_ids(stores, [org] if org else [])
    return list(ids) if ids is not None else await stores.sql.read.all_organization_ids()


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    output.write_text(text)
    console.print(f"wrote {escape(str(output))}")


def _summary(title: str, rows: list[Any], titles: dict[str, str], totals: dict[str, int]) -> None:
    table = Table(title=title)
    table.add_column("organization")
    for key in totals:
        table.add_column(titles[key], justify="right")
    for org in rows:
        table.add_row(escape(org.organization), *(str(org.counts[k]) for k in totals))
    table.add_row(f"all {len(rows)}", *(str(n) for n in totals.values()), style="bold")
    console.print(table)


def compliance(
    org: OrgOption = None,
    format: FormatOption = "text",
    today: Annotated[
        str | None, typer.Option("--today", help="Check as of this day (YYYY-MM-DD)")
    ] = None,
    expiring_days: Annotated[
        int | None, typer.Option("--expiring-days", min=0, max=3650, help="'Expiring' window")
    ] = None,
    password_max_age_days: Annotated[
        int | None,
        typer.Option("--password-max-age-days", min=1, max=36_500, help="Oldest password"),
    ] = None,
    output: OutputOption = None,
) -> None:
    """Compliance and hygiene: unsupported OS, expiries, servers without backup, firewalls
    without a runbook, devices without location or contact, old passwords (metadata only)."""
    from reports.compliance import TITLES, ComplianceReport
    from server.services import audits

    fmt = _format(format)
    try:
        day = date.fromisoformat(today) if today else None
    except ValueError:
        raise fail(f"--today: not a date (YYYY-MM-DD): {today!r}") from None

    async def job() -> ComplianceReport:
        async with opened() as stores:
            orgs = await _scope(stores, org)
            return await audits.compliance_report(
                stores, orgs, day, expiring_days, password_max_age_days
            )

    def through(remote: Any) -> ComplianceReport:
        params: dict[str, Any] = {
            "organization": org,
            "today": today,
            "expiring_within_days": expiring_days,
            "password_max_age_days": password_max_age_days,
        }
        data = remote.get(
            "/v1/reports/compliance", {k: v for k, v in params.items() if v is not None}
        )
        return ComplianceReport.model_validate(data)

    found = either(through, job)
    if fmt != "text":
        _emit(audits.compliance_text(found, fmt), output)
        return
    _summary(
        f"compliance as of {found.today} (expiring within {found.expiring_days} days, "
        f"passwords older than {found.password_max_age_days} days)",
        found.organizations,
        TITLES,
        found.counts,
    )
    for o in found.organizations if org else []:
        for f in o.findings:
            console.print(
                f"{TITLES[f.check]}: [bold]{escape(f.name)}[/bold] — {escape(f.detail)} "
                f"[dim]{escape(f.url or f.source_id)}[/dim]",
                soft_wrap=True,
            )


def drift(
    org: OrgOption = None, format: FormatOption = "text", output: OutputOption = None
) -> None:
    """Documentation drift: documents whose IPs, MACs or serials disagree with the devices
    they name, retired devices still documented, documents older than their devices."""
    from reports.drift import TITLES, DriftReport
    from server.services import audits

    fmt = _format(format)

    async def job() -> DriftReport:
        async with opened() as stores:
            return await audits.drift_report(stores, await _scope(stores, org))

    def through(remote: Any) -> DriftReport:
        params = {"organization": org} if org else {}
        return DriftReport.model_validate(remote.get("/v1/reports/drift", params))

    found = either(through, job)
    if fmt != "text":
        _emit(audits.drift_text(found, fmt), output)
        return
    _summary("documentation drift", found.organizations, TITLES, found.counts)
    for o in found.organizations:
        for d in o.findings:
            console.print(
                f"{escape(o.organization)} · {escape(d.document)} ({d.document_source_id}): "
                f"{escape(d.record)} {d.field} — document {escape(d.document_value)!r}, "
                f"record {escape(d.record_value)!r}\n  “{escape(d.sentence)}”",
                soft_wrap=True,
            )


report.command("compliance")(compliance)
report.command("drift")(drift)
