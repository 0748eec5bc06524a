"""The sample MSP: a seeded, deterministic generator of IT Glue-shaped records.

Twelve client organizations of different kinds (law firm, dental clinic, manufacturer, school
district, ...), each with sites, contacts, a network (firewall, switches, access points),
hypervisors and their VMs, line-of-business servers, NAS, printers and workstations; typed
relationships between them; flexible assets (SSL certificates, licenses, warranties, backups,
Wi-Fi, applications); encrypted passwords; and runbooks that name the organization's own
devices. Every date is an offset from REFERENCE_DATE so answers never drift. `scale` repeats the
twelve kinds as more organizations (regional branches) for benchmarks.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from core.crypto import Cipher
from core.models import (
    Configuration,
    ConfigurationInterface,
    Contact,
    ContactPoint,
    Document,
    DocumentSection,
    FlexibleAsset,
    FlexibleAssetField,
    FlexibleAssetType,
    Location,
    Organization,
    Password,
    Relationship,
    RelType,
    Snapshot,
    TagTrait,
    TagValue,
    TraitValue,
)

REFERENCE_DATE = date(2026, 6, 1)
"""'Today' for the sample: expiry windows and warranty answers are computed from it."""
UPDATED_AT = datetime(2026, 5, 30, 12, 0, tzinfo=UTC)
DEFAULT_SEED = 7


@dataclass(frozen=True)
class Kind:
    """An organization archetype: its name, short name, domain and special systems."""

    name: str
    short: str
    kind: str
    domain: str
    city: str
    region: str
    lob_app: str
    lob_vendor: str
    lob_server: str
    extra_docs: tuple[str, ...] = ()


KINDS = [
    Kind(
        "Harbor & Lane LLP",
        "HLL",
        "Law Firm",
        "harborlane.example",
        "Boston",
        "Massachusetts",
        "NetDocuments",
        "NetDocuments",
        "DMS01",
        ("Document management outage",),
    ),
    Kind(
        "Bright Smile Dental",
        "BSD",
        "Dental Clinic",
        "brightsmile.example",
        "Austin",
        "Texas",
        "Dentrix G7",
        "Henry Schein",
        "XRAY01",
        ("Imaging server restart",),
    ),
    Kind(
        "Northwind Precision Manufacturing",
        "NPM",
        "Manufacturer",
        "northwindprecision.example",
        "Dayton",
        "Ohio",
        "Epicor Kinetic",
        "Epicor",
        "MES01",
        ("Shop floor PLC gateway reset",),
    ),
    Kind(
        "Cedar Valley School District",
        "CVSD",
        "School District",
        "cedarvalley.example",
        "Boise",
        "Idaho",
        "PowerSchool SIS",
        "PowerSchool",
        "SIS01",
        ("Chromebook enrollment",),
    ),
    Kind(
        "Keystone Accounting Group",
        "KAG",
        "Accounting Firm",
        "keystonecpa.example",
        "Harrisburg",
        "Pennsylvania",
        "CCH Axcess",
        "Wolters Kluwer",
        "TAX01",
        ("Tax season readiness",),
    ),
    Kind(
        "Faucets Inc",
        "FAU",
        "Plumbing Distributor",
        "faucetsinc.example",
        "Phoenix",
        "Arizona",
        "Prophet 21",
        "Epicor",
        "ERP01",
        (),
    ),
    Kind(
        "Acme Logistics",
        "ACME",
        "Logistics",
        "acmelogistics.example",
        "Memphis",
        "Tennessee",
        "Descartes WMS",
        "Descartes",
        "WMS01",
        ("Warehouse scanner troubleshooting",),
    ),
    Kind(
        "Riverside Medical Associates",
        "RMA",
        "Medical Practice",
        "riversidemed.example",
        "Sacramento",
        "California",
        "athenaOne Connector",
        "athenahealth",
        "EHR01",
        (),
    ),
    Kind(
        "Summit Architecture Studio",
        "SAS",
        "Architecture Firm",
        "summitarch.example",
        "Denver",
        "Colorado",
        "Autodesk Vault",
        "Autodesk",
        "VAULT01",
        ("Revit license server",),
    ),
    Kind(
        "Pinecrest Senior Living",
        "PSL",
        "Senior Living",
        "pinecrestliving.example",
        "Tampa",
        "Florida",
        "PointClickCare Bridge",
        "PointClickCare",
        "CARE01",
        (),
    ),
    Kind(
        "Bluewater Marine Supply",
        "BMS",
        "Retail",
        "bluewatermarine.example",
        "Charleston",
        "South Carolina",
        "Lightspeed Retail Sync",
        "Lightspeed",
        "POS01",
        (),
    ),
    Kind(
        "Oakridge Credit Union",
        "OCU",
        "Credit Union",
        "oakridgecu.example",
        "Knoxville",
        "Tennessee",
        "Symitar Episys Gateway",
        "Jack Henry",
        "CORE01",
        ("Teller workstation lockdown",),
    ),
]
BRANCHES = ["North", "South", "East", "West", "Central", "Coastal", "Valley", "Metro", "Lakeside"]
FIRST = [
    "Maria",
    "James",
    "Priya",
    "Daniel",
    "Aisha",
    "Tom",
    "Elena",
    "Marcus",
    "Grace",
    "Kenji",
    "Sofia",
    "Liam",
    "Nora",
    "Omar",
    "Hannah",
    "Victor",
    "Chloe",
    "Andre",
    "Ruth",
    "Felix",
]
LAST = [
    "Alvarez",
    "Chen",
    "Okafor",
    "Novak",
    "Patel",
    "Brennan",
    "Kowalski",
    "Haddad",
    "Larsen",
    "Moreau",
    "Tanaka",
    "Reyes",
    "Fischer",
    "Osei",
    "Lindqvist",
    "Duarte",
    "Walsh",
    "Ibrahim",
]
STREETS = [
    "Commerce St",
    "Main St",
    "Industrial Pkwy",
    "Harbor Blvd",
    "Oak Ave",
    "Market St",
    "Ridge Rd",
    "Lakeview Dr",
    "Congress Ave",
    "Elm St",
]

ASSET_TYPES = [
    FlexibleAssetType(
        id=101,
        organization_id=0,
        name="SSL Certificate",
        description="TLS certificates and where they are installed",
        fields=(
            FlexibleAssetField(name="Common name", name_key="common-name"),
            FlexibleAssetField(name="Issuer", name_key="issuer"),
            FlexibleAssetField(
                name="Expires on", name_key="expires-on", kind="Date", expiration=True
            ),
            FlexibleAssetField(
                name="Installed on", name_key="installed-on", kind="Tag", tag_type="Configurations"
            ),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=102,
        organization_id=0,
        name="Software License",
        description="Subscriptions and licenses with seats and renewal dates",
        fields=(
            FlexibleAssetField(name="Product", name_key="product"),
            FlexibleAssetField(name="Vendor", name_key="vendor"),
            FlexibleAssetField(name="Seats", name_key="seats", kind="Number"),
            FlexibleAssetField(name="Seats used", name_key="seats-used", kind="Number"),
            FlexibleAssetField(
                name="Renewal date", name_key="renewal-date", kind="Date", expiration=True
            ),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=103,
        organization_id=0,
        name="Warranty",
        description="Hardware support contracts",
        fields=(
            FlexibleAssetField(
                name="Device", name_key="device", kind="Tag", tag_type="Configurations"
            ),
            FlexibleAssetField(name="Provider", name_key="provider"),
            FlexibleAssetField(name="Coverage", name_key="coverage"),
            FlexibleAssetField(
                name="Expires on", name_key="expires-on", kind="Date", expiration=True
            ),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=104,
        organization_id=0,
        name="Backup",
        description="Backup jobs, targets and retention",
        fields=(
            FlexibleAssetField(name="Product", name_key="product"),
            FlexibleAssetField(
                name="Protected servers",
                name_key="protected-servers",
                kind="Tag",
                tag_type="Configurations",
            ),
            FlexibleAssetField(
                name="Target", name_key="target", kind="Tag", tag_type="Configurations"
            ),
            FlexibleAssetField(name="Schedule", name_key="schedule"),
            FlexibleAssetField(name="Retention", name_key="retention"),
            FlexibleAssetField(
                name="Last successful run", name_key="last-successful-run", kind="Date"
            ),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=105,
        organization_id=0,
        name="Wi-Fi Network",
        description="Wireless networks",
        fields=(
            FlexibleAssetField(name="SSID", name_key="ssid"),
            FlexibleAssetField(name="Security", name_key="security"),
            FlexibleAssetField(name="VLAN", name_key="vlan", kind="Number"),
            FlexibleAssetField(
                name="Access points",
                name_key="access-points",
                kind="Tag",
                tag_type="Configurations",
            ),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=106,
        organization_id=0,
        name="Application",
        description="Line-of-business applications",
        fields=(
            FlexibleAssetField(name="Vendor", name_key="vendor"),
            FlexibleAssetField(name="Version", name_key="version"),
            FlexibleAssetField(
                name="Application server",
                name_key="application-server",
                kind="Tag",
                tag_type="Configurations",
            ),
            FlexibleAssetField(
                name="Database server",
                name_key="database-server",
                kind="Tag",
                tag_type="Configurations",
            ),
            FlexibleAssetField(name="Support phone", name_key="support-phone"),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


@dataclass
class _Ids:
    """Global counters so every record type has its own, stable id range."""

    config: int = 10000
    interface: int = 20000
    asset: int = 50000
    password: int = 70000
    document: int = 30000
    section: int = 40000
    contact: int = 80000
    location: int = 90000

    def next(self, name: str) -> int:
        value = getattr(self, name) + 1
        setattr(self, name, value)
        return value


@dataclass
class _Org:
    """Everything generated for one organization, plus lookups the later steps need."""

    org: Organization
    kind: Kind
    net: int
    public: str
    domain: str
    configs: dict[str, Configuration] = field(default_factory=dict)
    snapshot: Snapshot = field(default_factory=Snapshot)


def _serial(rng: random.Random, prefix: str, length: int) -> str:
    alphabet = string.ascii_uppercase + string.digits
    return prefix + "".join(rng.choice(alphabet) for _ in range(length))


def _mac(rng: random.Random, oui: str) -> str:
    return oui + ":" + ":".join(f"{rng.randrange(256):02X}" for _ in range(3))


def _secret(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "!#%+=?"
    return "".join(rng.choice(alphabet) for _ in range(20))


def _days(rng: random.Random, low: int, high: int) -> date:
    return REFERENCE_DATE + timedelta(days=rng.randint(low, high))


def generate(scale: int = 1, *, seed: int = DEFAULT_SEED, cipher: Cipher | None = None) -> Snapshot:
    """The sample MSP: 12 × scale organizations, identical for the same scale and seed."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    ids = _Ids()
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for index in range(12 * scale):
        kind = KINDS[index % 12]
        branch = index // 12
        rng = random.Random(f"{seed}:{index}")
        org = _organization(index, kind, branch)
        state = _Org(
            org=org,
            kind=kind,
            net=index % 250 + 1,
            public=f"203.0.{113 + index // 250}.{index % 250 + 1}",
            domain=kind.domain
            if branch == 0
            else f"{BRANCHES[(branch - 1) % 9].lower()}{branch}.{kind.domain}",
        )
        state.snapshot.organizations.append(org)
        _locations_and_contacts(state, rng, ids)
        _configurations(state, rng, ids)
        _assets(state, rng, ids)
        _passwords(state, rng, ids, cipher)
        _documents(state, rng, ids)
        for name in (
            "organizations",
            "locations",
            "contacts",
            "configurations",
            "flexible_assets",
            "passwords",
            "documents",
            "relationships",
        ):
            getattr(out, name).extend(getattr(state.snapshot, name))
    return out


