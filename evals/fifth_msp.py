"""A fifth hand-written MSP, unlike the sample MSP (sync/demo/), evals/other_msp.py,
evals/third_msp.py and evals/fourth_msp.py.

Five clients, each with a naming habit none of the other accounts has:

- Silver Line Transport (SLT; a trucking firm with a Reno, NV terminal and a West Sacramento,
  CA yard): lowercase names with underscores, servers tagged by environment (`prod_sql_01`,
  `prod_app_dispatch_01`, `dev_web_02`, `test_app_01`), everything else by site code
  (`rno_fw_01`, `sac_fuel_01`). The organization name is two common English words.
- Ashcombe Vale Primary School (AVPS; Somerset, England): British wording ("comms cabinet",
  "licence", "SBM", postcodes). Infrastructure is named after trees in capitals (`ELM` server,
  `YEW` firewall, `HOLLY` switch), classroom kit after the class, and classes are birds
  (`Kingfisher Panel`, `Wren iPad Trolley`); the access points were never renamed and are
  called by their MAC address (`d015a6c3e10a`).
- Copper Kettle Brewing Company (short name "Kettle", a common word; Bend and Portland, OR):
  Greek gods at the Bend brewery (`zeus` host, `hera` DC, `hades` backup NAS, `poseidon`
  glycol chiller, `hephaestus` brewhouse PLC, `dionysus-1` POS) and their Roman counterparts
  at the Portland taproom (`mars` firewall, `bacchus` POS, `mercury` access point).
- Levante Solar S.L. (short name "Levante"; València, Spain, and Faro, Portugal): a solar
  installer documented in Spanish. Valencia devices are planets in Spanish (`sol`, `mercurio`,
  `jupiter`, `saturno`, `marte`), Faro devices are moons (`luna`, `fobos`, `io`, `europa`),
  drones are comets (`cometa-1`) and field laptops satellites (`satelite-02`); the meeting room
  "Sala Júpiter" shares a word with the host `jupiter`.
- Safe Harbour Marina Pty Ltd (SHM; Nelson Bay, NSW, Australia): nobody ever renamed
  anything, so every device carries its vendor default name: a FortiGate serial
  (`FGT60FTK22091877`), `DiskStation`, `Embedded Net DVR`, `NPI4C2B9A`, `BRW3C2AF41E07A1`,
  `DESKTOP-7F3K2LQ`, `LAPTOP-Q81ZT0HM`, `RUTX11`, access points named by bare MAC.

Configuration types of its own (Virtualization Host, Backup Repository, Yard Gate Controller,
Fuel Island Terminal, Handheld Scanner, Interactive Display, Charging Trolley, Door Intercom,
Multifunction Printer, Brewhouse PLC, Glycol Chiller Controller, Canning Line HMI, Beer Analyzer,
Point of Sale, Kitchen Ticket Printer, Drone, Video Bar, Fuel Dock Controller, Gate Access
Controller, Weather Station, Mesh Access Point, Cellular Router) next to common ones, and
flexible asset types none of the other accounts has (Printer Lease, Meeting Room, Mobile Line,
CCTV System, Port Forward, Shared Mailbox, Support Agreement) with their own trait keys. Some
fields are left empty on purpose (a firewall with no warranty, a panel with no IP, a SIM with no
number, a mailbox with no forwarding documented). Password entries are metadata only
(`value_encrypted` stays None). Everything is written out by hand; nothing is random. Every date
is an offset from TODAY (2026-06-01, as in third_msp.py) so the questions in
evals/natural/fifth.jsonl and fifthh.jsonl have fixed answers.

Ids: organizations 901..905; every other id (records, interfaces, document sections) is 900000
or above and unique across all of them: flexible asset types 900001..900007, then one block of
ten thousand per organization (910000 for 901 ... 950000 for 905): locations +1..,
contacts +11.., configurations +101.., flexible assets +301.., passwords +401..,
documents +501.., document sections +1001.., configuration interfaces +2001...
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

SLT, AVPS, KETTLE, LEVANTE, SHM = 901, 902, 903, 904, 905

CONNECTED, RUNS, DEPENDS = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON


ASSET_TYPES = [
    FlexibleAssetType(
        id=900001,
        organization_id=0,
        name="Printer Lease",
        description="Leased copiers and printers: lessor, agreement, allowance and lease end",
        fields=(
            _field("Leasing Company"),
            _field("Agreement Number"),
            _field("Device", "Tag", tag_type="Configurations"),
            _field("Page Allowance"),
            _field("Service Desk"),
            _field("Lease Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=900002,
        organization_id=0,
        name="Meeting Room",
        description="Meeting and event rooms: display, conferencing kit, seats and calendar",
        fields=(
            _field("Room"),
            _field("Display"),
            _field("Conferencing"),
            _field("Room Devices", "Tag", tag_type="Configurations"),
            _field("Seats", "Number"),
            _field("Booking Calendar"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=900003,
        organization_id=0,
        name="Mobile Line",
        description="Mobile phone and data SIMs: carrier, number, who has it, contract end",
        fields=(
            _field("Carrier"),
            _field("Phone Number"),
            _field("Assigned To"),
            _field("SIM ICCID"),
            _field("Data Plan"),
            _field("Contract Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=900004,
        organization_id=0,
        name="CCTV System",
        description="Camera systems: recorder, number of cameras, retention and remote viewing",
        fields=(
            _field("Recorder", "Tag", tag_type="Configurations"),
            _field("Camera Count", "Number"),
            _field("Retention"),
            _field("Viewing App"),
            _field("Installer"),
            _field("Remote Access"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=900005,
        organization_id=0,
        name="Port Forward",
        description="Inbound NAT rules: which firewall, outside port, inside target and why",
        fields=(
            _field("Firewall", "Tag", tag_type="Configurations"),
            _field("External Port"),
            _field("Internal Target"),
            _field("Protocol"),
            _field("Purpose"),
            _field("Requested By"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=900006,
        organization_id=0,
        name="Shared Mailbox",
        description="Shared mailboxes: address, members, send-as rights and forwarding",
        fields=(
            _field("Address"),
            _field("Members", "Textbox"),
            _field("Send As"),
            _field("Forwarding"),
            _field("Purpose"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=900007,
        organization_id=0,
        name="Support Agreement",
        description="Hardware and software support contracts: provider, SLA, what they cover",
        fields=(
            _field("Provider"),
            _field("Agreement Number"),
            _field("Covers", "Tag", tag_type="Configurations"),
            _field("Service Level"),
            _field("Support Phone"),
            _field("Ends On", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _FifthBuilder(_Builder):
    """third_msp's builder with this account's flexible asset types."""

    def asset_types(self) -> dict[str, FlexibleAssetType]:
        return _TYPE


# ============================================================================================
# Silver Line Transport: a regional trucking firm, Reno terminal and West Sacramento yard.
# ============================================================================================


def _silver_line() -> Snapshot:
    b = _FifthBuilder(
        Organization(
            id=SLT,
            organization_id=SLT,
            name="Silver Line Transport",
            short_name="SLT",
            organization_type="Trucking Company",
            description=(
                "Regional less-than-truckload carrier: head office, dispatch and cross-dock at "
                "the Reno terminal, a truck yard and fuel island in West Sacramento. Runs its "
                "own dispatch application, LineHaul, with prod, dev and test environments."
            ),
            quick_notes=(
                "Dispatch works 04:00-22:00 seven days a week. prod_* servers only change in "
                "the Sunday 22:00-02:00 window; dev_* and test_* may be rebooted any time."
            ),
            updated_at=UPDATED_AT,
        ),
        910000,
        "lower",
    )
    reno = b.location(
        910001,
        "Reno Terminal",
        primary=True,
        address_1="1375 Terminal Way",
        city="Reno",
        region="Nevada",
        postal_code="89502",
        country="United States",
        phone="+1 775-555-0190",
        notes=(
            "Server room is the old dispatch closet behind dispatch desk 1 (door code with "
            "Dana Whitcomb). Cross-dock doors 1-24 on the east side."
        ),
    )
    sac = b.location(
        910002,
        "West Sacramento Yard",
        address_1="3900 Industrial Blvd",
        city="West Sacramento",
        region="California",
        postal_code="95691",
        country="United States",
        phone="+1 916-555-0147",
        notes=(
            "Truck parking, wash bay and fuel island. Network cabinet is on the wall of the "
            "drivers' lounge next to the vending machines."
        ),
    )
    ops = b.person(
        910011,
        "Dana Whitcomb",
        "Director of Operations",
        "Primary",
        "dwhitcomb@silverlinetransport.example",
        "+1 775-555-0191",
        mobile="+1 775-555-0134",
        location_id=reno,
        important=True,
        notes="Approves prod changes and any spend over $1,500. Has the server room code.",
    )
    b.person(
        910012,
        "Raj Iyer",
        "IT Coordinator / LineHaul developer",
        "Technical",
        "riyer@silverlinetransport.example",
        "+1 775-555-0196",
        location_id=reno,
        notes="Owns the LineHaul code; deploys dev_web_02 builds and requests firewall rules.",
    )
    b.person(
        910013,
        "Lorraine Becker",
        "Controller",
        "Billing",
        "lbecker@silverlinetransport.example",
        "+1 775-555-0193",
        location_id=reno,
        notes="Receives our invoices and signs off support renewals.",
    )
    manny = b.person(
        910014,
        "Manny Ortega",
        "Yard Manager, West Sacramento",
        "User",
        "mortega@silverlinetransport.example",
        "+1 916-555-0148",
        mobile="+1 916-555-0172",
        location_id=sac,
        notes="On site 05:00-14:00; can power-cycle the cabinet in the drivers' lounge.",
    )

    rn: dict[str, Any] = {"location_id": reno}
    b.device(
        910101,
        "rno_fw_01",
        "Firewall",
        oui="00A0C9",
        manufacturer="Check Point",
        model="Quantum Spark 1600",
        serial_number="2212BA0457",
        asset_tag="SLT-IT-0101",
        operating_system="Gaia Embedded R81.10.08",
        primary_ip="10.20.0.1",
        public_ip="198.51.100.140",
        ports=[
            ("LAN1", "10.20.0.1"),
            ("WAN", "198.51.100.140"),
            ("DMZ", "172.20.50.1"),
        ],
        warranty_expires_at=_in(40),
        installed_at=_in(-690),
        location_id=reno,
        contact_id=ops,
        notes=(
            "Perimeter firewall at the Reno terminal: Spectrum fiber on WAN, DMZ 172.20.50.0/24 "
            "for prod_web_01, site-to-site VPN community 'RNO-SAC' to sac_fw_01."
        ),
    )
    b.device(
        910102,
        "rno_core_sw_01",
        "Switch",
        oui="EC0273",
        manufacturer="Aruba",
        model="CX 6300M 48G (JL661A)",
        serial_number="SG2CLM6142",
        asset_tag="SLT-IT-0102",
        operating_system="ArubaOS-CX 10.13.1000",
        primary_ip="10.20.0.2",
        warranty_expires_at=_in(600),
        installed_at=_in(-690),
        location_id=reno,
        notes=(
            "Core switch in the server room. VLAN 10 prod servers, 30 dev/test, 40 dispatch "
            "desks, 45 handhelds (Wi-Fi), 60 gate and cameras."
        ),
    )
    for id_, name, serial, ip, warranty, note in [
        (
            910103,
            "prod_hv_01",
            "7HQKZ53",
            "10.20.10.11",
            _in(-45),
            "XCP-ng pool master. Runs prod_dc_01, prod_sql_01, prod_app_dispatch_01 and "
            "prod_xo_01. Dell warranty lapsed; quote for renewal sent to Lorraine Becker.",
        ),
        (
            910104,
            "prod_hv_02",
            "9JQKZ53",
            "10.20.10.12",
            _in(320),
            "Second XCP-ng pool member. Runs prod_web_01 and the dev/test VMs (dev_web_02, "
            "dev_sql_01, test_app_01).",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtualization Host",
            oui="B02628",
            manufacturer="Dell",
            model="PowerEdge R650",
            serial_number=serial,
            operating_system="XCP-ng 8.2.1",
            primary_ip=ip,
            ports=[("eth0 (mgmt)", ip), ("iDRAC9", ip.replace(".10.", ".11."))],
            warranty_expires_at=warranty,
            installed_at=_in(-1010),
            notes=note,
            **rn,
        )
    for id_, name, ip, os, os_notes, note in [
        (
            910105,
            "prod_dc_01",
            "10.20.10.21",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for corp.silverlinetransport.example; DNS and DHCP for Reno.",
        ),
        (
            910106,
            "prod_sql_01",
            "10.20.10.31",
            "Windows Server 2022 Standard",
            "SQL Server 2022 Standard CU12, instance LINEHAUL",
            "Production SQL for LineHaul: instance LINEHAUL, databases LH_PROD and LH_TRACKING.",
        ),
        (
            910107,
            "prod_app_dispatch_01",
            "10.20.10.41",
            "Windows Server 2022 Standard",
            "IIS 10, LineHaul Dispatch 6.4.2",
            "LineHaul Dispatch application server: IIS app pool 'LineHaulAPI', the dispatch "
            "board, the FuelLink module for the Sacramento fuel island and the Motive ELD "
            "webhook on port 8443.",
        ),
        (
            910108,
            "prod_web_01",
            "172.20.50.10",
            "Ubuntu 22.04.4 LTS",
            "nginx 1.24, Node.js 20",
            "Customer shipment tracking portal track.silverlinetransport.example, in the DMZ; "
            "reads LH_TRACKING on prod_sql_01.",
        ),
        (
            910109,
            "dev_web_02",
            "10.20.30.22",
            "Ubuntu 24.04 LTS",
            "nginx 1.24, Node.js 22",
            "Development copy of the tracking portal (dev-track.silverlinetransport.example, "
            "internal only). dev_web_01 was deleted in 2025.",
        ),
        (
            910110,
            "dev_sql_01",
            "10.20.30.31",
            "Windows Server 2022 Standard",
            "SQL Server 2022 Developer, instance LHDEV",
            "Dev/test SQL: databases LH_DEV and LH_TEST, refreshed from LH_PROD monthly.",
        ),
        (
            910111,
            "test_app_01",
            "10.20.30.41",
            "Windows Server 2022 Standard",
            "IIS 10, LineHaul Dispatch 6.5.0-rc2",
            "Staging LineHaul for user acceptance testing before the Sunday prod window.",
        ),
        (
            910112,
            "prod_xo_01",
            "10.20.10.15",
            "Debian 12",
            "Xen Orchestra 5.93 (from sources)",
            "Xen Orchestra for the XCP-ng pool; also runs the nightly delta backups to "
            "prod_bkp_01.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="XCP-ng",
            model="HVM guest",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("eth0", ip)],
            installed_at=_in(-1000),
            notes=note,
            **rn,
        )
    b.device(
        910113,
        "prod_bkp_01",
        "Backup Repository",
        oui="B02628",
        manufacturer="Dell",
        model="PowerEdge R350",
        serial_number="3MZ8L24",
        asset_tag="SLT-IT-0113",
        operating_system="Ubuntu 22.04.4 LTS",
        operating_system_notes="Veeam hardened repository (XFS, immutable 14 days)",
        primary_ip="10.20.12.50",
        ports=[("eno1", "10.20.12.50"), ("iDRAC9", "10.20.11.50")],
        warranty_expires_at=_in(700),
        installed_at=_in(-400),
        location_id=reno,
        notes=(
            "Backup target for Xen Orchestra delta backups (nightly 23:30) and Veeam Agent "
            "backups of prod_sql_01. SSH is disabled; console via iDRAC only."
        ),
    )
    b.device(
        910114,
        "rno_ups_01",
        "UPS",
        oui="28294A",
        manufacturer="APC",
        model="Smart-UPS SRT 5000 (SRT5KRMXLT)",
        serial_number="AS2231150722",
        operating_system="NMC3 firmware 2.4.0.1",
        primary_ip="10.20.0.40",
        warranty_expires_at=_in(15),
        installed_at=_in(-1080),
        location_id=reno,
        notes="Server room UPS; 22 minutes at current load. Batteries replaced last spring.",
    )
    for id_, name, serial, ip, note in [
        (
            910115,
            "rno_disp_ws_01",
            "4BXT9Z1",
            "10.20.40.51",
            "Dispatch desk 1 (lead dispatcher), four monitors.",
        ),
        (
            910116,
            "rno_disp_ws_03",
            "4BXT9Z3",
            "10.20.40.53",
            "Dispatch desk 3 (night dispatcher), four monitors. Desk 2 was retired.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="F4EE08",
            manufacturer="Dell",
            model="OptiPlex 7010 Tower",
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            primary_ip=ip,
            ports=[("Ethernet", ip)],
            warranty_expires_at=_in(470),
            installed_at=_in(-260),
            notes=note,
            **rn,
        )
    b.device(
        910117,
        "rno_dock_scan_01",
        "Handheld Scanner",
        oui="00A0F8",
        manufacturer="Zebra",
        model="MC9300",
        serial_number="21305523021847",
        operating_system="Android 11 (LifeGuard 11-49-13)",
        primary_ip="10.20.45.21",
        installed_at=_in(-330),
        location_id=reno,
        notes=(
            "Cross-dock scanner on the Wi-Fi (SSID SLT-Dock); scans pallets into LineHaul. "
            "Three more units are in the drawer as spares, not enrolled."
        ),
    )
    b.device(
        910118,
        "rno_gate_01",
        "Yard Gate Controller",
        manufacturer="DoorKing",
        model="1838 Access Plus",
        serial_number="DK1838-44719",
        primary_ip="10.20.60.10",
        installed_at=_in(-1500),
        location_id=reno,
        notes=(
            "Reno truck gate: telephone entry and keypad; drivers use their 5-digit codes. "
            "Programmed with DoorKing Remote Account Manager from rno_disp_ws_01."
        ),
    )
    b.device(
        910119,
        "rno_nvr_01",
        "Network Video Recorder",
        oui="E4304C",
        manufacturer="Hanwha Vision",
        model="Wisenet XRN-1620SB1",
        serial_number="ZKT8V2HR60012W",
        operating_system="XRN firmware 2.40.04",
        primary_ip="10.20.60.20",
        warranty_expires_at=_in(230),
        installed_at=_in(-560),
        location_id=reno,
        notes="14 cameras: gate, cross-dock doors and the fuel tanks; 16 TB usable.",
    )
    b.device(
        910120,
        "sac_fw_01",
        "Firewall",
        oui="00A0C9",
        manufacturer="Check Point",
        model="Quantum Spark 1530",
        serial_number="2301BA1188",
        operating_system="Gaia Embedded R81.10.08",
        primary_ip="10.21.0.1",
        public_ip="203.0.113.88",
        ports=[("LAN1", "10.21.0.1"), ("WAN", "203.0.113.88"), ("LTE (T-Mobile)", None)],
        installed_at=_in(-520),
        location_id=sac,
        contact_id=manny,
        notes=(
            "West Sacramento firewall: Comcast Business cable on WAN, T-Mobile LTE failover, "
            "VPN community 'RNO-SAC' back to rno_fw_01."
        ),
    )
    b.device(
        910121,
        "sac_sw_01",
        "Switch",
        oui="EC0273",
        manufacturer="Aruba",
        model="Instant On 1930 24G Class4 PoE (JL684A)",
        serial_number="CN3BKW60RJ",
        operating_system="Instant On 2.9.0",
        primary_ip="10.21.0.2",
        warranty_expires_at=_in(1100),
        installed_at=_in(-520),
        location_id=sac,
        notes="Yard switch in the drivers' lounge cabinet; port 20 feeds the fuel island.",
    )
    b.device(
        910122,
        "sac_fuel_01",
        "Fuel Island Terminal",
        manufacturer="Gilbarco",
        model="Gasboy Islander PRIME",
        serial_number="GBIP-0871-3356",
        operating_system="Islander PRIME 4.3.2",
        primary_ip="10.21.0.60",
        installed_at=_in(-2100),
        location_id=sac,
        contact_id=manny,
        notes=(
            "Fleet fuel card terminal at the Sacramento fuel island; posts transactions to the "
            "FuelLink module on prod_app_dispatch_01 over the RNO-SAC tunnel."
        ),
    )

    b.link(["prod_dc_01", "prod_sql_01", "prod_app_dispatch_01", "prod_xo_01"], RUNS, "prod_hv_01")
    b.link(["prod_web_01", "dev_web_02", "dev_sql_01", "test_app_01"], RUNS, "prod_hv_02")
    b.link(
        [
            "prod_hv_01",
            "prod_hv_02",
            "prod_bkp_01",
            "rno_ups_01",
            "rno_disp_ws_01",
            "rno_disp_ws_03",
            "rno_gate_01",
            "rno_nvr_01",
        ],
        CONNECTED,
        "rno_core_sw_01",
    )
    b.link("rno_core_sw_01", CONNECTED, "rno_fw_01")
    b.link("sac_fw_01", CONNECTED, "rno_fw_01", "VPN community RNO-SAC")
    b.link("sac_sw_01", CONNECTED, "sac_fw_01")
    b.link("sac_fuel_01", CONNECTED, "sac_sw_01", "port 20")
    b.link(
        ["prod_hv_01", "prod_hv_02", "prod_bkp_01", "rno_core_sw_01", "rno_fw_01"],
        DEPENDS,
        "rno_ups_01",
        "power",
    )
    b.link(["prod_app_dispatch_01", "prod_web_01"], DEPENDS, "prod_sql_01", "LINEHAUL instance")
    b.link(["prod_sql_01", "prod_app_dispatch_01"], DEPENDS, "prod_dc_01", "logon and DNS")
    b.link(
        ["rno_disp_ws_01", "rno_disp_ws_03", "rno_dock_scan_01", "sac_fuel_01"],
        DEPENDS,
        "prod_app_dispatch_01",
        "LineHaul",
    )
    b.link(["dev_web_02", "test_app_01"], DEPENDS, "dev_sql_01", "LHDEV instance")

    b.asset(
        910301,
        "Port Forward",
        "Tracking portal HTTPS",
        firewall=b.tag("rno_fw_01"),
        external_port="198.51.100.140:443",
        internal_target="prod_web_01 172.20.50.10:443",
        protocol="TCP",
        purpose="Customer shipment tracking (track.silverlinetransport.example)",
        requested_by="Raj Iyer",
    )
    b.asset(
        910302,
        "Port Forward",
        "Motive ELD webhook",
        firewall=b.tag("rno_fw_01"),
        external_port="198.51.100.140:8443",
        internal_target="prod_app_dispatch_01 10.20.10.41:8443",
        protocol="TCP",
        purpose=(
            "Truck location and hours-of-service updates pushed by Motive into LineHaul; "
            "source restricted to Motive's published ranges."
        ),
        requested_by="Raj Iyer",
    )
    b.asset(
        910303,
        "Support Agreement",
        "Dell ProSupport - prod_hv_02 and prod_bkp_01",
        provider="Dell Technologies",
        agreement_number="DPS-88172-4410",
        covers=b.tag("prod_hv_02", "prod_bkp_01"),
        service_level="ProSupport Plus, 4-hour mission critical onsite",
        support_phone="+1 800-555-0176",
        ends_on=_in(320),
    )
    b.asset(
        910304,
        "Support Agreement",
        "LineHaul software maintenance",
        provider="Corridor Logistics Software",
        agreement_number="CLS-SLT-2291",
        covers=b.tag("prod_app_dispatch_01", "test_app_01"),
        service_level="P1 (dispatch down) 2-hour response 24x7; otherwise next business day",
        support_phone="+1 888-555-0127",
        ends_on=_in(55),
    )
    b.asset(
        910305,
        "Mobile Line",
        "Dispatch on-call phone",
        carrier="Verizon",
        phone_number="+1 775-555-0133",
        assigned_to="Dispatch on-call (rotates weekly, handed over Mondays)",
        sim_iccid="89148000007731952208",
        data_plan="Business Unlimited Plus",
        contract_ends=_in(200),
    )
    b.asset(
        910306,
        "Mobile Line",
        "sac_fw_01 LTE failover SIM",
        carrier="T-Mobile",
        phone_number="+1 916-555-0109",
        assigned_to="sac_fw_01 (LTE modem)",
        sim_iccid="8901260962211873345",
        data_plan="Business Data 50 GB",
        contract_ends=_in(-12),
    )
    b.asset(
        910307,
        "Shared Mailbox",
        "dispatch@silverlinetransport.example",
        address="dispatch@silverlinetransport.example",
        members="Dana Whitcomb; dispatch desk 1 and desk 3 users; night dispatcher",
        send_as="Dana Whitcomb, lead dispatcher",
        forwarding="Copies load tenders to LineHaul's mail import (tenders@lh.silverline)",
        purpose="Customer load tenders and carrier updates",
    )
    b.asset(
        910308,
        "CCTV System",
        "Reno yard cameras",
        recorder=b.tag("rno_nvr_01"),
        camera_count=14,
        retention="30 days",
        viewing_app="Wisenet WAVE (client on rno_disp_ws_01)",
        installer="Sierra Secure Systems, +1 775-555-0158",
        remote_access="Wisenet WAVE cloud, invited users only",
    )

    b.secret(
        910401,
        "rno_fw_01 WebUI admin",
        "admin",
        "Firewall",
        "rno_fw_01",
        url="https://10.20.0.1:4434",
        notes="Quantum Spark local admin for the Reno firewall; sac_fw_01 has its own entry.",
    )
    b.secret(
        910402,
        "sac_fw_01 WebUI admin",
        "slt-admin",
        "Firewall",
        "sac_fw_01",
        url="https://10.21.0.1:4434",
    )
    b.secret(
        910403,
        "Xen Orchestra",
        "xoadmin@silverlinetransport.example",
        "Virtualization",
        "prod_xo_01",
        url="https://10.20.10.15",
        notes="Pool admin for prod_hv_01 and prod_hv_02.",
    )
    b.secret(
        910404,
        "prod_sql_01 sa",
        "sa",
        "Database",
        "prod_sql_01",
        notes="Break-glass only; LineHaul uses the service account.",
    )
    b.secret(
        910405,
        "LineHaul service account",
        "CORP\\svc_linehaul",
        "Service Account",
        "prod_app_dispatch_01",
        notes="Runs the LineHaulAPI app pool and the FuelLink service. Password never expires.",
    )
    b.secret(
        910406,
        "rno_gate_01 master code",
        None,
        "Physical Access",
        "rno_gate_01",
        notes="DoorKing programming master code; only Dana Whitcomb and the MSP hold it.",
    )

    b.runbook(
        910501,
        "LineHaul dispatch board not loading",
        "LineHaul",
        ("h", "Symptoms"),
        (
            "p",
            "Dispatch desks show 'LineHaul Dispatch: Unable to reach order service (HTTP 503)' "
            "or an empty board; the dock scanner says 'Sync failed, will retry'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "RDP to prod_app_dispatch_01 (10.20.10.41) and open IIS Manager: if the "
            "'LineHaulAPI' app pool is stopped, run Start-WebAppPool -Name LineHaulAPI.",
        ),
        (
            "s",
            'If it stops again, check Event Viewer > Application for "Login failed for user '
            "'CORP\\svc_linehaul'\": the account is locked. On prod_dc_01 run "
            "Unlock-ADAccount svc_linehaul and find the device with the stale password.",
        ),
        (
            "s",
            "Check SQL from the app server: Test-NetConnection prod_sql_01 -Port 1433, and "
            "that the service 'SQL Server (LINEHAUL)' is running on prod_sql_01.",
        ),
        (
            "s",
            "Still down after 15 minutes: call Corridor Logistics (+1 888-555-0127, agreement "
            "CLS-SLT-2291) as a P1 and tell Dana Whitcomb.",
        ),
    )
    b.runbook(
        910502,
        "Sacramento fuel island offline / RNO-SAC tunnel down",
        "Network",
        ("h", "Symptoms"),
        (
            "p",
            "The Gasboy screen at the fuel island shows 'HOST OFFLINE - STORING TRANSACTIONS' "
            "and FuelLink stops receiving fuel tickets.",
        ),
        ("h", "Steps"),
        (
            "s",
            "In the rno_fw_01 WebUI go to VPN > Site to Site and check the peer sac_fw_01 in "
            "community RNO-SAC; if it is down, log in to sac_fw_01 and check whether it has "
            "failed over to LTE.",
        ),
        (
            "s",
            "From the rno_fw_01 CLI (expert mode) run 'vpn tu del ike 203.0.113.88' to reset "
            "the tunnel; it comes back within a minute.",
        ),
        (
            "s",
            "If the tunnel is up but the terminal is offline, ask Manny Ortega to check the "
            "link light on sac_sw_01 port 20 and to power-cycle the Islander PRIME.",
        ),
        (
            "p",
            "The terminal stores up to 2,000 transactions; it uploads them by itself once "
            "FuelLink is reachable again. Do not clear the queue.",
        ),
    )
    b.runbook(
        910503,
        "Promote a tracking portal build from dev_web_02 to prod_web_01",
        "Procedures",
        ("h", "When"),
        (
            "p",
            "Only in the Sunday 22:00-02:00 window, and only a build Raj Iyer has tagged "
            "'release-*' in Git.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On dev_web_02 run ./scripts/package.sh release-<tag>; it writes "
            "/opt/track/dist/track-<tag>.tar.gz.",
        ),
        (
            "s",
            "Copy it over with scp /opt/track/dist/track-<tag>.tar.gz deploy@172.20.50.10:"
            "/opt/track/releases/ (the DMZ rule allows SSH from 10.20.30.22 only).",
        ),
        (
            "s",
            "On prod_web_01 run sudo /opt/track/bin/switch-release <tag>, then sudo systemctl "
            "reload nginx.",
        ),
        (
            "s",
            "Roll back with sudo /opt/track/bin/switch-release --previous.",
        ),
    )
    return b.snap


# ============================================================================================
# Ashcombe Vale Primary School: a one-form-entry primary school with a nursery, Somerset.
# ============================================================================================


def _ashcombe_vale() -> Snapshot:
    b = _FifthBuilder(
        Organization(
            id=AVPS,
            organization_id=AVPS,
            name="Ashcombe Vale Primary School",
            short_name="AVPS",
            organization_type="Primary School",
            description=(
                "One-form-entry Church of England primary school (Reception to Year 6, about "
                "210 pupils) with the Acorns Nursery building across the playground. Classes "
                "are named after birds: Wren (Reception), Robin (Y1/2), Kingfisher (Y3/4), "
                "Owl (Y5/6)."
            ),
            quick_notes=(
                "Term-time visits only after 15:30 or in INSET days. Anyone on site must sign "
                "in at the office and wear the visitor lanyard (safeguarding)."
            ),
            updated_at=UPDATED_AT,
        ),
        920000,
        "dash",
    )
    main = b.location(
        920001,
        "Main school building",
        primary=True,
        address_1="Church Lane",
        city="Ashcombe",
        region="Somerset",
        postal_code="BS40 7XQ",
        country="United Kingdom",
        phone="+44 117 496 0731",
        notes=(
            "Comms cabinet is in the cupboard off the library; the key is in the key safe in "
            "the office (code from the SBM or the site manager)."
        ),
    )
    nursery = b.location(
        920002,
        "Acorns Nursery building",
        address_1="Church Lane (playground entrance)",
        city="Ashcombe",
        region="Somerset",
        postal_code="BS40 7XQ",
        country="United Kingdom",
        phone="+44 117 496 0738",
        notes=(
            "Separate single-storey building across the playground; small wall cabinet above "
            "the coat pegs, fibre back to the main comms cabinet."
        ),
    )
    head = b.person(
        920011,
        "Helen Prowse",
        "Headteacher",
        "Primary",
        "head@ashcombevale.example",
        "+44 117 496 0731",
        mobile="+44 7700 900412",
        location_id=main,
        important=True,
        notes="Designated Safeguarding Lead (DSL); approves every filtering unblock.",
    )
    sbm = b.person(
        920012,
        "Gareth Lloyd",
        "School Business Manager",
        "Billing",
        "g.lloyd@ashcombevale.example",
        "+44 117 496 0732",
        location_id=main,
        notes="SBM: purchases, licence renewals and our invoices. Holds the key safe code.",
    )
    b.person(
        920013,
        "Priya Chauhan",
        "Computing Lead and Owl class teacher",
        "Technical",
        "p.chauhan@ashcombevale.example",
        "+44 117 496 0735",
        location_id=main,
        notes="Runs Jamf School and panel training; free on Wednesday afternoons (PPA).",
    )
    b.person(
        920014,
        "Bob Marsh",
        "Site Manager",
        "User",
        "b.marsh@ashcombevale.example",
        "+44 117 496 0736",
        mobile="+44 7700 900587",
        location_id=main,
        notes=(
            "Keyholder; opens up at 07:00. Resets the front gate intercom and the nursery cabinet."
        ),
    )

    b.device(
        920101,
        "YEW",
        "Firewall",
        oui="001DAA",
        manufacturer="DrayTek",
        model="Vigor2927ax",
        serial_number="2927AX22071034",
        operating_system="DrayOS 4.4.5.1",
        primary_ip="10.81.0.1",
        public_ip="192.0.2.201",
        ports=[("LAN1", "10.81.0.1"), ("WAN1 (FTTP)", "192.0.2.201")],
        warranty_expires_at=_in(-200),
        installed_at=_in(-930),
        location_id=main,
        contact_id=sbm,
        notes=(
            "Router/firewall in the comms cabinet. FTTP from WestNet Schools Broadband on WAN1; "
            "web filtering is done upstream by WestNet, not on the DrayTek."
        ),
    )
    b.device(
        920102,
        "HOLLY",
        "Switch",
        oui="94F128",
        manufacturer="HPE Aruba",
        model="2930F 48G PoE+ 4SFP+ (JL256A)",
        serial_number="CN12KP4071",
        operating_system="ArubaOS-Switch WC.16.11.0016",
        primary_ip="10.81.0.2",
        warranty_expires_at=_in(900),
        installed_at=_in(-930),
        location_id=main,
        notes=(
            "Core switch in the comms cabinet off the library. VLAN 10 admin, 20 curriculum, "
            "30 CCTV and door entry, 40 pupil Wi-Fi. Fibre to IVY and to ROWAN in the nursery."
        ),
    )
    b.device(
        920103,
        "IVY",
        "Switch",
        oui="94F128",
        manufacturer="HPE",
        model="OfficeConnect 1820 24G PoE+ (J9983A)",
        serial_number="CN98GPQ0WZ",
        operating_system="PT.02.17",
        primary_ip="10.81.0.3",
        warranty_expires_at=_in(150),
        installed_at=_in(-1800),
        location_id=main,
        notes="KS1 corridor wall cabinet outside Wren class; OM3 fibre uplink to HOLLY.",
    )
    b.device(
        920104,
        "ROWAN",
        "Switch",
        manufacturer="NETGEAR",
        model="GS308EP",
        primary_ip="10.81.0.4",
        installed_at=_in(-700),
        location_id=nursery,
        notes="Eight-port PoE switch in the nursery cabinet; feeds the nursery access point.",
    )
    b.device(
        920105,
        "ELM",
        "Server",
        oui="B04F13",
        manufacturer="Dell",
        model="PowerEdge T350",
        serial_number="8GKJ4X3",
        asset_tag="AVPS-0105",
        operating_system="Windows Server 2019 Standard",
        primary_ip="10.81.1.10",
        ports=[("NIC1", "10.81.1.10"), ("iDRAC9", "10.81.1.11")],
        warranty_expires_at=_in(28),
        installed_at=_in(-1460),
        location_id=main,
        contact_id=sbm,
        notes=(
            "The school's only server: domain controller for ashcombevale.internal, DNS, DHCP, "
            "file shares (Staff, Admin, Pupil), print server for the Staffroom Copier, and the "
            "SchoolBooks Finance database used by the SBM."
        ),
    )
    b.device(
        920106,
        "ASH",
        "NAS",
        oui="001132",
        manufacturer="Synology",
        model="DS923+",
        serial_number="2290TPN713904",
        operating_system="DSM 7.2.1-69057 Update 4",
        primary_ip="10.81.1.20",
        warranty_expires_at=_in(520),
        installed_at=_in(-600),
        location_id=main,
        notes=(
            "Active Backup for Business images ELM every night at 19:00; Hyper Backup sends "
            "the Staff and Admin shares to Synology C2 on Saturdays."
        ),
    )
    b.device(
        920107,
        "BIRCH",
        "UPS",
        manufacturer="APC",
        model="Smart-UPS 1500 (SMT1500RMI2UC)",
        serial_number="AS1942321507",
        primary_ip="10.81.1.30",
        installed_at=_in(-1460),
        location_id=main,
        notes="Rack UPS in the comms cabinet; about 25 minutes on battery. Batteries from 2022.",
    )
    b.device(
        920108,
        "HAZEL",
        "Network Video Recorder",
        oui="C056E3",
        manufacturer="Hikvision",
        model="DS-7608NI-K2/8P",
        serial_number="J41822917",
        operating_system="V4.74.105",
        primary_ip="10.81.30.20",
        warranty_expires_at=_in(-400),
        installed_at=_in(-1200),
        location_id=main,
        notes="Eight-channel PoE NVR on the bottom shelf of the comms cabinet; 6 cameras.",
    )
    for id_, mac, serial, ip, where, loc in [
        (
            920109,
            "d015a6c3e10a",
            "CNK8KSX0B1",
            "10.81.0.21",
            "Hall ceiling above the stage; also covers the staffroom.",
            main,
        ),
        (
            920110,
            "d015a6c3e2f4",
            "CNK8KSX0C7",
            "10.81.0.22",
            "KS2 corridor between Kingfisher and Owl classes.",
            main,
        ),
        (
            920111,
            "d015a6c3e398",
            "CNK8KSX0D2",
            "10.81.0.23",
            "Acorns Nursery, on the wall above the book corner.",
            nursery,
        ),
    ]:
        b.device(
            id_,
            mac,
            "Wireless Access Point",
            manufacturer="HPE Aruba",
            model="Instant On AP22",
            serial_number=serial,
            mac_address="-".join(mac[i : i + 2] for i in range(0, 12, 2)).upper(),
            operating_system="Instant On 3.2.0",
            primary_ip=ip,
            installed_at=_in(-700),
            location_id=loc,
            notes=f"Never renamed in the Instant On portal, so it shows as its MAC. {where}",
        )
    for id_, name, model, serial, ip, cls in [
        (
            920112,
            "Kingfisher Panel",
            "ActivPanel 9 Premium 75in (AP9-B75-EU)",
            "AP9B75EU22410317",
            "10.81.20.31",
            "Kingfisher class (Year 3/4).",
        ),
        (
            920113,
            "Owl Panel",
            "ActivPanel 9 Premium 75in (AP9-B75-EU)",
            "AP9B75EU22410322",
            "10.81.20.32",
            "Owl class (Year 5/6); also used for the Computing club.",
        ),
        (
            920114,
            "Robin Panel",
            "ActivPanel 9 65in (AP9-A65-EU)",
            "AP9A65EU23110104",
            "10.81.20.33",
            "Robin class (Year 1/2).",
        ),
    ]:
        b.device(
            id_,
            name,
            "Interactive Display",
            oui="DC2C6E",
            manufacturer="Promethean",
            model=model,
            serial_number=serial,
            operating_system="ActivPanel OS 1.4.7 (Android 13)",
            primary_ip=ip,
            warranty_expires_at=_in(410),
            installed_at=_in(-320),
            notes=f"{cls} Screen Share and ActivInspire on the teacher laptop.",
            location_id=main,
        )
    b.device(
        920115,
        "Wren Panel",
        "Interactive Display",
        manufacturer="Clevertouch",
        model="UX Pro 2 65in",
        serial_number="CT65UXP2190088",
        operating_system="Android 8.0 (Clevertouch LUX)",
        installed_at=_in(-2300),
        location_id=main,
        notes="Reception (Wren class). Older panel, due to be replaced; no Screen Share.",
    )
    for id_, name, manufacturer, model, serial, ip, note in [
        (
            920116,
            "Office-SBM-PC",
            "Dell",
            "OptiPlex 3000 Micro",
            "9MNT8K3",
            "10.81.10.21",
            "Gareth Lloyd's PC in the SBM office: SchoolBooks Finance client, Arbor in Edge.",
        ),
        (
            920117,
            "Office-Admin-PC",
            "HP",
            "ProDesk 400 G9 SFF",
            "CZC3287FQ1",
            "10.81.10.22",
            "Reception desk PC in the school office: Arbor, visitor sign-in, Hik-Connect "
            "for the CCTV and the 2N intercom answering app.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="D4C9EF",
            manufacturer=manufacturer,
            model=model,
            serial_number=serial,
            operating_system="Windows 11 Pro Education 23H2",
            primary_ip=ip,
            ports=[("Ethernet", ip)],
            warranty_expires_at=_in(260),
            installed_at=_in(-480),
            location_id=main,
            notes=note,
        )
    b.device(
        920118,
        "Head-Laptop",
        "Laptop",
        oui="D4C9EF",
        manufacturer="Lenovo",
        model="ThinkPad L14 Gen 4",
        serial_number="PF4KZ21M",
        operating_system="Windows 11 Pro Education 23H2",
        warranty_expires_at=_in(700),
        installed_at=_in(-250),
        location_id=main,
        contact_id=head,
        notes="Helen Prowse's laptop; BitLocker recovery key is in Entra ID. Wi-Fi only.",
    )
    b.device(
        920119,
        "Staffroom Copier",
        "Multifunction Printer",
        oui="002507",
        manufacturer="Kyocera",
        model="TASKalfa 3554ci",
        serial_number="R4P1Z03412",
        operating_system="Kyocera HyPAS 2V4_S000.002.345",
        primary_ip="10.81.10.50",
        installed_at=_in(-290),
        location_id=main,
        notes=(
            "Leased copier in the staffroom; job accounting on (4-digit department codes). "
            "Queue 'Staffroom Copier' shared from ELM."
        ),
    )
    b.device(
        920120,
        "Wren iPad Trolley",
        "Charging Trolley",
        manufacturer="LocknCharge",
        model="Carrier 30 Cart",
        serial_number="LNC-C30-21877",
        installed_at=_in(-800),
        location_id=main,
        notes=(
            "30 x iPad (9th generation) managed in Jamf School; lives in Wren class and goes "
            "to Robin class on Thursdays."
        ),
    )
    b.device(
        920121,
        "Front Gate Intercom",
        "Door Intercom",
        oui="7C1EB3",
        manufacturer="2N",
        model="IP Verso 2.0",
        serial_number="54-2712-0341",
        operating_system="2N OS 2.44",
        primary_ip="10.81.30.10",
        warranty_expires_at=_in(100),
        installed_at=_in(-630),
        location_id=main,
        notes=(
            "Video intercom at the pedestrian gate; calls the Office-Admin-PC app and releases "
            "the maglock on relay 1."
        ),
    )

    b.link(
        [
            "ELM",
            "ASH",
            "BIRCH",
            "HAZEL",
            "d015a6c3e10a",
            "d015a6c3e2f4",
            "Kingfisher Panel",
            "Owl Panel",
            "Office-SBM-PC",
            "Office-Admin-PC",
            "Staffroom Copier",
            "Front Gate Intercom",
        ],
        CONNECTED,
        "HOLLY",
    )
    b.link(["IVY", "ROWAN"], CONNECTED, "HOLLY", "fibre uplink")
    b.link(["Robin Panel", "Wren Panel"], CONNECTED, "IVY")
    b.link("d015a6c3e398", CONNECTED, "ROWAN")
    b.link("HOLLY", CONNECTED, "YEW")
    b.link(["ELM", "ASH", "HOLLY", "YEW"], DEPENDS, "BIRCH", "power")
    b.link(
        ["Office-SBM-PC", "Office-Admin-PC", "Head-Laptop", "Staffroom Copier"],
        DEPENDS,
        "ELM",
        "logon, shares and print queue",
    )

    b.asset(
        920301,
        "Printer Lease",
        "Staffroom copier lease",
        leasing_company="Westcountry Office Systems",
        agreement_number="WOS-AV-22871",
        device=b.tag("Staffroom Copier"),
        page_allowance="12,000 mono + 3,000 colour per quarter",
        service_desk="+44 117 496 0990",
        lease_ends=_in(75),
    )
    b.asset(
        920302,
        "Support Agreement",
        "Promethean panel warranty",
        provider="Promethean Ltd",
        agreement_number="PRM-UK-5571902",
        covers=b.tag("Kingfisher Panel", "Owl Panel", "Robin Panel"),
        service_level="Onsite swap-out within 5 working days",
        support_phone="+44 1254 555 021",
        ends_on=_in(410),
    )
    b.asset(
        920303,
        "Support Agreement",
        "WestNet Schools Broadband",
        provider="WestNet Schools Broadband",
        agreement_number="WNSB-0441-AVPS",
        covers=b.tag("YEW"),
        service_level="FTTP fault fix within 8 working hours; filtering changes via the portal",
        support_phone="+44 117 496 0555",
        ends_on=_in(-20),
    )
    b.asset(
        920304,
        "Shared Mailbox",
        "office@ashcombevale.example",
        address="office@ashcombevale.example",
        members="Gareth Lloyd; Jo Tanner (office administrator)",
        send_as="Jo Tanner",
        forwarding="None",
        purpose="Parents' enquiries and absence reports",
    )
    b.asset(
        920305,
        "Shared Mailbox",
        "dsl@ashcombevale.example",
        address="dsl@ashcombevale.example",
        members="Helen Prowse (DSL); Priya Chauhan (deputy DSL)",
        send_as="Helen Prowse",
        purpose="Safeguarding concerns from staff and outside agencies; CPOMS alerts",
    )
    b.asset(
        920306,
        "CCTV System",
        "Gate and playground CCTV",
        recorder=b.tag("HAZEL"),
        camera_count=6,
        retention="31 days (school GDPR policy)",
        viewing_app="Hik-Connect on Office-Admin-PC",
        installer="Mendip Fire & Security",
        remote_access="None - viewing on site only, by policy",
    )
    b.asset(
        920307,
        "Mobile Line",
        "School trips mobile",
        carrier="EE",
        phone_number="+44 7700 900461",
        assigned_to="Off-site visits; kept in the office safe and signed out by the trip leader",
        sim_iccid="8944122605563498171",
        data_plan="Business 10GB",
        contract_ends=_in(130),
    )
    b.asset(
        920308,
        "Meeting Room",
        "Staffroom",
        room="Staffroom (ground floor, next to the office)",
        display="Samsung QM65C 65in",
        conferencing="Microsoft Teams on the staffroom laptop with a Jabra PanaCast 50",
        seats=18,
        booking_calendar="staffroom@ashcombevale.example",
    )

    b.secret(
        920401,
        "YEW DrayTek admin",
        "admin",
        "Network",
        "YEW",
        url="https://10.81.0.1:8443",
    )
    b.secret(
        920402,
        "ELM local Administrator",
        "ELM\\Administrator",
        "Server",
        "ELM",
        notes="Break-glass only; day to day use the AVPS\\msp.admin domain account.",
    )
    b.secret(
        920403,
        "Jamf School",
        "it@ashcombevale.example",
        "MDM",
        url="https://ashcombevale.jamfcloud.example",
        notes="iPads in the Wren iPad Trolley; Priya Chauhan is the other admin.",
    )
    b.secret(
        920404,
        "Wi-Fi AVPS-Staff",
        None,
        "Wireless",
        notes="WPA2-Personal; changed every September. Pupils use AVPS-Pupil (certificate).",
    )
    b.secret(
        920405,
        "Kyocera Command Center RX",
        "Admin",
        "Printer",
        "Staffroom Copier",
        url="https://10.81.10.50",
    )
    b.secret(
        920406,
        "WestNet filtering portal",
        "avps.admin",
        "Web Filtering",
        url="https://filter.westnet-schools.example",
        notes="Only for unblocks the DSL has approved in writing.",
    )

    b.runbook(
        920501,
        "Interactive panel: 'No Signal' or Screen Share won't connect",
        "Classroom",
        ("h", "Symptoms"),
        (
            "p",
            "The panel shows 'No Signal' after the teacher plugs in the laptop, or the Screen "
            "Share app says 'Unable to connect to panel'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On the panel open the Unified Menu > Source and pick 'HDMI Front' for the front "
            "port or 'HDMI 1' for the wall plate under the whiteboard.",
        ),
        (
            "s",
            "Screen Share needs the laptop and the panel on AVPS-Staff; pupils' iPads on "
            "AVPS-Pupil cannot cast (blocked on purpose).",
        ),
        (
            "s",
            "Still nothing: hold the panel power button for 10 seconds, then check in "
            "Promethean ActivManager that the panel shows Online.",
        ),
        (
            "p",
            "Wren Panel is the older Clevertouch: use the INPUT button on its remote; it has no "
            "Screen Share. Hardware faults on the ActivPanels: Promethean on +44 1254 555 021 "
            "quoting PRM-UK-5571902.",
        ),
    )
    b.runbook(
        920502,
        "Staff can't print to the Staffroom Copier",
        "Printing",
        ("h", "Symptoms"),
        (
            "p",
            "Nothing comes out and the copier shows 'Job Accounting: Account ID not "
            "registered', or the queue on the PC says 'Error - Printing'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Every member of staff has a 4-digit department code. In Command Center RX "
            "(https://10.81.10.50) go to Management Settings > Job Accounting > Accounting "
            "List and check their code is there; add it if not.",
        ),
        (
            "s",
            "On ELM clear stuck jobs: Get-PrintJob -ComputerName ELM -PrinterName 'Staffroom "
            "Copier' | Remove-PrintJob.",
        ),
        (
            "s",
            "New laptops need the Kyocera KX driver v8.4 with 'Job accounting' ticked under "
            "Device Settings, otherwise every job is rejected.",
        ),
        (
            "s",
            "Toner, paper jams or engineer visits: Westcountry Office Systems on "
            "+44 117 496 0990, quoting WOS-AV-22871.",
        ),
    )
    b.runbook(
        920503,
        "Website blocked for teaching",
        "Filtering",
        ("h", "Symptoms"),
        (
            "p",
            "A teacher gets 'Access Denied - WestNet Filtering (category: Games)' on a site "
            "they need for a lesson.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Get written approval from the DSL, Helen Prowse (email to dsl@ashcombevale.example)"
            "; never unblock without it.",
        ),
        (
            "s",
            "In the WestNet filtering portal go to Policies > Staff > Allow list and add the "
            "domain only, no wildcards.",
        ),
        (
            "s",
            "Changes take up to 10 minutes. Pupils' iPads use the Pupil policy, which needs its "
            "own allow-list entry.",
        ),
    )
    return b.snap


# ============================================================================================
# Copper Kettle Brewing Company: a production brewery and taproom in Bend, a taproom in
# Portland. Greek gods in Bend, their Roman names in Portland.
# ============================================================================================


def _copper_kettle() -> Snapshot:
    b = _FifthBuilder(
        Organization(
            id=KETTLE,
            organization_id=KETTLE,
            name="Copper Kettle Brewing Company",
            short_name="Kettle",
            organization_type="Brewery",
            description=(
                "Craft brewery with a 15-barrel brewhouse, canning line and taproom in Bend, "
                "Oregon, and a second taproom in Portland. Bend devices are named after Greek "
                "gods, Portland devices after the Roman ones."
            ),
            quick_notes=(
                "Brew days are Monday to Thursday from 05:00: never restart hephaestus, "
                "poseidon or atlas on a brew day without Nate Calloway's OK."
            ),
            updated_at=UPDATED_AT,
        ),
        930000,
        "colon",
    )
    bend = b.location(
        930001,
        "Bend Brewery & Taproom",
        primary=True,
        address_1="1140 SE Division St",
        city="Bend",
        region="Oregon",
        postal_code="97702",
        country="United States",
        phone="+1 541-555-0162",
        notes=(
            "IT rack is in the mezzanine office above the cold room; it runs hot in summer, "
            "so check the rack temperature probe on prometheus."
        ),
    )
    pdx = b.location(
        930002,
        "Portland Taproom",
        address_1="2215 N Williams Ave",
        city="Portland",
        region="Oregon",
        postal_code="97227",
        country="United States",
        phone="+1 503-555-0119",
        notes="Network gear sits on the top shelf of the dry storage room behind the kitchen.",
    )
    nate = b.person(
        930011,
        "Nate Calloway",
        "Owner & Head Brewer",
        "Primary",
        "nate@copperkettle.example",
        "+1 541-555-0161",
        mobile="+1 541-555-0183",
        location_id=bend,
        important=True,
        notes="Decides on downtime; first call for any chiller or brewhouse alarm.",
    )
    b.person(
        930012,
        "Gwen Adair",
        "Operations & Finance Manager",
        "Billing",
        "gwen@copperkettle.example",
        "+1 541-555-0164",
        location_id=bend,
        notes="Pays our invoices; owns Toast, the distributor EDI and the orders mailbox.",
    )
    luis = b.person(
        930013,
        "Luis Ferreira",
        "Taproom Manager, Portland",
        "User",
        "luis@copperkettle.example",
        "+1 503-555-0119",
        mobile="+1 503-555-0177",
        location_id=pdx,
        notes="On site from 11:00; can reboot mars and bacchus if asked.",
    )
    b.person(
        930014,
        "Hank Delaney",
        "Packaging Lead",
        "User",
        "hank@copperkettle.example",
        "+1 541-555-0166",
        location_id=bend,
        notes="Runs the canning line; first call for anything on artemis.",
    )

    bd: dict[str, Any] = {"location_id": bend}
    b.device(
        930101,
        "ares",
        "Firewall",
        oui="E063DA",
        manufacturer="Ubiquiti",
        model="UniFi Dream Machine Pro SE (UDM-SE)",
        serial_number="E063DA8812F4",
        operating_system="UniFi OS 4.0.6, Network 8.4.62",
        primary_ip="10.30.0.1",
        public_ip="198.51.100.62",
        ports=[("LAN (port 1-8)", "10.30.0.1"), ("WAN1 (TDS fiber)", "198.51.100.62")],
        warranty_expires_at=_in(-90),
        installed_at=_in(-820),
        contact_id=nate,
        notes=(
            "Gateway and firewall for the Bend site, also the UniFi Network controller and "
            "the Site Magic VPN hub for mars in Portland."
        ),
        **bd,
    )
    b.device(
        930102,
        "atlas",
        "Switch",
        oui="E063DA",
        manufacturer="Ubiquiti",
        model="UniFi USW-Pro-24-PoE",
        serial_number="E063DA77A104",
        operating_system="UniFi switch firmware 7.1.26",
        primary_ip="10.30.0.2",
        warranty_expires_at=_in(280),
        installed_at=_in(-820),
        notes=(
            "Core switch in the mezzanine rack. VLAN 10 servers, 20 office and lab, 40 POS, "
            "50 brewery OT (PLC, chiller, canner), 60 cameras. Port 14 is poseidon."
        ),
        **bd,
    )
    b.device(
        930103,
        "zeus",
        "Virtualization Host",
        oui="9457A5",
        manufacturer="HPE",
        model="ProLiant ML350 Gen10",
        serial_number="MXQ02104JK",
        operating_system="VMware ESXi 7.0 Update 3p",
        primary_ip="10.30.10.10",
        ports=[("vmnic0", "10.30.10.10"), ("iLO 5", "10.30.10.9")],
        warranty_expires_at=_in(60),
        installed_at=_in(-1500),
        notes="The only host: runs hera, athena and hermes from local SSDs (RAID 10).",
        **bd,
    )
    for id_, name, ip, os, os_notes, note in [
        (
            930104,
            "hera",
            "10.30.10.11",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for kettle.local; DNS and DHCP for every Bend VLAN.",
        ),
        (
            930105,
            "athena",
            "10.30.10.12",
            "Windows Server 2022 Standard",
            "BrewLogix 3.8 with SQL Server 2019 Express",
            "BrewLogix batch records and recipes (share \\\\athena\\recipes), the QC results "
            "database and the office file shares.",
        ),
        (
            930106,
            "hermes",
            "10.30.10.13",
            "Ubuntu 22.04.4 LTS",
            "OpenSSH 8.9 (SFTP chroot /srv/edi)",
            "SFTP drop for the distributor's EDI orders and depletion reports.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="VMware",
            model="VMware Virtual Platform",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("vmxnet3", ip)],
            installed_at=_in(-1490),
            notes=note,
            **bd,
        )
    b.device(
        930107,
        "hades",
        "NAS",
        oui="000801",
        manufacturer="Asustor",
        model="Lockerstor 4 Gen2 (AS6704T)",
        serial_number="AS6704T-2311-0098",
        operating_system="ADM 4.3.1",
        primary_ip="10.30.10.20",
        warranty_expires_at=_in(580),
        installed_at=_in(-560),
        notes=(
            "Backup NAS: NAKIVO Backup & Replication 10.11 backs up hera, athena and hermes "
            "every night at 01:00; weekly copy to Wasabi bucket kettle-nakivo."
        ),
        **bd,
    )
    b.device(
        930108,
        "prometheus",
        "UPS",
        manufacturer="CyberPower",
        model="OR1500PFCRT2U",
        serial_number="CRXKW2000812",
        operating_system="RMCARD205 1.4.2",
        primary_ip="10.30.0.40",
        warranty_expires_at=_in(20),
        installed_at=_in(-1090),
        notes="Rack UPS with the temperature probe; about 15 minutes for zeus, hades, atlas, ares.",
        **bd,
    )
    b.device(
        930109,
        "hephaestus",
        "Brewhouse PLC",
        oui="5C8816",
        manufacturer="Allen-Bradley",
        model="CompactLogix 5380 (5069-L320ER)",
        serial_number="D0F3A2B1",
        operating_system="Logix firmware v33.011",
        primary_ip="10.30.50.10",
        installed_at=_in(-1500),
        notes=(
            "Controls the 15 bbl brewhouse (mash tun, kettle, whirlpool) with the PanelView by "
            "the kettle. Only Cascade Process Controls changes the program."
        ),
        **bd,
    )
    b.device(
        930110,
        "poseidon",
        "Glycol Chiller Controller",
        manufacturer="Pro Refrigeration",
        model="G3 chiller controller (15-ton glycol unit)",
        serial_number="PRO-G3-44871",
        operating_system="G3 controller 5.2",
        primary_ip="10.30.50.20",
        installed_at=_in(-1500),
        notes=(
            "Glycol chiller for fermenters FV1-FV8 and the two bright tanks; web page on "
            "http://10.30.50.20, e-mails alarms to brewers@copperkettle.example."
        ),
        **bd,
    )
    b.device(
        930111,
        "artemis",
        "Canning Line HMI",
        manufacturer="Siemens",
        model="SIMATIC HMI TP1200 Comfort",
        serial_number="S V-LBN21884",
        operating_system="WinCC Runtime Advanced V16",
        primary_ip="10.30.50.30",
        installed_at=_in(-700),
        notes=(
            "Touch panel on the Wild Goose Gemini canning line; loads can recipes from "
            "\\\\athena\\recipes at line start."
        ),
        **bd,
    )
    b.device(
        930112,
        "demeter",
        "Workstation",
        oui="F4EE08",
        manufacturer="Dell",
        model="OptiPlex 7010 SFF",
        serial_number="6CXQ7Z3",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.30.20.25",
        warranty_expires_at=_in(400),
        installed_at=_in(-330),
        notes=(
            "QC lab PC: Anton Paar AP Connect for hygieia (USB) and uploads results to "
            "BrewLogix on athena."
        ),
        **bd,
    )
    b.device(
        930113,
        "hygieia",
        "Beer Analyzer",
        manufacturer="Anton Paar",
        model="Alex 500",
        serial_number="81723455",
        installed_at=_in(-330),
        warranty_expires_at=_in(35),
        notes="Alcohol and extract meter in the QC lab; USB to demeter, no network.",
        **bd,
    )
    for id_, name, serial, ip, where in [
        (930114, "dionysus-1", "TF1A22080177", "10.30.40.11", "Bend taproom bar."),
        (930115, "dionysus-2", "TF1A22080203", "10.30.40.12", "Bend patio and to-go counter."),
    ]:
        b.device(
            id_,
            name,
            "Point of Sale",
            manufacturer="Toast",
            model="Toast Flex (TF-100)",
            serial_number=serial,
            operating_system="Toast OS (Android 10)",
            primary_ip=ip,
            installed_at=_in(-400),
            notes=f"Toast POS terminal, {where}",
            **bd,
        )
    for id_, name, serial, ip, where in [
        (930116, "iris-1", "E063DA31C0A2", "10.30.0.21", "Bend taproom ceiling."),
        (930117, "iris-2", "E063DA31C0B9", "10.30.0.22", "Brewhouse floor, by the roll-up door."),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="E063DA",
            manufacturer="Ubiquiti",
            model="UniFi U6 Pro",
            serial_number=serial,
            operating_system="UniFi AP firmware 6.6.77",
            primary_ip=ip,
            installed_at=_in(-820),
            notes=f"{where} SSIDs Kettle-Staff, Kettle-POS (hidden) and Kettle-Guest.",
            **bd,
        )
    b.device(
        930118,
        "argus",
        "Network Video Recorder",
        oui="E063DA",
        manufacturer="Ubiquiti",
        model="UniFi Protect UNVR",
        serial_number="E063DA55D310",
        operating_system="UniFi OS 4.0.6, Protect 4.1.53",
        primary_ip="10.30.60.5",
        warranty_expires_at=_in(150),
        installed_at=_in(-700),
        notes="Nine cameras: brewhouse, cold room door, loading dock, taproom and car park.",
        **bd,
    )
    b.device(
        930119,
        "mars",
        "Firewall",
        oui="E063DA",
        manufacturer="Ubiquiti",
        model="UniFi Cloud Gateway Ultra (UCG-Ultra)",
        serial_number="E063DA9A0C11",
        operating_system="UniFi OS 4.0.6",
        primary_ip="10.31.0.1",
        public_ip="203.0.113.140",
        ports=[("LAN", "10.31.0.1"), ("WAN (Quantum Fiber)", "203.0.113.140")],
        installed_at=_in(-380),
        location_id=pdx,
        contact_id=luis,
        notes="Portland taproom gateway; Site Magic VPN to ares in Bend.",
    )
    b.device(
        930120,
        "bacchus",
        "Point of Sale",
        manufacturer="Toast",
        model="Toast Flex (TF-100)",
        serial_number="TF1A23110456",
        operating_system="Toast OS (Android 10)",
        primary_ip="10.31.40.11",
        installed_at=_in(-380),
        location_id=pdx,
        notes="Toast POS terminal at the Portland bar; kitchen tickets go to vesta.",
    )
    b.device(
        930121,
        "mercury",
        "Wireless Access Point",
        oui="E063DA",
        manufacturer="Ubiquiti",
        model="UniFi U6+",
        serial_number="E063DA31D7E0",
        operating_system="UniFi AP firmware 6.6.77",
        primary_ip="10.31.0.21",
        installed_at=_in(-380),
        location_id=pdx,
        notes="Only access point in Portland, above the bar.",
    )
    b.device(
        930122,
        "vesta",
        "Kitchen Ticket Printer",
        oui="0026AB",
        manufacturer="Epson",
        model="TM-U220B",
        serial_number="X5KL092713",
        primary_ip="10.31.40.31",
        installed_at=_in(-380),
        location_id=pdx,
        notes="Impact printer on the kitchen pass in Portland; prints Toast kitchen tickets.",
    )

    b.link(["hera", "athena", "hermes"], RUNS, "zeus")
    b.link(
        [
            "zeus",
            "hades",
            "prometheus",
            "hephaestus",
            "poseidon",
            "artemis",
            "demeter",
            "dionysus-1",
            "dionysus-2",
            "iris-1",
            "iris-2",
            "argus",
        ],
        CONNECTED,
        "atlas",
    )
    b.link("atlas", CONNECTED, "ares")
    b.link("mars", CONNECTED, "ares", "UniFi Site Magic VPN")
    b.link(["bacchus", "mercury", "vesta"], CONNECTED, "mars")
    b.link("hygieia", CONNECTED, "demeter", "USB")
    b.link(["zeus", "hades", "atlas", "ares"], DEPENDS, "prometheus", "power")
    b.link("athena", DEPENDS, "hera", "logon and DNS")
    b.link(["artemis", "demeter"], DEPENDS, "athena", "BrewLogix recipes and QC results")
    b.link("vesta", DEPENDS, "bacchus", "kitchen tickets")

    b.asset(
        930301,
        "Support Agreement",
        "Brewhouse controls support",
        provider="Cascade Process Controls",
        agreement_number="CPC-SA-1187",
        covers=b.tag("hephaestus", "artemis"),
        service_level="Remote within 4 hours; onsite next business day",
        support_phone="+1 541-555-0199",
        ends_on=_in(18),
    )
    b.asset(
        930302,
        "Support Agreement",
        "Glycol chiller service plan",
        provider="Pro Refrigeration Inc.",
        agreement_number="PRI-44871-SP",
        covers=b.tag("poseidon"),
        service_level="24x7 phone support; technician onsite within 24 hours",
        support_phone="+1 800-555-0145",
        ends_on=_in(240),
    )
    b.asset(
        930303,
        "CCTV System",
        "Bend brewery cameras",
        recorder=b.tag("argus"),
        camera_count=9,
        retention="21 days",
        viewing_app="UniFi Protect app",
        installer="In-house (Nate Calloway)",
        remote_access="UniFi remote access through the ui.com owner account",
    )
    b.asset(
        930304,
        "Port Forward",
        "Distributor EDI SFTP",
        firewall=b.tag("ares"),
        external_port="198.51.100.62:2222",
        internal_target="hermes 10.30.10.13:22",
        protocol="TCP",
        purpose="Orders and depletion files from Columbia Distributing (source IP allow-listed)",
        requested_by="Gwen Adair",
    )
    b.asset(
        930305,
        "Mobile Line",
        "Delivery van phone",
        carrier="Verizon",
        phone_number="+1 541-555-0120",
        assigned_to="Self-distribution van (Van 2) driver",
        sim_iccid="89148000009112873304",
        data_plan="Business Unlimited Start",
        contract_ends=_in(-75),
    )
    b.asset(
        930306,
        "Shared Mailbox",
        "orders@copperkettle.example",
        address="orders@copperkettle.example",
        members="Gwen Adair; Luis Ferreira; Nate Calloway",
        send_as="Gwen Adair",
        forwarding="None",
        purpose="Wholesale keg and case orders from bars and bottle shops",
    )
    b.asset(
        930307,
        "Meeting Room",
        "The Mash Room",
        room="Mezzanine event room above the Bend taproom",
        display="Epson Pro EX11000 projector",
        conferencing="None - HDMI wall plate and a Shure MXA310 table mic for talks",
        seats=40,
        booking_calendar="events@copperkettle.example",
    )

    b.secret(
        930401,
        "UniFi console owner (ui.com)",
        "it@copperkettle.example",
        "Network",
        "ares",
        url="https://unifi.ui.com",
        notes="Owner of ares, mars, atlas and Protect on argus; MFA on Nate's phone.",
    )
    b.secret(
        930402,
        "zeus ESXi root",
        "root",
        "Virtualization",
        "zeus",
        url="https://10.30.10.10",
    )
    b.secret(
        930403,
        "Toast back office",
        "gwen@copperkettle.example",
        "Point of Sale",
        url="https://www.toasttab.example/restaurants/admin",
        notes="Menus, 86 list, payouts. Gwen approves any new login.",
    )
    b.secret(
        930404,
        "poseidon chiller web",
        "service",
        "Brewery OT",
        "poseidon",
        url="http://10.30.50.20",
        notes="Read-only for us; setpoints are changed by Pro Refrigeration only.",
    )
    b.secret(
        930405,
        "hermes SFTP - Columbia Distributing",
        "cdc_edi",
        "Service Account",
        "hermes",
        notes="Distributor's SFTP login; key-only since 2025, password kept as a fallback.",
    )

    b.runbook(
        930501,
        "Glycol chiller alarm / poseidon unreachable",
        "Brewery",
        ("h", "Symptoms"),
        (
            "p",
            "Brewers get 'ALM 12 LOW GLYCOL FLOW' from poseidon, or http://10.30.50.20 will "
            "not load and fermenter temperatures stop updating in BrewLogix.",
        ),
        ("h", "Steps"),
        (
            "s",
            "A real alarm comes first: call Nate Calloway (+1 541-555-0183) and Pro "
            "Refrigeration's 24x7 line (+1 800-555-0145, plan PRI-44871-SP). IT never changes "
            "chiller setpoints.",
        ),
        (
            "s",
            "Unreachable only: poseidon is on atlas port 14 (VLAN 50). In the UniFi console "
            "check the port is up; if it shows down, reseat the cable at the controller box.",
        ),
        (
            "s",
            "If ALM 12 appears right after a power blip and the flow gauge is normal, hold "
            "RESET on the G3 controller for 3 seconds.",
        ),
    )
    b.runbook(
        930502,
        "Toast POS offline at a taproom",
        "Taproom",
        ("h", "Symptoms"),
        (
            "p",
            "Toast shows 'Offline Mode - payments will be processed when back online' on "
            "dionysus-1, dionysus-2 or bacchus.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check the gateway in the UniFi console: ares for Bend, mars for Portland. WAN "
            "down: call the ISP and keep selling offline.",
        ),
        (
            "s",
            "WAN up but POS offline: check the Kettle-POS SSID and VLAN 40 on the access "
            "point, then on the Toast device use Settings > Device Status > Test connection.",
        ),
        (
            "s",
            "Restart the Toast app, not the device. Offline card payments must sync within 24 "
            "hours or they are declined: tell Gwen Adair if the outage passes 2 hours.",
        ),
    )
    b.runbook(
        930503,
        "Canning line HMI can't load recipe",
        "Packaging",
        ("h", "Symptoms"),
        (
            "p",
            "At line start artemis shows 'Recipe server unreachable: \\\\athena\\recipes' and "
            "the canner stays in Manual.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check athena (10.30.10.12) is up and that \\\\athena\\recipes opens from demeter.",
        ),
        (
            "s",
            "Restart the BrewLogix recipe service on athena: Restart-Service BLRecipeSvc.",
        ),
        (
            "s",
            "artemis logs on as ATHENA\\cannerhmi; if that password was changed, update it in "
            "WinCC Runtime > Settings > Network drives on the panel.",
        ),
        (
            "p",
            "Hank Delaney can run a shift from the printed recipe card in Manual mode while "
            "you work on it.",
        ),
    )
    return b.snap


# ============================================================================================
# Levante Solar S.L.: a solar installer in València with a branch in Faro, documented in
# Spanish. Planets in Valencia, moons in Faro.
# ============================================================================================


def _levante() -> Snapshot:
    b = _FifthBuilder(
        Organization(
            id=LEVANTE,
            organization_id=LEVANTE,
            name="Levante Solar S.L.",
            short_name="Levante",
            organization_type="Solar Installer",
            description=(
                "Instaladora de autoconsumo fotovoltaico y baterías con oficina central y "
                "almacén en València y una delegación en Faro (Portugal). La documentación está "
                "en español; los equipos de Valencia llevan nombres de planetas, los de Faro de "
                "lunas, los drones de cometas y los portátiles de campo de satélites."
            ),
            quick_notes=(
                "Horario 8:00-17:30 (Faro una hora menos). Nada de reinicios de jupiter o tierra "
                "en horario laboral sin permiso de Vicente Albert Ferrer."
            ),
            updated_at=UPDATED_AT,
        ),
        940000,
        "colon",
    )
    vlc = b.location(
        940001,
        "Oficina central Valencia",
        primary=True,
        address_1="Carrer de Sant Vicent Màrtir 214",
        city="València",
        region="Comunitat Valenciana",
        postal_code="46007",
        country="España",
        phone="+34 963 55 01 40",
        notes=(
            "Rack de comunicaciones en el almacén, detrás de las estanterías de inversores; la "
            "llave la tiene Marta Soler en administración."
        ),
    )
    fao = b.location(
        940002,
        "Delegação Faro",
        address_1="Rua de Santo António 58, 1.º",
        city="Faro",
        region="Algarve",
        postal_code="8000-283",
        country="Portugal",
        phone="+351 289 555 017",
        notes=(
            "Oficina pequeña en el primer piso. El armario de red está en el aseo, encima de la "
            "cisterna; João Pereira tiene la llave."
        ),
    )
    boss = b.person(
        940011,
        "Vicente Albert Ferrer",
        "Gerente",
        "Primary",
        "vicente.albert@levantesolar.example",
        "+34 963 55 01 41",
        mobile="+34 600 555 101",
        location_id=vlc,
        important=True,
        notes="Aprueba cualquier gasto de más de 600 EUR y los cortes en horario laboral.",
    )
    b.person(
        940012,
        "Marta Soler",
        "Administración y RRHH",
        "Billing",
        "marta.soler@levantesolar.example",
        "+34 963 55 01 44",
        location_id=vlc,
        notes="Recibe nuestras facturas; gestiona a3ERP y las altas y bajas de empleados.",
    )
    joao = b.person(
        940013,
        "João Pereira",
        "Responsável da delegação de Faro",
        "User",
        "joao.pereira@levantesolar.example",
        "+351 289 555 017",
        mobile="+351 912 555 043",
        location_id=fao,
        notes="Habla español. Disponible de 9:00 a 17:00 hora de Portugal (una hora menos).",
    )
    ivan = b.person(
        940014,
        "Iván Cortés",
        "Jefe de instalaciones y piloto de drones",
        "Technical",
        "ivan.cortes@levantesolar.example",
        "+34 963 55 01 47",
        mobile="+34 600 555 112",
        location_id=vlc,
        notes="Responsable de cometa-1 y de las inspecciones termográficas; usa satelite-01.",
    )

    vl: dict[str, Any] = {"location_id": vlc}
    b.device(
        940101,
        "sol",
        "Firewall",
        oui="BCCF4F",
        manufacturer="Zyxel",
        model="USG FLEX 200H",
        serial_number="S232L21000117",
        operating_system="uOS 1.21",
        primary_ip="192.168.50.1",
        public_ip="192.0.2.130",
        ports=[("P2 (LAN)", "192.168.50.1"), ("P1 (WAN fibra Digi)", "192.0.2.130")],
        warranty_expires_at=_in(210),
        installed_at=_in(-500),
        contact_id=boss,
        notes=(
            "Cortafuegos de Valencia. Fibra Digi en P1; VPN IPsec de sitio a sitio 'VLC-FAO' "
            "con luna; VPN SSL para los portátiles satelite-01/02/03. Gestionado desde Nebula."
        ),
        **vl,
    )
    b.device(
        940102,
        "mercurio",
        "Switch",
        oui="BCCF4F",
        manufacturer="Zyxel",
        model="XGS2220-30HP",
        serial_number="S232L09000881",
        operating_system="V4.80(ABZI.1)",
        primary_ip="192.168.50.2",
        warranty_expires_at=_in(900),
        installed_at=_in(-500),
        notes=(
            "Switch principal en el rack del almacén. VLAN 50 servidores y oficina, VLAN 60 "
            "invitados, VLAN 70 monitorización de plantas."
        ),
        **vl,
    )
    b.device(
        940103,
        "jupiter",
        "Virtualization Host",
        oui="70B5E8",
        manufacturer="Lenovo",
        model="ThinkSystem SR630 V2",
        serial_number="J30A7KXM",
        asset_tag="LEV-0103",
        operating_system="Proxmox VE 8.1.4",
        primary_ip="192.168.50.10",
        ports=[("eno1", "192.168.50.10"), ("XCC", "192.168.51.10")],
        warranty_expires_at=_in(88),
        installed_at=_in(-1000),
        notes="Único host: ejecuta venus, tierra y saturno. Discos en ZFS espejo.",
        **vl,
    )
    for id_, name, ip, os, os_notes, note in [
        (
            940104,
            "venus",
            "192.168.50.11",
            "Windows Server 2022 Standard",
            None,
            "Controlador de dominio levante.local, DNS y DHCP de Valencia.",
        ),
        (
            940105,
            "tierra",
            "192.168.50.12",
            "Windows Server 2022 Standard",
            "a3ERP 2.58 con SQL Server 2019 Express (instancia A3ERP)",
            "Servidor de ficheros (unidad P: Proyectos) y a3ERP: facturación, compras y stock "
            "de paneles e inversores.",
        ),
        (
            940106,
            "saturno",
            "192.168.50.13",
            "Ubuntu 22.04.4 LTS",
            "Grafana 10.4, InfluxDB 2.7",
            "Portal de monitorización de plantas para clientes (monitor.levantesolar.example); "
            "recoge datos de inversores Huawei y SMA.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="QEMU",
            model="Standard PC (Q35 + ICH9)",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("net0 (virtio)", ip)],
            installed_at=_in(-990),
            notes=note,
            **vl,
        )
    b.device(
        940107,
        "marte",
        "NAS",
        oui="245EBE",
        manufacturer="QNAP",
        model="TS-873A",
        serial_number="Q22BI05432",
        operating_system="QTS 5.1.7.2770",
        primary_ip="192.168.50.20",
        warranty_expires_at=_in(-30),
        installed_at=_in(-760),
        notes=(
            "Copias nocturnas de las VMs de jupiter (vzdump a las 02:00) y la carpeta "
            "Inspecciones con las imágenes térmicas de los drones."
        ),
        **vl,
    )
    b.device(
        940108,
        "urano",
        "Multifunction Printer",
        oui="002673",
        manufacturer="Ricoh",
        model="IM C3000",
        serial_number="3101RA01234",
        primary_ip="192.168.50.60",
        installed_at=_in(-650),
        notes="Multifunción de la oficina de Valencia (renting); escanea a \\\\tierra\\Escaneos.",
        **vl,
    )
    b.device(
        940109,
        "neptuno",
        "UPS",
        manufacturer="Salicru",
        model="SLC-3000-TWIN PRO3",
        serial_number="SLC3T-2205-8810",
        operating_system="SNMP card SLC 1.2",
        primary_ip="192.168.50.70",
        warranty_expires_at=_in(45),
        installed_at=_in(-1050),
        notes="SAI del rack del almacén; unos 20 minutos con jupiter, marte, mercurio y sol.",
        **vl,
    )
    for id_, name, serial, ip, where in [
        (940110, "estrella-1", "S232L13000561", "192.168.50.31", "Oficina, primera planta."),
        (940111, "estrella-2", "S232L13000574", "192.168.50.32", "Almacén, junto al muelle."),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="BCCF4F",
            manufacturer="Zyxel",
            model="NWA220AX-6E",
            serial_number=serial,
            operating_system="6.70(ACCG.3)",
            primary_ip=ip,
            installed_at=_in(-500),
            notes=f"{where} SSID LEVSOL y LEVSOL-Invitados.",
            **vl,
        )
    b.device(
        940112,
        "via-lactea",
        "Video Bar",
        oui="805EC0",
        manufacturer="Yealink",
        model="MeetingBar A20",
        serial_number="8012G3B0241",
        operating_system="Teams Rooms on Android 133.15.0.52",
        primary_ip="192.168.50.40",
        warranty_expires_at=_in(300),
        installed_at=_in(-300),
        notes="Barra de videoconferencia de la Sala Júpiter (Microsoft Teams Rooms).",
        **vl,
    )
    b.device(
        940113,
        "satelite-01",
        "Laptop",
        oui="F4EE08",
        manufacturer="Dell",
        model="Latitude 5440",
        serial_number="FZ3M4Y3",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(480),
        installed_at=_in(-250),
        contact_id=ivan,
        notes="Portátil de Iván Cortés; DJI Thermal Analysis Tool 3 para las inspecciones.",
        **vl,
    )
    b.device(
        940114,
        "satelite-02",
        "Laptop",
        oui="70B5E8",
        manufacturer="Lenovo",
        model="ThinkPad T14 Gen 4",
        serial_number="PF4RX8QK",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(560),
        installed_at=_in(-200),
        notes="Portátil del equipo comercial: presupuestos en casa del cliente, a3ERP por VPN.",
        **vl,
    )
    b.device(
        940115,
        "cometa-1",
        "Drone",
        manufacturer="DJI",
        model="Matrice 30T",
        serial_number="1581F5BKD23A0012",
        operating_system="Firmware 09.01.0309",
        warranty_expires_at=_in(12),
        installed_at=_in(-720),
        contact_id=ivan,
        notes=(
            "Dron de inspección termográfica de Valencia; piloto Iván Cortés. DJI Care "
            "Enterprise Plus hasta la fecha de garantía."
        ),
        **vl,
    )
    b.device(
        940116,
        "cometa-2",
        "Drone",
        manufacturer="DJI",
        model="Mavic 3 Thermal (M3T)",
        serial_number="1581F4XEB22C0041",
        operating_system="Firmware 10.01.0612",
        warranty_expires_at=_in(140),
        installed_at=_in(-420),
        location_id=fao,
        contact_id=joao,
        notes="Dron de la delegación de Faro para revisiones de cubiertas en el Algarve.",
    )
    b.device(
        940117,
        "luna",
        "Firewall",
        oui="BCCF4F",
        manufacturer="Zyxel",
        model="USG FLEX 100H",
        serial_number="S232L21000342",
        operating_system="uOS 1.21",
        primary_ip="192.168.60.1",
        public_ip="198.51.100.205",
        ports=[("P2 (LAN)", "192.168.60.1"), ("P1 (WAN MEO Fibra)", "198.51.100.205")],
        installed_at=_in(-480),
        location_id=fao,
        contact_id=joao,
        notes=(
            "Cortafuegos de Faro detrás del router de MEO en modo bridge; VPN 'VLC-FAO' con sol."
        ),
    )
    b.device(
        940118,
        "fobos",
        "Switch",
        oui="BCCF4F",
        manufacturer="Zyxel",
        model="GS1350-6HP",
        serial_number="S232L06001190",
        primary_ip="192.168.60.2",
        installed_at=_in(-480),
        location_id=fao,
        notes="Switch PoE de Faro en el armario del aseo.",
    )
    b.device(
        940119,
        "io",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="MFC-L8900CDW",
        serial_number="E78199K1N123456",
        primary_ip="192.168.60.60",
        installed_at=_in(-480),
        location_id=fao,
        notes="Impresora multifunción de Faro.",
    )
    b.device(
        940120,
        "europa",
        "Workstation",
        oui="6C0B84",
        manufacturer="HP",
        model="EliteDesk 800 G6 Mini",
        serial_number="CZC1118KQP",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="192.168.60.21",
        warranty_expires_at=_in(-180),
        installed_at=_in(-1100),
        location_id=fao,
        notes="PC de recepción de Faro; a3ERP contra tierra por la VPN.",
    )
    b.device(
        940121,
        "satelite-03",
        "Laptop",
        oui="70B5E8",
        manufacturer="Lenovo",
        model="ThinkPad E14 Gen 5",
        serial_number="PF4T9MZB",
        operating_system="Windows 11 Pro 23H2 (pt-PT)",
        warranty_expires_at=_in(400),
        installed_at=_in(-300),
        location_id=fao,
        contact_id=joao,
        notes="Portátil de João Pereira; a3ERP por la VPN SSL cuando está fuera.",
    )

    b.link(["venus", "tierra", "saturno"], RUNS, "jupiter")
    b.link(
        ["jupiter", "marte", "urano", "neptuno", "estrella-1", "estrella-2", "via-lactea"],
        CONNECTED,
        "mercurio",
    )
    b.link("mercurio", CONNECTED, "sol")
    b.link("luna", CONNECTED, "sol", "VPN IPsec VLC-FAO")
    b.link("fobos", CONNECTED, "luna")
    b.link(["io", "europa"], CONNECTED, "fobos")
    b.link(["jupiter", "marte", "mercurio", "sol"], DEPENDS, "neptuno", "alimentación")
    b.link("tierra", DEPENDS, "venus", "dominio y DNS")
    b.link(["europa", "satelite-02", "satelite-03"], DEPENDS, "tierra", "a3ERP")

    b.asset(
        940301,
        "Mobile Line",
        "Línea Iván Cortés",
        carrier="Movistar",
        phone_number="+34 600 555 112",
        assigned_to="Iván Cortés (jefe de instalaciones)",
        sim_iccid="8934071100283419922",
        data_plan="Fusión Empresas, datos ilimitados",
        contract_ends=_in(33),
    )
    b.asset(
        940302,
        "Mobile Line",
        "SIM 4G cometa-1 (DJI Cellular)",
        carrier="Orange",
        assigned_to="cometa-1 (módulo DJI Cellular)",
        sim_iccid="8934011210087654321",
        data_plan="Solo datos 20 GB",
        contract_ends=_in(-10),
    )
    b.asset(
        940303,
        "Port Forward",
        "Portal de monitorización (Grafana)",
        firewall=b.tag("sol"),
        external_port="192.0.2.130:443",
        internal_target="saturno 192.168.50.13:3000",
        protocol="TCP",
        purpose="Portal de clientes monitor.levantesolar.example (Grafana con TLS propio)",
        requested_by="Vicente Albert Ferrer",
    )
    b.asset(
        940304,
        "Support Agreement",
        "Lenovo Premier Support - jupiter",
        provider="Lenovo",
        agreement_number="LNV-PS-7780-2210",
        covers=b.tag("jupiter"),
        service_level="Premier Support 24x7, técnico in situ en 4 horas",
        support_phone="+34 900 555 143",
        ends_on=_in(88),
    )
    b.asset(
        940305,
        "Printer Lease",
        "Renting Ricoh urano",
        leasing_company="Ricoh España (renting)",
        agreement_number="RCE-2023-118765",
        device=b.tag("urano"),
        page_allowance="5.000 B/N + 1.500 color al mes",
        service_desk="+34 900 555 180",
        lease_ends=_in(500),
    )
    b.asset(
        940306,
        "Meeting Room",
        "Sala Júpiter",
        room="Valencia, primera planta, junto a gerencia",
        display="Samsung Flip Pro 55",
        conferencing="Microsoft Teams Rooms (Yealink MeetingBar A20)",
        room_devices=b.tag("via-lactea"),
        seats=8,
        booking_calendar="sala.jupiter@levantesolar.example",
    )
    b.asset(
        940307,
        "Shared Mailbox",
        "presupuestos@levantesolar.example",
        address="presupuestos@levantesolar.example",
        members="Vicente Albert Ferrer; Marta Soler; equipo comercial",
        send_as="Equipo comercial",
        forwarding="Copia a João Pereira de las solicitudes del Algarve",
        purpose="Solicitudes de presupuesto desde la web y las ferias",
    )

    b.secret(
        940401,
        "sol - admin local Zyxel",
        "admin",
        "Red",
        "sol",
        url="https://192.168.50.1",
    )
    b.secret(
        940402,
        "Nebula Control Center",
        "it@levantesolar.example",
        "Red",
        url="https://nebula.zyxel.com",
        notes="Gestión en la nube de sol, luna, mercurio, fobos, estrella-1 y estrella-2.",
    )
    b.secret(
        940403,
        "jupiter - Proxmox",
        "admin@pve",
        "Virtualización",
        "jupiter",
        url="https://192.168.50.10:8006",
    )
    b.secret(
        940404,
        "a3ERP - usuario SQL sa",
        "sa",
        "Base de datos",
        "tierra",
        notes="Instancia A3ERP; solo para el soporte de Wolters Kluwer.",
    )
    b.secret(
        940405,
        "DJI FlightHub 2",
        "drones@levantesolar.example",
        "Drones",
        url="https://fh2.dji.example",
        notes="Organización Levante Solar; registros de vuelo de cometa-1 y cometa-2.",
    )
    b.secret(
        940406,
        "WiFi LEVSOL-Invitados",
        None,
        "Wi-Fi",
        notes="Clave en recepción; se cambia cada trimestre.",
    )

    b.runbook(
        940501,
        "VPN Valencia-Faro caída",
        "Red",
        ("h", "Síntomas"),
        (
            "p",
            "En Faro, a3ERP muestra 'Error 40: No se pudo abrir una conexión con SQL Server' y "
            "no se abre la unidad P: desde europa.",
        ),
        ("h", "Pasos"),
        (
            "s",
            "En Nebula, sitio Valencia > Monitor > VPN: comprobar el túnel 'VLC-FAO' entre sol "
            "y luna.",
        ),
        (
            "s",
            "Si está caído, en luna: Configuración > VPN > IPsec > 'VLC-FAO' > desactivar y "
            "activar; comprobar que la IP pública de MEO sigue siendo 198.51.100.205.",
        ),
        (
            "s",
            "Si MEO ha dejado su router en modo router (no bridge) tras una avería, João "
            "Pereira llama al 16206 (MEO Empresas) para volver a modo bridge.",
        ),
        (
            "s",
            "Prueba desde europa: Test-NetConnection tierra -Port 1433.",
        ),
    )
    b.runbook(
        940502,
        "a3ERP no arranca: servidor de licencias",
        "Aplicaciones",
        ("h", "Síntomas"),
        (
            "p",
            "Al abrir a3ERP sale 'No se ha podido conectar con el servidor de licencias "
            "(a3LicenseServer)'.",
        ),
        ("h", "Pasos"),
        (
            "s",
            "En tierra (192.168.50.12): Restart-Service -Name a3LicSrv y después comprobar "
            "Get-Service 'MSSQL$A3ERP'.",
        ),
        (
            "s",
            "Si el mensaje es 'Licencia caducada (código 1107)', avisar a Marta Soler: la "
            "renovación la tramita administración.",
        ),
        (
            "s",
            "Soporte Wolters Kluwer: 902 555 330, número de cliente 44-118802.",
        ),
    )
    b.runbook(
        940503,
        "Descarga de vuelos de dron a marte",
        "Procedimientos",
        ("h", "Pasos"),
        (
            "s",
            "Al volver de una inspección, copiar la microSD de cometa-1 a "
            "\\\\marte\\Inspecciones\\<año>\\<cliente>.",
        ),
        (
            "s",
            "Procesar las imágenes R-JPEG con DJI Thermal Analysis Tool 3 en satelite-01.",
        ),
        (
            "s",
            "Sincronizar el registro de vuelo en DJI FlightHub 2 el mismo día (lo exige el "
            "seguro).",
        ),
        (
            "p",
            "marte sube Inspecciones a Wasabi con Hybrid Backup Sync cada noche a las 03:00.",
        ),
    )
    return b.snap


# ============================================================================================
# Safe Harbour Marina: a marina in Nelson Bay, NSW, where no device was ever renamed.
# ============================================================================================


def _safe_harbour() -> Snapshot:
    b = _FifthBuilder(
        Organization(
            id=SHM,
            organization_id=SHM,
            name="Safe Harbour Marina Pty Ltd",
            short_name="SHM",
            organization_type="Marina",
            description=(
                "Marina with 180 berths on A and B piers, a fuel dock, a hardstand with a boat "
                "lift and a chandlery, in Nelson Bay on Port Stephens. Nobody ever renamed a "
                "device: every configuration still has its vendor default name."
            ),
            quick_notes=(
                "Office open 08:00-17:00 seven days. The fuel dock must not be down on "
                "weekends in summer: fuel dock work only on weekdays before 10:00."
            ),
            updated_at=UPDATED_AT,
        ),
        950000,
        "colon",
    )
    office = b.location(
        950001,
        "Marina office & chandlery",
        primary=True,
        address_1="12 Victoria Parade",
        city="Nelson Bay",
        region="New South Wales",
        postal_code="2315",
        country="Australia",
        phone="+61 2 5550 0140",
        notes=(
            "Comms cupboard is under the stairs behind the chandlery counter; everything "
            "plugs into USW-Pro-24-PoE there."
        ),
    )
    dock = b.location(
        950002,
        "Fuel dock & hardstand",
        address_1="End of B Pier (hardstand via Victoria Parade gate 2)",
        city="Nelson Bay",
        region="New South Wales",
        postal_code="2315",
        country="Australia",
        notes=(
            "The fuel kiosk at the end of B Pier holds USW-Flex-Mini and FSC3000; power comes "
            "from the kiosk distribution board and is not UPS-backed."
        ),
    )
    gm = b.person(
        950011,
        "Craig Whitfield",
        "General Manager",
        "Primary",
        "craig@safeharbourmarina.example",
        "+61 2 5550 0141",
        mobile="+61 491 570 156",
        location_id=office,
        important=True,
        notes="Approves spend and downtime; uses LAPTOP-Q81ZT0HM.",
    )
    b.person(
        950012,
        "Shannon O'Loughlin",
        "Berthing & Office Coordinator",
        "User",
        "shannon@safeharbourmarina.example",
        "+61 2 5550 0142",
        location_id=office,
        notes="Pier Manager bookings on DESKTOP-7F3K2LQ; enrols gate fobs in Protege WX.",
    )
    daz = b.person(
        950013,
        "Darren Kowalski",
        "Dock Master",
        "User",
        "darren@safeharbourmarina.example",
        "+61 2 5550 0147",
        mobile="+61 491 570 189",
        location_id=dock,
        notes="Fuel dock and pier gates; on the water from 06:30, so call the mobile.",
    )
    b.person(
        950014,
        "Mei Lin Tan",
        "Bookkeeper (Tuesdays and Thursdays)",
        "Billing",
        "accounts@safeharbourmarina.example",
        "+61 2 5550 0143",
        location_id=office,
        notes="Pays our invoices; MYOB is cloud, nothing on site.",
    )

    of: dict[str, Any] = {"location_id": office}
    b.device(
        950101,
        "FGT60FTK22091877",
        "Firewall",
        oui="E81CBA",
        manufacturer="Fortinet",
        model="FortiGate 60F",
        serial_number="FGT60FTK22091877",
        operating_system="FortiOS 7.2.7",
        primary_ip="192.168.1.99",
        public_ip="203.0.113.57",
        ports=[
            ("internal", "192.168.1.99"),
            ("wan1 (NBN FTTP)", "203.0.113.57"),
            ("wan2 (RUTX11)", "192.168.8.2"),
        ],
        warranty_expires_at=_in(22),
        installed_at=_in(-1300),
        contact_id=gm,
        notes=(
            "Still named by its serial and still on the default 192.168.1.0/24 LAN. NBN "
            "FTTP from Aussie Broadband on wan1, RUTX11 4G failover on wan2."
        ),
        **of,
    )
    b.device(
        950102,
        "USW-Pro-24-PoE",
        "Switch",
        oui="F4E2C6",
        manufacturer="Ubiquiti",
        model="UniFi USW-Pro-24-PoE",
        serial_number="F4E2C6A01B7C",
        operating_system="UniFi switch firmware 7.0.50",
        primary_ip="192.168.1.2",
        warranty_expires_at=_in(190),
        installed_at=_in(-900),
        notes=(
            "Only real switch, in the comms cupboard under the stairs. Port 7 Protege WX, port "
            "24 PoE to USW-Flex-Mini at the fuel kiosk."
        ),
        **of,
    )
    b.device(
        950103,
        "USW-Flex-Mini",
        "Switch",
        oui="F4E2C6",
        manufacturer="Ubiquiti",
        model="UniFi USW Flex Mini",
        serial_number="F4E2C6B3390E",
        operating_system="UniFi switch firmware 2.1.3",
        primary_ip="192.168.1.3",
        installed_at=_in(-900),
        location_id=dock,
        notes="Five-port switch in the fuel kiosk, powered by PoE from USW-Pro-24-PoE port 24.",
    )
    for id_, mac, ip, where, loc in [
        (950104, "74:ac:b9:1e:03:5a", "192.168.1.11", "Office roof, wired (mesh root).", office),
        (
            950105,
            "74:ac:b9:1e:0a:11",
            "192.168.1.12",
            "A Pier light pole 6, meshes to the office AP.",
            dock,
        ),
        (
            950106,
            "74:ac:b9:1e:0f:2c",
            "192.168.1.13",
            "B Pier next to the fuel kiosk, meshes to the office AP.",
            dock,
        ),
    ]:
        b.device(
            id_,
            mac,
            "Mesh Access Point",
            manufacturer="Ubiquiti",
            model="UniFi U6 Mesh",
            serial_number=mac.replace(":", "").upper(),
            mac_address=mac,
            operating_system="UniFi AP firmware 6.6.65",
            primary_ip=ip,
            installed_at=_in(-900),
            location_id=loc,
            notes=f"Shown by its MAC because it was never named. {where} SSID SafeHarbour-Guest.",
        )
    b.device(
        950107,
        "DiskStation",
        "NAS",
        oui="001132",
        manufacturer="Synology",
        model="DS220+",
        serial_number="2080PDN339012",
        operating_system="DSM 7.1.1-42962 Update 6",
        primary_ip="192.168.1.20",
        warranty_expires_at=_in(-300),
        installed_at=_in(-1400),
        notes=(
            "Shared office files and the nightly Active Backup of DESKTOP-7F3K2LQ. No offsite "
            "copy yet (quoted, not approved)."
        ),
        **of,
    )
    b.device(
        950108,
        "Embedded Net DVR",
        "Network Video Recorder",
        oui="C056E3",
        manufacturer="Hikvision",
        model="DS-7616NI-Q2/16P",
        serial_number="G12873401",
        operating_system="V4.62.210",
        primary_ip="192.168.1.64",
        installed_at=_in(-1600),
        notes="Sixteen-channel NVR in the comms cupboard; 12 cameras on piers, car park, lift.",
        **of,
    )
    b.device(
        950109,
        "NPI4C2B9A",
        "Multifunction Printer",
        manufacturer="HP",
        model="Color LaserJet Pro MFP 4301fdw",
        serial_number="CNBRS4K0QZ",
        mac_address="6C:02:E0:4C:2B:9A",
        primary_ip="192.168.1.120",
        installed_at=_in(-340),
        notes="Office printer/scanner (leased); scans to the DiskStation Scans folder.",
        **of,
    )
    b.device(
        950110,
        "BRW3C2AF41E07A1",
        "Label Printer",
        manufacturer="Brother",
        model="QL-820NWB",
        serial_number="K9Z172203",
        mac_address="3C:2A:F4:1E:07:A1",
        primary_ip="192.168.1.121",
        installed_at=_in(-700),
        notes="Chandlery shelf and price labels, printed from DESKTOP-R2V0N8C over Wi-Fi.",
        **of,
    )
    for id_, name, manufacturer, model, serial, ip, os, note in [
        (
            950111,
            "DESKTOP-7F3K2LQ",
            "Lenovo",
            "ThinkCentre M70s Gen 3",
            "MJ0GK2LD",
            "192.168.1.101",
            "Windows 11 Pro 22H2",
            "Office PC at the front desk: Pier Manager berth bookings, Hik-Connect.",
        ),
        (
            950112,
            "DESKTOP-R2V0N8C",
            "HP",
            "EliteOne 800 G6 All-in-One",
            "8CC1170ZQ4",
            "192.168.1.102",
            "Windows 10 Pro 22H2",
            "Chandlery counter PC: Lightspeed Retail register and the label printer.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            manufacturer=manufacturer,
            model=model,
            serial_number=serial,
            operating_system=os,
            primary_ip=ip,
            ports=[("Ethernet", ip)],
            installed_at=_in(-600),
            notes=note,
            **of,
        )
    b.device(
        950113,
        "LAPTOP-Q81ZT0HM",
        "Laptop",
        manufacturer="HP",
        model="ProBook 450 G10",
        serial_number="5CD3381JQW",
        operating_system="Windows 11 Pro 23H2",
        warranty_expires_at=_in(380),
        installed_at=_in(-330),
        contact_id=gm,
        notes="Craig Whitfield's laptop.",
        **of,
    )
    b.device(
        950114,
        "RUTX11",
        "Cellular Router",
        oui="001E42",
        manufacturer="Teltonika",
        model="RUTX11",
        serial_number="1109876543",
        operating_system="RutOS RUTX_R_00.07.08",
        primary_ip="192.168.8.1",
        installed_at=_in(-500),
        notes=(
            "4G failover on the FortiGate's wan2; Telstra data SIM, antenna on the office roof."
        ),
        **of,
    )
    b.device(
        950115,
        "FSC3000",
        "Fuel Dock Controller",
        manufacturer="OPW",
        model="FSC3000 fuel site controller",
        serial_number="FSC3-0427-1866",
        primary_ip="192.168.1.150",
        installed_at=_in(-2000),
        location_id=dock,
        contact_id=daz,
        notes="Diesel and unleaded pumps at the fuel dock: card and fuel-tag authorisation.",
    )
    b.device(
        950116,
        "ProtegeWX-2A71C0",
        "Gate Access Controller",
        manufacturer="ICT",
        model="Protege WX",
        serial_number="PWX-0112-2A71C0",
        operating_system="Protege WX 4.1.2",
        primary_ip="192.168.1.160",
        installed_at=_in(-1100),
        notes="Fob readers on the A and B pier gates and the amenities block; USW port 7.",
        **of,
    )
    b.device(
        950117,
        "WeatherLink Live",
        "Weather Station",
        manufacturer="Davis Instruments",
        model="WeatherLink Live (6100) with Vantage Pro2",
        serial_number="WLL6100-0093318",
        primary_ip="192.168.1.170",
        installed_at=_in(-800),
        notes="Wind and weather for the marina website and the berth holder app.",
        **of,
    )
    b.device(
        950118,
        "apc5F3A21",
        "UPS",
        manufacturer="APC",
        model="Smart-UPS 1000 (SMT1000RMI2UC)",
        serial_number="AS2003150988",
        mac_address="28:29:86:5F:3A:21",
        operating_system="NMC AP9641 2.5.0.8",
        primary_ip="192.168.1.30",
        warranty_expires_at=_in(-500),
        installed_at=_in(-1300),
        notes="UPS in the comms cupboard; network card still has its default hostname.",
        **of,
    )

    b.link(
        [
            "74:ac:b9:1e:03:5a",
            "DiskStation",
            "Embedded Net DVR",
            "NPI4C2B9A",
            "DESKTOP-7F3K2LQ",
            "DESKTOP-R2V0N8C",
            "ProtegeWX-2A71C0",
            "WeatherLink Live",
            "apc5F3A21",
        ],
        CONNECTED,
        "USW-Pro-24-PoE",
    )
    b.link("USW-Flex-Mini", CONNECTED, "USW-Pro-24-PoE", "PoE port 24")
    b.link("FSC3000", CONNECTED, "USW-Flex-Mini")
    b.link(["74:ac:b9:1e:0a:11", "74:ac:b9:1e:0f:2c"], CONNECTED, "74:ac:b9:1e:03:5a", "mesh")
    b.link("USW-Pro-24-PoE", CONNECTED, "FGT60FTK22091877")
    b.link("RUTX11", CONNECTED, "FGT60FTK22091877", "wan2 failover")
    b.link(
        ["FGT60FTK22091877", "USW-Pro-24-PoE", "DiskStation", "Embedded Net DVR"],
        DEPENDS,
        "apc5F3A21",
        "power",
    )

    b.asset(
        950301,
        "CCTV System",
        "Marina CCTV",
        recorder=b.tag("Embedded Net DVR"),
        camera_count=12,
        retention="14 days",
        viewing_app="Hik-Connect (Craig's phone and DESKTOP-7F3K2LQ)",
        installer="Port Stephens Security Solutions",
        remote_access="Hik-Connect P2P cloud",
    )
    b.asset(
        950302,
        "Port Forward",
        "Fuelquip remote support (VNC)",
        firewall=b.tag("FGT60FTK22091877"),
        external_port="203.0.113.57:5901",
        internal_target="FSC3000 192.168.1.150:5900",
        protocol="TCP",
        purpose=(
            "Fuelquip technicians' remote access to the fuel controller; source "
            "198.51.100.0/28 only"
        ),
        requested_by="Darren Kowalski",
    )
    b.asset(
        950303,
        "Mobile Line",
        "Dock master mobile",
        carrier="Telstra",
        phone_number="+61 491 570 189",
        assigned_to="Darren Kowalski (dock master)",
        sim_iccid="89610185001234567890",
        data_plan="Business Mobile Plan L",
        contract_ends=_in(-60),
    )
    b.asset(
        950304,
        "Mobile Line",
        "RUTX11 failover SIM",
        carrier="Telstra",
        assigned_to="RUTX11 4G failover router",
        sim_iccid="89610185009876543210",
        data_plan="Business data SIM 200GB",
        contract_ends=_in(160),
    )
    b.asset(
        950305,
        "Support Agreement",
        "Fuelquip service agreement",
        provider="Fuelquip Australia",
        agreement_number="FQ-NSW-30417",
        covers=b.tag("FSC3000"),
        service_level="Fuel dock down: 4-hour response, 7 days",
        support_phone="+61 2 5550 0190",
        ends_on=_in(46),
    )
    b.asset(
        950306,
        "Support Agreement",
        "Pier Manager subscription",
        provider="Pier Manager Pty Ltd",
        agreement_number="PM-SHM-0092",
        covers=b.tag("DESKTOP-7F3K2LQ"),
        service_level="Business hours phone and email support",
        support_phone="+61 2 5550 0175",
        ends_on=_in(205),
    )
    b.asset(
        950307,
        "Shared Mailbox",
        "berths@safeharbourmarina.example",
        address="berths@safeharbourmarina.example",
        members="Shannon O'Loughlin; Craig Whitfield",
        send_as="Shannon O'Loughlin",
        forwarding="Booking requests copied to Pier Manager (bookings@piermanager.example)",
        purpose="Casual and permanent berth bookings",
    )
    b.asset(
        950308,
        "Printer Lease",
        "Office MFP lease",
        leasing_company="Coastline Office Equipment",
        agreement_number="COE-88213",
        device=b.tag("NPI4C2B9A"),
        page_allowance="2,500 mono + 800 colour per month",
        service_desk="+61 2 5550 0166",
        lease_ends=_in(300),
    )

    b.secret(
        950401,
        "FortiGate admin",
        "admin",
        "Firewall",
        "FGT60FTK22091877",
        url="https://192.168.1.99",
    )
    b.secret(
        950402,
        "UniFi site (ui.com)",
        "marina-admin@safeharbourmarina.example",
        "Network",
        url="https://unifi.ui.com",
        notes="Manages USW-Pro-24-PoE, USW-Flex-Mini and the three U6 Mesh access points.",
    )
    b.secret(
        950403,
        "Hik-Connect account",
        "craig@safeharbourmarina.example",
        "CCTV",
        "Embedded Net DVR",
        url="https://www.hik-connect.example",
    )
    b.secret(
        950404,
        "Protege WX web interface",
        "admin",
        "Access Control",
        "ProtegeWX-2A71C0",
        url="https://192.168.1.160",
        notes="Shannon O'Loughlin has her own operator login for fobs.",
    )
    b.secret(
        950405,
        "Wi-Fi SafeHarbour-Guest",
        None,
        "Wireless",
        notes="Printed on the berth holder welcome sheet; changed every July.",
    )
    b.secret(
        950406,
        "DiskStation admin",
        "shmadmin",
        "Storage",
        "DiskStation",
        url="https://192.168.1.20:5001",
    )

    b.runbook(
        950501,
        "Pier gate fobs not working",
        "Site",
        ("h", "Symptoms"),
        (
            "p",
            "Berth holders tap their fob at the A or B pier gate and get a red light; Protege WX "
            "logs 'Access Denied - Card Not Found', or the controller shows Offline.",
        ),
        ("h", "Steps"),
        (
            "s",
            "In the Protege WX web interface (https://192.168.1.160) open Events. 'Card Not "
            "Found' means the fob is not enrolled: Shannon O'Loughlin adds it under Users with "
            "the berth number.",
        ),
        (
            "s",
            "'Access Denied - Outside Schedule': the user has the 'Berth holders 05:00-22:00' "
            "access level; liveaboards need 'Liveaboard 24h'.",
        ),
        (
            "s",
            "Controller offline: it is on USW-Pro-24-PoE port 7; power-cycle that PoE port in "
            "UniFi. The gates fail secure, so ring Darren Kowalski on +61 491 570 189.",
        ),
    )
    b.runbook(
        950502,
        "Fuel dock card payments failing",
        "Fuel dock",
        ("h", "Symptoms"),
        (
            "p",
            "The fuel dock terminal shows 'HOST COMMS FAIL E-214' and will not authorise cards "
            "or fuel tags.",
        ),
        ("h", "Steps"),
        (
            "s",
            "FSC3000 is 192.168.1.150 behind USW-Flex-Mini in the fuel kiosk; ping it from "
            "DESKTOP-7F3K2LQ.",
        ),
        (
            "s",
            "No reply: USW-Flex-Mini is powered from USW-Pro-24-PoE port 24. Power-cycle that "
            "port in UniFi and wait 3 minutes.",
        ),
        (
            "s",
            "Replies but E-214 stays: call Fuelquip on +61 2 5550 0190 (agreement FQ-NSW-30417) "
            "and let them in through the VNC port forward.",
        ),
        (
            "p",
            "Meanwhile Darren Kowalski switches the pumps to attendant mode with the key switch "
            "in the kiosk and takes payment in the chandlery.",
        ),
    )
    b.runbook(
        950503,
        "Internet down: NBN failover to RUTX11",
        "Network",
        ("h", "Symptoms"),
        ("p", "The office has no internet and the FortiGate shows wan1 down."),
        ("h", "Steps"),
        (
            "s",
            "On FGT60FTK22091877 run 'diagnose sys link-monitor status'; wan2 (RUTX11) should "
            "take over within 30 seconds.",
        ),
        (
            "s",
            "If wan2 is down too, log in to RUTX11 at 192.168.8.1, Status > Network > Mobile: "
            "signal worse than -105 dBm means the roof antenna cable has come loose again.",
        ),
        (
            "s",
            "Report the NBN fault to Aussie Broadband on +61 2 5550 0111 with service ID "
            "AVC000123456789.",
        ),
    )
    return b.snap


def snapshot() -> Snapshot:
    """The fifth MSP: five hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (_silver_line(), _ashcombe_vale(), _copper_kettle(), _levante(), _safe_harbour()):
        out.merge(part)
    return out
