"""A ninth hand-written MSP, unlike the sample MSP (sync/demo/), evals/other_msp.py,
evals/third_msp.py, evals/fourth_msp.py, evals/fifth_msp.py, evals/sixth_msp.py,
evals/seventh_msp.py and evals/eighth_msp.py.

Four clients, each with a naming habit none of the other accounts has:

- Granite Ridge Community Credit Union (GRCCU; an operations centre and two branches around
  Concord, NH): bank-style `BR<branch>-<function>-<NN>` names, the branch number first
  (`BR00` is the operations centre, `BR01` Main Street, `BR02` Bow) and a three-letter
  function code (`TLR` teller, `TCR` teller cash recycler, `ITM` interactive teller machine,
  `ATM`, `LND` lending, `ACC` accounting, `ECM` document imaging, `HC` hyperconverged node).
  The Penacook branch (`BR03`) closed in 2025 and its teller PC `BR03-TLR-01` now sits at the
  Bow drive-up window without having been renamed.
- Halvorsen Brothers Construction (HBC; Fargo, ND, with an equipment yard in West Fargo and
  job-site trailers): every device is named after its owner and the year it was bought,
  `<owner>-<type>-<YY>`. People's kit carries their three initials (`JMK-LT-23` is Jonah M.
  Kessler's 2023 laptop, `JMK-WS-21` his estimating workstation, `KAH-LT-24` the owner's),
  shared kit carries the place (`OFC-FW-22` the office firewall, `YRD-FW-19` the yard's), and
  job-trailer kit carries the job number instead of a year (`J2417-FW`, `J2503-FW`).
- Good Shepherd Lutheran Church & School (GSL; a church and K-8 school on one campus in Sioux
  Falls, SD): every device is named after a book of the Bible in lowercase: the Torah is the
  network (`genesis` firewall, `leviticus` and `deuteronomy` switches, `exodus` the backup
  NAS), the histories the servers (`kings` Hyper-V host, `samuel` DC, `chronicles` files),
  wisdom books the worship and office kit (`psalms` the sound booth PC, `job` and `proverbs`
  printers), the gospels and Acts the desks, minor prophets the access points (`amos`,
  `hosea`, `joel`, `micah`), `nehemiah` (who rebuilt the walls) the door controller and
  `revelation` the livestream encoder. `mark`, `luke` and `john` are also people's names (the
  senior pastor is Mark Albrecht, and `mark` is not his PC); `job` and `numbers` are words.
- Seven Pines Mountain (short name "7 Pines", which starts with a digit; a ski area near Red
  Lodge, MT, with a summit lodge): every device is named after one of the mountain's trails,
  lowercase and run together, and the trail's rating says the job: double blacks are the
  firewall (`widowmaker`), blacks the switches and the summit bridge (`cornice`, `ridgeline`,
  `highline`), blues the servers (`skyline`, `switchback`, `timberwolf`, `lonepine`), greens
  the desks and tills (`bunnyhop`, `meadowlark`, `lollipop`, `easystreet`, `homestretch`),
  glades the access points (`aspenglade`, `birchglade`) and terrain park features the lift
  gates (`kicker`, `rail`).

Configuration types of its own (Hyperconverged Node, Teller Workstation, Teller Cash Recycler,
ATM, Interactive Teller Machine, Jobsite Router, Jobsite Camera, Wide Format Plotter, Tablet,
Livestream Encoder, Door Access Controller, Wireless Bridge, Lift Access Gate, Snowmaking
Controller, Card Printer, Rental Workstation) next to common ones, and flexible asset types
none of the other accounts has (Core Banking Link, Payroll Service, SSL Certificate, Domain,
Software Subscription, Alarm Monitoring, Ticketing System, AV System, Wi-Fi SSID, Backup Plan,
Job Site) with their own trait keys. Some fields are left empty on purpose (a tablet and a
POS with no IP, a superintendent's laptop with no warranty, a backup plan never
test-restored, a payroll service with no renewal date). Password entries are metadata only
(`value_encrypted` stays None). Everything is written out by hand; nothing is random. Every
date is an offset from TODAY (2026-06-01, as in third_msp.py) so the questions in
evals/natural/ninth.jsonl and ninthh.jsonl have fixed answers.

Ids: organizations 1401..1404; every other id (records, interfaces, document sections) is
1400000 or above and unique across all of them: flexible asset types 1400001..1400011, then
one block of ten thousand per organization (1410000 for 1401 ... 1440000 for 1404):
locations +1.., contacts +11.., configurations +101.., flexible assets +301.., passwords
+401.., documents +501.., document sections +1001.., configuration interfaces +2001...
"""

from __future__ import annotations

from datetime import date
from typing import Any

from core.models import (
    FlexibleAssetType,
    Organization,
    RelType,
    Snapshot,
)
from evals.third_msp import UPDATED_AT, _Builder, _field, _in

TODAY = date(2026, 6, 1)
"""'Today' for this account (the same as third_msp.TODAY, whose `_in` the dates use)."""

GRCCU, HBC, GSL, PINES = 1401, 1402, 1403, 1404

CONNECTED, RUNS, DEPENDS = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON


def _type(id: int, name: str, description: str, *fields: Any) -> FlexibleAssetType:
    return FlexibleAssetType(
        id=id,
        organization_id=0,
        name=name,
        description=description,
        fields=tuple(fields),
        updated_at=UPDATED_AT,
    )


