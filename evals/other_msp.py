"""A second, hand-written MSP that looks nothing like the sample MSP (sync/demo/).

Five clients with their own naming conventions, none of them the sample's `<SHORT>-<ROLE>NN`:

- Fabrikam Pharmaceuticals Ltd (FAB, London and Cambridge): `FAB-LON-SRV-01`-style names
  with a site code and a role code (`FAB-LON-FW-01`, `FAB-CAM-WS-002`).
- Contoso Dental Group (CDG, Melbourne): short lowercase hostnames (`cdg-dc1`, `cdg-nas`,
  `cdg-recep1`).
- Tailspin Toys (no short name, Portland): free-text names (`Main Firewall`, `Reception PC`,
  `TT-BACKUP`, `Zebra label printer`) and Windows default hostnames.
- Woodgrove Bank & Trust (WBT, Des Moines): names with no separator (`WBTSRV01`, `WBTTLR03`).
- Litware, Inc. (LIT, Seattle): fully qualified names (`gitlab.sea.litware.example`) and
  laptops named after their users (`mbp-dvolkov`).

Configuration types the sample lacks (Managed Network Switch, Backup Appliance, UPS, Wireless
Controller), flexible asset types of its own (Domains, Licensing, LOB Application,
Internet / WAN, Email) with their own trait keys, contacts with other titles, password metadata
(no values: `value_encrypted` stays None), runbooks that name the client's devices, and
CONNECTED_TO / RUNS_ON / DEPENDS_ON edges. Everything is written out by hand; nothing is random.
Every date is an offset from OTHER_TODAY so expiry questions in evals/natural/other.jsonl have
fixed answers.

Id ranges (all above 500000 except the organizations, 501..505): configurations 510000+,
interfaces 5100000+, flexible assets 530000+, flexible asset types 540001+, passwords 550000+,
documents 560000+, document sections 56000000+, contacts 580000+, locations 590000+.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

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

OTHER_TODAY = date(2026, 6, 1)
TODAY = OTHER_TODAY
"""'Today' for this account: expiry windows and warranty answers are computed from it."""
UPDATED_AT = datetime(2026, 5, 28, 9, 0, tzinfo=UTC)

FABRIKAM, CONTOSO, TAILSPIN, WOODGROVE, LITWARE = 501, 502, 503, 504, 505


def _in(days: int) -> date:
    """OTHER_TODAY shifted by `days` (negative: in the past)."""
    return OTHER_TODAY + timedelta(days=days)


def _mac(oui: str, record_id: int, port: int = 0) -> str:
    """A fixed MAC address: the vendor prefix, then bytes of the record id (not random)."""
    n = record_id * 4 + port
    return f"{oui}:{(n >> 16) & 0xFF:02X}:{(n >> 8) & 0xFF:02X}:{n & 0xFF:02X}"


ASSET_TYPES = [
    FlexibleAssetType(
        id=540001,
        organization_id=0,
        name="Domains",
        description="Registered domain names, their registrar and DNS hosting",
        fields=(
            FlexibleAssetField(name="Domain name", name_key="domain-name"),
            FlexibleAssetField(name="Registrar", name_key="registrar"),
            FlexibleAssetField(
                name="Expiry date", name_key="expiry-date", kind="Date", expiration=True
            ),
            FlexibleAssetField(name="Name servers", name_key="name-servers", kind="Textbox"),
            FlexibleAssetField(name="Auto-renew", name_key="auto-renew", kind="Checkbox"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=540002,
        organization_id=0,
        name="Licensing",
        description="Software licensing: what was bought, how many, when it renews",
        fields=(
            FlexibleAssetField(name="Product", name_key="product"),
            FlexibleAssetField(name="License count", name_key="license-count", kind="Number"),
            FlexibleAssetField(name="Renewal", name_key="renewal", kind="Date", expiration=True),
            FlexibleAssetField(name="Purchased from", name_key="purchased-from"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=540003,
        organization_id=0,
        name="LOB Application",
        description="Line-of-business applications, where they run and who supports them",
        fields=(
            FlexibleAssetField(name="Application name", name_key="application-name"),
            FlexibleAssetField(name="Vendor", name_key="vendor"),
            FlexibleAssetField(name="Version", name_key="version"),
            FlexibleAssetField(
                name="Hosted on", name_key="hosted-on", kind="Tag", tag_type="Configurations"
            ),
            FlexibleAssetField(name="Support contact", name_key="support-contact"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=540004,
        organization_id=0,
        name="Internet / WAN",
        description="Internet circuits: provider, circuit id, addressing and speed",
        fields=(
            FlexibleAssetField(name="ISP", name_key="isp"),
            FlexibleAssetField(name="Circuit ID", name_key="circuit-id"),
            FlexibleAssetField(name="Static IP", name_key="static-ip"),
            FlexibleAssetField(name="Bandwidth", name_key="bandwidth"),
            FlexibleAssetField(name="ISP support", name_key="isp-support"),
            FlexibleAssetField(
                name="Terminates on",
                name_key="terminates-on",
                kind="Tag",
                tag_type="Configurations",
            ),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=540005,
        organization_id=0,
        name="Email",
        description="Mail hosting: provider, MX and tenant",
        fields=(
            FlexibleAssetField(name="Provider", name_key="provider"),
            FlexibleAssetField(name="MX record", name_key="mx-record"),
            FlexibleAssetField(name="Tenant name", name_key="tenant-name"),
            FlexibleAssetField(name="Spam filtering", name_key="spam-filtering"),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _Client:
    """Builds one organization's records; devices are referred to by their names."""

    def __init__(self, org: Organization) -> None:
        self.org = org
        self.snap = Snapshot(organizations=[org])
        self.configs: dict[str, Configuration] = {}
        self.assets: dict[str, FlexibleAsset] = {}

    def location(self, id: int, name: str, **fields: Any) -> None:
        self.snap.locations.append(
            Location(id=id, organization_id=self.org.id, name=name, updated_at=UPDATED_AT, **fields)
        )

    def contact(
        self,
        id: int,
        first: str,
        last: str,
        title: str,
        contact_type: str,
        email: str,
        phone: str,
        **fields: Any,
    ) -> None:
        self.snap.contacts.append(
            Contact(
                id=id,
                organization_id=self.org.id,
                name=f"{first} {last}",
                first_name=first,
                last_name=last,
                title=title,
                contact_type=contact_type,
                emails=(ContactPoint(value=email, primary=True),),
                phones=(ContactPoint(value=phone, primary=True),),
                updated_at=UPDATED_AT,
                **fields,
            )
        )

    def config(
        self,
        id: int,
        name: str,
        configuration_type: str,
        *,
        oui: str | None = None,
        interfaces: Sequence[tuple[str, str | None, bool]] = (),
        **fields: Any,
    ) -> Configuration:
        """`interfaces`: (name, ip, primary); their MACs follow the device's vendor prefix."""
        fields.setdefault("hostname", name)
        if oui:
            fields.setdefault("mac_address", _mac(oui, id))
        ifaces = tuple(
            ConfigurationInterface(
                id=id * 10 + n,
                name=iface,
                ip_address=ip,
                mac_address=_mac(oui, id, n) if oui else None,
                primary=primary,
            )
            for n, (iface, ip, primary) in enumerate(interfaces)
        )
        record = Configuration(
            id=id,
            organization_id=self.org.id,
            name=name,
            configuration_type=configuration_type,
            interfaces=ifaces,
            updated_at=UPDATED_AT,
            **fields,
        )
        self.configs[name] = record
        self.snap.configurations.append(record)
        return record

    def _sid(self, ref: str) -> str:
        if ref in self.configs:
            return self.configs[ref].source_id
        return self.assets[ref].source_id

    def rel(self, source: str, kind: RelType, target: str, notes: str | None = None) -> None:
        self.snap.relationships.append(
            Relationship(
                source=self._sid(source),
                target=self._sid(target),
                kind=kind,
                organization_id=self.org.id,
                notes=notes,
            )
        )

    def rels(
        self, sources: Sequence[str], kind: RelType, target: str, notes: str | None = None
    ) -> None:
        for source in sources:
            self.rel(source, kind, target, notes)

    def tag(self, *names: str) -> TagTrait:
        return TagTrait(
            type="Configurations",
            values=tuple(TagValue(id=self.configs[n].id, name=n) for n in names),
        )

    def asset(self, id: int, type_name: str, name: str, traits: dict[str, TraitValue]) -> None:
        kind = _TYPE[type_name]
        expiry = next((f.name_key for f in kind.fields if f.expiration), None)
        expires = traits.get(expiry) if expiry else None
        record = FlexibleAsset(
            id=id,
            organization_id=self.org.id,
            name=name,
            flexible_asset_type_id=kind.id,
            flexible_asset_type_name=kind.name,
            traits=traits,
            expires_on=expires if isinstance(expires, date) else None,
            updated_at=UPDATED_AT,
        )
        self.assets[name] = record
        self.snap.flexible_assets.append(record)

    def password(
        self,
        id: int,
        name: str,
        username: str | None,
        category: str,
        resource: str | None = None,
        url: str | None = None,
        notes: str | None = None,
    ) -> None:
        self.snap.passwords.append(
            Password(
                id=id,
                organization_id=self.org.id,
                name=name,
                username=username,
                url=url,
                category=category,
                notes=notes,
                resource_type="Configuration" if resource else None,
                resource_id=self.configs[resource].id if resource else None,
                updated_at=UPDATED_AT,
            )
        )

    def document(self, id: int, name: str, folder: str, parts: list[tuple[str, str]]) -> None:
        """`parts`: (kind, text) in order; kind is heading, text or step."""
        sections = []
        for sort, (kind, text) in enumerate(parts):
            if kind == "heading":
                content, level = f"<h2>{text}</h2>", 2
            elif kind == "step":
                content, level = f"<ol><li>{text}</li></ol>", None
            else:
                content, level = f"<p>{text}</p>", None
            sections.append(
                DocumentSection(
                    id=id * 100 + sort,
                    kind=kind,  # type: ignore[arg-type]
                    level=level,
                    content=content,
                    sort=sort,
                )
            )
        self.snap.documents.append(
            Document(
                id=id,
                organization_id=self.org.id,
                name=name,
                folder=folder,
                sections=tuple(sections),
                updated_at=UPDATED_AT,
            )
        )


# --------------------------------------------------------------------------------------------
# Fabrikam Pharmaceuticals Ltd: London head office and a Cambridge lab, site-coded names.
# --------------------------------------------------------------------------------------------