def _organization(index: int, kind: Kind, branch: int) -> Organization:
    suffix = "" if branch == 0 else f" {BRANCHES[(branch - 1) % 9]} {branch}"
    short = kind.short if branch == 0 else f"{kind.short}{branch}"
    return Organization(
        id=index + 1,
        organization_id=index + 1,
        name=kind.name + suffix,
        short_name=short,
        organization_type=kind.kind,
        status="Active",
        description=f"{kind.kind} client in {kind.city}, {kind.region}.",
        quick_notes=(
            f"Primary line-of-business system: {kind.lob_app} on {short}-{kind.lob_server}."
        ),
        updated_at=UPDATED_AT,
    )


def _locations_and_contacts(state: _Org, rng: random.Random, ids: _Ids) -> None:
    org, kind, snap = state.org, state.kind, state.snapshot
    sites = ["HQ"] + (["Branch Office"] if rng.random() < 0.6 else [])
    for n, site in enumerate(sites):
        snap.locations.append(
            Location(
                id=ids.next("location"),
                organization_id=org.id,
                name=f"{kind.city} - {site}",
                primary=n == 0,
                address_1=f"{rng.randint(10, 9800)} {rng.choice(STREETS)}",
                city=kind.city,
                region=kind.region,
                postal_code=f"{rng.randint(10000, 99999)}",
                country="United States",
                phone=f"555{rng.randint(1000000, 9999999)}",
                updated_at=UPDATED_AT,
            )
        )
    roles = [
        ("IT Manager", "Approver"),
        ("Office Manager", "Primary"),
        ("Owner", "Approver"),
        ("Operations Lead", "Technical"),
        ("Front Desk", "User"),
        ("Finance Director", "Billing"),
    ]
    used: set[str] = set()
    for title, ctype in roles[: rng.randint(4, 6)]:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        while f"{first} {last}" in used:
            first, last = rng.choice(FIRST), rng.choice(LAST)
        used.add(f"{first} {last}")
        email = f"{first[0].lower()}{last.lower()}@{state.domain}"
        snap.contacts.append(
            Contact(
                id=ids.next("contact"),
                organization_id=org.id,
                name=f"{first} {last}",
                first_name=first,
                last_name=last,
                title=title,
                contact_type=ctype,
                location_id=snap.locations[0].id,
                important=title == "IT Manager",
                emails=(ContactPoint(value=email, primary=True),),
                phones=(ContactPoint(value=f"555{rng.randint(1000000, 9999999)}", primary=True),),
                updated_at=UPDATED_AT,
            )
        )


