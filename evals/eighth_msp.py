"""An eighth hand-written MSP, unlike the sample MSP (sync/demo/), evals/other_msp.py,
evals/third_msp.py, evals/fourth_msp.py, evals/fifth_msp.py, evals/sixth_msp.py and
evals/seventh_msp.py.

Five clients, each with a naming habit none of the other accounts has:

- Pioneer Valley Animal Hospitals (PVAH; a 24-hour animal hospital in Northampton, MA, with
  clinics in Amherst and Greenfield): every device is named after a dog breed, in lowercase
  with hyphens, and the breed says the job: guard dogs are firewalls (`rottweiler`,
  `doberman`, `akita`), herding dogs switches (`border-collie`, `corgi`), giant breeds the
  Hyper-V host and its VMs (`great-dane`, `saint-bernard`, `newfoundland`, `bernese`),
  retrievers the backup (`golden-retriever`), terriers the desks (`jack-russell`,
  `airedale`, `boston-terrier`), pointers and setters the printers (`pointer`, `vizsla`,
  `english-setter`), sled dogs the access points (`husky`, `malamute`), scent hounds the drug
  cabinet and the camera recorder (`basset-hound`, `bloodhound`), a livestock guardian the UPS
  (`great-pyrenees`) and a toy breed the check-in tablet (`chihuahua`). `labrador` is the lab
  PC; `newfoundland` and `labrador` are also place names and `pointer` is a word.
- Harrow Creek Water & Sewer (HCWS; a borough water and sewer department in Pennsylvania):
  every device is `<FACILITY>-<FUNCTION>` with the borough's own facility codes: PWO (the
  public works office), WTP (the water treatment plant), PS1..PS3 (water booster pump
  stations), LS1 and LS2 (sewage lift stations) and TNK1 (the elevated tank); the function is
  short (`WTP-SCADA1`, `WTP-HIST`, `PS3-RTU`, `PS3-HMI`, `PS3-RAD`, `PWO-BILL`, `TNK1-RTU`).
  `PS2-RTU` and `LS2-RTU` differ by one letter and are different utilities (water, sewer).
- Adeyemi Materials Lab (short name "AML"; a materials science research group at Whitlock
  University, Troy, NY): every host is named after a chemical element in lowercase, and the
  last octet of its address is the element's atomic number (`helium` the firewall is .2,
  `argon` the Slurm head node .18, `krypton` and `xenon` the GPU nodes .36 and .54, `radon`
  the storage server .86, `iron` the XRD PC .26, `gold` the SEM PC .79; only the BMC ports
  break the rule); `lead` is the printer, and `lead`, `iron`, `gold`, `copper` and `nickel`
  are ordinary words.
- Pioneer Supply Co. (a plumbing, HVAC and electrical wholesaler in Columbus, OH, with a
  Dayton branch): shares the word "Pioneer" with the animal hospitals. Every device is named
  after the IP address it was given when it was installed, AWS-style (`ip-10-40-0-1` the
  firewall, `ip-10-40-1-21` the ERP server, `ip-10-40-40-11` a handheld); the Dayton branch
  was re-addressed in 2024 and two names now lie (`ip-192-168-1-1` is the Dayton firewall at
  10.44.0.1, `ip-192-168-1-10` a counter PC at 10.44.20.10).
- Timberline Wealth Advisors (short name "TWA", also an airline; a registered investment
  adviser in Denver and Boulder, CO): every device is `mt-<peak>` after a Colorado
  fourteener; the Collegiate Peaks are the servers (`mt-harvard` the Hyper-V host, `mt-yale`
  the DC, `mt-princeton` Laserfiche, `mt-oxford` files), the Mosquito Range the desks
  (`mt-lincoln`, `mt-democrat`, `mt-bross`, `mt-sherman`); `mt-evans` kept its name after the
  peak was renamed Mount Blue Sky, and `mt-capitol`, `mt-democrat` and `mt-princeton` read
  like ordinary words and places.

Configuration types of its own (Imaging Workstation, Dental Radiography PC, Lab Station,
Medication Dispensing Cabinet, Check-in Tablet, Pharmacy Label Printer, SCADA Server,
Historian Server, Operator Workstation, Programmable Logic Controller, Remote Terminal Unit,
Operator Panel, Data Radio, Water Quality Analyzer, Industrial Firewall, XCP-ng Host, Cluster
Head Node, GPU Compute Node, Storage Server, Instrument PC, Glovebox Controller, ESXi Host,
Backup Server, Counter PC, Mobile Computer, Thermal Printer, Check Scanner,
Conference Room System) next to common ones, and flexible asset types none of the other
accounts has (Practice Management System, Telemetry Link, Instrument Service Contract,
Research Data Storage, Licence, EDI Connection, Custodian Integration, Regulatory Obligation,
Guest Wi-Fi Portal, Backup Job, Call Flow) with their own trait keys. Some fields are left
empty on purpose (a tablet with no IP, a telemetry link with no call sign, a backup job never
test-restored, a perpetual licence with no support end, a laptop with no warranty). Password
entries are metadata only (`value_encrypted` stays None). Everything is written out by hand;
nothing is random. Every date is an offset from TODAY (2026-06-01, as in third_msp.py) so the
questions in evals/natural/eighth.jsonl and eighthh.jsonl have fixed answers.

Ids: organizations 1301..1305; every other id (records, interfaces, document sections) is
1300000 or above and unique across all of them: flexible asset types 1300001..1300011, then
one block of ten thousand per organization (1310000 for 1301 ... 1350000 for 1305):
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

PVAH, HCWS, ADEYEMI, PIONEER, TWA = 1301, 1302, 1303, 1304, 1305

CONNECTED, RUNS, DEPENDS = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON


ASSET_TYPES = [
    FlexibleAssetType(
        id=1300001,
        organization_id=0,
        name="Practice Management System",
        description="A clinic's practice management software: product, where it runs, seats",
        fields=(
            _field("Product"),
            _field("Version"),
            _field("Hosting"),
            _field("Server", "Tag", tag_type="Configurations"),
            _field("Seats", "Number"),
            _field("Support Phone"),
            _field("Renewal", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300002,
        organization_id=0,
        name="Telemetry Link",
        description="How remote stations report to SCADA: radio or cellular, master, protocol",
        fields=(
            _field("Medium"),
            _field("Frequency"),
            _field("Stations", "Tag", tag_type="Configurations"),
            _field("Master Station"),
            _field("Protocol"),
            _field("FCC Call Sign"),
            _field("Licence Expires", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300003,
        organization_id=0,
        name="Instrument Service Contract",
        description="Service contracts on scientific, medical or process instruments",
        fields=(
            _field("Instrument", "Tag", tag_type="Configurations"),
            _field("Service Vendor"),
            _field("Contract Number"),
            _field("Coverage", "Textbox"),
            _field("Service Phone"),
            _field("Contract Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300004,
        organization_id=0,
        name="Research Data Storage",
        description="Where research data lives: path, quota, replication, owner, class",
        fields=(
            _field("Path"),
            _field("Quota"),
            _field("Used"),
            _field("Replication", "Textbox"),
            _field("Data Owner"),
            _field("Data Classification"),
            _field("Allocation Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300005,
        organization_id=0,
        name="Licence",
        description="Software licences: product, kind, seats, what they are bound to, support",
        fields=(
            _field("Product"),
            _field("Licence Type"),
            _field("Seats", "Number"),
            _field("Bound To", "Tag", tag_type="Configurations"),
            _field("Reseller"),
            _field("Support Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300006,
        organization_id=0,
        name="EDI Connection",
        description="Electronic data interchange with a supplier or customer",
        fields=(
            _field("Trading Partner"),
            _field("Transaction Sets"),
            _field("Transport"),
            _field("Interchange ID"),
            _field("Partner Contact"),
            _field("Certificate Expires", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300007,
        organization_id=0,
        name="Custodian Integration",
        description="An investment adviser's custodian: platform, master account, data feed",
        fields=(
            _field("Custodian Platform"),
            _field("Master Account"),
            _field("Data Feed", "Textbox"),
            _field("Portfolio System"),
            _field("Authorized Users", "Textbox"),
            _field("Support Line"),
            _field("Agreement Renewal", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300008,
        organization_id=0,
        name="Regulatory Obligation",
        description="Registrations, reports and filings a regulator expects, and when",
        fields=(
            _field("Regulator"),
            _field("Requirement", "Textbox"),
            _field("Systems", "Tag", tag_type="Configurations"),
            _field("Responsible"),
            _field("Last Completed", "Date"),
            _field("Due Date", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300009,
        organization_id=0,
        name="Guest Wi-Fi Portal",
        description="Guest wireless with a captive portal: SSID, VLAN, terms, access points",
        fields=(
            _field("SSID"),
            _field("VLAN", "Number"),
            _field("Portal"),
            _field("Splash Page"),
            _field("Terms", "Textbox"),
            _field("Access Points", "Tag", tag_type="Configurations"),
            _field("Licence Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300010,
        organization_id=0,
        name="Backup Job",
        description="A backup job: what it protects, with what, to where, and the last restore",
        fields=(
            _field("Protected Systems", "Tag", tag_type="Configurations"),
            _field("Software"),
            _field("Target"),
            _field("Schedule"),
            _field("Retention"),
            _field("Last Restore Test", "Date"),
            _field("Alert Recipient"),
            _field("Subscription Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=1300011,
        organization_id=0,
        name="Call Flow",
        description="How the main phone number is answered in and out of business hours",
        fields=(
            _field("Main Number"),
            _field("Provider"),
            _field("Business Hours"),
            _field("After Hours Routing", "Textbox"),
            _field("Auto Attendant", "Textbox"),
            _field("Failover Number"),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _EighthBuilder(_Builder):
    """third_msp's builder with this account's flexible asset types."""

    def asset_types(self) -> dict[str, FlexibleAssetType]:
        return _TYPE


# ============================================================================================
# Pioneer Valley Animal Hospitals: Northampton (24-hour hospital), Amherst and Greenfield.
# ============================================================================================


def _animal_hospitals() -> Snapshot:
    b = _EighthBuilder(
        Organization(
            id=PVAH,
            organization_id=PVAH,
            name="Pioneer Valley Animal Hospitals",
            short_name="PVAH",
            organization_type="Veterinary Hospital Group",
            description=(
                "Three veterinary practices in western Massachusetts: the 24-hour emergency and "
                "referral hospital in Northampton (surgery, imaging, dentistry, in-house lab) "
                "and general practice clinics in Amherst and Greenfield. Practice software is "
                "IDEXX Cornerstone on premises. Every device is named after a dog breed: guard "
                "dogs are firewalls, herding dogs switches, giant breeds servers, terriers "
                "desks, pointers printers, sled dogs access points, toy breeds tablets. Not "
                "related to Pioneer Supply Co."
            ),
            quick_notes=(
                "Northampton never closes: the ER runs overnight, so no reboots of great-dane, "
                "newfoundland or rottweiler without the overnight ER lead's OK. Controlled "
                "drugs live in basset-hound; if it locks up, call Dr. Raman."
            ),
            updated_at=UPDATED_AT,
        ),
        1310000,
        "colon",
    )
    noho = b.location(
        1310001,
        "Northampton Hospital",
        primary=True,
        address_1="148 King Street",
        city="Northampton",
        region="Massachusetts",
        postal_code="01060",
        country="United States",
        phone="+1 413-555-0100",
        notes=(
            "24-hour hospital. The server closet is inside the pharmacy store room behind the "
            "treatment area; badge plus the pharmacy key (held by the ER lead at night). Park "
            "in the staff lot on Hawley Street, not in front of the ER entrance."
        ),
    )
    amherst = b.location(
        1310002,
        "Amherst Clinic",
        address_1="410 West Street",
        city="Amherst",
        region="Massachusetts",
        postal_code="01002",
        country="United States",
        phone="+1 413-555-0120",
        notes=(
            "General practice, Mon-Sat. Network rack is in the coat closet next to exam room 3; "
            "the alarm code is with the clinic manager."
        ),
    )
    greenfield = b.location(
        1310003,
        "Greenfield Clinic",
        address_1="85 Federal Street",
        city="Greenfield",
        region="Massachusetts",
        postal_code="01301",
        country="United States",
        phone="+1 413-555-0130",
        notes=(
            "Two-room clinic above the pet supply shop; the firewall sits on the reception shelf."
        ),
    )
    raman = b.person(
        1310011,
        "Priya Raman",
        "Medical Director and Owner (DVM)",
        "Primary",
        "praman@pioneervalleyvets.example",
        "+1 413-555-0101",
        mobile="+1 413-555-0171",
        location_id=noho,
        important=True,
        notes=(
            "Owner. Signs off anything over $2,500 and holds the DEA registration, so anything "
            "touching basset-hound or the controlled drug log goes through her."
        ),
    )
    colleen = b.person(
        1310012,
        "Colleen Furtado",
        "Hospital Administrator",
        "Technical",
        "cfurtado@pioneervalleyvets.example",
        "+1 413-555-0102",
        mobile="+1 413-555-0174",
        location_id=noho,
        notes=(
            "Our day-to-day contact and the office manager for all three sites: new users in "
            "Cornerstone, the phones, the copiers, approving downtime in the daytime."
        ),
    )
    b.person(
        1310013,
        "Jake Pelletier",
        "Overnight ER Lead Technician",
        "After Hours",
        "jpelletier@pioneervalleyvets.example",
        "+1 413-555-0150",
        mobile="+1 413-555-0188",
        location_id=noho,
        notes=(
            "On site 19:00-07:00 Sun-Thu. Call the ER desk line first; he carries the pharmacy "
            "key at night and decides whether work can go ahead."
        ),
    )
    b.person(
        1310014,
        "Maureen Sokol",
        "Bookkeeper",
        "Billing",
        "msokol@pioneervalleyvets.example",
        "+1 413-555-0104",
        location_id=noho,
        notes=(
            "Invoices to her; she needs the site (Northampton, Amherst, Greenfield) on each line."
        ),
    )
    b.person(
        1310015,
        "Deb Lachance",
        "Clinic Manager, Amherst",
        "User",
        "dlachance@pioneervalleyvets.example",
        "+1 413-555-0121",
        location_id=amherst,
        notes="First call for anything at Amherst or Greenfield; holds both alarm codes.",
    )

    nh: dict[str, Any] = {"location_id": noho}
    b.device(
        1310101,
        "rottweiler",
        "Firewall",
        oui="00906F",
        manufacturer="WatchGuard",
        model="Firebox M290",
        serial_number="80DC03A7F1B2E",
        asset_tag="PVAH-0101",
        operating_system="Fireware 12.10.3",
        primary_ip="10.60.0.1",
        public_ip="203.0.113.51",
        ports=[
            ("eth0 (External)", "203.0.113.51"),
            ("eth1 (Trusted)", "10.60.0.1"),
            ("eth2 (Optional - Guest)", "10.60.90.1"),
        ],
        warranty_expires_at=_in(52),
        installed_at=_in(-700),
        contact_id=colleen,
        notes=(
            "Northampton firewall on Comcast Business fiber (eth0). Branch office VPNs "
            "'BOVPN-AMH' to doberman and 'BOVPN-GRF' to akita; Mobile VPN with IKEv2 for the "
            "doctors' remote Cornerstone access. Total Security Suite renews with the "
            "hardware support."
        ),
        **nh,
    )
    b.device(
        1310102,
        "border-collie",
        "Switch",
        oui="F87B20",
        manufacturer="Cisco",
        model="Catalyst 9200L-48P-4G",
        serial_number="JAE27310QKM",
        asset_tag="PVAH-0102",
        operating_system="IOS XE 17.9.5",
        primary_ip="10.60.0.2",
        warranty_expires_at=_in(1400),
        installed_at=_in(-700),
        notes=(
            "Core switch in the server closet. VLAN 10 staff, 20 medical devices, 30 cameras, "
            "90 guest. Ports 45-48 uplink to the treatment-area patch panel."
        ),
        **nh,
    )
    b.device(
        1310103,
        "great-dane",
        "Hyper-V Host",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge R650xs",
        serial_number="4KT9BW3",
        asset_tag="PVAH-0103",
        operating_system="Windows Server 2022 Datacenter",
        operating_system_notes=(
            "Hyper-V role only; three VMs (saint-bernard, newfoundland, bernese)"
        ),
        primary_ip="10.60.10.10",
        ports=[("NIC1", "10.60.10.10"), ("iDRAC9", "10.60.10.9")],
        warranty_expires_at=_in(300),
        installed_at=_in(-680),
        contact_id=colleen,
        notes="The only server, in the closet rack above great-pyrenees.",
        **nh,
    )
    for id_, name, ip, os_notes, note in [
        (
            1310104,
            "saint-bernard",
            "10.60.10.11",
            None,
            "Domain controller for pvah.local: AD, DNS and DHCP for all three sites.",
        ),
        (
            1310105,
            "newfoundland",
            "10.60.10.12",
            "SQL Server 2019 Standard, instance CORNERSTONE",
            "IDEXX Cornerstone 9.5 server and database. Every desk, the lab station and the "
            "drug cabinet talk to it.",
        ),
        (
            1310106,
            "bernese",
            "10.60.10.13",
            "Asteris Keystone Omni PACS 5.2, DICOM AE title KEYSTONE, port 104",
            "Imaging archive: radiographs from whippet and dental films from dachshund; "
            "Cornerstone links each study to the patient record.",
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
            installed_at=_in(-670),
            notes=note,
            **nh,
        )
    b.device(
        1310107,
        "golden-retriever",
        "Backup Appliance",
        manufacturer="Datto",
        model="SIRIS 5 S5-4",
        serial_number="S5-4-7A21C09E",
        operating_system="Datto OS 5.4",
        primary_ip="10.60.10.20",
        warranty_expires_at=_in(610),
        installed_at=_in(-660),
        notes="Fetches the VMs every hour in the daytime and replicates them to the Datto cloud.",
        **nh,
    )
    b.device(
        1310108,
        "labrador",
        "Lab Station",
        oui="00C0B7",
        manufacturer="IDEXX",
        model="VetLab Station (Dell OptiPlex 7000 build)",
        serial_number="VLS-3318824",
        operating_system="Windows 10 IoT Enterprise LTSC 2021",
        primary_ip="10.60.20.30",
        installed_at=_in(-900),
        notes=(
            "The in-house lab PC: runs the Catalyst One chemistry, ProCyte One haematology and "
            "SediVue Dx urine analysers and pushes results into Cornerstone. IDEXX owns the "
            "image; do not patch it ourselves."
        ),
        **nh,
    )
    b.device(
        1310109,
        "pointer",
        "Multifunction Printer",
        oui="00BBC1",
        manufacturer="Canon",
        model="imageRUNNER ADVANCE DX C3830i",
        serial_number="3DW09417",
        primary_ip="10.60.10.50",
        installed_at=_in(-520),
        notes=(
            "Front desk copier. Scan to email through Microsoft 365 (smtp.office365.com:587) "
            "as scanner@pioneervalleyvets.example. Leased from Valley Office Systems."
        ),
        **nh,
    )
    for id_, name, model, serial, ip, note in [
        (
            1310110,
            "jack-russell",
            "OptiPlex 7010 Micro",
            "2BX7QK3",
            "10.60.10.101",
            "Front desk check-in PC: Cornerstone, the card reader and the label printer.",
        ),
        (
            1310111,
            "airedale",
            "OptiPlex 7010 Tower",
            "6CX7QK3",
            "10.60.10.102",
            "Dr. Raman's office PC (the king of terriers): Cornerstone, QuickBooks, payroll.",
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
            ports=[("Ethernet", ip)],
            warranty_expires_at=_in(560),
            installed_at=_in(-200),
            contact_id=raman if name == "airedale" else None,
            notes=note,
            **nh,
        )
    b.device(
        1310112,
        "whippet",
        "Imaging Workstation",
        oui="A4BB6D",
        manufacturer="Dell",
        model="Precision 3680 Tower",
        serial_number="9FQ2ZT3",
        operating_system="Windows 11 Pro 23H2",
        operating_system_notes="Canon CXDI Control Software NE 3.1, DICOM send to KEYSTONE",
        primary_ip="10.60.20.31",
        ports=[("Ethernet", "10.60.20.31")],
        warranty_expires_at=_in(190),
        installed_at=_in(-420),
        notes=(
            "X-ray room acquisition PC for the Canon CXDI-710C wireless DR panel; sends every "
            "study to bernese. The fastest PC in the building, hence the name."
        ),
        **nh,
    )
    b.device(
        1310113,
        "dachshund",
        "Dental Radiography PC",
        oui="A4BB6D",
        manufacturer="Dell",
        model="OptiPlex 5000 Micro",
        serial_number="H21LMN3",
        operating_system="Windows 10 Pro 22H2",
        operating_system_notes="iM3 Vet-Exam Pro 2.9 with the CR7 VET phosphor plate scanner",
        primary_ip="10.60.20.32",
        installed_at=_in(-1300),
        notes=(
            "Dental suite PC for the iM3 CR7 VET scanner. Still Windows 10: iM3 has not "
            "certified Vet-Exam Pro on Windows 11. Low and long under the dental table."
        ),
        **nh,
    )
    b.device(
        1310114,
        "chihuahua",
        "Check-in Tablet",
        manufacturer="Apple",
        model="iPad (10th generation) Wi-Fi 64 GB",
        serial_number="F9QJ7XK2LD",
        operating_system="iPadOS 17.5",
        installed_at=_in(-300),
        notes=(
            "Lobby check-in and consent-form tablet (Cornerstone Mobile). Gets its address by "
            "DHCP on PVAH-Devices; managed in Intune."
        ),
        **nh,
    )
    b.device(
        1310115,
        "basset-hound",
        "Medication Dispensing Cabinet",
        manufacturer="Cubex",
        model="Scout 3-drawer",
        serial_number="CBX-SC-22091",
        operating_system="Cubex 7.4",
        primary_ip="10.60.20.40",
        installed_at=_in(-760),
        contact_id=raman,
        notes=(
            "Controlled drug cabinet in the pharmacy (fingerprint plus PIN). Posts every "
            "withdrawal to the Cornerstone controlled substance log; DEA records come from it."
        ),
        **nh,
    )
    b.device(
        1310116,
        "bloodhound",
        "Network Video Recorder",
        oui="00408C",
        manufacturer="Axis",
        model="S1216 Tower",
        serial_number="ACCC8EF31077",
        operating_system="AXIS Camera Station Pro 6.3",
        primary_ip="10.60.30.5",
        warranty_expires_at=_in(330),
        installed_at=_in(-480),
        notes=(
            "Records the 12 cameras: ER entrance, lobby, pharmacy door, kennels, the "
            "isolation ward and the parking lot. 30 days retention."
        ),
        **nh,
    )
    for id_, name, serial, ip, where in [
        (
            1310117,
            "husky",
            "Q3AB-7KLM-2XPN",
            "10.60.0.21",
            "Lobby and exam rooms ceiling. SSIDs PVAH-Staff, PVAH-Devices and PVAH-Guest.",
        ),
        (
            1310118,
            "malamute",
            "Q3AB-7KLM-9RTE",
            "10.60.0.22",
            "Treatment area and kennels. SSIDs PVAH-Staff and PVAH-Devices only (no guest).",
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
            installed_at=_in(-690),
            notes=where,
            **nh,
        )
    b.device(
        1310119,
        "great-pyrenees",
        "UPS",
        manufacturer="APC",
        model="Smart-UPS SMT3000RM2UC",
        serial_number="AS2301440619",
        operating_system="NMC3 firmware 2.7",
        primary_ip="10.60.0.40",
        installed_at=_in(-700),
        notes=(
            "Closet UPS guarding the rack: about 30 minutes. The hospital generator covers the "
            "ER and the closet circuit after 15 seconds."
        ),
        **nh,
    )
    b.device(
        1310120,
        "english-setter",
        "Pharmacy Label Printer",
        manufacturer="Zebra",
        model="ZD421d",
        serial_number="D5J231104771",
        primary_ip="10.60.10.55",
        installed_at=_in(-400),
        notes=(
            "Pharmacy counter: prescription labels out of "
            "Cornerstone (driver ZDesigner ZD421-203dpi)."
        ),
        **nh,
    )
    am: dict[str, Any] = {"location_id": amherst}
    b.device(
        1310121,
        "doberman",
        "Firewall",
        oui="00906F",
        manufacturer="WatchGuard",
        model="Firebox T45",
        serial_number="D0AE04B2C7719",
        operating_system="Fireware 12.10.3",
        primary_ip="10.61.0.1",
        public_ip="198.51.100.86",
        ports=[("eth0 (External)", "198.51.100.86"), ("eth1 (Trusted)", "10.61.0.1")],
        warranty_expires_at=_in(-45),
        installed_at=_in(-1150),
        notes=(
            "Amherst firewall on a Comcast cable modem. BOVPN 'BOVPN-AMH' to rottweiler "
            "carries Cornerstone, printing and phones. Support lapsed: renewal quote is with "
            "Colleen."
        ),
        **am,
    )
    b.device(
        1310122,
        "corgi",
        "Switch",
        oui="F87B20",
        manufacturer="Cisco",
        model="CBS350-24P-4G",
        serial_number="PSZ26071HX9",
        operating_system="3.4.0.17",
        primary_ip="10.61.0.2",
        installed_at=_in(-1150),
        notes="Amherst switch in the coat closet rack; PoE for the phones and the AP.",
        **am,
    )
    b.device(
        1310123,
        "boston-terrier",
        "Workstation",
        oui="A4BB6D",
        manufacturer="Dell",
        model="OptiPlex 7010 Micro",
        serial_number="8GX7QK3",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.61.10.21",
        ports=[("Ethernet", "10.61.10.21")],
        warranty_expires_at=_in(560),
        installed_at=_in(-200),
        notes="Amherst front desk: Cornerstone over the BOVPN, the receipt printer.",
        **am,
    )
    b.device(
        1310124,
        "vizsla",
        "Multifunction Printer",
        manufacturer="HP",
        model="Color LaserJet Pro MFP 4301fdw",
        serial_number="CNB1Q4K0TZ",
        primary_ip="10.61.10.50",
        installed_at=_in(-380),
        notes="Amherst front desk printer and scanner (scan to \\\\newfoundland\\Scans\\Amherst).",
        **am,
    )
    b.device(
        1310125,
        "akita",
        "Firewall",
        oui="00906F",
        manufacturer="WatchGuard",
        model="Firebox T25",
        serial_number="C3DE09A1F0552",
        operating_system="Fireware 12.10.3",
        primary_ip="10.62.0.1",
        public_ip="198.51.100.87",
        ports=[("eth0 (External)", "198.51.100.87"), ("eth1 (Trusted)", "10.62.0.1")],
        warranty_expires_at=_in(400),
        installed_at=_in(-330),
        location_id=greenfield,
        notes=(
            "Greenfield firewall on a Crocker Communications line; built-in Wi-Fi is off. "
            "BOVPN 'BOVPN-GRF' to rottweiler. The two reception laptops plug straight into it."
        ),
    )

    b.link(["saint-bernard", "newfoundland", "bernese"], RUNS, "great-dane")
    b.link(
        [
            "great-dane",
            "golden-retriever",
            "labrador",
            "pointer",
            "jack-russell",
            "airedale",
            "whippet",
            "dachshund",
            "basset-hound",
            "bloodhound",
            "husky",
            "malamute",
            "great-pyrenees",
            "english-setter",
        ],
        CONNECTED,
        "border-collie",
    )
    b.link("border-collie", CONNECTED, "rottweiler")
    b.link("doberman", CONNECTED, "rottweiler", "BOVPN-AMH")
    b.link("akita", CONNECTED, "rottweiler", "BOVPN-GRF")
    b.link("corgi", CONNECTED, "doberman")
    b.link(["boston-terrier", "vizsla"], CONNECTED, "corgi")
    b.link(
        ["great-dane", "border-collie", "rottweiler", "golden-retriever"],
        DEPENDS,
        "great-pyrenees",
        "power",
    )
    b.link(["newfoundland", "bernese"], DEPENDS, "saint-bernard", "logon and DNS")
    b.link(
        ["jack-russell", "airedale", "boston-terrier", "labrador", "basset-hound"],
        DEPENDS,
        "newfoundland",
        "Cornerstone database",
    )
    b.link(["whippet", "dachshund"], DEPENDS, "bernese", "DICOM send to KEYSTONE")
    b.link("english-setter", DEPENDS, "jack-russell", "shared from the front desk PC")

    b.asset(
        1310301,
        "Practice Management System",
        "IDEXX Cornerstone",
        product="IDEXX Cornerstone",
        version="9.5 SP1",
        hosting="On premises: SQL Server 2019 instance CORNERSTONE on newfoundland",
        server=b.tag("newfoundland"),
        seats=38,
        support_phone="+1 800-555-0192 (IDEXX Cornerstone support, option 2)",
        renewal=_in(74),
    )
    b.asset(
        1310302,
        "Regulatory Obligation",
        "DEA registration - Northampton",
        regulator="US Drug Enforcement Administration (Diversion Control)",
        requirement=(
            "Schedule II-V registration FR4471902 for the Northampton pharmacy, renewed every "
            "three years online; biennial controlled substance inventory printed from "
            "basset-hound."
        ),
        systems=b.tag("basset-hound"),
        responsible="Dr. Priya Raman",
        last_completed=_in(-1070),
        due_date=_in(25),
    )
    b.asset(
        1310303,
        "Regulatory Obligation",
        "X-ray registration - MA Radiation Control Program",
        regulator="Massachusetts Department of Public Health, Radiation Control Program",
        requirement=(
            "Annual registration of the x-ray generator in the Northampton x-ray room and the "
            "dental unit, with a physicist's survey report attached."
        ),
        systems=b.tag("whippet", "dachshund"),
        responsible="Colleen Furtado",
        last_completed=_in(-377),
        due_date=_in(-12),
    )
    b.asset(
        1310304,
        "Instrument Service Contract",
        "Canon DR panel and x-ray generator",
        instrument=b.tag("whippet"),
        service_vendor="Vet Imaging Solutions of New England",
        contract_number="VIS-22817",
        coverage="Parts and labour on the CXDI-710C panel and the generator; loaner panel in 48 h.",
        service_phone="+1 413-555-0177",
        contract_ends=_in(160),
    )
    b.asset(
        1310305,
        "Instrument Service Contract",
        "IDEXX VetLab analysers",
        instrument=b.tag("labrador"),
        service_vendor="IDEXX Laboratories",
        contract_number="IDX-5501-PV",
        coverage=(
            "Catalyst One, ProCyte One and SediVue Dx plus the VetLab Station: next-business-day "
            "replacement, remote support through the IDEXX SmartService connection."
        ),
        service_phone="+1 800-555-0193",
        contract_ends=_in(400),
    )
    b.asset(
        1310306,
        "Instrument Service Contract",
        "iM3 CR7 dental scanner",
        instrument=b.tag("dachshund"),
        service_vendor="iM3 Inc.",
        contract_number="IM3-CR7-08843",
        coverage="Scanner repair and one set of replacement phosphor plates a year.",
        service_phone="+1 800-555-0194",
        contract_ends=_in(-70),
    )
    b.asset(
        1310307,
        "Guest Wi-Fi Portal",
        "Waiting room Wi-Fi",
        ssid="PVAH-Guest",
        vlan=90,
        portal="Meraki click-through splash page",
        splash_page="https://n42.network-auth.example/splash/pvah-guest",
        terms="Accept the terms; 4-hour sessions, 5 Mbps per device, no access to VLANs 10-30.",
        access_points=b.tag("husky"),
        licence_ends=_in(210),
    )
    b.asset(
        1310308,
        "Backup Job",
        "SIRIS - Northampton VMs",
        protected_systems=b.tag("saint-bernard", "newfoundland", "bernese"),
        software="Datto SIRIS agentless (Hyper-V)",
        target="golden-retriever, replicated to the Datto cloud (Boston region)",
        schedule="Hourly 07:00-21:00, then one at 01:00",
        retention="90 days on the appliance, 1 year in the cloud",
        last_restore_test=_in(-200),
        alert_recipient="alerts@ourmsp.example and Colleen Furtado",
        subscription_ends=_in(130),
    )
    b.asset(
        1310309,
        "Backup Job",
        "Cornerstone SQL dumps",
        protected_systems=b.tag("newfoundland"),
        software="SQL Server Agent job 'CS_Nightly_Full' (maintenance plan)",
        target="D:\\SQLBackups on newfoundland (picked up by the SIRIS image)",
        schedule="Full at 00:30 every night, transaction log every 30 minutes",
        retention="7 days on disk",
        alert_recipient="alerts@ourmsp.example",
    )
    b.asset(
        1310310,
        "Call Flow",
        "Main line and after-hours ER",
        main_number="+1 413-555-0100",
        provider="RingCentral MVP",
        business_hours="Mon-Sat 07:30-20:00 (Amherst and Greenfield close at 18:00)",
        after_hours_routing=(
            "Outside business hours every number rings the ER desk (ext 250) for 30 seconds, "
            "then overflows to the overnight ER lead's mobile."
        ),
        auto_attendant=(
            "1 emergency (straight to the ER desk), 2 appointments, 3 pharmacy refills, "
            "4 Amherst clinic, 5 Greenfield clinic, 0 front desk."
        ),
        failover_number="+1 413-555-0150",
    )

    b.secret(
        1310401,
        "rottweiler WatchGuard admin",
        "admin",
        "Firewall",
        "rottweiler",
        url="https://10.60.0.1:8080",
        notes="Same local admin name on doberman and akita, different passwords (see below).",
    )
    b.secret(
        1310402,
        "doberman and akita WatchGuard admin",
        "admin",
        "Firewall",
        "doberman",
        notes="One entry for both branch Fireboxes; Web UI on https://<LAN IP>:8080.",
    )
    b.secret(
        1310403,
        "Cornerstone SQL sa",
        "sa",
        "Database",
        "newfoundland",
        notes="Only for IDEXX support sessions; Cornerstone itself logs in as CSUser.",
    )
    b.secret(
        1310404,
        "basset-hound Cubex admin",
        "pvadmin",
        "Application",
        "basset-hound",
        url="https://10.60.20.40",
        notes="Cabinet admin console; the drawer override key is in Dr. Raman's safe, not here.",
    )
    b.secret(
        1310405,
        "scanner@ app password",
        "scanner@pioneervalleyvets.example",
        "Email",
        "pointer",
        notes="Microsoft 365 app password used by pointer for scan to email (SMTP AUTH).",
    )

    b.runbook(
        1310501,
        "Front desk scanner to email stopped working",
        "Printers",
        ("h", "Symptoms"),
        (
            "p",
            "Scanning to email from pointer fails with 'Send error #801' on the panel and the "
            "job log shows #801; copying and printing still work.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Open the Remote UI at https://10.60.10.50:8443 (System Manager ID 7654321), go to "
            "Settings/Registration > Send > E-Mail/I-Fax Settings and check the SMTP server is "
            "smtp.office365.com, port 587, 'Use TLS' on.",
        ),
        (
            "s",
            "#801 almost always means the mailbox login failed: in the Microsoft 365 admin "
            "centre check scanner@pioneervalleyvets.example is not blocked and that 'Authenticated "
            "SMTP' is still ticked under Mail > Manage email apps.",
        ),
        (
            "s",
            "If someone reset the password, create a new app password, paste it into "
            "'Password' under 'Authentication Settings' on the same page and update the "
            "password entry 'scanner@ app password'.",
        ),
        (
            "s",
            "Send a test scan to colleen and ask her to forward it back before closing.",
        ),
    )
    b.runbook(
        1310502,
        "Cornerstone: 'Unable to connect to the database server'",
        "Cornerstone",
        ("h", "Symptoms"),
        (
            "p",
            "Every Cornerstone workstation shows 'Unable to connect to the database server' at "
            "login, or hangs on 'Loading patient...'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "From jack-russell: Test-NetConnection newfoundland.pvah.local -Port 1433. If the "
            "name does not resolve, saint-bernard (DNS) is the problem, not Cornerstone.",
        ),
        (
            "s",
            "On newfoundland check the SQL service: Get-Service 'MSSQL$CORNERSTONE'. Start it "
            "with Start-Service 'MSSQL$CORNERSTONE', then Restart-Service 'IDEXX Cornerstone "
            "Database Service'.",
        ),
        (
            "s",
            "If D: on newfoundland is full (transaction logs), do not delete anything: run the "
            "'CS_Nightly_Full' job by hand, which truncates the log, and call IDEXX support.",
        ),
    )
    b.runbook(
        1310503,
        "Radiographs not showing up in Cornerstone",
        "Imaging",
        ("h", "Symptoms"),
        (
            "p",
            "The x-ray was taken on whippet but the image link in the patient record says "
            "'Study not found'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On whippet open CXDI Control Software > Output > Queue; failed sends show in red "
            "with 'Association rejected'.",
        ),
        (
            "s",
            "Test the PACS from whippet: echoscu -aec KEYSTONE 10.60.10.13 104 (DCMTK is in "
            "C:\\Tools\\dcmtk). No answer means bernese or its 'Keystone DICOM Listener' "
            "service is down.",
        ),
        (
            "s",
            "Once echo works, select the red jobs and press Resend; the study appears in "
            "Cornerstone within a minute.",
        ),
    )
    return b.snap


# ============================================================================================
# Harrow Creek Water & Sewer: office, treatment plant, pump and lift stations, a tank.
# ============================================================================================


def _water() -> Snapshot:
    b = _EighthBuilder(
        Organization(
            id=HCWS,
            organization_id=HCWS,
            name="Harrow Creek Water & Sewer",
            short_name="HCWS",
            organization_type="Municipal Water Utility",
            description=(
                "The Borough of Harrow Creek's water and sewer department: a 2 MGD surface "
                "water treatment plant (WTP), three booster pump stations (PS1-PS3), two "
                "sewage lift stations (LS1, LS2), one elevated tank (TNK1) and the public "
                "works office (PWO) where billing is done. Every device is named "
                "<FACILITY>-<FUNCTION> with those facility codes. SCADA is Ignition, "
                "integrated by Keystone Controls Group."
            ),
            quick_notes=(
                "Never change anything on the SCADA side (172.16.x, WTP-*, PS*, LS*, TNK1) "
                "without the chief operator on the phone: a PLC that stops means no chlorine "
                "feed. Office IT (PWO-*) is ordinary; the bill run is the 25th of each month."
            ),
            updated_at=UPDATED_AT,
        ),
        1320000,
        "lower",
    )
    pwo = b.location(
        1320001,
        "Public Works Office",
        primary=True,
        address_1="40 Depot Street",
        city="Harrow Creek",
        region="Pennsylvania",
        postal_code="16853",
        country="United States",
        phone="+1 814-555-0130",
        notes=(
            "Borough building, side entrance on Depot Street. Server closet is behind the "
            "billing counter; key from the office manager. Open Mon-Fri 07:00-15:30."
        ),
    )
    wtp = b.location(
        1320002,
        "Water Treatment Plant",
        address_1="1200 Reservoir Road",
        city="Harrow Creek",
        region="Pennsylvania",
        postal_code="16853",
        country="United States",
        phone="+1 814-555-0140",
        notes=(
            "Staffed 06:00-22:00, operator on call overnight. Gate code from the chief "
            "operator. SCADA rack is in the control room; sign the visitor log and wear the "
            "hard hat past the filter gallery."
        ),
    )
    ps3 = b.location(
        1320003,
        "Pump Station 3 - Ridge Road Booster",
        address_1="2215 Ridge Road",
        city="Harrow Creek",
        region="Pennsylvania",
        postal_code="16853",
        country="United States",
        notes=(
            "Unmanned block building at the top of Ridge Road; the only pump station with a "
            "local touchscreen (PS3-HMI). Padlock key 'PS3' on the ring at the WTP. No cell "
            "coverage inside: call from the gate."
        ),
    )
    koval = b.person(
        1320011,
        "Ray Koval",
        "Water and Sewer Superintendent",
        "Primary",
        "rkoval@harrowcreekwater.example",
        "+1 814-555-0131",
        mobile="+1 814-555-0182",
        location_id=pwo,
        important=True,
        notes=(
            "Runs the department and signs the state reports (he holds the A-class operator "
            "licence). Approves any SCADA change and any spend."
        ),
    )
    b.person(
        1320012,
        "Beth Shultz",
        "Office Manager",
        "Billing",
        "bshultz@harrowcreekwater.example",
        "+1 814-555-0132",
        location_id=pwo,
        notes=(
            "Office manager and billing supervisor: Caselle, the clerk PC, the copier and our "
            "invoices (send to her with the borough PO number)."
        ),
    )
    hadley = b.person(
        1320013,
        "Tom Hadley",
        "Chief Operator, Water Treatment Plant",
        "Technical",
        "thadley@harrowcreekwater.example",
        "+1 814-555-0141",
        mobile="+1 814-555-0186",
        location_id=wtp,
        notes=(
            "Our contact for anything at the WTP and the remote stations. Must be on the phone "
            "for any SCADA work; keeps the station keys."
        ),
    )
    b.person(
        1320014,
        "Operator On Call",
        "Operator on call (rotating)",
        "After Hours",
        "oncall@harrowcreekwater.example",
        "+1 814-555-0150",
        location_id=wtp,
        notes=(
            "One phone, carried by whichever licensed operator is on call that week. "
            "After-hours alarms from SCADA page this phone too."
        ),
    )
    b.person(
        1320015,
        "Luis Ortega",
        "SCADA Integrator, Keystone Controls Group",
        "Vendor",
        "lortega@keystonecontrols.example",
        "+1 717-555-0165",
        notes=(
            "Wrote the Ignition project and the PLC and RTU programs. Remote access only "
            "through the WTP-FW SSL VPN, enabled per session by Tom Hadley."
        ),
    )

    o: dict[str, Any] = {"location_id": pwo}
    b.device(
        1320101,
        "PWO-FW",
        "Firewall",
        oui="2CB8ED",
        manufacturer="SonicWall",
        model="TZ470",
        serial_number="2CB8ED4F19A0",
        asset_tag="HCWS-IT-001",
        operating_system="SonicOS 7.1.1",
        primary_ip="10.20.1.1",
        public_ip="198.51.100.201",
        ports=[
            ("X0 (LAN)", "10.20.1.1"),
            ("X1 (WAN)", "198.51.100.201"),
            ("X2 (Plant)", "10.20.0.1"),
        ],
        warranty_expires_at=_in(88),
        installed_at=_in(-600),
        contact_id=koval,
        notes=(
            "Internet for the whole department (Windstream fiber on X1). X2 goes down the "
            "borough-owned fiber to WTP-FW; only the historian's web port (WTP-HIST:443) and "
            "the SCADA client are allowed from the office side."
        ),
        **o,
    )
    b.device(
        1320102,
        "PWO-SW",
        "Switch",
        oui="94A67E",
        manufacturer="Netgear",
        model="M4250-26G4F-PoE+",
        serial_number="6LB2275XA0031",
        operating_system="13.0.4.26",
        primary_ip="10.20.1.2",
        installed_at=_in(-600),
        notes="Office switch in the closet; PoE for the desk phones.",
        **o,
    )
    b.device(
        1320103,
        "PWO-HOST",
        "Hyper-V Host",
        oui="E8EBD3",
        manufacturer="Lenovo",
        model="ThinkSystem ST250 V2",
        serial_number="J30ABC7K",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Hyper-V role; two VMs (PWO-DC, PWO-BILL)",
        primary_ip="10.20.1.10",
        ports=[("NIC1", "10.20.1.10"), ("XCC", "10.20.1.9")],
        warranty_expires_at=_in(410),
        installed_at=_in(-590),
        notes="Tower server under the closet bench.",
        **o,
    )
    for id_, name, ip, os_notes, note in [
        (
            1320104,
            "PWO-DC",
            "10.20.1.11",
            None,
            "Domain controller for hcws.local (office only: the SCADA side has its own "
            "workgroup accounts). DNS and DHCP for 10.20.1.0/24.",
        ),
        (
            1320105,
            "PWO-BILL",
            "10.20.1.12",
            "Caselle Connect 2024.2, SQL Server Express",
            "Utility billing: 2,140 water and sewer accounts, meter reads imported from the "
            "Badger Beacon export, bills printed on the 25th.",
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
            installed_at=_in(-585),
            notes=note,
            **o,
        )
    b.device(
        1320106,
        "PWO-CLERK1",
        "Workstation",
        oui="8C1645",
        manufacturer="Lenovo",
        model="ThinkCentre M70q Gen 4",
        serial_number="MJ0KX3R2",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.20.1.101",
        ports=[("Ethernet", "10.20.1.101")],
        warranty_expires_at=_in(700),
        installed_at=_in(-370),
        notes="Billing counter PC: Caselle, the payment card reader, the receipt printer.",
        **o,
    )
    b.device(
        1320107,
        "PWO-MFP",
        "Multifunction Printer",
        manufacturer="Kyocera",
        model="TASKalfa 3554ci",
        serial_number="R7Q2300418",
        primary_ip="10.20.1.50",
        installed_at=_in(-900),
        notes="Office copier; prints the bill run (perforated stock in tray 3).",
        **o,
    )
    w: dict[str, Any] = {"location_id": wtp}
    b.device(
        1320108,
        "WTP-FW",
        "Industrial Firewall",
        oui="04D590",
        manufacturer="Fortinet",
        model="FortiGate Rugged 60F",
        serial_number="FGR60FTK21000417",
        asset_tag="HCWS-OT-001",
        operating_system="FortiOS 7.2.8",
        primary_ip="172.16.10.1",
        ports=[("wan1 (to PWO-FW)", "10.20.0.2"), ("internal (SCADA)", "172.16.10.1")],
        warranty_expires_at=_in(-130),
        installed_at=_in(-1500),
        contact_id=hadley,
        notes=(
            "IT/OT boundary at the plant: nothing from the office reaches 172.16.x except the "
            "historian web page. SSL VPN 'KCG-Remote' for Keystone Controls, disabled unless "
            "Tom Hadley turns it on. IPsec from LS2-RTU's cellular modem ends here."
        ),
        **w,
    )
    b.device(
        1320109,
        "WTP-SW",
        "Switch",
        oui="0090E8",
        manufacturer="Moxa",
        model="EDS-510E-3GTXSFP",
        serial_number="MOXA4471982",
        operating_system="5.6",
        primary_ip="172.16.10.2",
        installed_at=_in(-1500),
        notes="SCADA ring switch in the control room rack.",
        **w,
    )
    for id_, name, ip, serial, note in [
        (
            1320110,
            "WTP-SCADA1",
            "172.16.10.11",
            "7XV2MN3",
            "Primary Ignition gateway: polls the PLCs over EtherNet/IP and every remote "
            "station over DNP3 through WTP-RAD. Alarm notification pages the on-call phone.",
        ),
        (
            1320111,
            "WTP-SCADA2",
            "172.16.10.12",
            "7XV2MN4",
            "Backup Ignition gateway (redundancy pair with WTP-SCADA1); takes over in about "
            "30 seconds if SCADA1 stops answering.",
        ),
    ]:
        b.device(
            id_,
            name,
            "SCADA Server",
            oui="B07B25",
            manufacturer="Dell",
            model="PowerEdge R350",
            serial_number=serial,
            operating_system="Windows Server 2022 Standard",
            operating_system_notes="Inductive Automation Ignition 8.1.38",
            primary_ip=ip,
            ports=[("NIC1", ip)],
            warranty_expires_at=_in(720),
            installed_at=_in(-400),
            contact_id=hadley,
            notes=note,
            **w,
        )
    b.device(
        1320112,
        "WTP-HIST",
        "Historian Server",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge R350",
        serial_number="7XV2MN5",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Canary Historian 23.1 and Axiom; SQL Express for reports",
        primary_ip="172.16.10.13",
        ports=[("NIC1", "172.16.10.13"), ("NIC2 (office)", "10.20.0.13")],
        warranty_expires_at=_in(720),
        installed_at=_in(-400),
        notes=(
            "Keeps every tag for 10 years (turbidity, chlorine residual, flows, levels). The "
            "monthly operating report for DEP is built from it; the office reaches the Axiom "
            "web page on NIC2."
        ),
        **w,
    )
    b.device(
        1320113,
        "WTP-HMI1",
        "Operator Workstation",
        oui="B07B25",
        manufacturer="Dell",
        model="OptiPlex 7010 Tower",
        serial_number="3RQ8VW3",
        operating_system="Windows 10 Enterprise LTSC 2021",
        operating_system_notes="Ignition Vision client, two 27-inch screens",
        primary_ip="172.16.10.21",
        ports=[("Ethernet", "172.16.10.21")],
        installed_at=_in(-400),
        notes="Control room operator screen. Auto-logon as the 'operator' workgroup account.",
        **w,
    )
    b.device(
        1320114,
        "WTP-PLC1",
        "Programmable Logic Controller",
        manufacturer="Allen-Bradley",
        model="ControlLogix 5580 (1756-L83E)",
        serial_number="60A7C21F",
        operating_system="Firmware 33.011",
        primary_ip="172.16.10.31",
        installed_at=_in(-1500),
        notes=(
            "Filters, backwash and the chlorine and fluoride feed pumps. Program "
            "HCWS_WTP_v14.ACD; Keystone Controls keeps the master copy."
        ),
        **w,
    )
    b.device(
        1320115,
        "WTP-CL2",
        "Water Quality Analyzer",
        manufacturer="Hach",
        model="CL17sc Colorimetric Chlorine Analyzer on SC4500 controller",
        serial_number="SC4500-190233",
        primary_ip="172.16.10.41",
        installed_at=_in(-1100),
        notes=(
            "Free chlorine residual on the clearwell effluent; the value DEP cares about. "
            "Reagent set changed every 30 days."
        ),
        **w,
    )
    b.device(
        1320116,
        "WTP-RAD",
        "Data Radio",
        manufacturer="GE MDS",
        model="SD4 (licensed 400 MHz) - master",
        serial_number="2314877",
        operating_system="SD firmware 6.4.6",
        primary_ip="172.16.10.50",
        installed_at=_in(-2100),
        notes=(
            "Master radio; Yagi on the WTP clearwell tower. Every radio station (PS1, PS2, "
            "PS3, LS1, TNK1) reports through it; LS2 is cellular instead."
        ),
        **w,
    )
    for id_, name, serial, ip, where in [
        (
            1320117,
            "PS1-RTU",
            "SP470-228101",
            "172.16.21.10",
            "Pump Station 1, Main Street booster (next to the fire hall). Two 40 hp pumps.",
        ),
        (
            1320118,
            "PS2-RTU",
            "SP470-228102",
            "172.16.22.10",
            "Pump Station 2, Orchard Lane booster. Two 25 hp pumps and a chlorine booster.",
        ),
        (
            1320119,
            "PS3-RTU",
            "SP470-228103",
            "172.16.23.10",
            "Pump Station 3, Ridge Road booster (the high zone). Three 50 hp pumps on VFDs.",
        ),
        (
            1320120,
            "LS1-RTU",
            "SP470-228104",
            "172.16.31.10",
            "Lift Station 1, Creek Road (sewer). Two submersible pumps, float backup.",
        ),
        (
            1320121,
            "LS2-RTU",
            "SP470-228105",
            "172.16.32.10",
            "Lift Station 2, Millbrook Estates (sewer). Out of radio sight: reports over a "
            "Sierra Wireless RV55 cellular modem.",
        ),
        (
            1320122,
            "TNK1-RTU",
            "SP470-228106",
            "172.16.41.10",
            "Elevated tank 1 (500,000 gal) on Hilltop Road: level and the altitude valve.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Remote Terminal Unit",
            manufacturer="Schneider Electric",
            model="SCADAPack 470",
            serial_number=serial,
            operating_system="SCADAPack x70 firmware 9.1",
            primary_ip=ip,
            installed_at=_in(-2100),
            location_id=ps3 if name == "PS3-RTU" else None,
            notes=where,
        )
    b.device(
        1320123,
        "PS3-HMI",
        "Operator Panel",
        manufacturer="Red Lion",
        model="Graphite G10 HMI",
        serial_number="G10C-0044712",
        operating_system="Crimson 3.1",
        primary_ip="172.16.23.11",
        installed_at=_in(-900),
        location_id=ps3,
        notes=(
            "10-inch touchscreen on the PS3 control panel door: pump hand/off/auto, VFD "
            "speeds, discharge pressure. Local only, wired to PS3-RTU."
        ),
    )
    b.device(
        1320124,
        "PS3-RAD",
        "Data Radio",
        manufacturer="GE MDS",
        model="SD4 (licensed 400 MHz) - remote",
        serial_number="2314881",
        operating_system="SD firmware 6.4.6",
        primary_ip="172.16.23.2",
        installed_at=_in(-2100),
        location_id=ps3,
        notes=(
            "PS3 radio in the RTU cabinet, on breaker CB-4. The weakest link in the network "
            "(about -92 dBm); ice on the Yagi drops it in winter."
        ),
    )

    b.link(["PWO-DC", "PWO-BILL"], RUNS, "PWO-HOST")
    b.link(["PWO-HOST", "PWO-CLERK1", "PWO-MFP"], CONNECTED, "PWO-SW")
    b.link("PWO-SW", CONNECTED, "PWO-FW")
    b.link("WTP-FW", CONNECTED, "PWO-FW", "borough fiber along Reservoir Road")
    b.link("WTP-SW", CONNECTED, "WTP-FW")
    b.link(
        ["WTP-SCADA1", "WTP-SCADA2", "WTP-HIST", "WTP-HMI1", "WTP-PLC1", "WTP-CL2", "WTP-RAD"],
        CONNECTED,
        "WTP-SW",
    )
    b.link(
        ["PS1-RTU", "PS2-RTU", "PS3-RAD", "LS1-RTU", "TNK1-RTU"],
        CONNECTED,
        "WTP-RAD",
        "licensed 400 MHz radio",
    )
    b.link("PS3-RTU", CONNECTED, "PS3-RAD")
    b.link("PS3-HMI", CONNECTED, "PS3-RTU")
    b.link("LS2-RTU", CONNECTED, "WTP-FW", "Verizon LTE private APN, IPsec")
    b.link("WTP-HMI1", DEPENDS, "WTP-SCADA1", "Vision client sessions")
    b.link("WTP-HIST", DEPENDS, "WTP-SCADA1", "tag history")
    b.link("WTP-SCADA1", DEPENDS, "WTP-RAD", "DNP3 polling of the radio stations")
    b.link("PWO-CLERK1", DEPENDS, "PWO-BILL", "Caselle")
    b.link("PWO-BILL", DEPENDS, "PWO-DC", "logon and DNS")

    b.asset(
        1320301,
        "Telemetry Link",
        "400 MHz SCADA radio network",
        medium="Licensed UHF data radio, GE MDS SD4, 9600 bps, point to multipoint",
        frequency="TX 452.1125 MHz / RX 457.1125 MHz",
        stations=b.tag("PS1-RTU", "PS2-RTU", "PS3-RTU", "LS1-RTU", "TNK1-RTU"),
        master_station="WTP-RAD at the treatment plant",
        protocol="DNP3, polled every 15 s round-robin by WTP-SCADA1",
        fcc_call_sign="WQTZ417",
        licence_expires=_in(47),
    )
    b.asset(
        1320302,
        "Telemetry Link",
        "LS2 cellular",
        medium="Verizon LTE, private network APN hcws.vzwentp, Sierra Wireless RV55",
        stations=b.tag("LS2-RTU"),
        master_station="WTP-SCADA1, over an IPsec tunnel ending on WTP-FW",
        protocol="DNP3 over TCP 20000, polled every 60 s",
    )
    b.asset(
        1320303,
        "Regulatory Obligation",
        "Monthly Operating Report to PA DEP",
        regulator="Pennsylvania DEP, Bureau of Safe Drinking Water",
        requirement=(
            "Monthly operating report: daily turbidity and chlorine residual, flows and "
            "chemical use, uploaded through DEP eDWR by the 10th of the following month."
        ),
        systems=b.tag("WTP-HIST", "WTP-CL2"),
        responsible="Ray Koval",
        last_completed=_in(-22),
        due_date=_in(9),
    )
    b.asset(
        1320304,
        "Regulatory Obligation",
        "AWIA risk and resilience assessment",
        regulator="US EPA",
        requirement=(
            "America's Water Infrastructure Act section 1433: review and recertify the risk "
            "and resilience assessment (SCADA included) every five years, then the emergency "
            "response plan within six months."
        ),
        systems=b.tag("WTP-FW", "WTP-SCADA1", "WTP-SCADA2", "WTP-RAD"),
        responsible="Ray Koval",
        last_completed=_in(-1760),
        due_date=_in(65),
    )
    b.asset(
        1320305,
        "Licence",
        "Ignition 8.1 - WTP",
        product="Inductive Automation Ignition 8.1 (unlimited tags, Vision, Alarm Notification)",
        licence_type="Perpetual with redundancy licence; TotalCare support renews yearly",
        seats=5,
        bound_to=b.tag("WTP-SCADA1", "WTP-SCADA2"),
        reseller="Keystone Controls Group",
        support_ends=_in(18),
    )
    b.asset(
        1320306,
        "Licence",
        "Caselle Connect",
        product="Caselle Connect utility billing and fund accounting",
        licence_type="Annual subscription with support",
        seats=4,
        bound_to=b.tag("PWO-BILL"),
        reseller="Caselle Inc. (direct)",
        support_ends=_in(213),
    )
    b.asset(
        1320307,
        "Backup Job",
        "Ignition gateway backups",
        protected_systems=b.tag("WTP-SCADA1"),
        software="Ignition scheduled gateway backup (.gwbk)",
        target="\\\\WTP-HIST\\gwbk, plus a USB copy Tom Hadley takes home on the first Monday",
        schedule="Daily 02:00",
        retention="30 daily backups on WTP-HIST",
        last_restore_test=_in(-400),
        alert_recipient="thadley@harrowcreekwater.example",
    )
    b.asset(
        1320308,
        "Backup Job",
        "Office servers to USB",
        protected_systems=b.tag("PWO-DC", "PWO-BILL"),
        software="Veeam Backup & Replication 12 Community Edition on PWO-HOST",
        target="Two WD Elements 8 TB USB drives, swapped every Friday by Beth Shultz",
        schedule="Nightly 20:00",
        retention="14 restore points per drive",
        alert_recipient="alerts@ourmsp.example",
    )
    b.asset(
        1320309,
        "Instrument Service Contract",
        "Hach analyzers",
        instrument=b.tag("WTP-CL2"),
        service_vendor="Hach Service Partnership",
        contract_number="HSP-PA-30711",
        coverage=(
            "Two calibration visits a year and parts on the CL17sc and the TU5300 turbidimeters."
        ),
        service_phone="+1 800-555-0161",
        contract_ends=_in(-30),
    )
    b.asset(
        1320310,
        "Call Flow",
        "Water and sewer emergency line",
        main_number="+1 814-555-0130",
        provider="Windstream hosted PBX",
        business_hours="Mon-Fri 07:00-15:30",
        after_hours_routing=(
            "After hours the main number forwards to Keystone Answering Service, which pages "
            "the operator on call (+1 814-555-0150) for main breaks, no-water calls and sewer "
            "backups."
        ),
        auto_attendant="1 billing, 2 report a leak or sewer backup, 3 the treatment plant.",
    )

    b.secret(
        1320401,
        "PS3-HMI local admin",
        "admin",
        "OT Device",
        "PS3-HMI",
        notes=(
            "Crimson 3.1 runtime admin on the Graphite panel; needed to change setpoints locally."
        ),
    )
    b.secret(
        1320402,
        "Ignition gateway admin",
        "hcws-admin",
        "Application",
        "WTP-SCADA1",
        url="http://172.16.10.11:8088",
        notes="Same account on WTP-SCADA2 (redundancy syncs the users).",
    )
    b.secret(
        1320403,
        "WTP-FW FortiGate admin",
        "hcws-fwadmin",
        "Firewall",
        "WTP-FW",
        url="https://172.16.10.1",
    )
    b.secret(
        1320404,
        "DEP eDWR upload account",
        "hcws-mor",
        "Web Portal",
        url="https://greenport.dep.example/edwr",
        notes="Ray Koval's state portal login for the monthly operating report.",
    )

    b.runbook(
        1320501,
        "Pump station shows COMM FAIL on SCADA",
        "SCADA",
        ("h", "Symptoms"),
        (
            "p",
            "A station's overview on WTP-HMI1 turns grey with 'COMM FAIL' and the alarm "
            "'PS3 DNP3 comms lost' (or PS1, PS2, LS1, TNK1) pages the on-call phone.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Call Tom Hadley or the operator on call first: without telemetry somebody must "
            "drive to the station and watch it.",
        ),
        (
            "s",
            "In the Ignition gateway (http://172.16.10.11:8088) open Status > Connections > "
            "Devices: if only one station is 'Disconnected' it is that station's radio; if all "
            "are, check WTP-RAD.",
        ),
        (
            "s",
            "From WTP-SCADA1 run ping 172.16.23.2 -n 20 (PS3-RAD). Losses over 20 percent in "
            "winter are usually ice on the PS3 Yagi.",
        ),
        (
            "s",
            "At the station, power-cycle the radio on breaker CB-4 in the RTU cabinet and "
            "wait three minutes; the DNP3 device goes back to 'Connected' by itself.",
        ),
    )
    b.runbook(
        1320502,
        "Monthly operating report upload",
        "Compliance",
        ("h", "When"),
        ("p", "First working days of the month; due in eDWR by the 10th."),
        ("h", "Steps"),
        (
            "s",
            "On WTP-HIST open Axiom, run the report 'MOR_Monthly' for last month and export it "
            "as CSV to D:\\Reports\\MOR.",
        ),
        (
            "s",
            "Check the chlorine residual column has no gaps (a gap means WTP-CL2 was offline; "
            "the operators' manual readings must be typed in).",
        ),
        (
            "s",
            "Ray Koval logs in to eDWR with the 'DEP eDWR upload account' entry, uploads the "
            "CSV and signs it.",
        ),
    )
    b.runbook(
        1320503,
        "Caselle won't open after a password change",
        "Office",
        ("h", "Symptoms"),
        (
            "p",
            "On PWO-CLERK1 Caselle says 'Login failed for user HCWS\\billing' right after "
            "Beth changed her Windows password.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Lock and unlock PWO-CLERK1 so the new password is cached, then open Caselle again.",
        ),
        (
            "s",
            "Still failing: in Credential Manager remove the entry for PWO-BILL and sign in "
            "to \\\\PWO-BILL\\Caselle with the new password.",
        ),
    )
    return b.snap


# ============================================================================================
# Adeyemi Materials Lab: a research group at Whitlock University, Troy, NY.
# ============================================================================================


def _lab() -> Snapshot:
    b = _EighthBuilder(
        Organization(
            id=ADEYEMI,
            organization_id=ADEYEMI,
            name="Adeyemi Materials Lab",
            short_name="AML",
            organization_type="University Research Group",
            description=(
                "Prof. Funmi Adeyemi's research group in the Department of Materials Science "
                "and Engineering at Whitlock University: about 14 people, a small GPU cluster in "
                "the university data center, and instruments (XRD, SEM, Raman, tensile tester, "
                "glovebox) in Cogswell Hall. The university runs the campus network, email and "
                "identity (Whitlock NetIDs); we look after the lab's own kit. Every host is "
                "named after a chemical element and its last address octet is the atomic "
                "number."
            ),
            quick_notes=(
                "Never reboot argon, krypton or xenon without checking squeue: PhD students "
                "lose weeks of jobs. Instrument PCs (iron, gold, nickel, titanium, copper) "
                "belong to the vendors' images: no Windows updates without the lab manager."
            ),
            updated_at=UPDATED_AT,
        ),
        1330000,
        "dash",
    )
    lab = b.location(
        1330001,
        "Cogswell Hall 214 - Main Lab",
        primary=True,
        address_1="110 Eighth Street",
        address_2="Room 214",
        city="Troy",
        region="New York",
        postal_code="12180",
        country="United States",
        phone="+1 518-555-0114",
        notes=(
            "Wet lab and student desks. The network closet is the tall cabinet by the fume "
            "hoods (key with the lab manager). Lab coat and glasses past the yellow line."
        ),
    )
    b07 = b.location(
        1330002,
        "Cogswell Hall B07 - Instrument Suite",
        address_1="110 Eighth Street",
        address_2="Room B07 (basement)",
        city="Troy",
        region="New York",
        postal_code="12180",
        country="United States",
        phone="+1 518-555-0107",
        notes=(
            "XRD, SEM and tensile tester. Card access only, dosimeter badge required in the "
            "XRD bay; ask Kenji Morales to add you to the door group a day ahead."
        ),
    )
    rdc = b.location(
        1330003,
        "Whitlock Research Data Center",
        address_1="25 Tibbits Avenue",
        address_2="Row C, rack R12",
        city="Troy",
        region="New York",
        postal_code="12180",
        country="United States",
        phone="+1 518-555-0199",
        notes=(
            "University data center; we rent rack R12 (half rack, 2 x 30 A). Escort by Whitlock "
            "ITS only: book through the ITS service desk 48 hours ahead."
        ),
    )
    pi = b.person(
        1330011,
        "Funmilayo Adeyemi",
        "Principal Investigator, Associate Professor of Materials Science",
        "Primary",
        "fadeyemi@whitlock.example",
        "+1 518-555-0111",
        mobile="+1 518-555-0172",
        location_id=lab,
        important=True,
        notes="Goes by Funmi. Approves purchases against the grants; owns the research data.",
    )
    kenji = b.person(
        1330012,
        "Kenji Morales",
        "Lab Manager",
        "Technical",
        "kmorales@whitlock.example",
        "+1 518-555-0112",
        mobile="+1 518-555-0177",
        location_id=lab,
        notes=(
            "Day-to-day contact: accounts, instruments, vendor visits, the XRD registration. "
            "Knows which instrument PC must never be updated."
        ),
    )
    b.person(
        1330013,
        "Hannah Brody",
        "Grants Administrator, MSE Department",
        "Billing",
        "hbrody@whitlock.example",
        "+1 518-555-0118",
        notes="Send invoices to her with the grant account number Funmi gives on the PO.",
    )
    priyanka = b.person(
        1330014,
        "Priyanka Dasgupta",
        "PhD Student, Cluster Admin",
        "After Hours",
        "pdasgupta@whitlock.example",
        "+1 518-555-0119",
        mobile="+1 518-555-0164",
        location_id=lab,
        notes=(
            "Student admin for the Slurm cluster and the first to notice when a GPU node "
            "falls over at night. Has sudo on argon, krypton and xenon, not on radon."
        ),
    )
    b.person(
        1330015,
        "Marcus Feld",
        "Network Engineer, Whitlock ITS",
        "Vendor",
        "mfeld@whitlock.example",
        "+1 518-555-0190",
        notes=(
            "Owns the campus side: VLAN 714, the uplink to helium and the data center racks. "
            "Tickets through the ITS service desk, he answers them."
        ),
    )

    r214: dict[str, Any] = {"location_id": lab}
    inst: dict[str, Any] = {"location_id": b07}
    dc: dict[str, Any] = {"location_id": rdc}
    b.device(
        1330101,
        "helium",
        "Firewall",
        oui="0008A2",
        manufacturer="Netgate",
        model="6100 MAX",
        serial_number="NTG6100-2111907733",
        asset_tag="WU-0417732",
        operating_system="pfSense Plus 24.03",
        primary_ip="10.52.14.2",
        public_ip="192.0.2.44",
        ports=[
            ("ix0 (WAN - campus)", "192.0.2.44"),
            ("igc0 (LAN)", "10.52.14.2"),
            ("igc1 (INSTR)", "10.52.15.2"),
        ],
        warranty_expires_at=_in(-200),
        installed_at=_in(-1100),
        contact_id=kenji,
        notes=(
            "Lab firewall behind the campus network; the gateway is .2, not .1 (helium is "
            "element 2). WireGuard 'adeyemi-wg' for remote access to the cluster; the "
            "instrument VLAN (INSTR) may only reach radon. Netgate TAC support lapsed."
        ),
        **r214,
    )
    b.device(
        1330102,
        "lithium",
        "UPS",
        manufacturer="Eaton",
        model="5PX 1500 G2",
        serial_number="GE251A0419",
        operating_system="Network-M3 card 2.1",
        primary_ip="10.52.14.3",
        installed_at=_in(-900),
        notes="The battery, naturally. Network closet in 214: helium and carbon, about 40 minutes.",
        **r214,
    )
    b.device(
        1330103,
        "carbon",
        "Switch",
        oui="F87B20",
        manufacturer="Cisco",
        model="Catalyst 1300-24P-4X",
        serial_number="PSZ27412MN0",
        operating_system="4.1.3.36",
        primary_ip="10.52.14.6",
        installed_at=_in(-900),
        notes=(
            "Lab switch in the 214 closet: VLAN 714 (LAN, 10.52.14.0/24) and 715 (INSTR, "
            "10.52.15.0/24); the B07 instruments come up on a campus fiber pair to port 25."
        ),
        **r214,
    )
    b.device(
        1330104,
        "neon",
        "XCP-ng Host",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge R450",
        serial_number="CJ8M2X3",
        operating_system="XCP-ng 8.2.1",
        operating_system_notes="Managed with Xen Orchestra (appliance on neon itself)",
        primary_ip="10.52.14.10",
        ports=[("eth0", "10.52.14.10"), ("iDRAC", "10.52.14.110")],
        warranty_expires_at=_in(1000),
        installed_at=_in(-500),
        notes="Small VM host in R12 for the lab services (boron, fluorine).",
        **dc,
    )
    for id_, name, ip, os_, os_notes, note in [
        (
            1330105,
            "boron",
            "10.52.14.5",
            "Rocky Linux 9.3",
            "FlexNet lmgrd 11.19 with the COMSOL vendor daemon",
            "Licence server: COMSOL floating licences on port 1718 (vendor daemon 1719).",
        ),
        (
            1330106,
            "fluorine",
            "10.52.14.9",
            "Ubuntu 22.04 LTS",
            "Docker: eLabFTW 5.0 and MySQL 8",
            "Electronic lab notebook, https://eln.adeyemilab.example. Every sample and "
            "instrument run gets an entry; SSO through Whitlock NetID.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="XCP-ng",
            model="HVM guest",
            operating_system=os_,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("eth0", ip)],
            installed_at=_in(-480),
            notes=note,
            **dc,
        )
    b.device(
        1330107,
        "argon",
        "Cluster Head Node",
        oui="3CECEF",
        manufacturer="Supermicro",
        model="SYS-110P-WTR",
        serial_number="S41123580719",
        operating_system="Rocky Linux 9.3",
        operating_system_notes="Slurm 23.11 (slurmctld, slurmdbd), OpenHPC 3, Lmod",
        primary_ip="10.52.14.18",
        ports=[("eno1", "10.52.14.18"), ("BMC", "10.52.14.118")],
        warranty_expires_at=_in(240),
        installed_at=_in(-760),
        contact_id=priyanka,
        notes=(
            "Login and Slurm controller for the cluster: ssh argon.adeyemilab.example. "
            "Partitions 'gpu' (krypton, xenon) and 'debug'."
        ),
        **dc,
    )
    for id_, name, model, gpus, serial, ip, warranty in [
        (
            1330108,
            "krypton",
            "AS-4125GS-TNRT",
            "4x NVIDIA A100 80GB PCIe",
            "S41123580802",
            "10.52.14.36",
            _in(27),
        ),
        (
            1330109,
            "xenon",
            "SYS-421GE-TNRT",
            "4x NVIDIA L40S 48GB",
            "S41124110356",
            "10.52.14.54",
            _in(860),
        ),
    ]:
        b.device(
            id_,
            name,
            "GPU Compute Node",
            oui="3CECEF",
            manufacturer="Supermicro",
            model=model,
            serial_number=serial,
            operating_system="Rocky Linux 9.3",
            operating_system_notes=f"{gpus}; NVIDIA driver 550.90, CUDA 12.4, slurmd",
            primary_ip=ip,
            ports=[("eno1", ip)],
            warranty_expires_at=warranty,
            installed_at=_in(-700) if name == "krypton" else _in(-150),
            contact_id=priyanka,
            notes=(
                "GPU node in partition 'gpu': DFT (VASP, Quantum ESPRESSO) and the "
                "ML potential training runs."
            ),
            **dc,
        )
    b.device(
        1330110,
        "radon",
        "Storage Server",
        oui="3CECEF",
        manufacturer="45Drives",
        model="Storinator Q30 Enhanced",
        serial_number="45D-Q30-0022871",
        operating_system="TrueNAS SCALE 24.04.2",
        operating_system_notes="Pool 'tank': 3 x RAIDZ2 of 10 x 8 TB, 240 TB raw",
        primary_ip="10.52.14.86",
        ports=[("enp1s0 (LAN)", "10.52.14.86"), ("enp2s0 (INSTR)", "10.52.15.86")],
        warranty_expires_at=_in(500),
        installed_at=_in(-820),
        notes=(
            "All research data: /home and /projects for the cluster over NFS, \\\\radon\\"
            "instruments for the instrument PCs over SMB. A noble gas that is heavy and "
            "stays put."
        ),
        **dc,
    )
    b.device(
        1330111,
        "silicon",
        "Workstation",
        manufacturer="Apple",
        model="Mac Studio (M2 Ultra, 2023)",
        serial_number="H7N2QF4KLX",
        operating_system="macOS 14.5 Sonoma",
        primary_ip="10.52.14.14",
        warranty_expires_at=_in(95),
        installed_at=_in(-640),
        contact_id=pi,
        notes="Funmi's desk machine in her office next to 214; COMSOL and the paper drafts.",
        **r214,
    )
    for id_, name, serial, os_, ip, note in [
        (
            1330112,
            "zinc",
            "5LQ8ZN3",
            "Ubuntu 22.04 LTS",
            "10.52.14.30",
            "Shared student workstation by the window: VESTA, OVITO, COMSOL.",
        ),
        (
            1330113,
            "gallium",
            "5LQ9GA3",
            "Windows 11 Education 23H2",
            "10.52.14.31",
            "Shared student workstation: Origin, COMSOL, the HighScore XRD analysis copy.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="A4BB6D",
            manufacturer="Dell",
            model="Precision 3680 Tower",
            serial_number=serial,
            operating_system=os_,
            primary_ip=ip,
            ports=[("Ethernet", ip)],
            warranty_expires_at=_in(610),
            installed_at=_in(-260),
            notes=note,
            **r214,
        )
    b.device(
        1330114,
        "germanium",
        "Laptop",
        manufacturer="Lenovo",
        model="ThinkPad P14s Gen 4",
        serial_number="PF4RT2ZQ",
        operating_system="Windows 11 Education 23H2",
        installed_at=_in(-420),
        notes=(
            "Loaner laptop for visiting students and conference travel; on the campus Wi-Fi "
            "(eduroam), so no fixed address. Bought on a gift card, no warranty registered."
        ),
        **r214,
    )
    b.device(
        1330115,
        "titanium",
        "Instrument PC",
        oui="A4BB6D",
        manufacturer="Dell",
        model="OptiPlex 7090 Tower",
        serial_number="1TNX9G3",
        operating_system="Windows 10 Pro 22H2",
        operating_system_notes="Instron Bluehill Universal 4.25 for the Instron 5966 frame",
        primary_ip="10.52.15.22",
        installed_at=_in(-1000),
        notes="Tensile tester PC in B07. Results saved to \\\\radon\\instruments\\instron.",
        **inst,
    )
    b.device(
        1330116,
        "iron",
        "Instrument PC",
        oui="A4BB6D",
        manufacturer="Dell",
        model="Precision 3660 Tower",
        serial_number="2FMX8H3",
        operating_system="Windows 10 Enterprise LTSC 2019",
        operating_system_notes="Bruker DIFFRAC.SUITE (Commander, EVA 7) for the D8 ADVANCE",
        primary_ip="10.52.15.26",
        installed_at=_in(-1300),
        contact_id=kenji,
        notes=(
            "Controls the Bruker D8 ADVANCE x-ray diffractometer in B07. Bruker's image: no "
            "Windows updates, no antivirus scans during a measurement."
        ),
        **inst,
    )
    b.device(
        1330117,
        "nickel",
        "Instrument PC",
        oui="A4BB6D",
        manufacturer="Dell",
        model="Precision 3650 Tower",
        serial_number="8HRX2K3",
        operating_system="Windows 10 Pro 21H2",
        operating_system_notes="HORIBA LabSpec 6.7 for the LabRAM HR Evolution",
        primary_ip="10.52.15.28",
        installed_at=_in(-1400),
        notes="Raman spectrometer PC in 214, by the laser curtain.",
        **r214,
    )
    b.device(
        1330118,
        "copper",
        "Glovebox Controller",
        manufacturer="MBraun",
        model="LABstar Pro touch panel",
        serial_number="MB-LS-21-0933",
        operating_system="MB-Touch 3.2",
        primary_ip="10.52.15.29",
        installed_at=_in(-1000),
        notes=(
            "Argon glovebox in 214 (battery materials): O2 and H2O readings, regeneration "
            "cycles. Sends alarms by email through helium's SMTP relay."
        ),
        **r214,
    )
    b.device(
        1330119,
        "gold",
        "Instrument PC",
        manufacturer="Thermo Fisher Scientific",
        model="Apreo 2 SEM microscope PC (HP Z4 G4)",
        serial_number="TFS-9952071",
        operating_system="Windows 10 IoT Enterprise 2019",
        operating_system_notes="xT microscope control 20.1, MAPS 3.22",
        primary_ip="10.52.15.79",
        installed_at=_in(-1150),
        contact_id=kenji,
        notes=(
            "Scanning electron microscope PC in B07 (samples get gold sputter-coated). "
            "Thermo Fisher owns the image and the 'supervisor' account."
        ),
        **inst,
    )
    b.device(
        1330120,
        "lead",
        "Printer",
        manufacturer="HP",
        model="Color LaserJet Enterprise M554dn",
        serial_number="JPBCN7H0RT",
        primary_ip="10.52.14.82",
        installed_at=_in(-700),
        notes=(
            "The lab printer in 214 (pencil lead). Poster printing goes to the library, not here."
        ),
        **r214,
    )

    b.link(["boron", "fluorine"], RUNS, "neon")
    b.link(
        [
            "lithium",
            "silicon",
            "zinc",
            "gallium",
            "lead",
            "nickel",
            "copper",
            "titanium",
            "iron",
            "gold",
        ],
        CONNECTED,
        "carbon",
    )
    b.link("carbon", CONNECTED, "helium")
    b.link(
        ["neon", "argon", "krypton", "xenon", "radon"],
        CONNECTED,
        "helium",
        "campus VLAN 714 carried to the data center",
    )
    b.link(["helium", "carbon"], DEPENDS, "lithium", "power")
    b.link(["krypton", "xenon"], DEPENDS, "argon", "slurmctld")
    b.link(["argon", "krypton", "xenon"], DEPENDS, "radon", "NFS /home and /projects")
    b.link(["iron", "gold", "nickel", "titanium"], DEPENDS, "radon", "SMB \\\\radon\\instruments")
    b.link(["silicon", "zinc", "gallium"], DEPENDS, "boron", "COMSOL floating licences")

    b.asset(
        1330301,
        "Licence",
        "COMSOL Multiphysics floating licence",
        product="COMSOL Multiphysics 6.2 with Heat Transfer and Structural Mechanics",
        licence_type="Floating network licence (FlexNet), 1718@boron",
        seats=5,
        bound_to=b.tag("boron"),
        reseller="COMSOL Inc. (direct)",
        support_ends=_in(-15),
    )
    b.asset(
        1330302,
        "Licence",
        "MATLAB campus licence",
        product="MATLAB R2024b and all toolboxes",
        licence_type="Whitlock University campus-wide licence (sign in with NetID)",
        reseller="MathWorks via Whitlock ITS",
        support_ends=_in(122),
    )
    b.asset(
        1330303,
        "Licence",
        "Gaussian 16",
        product="Gaussian 16 Rev. C.02",
        licence_type="Perpetual site licence, source and binaries",
        bound_to=b.tag("argon", "krypton", "xenon"),
        reseller="Gaussian, Inc.",
    )
    b.asset(
        1330304,
        "Research Data Storage",
        "Projects on radon",
        path="radon:/mnt/tank/projects (NFS) or \\\\radon\\projects (SMB)",
        quota="200 TB",
        used="148 TB",
        replication=(
            "Nightly ZFS replication task 'projects-to-rs' to Whitlock Research Storage "
            "(rs.whitlock.example:/replicas/adeyemi)."
        ),
        data_owner="Funmilayo Adeyemi",
        data_classification=(
            "Internal: unpublished research, no human subjects, no export-controlled data"
        ),
    )
    b.asset(
        1330305,
        "Research Data Storage",
        "Whitlock Research Storage allocation",
        path="rs.whitlock.example:/replicas/adeyemi",
        quota="250 TB",
        used="151 TB",
        replication="ITS copies it to tape monthly; tapes kept 1 year.",
        data_owner="Funmilayo Adeyemi",
        data_classification="Internal",
        allocation_ends=_in(28),
    )
    b.asset(
        1330306,
        "Instrument Service Contract",
        "Bruker D8 ADVANCE",
        instrument=b.tag("iron"),
        service_vendor="Bruker AXS",
        contract_number="BAX-SC-0098812",
        coverage="One preventive maintenance visit a year and labour; the x-ray tube is excluded.",
        service_phone="+1 800-555-0144",
        contract_ends=_in(330),
    )
    b.asset(
        1330307,
        "Instrument Service Contract",
        "Apreo 2 SEM",
        instrument=b.tag("gold"),
        service_vendor="Thermo Fisher Scientific",
        contract_number="TFS-EM-77310",
        coverage=(
            "Full service including the field emission gun, two PM "
            "visits a year, remote diagnostics."
        ),
        service_phone="+1 800-555-0142",
        contract_ends=_in(58),
    )
    b.asset(
        1330308,
        "Regulatory Obligation",
        "XRD registration - NYS DOH",
        regulator=(
            "New York State Department of Health, Bureau of Environmental Radiation Protection"
        ),
        requirement=(
            "Annual registration and radiation survey of the analytical x-ray unit (Bruker D8 "
            "ADVANCE) with Whitlock EHS; interlock test logged in the binder in B07."
        ),
        systems=b.tag("iron"),
        responsible="Kenji Morales",
        last_completed=_in(-281),
        due_date=_in(84),
    )
    b.asset(
        1330309,
        "Backup Job",
        "radon ZFS replication",
        protected_systems=b.tag("radon"),
        software="TrueNAS SCALE replication task 'projects-to-rs' (zfs send over SSH)",
        target="Whitlock Research Storage, rs.whitlock.example",
        schedule="Daily 01:00; hourly snapshots on radon",
        retention="Snapshots: 48 hourly, 30 daily, 12 monthly",
        last_restore_test=_in(-95),
        alert_recipient="adeyemi-lab-it@whitlock.example",
    )

    b.secret(
        1330401,
        "argon root",
        "root",
        "Server",
        "argon",
        notes="Console only (SSH root login is off); Priyanka and Kenji use sudo.",
    )
    b.secret(
        1330402,
        "radon TrueNAS admin",
        "truenas_admin",
        "Storage",
        "radon",
        url="https://10.52.14.86",
    )
    b.secret(
        1330403,
        "gold SEM supervisor account",
        "supervisor",
        "Instrument",
        "gold",
        notes="Thermo Fisher service logs in with it; never change it or they cannot service.",
    )

    b.runbook(
        1330501,
        "Slurm jobs stuck pending / GPU node drained",
        "Cluster",
        ("h", "Symptoms"),
        (
            "p",
            "squeue shows jobs in PD with reason (Resources) or (ReqNodeNotAvail) for hours; "
            "sinfo shows krypton or xenon as 'drain'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On argon run sinfo -R to see why the node was drained (often 'Kill task failed' "
            "or 'gpu count mismatch').",
        ),
        (
            "s",
            "ssh to the node and run nvidia-smi. 'GPU has fallen off the bus' or 'No devices "
            "were found' means a reboot: scontrol reboot ASAP nextstate=RESUME krypton.",
        ),
        (
            "s",
            "If nvidia-smi is fine, put it back with scontrol update nodename=krypton "
            "state=resume and tell Priyanka in the #cluster channel.",
        ),
    )
    b.runbook(
        1330502,
        "COMSOL: 'Cannot connect to license server'",
        "Software",
        ("h", "Symptoms"),
        (
            "p",
            "COMSOL on zinc, gallium or silicon starts with 'Cannot connect to license server "
            "1718@boron' or 'License error: -15'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On boron: systemctl status lmgrd-comsol. If it is dead, systemctl restart "
            "lmgrd-comsol and read /var/log/lmgrd-comsol.log.",
        ),
        (
            "s",
            "Check who holds seats: /opt/comsol62/license/glnxa64/lmstat -a -c 1718@boron. Five "
            "seats only; a crashed session frees itself after 2 hours.",
        ),
        (
            "s",
            "The expired COMSOL support does not stop the licence (it is perpetual); it only "
            "means no 6.3 upgrade.",
        ),
    )
    b.runbook(
        1330503,
        "New lab member",
        "Onboarding",
        ("h", "Steps"),
        (
            "s",
            "They need a Whitlock NetID first (the department sends it); nothing below works "
            "without one.",
        ),
        (
            "s",
            "Cluster: on argon run sacctmgr add user <netid> account=adeyemi and create "
            "/projects/<netid> on radon with the 'projects-rw' group.",
        ),
        (
            "s",
            "Add them to eLabFTW (fluorine) team 'Adeyemi'. SEM (gold) and XRD (iron) only "
            "after Kenji signs their training record.",
        ),
    )
    return b.snap


# ============================================================================================
# Pioneer Supply Co.: a wholesale distributor in Columbus with a branch in Dayton.
# ============================================================================================


def _supply() -> Snapshot:
    b = _EighthBuilder(
        Organization(
            id=PIONEER,
            organization_id=PIONEER,
            name="Pioneer Supply Co.",
            short_name="Pioneer Supply",
            organization_type="Wholesale Distributor",
            description=(
                "Plumbing, HVAC and electrical wholesaler: a distribution center with a "
                "will-call counter in Columbus, OH and a branch counter in Dayton. ERP is "
                "Epicor Eclipse (on premises). Every device is named after the IP address it "
                "was given when it was installed (ip-10-40-0-1 style); the Dayton branch was "
                "re-addressed in 2024 and some names no longer match. Not related to Pioneer "
                "Valley Animal Hospitals."
            ),
            quick_notes=(
                "Trucks load from 04:30; the warehouse handhelds and the ERP must be up by "
                "then. Changes only Saturday afternoon or Sunday. Never trust a hostname for "
                "the address at Dayton: check the IP field."
            ),
            updated_at=UPDATED_AT,
        ),
        1340000,
        "dotted",
    )
    cmh = b.location(
        1340001,
        "Columbus Distribution Center",
        primary=True,
        address_1="2750 Westbelt Drive",
        city="Columbus",
        region="Ohio",
        postal_code="43228",
        country="United States",
        phone="+1 614-555-0140",
        notes=(
            "Offices and will-call counter at the front, 120,000 sq ft warehouse behind. "
            "Server room is upstairs next to purchasing (badge door). The warehouse IDF is on "
            "the mezzanine above dock door 6."
        ),
    )
    day = b.location(
        1340002,
        "Dayton Branch",
        address_1="1450 Stanley Avenue",
        city="Dayton",
        region="Ohio",
        postal_code="45404",
        country="United States",
        phone="+1 937-555-0144",
        notes="Branch counter and a small stock room; the network cabinet is in the stock room.",
    )
    b.person(
        1340011,
        "Ron Whitaker",
        "President",
        "Primary",
        "rwhitaker@pioneersupply.example",
        "+1 614-555-0141",
        mobile="+1 614-555-0179",
        location_id=cmh,
        important=True,
        notes="Owner (third generation). Signs anything over $10,000.",
    )
    b.person(
        1340012,
        "Gail Brenner",
        "Controller",
        "Billing",
        "gbrenner@pioneersupply.example",
        "+1 614-555-0142",
        location_id=cmh,
        notes="Pays our invoices, owns the PCI questionnaire and the card terminals.",
    )
    tj = b.person(
        1340013,
        "TJ Oduya",
        "Operations Manager",
        "Technical",
        "toduya@pioneersupply.example",
        "+1 614-555-0143",
        mobile="+1 614-555-0185",
        location_id=cmh,
        notes=(
            "Our day-to-day contact and the in-house Eclipse admin: users, printers, the "
            "handhelds, EDI partners. Approves weekend change windows."
        ),
    )
    b.person(
        1340014,
        "Lisa Marchetti",
        "Branch Manager, Dayton",
        "User",
        "lmarchetti@pioneersupply.example",
        "+1 937-555-0145",
        mobile="+1 937-555-0161",
        location_id=day,
        notes="Anything at Dayton: counter PCs, the label printer, letting a tech in.",
    )
    b.person(
        1340015,
        "Carl Jennings",
        "Night Warehouse Supervisor",
        "After Hours",
        "cjennings@pioneersupply.example",
        "+1 614-555-0146",
        mobile="+1 614-555-0197",
        location_id=cmh,
        notes=(
            "Runs the night pick and truck loading, 22:00-06:30 Sun-Thu. Call him for anything "
            "after hours; he can power-cycle gear in the server room if talked through it."
        ),
    )

    c: dict[str, Any] = {"location_id": cmh}
    b.device(
        1340101,
        "ip-10-40-0-1",
        "Firewall",
        oui="007686",
        manufacturer="Palo Alto Networks",
        model="PA-440",
        serial_number="021201049377",
        asset_tag="PSC-00311",
        operating_system="PAN-OS 11.1.2-h3",
        primary_ip="10.40.0.1",
        public_ip="203.0.113.140",
        ports=[
            ("ethernet1/1 (untrust - AT&T fiber)", "203.0.113.140"),
            ("ethernet1/2 (trust)", "10.40.0.1"),
            ("ethernet1/3 (untrust2 - Spectrum)", "198.51.100.240"),
        ],
        warranty_expires_at=_in(140),
        installed_at=_in(-520),
        contact_id=tj,
        notes=(
            "Columbus firewall. AT&T fiber primary, Spectrum coax as backup (PBF failover). "
            "IPsec 'DAY-CMH' to the Dayton firewall, GlobalProtect for the outside sales reps."
        ),
        **c,
    )
    b.device(
        1340102,
        "ip-10-40-0-2",
        "Switch",
        oui="883A30",
        manufacturer="HPE Aruba",
        model="CX 6200F 48G Class4 PoE 4SFP+ (JL727A)",
        serial_number="SG31KN20QB",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="10.40.0.2",
        warranty_expires_at=_in(3000),
        installed_at=_in(-520),
        notes="Core switch in the server room; fiber to ip-10-40-0-3 in the warehouse.",
        **c,
    )
    b.device(
        1340103,
        "ip-10-40-0-3",
        "Switch",
        oui="883A30",
        manufacturer="HPE Aruba",
        model="CX 6100 24G Class4 PoE 4SFP+ (JL677A)",
        serial_number="SG31KN21AX",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="10.40.0.3",
        installed_at=_in(-520),
        notes="Warehouse IDF on the mezzanine above dock door 6: APs, dock printers.",
        **c,
    )
    for id_, name, serial, ip, ilo, warranty in [
        (1340104, "ip-10-40-1-10", "MXQ2150J7K", "10.40.1.10", "10.40.1.110", _in(-60)),
        (1340105, "ip-10-40-1-11", "MXQ2150J7M", "10.40.1.11", "10.40.1.111", _in(300)),
    ]:
        b.device(
            id_,
            name,
            "ESXi Host",
            oui="9440C9",
            manufacturer="HPE",
            model="ProLiant DL360 Gen10 Plus",
            serial_number=serial,
            operating_system="VMware ESXi 8.0 Update 2",
            primary_ip=ip,
            ports=[("vmk0", ip), ("iLO 5", ilo)],
            warranty_expires_at=warranty,
            installed_at=_in(-900),
            notes="One of two standalone ESXi hosts (no vCenter); local SSD datastore.",
            **c,
        )
    for id_, name, os_, os_notes, note in [
        (
            1340106,
            "ip-10-40-1-20",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for pioneer.local: DNS, DHCP for Columbus and Dayton.",
        ),
        (
            1340107,
            "ip-10-40-1-21",
            "Rocky Linux 8.9",
            "Epicor Eclipse 9.1.4 on Rocket UniVerse 11.3",
            "The ERP: orders, pricing, purchasing, inventory, EDI. Counter PCs use the Eclipse "
            "Solar client against it; Eclipse EDI runs here too.",
        ),
        (
            1340108,
            "ip-10-40-1-22",
            "Windows Server 2022 Standard",
            "Eclipse Mobile Warehouse (RF server) 9.1, print server",
            "RF server for the handhelds and print server for the dock and counter label "
            "printers (pick tickets come out of Eclipse through it).",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="VMware",
            model="Virtual Machine (hardware version 21)",
            operating_system=os_,
            operating_system_notes=os_notes,
            primary_ip=name.removeprefix("ip-").replace("-", "."),
            ports=[("vmxnet3", name.removeprefix("ip-").replace("-", "."))],
            installed_at=_in(-880),
            notes=note,
            **c,
        )
    b.device(
        1340109,
        "ip-10-40-1-30",
        "Backup Server",
        oui="B07B25",
        manufacturer="Dell",
        model="PowerEdge R540",
        serial_number="3PLX8K2",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Veeam Backup & Replication 12.1, ReFS repository 36 TB",
        primary_ip="10.40.1.30",
        ports=[("NIC1", "10.40.1.30"), ("iDRAC9", "10.40.1.130")],
        warranty_expires_at=_in(200),
        installed_at=_in(-1200),
        notes="Veeam server and local repository; the copy job sends to Wasabi.",
        **c,
    )
    for id_, name, serial, note in [
        (
            1340110,
            "ip-10-40-20-101",
            "5CG3291KQX",
            "Will-call counter 1 (left): Eclipse Solar client, receipt printer, card terminal.",
        ),
        (
            1340111,
            "ip-10-40-20-102",
            "5CG3291KR4",
            "Will-call counter 2 (right): Eclipse Solar client, receipt printer, card terminal.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Counter PC",
            oui="3822E2",
            manufacturer="HP",
            model="Elite Mini 800 G9",
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            primary_ip=name.removeprefix("ip-").replace("-", "."),
            ports=[("Ethernet", name.removeprefix("ip-").replace("-", "."))],
            warranty_expires_at=_in(480),
            installed_at=_in(-250),
            notes=note,
            **c,
        )
    b.device(
        1340112,
        "ip-10-40-20-130",
        "Workstation",
        oui="3822E2",
        manufacturer="HP",
        model="EliteDesk 800 G6 Tower",
        serial_number="MXL0512CZT",
        operating_system="Windows 11 Pro 22H2",
        primary_ip="10.40.20.130",
        ports=[("Ethernet", "10.40.20.130")],
        warranty_expires_at=_in(-300),
        installed_at=_in(-1400),
        notes="Warehouse manager's office PC by the shipping desk: Eclipse, the dock schedule.",
        **c,
    )
    b.device(
        1340113,
        "ip-10-40-30-50",
        "Thermal Printer",
        manufacturer="Zebra",
        model="ZT411 (203 dpi)",
        serial_number="99J214300871",
        operating_system="Link-OS 7.4",
        primary_ip="10.40.30.50",
        installed_at=_in(-700),
        notes="Shipping dock label printer: UPS and LTL shipping labels, queue 'DOCK-ZT411'.",
        **c,
    )
    b.device(
        1340114,
        "ip-10-40-30-51",
        "Multifunction Printer",
        manufacturer="Xerox",
        model="AltaLink C8155",
        serial_number="XRX4471028",
        primary_ip="10.40.30.51",
        installed_at=_in(-610),
        notes="Office copier upstairs; scan to \\\\ip-10-40-1-20\\Scans.",
        **c,
    )
    for id_, name, serial, note in [
        (1340115, "ip-10-40-40-11", "22188523400417", "Picking handheld (night shift)."),
        (1340116, "ip-10-40-40-12", "22188523400452", "Receiving handheld at dock door 2."),
    ]:
        b.device(
            id_,
            name,
            "Mobile Computer",
            manufacturer="Zebra",
            model="TC58",
            serial_number=serial,
            operating_system="Android 13 (LifeGuard 13-18-19)",
            primary_ip=name.removeprefix("ip-").replace("-", "."),
            installed_at=_in(-330),
            notes=note + " Eclipse Mobile Warehouse client, DHCP reservation on the DC.",
            **c,
        )
    for id_, name, serial, where in [
        (
            1340117,
            "ip-10-40-0-21",
            "CNR3KSP0G7",
            "Front office and will-call counter; broadcasts Pioneer-Staff and Pioneer-Contractor.",
        ),
        (
            1340118,
            "ip-10-40-0-22",
            "CNR3KSP0J2",
            "Warehouse racking aisles 10-24, for the handhelds (Pioneer-RF only).",
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="883A30",
            manufacturer="HPE Aruba",
            model="AP-655",
            serial_number=serial,
            operating_system="AOS 10.5",
            primary_ip=name.removeprefix("ip-").replace("-", "."),
            installed_at=_in(-520),
            notes=where,
            **c,
        )
    d: dict[str, Any] = {"location_id": day}
    b.device(
        1340119,
        "ip-192-168-1-1",
        "Firewall",
        oui="007686",
        manufacturer="Palo Alto Networks",
        model="PA-410",
        serial_number="021301018842",
        operating_system="PAN-OS 11.1.2-h3",
        primary_ip="10.44.0.1",
        public_ip="198.51.100.244",
        ports=[
            ("ethernet1/1 (untrust)", "198.51.100.244"),
            ("ethernet1/2 (trust)", "10.44.0.1"),
        ],
        warranty_expires_at=_in(22),
        installed_at=_in(-1300),
        notes=(
            "Dayton firewall. Named when the branch was still 192.168.1.0/24; re-addressed to "
            "10.44.0.0/24 in 2024 and never renamed. IPsec 'DAY-CMH' to ip-10-40-0-1."
        ),
        **d,
    )
    b.device(
        1340120,
        "ip-10-44-0-2",
        "Switch",
        oui="883A30",
        manufacturer="HPE Aruba",
        model="CX 6100 12G Class4 PoE 2G/2SFP+ (JL679A)",
        serial_number="SG32KN11PV",
        operating_system="AOS-CX 10.13.1000",
        primary_ip="10.44.0.2",
        installed_at=_in(-700),
        notes="Dayton switch in the stock room cabinet (replaced the old Netgear in 2024).",
        **d,
    )
    b.device(
        1340121,
        "ip-192-168-1-10",
        "Counter PC",
        oui="3822E2",
        manufacturer="HP",
        model="EliteDesk 800 G5 Mini",
        serial_number="MXL9380QW1",
        operating_system="Windows 11 Pro 22H2",
        primary_ip="10.44.20.10",
        ports=[("Ethernet", "10.44.20.10")],
        warranty_expires_at=_in(-500),
        installed_at=_in(-1500),
        notes=("Dayton counter 1. Kept its old name after the 2024 re-IP; it is 10.44.20.10 now."),
        **d,
    )
    b.device(
        1340122,
        "ip-10-44-20-11",
        "Counter PC",
        oui="3822E2",
        manufacturer="HP",
        model="Elite Mini 800 G9",
        serial_number="5CG3291KT8",
        operating_system="Windows 11 Pro 23H2",
        primary_ip="10.44.20.11",
        ports=[("Ethernet", "10.44.20.11")],
        warranty_expires_at=_in(480),
        installed_at=_in(-250),
        notes="Dayton counter 2.",
        **d,
    )
    b.device(
        1340123,
        "ip-10-44-30-50",
        "Thermal Printer",
        manufacturer="Zebra",
        model="ZT231 (203 dpi)",
        serial_number="99J223800156",
        operating_system="Link-OS 7.1",
        primary_ip="10.44.30.50",
        installed_at=_in(-690),
        notes="Dayton counter label and pick ticket printer, queue 'DAY-ZT231' on ip-10-40-1-22.",
        **d,
    )

    b.link(["ip-10-40-1-20", "ip-10-40-1-22"], RUNS, "ip-10-40-1-10")
    b.link("ip-10-40-1-21", RUNS, "ip-10-40-1-11")
    b.link(
        [
            "ip-10-40-0-3",
            "ip-10-40-1-10",
            "ip-10-40-1-11",
            "ip-10-40-1-30",
            "ip-10-40-20-101",
            "ip-10-40-20-102",
            "ip-10-40-30-51",
            "ip-10-40-0-21",
        ],
        CONNECTED,
        "ip-10-40-0-2",
    )
    b.link(["ip-10-40-20-130", "ip-10-40-30-50", "ip-10-40-0-22"], CONNECTED, "ip-10-40-0-3")
    b.link("ip-10-40-0-2", CONNECTED, "ip-10-40-0-1")
    b.link("ip-192-168-1-1", CONNECTED, "ip-10-40-0-1", "IPsec DAY-CMH")
    b.link("ip-10-44-0-2", CONNECTED, "ip-192-168-1-1")
    b.link(["ip-192-168-1-10", "ip-10-44-20-11", "ip-10-44-30-50"], CONNECTED, "ip-10-44-0-2")
    b.link(
        ["ip-10-40-20-101", "ip-10-40-20-102", "ip-192-168-1-10", "ip-10-44-20-11"],
        DEPENDS,
        "ip-10-40-1-21",
        "Eclipse Solar client",
    )
    b.link(["ip-10-40-40-11", "ip-10-40-40-12"], DEPENDS, "ip-10-40-1-22", "RF sessions")
    b.link(["ip-10-40-30-50", "ip-10-44-30-50"], DEPENDS, "ip-10-40-1-22", "print queues")
    b.link("ip-10-40-1-22", DEPENDS, "ip-10-40-1-21", "Eclipse")
    b.link(["ip-10-40-40-11", "ip-10-40-40-12"], CONNECTED, "ip-10-40-0-22", "Pioneer-RF")

    b.asset(
        1340301,
        "EDI Connection",
        "Mueller Industries",
        trading_partner="Mueller Industries (copper tube and fittings)",
        transaction_sets=(
            "850 purchase orders out; 855 acknowledgements, 856 ASNs and 810 invoices in"
        ),
        transport="AS2 from Eclipse EDI to https://edi.muellerindustries.example/as2",
        interchange_id="ZZ:PIONEERSUPCMH",
        partner_contact="edi-support@muellerindustries.example",
        certificate_expires=_in(34),
    )
    b.asset(
        1340302,
        "EDI Connection",
        "Lennox (HVAC equipment)",
        trading_partner="Lennox International",
        transaction_sets="850 out; 855 and 810 in",
        transport="VAN: OpenText Trading Grid mailbox PSC4471",
        interchange_id="ZZ:PIONEERSUPCMH",
        partner_contact="Lennox EDI team, +1 972-555-0108",
    )
    b.asset(
        1340303,
        "EDI Connection",
        "Franklin County Facilities (customer POs)",
        trading_partner="Franklin County Facilities Management",
        transaction_sets="850 purchase orders in; 810 invoices out",
        transport="AS2 to https://b2b.franklincounty.example/as2",
        interchange_id="ZZ:PIONEERSUPCMH",
        partner_contact="purchasing-edi@franklincounty.example",
        certificate_expires=_in(-10),
    )
    b.asset(
        1340304,
        "Licence",
        "Epicor Eclipse",
        product="Epicor Eclipse 9.1.4 (Solar client, Mobile Warehouse, EDI)",
        licence_type="Named users, annual maintenance",
        seats=42,
        bound_to=b.tag("ip-10-40-1-21"),
        reseller="Epicor (direct)",
        support_ends=_in(245),
    )
    b.asset(
        1340305,
        "Licence",
        "VMware vSphere Standard",
        product="VMware vSphere Standard 8 (32 cores)",
        licence_type="Subscription, per core (Broadcom)",
        bound_to=b.tag("ip-10-40-1-10", "ip-10-40-1-11"),
        reseller="CDW",
        support_ends=_in(70),
    )
    b.asset(
        1340306,
        "Backup Job",
        "Veeam - Columbus VMs",
        protected_systems=b.tag("ip-10-40-1-20", "ip-10-40-1-21", "ip-10-40-1-22"),
        software="Veeam Backup & Replication 12.1 on ip-10-40-1-30",
        target=(
            "ip-10-40-1-30 repository, copy job to Wasabi bucket pioneer-veeam-offsite (immutable)"
        ),
        schedule="Nightly 22:00; the ERP also every 4 hours 06:00-18:00",
        retention="14 restore points locally, 30 days immutable in Wasabi",
        last_restore_test=_in(-40),
        alert_recipient="it-alerts@pioneersupply.example",
        subscription_ends=_in(190),
    )
    b.asset(
        1340307,
        "Guest Wi-Fi Portal",
        "Contractor Wi-Fi",
        ssid="Pioneer-Contractor",
        vlan=99,
        portal="Aruba Central guest, voucher sign-in",
        splash_page="https://portal.pioneersupply.example/guest",
        terms=(
            "Voucher printed at the will-call counter, valid 24 hours, 10 Mbps per device; no "
            "access to 10.40.0.0/16."
        ),
        access_points=b.tag("ip-10-40-0-21"),
        licence_ends=_in(15),
    )
    b.asset(
        1340308,
        "Regulatory Obligation",
        "PCI DSS SAQ B-IP",
        regulator="Fiserv (acquirer), PCI DSS 4.0.1",
        requirement=(
            "Annual SAQ B-IP for the counter card terminals (Ingenico Lane/3000 on VLAN 25) and "
            "quarterly ASV scans of 203.0.113.140 and 198.51.100.244."
        ),
        systems=b.tag("ip-10-40-0-1", "ip-192-168-1-1"),
        responsible="Gail Brenner",
        last_completed=_in(-330),
        due_date=_in(35),
    )

    b.secret(
        1340401,
        "ip-10-40-0-1 PAN-OS admin",
        "pioneer-admin",
        "Firewall",
        "ip-10-40-0-1",
        url="https://10.40.0.1",
    )
    b.secret(
        1340402,
        "Dayton PA-410 admin",
        "pioneer-admin",
        "Firewall",
        "ip-192-168-1-1",
        url="https://10.44.0.1",
        notes="Bookmarks that still say https://192.168.1.1 are stale.",
    )
    b.secret(
        1340403,
        "Eclipse ERP system account",
        "ECLIPSE",
        "Application",
        "ip-10-40-1-21",
        notes="UniVerse/Eclipse system login; TJ and Epicor support only.",
    )
    b.secret(
        1340404,
        "ESXi root (both hosts)",
        "root",
        "Hypervisor",
        "ip-10-40-1-10",
        notes="Same root password on ip-10-40-1-11.",
    )
    b.secret(
        1340405,
        "Wasabi offsite bucket",
        "pioneer-veeam",
        "Cloud",
        url="https://console.wasabisys.example",
        notes="Access key for the Veeam copy job; bucket pioneer-veeam-offsite, us-east-2.",
    )

    b.runbook(
        1340501,
        "Handhelds say 'RF session disconnected'",
        "Warehouse",
        ("h", "Symptoms"),
        (
            "p",
            "The TC58s show 'RF session disconnected - retrying' and pickers cannot confirm "
            "picks; the counter PCs still work.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check the handheld is on Pioneer-RF (not Pioneer-Contractor) and near "
            "ip-10-40-0-22; aisles 25-30 have no coverage.",
        ),
        (
            "s",
            "On ip-10-40-1-22 run Restart-Service 'Eclipse Mobile Warehouse' and watch "
            "C:\\Eclipse\\RF\\logs\\rfserver.log for 'Listening on 9080'.",
        ),
        (
            "s",
            "On the TC58 swipe away Eclipse Mobile and open it again; sessions reconnect "
            "within a minute. If the night shift is loading, call Carl Jennings first.",
        ),
    )
    b.runbook(
        1340502,
        "Dayton counter can't get into Eclipse",
        "Network",
        ("h", "Symptoms"),
        (
            "p",
            "Solar on the Dayton counter PCs says 'Unable to connect to host 10.40.1.21' while "
            "the internet works at Dayton.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On ip-10-40-0-1 check the tunnel: show vpn ipsec-sa tunnel DAY-CMH. No SA means "
            "the tunnel is down; run test vpn ike-sa gateway GW-DAYTON.",
        ),
        (
            "s",
            "If the Dayton public IP changed (Spectrum), update the peer address on "
            "ip-10-40-0-1 (Network > IKE Gateways > GW-DAYTON) and commit.",
        ),
        (
            "s",
            "Remember ip-192-168-1-1 is at 10.44.0.1 now; the old 192.168.1.1 answers nothing.",
        ),
    )
    b.runbook(
        1340503,
        "Why Dayton names don't match their IPs",
        "Network",
        ("h", "Background"),
        (
            "p",
            "Devices are named after the address they got when installed. Dayton moved from "
            "192.168.1.0/24 to 10.44.0.0/24 in 2024 and two devices kept their old names.",
        ),
        ("h", "Current mapping"),
        ("s", "ip-192-168-1-1 (Dayton firewall) is 10.44.0.1."),
        ("s", "ip-192-168-1-10 (Dayton counter 1) is 10.44.20.10."),
        (
            "s",
            "Everything installed since has a 10.44 name. Rename only when a device is "
            "replaced, so the Eclipse printer and terminal mappings do not break.",
        ),
    )
    return b.snap


# ============================================================================================
# Timberline Wealth Advisors: a registered investment adviser in Denver and Boulder.
# ============================================================================================


def _timberline() -> Snapshot:
    b = _EighthBuilder(
        Organization(
            id=TWA,
            organization_id=TWA,
            name="Timberline Wealth Advisors",
            short_name="TWA",
            organization_type="Registered Investment Adviser",
            description=(
                "SEC-registered investment adviser, 16 staff: wealth management and financial "
                "planning for about 400 households. Denver office (headquarters, client "
                "lounge) and a small Boulder office. Custodians are Schwab and Fidelity; Orion "
                "for portfolio accounting; client documents in Laserfiche (kept 7 years). "
                "Every device is named mt-<peak> after a Colorado fourteener. Not the airline."
            ),
            quick_notes=(
                "Market hours (07:30-14:00 MT) are for trading: no reboots of mt-bross, "
                "mt-elbert or the switches then. Anything that touches client data goes past "
                "Cat Delacroix (CCO) first; log it in the compliance change register."
            ),
            updated_at=UPDATED_AT,
        ),
        1350000,
        "colon",
    )
    den = b.location(
        1350001,
        "Denver Office",
        primary=True,
        address_1="1600 Wynkoop Street",
        address_2="Suite 500",
        city="Denver",
        region="Colorado",
        postal_code="80202",
        country="United States",
        phone="+1 303-555-0190",
        notes=(
            "Fifth floor, LoDo. Building security desk issues visitor badges (photo ID). The "
            "server closet is inside the file room behind reception; code from Nate "
            "Abernathy."
        ),
    )
    bou = b.location(
        1350002,
        "Boulder Office",
        address_1="1942 Broadway",
        address_2="Suite 310",
        city="Boulder",
        region="Colorado",
        postal_code="80302",
        country="United States",
        phone="+1 303-555-0195",
        notes=(
            "Three offices and a small conference room; network kit on the shelf in the copy room."
        ),
    )
    cat = b.person(
        1350011,
        "Catherine Delacroix",
        "Managing Partner and Chief Compliance Officer",
        "Primary",
        "cdelacroix@timberlinewealth.example",
        "+1 303-555-0191",
        mobile="+1 303-555-0173",
        location_id=den,
        important=True,
        notes=(
            "Goes by Cat. Approves anything touching client data, the custodians or "
            "Laserfiche, and signs the SEC filings."
        ),
    )
    nate = b.person(
        1350012,
        "Nate Abernathy",
        "Director of Operations",
        "Technical",
        "nabernathy@timberlinewealth.example",
        "+1 303-555-0192",
        mobile="+1 303-555-0178",
        location_id=den,
        notes=(
            "Office manager and our day-to-day contact: new hires, Schwab and Orion access, "
            "the check scanner, the conference room. Pays our invoices too."
        ),
    )
    rosa = b.person(
        1350013,
        "Rosa Villanueva",
        "Client Service Associate, Boulder",
        "User",
        "rvillanueva@timberlinewealth.example",
        "+1 303-555-0196",
        location_id=bou,
        notes="The Boulder office's go-to for printers and visitors; lets techs in.",
    )
    paul = b.person(
        1350014,
        "Paul Kim",
        "Partner, Wealth Advisor",
        "After Hours",
        "pkim@timberlinewealth.example",
        "+1 303-555-0193",
        mobile="+1 303-555-0167",
        location_id=den,
        notes=(
            "Approves emergency work after hours and on weekends when Cat is not reachable. "
            "Text first, then call."
        ),
    )
    b.person(
        1350015,
        "Dana Reyes",
        "Relationship Manager, Orion Advisor Technology",
        "Vendor",
        "dreyes@orion.example",
        "+1 402-555-0126",
        notes="Orion account and data feed problems (missing Schwab or Fidelity files).",
    )

    dn: dict[str, Any] = {"location_id": den}
    b.device(
        1350101,
        "mt-elbert",
        "Firewall",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MX85",
        serial_number="Q2MN-4XKD-7PLA",
        asset_tag="TWA-0001",
        operating_system="MX 18.211",
        primary_ip="10.14.0.1",
        public_ip="203.0.113.170",
        ports=[
            ("WAN 1 (Lumen fiber)", "203.0.113.170"),
            ("WAN 2 (Comcast)", "198.51.100.171"),
            ("LAN", "10.14.0.1"),
        ],
        warranty_expires_at=_in(410),
        installed_at=_in(-640),
        contact_id=nate,
        notes=(
            "Denver firewall, the tallest peak. Lumen fiber primary, Comcast failover. Meraki "
            "AutoVPN hub for mt-longs; AnyConnect VPN for advisors working from home."
        ),
        **dn,
    )
    b.device(
        1350102,
        "mt-massive",
        "Switch",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MS225-48FP",
        serial_number="Q2MN-8VBT-3ZHQ",
        operating_system="MS 16.8",
        primary_ip="10.14.0.2",
        installed_at=_in(-640),
        notes="Denver switch in the file room closet. VLAN 10 servers, 20 staff, 50 guest.",
        **dn,
    )
    b.device(
        1350103,
        "mt-harvard",
        "Hyper-V Host",
        oui="9440C9",
        manufacturer="HPE",
        model="ProLiant ML350 Gen11",
        serial_number="CZJ3420BKV",
        operating_system="Windows Server 2022 Datacenter",
        operating_system_notes="Hyper-V role; VMs mt-yale, mt-princeton, mt-oxford",
        primary_ip="10.14.10.10",
        ports=[("NIC1", "10.14.10.10"), ("iLO 6", "10.14.10.9")],
        warranty_expires_at=_in(900),
        installed_at=_in(-420),
        notes="The only server; the Collegiate Peaks VMs run on it.",
        **dn,
    )
    for id_, name, ip, os_notes, note in [
        (
            1350104,
            "mt-yale",
            "10.14.10.11",
            None,
            "Domain controller for timberline.local (hybrid-joined with Entra ID), DNS and DHCP.",
        ),
        (
            1350105,
            "mt-princeton",
            "10.14.10.12",
            "Laserfiche 11 server, SQL Server 2022 Standard, Import Agent 11",
            "Client document repository: account forms, statements, advice letters. The "
            "'Books and Records' volume is WORM for SEC rule 17a-4; nothing can be deleted "
            "before 7 years.",
        ),
        (
            1350106,
            "mt-oxford",
            "10.14.10.13",
            None,
            "File server: S:\\Operations, S:\\Planning, the IT share (drivers, installers).",
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
            installed_at=_in(-410),
            notes=note,
            **dn,
        )
    b.device(
        1350107,
        "mt-belford",
        "Backup Appliance",
        manufacturer="Axcient",
        model="x360Recover Appliance 8 TB",
        serial_number="AXC-8T-2209931",
        operating_system="x360Recover 10.10",
        primary_ip="10.14.10.20",
        warranty_expires_at=_in(155),
        installed_at=_in(-400),
        notes="Local backup appliance; replicates to the Axcient cloud.",
        **dn,
    )
    b.device(
        1350108,
        "mt-bierstadt",
        "UPS",
        manufacturer="Eaton",
        model="9PX 3000 RT2U",
        serial_number="GA301K0229",
        operating_system="Network-M2 card 3.1",
        primary_ip="10.14.0.40",
        installed_at=_in(-640),
        notes=(
            "File room closet UPS, about 25 minutes; shuts "
            "mt-harvard down cleanly at 10 minutes left."
        ),
        **dn,
    )
    for id_, name, serial, contact, note in [
        (
            1350109,
            "mt-lincoln",
            "4ZK2TV3",
            cat,
            "Cat Delacroix's laptop; docks in the corner office. BitLocker, Intune-managed.",
        ),
        (
            1350110,
            "mt-democrat",
            "4ZK2TV4",
            paul,
            "Paul Kim's laptop; mostly at client meetings. BitLocker, Intune-managed.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Laptop",
            oui="A4BB6D",
            manufacturer="Dell",
            model="Latitude 7450",
            serial_number=serial,
            operating_system="Windows 11 Enterprise 23H2",
            warranty_expires_at=_in(700),
            installed_at=_in(-300),
            contact_id=contact,
            notes=note,
            **dn,
        )
    for id_, name, serial, ip, note in [
        (
            1350111,
            "mt-bross",
            "8TJQ2Z3",
            "10.14.20.21",
            "Trading desk PC (three screens): Orion Eclipse rebalancing, Schwab Advisor Center, "
            "Fidelity Wealthscape.",
        ),
        (
            1350112,
            "mt-sherman",
            "8TJQ2Z4",
            "10.14.20.22",
            "Operations desk by reception: new accounts, check deposits (mt-quandary on USB), "
            "scanning into Laserfiche.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="A4BB6D",
            manufacturer="Dell",
            model="OptiPlex 7020 Plus",
            serial_number=serial,
            operating_system="Windows 11 Enterprise 23H2",
            primary_ip=ip,
            ports=[("Ethernet", ip)],
            warranty_expires_at=_in(650),
            installed_at=_in(-280),
            notes=note,
            **dn,
        )
    b.device(
        1350113,
        "mt-pikes",
        "Multifunction Printer",
        manufacturer="Konica Minolta",
        model="bizhub C360i",
        serial_number="A7R0021004417",
        primary_ip="10.14.20.50",
        installed_at=_in(-500),
        notes=(
            "Denver copier. Scan destination 'Laserfiche' drops PDFs into "
            "\\\\mt-princeton\\LFImport; secure print release with badge."
        ),
        **dn,
    )
    b.device(
        1350114,
        "mt-quandary",
        "Check Scanner",
        manufacturer="Panini",
        model="Vision X",
        serial_number="VX1-60317742",
        operating_system="Firmware 2.11",
        installed_at=_in(-500),
        notes=(
            "Remote deposit check scanner for client checks, USB to mt-sherman (rear port, not "
            "the monitor hub). Used with Schwab's check deposit in Advisor Center."
        ),
        **dn,
    )
    b.device(
        1350115,
        "mt-evans",
        "Conference Room System",
        manufacturer="Logitech",
        model="Rally Bar with Tap IP (Microsoft Teams Rooms on Android)",
        serial_number="2245LZ0RB931",
        operating_system="Teams Rooms on Android 1449/1.0.96",
        primary_ip="10.14.20.60",
        installed_at=_in(-350),
        notes=(
            "Board room video system, signed in as boardroom@timberlinewealth.example. Named "
            "before Mount Evans was renamed Mount Blue Sky (2023); we kept the hostname."
        ),
        **dn,
    )
    for id_, name, serial, ip, where in [
        (
            1350116,
            "mt-grays",
            "Q3AC-2WQE-7HNA",
            "10.14.0.21",
            "Reception and client lounge: Timberline-Staff and Timberline-Guest.",
        ),
        (
            1350117,
            "mt-torreys",
            "Q3AC-2WQE-9KMS",
            "10.14.0.22",
            "Offices and the board room: Timberline-Staff only.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Wireless Access Point",
            oui="0C8DDB",
            manufacturer="Cisco Meraki",
            model="MR46",
            serial_number=serial,
            operating_system="MR 30.7",
            primary_ip=ip,
            installed_at=_in(-640),
            notes=where + " Grays and Torreys are twin peaks; so are these two.",
            **dn,
        )
    bo: dict[str, Any] = {"location_id": bou}
    b.device(
        1350118,
        "mt-longs",
        "Firewall",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MX67W",
        serial_number="Q2FY-6RMT-1CDX",
        operating_system="MX 18.211",
        primary_ip="10.14.100.1",
        public_ip="198.51.100.172",
        ports=[("WAN 1 (Comcast)", "198.51.100.172"), ("LAN", "10.14.100.1")],
        warranty_expires_at=_in(410),
        installed_at=_in(-600),
        notes=(
            "Boulder firewall (Longs Peak is the one you see from "
            "Boulder). AutoVPN spoke to mt-elbert."
        ),
        **bo,
    )
    b.device(
        1350119,
        "mt-antero",
        "Switch",
        oui="0C8DDB",
        manufacturer="Cisco Meraki",
        model="MS120-8FP",
        serial_number="Q2HP-3LNV-8YTR",
        operating_system="MS 16.8",
        primary_ip="10.14.100.2",
        installed_at=_in(-600),
        notes="Boulder switch on the copy room shelf.",
        **bo,
    )
    b.device(
        1350120,
        "mt-capitol",
        "Workstation",
        oui="A4BB6D",
        manufacturer="Dell",
        model="OptiPlex 7020 Micro",
        serial_number="6RMK4Z3",
        operating_system="Windows 11 Enterprise 23H2",
        primary_ip="10.14.100.21",
        ports=[("Ethernet", "10.14.100.21")],
        warranty_expires_at=_in(650),
        installed_at=_in(-280),
        contact_id=rosa,
        notes="Rosa Villanueva's desk PC in Boulder.",
        **bo,
    )
    b.device(
        1350121,
        "mt-snowmass",
        "Laptop",
        oui="A4BB6D",
        manufacturer="Dell",
        model="Latitude 5450",
        serial_number="2PWX9Y3",
        operating_system="Windows 11 Enterprise 23H2",
        warranty_expires_at=_in(75),
        installed_at=_in(-1020),
        notes="Boulder advisor laptop (Lena Hart). Due for replacement with the warranty.",
        **bo,
    )
    b.device(
        1350122,
        "mt-sneffels",
        "Multifunction Printer",
        manufacturer="Brother",
        model="MFC-L8900CDW",
        serial_number="U64120J9N338",
        primary_ip="10.14.100.50",
        installed_at=_in(-600),
        notes="Boulder printer and scanner (scan to \\\\mt-princeton\\LFImport\\Boulder).",
        **bo,
    )

    b.link(["mt-yale", "mt-princeton", "mt-oxford"], RUNS, "mt-harvard")
    b.link(
        [
            "mt-harvard",
            "mt-belford",
            "mt-bierstadt",
            "mt-bross",
            "mt-sherman",
            "mt-pikes",
            "mt-evans",
            "mt-grays",
            "mt-torreys",
        ],
        CONNECTED,
        "mt-massive",
    )
    b.link("mt-massive", CONNECTED, "mt-elbert")
    b.link("mt-longs", CONNECTED, "mt-elbert", "Meraki AutoVPN")
    b.link("mt-antero", CONNECTED, "mt-longs")
    b.link(["mt-capitol", "mt-sneffels"], CONNECTED, "mt-antero")
    b.link("mt-quandary", CONNECTED, "mt-sherman", "USB")
    b.link(
        ["mt-harvard", "mt-massive", "mt-elbert", "mt-belford"], DEPENDS, "mt-bierstadt", "power"
    )
    b.link(["mt-princeton", "mt-oxford"], DEPENDS, "mt-yale", "logon and DNS")
    b.link(["mt-pikes", "mt-sneffels"], DEPENDS, "mt-princeton", "scan to Laserfiche import")
    b.link("mt-quandary", DEPENDS, "mt-sherman", "Panini driver and Schwab deposit")

    b.asset(
        1350301,
        "Custodian Integration",
        "Charles Schwab",
        custodian_platform="Schwab Advisor Center",
        master_account="Master account 8841-2207",
        data_feed="Nightly Schwab Advisor Portfolio Connect files, loaded into Orion by 05:00 MT.",
        portfolio_system="Orion Connect",
        authorized_users="Catherine Delacroix, Paul Kim, Nate Abernathy, Rosa Villanueva",
        support_line="+1 877-555-0181",
        agreement_renewal=_in(300),
    )
    b.asset(
        1350302,
        "Custodian Integration",
        "Fidelity Institutional",
        custodian_platform="Fidelity Wealthscape",
        master_account="G-number G41-0377",
        data_feed=(
            "Daily Fidelity position and transaction files straight to Orion (no local step)."
        ),
        portfolio_system="Orion Connect",
        authorized_users="Paul Kim, Nate Abernathy",
        support_line="+1 800-555-0183",
        agreement_renewal=_in(82),
    )
    b.asset(
        1350303,
        "Regulatory Obligation",
        "Form ADV annual amendment",
        regulator="US SEC (through IARD)",
        requirement=(
            "Annual updating amendment to Form ADV Parts 1 and 2A within 90 days of the fiscal "
            "year end; Part 2A delivered to clients afterwards."
        ),
        responsible="Catherine Delacroix",
        last_completed=_in(-62),
        due_date=_in(303),
    )
    b.asset(
        1350304,
        "Regulatory Obligation",
        "Reg S-P amendments",
        regulator="US SEC",
        requirement=(
            "Amended Regulation S-P: a written incident response programme, oversight of "
            "service providers (including us) and notice to affected clients within 30 days "
            "of a breach. Compliance date for smaller advisers."
        ),
        systems=b.tag("mt-princeton", "mt-oxford"),
        responsible="Catherine Delacroix",
        due_date=_in(2),
    )
    b.asset(
        1350305,
        "Licence",
        "Microsoft 365 Business Premium",
        product="Microsoft 365 Business Premium",
        licence_type="Annual commitment (NCE), billed monthly",
        seats=16,
        reseller="Pax8",
        support_ends=_in(45),
    )
    b.asset(
        1350306,
        "Licence",
        "Laserfiche Avante 11",
        product="Laserfiche Avante 11 (named full users, Import Agent, Audit Trail)",
        licence_type="Perpetual, with yearly LSAP maintenance",
        seats=12,
        bound_to=b.tag("mt-princeton"),
        reseller="MCCi",
        support_ends=_in(-40),
    )
    b.asset(
        1350307,
        "Backup Job",
        "Axcient x360Recover - servers",
        protected_systems=b.tag("mt-yale", "mt-princeton", "mt-oxford"),
        software="Axcient x360Recover (agent in each VM)",
        target="mt-belford, replicated to the Axcient cloud",
        schedule="Hourly 06:00-20:00",
        retention="30 days on mt-belford, 7 years in the cloud (books and records)",
        last_restore_test=_in(-12),
        alert_recipient="alerts@ourmsp.example",
        subscription_ends=_in(155),
    )
    b.asset(
        1350308,
        "Guest Wi-Fi Portal",
        "Client lounge Wi-Fi",
        ssid="Timberline-Guest",
        vlan=50,
        portal="Meraki splash page with an access code",
        splash_page="https://n187.network-auth.example/splash/timberline",
        terms=(
            "Access code changes on the 1st of each month and is printed on the lounge table "
            "card. Internet only, 20 Mbps per device."
        ),
        access_points=b.tag("mt-grays"),
        licence_ends=_in(520),
    )
    b.asset(
        1350309,
        "Call Flow",
        "Main number",
        main_number="+1 303-555-0190",
        provider="Zoom Phone",
        business_hours="Mon-Fri 08:00-17:00 MT",
        after_hours_routing=(
            "Voicemail to ops@timberlinewealth.example. Clients with an urgent trade press 9 "
            "to reach the on-call advisor (rotates weekly, posted in the Teams 'On-call' tab)."
        ),
        auto_attendant="1 Denver, 2 Boulder, 3 client service, 9 urgent trade, 0 reception.",
        failover_number="+1 303-555-0199",
    )

    b.secret(
        1350401,
        "Meraki dashboard (both offices)",
        "it@timberlinewealth.example",
        "Network",
        url="https://dashboard.meraki.example",
        notes="Organization 'Timberline Wealth'; MFA on the MSP's shared authenticator.",
    )
    b.secret(
        1350402,
        "Schwab Advisor Center ops admin",
        "TWA-NABERNATHY",
        "Custodian",
        url="https://advisorcenter.schwab.example",
        notes=(
            "Nate Abernathy's admin login; token on his phone. We only use it with him on the line."
        ),
    )
    b.secret(
        1350403,
        "Laserfiche admin",
        "lfadmin",
        "Application",
        "mt-princeton",
        notes="Laserfiche Admin Console and repository 'TWA-Records'.",
    )
    b.secret(
        1350404,
        "mt-yale DSRM",
        None,
        "Directory Services Restore Mode",
        "mt-yale",
    )
    b.secret(
        1350405,
        "Teams room account (mt-evans)",
        "boardroom@timberlinewealth.example",
        "Email",
        "mt-evans",
        notes="Resource account; excluded from MFA by the 'Teams Rooms' conditional access policy.",
    )

    b.runbook(
        1350501,
        "Check scanner not detected",
        "Operations",
        ("h", "Symptoms"),
        (
            "p",
            "Check deposit in Schwab Advisor Center says 'Scanner not detected' on mt-sherman, "
            "or mt-quandary feeds the check and nothing appears.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Make sure mt-quandary is plugged into the rear USB port of mt-sherman, not the "
            "monitor hub, and its light is green.",
        ),
        (
            "s",
            "In PowerShell: Get-PnpDevice -FriendlyName '*Panini*'. Status 'Unknown' or "
            "'Error' means the driver: reinstall Panini Universal Scan Driver 3.3 from "
            "\\\\mt-oxford\\IT\\Drivers\\Panini.",
        ),
        (
            "s",
            "Close every browser, open Advisor Center again in Edge (not Chrome) and run the "
            "scanner test under Check Deposit > Settings.",
        ),
    )
    b.runbook(
        1350502,
        "Board room can't join Teams meetings",
        "Meeting rooms",
        ("h", "Symptoms"),
        (
            "p",
            "The Tap on mt-evans shows 'Sign-in error 0xCAA20003' or a 'Sign in' button "
            "instead of the calendar.",
        ),
        ("h", "Steps"),
        (
            "s",
            "In Entra ID check boardroom@timberlinewealth.example is not locked and still in "
            "the 'Teams Rooms devices' group excluded from the MFA policy.",
        ),
        (
            "s",
            "On the Tap: Settings > Device settings > Teams Admin Settings > Sign out, then "
            "sign in with the password from 'Teams room account (mt-evans)'.",
        ),
    )
    b.runbook(
        1350503,
        "Scans not showing up in Laserfiche",
        "Laserfiche",
        ("h", "Symptoms"),
        (
            "p",
            "Scans from mt-pikes or mt-sneffels pile up in \\\\mt-princeton\\LFImport and never "
            "reach the 'Incoming' folder in the repository.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On mt-princeton run Get-Service LFImportAgent; if it is stopped, "
            "Restart-Service LFImportAgent.",
        ),
        (
            "s",
            "If it keeps stopping, check the Import Agent log for 'Repository TWA-Records: "
            "license limit reached' and call MCCi (the LSAP lapsed, so ask for a quote).",
        ),
    )
    return b.snap


def snapshot() -> Snapshot:
    """The eighth MSP: five hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (
        _animal_hospitals(),
        _water(),
        _lab(),
        _supply(),
        _timberline(),
    ):
        out.merge(part)
    return out