def _fabrikam() -> Snapshot:
    c = _Client(
        Organization(
            id=FABRIKAM,
            organization_id=FABRIKAM,
            name="Fabrikam Pharmaceuticals Ltd",
            short_name="FAB",
            organization_type="Pharmaceutical Manufacturer",
            description="Generic-drug developer with a London head office and a Cambridge QC lab.",
            quick_notes=(
                "GxP-validated systems (LabWare LIMS, lab instrument PCs): no change without "
                "QA sign-off from the QA Validation Lead."
            ),
            updated_at=UPDATED_AT,
        )
    )
    lon, cam = 590011, 590012
    c.location(
        lon,
        "London Head Office",
        primary=True,
        address_1="Level 6, 30 Harbour Exchange Square",
        city="London",
        region="Greater London",
        postal_code="E14 9GE",
        country="United Kingdom",
        phone="+44 20 7946 0810",
        notes="Comms room is on level 6 behind the post room; badge access via reception.",
    )
    c.location(
        cam,
        "Cambridge Lab",
        address_1="Unit 4, Science Park Road",
        city="Cambridge",
        region="Cambridgeshire",
        postal_code="CB4 0FZ",
        country="United Kingdom",
        phone="+44 1632 960 410",
        notes="QC laboratory; comms cupboard next to Lab 2.",
    )
    head_it = 580011
    c.contact(
        head_it,
        "Harriet",
        "Pemberton",
        "Head of IT",
        "Approver",
        "h.pemberton@fabrikam-pharma.example",
        "+44 20 7946 0811",
        location_id=lon,
        important=True,
        notes="Approves all changes and spend; prefers Teams over email.",
    )
    c.contact(
        580012,
        "Rajesh",
        "Banerjee",
        "Lab Systems Manager",
        "Technical",
        "r.banerjee@fabrikam-pharma.example",
        "+44 1632 960 411",
        location_id=cam,
        notes="Owns the instrument PCs in the Cambridge lab.",
    )
    c.contact(
        580013,
        "Olivia",
        "Thornbury",
        "CFO",
        "Billing",
        "o.thornbury@fabrikam-pharma.example",
        "+44 20 7946 0812",
        location_id=lon,
    )
    c.contact(
        580014,
        "Callum",
        "Fraser",
        "Facilities Manager",
        "Primary",
        "c.fraser@fabrikam-pharma.example",
        "+44 20 7946 0813",
        location_id=lon,
        notes="Has the comms room key; arranges building power shutdowns.",
    )
    c.contact(
        580015,
        "Ngozi",
        "Adeyemi",
        "QA Validation Lead",
        "Approver",
        "n.adeyemi@fabrikam-pharma.example",
        "+44 1632 960 412",
        location_id=cam,
        notes="Must sign off any change to GxP systems (LIMS, instrument PCs).",
    )

    common: dict[str, Any] = {"contact_id": head_it}
    c.config(
        510101,
        "FAB-LON-FW-01",
        "Firewall",
        oui="D4:F4:BE",
        manufacturer="Palo Alto Networks",
        model="PA-440",
        serial_number="024101007788",
        asset_tag="FAB-AT-00101",
        operating_system="PAN-OS 11.1.2",
        primary_ip="172.20.0.1",
        public_ip="198.51.100.20",
        interfaces=[
            ("ethernet1/1 (WAN)", "198.51.100.20", False),
            ("ethernet1/2 (LAN)", "172.20.0.1", True),
        ],
        warranty_expires_at=_in(410),
        installed_at=_in(-610),
        location_id=lon,
        notes=(
            "Perimeter firewall for the London office; GlobalProtect VPN for remote staff. "
            "WAN on ethernet1/1 (BT leased line)."
        ),
        **common,
    )
    c.config(
        510102,
        "FAB-CAM-FW-01",
        "Firewall",
        oui="D4:F4:BE",
        manufacturer="Palo Alto Networks",
        model="PA-440",
        serial_number="024101007791",
        asset_tag="FAB-AT-00102",
        operating_system="PAN-OS 11.1.2",
        primary_ip="172.21.0.1",
        public_ip="198.51.100.36",
        interfaces=[
            ("ethernet1/1 (WAN)", "198.51.100.36", False),
            ("ethernet1/2 (LAN)", "172.21.0.1", True),
        ],
        warranty_expires_at=_in(410),
        installed_at=_in(-610),
        location_id=cam,
        notes="Cambridge lab firewall; IPsec tunnel 'to-LON' to FAB-LON-FW-01.",
        **common,
    )
    c.config(
        510103,
        "FAB-LON-SW-CORE",
        "Managed Network Switch",
        oui="88:3A:30",
        manufacturer="Aruba",
        model="CX 6300M 48G",
        serial_number="SG2AKX0147",
        asset_tag="FAB-AT-00103",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="172.20.0.2",
        interfaces=[("vlan1 (mgmt)", "172.20.0.2", True), ("1/1/48 uplink", None, False)],
        warranty_expires_at=_in(1500),
        installed_at=_in(-610),
        location_id=lon,
        notes=(
            "Main switch in the London comms room; core for VLAN 10 servers, VLAN 20 staff, "
            "VLAN 40 lab instruments."
        ),
        **common,
    )
    c.config(
        510104,
        "FAB-LON-SW-02",
        "Managed Network Switch",
        oui="88:3A:30",
        manufacturer="Aruba",
        model="CX 6100 48G",
        serial_number="SG2BKX0388",
        asset_tag="FAB-AT-00104",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="172.20.0.3",
        interfaces=[("vlan1 (mgmt)", "172.20.0.3", True)],
        warranty_expires_at=_in(1500),
        installed_at=_in(-600),
        location_id=lon,
        notes="Access switch for the 2nd floor open-plan office.",
        **common,
    )
    c.config(
        510105,
        "FAB-CAM-SW-01",
        "Managed Network Switch",
        oui="88:3A:30",
        manufacturer="Aruba",
        model="CX 6100 24G",
        serial_number="SG2CKX0512",
        asset_tag="FAB-AT-00105",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="172.21.0.2",
        interfaces=[("vlan1 (mgmt)", "172.21.0.2", True)],
        warranty_expires_at=_in(1500),
        installed_at=_in(-600),
        location_id=cam,
        notes="Lab switch in the Cambridge comms cupboard; instrument VLAN 40.",
        **common,
    )
    c.config(
        510106,
        "FAB-LON-WLC-01",
        "Wireless Controller",
        oui="20:4C:03",
        manufacturer="Aruba",
        model="7010 Mobility Controller",
        serial_number="CW0008812",
        asset_tag="FAB-AT-00106",
        operating_system="ArubaOS 8.10.0.9",
        primary_ip="172.20.0.5",
        interfaces=[("vlan1 (mgmt)", "172.20.0.5", True)],
        warranty_expires_at=_in(-45),
        installed_at=_in(-1900),
        location_id=lon,
        notes="Controls the 12 London access points; SSIDs FAB-Staff and FAB-Guest.",
        **common,
    )
    for name, ip, serial, tag, warranty, note in [
        (
            "FAB-LON-HV-01",
            "172.20.10.5",
            "7XK4P93",
            "FAB-AT-00107",
            _in(40),
            "Hyper-V host 1 in the London rack; runs the domain controller, file server and "
            "LIMS application VMs.",
        ),
        (
            "FAB-LON-HV-02",
            "172.20.10.6",
            "7XK4P94",
            "FAB-AT-00108",
            _in(40),
            "Hyper-V host 2 in the London rack; runs SQL and the second domain controller.",
        ),
    ]:
        c.config(
            510107 if name.endswith("01") else 510108,
            name,
            "Server",
            oui="B0:26:28",
            manufacturer="Dell",
            model="PowerEdge R750",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows Server 2022 Datacenter",
            primary_ip=ip,
            interfaces=[("NIC1 (LAN)", ip, True), ("iDRAC", ip.replace(".10.", ".11."), False)],
            warranty_expires_at=warranty,
            installed_at=_in(-1050),
            location_id=lon,
            notes=note,
            **common,
        )
    for id_, name, ip, note in [
        (
            510109,
            "FAB-LON-DC-01",
            "172.20.10.10",
            "Domain controller for fabrikam.local, DNS and DHCP.",
        ),
        (510110, "FAB-LON-DC-02", "172.20.10.11", "Second domain controller and DNS."),
        (
            510111,
            "FAB-LON-FS-01",
            "172.20.10.12",
            "File server: departmental shares and the QA controlled-documents share (Q:).",
        ),
        (
            510112,
            "FAB-LON-SQL-01",
            "172.20.10.13",
            "SQL Server 2022 instance LIMSDB for LabWare LIMS.",
        ),
        (510113, "FAB-LON-APP-01", "172.20.10.14", "LabWare LIMS application server."),
    ]:
        c.config(
            id_,
            name,
            "Server",
            oui="00:15:5D",
            manufacturer="Microsoft",
            model="Hyper-V Virtual Machine",
            serial_number=f"VMW-{id_ - 510000:04d}-FAB",
            operating_system="Windows Server 2022 Standard",
            primary_ip=ip,
            interfaces=[("vEthernet", ip, True)],
            installed_at=_in(-1000),
            location_id=lon,
            notes=note,
            **common,
        )
    c.config(
        510114,
        "FAB-LON-BKP-01",
        "Backup Appliance",
        oui="00:90:A9",
        manufacturer="Datto",
        model="SIRIS 5 S5-4",
        serial_number="SIRIS-5A4F19C2",
        asset_tag="FAB-AT-00114",
        operating_system="Datto SIRIS OS 5.3",
        primary_ip="172.20.10.30",
        warranty_expires_at=_in(700),
        installed_at=_in(-400),
        location_id=lon,
        notes=(
            "Datto SIRIS backup appliance; hourly image-based backups of all London servers, "
            "replicated offsite to the Datto cloud."
        ),
        **common,
    )
    c.config(
        510115,
        "FAB-LON-UPS-01",
        "UPS",
        oui="00:C0:B7",
        manufacturer="APC",
        model="Smart-UPS SRT 3000VA (SRT3000RMXLI)",
        serial_number="AS2219141077",
        asset_tag="FAB-AT-00115",
        operating_system="NMC3 firmware 2.5.0.8",
        primary_ip="172.20.0.40",
        warranty_expires_at=_in(160),
        installed_at=_in(-900),
        location_id=lon,
        notes=(
            "Rack UPS in the London comms room; network management card at 172.20.0.40; "
            "about 25 minutes of runtime."
        ),
        **common,
    )
    c.config(
        510116,
        "FAB-CAM-UPS-01",
        "UPS",
        oui="00:C0:B7",
        manufacturer="APC",
        model="Smart-UPS 1500VA (SMT1500RMI2UC)",
        serial_number="AS2301150233",
        asset_tag="FAB-AT-00116",
        operating_system="SmartConnect",
        warranty_expires_at=_in(260),
        installed_at=_in(-700),
        location_id=cam,
        notes="UPS in the Cambridge comms cupboard for FAB-CAM-FW-01 and FAB-CAM-SW-01.",
        **common,
    )
    c.config(
        510117,
        "FAB-LON-PRN-01",
        "Printer",
        oui="00:50:AA",
        manufacturer="Konica Minolta",
        model="bizhub C450i",
        serial_number="AA2K021033449",
        asset_tag="FAB-AT-00117",
        primary_ip="172.20.20.200",
        warranty_expires_at=_in(300),
        installed_at=_in(-500),
        location_id=lon,
        notes="Main office MFP on the 2nd floor by the kitchen; scan-to-email enabled.",
        **common,
    )
    c.config(
        510118,
        "FAB-CAM-PRN-01",
        "Printer",
        oui="00:80:77",
        manufacturer="Brother",
        model="HL-L6400DW",
        serial_number="E78211K9N304512",
        asset_tag="FAB-AT-00118",
        primary_ip="172.21.20.200",
        warranty_expires_at=_in(90),
        installed_at=_in(-800),
        location_id=cam,
        notes="Lab printer for sample labels and QC reports.",
        **common,
    )
    for id_, name, ip, serial, note in [
        (510119, "FAB-LON-WS-001", "172.20.20.51", "9H3KQY3", "Finance desk PC (CFO's office)."),
        (510120, "FAB-LON-WS-002", "172.20.20.52", "9H3KQY4", "Regulatory affairs desk PC."),
        (510121, "FAB-LON-WS-003", "172.20.20.53", "9H3KQY5", "Reception desk PC, London."),
        (510122, "FAB-LON-WS-004", "172.20.20.54", "9H3KQY6", "Hot desk in the meeting area."),
    ]:
        c.config(
            id_,
            name,
            "Workstation",
            oui="8C:04:BA",
            manufacturer="Dell",
            model="OptiPlex 7020 Micro",
            serial_number=serial,
            asset_tag=f"FAB-AT-{id_ - 510000:05d}",
            operating_system="Windows 11 Enterprise 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(820),
            installed_at=_in(-270),
            location_id=lon,
            notes=note,
            **common,
        )
    for id_, name, ip, serial, note in [
        (
            510123,
            "FAB-CAM-WS-001",
            "172.21.40.21",
            "CZC3318KXW",
            "Instrument PC for the Agilent 1260 HPLC in Lab 2; do not patch without QA sign-off.",
        ),
        (
            510124,
            "FAB-CAM-WS-002",
            "172.21.40.22",
            "CZC3318KXY",
            "Instrument PC for the Mettler Toledo balance and dissolution tester in Lab 1.",
        ),
    ]:
        c.config(
            id_,
            name,
            "Workstation",
            oui="30:24:A9",
            manufacturer="HP",
            model="Z2 Tower G9",
            serial_number=serial,
            asset_tag=f"FAB-AT-{id_ - 510000:05d}",
            operating_system="Windows 10 Enterprise LTSC 2021",
            operating_system_notes="Frozen build validated by QA; updates only via change control.",
            primary_ip=ip,
            warranty_expires_at=_in(25),
            installed_at=_in(-1070),
            location_id=cam,
            contact_id=580012,
            notes=note,
        )

    C, R, D = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON
    c.rel("FAB-LON-SW-CORE", C, "FAB-LON-FW-01", "uplink port 1/1/48")
    c.rels(
        ["FAB-LON-SW-02", "FAB-LON-WLC-01", "FAB-LON-HV-01", "FAB-LON-HV-02", "FAB-LON-BKP-01"],
        C,
        "FAB-LON-SW-CORE",
    )
    c.rels(
        ["FAB-LON-PRN-01", "FAB-LON-WS-001", "FAB-LON-WS-002", "FAB-LON-WS-003", "FAB-LON-WS-004"],
        C,
        "FAB-LON-SW-02",
    )
    c.rel("FAB-CAM-SW-01", C, "FAB-CAM-FW-01")
    c.rel("FAB-CAM-FW-01", C, "FAB-LON-FW-01", "IPsec site-to-site tunnel 'to-LON'")
    c.rels(["FAB-CAM-WS-001", "FAB-CAM-WS-002", "FAB-CAM-PRN-01"], C, "FAB-CAM-SW-01")
    c.rels(["FAB-LON-DC-01", "FAB-LON-FS-01", "FAB-LON-APP-01"], R, "FAB-LON-HV-01")
    c.rels(["FAB-LON-DC-02", "FAB-LON-SQL-01"], R, "FAB-LON-HV-02")
    c.rels(
        ["FAB-LON-FS-01", "FAB-LON-SQL-01", "FAB-LON-APP-01", "FAB-LON-DC-02"],
        D,
        "FAB-LON-DC-01",
        "Active Directory authentication and DNS",
    )
    c.rel("FAB-LON-APP-01", D, "FAB-LON-SQL-01", "LIMSDB database")
    c.rels(["FAB-CAM-WS-001", "FAB-CAM-WS-002"], D, "FAB-LON-APP-01", "results upload to LIMS")
    c.rels(
        ["FAB-LON-HV-01", "FAB-LON-HV-02", "FAB-LON-SW-CORE", "FAB-LON-FW-01", "FAB-LON-BKP-01"],
        D,
        "FAB-LON-UPS-01",
        "power",
    )
    c.rels(["FAB-CAM-FW-01", "FAB-CAM-SW-01"], D, "FAB-CAM-UPS-01", "power")

    c.asset(
        530101,
        "Domains",
        "fabrikam-pharma.example",
        {
            "domain-name": "fabrikam-pharma.example",
            "registrar": "Gandi SAS",
            "expiry-date": _in(45),
            "name-servers": "ns-12-a.gandi.net, ns-167-b.gandi.net, ns-208-c.gandi.net",
            "auto-renew": False,
        },
    )
    c.asset(
        530102,
        "Domains",
        "fabrikamlabs.example",
        {
            "domain-name": "fabrikamlabs.example",
            "registrar": "Namecheap",
            "expiry-date": _in(210),
            "name-servers": "dns1.registrar-servers.com, dns2.registrar-servers.com",
            "auto-renew": True,
        },
    )
    c.asset(
        530103,
        "Licensing",
        "LabWare LIMS named users",
        {
            "product": "LabWare LIMS v8",
            "license-count": 45,
            "renewal": _in(120),
            "purchased-from": "LabWare Ltd",
        },
    )
    c.asset(
        530104,
        "Licensing",
        "Microsoft 365 E3",
        {
            "product": "Microsoft 365 E3",
            "license-count": 62,
            "renewal": _in(28),
            "purchased-from": "Pax8 (CSP)",
        },
    )
    c.asset(
        530105,
        "Licensing",
        "Palo Alto Threat Prevention",
        {
            "product": "Palo Alto Networks Threat Prevention subscription",
            "license-count": 2,
            "renewal": _in(75),
            "purchased-from": "Exclusive Networks",
        },
    )
    c.asset(
        530106,
        "LOB Application",
        "LabWare LIMS",
        {
            "application-name": "LabWare LIMS",
            "vendor": "LabWare",
            "version": "8.1.3",
            "hosted-on": c.tag("FAB-LON-APP-01", "FAB-LON-SQL-01"),
            "support-contact": "LabWare UK support, +44 1632 960 555, support@labware.example",
        },
    )
    c.asset(
        530107,
        "Internet / WAN",
        "London leased line",
        {
            "isp": "BT Business",
            "circuit-id": "BTEE-LL-4471-0932",
            "static-ip": "198.51.100.20",
            "bandwidth": "500 Mbps symmetrical",
            "isp-support": "BT Business fault line 0800 800 154",
            "terminates-on": c.tag("FAB-LON-FW-01"),
        },
    )
    c.asset(
        530108,
        "Internet / WAN",
        "Cambridge FTTP",
        {
            "isp": "Zen Internet",
            "circuit-id": "ZEN-FTTP-88213",
            "static-ip": "198.51.100.36",
            "bandwidth": "900/110 Mbps",
            "isp-support": "Zen business support 01706 902 573",
            "terminates-on": c.tag("FAB-CAM-FW-01"),
        },
    )
    c.asset(
        530109,
        "Email",
        "Fabrikam mail",
        {
            "provider": "Microsoft 365 (Exchange Online)",
            "mx-record": "fabrikam-pharma-example.mail.protection.outlook.com",
            "tenant-name": "fabrikampharma.onmicrosoft.com",
            "spam-filtering": "Exchange Online Protection",
        },
    )
    c.rel("LabWare LIMS", RelType.RUNS_ON, "FAB-LON-APP-01", "application tier")
    c.rel("LabWare LIMS", RelType.DEPENDS_ON, "FAB-LON-SQL-01", "LIMSDB database")

    c.password(
        550101,
        "PAN-OS admin (London)",
        "fab-msp-admin",
        "Firewall",
        "FAB-LON-FW-01",
        url="https://172.20.0.1",
        notes="MFA via the MSP's Duo tenant.",
    )
    c.password(550102, "Aruba CX core switch", "admin", "Network", "FAB-LON-SW-CORE")
    c.password(550103, "Datto SIRIS local admin", "datto-admin", "Backup", "FAB-LON-BKP-01")
    c.password(
        550104,
        "Domain admin (break glass)",
        "FABRIKAM\\bg-admin",
        "Active Directory",
        "FAB-LON-DC-01",
        notes="Sealed envelope copy in the London safe; use only if the MSP accounts fail.",
    )
    c.password(550105, "LIMS service account", "svc_lims", "Service Account", "FAB-LON-APP-01")
    c.password(
        550106,
        "APC UPS network card",
        "apc",
        "Power",
        "FAB-LON-UPS-01",
        url="https://172.20.0.40",
    )

    c.document(
        560011,
        "LIMS outage runbook",
        "Runbooks",
        [
            ("heading", "Symptoms"),
            ("text", "Lab users get 'Unable to connect to LIMSDB' in LabWare LIMS."),
            ("heading", "Checks"),
            (
                "step",
                "Ping FAB-LON-SQL-01 (172.20.10.13) and confirm the MSSQLSERVER service is "
                "running.",
            ),
            (
                "step",
                "RDP to FAB-LON-APP-01 and restart the 'LabWare LIMS Service' Windows service.",
            ),
            (
                "step",
                "Check the Application event log on FAB-LON-APP-01 for licence errors "
                "(45 named users).",
            ),
            ("heading", "Escalation"),
            (
                "text",
                "Before changing anything on a validated system, call Ngozi Adeyemi (QA Validation "
                "Lead). Then log a P1 with LabWare UK support on +44 1632 960 555.",
            ),
        ],
    )
    c.document(
        560012,
        "UPS shutdown procedure",
        "Runbooks",
        [
            ("heading", "When mains power fails"),
            (
                "text",
                "FAB-LON-UPS-01 gives about 25 minutes of runtime. Start the shutdown once the "
                "UPS reports 15 minutes left; tell Callum Fraser (Facilities Manager).",
            ),
            ("heading", "Graceful shutdown order"),
            ("step", "Shut down FAB-LON-APP-01, then FAB-LON-SQL-01."),
            ("step", "Shut down FAB-LON-FS-01 and FAB-LON-DC-02."),
            (
                "step",
                "Shut down FAB-LON-DC-01 last, then the Hyper-V hosts FAB-LON-HV-02 and "
                "FAB-LON-HV-01.",
            ),
            ("heading", "Power restored"),
            (
                "step",
                "Start FAB-LON-HV-01, then FAB-LON-DC-01; wait for DNS to answer on 172.20.10.10 "
                "before starting the rest.",
            ),
        ],
    )
    c.document(
        560013,
        "Cambridge VPN tunnel down",
        "Runbooks",
        [
            ("heading", "Symptoms"),
            ("text", "The Cambridge Lab cannot reach LIMS or the file shares in London."),
            ("heading", "Fix"),
            ("step", "Log in to FAB-CAM-FW-01 and check Network > IPSec Tunnels > 'to-LON'."),
            (
                "step",
                "If phase 1 is down, check the Zen FTTP line (circuit ZEN-FTTP-88213): ping "
                "198.51.100.36 from outside.",
            ),
            (
                "step",
                "Restart the tunnel from FAB-LON-FW-01 with: test vpn ike-sa gateway CAM-GW",
            ),
        ],
    )
    return c.snap


