"""The sample runbooks and SOPs of one organization, naming its own devices and addresses.

Every organization has the same five documents; a kind of client may add its own (a document
management outage, an imaging server restart, ...). Sections are IT Glue's headings, text and
steps, as HTML.
"""

from __future__ import annotations

from core.models import Document, DocumentSection
from sync.demo.org import Ids, OrgState


def documents(state: OrgState, ids: Ids) -> None:
    """Add the organization's runbooks and SOPs."""
    org, kind, snap, c = state.org, state.kind, state.snapshot, state.configs
    printers = [v for k, v in c.items() if k.startswith("PRN")]
    p0 = printers[0]
    docs: dict[str, list[tuple[str, str]]] = {
        "Print spooler troubleshooting": [
            ("heading", "Symptoms"),
            (
                "text",
                f"Jobs stuck in the queue on {c['PRINT01'].name} ({c['PRINT01'].primary_ip}); "
                f"users cannot print to {p0.name} ({p0.model}).",
            ),
            ("heading", "Restart the print spooler"),
            ("step", f"Sign in to {c['PRINT01'].name} with the Domain Administrator account."),
            (
                "step",
                "Run: Stop-Service Spooler -Force; delete "
                "C:\\Windows\\System32\\spool\\PRINTERS\\*; Start-Service Spooler.",
            ),
            ("step", f"Print a test page to {p0.name} at {p0.primary_ip}."),
            ("heading", "Escalation"),
            (
                "text",
                f"If {p0.name} still shows offline, power-cycle it and call {p0.manufacturer} "
                f"support with serial {p0.serial_number}.",
            ),
        ],
        "Backup restore runbook": [
            ("heading", "Scope"),
            (
                "text",
                f"Server images of {c['DC01'].name}, {c['FS01'].name} and {c['SQL01'].name} "
                f"are backed up nightly to {c['NAS01'].name} ({c['NAS01'].primary_ip}).",
            ),
            ("heading", "Restore a file"),
            (
                "step",
                f"Open the backup console and browse the latest restore point of {c['FS01'].name}.",
            ),
            ("step", "Restore to the original location with 'keep both' and notify the requester."),
            ("heading", "Restore a whole server"),
            ("step", f"Instant-recover the VM onto {c['HV01'].name} from {c['NAS01'].name}."),
            ("step", "Boot with networking disconnected, verify services, then reconnect."),
        ],
        "Server reboot order": [
            ("heading", "Shutdown"),
            (
                "text",
                f"Shut down {c[kind.lob_server].name} first, then {c['SQL01'].name}, "
                f"then {c['FS01'].name} and {c['PRINT01'].name}, and {c['DC01'].name} last.",
            ),
            ("heading", "Start-up"),
            (
                "text",
                f"Start {c['DC01'].name} first and wait for DNS to answer on "
                f"{c['DC01'].primary_ip}; then {c['SQL01'].name}; then {c[kind.lob_server].name} "
                f"({kind.lob_app}).",
            ),
        ],
        "Firewall change procedure": [
            ("heading", "Before the change"),
            (
                "text",
                f"Export the configuration of {c['FW01'].name} ({c['FW01'].model}, "
                f"{c['FW01'].operating_system}) and attach it to the ticket.",
            ),
            ("heading", "Making the change"),
            ("step", f"Connect to https://{c['FW01'].primary_ip}:8443 from the MSP jump host."),
            ("step", f"Apply the rule; confirm the WAN address {state.public} still answers."),
            ("heading", "Rollback"),
            (
                "text",
                "Restore the exported configuration and reboot during the maintenance window.",
            ),
        ],
        "New employee onboarding": [
            ("heading", "Accounts"),
            (
                "step",
                f"Create the user in Active Directory on {c['DC01'].name} and assign a "
                "Microsoft 365 Business Premium license.",
            ),
            ("step", f"Add the user to the {kind.lob_app} users group."),
            ("heading", "Workstation"),
            (
                "step",
                f"Join the workstation to {state.domain} and map the shared drives from "
                f"{c['FS01'].name}.",
            ),
            ("step", f"Install the printer {p0.name} via {c['PRINT01'].name}."),
        ],
    }
    for extra in kind.extra_docs:
        docs[extra] = [
            ("heading", "When to use"),
            ("text", f"When {kind.lob_app} on {c[kind.lob_server].name} stops responding."),
            ("heading", "Steps"),
            (
                "step",
                f"Check that {c['SQL01'].name} is running and reachable at "
                f"{c['SQL01'].primary_ip}.",
            ),
            (
                "step",
                f"Restart the {kind.lob_app} services on {c[kind.lob_server].name} "
                f"({c[kind.lob_server].primary_ip}).",
            ),
            ("step", f"If it still fails, open a case with {kind.lob_vendor} support."),
        ]
    for title, parts in docs.items():
        sections = []
        for sort, (section_kind, text) in enumerate(parts):
            tag_ = "h2" if section_kind == "heading" else "p"
            sections.append(
                DocumentSection(
                    id=ids.next("section"),
                    kind=section_kind,  # type: ignore[arg-type]
                    level=2 if section_kind == "heading" else None,
                    content=f"<{tag_}>{text}</{tag_}>",
                    sort=sort,
                )
            )
        snap.documents.append(
            Document(
                id=ids.next("document"),
                organization_id=org.id,
                name=title,
                folder="Runbooks" if "runbook" in title.lower() or "order" in title else "SOPs",
                sections=tuple(sections),
                updated_at=state.updated_at,
            )
        )