_FIREWALLS = [
    ("Fortinet", "FortiGate 60F", "FGT60F", "FortiOS 7.4.3", "00:09:0F"),
    ("SonicWall", "TZ370", "2CB8ED", "SonicOS 7.1.1", "2C:B8:ED"),
    ("Cisco Meraki", "MX68", "Q2KY", "MX 18.211", "E0:55:3D"),
]
_SWITCHES = [
    ("Aruba", "2930F-48G", "SG", "ArubaOS-Switch 16.11", "94:40:C9"),
    ("Cisco", "Catalyst 9200L-48P", "JAE", "IOS XE 17.9.4", "70:DB:98"),
    ("Ubiquiti", "USW-Pro-48-PoE", "F4E2", "UniFi 7.0.50", "F4:E2:C6"),
]
_HOSTS = [
    ("Dell", "PowerEdge R650", "", "VMware ESXi 8.0 U2", "B0:7B:25"),
    ("HPE", "ProLiant DL380 Gen10", "CZJ", "Microsoft Hyper-V Server 2022", "94:57:A5"),
]
_DESKTOPS = [
    ("Dell", "OptiPlex 7010", "", "B0:7B:25"),
    ("Lenovo", "ThinkCentre M70q", "MJ", "6C:4B:90"),
    ("HP", "EliteDesk 800 G9", "MXL", "38:CA:84"),
]
_PRINTERS = [
    ("HP", "LaserJet Enterprise M611dn", "PHB", "00:68:EB"),
    ("Ricoh", "IM C3000", "3100R", "00:26:73"),
    ("Canon", "imageRUNNER ADVANCE DX C5840i", "XLB", "00:1E:8F"),
]


