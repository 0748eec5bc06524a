"""A sixth hand-written MSP, unlike the sample MSP (sync/demo/), evals/other_msp.py,
evals/third_msp.py, evals/fourth_msp.py and evals/fifth_msp.py.

Five clients, each with a naming habit none of the other accounts has:

- Calder & Penhallow LLP (short name "C&P"; a litigation and probate law firm in Boston, MA,
  with a branch office in Portsmouth, NH): shared infrastructure is named after Latin legal
  terms in capitals, hyphenated when the term has more than one word (`CAVEAT` firewall,
  `STARE` and `DECISIS` Hyper-V nodes, `MANDAMUS` domain controller, `PER-DIEM` billing
  server, `PRIMA-FACIE` reception PC, `NUNC-PRO-TUNC` backup appliance, `FAC-SIMILE` fax
  adapter); attorneys' laptops are named in lowercase after US Supreme Court justices
  (`holmes`, `cardozo`, `brandeis`, `ginsburg`).
- Northgate Dental Partners (NDP; three numbered clinics around Seattle, WA): every device is
  `CLN<clinic>-<room>-<device><n>`, the room being RECEP, OP<n> (an operatory), NET (the
  network closet), PANO or CBCT (the x-ray rooms), STER (sterilization) or MGR
  (`CLN03-RECEP-PC2`, `CLN01-OP3-SENSOR1`, `CLN02-PANO-XR1`).
- Northgate Foundry Inc. (NGF; an iron foundry in Erie, PA): the same first word as the dental
  group. Every device carries an ISA-95 level prefix (`L4-` business, `L35-` the industrial
  DMZ, `L3-` site operations, `L2-` supervisory, `L1-` control) and then a role and a cell
  (`L1-PLC-MELT-01`, `L2-HMI-MOLD-01`, `L3-HIST-01`, `L35-JUMP-01`); OT VLANs per cell.
- Fromagerie Val-des-Cèdres inc. (FVDC; a cheese dairy in Saint-Damase, QC, with a shop at the
  Jean-Talon market in Montréal): documented partly in French. Devices are named after
  Montréal Canadiens players followed by their jersey number, with no separator: goalies
  guard the network (`PLANTE1` and `DRYDEN29` firewalls), defencemen are switches
  (`ROBINSON19`, `SAVARD18`), forwards are servers and PCs (`LAFLEUR10`, `BELIVEAU4`,
  `RICHARD9`, `SUZUKI14`).
- Coastal Animal Rescue & Education (short name "CARE", an English word; an animal shelter
  and clinic in Santa Cruz, CA): every device is named after an adopted shelter animal, in
  lowercase (`biscuit` firewall, `pepper` server, `mochi` NAS, `pickles` x-ray PC); the notes
  say which animal it was.

Configuration types of its own (Hyper-V Node, VMware Host, Production Scanner, Fax Adapter,
Intraoral Sensor, Panoramic X-ray, Cone Beam CT, Sterilizer, Desk Phone, Industrial Firewall,
Historian, PLC, HMI, Industrial Switch, X-ray Inspection Cabinet, Spectrometer, Pasteurizer
Controller, LoRaWAN Gateway, Scale, Point of Sale Terminal, Digital Radiography, Kennel Camera,
Check-in Kiosk, Microchip Scanner, Monitoring Gateway) next to common ones, and flexible asset
types none of the other accounts has (Cyber Insurance Policy, Litigation Hold, Radiation
Equipment Registration, PLC Program Backup, Vendor Remote Access, Grant Funded Equipment, Fax
Line, Temperature Monitoring) with their own trait keys. Some fields are left empty on
purpose (a laptop with no warranty, a sensor with no IP, a remote-access entry with no end
date, a PLC backup without a firmware revision). Password entries are metadata only
(`value_encrypted` stays None).
Everything is written out by hand; nothing is random. Every date is an offset from TODAY
(2026-06-01, as in third_msp.py) so the questions in evals/natural/sixth.jsonl and sixthh.jsonl
have fixed answers.

Ids: organizations 1101..1105; every other id (records, interfaces, document sections) is
1100000 or above and unique across all of them: flexible asset types 1100001..1100008, then
one block of ten thousand per organization (1110000 for 1101 ... 1150000 for 1105):
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

CP, NDP, NGF, FVDC, CARE = 1101, 1102, 1103, 1104, 1105

CONNECTED, RUNS, DEPENDS = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON


ASSET_TYPES = [
    FlexibleAssetType(
        id=1100001,
        organization_id=0,
        name="Cyber Insurance Policy",
        description="Cyber liability cover: insurer, policy, broker, limit and what it requires",
        fields=(
            _field("Insurer"),
            _field("Policy Number"),
            _field("Broker"),
            _field("Coverage Limit"),
            _field("Security Requirements", "Textbox"),
            _field("Renewal Date", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100002,
        organization_id=0,
        name="Litigation Hold",
        description="Legal holds on mailboxes and files: matter, custodians, systems, review",
        fields=(
            _field("Matter"),
            _field("Custodians", "Textbox"),
            _field("Systems Covered"),
            _field("Placed By"),
            _field("Placed On", "Date"),
            _field("Review By", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100003,
        organization_id=0,
        name="Radiation Equipment Registration",
        description="X-ray equipment registered with the state regulator, and its inspections",
        fields=(
            _field("Regulator"),
            _field("Registration Number"),
            _field("Equipment", "Tag", tag_type="Configurations"),
            _field("Inspector"),
            _field("Last Inspection", "Date"),
            _field("Inspection Due", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100004,
        organization_id=0,
        name="PLC Program Backup",
        description="Controller programs: the PLC, the project file, where the copy lives",
        fields=(
            _field("Controller", "Tag", tag_type="Configurations"),
            _field("Programming Software"),
            _field("Program File"),
            _field("Firmware Revision"),
            _field("Backup Location"),
            _field("Last Backup", "Date"),
            _field("Backed Up By"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100005,
        organization_id=0,
        name="Vendor Remote Access",
        description="Which vendor may reach which device, with what tool, approved by whom",
        fields=(
            _field("Vendor"),
            _field("Tool"),
            _field("Target Devices", "Tag", tag_type="Configurations"),
            _field("Approval"),
            _field("Vendor Account"),
            _field("Access Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100006,
        organization_id=0,
        name="Grant Funded Equipment",
        description="Equipment bought with a grant or donation: funder, award, reporting",
        fields=(
            _field("Funder"),
            _field("Grant Number"),
            _field("Equipment", "Tag", tag_type="Configurations"),
            _field("Award Amount"),
            _field("Grant Officer"),
            _field("Report Due", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100007,
        organization_id=0,
        name="Fax Line",
        description="Fax numbers: provider, where incoming faxes go, the device, contract end",
        fields=(
            _field("Fax Number"),
            _field("Provider"),
            _field("Delivers To"),
            _field("Used For"),
            _field("Fax Device", "Tag", tag_type="Configurations"),
            _field("Contract Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1100008,
        organization_id=0,
        name="Temperature Monitoring",
        description="Fridges, rooms and caves under temperature alarm: range, alerts, sensors",
        fields=(
            _field("Platform"),
            _field("Monitored Space"),
            _field("Alert Range"),
            _field("Alert Recipients", "Textbox"),
            _field("Gateway", "Tag", tag_type="Configurations"),
            _field("Calibration Due", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _SixthBuilder(_Builder):
    """third_msp's builder with this account's flexible asset types."""

    def asset_types(self) -> dict[str, FlexibleAssetType]:
        return _TYPE


# ============================================================================================
# Calder & Penhallow LLP: a litigation and probate firm, Boston office and Portsmouth branch.
# ============================================================================================


def _calder_penhallow() -> Snapshot:
    b = _SixthBuilder(
        Organization(
            id=CP,
            organization_id=CP,
            name="Calder & Penhallow LLP",
            short_name="C&P",
            organization_type="Law Firm",
            description=(
                "Eighteen-lawyer litigation, real estate and probate firm. Boston office on the "
                "14th floor of 75 State Street, branch office in Portsmouth, NH. Documents live "
                "in Worldox, time and billing in Tabs3. Shared kit is named after Latin legal "
                "terms, attorneys' laptops after Supreme Court justices."
            ),
            quick_notes=(
                "Court filing deadlines are at 17:00: no reboots of CERTIORARI, PER-DIEM or the "
                "STARE/DECISIS cluster on weekdays before 18:00 without Bill Okonjo's OK."
            ),
            updated_at=UPDATED_AT,
        ),
        1110000,
        "dash",
    )
    boston = b.location(
        1110001,
        "Boston - 75 State Street",
        primary=True,
        address_1="75 State Street, 14th Floor",
        city="Boston",
        region="Massachusetts",
        postal_code="02109",
        country="United States",
        phone="+1 617-555-0180",
        notes=(
            "Server room is the locked closet behind the file room (suite 1420); the key is "
            "with Bill Okonjo. After hours the building's security desk in the lobby must "
            "let us up; bring a photo ID."
        ),
    )
    ports_nh = b.location(
        1110002,
        "Portsmouth Office",
        address_1="33 Pleasant Street, Suite 2",
        city="Portsmouth",
        region="New Hampshire",
        postal_code="03801",
        country="United States",
        phone="+1 603-555-0170",
        notes=(
            "Two-room branch above a bookshop. The network shelf is in the kitchenette "
            "cupboard, top shelf, next to the fire extinguisher."
        ),
    )
    mp = b.person(
        1110011,
        "Margaret Calder",
        "Managing Partner",
        "Primary",
        "mcalder@calderpenhallow.example",
        "+1 617-555-0181",
        mobile="+1 617-555-0129",
        location_id=boston,
        important=True,
        notes="Signs off any spend over $2,500 and every litigation hold.",
    )
    bill = b.person(
        1110012,
        "Bill Okonjo",
        "Office Administrator",
        "Technical",
        "bokonjo@calderpenhallow.example",
        "+1 617-555-0183",
        mobile="+1 617-555-0147",
        location_id=boston,
        notes=(
            "Our day-to-day contact: approves reboots and vendor sessions, holds the server "
            "room key, second Tabs3 supervisor."
        ),
    )
    b.person(
        1110013,
        "Teresa Quinlan",
        "Firm Controller",
        "Billing",
        "tquinlan@calderpenhallow.example",
        "+1 617-555-0186",
        location_id=boston,
        notes="Receives our invoices; owns the Tabs3 billing cycle (pre-bills run on the 25th).",
    )
    elena = b.person(
        1110014,
        "Elena Sokolova",
        "Associate Attorney, Portsmouth office lead",
        "User",
        "esokolova@calderpenhallow.example",
        "+1 603-555-0171",
        mobile="+1 603-555-0138",
        location_id=ports_nh,
        notes="Only person in Portsmouth on most days; can power-cycle the kitchenette shelf.",
    )
    gina = b.person(
        1110015,
        "Gina Torres",
        "Senior Paralegal / Records Manager",
        "User",
        "gtorres@calderpenhallow.example",
        "+1 617-555-0189",
        location_id=boston,
        notes="Runs discovery scanning on AFFIDAVIT and the Worldox cabinets; custodian lists.",
    )
    b.person(
        1110016,
        "Raymond Costa",
        "Building Engineer, 75 State Street",
        "After Hours",
        "rcosta@75statebldg.example",
        "+1 617-555-0102",
        mobile="+1 617-555-0166",
        location_id=boston,
        notes=(
            "Building management, 24x7. Call him for after-hours access to the 14th floor or "
            "when the building power or riser fibre is being worked on."
        ),
    )

    bos: dict[str, Any] = {"location_id": boston}
    b.device(
        1110101,
        "CAVEAT",
        "Firewall",
        oui="00906F",
        manufacturer="WatchGuard",
        model="Firebox M290",
        serial_number="C0D5024A1E7F3",
        asset_tag="CP-0101",
        operating_system="Fireware 12.10.3",
        primary_ip="10.14.0.1",
        public_ip="198.51.100.77",
        ports=[
            ("eth1 (Trusted)", "10.14.0.1"),
            ("eth0 (External)", "198.51.100.77"),
            ("eth2 (Guest)", "10.14.90.1"),
        ],
        warranty_expires_at=_in(48),
        installed_at=_in(-760),
        location_id=boston,
        contact_id=bill,
        notes=(
            "Boston perimeter firewall: Verizon Fios Business on External, branch office VPN "
            "'BOS-PSM' to ESTOPPEL, Mobile VPN with IKEv2 for attorneys (AuthPoint MFA). "
            "Total Security Suite subscription tied to the hardware support date."
        ),
    )
    b.device(
        1110102,
        "IPSO-FACTO",
        "Switch",
        oui="00A3D1",
        manufacturer="Cisco",
        model="Catalyst 9200L-48P-4G",
        serial_number="FOC2741X0QZ",
        asset_tag="CP-0102",
        operating_system="IOS XE 17.9.4a",
        primary_ip="10.14.0.2",
        warranty_expires_at=_in(380),
        installed_at=_in(-760),
        location_id=boston,
        notes=(
            "Core switch in the server closet. VLAN 10 servers, 20 staff, 30 voice, 90 guest. "
            "Ports 1-2 uplink to CAVEAT, 45-48 the Hyper-V cluster."
        ),
    )
    for id_, name, serial, ip, note in [
        (
            1110103,
            "STARE",
            "CZJ3350K1T",
            "10.14.10.11",
            "Hyper-V cluster node 1 (cluster CP-HVCL). Normally owns MANDAMUS and CERTIORARI.",
        ),
        (
            1110104,
            "DECISIS",
            "CZJ3350K1V",
            "10.14.10.12",
            "Hyper-V cluster node 2 (cluster CP-HVCL). Normally owns PER-DIEM and DICTUM.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Hyper-V Node",
            oui="9440C9",
            manufacturer="HPE",
            model="ProLiant DL360 Gen11",
            serial_number=serial,
            operating_system="Windows Server 2022 Datacenter",
            operating_system_notes="Hyper-V role, Failover Clustering, CSV on the MSA 2060",
            primary_ip=ip,
            ports=[("NIC1 (mgmt)", ip), ("iLO 6", ip.replace(".10.", ".11."))],
            warranty_expires_at=_in(530),
            installed_at=_in(-700),
            notes=note,
            **bos,
        )
    for id_, name, ip, os_notes, note in [
        (
            1110105,
            "MANDAMUS",
            "10.14.10.21",
            None,
            "Domain controller for cp.calderpenhallow.example; DNS, DHCP for Boston, Entra "
            "Connect.",
        ),
        (
            1110106,
            "CERTIORARI",
            "10.14.10.31",
            "Worldox GX4 Professional, SQL Server 2019 Express (instance WORLDOX)",
            "Document management: the Worldox GX4 index server and the W: drive "
            "(\\\\CERTIORARI\\WDOCS) with every matter cabinet.",
        ),
        (
            1110107,
            "PER-DIEM",
            "10.14.10.41",
            "Tabs3 Billing & PracticeMaster 2024 (build 24.1.6)",
            "Time, billing and trust accounting (Tabs3). Pre-bills on the 25th of each month.",
        ),
        (
            1110108,
            "DICTUM",
            "10.14.10.51",
            "Philips SpeechExec Enterprise 11.5",
            "Dictation server: attorneys' Philips SpeechMike recordings land here and "
            "transcripts are filed into Worldox by the secretaries.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="Microsoft",
            model="Hyper-V Generation 2",
            operating_system="Windows Server 2022 Standard",
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("vEthernet", ip)],
            installed_at=_in(-690),
            notes=note,
            **bos,
        )
    b.device(
        1110109,
        "NUNC-PRO-TUNC",
        "Backup Appliance",
        oui="00D0B2",
        manufacturer="Datto",
        model="SIRIS S5-4000",
        serial_number="D5S4-71C2-90AE",
        asset_tag="CP-0109",
        operating_system="Datto OS 5.2",
        primary_ip="10.14.12.20",
        ports=[("eth0", "10.14.12.20"), ("IPMI", "10.14.11.20")],
        warranty_expires_at=_in(210),
        installed_at=_in(-400),
        location_id=boston,
        notes=(
            "Hourly local snapshots of MANDAMUS, CERTIORARI, PER-DIEM and DICTUM 07:00-20:00, "
            "replicated to the Datto cloud nightly; 7 years cloud retention for client files."
        ),
    )
    b.device(
        1110110,
        "SINE-DIE",
        "UPS",
        manufacturer="Eaton",
        model="5PX 3000 RT2U (5PX3000RT2UG2)",
        serial_number="GD21K43072",
        operating_system="Network-M2 card 2.0.5",
        primary_ip="10.14.0.40",
        installed_at=_in(-1300),
        location_id=boston,
        notes="Rack UPS in the server closet, about 18 minutes at current load.",
    )
    for id_, name, serial, ip, where in [
        (1110111, "OBITER-1", "472219001845", "10.14.0.21", "East corridor, outside the library."),
        (1110112, "OBITER-2", "472219001902", "10.14.0.22", "West side, above reception."),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="2C5D93",
            manufacturer="Ruckus",
            model="R650",
            serial_number=serial,
            operating_system="Unleashed 200.15",
            primary_ip=ip,
            installed_at=_in(-540),
            notes=f"{where} SSIDs CP-Staff and CP-Clients (guest, VLAN 90).",
            **bos,
        )
    b.device(
        1110113,
        "PRIMA-FACIE",
        "Workstation",
        oui="6C4B90",
        manufacturer="Lenovo",
        model="ThinkCentre M70q Gen 4",
        serial_number="MJ0K8P2Z",
        asset_tag="CP-0113",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.14.20.15",
        ports=[("Ethernet", "10.14.20.15")],
        warranty_expires_at=_in(300),
        installed_at=_in(-430),
        location_id=boston,
        notes=(
            "Reception desk PC: visitor log, conference room calendar, the main phone console "
            "and the fax inbox (fax@calderpenhallow.example)."
        ),
    )
    b.device(
        1110114,
        "AFFIDAVIT",
        "Production Scanner",
        oui="00000E",
        manufacturer="Ricoh (PFU)",
        model="fi-7900",
        serial_number="A3PD003291",
        asset_tag="CP-0114",
        operating_system="PaperStream IP 3.20 / PaperStream Capture Pro",
        primary_ip="10.14.20.60",
        warranty_expires_at=_in(95),
        installed_at=_in(-610),
        location_id=boston,
        contact_id=gina,
        notes=(
            "High-volume scanner in the file room for discovery productions and closed files. "
            "Scans land in \\\\CERTIORARI\\ScanIn and are profiled into Worldox by Gina "
            "Torres' team."
        ),
    )
    b.device(
        1110115,
        "CODICIL",
        "Multifunction Printer",
        oui="00001B",
        manufacturer="Canon",
        model="imageRUNNER ADVANCE DX C5860i",
        serial_number="3WB07455",
        operating_system="Unified Firmware Platform v10.04",
        primary_ip="10.14.20.50",
        installed_at=_in(-350),
        location_id=boston,
        notes=(
            "Main copier by the file room, with the fax card (line from FAC-SIMILE). Secure "
            "print with uniFLOW Online; client-matter codes are entered at the panel."
        ),
    )
    b.device(
        1110116,
        "QUORUM",
        "Video Bar",
        manufacturer="Logitech",
        model="Rally Bar",
        serial_number="2215LZ0A7K48",
        operating_system="Microsoft Teams Rooms on Android (CollabOS 1.12)",
        primary_ip="10.14.20.70",
        installed_at=_in(-280),
        location_id=boston,
        notes="Bench Room (large conference room, 14 seats) for depositions and client calls.",
    )
    for id_, name, model, serial, user, warranty, note in [
        (
            1110117,
            "holmes",
            "Latitude 7450",
            "8QK2Z54",
            mp,
            _in(650),
            "Margaret Calder's laptop.",
        ),
        (
            1110118,
            "cardozo",
            "Latitude 7450",
            "8QK2Z57",
            None,
            _in(650),
            "Andrew Penhallow's laptop (name partner, litigation).",
        ),
        (
            1110119,
            "brandeis",
            "Latitude 7440",
            "4FJ9Y34",
            None,
            _in(-30),
            "Priya Raman's laptop (associate, probate). Battery swells; replacement quoted.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Laptop",
            oui="F4A80D",
            manufacturer="Dell",
            model=model,
            serial_number=serial,
            operating_system="Windows 11 Pro 24H2",
            warranty_expires_at=warranty,
            installed_at=_in(-200) if model == "Latitude 7450" else _in(-720),
            contact_id=user,
            notes=f"{note} BitLocker key in Entra ID; Mobile VPN profile for CAVEAT.",
            **bos,
        )
    b.device(
        1110120,
        "ginsburg",
        "Laptop",
        manufacturer="Apple",
        model="MacBook Pro 14-inch (M3, 2023)",
        serial_number="H4T2K9QF7X",
        operating_system="macOS Sequoia 15.5",
        installed_at=_in(-330),
        location_id=ports_nh,
        contact_id=elena,
        notes=(
            "Elena Sokolova's MacBook, the only Mac in the firm; managed in Intune. Worldox "
            "is reached through the web client (Worldox Web Mobile)."
        ),
    )
    b.device(
        1110121,
        "ESTOPPEL",
        "Firewall",
        oui="00906F",
        manufacturer="WatchGuard",
        model="Firebox T45",
        serial_number="80G5037B22E4F",
        operating_system="Fireware 12.10.3",
        primary_ip="10.15.0.1",
        public_ip="203.0.113.45",
        ports=[("eth1 (Trusted)", "10.15.0.1"), ("eth0 (External)", "203.0.113.45")],
        warranty_expires_at=_in(20),
        installed_at=_in(-760),
        location_id=ports_nh,
        contact_id=elena,
        notes=(
            "Portsmouth firewall: Comcast Business cable on External; branch office VPN "
            "'BOS-PSM' back to CAVEAT, all traffic to Boston except guest Wi-Fi."
        ),
    )
    b.device(
        1110122,
        "ALIBI",
        "Switch",
        oui="00A3D1",
        manufacturer="Cisco",
        model="Catalyst 1000-24P-4G-L",
        serial_number="FOC2632Y1AB",
        operating_system="IOS 15.2(7)E9",
        primary_ip="10.15.0.2",
        installed_at=_in(-760),
        location_id=ports_nh,
        notes="Portsmouth switch on the kitchenette shelf; PoE for OBITER-3 and two desk phones.",
    )
    b.device(
        1110123,
        "OBITER-3",
        "Wireless Access Point",
        oui="2C5D93",
        manufacturer="Ruckus",
        model="R350",
        serial_number="392301004471",
        operating_system="Unleashed 200.15",
        primary_ip="10.15.0.21",
        installed_at=_in(-540),
        location_id=ports_nh,
        notes="Portsmouth, ceiling of the front room. Same SSIDs as Boston.",
    )
    b.device(
        1110124,
        "FAC-SIMILE",
        "Fax Adapter",
        oui="000B82",
        manufacturer="Grandstream",
        model="HT812",
        serial_number="20EFB3C1A8",
        operating_system="1.0.53.4",
        primary_ip="10.14.20.80",
        installed_at=_in(-180),
        location_id=boston,
        notes=(
            "Analog telephone adapter for the Boston fax number; FXS port 1 to the fax card "
            "in CODICIL. T.38 to Granite's SIP trunk."
        ),
    )

    b.link(["MANDAMUS", "CERTIORARI"], RUNS, "STARE")
    b.link(["PER-DIEM", "DICTUM"], RUNS, "DECISIS")
    b.link(
        [
            "STARE",
            "DECISIS",
            "NUNC-PRO-TUNC",
            "SINE-DIE",
            "OBITER-1",
            "OBITER-2",
            "PRIMA-FACIE",
            "AFFIDAVIT",
            "CODICIL",
            "QUORUM",
            "FAC-SIMILE",
        ],
        CONNECTED,
        "IPSO-FACTO",
    )
    b.link("IPSO-FACTO", CONNECTED, "CAVEAT")
    b.link("ESTOPPEL", CONNECTED, "CAVEAT", "branch office VPN BOS-PSM")
    b.link("ALIBI", CONNECTED, "ESTOPPEL")
    b.link("OBITER-3", CONNECTED, "ALIBI")
    b.link(
        ["STARE", "DECISIS", "NUNC-PRO-TUNC", "IPSO-FACTO", "CAVEAT"],
        DEPENDS,
        "SINE-DIE",
        "power",
    )
    b.link(["CERTIORARI", "PER-DIEM", "DICTUM"], DEPENDS, "MANDAMUS", "logon and DNS")
    b.link(["AFFIDAVIT", "DICTUM"], DEPENDS, "CERTIORARI", "Worldox")
    b.link("CODICIL", DEPENDS, "FAC-SIMILE", "fax line")

    b.asset(
        1110301,
        "Litigation Hold",
        "Harborview Condominium Assn. v. Keystone Builders",
        matter="2025-0417 (construction defect, Suffolk Superior Court)",
        custodians="Andrew Penhallow; Priya Raman; Gina Torres",
        systems_covered=(
            "Exchange Online in-place hold on the three mailboxes; Worldox cabinet LIT-0417 "
            "set to no-delete"
        ),
        placed_by="Margaret Calder",
        placed_on=_in(-210),
        review_by=_in(25),
    )
    b.asset(
        1110302,
        "Litigation Hold",
        "In re Estate of Fairbanks",
        matter="2024-1188 (contested will, Rockingham County Probate)",
        custodians="Elena Sokolova; Margaret Calder",
        systems_covered="Exchange Online hold on both mailboxes; OneDrive of esokolova",
        placed_by="Margaret Calder",
        placed_on=_in(-400),
        review_by=_in(140),
    )
    b.asset(
        1110303,
        "Cyber Insurance Policy",
        "Cyber liability - Coalition",
        insurer="Coalition Insurance Solutions",
        policy_number="C-4LQ2-118302-CYB",
        broker="Marsh McLennan Agency, Boston (Kate Oduya, +1 617-555-0144)",
        coverage_limit="$3,000,000 aggregate, $50,000 retention",
        security_requirements=(
            "MFA on email and all remote access; EDR on every endpoint; immutable offsite "
            "backups tested quarterly; annual phishing training; notify within 72 hours"
        ),
        renewal_date=_in(52),
    )
    b.asset(
        1110304,
        "Fax Line",
        "Boston main fax",
        fax_number="+1 617-555-0188",
        provider="Granite Telecommunications (POTS replacement)",
        delivers_to="CODICIL fax tray, copy to fax@calderpenhallow.example",
        used_for="Court clerks and opposing counsel who still fax",
        fax_device=b.tag("FAC-SIMILE", "CODICIL"),
        contract_ends=_in(300),
    )
    b.asset(
        1110305,
        "Fax Line",
        "Portsmouth eFax",
        fax_number="+1 603-555-0176",
        provider="eFax Corporate",
        delivers_to="portsmouthfax@calderpenhallow.example (Elena Sokolova)",
        used_for="Probate court notices and medical records requests",
        contract_ends=_in(40),
    )
    b.asset(
        1110306,
        "Vendor Remote Access",
        "Tabs3 support sessions",
        vendor="Tabs3 Software",
        tool="Zoom screen share started by us; no standing access",
        target_devices=b.tag("PER-DIEM"),
        approval="Bill Okonjo approves each session; someone from the MSP stays on the call",
        vendor_account="none (attended sessions only)",
    )
    b.asset(
        1110307,
        "Vendor Remote Access",
        "Canon dealer monitoring",
        vendor="Eastern Imaging Solutions",
        tool="Canon eMaintenance (outbound meter reads and alerts only)",
        target_devices=b.tag("CODICIL"),
        approval="Standing approval in the copier lease",
        vendor_account="EIS dealer ID 40-7781",
        access_ends=_in(400),
    )

    b.secret(
        1110401,
        "CAVEAT Fireware Web UI",
        "admin",
        "Firewall",
        "CAVEAT",
        url="https://10.14.0.1:8080",
        notes="Device admin for the Boston Firebox; ESTOPPEL has its own entry.",
    )
    b.secret(
        1110402,
        "ESTOPPEL Fireware Web UI",
        "cp-admin",
        "Firewall",
        "ESTOPPEL",
        url="https://10.15.0.1:8080",
    )
    b.secret(
        1110403,
        "Worldox SQL sa",
        "sa",
        "Database",
        "CERTIORARI",
        notes="Instance WORLDOX. Break-glass only; Worldox uses the svc_worldox account.",
    )
    b.secret(
        1110404,
        "Tabs3 supervisor",
        "ADMIN",
        "Application",
        "PER-DIEM",
        notes="Tabs3 System Configuration; Bill Okonjo has his own supervisor login.",
    )
    b.secret(
        1110405,
        "Wi-Fi CP-Clients",
        None,
        "Wireless",
        notes="Guest network for clients in the Bench Room; changed on the 1st of each month.",
    )
    b.secret(
        1110406,
        "MANDAMUS DSRM",
        None,
        "Directory Services Restore Mode",
        "MANDAMUS",
        notes="Directory Services Restore Mode password for the only DC. Sealed copy in the safe.",
    )

    b.runbook(
        1110501,
        "Worldox: 'Unable to connect to index server' or profile search hangs",
        "Worldox",
        ("h", "Symptoms"),
        (
            "p",
            "Worldox shows 'WDSRV: Unable to connect to index server CERTIORARI (error 10061)' "
            "or Find Files spins forever; saving from Word asks for a profile again and again.",
        ),
        ("h", "Steps"),
        (
            "s",
            "RDP to CERTIORARI (10.14.10.31). In services.msc check 'Worldox Index Server' and "
            "'SQL Server (WORLDOX)'; start them if stopped: "
            "Start-Service WDIndexSrv, then Start-Service 'MSSQL$WORLDOX'.",
        ),
        (
            "s",
            "If the index server starts and stops again, the index is corrupt: run "
            "C:\\Worldox\\wdadmin.exe /reindex /cabinet:ALL out of hours (takes about 3 hours).",
        ),
        (
            "s",
            "Users on holmes, cardozo or brandeis off site must be on the Mobile VPN; "
            "ginsburg uses Worldox Web Mobile at https://docs.calderpenhallow.example.",
        ),
        (
            "p",
            "Never restore CERTIORARI from NUNC-PRO-TUNC during the day without Bill Okonjo: "
            "the W: drive is live for every matter.",
        ),
    )
    b.runbook(
        1110502,
        "Scanning a discovery production on AFFIDAVIT",
        "Procedures",
        ("h", "Before"),
        (
            "p",
            "Gina Torres opens a Worldox project for the matter (e.g. LIT-0417-PROD-003) and "
            "enters the Bates prefix.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On AFFIDAVIT pick the PaperStream Capture Pro job 'Discovery - Bates 300dpi'; it "
            "stamps the Bates number on every page.",
        ),
        (
            "s",
            "Batches are released to \\\\CERTIORARI\\ScanIn\\<matter>; the Worldox Auto "
            "Import job picks them up every 5 minutes.",
        ),
        (
            "s",
            "If PaperStream says 'Error code 1:52 - Paper jam or double-feed', clear the feed, "
            "rescan from the last good Bates number and tick 'Continue numbering'.",
        ),
    )
    b.runbook(
        1110503,
        "Branch VPN BOS-PSM down: Portsmouth can't reach Worldox or Tabs3",
        "Network",
        ("h", "Symptoms"),
        (
            "p",
            "In Portsmouth the W: drive is disconnected and Tabs3 says 'Unable to open "
            "database on PER-DIEM'; the internet still works.",
        ),
        ("h", "Steps"),
        (
            "s",
            "In the CAVEAT Web UI open System Status > VPN Statistics > Branch Office VPN and "
            "check the gateway 'BOS-PSM'.",
        ),
        (
            "s",
            "If it is down, on ESTOPPEL run the CLI command 'diagnose vpn \"BOS-PSM\"' and "
            "compare the peer address with CAVEAT's public IP 198.51.100.77.",
        ),
        (
            "s",
            "Comcast changed ESTOPPEL's address once before: if the external IP is no longer "
            "203.0.113.45, update the gateway on CAVEAT and call Comcast Business about the "
            "static IP.",
        ),
    )
    return b.snap


# ============================================================================================
# Northgate Dental Partners: three numbered clinics around Seattle (CLN01 runs the server).
# ============================================================================================


def _northgate_dental() -> Snapshot:
    b = _SixthBuilder(
        Organization(
            id=NDP,
            organization_id=NDP,
            name="Northgate Dental Partners",
            short_name="NDP",
            organization_type="Dental Group",
            description=(
                "General and family dentistry in three clinics: CLN01 Northgate (Seattle, the "
                "main clinic, with the server), CLN02 Shoreline and CLN03 Lynnwood. Dentrix G7 "
                "for the practice, DEXIS for intraoral x-rays, Planmeca Romexis and Carestream "
                "for panoramic and CBCT. Not related to Northgate Foundry."
            ),
            quick_notes=(
                "Clinics open 07:00-18:00 Mon-Fri and CLN01 on Saturday mornings. Never reboot "
                "CLN01-NET-SRV1 while patients are in chairs; Carla Jimenez approves downtime. "
                "HIPAA: no patient data in tickets."
            ),
            updated_at=UPDATED_AT,
        ),
        1120000,
        "colon",
    )
    cln01 = b.location(
        1120001,
        "CLN01 Northgate",
        primary=True,
        address_1="10412 5th Ave NE, Suite 200",
        city="Seattle",
        region="Washington",
        postal_code="98125",
        country="United States",
        phone="+1 206-555-0130",
        notes=(
            "Network closet is the former film darkroom next to the sterilization room; "
            "the door code is on the practice manager's sheet (ask Carla Jimenez)."
        ),
    )
    cln02 = b.location(
        1120002,
        "CLN02 Shoreline",
        address_1="17720 Aurora Ave N",
        city="Shoreline",
        region="Washington",
        postal_code="98133",
        country="United States",
        phone="+1 206-555-0150",
        notes="Small clinic, four operatories. The firewall sits under the reception desk.",
    )
    cln03 = b.location(
        1120003,
        "CLN03 Lynnwood",
        address_1="19820 44th Ave W, Unit B",
        city="Lynnwood",
        region="Washington",
        postal_code="98036",
        country="United States",
        phone="+1 425-555-0160",
        notes=(
            "Newest clinic (opened 2024) with the cone beam CT. Wall rack in the staff room "
            "above the lockers."
        ),
    )
    b.person(
        1120011,
        "Dr. Anjali Mehta",
        "Practice Owner, DDS",
        "Primary",
        "amehta@northgatedental.example",
        "+1 206-555-0131",
        mobile="+1 206-555-0119",
        location_id=cln01,
        important=True,
        notes="Owner. Decides on purchases over $3,000; prefers text messages during clinic.",
    )
    carla = b.person(
        1120012,
        "Carla Jimenez",
        "Practice Manager (all clinics)",
        "Technical",
        "cjimenez@northgatedental.example",
        "+1 206-555-0132",
        mobile="+1 206-555-0174",
        location_id=cln01,
        notes="Our main contact: approves downtime, vendor sessions and new users in Dentrix.",
    )
    b.person(
        1120013,
        "Tom Brekke",
        "Billing & Insurance Coordinator",
        "Billing",
        "tbrekke@northgatedental.example",
        "+1 206-555-0135",
        location_id=cln01,
        notes="Pays our invoices; runs insurance claims and the referrals fax inbox.",
    )
    mai = b.person(
        1120014,
        "Mai Nguyen",
        "Office Lead, CLN03 Lynnwood",
        "User",
        "mnguyen@northgatedental.example",
        "+1 425-555-0161",
        location_id=cln03,
        notes="Knows the CBCT workstation; can reboot the Lynnwood wall rack if asked.",
    )
    b.person(
        1120015,
        "Dr. Owen Fitch",
        "Associate Dentist, CLN02 Shoreline lead",
        "User",
        "ofitch@northgatedental.example",
        "+1 206-555-0151",
        mobile="+1 206-555-0197",
        location_id=cln02,
        notes="Decides for Shoreline when Carla Jimenez is away.",
    )

    c1: dict[str, Any] = {"location_id": cln01}
    b.device(
        1120101,
        "CLN01-NET-FW1",
        "Firewall",
        manufacturer="SonicWall",
        model="TZ370",
        serial_number="2CB8ED4A91F0",
        mac_address="2C:B8:ED:4A:91:F0",
        asset_tag="NDP-1001",
        operating_system="SonicOS 7.1.1-7058",
        primary_ip="10.61.0.1",
        public_ip="198.51.100.161",
        ports=[("X0 (LAN)", "10.61.0.1"), ("X1 (WAN)", "198.51.100.161")],
        warranty_expires_at=_in(75),
        installed_at=_in(-900),
        location_id=cln01,
        contact_id=carla,
        notes=(
            "CLN01 firewall: Ziply Fiber on X1. Site-to-site VPNs 'NDP-CLN02' and 'NDP-CLN03' "
            "terminate here; Advanced Protection Service Suite renews with the hardware support."
        ),
    )
    b.device(
        1120102,
        "CLN01-NET-SW1",
        "Switch",
        oui="3894ED",
        manufacturer="NETGEAR",
        model="M4250-26G4F-PoE+ (GSM4230P)",
        serial_number="7LM2307F00412",
        operating_system="13.0.4.26",
        primary_ip="10.61.0.2",
        installed_at=_in(-900),
        location_id=cln01,
        notes="VLAN 10 front office, 20 operatories, 30 imaging, 40 devices, 50 Weave phones.",
    )
    b.device(
        1120103,
        "CLN01-NET-SRV1",
        "Server",
        oui="C81F66",
        manufacturer="Dell",
        model="PowerEdge T360",
        serial_number="5RQ9T44",
        asset_tag="NDP-1003",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Dentrix G7.4 Update 2 (Faircom c-tree server), DEXIS 10.2",
        primary_ip="10.61.1.10",
        ports=[("NIC1", "10.61.1.10"), ("iDRAC9", "10.61.1.11")],
        warranty_expires_at=_in(820),
        installed_at=_in(-260),
        location_id=cln01,
        contact_id=carla,
        notes=(
            "The only server for all three clinics: domain controller (ndp.local), Dentrix G7 "
            "database, DEXIS imaging database and the D:\\DEXIS image store, file shares. The "
            "other clinics reach it over the site-to-site VPNs."
        ),
    )
    b.device(
        1120104,
        "CLN01-NET-NAS1",
        "NAS",
        oui="245EBE",
        manufacturer="QNAP",
        model="TS-464",
        serial_number="Q23BC04117",
        operating_system="QTS 5.1.7",
        primary_ip="10.61.1.20",
        warranty_expires_at=_in(150),
        installed_at=_in(-260),
        location_id=cln01,
        notes=(
            "Hybrid Backup Sync: nightly backup of CLN01-NET-SRV1 (Dentrix export and DEXIS "
            "images) at 21:00, then an encrypted copy to Wasabi (us-west-1)."
        ),
    )
    b.device(
        1120105,
        "CLN01-NET-UPS1",
        "UPS",
        manufacturer="CyberPower",
        model="PR1500LCDRT2U",
        serial_number="CPR3C2003421",
        primary_ip="10.61.0.40",
        warranty_expires_at=_in(-100),
        installed_at=_in(-1400),
        location_id=cln01,
        notes="Rack UPS in the closet; RMCARD205 network card. Runtime about 15 minutes.",
    )
    for id_, name, serial, ip, note in [
        (
            1120106,
            "CLN01-RECEP-PC1",
            "4CE3281K9Z",
            "10.61.10.11",
            "Front desk, check-in side: Dentrix, the Weave desktop app and the card reader.",
        ),
        (
            1120107,
            "CLN01-RECEP-PC2",
            "4CE3281KB2",
            "10.61.10.12",
            "Front desk, check-out side: Dentrix, insurance portals, the receipt printer.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="A8B13B",
            manufacturer="HP",
            model="Elite Mini 600 G9",
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            primary_ip=ip,
            ports=[("Ethernet", ip)],
            warranty_expires_at=_in(440),
            installed_at=_in(-290),
            notes=note,
            **c1,
        )
    b.device(
        1120108,
        "CLN01-OP3-PC",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="OptiPlex 7010 Micro",
        serial_number="JB7WQY3",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.61.20.13",
        ports=[("Ethernet", "10.61.20.13")],
        warranty_expires_at=_in(500),
        installed_at=_in(-400),
        location_id=cln01,
        notes=(
            "Chairside PC in operatory 3 (hygiene): Dentrix chart, DEXIS capture with the "
            "Titanium sensor on the front USB port. Operatories 1, 2, 4 and 5 use tablets."
        ),
    )
    b.device(
        1120109,
        "CLN01-OP3-SENSOR1",
        "Intraoral Sensor",
        manufacturer="DEXIS",
        model="Titanium, size 2",
        serial_number="DXT2-0449812",
        installed_at=_in(-400),
        location_id=cln01,
        notes="USB sensor on CLN01-OP3-PC. Spare size 1 sensor is in the sterilization drawer.",
    )
    b.device(
        1120110,
        "CLN01-PANO-XR1",
        "Panoramic X-ray",
        oui="00309D",
        manufacturer="Planmeca",
        model="ProMax 2D S3",
        serial_number="PX554102",
        operating_system="ProMax firmware 3.8.1",
        primary_ip="10.61.30.21",
        installed_at=_in(-1500),
        location_id=cln01,
        notes="Pano room at CLN01. Images are taken with Romexis on CLN01-PANO-PC.",
    )
    b.device(
        1120111,
        "CLN01-PANO-PC",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="OptiPlex 7010 Tower",
        serial_number="JB7XA11",
        operating_system="Windows 10 Pro 22H2",
        operating_system_notes="Planmeca Romexis 6.4.3 client; Windows 10 kept for the driver",
        primary_ip="10.61.30.22",
        ports=[("Ethernet (imaging)", "10.61.30.22"), ("Ethernet 2 (to ProMax)", None)],
        warranty_expires_at=_in(40),
        installed_at=_in(-1460),
        location_id=cln01,
        notes=(
            "Acquisition PC for the ProMax 2D. Windows 10 on purpose: Planmeca has not "
            "certified the driver on Windows 11. Extended Security Updates licence applied."
        ),
    )
    b.device(
        1120112,
        "CLN01-STER-LOG1",
        "Sterilizer",
        manufacturer="SciCan",
        model="STATIM 6000 G4",
        serial_number="220614A00872",
        operating_system="G4 firmware 3.1",
        primary_ip="10.61.40.31",
        installed_at=_in(-700),
        location_id=cln01,
        notes=(
            "Cassette autoclave in the sterilization room. Cycle records go to the SciCan G4 "
            "web portal; a USB copy is kept for the state inspection."
        ),
    )
    b.device(
        1120113,
        "CLN01-MGR-LT1",
        "Laptop",
        manufacturer="Lenovo",
        model="ThinkPad T14 Gen 4",
        serial_number="PF4Q8A2B",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(300),
        installed_at=_in(-420),
        location_id=cln01,
        contact_id=carla,
        notes="Carla Jimenez's laptop; travels between the clinics. Always-on VPN to CLN01.",
    )
    b.device(
        1120114,
        "CLN01-RECEP-PHN1",
        "Desk Phone",
        oui="805EC0",
        manufacturer="Yealink",
        model="T54W (Weave)",
        serial_number="8010421090112",
        operating_system="Weave firmware 96.86.0.62",
        primary_ip="10.61.50.11",
        installed_at=_in(-500),
        location_id=cln01,
        notes="Main reception phone on Weave; rings first for 206-555-0130.",
    )
    b.device(
        1120115,
        "CLN02-NET-FW1",
        "Firewall",
        manufacturer="SonicWall",
        model="TZ270",
        serial_number="2CB8ED5B0C14",
        mac_address="2C:B8:ED:5B:0C:14",
        operating_system="SonicOS 7.1.1-7058",
        primary_ip="10.62.0.1",
        public_ip="203.0.113.162",
        ports=[("X0 (LAN)", "10.62.0.1"), ("X1 (WAN)", "203.0.113.162")],
        installed_at=_in(-900),
        location_id=cln02,
        notes=(
            "Shoreline firewall and switch (all eight ports used): Comcast Business on X1, "
            "VPN 'NDP-CLN02' to CLN01-NET-FW1."
        ),
    )
    b.device(
        1120116,
        "CLN02-RECEP-PC1",
        "Workstation",
        oui="A8B13B",
        manufacturer="HP",
        model="Elite Mini 600 G9",
        serial_number="4CE3281KC7",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.62.10.11",
        ports=[("Ethernet", "10.62.10.11")],
        warranty_expires_at=_in(440),
        installed_at=_in(-290),
        location_id=cln02,
        notes="Shoreline front desk: Dentrix, Weave, scanner for insurance cards.",
    )
    b.device(
        1120117,
        "CLN02-OP1-PC",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="OptiPlex 7010 Micro",
        serial_number="JB7WQZ1",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.62.20.11",
        ports=[("Ethernet", "10.62.20.11")],
        warranty_expires_at=_in(500),
        installed_at=_in(-400),
        location_id=cln02,
        notes="Operatory 1 at Shoreline; also the CS Imaging 8 acquisition PC for the pano.",
    )
    b.device(
        1120118,
        "CLN02-PANO-XR1",
        "Panoramic X-ray",
        manufacturer="Carestream Dental",
        model="CS 8100",
        serial_number="CS81-HS2278",
        primary_ip="10.62.30.21",
        installed_at=_in(-1100),
        location_id=cln02,
        notes="Panoramic unit in the hallway alcove; acquisition from CLN02-OP1-PC.",
    )
    b.device(
        1120119,
        "CLN02-RECEP-PRN1",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="HL-L6210DW",
        serial_number="U64512K3N223456",
        primary_ip="10.62.10.50",
        installed_at=_in(-500),
        location_id=cln02,
        notes="Front desk laser printer at Shoreline: walkout statements and treatment plans.",
    )
    b.device(
        1120120,
        "CLN03-NET-FW1",
        "Firewall",
        manufacturer="SonicWall",
        model="TZ270",
        serial_number="2CB8ED5B7A39",
        mac_address="2C:B8:ED:5B:7A:39",
        operating_system="SonicOS 7.1.1-7058",
        primary_ip="10.63.0.1",
        public_ip="203.0.113.163",
        ports=[("X0 (LAN)", "10.63.0.1"), ("X1 (WAN)", "203.0.113.163")],
        warranty_expires_at=_in(200),
        installed_at=_in(-700),
        location_id=cln03,
        contact_id=mai,
        notes="Lynnwood firewall: Ziply Fiber on X1, VPN 'NDP-CLN03' to CLN01-NET-FW1.",
    )
    b.device(
        1120121,
        "CLN03-RECEP-PC2",
        "Workstation",
        oui="A8B13B",
        manufacturer="HP",
        model="Elite Mini 600 G9",
        serial_number="4CE3281KD4",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.63.10.12",
        ports=[("Ethernet", "10.63.10.12")],
        warranty_expires_at=_in(440),
        installed_at=_in(-290),
        location_id=cln03,
        contact_id=mai,
        notes=(
            "The only reception PC at Lynnwood: Dentrix and Weave. (PC1 was disposed of after "
            "a coffee spill in 2025 and never replaced.)"
        ),
    )
    b.device(
        1120122,
        "CLN03-OP2-PC",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="OptiPlex 7010 Micro",
        serial_number="JB7WR02",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.63.20.12",
        ports=[("Ethernet", "10.63.20.12")],
        warranty_expires_at=_in(500),
        installed_at=_in(-400),
        location_id=cln03,
        notes="Operatory 2 at Lynnwood (surgical room): Dentrix chart, DEXIS capture.",
    )
    b.device(
        1120123,
        "CLN03-CBCT-XR1",
        "Cone Beam CT",
        oui="00309D",
        manufacturer="Planmeca",
        model="ProMax 3D Mid",
        serial_number="PX771930",
        operating_system="ProMax firmware 3.9.0",
        primary_ip="10.63.30.21",
        warranty_expires_at=_in(58),
        installed_at=_in(-700),
        location_id=cln03,
        notes=(
            "Cone beam CT for implants and endo, used by all three clinics (patients are sent "
            "to Lynnwood). Scans are taken with Romexis on CLN03-CBCT-WS1."
        ),
    )
    b.device(
        1120124,
        "CLN03-CBCT-WS1",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="Precision 3660 Tower",
        serial_number="9TCW8T3",
        operating_system="Windows 11 Pro for Workstations 23H2",
        operating_system_notes="Planmeca Romexis 6.4.3 with 3D module; NVIDIA RTX A2000 12GB",
        primary_ip="10.63.30.22",
        ports=[("Ethernet (imaging)", "10.63.30.22"), ("Ethernet 2 (to ProMax 3D)", None)],
        warranty_expires_at=_in(1000),
        installed_at=_in(-700),
        location_id=cln03,
        contact_id=mai,
        notes="CBCT acquisition and reconstruction workstation; Romexis server role for 3D.",
    )
    b.device(
        1120125,
        "CLN03-STER-LOG1",
        "Sterilizer",
        manufacturer="SciCan",
        model="STATIM 5000 G4",
        serial_number="210922A00311",
        operating_system="G4 firmware 3.1",
        installed_at=_in(-700),
        location_id=cln03,
        notes=(
            "Lynnwood autoclave; not on the network (the Wi-Fi module failed). Cycle logs "
            "are exported with a USB stick every Friday."
        ),
    )

    b.link(
        [
            "CLN01-NET-SRV1",
            "CLN01-NET-NAS1",
            "CLN01-NET-UPS1",
            "CLN01-RECEP-PC1",
            "CLN01-RECEP-PC2",
            "CLN01-OP3-PC",
            "CLN01-PANO-XR1",
            "CLN01-PANO-PC",
            "CLN01-STER-LOG1",
            "CLN01-RECEP-PHN1",
        ],
        CONNECTED,
        "CLN01-NET-SW1",
    )
    b.link("CLN01-NET-SW1", CONNECTED, "CLN01-NET-FW1")
    b.link("CLN02-NET-FW1", CONNECTED, "CLN01-NET-FW1", "VPN NDP-CLN02")
    b.link("CLN03-NET-FW1", CONNECTED, "CLN01-NET-FW1", "VPN NDP-CLN03")
    b.link(
        ["CLN02-RECEP-PC1", "CLN02-OP1-PC", "CLN02-PANO-XR1", "CLN02-RECEP-PRN1"],
        CONNECTED,
        "CLN02-NET-FW1",
    )
    b.link(
        ["CLN03-RECEP-PC2", "CLN03-OP2-PC", "CLN03-CBCT-XR1", "CLN03-CBCT-WS1"],
        CONNECTED,
        "CLN03-NET-FW1",
    )
    b.link("CLN01-OP3-SENSOR1", CONNECTED, "CLN01-OP3-PC", "USB")
    b.link(
        ["CLN01-NET-SRV1", "CLN01-NET-NAS1", "CLN01-NET-SW1", "CLN01-NET-FW1"],
        DEPENDS,
        "CLN01-NET-UPS1",
        "power",
    )
    b.link(
        [
            "CLN01-RECEP-PC1",
            "CLN01-RECEP-PC2",
            "CLN01-OP3-PC",
            "CLN02-RECEP-PC1",
            "CLN02-OP1-PC",
            "CLN03-RECEP-PC2",
            "CLN03-OP2-PC",
        ],
        DEPENDS,
        "CLN01-NET-SRV1",
        "Dentrix and DEXIS",
    )
    b.link("CLN01-PANO-XR1", DEPENDS, "CLN01-PANO-PC", "Romexis acquisition")
    b.link("CLN02-PANO-XR1", DEPENDS, "CLN02-OP1-PC", "CS Imaging acquisition")
    b.link("CLN03-CBCT-XR1", DEPENDS, "CLN03-CBCT-WS1", "Romexis acquisition")

    b.asset(
        1120301,
        "Radiation Equipment Registration",
        "CLN01 panoramic - ProMax 2D",
        regulator="Washington State Department of Health, Office of Radiation Protection",
        registration_number="WA-XR-0048217",
        equipment=b.tag("CLN01-PANO-XR1"),
        inspector="Cascade Radiation Physics (Laura Penn)",
        last_inspection=_in(-700),
        inspection_due=_in(30),
    )
    b.asset(
        1120302,
        "Radiation Equipment Registration",
        "CLN02 panoramic - CS 8100",
        regulator="Washington State Department of Health, Office of Radiation Protection",
        registration_number="WA-XR-0051136",
        equipment=b.tag("CLN02-PANO-XR1"),
        inspector="Cascade Radiation Physics (Laura Penn)",
        last_inspection=_in(-400),
        inspection_due=_in(330),
    )
    b.asset(
        1120303,
        "Radiation Equipment Registration",
        "CLN03 cone beam CT - ProMax 3D Mid",
        regulator="Washington State Department of Health, Office of Radiation Protection",
        registration_number="WA-XR-0060774",
        equipment=b.tag("CLN03-CBCT-XR1"),
        inspector="Puget Physics Group (Dev Anand)",
        last_inspection=_in(-200),
        inspection_due=_in(530),
    )
    b.asset(
        1120304,
        "Fax Line",
        "Referrals fax",
        fax_number="+1 206-555-0139",
        provider="SRFax",
        delivers_to="referrals@northgatedental.example (Tom Brekke)",
        used_for="Specialist referrals and insurance pre-authorizations",
        contract_ends=_in(18),
    )
    b.asset(
        1120305,
        "Vendor Remote Access",
        "Henry Schein One - Dentrix support",
        vendor="Henry Schein One",
        tool="ScreenConnect session opened by Dentrix support on request",
        target_devices=b.tag("CLN01-NET-SRV1"),
        approval="Carla Jimenez or the MSP on-call approves; we watch the session",
        vendor_account="Dentrix customer number 2277145",
    )
    b.asset(
        1120306,
        "Vendor Remote Access",
        "Patterson - Planmeca imaging service",
        vendor="Patterson Dental Technical Service",
        tool="TeamViewer Host (unattended) installed for the CBCT go-live",
        target_devices=b.tag("CLN03-CBCT-WS1", "CLN01-PANO-PC"),
        approval="Unattended; was to be removed after go-live",
        vendor_account="TeamViewer ID 1 482 339 021",
        access_ends=_in(-10),
    )
    b.asset(
        1120307,
        "Cyber Insurance Policy",
        "Cyber / HIPAA breach - Beazley",
        insurer="Beazley Insurance Company",
        policy_number="V1ZX45220301",
        broker="Puget Sound Insurance Partners (+1 425-555-0117)",
        coverage_limit="$1,000,000 aggregate, $10,000 retention",
        security_requirements=(
            "MFA on email and remote access; encrypted backups kept offsite; annual HIPAA "
            "risk assessment on file; breach hotline +1 855-555-0101 called before anyone else"
        ),
        renewal_date=_in(165),
    )

    b.secret(
        1120401,
        "CLN01-NET-FW1 SonicOS admin",
        "admin",
        "Firewall",
        "CLN01-NET-FW1",
        url="https://10.61.0.1",
        notes="CLN02 and CLN03 firewalls use the same admin account name, separate entries "
        "are not kept; managed through NSM.",
    )
    b.secret(
        1120402,
        "Dentrix administrator",
        "NDPADMIN",
        "Application",
        "CLN01-NET-SRV1",
        notes="Dentrix user with all rights; Carla Jimenez also has one.",
    )
    b.secret(
        1120403,
        "DEXIS Imaging Suite admin",
        "dexisadmin",
        "Application",
        "CLN01-NET-SRV1",
    )
    b.secret(
        1120404,
        "Weave admin portal",
        "cjimenez@northgatedental.example",
        "Phone System",
        url="https://app.getweave.example",
        notes="Call routing, hold music and the after-hours message for all clinics.",
    )
    b.secret(
        1120405,
        "CLN01-NET-NAS1 QTS admin",
        "ndp-nasadmin",
        "Storage",
        "CLN01-NET-NAS1",
        url="https://10.61.1.20:5001",
    )
    b.secret(
        1120406,
        "Wi-Fi NDP-Patients",
        None,
        "Wireless",
        notes="Patient Wi-Fi in the waiting rooms; the key is on the reception desk card.",
    )

    b.runbook(
        1120501,
        "Dentrix won't open at Shoreline or Lynnwood",
        "Dentrix",
        ("h", "Symptoms"),
        (
            "p",
            "Dentrix says 'Unable to connect to the Dentrix database server. c-tree error 133' "
            "at CLN02 or CLN03, while CLN01 works.",
        ),
        ("h", "Steps"),
        (
            "s",
            "From the clinic PC run Test-NetConnection 10.61.1.10 -Port 6597. If it fails, "
            "the site-to-site VPN is down: in CLN01-NET-FW1 go to Network > IPSec VPN > "
            "Rules and Settings and re-enable 'NDP-CLN02' or 'NDP-CLN03'.",
        ),
        (
            "s",
            "If the port answers, on CLN01-NET-SRV1 restart the service 'Dentrix Faircom "
            "Server' (Restart-Service ctreesql) - only when no chart is open at any clinic.",
        ),
        (
            "s",
            "Still failing: call Henry Schein One support on +1 800-555-0136 with customer "
            "number 2277145.",
        ),
    )
    b.runbook(
        1120502,
        "DEXIS: sensor not detected in operatory",
        "Imaging",
        ("h", "Symptoms"),
        (
            "p",
            "DEXIS shows 'No sensor detected. Connect the sensor and try again (code 0x0D)' "
            "when the hygienist clicks Acquire.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Unplug the sensor and plug it straight into the PC (front USB port), never into a "
            "hub or the keyboard.",
        ),
        (
            "s",
            "In Device Manager look for 'DEXIS Titanium' under Imaging devices. If it shows a "
            "yellow mark, run C:\\DEXIS\\Drivers\\TitaniumSetup.exe /repair and reboot.",
        ),
        (
            "s",
            "Swap in the spare size 1 sensor from the sterilization drawer to tell a dead "
            "sensor from a PC problem.",
        ),
    )
    return b.snap


# ============================================================================================
# Northgate Foundry Inc.: an iron foundry in Erie, PA; ISA-95 level prefixes on every device.
# ============================================================================================


def _northgate_foundry() -> Snapshot:
    b = _SixthBuilder(
        Organization(
            id=NGF,
            organization_id=NGF,
            name="Northgate Foundry Inc.",
            short_name="NGF",
            organization_type="Manufacturing - Iron Foundry",
            description=(
                "Gray and ductile iron castings for pumps and valves: induction melt shop, a "
                "green-sand molding line, shakeout and finishing, x-ray inspection. Device names "
                "start with their ISA-95 level: L4 business network, L35 industrial DMZ, L3 site "
                "operations, L2 supervisory, L1 controllers. Not related to Northgate Dental."
            ),
            quick_notes=(
                "The melt shop runs 24x5 (Sunday 22:00 to Friday 22:00). Nothing at L1, L2 or L3 "
                "is touched without Deb Sorensen; IT changes at L4 go through Marcus Bell."
            ),
            updated_at=UPDATED_AT,
        ),
        1130000,
        "dotted",
    )
    plant = b.location(
        1130001,
        "Erie Plant",
        primary=True,
        address_1="2400 W 12th St",
        city="Erie",
        region="Pennsylvania",
        postal_code="16505",
        country="United States",
        phone="+1 814-555-0140",
        notes=(
            "IT room is upstairs in the office block; the OT cabinet (L3 and L35 gear) is in "
            "the maintenance shop mezzanine, keyed lock, key with the maintenance supervisor. "
            "Steel-toe boots, glasses and hearing protection in the melt shop."
        ),
    )
    pattern = b.location(
        1130002,
        "Pattern Shop & Warehouse",
        address_1="2550 W 16th St",
        city="Erie",
        region="Pennsylvania",
        postal_code="16505",
        country="United States",
        phone="+1 814-555-0148",
        notes="Pattern storage and the shipping dock; fibre back to the plant across the lot.",
    )
    b.person(
        1130011,
        "Frank Kowalczyk",
        "Plant Manager",
        "Primary",
        "fkowalczyk@northgatefoundry.example",
        "+1 814-555-0141",
        mobile="+1 814-555-0163",
        location_id=plant,
        important=True,
        notes="Final say on any production downtime.",
    )
    deb = b.person(
        1130012,
        "Deb Sorensen",
        "Controls Engineer",
        "Technical",
        "dsorensen@northgatefoundry.example",
        "+1 814-555-0143",
        mobile="+1 814-555-0178",
        location_id=plant,
        notes=(
            "Owns everything at L1-L3 and the IDMZ rules; approves every vendor remote session. "
            "Keeps the PLC program backups."
        ),
    )
    marcus = b.person(
        1130013,
        "Marcus Bell",
        "IT & ERP Coordinator",
        "Technical",
        "mbell@northgatefoundry.example",
        "+1 814-555-0145",
        location_id=plant,
        notes="L4 only: Epicor, users, laptops, printers. Not allowed into the OT cabinet.",
    )
    b.person(
        1130014,
        "Linda Park",
        "CFO",
        "Billing",
        "lpark@northgatefoundry.example",
        "+1 814-555-0146",
        location_id=plant,
        notes="Approves our invoices and the insurance renewal questionnaire.",
    )
    b.person(
        1130015,
        "Jerome Tate",
        "Melt Shop Supervisor (nights)",
        "After Hours",
        "jtate@northgatefoundry.example",
        "+1 814-555-0149",
        mobile="+1 814-555-0171",
        location_id=plant,
        notes="On site 22:00-06:00; call him first for anything in the melt shop at night.",
    )

    pl: dict[str, Any] = {"location_id": plant}
    b.device(
        1130101,
        "L4-FW-01",
        "Firewall",
        oui="B40C25",
        manufacturer="Palo Alto Networks",
        model="PA-445",
        serial_number="021201003456",
        asset_tag="NGF-IT-0101",
        operating_system="PAN-OS 11.1.2-h3",
        primary_ip="10.40.0.1",
        public_ip="198.51.100.210",
        ports=[("ethernet1/2 (LAN)", "10.40.0.1"), ("ethernet1/1 (WAN)", "198.51.100.210")],
        warranty_expires_at=_in(270),
        installed_at=_in(-500),
        location_id=plant,
        contact_id=marcus,
        notes=(
            "Enterprise firewall: Spectrum Enterprise fiber on ethernet1/1, GlobalProtect for "
            "office staff. Never a path to OT: everything for L3 and below goes through "
            "L35-FW-01."
        ),
    )
    b.device(
        1130102,
        "L4-SW-CORE-01",
        "Switch",
        oui="F4B52F",
        manufacturer="Juniper",
        model="EX2300-48P",
        serial_number="JW3623AF0177",
        operating_system="Junos 21.4R3-S5",
        primary_ip="10.40.0.2",
        warranty_expires_at=_in(270),
        installed_at=_in(-500),
        location_id=plant,
        notes="Office core switch. VLAN 10 servers, 20 office, 25 warehouse, 35 IDMZ transit.",
    )
    b.device(
        1130103,
        "L4-HV-01",
        "VMware Host",
        oui="B04F13",
        manufacturer="Dell",
        model="PowerEdge R660xs",
        serial_number="3TZ7P34",
        asset_tag="NGF-IT-0103",
        operating_system="VMware ESXi 8.0 Update 2",
        primary_ip="10.40.10.11",
        ports=[("vmnic0 (mgmt)", "10.40.10.11"), ("iDRAC9", "10.40.11.11")],
        warranty_expires_at=_in(45),
        installed_at=_in(-1050),
        location_id=plant,
        notes="Single host for the business VMs (L4-DC-01, L4-ERP-01, L4-FS-01).",
    )
    for id_, name, ip, os_notes, note in [
        (
            1130104,
            "L4-DC-01",
            "10.40.10.21",
            None,
            "Domain controller for corp.northgatefoundry.example (IT only; OT has its own "
            "workgroup).",
        ),
        (
            1130105,
            "L4-ERP-01",
            "10.40.10.31",
            "Epicor Kinetic 2023.2, SQL Server 2019 Standard (instance EPICOR)",
            "Epicor Kinetic ERP: orders, routings, heat certificates and shipping.",
        ),
        (
            1130106,
            "L4-FS-01",
            "10.40.10.41",
            None,
            "File server: Engineering, Quality and Sales shares; scanned heat certs.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="VMware",
            model="Virtual Machine (hw v21)",
            operating_system="Windows Server 2022 Standard",
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("Ethernet0", ip)],
            installed_at=_in(-1000),
            notes=note,
            **pl,
        )
    b.device(
        1130107,
        "L35-FW-01",
        "Industrial Firewall",
        oui="70DB98",
        manufacturer="Cisco",
        model="Secure Firewall ISA3000 (ISA-3000-4C-K9)",
        serial_number="JAD26440A1B",
        operating_system="Firepower Threat Defense 7.2.5",
        primary_ip="172.20.35.1",
        ports=[
            ("GigabitEthernet1/1 (IT side)", "10.40.35.2"),
            ("GigabitEthernet1/2 (IDMZ)", "172.20.35.1"),
            ("GigabitEthernet1/3 (OT side)", "10.50.0.1"),
        ],
        warranty_expires_at=_in(15),
        installed_at=_in(-1090),
        location_id=plant,
        contact_id=deb,
        notes=(
            "The IDMZ firewall between L4 and L3: only RDP from L4 to L35-JUMP-01, WSUS from "
            "L35-PATCH-01, and the historian mirror. Managed locally with FDM."
        ),
    )
    for id_, name, ip, os_name, os_notes, note in [
        (
            1130108,
            "L35-JUMP-01",
            "172.20.35.10",
            "Windows Server 2022 Standard",
            "Remote Desktop Gateway, Duo Authentication for Windows Logon",
            "Jump host in the IDMZ: every vendor and engineer session into OT starts here.",
        ),
        (
            1130109,
            "L35-PATCH-01",
            "172.20.35.20",
            "Windows Server 2022 Standard",
            "WSUS downstream server, Sophos Central update cache",
            "Patch and antivirus relay for L3 and L2 Windows machines (approved monthly).",
        ),
        (
            1130110,
            "L3-HIST-01",
            "10.50.3.21",
            "Windows Server 2022 Standard",
            "Canary Historian 23.1 (Canary Enterprise, 5,000 tags)",
            "Site historian: melt temperatures and power, molding line counts, spectrometer "
            "chemistry. A mirror for L4 reports is published through the IDMZ.",
        ),
        (
            1130111,
            "L3-SCADA-01",
            "10.50.3.31",
            "Windows Server 2022 Standard",
            "Ignition Gateway 8.1.38 (Standard, Perspective)",
            "Ignition SCADA for the melt shop and molding line; polls the PLCs and feeds the "
            "Canary collector.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Historian" if name == "L3-HIST-01" else "Virtual Machine",
            manufacturer="Stratus",
            model="ztC Edge guest VM",
            operating_system=os_name,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("eth0", ip)],
            installed_at=_in(-1080),
            notes=note,
            **pl,
        )
    b.device(
        1130112,
        "L3-EDGE-01",
        "Hypervisor",
        manufacturer="Stratus",
        model="ztC Edge 110i (two-node)",
        serial_number="ZE110-23-04418",
        operating_system="ztC Edge 3.0",
        primary_ip="10.50.3.11",
        ports=[("node0 mgmt", "10.50.3.11"), ("node1 mgmt", "10.50.3.12")],
        warranty_expires_at=_in(400),
        installed_at=_in(-1080),
        location_id=plant,
        contact_id=deb,
        notes=(
            "Fault-tolerant two-node edge platform in the OT cabinet; runs L3-HIST-01, "
            "L3-SCADA-01, L35-JUMP-01 and L35-PATCH-01 (IDMZ VMs on their own port group)."
        ),
    )
    b.device(
        1130113,
        "L3-SW-CORE-01",
        "Industrial Switch",
        oui="5C8816",
        manufacturer="Allen-Bradley",
        model="Stratix 5400 (1783-HMS8TG4CGR)",
        serial_number="FOC2539V1QH",
        operating_system="IOS 15.2(8)E3",
        primary_ip="10.50.0.2",
        warranty_expires_at=_in(200),
        installed_at=_in(-1080),
        location_id=plant,
        notes=(
            "OT core in the maintenance mezzanine. VLAN 300 L3 operations, 210 Cell-Melt, "
            "220 Cell-Mold, 230 Cell-Finish; L3-routing only, no route to L4."
        ),
    )
    for id_, name, model, serial, ip, note in [
        (
            1130114,
            "L2-SW-CELL-MELT",
            "Stratix 5800 (1783-MMS10B)",
            "FOC2712W0RE",
            "10.50.210.2",
            "Melt shop cell switch (VLAN 210), in the furnace control room panel.",
        ),
        (
            1130115,
            "L2-SW-CELL-MOLD",
            "Stratix 5200 (1783-CMS10DN)",
            "FOC2650T2KM",
            "10.50.220.2",
            "Molding line cell switch (VLAN 220), in the DISA line control cabinet.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Industrial Switch",
            oui="5C8816",
            manufacturer="Allen-Bradley",
            model=model,
            serial_number=serial,
            primary_ip=ip,
            installed_at=_in(-900),
            notes=note,
            **pl,
        )
    b.device(
        1130116,
        "L1-PLC-MELT-01",
        "PLC",
        oui="5C8816",
        manufacturer="Allen-Bradley",
        model="ControlLogix 5580 (1756-L83E)",
        serial_number="60E2F1A9",
        operating_system="Logix firmware 33.011",
        primary_ip="10.50.210.10",
        installed_at=_in(-1300),
        location_id=plant,
        contact_id=deb,
        notes=(
            "Melt shop PLC: the two Inductotherm VIP furnaces' power supplies, charge "
            "bucket interlocks and cooling water alarms."
        ),
    )
    b.device(
        1130117,
        "L1-PLC-MOLD-02",
        "PLC",
        oui="5C8816",
        manufacturer="Allen-Bradley",
        model="CompactLogix 5380 (5069-L340ERM)",
        serial_number="D0C4471B",
        operating_system="Logix firmware 34.014",
        primary_ip="10.50.220.11",
        installed_at=_in(-600),
        location_id=plant,
        notes=(
            "DISA molding line PLC (replaced the old SLC 500 that was L1-PLC-MOLD-01, "
            "scrapped in 2024)."
        ),
    )
    b.device(
        1130118,
        "L1-PLC-SHAKE-01",
        "PLC",
        manufacturer="Siemens",
        model="SIMATIC S7-1500 CPU 1513-1 PN (6ES7513-1AL02-0AB0)",
        serial_number="S C-X4U07319",
        operating_system="V2.9",
        primary_ip="10.50.230.10",
        installed_at=_in(-1800),
        location_id=plant,
        notes="Shakeout conveyor and shot blast interlocks in the finishing cell (VLAN 230).",
    )
    b.device(
        1130119,
        "L2-HMI-MELT-01",
        "HMI",
        oui="5C8816",
        manufacturer="Allen-Bradley",
        model="PanelView 5510 (2715P-T15CD)",
        serial_number="0E4CB01D",
        operating_system="View Designer firmware 8.0",
        primary_ip="10.50.210.20",
        installed_at=_in(-1300),
        location_id=plant,
        notes=(
            "Furnace operator screen in the melt control room. The Secomea key switch for "
            "Inductotherm's remote sessions is on its left side."
        ),
    )
    b.device(
        1130120,
        "L2-HMI-MOLD-01",
        "HMI",
        oui="5C8816",
        manufacturer="Allen-Bradley",
        model="PanelView Plus 7 Standard 1000 (2711P-T10C22D9P)",
        serial_number="0F22A9C4",
        operating_system="FactoryTalk View ME 13.00",
        primary_ip="10.50.220.20",
        installed_at=_in(-600),
        location_id=plant,
        notes="Molding line operator panel at the DISA pouring station.",
    )
    b.device(
        1130121,
        "L2-XRAY-INSP-01",
        "X-ray Inspection Cabinet",
        manufacturer="Comet Yxlon",
        model="MU2000-D",
        serial_number="MU2K-10771",
        operating_system="Yxlon Image 3500 v4.2",
        primary_ip="10.50.230.40",
        warranty_expires_at=_in(120),
        installed_at=_in(-800),
        location_id=plant,
        notes=(
            "Real-time radioscopy cabinet for valve bodies in the finishing cell. Only the two "
            "certified operators may use it; images saved to the QA share through L3-HIST-01."
        ),
    )
    b.device(
        1130122,
        "L2-SPEC-01",
        "Spectrometer",
        manufacturer="SPECTRO Analytical Instruments",
        model="SPECTROMAXx LMX10",
        serial_number="10013562",
        operating_system="Spark Analyzer Pro 2.3",
        primary_ip="10.50.210.30",
        warranty_expires_at=_in(500),
        installed_at=_in(-420),
        location_id=plant,
        notes=(
            "Optical emission spectrometer in the melt lab: chemistry of every heat before "
            "pouring; results go to the historian and the furnace HMI."
        ),
    )
    b.device(
        1130123,
        "L4-LT-QA-01",
        "Laptop",
        manufacturer="Lenovo",
        model="ThinkPad P14s Gen 5",
        serial_number="PF51XK0R",
        operating_system="Windows 11 Pro 24H2",
        warranty_expires_at=_in(900),
        installed_at=_in(-150),
        location_id=plant,
        notes="Quality manager's laptop (Ana Ruiz): Epicor, heat cert reports, CMM software.",
    )
    b.device(
        1130124,
        "L4-PRN-SHIP-01",
        "Label Printer",
        oui="00074D",
        manufacturer="Zebra",
        model="ZT411 (203 dpi)",
        serial_number="99J223400312",
        operating_system="Link-OS 7.3",
        primary_ip="10.40.25.60",
        installed_at=_in(-700),
        location_id=pattern,
        notes="Shipping dock label printer at the warehouse; prints Epicor packing labels.",
    )

    b.link(["L4-DC-01", "L4-ERP-01", "L4-FS-01"], RUNS, "L4-HV-01")
    b.link(["L3-HIST-01", "L3-SCADA-01", "L35-JUMP-01", "L35-PATCH-01"], RUNS, "L3-EDGE-01")
    b.link(["L4-HV-01", "L4-PRN-SHIP-01"], CONNECTED, "L4-SW-CORE-01")
    b.link("L4-SW-CORE-01", CONNECTED, "L4-FW-01")
    b.link("L35-FW-01", CONNECTED, "L4-SW-CORE-01", "IT side, VLAN 35")
    b.link("L3-SW-CORE-01", CONNECTED, "L35-FW-01", "OT side")
    b.link(
        ["L3-EDGE-01", "L2-SW-CELL-MELT", "L2-SW-CELL-MOLD", "L1-PLC-SHAKE-01", "L2-XRAY-INSP-01"],
        CONNECTED,
        "L3-SW-CORE-01",
    )
    b.link(["L1-PLC-MELT-01", "L2-HMI-MELT-01", "L2-SPEC-01"], CONNECTED, "L2-SW-CELL-MELT")
    b.link(["L1-PLC-MOLD-02", "L2-HMI-MOLD-01"], CONNECTED, "L2-SW-CELL-MOLD")
    b.link("L2-HMI-MELT-01", DEPENDS, "L1-PLC-MELT-01")
    b.link("L2-HMI-MOLD-01", DEPENDS, "L1-PLC-MOLD-02")
    b.link(
        "L3-SCADA-01",
        DEPENDS,
        "L1-PLC-MELT-01",
        "tag polling",
    )
    b.link(["L3-SCADA-01"], DEPENDS, "L1-PLC-MOLD-02", "tag polling")
    b.link(["L3-SCADA-01"], DEPENDS, "L1-PLC-SHAKE-01", "tag polling")
    b.link("L3-HIST-01", DEPENDS, "L3-SCADA-01", "Canary collector")
    b.link(["L4-ERP-01", "L4-FS-01"], DEPENDS, "L4-DC-01", "logon and DNS")

    b.asset(
        1130301,
        "PLC Program Backup",
        "Melt shop PLC program",
        controller=b.tag("L1-PLC-MELT-01"),
        programming_software="Studio 5000 Logix Designer v33",
        program_file="NGF_MELT_VIP_v33_2026-04-18.ACD",
        firmware_revision="33.011",
        backup_location="\\\\L3-HIST-01\\PLCBackups\\MELT, plus a USB copy in the plant safe",
        last_backup=_in(-44),
        backed_up_by="Deb Sorensen",
    )
    b.asset(
        1130302,
        "PLC Program Backup",
        "Molding line PLC program",
        controller=b.tag("L1-PLC-MOLD-02"),
        programming_software="Studio 5000 Logix Designer v34",
        program_file="NGF_MOLD_DISA_v34.ACD",
        firmware_revision="34.014",
        backup_location="\\\\L3-HIST-01\\PLCBackups\\MOLD",
        last_backup=_in(-190),
        backed_up_by="Lakeshore Controls (integrator)",
    )
    b.asset(
        1130303,
        "PLC Program Backup",
        "Shakeout PLC program",
        controller=b.tag("L1-PLC-SHAKE-01"),
        programming_software="Siemens TIA Portal V18",
        program_file="NGF_Shakeout_TIA18.zap18",
        backup_location="\\\\L3-HIST-01\\PLCBackups\\SHAKE",
        last_backup=_in(-320),
        backed_up_by="Deb Sorensen",
    )
    b.asset(
        1130304,
        "Vendor Remote Access",
        "Inductotherm furnace support",
        vendor="Inductotherm Corp.",
        tool="Secomea SiteManager 1149 (LinkManager sessions)",
        target_devices=b.tag("L1-PLC-MELT-01", "L2-HMI-MELT-01"),
        approval=(
            "Deb Sorensen turns the Secomea key switch by L2-HMI-MELT-01 for the session only"
        ),
        vendor_account="Secomea domain inductotherm.service",
        access_ends=_in(22),
    )
    b.asset(
        1130305,
        "Vendor Remote Access",
        "Lakeshore Controls (integrator)",
        vendor="Lakeshore Controls LLC",
        tool="RDP through L35-JUMP-01 (RD Gateway with Duo MFA)",
        target_devices=b.tag("L35-JUMP-01", "L3-SCADA-01"),
        approval="Ticket to the MSP plus Deb Sorensen's approval; account enabled for 24 hours",
        vendor_account="ext.lakeshore (local account on L35-JUMP-01)",
        access_ends=_in(180),
    )
    b.asset(
        1130306,
        "Radiation Equipment Registration",
        "Casting x-ray cabinet",
        regulator="Pennsylvania DEP, Bureau of Radiation Protection",
        registration_number="PA-XR-R-91-4407",
        equipment=b.tag("L2-XRAY-INSP-01"),
        inspector="Keystone Health Physics (Sam Rourke)",
        last_inspection=_in(-330),
        inspection_due=_in(35),
    )
    b.asset(
        1130307,
        "Cyber Insurance Policy",
        "Manufacturing cyber - Travelers CyberRisk",
        insurer="Travelers Casualty and Surety Company of America",
        policy_number="ZPL-15T44821-26",
        broker="Lakefront Risk Advisors (Tom Greco, +1 814-555-0152)",
        coverage_limit="$2,000,000; OT business interruption sublimit $500,000",
        security_requirements=(
            "Documented IT/OT segmentation (IDMZ); MFA on all vendor remote access; offline "
            "PLC program backups at least every 6 months; EDR on all IT endpoints"
        ),
        renewal_date=_in(110),
    )
    b.asset(
        1130308,
        "Grant Funded Equipment",
        "Melt lab spectrometer - Manufacturing PA",
        funder="Pennsylvania DCED - Manufacturing PA Innovation Program",
        grant_number="MPA-IP-2024-0318",
        equipment=b.tag("L2-SPEC-01"),
        award_amount="$85,000",
        grant_officer="Renee Whitfield, +1 717-555-0133",
        report_due=_in(63),
    )

    b.secret(
        1130401,
        "L4-FW-01 PAN-OS admin",
        "admin",
        "Firewall",
        "L4-FW-01",
        url="https://10.40.0.1",
    )
    b.secret(
        1130402,
        "L35-FW-01 FDM admin",
        "ngf-ot-admin",
        "Firewall",
        "L35-FW-01",
        url="https://10.40.35.2",
        notes="Firepower Device Manager, reachable from the IT side only. Deb Sorensen's call.",
    )
    b.secret(
        1130403,
        "Epicor Kinetic manager",
        "epicor",
        "Application",
        "L4-ERP-01",
        notes="Epicor security manager account; Marcus Bell has his own.",
    )
    b.secret(
        1130404,
        "Ignition Gateway admin",
        "admin",
        "SCADA",
        "L3-SCADA-01",
        url="http://10.50.3.31:8088",
    )
    b.secret(
        1130405,
        "ztC Edge console",
        "admin",
        "Virtualization",
        "L3-EDGE-01",
        url="https://10.50.3.11",
    )
    b.secret(
        1130406,
        "Secomea GateManager account",
        "ngf.ot@northgatefoundry.example",
        "Remote Access",
        url="https://gm.secomea.example",
        notes="Owner account for the SiteManager by the furnace HMI.",
    )

    b.runbook(
        1130501,
        "Historian trends flat / Canary shows 'No Data'",
        "OT",
        ("h", "Symptoms"),
        (
            "p",
            "Melt temperature trends in Canary Axiom flatline and show 'No Data' for the last "
            "hours; the furnace itself runs normally.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Open the Ignition Gateway (http://10.50.3.31:8088) > Status > Connections > "
            "Devices and check that 'MELT_01' is Connected. If it says 'Faulted', the PLC path "
            "through L2-SW-CELL-MELT is down.",
        ),
        (
            "s",
            "Check the Canary collector on L3-SCADA-01: Status > Modules > Canary Historian "
            "Collector must be Running; restart the module if not.",
        ),
        (
            "s",
            "On L3-HIST-01 run Get-Service Canary* | Where Status -ne 'Running' and start any "
            "stopped service. The Sender Service buffers about 48 hours of data.",
        ),
        (
            "p",
            "Never restart L3-EDGE-01 for this. During melt, call Deb Sorensen first.",
        ),
    )
    b.runbook(
        1130502,
        "Giving a vendor a remote session into OT",
        "OT",
        ("h", "Rules"),
        (
            "p",
            "No vendor ever connects to L1/L2 directly. Inductotherm uses the Secomea box by "
            "the furnace HMI; everyone else comes in through L35-JUMP-01.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Get Deb Sorensen's approval in the ticket. Vendor accounts are local to the jump "
            "host (not in the L4 domain): on L35-JUMP-01 run Enable-LocalUser -Name "
            "ext.lakeshore.",
        ),
        (
            "s",
            "The vendor connects to rdg.northgatefoundry.example with Duo push, then RDP from "
            "L35-JUMP-01 to the target.",
        ),
        (
            "s",
            "After 24 hours or when the ticket closes: Disable-LocalUser -Name ext.lakeshore "
            "and note the session in the ticket.",
        ),
    )
    return b.snap


# ============================================================================================
# Fromagerie Val-des-Cèdres inc.: a cheese dairy in Saint-Damase, QC, and a shop at the
# Jean-Talon market in Montréal. Canadiens players and their jersey numbers; notes in French.
# ============================================================================================


def _val_des_cedres() -> Snapshot:
    b = _SixthBuilder(
        Organization(
            id=FVDC,
            organization_id=FVDC,
            name="Fromagerie Val-des-Cèdres inc.",
            short_name="FVDC",
            organization_type="Fromagerie / Food Manufacturing",
            description=(
                "Fromagerie artisanale (lait de vache et de brebis) à Saint-Damase, avec caves "
                "d'affinage, et une boutique au Marché Jean-Talon à Montréal. Les équipements "
                "portent le nom d'un joueur du Canadien suivi de son numéro de chandail : les "
                "gardiens protègent le réseau, les défenseurs sont des commutateurs, les "
                "attaquants des serveurs et des postes."
            ),
            quick_notes=(
                "Fabrication de 5 h à 13 h du lundi au vendredi : aucun redémarrage de KOIVU11 "
                "ou de GAINEY23 pendant la fabrication. La boutique ouvre à 9 h, 7 jours sur 7."
            ),
            updated_at=UPDATED_AT,
        ),
        1140000,
        "lower",
    )
    usine = b.location(
        1140001,
        "Fromagerie Saint-Damase",
        primary=True,
        address_1="1450, rang Saint-Louis",
        city="Saint-Damase",
        region="Québec",
        postal_code="J0H 1J0",
        country="Canada",
        phone="+1 450-555-0123",
        notes=(
            "Salle des serveurs : placard du bureau à l'étage, au-dessus de la salle de "
            "fabrication. Bottes et filet à cheveux obligatoires pour entrer en production."
        ),
    )
    boutique = b.location(
        1140002,
        "Boutique Marché Jean-Talon",
        address_1="7070, avenue Henri-Julien, local 12",
        city="Montréal",
        region="Québec",
        postal_code="H2S 3S3",
        country="Canada",
        phone="+1 514-555-0148",
        notes=(
            "Comptoir de fromages au marché. Le petit réseau est dans l'armoire sous la caisse; "
            "clé chez Kevin Tremblay."
        ),
    )
    b.person(
        1140011,
        "Sylvie Bergeron",
        "Présidente et maître fromagère",
        "Primary",
        "sylvie.bergeron@fromagerievdc.example",
        "+1 450-555-0125",
        mobile="+1 450-555-0187",
        location_id=usine,
        important=True,
        notes="Approuve toute dépense de plus de 1 500 $. Préfère le français.",
    )
    mathieu = b.person(
        1140012,
        "Mathieu Lapierre",
        "Directeur des opérations (responsable TI)",
        "Technical",
        "mathieu.lapierre@fromagerievdc.example",
        "+1 450-555-0126",
        mobile="+1 450-555-0191",
        location_id=usine,
        notes="Notre contact principal. Bilingue. Active l'accès à distance du pasteurisateur.",
    )
    b.person(
        1140013,
        "Nadia Ouellet",
        "Contrôleuse",
        "Billing",
        "nadia.ouellet@fromagerievdc.example",
        "+1 450-555-0127",
        location_id=usine,
        notes="Reçoit nos factures; utilise Acomba sur HARVEY2.",
    )
    kevin = b.person(
        1140014,
        "Kevin Tremblay",
        "Gérant, boutique Jean-Talon",
        "User",
        "kevin.tremblay@fromagerievdc.example",
        "+1 514-555-0149",
        mobile="+1 514-555-0183",
        location_id=boutique,
        notes="Sur place de 8 h 30 à 18 h; a la clé de l'armoire réseau.",
    )
    julie = b.person(
        1140015,
        "Julie Gagnon",
        "Responsable qualité (HACCP)",
        "User",
        "julie.gagnon@fromagerievdc.example",
        "+1 450-555-0128",
        mobile="+1 450-555-0176",
        location_id=usine,
        notes="Reçoit les alarmes de température des caves par texto, jour et nuit.",
    )

    us: dict[str, Any] = {"location_id": usine}
    bq: dict[str, Any] = {"location_id": boutique}
    b.device(
        1140101,
        "PLANTE1",
        "Firewall",
        oui="7CFE90",
        manufacturer="Sophos",
        model="XGS 116",
        serial_number="X11601T7K2R4F9",
        operating_system="SFOS 20.0.1 MR-1",
        primary_ip="192.168.10.1",
        public_ip="198.51.100.31",
        ports=[
            ("Port1 (LAN)", "192.168.10.1"),
            ("Port2 (WAN Vidéotron)", "198.51.100.31"),
            ("Port3 (WAN2 ROY33)", "192.168.8.2"),
            ("Port4 (Production VLAN 30)", "192.168.30.1"),
        ],
        warranty_expires_at=_in(160),
        installed_at=_in(-620),
        contact_id=mathieu,
        notes=(
            "Pare-feu de la fromagerie : Vidéotron Affaires sur Port2, relève LTE par ROY33 "
            "sur Port3. VPN IPsec 'JT-SD' vers DRYDEN29 à la boutique. VLAN 30 = production."
        ),
        **us,
    )
    b.device(
        1140102,
        "ROBINSON19",
        "Switch",
        oui="5C628B",
        manufacturer="TP-Link",
        model="Omada SG3428XMP",
        serial_number="22391M6000418",
        operating_system="Omada 3.0.1",
        primary_ip="192.168.10.2",
        installed_at=_in(-620),
        notes="Commutateur principal, placard du bureau. Fibre vers SAVARD18 (production).",
        **us,
    )
    b.device(
        1140103,
        "SAVARD18",
        "Switch",
        oui="5C628B",
        manufacturer="TP-Link",
        model="Omada SG2210MP",
        serial_number="22396B4001127",
        operating_system="Omada 2.0.3",
        primary_ip="192.168.30.2",
        installed_at=_in(-620),
        notes=(
            "Commutateur de production dans un boîtier étanche IP66 au mur de la salle "
            "d'emballage; VLAN 30 seulement."
        ),
        **us,
    )
    b.device(
        1140104,
        "LAFLEUR10",
        "Server",
        oui="6C4B90",
        manufacturer="Lenovo",
        model="ThinkSystem ST250 V3",
        serial_number="J901KXQ2",
        asset_tag="FVDC-010",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Rôle Hyper-V : héberge BELIVEAU4 et RICHARD9",
        primary_ip="192.168.10.10",
        ports=[("NIC1", "192.168.10.10"), ("XCC", "192.168.10.9")],
        warranty_expires_at=_in(33),
        installed_at=_in(-1090),
        contact_id=mathieu,
        notes="Serveur hôte Hyper-V dans le placard du bureau. Garantie Lenovo 3 ans.",
        **us,
    )
    b.device(
        1140105,
        "BELIVEAU4",
        "Virtual Machine",
        manufacturer="Microsoft",
        model="Hyper-V Generation 2",
        operating_system="Windows Server 2022 Standard",
        primary_ip="192.168.10.11",
        ports=[("vEthernet", "192.168.10.11")],
        installed_at=_in(-1080),
        notes=(
            "Contrôleur de domaine vdc.local, DNS, DHCP, fichiers (lecteur F: Qualité, "
            "Production, Ventes)."
        ),
        **us,
    )
    b.device(
        1140106,
        "RICHARD9",
        "Virtual Machine",
        manufacturer="Microsoft",
        model="Hyper-V Generation 2",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Acomba X 2.5 (comptabilité, facturation, inventaire), SQL 2019",
        primary_ip="192.168.10.12",
        ports=[("vEthernet", "192.168.10.12")],
        installed_at=_in(-1080),
        notes=(
            "Serveur Acomba X : comptabilité, commandes des épiceries et lots de fromage. La "
            "balance MORENZ7 y lit les prix et les numéros de lot."
        ),
        **us,
    )
    b.device(
        1140107,
        "LEMAIRE25",
        "NAS",
        oui="DCFB48",
        manufacturer="Buffalo",
        model="TeraStation TS5420DN",
        serial_number="80127040552104",
        operating_system="TeraStation firmware 5.10",
        primary_ip="192.168.10.20",
        warranty_expires_at=_in(250),
        installed_at=_in(-600),
        notes=(
            "Sauvegarde Veeam de LAFLEUR10 chaque nuit à 22 h; copie vers Backblaze B2 "
            "(bucket fvdc-sauvegardes) le dimanche."
        ),
        **us,
    )
    b.device(
        1140108,
        "ROY33",
        "Cellular Router",
        manufacturer="Peplink",
        model="MAX BR1 Pro 5G",
        serial_number="192C-4A31-B7E2",
        operating_system="Peplink firmware 8.4.1",
        primary_ip="192.168.8.1",
        installed_at=_in(-400),
        notes=(
            "Relève Internet 5G (SIM Bell Affaires) branchée sur Port3 de PLANTE1. Antenne "
            "sur le toit de la cave 2."
        ),
        **us,
    )
    b.device(
        1140109,
        "DRYDEN29",
        "Firewall",
        oui="7CFE90",
        manufacturer="Sophos",
        model="XGS 87",
        serial_number="X8701T2M9Q6C1B",
        operating_system="SFOS 20.0.1 MR-1",
        primary_ip="192.168.20.1",
        public_ip="203.0.113.29",
        ports=[("Port1 (LAN)", "192.168.20.1"), ("Port2 (WAN Bell)", "203.0.113.29")],
        installed_at=_in(-450),
        contact_id=kevin,
        notes=(
            "Pare-feu de la boutique Jean-Talon : Bell Affaires sur Port2; VPN 'JT-SD' vers "
            "PLANTE1. Le Wi-Fi clients (FVDC-Invites) sort directement."
        ),
        **bq,
    )
    b.device(
        1140110,
        "LAPOINTE5",
        "Switch",
        oui="5C628B",
        manufacturer="TP-Link",
        model="Omada SG2008P",
        serial_number="22411K7002235",
        primary_ip="192.168.20.2",
        installed_at=_in(-450),
        notes="Petit commutateur PoE sous la caisse de la boutique.",
        **bq,
    )
    b.device(
        1140111,
        "KOIVU11",
        "Pasteurizer Controller",
        manufacturer="Paul Mueller Company",
        model="HTST pasteurizer panel (CompactLogix 5370, PanelView 700)",
        serial_number="PMC-HTST-20817",
        operating_system="Logix firmware 32.012",
        primary_ip="192.168.30.10",
        installed_at=_in(-1400),
        notes=(
            "Panneau du pasteurisateur HTST (72 °C / 16 s). Enregistreur de pasteurisation "
            "exigé par le MAPAQ; accès distant du fabricant par l'eWON dans le panneau."
        ),
        **us,
    )
    b.device(
        1140112,
        "GAINEY23",
        "LoRaWAN Gateway",
        manufacturer="Milesight",
        model="UG65",
        serial_number="6223C1054471",
        operating_system="Milesight 60.0.0.42",
        primary_ip="192.168.30.20",
        installed_at=_in(-380),
        contact_id=julie,
        notes=(
            "Passerelle LoRaWAN pour les 6 capteurs EM300-TH des caves d'affinage 1 et 2 et "
            "de la chambre froide d'expédition."
        ),
        **us,
    )
    b.device(
        1140113,
        "SUZUKI14",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="OptiPlex 7010 SFF",
        serial_number="6WQ2K93",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="192.168.10.31",
        ports=[("Ethernet", "192.168.10.31")],
        warranty_expires_at=_in(520),
        installed_at=_in(-300),
        notes=(
            "Poste de la fromagère dans le bureau de production : fiches de fabrication, "
            "Acomba (lots), tableau de bord des caves."
        ),
        **us,
    )
    b.device(
        1140114,
        "CAUFIELD22",
        "Laptop",
        manufacturer="HP",
        model="EliteBook 840 G10",
        serial_number="5CG3401XQ7",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(380),
        installed_at=_in(-240),
        contact_id=mathieu,
        notes="Portable de Mathieu Lapierre; VPN Sophos Connect vers PLANTE1.",
        **us,
    )
    b.device(
        1140115,
        "HARVEY2",
        "Workstation",
        oui="A8B13B",
        manufacturer="HP",
        model="ProDesk 400 G9 SFF",
        serial_number="CZC3349L2T",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="192.168.10.32",
        ports=[("Ethernet", "192.168.10.32")],
        installed_at=_in(-700),
        notes="Poste de la comptabilité (Nadia Ouellet) : Acomba X, Desjardins AccèsD Affaires.",
        **us,
    )
    b.device(
        1140116,
        "MORENZ7",
        "Scale",
        manufacturer="Mettler Toledo",
        model="UC Evo Line 15",
        serial_number="B934221067",
        operating_system="UC Evo 4.2",
        primary_ip="192.168.30.31",
        installed_at=_in(-380),
        notes=(
            "Balance étiqueteuse de la salle d'emballage : poids, prix et numéro de lot sur "
            "chaque pointe de fromage (données d'Acomba sur RICHARD9)."
        ),
        **us,
    )
    b.device(
        1140117,
        "CARBONNEAU21",
        "Point of Sale Terminal",
        manufacturer="Apple",
        model="iPad (10th generation) with Lightspeed Retail",
        serial_number="GG7XK2L1Q9",
        operating_system="iPadOS 17.5",
        primary_ip="192.168.20.31",
        installed_at=_in(-300),
        contact_id=kevin,
        notes=(
            "Caisse de la boutique (Lightspeed Retail X-Series) avec terminal Moneris Go "
            "jumelé en Bluetooth."
        ),
        **bq,
    )
    b.device(
        1140118,
        "COURNOYER12",
        "Multifunction Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="MFC-L8900CDW",
        serial_number="E78225H9N113402",
        primary_ip="192.168.10.50",
        installed_at=_in(-900),
        notes=(
            "Imprimante multifonction du bureau; reçoit aussi les télécopies des bons de "
            "commande (ligne analogique Vidéotron)."
        ),
        **us,
    )
    for id_, name, serial, ip, where, extra in [
        (
            1140119,
            "BOUCHARD3",
            "223A1M4000781",
            "192.168.10.40",
            "Bureau à l'étage de la fromagerie.",
            us,
        ),
        (
            1140120,
            "MARKOV79",
            "223A1M4000913",
            "192.168.20.40",
            "Plafond de la boutique, au-dessus du comptoir.",
            bq,
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="5C628B",
            manufacturer="TP-Link",
            model="Omada EAP650",
            serial_number=serial,
            operating_system="Omada 1.0.12",
            primary_ip=ip,
            installed_at=_in(-450),
            notes=f"{where} Réseaux FVDC-Bureau et FVDC-Invites.",
            **extra,
        )

    b.link(["BELIVEAU4", "RICHARD9"], RUNS, "LAFLEUR10")
    b.link(
        ["LAFLEUR10", "LEMAIRE25", "SUZUKI14", "HARVEY2", "COURNOYER12", "BOUCHARD3"],
        CONNECTED,
        "ROBINSON19",
    )
    b.link("SAVARD18", CONNECTED, "ROBINSON19", "fibre")
    b.link(["KOIVU11", "GAINEY23", "MORENZ7"], CONNECTED, "SAVARD18")
    b.link("ROBINSON19", CONNECTED, "PLANTE1")
    b.link("ROY33", CONNECTED, "PLANTE1", "WAN2 (relève 5G)")
    b.link("DRYDEN29", CONNECTED, "PLANTE1", "VPN IPsec JT-SD")
    b.link("LAPOINTE5", CONNECTED, "DRYDEN29")
    b.link(["CARBONNEAU21", "MARKOV79"], CONNECTED, "LAPOINTE5")
    b.link("RICHARD9", DEPENDS, "BELIVEAU4", "ouverture de session et DNS")
    b.link(["SUZUKI14", "HARVEY2", "MORENZ7"], DEPENDS, "RICHARD9", "Acomba")
    b.link("CARBONNEAU21", DEPENDS, "DRYDEN29", "Internet pour Lightspeed")

    b.asset(
        1140301,
        "Temperature Monitoring",
        "Caves d'affinage 1 et 2",
        platform="Milesight DeviceHub, 6 capteurs EM300-TH",
        monitored_space="Caves d'affinage 1 et 2 (sous-sol) et chambre froide d'expédition",
        alert_range="Caves 10-13 °C et 88-95 % HR; chambre froide 2-4 °C",
        alert_recipients=(
            "Julie Gagnon (texto, 24/7); Mathieu Lapierre (courriel); Sylvie Bergeron si "
            "aucun accusé de réception après 30 minutes"
        ),
        gateway=b.tag("GAINEY23"),
        calibration_due=_in(27),
    )
    b.asset(
        1140302,
        "Temperature Monitoring",
        "Comptoir réfrigéré - boutique",
        platform="SensorPush HT.w avec passerelle G1 WiFi (infonuagique)",
        monitored_space="Comptoir réfrigéré et chambre froide de la boutique Jean-Talon",
        alert_range="1-4 °C",
        alert_recipients="Kevin Tremblay; Julie Gagnon",
        calibration_due=_in(200),
    )
    b.asset(
        1140303,
        "Grant Funded Equipment",
        "Traçabilité des lots - MAPAQ",
        funder="MAPAQ - Programme Priorités bioalimentaires, volet 2",
        grant_number="PPB-2024-V2-01187",
        equipment=b.tag("GAINEY23", "MORENZ7"),
        award_amount="48 500 $",
        grant_officer="Geneviève Roy, +1 418-555-0161",
        report_due=_in(45),
    )
    b.asset(
        1140304,
        "Vendor Remote Access",
        "Paul Mueller - pasteurisateur",
        vendor="Paul Mueller Company (service)",
        tool="eWON Cosy 131 par Talk2M",
        target_devices=b.tag("KOIVU11"),
        approval="Mathieu Lapierre active l'eWON avec l'interrupteur du panneau, sur demande",
        vendor_account="Talk2M compte FVDC-PASTO",
    )
    b.asset(
        1140305,
        "Cyber Insurance Policy",
        "Cyberrisques - Intact",
        insurer="Intact Assurance",
        policy_number="CYB-4471902-QC",
        broker="Cabinet Morin & Associés (Chantal Morin, +1 450-555-0190)",
        coverage_limit="1 000 000 $",
        security_requirements=(
            "MFA sur Microsoft 365; sauvegardes hors site (LEMAIRE25 vers Backblaze B2); "
            "formation contre l'hameçonnage une fois par année"
        ),
        renewal_date=_in(88),
    )
    b.asset(
        1140306,
        "Fax Line",
        "Télécopieur commandes",
        fax_number="+1 450-555-0124",
        provider="Vidéotron Affaires (ligne analogique)",
        delivers_to="COURNOYER12 (bac de télécopie)",
        used_for="Bons de commande des épiceries fines et des fromageries partenaires",
        fax_device=b.tag("COURNOYER12"),
        contract_ends=_in(260),
    )

    b.secret(
        1140401,
        "PLANTE1 - admin Sophos",
        "admin",
        "Pare-feu",
        "PLANTE1",
        url="https://192.168.10.1:4444",
    )
    b.secret(
        1140402,
        "DRYDEN29 - admin Sophos",
        "fvdc-admin",
        "Pare-feu",
        "DRYDEN29",
        url="https://192.168.20.1:4444",
    )
    b.secret(
        1140403,
        "Acomba X - superviseur",
        "SUPERVISEUR",
        "Application",
        "RICHARD9",
        notes="Compte superviseur Acomba; Nadia Ouellet a son propre compte.",
    )
    b.secret(
        1140404,
        "Lightspeed Retail - propriétaire",
        "boutique@fromagerievdc.example",
        "Point de vente",
        "CARBONNEAU21",
        url="https://fromagerievdc.retail.lightspeed.example",
    )
    b.secret(
        1140405,
        "Talk2M (eWON pasteurisateur)",
        "FVDC-PASTO",
        "Accès à distance",
        "KOIVU11",
        url="https://m2web.talk2m.example",
    )
    b.secret(
        1140406,
        "Wi-Fi FVDC-Invites",
        None,
        "Sans fil",
        notes="Réseau invités de la boutique et de la fromagerie; changé chaque saison.",
    )

    b.runbook(
        1140501,
        "Alarme température des caves : capteur hors ligne",
        "Production",
        ("h", "Symptômes"),
        (
            "p",
            "Julie Gagnon reçoit « Capteur Cave 2-B hors ligne depuis 30 min » de DeviceHub, "
            "ou tous les capteurs des caves sont gris.",
        ),
        ("h", "Étapes"),
        (
            "s",
            "Si tous les capteurs sont gris : la passerelle GAINEY23 (192.168.30.20) est "
            "tombée. Ouvrir https://192.168.30.20, Status > Packet Forwarder doit indiquer "
            "« Running ».",
        ),
        (
            "s",
            "Sinon redémarrer GAINEY23 en coupant le port PoE 6 de SAVARD18 dans Omada "
            "(jamais pendant la fabrication sans Mathieu Lapierre).",
        ),
        (
            "s",
            "Un seul capteur gris : changer les 2 piles AA (ER14505) de l'EM300-TH; il y a "
            "des piles dans le tiroir du bureau qualité.",
        ),
        (
            "p",
            "Pendant la panne, la qualité relève la température à la main toutes les 2 h "
            "(formulaire HACCP-07).",
        ),
    )
    b.runbook(
        1140502,
        "Caisse de la boutique hors ligne (Lightspeed)",
        "Boutique",
        ("h", "Symptômes"),
        (
            "p",
            "La caisse CARBONNEAU21 affiche « Connexion perdue. Les ventes seront "
            "synchronisées plus tard. » et le Moneris Go refuse les cartes.",
        ),
        ("h", "Étapes"),
        (
            "s",
            "Vérifier Internet à la boutique : dans DRYDEN29 (https://192.168.20.1:4444) > "
            "Network > WAN link manager, Port2 doit être « Connected ».",
        ),
        (
            "s",
            "Si Bell est en panne, appeler Bell Affaires au 1 866 555-0122 avec le compte "
            "514-555-0148; Kevin Tremblay passe en mode hors ligne Lightspeed (espèces et "
            "cartes en mode différé).",
        ),
        (
            "s",
            "Si Internet fonctionne : fermer et rouvrir Lightspeed sur l'iPad, puis dans "
            "Réglages > Bluetooth oublier et rejumeler le Moneris Go.",
        ),
    )
    b.runbook(
        1140503,
        "Acomba : « Erreur 53 : Chemin d'accès introuvable »",
        "Comptabilité",
        ("h", "Symptoms"),
        (
            "p",
            "On HARVEY2 or SUZUKI14 Acomba opens with 'Erreur 53 : Chemin d'accès "
            "introuvable \\\\RICHARD9\\AcombaX\\Data'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Ping RICHARD9 (192.168.10.12). If it does not answer, check on LAFLEUR10 in "
            "Hyper-V Manager that RICHARD9 is running: Get-VM RICHARD9 | Start-VM.",
        ),
        (
            "s",
            "If it answers, the A: drive mapping is gone: run net use A: "
            "\\\\RICHARD9\\AcombaX /persistent:yes as the user.",
        ),
    )
    return b.snap


# ============================================================================================
# Coastal Animal Rescue & Education (CARE): shelter and clinic in Santa Cruz, a wildlife barn
# in Felton. Every device is named after an adopted shelter animal.
# ============================================================================================


def _care() -> Snapshot:
    b = _SixthBuilder(
        Organization(
            id=CARE,
            organization_id=CARE,
            name="Coastal Animal Rescue & Education",
            short_name="CARE",
            organization_type="Non-profit - Animal Shelter",
            description=(
                "Non-profit animal shelter with an adoption center and a shelter medicine "
                "clinic in Santa Cruz, and a wildlife rehabilitation barn in Felton. Run by a "
                "small staff and about 300 volunteers. Devices are named after animals adopted "
                "from the shelter; the notes say which one."
            ),
            quick_notes=(
                "Adoption center open 11:00-18:00 Tue-Sun; clinic surgeries Mon-Fri from 07:30. "
                "Donated hardware must be logged with the grant it came from."
            ),
            updated_at=UPDATED_AT,
        ),
        1150000,
        "colon",
    )
    center = b.location(
        1150001,
        "Adoption Center & Clinic",
        primary=True,
        address_1="2200 Delaware Ave",
        city="Santa Cruz",
        region="California",
        postal_code="95060",
        country="United States",
        phone="+1 831-555-0170",
        notes=(
            "IT closet is inside the clinic pharmacy (locked; DEA controlled substances), so a "
            "clinic staff member must escort you. Dogs loose in the lobby during play group."
        ),
    )
    barn = b.location(
        1150002,
        "Wildlife Rehab Barn",
        address_1="1650 Graham Hill Rd",
        city="Felton",
        region="California",
        postal_code="95018",
        country="United States",
        phone="+1 831-555-0178",
        notes=(
            "Barn with the wildlife intake room and aviaries. No wired internet: LTE only "
            "(moose). Gate code from the animal care supervisor on call."
        ),
    )
    b.person(
        1150011,
        "Rosa Delgado",
        "Executive Director",
        "Primary",
        "rdelgado@careshelter.example",
        "+1 831-555-0171",
        mobile="+1 831-555-0124",
        location_id=center,
        important=True,
        notes="Signs contracts and anything over $1,000. Owner of the Shelterluv account.",
    )
    voss = b.person(
        1150012,
        "Dr. Hannah Voss",
        "Shelter Medicine Director, DVM",
        "User",
        "hvoss@careshelter.example",
        "+1 831-555-0172",
        mobile="+1 831-555-0159",
        location_id=center,
        notes="Owns the clinic, the x-ray and the vaccine fridges. Radiation safety officer.",
    )
    jamal = b.person(
        1150013,
        "Jamal Whitaker",
        "Operations Manager (IT point of contact)",
        "Technical",
        "jwhitaker@careshelter.example",
        "+1 831-555-0173",
        mobile="+1 831-555-0142",
        location_id=center,
        notes="Our contact for tickets and approvals; manages volunteer accounts and kiosks.",
    )
    b.person(
        1150014,
        "Peggy Lindqvist",
        "Finance & Grants Manager",
        "Billing",
        "plindqvist@careshelter.example",
        "+1 831-555-0175",
        location_id=center,
        notes="Pays our invoices (net 45, non-profit rate). Writes every grant report.",
    )
    ben = b.person(
        1150015,
        "Ben Okafor",
        "Animal Care Supervisor (on call)",
        "After Hours",
        "bokafor@careshelter.example",
        "+1 831-555-0176",
        mobile="+1 831-555-0188",
        location_id=barn,
        notes="Carries the on-call phone nights and weekends; has the barn gate code.",
    )

    ct: dict[str, Any] = {"location_id": center}
    b.device(
        1150101,
        "biscuit",
        "Firewall",
        oui="90EC77",
        manufacturer="Netgate",
        model="4200",
        serial_number="2241-0017",
        operating_system="pfSense Plus 24.03",
        primary_ip="10.9.0.1",
        public_ip="198.51.100.9",
        ports=[("igc0 (WAN)", "198.51.100.9"), ("igc1 (LAN)", "10.9.0.1")],
        warranty_expires_at=_in(90),
        installed_at=_in(-500),
        contact_id=jamal,
        notes=(
            "Named after Biscuit, a beagle adopted in 2023. Cruzio fiber on igc0; IPsec tunnel "
            "'barn' to moose at the Felton barn; pfBlockerNG for DNS filtering."
        ),
        **ct,
    )
    b.device(
        1150102,
        "waffles",
        "Switch",
        manufacturer="Cisco Meraki",
        model="MS120-24P",
        serial_number="Q2HP-7K3L-9WXT",
        mac_address="e0:55:3d:41:7a:02",
        operating_system="MS 16.8",
        primary_ip="10.9.0.2",
        installed_at=_in(-1200),
        notes=(
            "Named after Waffles, a three-legged cat. Donated Meraki switch (licence paid by "
            "the Meraki non-profit programme). VLAN 10 staff, 20 clinic, 30 volunteers/kiosk, "
            "40 cameras."
        ),
        **ct,
    )
    b.device(
        1150103,
        "pepper",
        "Server",
        oui="9440C9",
        manufacturer="HPE",
        model="ProLiant ML30 Gen11",
        serial_number="CZ2340RL1P",
        asset_tag="CARE-0103",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="SoundVue PACS 9.2 (image archive for the DR x-ray)",
        primary_ip="10.9.1.10",
        ports=[("NIC1", "10.9.1.10"), ("iLO 6", "10.9.1.11")],
        warranty_expires_at=_in(410),
        installed_at=_in(-320),
        contact_id=jamal,
        notes=(
            "Named after Pepper, a pit bull mix adopted after 400 days at the shelter. Domain "
            "controller for care.local, file shares (Adoptions, Clinic, Grants, Volunteers) "
            "and the x-ray image archive on D:."
        ),
        **ct,
    )
    b.device(
        1150104,
        "mochi",
        "NAS",
        oui="D05099",
        manufacturer="iXsystems",
        model="TrueNAS Mini X+",
        serial_number="A1-0034217",
        operating_system="TrueNAS SCALE 24.04.2",
        primary_ip="10.9.1.20",
        warranty_expires_at=_in(150),
        installed_at=_in(-320),
        notes=(
            "Named after Mochi, a rabbit. Nightly snapshot replication of pepper's shares and "
            "the x-ray archive; Cloud Sync to Backblaze B2 on Sundays."
        ),
        **ct,
    )
    b.device(
        1150105,
        "pickles",
        "Digital Radiography",
        manufacturer="Sound (Antech Imaging)",
        model="ViVid ES DR system (console PC and 14x17 panel)",
        serial_number="VVD-22-01883",
        operating_system="Windows 10 IoT Enterprise LTSC",
        operating_system_notes="SoundVue acquisition 9.2",
        primary_ip="10.9.2.30",
        warranty_expires_at=_in(60),
        installed_at=_in(-700),
        contact_id=voss,
        notes=(
            "Named after Pickles, a pug with a famous x-ray (swallowed a rubber duck). Clinic "
            "x-ray room; images go to the PACS archive on pepper. Bought with the Kessler "
            "Family Foundation grant."
        ),
        **ct,
    )
    b.device(
        1150106,
        "noodle",
        "Workstation",
        oui="B04F13",
        manufacturer="Dell",
        model="OptiPlex 3000 Micro",
        serial_number="2XQ8L53",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.9.2.21",
        ports=[("Ethernet", "10.9.2.21")],
        warranty_expires_at=_in(210),
        installed_at=_in(-480),
        notes=(
            "Named after Noodle, a dachshund. Clinic exam room PC: Shelterluv medical records, "
            "SoundVue viewer, IDEXX VetConnect PLUS."
        ),
        **ct,
    )
    b.device(
        1150107,
        "tater",
        "Workstation",
        oui="A8B13B",
        manufacturer="HP",
        model="ProDesk 400 G9 Mini",
        serial_number="MXL3251KRT",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.9.3.11",
        ports=[("Ethernet", "10.9.3.11")],
        installed_at=_in(-480),
        notes=(
            "Named after Tater, a potato-shaped guinea pig. Adoption counter PC in the lobby: "
            "Shelterluv adoptions, the microchip scanner and the kennel card printer."
        ),
        **ct,
    )
    b.device(
        1150108,
        "olive",
        "Check-in Kiosk",
        manufacturer="Microsoft",
        model="Surface Go 3 in a Bouncepad kiosk stand",
        serial_number="0F3N1Q213457G",
        operating_system="Windows 11 Pro 23H2 (assigned access)",
        primary_ip="10.9.3.40",
        installed_at=_in(-260),
        notes=(
            "Named after Olive, a senior greyhound. Volunteer check-in kiosk by the lobby "
            "door: VolunteerHub in Edge kiosk mode, on the volunteer VLAN 30."
        ),
        **ct,
    )
    b.device(
        1150109,
        "gus",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="HL-L3280CDW",
        serial_number="U65123E2N112233",
        primary_ip="10.9.3.50",
        installed_at=_in(-480),
        notes="Named after Gus, a tortoise. Prints the kennel cards and adoption contracts.",
        **ct,
    )
    for id_, name, animal, serial, ip, where in [
        (
            1150110,
            "juniper",
            "a border collie",
            "Q3AJ-2BVC-8KLT",
            "10.9.0.21",
            "Lobby and adoption rooms.",
        ),
        (
            1150111,
            "ziggy",
            "a ferret",
            "Q3AJ-2BVC-9MPE",
            "10.9.0.22",
            "Clinic and dog kennels.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            manufacturer="Cisco Meraki",
            model="MR36",
            serial_number=serial,
            operating_system="MR 30.7",
            primary_ip=ip,
            installed_at=_in(-1200),
            notes=f"Named after {name.capitalize()}, {animal}. {where} SSIDs CARE-Staff, "
            "CARE-Volunteers and CARE-Guest.",
            **ct,
        )
    for id_, name, animal, serial, ip, kennel in [
        (
            1150112,
            "bean",
            "a chihuahua",
            "VKD-CD42-44A19",
            "10.9.4.31",
            "Dog kennel row A",
        ),
        (
            1150113,
            "marmalade",
            "an orange tabby",
            "VKD-CD42-44A27",
            "10.9.4.32",
            "Cat room and isolation ward",
        ),
    ]:
        b.device(
            id_,
            name,
            "Kennel Camera",
            manufacturer="Verkada",
            model="CD42 dome camera",
            serial_number=serial,
            primary_ip=ip,
            installed_at=_in(-200),
            notes=(
                f"Named after {name.capitalize()}, {animal}. {kennel}; 30 days on the camera, "
                "viewed in Verkada Command. Paid for by the Community Foundation grant."
            ),
            **ct,
        )
    b.device(
        1150114,
        "tofu",
        "Microchip Scanner",
        manufacturer="Datamars",
        model="ISO MAX V",
        serial_number="IMV5-20844",
        installed_at=_in(-480),
        notes=(
            "Named after Tofu, a white cat. Universal microchip reader on the adoption "
            "counter, USB to tater; a second, older scanner lives in the intake room."
        ),
        **ct,
    )
    b.device(
        1150115,
        "clover",
        "Laptop",
        manufacturer="Lenovo",
        model="ThinkPad E14 Gen 5",
        serial_number="PW0AB12C",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(120),
        installed_at=_in(-250),
        notes="Named after Clover, a rabbit. Rosa Delgado's laptop.",
        **ct,
    )
    b.device(
        1150116,
        "ranger",
        "Laptop",
        manufacturer="Panasonic",
        model="Toughbook 40",
        serial_number="3KTSA01871",
        operating_system="Windows 11 Pro 23H2",
        installed_at=_in(-600),
        location_id=barn,
        contact_id=ben,
        notes=(
            "Named after Ranger, a German shepherd. Rugged laptop in the wildlife rescue "
            "van, with its own LTE modem; wildlife intake forms in WRMD."
        ),
    )
    b.device(
        1150117,
        "sprout",
        "Workstation",
        manufacturer="ASUS",
        model="NUC 13 Pro",
        serial_number="G6MV33400AB1",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.9.20.11",
        ports=[("Ethernet", "10.9.20.11")],
        installed_at=_in(-420),
        location_id=barn,
        notes=(
            "Named after Sprout, a tortoise. Intake room PC at the barn: WRMD (Wild-One), "
            "the scale and the aviary camera viewer."
        ),
    )
    b.device(
        1150118,
        "moose",
        "Cellular Router",
        manufacturer="Cradlepoint",
        model="E300-C4D",
        serial_number="WA220400771234",
        operating_system="NetCloud OS 7.24.40",
        primary_ip="10.9.20.1",
        installed_at=_in(-420),
        location_id=barn,
        notes=(
            "Named after Moose, a Great Dane. The barn's only internet: Verizon LTE (SIM ICCID "
            "89148000009123456781), IPsec tunnel 'barn' to biscuit."
        ),
    )
    b.device(
        1150119,
        "poppy",
        "UPS",
        manufacturer="APC",
        model="Smart-UPS SMT1500RM2UC",
        serial_number="AS2310160021",
        primary_ip="10.9.1.30",
        installed_at=_in(-320),
        notes="Named after Poppy, a lop rabbit. Closet UPS, about 20 minutes of runtime.",
        **ct,
    )
    b.device(
        1150120,
        "pudding",
        "Monitoring Gateway",
        manufacturer="Monnit",
        model="ALTA Ethernet Gateway 4",
        serial_number="465217",
        primary_ip="10.9.2.60",
        installed_at=_in(-380),
        notes=(
            "Named after Pudding, a corgi. Gateway for the four wireless temperature sensors "
            "in the clinic fridges and freezers (iMonnit cloud)."
        ),
        **ct,
    )

    b.link(
        [
            "pepper",
            "mochi",
            "poppy",
            "pickles",
            "noodle",
            "tater",
            "olive",
            "gus",
            "juniper",
            "ziggy",
            "bean",
            "marmalade",
            "pudding",
        ],
        CONNECTED,
        "waffles",
    )
    b.link("waffles", CONNECTED, "biscuit")
    b.link("moose", CONNECTED, "biscuit", "IPsec tunnel 'barn' over LTE")
    b.link("sprout", CONNECTED, "moose")
    b.link("tofu", CONNECTED, "tater", "USB")
    b.link(["pepper", "mochi", "waffles", "biscuit"], DEPENDS, "poppy", "power")
    b.link(["noodle", "pickles", "tater"], DEPENDS, "pepper", "logon, shares and PACS")
    b.link("sprout", DEPENDS, "moose", "only internet at the barn")

    b.asset(
        1150301,
        "Grant Funded Equipment",
        "DR x-ray - Kessler Family Foundation",
        funder="Kessler Family Foundation",
        grant_number="KFF-2025-017",
        equipment=b.tag("pickles"),
        award_amount="$62,000",
        grant_officer="Diane Kessler, +1 831-555-0195",
        report_due=_in(10),
    )
    b.asset(
        1150302,
        "Grant Funded Equipment",
        "Kennel cameras - Community Foundation",
        funder="Community Foundation Santa Cruz County",
        grant_number="CFSCC-AW-24-112",
        equipment=b.tag("bean", "marmalade"),
        award_amount="$9,800",
        grant_officer="Marisol Vega, +1 831-555-0108",
        report_due=_in(-15),
    )
    b.asset(
        1150303,
        "Temperature Monitoring",
        "Clinic vaccine and pharmacy fridges",
        platform="Monnit iMonnit, 4 wireless temperature sensors",
        monitored_space="Vaccine fridge, pharmacy fridge and two freezers in the clinic",
        alert_range="Fridges 2-8 °C; freezers -25 to -15 °C",
        alert_recipients="Dr. Hannah Voss; on-call animal care supervisor (Ben Okafor)",
        gateway=b.tag("pudding"),
        calibration_due=_in(55),
    )
    b.asset(
        1150304,
        "Radiation Equipment Registration",
        "Clinic x-ray room",
        regulator="California Department of Public Health, Radiologic Health Branch",
        registration_number="CDPH-RHB-44-7102",
        equipment=b.tag("pickles"),
        inspector="Monterey Bay Radiation Safety (Chris Abe)",
        last_inspection=_in(-500),
        inspection_due=_in(230),
    )
    b.asset(
        1150305,
        "Cyber Insurance Policy",
        "Cyber - Nonprofits Insurance Alliance",
        insurer="Nonprofits Insurance Alliance (NIA)",
        policy_number="NIA-CY-2025-30981",
        broker="none (bought direct)",
        coverage_limit="$250,000",
        security_requirements=(
            "MFA on Microsoft 365 and the Shelterluv admin accounts; a backup copy of pepper "
            "kept offline or immutable"
        ),
        renewal_date=_in(130),
    )
    b.asset(
        1150306,
        "Fax Line",
        "Clinic fax",
        fax_number="+1 831-555-0193",
        provider="mFax (Documo)",
        delivers_to="clinic@careshelter.example",
        used_for="Lab results from IDEXX Reference Labs and records from adopters' vets",
        contract_ends=_in(75),
    )

    b.secret(
        1150401,
        "biscuit pfSense webConfigurator",
        "admin",
        "Firewall",
        "biscuit",
        url="https://10.9.0.1",
    )
    b.secret(
        1150402,
        "Meraki Dashboard",
        "it@careshelter.example",
        "Network",
        url="https://dashboard.meraki.example",
        notes="Org 'Coastal Animal Rescue'; waffles, juniper and ziggy.",
    )
    b.secret(
        1150403,
        "Shelterluv admin",
        "rdelgado@careshelter.example",
        "Application",
        url="https://www.shelterluv.example",
        notes="Rosa Delgado's owner account; Jamal Whitaker has an admin role too.",
    )
    b.secret(
        1150404,
        "mochi TrueNAS admin",
        "careadmin",
        "Storage",
        "mochi",
        url="https://10.9.1.20",
    )
    b.secret(
        1150405,
        "SoundVue PACS admin",
        "soundadmin",
        "Application",
        "pepper",
        notes="PACS administration on pepper; the acquisition console pickles logs in as 'xray'.",
    )
    b.secret(
        1150406,
        "Wi-Fi CARE-Volunteers",
        None,
        "Wireless",
        notes="Volunteer network; the key is on the volunteer orientation handout.",
    )

    b.runbook(
        1150501,
        "X-ray images not showing up in PACS",
        "Clinic",
        ("h", "Symptoms"),
        (
            "p",
            "After a shot on pickles the study stays in the queue with 'DICOM C-STORE failed: "
            "0xA700 Out of Resources' and noodle cannot find it in the SoundVue viewer.",
        ),
        ("h", "Steps"),
        (
            "s",
            "0xA700 means the archive on pepper is full: check free space on D: with "
            "Get-PSDrive D on pepper. Under 50 GB, move studies older than 3 years to "
            "\\\\mochi\\xray-archive with the SoundVue Archive Wizard.",
        ),
        (
            "s",
            "Then on pickles open the SoundVue queue and click Resend on the failed studies.",
        ),
        (
            "s",
            "If instead it says 'Association rejected', check the 'SoundVue DICOM' service on "
            "pepper is running (Restart-Service SoundVueDicom).",
        ),
    )
    b.runbook(
        1150502,
        "Vaccine fridge temperature alarm",
        "Clinic",
        ("h", "Symptoms"),
        ("p", "iMonnit texts 'Vaccine Fridge: 9.4 C above 8 C' to Dr. Voss and the on-call."),
        ("h", "Steps"),
        (
            "s",
            "Whoever is on site checks the fridge door and the digital thermometer; doors left "
            "ajar are the usual cause.",
        ),
        (
            "s",
            "If every sensor says 'No Data' instead, pudding is offline: check its link light "
            "on waffles port 14 and power-cycle that port in Meraki.",
        ),
        (
            "s",
            "Above 8 C for more than 30 minutes: move vaccines to the pharmacy fridge and log "
            "the excursion on the clinic form; Dr. Hannah Voss decides what is discarded.",
        ),
    )
    b.runbook(
        1150503,
        "Barn has no internet",
        "Network",
        ("h", "Symptoms"),
        ("p", "sprout at the barn cannot reach WRMD or the shared drives on pepper."),
        ("h", "Steps"),
        (
            "s",
            "In NetCloud Manager check moose: signal under -110 dBm RSRP usually means the "
            "window antenna was knocked over; ask Ben Okafor to stand it back up.",
        ),
        (
            "s",
            "If LTE is fine but the shares are unreachable, the IPsec tunnel 'barn' is down: "
            "on biscuit go to Status > IPsec and click Connect on the 'barn' phase 1.",
        ),
        (
            "s",
            "Verizon business support: +1 800-555-0111, account 482201773-00001.",
        ),
    )
    return b.snap


def snapshot() -> Snapshot:
    """The sixth MSP: five hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (
        _calder_penhallow(),
        _northgate_dental(),
        _northgate_foundry(),
        _val_des_cedres(),
        _care(),
    ):
        out.merge(part)
    return out