ASSET_TYPES = [
    _type(
        1400001,
        "Core Banking Link",
        "How a credit union reaches its core processor: provider, circuits, host, branches",
        _field("Core Provider"),
        _field("Connection", "Textbox"),
        _field("Circuit ID"),
        _field("Host Endpoint"),
        _field("Branches", "Tag", tag_type="Configurations"),
        _field("Contract Ends", "Date", expiration=True),
    ),
    _type(
        1400002,
        "Payroll Service",
        "Who runs payroll, the company code, the schedule and what feeds it",
        _field("Provider"),
        _field("Company Code"),
        _field("Pay Schedule"),
        _field("Admin Contact"),
        _field("Integrations", "Textbox"),
        _field("Renewal", "Date", expiration=True),
    ),
    _type(
        1400003,
        "SSL Certificate",
        "Public TLS certificates: name, issuer, where installed, expiry",
        _field("Common Name"),
        _field("Issuer"),
        _field("SANs"),
        _field("Installed On", "Tag", tag_type="Configurations"),
        _field("Validation"),
        _field("Expires", "Date", expiration=True),
    ),
    _type(
        1400004,
        "Domain",
        "Registered domains: registrar, DNS, auto-renew, registrant",
        _field("Registrar"),
        _field("Nameservers"),
        _field("Auto Renew"),
        _field("Registrant"),
        _field("Expires", "Date", expiration=True),
    ),
    _type(
        1400005,
        "Software Subscription",
        "Paid software and cloud subscriptions: seats, billing, vendor, renewal",
        _field("Product"),
        _field("Seats", "Number"),
        _field("Billing"),
        _field("Vendor"),
        _field("Assigned To", "Textbox"),
        _field("Renews", "Date", expiration=True),
    ),
    _type(
        1400006,
        "Alarm Monitoring",
        "Intrusion and fire alarm monitoring: company, account, panel, call list",
        _field("Monitoring Company"),
        _field("Account Number"),
        _field("Panel"),
        _field("Zones", "Textbox"),
        _field("Call List", "Textbox"),
        _field("Contract Ends", "Date", expiration=True),
    ),
    _type(
        1400007,
        "Ticketing System",
        "Lift ticket, pass and gate systems: product, version, server, gates, support",
        _field("Product"),
        _field("Version"),
        _field("Server", "Tag", tag_type="Configurations"),
        _field("Scanners and Gates", "Textbox"),
        _field("Vendor Support"),
        _field("Support Ends", "Date", expiration=True),
    ),
    _type(
        1400008,
        "AV System",
        "Audio-visual systems in a room: mixer, displays, control devices, support",
        _field("Room"),
        _field("Mixer"),
        _field("Displays"),
        _field("Control Devices", "Tag", tag_type="Configurations"),
        _field("Notes", "Textbox"),
        _field("Support Ends", "Date", expiration=True),
    ),
    _type(
        1400009,
        "Wi-Fi SSID",
        "One wireless network: SSID, VLAN, security, which access points broadcast it",
        _field("SSID"),
        _field("VLAN", "Number"),
        _field("Security"),
        _field("Access Points", "Tag", tag_type="Configurations"),
        _field("Content Filter"),
        _field("Notes", "Textbox"),
    ),
    _type(
        1400010,
        "Backup Plan",
        "What is backed up, with what, to where, how often, and the last test restore",
        _field("Protected", "Tag", tag_type="Configurations"),
        _field("Software"),
        _field("Destination"),
        _field("Frequency"),
        _field("Retention"),
        _field("Last Test Restore", "Date"),
        _field("Renewal", "Date", expiration=True),
    ),
    _type(
        1400011,
        "Job Site",
        "A construction job site: job number, address, superintendent, internet, kit",
        _field("Job Number"),
        _field("Site Address"),
        _field("Superintendent"),
        _field("Internet"),
        _field("Devices", "Tag", tag_type="Configurations"),
        _field("Start Date", "Date"),
        _field("Planned Completion", "Date", expiration=True),
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _NinthBuilder(_Builder):
    """third_msp's builder with this account's flexible asset types."""

    def asset_types(self) -> dict[str, FlexibleAssetType]:
        return _TYPE


# ============================================================================================
# Granite Ridge Community Credit Union: operations centre BR00, branches BR01 and BR02.
# ============================================================================================


def _credit_union() -> Snapshot:
    b = _NinthBuilder(
        Organization(
            id=GRCCU,
            organization_id=GRCCU,
            name="Granite Ridge Community Credit Union",
            short_name="GRCCU",
            organization_type="Credit Union",
            description=(
                "A state-chartered credit union with about 11,000 members: the operations "
                "centre (BR00) on Loudon Road in Concord, the Main Street branch (BR01) and the "
                "Bow branch (BR02). Core is Jack Henry Symitar (Episys), hosted by Jack Henry. "
                "Devices are named BR<branch>-<function>-<NN>. The Penacook branch (BR03) "
                "closed in 2025; BR03-TLR-01 was moved to the Bow drive-up and kept its name."
            ),
            quick_notes=(
                "NCUA exam season is October. No changes to teller PCs or the firewalls between "
                "08:30 and 17:30 on business days, and never on the first business day of the "
                "month (dividend posting). Any change needs a ticket approved by Denise Carrow."
            ),
            updated_at=UPDATED_AT,
        ),
        1410000,
        "dash",
    )
    ops = b.location(
        1410001,
        "BR00 Operations Center",
        primary=True,
        address_1="44 Loudon Road",
        city="Concord",
        region="New Hampshire",
        postal_code="03301",
        country="United States",
        phone="+1 603-555-0140",
        notes=(
            "Back office, lending and the server room (second floor, room 214, badge plus the "
            "key from the vault custodian). Generator tested Tuesdays at 07:00."
        ),
    )
    main_st = b.location(
        1410002,
        "BR01 Main Street Branch",
        address_1="12 North Main Street",
        city="Concord",
        region="New Hampshire",
        postal_code="03301",
        country="United States",
        phone="+1 603-555-0150",
        notes=(
            "Full-service branch with the walk-up ATM. Network rack is in the coin room behind "
            "the teller line; dual control applies, a teller must escort you."
        ),
    )
    bow = b.location(
        1410003,
        "BR02 Bow Branch",
        address_1="520 Route 3A",
        city="Bow",
        region="New Hampshire",
        postal_code="03304",
        country="United States",
        phone="+1 603-555-0160",
        notes=(
            "Branch with a two-lane drive-up and the ITM in the vestibule. Rack in the "
            "janitor's closet; the Penacook teller PC (BR03-TLR-01) sits at drive-up lane 1."
        ),
    )
    denise = b.person(
        1410011,
        "Denise Carrow",
        "VP of Operations & IT",
        "Primary",
        "dcarrow@graniteridgecu.example",
        "+1 603-555-0141",
        mobile="+1 603-555-0191",
        location_id=ops,
        important=True,
        notes="Our IT manager contact; approves every change ticket and new user.",
    )
    b.person(
        1410012,
        "Raymond Oyelaran",
        "President / CEO",
        "Approver",
        "royelaran@graniteridgecu.example",
        "+1 603-555-0142",
        location_id=ops,
        notes="Signs contracts and anything over $5,000.",
    )
    b.person(
        1410013,
        "Tanya Beaulieu",
        "Branch Manager, Bow (BR02)",
        "User",
        "tbeaulieu@graniteridgecu.example",
        "+1 603-555-0161",
        location_id=bow,
        notes="First call for the Bow drive-up, the ITM and BR03-TLR-01.",
    )
    greg = b.person(
        1410014,
        "Greg Madsen",
        "Information Security Officer",
        "Technical",
        "gmadsen@graniteridgecu.example",
        "+1 603-555-0143",
        mobile="+1 603-555-0193",
        location_id=ops,
        notes="Reviews firewall rule changes and owns the GLBA risk assessment.",
    )
    b.person(
        1410015,
        "Lionel Pratt",
        "Facilities and After-Hours On-Call",
        "After Hours",
        "lpratt@graniteridgecu.example",
        "+1 603-555-0144",
        mobile="+1 603-555-0177",
        location_id=ops,
        notes="Call him for after-hours building access and alarm resets at any site.",
    )

    o: dict[str, Any] = {"location_id": ops}
    b.device(
        1410101,
        "BR00-FW-01",
        "Firewall",
        oui="E81CBA",
        manufacturer="Fortinet",
        model="FortiGate 200F",
        serial_number="FG200FTK23005512",
        asset_tag="GR-IT-0101",
        operating_system="FortiOS 7.2.8",
        primary_ip="10.10.0.1",
        public_ip="198.51.100.130",
        ports=[
            ("port1 (internal)", "10.10.0.1"),
            ("wan1 (Consolidated fiber)", "198.51.100.130"),
            ("wan2 (Comcast backup)", "203.0.113.18"),
        ],
        warranty_expires_at=_in(210),
        installed_at=_in(-760),
        contact_id=greg,
        notes=(
            "Operations centre firewall and hub of the branch VPNs (BR01-HQ, BR02-HQ). The "
            "Jack Henry tunnel 'JHA-OL' to the Episys host rides wan1 with failover to wan2. "
            "FortiClient VPN for lending staff working from home."
        ),
        **o,
    )
    b.device(
        1410102,
        "BR00-SW-CORE",
        "Core Switch",
        oui="B8D4E7",
        manufacturer="Aruba",
        model="CX 6300M 48G PoE",
        serial_number="SG23KMX0P1",
        asset_tag="GR-IT-0102",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="10.10.0.2",
        warranty_expires_at=_in(1200),
        installed_at=_in(-760),
        notes=(
            "Core switch in room 214. VLAN 10 servers, 20 staff, 30 teller, 40 ATM and cash "
            "devices (isolated), 50 voice, 60 cameras."
        ),
        **o,
    )
    for id_, name, serial, ip in [
        (1410103, "BR00-HC-01", "HC3-2211-04471", "10.10.5.11"),
        (1410104, "BR00-HC-02", "HC3-2211-04472", "10.10.5.12"),
    ]:
        b.device(
            id_,
            name,
            "Hyperconverged Node",
            oui="0CC47A",
            manufacturer="Scale Computing",
            model="HC3 HE500",
            serial_number=serial,
            operating_system="SC//HyperCore 9.4",
            primary_ip=ip,
            ports=[("LAN", ip), ("Backplane", ip.replace("10.10.5.", "172.31.0."))],
            warranty_expires_at=_in(75),
            installed_at=_in(-1000),
            notes=(
                "One of the two HyperCore nodes in room 214; the cluster manager answers on "
                "https://10.10.5.10."
            ),
            **o,
        )
    for id_, name, ip, os_notes, note in [
        (
            1410105,
            "BR00-DC-01",
            "10.10.5.21",
            None,
            "Domain controller for grccu.local: AD, DNS, DHCP for every branch.",
        ),
        (
            1410106,
            "BR00-ECM-01",
            "10.10.5.31",
            "Jack Henry Synergy ECM 2024.1",
            "Document imaging: loan files, signature cards and member documents. Teller PCs "
            "print receipts to Synergy through the Synergy Capture service.",
        ),
        (
            1410107,
            "BR00-SQL-01",
            "10.10.5.32",
            "SQL Server 2019 Standard, instance SYNERGY",
            "Database server for Synergy ECM and the MeridianLink lending export.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="Scale Computing",
            model="HyperCore VM",
            operating_system="Windows Server 2022 Standard",
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("virtio0", ip)],
            installed_at=_in(-990),
            notes=note,
            **o,
        )
    b.device(
        1410108,
        "BR00-BKP-01",
        "Backup Appliance",
        manufacturer="Unitrends",
        model="Recovery Series 8030",
        serial_number="UR8030-61C2219",
        operating_system="Unitrends 10.8",
        primary_ip="10.10.5.50",
        warranty_expires_at=_in(80),
        installed_at=_in(-980),
        contact_id=denise,
        notes="Backs up the three VMs nightly and replicates to Unitrends Forever Cloud.",
        **o,
    )
    b.device(
        1410109,
        "BR00-ACC-01",
        "Workstation",
        oui="6C2B59",
        manufacturer="Dell",
        model="OptiPlex 7020 Micro",
        serial_number="7RK2QW4",
        operating_system="Windows 11 Enterprise 23H2",
        primary_ip="10.10.20.31",
        warranty_expires_at=_in(900),
        installed_at=_in(-160),
        notes="Accounting: GL reconciliation in Episys, Fed ACH files, the check printer.",
        **o,
    )
    b.device(
        1410110,
        "BR00-LND-01",
        "Workstation",
        oui="6C2B59",
        manufacturer="Dell",
        model="Latitude 5450",
        serial_number="3TK8PX4",
        operating_system="Windows 11 Enterprise 23H2",
        primary_ip="10.10.20.41",
        warranty_expires_at=_in(850),
        installed_at=_in(-200),
        notes="Senior loan officer's laptop: MeridianLink Consumer, Synergy, FortiClient.",
        **o,
    )
    b.device(
        1410111,
        "BR00-PRN-01",
        "Multifunction Printer",
        manufacturer="Konica Minolta",
        model="bizhub C450i",
        serial_number="AA2J021019837",
        primary_ip="10.10.20.50",
        installed_at=_in(-600),
        notes="Back office copier; scan to folder \\\\BR00-ECM-01\\Capture\\Inbox.",
        **o,
    )
    b.device(
        1410112,
        "BR00-AP-01",
        "Wireless Access Point",
        oui="B8D4E7",
        manufacturer="Aruba",
        model="AP-515",
        serial_number="CNK7JSV2B9",
        operating_system="AOS 10.5",
        primary_ip="10.10.0.21",
        installed_at=_in(-700),
        notes="Operations centre. SSIDs GRCCU-Staff (802.1X) and GRCCU-Guest (VLAN 90).",
        **o,
    )
    m: dict[str, Any] = {"location_id": main_st}
    b.device(
        1410113,
        "BR01-FW-01",
        "Firewall",
        oui="E81CBA",
        manufacturer="Fortinet",
        model="FortiGate 60F",
        serial_number="FGT60FTK21044180",
        operating_system="FortiOS 7.2.8",
        primary_ip="10.11.0.1",
        public_ip="198.51.100.146",
        ports=[("internal", "10.11.0.1"), ("wan1", "198.51.100.146")],
        warranty_expires_at=_in(-15),
        installed_at=_in(-1400),
        notes=(
            "Main Street branch firewall; IPsec 'BR01-HQ' to BR00-FW-01. FortiCare lapsed, "
            "replacement quoted with a 70F."
        ),
        **m,
    )
    b.device(
        1410114,
        "BR01-SW-01",
        "Switch",
        oui="B8D4E7",
        manufacturer="Aruba",
        model="CX 6100 24G PoE",
        serial_number="TW31KMT0C4",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="10.11.0.2",
        installed_at=_in(-700),
        notes="Coin room switch; the ATM is on port 24 in VLAN 40 only.",
        **m,
    )
    for id_, name, serial, ip in [
        (1410115, "BR01-TLR-01", "5QW3MN4", "10.11.30.11"),
        (1410116, "BR01-TLR-02", "5QW4MN4", "10.11.30.12"),
    ]:
        b.device(
            id_,
            name,
            "Teller Workstation",
            oui="6C2B59",
            manufacturer="Dell",
            model="OptiPlex 7010 Micro",
            serial_number=serial,
            operating_system="Windows 11 Enterprise 23H2",
            operating_system_notes="Symitar Episys Quest teller, Epson TM-S9000 receipt/validator",
            primary_ip=ip,
            warranty_expires_at=_in(420),
            installed_at=_in(-310),
            notes=f"Main Street teller station {name[-1]}.",
            **m,
        )
    b.device(
        1410117,
        "BR01-TCR-01",
        "Teller Cash Recycler",
        manufacturer="Glory",
        model="Vertera 6G",
        serial_number="GV6-1187302",
        operating_system="Glory firmware 3.22",
        primary_ip="10.11.40.21",
        installed_at=_in(-540),
        notes=(
            "Shared between teller stations 1 and 2; talks to Episys through the Glory "
            "CI-Gateway service on BR01-TLR-01. Service by Glory (contract GL-55102)."
        ),
        **m,
    )
    b.device(
        1410118,
        "BR01-ATM-01",
        "ATM",
        manufacturer="Diebold Nixdorf",
        model="DN Series 200",
        serial_number="DN200-4471928",
        asset_tag="GR-ATM-01",
        operating_system="Vynamic Software 5.1 on Windows 10 IoT Enterprise LTSC",
        primary_ip="10.11.40.10",
        installed_at=_in(-900),
        notes=(
            "Walk-up ATM outside Main Street. Drives through the Fiserv Accel network via the "
            "ATM VLAN 40 to BR00-FW-01; terminal ID GRC00101. Cash loading: Brink's."
        ),
        **m,
    )
    w: dict[str, Any] = {"location_id": bow}
    b.device(
        1410119,
        "BR02-FW-01",
        "Firewall",
        oui="E81CBA",
        manufacturer="Fortinet",
        model="FortiGate 40F",
        serial_number="FGT40FTK22017763",
        operating_system="FortiOS 7.2.8",
        primary_ip="10.12.0.1",
        public_ip="203.0.113.77",
        ports=[("internal", "10.12.0.1"), ("wan", "203.0.113.77")],
        warranty_expires_at=_in(330),
        installed_at=_in(-620),
        notes="Bow branch firewall on a TDS fiber line; IPsec 'BR02-HQ' to BR00-FW-01.",
        **w,
    )
    b.device(
        1410120,
        "BR02-SW-01",
        "Switch",
        oui="B8D4E7",
        manufacturer="Aruba",
        model="CX 6100 12G PoE",
        serial_number="TW31KMT2H8",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="10.12.0.2",
        installed_at=_in(-620),
        notes="Janitor's closet switch; the ITM is on port 12 in VLAN 40.",
        **w,
    )
    b.device(
        1410121,
        "BR02-TLR-01",
        "Teller Workstation",
        oui="6C2B59",
        manufacturer="Dell",
        model="OptiPlex 7010 Micro",
        serial_number="5QW7MN4",
        operating_system="Windows 11 Enterprise 23H2",
        operating_system_notes="Symitar Episys Quest teller",
        primary_ip="10.12.30.11",
        warranty_expires_at=_in(420),
        installed_at=_in(-310),
        notes="Bow lobby teller station.",
        **w,
    )
    b.device(
        1410122,
        "BR03-TLR-01",
        "Teller Workstation",
        oui="6C2B59",
        manufacturer="Dell",
        model="OptiPlex 7000 Micro",
        serial_number="9HJ2LK3",
        operating_system="Windows 10 Enterprise 22H2",
        operating_system_notes="Symitar Episys Quest teller; the drive-up pneumatic tube audio",
        primary_ip="10.12.30.23",
        warranty_expires_at=_in(-120),
        installed_at=_in(-1500),
        notes=(
            "Was teller 1 at the Penacook branch (BR03), closed in 2025. Now at Bow drive-up "
            "lane 1; never renamed because the Episys teller ID is tied to the name. Due for "
            "replacement (Windows 10)."
        ),
        **w,
    )
    b.device(
        1410123,
        "BR02-ITM-01",
        "Interactive Teller Machine",
        manufacturer="Diebold Nixdorf",
        model="DN Series 300 ITM",
        serial_number="DN300-5583016",
        asset_tag="GR-ATM-02",
        operating_system="Vynamic Software 5.1",
        primary_ip="10.12.40.10",
        installed_at=_in(-450),
        notes=(
            "Vestibule ITM: video teller sessions are answered from BR00 by the contact centre "
            "(Vynamic Connect). Terminal ID GRC00201."
        ),
        **w,
    )

    b.link(["BR00-DC-01", "BR00-ECM-01"], RUNS, "BR00-HC-01")
    b.link("BR00-SQL-01", RUNS, "BR00-HC-02")
    b.link("BR00-ECM-01", DEPENDS, "BR00-SQL-01", "Synergy database")
    b.link(
        ["BR00-HC-01", "BR00-HC-02", "BR00-BKP-01", "BR00-ACC-01", "BR00-PRN-01", "BR00-AP-01"],
        CONNECTED,
        "BR00-SW-CORE",
    )
    b.link("BR00-SW-CORE", CONNECTED, "BR00-FW-01")
    b.link("BR01-FW-01", CONNECTED, "BR00-FW-01", "IPsec BR01-HQ")
    b.link("BR02-FW-01", CONNECTED, "BR00-FW-01", "IPsec BR02-HQ")
    b.link("BR01-SW-01", CONNECTED, "BR01-FW-01")
    b.link(["BR01-TLR-01", "BR01-TLR-02", "BR01-TCR-01", "BR01-ATM-01"], CONNECTED, "BR01-SW-01")
    b.link("BR02-SW-01", CONNECTED, "BR02-FW-01")
    b.link(["BR02-TLR-01", "BR03-TLR-01", "BR02-ITM-01"], CONNECTED, "BR02-SW-01")
    b.link("BR01-TCR-01", DEPENDS, "BR01-TLR-01", "Glory CI-Gateway service")
    b.link(["BR01-ATM-01", "BR02-ITM-01"], DEPENDS, "BR00-FW-01", "Fiserv Accel tunnel")

    b.asset(
        1410301,
        "Core Banking Link",
        "Symitar Episys - Jack Henry hosted",
        core_provider="Jack Henry Symitar (Episys), hosted in the JHA data centre, Allen TX",
        connection=(
            "IPsec tunnel 'JHA-OL' from BR00-FW-01 (primary on wan1, failover on wan2); "
            "branches reach Episys through the BR01-HQ and BR02-HQ tunnels."
        ),
        circuit_id="JHA-OL-774512",
        host_endpoint="10.250.14.10 (SymXchange port 4100)",
        branches=b.tag("BR00-FW-01", "BR01-FW-01", "BR02-FW-01"),
        contract_ends=_in(540),
    )
    b.asset(
        1410302,
        "SSL Certificate",
        "online.graniteridgecu.example",
        common_name="online.graniteridgecu.example",
        issuer="DigiCert Global G2 TLS RSA SHA256 2020 CA1",
        sans="online.graniteridgecu.example, www.graniteridgecu.example",
        validation="OV",
        expires=_in(23),
    )
    b.asset(
        1410303,
        "SSL Certificate",
        "vpn.graniteridgecu.example",
        common_name="vpn.graniteridgecu.example",
        issuer="Sectigo RSA Domain Validation Secure Server CA",
        installed_on=b.tag("BR00-FW-01"),
        validation="DV",
        expires=_in(-6),
    )
    b.asset(
        1410304,
        "Domain",
        "graniteridgecu.example",
        registrar="Network Solutions",
        nameservers="ns1.jackhenry.example, ns2.jackhenry.example",
        auto_renew="No",
        registrant="Denise Carrow",
        expires=_in(58),
    )
    b.asset(
        1410305,
        "Alarm Monitoring",
        "BR01 vault and lobby alarm",
        monitoring_company="Sentry Alarm of New Hampshire",
        account_number="SA-220481",
        panel="DMP XR550",
        zones="1 vault door, 2 vault motion, 3 lobby motion, 4 ATM vestibule, 5 hold-up buttons",
        call_list="1. Lionel Pratt, 2. Denise Carrow, 3. Concord PD",
        contract_ends=_in(300),
    )
    b.asset(
        1410306,
        "Software Subscription",
        "Microsoft 365 Business Premium",
        product="Microsoft 365 Business Premium",
        seats=46,
        billing="Annual, paid upfront",
        vendor="Pax8 (through us)",
        assigned_to="All staff; the ITM and ATM have no licences.",
        renews=_in(140),
    )
    b.asset(
        1410307,
        "Backup Plan",
        "Unitrends - HyperCore VMs",
        protected=b.tag("BR00-DC-01", "BR00-ECM-01", "BR00-SQL-01"),
        software="Unitrends Backup 10.8 (HyperCore agentless)",
        destination="BR00-BKP-01, replicated to Unitrends Forever Cloud",
        frequency="Nightly at 22:00, incrementals every 4 hours 07:00-19:00",
        retention="30 days local, 7 years in the cloud (NCUA record retention)",
        last_test_restore=_in(-35),
        renewal=_in(80),
    )
    b.asset(
        1410308,
        "Payroll Service",
        "Paylocity payroll",
        provider="Paylocity",
        company_code="GRC-41172",
        pay_schedule="Biweekly, Fridays",
        admin_contact="Denise Carrow",
        integrations="GL export imported into Episys by BR00-ACC-01; 401(k) feed to Principal.",
        renewal=_in(12),
    )

    b.secret(
        1410401,
        "BR00-FW-01 FortiGate admin",
        "grccu-admin",
        "Firewall",
        "BR00-FW-01",
        url="https://10.10.0.1:8443",
        notes="Same account on BR01-FW-01 and BR02-FW-01; MFA by FortiToken.",
    )
    b.secret(
        1410402,
        "HyperCore cluster admin",
        "admin",
        "Hypervisor",
        "BR00-HC-01",
        url="https://10.10.5.10",
    )
    b.secret(
        1410403,
        "Unitrends appliance root",
        "root",
        "Backup",
        "BR00-BKP-01",
        url="https://10.10.5.50",
    )
    b.secret(
        1410404,
        "JHA OutLink support portal",
        "dcarrow",
        "Vendor Portal",
        url="https://outlink.jackhenry.example",
        notes="Denise's login; open Symitar tickets here.",
    )

    b.runbook(
        1410501,
        "Tellers get 'SymXchange timeout' in Episys Quest",
        "Core Banking",
        ("h", "Symptoms"),
        (
            "p",
            "Teller Quest at one or all branches freezes and then shows 'SymXchange timeout "
            "(4100)'; member lookups fail but email and the internet still work.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On BR00-FW-01 run: diagnose vpn tunnel list name JHA-OL. If the tunnel is down, "
            "bring it up with: diagnose vpn tunnel up JHA-OL.",
        ),
        (
            "s",
            "If only one branch is affected, check that branch's tunnel (BR01-HQ or BR02-HQ) in "
            "VPN > IPsec Tunnels on BR00-FW-01.",
        ),
        (
            "s",
            "From a teller PC: Test-NetConnection 10.250.14.10 -Port 4100. If the tunnel is up "
            "and this fails, open a Severity 1 ticket in JHA OutLink (circuit JHA-OL-774512).",
        ),
    )
    b.runbook(
        1410502,
        "Cash recycler shows 'Communication error 0x31'",
        "Branch Devices",
        ("h", "Symptoms"),
        (
            "p",
            "BR01-TCR-01 beeps and the teller screen shows 'Communication error 0x31'; "
            "tellers cannot dispense or deposit through the recycler.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On BR01-TLR-01 restart the 'Glory CI-Gateway' service: "
            "Restart-Service GloryCIGateway.",
        ),
        (
            "s",
            "If it still fails, ping 10.11.40.21 from BR01-TLR-01; no reply means power-cycle "
            "the recycler (dual control: the head teller must be present).",
        ),
        ("s", "Still broken: call Glory on contract GL-55102 and tell Denise Carrow."),
    )
    return b.snap


# ============================================================================================
# Halvorsen Brothers Construction: Fargo office, West Fargo yard, job-site trailers.
# ============================================================================================


def _construction() -> Snapshot:
    b = _NinthBuilder(
        Organization(
            id=HBC,
            organization_id=HBC,
            name="Halvorsen Brothers Construction",
            short_name="HBC",
            organization_type="General Contractor",
            description=(
                "Commercial general contractor in Fargo, ND: office on 7th Avenue North, an "
                "equipment yard and shop in West Fargo, and a trailer on each active job. "
                "Accounting and job cost in Sage 300 CRE, project management in Procore. "
                "Devices are named <owner>-<type>-<YY>: people's initials, or OFC/YRD for shared "
                "kit, and J<job number>-<type> in job trailers."
            ),
            quick_notes=(
                "Payroll closes Monday noon (certified payroll for the school job): no work on "
                "OFC-APP-21 Monday mornings. Superintendents live on their laptops; call before "
                "pushing updates."
            ),
            updated_at=UPDATED_AT,
        ),
        1420000,
        "lower",
    )
    office = b.location(
        1420001,
        "Fargo Office",
        primary=True,
        address_1="3302 7th Avenue North",
        city="Fargo",
        region="North Dakota",
        postal_code="58102",
        country="United States",
        phone="+1 701-555-0120",
        notes="Server closet off the plan room; the plotter is in the plan room.",
    )
    yard = b.location(
        1420002,
        "West Fargo Equipment Yard",
        address_1="4810 Main Avenue East",
        city="West Fargo",
        region="North Dakota",
        postal_code="58078",
        country="United States",
        phone="+1 701-555-0130",
        notes="Shop and fuel; network cabinet above the parts counter. Gate code from Marv.",
    )
    j2417 = b.location(
        1420003,
        "Job 2417 - Moorhead Middle School addition",
        address_1="1900 8th Street South",
        city="Moorhead",
        region="Minnesota",
        postal_code="56560",
        country="United States",
        notes="Site trailer by the south parking lot; hard hat and vest required past the gate.",
    )
    j2503 = b.location(
        1420004,
        "Job 2503 - Red River Lofts",
        address_1="210 Broadway North",
        city="Fargo",
        region="North Dakota",
        postal_code="58102",
        country="United States",
        notes="Trailer on the NP Avenue side of the site.",
    )
    kari = b.person(
        1420011,
        "Kari Halvorsen",
        "Owner / President",
        "Approver",
        "kari@halvorsenbuilds.example",
        "+1 701-555-0121",
        mobile="+1 701-555-0181",
        location_id=office,
        important=True,
        notes="Kari A. Halvorsen (KAH). Approves purchases over $1,500.",
    )
    jonah = b.person(
        1420012,
        "Jonah Kessler",
        "Senior Estimator and IT Coordinator",
        "Primary",
        "jkessler@halvorsenbuilds.example",
        "+1 701-555-0122",
        mobile="+1 701-555-0182",
        location_id=office,
        notes="Jonah M. Kessler (JMK). Our day-to-day contact; handles new hires' kit.",
    )
    deb = b.person(
        1420013,
        "Deb Sorlie",
        "Office Manager",
        "Billing",
        "dsorlie@halvorsenbuilds.example",
        "+1 701-555-0123",
        location_id=office,
        notes="Deb L. Sorlie (DLS). Payroll, AP, our invoices, and the copier.",
    )
    travis = b.person(
        1420014,
        "Travis Nygaard",
        "Superintendent, Job 2417",
        "User",
        "tnygaard@halvorsenbuilds.example",
        "+1 701-555-0124",
        mobile="+1 701-555-0184",
        location_id=j2417,
        notes="Travis R. Nygaard (TRN). Lives in the 2417 trailer; text first.",
    )
    b.person(
        1420015,
        "Marv Lindgren",
        "Shop Foreman (after hours)",
        "After Hours",
        "mlindgren@halvorsenbuilds.example",
        "+1 701-555-0130",
        mobile="+1 701-555-0190",
        location_id=yard,
        notes="Has the yard gate code and alarm code; answers nights and weekends.",
    )

    of: dict[str, Any] = {"location_id": office}
    b.device(
        1420101,
        "OFC-FW-22",
        "Firewall",
        oui="2CB8ED",
        manufacturer="SonicWall",
        model="TZ570",
        serial_number="2CB8ED4A19F0",
        operating_system="SonicOS 7.1.1",
        primary_ip="192.168.40.1",
        public_ip="203.0.113.140",
        ports=[("X0 (LAN)", "192.168.40.1"), ("X1 (WAN - Midco)", "203.0.113.140")],
        warranty_expires_at=_in(44),
        installed_at=_in(-1300),
        contact_id=jonah,
        notes=(
            "Office firewall on Midco fiber. Site-to-site VPN 'YARD' to YRD-FW-19; NetExtender "
            "SSL VPN for estimators. Capture ATP and the support subscription renew together."
        ),
        **of,
    )
    b.device(
        1420102,
        "OFC-SW-22",
        "Switch",
        oui="245A4C",
        manufacturer="Ubiquiti",
        model="UniFi USW-Pro-24-PoE",
        serial_number="245A4C8E11D0",
        operating_system="UniFi 7.0.50",
        primary_ip="192.168.40.2",
        installed_at=_in(-1300),
        notes="Office switch; UniFi controller is the cloud console (unifi.ui.com, site HBC).",
        **of,
    )
    b.device(
        1420103,
        "OFC-HV-21",
        "Hypervisor",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge T550",
        serial_number="8RQ4XK3",
        operating_system="Windows Server 2022 Datacenter",
        operating_system_notes="Hyper-V role; guests OFC-DC-21 and OFC-APP-21",
        primary_ip="192.168.40.10",
        ports=[("NIC1", "192.168.40.10"), ("iDRAC", "192.168.40.9")],
        warranty_expires_at=_in(150),
        installed_at=_in(-1650),
        notes="Tower server in the closet; on the Eaton 5PX UPS.",
        **of,
    )
    b.device(
        1420104,
        "OFC-DC-21",
        "Virtual Machine",
        manufacturer="Microsoft",
        model="Hyper-V Generation 2",
        operating_system="Windows Server 2022 Standard",
        primary_ip="192.168.40.11",
        installed_at=_in(-1640),
        notes="Domain controller hbc.local, DNS, DHCP; also the file server (S: Projects).",
        **of,
    )
    b.device(
        1420105,
        "OFC-APP-21",
        "Virtual Machine",
        manufacturer="Microsoft",
        model="Hyper-V Generation 2",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Sage 300 Construction and Real Estate 24.1, Pervasive PSQL v13",
        primary_ip="192.168.40.12",
        installed_at=_in(-1640),
        notes=(
            "Sage 300 CRE server: accounting, job cost, payroll and the certified payroll "
            "reports. Data folder D:\\Sage\\Timberline Office\\Data."
        ),
        **of,
    )
    b.device(
        1420106,
        "OFC-NAS-20",
        "Network Attached Storage",
        oui="001132",
        manufacturer="Synology",
        model="RS1221+",
        serial_number="2080R7N004511",
        operating_system="DSM 7.2.1",
        primary_ip="192.168.40.20",
        warranty_expires_at=_in(-300),
        installed_at=_in(-2000),
        notes="Veeam repository and the scanned plan archive (\\\\OFC-NAS-20\\PlanArchive).",
        **of,
    )
    b.device(
        1420107,
        "OFC-PLT-24",
        "Wide Format Plotter",
        manufacturer="HP",
        model="DesignJet T1700dr 44-in",
        serial_number="SG41M7K02D",
        primary_ip="192.168.40.60",
        warranty_expires_at=_in(500),
        installed_at=_in(-330),
        notes="Plan room plotter, two rolls (36 and 42 inch bond). Prints from Bluebeam.",
        **of,
    )
    b.device(
        1420108,
        "OFC-PRT-23",
        "Multifunction Printer",
        manufacturer="Ricoh",
        model="IM C3000",
        serial_number="3101R540217",
        primary_ip="192.168.40.61",
        installed_at=_in(-700),
        notes="Front office copier, leased from Marco; scan to S:\\Scans.",
        **of,
    )
    b.device(
        1420109,
        "OFC-AP-22",
        "Wireless Access Point",
        oui="245A4C",
        manufacturer="Ubiquiti",
        model="UniFi U6 Pro",
        serial_number="245A4C9A7E22",
        primary_ip="192.168.40.30",
        installed_at=_in(-1250),
        notes="Office AP; SSIDs HBC-Office and HBC-Guest.",
        **of,
    )
    for id_, name, model, serial, ip, warranty, owner, note in [
        (
            1420110,
            "KAH-LT-24",
            "Surface Laptop 6 15-inch",
            "0F33XK240157",
            "192.168.40.110",
            _in(380),
            kari,
            "Kari Halvorsen's laptop.",
        ),
        (
            1420111,
            "JMK-LT-23",
            "Latitude 5440",
            "HX42PL3",
            "192.168.40.111",
            _in(190),
            jonah,
            "Jonah Kessler's laptop for site visits and bid days.",
        ),
        (
            1420113,
            "DLS-WS-22",
            "OptiPlex 5000 Small Form Factor",
            "4JD8QT3",
            "192.168.40.113",
            _in(20),
            deb,
            "Deb Sorlie's desk: Sage 300 CRE payroll and AP, the check printer.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Laptop" if "-LT-" in name else "Workstation",
            manufacturer="Microsoft" if name.startswith("KAH") else "Dell",
            model=model,
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            primary_ip=ip,
            warranty_expires_at=warranty,
            contact_id=owner,
            notes=note,
            **of,
        )
    b.device(
        1420112,
        "JMK-WS-21",
        "Workstation",
        manufacturer="Dell",
        model="Precision 3660 Tower",
        serial_number="CM91RT3",
        operating_system="Windows 11 Pro 23H2",
        operating_system_notes="On Center On-Screen Takeoff 3.98, Quick Bid 4.98, Bluebeam Revu 21",
        primary_ip="192.168.40.112",
        warranty_expires_at=_in(-60),
        installed_at=_in(-1150),
        contact_id=jonah,
        notes="Jonah Kessler's estimating workstation with the two 32-inch monitors.",
        **of,
    )
    b.device(
        1420114,
        "TRN-LT-22",
        "Laptop",
        manufacturer="Panasonic",
        model="Toughbook 55",
        serial_number="2DKSA10944",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.24.17.50",
        installed_at=_in(-1400),
        contact_id=travis,
        location_id=j2417,
        notes="Travis Nygaard's rugged laptop in the 2417 trailer. Bought used; no warranty.",
    )
    b.device(
        1420115,
        "TRN-TAB-24",
        "Tablet",
        manufacturer="Apple",
        model="iPad Air 11-inch (M2) Wi-Fi + Cellular",
        serial_number="DMPX41LQ7Y",
        operating_system="iPadOS 17.5",
        installed_at=_in(-250),
        contact_id=travis,
        location_id=j2417,
        notes="Procore, Bluebeam for iPad and daily logs; Verizon SIM, no fixed IP.",
    )
    yd: dict[str, Any] = {"location_id": yard}
    b.device(
        1420116,
        "YRD-FW-19",
        "Firewall",
        oui="2CB8ED",
        manufacturer="SonicWall",
        model="TZ300",
        serial_number="18B1690C55E2",
        operating_system="SonicOS 6.5.4",
        primary_ip="192.168.41.1",
        public_ip="198.51.100.212",
        ports=[("X0 (LAN)", "192.168.41.1"), ("X1 (WAN - CableOne)", "198.51.100.212")],
        warranty_expires_at=_in(-500),
        installed_at=_in(-2500),
        notes="Yard firewall; end of support, replacement quoted. VPN 'YARD' to OFC-FW-22.",
        **yd,
    )
    b.device(
        1420117,
        "YRD-WS-19",
        "Workstation",
        manufacturer="HP",
        model="ProDesk 400 G6",
        serial_number="MXL9381K2T",
        operating_system="Windows 10 Pro 22H2",
        operating_system_notes="Fleetio web and the Cat ET / JDLink equipment diagnostics",
        primary_ip="192.168.41.20",
        installed_at=_in(-2450),
        notes="Shop parts-counter PC; fleet maintenance and fuel log.",
        **yd,
    )
    b.device(
        1420118,
        "YRD-NVR-23",
        "Network Video Recorder",
        manufacturer="Hikvision",
        model="DS-7608NXI-I2/8P",
        serial_number="DS7608-20230512CCWR",
        primary_ip="192.168.41.30",
        installed_at=_in(-800),
        notes="Eight yard cameras (gate, fuel island, shop doors); 21 days of recording.",
        **yd,
    )
    b.device(
        1420119,
        "J2417-FW",
        "Jobsite Router",
        manufacturer="Cradlepoint",
        model="E300-C4D",
        serial_number="WA2305170331",
        operating_system="NetCloud OS 7.24.40",
        primary_ip="10.24.17.1",
        public_ip="198.51.100.39",
        ports=[("LAN", "10.24.17.1"), ("Modem (Verizon LTE)", "198.51.100.39")],
        installed_at=_in(-310),
        location_id=j2417,
        notes="2417 trailer router on Verizon LTE; NetCloud site-to-site to OFC-FW-22.",
    )
    b.device(
        1420120,
        "J2417-AP",
        "Wireless Access Point",
        oui="245A4C",
        manufacturer="Ubiquiti",
        model="UniFi U6 Mesh",
        serial_number="245A4CB03F19",
        primary_ip="10.24.17.2",
        installed_at=_in(-310),
        location_id=j2417,
        notes="Trailer and lay-down yard Wi-Fi, SSID HBC-Jobsite.",
    )
    b.device(
        1420121,
        "J2417-CAM",
        "Jobsite Camera",
        manufacturer="EarthCam",
        model="StructureCam 4K",
        serial_number="EC4K-77104",
        primary_ip="10.24.17.40",
        installed_at=_in(-300),
        location_id=j2417,
        notes="Time-lapse camera on the tower crane mast, for the school district's website.",
    )
    b.device(
        1420122,
        "J2503-FW",
        "Jobsite Router",
        manufacturer="Peplink",
        model="MAX BR1 Pro 5G",
        serial_number="192C-4A11-7E3D",
        operating_system="Peplink firmware 8.4.1",
        primary_ip="10.25.3.1",
        public_ip="203.0.113.166",
        ports=[("LAN", "10.25.3.1"), ("Cellular (T-Mobile 5G)", "203.0.113.166")],
        installed_at=_in(-90),
        location_id=j2503,
        notes="Red River Lofts trailer router on T-Mobile 5G; PepVPN to OFC-FW-22.",
    )

    b.link(["OFC-DC-21", "OFC-APP-21"], RUNS, "OFC-HV-21")
    b.link(
        [
            "OFC-HV-21",
            "OFC-NAS-20",
            "OFC-PLT-24",
            "OFC-PRT-23",
            "OFC-AP-22",
            "JMK-WS-21",
            "DLS-WS-22",
        ],
        CONNECTED,
        "OFC-SW-22",
    )
    b.link("OFC-SW-22", CONNECTED, "OFC-FW-22")
    b.link("YRD-FW-19", CONNECTED, "OFC-FW-22", "VPN YARD")
    b.link(["YRD-WS-19", "YRD-NVR-23"], CONNECTED, "YRD-FW-19")
    b.link("J2417-FW", CONNECTED, "OFC-FW-22", "NetCloud site-to-site")
    b.link("J2503-FW", CONNECTED, "OFC-FW-22", "PepVPN")
    b.link(["J2417-AP", "J2417-CAM", "TRN-LT-22"], CONNECTED, "J2417-FW")
    b.link("OFC-APP-21", DEPENDS, "OFC-DC-21", "logon and DNS")
    b.link(["DLS-WS-22", "JMK-WS-21"], DEPENDS, "OFC-APP-21", "Sage 300 CRE")

    b.asset(
        1420301,
        "Job Site",
        "Job 2417 - Moorhead Middle School addition",
        job_number="2417",
        site_address="1900 8th Street South, Moorhead, MN 56560",
        superintendent="Travis Nygaard",
        internet="Verizon LTE on J2417-FW (SIM ICCID 89148000006621043317)",
        devices=b.tag("J2417-FW", "J2417-AP", "J2417-CAM", "TRN-LT-22"),
        start_date=_in(-320),
        planned_completion=_in(45),
    )
    b.asset(
        1420302,
        "Job Site",
        "Job 2503 - Red River Lofts",
        job_number="2503",
        site_address="210 Broadway North, Fargo, ND 58102",
        superintendent="Aaron Velde",
        internet="T-Mobile 5G on J2503-FW",
        devices=b.tag("J2503-FW"),
        start_date=_in(-95),
        planned_completion=_in(410),
    )
    b.asset(
        1420303,
        "Software Subscription",
        "Autodesk AutoCAD LT",
        product="AutoCAD LT 2025",
        seats=3,
        billing="Annual",
        vendor="Autodesk direct",
        assigned_to="Jonah Kessler, two project engineers",
        renews=_in(-20),
    )
    b.asset(
        1420304,
        "Software Subscription",
        "Bluebeam Revu",
        product="Bluebeam Revu 21 Core",
        seats=8,
        billing="Annual",
        vendor="Bluebeam (Nemetschek)",
        assigned_to="Estimators, project managers and superintendents",
        renews=_in(85),
    )
    b.asset(
        1420305,
        "Software Subscription",
        "Procore",
        product="Procore Project Management + Quality & Safety",
        billing="Annual, priced on construction volume",
        vendor="Procore Technologies",
        assigned_to="Unlimited users; company admin is Jonah Kessler.",
        renews=_in(200),
    )
    b.asset(
        1420306,
        "Payroll Service",
        "ADP payroll (union and certified)",
        provider="ADP Workforce Now",
        company_code="HBC-7Q2",
        pay_schedule="Weekly, Fridays; time closes Monday noon",
        admin_contact="Deb Sorlie",
        integrations=(
            "Hours exported from Sage 300 CRE on OFC-APP-21; certified payroll (WH-347) for "
            "job 2417 comes from Sage, not ADP."
        ),
        renewal=_in(170),
    )
    b.asset(
        1420307,
        "Domain",
        "halvorsenbuilds.example",
        registrar="GoDaddy",
        nameservers="ns47.domaincontrol.example, ns48.domaincontrol.example",
        auto_renew="Yes",
        registrant="Kari Halvorsen",
        expires=_in(27),
    )
    b.asset(
        1420308,
        "Backup Plan",
        "Veeam - office servers",
        protected=b.tag("OFC-DC-21", "OFC-APP-21"),
        software="Veeam Backup & Replication 12.1",
        destination="OFC-NAS-20, copy job to Wasabi (us-central-1)",
        frequency="Nightly at 23:00",
        retention="14 restore points local, 90 days in Wasabi",
        renewal=_in(66),
    )
    b.asset(
        1420309,
        "Alarm Monitoring",
        "Equipment yard alarm",
        monitoring_company="Red River Security",
        account_number="RRS-30917",
        panel="Honeywell Vista-128BPT",
        zones="Shop overhead doors 1-4, parts room motion, fuel island beam",
        call_list="1. Marv Lindgren, 2. Kari Halvorsen",
        contract_ends=_in(500),
    )

    b.secret(
        1420401,
        "OFC-FW-22 SonicWall admin",
        "admin",
        "Firewall",
        "OFC-FW-22",
        url="https://192.168.40.1",
    )
    b.secret(
        1420402,
        "Sage 300 CRE admin",
        "sa",
        "Application",
        "OFC-APP-21",
        notes="Sage 'sa' user for the Timberline Office data folder; not a SQL login.",
    )
    b.secret(
        1420403,
        "Cradlepoint NetCloud",
        "it@halvorsenbuilds.example",
        "Vendor Portal",
        url="https://accounts.cradlepointecm.example",
        notes="Manages J2417-FW and future Cradlepoint trailers.",
    )

    b.runbook(
        1420501,
        "Setting up a new job trailer",
        "Job Sites",
        ("h", "Before the trailer goes out"),
        (
            "s",
            "Name every device J<job number>-<type> (J2417-FW, J2417-AP). Allocate the LAN "
            "10.<first two digits>.<last two digits>.0/24, e.g. 10.25.3.0/24 for job 2503.",
        ),
        (
            "s",
            "Cradlepoint: add the router to NetCloud group 'HBC-Trailers', which pushes the "
            "SSID HBC-Jobsite and the site-to-site tunnel to OFC-FW-22.",
        ),
        (
            "s",
            "Peplink: in InControl2 apply the profile 'HBC-PepVPN' and tick 'SpeedFusion to "
            "OFC-FW-22'.",
        ),
        ("h", "On site"),
        (
            "s",
            "Mount the antenna on the trailer roof, check RSRP is better than -100 dBm, and "
            "create the Job Site asset with the superintendent's name.",
        ),
    )
    b.runbook(
        1420502,
        "Sage 300 CRE: 'Unable to open data folder'",
        "Sage 300 CRE",
        ("h", "Symptoms"),
        (
            "p",
            "Opening Sage 300 CRE on a desk gives 'Unable to open data folder "
            "\\\\OFC-APP-21\\Timberline Office\\Data' or hangs on the splash screen.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On OFC-APP-21 check the Pervasive engine: Get-Service psqlWGE. Start it if "
            "stopped: Start-Service psqlWGE.",
        ),
        (
            "s",
            "Check the share is still there: Get-SmbShare 'Timberline Office'. The share must "
            "point at D:\\Sage\\Timberline Office.",
        ),
        (
            "s",
            "If only one PC fails, re-run the Sage 300 CRE workstation installer from "
            "\\\\OFC-APP-21\\Timberline Office\\Accounting\\WSInstall.",
        ),
    )
    return b.snap


# ============================================================================================
# Good Shepherd Lutheran Church & School: church, office and K-8 school on one campus.
# ============================================================================================


def _church() -> Snapshot:
    b = _NinthBuilder(
        Organization(
            id=GSL,
            organization_id=GSL,
            name="Good Shepherd Lutheran Church & School",
            short_name="GSL",
            organization_type="Church and School",
            description=(
                "A Lutheran congregation of about 900 members with a K-8 school (190 students) "
                "on one campus in Sioux Falls, SD. Every device is named after a book of the "
                "Bible in lowercase. Membership and giving are in Realm (hosted); the school "
                "uses FACTS SIS (hosted)."
            ),
            quick_notes=(
                "Sunday services 08:00 and 10:30 are livestreamed: no changes to psalms, "
                "revelation, genesis or leviticus from Saturday 17:00 to Sunday 13:00. The "
                "senior pastor is Mark Albrecht; the PC called 'mark' is the school office "
                "PC, not his."
            ),
            updated_at=UPDATED_AT,
        ),
        1430000,
        "colon",
    )
    church = b.location(
        1430001,
        "Church and Office",
        primary=True,
        address_1="2401 South Minnesota Avenue",
        city="Sioux Falls",
        region="South Dakota",
        postal_code="57105",
        country="United States",
        phone="+1 605-555-0170",
        notes=(
            "Network closet is under the balcony stairs behind the sanctuary; key on the "
            "ring in the church office. The sound booth is in the balcony."
        ),
    )
    school = b.location(
        1430002,
        "School Building",
        address_1="2415 South Minnesota Avenue",
        city="Sioux Falls",
        region="South Dakota",
        postal_code="57105",
        country="United States",
        phone="+1 605-555-0180",
        notes="K-8 school; IDF in the library workroom, fiber back to the church closet.",
    )
    b.person(
        1430011,
        "Mark Albrecht",
        "Senior Pastor",
        "Approver",
        "pastor.mark@goodshepherdsf.example",
        "+1 605-555-0171",
        mobile="+1 605-555-0191",
        location_id=church,
        notes="Approves spending with the church council; uses the laptop 'john'.",
    )
    linda = b.person(
        1430012,
        "Linda Voss",
        "Business Administrator",
        "Primary",
        "lvoss@goodshepherdsf.example",
        "+1 605-555-0172",
        mobile="+1 605-555-0192",
        location_id=church,
        important=True,
        notes="Our main contact and the office manager; approves tickets, pays invoices.",
    )
    eric = b.person(
        1430013,
        "Eric Thune",
        "Media Director (part-time)",
        "Technical",
        "media@goodshepherdsf.example",
        "+1 605-555-0173",
        mobile="+1 605-555-0193",
        location_id=church,
        notes="Runs the sound booth and the livestream; knows ProPresenter and Resi.",
    )
    sarah = b.person(
        1430014,
        "Sarah Kruse",
        "School Principal",
        "User",
        "skruse@goodshepherdsf.example",
        "+1 605-555-0181",
        location_id=school,
        notes="Anything in the school building; student Chromebooks are handled by her staff.",
    )
    b.person(
        1430015,
        "Dale Ostby",
        "Building and Grounds (after hours)",
        "After Hours",
        "dostby@goodshepherdsf.example",
        "+1 605-555-0175",
        mobile="+1 605-555-0195",
        location_id=church,
        notes="Door schedules, alarm resets and after-hours access to the closet.",
    )

    ch: dict[str, Any] = {"location_id": church}
    sc: dict[str, Any] = {"location_id": school}
    b.device(
        1430101,
        "genesis",
        "Firewall",
        oui="E0CBBC",
        manufacturer="Cisco Meraki",
        model="MX85",
        serial_number="Q2MN-4CFA-8XZ7",
        operating_system="MX 18.211",
        primary_ip="10.30.0.1",
        public_ip="198.51.100.200",
        ports=[("WAN 1 (Midco)", "198.51.100.200"), ("LAN", "10.30.0.1")],
        warranty_expires_at=_in(33),
        installed_at=_in(-1000),
        contact_id=linda,
        notes=(
            "Where everything begins: the campus firewall on Midco fiber. Content filtering "
            "for the student VLAN 30 (CIPA). Licence co-terms with the other Meraki gear."
        ),
        **ch,
    )
    b.device(
        1430102,
        "exodus",
        "Network Attached Storage",
        oui="001132",
        manufacturer="Synology",
        model="DS1522+",
        serial_number="2260SBR7H4K2",
        operating_system="DSM 7.2.1",
        primary_ip="10.30.10.40",
        warranty_expires_at=_in(400),
        installed_at=_in(-700),
        notes="The way out: Hyper Backup target for samuel and chronicles, copies to Synology C2.",
        **ch,
    )
    b.device(
        1430103,
        "leviticus",
        "Switch",
        oui="E0CBBC",
        manufacturer="Cisco Meraki",
        model="MS250-48FP",
        serial_number="Q2PD-77KM-3RTB",
        operating_system="MS 16.8",
        primary_ip="10.30.0.2",
        installed_at=_in(-1000),
        notes=(
            "Church closet switch (the rules). VLAN 10 servers, 20 staff, 30 students, 40 "
            "guest, 50 AV and streaming."
        ),
        **ch,
    )
    b.device(
        1430104,
        "deuteronomy",
        "Switch",
        oui="E0CBBC",
        manufacturer="Cisco Meraki",
        model="MS120-24P",
        serial_number="Q2HP-9LQW-6ZEE",
        operating_system="MS 16.8",
        primary_ip="10.30.0.3",
        installed_at=_in(-990),
        notes="The second switch: school IDF in the library workroom, fiber to leviticus.",
        **sc,
    )
    b.device(
        1430105,
        "kings",
        "Hyper-V Host",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge T360",
        serial_number="5GF0BT4",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Hyper-V role; guests samuel and chronicles",
        primary_ip="10.30.10.10",
        ports=[("NIC1", "10.30.10.10"), ("iDRAC", "10.30.10.9")],
        warranty_expires_at=_in(1100),
        installed_at=_in(-420),
        notes="The one server, in the church closet on the APC SMT1500.",
        **ch,
    )
    b.device(
        1430106,
        "samuel",
        "Virtual Machine",
        manufacturer="Microsoft",
        model="Hyper-V Generation 2",
        operating_system="Windows Server 2022 Standard",
        primary_ip="10.30.10.11",
        installed_at=_in(-410),
        notes="Domain controller gsl.local, DNS and DHCP (staff VLAN only; Meraki does guest).",
        **ch,
    )
    b.device(
        1430107,
        "chronicles",
        "Virtual Machine",
        manufacturer="Microsoft",
        model="Hyper-V Generation 2",
        operating_system="Windows Server 2022 Standard",
        primary_ip="10.30.10.12",
        installed_at=_in(-410),
        notes=(
            "File server: church records, the scanned parish registers (baptisms, marriages, "
            "funerals back to 1921), school shares. Also the print server for job and proverbs."
        ),
        **ch,
    )
    b.device(
        1430108,
        "numbers",
        "Workstation",
        oui="A4BB6D",
        manufacturer="Dell",
        model="OptiPlex 7010 Small Form Factor",
        serial_number="1ZP8QK3",
        operating_system="Windows 11 Pro 23H2",
        operating_system_notes="QuickBooks Desktop Premier 2024 (fund accounting), Realm",
        primary_ip="10.30.20.21",
        warranty_expires_at=_in(560),
        installed_at=_in(-300),
        contact_id=linda,
        notes="Bookkeeping PC in the business office: offerings, payroll prep, QuickBooks.",
        **ch,
    )
    b.device(
        1430109,
        "psalms",
        "Workstation",
        manufacturer="Apple",
        model="Mac mini (M2 Pro, 2023)",
        serial_number="QX7R2K9J4V",
        operating_system="macOS 14.5 Sonoma",
        operating_system_notes="ProPresenter 7.16, Dante Virtual Soundcard",
        primary_ip="10.30.50.20",
        installed_at=_in(-500),
        contact_id=eric,
        notes="Sound booth presentation Mac: lyrics and slides to the projectors and the stream.",
        **ch,
    )
    b.device(
        1430110,
        "lamentations",
        "Workstation",
        manufacturer="HP",
        model="Compaq 8200 Elite SFF",
        serial_number="MXL2140F9B",
        operating_system="Windows 7 Professional SP1",
        primary_ip="10.30.20.90",
        installed_at=_in(-5000),
        notes=(
            "School library PC still running Winnebago Spectrum for the library catalog. "
            "Unsupported; it is on VLAN 20 with no internet rule. Replacement is planned "
            "with the move to Follett Destiny."
        ),
        **sc,
    )
    for id_, name, model, serial, ip, note, where in [
        (
            1430111,
            "mark",
            "OptiPlex 7010 Micro",
            "3HQ8QK3",
            "10.30.20.31",
            "School office secretary's PC (FACTS SIS, attendance, the lunch count).",
            sc,
        ),
        (
            1430112,
            "luke",
            "OptiPlex 7010 Micro",
            "3HR8QK3",
            "10.30.20.32",
            "School nurse's PC (health records in FACTS, the immunization reports).",
            sc,
        ),
        (
            1430114,
            "acts",
            "OptiPlex 7010 Micro",
            "3HS8QK3",
            "10.30.20.22",
            "Church office reception PC: bulletins, Realm check-in, the front door buzzer.",
            ch,
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="A4BB6D",
            manufacturer="Dell",
            model=model,
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            primary_ip=ip,
            warranty_expires_at=_in(560),
            installed_at=_in(-300),
            notes=note,
            **where,
        )
    b.device(
        1430113,
        "john",
        "Laptop",
        manufacturer="Lenovo",
        model="ThinkPad T14 Gen 4",
        serial_number="PF4KX2Q7",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.30.20.40",
        warranty_expires_at=_in(-10),
        installed_at=_in(-1100),
        notes="Senior Pastor Mark Albrecht's laptop (sermons, Logos Bible Software).",
        **ch,
    )
    b.device(
        1430115,
        "job",
        "Multifunction Printer",
        manufacturer="Canon",
        model="imageRUNNER ADVANCE DX C5840i",
        serial_number="2RJ04418",
        primary_ip="10.30.20.50",
        installed_at=_in(-640),
        notes=(
            "Church office copier: bulletins and the newsletter (booklet finisher). Shared as "
            "\\\\chronicles\\job. Leased from Sioux Falls Office Equipment."
        ),
        **ch,
    )
    b.device(
        1430116,
        "proverbs",
        "Multifunction Printer",
        manufacturer="Sharp",
        model="MX-4071",
        serial_number="95017733",
        primary_ip="10.30.20.51",
        installed_at=_in(-900),
        notes="School workroom copier; teachers print with their PIN (department codes).",
        **sc,
    )
    for id_, name, serial, ip, note, where in [
        (1430117, "amos", "Q3AC-2RLP-4XN1", "10.30.0.21", "Sanctuary and balcony.", ch),
        (1430118, "hosea", "Q3AC-2RLP-7BQ2", "10.30.0.22", "Fellowship hall and kitchen.", ch),
        (1430119, "joel", "Q3AC-2RLP-8CM3", "10.30.0.23", "School main hallway.", sc),
        (1430120, "micah", "Q3AC-2RLP-9DX4", "10.30.0.24", "School gym and stage.", sc),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="E0CBBC",
            manufacturer="Cisco Meraki",
            model="MR44",
            serial_number=serial,
            operating_system="MR 30.7",
            primary_ip=ip,
            installed_at=_in(-980),
            notes=note,
            **where,
        )
    b.device(
        1430121,
        "revelation",
        "Livestream Encoder",
        manufacturer="Resi",
        model="RAD-200",
        serial_number="RAD2-0A91F3",
        operating_system="Resi firmware 4.2",
        primary_ip="10.30.50.30",
        installed_at=_in(-480),
        contact_id=eric,
        notes=(
            "Sends the service to YouTube and the church website through Resi. Takes SDI from "
            "the Blackmagic ATEM in the booth. Encoder key 'GSL-Sanctuary'."
        ),
        **ch,
    )
    b.device(
        1430122,
        "nehemiah",
        "Door Access Controller",
        manufacturer="Brivo",
        model="ACS300",
        serial_number="ACS300-118472",
        primary_ip="10.30.20.70",
        installed_at=_in(-760),
        contact_id=sarah,
        notes=(
            "Rebuilt the walls: controls the eight exterior doors of church and school. "
            "Schedules in Brivo Access (cloud); school doors lock at 08:10 on school days."
        ),
        **ch,
    )

    b.link(["samuel", "chronicles"], RUNS, "kings")
    b.link(
        [
            "kings",
            "exodus",
            "numbers",
            "psalms",
            "acts",
            "john",
            "job",
            "amos",
            "hosea",
            "revelation",
            "nehemiah",
        ],
        CONNECTED,
        "leviticus",
    )
    b.link("leviticus", CONNECTED, "genesis")
    b.link("deuteronomy", CONNECTED, "leviticus", "fiber")
    b.link(["lamentations", "mark", "luke", "proverbs", "joel", "micah"], CONNECTED, "deuteronomy")
    b.link("chronicles", DEPENDS, "samuel", "logon and DNS")
    b.link(["job", "proverbs"], DEPENDS, "chronicles", "print server")
    b.link("revelation", DEPENDS, "psalms", "program feed via the ATEM")

    b.asset(
        1430301,
        "AV System",
        "Sanctuary AV and livestream",
        room="Sanctuary (balcony booth)",
        mixer="Allen & Heath SQ-6 with a DX168 stage box",
        displays="Two Epson Pro L1505U projectors, a 65-inch confidence monitor",
        control_devices=b.tag("psalms", "revelation"),
        notes="ATEM Mini Extreme ISO switches three PTZOptics cameras; Dante audio from the SQ-6.",
        support_ends=_in(95),
    )
    b.asset(
        1430302,
        "Wi-Fi SSID",
        "GSL-Staff",
        ssid="GSL-Staff",
        vlan=20,
        security="WPA2-Enterprise (Meraki RADIUS against gsl.local)",
        access_points=b.tag("amos", "hosea", "joel", "micah"),
        content_filter="None",
    )
    b.asset(
        1430303,
        "Wi-Fi SSID",
        "GSL-Students",
        ssid="GSL-Students",
        vlan=30,
        security="WPA2-PSK, hidden",
        access_points=b.tag("joel", "micah"),
        content_filter="Meraki content filtering on genesis (CIPA: Adult, Gambling, Proxies)",
        notes="Student Chromebooks and the two iPad carts only.",
    )
    b.asset(
        1430304,
        "Wi-Fi SSID",
        "GoodShepherd-Guest",
        ssid="GoodShepherd-Guest",
        vlan=40,
        security="Open with click-through splash page",
        access_points=b.tag("amos", "hosea"),
        content_filter="Meraki content filtering, 10 Mbps per client",
        notes="Turned off 22:00-06:00 by the Meraki SSID schedule.",
    )
    b.asset(
        1430305,
        "Software Subscription",
        "Meraki Enterprise licensing",
        product="Cisco Meraki Enterprise (co-term)",
        seats=8,
        billing="3-year term",
        vendor="CDW-G",
        assigned_to="genesis, leviticus, deuteronomy, amos, hosea, joel, micah, one spare",
        renews=_in(33),
    )
    b.asset(
        1430306,
        "Software Subscription",
        "CCLI Streaming Licence",
        product="CCLI Streaming Plus Licence, licence 21944807",
        billing="Annual",
        vendor="CCLI",
        assigned_to="Sunday livestream (revelation) and song lyrics in ProPresenter",
        renews=_in(-10),
    )
    b.asset(
        1430307,
        "Domain",
        "goodshepherdsf.example",
        registrar="Squarespace Domains (moved from Google Domains)",
        nameservers="Cloudflare (ada.ns.cloudflare.example, bob.ns.cloudflare.example)",
        auto_renew="Yes",
        registrant="Linda Voss",
        expires=_in(190),
    )
    b.asset(
        1430308,
        "Alarm Monitoring",
        "Campus fire and intrusion",
        monitoring_company="Midwest Alarm Company",
        account_number="MAC-66120",
        panel="Honeywell Vista-20P with a Silent Knight 6820 fire panel",
        zones="Church doors, school doors, gym motion, fire panel trouble and alarm",
        call_list="1. Dale Ostby, 2. Linda Voss, 3. Sarah Kruse",
        contract_ends=_in(75),
    )
    b.asset(
        1430309,
        "Backup Plan",
        "Hyper Backup - samuel and chronicles",
        protected=b.tag("samuel", "chronicles"),
        software="Synology Active Backup for Business 2.7",
        destination="exodus, then Hyper Backup to Synology C2 Storage",
        frequency="Daily at 21:00",
        retention="30 versions on exodus, 90 days in C2",
        last_test_restore=_in(-400),
        renewal=_in(310),
    )
    b.asset(
        1430310,
        "Payroll Service",
        "Paychex Flex (church and school)",
        provider="Paychex Flex",
        company_code="GS-0093",
        pay_schedule="Semi-monthly, 15th and last day",
        admin_contact="Linda Voss",
        integrations="Clergy housing allowance set up as a separate earning; GL into QuickBooks.",
    )

    b.secret(
        1430401,
        "Meraki dashboard",
        "it@goodshepherdsf.example",
        "Network",
        "genesis",
        url="https://dashboard.meraki.example",
        notes="Org 'Good Shepherd SF'. MFA to the MSP's shared authenticator.",
    )
    b.secret(
        1430402,
        "psalms local admin (booth Mac)",
        "booth",
        "Workstation",
        "psalms",
        notes="Eric Thune knows it too; auto-login for ProPresenter on Sunday.",
    )
    b.secret(
        1430403,
        "Resi Studio login",
        "media@goodshepherdsf.example",
        "Streaming",
        "revelation",
        url="https://studio.resi.example",
    )
    b.secret(
        1430404,
        "Brivo Access admin",
        "lvoss",
        "Door Access",
        "nehemiah",
        url="https://access.brivo.example",
    )

    b.runbook(
        1430501,
        "Sunday livestream not going out",
        "Worship Media",
        ("h", "Symptoms"),
        (
            "p",
            "Resi Studio shows the encoder 'GSL-Sanctuary' as 'Offline' or 'No signal', or "
            "YouTube says the stream is starting soon and never starts.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check revelation has a link light on leviticus port 37 (VLAN 50). If not, reseat "
            "the cable behind the booth rack.",
        ),
        (
            "s",
            "'No signal': on the ATEM set Output to Program and check the SDI cable into "
            "revelation's SDI IN 1; psalms must be on the ATEM's HDMI 4.",
        ),
        (
            "s",
            "If Resi still shows offline, hold the RAD-200's front button 10 seconds to "
            "restart and call Resi support at +1 888-555-0145 (24/7 on Sundays).",
        ),
    )
    b.runbook(
        1430502,
        "Doors not unlocking for an event",
        "Facilities",
        ("h", "Symptoms"),
        ("p", "An exterior door stays locked at the time it should open for a service or event."),
        ("h", "Steps"),
        (
            "s",
            "In Brivo Access open Schedules > 'Sunday Worship' or the event's schedule and "
            "check the door group 'Church Exterior' is on it.",
        ),
        (
            "s",
            "Holidays: Brivo uses the 'GSL Holidays' calendar, which locks doors all day; "
            "remove the date if the church is holding a service.",
        ),
        (
            "s",
            "If nehemiah shows 'Panel offline', power-cycle it (breaker 14 in the closet) and "
            "tell Dale Ostby.",
        ),
    )
    return b.snap


# ============================================================================================
# Seven Pines Mountain: a ski area near Red Lodge, MT, base area and summit lodge.
# ============================================================================================


def _ski_area() -> Snapshot:
    b = _NinthBuilder(
        Organization(
            id=PINES,
            organization_id=PINES,
            name="Seven Pines Mountain",
            short_name="7 Pines",
            organization_type="Ski Area",
            description=(
                "A mid-size ski area near Red Lodge, MT: the base lodge (ticket windows, rental "
                "shop, cafeteria, offices) and the summit lodge at the top of the Summit Express "
                "chair. Open late November to mid April; summer is bike park weekends only. "
                "Every device is named after one of the mountain's trails, and the trail "
                "rating says the job (double black firewall, black network, blue servers, "
                "green desks and tills, glades the access points, park features the gates)."
            ),
            quick_notes=(
                "In season, ticket windows open at 07:30; no work on timberwolf, bunnyhop or "
                "meadowlark from 07:00 to 16:30. The summit lodge only reaches the base over "
                "the highline radio link; in a whiteout it drops, and the summit POS goes "
                "offline-mode."
            ),
            updated_at=UPDATED_AT,
        ),
        1440000,
        "lower",
    )
    base = b.location(
        1440001,
        "Base Lodge",
        primary=True,
        address_1="1 Seven Pines Road",
        city="Red Lodge",
        region="Montana",
        postal_code="59068",
        country="United States",
        phone="+1 406-555-0110",
        notes=(
            "Server room is in the basement under the rental shop, door code from the GM. "
            "Snowcat traffic on the service road from 16:00."
        ),
    )
    summit = b.location(
        1440002,
        "Summit Lodge",
        address_1="Top of the Summit Express chair",
        city="Red Lodge",
        region="Montana",
        postal_code="59068",
        country="United States",
        phone="+1 406-555-0115",
        notes=(
            "Reach it by the Summit Express in winter or by snowcat after hours (ask lift "
            "maintenance). Network cabinet in the ski patrol room."
        ),
    )
    gm = b.person(
        1440011,
        "Colleen Birdwell",
        "General Manager",
        "Approver",
        "cbirdwell@sevenpinesmtn.example",
        "+1 406-555-0111",
        mobile="+1 406-555-0181",
        location_id=base,
        important=True,
        notes="Approves spend and any work in season during operating hours.",
    )
    rusty = b.person(
        1440012,
        "Rusty Oberg",
        "IT and Lift Systems Manager",
        "Primary",
        "roberg@sevenpinesmtn.example",
        "+1 406-555-0112",
        mobile="+1 406-555-0182",
        location_id=base,
        notes="Our counterpart; also looks after the Axess gates and the snowmaking network.",
    )
    b.person(
        1440013,
        "Hannah Greer",
        "Ticket Office Manager",
        "User",
        "hgreer@sevenpinesmtn.example",
        "+1 406-555-0113",
        location_id=base,
        notes="Ticket windows, season pass printing and the Siriusware users.",
    )
    b.person(
        1440014,
        "Ski Patrol Dispatch",
        "Ski Patrol Dispatch (after hours)",
        "After Hours",
        "patrol@sevenpinesmtn.example",
        "+1 406-555-0119",
        location_id=summit,
        notes=(
            "Staffed whenever the lifts run; overnight the snowmaking supervisor answers this "
            "line. Can give us access to the summit lodge."
        ),
    )

    bs: dict[str, Any] = {"location_id": base}
    sm: dict[str, Any] = {"location_id": summit}
    b.device(
        1440101,
        "widowmaker",
        "Firewall",
        oui="B40C25",
        manufacturer="Palo Alto Networks",
        model="PA-440",
        serial_number="021201118874",
        operating_system="PAN-OS 11.1.3",
        primary_ip="172.20.0.1",
        public_ip="203.0.113.201",
        ports=[
            ("ethernet1/1 (Project Telephone fiber)", "203.0.113.201"),
            ("ethernet1/2 (Starlink backup)", None),
            ("ethernet1/3 (LAN)", "172.20.0.1"),
        ],
        warranty_expires_at=_in(140),
        installed_at=_in(-600),
        contact_id=rusty,
        notes=(
            "Base lodge firewall, double black like its trail. Primary WAN is Project "
            "Telephone fiber; Starlink Business on ethernet1/2 is DHCP and only for failover. "
            "GlobalProtect for the GM and Rusty."
        ),
        **bs,
    )
    b.device(
        1440102,
        "cornice",
        "Core Switch",
        oui="2C6BF5",
        manufacturer="Juniper",
        model="EX3400-48P",
        serial_number="NX3722140091",
        operating_system="Junos 22.4R3",
        primary_ip="172.20.0.2",
        installed_at=_in(-600),
        notes=(
            "Base lodge core. VLAN 10 servers, 20 office, 30 POS (PCI), 40 lift gates, 50 "
            "snowmaking, 60 guest, 70 employee housing."
        ),
        **bs,
    )
    b.device(
        1440103,
        "highline",
        "Wireless Bridge",
        manufacturer="Ubiquiti",
        model="airFiber 60 LR",
        serial_number="AF60LR-7842E1",
        operating_system="airFiber 60 v2.6.1",
        primary_ip="172.20.0.5",
        installed_at=_in(-800),
        notes=(
            "60 GHz link from the base lodge roof to the summit lodge (2.1 km), with a 5 GHz "
            "fallback. Drops in heavy snow; ridgeline is on the far end."
        ),
        **bs,
    )
    b.device(
        1440104,
        "ridgeline",
        "Switch",
        oui="2C6BF5",
        manufacturer="Juniper",
        model="EX2300-24P",
        serial_number="JW3621100457",
        operating_system="Junos 22.4R3",
        primary_ip="172.20.0.3",
        installed_at=_in(-800),
        notes="Summit lodge switch in the ski patrol room; fed by highline.",
        **sm,
    )
    b.device(
        1440105,
        "skyline",
        "ESXi Host",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge R660xs",
        serial_number="JV8K2T4",
        operating_system="VMware ESXi 8.0 Update 2",
        primary_ip="172.20.10.10",
        ports=[("vmnic0", "172.20.10.10"), ("iDRAC9", "172.20.10.9")],
        warranty_expires_at=_in(88),
        installed_at=_in(-640),
        notes="The one host, in the basement server room; runs switchback and timberwolf.",
        **bs,
    )
    b.device(
        1440106,
        "switchback",
        "Virtual Machine",
        manufacturer="VMware",
        model="Virtual Machine (hardware version 21)",
        operating_system="Windows Server 2022 Standard",
        primary_ip="172.20.10.11",
        installed_at=_in(-630),
        notes="Domain controller pines.local, DNS and DHCP for every VLAN except guest.",
        **bs,
    )
    b.device(
        1440107,
        "timberwolf",
        "Virtual Machine",
        manufacturer="VMware",
        model="Virtual Machine (hardware version 21)",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes=(
            "Siriusware SalesWare 5.2, SQL Server 2019 Express, Axess AX500 bridge"
        ),
        primary_ip="172.20.10.20",
        installed_at=_in(-630),
        notes=(
            "Ticketing server: Siriusware sales, season passes and rentals, and the Axess "
            "gate bridge that tells kicker and rail which passes are valid."
        ),
        **bs,
    )
    b.device(
        1440108,
        "lonepine",
        "Backup Server",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge R360",
        serial_number="4BQ7KT4",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Veeam Backup & Replication 12.1",
        primary_ip="172.20.10.30",
        warranty_expires_at=_in(700),
        installed_at=_in(-500),
        notes="Veeam server and repository (ReFS, 24 TB); copies to Wasabi.",
        **bs,
    )
    for id_, name, serial, ip, note in [
        (
            1440109,
            "bunnyhop",
            "TCPOS-88712",
            "172.20.30.11",
            "Ticket window 1: Siriusware Sales, the Boca ticket printer and the card reader.",
        ),
        (
            1440110,
            "meadowlark",
            "TCPOS-88713",
            "172.20.30.12",
            "Ticket window 2, same build as bunnyhop; also prints lost-pass replacements.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Point of Sale",
            manufacturer="Toshiba",
            model="TCx 810",
            serial_number=serial,
            operating_system="Windows 10 IoT Enterprise LTSC 2021",
            primary_ip=ip,
            warranty_expires_at=_in(260),
            installed_at=_in(-620),
            notes=note,
            **bs,
        )
    b.device(
        1440111,
        "sunnyside",
        "Point of Sale",
        manufacturer="Toast",
        model="Toast Flex (2nd gen)",
        serial_number="TF2-55017923",
        operating_system="Toast Android 10",
        installed_at=_in(-400),
        location_id=summit,
        notes=(
            "Summit lodge cafe till on Toast (cloud); DHCP on the POS VLAN, no fixed IP. "
            "Goes into offline mode when highline drops and syncs afterwards."
        ),
    )
    b.device(
        1440112,
        "lollipop",
        "Rental Workstation",
        manufacturer="Lenovo",
        model="ThinkCentre M70q Gen 4",
        serial_number="MJ0K7TQ2",
        operating_system="Windows 11 Pro 23H2",
        operating_system_notes="Siriusware Rentals, Wintersteiger boot-fitting software",
        primary_ip="172.20.20.41",
        warranty_expires_at=_in(300),
        installed_at=_in(-400),
        notes="Rental shop counter PC; prints rental agreements and DIN setting cards.",
        **bs,
    )
    b.device(
        1440113,
        "easystreet",
        "Workstation",
        manufacturer="Lenovo",
        model="ThinkCentre M90q Gen 4",
        serial_number="MJ0K9XR8",
        operating_system="Windows 11 Pro 23H2",
        operating_system_notes="QuickBooks Enterprise 24, Paycom",
        primary_ip="172.20.20.21",
        warranty_expires_at=_in(300),
        installed_at=_in(-400),
        notes="Accounting office PC in the base lodge admin hallway.",
        **bs,
    )
    b.device(
        1440114,
        "homestretch",
        "Laptop",
        manufacturer="Apple",
        model="MacBook Pro 14-inch (M3, 2023)",
        serial_number="C02FJ3L9Q6",
        operating_system="macOS 14.5 Sonoma",
        primary_ip="172.20.20.30",
        warranty_expires_at=_in(-25),
        installed_at=_in(-600),
        contact_id=gm,
        notes="Colleen Birdwell's laptop (the GM).",
        **bs,
    )
    for id_, name, serial, ip, lift in [
        (1440115, "kicker", "AX500-30417", "172.20.40.11", "Summit Express base, lanes 1-4"),
        (1440116, "rail", "AX500-30418", "172.20.40.12", "Aspen quad base, lanes 1-2"),
    ]:
        b.device(
            id_,
            name,
            "Lift Access Gate",
            manufacturer="Axess",
            model="Smart Gate NG AX500",
            serial_number=serial,
            operating_system="Axess firmware 3.8.2",
            primary_ip=ip,
            installed_at=_in(-700),
            notes=f"RFID gate controller at the {lift}; validity comes from timberwolf.",
            **bs,
        )
    for id_, name, serial, ip, note, where in [
        (
            1440117,
            "aspenglade",
            "E063DA1F0C11",
            "172.20.0.21",
            "Base lodge cafeteria and ticket hall. SSIDs Pines-Staff and 7Pines-Guest.",
            bs,
        ),
        (
            1440118,
            "birchglade",
            "E063DA1F0C47",
            "172.20.0.22",
            "Summit lodge, outdoor-rated (deck and patrol room). 7Pines-Guest and Pines-POS.",
            sm,
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="E063DA",
            manufacturer="Ubiquiti",
            model="UniFi U6 Enterprise" if name == "aspenglade" else "UniFi U6 Mesh Pro",
            serial_number=serial,
            primary_ip=ip,
            installed_at=_in(-650),
            notes=note,
            **where,
        )
    b.device(
        1440119,
        "powderkeg",
        "Snowmaking Controller",
        manufacturer="TechnoAlpin",
        model="ATASSplus server (industrial PC)",
        serial_number="TA-ATS-20917",
        operating_system="Windows 10 IoT Enterprise LTSC 2019",
        operating_system_notes="ATASSplus 6.3; pump house PLC on 172.20.50.20",
        primary_ip="172.20.50.10",
        installed_at=_in(-1100),
        notes=(
            "Snowmaking control in the pump house: 38 fan guns and the compressor. TechnoAlpin "
            "connects in over TeamViewer (ID 1 482 907 335) only when Rusty allows it."
        ),
        **bs,
    )
    b.device(
        1440120,
        "corduroy",
        "Card Printer",
        manufacturer="Evolis",
        model="Primacy 2 Duplex",
        serial_number="P2D-0007721",
        primary_ip="172.20.30.40",
        installed_at=_in(-600),
        notes="Season pass printer in the ticket office (RFID pass cards and photos).",
        **bs,
    )

    b.link(["switchback", "timberwolf"], RUNS, "skyline")
    b.link(
        [
            "skyline",
            "lonepine",
            "bunnyhop",
            "meadowlark",
            "lollipop",
            "easystreet",
            "kicker",
            "rail",
            "aspenglade",
            "powderkeg",
            "corduroy",
            "highline",
        ],
        CONNECTED,
        "cornice",
    )
    b.link("cornice", CONNECTED, "widowmaker")
    b.link("ridgeline", CONNECTED, "highline", "60 GHz radio link to the base")
    b.link(["birchglade", "sunnyside"], CONNECTED, "ridgeline")
    b.link("timberwolf", DEPENDS, "switchback", "logon and DNS")
    b.link(
        ["bunnyhop", "meadowlark", "lollipop", "kicker", "rail", "corduroy"],
        DEPENDS,
        "timberwolf",
        "Siriusware and Axess bridge",
    )

    b.asset(
        1440301,
        "Ticketing System",
        "Siriusware SalesWare",
        product="Accesso Siriusware SalesWare",
        version="5.2.1",
        server=b.tag("timberwolf"),
        scanners_and_gates=(
            "Ticket windows bunnyhop and meadowlark, rental counter lollipop, pass printer "
            "corduroy; Axess gates through the AX500 bridge."
        ),
        vendor_support="Accesso support +1 800-555-0166, site ID SPM-1147",
        support_ends=_in(50),
    )
    b.asset(
        1440302,
        "Ticketing System",
        "Axess gate system",
        product="Axess Smart Gate NG with AX500 bridge",
        version="3.8.2",
        server=b.tag("timberwolf"),
        scanners_and_gates="kicker (Summit Express, 4 lanes), rail (Aspen quad, 2 lanes)",
        vendor_support="Axess North America +1 877-555-0121",
        support_ends=_in(-30),
    )
    b.asset(
        1440303,
        "SSL Certificate",
        "shop.sevenpinesmtn.example",
        common_name="shop.sevenpinesmtn.example",
        issuer="Sectigo RSA Organization Validation Secure Server CA",
        sans="shop.sevenpinesmtn.example, passes.sevenpinesmtn.example",
        validation="OV",
        expires=_in(88),
    )
    b.asset(
        1440304,
        "Domain",
        "sevenpinesmtn.example",
        registrar="Namecheap",
        nameservers="dns1.registrar-servers.example, dns2.registrar-servers.example",
        auto_renew="Yes",
        registrant="Colleen Birdwell",
        expires=_in(400),
    )
    b.asset(
        1440305,
        "Wi-Fi SSID",
        "7Pines-Guest",
        ssid="7Pines-Guest",
        vlan=60,
        security="Open, UniFi hotspot portal with the trail map splash",
        access_points=b.tag("aspenglade", "birchglade"),
        content_filter="None; 5 Mbps per client",
    )
    b.asset(
        1440306,
        "Software Subscription",
        "Veeam Data Platform Foundation",
        product="Veeam Data Platform Foundation (VUL)",
        seats=10,
        billing="Annual",
        vendor="Pax8 (through us)",
        assigned_to="switchback, timberwolf and the Microsoft 365 backup",
        renews=_in(19),
    )
    b.asset(
        1440307,
        "Backup Plan",
        "Veeam - skyline VMs",
        protected=b.tag("switchback", "timberwolf"),
        software="Veeam Backup & Replication 12.1",
        destination="lonepine, copy job to Wasabi (us-west-1, immutable 30 days)",
        frequency="Nightly at 01:00; timberwolf also at 12:00 in season",
        retention="30 restore points, 30 days immutable in Wasabi",
        last_test_restore=_in(-20),
        renewal=_in(19),
    )
    b.asset(
        1440308,
        "Alarm Monitoring",
        "Ticket office and rental shop alarm",
        monitoring_company="Beartooth Alarm & Security",
        account_number="BAS-4410",
        panel="DSC PowerSeries Neo HS2064",
        zones="Ticket office safe room, rental shop doors, basement server room door",
        call_list="1. Ski Patrol Dispatch, 2. Rusty Oberg, 3. Colleen Birdwell",
        contract_ends=_in(160),
    )
    b.asset(
        1440309,
        "Payroll Service",
        "Paycom seasonal payroll",
        provider="Paycom",
        company_code="7PM-3310",
        pay_schedule="Biweekly; about 260 seasonal staff November to April",
        admin_contact="Colleen Birdwell",
        integrations="Time clocks at the lift shacks; GL export into QuickBooks on easystreet.",
        renewal=_in(230),
    )

    b.secret(
        1440401,
        "widowmaker PAN-OS admin",
        "pinesadmin",
        "Firewall",
        "widowmaker",
        url="https://172.20.0.1",
    )
    b.secret(
        1440402,
        "Siriusware SQL sa",
        "sa",
        "Database",
        "timberwolf",
        notes="SQL Express instance SIRIUSSQL; Accesso support asks for it.",
    )
    b.secret(
        1440403,
        "highline airFiber admin",
        "7padmin",
        "Network",
        "highline",
        url="https://172.20.0.5",
    )

    b.runbook(
        1440501,
        "Ticket windows: 'Unable to connect to SalesWare server'",
        "Ticketing",
        ("h", "Symptoms"),
        (
            "p",
            "Siriusware Sales on bunnyhop or meadowlark shows 'Unable to connect to SalesWare "
            "server' at login, or sales hang at 'Posting...'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On timberwolf check the services: Get-Service SiriuswareSvc, 'MSSQL$SIRIUSSQL'. "
            "Restart with Restart-Service SiriuswareSvc.",
        ),
        (
            "s",
            "If SQL will not start, check free space on timberwolf's D: (the SalesWare "
            "database is capped at 10 GB on Express); call Accesso with site ID SPM-1147.",
        ),
        (
            "s",
            "While it is down, ticket windows sell from the paper ticket stock in the safe "
            "and Hannah Greer keys them in afterwards.",
        ),
    )
    b.runbook(
        1440502,
        "Summit lodge offline (highline down)",
        "Network",
        ("h", "Symptoms"),
        (
            "p",
            "Summit lodge Wi-Fi and the sunnyside till are offline; birchglade and ridgeline "
            "show disconnected in UniFi and Junos Space.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Log into highline at https://172.20.0.5 and check the 60 GHz link: if it shows "
            "'Backup 5 GHz active', snow is in the path and it will recover on its own.",
        ),
        (
            "s",
            "If both links are down, ask Ski Patrol Dispatch to check the PoE injector in the "
            "summit patrol room (the one labelled 'AF60 far end') and power-cycle it.",
        ),
        (
            "s",
            "Tell the summit cafe to keep selling in Toast offline mode; cards are captured "
            "when the link returns.",
        ),
    )
    return b.snap


def snapshot() -> Snapshot:
    """The ninth MSP: four hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (
        _credit_union(),
        _construction(),
        _church(),
        _ski_area(),
    ):
        out.merge(part)
    return out