# --------------------------------------------------------------------------------------------
# Contoso Dental Group: two clinics in Melbourne, short lowercase hostnames.
# --------------------------------------------------------------------------------------------


def _contoso() -> Snapshot:
    c = _Client(
        Organization(
            id=CONTOSO,
            organization_id=CONTOSO,
            name="Contoso Dental Group",
            short_name="CDG",
            organization_type="Dental Practice",
            description="Two-clinic dental practice in Melbourne (Richmond and Fitzroy).",
            quick_notes=(
                "Clinics open 8am-6pm Mon-Sat; never reboot cdg-pms or cdg-img during clinic "
                "hours without the Practice Manager's OK."
            ),
            updated_at=UPDATED_AT,
        )
    )
    rich, fitz = 590021, 590022
    c.location(
        rich,
        "Richmond Clinic",
        primary=True,
        address_1="212 Swan Street",
        city="Richmond",
        region="VIC",
        postal_code="3121",
        country="Australia",
        phone="+61 3 5550 1234",
        notes="Comms cupboard is behind reception, under the stairs.",
    )
    c.location(
        fitz,
        "Fitzroy Clinic",
        address_1="88 Brunswick Street",
        city="Fitzroy",
        region="VIC",
        postal_code="3065",
        country="Australia",
        phone="+61 3 5550 4321",
    )
    pm = 580021
    c.contact(
        pm,
        "Sharon",
        "McAllister",
        "Practice Manager",
        "Primary",
        "sharon.mcallister@contosodental.example",
        "+61 3 5550 1235",
        location_id=rich,
        important=True,
        notes="First call for anything IT; approves spend under $2,000.",
    )
    c.contact(
        580022,
        "Anthony",
        "Russo",
        "Principal Dentist",
        "Approver",
        "anthony.russo@contosodental.example",
        "+61 4 5550 0099",
        location_id=rich,
        notes="Owner; approves anything over $2,000.",
    )
    c.contact(
        580023,
        "Mei Lin",
        "Tan",
        "Front Desk Supervisor",
        "User",
        "meilin.tan@contosodental.example",
        "+61 3 5550 4322",
        location_id=fitz,
    )
    c.contact(
        580024,
        "Gavin",
        "O'Brien",
        "Bookkeeper",
        "Billing",
        "accounts@contosodental.example",
        "+61 3 5550 1236",
        location_id=rich,
        notes="Part-time (Tue and Thu); send invoices to accounts@.",
    )

    common: dict[str, Any] = {"contact_id": pm}
    c.config(
        510201,
        "cdg-fw",
        "Firewall",
        oui="70:4C:A5",
        manufacturer="Fortinet",
        model="FortiGate 40F",
        serial_number="FGT40FTK22004417",
        asset_tag="CDG0001",
        operating_system="FortiOS 7.2.8",
        primary_ip="192.168.50.1",
        public_ip="192.0.2.77",
        interfaces=[("wan1", "192.0.2.77", False), ("internal", "192.168.50.1", True)],
        warranty_expires_at=_in(190),
        installed_at=_in(-880),
        location_id=rich,
        notes="Richmond firewall; NBN business fibre on wan1; IPsec VPN to cdg-fw-fitz.",
        **common,
    )
    c.config(
        510202,
        "cdg-fw-fitz",
        "Firewall",
        oui="70:4C:A5",
        manufacturer="Fortinet",
        model="FortiGate 40F",
        serial_number="FGT40FTK22004502",
        asset_tag="CDG0002",
        operating_system="FortiOS 7.2.8",
        primary_ip="192.168.60.1",
        public_ip="192.0.2.91",
        interfaces=[("wan1", "192.0.2.91", False), ("internal", "192.168.60.1", True)],
        warranty_expires_at=_in(190),
        installed_at=_in(-880),
        location_id=fitz,
        notes="Fitzroy firewall; IPsec VPN back to cdg-fw at Richmond.",
        **common,
    )
    c.config(
        510203,
        "cdg-sw1",
        "Managed Network Switch",
        oui="94:18:65",
        manufacturer="Netgear",
        model="M4250-26G4F-PoE+",
        serial_number="6LN2395T00A41",
        asset_tag="CDG0003",
        operating_system="Netgear firmware 13.0.4.26",
        primary_ip="192.168.50.2",
        interfaces=[("mgmt", "192.168.50.2", True)],
        warranty_expires_at=_in(2400),
        installed_at=_in(-880),
        location_id=rich,
        notes=(
            "Main switch in the comms cupboard behind reception; PoE for the desk phones and "
            "the x-ray sensor hubs."
        ),
        **common,
    )
    c.config(
        510204,
        "cdg-sw-fitz",
        "Managed Network Switch",
        oui="94:18:65",
        manufacturer="Netgear",
        model="GS728TP",
        serial_number="5VL1875A00C12",
        asset_tag="CDG0004",
        operating_system="Netgear firmware 6.0.10.4",
        primary_ip="192.168.60.2",
        interfaces=[("mgmt", "192.168.60.2", True)],
        warranty_expires_at=_in(2100),
        installed_at=_in(-880),
        location_id=fitz,
        notes="Fitzroy clinic switch.",
        **common,
    )
    c.config(
        510205,
        "cdg-dc1",
        "Server",
        oui="5C:ED:8C",
        manufacturer="HPE",
        model="ProLiant ML350 Gen11",
        serial_number="CZ23110QKB",
        asset_tag="CDG0005",
        operating_system="Windows Server 2022 Standard",
        primary_ip="192.168.50.10",
        interfaces=[("Embedded LOM 1", "192.168.50.10", True), ("iLO", "192.168.50.9", False)],
        warranty_expires_at=_in(500),
        installed_at=_in(-560),
        location_id=rich,
        notes=(
            "Domain controller for contosodental.local, DNS and DHCP for Richmond; also hosts "
            "the Practice share and the Veeam console."
        ),
        **common,
    )
    c.config(
        510206,
        "cdg-pms",
        "Server",
        oui="5C:ED:8C",
        manufacturer="HPE",
        model="ProLiant DL380 Gen11",
        serial_number="CZ23110QKD",
        asset_tag="CDG0006",
        operating_system="Windows Server 2022 Standard",
        primary_ip="192.168.50.11",
        interfaces=[("Embedded LOM 1", "192.168.50.11", True)],
        warranty_expires_at=_in(70),
        installed_at=_in(-1020),
        location_id=rich,
        notes=(
            "Practice management server: EXACT (Software of Excellence) database and "
            "application server; the appointment book for both clinics."
        ),
        **common,
    )
    c.config(
        510207,
        "cdg-img",
        "Server",
        oui="B0:7B:25",
        manufacturer="Dell",
        model="PowerEdge T550",
        serial_number="4RZT8Q3",
        asset_tag="CDG0007",
        operating_system="Windows Server 2019 Standard",
        primary_ip="192.168.50.12",
        interfaces=[("NIC1", "192.168.50.12", True)],
        warranty_expires_at=_in(-15),
        installed_at=_in(-1840),
        location_id=rich,
        notes="Imaging server: Sidexis 4 (Dentsply Sirona) for OPG and intraoral x-rays.",
        **common,
    )
    c.config(
        510208,
        "cdg-nas",
        "NAS",
        oui="90:09:D0",
        manufacturer="Synology",
        model="DS923+",
        serial_number="2260TRR6Q8F14",
        asset_tag="CDG0008",
        operating_system="DSM 7.2.1",
        primary_ip="192.168.50.20",
        warranty_expires_at=_in(460),
        installed_at=_in(-640),
        location_id=rich,
        notes=(
            "Veeam backup repository; the nightly Veeam jobs from cdg-dc1, cdg-pms and cdg-img "
            "land here."
        ),
        **common,
    )
    c.config(
        510209,
        "cdg-ups",
        "UPS",
        oui="00:20:85",
        manufacturer="Eaton",
        model="5PX 2200 G2",
        serial_number="G355L41012",
        asset_tag="CDG0009",
        operating_system="Network-M2 firmware 2.0.5",
        primary_ip="192.168.50.40",
        warranty_expires_at=_in(330),
        installed_at=_in(-760),
        location_id=rich,
        notes="Rack UPS in the comms cupboard; powers cdg-dc1, cdg-pms, cdg-img and cdg-nas.",
        **common,
    )
    c.config(
        510210,
        "cdg-unifi",
        "Wireless Controller",
        oui="74:AC:B9",
        manufacturer="Ubiquiti",
        model="UniFi Cloud Key Gen2 Plus",
        serial_number="74ACB9E1F2A0",
        asset_tag="CDG0010",
        operating_system="UniFi OS 3.2.12, Network 8.1.113",
        primary_ip="192.168.50.5",
        interfaces=[("eth0", "192.168.50.5", True)],
        warranty_expires_at=_in(-200),
        installed_at=_in(-880),
        location_id=rich,
        notes=(
            "UniFi controller for the 4 access points across both clinics; SSIDs CDG-Staff "
            "and CDG-Patients."
        ),
        **common,
    )
    stations = [
        (
            510211,
            "cdg-recep1",
            "192.168.50.101",
            "MJ0KLP21",
            rich,
            "Reception desk PC 1 (Richmond).",
        ),
        (
            510212,
            "cdg-recep2",
            "192.168.50.102",
            "MJ0KLP22",
            rich,
            "Reception desk PC 2 (Richmond); HICAPS terminal is paired to this PC.",
        ),
        (
            510213,
            "cdg-surg1",
            "192.168.50.111",
            "MJ0KLP31",
            rich,
            "Surgery 1 chairside PC; Schick 33 intraoral sensor attached.",
        ),
        (510214, "cdg-surg2", "192.168.50.112", "MJ0KLP32", rich, "Surgery 2 chairside PC."),
        (510215, "cdg-surg3", "192.168.50.113", "MJ0KLP33", rich, "Surgery 3 chairside PC."),
        (
            510216,
            "cdg-opg",
            "192.168.50.120",
            "MJ0KLP40",
            rich,
            "Acquisition PC for the Orthophos SL OPG x-ray unit.",
        ),
        (
            510217,
            "cdg-pm-office",
            "192.168.50.130",
            "MJ0KLP50",
            rich,
            "Practice Manager's office PC.",
        ),
        (510218, "cdg-fitz-recep", "192.168.60.101", "MJ0KLP61", fitz, "Fitzroy reception PC."),
        (
            510219,
            "cdg-fitz-surg1",
            "192.168.60.111",
            "MJ0KLP71",
            fitz,
            "Fitzroy surgery 1 chairside PC.",
        ),
    ]
    for id_, name, ip, serial, site, note in stations:
        c.config(
            id_,
            name,
            "Workstation",
            oui="6C:4B:90",
            manufacturer="Lenovo",
            model="ThinkCentre M70q Gen 4",
            serial_number=serial,
            asset_tag=f"CDG{id_ - 510200:04d}",
            operating_system=(
                "Windows 10 IoT Enterprise LTSC 2021"
                if name == "cdg-opg"
                else "Windows 11 Pro 23H2"
            ),
            primary_ip=ip,
            warranty_expires_at=_in(15) if name == "cdg-opg" else _in(610),
            installed_at=_in(-480),
            location_id=site,
            notes=note,
            **common,
        )
    c.config(
        510220,
        "cdg-prn-recep",
        "Printer",
        oui="00:80:77",
        manufacturer="Brother",
        model="MFC-L8900CDW",
        serial_number="E81234H1N558210",
        asset_tag="CDG0020",
        primary_ip="192.168.50.200",
        warranty_expires_at=_in(120),
        installed_at=_in(-600),
        location_id=rich,
        notes="Reception printer/scanner for patient forms and consent scans.",
        **common,
    )
    c.config(
        510221,
        "cdg-prn-fitz",
        "Printer",
        oui="A0:8C:FD",
        manufacturer="HP",
        model="Color LaserJet Pro M479fdw",
        serial_number="VNB3R41207",
        asset_tag="CDG0021",
        primary_ip="192.168.60.200",
        warranty_expires_at=_in(-90),
        installed_at=_in(-1200),
        location_id=fitz,
        notes="Fitzroy front desk printer.",
        **common,
    )

    C, R, D = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON
    c.rel("cdg-sw1", C, "cdg-fw", "port 25 to internal")
    c.rel("cdg-sw-fitz", C, "cdg-fw-fitz")
    c.rel("cdg-fw-fitz", C, "cdg-fw", "IPsec VPN between clinics")
    c.rels(
        [
            "cdg-dc1",
            "cdg-pms",
            "cdg-img",
            "cdg-nas",
            "cdg-unifi",
            "cdg-prn-recep",
            *[s[1] for s in stations if s[4] == rich],
        ],
        C,
        "cdg-sw1",
    )
    c.rels(["cdg-fitz-recep", "cdg-fitz-surg1", "cdg-prn-fitz"], C, "cdg-sw-fitz")
    c.rels(["cdg-pms", "cdg-img"], D, "cdg-dc1", "Active Directory authentication and DNS")
    c.rels(
        ["cdg-surg1", "cdg-surg2", "cdg-surg3", "cdg-opg", "cdg-fitz-surg1"],
        D,
        "cdg-img",
        "Sidexis imaging",
    )
    c.rels(
        ["cdg-recep1", "cdg-recep2", "cdg-fitz-recep", "cdg-pm-office"],
        D,
        "cdg-pms",
        "EXACT appointment book",
    )
    c.rels(["cdg-dc1", "cdg-pms", "cdg-img", "cdg-nas", "cdg-sw1", "cdg-fw"], D, "cdg-ups", "power")

    c.asset(
        530201,
        "Domains",
        "contosodental.example",
        {
            "domain-name": "contosodental.example",
            "registrar": "VentraIP Australia",
            "expiry-date": _in(20),
            "name-servers": "kai.ns.cloudflare.com, rita.ns.cloudflare.com",
            "auto-renew": False,
        },
    )
    c.asset(
        530202,
        "Licensing",
        "EXACT practice management",
        {
            "product": "Software of Excellence EXACT",
            "license-count": 14,
            "renewal": _in(160),
            "purchased-from": "Henry Schein One",
        },
    )
    c.asset(
        530203,
        "Licensing",
        "Microsoft 365 Business Standard",
        {
            "product": "Microsoft 365 Business Standard",
            "license-count": 18,
            "renewal": _in(300),
            "purchased-from": "Dicker Data (CSP)",
        },
    )
    c.asset(
        530204,
        "Licensing",
        "Veeam backup licence",
        {
            "product": "Veeam Data Platform Foundation (VUL)",
            "license-count": 10,
            "renewal": _in(-12),
            "purchased-from": "Veeam via Ingram Micro",
        },
    )
    c.asset(
        530205,
        "LOB Application",
        "EXACT",
        {
            "application-name": "EXACT",
            "vendor": "Software of Excellence (Henry Schein One)",
            "version": "12.16",
            "hosted-on": c.tag("cdg-pms"),
            "support-contact": "SOE Australia support, 1800 555 014",
        },
    )
    c.asset(
        530206,
        "LOB Application",
        "Sidexis 4",
        {
            "application-name": "Sidexis 4",
            "vendor": "Dentsply Sirona",
            "version": "4.3.1",
            "hosted-on": c.tag("cdg-img"),
            "support-contact": "Henry Schein Halas tech support, 1800 555 027",
        },
    )
    c.asset(
        530207,
        "Internet / WAN",
        "Richmond NBN",
        {
            "isp": "Aussie Broadband",
            "circuit-id": "AVC000123456789",
            "static-ip": "192.0.2.77",
            "bandwidth": "NBN Enterprise Ethernet 100/100 Mbps",
            "isp-support": "Aussie Broadband business 1300 555 880",
            "terminates-on": c.tag("cdg-fw"),
        },
    )
    c.asset(
        530208,
        "Internet / WAN",
        "Fitzroy NBN",
        {
            "isp": "Telstra Business",
            "circuit-id": "AVC000987654321",
            "static-ip": "192.0.2.91",
            "bandwidth": "NBN 100/40 Mbps",
            "isp-support": "Telstra Business faults 13 2000",
            "terminates-on": c.tag("cdg-fw-fitz"),
        },
    )
    c.asset(
        530209,
        "Email",
        "Contoso Dental mail",
        {
            "provider": "Google Workspace",
            "mx-record": "smtp.google.com",
            "tenant-name": "contosodental.example",
            "spam-filtering": "Gmail built-in",
        },
    )
    c.rel("EXACT", R, "cdg-pms", "application and database")
    c.rel("Sidexis 4", R, "cdg-img", "Sidexis server and PDATA_SQLEXPRESS database")

    c.password(
        550201,
        "FortiGate admin - Richmond",
        "cdgadmin",
        "Firewall",
        "cdg-fw",
        url="https://192.168.50.1:8443",
    )
    c.password(550202, "EXACT SQL sa", "sa", "Database", "cdg-pms")
    c.password(550203, "Sidexis admin", "sidexis_admin", "Application", "cdg-img")
    c.password(
        550204, "Synology admin", "msp_admin", "Backup", "cdg-nas", url="https://192.168.50.20:5001"
    )
    c.password(550205, "Reception PC local admin", ".\\localadmin", "Workstation", "cdg-recep1")
    c.password(550206, "UniFi controller", "ubnt-msp", "Wireless", "cdg-unifi")

    c.document(
        560021,
        "X-ray images not loading",
        "Clinical systems",
        [
            ("heading", "Symptoms"),
            (
                "text",
                "Chairside PCs (cdg-surg1, cdg-surg2, cdg-surg3) show 'Sidexis server not "
                "reachable' or open without patient images.",
            ),
            ("heading", "Steps"),
            ("step", "Check cdg-img is up: ping 192.168.50.12."),
            (
                "step",
                "On cdg-img, restart the 'Sidexis 4 Server' and 'SQL Server (PDATA_SQLEXPRESS)' "
                "services.",
            ),
            (
                "step",
                "Relaunch Sidexis on the chairside PC; if the sensor is not detected, replug the "
                "Schick 33 USB.",
            ),
            ("heading", "Escalation"),
            (
                "text",
                "Call Henry Schein Halas tech support on 1800 555 027 and quote the cdg-img "
                "service tag 4RZT8Q3.",
            ),
        ],
    )
    c.document(
        560022,
        "New starter checklist",
        "Procedures",
        [
            ("heading", "Accounts"),
            (
                "step",
                "Create the AD user on cdg-dc1 in OU Staff > Richmond or Staff > Fitzroy.",
            ),
            (
                "step",
                "Create the Google Workspace mailbox and assign a Microsoft 365 Business Standard "
                "licence for Office.",
            ),
            (
                "step",
                "Create the EXACT user (role Reception or Clinician); Sharon McAllister approves.",
            ),
            ("heading", "Workstation"),
            ("step", "Map the Practice share \\\\cdg-dc1\\practice as P:."),
            ("step", "Install the reception printer cdg-prn-recep (192.168.50.200)."),
        ],
    )
    c.document(
        560023,
        "Nightly backup check",
        "Procedures",
        [
            ("heading", "What runs"),
            (
                "text",
                "Veeam backs up cdg-dc1, cdg-pms and cdg-img to cdg-nas every night at 21:30; a "
                "copy job sends them to Wasabi at 02:00.",
            ),
            ("heading", "Morning check"),
            (
                "step",
                "Open the Veeam console on cdg-dc1 and confirm all three jobs are green.",
            ),
            (
                "step",
                "If a job failed with 'repository unavailable', log in to cdg-nas (DSM) and check "
                "Storage Manager > Volume 1 health.",
            ),
        ],
    )
    return c.snap