def _configurations(state: _Org, rng: random.Random, ids: _Ids) -> None:
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
        mac = _mac(rng, mac_oui)
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
                        mac_address=_mac(rng, mac_oui),
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
            warranty_expires_at=_days(rng, *warranty),
            installed_at=_days(rng, -1500, -200),
            location_id=location or site,
            contact_id=it_contact,
            notes=notes,
            interfaces=interfaces,
            updated_at=UPDATED_AT,
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

    fw = rng.choice(_FIREWALLS)
    add(
        "FW01",
        "Firewall",
        fw[0],
        fw[1],
        _serial(rng, fw[2], 8),
        f"10.{net}.0.1",
        fw[4],
        fw[3],
        public_ip=state.public,
        notes=f"Edge firewall; site-to-site VPN to the MSP. WAN {state.public}.",
    )
    sw = rng.choice(_SWITCHES)
    add(
        "SW01",
        "Switch",
        sw[0],
        sw[1],
        _serial(rng, sw[2], 8),
        f"10.{net}.0.2",
        sw[4],
        sw[3],
        notes="Core switch, VLAN 10 servers, VLAN 20 users, VLAN 30 guest.",
    )
    rel("SW01", RelType.CONNECTED_TO, "FW01", "uplink port 48")
    host_model = rng.choice(_HOSTS)
    hosts = ["HV01", "HV02"] if rng.random() < 0.5 else ["HV01"]
    for n, key in enumerate(hosts):
        add(
            key,
            "Hypervisor",
            host_model[0],
            host_model[1],
            _serial(rng, host_model[2], 7),
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
        _serial(rng, "2150PDN", 6),
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
            _serial(rng, "VM-", 10),
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
            _serial(rng, "F4E2", 8),
            f"10.{net}.0.{20 + n}",
            "F4:E2:C6",
            "UniFi 6.6.65",
        )
        rel(key, RelType.CONNECTED_TO, "SW01")
    printer = rng.choice(_PRINTERS)
    for n in range(rng.randint(1, 3)):
        key = f"PRN{n + 1:02d}"
        add(
            key,
            "Printer",
            printer[0],
            printer[1],
            _serial(rng, printer[2], 7),
            f"10.{net}.20.{200 + n}",
            printer[3],
            None,
        )
        rel(key, RelType.CONNECTED_TO, "SW01")
        rel(key, RelType.DEPENDS_ON, "PRINT01", "print queue")
    desktop = rng.choice(_DESKTOPS)
    for n in range(rng.randint(6, 14)):
        key = f"WS{n + 1:03d}"
        add(
            key,
            "Workstation",
            desktop[0],
            desktop[1],
            _serial(rng, desktop[2], 7),
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
            _serial(rng, "PF", 6),
            f"10.{net}.20.{100 + n}",
            "8C:8C:AA",
            "Windows 11 Pro 23H2",
            warranty=(-200, 1000),
        )


