"""The sample network of one organization: configurations with interfaces, and how they connect.

A firewall and a core switch; one or two hypervisors running the servers (domain controllers,
file, SQL, the line-of-business server, print); a NAS for backups; access points, printers,
workstations and laptops. Edges say what connects to, runs on or depends on what.
"""

from __future__ import annotations

import random

from core.models import Configuration, ConfigurationInterface, Relationship, RelType
from sync.demo.org import Ids, OrgState, random_mac, random_serial
from sync.demo.tables import DESKTOPS, FIREWALLS, HOSTS, PRINTERS, SWITCHES


def configurations(state: OrgState, rng: random.Random, ids: Ids) -> None:
    """Add the organization's devices and the edges between them."""
    org, kind, snap, net = state.org, state.kind, state.snapshot, state.net
    short = org.short_name or kind.short
    site = snap.locations[0].id
    it_contact = snap.contacts[0].id

    def add(
        key: str,
        ctype: str,
        manufacturer: str,
        model: str,
        serial: str,
        ip: str | None,
        mac_oui: str,
        os: str | None,
        *,
        public_ip: str | None = None,
        warranty: tuple[int, int] = (-120, 1000),
        notes: str | None = None,
        location: int | None = None,
    ) -> Configuration:
        name = f"{short}-{key}"
        mac = random_mac(rng, mac_oui)
        interfaces: tuple[ConfigurationInterface, ...] = ()
        if ctype in ("Server", "Firewall", "Hypervisor", "NAS", "Switch"):
            ifaces = [
                ConfigurationInterface(
                    id=ids.next("interface"),
                    name="LAN",
                    ip_address=ip,
                    mac_address=mac,
                    primary=True,
                )
            ]
            if public_ip:
                ifaces.append(
                    ConfigurationInterface(
                        id=ids.next("interface"),
                        name="WAN",
                        ip_address=public_ip,
                        mac_address=random_mac(rng, mac_oui),
                    )
                )
            interfaces = tuple(ifaces)
        config = Configuration(
            id=ids.next("config"),
            organization_id=org.id,
            name=name,
            hostname=name,
            configuration_type=ctype,
            primary_ip=ip,
            public_ip=public_ip,
            mac_address=mac,
            serial_number=serial,
            asset_tag=f"{short}-{rng.randint(1000, 9999)}",
            manufacturer=manufacturer,
            model=model,
            operating_system=os,
            warranty_expires_at=state.day(rng, *warranty),
            installed_at=state.day(rng, -1500, -200),
            location_id=location or site,
            contact_id=it_contact,
            notes=notes,
            interfaces=interfaces,
            updated_at=state.updated_at,
        )
        state.configs[key] = config
        snap.configurations.append(config)
        return config

    def rel(a: str, kind_: RelType, b: str, notes: str | None = None) -> None:
        snap.relationships.append(
            Relationship(
                source=state.configs[a].source_id,
                target=state.configs[b].source_id,
                kind=kind_,
                organization_id=org.id,
                notes=notes,
            )
        )

    fw = rng.choice(FIREWALLS)
    add(
        "FW01",
        "Firewall",
        fw[0],
        fw[1],
        random_serial(rng, fw[2], 8),
        f"10.{net}.0.1",
        fw[4],
        fw[3],
        public_ip=state.public,
        notes=f"Edge firewall; site-to-site VPN to the MSP. WAN {state.public}.",
    )
    sw = rng.choice(SWITCHES)
    add(
        "SW01",
        "Switch",
        sw[0],
        sw[1],
        random_serial(rng, sw[2], 8),
        f"10.{net}.0.2",
        sw[4],
        sw[3],
        notes="Core switch, VLAN 10 servers, VLAN 20 users, VLAN 30 guest.",
    )
    rel("SW01", RelType.CONNECTED_TO, "FW01", "uplink port 48")
    host_model = rng.choice(HOSTS)
    hosts = ["HV01", "HV02"] if rng.random() < 0.5 else ["HV01"]
    for n, key in enumerate(hosts):
        add(
            key,
            "Hypervisor",
            host_model[0],
            host_model[1],
            random_serial(rng, host_model[2], 7),
            f"10.{net}.10.{5 + n}",
            host_model[4],
            host_model[3],
            warranty=(-60, 700),
        )
        rel(key, RelType.CONNECTED_TO, "SW01")
    add(
        "NAS01",
        "NAS",
        "Synology",
        "RackStation RS1221+",
        random_serial(rng, "2150PDN", 6),
        f"10.{net}.10.20",
        "00:11:32",
        "DSM 7.2.1",
        notes="Backup repository for server images.",
    )
    rel("NAS01", RelType.CONNECTED_TO, "SW01")
    server_os = rng.choice(["Windows Server 2022 Standard", "Windows Server 2019 Standard"])
    vms = [
        ("DC01", "Domain controller, DNS and DHCP for " + state.domain),
        ("FS01", "File server: shared drives S: and P:"),
        ("SQL01", "Microsoft SQL Server 2019 for " + kind.lob_app),
        (kind.lob_server, f"{kind.lob_app} application server"),
        ("PRINT01", "Print server (spooler) for office printers"),
    ]
    if rng.random() < 0.5:
        vms.insert(1, ("DC02", "Secondary domain controller and DNS"))
    for n, (key, note) in enumerate(vms):
        add(
            key,
            "Server",
            "VMware" if "ESXi" in host_model[3] else "Microsoft",
            "Virtual Machine",
            random_serial(rng, "VM-", 10),
            f"10.{net}.10.{10 + n}",
            "00:50:56",
            server_os,
            notes=note,
            warranty=(3000, 3000),
        )
        rel(key, RelType.RUNS_ON, hosts[n % len(hosts)])
    for key in ("FS01", "SQL01", kind.lob_server, "PRINT01"):
        rel(key, RelType.DEPENDS_ON, "DC01", "Active Directory authentication and DNS")
    rel(kind.lob_server, RelType.DEPENDS_ON, "SQL01", f"{kind.lob_app} database")
    if "DC02" in state.configs:
        rel("DC02", RelType.DEPENDS_ON, "DC01", "AD replication partner")
    for n in range(rng.randint(1, 3)):
        key = f"AP{n + 1:02d}"
        add(
            key,
            "Access Point",
            "Ubiquiti",
            "U6-Pro",
            random_serial(rng, "F4E2", 8),
            f"10.{net}.0.{20 + n}",
            "F4:E2:C6",
            "UniFi 6.6.65",
        )
        rel(key, RelType.CONNECTED_TO, "SW01")
    printer = rng.choice(PRINTERS)
    for n in range(rng.randint(1, 3)):
        key = f"PRN{n + 1:02d}"
        add(
            key,
            "Printer",
            printer[0],
            printer[1],
            random_serial(rng, printer[2], 7),
            f"10.{net}.20.{200 + n}",
            printer[3],
            None,
        )
        rel(key, RelType.CONNECTED_TO, "SW01")
        rel(key, RelType.DEPENDS_ON, "PRINT01", "print queue")
    desktop = rng.choice(DESKTOPS)
    for n in range(rng.randint(6, 14)):
        key = f"WS{n + 1:03d}"
        add(
            key,
            "Workstation",
            desktop[0],
            desktop[1],
            random_serial(rng, desktop[2], 7),
            f"10.{net}.20.{50 + n}",
            desktop[3],
            rng.choice(["Windows 11 Pro 23H2", "Windows 11 Pro 23H2", "Windows 10 Pro 22H2"]),
            warranty=(-400, 1100),
        )
        rel(key, RelType.CONNECTED_TO, "SW01")
    for n in range(rng.randint(2, 5)):
        key = f"LT{n + 1:03d}"
        add(
            key,
            "Laptop",
            "Lenovo",
            "ThinkPad T14 Gen 4",
            random_serial(rng, "PF", 6),
            f"10.{net}.20.{100 + n}",
            "8C:8C:AA",
            "Windows 11 Pro 23H2",
            warranty=(-200, 1000),
        )