# --------------------------------------------------------------------------------------------
# Tailspin Toys: no short name, free-text device names.
# --------------------------------------------------------------------------------------------


def _tailspin() -> Snapshot:
    c = _Client(
        Organization(
            id=TAILSPIN,
            organization_id=TAILSPIN,
            name="Tailspin Toys",
            short_name=None,
            organization_type="Toy Retailer & Distributor",
            description="Toy wholesaler with a warehouse in NW Portland and one retail store.",
            quick_notes=(
                "Peak season Oct-Dec: no changes to the warehouse network or TT-SERVER without "
                "Dave's OK."
            ),
            updated_at=UPDATED_AT,
        )
    )
    hq, store = 590031, 590032
    c.location(
        hq,
        "Head Office & Warehouse",
        primary=True,
        address_1="4550 NW Yeon Ave",
        city="Portland",
        region="Oregon",
        postal_code="97210",
        country="United States",
        phone="503-555-0140",
        notes="IT closet is in the warehouse office mezzanine.",
    )
    c.location(
        store,
        "Pearl District Store",
        address_1="1020 NW Glisan St",
        city="Portland",
        region="Oregon",
        postal_code="97209",
        country="United States",
        phone="503-555-0177",
    )
    dave = 580031
    c.contact(
        dave,
        "Dave",
        "Kowalczyk",
        "Operations Director",
        "Primary",
        "dave@tailspintoys.example",
        "503-555-0141",
        location_id=hq,
        important=True,
        notes="Main IT contact: call him first about anything IT or any outage.",
    )
    c.contact(
        580032,
        "Linda",
        "Hoang",
        "Office Manager",
        "Billing",
        "linda@tailspintoys.example",
        "503-555-0142",
        location_id=hq,
        notes="Runs QuickBooks on the Accounts PC.",
    )
    c.contact(
        580033,
        "Marco",
        "Bellini",
        "Warehouse Supervisor",
        "Technical",
        "marco@tailspintoys.example",
        "503-555-0143",
        location_id=hq,
        notes="Knows the label printers and scanners.",
    )
    c.contact(
        580034,
        "Jess",
        "Whitford",
        "Store Manager",
        "User",
        "jess@tailspintoys.example",
        "503-555-0178",
        location_id=store,
    )

    common: dict[str, Any] = {"contact_id": dave}
    c.config(
        510301,
        "Main Firewall",
        "Firewall",
        hostname="tt-gw",
        oui="24:5A:4C",
        manufacturer="Ubiquiti",
        model="UniFi Dream Machine Pro",
        serial_number="245A4C7710B2",
        operating_system="UniFi OS 4.0.6",
        primary_ip="10.0.1.1",
        public_ip="198.51.100.140",
        interfaces=[("WAN1 (Comcast)", "198.51.100.140", False), ("LAN", "10.0.1.1", True)],
        warranty_expires_at=_in(-300),
        installed_at=_in(-1100),
        location_id=hq,
        notes=(
            "Head office gateway (Comcast Business on WAN1); also the UniFi controller for all "
            "switches and access points."
        ),
        **common,
    )
    c.config(
        510302,
        "Store Firewall",
        "Firewall",
        hostname="tt-store-gw",
        oui="24:5A:4C",
        manufacturer="Ubiquiti",
        model="UniFi Dream Router",
        serial_number="245A4C7A31C9",
        operating_system="UniFi OS 4.0.6",
        primary_ip="10.0.2.1",
        public_ip="198.51.100.151",
        interfaces=[("WAN (Quantum Fiber)", "198.51.100.151", False), ("LAN", "10.0.2.1", True)],
        warranty_expires_at=_in(150),
        installed_at=_in(-580),
        location_id=store,
        notes="Store gateway; Site Magic VPN back to the Main Firewall.",
        **common,
    )
    c.config(
        510303,
        "Warehouse Switch",
        "Managed Network Switch",
        hostname="tt-sw-warehouse",
        oui="24:5A:4C",
        manufacturer="Ubiquiti",
        model="USW-Pro-24-PoE",
        serial_number="245A4C80D412",
        operating_system="UniFi switch firmware 7.1.26",
        primary_ip="10.0.1.2",
        interfaces=[("mgmt", "10.0.1.2", True)],
        warranty_expires_at=_in(-100),
        installed_at=_in(-1100),
        location_id=hq,
        notes="Main switch in the warehouse office IT closet; uplink to the Main Firewall.",
        **common,
    )
    c.config(
        510304,
        "Store Switch",
        "Managed Network Switch",
        hostname="tt-sw-store",
        oui="24:5A:4C",
        manufacturer="Ubiquiti",
        model="USW-Lite-8-PoE",
        serial_number="245A4C80E7A0",
        operating_system="UniFi switch firmware 7.1.26",
        primary_ip="10.0.2.2",
        interfaces=[("mgmt", "10.0.2.2", True)],
        warranty_expires_at=_in(150),
        installed_at=_in(-580),
        location_id=store,
        notes="Small switch under the shop counter.",
        **common,
    )
    c.config(
        510305,
        "TT-SERVER",
        "Server",
        oui="08:94:EF",
        manufacturer="Lenovo",
        model="ThinkSystem ST250 V2",
        serial_number="J303KX9M",
        operating_system="Windows Server 2019 Standard",
        primary_ip="10.0.1.10",
        interfaces=[("Ethernet 1", "10.0.1.10", True)],
        warranty_expires_at=_in(55),
        installed_at=_in(-1040),
        location_id=hq,
        notes=(
            "The only server: Active Directory (tailspin.local), DNS, file shares and the "
            "QuickBooks company file (D:\\QB)."
        ),
        **common,
    )
    c.config(
        510306,
        "TT-BACKUP",
        "Backup Appliance",
        oui="00:1E:67",
        manufacturer="Unitrends",
        model="Recovery Series 8002",
        serial_number="UB8002-41187",
        operating_system="Unitrends 10.8.2",
        primary_ip="10.0.1.20",
        warranty_expires_at=_in(230),
        installed_at=_in(-520),
        location_id=hq,
        notes=(
            "Backs up TT-SERVER every 4 hours (08:00-20:00) and replicates nightly to the "
            "Unitrends Forever Cloud."
        ),
        **common,
    )
    c.config(
        510307,
        "Reception PC",
        "Workstation",
        hostname="DESKTOP-4KQ7T2M",
        oui="F8:0D:AC",
        manufacturer="HP",
        model="ProDesk 400 G7",
        serial_number="MXL1234B7Q",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.0.1.50",
        warranty_expires_at=_in(-150),
        installed_at=_in(-1250),
        location_id=hq,
        notes="Reception desk PC at head office; also runs the front-door intercom software.",
        **common,
    )
    c.config(
        510308,
        "Accounts PC",
        "Workstation",
        hostname="TT-ACCT01",
        oui="B0:7B:25",
        manufacturer="Dell",
        model="OptiPlex 7010",
        serial_number="2QW9XK3",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.0.1.51",
        warranty_expires_at=_in(380),
        installed_at=_in(-350),
        location_id=hq,
        contact_id=580032,
        notes="Linda's PC; QuickBooks Desktop Enterprise client.",
    )
    for id_, name, host, ip, serial, note in [
        (
            510309,
            "Warehouse PC 1",
            "TT-WH01",
            "10.0.1.60",
            "S1H0R7PX",
            "Dispatch bench PC: ShipStation and shipping-label printing.",
        ),
        (510310, "Warehouse PC 2", "TT-WH02", "10.0.1.61", "S1H0R7Q2", "Goods-in receiving PC."),
    ]:
        c.config(
            id_,
            name,
            "Workstation",
            hostname=host,
            oui="6C:4B:90",
            manufacturer="Lenovo",
            model="ThinkCentre neo 50t Gen 4",
            serial_number=serial,
            operating_system="Windows 10 Pro 22H2",
            primary_ip=ip,
            warranty_expires_at=_in(95),
            installed_at=_in(-640),
            location_id=hq,
            contact_id=580033,
            notes=note,
        )
    c.config(
        510311,
        "Store Till",
        "Workstation",
        hostname="TT-TILL1",
        oui="F8:0D:AC",
        manufacturer="HP",
        model="Engage One Pro",
        serial_number="8CC2410ZT1",
        operating_system="Windows 11 IoT Enterprise",
        primary_ip="10.0.2.50",
        warranty_expires_at=_in(400),
        installed_at=_in(-300),
        location_id=store,
        contact_id=580034,
        notes="Shop counter till PC; runs the Square for Retail register in Chrome.",
    )
    c.config(
        510312,
        "Dave's laptop",
        "Laptop",
        hostname="TT-LT-DAVE",
        oui="C8:4B:D6",
        manufacturer="Dell",
        model="Latitude 7440",
        serial_number="7MPQ2Y3",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(540),
        installed_at=_in(-190),
        location_id=hq,
        contact_id=dave,
        notes="Operations Director's laptop; BitLocker key escrowed in Entra ID.",
    )
    c.config(
        510313,
        "Zebra label printer",
        "Printer",
        hostname="ZT411-dispatch",
        oui="00:07:4D",
        manufacturer="Zebra",
        model="ZT411",
        serial_number="99J213400182",
        primary_ip="10.0.1.210",
        warranty_expires_at=_in(35),
        installed_at=_in(-700),
        location_id=hq,
        contact_id=580033,
        notes="Shipping label printer at the dispatch bench (4x6 labels).",
    )
    c.config(
        510314,
        "Office printer",
        "Printer",
        hostname="CANON-MF743",
        oui="00:1E:8F",
        manufacturer="Canon",
        model="imageCLASS MF743Cdw",
        serial_number="XNL04821",
        primary_ip="10.0.1.200",
        warranty_expires_at=_in(-400),
        installed_at=_in(-1300),
        location_id=hq,
        notes="Office MFP next to reception.",
        **common,
    )
    c.config(
        510315,
        "Store receipt printer",
        "Printer",
        hostname="TM-T88VI-store",
        oui="00:26:AB",
        manufacturer="Epson",
        model="TM-T88VI",
        serial_number="X5CW021547",
        primary_ip="10.0.2.210",
        warranty_expires_at=_in(200),
        installed_at=_in(-300),
        location_id=store,
        contact_id=580034,
        notes="Receipt printer at the shop counter.",
    )
    c.config(
        510316,
        "UPS - IT closet",
        "UPS",
        hostname=None,
        manufacturer="CyberPower",
        model="OR1500LCDRM1U",
        serial_number="CRMHV2004117",
        warranty_expires_at=_in(250),
        installed_at=_in(-850),
        location_id=hq,
        notes=(
            "Powers TT-SERVER, TT-BACKUP, the Warehouse Switch and the Main Firewall. No network "
            "card; USB to TT-SERVER (PowerPanel Business)."
        ),
        **common,
    )
    for id_, name, ip, serial, note in [
        (
            510317,
            "Warehouse AP 1",
            "10.0.1.30",
            "245A4C9015E1",
            "Ceiling AP over the packing area.",
        ),
        (
            510318,
            "Warehouse AP 2",
            "10.0.1.31",
            "245A4C9015F7",
            "Ceiling AP in the racking aisles.",
        ),
    ]:
        c.config(
            id_,
            name,
            "Wireless Access Point",
            hostname=name.lower().replace(" ", "-"),
            oui="24:5A:4C",
            manufacturer="Ubiquiti",
            model="U6-LR",
            serial_number=serial,
            operating_system="UniFi AP firmware 6.6.77",
            primary_ip=ip,
            warranty_expires_at=_in(-100),
            installed_at=_in(-1100),
            location_id=hq,
            notes=note,
            **common,
        )

    C, R, D = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON
    c.rel("Warehouse Switch", C, "Main Firewall", "port 24 uplink")
    c.rel("Store Switch", C, "Store Firewall")
    c.rel("Store Firewall", C, "Main Firewall", "UniFi Site Magic VPN")
    c.rels(
        [
            "TT-SERVER",
            "TT-BACKUP",
            "Reception PC",
            "Accounts PC",
            "Warehouse PC 1",
            "Warehouse PC 2",
            "Zebra label printer",
            "Office printer",
            "Warehouse AP 1",
            "Warehouse AP 2",
        ],
        C,
        "Warehouse Switch",
    )
    c.rels(["Store Till", "Store receipt printer"], C, "Store Switch")
    c.rel("Accounts PC", D, "TT-SERVER", "QuickBooks company file on \\\\TT-SERVER\\QB")
    c.rels(
        ["Reception PC", "Warehouse PC 1", "Warehouse PC 2"],
        D,
        "TT-SERVER",
        "Active Directory sign-in and mapped drives",
    )
    c.rel("Zebra label printer", D, "Warehouse PC 1", "printed to from ShipStation Connect")
    c.rels(
        ["TT-SERVER", "TT-BACKUP", "Warehouse Switch", "Main Firewall"],
        D,
        "UPS - IT closet",
        "power",
    )

    c.asset(
        530301,
        "Domains",
        "tailspintoys.example",
        {
            "domain-name": "tailspintoys.example",
            "registrar": "GoDaddy",
            "expiry-date": _in(9),
            "name-servers": "ns27.domaincontrol.com, ns28.domaincontrol.com",
            "auto-renew": False,
        },
    )
    c.asset(
        530302,
        "Domains",
        "tailspintoys-shop.example",
        {
            "domain-name": "tailspintoys-shop.example",
            "registrar": "Shopify",
            "expiry-date": _in(250),
            "name-servers": "Shopify managed DNS",
            "auto-renew": True,
        },
    )
    c.asset(
        530303,
        "Licensing",
        "QuickBooks Desktop Enterprise",
        {
            "product": "QuickBooks Desktop Enterprise Silver",
            "license-count": 3,
            "renewal": _in(60),
            "purchased-from": "Intuit",
        },
    )
    c.asset(
        530304,
        "Licensing",
        "Microsoft 365 Business Basic",
        {
            "product": "Microsoft 365 Business Basic",
            "license-count": 9,
            "renewal": _in(140),
            "purchased-from": "Microsoft direct",
        },
    )
    c.asset(
        530305,
        "LOB Application",
        "QuickBooks",
        {
            "application-name": "QuickBooks Desktop Enterprise",
            "vendor": "Intuit",
            "version": "24.0 R8",
            "hosted-on": c.tag("TT-SERVER"),
            "support-contact": "Intuit Enterprise support 800-555-0199",
        },
    )
    c.asset(
        530306,
        "LOB Application",
        "ShipStation",
        {
            "application-name": "ShipStation",
            "vendor": "ShipStation (Auctane)",
            "version": "ShipStation Connect 1.6.2",
            "hosted-on": c.tag("Warehouse PC 1"),
            "support-contact": "ShipStation support chat; account owner Marco Bellini",
        },
    )
    c.asset(
        530307,
        "Internet / WAN",
        "Head office internet",
        {
            "isp": "Comcast Business",
            "circuit-id": "CB-8841-PDX-22107",
            "static-ip": "198.51.100.140",
            "bandwidth": "1 Gbps / 35 Mbps",
            "isp-support": "Comcast Business 800-555-0144",
            "terminates-on": c.tag("Main Firewall"),
        },
    )
    c.asset(
        530308,
        "Internet / WAN",
        "Store internet",
        {
            "isp": "CenturyLink Quantum Fiber",
            "circuit-id": "QF-PDX-553190",
            "static-ip": "198.51.100.151",
            "bandwidth": "500 Mbps symmetrical",
            "isp-support": "Quantum Fiber business 800-555-0166",
            "terminates-on": c.tag("Store Firewall"),
        },
    )
    c.asset(
        530309,
        "Email",
        "Tailspin mail",
        {
            "provider": "Microsoft 365 (Exchange Online)",
            "mx-record": "tailspintoys-example.mail.protection.outlook.com",
            "tenant-name": "tailspintoys.onmicrosoft.com",
            "spam-filtering": "Exchange Online Protection",
        },
    )
    c.rel("QuickBooks", R, "TT-SERVER", "QuickBooks Database Server Manager")
    c.rel("ShipStation", R, "Warehouse PC 1", "ShipStation Connect")

    c.password(
        550301,
        "UniFi / UDM Pro admin",
        "tt-admin",
        "Network",
        "Main Firewall",
        url="https://10.0.1.1",
    )
    c.password(550302, "TT-SERVER local administrator", "Administrator", "Server", "TT-SERVER")
    c.password(
        550303,
        "Unitrends appliance",
        "root",
        "Backup",
        "TT-BACKUP",
        url="https://10.0.1.20",
    )
    c.password(550304, "QuickBooks admin", "Admin", "Application", "TT-SERVER")
    c.password(550305, "Reception PC local admin", "ttlocal", "Workstation", "Reception PC")
    c.password(
        550306,
        "ShipStation login",
        "warehouse@tailspintoys.example",
        "Web",
        url="https://ship.shipstation.com",
    )

    c.document(
        560031,
        "QuickBooks won't open the company file",
        "How-to",
        [
            ("heading", "Symptoms"),
            (
                "text",
                "The Accounts PC shows error H202 or 'company file is on another computer'.",
            ),
            ("heading", "Fix"),
            (
                "step",
                "On TT-SERVER, make sure the 'QuickBooksDB34' service is running and restart it.",
            ),
            ("step", "Run QuickBooks Database Server Manager on TT-SERVER and re-scan D:\\QB."),
            (
                "step",
                "On the Accounts PC, reopen the file via \\\\TT-SERVER\\QB\\Tailspin Toys.qbw.",
            ),
        ],
    )
    c.document(
        560032,
        "Label printer troubleshooting",
        "How-to",
        [
            ("heading", "Symptoms"),
            ("text", "Shipping labels print blank or misaligned on the Zebra label printer."),
            ("heading", "Steps"),
            ("step", "Hold the FEED button on the Zebra ZT411 for 2 seconds to calibrate."),
            (
                "step",
                "On Warehouse PC 1, reselect the 'ZT411-dispatch' printer in ShipStation Connect.",
            ),
            ("step", "Check the Zebra still answers on 10.0.1.210."),
        ],
    )
    c.document(
        560033,
        "Internet outage at head office",
        "How-to",
        [
            ("heading", "First checks"),
            ("step", "Check the Comcast modem lights in the IT closet."),
            ("step", "Log in to the Main Firewall (UniFi OS) and check WAN1 status."),
            (
                "step",
                "Call Comcast Business on 800-555-0144 with circuit ID CB-8841-PDX-22107.",
            ),
            ("heading", "While it is down"),
            (
                "text",
                "The store keeps trading: the Store Firewall has its own Quantum Fiber line, but "
                "the Site Magic VPN to head office drops.",
            ),
        ],
    )
    return c.snap


