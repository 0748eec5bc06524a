"""A third hand-written MSP, unlike both the sample MSP (sync/demo/) and evals/other_msp.py.

It exists to check that question understanding generalises: other names, other device types,
other flexible asset types and other trait keys. Five clients, each with its own naming habit:

- St. Brigid's Family Clinic (SBFC; Galway and Oranmore, Ireland): `SBFC-<ROLE>-<WHERE>-NN`
  names whose middle part is a role or a room (`SBFC-SRV-DC-01`, `SBFC-PRT-2F-HP`).
- Northwind Traders Pty Ltd (NWT; Sydney, Melbourne, Brisbane): names start with the site's
  airport code and never say the company (`SYD-ESX-01`, `MEL-FW-01`, `BNE-TC52-02`).
- A. Datum Corporation (ADATUM; New York and Chicago): lowercase `ad-<site>-<role>-NN`
  (`ad-nyc-sql-01`, `ad-chi-dc-01`, `ad-nyc-lt-0412`) and Windows-style MACs (`00-1C-7F-...`).
- The Johnson Family Office (no short name; Greenwich, CT): devices named after people and
  rooms (`Mark's iMac`, `Study printer`, `Garage NAS`) with separate mDNS-style hostnames.
- Blue Yonder Airlines (BYA; Kelowna and Richmond, BC): old hangar kit is `BYA<ROLE><N>` with
  no separators (`BYAHANGARSW1`, `BYAVHOST2`), the newer ops centre is `OPS-<ROLE>-NN`
  (`OPS-KIOSK-07`), flight-bag iPads are `EFB-<aircraft registration>`; Cisco-dotted MACs.

Configuration types neither other account has (Virtual Host, Storage Array, Core Switch,
Network Switch, Door Controller, Kiosk, Mobile Device, Network Attached Storage, VoIP Phone
System, Network Video Recorder, Satellite Terminal) next to common ones; flexible asset types
of its own (Vendor, Line of Business, VPN, Microsoft 365 Tenant, Door Access, Certificates);
contacts, password metadata (`value_encrypted` stays None), runbooks that name the client's
devices, and CONNECTED_TO / RUNS_ON / DEPENDS_ON edges. Everything is written out by hand;
nothing is random. Every date is an offset from TODAY so the expiry and warranty questions in
evals/natural/third.jsonl have fixed answers.

Ids: organizations 701..705; every other id (records, interfaces, document sections) is
700000 or above and unique across all of them: flexible asset types 700001..700006, then one
block of ten thousand per organization (710000 for 701 ... 750000 for 705): locations +1..,
contacts +11.., configurations +101.., flexible assets +301.., passwords +401..,
documents +501.., document sections +1001.., configuration interfaces +2001...
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

TODAY = date(2026, 6, 1)
"""'Today' for this account: expiry windows and warranty answers are computed from it."""
UPDATED_AT = datetime(2026, 5, 31, 16, 30, tzinfo=UTC)

SBFC, NWT, ADATUM, JOHNSON, BYA = 701, 702, 703, 704, 705

CONNECTED, RUNS, DEPENDS = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON


def _in(days: int) -> date:
    """TODAY shifted by `days` (negative: in the past)."""
    return TODAY + timedelta(days=days)


def _mac(oui: str, n: int, style: str) -> str:
    """A fixed MAC: a 6-hex-digit vendor prefix, then three bytes of `n`, written the way the
    client's tools write MACs (`colon`, `lower`, `dash` or Cisco `dotted`)."""
    digits = (oui + f"{n & 0xFFFFFF:06X}").upper()
    pairs = [digits[i : i + 2] for i in range(0, 12, 2)]
    if style == "colon":
        return ":".join(pairs)
    if style == "lower":
        return ":".join(pairs).lower()
    if style == "dash":
        return "-".join(pairs)
    return ".".join(digits[i : i + 4] for i in range(0, 12, 4)).lower()


def _field(name: str, kind: str = "Text", **extra: Any) -> FlexibleAssetField:
    key = name.lower().replace(" ", "-")
    return FlexibleAssetField(name=name, name_key=key, kind=kind, **extra)