def _assets(state: _Org, rng: random.Random, ids: _Ids) -> None:
    org, kind, snap, cfg = state.org, state.kind, state.snapshot, state.configs

    def tag(*keys: str) -> TagTrait:
        return TagTrait(
            type="Configurations",
            values=tuple(TagValue(id=cfg[k].id, name=cfg[k].name) for k in keys),
        )

    def add(type_name: str, name: str, traits: dict[str, TraitValue], expires: date | None) -> None:
        t = _TYPE[type_name]
        snap.flexible_assets.append(
            FlexibleAsset(
                id=ids.next("asset"),
                organization_id=org.id,
                name=name,
                flexible_asset_type_id=t.id,
                flexible_asset_type_name=t.name,
                traits=traits,
                expires_on=expires,
                updated_at=UPDATED_AT,
            )
        )

    for host, on in [("www", "FW01"), ("vpn", "FW01"), ("mail", kind.lob_server)][
        : rng.randint(2, 3)
    ]:
        expires = _days(rng, -20, 400)
        add(
            "SSL Certificate",
            f"{host}.{state.domain}",
            {
                "common-name": f"{host}.{state.domain}",
                "issuer": rng.choice(["Sectigo RSA DV", "DigiCert Global G2", "Let's Encrypt R11"]),
                "expires-on": expires,
                "installed-on": tag(on),
            },
            expires,
        )
    seats = rng.randint(12, 80)
    renew = _days(rng, 5, 330)
    add(
        "Software License",
        "Microsoft 365 Business Premium",
        {
            "product": "Microsoft 365 Business Premium",
            "vendor": "Microsoft",
            "seats": seats,
            "seats-used": seats - rng.randint(0, 6),
            "renewal-date": renew,
        },
        renew,
    )
    av = rng.choice(
        [
            "SentinelOne Singularity Complete",
            "Bitdefender GravityZone Business Security",
            "Sophos Intercept X Advanced",
        ]
    )
    renew = _days(rng, 10, 360)
    add(
        "Software License",
        av,
        {
            "product": av,
            "vendor": av.split()[0],
            "seats": seats + 5,
            "seats-used": seats,
            "renewal-date": renew,
        },
        renew,
    )
    renew = _days(rng, 20, 365)
    add(
        "Software License",
        f"{kind.lob_app} subscription",
        {
            "product": kind.lob_app,
            "vendor": kind.lob_vendor,
            "seats": rng.randint(5, 40),
            "renewal-date": renew,
        },
        renew,
    )
    for key in [k for k in ("HV01", "HV02", "FW01", "NAS01") if k in cfg]:
        device = cfg[key]
        add(
            "Warranty",
            f"{device.name} support",
            {
                "device": tag(key),
                "provider": device.manufacturer,
                "coverage": rng.choice(
                    ["ProSupport 4-hour", "Next business day", "8x5 advance replacement"]
                ),
                "expires-on": device.warranty_expires_at,
            },
            device.warranty_expires_at,
        )
    servers = [k for k in ("DC01", "FS01", "SQL01", kind.lob_server) if k in cfg]
    add(
        "Backup",
        "Nightly server backup",
        {
            "product": rng.choice(["Veeam Backup & Replication 12", "Datto SIRIS"]),
            "protected-servers": tag(*servers),
            "target": tag("NAS01"),
            "schedule": f"Daily at {rng.choice(['22:00', '23:30', '01:00', '02:00'])}",
            "retention": f"{rng.choice([14, 30, 60])} daily restore points",
            "last-successful-run": REFERENCE_DATE - timedelta(days=rng.randint(1, 3)),
        },
        None,
    )
    aps = [k for k in cfg if k.startswith("AP")]
    for ssid, security, vlan in [
        (f"{org.short_name}-Corp", "WPA3-Enterprise", 20),
        (f"{org.short_name}-Guest", "WPA2-Personal", 30),
    ]:
        add(
            "Wi-Fi Network",
            ssid,
            {"ssid": ssid, "security": security, "vlan": vlan, "access-points": tag(*aps)},
            None,
        )
    add(
        "Application",
        kind.lob_app,
        {
            "vendor": kind.lob_vendor,
            "version": f"{rng.randint(10, 24)}.{rng.randint(0, 4)}",
            "application-server": tag(kind.lob_server),
            "database-server": tag("SQL01"),
            "support-phone": f"800{rng.randint(1000000, 9999999)}",
        },
        None,
    )
    app = snap.flexible_assets[-1]
    for tier in (kind.lob_server, "SQL01"):
        snap.relationships.append(
            Relationship(
                source=app.source_id,
                target=cfg[tier].source_id,
                kind=RelType.DEPENDS_ON,
                organization_id=org.id,
                notes="application tier",
            )
        )