# --------------------------------------------------------------------------------------------
# Woodgrove Bank & Trust: community bank, names with no separator.
# --------------------------------------------------------------------------------------------


def _woodgrove() -> Snapshot:
    c = _Client(
        Organization(
            id=WOODGROVE,
            organization_id=WOODGROVE,
            name="Woodgrove Bank & Trust",
            short_name="WBT",
            organization_type="Community Bank",
            description="Community bank: main office in Des Moines, a branch and a loan center.",
            quick_notes=(
                "GLBA: firewall rule changes need written approval from the Information Security "
                "Officer. Tellers are on Fiserv Premier via WBTSRV04."
            ),
            updated_at=UPDATED_AT,
        )
    )
    main, west, ankeny = 590041, 590042, 590043
    c.location(
        main,
        "Main Office",
        primary=True,
        address_1="600 Locust St",
        city="Des Moines",
        region="Iowa",
        postal_code="50309",
        country="United States",
        phone="515-555-0100",
        notes="Server room is in the basement next to the vault; escort required.",
    )
    c.location(
        west,
        "West Des Moines Branch",
        address_1="1200 Valley West Dr",
        city="West Des Moines",
        region="Iowa",
        postal_code="50266",
        country="United States",
        phone="515-555-0200",
    )
    c.location(
        ankeny,
        "Ankeny Loan Center",
        address_1="110 SW Ankeny Blvd, Suite 3",
        city="Ankeny",
        region="Iowa",
        postal_code="50023",
        country="United States",
        phone="515-555-0300",
        notes="Two-person loan office; connects over the branch VPN client.",
    )
    itc = 580042
    c.contact(
        580041,
        "Eleanor",
        "Vance",
        "CFO",
        "Approver",
        "evance@woodgrovebank.example",
        "515-555-0101",
        location_id=main,
        notes="Approves purchases over $5,000.",
    )
    c.contact(
        itc,
        "Samuel",
        "Okonkwo",
        "IT Coordinator",
        "Technical",
        "sokonkwo@woodgrovebank.example",
        "515-555-0109",
        location_id=main,
        important=True,
        notes="On-site IT; has keys to the server room.",
    )
    c.contact(
        580043,
        "Brenda",
        "Hollis",
        "Information Security Officer",
        "Approver",
        "bhollis@woodgrovebank.example",
        "515-555-0102",
        location_id=main,
        notes="Approves all firewall rule changes (GLBA).",
    )
    c.contact(
        580044,
        "Tom",
        "Reddick",
        "Branch Manager - West Des Moines",
        "User",
        "treddick@woodgrovebank.example",
        "515-555-0201",
        location_id=west,
    )
    c.contact(
        580045,
        "Julia",
        "Marsh",
        "Operations Manager",
        "Primary",
        "jmarsh@woodgrovebank.example",
        "515-555-0103",
        location_id=main,
        notes="Owns teller operations; tell her if tellers are offline.",
    )

    common: dict[str, Any] = {"contact_id": itc}
    c.config(
        510401,
        "WBTFW01",
        "Firewall",
        oui="00:A3:8E",
        manufacturer="Cisco",
        model="Firepower 1140",
        serial_number="JMX2436X1QA",
        asset_tag="WB-IT-1001",
        operating_system="FTD 7.2.5",
        primary_ip="10.40.0.1",
        public_ip="192.0.2.140",
        interfaces=[
            ("outside (Eth1/1)", "192.0.2.140", False),
            ("inside (Eth1/2)", "10.40.0.1", True),
        ],
        warranty_expires_at=_in(220),
        installed_at=_in(-980),
        location_id=main,
        notes=(
            "Main office edge firewall; AnyConnect VPN for staff; IPsec tunnel to the Fiserv "
            "data center."
        ),
        **common,
    )
    c.config(
        510402,
        "WBTFW02",
        "Firewall",
        oui="00:A3:8E",
        manufacturer="Cisco",
        model="Firepower 1010",
        serial_number="JMX2436X7RB",
        asset_tag="WB-IT-1002",
        operating_system="FTD 7.2.5",
        primary_ip="10.41.0.1",
        public_ip="192.0.2.150",
        interfaces=[
            ("outside (Eth1/1)", "192.0.2.150", False),
            ("inside (Eth1/2)", "10.41.0.1", True),
        ],
        warranty_expires_at=_in(220),
        installed_at=_in(-980),
        location_id=west,
        notes="West Des Moines branch firewall; site-to-site VPN to WBTFW01.",
        **common,
    )
    c.config(
        510403,
        "WBTCORESW01",
        "Managed Network Switch",
        oui="70:DB:98",
        manufacturer="Cisco",
        model="Catalyst 9300-48P",
        serial_number="FOC2331Y0LM",
        asset_tag="WB-IT-1003",
        operating_system="IOS XE 17.12.3",
        primary_ip="10.40.0.2",
        interfaces=[("Vlan99 (mgmt)", "10.40.0.2", True), ("Te1/1/1 uplink", None, False)],
        warranty_expires_at=_in(900),
        installed_at=_in(-980),
        location_id=main,
        notes="Core switch in the main office server room; stack of 2.",
        **common,
    )
    c.config(
        510404,
        "WBTSW02",
        "Managed Network Switch",
        oui="70:DB:98",
        manufacturer="Cisco",
        model="Catalyst 9200-24P",
        serial_number="JAE24410PQ2",
        asset_tag="WB-IT-1004",
        operating_system="IOS XE 17.12.3",
        primary_ip="10.41.0.2",
        interfaces=[("Vlan99 (mgmt)", "10.41.0.2", True)],
        warranty_expires_at=_in(900),
        installed_at=_in(-980),
        location_id=west,
        notes="Branch switch in the West Des Moines comms closet.",
        **common,
    )
    c.config(
        510405,
        "WBTWLC01",
        "Wireless Controller",
        oui="F4:BD:9E",
        manufacturer="Cisco",
        model="Catalyst 9800-L",
        serial_number="FCL2419Z0AB",
        asset_tag="WB-IT-1005",
        operating_system="IOS XE 17.9.5",
        primary_ip="10.40.0.5",
        interfaces=[("Gi0/0/0 (mgmt)", "10.40.0.5", True)],
        warranty_expires_at=_in(600),
        installed_at=_in(-700),
        location_id=main,
        notes=(
            "Wireless LAN controller for the 9 access points (main office and branch); SSIDs "
            "WBT-Staff and WBT-Guest."
        ),
        **common,
    )
    for id_, name, ip, serial, tag, note in [
        (
            510406,
            "WBTESX01",
            "10.40.10.5",
            "CZJ2410A7K",
            "WB-IT-1006",
            "ESXi host A in the server room.",
        ),
        (
            510407,
            "WBTESX02",
            "10.40.10.6",
            "CZJ2410A7M",
            "WB-IT-1007",
            "ESXi host B in the server room.",
        ),
    ]:
        c.config(
            id_,
            name,
            "Server",
            oui="94:57:A5",
            manufacturer="HPE",
            model="ProLiant DL360 Gen10 Plus",
            serial_number=serial,
            asset_tag=tag,
            operating_system="VMware ESXi 7.0 U3",
            operating_system_notes="vSphere 7 reaches end of general support; upgrade planned.",
            primary_ip=ip,
            interfaces=[("vmnic0", ip, True), ("iLO", ip.replace(".10.", ".11."), False)],
            warranty_expires_at=_in(-30),
            installed_at=_in(-1150),
            location_id=main,
            notes=note,
            **common,
        )
    for id_, name, ip, note in [
        (510408, "WBTSRV01", "10.40.10.10", "Primary domain controller (woodgrove.local) and DNS."),
        (510409, "WBTSRV02", "10.40.10.11", "File and print server (shares and print queues)."),
        (
            510410,
            "WBTSRV03",
            "10.40.10.12",
            "Hyland OnBase application server (loan and account document imaging).",
        ),
        (510411, "WBTSQL01", "10.40.10.13", "SQL Server 2019 for OnBase (database OnBaseProd)."),
        (
            510412,
            "WBTSRV04",
            "10.40.10.14",
            "Fiserv Premier Teller gateway: connects teller stations to the Fiserv-hosted core.",
        ),
    ]:
        c.config(
            id_,
            name,
            "Server",
            oui="00:50:56",
            manufacturer="VMware",
            model="Virtual Machine",
            serial_number=f"VMware-42 1c {id_ - 510400:02d} 7e 5a",
            operating_system="Windows Server 2022 Standard",
            primary_ip=ip,
            interfaces=[("vmxnet3", ip, True)],
            installed_at=_in(-1100),
            location_id=main,
            notes=note,
            **common,
        )
    c.config(
        510413,
        "WBTBKP01",
        "Backup Appliance",
        oui="B0:7B:25",
        manufacturer="Dell",
        model="PowerEdge R550",
        serial_number="HX7TQ53",
        asset_tag="WB-IT-1013",
        operating_system="Ubuntu 22.04 LTS (Veeam hardened repository)",
        primary_ip="10.40.10.30",
        interfaces=[("eno1", "10.40.10.30", True)],
        warranty_expires_at=_in(1000),
        installed_at=_in(-420),
        location_id=main,
        notes=(
            "Veeam backup repository (immutable, hardened Linux); nightly backups of every VM "
            "on WBTESX01 and WBTESX02, 30 days immutable."
        ),
        **common,
    )
    c.config(
        510414,
        "WBTUPS01",
        "UPS",
        oui="00:20:85",
        manufacturer="Eaton",
        model="9PX 6kVA",
        serial_number="GA193A0412",
        asset_tag="WB-IT-1014",
        operating_system="Network-M2 firmware 2.0.5",
        primary_ip="10.40.0.40",
        warranty_expires_at=_in(30),
        installed_at=_in(-1090),
        location_id=main,
        notes="UPS in the main office server room rack; about 18 minutes runtime at current load.",
        **common,
    )
    c.config(
        510415,
        "WBTUPS02",
        "UPS",
        oui="00:C0:B7",
        manufacturer="APC",
        model="Smart-UPS 1500 (SMT1500RM2UC)",
        serial_number="AS2140312998",
        asset_tag="WB-IT-1015",
        primary_ip="10.41.0.40",
        warranty_expires_at=_in(500),
        installed_at=_in(-500),
        location_id=west,
        notes="UPS in the West Des Moines comms closet.",
        **common,
    )
    c.config(
        510416,
        "WBTPRN01",
        "Printer",
        oui="00:21:B7",
        manufacturer="Lexmark",
        model="MX822ade",
        serial_number="7564Z9H01KD4",
        asset_tag="WB-IT-1016",
        primary_ip="10.40.20.200",
        warranty_expires_at=_in(260),
        installed_at=_in(-600),
        location_id=main,
        notes="Main office lobby MFP.",
        **common,
    )
    c.config(
        510417,
        "WBTPRN02",
        "Printer",
        oui="00:21:B7",
        manufacturer="Lexmark",
        model="MS631dw",
        serial_number="4601T8820QAB",
        asset_tag="WB-IT-1017",
        primary_ip="10.41.20.200",
        warranty_expires_at=_in(260),
        installed_at=_in(-600),
        location_id=west,
        notes="Teller line printer at the West Des Moines branch.",
        **common,
    )
    c.config(
        510418,
        "WBTPRN03",
        "Printer",
        oui="A0:8C:FD",
        manufacturer="HP",
        model="LaserJet Pro 4001dn",
        serial_number="PHBQB23418",
        asset_tag="WB-IT-1018",
        primary_ip="10.42.20.200",
        warranty_expires_at=_in(700),
        installed_at=_in(-200),
        location_id=ankeny,
        notes="Ankeny loan center printer.",
        **common,
    )
    for id_, name, ip, site, serial, note in [
        (510419, "WBTTLR01", "10.40.20.11", main, "5JQ8M14", "Teller station 1, main office."),
        (510420, "WBTTLR02", "10.40.20.12", main, "5JQ8M15", "Teller station 2, main office."),
        (510421, "WBTTLR03", "10.41.20.11", west, "5JQ8M16", "Teller station, West Des Moines."),
        (510422, "WBTLOAN01", "10.40.20.31", main, "5JQ8M21", "Loan officer desk, main office."),
        (510423, "WBTLOAN02", "10.42.20.31", ankeny, "5JQ8M22", "Loan officer desk, Ankeny."),
        (510424, "WBTEXEC01", "10.40.20.41", main, "5JQ8M31", "CFO's office PC."),
        (510425, "WBTITC01", "10.40.20.42", main, "5JQ8M32", "IT Coordinator's PC (admin tools)."),
    ]:
        c.config(
            id_,
            name,
            "Workstation",
            oui="B0:7B:25",
            manufacturer="Dell",
            model="OptiPlex 7010 Micro",
            serial_number=serial,
            asset_tag=f"WB-IT-{id_ - 509400}",
            operating_system="Windows 11 Enterprise 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(700),
            installed_at=_in(-390),
            location_id=site,
            notes=note,
            **common,
        )

    C, R, D = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON
    c.rel("WBTCORESW01", C, "WBTFW01", "Te1/1/1 to inside")
    c.rel("WBTSW02", C, "WBTFW02")
    c.rel("WBTFW02", C, "WBTFW01", "site-to-site IPsec VPN")
    c.rels(
        [
            "WBTESX01",
            "WBTESX02",
            "WBTBKP01",
            "WBTWLC01",
            "WBTPRN01",
            "WBTTLR01",
            "WBTTLR02",
            "WBTLOAN01",
            "WBTEXEC01",
            "WBTITC01",
        ],
        C,
        "WBTCORESW01",
    )
    c.rels(["WBTTLR03", "WBTPRN02"], C, "WBTSW02")
    c.rels(["WBTSRV01", "WBTSRV03"], R, "WBTESX01")
    c.rels(["WBTSRV02", "WBTSQL01", "WBTSRV04"], R, "WBTESX02")
    c.rels(
        ["WBTSRV02", "WBTSRV03", "WBTSQL01", "WBTSRV04"],
        D,
        "WBTSRV01",
        "Active Directory authentication and DNS",
    )
    c.rel("WBTSRV03", D, "WBTSQL01", "OnBaseProd database")
    c.rels(
        ["WBTTLR01", "WBTTLR02", "WBTTLR03"], D, "WBTSRV04", "teller sessions to the Fiserv core"
    )
    c.rel("WBTSRV04", D, "WBTFW01", "IPsec tunnel to the Fiserv data center")
    c.rels(["WBTESX01", "WBTESX02", "WBTCORESW01", "WBTFW01", "WBTBKP01"], D, "WBTUPS01", "power")
    c.rels(["WBTFW02", "WBTSW02"], D, "WBTUPS02", "power")

    c.asset(
        530401,
        "Domains",
        "woodgrovebank.example",
        {
            "domain-name": "woodgrovebank.example",
            "registrar": "MarkMonitor",
            "expiry-date": _in(400),
            "name-servers": "a1-64.akam.net, a9-65.akam.net",
            "auto-renew": True,
        },
    )
    c.asset(
        530402,
        "Domains",
        "woodgrove-online.example",
        {
            "domain-name": "woodgrove-online.example",
            "registrar": "Network Solutions",
            "expiry-date": _in(-5),
            "name-servers": "ns1.worldnic.com, ns2.worldnic.com",
            "auto-renew": False,
        },
    )
    c.asset(
        530403,
        "Licensing",
        "Hyland OnBase",
        {
            "product": "Hyland OnBase concurrent client",
            "license-count": 25,
            "renewal": _in(90),
            "purchased-from": "Hyland",
        },
    )
    c.asset(
        530404,
        "Licensing",
        "Veeam Data Platform Advanced",
        {
            "product": "Veeam Data Platform Advanced",
            "license-count": 12,
            "renewal": _in(33),
            "purchased-from": "CDW",
        },
    )
    c.asset(
        530405,
        "Licensing",
        "Cisco Firepower subscriptions",
        {
            "product": "Cisco Secure Firewall Threat Defense (IPS + URL) subscription",
            "license-count": 2,
            "renewal": _in(180),
            "purchased-from": "CDW",
        },
    )
    c.asset(
        530406,
        "LOB Application",
        "Hyland OnBase",
        {
            "application-name": "Hyland OnBase",
            "vendor": "Hyland",
            "version": "Foundation 23.1.4",
            "hosted-on": c.tag("WBTSRV03", "WBTSQL01"),
            "support-contact": "Hyland support 440-555-0123 (customer #WBT-77810)",
        },
    )
    c.asset(
        530407,
        "LOB Application",
        "Fiserv Premier Teller",
        {
            "application-name": "Fiserv Premier Teller",
            "vendor": "Fiserv",
            "version": "Teller 22.2",
            "hosted-on": c.tag("WBTSRV04"),
            "support-contact": "Fiserv client services 800-555-0177",
        },
    )
    c.asset(
        530408,
        "Internet / WAN",
        "Main office fiber",
        {
            "isp": "Mediacom Business",
            "circuit-id": "MCB-DSM-0048812",
            "static-ip": "192.0.2.140",
            "bandwidth": "1 Gbps DIA",
            "isp-support": "Mediacom Business NOC 800-555-0190",
            "terminates-on": c.tag("WBTFW01"),
        },
    )
    c.asset(
        530409,
        "Internet / WAN",
        "West Des Moines branch circuit",
        {
            "isp": "Lumen",
            "circuit-id": "LMN-71/KFFN/330912",
            "static-ip": "192.0.2.150",
            "bandwidth": "200 Mbps DIA",
            "isp-support": "Lumen repair 800-555-0195",
            "terminates-on": c.tag("WBTFW02"),
        },
    )
    c.asset(
        530410,
        "Email",
        "Woodgrove mail",
        {
            "provider": "Microsoft 365 (Exchange Online)",
            "mx-record": "mx1-us1.ppe-hosted.com",
            "tenant-name": "woodgrovebank.onmicrosoft.com",
            "spam-filtering": "Proofpoint Essentials",
        },
    )
    c.rel("Hyland OnBase", R, "WBTSRV03", "application server")
    c.rel("Hyland OnBase", D, "WBTSQL01", "OnBaseProd database")
    c.rel("Fiserv Premier Teller", R, "WBTSRV04", "teller gateway")

    c.password(
        550401,
        "Firepower FDM admin",
        "wbt-fdm-admin",
        "Firewall",
        "WBTFW01",
        url="https://10.40.0.1",
    )
    c.password(550402, "ESXi root", "root", "Virtualization", "WBTESX01")
    c.password(
        550403,
        "Veeam repository (hardened) - break glass",
        "veeamrepo",
        "Backup",
        "WBTBKP01",
        notes="Single-use; sudo disabled after setup. Needs the ISO's approval to use.",
    )
    c.password(550404, "OnBase MANAGER account", "MANAGER", "Application", "WBTSRV03")
    c.password(550405, "Catalyst 9800 WLC admin", "wbtadmin", "Wireless", "WBTWLC01")
    c.password(550406, "Domain Admin - MSP", "WOODGROVE\\msp.da", "Active Directory", "WBTSRV01")

    c.document(
        560041,
        "Teller workstation cannot connect to core",
        "Runbooks",
        [
            ("heading", "Symptoms"),
            (
                "text",
                "Teller gets 'Host unavailable' in Fiserv Premier Teller on WBTTLR01, WBTTLR02 or "
                "WBTTLR03.",
            ),
            ("heading", "Steps"),
            (
                "step",
                "Check WBTSRV04 (10.40.10.14) is up and the 'Premier Teller Gateway' service is "
                "running.",
            ),
            (
                "step",
                "From WBTSRV04, test the Fiserv tunnel: Test-NetConnection 10.200.15.20 -Port 443.",
            ),
            (
                "step",
                "If the tunnel on WBTFW01 is down, call Fiserv client services on 800-555-0177.",
            ),
            ("heading", "Escalation"),
            (
                "text",
                "Tell Julia Marsh (Operations Manager) if tellers are offline for more than "
                "15 minutes.",
            ),
        ],
    )
    c.document(
        560042,
        "Firewall rule change (GLBA)",
        "Policies",
        [
            ("heading", "Approval"),
            (
                "text",
                "Every rule change on WBTFW01 or WBTFW02 needs written approval from Brenda Hollis "
                "(Information Security Officer) in the ticket.",
            ),
            ("heading", "Change"),
            ("step", "Export the running configuration from FDM on WBTFW01."),
            ("step", "Make the change and deploy it in the 18:00-20:00 window."),
            ("step", "Attach the before and after exports to the ticket."),
        ],
    )
    c.document(
        560043,
        "OnBase restart procedure",
        "Runbooks",
        [
            ("heading", "Order"),
            (
                "step",
                "Stop the OnBase Application Server on WBTSRV03 (IIS app pool 'OnBaseAppServer').",
            ),
            ("step", "Restart SQL Server on WBTSQL01 only if the DBA asks for it."),
            (
                "step",
                "Start the app pool on WBTSRV03 and test retrieving a document in the OnBase "
                "Unity client.",
            ),
        ],
    )
    return c.snap