ASSET_TYPES = [
    FlexibleAssetType(
        id=700001,
        organization_id=0,
        name="Vendor",
        description="Suppliers the client has a contract with, and how to reach their support",
        fields=(
            _field("Vendor name"),
            _field("Account number"),
            _field("Support phone"),
            _field("Support email"),
            _field("Contract end", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=700002,
        organization_id=0,
        name="Line of Business",
        description="The client's business applications and the server each one runs on",
        fields=(
            _field("App name"),
            _field("Version"),
            _field("Server", "Tag", tag_type="Configurations"),
            _field("Licensed users", "Number"),
            _field("Vendor"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=700003,
        organization_id=0,
        name="VPN",
        description="Site-to-site tunnels and remote-access VPNs",
        fields=(
            _field("Type"),
            _field("Endpoint"),
            _field("Pre-shared key location"),
            _field("Users", "Textbox"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=700004,
        organization_id=0,
        name="Microsoft 365 Tenant",
        description="The client's Microsoft 365 tenant, licences and admins",
        fields=(
            _field("Tenant domain"),
            _field("Licence SKU"),
            _field("Licence count", "Number"),
            _field("Global admins", "Textbox"),
            _field("Renewal", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=700005,
        organization_id=0,
        name="Door Access",
        description="Physical access control: the system, its controller and who administers it",
        fields=(
            _field("System"),
            _field("Controller", "Tag", tag_type="Configurations"),
            _field("Admin contact"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=700006,
        organization_id=0,
        name="Certificates",
        description="TLS certificates by hostname, with who issued them and when they lapse",
        fields=(
            _field("Hostname"),
            _field("Authority"),
            _field("Valid until", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _Builder:
    """One organization's records. Devices and assets are referred to by name; interface and
    document section ids come from the organization's own block."""

    def __init__(self, org: Organization, block: int, mac_style: str) -> None:
        self.org = org
        self.mac_style = mac_style
        self.snap = Snapshot(organizations=[org])
        self.devices: dict[str, Configuration] = {}
        self.assets: dict[str, FlexibleAsset] = {}
        self._next_section = block + 1001
        self._next_interface = block + 2001

    # -- places and people ---------------------------------------------------------------

    def location(self, id: int, name: str, **fields: Any) -> int:
        self.snap.locations.append(
            Location(id=id, organization_id=self.org.id, name=name, updated_at=UPDATED_AT, **fields)
        )
        return id

    def person(
        self,
        id: int,
        name: str,
        title: str,
        contact_type: str,
        email: str,
        phone: str,
        mobile: str | None = None,
        **fields: Any,
    ) -> int:
        first, _, last = name.partition(" ")
        phones = [ContactPoint(value=phone, label="Work", primary=True)]
        if mobile:
            phones.append(ContactPoint(value=mobile, label="Mobile"))
        self.snap.contacts.append(
            Contact(
                id=id,
                organization_id=self.org.id,
                name=name,
                first_name=first,
                last_name=last or None,
                title=title,
                contact_type=contact_type,
                emails=(ContactPoint(value=email, primary=True),),
                phones=tuple(phones),
                updated_at=UPDATED_AT,
                **fields,
            )
        )
        return id

    # -- devices ---------------------------------------------------------------------------

    def device(
        self,
        id: int,
        name: str,
        configuration_type: str,
        *,
        oui: str | None = None,
        ports: Sequence[tuple[str, str | None]] = (),
        **fields: Any,
    ) -> None:
        """`ports`: (interface name, ip); the first port with an ip is the primary one."""
        fields.setdefault("hostname", name)
        if oui:
            fields.setdefault("mac_address", _mac(oui, id * 4, self.mac_style))
        interfaces = []
        primary_done = False
        for n, (port, ip) in enumerate(ports):
            primary = bool(ip) and not primary_done
            primary_done = primary_done or primary
            interfaces.append(
                ConfigurationInterface(
                    id=self._next_interface,
                    name=port,
                    ip_address=ip,
                    mac_address=_mac(oui, id * 4 + n, self.mac_style) if oui else None,
                    primary=primary,
                )
            )
            self._next_interface += 1
        record = Configuration(
            id=id,
            organization_id=self.org.id,
            name=name,
            configuration_type=configuration_type,
            interfaces=tuple(interfaces),
            updated_at=UPDATED_AT,
            **fields,
        )
        assert name not in self.devices, name
        self.devices[name] = record
        self.snap.configurations.append(record)

    def _sid(self, ref: str) -> str:
        return (self.devices.get(ref) or self.assets[ref]).source_id

    def link(
        self, sources: str | Sequence[str], kind: RelType, target: str, notes: str = ""
    ) -> None:
        for source in [sources] if isinstance(sources, str) else sources:
            self.snap.relationships.append(
                Relationship(
                    source=self._sid(source),
                    target=self._sid(target),
                    kind=kind,
                    organization_id=self.org.id,
                    notes=notes or None,
                )
            )

    # -- flexible assets and passwords -----------------------------------------------------

    def tag(self, *names: str) -> TagTrait:
        return TagTrait(
            type="Configurations",
            values=tuple(TagValue(id=self.devices[n].id, name=n) for n in names),
        )

    def asset(self, id: int, type_name: str, name: str, **traits: TraitValue) -> None:
        kind = self.asset_types()[type_name]
        values = {key.replace("_", "-"): value for key, value in traits.items()}
        known = {f.name_key for f in kind.fields}
        assert set(values) <= known, (name, set(values) - known)
        expiry = next((f.name_key for f in kind.fields if f.expiration), None)
        expires = values.get(expiry) if expiry else None
        record = FlexibleAsset(
            id=id,
            organization_id=self.org.id,
            name=name,
            flexible_asset_type_id=kind.id,
            flexible_asset_type_name=kind.name,
            traits=values,
            expires_on=expires if isinstance(expires, date) else None,
            updated_at=UPDATED_AT,
        )
        assert name not in self.assets, name
        self.assets[name] = record
        self.snap.flexible_assets.append(record)

    def asset_types(self) -> dict[str, FlexibleAssetType]:
        """The account's flexible asset types by name (a later account overrides this)."""
        return _TYPE

    def secret(
        self,
        id: int,
        name: str,
        username: str | None,
        category: str,
        device: str | None = None,
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
                resource_type="Configuration" if device else None,
                resource_id=self.devices[device].id if device else None,
                value_encrypted=None,
                updated_at=UPDATED_AT,
            )
        )

    # -- runbooks --------------------------------------------------------------------------

    def runbook(self, id: int, name: str, folder: str, *parts: tuple[str, str]) -> None:
        """`parts`: ("h", heading), ("p", paragraph) or ("s", step), in order."""
        sections = []
        for sort, (kind, text) in enumerate(parts):
            if kind == "h":
                section = DocumentSection(
                    id=self._next_section,
                    kind="heading",
                    level=3,
                    content=f"<h3>{text}</h3>",
                    sort=sort,
                )
            elif kind == "s":
                section = DocumentSection(
                    id=self._next_section, kind="step", content=f"<p>{text}</p>", sort=sort
                )
            else:
                section = DocumentSection(
                    id=self._next_section, kind="text", content=f"<div>{text}</div>", sort=sort
                )
            sections.append(section)
            self._next_section += 1
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


# ============================================================================================
# St. Brigid's Family Clinic: a GP practice in Galway with a satellite clinic in Oranmore.
# ============================================================================================


def _st_brigids() -> Snapshot:
    b = _Builder(
        Organization(
            id=SBFC,
            organization_id=SBFC,
            name="St. Brigid's Family Clinic",
            short_name="SBFC",
            organization_type="General Practice",
            description=(
                "Four-GP family practice in Galway with a two-room satellite clinic in Oranmore; "
                "practice software is Helix Practice Manager."
            ),
            quick_notes=(
                "Clinic hours 08:00-18:30 Mon-Fri. No reboots of SBFC-SRV-EMR-01 or "
                "SBFC-SRV-SQL-01 during clinic hours without the Practice Manager's OK."
            ),
            updated_at=UPDATED_AT,
        ),
        710000,
        "colon",
    )
    galway = b.location(
        710001,
        "Galway Main Clinic",
        primary=True,
        address_1="14 Newcastle Road",
        city="Galway",
        region="County Galway",
        postal_code="H91 X2F7",
        country="Ireland",
        phone="+353 91 555 0140",
        notes=(
            "Comms room is the locked cupboard behind reception; the key is with the Practice "
            "Manager. The rack also holds SBFC-UPS-01."
        ),
    )
    oranmore = b.location(
        710002,
        "Oranmore Satellite Clinic",
        address_1="Unit 3, Main Street",
        city="Oranmore",
        region="County Galway",
        postal_code="H91 P6C4",
        country="Ireland",
        phone="+353 91 555 0188",
        notes="Open Tuesdays and Thursdays; comms box in the store room above the sink.",
    )
    pm = b.person(
        710011,
        "Siobhan Kearney",
        "Practice Manager",
        "Primary",
        "siobhan.kearney@stbrigids-clinic.example",
        "+353 91 555 0141",
        mobile="+353 87 555 0163",
        location_id=galway,
        important=True,
        notes="Approves downtime and any spend over EUR 500; holds the comms room key.",
    )
    b.person(
        710012,
        "Declan Morrissey",
        "Lead GP / Partner",
        "Approver",
        "declan.morrissey@stbrigids-clinic.example",
        "+353 91 555 0142",
        location_id=galway,
        notes="Clinical safety sign-off for changes to Helix Practice Manager and the ECG PC.",
    )
    b.person(
        710013,
        "Aoife Gilmartin",
        "Reception Supervisor",
        "User",
        "aoife.gilmartin@stbrigids-clinic.example",
        "+353 91 555 0140",
        location_id=galway,
        notes="First point of contact for printer and check-in kiosk problems.",
    )
    b.person(
        710014,
        "Ciaran Whelan",
        "Finance & HR Administrator",
        "Billing",
        "ciaran.whelan@stbrigids-clinic.example",
        "+353 91 555 0144",
        location_id=galway,
        notes="Receives our invoices; Microsoft 365 licence changes go through him.",
    )

    gw: dict[str, Any] = {"location_id": galway, "contact_id": pm}
    b.device(
        710101,
        "SBFC-FW-01",
        "Firewall",
        oui="7C5A1C",
        manufacturer="Sophos",
        model="XGS 2100",
        serial_number="X2100D8Q2K7F1A4",
        asset_tag="SBFC-0101",
        operating_system="SFOS 20.0.1 MR-1",
        primary_ip="10.61.0.1",
        public_ip="203.0.113.62",
        ports=[
            ("Port1 (LAN)", "10.61.0.1"),
            ("Port2 (WAN)", "203.0.113.62"),
            ("Port3 (Voice)", "10.61.50.1"),
        ],
        warranty_expires_at=_in(75),
        installed_at=_in(-820),
        notes=(
            "Perimeter firewall at the Galway clinic: Eir fibre on Port2, site-to-site IPsec "
            "to SBFC-FW-ORN, SSL VPN for the GPs' home access."
        ),
        **gw,
    )
    b.device(
        710102,
        "SBFC-FW-ORN",
        "Firewall",
        oui="7C5A1C",
        manufacturer="Sophos",
        model="XGS 87",
        serial_number="X870A3TR6M9KD51",
        operating_system="SFOS 20.0.1 MR-1",
        primary_ip="10.62.0.1",
        public_ip="198.51.100.77",
        ports=[("Port1 (LAN)", "10.62.0.1"), ("Port2 (WAN)", "198.51.100.77")],
        warranty_expires_at=_in(-20),
        installed_at=_in(-1100),
        location_id=oranmore,
        notes=(
            "Oranmore satellite clinic firewall; IPsec tunnel 'ORN-GWY' back to SBFC-FW-01 so "
            "the consult PC reaches Helix."
        ),
    )
    b.device(
        710103,
        "SBFC-CSW-01",
        "Core Switch",
        oui="F87B20",
        manufacturer="Cisco",
        model="Catalyst 9200L-48P-4G",
        serial_number="JAE25331XQH",
        asset_tag="SBFC-0103",
        operating_system="IOS-XE 17.9.4a",
        primary_ip="10.61.0.2",
        ports=[("Vlan1 (mgmt)", "10.61.0.2"), ("Gi1/1/1 (uplink to SBFC-FW-01)", None)],
        warranty_expires_at=_in(900),
        installed_at=_in(-820),
        notes=(
            "Core switch in the Galway comms cupboard; VLAN 10 servers, VLAN 20 clinical PCs, "
            "VLAN 50 voice. PoE for the access points and the Yealink phones."
        ),
        **gw,
    )
    for id_, name, serial, tag, ip, note in [
        (
            710104,
            "SBFC-VH-01",
            "CZJ34107QM",
            "SBFC-0104",
            "10.61.10.11",
            "VMware ESXi host 1; runs SBFC-SRV-DC-01, SBFC-SRV-EMR-01 and SBFC-SRV-FS-01. "
            "Datastores on SBFC-SAN-01 over iSCSI.",
        ),
        (
            710105,
            "SBFC-VH-02",
            "CZJ34107QN",
            "SBFC-0105",
            "10.61.10.12",
            "VMware ESXi host 2; runs SBFC-SRV-DC-02 and SBFC-SRV-SQL-01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Host",
            oui="9440C9",
            manufacturer="HPE",
            model="ProLiant DL380 Gen11",
            serial_number=serial,
            asset_tag=tag,
            operating_system="VMware ESXi 8.0 Update 2",
            primary_ip=ip,
            ports=[("vmnic0", ip), ("iLO 6", ip.replace(".10.", ".11."))],
            warranty_expires_at=_in(25),
            installed_at=_in(-1070),
            notes=note,
            **gw,
        )
    b.device(
        710106,
        "SBFC-SAN-01",
        "Storage Array",
        oui="9440C9",
        manufacturer="HPE",
        model="MSA 2060 10GbE iSCSI LFF",
        serial_number="ACM2415Z7P",
        asset_tag="SBFC-0106",
        operating_system="MSA firmware IN110R003",
        primary_ip="10.61.12.20",
        ports=[("Controller A", "10.61.12.20"), ("Controller B", "10.61.12.21")],
        warranty_expires_at=_in(400),
        installed_at=_in(-1070),
        notes=(
            "Shared iSCSI storage for both ESXi hosts (volumes VOL-CLINICAL and VOL-GENERAL); "
            "12 x 4 TB drives in MSA-DP+."
        ),
        **gw,
    )
    for id_, name, ip, os, os_notes, note in [
        (
            710107,
            "SBFC-SRV-DC-01",
            "10.61.10.21",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for stbrigids.local; DNS and DHCP for the clinic VLANs.",
        ),
        (
            710108,
            "SBFC-SRV-DC-02",
            "10.61.10.22",
            "Windows Server 2022 Standard",
            None,
            "Second domain controller and DNS for stbrigids.local.",
        ),
        (
            710109,
            "SBFC-SRV-EMR-01",
            "10.61.10.30",
            "Windows Server 2022 Standard",
            None,
            "Helix Practice Manager application server: HPM services, document scanning and the "
            "Healthlink lab results import.",
        ),
        (
            710110,
            "SBFC-SRV-SQL-01",
            "10.61.10.31",
            "Windows Server 2019 Standard",
            "SQL Server 2019 Standard, instance HPMSQL",
            "SQL Server for Helix Practice Manager: instance HPMSQL, database HPM_LIVE.",
        ),
        (
            710111,
            "SBFC-SRV-FS-01",
            "10.61.10.40",
            "Windows Server 2022 Standard",
            None,
            "File server: S: shared practice drive, P: policies, scanned referral letters; also "
            "runs the Paxton Net2 server software.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Server",
            oui="005056",
            manufacturer="VMware",
            model="VMware Virtual Platform",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("Ethernet0 (vmxnet3)", ip)],
            installed_at=_in(-1060),
            notes=note,
            **gw,
        )
    b.device(
        710112,
        "SBFC-NAS-01",
        "Network Attached Storage",
        oui="001132",
        manufacturer="Synology",
        model="RS1221+",
        serial_number="2170RSN824613",
        asset_tag="SBFC-0112",
        operating_system="DSM 7.2.1-69057 Update 5",
        primary_ip="10.61.10.50",
        warranty_expires_at=_in(-100),
        installed_at=_in(-1200),
        notes=(
            "Veeam backup repository for the ESXi VMs (nightly at 22:00) plus Hyper Backup of "
            "the S: drive to Synology C2."
        ),
        **gw,
    )
    b.device(
        710113,
        "SBFC-UPS-01",
        "UPS",
        oui="0020C6",
        manufacturer="Eaton",
        model="9PX 3000i RT2U",
        serial_number="GA23L41012",
        asset_tag="SBFC-0113",
        operating_system="Network-M2 card 2.1.5",
        primary_ip="10.61.0.40",
        warranty_expires_at=_in(50),
        installed_at=_in(-700),
        notes=(
            "Rack UPS in the Galway comms cupboard; feeds both ESXi hosts, SBFC-SAN-01, "
            "SBFC-CSW-01 and SBFC-FW-01. About 18 minutes of runtime."
        ),
        **gw,
    )
    for id_, name, serial, ip, note in [
        (
            710114,
            "SBFC-AP-GF-01",
            "Q3AB-7KLM-2XYZ",
            "10.61.0.61",
            "Ground floor AP above the waiting room; SSIDs SBFC-Clinical and SBFC-Patients.",
        ),
        (
            710115,
            "SBFC-AP-1F-01",
            "Q3AB-7KLM-3PQR",
            "10.61.0.62",
            "First floor AP outside consult rooms 3 and 4.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="0C8DDB",
            manufacturer="Cisco Meraki",
            model="MR36",
            serial_number=serial,
            operating_system="MR 30.7",
            primary_ip=ip,
            notes=note,
            **gw,
        )
    b.device(
        710116,
        "SBFC-PRT-2F-HP",
        "Printer",
        oui="3822E2",
        manufacturer="HP",
        model="LaserJet Enterprise M507dn",
        serial_number="PHBVL41207",
        asset_tag="SBFC-0116",
        primary_ip="10.61.20.201",
        warranty_expires_at=_in(-300),
        installed_at=_in(-1400),
        notes="Admin office printer on the 2nd floor; prescriptions print from tray 2.",
        **gw,
    )
    b.device(
        710117,
        "SBFC-PRT-RCP-BRO",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="MFC-L8900CDW",
        serial_number="E77043K1N512233",
        asset_tag="SBFC-0117",
        primary_ip="10.61.20.202",
        warranty_expires_at=_in(140),
        installed_at=_in(-600),
        notes="Reception colour MFP; scan-to-folder into \\\\SBFC-SRV-FS-01\\Scans.",
        **gw,
    )
    b.device(
        710118,
        "SBFC-VOIP-01",
        "VoIP Phone System",
        oui="F4B898",
        manufacturer="Yeastar",
        model="P570",
        serial_number="3657C1029384",
        asset_tag="SBFC-0118",
        operating_system="firmware 37.13.0.25",
        primary_ip="10.61.50.10",
        warranty_expires_at=_in(500),
        installed_at=_in(-400),
        notes=(
            "IP PBX for both clinics: SIP trunk from Blueface, 24 Yealink T54W handsets, "
            "out-of-hours message points patients to the GP co-op."
        ),
        **gw,
    )
    b.device(
        710119,
        "SBFC-KIOSK-01",
        "Kiosk",
        oui="0016C9",
        manufacturer="Elo",
        model="I-Series 4 Value 22-inch",
        serial_number="E2301550912",
        operating_system="Windows 11 IoT Enterprise LTSC 2024",
        primary_ip="10.61.20.90",
        warranty_expires_at=_in(330),
        notes=(
            "Patient self check-in kiosk in the waiting room; runs the Helix Check-In app in "
            "assigned-access mode."
        ),
        **gw,
    )
    b.device(
        710120,
        "SBFC-DOOR-01",
        "Door Controller",
        oui="000DE4",
        manufacturer="Paxton",
        model="Net2 Plus (477-110)",
        serial_number="04577821",
        asset_tag="SBFC-0120",
        primary_ip="10.61.20.95",
        notes=(
            "Paxton Net2 Plus controller for the drugs store room and comms cupboard doors; "
            "fobs are managed in Net2 on SBFC-SRV-FS-01."
        ),
        **gw,
    )
    for id_, name, make, model, serial, asset_tag, ip, os, warranty, where, note in [
        (
            710121,
            "SBFC-WS-RCP-01",
            "Dell",
            "OptiPlex 7010 SFF",
            "5GH7QX3",
            "SBFC-0121",
            "10.61.20.21",
            "Windows 11 Pro 23H2",
            380,
            galway,
            "Reception desk 1 (left); card reader for the payment terminal.",
        ),
        (
            710122,
            "SBFC-WS-RCP-02",
            "Dell",
            "OptiPlex 7010 SFF",
            "5GH7QX4",
            "SBFC-0122",
            "10.61.20.22",
            "Windows 11 Pro 23H2",
            380,
            galway,
            "Reception desk 2 (right).",
        ),
        (
            710123,
            "SBFC-WS-GP1",
            "HP",
            "Elite Mini 800 G9",
            "4CE3281LMN",
            "SBFC-0123",
            "10.61.20.31",
            "Windows 11 Pro 23H2",
            80,
            galway,
            "Consult room 1 (Dr Morrissey); dictation microphone and Helix.",
        ),
        (
            710124,
            "SBFC-WS-GP2",
            "HP",
            "Elite Mini 800 G9",
            "4CE3281LMP",
            "SBFC-0124",
            "10.61.20.32",
            "Windows 11 Pro 23H2",
            80,
            galway,
            "Consult room 2.",
        ),
        (
            710125,
            "SBFC-WS-NURSE",
            "Dell",
            "OptiPlex 7010 SFF",
            "5GH7QX9",
            None,
            "10.61.20.40",
            "Windows 10 Pro 22H2",
            -30,
            galway,
            "Practice nurse room; USB link to the Welch Allyn CP150 ECG machine "
            "(CardioPerfect software).",
        ),
        (
            710126,
            "SBFC-WS-ORN-01",
            "HP",
            "Elite Mini 800 G9",
            "4CE3281LMQ",
            "SBFC-0126",
            "10.62.20.21",
            "Windows 11 Pro 23H2",
            80,
            oranmore,
            "Oranmore consult room PC; reaches Helix over the IPsec tunnel.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="B04F13" if make == "Dell" else "A8B13B",
            manufacturer=make,
            model=model,
            serial_number=serial,
            asset_tag=asset_tag,
            operating_system=os,
            primary_ip=ip,
            warranty_expires_at=_in(warranty),
            location_id=where,
            contact_id=pm,
            notes=note,
        )

    vms1 = ["SBFC-SRV-DC-01", "SBFC-SRV-EMR-01", "SBFC-SRV-FS-01"]
    vms2 = ["SBFC-SRV-DC-02", "SBFC-SRV-SQL-01"]
    b.link(vms1, RUNS, "SBFC-VH-01")
    b.link(vms2, RUNS, "SBFC-VH-02")
    b.link(["SBFC-VH-01", "SBFC-VH-02"], DEPENDS, "SBFC-SAN-01", "iSCSI datastores")
    b.link(["SBFC-VH-01", "SBFC-VH-02", "SBFC-SAN-01", "SBFC-NAS-01"], CONNECTED, "SBFC-CSW-01")
    b.link("SBFC-CSW-01", CONNECTED, "SBFC-FW-01")
    b.link("SBFC-FW-ORN", CONNECTED, "SBFC-FW-01", "IPsec tunnel ORN-GWY")
    b.link(
        ["SBFC-VH-01", "SBFC-VH-02", "SBFC-SAN-01", "SBFC-CSW-01", "SBFC-FW-01"],
        DEPENDS,
        "SBFC-UPS-01",
        "power",
    )
    b.link("SBFC-SRV-EMR-01", DEPENDS, "SBFC-SRV-SQL-01", "HPMSQL database")
    b.link(["SBFC-SRV-EMR-01", "SBFC-SRV-FS-01"], DEPENDS, "SBFC-SRV-DC-01")
    b.link(
        [
            "SBFC-AP-GF-01",
            "SBFC-AP-1F-01",
            "SBFC-PRT-2F-HP",
            "SBFC-PRT-RCP-BRO",
            "SBFC-VOIP-01",
            "SBFC-KIOSK-01",
            "SBFC-DOOR-01",
            "SBFC-WS-RCP-01",
            "SBFC-WS-RCP-02",
            "SBFC-WS-GP1",
            "SBFC-WS-GP2",
            "SBFC-WS-NURSE",
        ],
        CONNECTED,
        "SBFC-CSW-01",
    )
    b.link("SBFC-WS-ORN-01", CONNECTED, "SBFC-FW-ORN")
    b.link(
        [
            "SBFC-KIOSK-01",
            "SBFC-WS-RCP-01",
            "SBFC-WS-RCP-02",
            "SBFC-WS-GP1",
            "SBFC-WS-GP2",
            "SBFC-WS-NURSE",
            "SBFC-WS-ORN-01",
        ],
        DEPENDS,
        "SBFC-SRV-EMR-01",
        "Helix Practice Manager client",
    )
    b.link("SBFC-PRT-RCP-BRO", DEPENDS, "SBFC-SRV-FS-01", "scan-to-folder")
    b.link("SBFC-DOOR-01", DEPENDS, "SBFC-SRV-FS-01", "Net2 server software")

    b.asset(
        710301,
        "Vendor",
        "Clanwilliam Health",
        vendor_name="Clanwilliam Health",
        account_number="CWH-IE-20417",
        support_phone="+353 1 555 0870",
        support_email="support@clanwilliamhealth.example",
        contract_end=_in(45),
    )
    b.asset(
        710302,
        "Vendor",
        "Eir Business (Galway fibre)",
        vendor_name="Eir Business",
        account_number="EIRB-88310472",
        support_phone="1800 555 140",
        support_email="business.support@eir.example",
        contract_end=_in(-40),
    )
    b.asset(
        710303,
        "Line of Business",
        "Helix Practice Manager",
        app_name="Helix Practice Manager",
        version="2024.2.1",
        server=b.tag("SBFC-SRV-EMR-01"),
        licensed_users=18,
        vendor="Clanwilliam Health",
    )
    b.asset(
        710304,
        "VPN",
        "Galway - Oranmore site-to-site",
        type="IPsec site-to-site (IKEv2)",
        endpoint="203.0.113.62 (SBFC-FW-01) <-> 198.51.100.77 (SBFC-FW-ORN)",
        pre_shared_key_location="IT Glue password 'ORN-GWY IPsec PSK'",
        users="n/a (site-to-site)",
    )
    b.asset(
        710305,
        "VPN",
        "GP remote access",
        type="Sophos SSL VPN",
        endpoint="vpn.stbrigids-clinic.example:8443",
        pre_shared_key_location="No PSK: certificate plus MFA (Sophos Authenticator)",
        users="Dr Declan Morrissey, Dr Nuala Fahy, Siobhan Kearney",
    )
    b.asset(
        710306,
        "Microsoft 365 Tenant",
        "St. Brigid's Microsoft 365",
        tenant_domain="stbrigidsclinic.onmicrosoft.com",
        licence_sku="Microsoft 365 Business Premium",
        licence_count=22,
        global_admins=(
            "msp-admin@stbrigidsclinic.onmicrosoft.com; siobhan.kearney@stbrigids-clinic.example"
        ),
        renewal=_in(20),
    )
    b.asset(
        710307,
        "Door Access",
        "Clinic doors (Paxton Net2)",
        system="Paxton Net2 Pro 6.10",
        controller=b.tag("SBFC-DOOR-01"),
        admin_contact="Siobhan Kearney (Practice Manager)",
    )
    b.asset(
        710308,
        "Certificates",
        "vpn.stbrigids-clinic.example",
        hostname="vpn.stbrigids-clinic.example",
        authority="Let's Encrypt",
        valid_until=_in(12),
    )
    b.asset(
        710309,
        "Certificates",
        "helix-web.stbrigids-clinic.example",
        hostname="helix-web.stbrigids-clinic.example",
        authority="DigiCert",
        valid_until=_in(210),
    )
    b.link("Helix Practice Manager", RUNS, "SBFC-SRV-EMR-01")
    b.link("Helix Practice Manager", DEPENDS, "SBFC-SRV-SQL-01")

    b.secret(
        710401,
        "SBFC-FW-01 webadmin",
        "admin",
        "Firewall",
        "SBFC-FW-01",
        url="https://10.61.0.1:4444",
        notes="Sophos local admin; MFA code from Sophos Authenticator on the MSP shared phone.",
    )
    b.secret(
        710402,
        "ORN-GWY IPsec PSK",
        None,
        "VPN",
        "SBFC-FW-ORN",
        notes="Pre-shared key of the Galway-Oranmore tunnel; identical on both firewalls.",
    )
    b.secret(
        710403,
        "ESXi root (SBFC-VH-01 / SBFC-VH-02)",
        "root",
        "Virtualization",
        "SBFC-VH-01",
        url="https://10.61.10.11/ui",
        notes="Same root password on both hosts; there is no vCenter.",
    )
    b.secret(
        710404,
        "HPMSQL sa account",
        "sa",
        "Database",
        "SBFC-SRV-SQL-01",
        notes="Only for Clanwilliam support sessions; rotate after each use.",
    )
    b.secret(
        710405,
        "SBFC-NAS-01 DSM admin",
        "sbfc-nasadmin",
        "Backup",
        "SBFC-NAS-01",
        url="https://10.61.10.50:5001",
    )
    b.secret(
        710406,
        "stbrigids.local break-glass domain admin",
        "STBRIGIDS\\bg-admin",
        "Active Directory",
        "SBFC-SRV-DC-01",
        notes="Sealed-envelope account; tell Siobhan Kearney whenever it is used.",
    )

    b.runbook(
        710501,
        "Helix Practice Manager won't open",
        "Clinical Runbooks",
        ("h", "Symptoms"),
        (
            "p",
            "GPs or reception get 'Unable to connect to HPM server' when opening Helix "
            "Practice Manager; the check-in kiosk SBFC-KIOSK-01 shows 'Service unavailable'.",
        ),
        ("h", "Checks"),
        (
            "s",
            "Ping SBFC-SRV-EMR-01 (10.61.10.30) and SBFC-SRV-SQL-01 (10.61.10.31) from a "
            "reception PC.",
        ),
        ("s", "On SBFC-SRV-SQL-01 confirm the service 'SQL Server (HPMSQL)' is running."),
        (
            "s",
            "On SBFC-SRV-EMR-01 restart 'Helix HPM Application Service', then 'Helix "
            "Document Service'.",
        ),
        ("h", "Escalation"),
        (
            "p",
            "If the services will not stay up, log a P1 with Clanwilliam Health on "
            "+353 1 555 0870 quoting account CWH-IE-20417. Tell Siobhan Kearney before any "
            "reboot during clinic hours.",
        ),
    )
    b.runbook(
        710502,
        "Power outage and shutdown order (Galway)",
        "Clinical Runbooks",
        ("h", "When SBFC-UPS-01 is on battery"),
        ("p", "The UPS gives about 18 minutes. Start the shutdown at 10 minutes remaining."),
        ("h", "Shutdown order"),
        ("s", "Shut down SBFC-SRV-EMR-01 (stop the Helix services first)."),
        ("s", "Shut down SBFC-SRV-SQL-01."),
        ("s", "Shut down SBFC-SRV-FS-01 and SBFC-SRV-DC-02, then SBFC-SRV-DC-01."),
        ("s", "Put SBFC-VH-01 and SBFC-VH-02 into maintenance mode and power them off."),
        ("s", "Power off SBFC-SAN-01 last (controller B, then controller A)."),
        ("h", "Start-up"),
        (
            "p",
            "Reverse order: SBFC-SAN-01 first and wait for both controllers to show green, "
            "then the ESXi hosts, then SBFC-SRV-DC-01 before any other VM.",
        ),
    )
    b.runbook(
        710503,
        "New starter at the clinic",
        "Procedures",
        ("h", "Accounts"),
        ("s", "Create the AD user on SBFC-SRV-DC-01 in the OU 'Clinic Staff'."),
        (
            "s",
            "Assign a Microsoft 365 Business Premium licence in "
            "stbrigidsclinic.onmicrosoft.com; Ciaran Whelan approves the cost.",
        ),
        (
            "s",
            "Ask Clanwilliam Health to create the Helix user and say which role (GP, nurse, "
            "reception).",
        ),
        ("h", "Door fob"),
        (
            "s",
            "Enrol a fob in Paxton Net2 on SBFC-SRV-FS-01: reception staff get the front "
            "door only, nurses also get the drugs store room.",
        ),
    )
    return b.snap


# ============================================================================================
# Northwind Traders Pty Ltd: food importer; devices named by site code (SYD, MEL, BNE).
# ============================================================================================


def _northwind() -> Snapshot:
    b = _Builder(
        Organization(
            id=NWT,
            organization_id=NWT,
            name="Northwind Traders Pty Ltd",
            short_name="NWT",
            organization_type="Wholesale Distributor",
            description=(
                "Speciality food importer and wholesaler: Sydney head office and warehouse, a "
                "Melbourne showroom and a Brisbane distribution centre."
            ),
            quick_notes=(
                "Devices are named by site code (SYD, MEL, BNE), not by company. Pronto Xi "
                "end-of-day runs at 23:00 AEST: no maintenance on SYD-ERP-01 from 22:30 to 01:00."
            ),
            updated_at=UPDATED_AT,
        ),
        720000,
        "lower",
    )
    syd = b.location(
        720001,
        "Sydney Head Office & Warehouse",
        primary=True,
        address_1="27 Bourke Road",
        city="Alexandria",
        region="NSW",
        postal_code="2015",
        country="Australia",
        phone="+61 2 5550 1400",
        notes=(
            "Server room is on the mezzanine above the warehouse office; the warehouse "
            "supervisor has the key."
        ),
    )
    mel = b.location(
        720002,
        "Melbourne Showroom",
        address_1="112 Chapel Street",
        city="Windsor",
        region="VIC",
        postal_code="3181",
        country="Australia",
        phone="+61 3 5550 2210",
        notes="Network cabinet under the stairs behind the showroom counter.",
    )
    bne = b.location(
        720003,
        "Brisbane Distribution Centre",
        address_1="8 Pritchard Road",
        city="Virginia",
        region="QLD",
        postal_code="4014",
        country="Australia",
        phone="+61 7 5550 3300",
        notes="Comms rack in the dispatch office; roller doors run off BNE-DOOR-01.",
    )
    head = b.person(
        720011,
        "Mei Lin Tan",
        "Head of Technology",
        "Approver",
        "meilin.tan@northwindtraders.example",
        "+61 2 5550 1401",
        mobile="+61 412 555 018",
        location_id=syd,
        important=True,
        notes="Approves all changes; wants a heads-up in the #it-changes Teams channel before "
        "any firewall work.",
    )
    b.person(
        720012,
        "Brendan O'Keefe",
        "Warehouse Operations Manager",
        "Primary",
        "brendan.okeefe@northwindtraders.example",
        "+61 7 5550 3301",
        location_id=bne,
        notes="Owns the TC52 scanners and the driver sign-in kiosk at Brisbane.",
    )
    b.person(
        720013,
        "Priyanka Raghavan",
        "Financial Controller",
        "Billing",
        "priyanka.raghavan@northwindtraders.example",
        "+61 2 5550 1405",
        location_id=syd,
        notes="Owns the Pronto Xi finance module; signs off any change near month-end.",
    )
    b.person(
        720014,
        "Lachlan Dempsey",
        "Showroom Manager",
        "User",
        "lachlan.dempsey@northwindtraders.example",
        "+61 3 5550 2211",
        location_id=mel,
        notes="Key holder for the Melbourne network cabinet.",
    )

    b.device(
        720101,
        "SYD-FW-01",
        "Firewall",
        oui="2CB8ED",
        manufacturer="SonicWall",
        model="TZ670",
        serial_number="2CB8ED41A7F0",
        asset_tag="NWT-00871",
        operating_system="SonicOS 7.0.1-5145",
        primary_ip="10.20.0.1",
        public_ip="203.0.113.130",
        ports=[
            ("X0 (LAN)", "10.20.0.1"),
            ("X1 (WAN)", "203.0.113.130"),
            ("X2 (DMZ)", "10.20.99.1"),
        ],
        warranty_expires_at=_in(55),
        installed_at=_in(-900),
        location_id=syd,
        contact_id=head,
        notes=(
            "Sydney perimeter firewall: Telstra fibre on X1, site-to-site VPNs to MEL-FW-01 and "
            "BNE-FW-01, NetExtender SSL VPN for staff."
        ),
    )
    b.device(
        720102,
        "MEL-FW-01",
        "Firewall",
        oui="2CB8ED",
        manufacturer="SonicWall",
        model="TZ470",
        serial_number="2CB8ED52C3A1",
        asset_tag="NWT-00872",
        operating_system="SonicOS 7.0.1-5145",
        primary_ip="10.21.0.1",
        public_ip="198.51.100.214",
        ports=[("X0 (LAN)", "10.21.0.1"), ("X1 (WAN)", "198.51.100.214")],
        warranty_expires_at=_in(55),
        installed_at=_in(-900),
        location_id=mel,
        notes="Melbourne showroom firewall; Aussie Broadband NBN on X1.",
    )
    b.device(
        720103,
        "BNE-FW-01",
        "Firewall",
        oui="2CB8ED",
        manufacturer="SonicWall",
        model="TZ470",
        serial_number="2CB8ED52C3B9",
        asset_tag="NWT-00873",
        operating_system="SonicOS 7.0.1-5145",
        primary_ip="10.22.0.1",
        public_ip="192.0.2.88",
        ports=[("X0 (LAN)", "10.22.0.1"), ("X1 (WAN)", "192.0.2.88"), ("X3 (4G failover)", None)],
        warranty_expires_at=_in(-60),
        installed_at=_in(-1300),
        location_id=bne,
        notes="Brisbane DC firewall; Telstra fibre on X1, 4G failover modem on X3.",
    )
    b.device(
        720104,
        "SYD-CORE-01",
        "Core Switch",
        oui="3C8C93",
        manufacturer="Juniper",
        model="EX4400-48P",
        serial_number="XH3721460012",
        asset_tag="NWT-00874",
        operating_system="Junos 22.4R3-S2",
        primary_ip="10.20.0.2",
        ports=[("irb.1 (mgmt)", "10.20.0.2"), ("xe-0/2/0 (uplink to SYD-FW-01)", None)],
        warranty_expires_at=_in(800),
        installed_at=_in(-700),
        location_id=syd,
        notes=(
            "Sydney core switch: VLAN 10 servers, 20 office, 30 warehouse Wi-Fi and scanners, "
            "40 voice."
        ),
    )
    for id_, name, model, serial, tag, ip, where, note in [
        (
            720105,
            "MEL-SW-01",
            "EX2300-24P",
            "HW3722110085",
            "NWT-00875",
            "10.21.0.2",
            mel,
            "Showroom switch: POS terminals, the showroom PC and printer.",
        ),
        (
            720106,
            "BNE-SW-01",
            "EX2300-48P",
            "HW3722110311",
            None,
            "10.22.0.2",
            bne,
            "Dispatch office switch; PoE for the warehouse APs, BNE-KIOSK-01 and BNE-DOOR-01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Network Switch",
            oui="3C8C93",
            manufacturer="Juniper",
            model=model,
            serial_number=serial,
            asset_tag=tag,
            operating_system="Junos 22.4R3-S2",
            primary_ip=ip,
            warranty_expires_at=_in(520),
            location_id=where,
            notes=note,
        )
    for id_, name, serial, tag, ip, note in [
        (
            720107,
            "SYD-ESX-01",
            "J30AB7XK",
            "NWT-00877",
            "10.20.10.11",
            "ESXi host 1 (Sydney); runs SYD-DC-01, SYD-ERP-01 and SYD-PBX-01. ESXi 7 is out of "
            "support: upgrade to 8 is planned.",
        ),
        (
            720108,
            "SYD-ESX-02",
            "J30AB7XL",
            "NWT-00878",
            "10.20.10.12",
            "ESXi host 2 (Sydney); runs SYD-RDS-01, SYD-FS-01 and SYD-VEEAM-01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Host",
            oui="88A4C2",
            manufacturer="Lenovo",
            model="ThinkSystem SR650 V3",
            serial_number=serial,
            asset_tag=tag,
            operating_system="VMware ESXi 7.0 Update 3",
            primary_ip=ip,
            ports=[("vmnic0", ip), ("XCC", ip.replace(".10.", ".11."))],
            warranty_expires_at=_in(85),
            installed_at=_in(-640),
            location_id=syd,
            contact_id=head,
            notes=note,
        )
    b.device(
        720109,
        "SYD-SAN-01",
        "Storage Array",
        oui="B04F13",
        manufacturer="Dell",
        model="PowerVault ME5024",
        serial_number="8KQ2XT3",
        asset_tag="NWT-00879",
        operating_system="ME5.1.2.0.1",
        primary_ip="10.20.12.10",
        ports=[("Controller A", "10.20.12.10"), ("Controller B", "10.20.12.11")],
        warranty_expires_at=_in(600),
        installed_at=_in(-640),
        location_id=syd,
        notes=(
            "iSCSI array holding the VMFS datastores for both Sydney ESXi hosts; "
            "24 x 1.92 TB SSD in ADAPT."
        ),
    )
    for id_, name, ip, os, os_notes, note in [
        (
            720110,
            "SYD-DC-01",
            "10.20.10.20",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for nwt.local, DNS and DHCP for Sydney; the only DC (Melbourne and "
            "Brisbane authenticate over the VPN).",
        ),
        (
            720111,
            "SYD-ERP-01",
            "10.20.10.30",
            "Red Hat Enterprise Linux 8.9",
            "Informix 14.10",
            "Pronto Xi 760 application and Informix database server; end-of-day batch at 23:00.",
        ),
        (
            720112,
            "SYD-RDS-01",
            "10.20.10.31",
            "Windows Server 2022 Standard",
            None,
            "Remote Desktop session host: Pronto Xi client and Excel for the Melbourne and "
            "Brisbane staff, and the RF sessions for the warehouse scanners.",
        ),
        (
            720113,
            "SYD-FS-01",
            "10.20.10.32",
            "Windows Server 2022 Standard",
            None,
            "File server: N: Northwind shared drive and the product images for the web shop.",
        ),
        (
            720114,
            "SYD-VEEAM-01",
            "10.20.10.40",
            "Windows Server 2022 Standard",
            "Veeam Backup & Replication 12.1",
            "Veeam B&R server; jobs write to SYD-NAS-01 and a copy job goes to Wasabi.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Server",
            oui="005056",
            manufacturer="VMware",
            model="VMware Virtual Platform",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            installed_at=_in(-630),
            location_id=syd,
            notes=note,
        )
    b.device(
        720115,
        "SYD-NAS-01",
        "Network Attached Storage",
        oui="3CECEF",
        manufacturer="iXsystems",
        model="TrueNAS Mini R",
        serial_number="A1-48213",
        asset_tag="NWT-00885",
        operating_system="TrueNAS SCALE 24.04.2",
        primary_ip="10.20.10.50",
        warranty_expires_at=_in(33),
        installed_at=_in(-1060),
        location_id=syd,
        notes="Backup repository (SMB share 'veeam-repo') for SYD-VEEAM-01; 8 x 8 TB in RAIDZ2.",
    )
    b.device(
        720116,
        "SYD-PBX-01",
        "VoIP Phone System",
        oui="005056",
        manufacturer="3CX",
        model="3CX Professional (self-hosted)",
        operating_system="Debian 12",
        operating_system_notes="3CX V20 Update 2",
        primary_ip="10.20.40.10",
        location_id=syd,
        notes=(
            "3CX phone system VM for all three sites; SIP trunk from MyNetFone, 41 Yealink "
            "handsets."
        ),
    )
    b.device(
        720117,
        "BNE-KIOSK-01",
        "Kiosk",
        oui="74FE48",
        manufacturer="Advantech",
        model="UTC-520",
        serial_number="AKB2390041",
        asset_tag="NWT-00887",
        operating_system="Windows 10 IoT Enterprise LTSC 2021",
        primary_ip="10.22.20.50",
        warranty_expires_at=_in(-200),
        location_id=bne,
        notes=(
            "Truck driver sign-in kiosk at the Brisbane gatehouse; prints the delivery docket "
            "on BNE-PRT-LBL-01."
        ),
    )
    for id_, name, serial, tag, ip, note in [
        (
            720118,
            "BNE-TC52-01",
            "21334522501234",
            "NWT-00888",
            "10.22.30.51",
            "Warehouse RF scanner (picking); Pronto Xi RF session on SYD-RDS-01.",
        ),
        (
            720119,
            "BNE-TC52-02",
            "21334522501297",
            "NWT-00889",
            "10.22.30.52",
            "Warehouse RF scanner (receiving).",
        ),
        (
            720120,
            "BNE-TC52-03",
            "21334522501302",
            None,
            "10.22.30.53",
            "Spare scanner kept on the charging cradle in dispatch.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Mobile Device",
            oui="94FB29",
            manufacturer="Zebra",
            model="TC52",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Android 11",
            primary_ip=ip,
            warranty_expires_at=_in(-15),
            location_id=bne,
            notes=note,
        )
    b.device(
        720121,
        "BNE-DOOR-01",
        "Door Controller",
        oui="0016A4",
        manufacturer="Gallagher",
        model="Controller 7000 (C305100)",
        serial_number="GA7K2211908",
        asset_tag="NWT-00891",
        primary_ip="10.22.20.60",
        location_id=bne,
        notes=(
            "Gallagher controller for the roller doors and the staff entrance at Brisbane; "
            "managed in Gallagher Command Centre."
        ),
    )
    b.device(
        720122,
        "SYD-PRT-01",
        "Printer",
        oui="002507",
        manufacturer="Kyocera",
        model="TASKalfa 3554ci",
        serial_number="R4P2Z01427",
        asset_tag="NWT-00892",
        primary_ip="10.20.20.200",
        warranty_expires_at=_in(-150),
        location_id=syd,
        notes="Sydney office MFP next to accounts; scans to SYD-FS-01.",
    )
    b.device(
        720123,
        "BNE-PRT-LBL-01",
        "Printer",
        oui="00107F",
        manufacturer="Honeywell",
        model="PM45",
        serial_number="21278B0044",
        asset_tag="NWT-00893",
        operating_system="Fingerprint 10.3",
        primary_ip="10.22.20.201",
        warranty_expires_at=_in(230),
        location_id=bne,
        notes="Label printer for pallet labels and delivery dockets in dispatch.",
    )
    for id_, name, serial, tag, ip, warranty, where, note in [
        (
            720124,
            "SYD-WS-01",
            "MJ0H4K7P",
            "NWT-00894",
            "10.20.20.21",
            240,
            syd,
            "Accounts PC (Priyanka Raghavan); Pronto Xi finance client.",
        ),
        (
            720125,
            "SYD-WS-02",
            "MJ0H4K7R",
            "NWT-00895",
            "10.20.20.22",
            240,
            syd,
            "Sales desk PC; label design software.",
        ),
        (
            720126,
            "MEL-WS-01",
            "MJ0H4K8A",
            "NWT-00896",
            "10.21.20.21",
            240,
            mel,
            "Showroom counter PC; uses Pronto through SYD-RDS-01.",
        ),
        (
            720127,
            "BNE-WS-01",
            "MJ0H4K8C",
            None,
            "10.22.20.21",
            -10,
            bne,
            "Dispatch PC; uses Pronto through SYD-RDS-01 and prints on BNE-PRT-LBL-01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="88A4C2",
            manufacturer="Lenovo",
            model="ThinkCentre M90q Gen 4",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows 11 Pro 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(warranty),
            location_id=where,
            notes=note,
        )
    b.device(
        720128,
        "SYD-AP-WH-01",
        "Wireless Access Point",
        oui="5C5B35",
        manufacturer="Juniper Mist",
        model="AP45",
        serial_number="A0451232A0877",
        primary_ip="10.20.0.61",
        location_id=syd,
        notes="Warehouse AP above racking aisle 3 in Sydney; SSIDs NWT-Staff and NWT-WH.",
    )

    b.link(["SYD-DC-01", "SYD-ERP-01", "SYD-PBX-01"], RUNS, "SYD-ESX-01")
    b.link(["SYD-RDS-01", "SYD-FS-01", "SYD-VEEAM-01"], RUNS, "SYD-ESX-02")
    b.link(["SYD-ESX-01", "SYD-ESX-02"], DEPENDS, "SYD-SAN-01", "VMFS datastores over iSCSI")
    b.link(
        [
            "SYD-ESX-01",
            "SYD-ESX-02",
            "SYD-SAN-01",
            "SYD-NAS-01",
            "SYD-AP-WH-01",
            "SYD-PRT-01",
            "SYD-WS-01",
            "SYD-WS-02",
        ],
        CONNECTED,
        "SYD-CORE-01",
    )
    b.link("SYD-CORE-01", CONNECTED, "SYD-FW-01")
    b.link(["MEL-FW-01", "BNE-FW-01"], CONNECTED, "SYD-FW-01", "site-to-site VPN")
    b.link("MEL-SW-01", CONNECTED, "MEL-FW-01")
    b.link("BNE-SW-01", CONNECTED, "BNE-FW-01")
    b.link("MEL-WS-01", CONNECTED, "MEL-SW-01")
    b.link(["BNE-KIOSK-01", "BNE-DOOR-01", "BNE-PRT-LBL-01", "BNE-WS-01"], CONNECTED, "BNE-SW-01")
    b.link("SYD-RDS-01", DEPENDS, "SYD-ERP-01", "Pronto Xi")
    b.link(["SYD-RDS-01", "SYD-FS-01"], DEPENDS, "SYD-DC-01")
    b.link("SYD-VEEAM-01", DEPENDS, "SYD-NAS-01", "backup repository")
    b.link("SYD-WS-01", DEPENDS, "SYD-ERP-01", "Pronto Xi finance client")
    b.link(
        ["MEL-WS-01", "BNE-WS-01", "BNE-TC52-01", "BNE-TC52-02", "BNE-TC52-03"],
        DEPENDS,
        "SYD-RDS-01",
        "Pronto Xi sessions",
    )
    b.link("BNE-KIOSK-01", DEPENDS, "BNE-PRT-LBL-01", "delivery dockets")
    b.link("SYD-PRT-01", DEPENDS, "SYD-FS-01", "scan to folder")

    b.asset(
        720301,
        "Vendor",
        "Pronto Software",
        vendor_name="Pronto Software",
        account_number="PRN-AU-004519",
        support_phone="+61 3 5550 9100",
        support_email="support@prontosoftware.example",
        contract_end=_in(70),
    )
    b.asset(
        720302,
        "Vendor",
        "Telstra Enterprise",
        vendor_name="Telstra Enterprise",
        account_number="TLS-4471 0092 318",
        support_phone="1800 555 731",
        support_email="enterprise.faults@telstra.example",
        contract_end=_in(400),
    )
    b.asset(
        720303,
        "Vendor",
        "Zebra OneCare",
        vendor_name="Zebra Technologies",
        account_number="ZOC-0093317",
        support_phone="1800 555 482",
        support_email="onecare.anz@zebra.example",
        contract_end=_in(-15),
    )
    b.asset(
        720304,
        "Line of Business",
        "Pronto Xi",
        app_name="Pronto Xi",
        version="760.3",
        server=b.tag("SYD-ERP-01"),
        licensed_users=35,
        vendor="Pronto Software",
    )
    b.asset(
        720305,
        "VPN",
        "Site-to-site mesh",
        type="SonicWall IPsec site-to-site",
        endpoint="SYD-FW-01 (203.0.113.130) hub; MEL-FW-01 and BNE-FW-01 spokes",
        pre_shared_key_location="IT Glue password 'NWT site-to-site PSK'",
        users="Melbourne and Brisbane sites",
    )
    b.asset(
        720306,
        "VPN",
        "Staff remote access",
        type="SonicWall NetExtender (SSL VPN)",
        endpoint="vpn.northwindtraders.example:4433",
        pre_shared_key_location="n/a: AD credentials plus TOTP",
        users="Mei Lin Tan, Priyanka Raghavan and the sales reps (group VPN-Sales)",
    )
    b.asset(
        720307,
        "Microsoft 365 Tenant",
        "Northwind Microsoft 365",
        tenant_domain="northwindtraders.onmicrosoft.com",
        licence_sku="Microsoft 365 Business Standard",
        licence_count=48,
        global_admins=(
            "admin@northwindtraders.onmicrosoft.com; meilin.tan@northwindtraders.example"
        ),
        renewal=_in(88),
    )
    b.asset(
        720308,
        "Door Access",
        "Brisbane DC doors",
        system="Gallagher Command Centre v9",
        controller=b.tag("BNE-DOOR-01"),
        admin_contact="Brendan O'Keefe",
    )
    b.asset(
        720309,
        "Certificates",
        "vpn.northwindtraders.example",
        hostname="vpn.northwindtraders.example",
        authority="Sectigo",
        valid_until=_in(27),
    )
    b.asset(
        720310,
        "Certificates",
        "shop.northwindtraders.example",
        hostname="shop.northwindtraders.example",
        authority="Let's Encrypt",
        valid_until=_in(-3),
    )
    b.link("Pronto Xi", RUNS, "SYD-ERP-01")

    b.secret(
        720401,
        "SYD-FW-01 admin",
        "nwt-fwadmin",
        "Firewall",
        "SYD-FW-01",
        url="https://10.20.0.1",
    )
    b.secret(
        720402,
        "NWT site-to-site PSK",
        None,
        "VPN",
        "SYD-FW-01",
        notes="Shared secret for the SYD-MEL and SYD-BNE tunnels.",
    )
    b.secret(
        720403,
        "Pronto Xi prosys account",
        "prosys",
        "Application",
        "SYD-ERP-01",
        notes="Pronto system administrator; Pronto Software needs it for upgrades.",
    )
    b.secret(
        720404,
        "SYD-NAS-01 TrueNAS admin",
        "truenas_admin",
        "Backup",
        "SYD-NAS-01",
        url="https://10.20.10.50",
    )
    b.secret(
        720405,
        "3CX admin console",
        "admin",
        "Phone System",
        "SYD-PBX-01",
        url="https://northwind.3cx.example",
    )
    b.secret(
        720406,
        "TC52 kiosk-mode exit PIN",
        None,
        "Mobile",
        "BNE-TC52-01",
        notes="PIN to leave the locked launcher on the TC52 scanners; the same on all three.",
    )

    b.runbook(
        720501,
        "Pronto Xi end-of-day batch failed",
        "Runbooks",
        ("h", "Symptoms"),
        (
            "p",
            "The morning report shows 'EOD incomplete' and stock on hand in Pronto Xi does "
            "not match the Brisbane warehouse.",
        ),
        ("h", "Recovery"),
        ("s", "SSH to SYD-ERP-01 (10.20.10.30) as the prosys account."),
        ("s", "Run 'proenv', then read /pro/data/batch/eod.log for the failing step."),
        ("s", "If Informix is down ('onstat -' shows nothing), start it with 'oninit -v'."),
        ("s", "Re-run the failed step with 'pronto -b EOD --resume'."),
        ("h", "Escalate"),
        (
            "p",
            "Log it with Pronto Software on +61 3 5550 9100 (account PRN-AU-004519); tell "
            "Priyanka Raghavan if month-end figures are affected.",
        ),
    )
    b.runbook(
        720502,
        "TC52 scanner can't connect to Pronto",
        "Warehouse",
        ("h", "Checks"),
        ("s", "Confirm the scanner is on SSID NWT-WH (VLAN 30) and has a 10.22.30.x address."),
        (
            "s",
            "From BNE-WS-01 test RDP to SYD-RDS-01; if that fails check the BNE-FW-01 to "
            "SYD-FW-01 tunnel.",
        ),
        (
            "s",
            "Log off the scanner's RF user (rf-bne-01 to rf-bne-03) on SYD-RDS-01 and reconnect.",
        ),
        ("h", "Spare scanner"),
        (
            "p",
            "BNE-TC52-03 is the spare: swap it in and send the faulty unit back under "
            "Zebra OneCare.",
        ),
    )
    b.runbook(
        720503,
        "ESXi 7 to 8 upgrade plan (Sydney)",
        "Projects",
        ("h", "Order"),
        ("s", "vMotion is not licensed: shut down the VMs on SYD-ESX-02 out of hours."),
        (
            "s",
            "Upgrade SYD-ESX-02 first; touch SYD-ESX-01 only after the Pronto end-of-day "
            "batch has finished, because SYD-ERP-01 runs on it.",
        ),
        ("s", "Check that the SYD-SAN-01 datastores mount on both hosts afterwards."),
        ("h", "Rollback"),
        ("p", "Boot the previous ESXi bank with Shift+R at the boot screen."),
    )
    return b.snap


# ============================================================================================
# A. Datum Corporation: investment manager, New York and Chicago, lowercase ad-<site>-<role>.
# ============================================================================================


def _adatum() -> Snapshot:
    b = _Builder(
        Organization(
            id=ADATUM,
            organization_id=ADATUM,
            name="A. Datum Corporation",
            short_name="ADATUM",
            organization_type="Investment Management",
            description=(
                "Quantitative investment manager: New York headquarters with the server room "
                "on the 14th floor, and a Chicago trading office."
            ),
            quick_notes=(
                "Trading hours 07:00-18:00 ET: change freeze on ad-nyc-sql-01/02 and the Geneva "
                "server. All changes go through the CAB on Tuesdays."
            ),
            updated_at=UPDATED_AT,
        ),
        730000,
        "dash",
    )
    nyc = b.location(
        730001,
        "New York HQ",
        primary=True,
        address_1="350 Hudson Street",
        address_2="14th Floor",
        city="New York",
        region="NY",
        postal_code="10014",
        country="United States",
        phone="+1 212-555-0190",
        notes="Server room 14B; badge in through the HID reader (ad-nyc-door-01), escorted only.",
    )
    chi = b.location(
        730002,
        "Chicago Office",
        address_1="222 W Adams Street",
        address_2="Suite 1850",
        city="Chicago",
        region="IL",
        postal_code="60606",
        country="United States",
        phone="+1 312-555-0164",
        notes="IDF closet inside suite 1850, next to the kitchen.",
    )
    infra = b.person(
        730011,
        "Rafael Ortega",
        "Director of Infrastructure",
        "Approver",
        "rortega@adatum.example",
        "+1 212-555-0191",
        mobile="+1 917-555-0148",
        location_id=nyc,
        important=True,
        notes="Chairs the Tuesday CAB and approves all production changes.",
    )
    b.person(
        730012,
        "Hannah Weiss",
        "Chief Compliance Officer",
        "Approver",
        "hweiss@adatum.example",
        "+1 212-555-0192",
        location_id=nyc,
        notes="Must be told about any access to trading data or change to email archiving.",
    )
    b.person(
        730013,
        "Jamal Carter",
        "Trading Desk Support Lead",
        "Technical",
        "jcarter@adatum.example",
        "+1 312-555-0165",
        location_id=chi,
        notes="First call for the Chicago office and the trader workstations.",
    )
    b.person(
        730014,
        "Grace Liu",
        "Office Manager",
        "Primary",
        "gliu@adatum.example",
        "+1 212-555-0193",
        location_id=nyc,
        notes="Issues building badges and deals with 350 Hudson building management.",
    )
    b.person(
        730015,
        "Ben Adler",
        "Controller",
        "Billing",
        "badler@adatum.example",
        "+1 212-555-0194",
        location_id=nyc,
    )

    ny: dict[str, Any] = {"location_id": nyc, "contact_id": infra}
    for id_, name, serial, tag, ip, wan, sync, note in [
        (
            730101,
            "ad-nyc-fw-01",
            "CP-3600-2311A0492",
            "ADT-10421",
            "10.100.0.2",
            "198.51.100.10",
            "192.168.255.1",
            "NYC perimeter firewall, ClusterXL member A (active); cluster VIP 10.100.0.1. WAN on "
            "eth1 from Verizon Fios Business.",
        ),
        (
            730102,
            "ad-nyc-fw-02",
            "CP-3600-2311A0493",
            "ADT-10422",
            "10.100.0.3",
            "198.51.100.11",
            "192.168.255.2",
            "ClusterXL member B (standby) of the NYC firewall pair with ad-nyc-fw-01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Firewall",
            oui="001C7F",
            manufacturer="Check Point",
            model="Quantum 3600",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Gaia R81.20 JHF Take 53",
            primary_ip=ip,
            public_ip=wan,
            ports=[("eth2 (LAN)", ip), ("eth1 (WAN)", wan), ("Sync", sync)],
            warranty_expires_at=_in(300),
            installed_at=_in(-500),
            notes=note,
            **ny,
        )
    b.device(
        730103,
        "ad-chi-fw-01",
        "Firewall",
        oui="001C7F",
        manufacturer="Check Point",
        model="Quantum Spark 1900",
        serial_number="CP-1900-2209C0117",
        asset_tag="ADT-10431",
        operating_system="R81.10.08",
        primary_ip="10.110.0.1",
        public_ip="203.0.113.201",
        ports=[("LAN1", "10.110.0.1"), ("WAN", "203.0.113.201")],
        warranty_expires_at=_in(-75),
        installed_at=_in(-1400),
        location_id=chi,
        notes="Chicago office gateway; VPN community ADATUM-STAR to the NYC cluster.",
    )
    for id_, name, serial, tag, ip, note in [
        (
            730104,
            "ad-nyc-core-01",
            "JPE22341877",
            "ADT-10423",
            "10.100.0.11",
            "Core switch A in rack 14B-R2; MLAG peer of ad-nyc-core-02. Server VLANs 100-140.",
        ),
        (
            730105,
            "ad-nyc-core-02",
            "JPE22341901",
            "ADT-10424",
            "10.100.0.12",
            "Core switch B; MLAG peer of ad-nyc-core-01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Core Switch",
            oui="444CA8",
            manufacturer="Arista",
            model="7050SX3-48YC8",
            serial_number=serial,
            asset_tag=tag,
            operating_system="EOS 4.31.2F",
            primary_ip=ip,
            ports=[("Management1", ip)],
            warranty_expires_at=_in(700),
            installed_at=_in(-500),
            notes=note,
            **ny,
        )
    for id_, name, serial, tag, n, note in [
        (
            730106,
            "ad-nyc-ahv-01",
            "23SM6B450011",
            "ADT-10425",
            1,
            "Nutanix cluster ADT-NYC-CL1 node A; hosts ad-nyc-dc-01 and ad-nyc-app-01.",
        ),
        (
            730107,
            "ad-nyc-ahv-02",
            "23SM6B450012",
            "ADT-10426",
            2,
            "Nutanix cluster ADT-NYC-CL1 node B; hosts ad-nyc-sql-01 and ad-nyc-fs-01.",
        ),
        (
            730108,
            "ad-nyc-ahv-03",
            "23SM6B450013",
            "ADT-10427",
            3,
            "Nutanix cluster ADT-NYC-CL1 node C; hosts ad-nyc-sql-02.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Host",
            oui="506B8D",
            manufacturer="Nutanix",
            model="NX-3170-G8",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Nutanix AHV 20230302.100173",
            operating_system_notes="AOS 6.8.1",
            primary_ip=f"10.100.10.1{n}",
            ports=[
                ("eth0 (host)", f"10.100.10.1{n}"),
                ("CVM", f"10.100.10.2{n}"),
                ("IPMI", f"10.100.11.1{n}"),
            ],
            warranty_expires_at=_in(58),
            installed_at=_in(-760),
            notes=note,
            **ny,
        )
    b.device(
        730109,
        "ad-nyc-pure-01",
        "Storage Array",
        oui="24A937",
        manufacturer="Pure Storage",
        model="FlashArray//X20R4",
        serial_number="PCTFL2231009A",
        asset_tag="ADT-10428",
        operating_system="Purity//FA 6.5.3",
        primary_ip="10.100.12.10",
        ports=[("ct0.eth0", "10.100.12.10"), ("ct1.eth0", "10.100.12.11")],
        warranty_expires_at=_in(180),
        installed_at=_in(-760),
        notes=(
            "All-flash array presenting the SQL data and log volumes to ad-nyc-sql-01 and "
            "ad-nyc-sql-02 over iSCSI; snapshots every 4 hours, kept 7 days."
        ),
        **ny,
    )
    for id_, name, ip, os, os_notes, note in [
        (
            730110,
            "ad-nyc-dc-01",
            "10.100.10.50",
            "Windows Server 2022 Datacenter",
            None,
            "Domain controller for adatum.corp (PDC emulator) and DNS.",
        ),
        (
            730112,
            "ad-nyc-sql-01",
            "10.100.10.61",
            "Windows Server 2022 Datacenter",
            "SQL Server 2022 Enterprise CU12",
            "SQL Server Always On availability group AG-RISK, primary replica (databases "
            "GENEVA_PROD and RISKDW). Listener ad-nyc-sql-ag at 10.100.10.60.",
        ),
        (
            730113,
            "ad-nyc-sql-02",
            "10.100.10.62",
            "Windows Server 2022 Datacenter",
            "SQL Server 2022 Enterprise CU12",
            "AG-RISK secondary replica (synchronous commit, automatic failover).",
        ),
        (
            730114,
            "ad-nyc-app-01",
            "10.100.10.70",
            "Windows Server 2022 Standard",
            None,
            "Advent Geneva application server (portfolio accounting): report server and the "
            "nightly pricing load.",
        ),
        (
            730115,
            "ad-nyc-fs-01",
            "10.100.10.80",
            "Windows Server 2022 Standard",
            None,
            "File server: research share \\\\adatum.corp\\research and departmental drives; DFS "
            "namespace root.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Server",
            oui="506B8D",
            manufacturer="Nutanix",
            model="AHV Virtual Machine",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            installed_at=_in(-740),
            notes=note,
            **ny,
        )
    b.device(
        730111,
        "ad-chi-dc-01",
        "Server",
        oui="B04F13",
        manufacturer="Dell",
        model="PowerEdge R360",
        serial_number="9KL2M44",
        asset_tag="ADT-10432",
        operating_system="Windows Server 2022 Standard",
        primary_ip="10.110.10.50",
        ports=[("NIC1", "10.110.10.50"), ("iDRAC", "10.110.11.50")],
        warranty_expires_at=_in(15),
        installed_at=_in(-1080),
        location_id=chi,
        notes=(
            "Chicago domain controller for adatum.corp, DNS and DHCP; also the local print server."
        ),
    )
    b.device(
        730116,
        "ad-nyc-rbk-01",
        "Backup Appliance",
        oui="3CFDFE",
        manufacturer="Rubrik",
        model="r6410",
        serial_number="RVM223S004417",
        asset_tag="ADT-10433",
        operating_system="Rubrik CDM 9.1.1",
        primary_ip="10.100.10.90",
        warranty_expires_at=_in(430),
        installed_at=_in(-330),
        notes=(
            "Rubrik brik: SLA 'Gold' for SQL (15-minute log backups) and 'Silver' for the VMs; "
            "archives to Azure Blob."
        ),
        **ny,
    )
    b.device(
        730117,
        "ad-chi-sw-01",
        "Network Switch",
        oui="444CA8",
        manufacturer="Arista",
        model="720XP-48ZC2",
        serial_number="JAS23110457",
        asset_tag="ADT-10434",
        operating_system="EOS 4.30.5M",
        primary_ip="10.110.0.2",
        warranty_expires_at=_in(480),
        location_id=chi,
        notes="Chicago access switch: trader desks, printer and phones.",
    )
    b.device(
        730118,
        "ad-nyc-door-01",
        "Door Controller",
        oui="00068E",
        manufacturer="HID Global",
        model="VertX EVO V1000",
        serial_number="V1K-0091-2284",
        asset_tag="ADT-10435",
        primary_ip="10.100.20.30",
        notes=(
            "HID controller for the 14th-floor lobby door and server room 14B; managed in "
            "Genetec Security Center."
        ),
        **ny,
    )
    b.device(
        730119,
        "ad-nyc-voip-01",
        "VoIP Phone System",
        oui="B4475E",
        manufacturer="Avaya",
        model="IP Office Server Edition",
        asset_tag="ADT-10436",
        operating_system="IP Office R11.1.3",
        primary_ip="10.100.40.10",
        notes="Avaya IP Office for New York and Chicago; 62 J179 handsets; SIP trunks from "
        "Bandwidth.",
        **ny,
    )
    b.device(
        730120,
        "ad-nyc-prn-07",
        "Printer",
        oui="9C934E",
        manufacturer="Xerox",
        model="AltaLink C8170",
        serial_number="GXB418213",
        asset_tag="ADT-10437",
        primary_ip="10.100.20.107",
        warranty_expires_at=_in(-200),
        notes="14th floor MFP by the trading floor; secure print release with the badge.",
        **ny,
    )
    b.device(
        730121,
        "ad-chi-prn-01",
        "Printer",
        oui="0068EB",
        manufacturer="HP",
        model="Color LaserJet Enterprise M554dn",
        serial_number="JPBCS12044",
        primary_ip="10.110.20.101",
        location_id=chi,
        notes="Chicago office printer; the queue is shared from ad-chi-dc-01.",
    )
    for id_, name, serial, tag, where, note in [
        (730122, "ad-nyc-lt-0412", "PF4XK2L1", "ADT-20412", nyc, "Rafael Ortega's laptop."),
        (
            730123,
            "ad-nyc-lt-0413",
            "PF4XK2L7",
            "ADT-20413",
            nyc,
            "Hannah Weiss's laptop; BitLocker recovery key is in Entra ID.",
        ),
        (730124, "ad-chi-lt-0201", "PF4XK3A2", "ADT-20201", chi, "Jamal Carter's laptop."),
    ]:
        b.device(
            id_,
            name,
            "Laptop",
            oui="E88088",
            manufacturer="Lenovo",
            model="ThinkPad X1 Carbon Gen 12",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows 11 Enterprise 23H2",
            warranty_expires_at=_in(700),
            location_id=where,
            notes=note,
        )
    for id_, name, serial, tag, ip, note in [
        (
            730125,
            "ad-chi-ws-01",
            "3MN8Q14",
            "ADT-20301",
            "10.110.20.21",
            "Trader workstation at desk C1: four monitors and a Bloomberg keyboard.",
        ),
        (
            730126,
            "ad-chi-ws-02",
            "3MN8Q15",
            "ADT-20302",
            "10.110.20.22",
            "Trader workstation at desk C2.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="B04F13",
            manufacturer="Dell",
            model="Precision 3680 Tower",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows 11 Enterprise 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(40),
            location_id=chi,
            notes=note,
        )
    b.device(
        730127,
        "ad-nyc-ipad-board",
        "Mobile Device",
        oui="F01898",
        hostname=None,
        manufacturer="Apple",
        model="iPad Pro 12.9-inch (6th generation)",
        serial_number="DMPXL7Q2HF",
        operating_system="iPadOS 17.5",
        notes="Boardroom 14A room-booking panel and Teams Rooms controller; supervised in Intune.",
        **ny,
    )

    b.link(["ad-nyc-dc-01", "ad-nyc-app-01"], RUNS, "ad-nyc-ahv-01")
    b.link(["ad-nyc-sql-01", "ad-nyc-fs-01"], RUNS, "ad-nyc-ahv-02")
    b.link("ad-nyc-sql-02", RUNS, "ad-nyc-ahv-03")
    nodes = ["ad-nyc-ahv-01", "ad-nyc-ahv-02", "ad-nyc-ahv-03", "ad-nyc-pure-01"]
    b.link(nodes, CONNECTED, "ad-nyc-core-01")
    b.link(nodes, CONNECTED, "ad-nyc-core-02")
    b.link(["ad-nyc-sql-01", "ad-nyc-sql-02"], DEPENDS, "ad-nyc-pure-01", "iSCSI data/log volumes")
    b.link("ad-nyc-app-01", DEPENDS, "ad-nyc-sql-01", "AG-RISK listener")
    b.link(["ad-nyc-app-01", "ad-nyc-fs-01", "ad-nyc-sql-01"], DEPENDS, "ad-nyc-dc-01")
    b.link(["ad-nyc-core-01", "ad-nyc-core-02"], CONNECTED, "ad-nyc-fw-01")
    b.link(["ad-nyc-core-01", "ad-nyc-core-02"], CONNECTED, "ad-nyc-fw-02")
    b.link("ad-nyc-fw-02", CONNECTED, "ad-nyc-fw-01", "ClusterXL sync")
    b.link("ad-chi-fw-01", CONNECTED, "ad-nyc-fw-01", "VPN community ADATUM-STAR")
    b.link("ad-chi-sw-01", CONNECTED, "ad-chi-fw-01")
    b.link(
        ["ad-chi-dc-01", "ad-chi-ws-01", "ad-chi-ws-02", "ad-chi-prn-01"],
        CONNECTED,
        "ad-chi-sw-01",
    )
    b.link(["ad-chi-ws-01", "ad-chi-ws-02", "ad-chi-prn-01"], DEPENDS, "ad-chi-dc-01")
    b.link(["ad-nyc-rbk-01", "ad-nyc-door-01", "ad-nyc-voip-01"], CONNECTED, "ad-nyc-core-01")
    b.link("ad-nyc-prn-07", CONNECTED, "ad-nyc-core-02")

    b.asset(
        730301,
        "Vendor",
        "SS&C Advent",
        vendor_name="SS&C Advent",
        account_number="ADV-77120-NY",
        support_phone="+1 800-555-0133",
        support_email="geneva.support@ssctech.example",
        contract_end=_in(210),
    )
    b.asset(
        730302,
        "Vendor",
        "Nutanix",
        vendor_name="Nutanix",
        account_number="NTNX-0018842731",
        support_phone="+1 855-555-0168",
        support_email="support@nutanix.example",
        contract_end=_in(58),
    )
    b.asset(
        730303,
        "Vendor",
        "Verizon Business (NYC Fios)",
        vendor_name="Verizon Business",
        account_number="VZB-2207-4419-00",
        support_phone="+1 800-555-0177",
        support_email="fios.business@verizon.example",
        contract_end=_in(-120),
    )
    b.asset(
        730304,
        "Line of Business",
        "Advent Geneva",
        app_name="Advent Geneva",
        version="23.2",
        server=b.tag("ad-nyc-app-01"),
        licensed_users=28,
        vendor="SS&C Advent",
    )
    b.asset(
        730305,
        "VPN",
        "NYC-Chicago VPN community",
        type="Check Point star community (IKEv2, certificates)",
        endpoint="ad-nyc-fw-01/02 cluster VIP 198.51.100.9 <-> ad-chi-fw-01 203.0.113.201",
        pre_shared_key_location="No PSK: certificates from the Check Point internal CA",
        users="Chicago office subnets 10.110.0.0/16",
    )
    b.asset(
        730306,
        "VPN",
        "Remote Access VPN",
        type="Check Point Remote Access (Endpoint Security client)",
        endpoint="ra.adatum.example",
        pre_shared_key_location="n/a: SAML to Entra ID with MFA",
        users="All staff (group GG-VPN-Users, 74 members)",
    )
    b.asset(
        730307,
        "Microsoft 365 Tenant",
        "A. Datum Microsoft 365",
        tenant_domain="adatumcorp.onmicrosoft.com",
        licence_sku="Microsoft 365 E5",
        licence_count=85,
        global_admins=(
            "ga-rortega@adatumcorp.onmicrosoft.com; ga-msp@adatumcorp.onmicrosoft.com (break-glass)"
        ),
        renewal=_in(145),
    )
    b.asset(
        730308,
        "Door Access",
        "NYC 14th floor access",
        system="Genetec Security Center 5.11 (Synergis)",
        controller=b.tag("ad-nyc-door-01"),
        admin_contact="Grace Liu (Office Manager)",
    )
    b.asset(
        730309,
        "Certificates",
        "ra.adatum.example",
        hostname="ra.adatum.example",
        authority="DigiCert",
        valid_until=_in(52),
    )
    b.asset(
        730310,
        "Certificates",
        "geneva.adatum.corp",
        hostname="geneva.adatum.corp",
        authority="ADATUM-ISSUING-CA01 (internal)",
        valid_until=_in(-9),
    )
    b.link("Advent Geneva", RUNS, "ad-nyc-app-01")
    b.link("Advent Geneva", DEPENDS, "ad-nyc-sql-01")

    b.secret(
        730401,
        "Check Point Gaia admin (NYC cluster)",
        "cpadmin",
        "Firewall",
        "ad-nyc-fw-01",
        url="https://10.100.0.2",
    )
    b.secret(
        730402,
        "Prism Element admin",
        "admin",
        "Virtualization",
        "ad-nyc-ahv-01",
        url="https://10.100.10.30:9440",
        notes="Nutanix Prism Element for cluster ADT-NYC-CL1 (cluster VIP 10.100.10.30).",
    )
    b.secret(
        730403,
        "Pure FlashArray pureuser",
        "pureuser",
        "Storage",
        "ad-nyc-pure-01",
        url="https://10.100.12.10",
    )
    b.secret(
        730404,
        "AG-RISK SQL admin service account",
        "ADATUM\\svc-sqladmin",
        "Database",
        "ad-nyc-sql-01",
        notes="sysadmin on both AG-RISK replicas; interactive logon denied.",
    )
    b.secret(
        730405,
        "Rubrik CDM admin",
        "rubrik-admin",
        "Backup",
        "ad-nyc-rbk-01",
        url="https://10.100.10.90",
    )
    b.secret(
        730406,
        "HID VertX web login",
        "vertxadmin",
        "Door Access",
        "ad-nyc-door-01",
        notes="Grace Liu must be told before anyone changes door schedules.",
    )

    b.runbook(
        730501,
        "AG-RISK failover",
        "Runbooks",
        ("h", "When to fail over"),
        (
            "p",
            "Only with Rafael Ortega's approval: ad-nyc-sql-01 unresponsive or ad-nyc-ahv-02 down.",
        ),
        ("h", "Manual failover"),
        ("s", "Check both replicas are SYNCHRONIZED in the Always On dashboard on ad-nyc-sql-02."),
        ("s", "On ad-nyc-sql-02 run: ALTER AVAILABILITY GROUP [AG-RISK] FAILOVER;"),
        ("s", "Confirm the listener ad-nyc-sql-ag (10.100.10.60) now points at ad-nyc-sql-02."),
        ("s", "Restart the 'Geneva AGA Service' on ad-nyc-app-01 so Geneva reconnects."),
        ("h", "Afterwards"),
        (
            "p",
            "Fail back out of hours once ad-nyc-sql-01 is healthy, and record it in the CAB "
            "minutes.",
        ),
    )
    b.runbook(
        730502,
        "Nutanix node maintenance",
        "Runbooks",
        ("h", "Before"),
        ("s", "Check Data Resiliency Status is OK in Prism."),
        (
            "s",
            "Never have two of ad-nyc-ahv-01, ad-nyc-ahv-02 and ad-nyc-ahv-03 in maintenance "
            "at once.",
        ),
        ("h", "Steps"),
        (
            "s",
            "In Prism put the node into maintenance mode; its VMs live-migrate to the other nodes.",
        ),
        ("s", "Shut the CVM down with 'cvm_shutdown -P now'."),
        ("s", "Patch or repair, power on, then exit maintenance mode."),
    )
    b.runbook(
        730503,
        "Chicago office outage",
        "Runbooks",
        ("h", "Triage"),
        ("s", "Check ad-chi-fw-01 in SmartConsole: is the ADATUM-STAR tunnel up?"),
        (
            "s",
            "If the internet line is down call Comcast Business on 800-555-0129 (account "
            "8771 20 443 0917).",
        ),
        ("s", "Traders can use the Remote Access VPN (ra.adatum.example) from home meanwhile."),
        ("h", "Local services"),
        ("p", "ad-chi-dc-01 keeps DNS, DHCP and printing working in Chicago during a WAN outage."),
    )
    return b.snap


# ============================================================================================
# The Johnson Family Office: a family office and the family's residence; no short name,
# devices named after people and rooms.
# ============================================================================================


def _johnson() -> Snapshot:
    b = _Builder(
        Organization(
            id=JOHNSON,
            organization_id=JOHNSON,
            name="The Johnson Family Office",
            organization_type="Family Office",
            description=(
                "Private family office for Mark and Susan Johnson: an office suite in "
                "Greenwich plus the family residence."
            ),
            quick_notes=(
                "Privacy-sensitive: discuss the family's devices only with Karen Holloway or "
                "Mark and Susan. The residence is visited by appointment only."
            ),
            updated_at=UPDATED_AT,
        ),
        740000,
        "lower",
    )
    office = b.location(
        740001,
        "Family Office Suite",
        primary=True,
        address_1="2 Greenwich Office Park",
        address_2="Suite 300",
        city="Greenwich",
        region="CT",
        postal_code="06831",
        country="United States",
        phone="+1 203-555-0147",
        notes="Network cabinet in the copy room closet.",
    )
    home = b.location(
        740002,
        "Residence",
        address_1="41 Round Hill Road",
        city="Greenwich",
        region="CT",
        postal_code="06830",
        country="United States",
        notes=(
            "Rack in the garage utility room next to the Garage NAS; the gate code is the "
            "password entry 'Front gate keypad code'."
        ),
    )
    karen = b.person(
        740011,
        "Karen Holloway",
        "Family Office Director",
        "Approver",
        "karen.holloway@johnsonfamilyoffice.example",
        "+1 203-555-0148",
        mobile="+1 203-555-0199",
        location_id=office,
        important=True,
        notes="Single point of contact for everything; approves all work at the residence.",
    )
    mark = b.person(
        740012,
        "Mark Johnson",
        "Principal",
        "User",
        "mark@johnsonfamilyoffice.example",
        "+1 203-555-0150",
        location_id=home,
        notes="Prefers text messages; his iMac in the study is the priority device.",
    )
    susan = b.person(
        740013,
        "Susan Johnson",
        "Principal",
        "User",
        "susan@johnsonfamilyoffice.example",
        "+1 203-555-0151",
        location_id=home,
        notes="Photographer: her photo library lives on the Garage NAS.",
    )
    b.person(
        740014,
        "Luis Romero",
        "Estate Manager",
        "Primary",
        "luis.romero@johnsonfamilyoffice.example",
        "+1 203-555-0152",
        location_id=home,
        notes="Lets engineers into the residence; knows the alarm and gate systems.",
    )
    b.person(
        740015,
        "Dana Pryce",
        "Bookkeeper",
        "Billing",
        "dana.pryce@johnsonfamilyoffice.example",
        "+1 203-555-0149",
        location_id=office,
        notes="Pays our invoices; uses the Bookkeeper PC.",
    )

    b.device(
        740101,
        "Office firewall",
        "Firewall",
        oui="90EC77",
        hostname="jfo-fw",
        manufacturer="Netgate",
        model="4100",
        serial_number="2103220451",
        asset_tag="JFO-001",
        operating_system="pfSense Plus 24.03",
        primary_ip="10.50.0.1",
        public_ip="192.0.2.57",
        ports=[("igc0 (LAN)", "10.50.0.1"), ("ix0 (WAN - Optimum)", "192.0.2.57")],
        warranty_expires_at=_in(18),
        installed_at=_in(-700),
        location_id=office,
        contact_id=karen,
        notes="Firewall at the family office suite; WireGuard tunnel to the Residence gateway.",
    )
    b.device(
        740102,
        "Residence gateway",
        "Firewall",
        oui="74ACB9",
        hostname="udm-residence",
        manufacturer="Ubiquiti",
        model="UniFi Dream Machine Pro SE",
        serial_number="E063DA7729F1",
        operating_system="UniFi OS 4.0.6",
        primary_ip="192.168.1.1",
        public_ip="203.0.113.19",
        ports=[
            ("LAN", "192.168.1.1"),
            ("Port 9 (WAN - Verizon Fios)", "203.0.113.19"),
            ("Port 10 (WAN2 - Starlink)", None),
        ],
        warranty_expires_at=_in(-250),
        installed_at=_in(-980),
        location_id=home,
        contact_id=karen,
        notes=(
            "Router, firewall and UniFi controller for the residence: Fios primary, Starlink "
            "failover on WAN2."
        ),
    )
    b.device(
        740103,
        "Starlink dish",
        "Satellite Terminal",
        hostname=None,
        manufacturer="Starlink",
        model="Standard Kit (Gen 3)",
        serial_number="2DWC2400115B",
        location_id=home,
        notes="Backup internet for the residence on WAN2 of the Residence gateway; the dish is "
        "on the pool house roof.",
    )
    b.device(
        740104,
        "Garage NAS",
        "Network Attached Storage",
        oui="001132",
        hostname="garage-nas",
        manufacturer="Synology",
        model="DS1522+",
        serial_number="2260Q5R017311",
        asset_tag="JFO-014",
        operating_system="DSM 7.2.1-69057 Update 4",
        primary_ip="192.168.1.20",
        warranty_expires_at=_in(62),
        installed_at=_in(-640),
        location_id=home,
        contact_id=susan,
        notes=(
            "Residence NAS in the garage rack: Susan's photo library (Photos share), Time "
            "Machine for the Macs, and the offsite copy of the Office NAS."
        ),
    )
    b.device(
        740105,
        "Office NAS",
        "Network Attached Storage",
        oui="245EBE",
        hostname="jfo-nas",
        manufacturer="QNAP",
        model="TS-464",
        serial_number="Q23BC04871",
        asset_tag="JFO-005",
        operating_system="QTS 5.1.7.2770",
        primary_ip="10.50.0.20",
        warranty_expires_at=_in(300),
        installed_at=_in(-460),
        location_id=office,
        contact_id=karen,
        notes=(
            "Family office document store (Finance, Legal and Trusts shares); replicates to the "
            "Garage NAS every night at 01:00."
        ),
    )
    b.device(
        740106,
        "Office Mac mini",
        "Server",
        oui="3C22FB",
        hostname="jfo-macmini",
        manufacturer="Apple",
        model="Mac mini (M2 Pro, 2023)",
        serial_number="H7Q2L9KX4P",
        asset_tag="JFO-006",
        operating_system="macOS Sonoma 14.5",
        primary_ip="10.50.0.30",
        warranty_expires_at=_in(-40),
        installed_at=_in(-770),
        location_id=office,
        contact_id=karen,
        notes="Runs FileMaker Server with the 'Family Archive' and 'Art Collection' databases.",
    )
    b.device(
        740107,
        "Mark's iMac",
        "Workstation",
        oui="F01898",
        hostname="Marks-iMac",
        manufacturer="Apple",
        model="iMac 24-inch (M3, 2023)",
        serial_number="C02FM3XYQ6L4",
        asset_tag="JFO-010",
        operating_system="macOS Sonoma 14.5",
        primary_ip="192.168.1.41",
        warranty_expires_at=_in(210),
        location_id=home,
        contact_id=mark,
        notes="Mark's main computer in the study; Time Machine to the Garage NAS.",
    )
    b.device(
        740108,
        "Mark's MacBook Pro",
        "Laptop",
        oui="F01898",
        hostname="Marks-MBP",
        manufacturer="Apple",
        model="MacBook Pro 14-inch (M3 Pro)",
        serial_number="FVFH22KLQ05N",
        asset_tag="JFO-011",
        operating_system="macOS Sonoma 14.5",
        warranty_expires_at=_in(210),
        contact_id=mark,
        notes="Travel laptop; FileVault on, recovery key escrowed in Jamf Now.",
    )
    b.device(
        740109,
        "Susan's MacBook Air",
        "Laptop",
        oui="A483E7",
        hostname="Susans-MacBook-Air",
        manufacturer="Apple",
        model="MacBook Air 15-inch (M2)",
        serial_number="FVFK71LMQ6P9",
        asset_tag="JFO-012",
        operating_system="macOS Ventura 13.6.7",
        warranty_expires_at=_in(-20),
        contact_id=susan,
        notes="Lightroom Classic catalog; the originals are on the Garage NAS Photos share.",
    )
    for id_, name, model, serial, os, who, note in [
        (
            740110,
            "Susan's iPhone",
            "iPhone 15 Pro",
            "G6TZK4J1N70M",
            "iOS 17.5.1",
            susan,
            "Enrolled in Jamf Now; personal Apple ID.",
        ),
        (
            740111,
            "Mark's iPhone",
            "iPhone 15 Pro Max",
            "G6TZK7P2N71Q",
            "iOS 17.5.1",
            mark,
            "Enrolled in Jamf Now; receives the front gate intercom calls.",
        ),
        (
            740112,
            "Emily's iPad",
            "iPad Air (5th generation)",
            "DMPK83LXQ1GC",
            "iPadOS 17.5",
            susan,
            "Daughter's iPad; Screen Time managed by Susan, content filter via NextDNS.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Mobile Device",
            hostname=None,
            manufacturer="Apple",
            model=model,
            serial_number=serial,
            operating_system=os,
            contact_id=who,
            notes=note,
        )
    b.device(
        740113,
        "Study printer",
        "Printer",
        oui="C8D9D2",
        hostname="HP-Study",
        manufacturer="HP",
        model="Color LaserJet Pro MFP 4301fdw",
        serial_number="CNBRS7J2D1",
        asset_tag="JFO-015",
        primary_ip="192.168.1.60",
        warranty_expires_at=_in(120),
        location_id=home,
        notes="Printer and scanner in Mark's study; AirPrint.",
    )
    b.device(
        740114,
        "Office printer",
        "Printer",
        oui="001E8F",
        hostname="jfo-copier",
        manufacturer="Canon",
        model="imageRUNNER ADVANCE DX C3926i",
        serial_number="XRK04712",
        asset_tag="JFO-016",
        primary_ip="10.50.0.60",
        warranty_expires_at=_in(95),
        location_id=office,
        notes="Office copier, leased from Canon; the lease ends with the warranty.",
    )
    b.device(
        740115,
        "Bookkeeper PC",
        "Workstation",
        oui="D0460C",
        hostname="JFO-BOOKS",
        manufacturer="Dell",
        model="OptiPlex 7020 Tower",
        serial_number="7WQ2M44",
        asset_tag="JFO-017",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.50.0.41",
        warranty_expires_at=_in(500),
        location_id=office,
        notes="Dana's PC: Sage Intacct and Bill.com in the browser, bank tokens; works off the "
        "Finance share on the Office NAS.",
    )
    b.device(
        740116,
        "Front gate intercom",
        "Door Controller",
        oui="7C1EB3",
        hostname="2N-gate",
        manufacturer="2N",
        model="IP Verso 2.0",
        serial_number="54-2318-0417",
        primary_ip="192.168.1.70",
        location_id=home,
        notes=(
            "Gate intercom and keypad; opens the front gate relay and calls Mark's iPhone "
            "through the My2N app."
        ),
    )
    b.device(
        740117,
        "Upstairs AP",
        "Wireless Access Point",
        oui="74ACB9",
        hostname="ap-upstairs",
        manufacturer="Ubiquiti",
        model="U6 Enterprise",
        primary_ip="192.168.1.81",
        location_id=home,
        notes="Upstairs hallway AP; SSIDs Johnson and Johnson-Guest.",
    )
    b.device(
        740118,
        "Pool house AP",
        "Wireless Access Point",
        oui="74ACB9",
        hostname="ap-poolhouse",
        manufacturer="Ubiquiti",
        model="U6 Mesh",
        primary_ip="192.168.1.82",
        location_id=home,
        notes="Outdoor AP on the pool house; wireless mesh back to the Upstairs AP, no cable.",
    )
    b.device(
        740119,
        "Office switch",
        "Network Switch",
        oui="689E0B",
        hostname="jfo-sw1",
        manufacturer="Cisco",
        model="CBS350-24P-4G",
        serial_number="PSZ26141Q8K",
        asset_tag="JFO-019",
        operating_system="3.3.0.16",
        primary_ip="10.50.0.2",
        location_id=office,
        notes="PoE switch in the copy room closet; uplink to the Office firewall.",
    )
    b.device(
        740120,
        "Garage rack switch",
        "Network Switch",
        oui="74ACB9",
        hostname="usw-garage",
        manufacturer="Ubiquiti",
        model="USW Pro 24 PoE",
        primary_ip="192.168.1.2",
        location_id=home,
        notes="Residence core switch in the garage rack: Garage NAS, APs, intercom, cameras.",
    )
    b.device(
        740121,
        "Security NVR",
        "Network Video Recorder",
        oui="ACCC8E",
        hostname="axis-nvr",
        manufacturer="Axis",
        model="S3008 Recorder",
        serial_number="ACCC8E9B1F20",
        operating_system="AXIS OS 11.9",
        primary_ip="192.168.1.90",
        location_id=home,
        notes="Records the six exterior cameras for 30 days; footage access by Luis Romero only.",
    )
    b.device(
        740122,
        "Office phone system",
        "VoIP Phone System",
        oui="C074AD",
        hostname="jfo-ucm",
        manufacturer="Grandstream",
        model="UCM6302",
        serial_number="20EFA1B3C4D5",
        asset_tag="JFO-022",
        operating_system="firmware 1.0.27.10",
        primary_ip="10.50.0.50",
        location_id=office,
        notes="PBX for the office: 6 extensions; the main line +1 203-555-0147 rings Karen, "
        "then Dana.",
    )

    b.link("Office firewall", CONNECTED, "Residence gateway", "WireGuard tunnel")
    b.link(["Starlink dish", "Garage rack switch"], CONNECTED, "Residence gateway")
    b.link(
        [
            "Garage NAS",
            "Upstairs AP",
            "Front gate intercom",
            "Security NVR",
            "Study printer",
            "Mark's iMac",
        ],
        CONNECTED,
        "Garage rack switch",
    )
    b.link("Pool house AP", CONNECTED, "Upstairs AP", "wireless mesh")
    b.link("Office switch", CONNECTED, "Office firewall")
    b.link(
        ["Office NAS", "Office Mac mini", "Bookkeeper PC", "Office printer", "Office phone system"],
        CONNECTED,
        "Office switch",
    )
    b.link(["Mark's iMac", "Mark's MacBook Pro"], DEPENDS, "Garage NAS", "Time Machine")
    b.link("Susan's MacBook Air", DEPENDS, "Garage NAS", "photo originals")
    b.link("Bookkeeper PC", DEPENDS, "Office NAS", "Finance share")

    b.asset(
        740301,
        "Vendor",
        "Apple (AppleCare for Business)",
        vendor_name="Apple",
        account_number="ACB-7731904",
        support_phone="1-800-555-0119",
        support_email="enterprise.support@apple.example",
        contract_end=_in(-40),
    )
    b.asset(
        740302,
        "Vendor",
        "Canon copier lease",
        vendor_name="Canon Solutions America",
        account_number="CSA-L-550218",
        support_phone="+1 844-555-0166",
        support_email="service@csa.example",
        contract_end=_in(95),
    )
    b.asset(
        740303,
        "Vendor",
        "Optimum Business (office internet)",
        vendor_name="Optimum Business",
        account_number="OB-07731-22895",
        support_phone="+1 866-555-0120",
        support_email="business.care@optimum.example",
        contract_end=_in(34),
    )
    b.asset(
        740304,
        "Line of Business",
        "FileMaker Family Archive",
        app_name="Claris FileMaker Server",
        version="20.3.2",
        server=b.tag("Office Mac mini"),
        licensed_users=5,
        vendor="Claris",
    )
    b.asset(
        740305,
        "VPN",
        "Office - Residence WireGuard",
        type="WireGuard site-to-site",
        endpoint="Office firewall 192.0.2.57:51820 <-> Residence gateway 203.0.113.19",
        pre_shared_key_location="IT Glue password 'WireGuard office-residence keys'",
        users="Mark and Susan Johnson (residence LAN to the Office NAS)",
    )
    b.asset(
        740306,
        "Microsoft 365 Tenant",
        "Johnson Family Office Microsoft 365",
        tenant_domain="johnsonfo.onmicrosoft.com",
        licence_sku="Microsoft 365 Business Standard",
        licence_count=7,
        global_admins=(
            "admin@johnsonfo.onmicrosoft.com; karen.holloway@johnsonfamilyoffice.example"
        ),
        renewal=_in(8),
    )
    b.asset(
        740307,
        "Door Access",
        "Residence front gate",
        system="2N Access Commander with My2N",
        controller=b.tag("Front gate intercom"),
        admin_contact="Luis Romero (Estate Manager)",
    )
    b.asset(
        740308,
        "Certificates",
        "nas.johnsonfamilyoffice.example",
        hostname="nas.johnsonfamilyoffice.example",
        authority="Let's Encrypt",
        valid_until=_in(44),
    )
    b.link("FileMaker Family Archive", RUNS, "Office Mac mini")

    b.secret(
        740401,
        "Office firewall pfSense admin",
        "admin",
        "Firewall",
        "Office firewall",
        url="https://10.50.0.1",
    )
    b.secret(
        740402,
        "UniFi console (residence)",
        "jfo-unifi-admin",
        "Network",
        "Residence gateway",
        url="https://192.168.1.1",
    )
    b.secret(
        740403,
        "Garage NAS DSM admin",
        "msp-nasadmin",
        "Storage",
        "Garage NAS",
        url="https://192.168.1.20:5001",
    )
    b.secret(
        740404,
        "WireGuard office-residence keys",
        None,
        "VPN",
        "Office firewall",
        notes="Private keys of both peers; rotate yearly.",
    )
    b.secret(
        740405,
        "Front gate keypad code",
        None,
        "Physical Access",
        "Front gate intercom",
        notes="Also the service code for the 2N web UI; ask Luis Romero before using it.",
    )
    b.secret(
        740406,
        "FileMaker Server admin console",
        "fmadmin",
        "Application",
        "Office Mac mini",
        url="https://10.50.0.30/admin-console",
    )

    b.runbook(
        740501,
        "Residence internet down",
        "Runbooks",
        ("h", "First checks"),
        (
            "s",
            "Ask Luis Romero to look at the Residence gateway in the garage rack: is the "
            "Fios ONT light red?",
        ),
        (
            "s",
            "If Fios is down the Residence gateway fails over to the Starlink dish on WAN2 "
            "within about 30 seconds.",
        ),
        ("s", "If both are down, pull the Residence gateway's power for 10 seconds."),
        ("h", "What breaks meanwhile"),
        (
            "p",
            "The Front gate intercom cannot call Mark's iPhone and the WireGuard tunnel to "
            "the Office firewall drops; the Garage NAS copy of the Office NAS catches up "
            "overnight.",
        ),
    )
    b.runbook(
        740502,
        "Restore a file from the Garage NAS",
        "How-to",
        ("h", "Time Machine (Macs)"),
        (
            "s",
            "On Mark's iMac open Time Machine and browse to the date; the backup disk is "
            "'garage-nas TM'.",
        ),
        ("s", "For Susan's photos use the Photos share snapshots (hourly, kept 14 days)."),
        ("h", "Office documents"),
        (
            "p",
            "The Office NAS shares are replicated nightly to the Garage NAS folder "
            "/volume1/OfficeReplica. Restore from the Office NAS snapshots first; use the "
            "replica only if the Office NAS itself is lost.",
        ),
    )
    b.runbook(
        740503,
        "New device for the family",
        "How-to",
        ("h", "Apple devices"),
        ("s", "Karen Holloway must approve every new device before it is set up."),
        ("s", "Add the device in Apple Business Manager and assign it to Jamf Now."),
        ("s", 'Name it after the person and the device, e.g. "Emily\'s iPad".'),
    )
    return b.snap


# ============================================================================================
# Blue Yonder Airlines: regional airline; hangar kit is BYA<ROLE><N>, the ops centre OPS-*.
# ============================================================================================


def _blue_yonder() -> Snapshot:
    b = _Builder(
        Organization(
            id=BYA,
            organization_id=BYA,
            name="Blue Yonder Airlines",
            short_name="BYA",
            organization_type="Regional Airline",
            description=(
                "Regional charter airline flying Dash 8-400s out of Kelowna: maintenance hangar "
                "in Kelowna and an operations centre in Richmond, BC."
            ),
            quick_notes=(
                "Flight ops run 05:00-23:00 Pacific, 7 days. Changes touching AIMS or the crew "
                "check-in kiosks need the Director of Flight Operations' OK. Hangar devices use "
                "the old BYA<ROLE><N> names; the ops centre uses OPS-<ROLE>-NN."
            ),
            updated_at=UPDATED_AT,
        ),
        750000,
        "dotted",
    )
    hangar = b.location(
        750001,
        "Kelowna Hangar",
        primary=True,
        address_1="5533 Airport Way",
        address_2="Hangar 6",
        city="Kelowna",
        region="BC",
        postal_code="V1V 1S1",
        country="Canada",
        phone="+1 250-555-0160",
        notes=(
            "Server room is the old parts cage at the back of Hangar 6; an airside badge is "
            "needed past the hangar doors."
        ),
    )
    ops = b.location(
        750002,
        "Richmond Ops Centre",
        address_1="4871 Miller Road",
        address_2="Suite 210",
        city="Richmond",
        region="BC",
        postal_code="V7B 1K7",
        country="Canada",
        phone="+1 604-555-0175",
        notes="24/7 dispatch room; comms rack in the store room behind dispatch.",
    )
    b.person(
        750011,
        "Ingrid Solberg",
        "Director of Flight Operations",
        "Approver",
        "ingrid.solberg@blueyonderair.example",
        "+1 604-555-0176",
        mobile="+1 604-555-0111",
        location_id=ops,
        important=True,
        notes="Approves anything touching AIMS, the EFBs or crew check-in; if she is flying, "
        "call the dispatch desk.",
    )
    b.person(
        750012,
        "Marcus Delaney",
        "Chief Pilot",
        "Technical",
        "marcus.delaney@blueyonderair.example",
        "+1 604-555-0177",
        location_id=ops,
        notes="Owns the EFB iPads and their app loadout (ForeFlight, Jeppesen FliteDeck).",
    )
    dom = b.person(
        750013,
        "Tomas Novotny",
        "Director of Maintenance",
        "Approver",
        "tomas.novotny@blueyonderair.example",
        "+1 250-555-0161",
        location_id=hangar,
        notes="Signs off changes to RUSADA Envision and the hangar network.",
    )
    b.person(
        750014,
        "Keiko Arakawa",
        "Dispatch Supervisor",
        "Primary",
        "keiko.arakawa@blueyonderair.example",
        "+1 604-555-0178",
        location_id=ops,
        notes="Reports kiosk and ops PC issues; on shift 05:00-13:00.",
    )
    b.person(
        750015,
        "Sandeep Gill",
        "VP Finance",
        "Billing",
        "sandeep.gill@blueyonderair.example",
        "+1 604-555-0179",
        location_id=ops,
    )

    hg: dict[str, Any] = {"location_id": hangar, "contact_id": dom}
    b.device(
        750101,
        "BYAFW1",
        "Firewall",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MX85",
        serial_number="Q2KY-ABCD-7F3H",
        asset_tag="BYA-IT-0101",
        operating_system="MX 18.211.2",
        primary_ip="10.30.0.1",
        public_ip="198.51.100.165",
        ports=[
            ("LAN", "10.30.0.1"),
            ("WAN 1 (Shaw Business)", "198.51.100.165"),
            ("WAN 2 (Telus LTE)", None),
        ],
        warranty_expires_at=_in(-5),
        installed_at=_in(-1830),
        notes="Hangar firewall; AutoVPN hub for OPS-FW-01.",
        **hg,
    )
    b.device(
        750102,
        "OPS-FW-01",
        "Firewall",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MX67",
        serial_number="Q2FY-LM4N-9PQR",
        asset_tag="BYA-IT-0102",
        operating_system="MX 18.211.2",
        primary_ip="10.31.0.1",
        public_ip="203.0.113.240",
        ports=[("LAN", "10.31.0.1"), ("WAN 1 (Telus PureFibre)", "203.0.113.240")],
        warranty_expires_at=_in(400),
        installed_at=_in(-330),
        location_id=ops,
        notes="Ops centre firewall; AutoVPN spoke to BYAFW1.",
    )
    b.device(
        750103,
        "BYACORESW1",
        "Core Switch",
        oui="F87B20",
        manufacturer="Cisco",
        model="Catalyst 9300-48P",
        serial_number="FOC2416X0RT",
        asset_tag="BYA-IT-0103",
        operating_system="IOS-XE 17.12.3",
        primary_ip="10.30.0.2",
        ports=[("Vlan1 (mgmt)", "10.30.0.2"), ("Te1/1/1 (uplink to BYAFW1)", None)],
        warranty_expires_at=_in(620),
        installed_at=_in(-1000),
        notes=(
            "Core switch in the parts cage server room: VLAN 10 servers, 20 office, 30 hangar, "
            "60 EFB Wi-Fi."
        ),
        **hg,
    )
    b.device(
        750104,
        "BYAHANGARSW1",
        "Network Switch",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MS225-48FP",
        serial_number="Q2HP-7T3K-VW2X",
        asset_tag="BYA-IT-0104",
        operating_system="MS 16.9",
        primary_ip="10.30.0.3",
        warranty_expires_at=_in(620),
        notes=(
            "Hangar floor switch on the column by bay 2: hangar APs, engineering PCs, "
            "BYAHANGARDOOR1 and the hangar printer."
        ),
        **hg,
    )
    for id_, name, serial, ip, note in [
        (
            750105,
            "BYAHANGARAP1",
            "Q3AJ-2B9C-XK41",
            "10.30.0.61",
            "Outdoor-rated AP above bay 1; SSIDs BYA-Crew and BYA-EFB.",
        ),
        (
            750106,
            "BYAHANGARAP2",
            "Q3AJ-2B9C-XK57",
            "10.30.0.62",
            "AP above bay 2 and the ramp door; covers aircraft on the apron for EFB sync.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="0C8DDB",
            manufacturer="Cisco Meraki",
            model="MR86",
            serial_number=serial,
            operating_system="MR 30.7",
            primary_ip=ip,
            notes=note,
            **hg,
        )
    for id_, name, serial, tag, ip, note in [
        (
            750107,
            "BYAVHOST1",
            "MXQ12803JK",
            "BYA-IT-0107",
            "10.30.10.11",
            "Hyper-V host 1; runs BYADC1, BYAMXSRV1 and BYAFLTOPS1. Cluster Shared Volumes on "
            "BYASAN1.",
        ),
        (
            750108,
            "BYAVHOST2",
            "MXQ12803JL",
            "BYA-IT-0108",
            "10.30.10.12",
            "Hyper-V host 2; runs BYADC2 and BYASQL1.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Host",
            oui="9440C9",
            manufacturer="HPE",
            model="ProLiant DL360 Gen10 Plus",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows Server 2022 Datacenter (Hyper-V)",
            primary_ip=ip,
            ports=[("NIC1 (LAN)", ip), ("iLO", ip.replace(".10.", ".11."))],
            warranty_expires_at=_in(28),
            installed_at=_in(-1090),
            notes=note,
            **hg,
        )
    b.device(
        750109,
        "BYASAN1",
        "Storage Array",
        oui="9440C9",
        manufacturer="HPE",
        model="Alletra 5010",
        serial_number="AF-271844",
        asset_tag="BYA-IT-0109",
        operating_system="NimbleOS 6.1.2.200",
        primary_ip="10.30.12.10",
        ports=[("Controller A", "10.30.12.10"), ("Controller B", "10.30.12.11")],
        warranty_expires_at=_in(740),
        installed_at=_in(-350),
        notes=(
            "iSCSI storage for the Hyper-V cluster (Cluster Shared Volumes CSV01 and CSV02); "
            "hourly snapshots."
        ),
        **hg,
    )
    for id_, name, ip, os, os_notes, note in [
        (
            750110,
            "BYADC1",
            "10.30.10.20",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for blueyonder.local; DNS and DHCP for the hangar.",
        ),
        (
            750111,
            "BYADC2",
            "10.30.10.21",
            "Windows Server 2022 Standard",
            None,
            "Second domain controller; DHCP failover partner of BYADC1.",
        ),
        (
            750112,
            "BYASQL1",
            "10.30.10.30",
            "Windows Server 2019 Standard",
            "SQL Server 2019 Standard, instance ENVISION",
            "SQL Server for RUSADA Envision (maintenance tracking) and the AIMS reporting "
            "database.",
        ),
        (
            750113,
            "BYAMXSRV1",
            "10.30.10.31",
            "Windows Server 2019 Standard",
            None,
            "RUSADA Envision application server: aircraft maintenance records, work packs and "
            "parts.",
        ),
        (
            750114,
            "BYAFLTOPS1",
            "10.30.10.32",
            "Windows Server 2022 Standard",
            None,
            "AIMS crew scheduling and flight ops server; the crew check-in kiosks and the ops "
            "PCs connect here.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Server",
            oui="00155D",
            manufacturer="Microsoft",
            model="Hyper-V Virtual Machine",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            installed_at=_in(-1080),
            notes=note,
            **hg,
        )
    b.device(
        750115,
        "BYAHANGARDOOR1",
        "Door Controller",
        oui="00157D",
        manufacturer="Genetec",
        model="Synergis Cloud Link",
        serial_number="SCL-312-0048812",
        asset_tag="BYA-IT-0115",
        operating_system="Cloud Link 3.2.1",
        primary_ip="10.30.20.50",
        notes=(
            "Controls the hangar personnel doors and the airside gate readers through Mercury "
            "MR52 panels."
        ),
        **hg,
    )
    b.device(
        750116,
        "BYAHANGARPRN1",
        "Printer",
        oui="002673",
        manufacturer="Ricoh",
        model="IM C3000",
        serial_number="3110R710442",
        asset_tag="BYA-IT-0116",
        primary_ip="10.30.20.200",
        warranty_expires_at=_in(-400),
        notes="Hangar office MFP; prints work packs from Envision.",
        **hg,
    )
    for id_, name, serial, tag, ip, note in [
        (
            750117,
            "BYAENGWS1",
            "CZC24817QL",
            "BYA-IT-0117",
            "10.30.20.31",
            "Engineering PC in the hangar office: Envision client and the Dash 8 maintenance "
            "manuals (IETP).",
        ),
        (
            750118,
            "BYAENGWS2",
            "CZC24817QM",
            "BYA-IT-0118",
            "10.30.20.32",
            "Engineering PC at the stores counter; parts receiving in Envision.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="3822E2",
            manufacturer="HP",
            model="Z2 Tower G9",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows 11 Enterprise 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(65),
            notes=note,
            **hg,
        )
    b.device(
        750119,
        "OPS-SW-01",
        "Network Switch",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MS120-24P",
        serial_number="Q2CX-8H6J-3LMN",
        asset_tag="BYA-IT-0119",
        operating_system="MS 16.9",
        primary_ip="10.31.0.2",
        location_id=ops,
        notes="Ops centre switch in the store room rack: ops PCs, kiosks, OPS-PRN-01, phones.",
    )
    for id_, name, serial, tag, ip, note in [
        (
            750120,
            "OPS-KIOSK-07",
            "HQ7K3W3",
            "BYA-IT-0120",
            "10.31.20.107",
            "Crew check-in kiosk in the crew room: pilots sign for flights in AIMS and print the "
            "flight pack on OPS-PRN-01.",
        ),
        (
            750121,
            "OPS-KIOSK-08",
            "HQ7K3W4",
            "BYA-IT-0121",
            "10.31.20.108",
            "Second crew check-in kiosk, by the dispatch window.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Kiosk",
            oui="B04F13",
            manufacturer="Dell",
            model="OptiPlex 7410 All-in-One",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows 11 IoT Enterprise LTSC 2024",
            primary_ip=ip,
            warranty_expires_at=_in(610),
            location_id=ops,
            notes=note,
        )
    for id_, name, serial, tag, ip, note in [
        (
            750122,
            "OPS-WS-01",
            "PC2LMN41",
            "BYA-IT-0122",
            "10.31.20.21",
            "Dispatch desk 1: AIMS, weather briefing and ACARS messaging.",
        ),
        (750123, "OPS-WS-02", "PC2LMN47", "BYA-IT-0123", "10.31.20.22", "Dispatch desk 2."),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="88A4C2",
            manufacturer="Lenovo",
            model="ThinkStation P3 Tiny",
            serial_number=serial,
            asset_tag=tag,
            operating_system="Windows 11 Enterprise 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(760),
            location_id=ops,
            notes=note,
        )
    b.device(
        750124,
        "OPS-PRN-01",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="HL-L9430CDN",
        serial_number="E81234M3N11872",
        primary_ip="10.31.20.200",
        warranty_expires_at=_in(250),
        location_id=ops,
        notes="Ops printer for flight packs and NOTAM briefings.",
    )
    b.device(
        750125,
        "OPS-PBX-01",
        "VoIP Phone System",
        oui="08000F",
        manufacturer="Mitel",
        model="MiVoice Business 3300 ICP",
        serial_number="MVB-EX-0077812",
        asset_tag="BYA-IT-0125",
        operating_system="MiVB 10.0 SP1",
        primary_ip="10.31.40.10",
        location_id=ops,
        notes="Phone system for both sites; dispatch hunt group 2100 with call recording.",
    )
    for id_, name, serial, ipados, note in [
        (
            750126,
            "EFB-CFBYA",
            "DMPYK2LXQ1A1",
            "iPadOS 17.5.1",
            "Electronic flight bag for aircraft C-FBYA: ForeFlight and Jeppesen FliteDeck, "
            "managed in Intune.",
        ),
        (
            750127,
            "EFB-CFBYB",
            "DMPYK2LXQ1A2",
            "iPadOS 17.4.1",
            "Electronic flight bag for aircraft C-FBYB.",
        ),
        (750128, "EFB-CFBYC", "DMPYK2LXQ1A3", None, "Electronic flight bag for aircraft C-FBYC."),
    ]:
        b.device(
            id_,
            name,
            "Mobile Device",
            oui="F01898",
            hostname=None,
            manufacturer="Apple",
            model="iPad Pro 12.9-inch (6th generation)",
            serial_number=serial,
            operating_system=ipados,
            notes=note,
        )

    b.link(["BYADC1", "BYAMXSRV1", "BYAFLTOPS1"], RUNS, "BYAVHOST1")
    b.link(["BYADC2", "BYASQL1"], RUNS, "BYAVHOST2")
    b.link(["BYAVHOST1", "BYAVHOST2"], DEPENDS, "BYASAN1", "Cluster Shared Volumes")
    b.link(["BYAVHOST1", "BYAVHOST2", "BYASAN1", "BYAHANGARSW1"], CONNECTED, "BYACORESW1")
    b.link("BYACORESW1", CONNECTED, "BYAFW1")
    b.link(
        [
            "BYAHANGARAP1",
            "BYAHANGARAP2",
            "BYAHANGARDOOR1",
            "BYAHANGARPRN1",
            "BYAENGWS1",
            "BYAENGWS2",
        ],
        CONNECTED,
        "BYAHANGARSW1",
    )
    b.link("OPS-FW-01", CONNECTED, "BYAFW1", "Meraki AutoVPN")
    b.link("OPS-SW-01", CONNECTED, "OPS-FW-01")
    b.link(
        ["OPS-KIOSK-07", "OPS-KIOSK-08", "OPS-WS-01", "OPS-WS-02", "OPS-PRN-01", "OPS-PBX-01"],
        CONNECTED,
        "OPS-SW-01",
    )
    b.link(["BYAMXSRV1", "BYAFLTOPS1"], DEPENDS, "BYASQL1")
    b.link(["BYAMXSRV1", "BYAFLTOPS1"], DEPENDS, "BYADC1")
    b.link(["BYAENGWS1", "BYAENGWS2"], DEPENDS, "BYAMXSRV1", "Envision client")
    b.link(
        ["OPS-KIOSK-07", "OPS-KIOSK-08", "OPS-WS-01", "OPS-WS-02"],
        DEPENDS,
        "BYAFLTOPS1",
        "AIMS",
    )
    b.link(["OPS-KIOSK-07", "OPS-KIOSK-08"], DEPENDS, "OPS-PRN-01", "flight packs")

    b.asset(
        750301,
        "Vendor",
        "RUSADA",
        vendor_name="RUSADA",
        account_number="RUS-CA-1187",
        support_phone="+41 21 555 0140",
        support_email="support@rusada.example",
        contract_end=_in(160),
    )
    b.asset(
        750302,
        "Vendor",
        "AIMS International",
        vendor_name="AIMS International",
        account_number="AIMS-BYA-0042",
        support_phone="+49 2103 555 019",
        support_email="helpdesk@aims.example",
        contract_end=_in(22),
    )
    b.asset(
        750303,
        "Vendor",
        "Shaw Business (hangar internet)",
        vendor_name="Shaw Business",
        account_number="SB-88310-7723",
        support_phone="1-877-555-0142",
        support_email="business.support@shaw.example",
        contract_end=_in(-180),
    )
    b.asset(
        750304,
        "Line of Business",
        "RUSADA Envision",
        app_name="RUSADA Envision",
        version="8.4.2",
        server=b.tag("BYAMXSRV1"),
        licensed_users=22,
        vendor="RUSADA",
    )
    b.asset(
        750305,
        "Line of Business",
        "AIMS crew scheduling",
        app_name="AIMS",
        version="6.1.18",
        server=b.tag("BYAFLTOPS1"),
        licensed_users=60,
        vendor="AIMS International",
    )
    b.asset(
        750306,
        "VPN",
        "Meraki AutoVPN hangar-ops",
        type="Meraki AutoVPN (hub and spoke)",
        endpoint="BYAFW1 (hub) <-> OPS-FW-01 (spoke)",
        pre_shared_key_location="Not used: keys are managed by the Meraki cloud",
        users="Ops centre subnets 10.31.0.0/16",
    )
    b.asset(
        750307,
        "VPN",
        "Engineers client VPN",
        type="Meraki Client VPN (L2TP/IPsec)",
        endpoint="byafw1-kelowna.dynamic-m.example",
        pre_shared_key_location="IT Glue password 'Meraki client VPN shared secret'",
        users="Tomas Novotny and 6 licensed engineers (AD group VPN-Eng)",
    )
    b.asset(
        750308,
        "Microsoft 365 Tenant",
        "Blue Yonder Microsoft 365",
        tenant_domain="blueyonderair.onmicrosoft.com",
        licence_sku="Microsoft 365 Business Premium",
        licence_count=64,
        global_admins=("admin@blueyonderair.onmicrosoft.com; ga-msp@blueyonderair.onmicrosoft.com"),
        renewal=_in(-12),
    )
    b.asset(
        750309,
        "Door Access",
        "Hangar and airside access",
        system="Genetec Synergis",
        controller=b.tag("BYAHANGARDOOR1"),
        admin_contact="Tomas Novotny (Director of Maintenance)",
    )
    b.asset(
        750310,
        "Certificates",
        "aims.blueyonderair.example",
        hostname="aims.blueyonderair.example",
        authority="Sectigo",
        valid_until=_in(81),
    )
    b.asset(
        750311,
        "Certificates",
        "envision.blueyonder.local",
        hostname="envision.blueyonder.local",
        authority="blueyonder-BYADC1-CA",
        valid_until=_in(300),
    )
    b.link("RUSADA Envision", RUNS, "BYAMXSRV1")
    b.link("RUSADA Envision", DEPENDS, "BYASQL1")
    b.link("AIMS crew scheduling", RUNS, "BYAFLTOPS1")

    b.secret(
        750401,
        "Meraki dashboard (Blue Yonder org)",
        "bya-meraki@msp.example",
        "Network",
        "BYAFW1",
        url="https://dashboard.meraki.com",
    )
    b.secret(
        750402,
        "Meraki client VPN shared secret",
        None,
        "VPN",
        "BYAFW1",
    )
    b.secret(
        750403,
        "ENVISION SQL sa",
        "sa",
        "Database",
        "BYASQL1",
        notes="RUSADA support only; rotate after each session.",
    )
    b.secret(
        750404,
        "Crew kiosk auto-logon account",
        "BLUEYONDER\\kiosk-crew",
        "Kiosk",
        "OPS-KIOSK-07",
        notes="Same account on OPS-KIOSK-07 and OPS-KIOSK-08 (assigned-access profile).",
    )
    b.secret(
        750405,
        "Hyper-V host iLO",
        "Administrator",
        "Servers",
        "BYAVHOST1",
        url="https://10.30.11.11",
    )
    b.secret(
        750406,
        "Synergis Cloud Link admin",
        "admin",
        "Door Access",
        "BYAHANGARDOOR1",
    )

    b.runbook(
        750501,
        "Crew check-in kiosk not working",
        "Ops Runbooks",
        ("h", "Symptoms"),
        (
            "p",
            "Crew report 'AIMS not reachable' on OPS-KIOSK-07 or OPS-KIOSK-08, or flight "
            "packs don't print.",
        ),
        ("h", "Fix"),
        ("s", "Check OPS-FW-01 and BYAFW1 in the Meraki dashboard: AutoVPN status must be green."),
        (
            "s",
            "Open AIMS on OPS-WS-01; if that fails too, restart the 'AIMS Application "
            "Server' service on BYAFLTOPS1.",
        ),
        ("s", "If only printing fails, clear the queue on OPS-PRN-01 and power-cycle it."),
        ("s", "Reboot the kiosk last; it logs back on by itself as BLUEYONDER\\kiosk-crew."),
        ("h", "Fallback"),
        (
            "p",
            "Dispatch can check crews in by hand on OPS-WS-01 and OPS-WS-02; tell Keiko "
            "Arakawa or the duty dispatcher.",
        ),
    )
    b.runbook(
        750502,
        "Envision slow or down",
        "Hangar Runbooks",
        ("h", "Checks"),
        (
            "s",
            "Check CPU and memory on BYAMXSRV1 and that 'Envision Application Service' is running.",
        ),
        (
            "s",
            "On BYASQL1 check the ENVISION instance; run the 'Envision nightly reindex' job "
            "if it was skipped.",
        ),
        ("s", "Confirm BYAVHOST1 and BYAVHOST2 both see CSV01 and CSV02 on BYASAN1."),
        ("h", "Escalate"),
        (
            "p",
            "Log it with RUSADA (account RUS-CA-1187) and tell Tomas Novotny; aircraft can "
            "be released on paper work packs meanwhile.",
        ),
    )
    b.runbook(
        750503,
        "EFB iPad replacement",
        "Flight Ops",
        ("h", "Swap an EFB"),
        (
            "s",
            "Take a spare iPad from the Chief Pilot's office and enrol it in Intune with the "
            "'EFB - Dash 8' profile.",
        ),
        ("s", "Rename it EFB-<registration without the dash>, e.g. EFB-CFBYA."),
        (
            "s",
            "ForeFlight and Jeppesen FliteDeck install by themselves; Marcus Delaney "
            "activates the Jeppesen licence.",
        ),
    )
    return b.snap


def snapshot() -> Snapshot:
    """The third MSP: five hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (_st_brigids(), _northwind(), _adatum(), _johnson(), _blue_yonder()):
        out.merge(part)
    return out
