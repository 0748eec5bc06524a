"""The fixed inputs of the sample MSP: its twelve kinds of client, names, hardware and asset types.

Only literal tables (and the dates every generated value is an offset from): the evaluation sets
name these organizations, devices and fields, so a change here changes the expected answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from core.models import FlexibleAssetField, FlexibleAssetType

REFERENCE_DATE = date(2026, 6, 1)
"""'Today' for the pinned sample (tests, evals, benchmarks): the evaluation sets' expiry windows
and warranty answers are computed from it; `generate(as_of=...)` moves every date by as_of - it."""
UPDATED_AT = datetime(2026, 5, 30, 12, 0, tzinfo=UTC)
"""When every record of the pinned sample was last edited."""


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

FIREWALLS = [
    ("Fortinet", "FortiGate 60F", "FGT60F", "FortiOS 7.4.3", "00:09:0F"),
    ("SonicWall", "TZ370", "2CB8ED", "SonicOS 7.1.1", "2C:B8:ED"),
    ("Cisco Meraki", "MX68", "Q2KY", "MX 18.211", "E0:55:3D"),
]
SWITCHES = [
    ("Aruba", "2930F-48G", "SG", "ArubaOS-Switch 16.11", "94:40:C9"),
    ("Cisco", "Catalyst 9200L-48P", "JAE", "IOS XE 17.9.4", "70:DB:98"),
    ("Ubiquiti", "USW-Pro-48-PoE", "F4E2", "UniFi 7.0.50", "F4:E2:C6"),
]
HOSTS = [
    ("Dell", "PowerEdge R650", "", "VMware ESXi 8.0 U2", "B0:7B:25"),
    ("HPE", "ProLiant DL380 Gen10", "CZJ", "Microsoft Hyper-V Server 2022", "94:57:A5"),
]
DESKTOPS = [
    ("Dell", "OptiPlex 7010", "", "B0:7B:25"),
    ("Lenovo", "ThinkCentre M70q", "MJ", "6C:4B:90"),
    ("HP", "EliteDesk 800 G9", "MXL", "38:CA:84"),
]
PRINTERS = [
    ("HP", "LaserJet Enterprise M611dn", "PHB", "00:68:EB"),
    ("Ricoh", "IM C3000", "3100R", "00:26:73"),
    ("Canon", "imageRUNNER ADVANCE DX C5840i", "XLB", "00:1E:8F"),
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
ASSET_TYPE_BY_NAME = {t.name: t for t in ASSET_TYPES}