# --------------------------------------------------------------------------------------------
# Litware, Inc.: software company, fully qualified names and laptops named after their users.
# --------------------------------------------------------------------------------------------


def _litware() -> Snapshot:
    c = _Client(
        Organization(
            id=LITWARE,
            organization_id=LITWARE,
            name="Litware, Inc.",
            short_name="LIT",
            organization_type="Software Company",
            description="Software vendor; one Seattle office, most engineers remote.",
            quick_notes=(
                "No Active Directory: identities are in Entra ID. Build infrastructure is "
                "Proxmox, owned by the DevOps Lead."
            ),
            updated_at=UPDATED_AT,
        )
    )
    sea = 590051
    c.location(
        sea,
        "Seattle Office",
        primary=True,
        address_1="1501 4th Ave, Suite 900",
        city="Seattle",
        region="Washington",
        postal_code="98101",
        country="United States",
        phone="206-555-0160",
        notes="Server closet is room 914; building security badge needed after 6pm.",
    )
    owen = 580052
    c.contact(
        580051,
        "Priyanka",
        "Deshmukh",
        "VP Engineering",
        "Approver",
        "priyanka@litware.example",
        "206-555-0161",
        location_id=sea,
    )
    c.contact(
        owen,
        "Owen",
        "Gallagher",
        "Office & IT Administrator",
        "Primary",
        "owen@litware.example",
        "206-555-0162",
        location_id=sea,
        important=True,
        notes="Day-to-day IT requests; ships laptops to remote staff.",
    )
    c.contact(
        580053,
        "Rachel",
        "Stein",
        "CEO",
        "Approver",
        "rachel@litware.example",
        "206-555-0163",
        location_id=sea,
    )
    c.contact(
        580054,
        "Dmitri",
        "Volkov",
        "DevOps Lead",
        "Technical",
        "dmitri@litware.example",
        "206-555-0164",
        location_id=sea,
        notes="Owns the Proxmox cluster, GitLab and the build runners.",
    )

    common: dict[str, Any] = {"contact_id": owen, "location_id": sea}
    c.config(
        510501,
        "fw1.sea.litware.example",
        "Firewall",
        oui="00:90:7F",
        manufacturer="WatchGuard",
        model="Firebox T85",
        serial_number="80DC0A7E91B42",
        asset_tag="LW-0001",
        operating_system="Fireware 12.10.3",
        primary_ip="10.77.0.1",
        public_ip="192.0.2.200",
        interfaces=[
            ("eth0 External (Ziply)", "192.0.2.200", False),
            ("eth1 External (5G failover)", None, False),
            ("eth2 Trusted", "10.77.0.1", True),
        ],
        warranty_expires_at=_in(130),
        installed_at=_in(-420),
        notes="Office firewall; Mobile VPN with IKEv2 for remote engineers; 5G failover on eth1.",
        **common,
    )
    c.config(
        510502,
        "core-sw.sea.litware.example",
        "Managed Network Switch",
        oui="D0:07:CA",
        manufacturer="Juniper",
        model="EX2300-48P",
        serial_number="JW3620AB1147",
        asset_tag="LW-0002",
        operating_system="Junos 21.4R3",
        primary_ip="10.77.0.2",
        interfaces=[("irb.0 (mgmt)", "10.77.0.2", True), ("ge-0/1/0 uplink", None, False)],
        warranty_expires_at=_in(800),
        installed_at=_in(-420),
        notes="Main switch in the server closet (room 914).",
        **common,
    )
    c.config(
        510503,
        "wlc.sea.litware.example",
        "Wireless Controller",
        oui="C0:C5:20",
        manufacturer="Ruckus",
        model="SmartZone 100",
        serial_number="221903000412",
        asset_tag="LW-0003",
        operating_system="SmartZone 6.1.2",
        primary_ip="10.77.0.5",
        interfaces=[("Control", "10.77.0.5", True)],
        warranty_expires_at=_in(60),
        installed_at=_in(-1000),
        notes=(
            "Ruckus SmartZone controller for the 6 R650 access points; SSIDs Litware and "
            "Litware-Guest."
        ),
        **common,
    )
    for id_, name, ip, serial, note in [
        (
            510504,
            "pve-a.sea.litware.example",
            "10.77.10.5",
            "S41422X3A01077",
            "Proxmox node A; runs GitLab and the Linux build runner.",
        ),
        (
            510505,
            "pve-b.sea.litware.example",
            "10.77.10.6",
            "S41422X3A01081",
            "Proxmox node B; runs the Windows build runner (EV code-signing token passed "
            "through by USB).",
        ),
    ]:
        c.config(
            id_,
            name,
            "Server",
            oui="3C:EC:EF",
            manufacturer="Supermicro",
            model="SuperServer 1029P-WTR",
            serial_number=serial,
            asset_tag=f"LW-{id_ - 510500:04d}",
            operating_system="Proxmox VE 8.2",
            primary_ip=ip,
            interfaces=[("vmbr0", ip, True), ("IPMI", ip.replace(".10.", ".11."), False)],
            warranty_expires_at=_in(-60),
            installed_at=_in(-1400),
            notes=note,
            **common,
        )
    for id_, name, ip, os, note in [
        (
            510506,
            "gitlab.sea.litware.example",
            "10.77.10.20",
            "Ubuntu 22.04 LTS",
            "Self-managed GitLab EE: source code and CI for all Litware products.",
        ),
        (
            510507,
            "build-01.sea.litware.example",
            "10.77.10.21",
            "Ubuntu 22.04 LTS",
            "GitLab CI runner (Docker executor) for Linux builds.",
        ),
        (
            510508,
            "build-02.sea.litware.example",
            "10.77.10.22",
            "Windows Server 2022 Standard",
            "Windows build runner: signs installers with the EV code-signing token.",
        ),
    ]:
        c.config(
            id_,
            name,
            "Server",
            oui="BC:24:11",
            manufacturer="Proxmox",
            model="QEMU Virtual Machine",
            serial_number=f"qemu-{id_ - 510500:03d}",
            operating_system=os,
            primary_ip=ip,
            interfaces=[("net0", ip, True)],
            installed_at=_in(-800),
            notes=note,
            **common,
        )
    c.config(
        510509,
        "pbs.sea.litware.example",
        "Backup Appliance",
        oui="B0:7B:25",
        manufacturer="Dell",
        model="PowerEdge R350",
        serial_number="GQ2MRT3",
        asset_tag="LW-0009",
        operating_system="Proxmox Backup Server 3.2",
        primary_ip="10.77.10.30",
        interfaces=[("eno1", "10.77.10.30", True)],
        warranty_expires_at=_in(480),
        installed_at=_in(-380),
        notes=(
            "Proxmox Backup Server: nightly backups of every VM on pve-a and pve-b at 01:00; "
            "syncs to Backblaze B2."
        ),
        **common,
    )
    c.config(
        510510,
        "ups1.sea.litware.example",
        "UPS",
        oui="00:C0:B7",
        manufacturer="APC",
        model="Smart-UPS SRT 2200VA (SRT2200RMXLA)",
        serial_number="AS2305220871",
        asset_tag="LW-0010",
        operating_system="NMC3 firmware 2.5.0.8",
        primary_ip="10.77.0.40",
        warranty_expires_at=_in(100),
        installed_at=_in(-760),
        notes="UPS in the server closet; NUT server for the Proxmox nodes' auto-shutdown.",
        **common,
    )
    c.config(
        510511,
        "prn-office.sea.litware.example",
        "Printer",
        oui="A0:8C:FD",
        manufacturer="HP",
        model="LaserJet Pro 4301fdw",
        serial_number="VNBRP4K19C",
        asset_tag="LW-0011",
        primary_ip="10.77.20.200",
        warranty_expires_at=_in(180),
        installed_at=_in(-400),
        notes="Office printer by the kitchen.",
        **common,
    )
    c.config(
        510512,
        "ws-render01.sea.litware.example",
        "Workstation",
        oui="B0:7B:25",
        manufacturer="Dell",
        model="Precision 5860 Tower",
        serial_number="8TRWQ34",
        asset_tag="LW-0012",
        operating_system="Windows 11 Pro for Workstations",
        primary_ip="10.77.20.50",
        warranty_expires_at=_in(1000),
        installed_at=_in(-100),
        notes="GPU workstation (RTX A4000) for UI and 3D asset rendering.",
        **common,
    )
    c.config(
        510513,
        "ws-frontdesk.sea.litware.example",
        "Workstation",
        oui="B0:7B:25",
        manufacturer="Dell",
        model="OptiPlex 7010",
        serial_number="3KPLW24",
        asset_tag="LW-0013",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.77.20.51",
        warranty_expires_at=_in(300),
        installed_at=_in(-460),
        notes="Front desk PC; visitor sign-in kiosk (Envoy).",
        **common,
    )
    for id_, name, model, serial, os, user in [
        (510514, "mbp-pdeshmukh", "MacBook Pro 14 (M3 Pro)", "C02ZK1P4MD6T", "macOS 14.5", 580051),
        (510515, "mbp-dvolkov", "MacBook Pro 16 (M3 Max)", "C02ZK7Q9MD6V", "macOS 14.5", 580054),
        (510516, "mbp-rstein", "MacBook Air 13 (M2)", "C02YH2L0Q6L4", "macOS 14.5", 580053),
    ]:
        c.config(
            id_,
            name,
            "Laptop",
            oui="F0:2F:4B",
            manufacturer="Apple",
            model=model,
            serial_number=serial,
            asset_tag=f"LW-{id_ - 510500:04d}",
            operating_system=os,
            warranty_expires_at=_in(45) if name == "mbp-rstein" else _in(500),
            installed_at=_in(-300),
            contact_id=user,
            location_id=sea,
            notes="Enrolled in Jamf Pro; FileVault on.",
        )
    c.config(
        510517,
        "xps-ogallagher",
        "Laptop",
        oui="C8:4B:D6",
        manufacturer="Dell",
        model="XPS 13 9340",
        serial_number="5ZQ8HT3",
        asset_tag="LW-0017",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(650),
        installed_at=_in(-90),
        notes="Office & IT Administrator's laptop; Intune managed.",
        **common,
    )

    C, R, D = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON
    fqdn = ".sea.litware.example"
    c.rel("core-sw" + fqdn, C, "fw1" + fqdn, "ge-0/1/0 to Trusted")
    c.rels(
        [
            n + fqdn
            for n in ("wlc", "pve-a", "pve-b", "pbs", "prn-office", "ws-render01", "ws-frontdesk")
        ],
        C,
        "core-sw" + fqdn,
    )
    c.rels(["gitlab" + fqdn, "build-01" + fqdn], R, "pve-a" + fqdn)
    c.rel("build-02" + fqdn, R, "pve-b" + fqdn)
    c.rels(
        ["build-01" + fqdn, "build-02" + fqdn], D, "gitlab" + fqdn, "CI jobs are pulled from GitLab"
    )
    c.rel("pbs" + fqdn, D, "pve-a" + fqdn, "backup jobs scheduled from the Proxmox cluster")
    c.rels(
        [n + fqdn for n in ("pve-a", "pve-b", "pbs", "core-sw", "fw1")], D, "ups1" + fqdn, "power"
    )

    c.asset(
        530501,
        "Domains",
        "litware.example",
        {
            "domain-name": "litware.example",
            "registrar": "Cloudflare Registrar",
            "expiry-date": _in(330),
            "name-servers": "amy.ns.cloudflare.com, todd.ns.cloudflare.com",
            "auto-renew": True,
        },
    )
    c.asset(
        530502,
        "Domains",
        "litware-status.example",
        {
            "domain-name": "litware-status.example",
            "registrar": "Squarespace Domains",
            "expiry-date": _in(75),
            "name-servers": "ns-cloud-a1.googledomains.com, ns-cloud-a2.googledomains.com",
            "auto-renew": False,
        },
    )
    c.asset(
        530503,
        "Licensing",
        "GitLab Premium",
        {
            "product": "GitLab Premium (self-managed)",
            "license-count": 40,
            "renewal": _in(14),
            "purchased-from": "GitLab Inc.",
        },
    )
    c.asset(
        530504,
        "Licensing",
        "JetBrains All Products Pack",
        {
            "product": "JetBrains All Products Pack",
            "license-count": 22,
            "renewal": _in(95),
            "purchased-from": "JetBrains",
        },
    )
    c.asset(
        530505,
        "Licensing",
        "EV code signing certificate",
        {
            "product": "DigiCert EV Code Signing certificate (SafeNet eToken 5110)",
            "license-count": 1,
            "renewal": _in(48),
            "purchased-from": "DigiCert",
        },
    )
    c.asset(
        530506,
        "LOB Application",
        "GitLab",
        {
            "application-name": "GitLab EE",
            "vendor": "GitLab Inc.",
            "version": "17.0.2",
            "hosted-on": c.tag("gitlab" + fqdn),
            "support-contact": "Dmitri Volkov (internal); GitLab support portal for Premium",
        },
    )
    c.asset(
        530507,
        "Internet / WAN",
        "Seattle fiber",
        {
            "isp": "Ziply Fiber Business",
            "circuit-id": "ZFB-SEA-1190457",
            "static-ip": "192.0.2.200",
            "bandwidth": "2 Gbps symmetrical",
            "isp-support": "Ziply business support 866-555-0112",
            "terminates-on": c.tag("fw1" + fqdn),
        },
    )
    c.asset(
        530508,
        "Internet / WAN",
        "Seattle 5G failover",
        {
            "isp": "T-Mobile for Business",
            "circuit-id": "TMO-5G-8472",
            "static-ip": "none (CGNAT)",
            "bandwidth": "300/40 Mbps",
            "isp-support": "T-Mobile business care 800-555-0123",
            "terminates-on": c.tag("fw1" + fqdn),
        },
    )
    c.asset(
        530509,
        "Email",
        "Litware mail",
        {
            "provider": "Google Workspace Business Plus",
            "mx-record": "aspmx.l.google.com",
            "tenant-name": "litware.example",
            "spam-filtering": "Gmail built-in plus Abnormal Security",
        },
    )
    c.rel("GitLab", R, "gitlab" + fqdn, "Omnibus install")

    c.password(
        550501,
        "WatchGuard admin",
        "admin",
        "Firewall",
        "fw1" + fqdn,
        url="https://10.77.0.1:8080",
    )
    c.password(
        550502,
        "Proxmox root@pam",
        "root@pam",
        "Virtualization",
        "pve-a" + fqdn,
        url="https://10.77.10.5:8006",
    )
    c.password(
        550503,
        "Proxmox Backup Server",
        "root@pam",
        "Backup",
        "pbs" + fqdn,
        url="https://10.77.10.30:8007",
    )
    c.password(550504, "GitLab root", "root", "Application", "gitlab" + fqdn)
    c.password(
        550505,
        "EV code signing token PIN",
        None,
        "Code Signing",
        "build-02" + fqdn,
        notes="Three wrong PINs lock the token; DigiCert must then reissue it.",
    )
    c.password(550506, "Ruckus SmartZone", "admin", "Wireless", "wlc" + fqdn)

    c.document(
        560051,
        "GitLab upgrade procedure",
        "Runbooks",
        [
            ("heading", "Before"),
            (
                "step",
                "Take a Proxmox snapshot of gitlab.sea.litware.example on "
                "pve-a.sea.litware.example.",
            ),
            (
                "step",
                "Check the upgrade path with the GitLab upgrade path tool: from 17.0.2 go to "
                "17.3.x.",
            ),
            ("heading", "Upgrade"),
            ("step", "sudo apt-get update && sudo apt-get install gitlab-ee=<version>"),
            ("step", "Run sudo gitlab-rake gitlab:check SANITIZE=true and fix any failures."),
            ("heading", "After"),
            (
                "text",
                "Pause and unpause the runners on build-01.sea.litware.example and "
                "build-02.sea.litware.example, then run a test pipeline.",
            ),
        ],
    )
    c.document(
        560052,
        "Code signing on build-02",
        "Runbooks",
        [
            ("heading", "Overview"),
            (
                "text",
                "The DigiCert EV code-signing USB token is plugged into pve-b.sea.litware.example "
                "and passed through to build-02.sea.litware.example.",
            ),
            ("heading", "Token not detected"),
            (
                "step",
                "In Proxmox on pve-b, check Hardware > USB Device for the SafeNet eToken 5110 on "
                "build-02.",
            ),
            ("step", "Restart the 'SafeNet Authentication Service' on build-02."),
            (
                "step",
                "Re-run the signing job; the token PIN is in the password entry 'EV code signing "
                "token PIN'.",
            ),
        ],
    )
    return c.snap


def snapshot() -> Snapshot:
    """The other MSP: five hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (_fabrikam(), _contoso(), _tailspin(), _woodgrove(), _litware()):
        out.merge(part)
    return out