def _passwords(state: _Org, rng: random.Random, ids: _Ids, cipher: Cipher | None) -> None:
    org, snap, cfg, short = state.org, state.snapshot, state.configs, state.org.short_name
    entries = [
        (
            "Domain Administrator",
            f"{short}\\administrator",
            f"https://{cfg['DC01'].primary_ip}",
            "Active Directory",
            "DC01",
        ),
        ("Firewall admin", "admin", f"https://{cfg['FW01'].primary_ip}:8443", "Network", "FW01"),
        ("Core switch admin", "manager", f"ssh://{cfg['SW01'].primary_ip}", "Network", "SW01"),
        ("Hypervisor root", "root", f"https://{cfg['HV01'].primary_ip}", "Servers", "HV01"),
        ("NAS admin", "msp-admin", f"https://{cfg['NAS01'].primary_ip}:5001", "Backups", "NAS01"),
        ("SQL sa account", "sa", None, "Databases", "SQL01"),
        (
            "Microsoft 365 global admin",
            f"msp.admin@{state.domain}",
            "https://admin.microsoft.com",
            "Cloud",
            None,
        ),
        (f"{org.short_name}-Guest Wi-Fi key", None, None, "Wi-Fi", None),
    ]
    for name, user, url, category, key in entries:
        secret = _secret(rng)
        snap.passwords.append(
            Password(
                id=ids.next("password"),
                organization_id=org.id,
                name=name,
                username=user,
                url=url,
                category=category,
                resource_type="Configuration" if key else None,
                resource_id=cfg[key].id if key else None,
                value_encrypted=cipher.encrypt(secret) if cipher else None,
                value_fingerprint=cipher.fingerprint(secret) if cipher else None,
                notes="Rotated quarterly by the MSP.",
                updated_at=UPDATED_AT,
            )
        )


def _documents(state: _Org, rng: random.Random, ids: _Ids) -> None:
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
                updated_at=UPDATED_AT,
            )
        )
    _ = rng
