"""The infrastructure report of one organization: sites, network, servers and what runs on them,
dependencies (a diagram and every edge), workstations and operating systems, other devices,
licenses and renewals, warranties, certificates and domains, backups, contacts, the runbook
index and every other documented asset — each row citing the records it states.

Sections come from the classes of `reports.classify`, so any account's types land somewhere:
every configuration, flexible asset, location, contact, document and relationship of the
organization appears in the report (a leaf device's links to one target are one row), and a
section with nothing in it says so.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from core.models import (
    Configuration,
    FlexibleAsset,
    Password,
    Record,
    Relationship,
    RelType,
    TagTrait,
    is_public_ip,
)
from reports import diagram
from reports.classify import Asset, Device
from reports.document import Cite, Figure, Report, Row, Section, Table, anchor
from reports.inventory import Inventory, expiry, model, shown, tagged
from stores.render import TAG_TARGETS

DUE_WITHIN = 90
"""Days ahead the renewals-due table looks (and everything already expired)."""

DRAWN = {RelType.DEPENDS_ON, RelType.RUNS_ON, RelType.CONNECTED_TO}
"""Links the dependency section draws; CONTAINS, LOCATED_AT and OWNS are the columns of the
other sections, and RELATED_TO only when someone related two records by hand (`_related`)."""

LEAF = {Device.WORKSTATION, Device.WIRELESS, Device.OTHER}
"""Devices whose links to one record are drawn and listed as one group."""


def _cites(records: Iterable[Record]) -> tuple[Cite, ...]:
    seen: dict[str, Cite] = {}
    for r in records:
        seen.setdefault(r.source_id, Cite.of(r))
    return tuple(seen.values())


def _row(cells: Sequence[str], records: Iterable[Record], tone: str | None = None) -> Row:
    return Row(tuple(cells), _cites(records), tone)


def _section(
    title: str, blocks: list[Table | Figure], empty: str, note: str | None = None
) -> Section:
    return Section(title, anchor(title), blocks, note, empty)


def _by_name(records: Iterable[Configuration]) -> list[Configuration]:
    return sorted(records, key=lambda c: (c.name.lower(), c.id))


def _asset_rows(
    inv: Inventory, assets: Iterable[FlexibleAsset], today: date, with_type: bool = True
) -> tuple[Row, ...]:
    """Name, (type,) details, expiry date and how far off it is, soonest first."""
    rows = []
    ordered = sorted(
        assets, key=lambda a: (a.expires_on or date.max, a.flexible_asset_type_name, a.name)
    )
    for a in ordered:
        words, tone = expiry(a.expires_on, today)
        name = f"{a.name} (archived)" if a.archived else a.name
        kind = [a.flexible_asset_type_name] if with_type else []
        day = a.expires_on.isoformat() if a.expires_on else ""
        rows.append(_row([name, *kind, inv.details(a), day, words], [a], tone))
    return tuple(rows)


def _asset_table(
    inv: Inventory, assets: list[FlexibleAsset], today: date, title: str | None, empty: str
) -> Table:
    columns = ("Name", "Type", "Details", "Expires", "Status")
    return Table(columns, _asset_rows(inv, assets, today), title, empty)


# -- sections --------------------------------------------------------------------------------


def sites(inv: Inventory) -> Section:
    devices = Counter(c.location_id for c in inv.configurations)
    people = Counter(c.location_id for c in inv.contacts)
    rows = []
    for loc in sorted(inv.locations, key=lambda x: (not x.primary, x.name.lower())):
        place = ", ".join(
            p
            for p in (
                loc.address_1,
                loc.address_2,
                loc.city,
                loc.region,
                loc.postal_code,
                loc.country,
            )
            if p
        )
        name = f"{loc.name} (primary)" if loc.primary else loc.name
        rows.append(
            _row([name, place, loc.phone or "", str(devices[loc.id]), str(people[loc.id])], [loc])
        )
    columns = ("Site", "Address", "Phone", "Devices", "Contacts")
    return _section("Sites", [Table(columns, tuple(rows))], "No sites (locations) are documented.")


def _public(c: Configuration) -> str:
    found = [c.public_ip, c.primary_ip, *(i.ip_address for i in c.interfaces)]
    return ", ".join(dict.fromkeys(ip for ip in found if ip and is_public_ip(ip)))


VLAN = re.compile(r"\bVLAN\s*(?:ID\s*)?(\d{1,4})\b", re.IGNORECASE)
PURPOSE_ENDS = re.compile(r"[,.;()\n]|\bVLAN\b", re.IGNORECASE)


def vlan_mentions(text: str) -> list[tuple[int, str]]:
    """ "VLAN 10 servers, VLAN 20 users" → [(10, "servers"), (20, "users")]: each number and
    the words after it up to the next punctuation or VLAN."""
    out = []
    for match in VLAN.finditer(text):
        rest = text[match.end() :]
        cut = PURPOSE_ENDS.search(rest)
        purpose = rest[: cut.start() if cut else len(rest)].strip(" :=-\t")
        out.append((int(match[1]), purpose[:40] if purpose[:1].isalpha() else ""))
    return out


def _vlan_numbers(inv: Inventory, asset: FlexibleAsset) -> list[int]:
    kind = inv.kind_of(asset)
    labels = {f.name_key: f.name for f in kind.fields} if kind else {}
    return [
        int(str(v).strip())
        for k, v in asset.traits.items()
        if "vlan" in labels.get(k, k).lower() and str(v).strip().isdigit()
    ]


def _vlans(inv: Inventory) -> Table:
    """One row per VLAN number, from segment assets, VLAN fields of other assets (a Wi-Fi
    network's) and "VLAN 10 servers" in configuration notes; segments without a number too."""
    found: dict[int, list[tuple[str, Record]]] = defaultdict(list)
    unnumbered: list[Row] = []
    for c in inv.configurations:
        for number, purpose in vlan_mentions(c.notes or ""):
            found[number].append((purpose or f"on {c.name}", c))
    for a in inv.assets:
        numbers = _vlan_numbers(inv, a)
        for number in numbers:
            found[number].append((f"{a.name} ({a.flexible_asset_type_name})", a))
        if not numbers and inv.asset_class[a.id] is Asset.VLAN:
            unnumbered.append(_row(["", a.name, inv.details(a)], [a]))
    rows = []
    for number, seen in sorted(found.items()):
        segments = [
            inv.details(r)
            for _, r in seen
            if isinstance(r, FlexibleAsset) and inv.asset_class[r.id] is Asset.VLAN
        ]
        purposes = "; ".join(dict.fromkeys(p for p, _ in seen))
        rows.append(_row([str(number), purposes, " | ".join(segments)], [r for _, r in seen]))
    columns = ("VLAN", "Purpose / where", "Details")
    return Table(columns, tuple(rows + unnumbered), "VLANs", "No VLANs are documented.")


def network(inv: Inventory, today: date) -> Section:
    site = inv.location
    firewalls = [
        _row(
            [
                shown(c),
                model(c),
                _public(c) or "none documented",
                c.primary_ip or "",
                c.operating_system or "",
                site(c.location_id),
            ],
            [c],
        )
        for c in _by_name(inv.of_device(Device.FIREWALL))
    ]
    switches = [
        _row(
            [
                shown(c),
                model(c),
                c.primary_ip or "",
                c.operating_system or "",
                site(c.location_id),
                c.notes or "",
            ],
            [c],
        )
        for c in _by_name(inv.of_device(Device.SWITCH))
    ]
    other = [
        _row(
            [
                shown(c),
                c.configuration_type,
                model(c),
                c.primary_ip or "",
                _public(c),
                site(c.location_id),
            ],
            [c],
        )
        for c in _by_name(inv.of_device(Device.NETWORK))
    ]
    wireless = [
        _row(
            [shown(c), c.configuration_type, model(c), c.primary_ip or "", site(c.location_id)], [c]
        )
        for c in _by_name(inv.of_device(Device.WIRELESS))
    ]
    wifi = [
        _row([a.name, a.flexible_asset_type_name, inv.details(a, skip_expiry=False)], [a])
        for a in sorted(inv.of_asset(Asset.WIFI), key=lambda a: a.name.lower())
    ]
    blocks: list[Table | Figure] = [
        Table(
            ("Firewall", "Model", "Public IP", "LAN IP", "Firmware / OS", "Site"),
            tuple(firewalls),
            "Firewalls",
            "No firewalls are documented.",
        ),
        _asset_table(
            inv,
            inv.of_asset(Asset.CIRCUIT),
            today,
            "Internet circuits and VPNs",
            "No internet circuits or VPNs are documented.",
        ),
        Table(
            ("Switch", "Model", "IP", "Firmware / OS", "Site", "Notes"),
            tuple(switches),
            "Switches",
            "No switches are documented.",
        ),
        _vlans(inv),
        Table(
            ("Network", "Type", "Details"),
            tuple(wifi),
            "Wi-Fi networks",
            "No Wi-Fi networks are documented.",
        ),
        Table(
            ("Device", "Type", "Model", "IP", "Site"),
            tuple(wireless),
            "Access points and wireless devices",
            "No access points are documented.",
        ),
    ]
    if other:
        blocks.append(
            Table(
                ("Device", "Type", "Model", "IP", "Public IP", "Site"),
                tuple(other),
                "Routers, gateways and other network devices",
            )
        )
    return _section("Network", blocks, "No network devices or networks are documented.")


def servers(inv: Inventory, today: date) -> Section:
    hosted: dict[str, list[str]] = defaultdict(list)
    runs_on: dict[str, list[str]] = defaultdict(list)
    for e in inv.edges(RelType.RUNS_ON):
        hosted[e.target].append(e.source)
        runs_on[e.source].append(e.target)

    def on_it(c: Configuration) -> tuple[str, list[Record]]:
        """What runs on a configuration: what runs on it, and the assets that name it."""
        guests = [inv.records[s] for s in sorted(hosted[c.source_id], key=inv.name)]
        named = inv.naming.get(c.id, [])
        words = [g.name for g in guests] + [
            f"{a.flexible_asset_type_name}: {a.name}" for a in named
        ]
        return "; ".join(words), [*guests, *named]

    hosts, boxes, storage = [], [], []
    for c in _by_name(inv.of_device(Device.HOST)):
        text, records = on_it(c)
        hosts.append(
            _row(
                [
                    shown(c),
                    c.configuration_type,
                    model(c),
                    c.primary_ip or "",
                    c.operating_system or "",
                    text,
                ],
                [c, *records],
            )
        )
    for c in _by_name(inv.of_device(Device.SERVER)):
        text, records = on_it(c)
        under = [inv.records[t] for t in runs_on[c.source_id]]
        boxes.append(
            _row(
                [
                    shown(c),
                    c.notes or c.configuration_type,
                    c.primary_ip or "",
                    c.operating_system or "",
                    ", ".join(u.name for u in under),
                    text,
                ],
                [c, *under, *records],
            )
        )
    for c in _by_name(inv.of_device(Device.STORAGE)):
        text, records = on_it(c)
        storage.append(
            _row(
                [
                    shown(c),
                    c.configuration_type,
                    model(c),
                    c.primary_ip or "",
                    c.operating_system or "",
                    c.notes or "",
                    text,
                ],
                [c, *records],
            )
        )
    apps = []
    configs = {c.id: c for c in inv.configurations}
    for a in sorted(inv.of_asset(Asset.APPLICATION), key=lambda a: a.name.lower()):
        where = [configs[i] for i in dict.fromkeys(tagged(a)) if i in configs]
        apps.append(
            _row(
                [
                    a.name,
                    a.flexible_asset_type_name,
                    inv.details(a, skip_expiry=False),
                    ", ".join(w.name for w in where),
                ],
                [a, *where],
            )
        )
    blocks: list[Table | Figure] = [
        Table(
            ("Host", "Type", "Model", "IP", "OS", "Runs here"),
            tuple(hosts),
            "Virtualization hosts",
            "No virtualization hosts are documented.",
        ),
        Table(
            ("Server", "Role", "IP", "OS", "Runs on", "Runs here / named by"),
            tuple(boxes),
            "Servers",
            "No servers are documented.",
        ),
        Table(
            ("Device", "Type", "Model", "IP", "OS", "Notes", "Named by"),
            tuple(storage),
            "Storage and backup devices",
            "No storage or backup devices are documented.",
        ),
        Table(
            ("Application", "Type", "Details", "Runs on"),
            tuple(apps),
            "Applications",
            "No applications are documented.",
        ),
    ]
    return _section("Servers and what runs on them", blocks, "No servers are documented.")


def dependencies(inv: Inventory) -> Section:
    """The diagram and every edge; a leaf device's (a workstation's) links to one record with
    the same note are one group."""
    edges = [e for e in inv.relationships if e.kind in DRAWN or _related(inv, e)]
    groups: dict[tuple[str, str, RelType, str], list[str]] = defaultdict(list)
    for e in edges:
        record = inv.records[e.source]
        leaf = isinstance(record, Configuration) and inv.device[record.id] in LEAF
        label = record.configuration_type if isinstance(record, Configuration) and leaf else ""
        groups[(label or e.source, e.target, e.kind, e.notes or "")].append(e.source)
    rows = []
    nodes: dict[str, diagram.Node] = {}
    lines: list[diagram.Edge] = []

    def node(key: str, sources: list[str]) -> str:
        if key not in nodes:
            first = inv.records[sources[0]]
            if len(sources) > 1:
                kind = first.configuration_type if isinstance(first, Configuration) else ""
                nodes[key] = diagram.Node(
                    f"n{len(nodes) + 1}",
                    f"{len(sources)} × {kind}",
                    ", ".join(inv.name(s) for s in sources[:3])
                    + (" …" if len(sources) > 3 else ""),
                    "endpoint",
                )
            else:
                nodes[key] = diagram.Node(
                    f"n{len(nodes) + 1}", first.name, _sub(first), _style(inv, first)
                )
        return nodes[key].key

    for (group, target, kind, notes), sources in sorted(
        groups.items(), key=lambda kv: (inv.name(kv[1][0]).lower(), kv[0][2], inv.name(kv[0][1]))
    ):
        names = ", ".join(inv.name(s) for s in sources)
        if len(sources) > 1:
            names = f"{len(sources)} × {group}: {names}"
        words = diagram.line(kind)[1]
        rows.append(
            _row(
                [names, words, inv.name(target), notes],
                [*(inv.records[s] for s in sources), inv.records[target]],
            )
        )
        key = group if len(sources) > 1 else sources[0]
        lines.append(
            diagram.Edge(
                node(f"{key}|{target}" if len(sources) > 1 else key, sources),
                node(target, [target]),
                kind,
            )
        )
    unique = list(dict.fromkeys(lines))
    blocks: list[Table | Figure] = []
    if rows:
        drawn = list(nodes.values())
        legend = tuple(diagram.LINE[k] for k in diagram.LINE if any(e.kind is k for e in unique))
        if any(e.kind not in diagram.LINE for e in unique):
            legend += (("related", "other links"),)
        blocks.append(Figure(diagram.mermaid(drawn, unique), diagram.svg(drawn, unique), legend))
    blocks.append(
        Table(
            ("From", "Relation", "To", "Notes"),
            tuple(rows),
            None,
            "No dependencies are documented.",
        )
    )
    note = (
        "Arrows point from what depends to what it needs; the table lists every link."
        if rows
        else None
    )
    return _section(
        "Dependencies",
        blocks,
        "No dependencies are documented (no related items between its records).",
        note,
    )


def _related(inv: Inventory, edge: Relationship) -> bool:
    """A related item someone linked by hand: a RELATED_TO edge that is not a tag field's or a
    password entry's own link (those are stated where the asset or entry is)."""
    if edge.kind is not RelType.RELATED_TO:
        return False
    record = inv.records[edge.source]
    if isinstance(record, FlexibleAsset):
        tags = [v for v in record.traits.values() if isinstance(v, TagTrait)]
        own = {f"{TAG_TARGETS.get(t.type, '')}:{v.id}" for t in tags for v in t.values}
        return edge.target not in own
    if isinstance(record, Password) and record.resource_id and record.resource_type:
        kind = record.resource_type.lower().replace(" ", "_")
        return edge.target != f"{kind}:{record.resource_id}"
    return True


def _sub(record: Record) -> str:
    if isinstance(record, Configuration):
        return record.configuration_type
    if isinstance(record, FlexibleAsset):
        return record.flexible_asset_type_name
    return record.record_type.value.replace("_", " ")


def _style(inv: Inventory, record: Record) -> str:
    if not isinstance(record, Configuration):
        return "asset"
    return {
        Device.FIREWALL: "firewall",
        Device.SWITCH: "network",
        Device.NETWORK: "network",
        Device.WIRELESS: "network",
        Device.HOST: "host",
        Device.STORAGE: "host",
        Device.SERVER: "server",
    }.get(inv.device[record.id], "endpoint")


def workstations(inv: Inventory, today: date) -> Section:
    by_os: dict[str, list[Configuration]] = defaultdict(list)
    for c in inv.configurations:
        by_os[c.operating_system or ""].append(c)
    inventory = []
    for os_name, found in sorted(by_os.items(), key=lambda kv: (kv[0] == "", -len(kv[1]), kv[0])):
        kinds = Counter(c.configuration_type for c in found)
        of = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        inventory.append(_row([os_name or "(not recorded)", str(len(found)), of], _by_name(found)))
    rows = []
    for c in _by_name(inv.of_device(Device.WORKSTATION)):
        words, tone = expiry(c.warranty_expires_at, today)
        ends = c.warranty_expires_at.isoformat() if c.warranty_expires_at else ""
        rows.append(
            _row(
                [
                    shown(c),
                    c.configuration_type,
                    model(c),
                    c.operating_system or "",
                    c.primary_ip or "",
                    c.serial_number or "",
                    f"{ends} ({words})" if ends else "",
                ],
                [c],
                tone,
            )
        )
    blocks: list[Table | Figure] = [
        Table(
            ("Operating system", "Devices", "Of which"),
            tuple(inventory),
            "Operating systems (every device)",
            "No devices are documented.",
        ),
        Table(
            ("Name", "Type", "Model", "OS", "IP", "Serial", "Warranty ends"),
            tuple(rows),
            "Workstations and laptops",
            "No workstations are documented.",
        ),
    ]
    return _section("Workstations and operating systems", blocks, "No devices are documented.")


def other_devices(inv: Inventory) -> Section:
    found = sorted(
        inv.of_device(Device.OTHER), key=lambda c: (c.configuration_type, c.name.lower())
    )
    rows = [
        _row(
            [
                shown(c),
                c.configuration_type,
                model(c),
                c.primary_ip or "",
                inv.location(c.location_id),
            ],
            [c],
        )
        for c in found
    ]
    table = Table(("Device", "Type", "Model", "IP", "Site"), tuple(rows))
    return _section(
        "Other devices",
        [table],
        "No other devices are documented.",
        "Printers, phones, UPSs and every other kind of device.",
    )


def renewals(inv: Inventory, today: date) -> Section:
    horizon = today + timedelta(days=DUE_WITHIN)
    due: list[tuple[date, Row]] = []
    for a in inv.assets:
        if a.expires_on and a.expires_on <= horizon and not a.archived:
            words, tone = expiry(a.expires_on, today)
            due.append(
                (
                    a.expires_on,
                    _row(
                        [a.name, a.flexible_asset_type_name, a.expires_on.isoformat(), words],
                        [a],
                        tone,
                    ),
                )
            )
    for c in inv.configurations:
        if c.warranty_expires_at and c.warranty_expires_at <= horizon and not c.archived:
            words, tone = expiry(c.warranty_expires_at, today)
            due.append(
                (
                    c.warranty_expires_at,
                    _row(
                        [
                            c.name,
                            f"{c.configuration_type} warranty",
                            c.warranty_expires_at.isoformat(),
                            words,
                        ],
                        [c],
                        tone,
                    ),
                )
            )
    due.sort(key=lambda pair: (pair[0], pair[1].cells[0].lower()))
    blocks: list[Table | Figure] = [
        Table(
            ("Item", "What", "Date", "Status"),
            tuple(r for _, r in due),
            f"Due within {DUE_WITHIN} days or overdue (as of {today.isoformat()})",
            f"Nothing expires within {DUE_WITHIN} days.",
        ),
        _asset_table(
            inv,
            inv.of_asset(Asset.LICENSE, Asset.RENEWAL),
            today,
            "Licenses, subscriptions and contracts",
            "No licenses, subscriptions or contracts are documented.",
        ),
        _asset_table(
            inv,
            inv.of_asset(Asset.WARRANTY),
            today,
            "Warranties",
            "No warranty records are documented (device warranty dates are in the device tables).",
        ),
    ]
    return _section("Licenses and renewals", blocks, "No licenses or renewals are documented.")


def certificates(inv: Inventory, today: date) -> Section:
    blocks: list[Table | Figure] = [
        _asset_table(
            inv,
            inv.of_asset(Asset.CERTIFICATE),
            today,
            "Certificates",
            "No certificates are documented.",
        ),
        _asset_table(
            inv, inv.of_asset(Asset.DOMAIN), today, "Domains", "No domains are documented."
        ),
    ]
    return _section(
        "Certificates and domains", blocks, "No certificates or domains are documented."
    )


def backups(inv: Inventory, today: date) -> Section:
    jobs = inv.of_asset(Asset.BACKUP)
    named = {i for a in jobs for i in tagged(a)}
    bare = [
        _row([shown(c), c.configuration_type, c.primary_ip or ""], [c])
        for c in _by_name(inv.of_device(Device.SERVER, Device.HOST))
        if c.id not in named and not c.archived
    ]
    blocks: list[Table | Figure] = [
        _asset_table(inv, jobs, today, "Backup jobs", "No backups are documented."),
        Table(
            ("Server", "Type", "IP"),
            tuple(bare),
            "Servers and hosts no backup record names",
            "Every server and host is named by a backup record.",
        ),
    ]
    return _section("Backups", blocks, "No backups are documented.")


def contacts(inv: Inventory) -> Section:
    rows = []
    for c in sorted(inv.contacts, key=lambda c: (not c.important, c.name.lower())):
        email = next(
            (e.value for e in c.emails if e.primary), c.emails[0].value if c.emails else ""
        )
        phone = next(
            (p.value for p in c.phones if p.primary), c.phones[0].value if c.phones else ""
        )
        name = f"{c.name} (important)" if c.important else c.name
        rows.append(
            _row(
                [
                    name,
                    c.title or "",
                    c.contact_type or "",
                    email,
                    phone,
                    inv.location(c.location_id),
                ],
                [c],
            )
        )
    table = Table(("Name", "Title", "Type", "Email", "Phone", "Site"), tuple(rows))
    return _section("Contacts", [table], "No contacts are documented.")


def runbooks(inv: Inventory) -> Section:
    rows = [
        _row(
            [
                d.name,
                d.folder or "",
                d.updated_at.date().isoformat() if d.updated_at else "",
                "" if d.published else "draft",
            ],
            [d],
        )
        for d in sorted(inv.documents, key=lambda d: ((d.folder or "").lower(), d.name.lower()))
    ]
    table = Table(("Document", "Folder", "Last updated", "State"), tuple(rows))
    return _section("Runbook index", [table], "No documents or runbooks are documented.")


def other_assets(inv: Inventory, today: date) -> Section:
    table = _asset_table(inv, inv.of_asset(Asset.OTHER), today, None, "None.")
    return _section(
        "Other documented assets",
        [table],
        "No other flexible assets are documented.",
        "Flexible assets of the account's other types.",
    )


def build(inv: Inventory, today: date, now: datetime) -> Report:
    """The report of `inv`'s organization as of `today`."""
    org = inv.organization
    head = Table(
        ("Organization", "Type", "Description", "Quick notes"),
        (
            _row(
                [
                    org.name + (f" ({org.short_name})" if org.short_name else ""),
                    org.organization_type or "",
                    org.description or "",
                    org.quick_notes or "",
                ],
                [org],
            ),
        ),
    )
    preface = (
        f"{org.name}: sites, network, servers, dependencies, devices, renewals, backups, contacts "
        "and runbooks, built from the synced IT Glue records. Every row cites the records it "
        "states (source id, linked to the record in IT Glue where the record has a link). "
        "Password values are never shown."
    )
    return Report(
        title=f"Infrastructure report: {org.name}",
        organization=head,
        sections=[
            sites(inv),
            network(inv, today),
            servers(inv, today),
            dependencies(inv),
            workstations(inv, today),
            other_devices(inv),
            renewals(inv, today),
            certificates(inv, today),
            backups(inv, today),
            contacts(inv),
            runbooks(inv),
            other_assets(inv, today),
        ],
        generated_at=now,
        preface=preface,
    )
