"""A fourth hand-written MSP, unlike the sample MSP (sync/demo/), evals/other_msp.py and
evals/third_msp.py.

Four clients, each with a naming habit none of the other accounts has:

- Brandt & Söhne Bau GmbH (BSB; München head office, Bauhof Freising plant yard, a site
  container at the Messestadt Riem building site): a German construction firm documented in
  German. Devices are named in German after their department or place (`Buchhaltung-PC-02`,
  `Plotter Planungsbüro`, `Lager Drucker`, `Firewall-Bauhof`, `USV-Serverraum`); locations,
  notes and runbooks are German too, error messages included.
- Cedar & Finch Veterinary Partners (CFVP; Asheville animal hospital, Weaverville clinic):
  every device is named by its asset tag (`PC-004127`, `NB-004202`, `SRV-004001`,
  `NET-004010`, `MED-004301`); what a box does is only in its notes (the x-ray PC, the lab PC).
- Tidewater Hotel Group (TIDE; Charleston and Savannah boutique hotels): rack gear is named by
  city code and rack position (`CHS-R1U42-FW`, `CHS-R1U30-HV01`, `SAV-R1U22-SW`), the rest by
  city and hotel area (`CHS-FD-WS1` front desk, `CHS-BAR-POS1`, `CHS-F2-AP04` second floor).
- Harvest Table Community Partners (short name "Harvest"; a food bank in Tulsa): one site, a
  tiny network, every device a fully qualified name (`dc1.corp.harvesttable.local`,
  `scale1.corp.harvesttable.local`). Two organizations share the word "Partners"; two short
  names ("TIDE", "Harvest") are also English words.

Configuration types of its own (Hypervisor, Virtual Machine, Plotter, LTE Router, Time Clock,
Lab Analyzer, Ultrasound, Digital Radiography Panel, Label Printer, Payment Terminal, POS
Terminal, Key Card Encoder, IPTV Head-End, Kitchen Printer, Floor Scale, Sensor Gateway) next
to common ones, and flexible asset types none of the other accounts has (Internet Circuit,
Backup Policy, Wireless Network, Domain Registrar, Phone System, Cloud Subscription, Alarm
System, Software Package) with their own trait keys. Some fields are left empty on purpose
(a missing warranty, a circuit without a term end, a backup never test-restored). Password
entries are metadata only (`value_encrypted` stays None). Everything is written out by hand;
nothing is random. Every date is an offset from TODAY (2026-06-01, as in third_msp.py) so the
questions in evals/natural/fourth.jsonl and fourthh.jsonl have fixed answers.

Ids: organizations 801..804; every other id (records, interfaces, document sections) is 800000
or above and unique across all of them: flexible asset types 800001..800008, then one block of
ten thousand per organization (810000 for 801 ... 840000 for 804): locations +1..,
contacts +11.., configurations +101.., flexible assets +301.., passwords +401..,
documents +501.., document sections +1001.., configuration interfaces +2001...
"""

from __future__ import annotations

from datetime import date

from core.models import (
    FlexibleAssetType,
    Organization,
    RelType,
    Snapshot,
)
from evals.third_msp import UPDATED_AT, _Builder, _field, _in

TODAY = date(2026, 6, 1)
"""'Today' for this account (the same as third_msp.TODAY, whose `_in` the dates use)."""

BSB, CFVP, TIDE, HARVEST = 801, 802, 803, 804

CONNECTED, RUNS, DEPENDS = RelType.CONNECTED_TO, RelType.RUNS_ON, RelType.DEPENDS_ON


ASSET_TYPES = [
    FlexibleAssetType(
        id=800001,
        organization_id=0,
        name="Internet Circuit",
        description="Internet lines: carrier, circuit reference, speed, static addresses, term",
        fields=(
            _field("Carrier"),
            _field("Circuit Reference"),
            _field("Speed"),
            _field("Static Block"),
            _field("Handoff Device", "Tag", tag_type="Configurations"),
            _field("Carrier Support"),
            _field("Term Ends", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800002,
        organization_id=0,
        name="Backup Policy",
        description="What is backed up, where to, how often and how long it is kept",
        fields=(
            _field("Backup Software"),
            _field("Covers", "Tag", tag_type="Configurations"),
            _field("Stored On", "Tag", tag_type="Configurations"),
            _field("Runs At"),
            _field("Keep For"),
            _field("Offsite Copy"),
            _field("Last Test Restore", "Date"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800003,
        organization_id=0,
        name="Wireless Network",
        description="Wi-Fi networks: SSID, authentication, VLAN and the access points",
        fields=(
            _field("SSID"),
            _field("Auth Method"),
            _field("VLAN ID", "Number"),
            _field("Broadcast From", "Tag", tag_type="Configurations"),
            _field("Key Stored As"),
            _field("Guest Portal", "Checkbox"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800004,
        organization_id=0,
        name="Domain Registrar",
        description="Domain names: where they are registered, DNS hosting and renewal",
        fields=(
            _field("Domain"),
            _field("Registrar"),
            _field("Registrar Account"),
            _field("DNS Host"),
            _field("Renews On", "Date", expiration=True),
            _field("Auto Renew", "Checkbox"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800005,
        organization_id=0,
        name="Phone System",
        description="Telephony platform, provider, main number and support line",
        fields=(
            _field("Platform"),
            _field("Provider"),
            _field("Main Number"),
            _field("Extensions", "Number"),
            _field("SIP Trunk"),
            _field("Support Line"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800006,
        organization_id=0,
        name="Cloud Subscription",
        description="SaaS and cloud subscriptions: plan, seats, billing and renewal",
        fields=(
            _field("Service"),
            _field("Plan"),
            _field("Seat Count", "Number"),
            _field("Billing Cycle"),
            _field("Admin Portal"),
            _field("Renewal Date", "Date", expiration=True),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800007,
        organization_id=0,
        name="Alarm System",
        description="Intrusion and fire alarm panels and who monitors them",
        fields=(
            _field("Panel"),
            _field("Monitoring Company"),
            _field("Monitoring Account"),
            _field("Zones", "Number"),
            _field("Keyholder"),
        ),
        updated_at=UPDATED_AT,
    ),
    FlexibleAssetType(
        id=800008,
        organization_id=0,
        name="Software Package",
        description="Installed business software, its release, host and publisher support",
        fields=(
            _field("Product"),
            _field("Publisher"),
            _field("Release"),
            _field("Installed On", "Tag", tag_type="Configurations"),
            _field("Seats", "Number"),
            _field("Publisher Support"),
        ),
        updated_at=UPDATED_AT,
    ),
]
_TYPE = {t.name: t for t in ASSET_TYPES}


class _FourthBuilder(_Builder):
    """third_msp's builder with this account's flexible asset types."""

    def asset_types(self) -> dict[str, FlexibleAssetType]:
        return _TYPE


# ============================================================================================
# Brandt & Söhne Bau GmbH: a building contractor in Munich, documented in German.
# ============================================================================================


def _brandt() -> Snapshot:
    b = _FourthBuilder(
        Organization(
            id=BSB,
            organization_id=BSB,
            name="Brandt & Söhne Bau GmbH",
            short_name="BSB",
            organization_type="Construction Firm",
            description=(
                "Familiengeführtes Bauunternehmen (Hoch- und Tiefbau) mit Hauptsitz in München, "
                "Bauhof in Freising und wechselnden Baustellencontainern. Die Dokumentation ist "
                "auf Deutsch; Gerätenamen nach Abteilung oder Ort."
            ),
            quick_notes=(
                "Bürozeiten Mo-Fr 07:00-17:00. Lohnabrechnung vom 25. bis Monatsende: kein "
                "Neustart von SRV-DATEV-01 ohne Freigabe von Jürgen Wimmer."
            ),
            updated_at=UPDATED_AT,
        ),
        810000,
        "colon",
    )
    hq = b.location(
        810001,
        "Hauptsitz München",
        primary=True,
        address_1="Landsberger Straße 310",
        city="München",
        region="Bayern",
        postal_code="80687",
        country="Deutschland",
        phone="+49 89 5550 2100",
        notes=(
            "Serverraum im Keller (Raum K04), Schlüssel am Empfang. 24-HE-Rack mit "
            "Hyper-V-Host-01, NAS-Sicherung, Switch-Keller-01 und USV-Serverraum."
        ),
    )
    bauhof = b.location(
        810002,
        "Bauhof Freising",
        address_1="Erdinger Straße 57",
        city="Freising",
        region="Bayern",
        postal_code="85356",
        country="Deutschland",
        phone="+49 8161 555 340",
        notes=(
            "Werkstatt, Lager und Fuhrpark. Netzwerkschrank im Büro des Bauhofleiters; "
            "Internet nur über Vodafone LTE."
        ),
    )
    riem = b.location(
        810003,
        "Baustellencontainer Riem",
        address_1="Baustelle Messestadt Riem, Container 3",
        address_2="Willy-Brandt-Allee / Ecke Olof-Palme-Straße",
        city="München",
        region="Bayern",
        postal_code="81829",
        country="Deutschland",
        notes=(
            "Temporäres Bauleitungsbüro bis Projektende; 5G-Router LTE-Router-Container im "
            "Schrank unter dem Planschrank. Kein Festnetz."
        ),
    )
    gf = b.person(
        810011,
        "Katharina Brandt",
        "Geschäftsführerin",
        "Primary",
        "k.brandt@brandt-soehne-bau.example",
        "+49 89 5550 2101",
        mobile="+49 171 555 0190",
        location_id=hq,
        important=True,
        notes="Entscheidet über Ausgaben über 1.000 EUR und alle Ausfallzeiten tagsüber.",
    )
    buha = b.person(
        810012,
        "Jürgen Wimmer",
        "Kaufmännischer Leiter",
        "Billing",
        "j.wimmer@brandt-soehne-bau.example",
        "+49 89 5550 2110",
        location_id=hq,
        notes="Rechnungen an ihn; gibt DATEV-Updates und Neustarts von SRV-DATEV-01 frei.",
    )
    huber = b.person(
        810013,
        "Stefan Huber",
        "Bauhofleiter",
        "User",
        "s.huber@brandt-soehne-bau.example",
        "+49 8161 555 341",
        mobile="+49 160 555 2277",
        location_id=bauhof,
        notes="Ansprechpartner vor Ort in Freising; hat den Schlüssel zum Netzwerkschrank.",
    )
    b.person(
        810014,
        "Elif Yıldırım",
        "Assistenz der Geschäftsführung (IT-Ansprechpartnerin)",
        "Technical",
        "e.yildirim@brandt-soehne-bau.example",
        "+49 89 5550 2102",
        location_id=hq,
        notes="Verwaltet Leihgeräte und Tablets; erste Ansprechpartnerin für Tickets.",
    )
    polier = b.person(
        810015,
        "Markus Obermaier",
        "Bauleiter Messestadt Riem",
        "User",
        "m.obermaier@brandt-soehne-bau.example",
        "+49 89 5550 2130",
        mobile="+49 151 555 3390",
        location_id=riem,
        notes="Nutzt Bauleitung-Laptop-01 und Tablet-Baustelle-01 im Container.",
    )

    b.device(
        810101,
        "Firewall-Hauptsitz",
        "Firewall",
        oui="0014A2",
        manufacturer="Securepoint",
        model="RC300S G5",
        serial_number="SP5RC300S221847",
        asset_tag="BSB-IT-0101",
        operating_system="Securepoint UTM 14.1.1",
        primary_ip="192.168.10.1",
        public_ip="192.0.2.45",
        ports=[
            ("LAN1 (intern)", "192.168.10.1"),
            ("WAN1 (Telekom)", "192.0.2.45"),
            ("LAN3 (Gast-VLAN 99)", "192.168.99.1"),
        ],
        warranty_expires_at=_in(180),
        installed_at=_in(-640),
        location_id=hq,
        contact_id=gf,
        notes=(
            "Zentrale Firewall im Serverraum K04. Telekom-Glasfaser an WAN1, IPsec-Tunnel "
            "'Bauhof-HQ' zur Firewall-Bauhof, OpenVPN für die Bauleitung-Laptops und den "
            "LTE-Router-Container."
        ),
    )
    b.device(
        810102,
        "Firewall-Bauhof",
        "Firewall",
        oui="0014A2",
        manufacturer="Securepoint",
        model="RC100 G5 LTE",
        serial_number="SP5RC100210933",
        asset_tag="BSB-IT-0102",
        operating_system="Securepoint UTM 14.1.1",
        primary_ip="192.168.20.1",
        public_ip="192.0.2.118",
        ports=[("LAN1 (intern)", "192.168.20.1"), ("LTE (Vodafone)", "192.0.2.118")],
        warranty_expires_at=_in(-15),
        installed_at=_in(-1150),
        location_id=bauhof,
        contact_id=huber,
        notes=(
            "Firewall mit eingebautem LTE-Modem im Büro des Bauhofleiters; Vodafone-SIM mit "
            "fester IP 192.0.2.118. IPsec-Tunnel 'Bauhof-HQ' zum Hauptsitz."
        ),
    )
    b.device(
        810103,
        "Switch-Keller-01",
        "Switch",
        oui="00A057",
        manufacturer="LANCOM",
        model="GS-3652XP",
        serial_number="4003852718100412",
        asset_tag="BSB-IT-0103",
        operating_system="LCOS SX 5.20 RU2",
        primary_ip="192.168.10.2",
        warranty_expires_at=_in(1200),
        installed_at=_in(-640),
        location_id=hq,
        notes=(
            "Core-Switch im Serverraum (Rack K04, HE 20). VLAN 10 Daten, VLAN 30 Drucker, "
            "VLAN 99 Gast. PoE für WLAN-AP-Buero-OG."
        ),
    )
    b.device(
        810104,
        "Switch-Bauhof",
        "Switch",
        oui="00A057",
        manufacturer="LANCOM",
        model="GS-2326P+",
        serial_number="4003852719200187",
        operating_system="LCOS SX 4.30 RU9",
        primary_ip="192.168.20.2",
        warranty_expires_at=_in(700),
        location_id=bauhof,
        notes="PoE-Switch im Bauhof: WLAN-AP-Bauhof, Kamera-Hof-01 und Zeiterfassung-Terminal.",
    )
    b.device(
        810105,
        "Hyper-V-Host-01",
        "Hypervisor",
        oui="90E6BA",
        manufacturer="Fujitsu",
        model="PRIMERGY RX2540 M7",
        serial_number="YMGK001827",
        asset_tag="BSB-IT-0105",
        operating_system="Windows Server 2022 Datacenter",
        operating_system_notes="Hyper-V-Rolle, kein Cluster; Veeam-Agent nicht installiert.",
        primary_ip="192.168.10.10",
        ports=[("NIC1 (LAN)", "192.168.10.10"), ("iRMC", "192.168.10.9")],
        warranty_expires_at=_in(33),
        installed_at=_in(-1050),
        location_id=hq,
        notes=(
            "Einziger Virtualisierungshost im Serverraum K04: SRV-AD-01, SRV-DATEV-01, "
            "SRV-DATEI-01 und SRV-AVA-01. RAID 10 aus 6 x 1,92 TB SSD."
        ),
    )
    for id_, name, ip, os, os_notes, note in [
        (
            810106,
            "SRV-AD-01",
            "192.168.10.11",
            "Windows Server 2022 Standard",
            None,
            "Domänencontroller brandt.local: DNS, DHCP, NPS (RADIUS für das WLAN BSB-Intern).",
        ),
        (
            810107,
            "SRV-DATEV-01",
            "192.168.10.12",
            "Windows Server 2019 Standard",
            "SQL Server 2019, Instanz DATEV_DBENGINE",
            "DATEV-Server (Lohn und Gehalt, Kanzlei-Rechnungswesen) und die "
            "Zeiterfassungssoftware PCS DEXICON.",
        ),
        (
            810108,
            "SRV-DATEI-01",
            "192.168.10.13",
            "Windows Server 2022 Standard",
            None,
            "Dateiserver: Laufwerk P: (Projekte), V: (Verwaltung), Scan-Ordner; Druckserver "
            "für Plotter Planungsbüro und Drucker Empfang.",
        ),
        (
            810109,
            "SRV-AVA-01",
            "192.168.10.14",
            "Windows Server 2022 Standard",
            "SQL Server 2022 Standard, Instanz NEVARIS",
            "AVA-Server: NEVARIS Build für Kalkulation, Ausschreibung und Abrechnung.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            oui="00155D",
            manufacturer="Microsoft",
            model="Hyper-V Virtual Machine (Gen 2)",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("vEthernet", ip)],
            installed_at=_in(-1040),
            location_id=hq,
            notes=note,
        )
    b.device(
        810110,
        "NAS-Sicherung",
        "NAS",
        oui="245EBE",
        manufacturer="QNAP",
        model="TS-873A",
        serial_number="Q22BI08455",
        asset_tag="BSB-IT-0110",
        operating_system="QTS 5.1.7",
        primary_ip="192.168.10.20",
        warranty_expires_at=_in(-200),
        installed_at=_in(-1100),
        location_id=hq,
        notes="Veeam-Repository (iSCSI-LUN 'veeam-repo') im Keller-Rack, HE 12.",
    )
    b.device(
        810111,
        "USV-Serverraum",
        "UPS",
        oui="28294D",
        manufacturer="APC",
        model="Smart-UPS SMT1500RMI2UC",
        serial_number="AS2231123487",
        operating_system="NMC3 Firmware 1.5.0.4",
        primary_ip="192.168.10.5",
        warranty_expires_at=_in(400),
        installed_at=_in(-800),
        location_id=hq,
        notes=(
            "USV im Keller-Rack; versorgt Hyper-V-Host-01, NAS-Sicherung, Switch-Keller-01 "
            "und Firewall-Hauptsitz. Laufzeit ca. 14 Minuten."
        ),
    )
    b.device(
        810112,
        "Plotter Planungsbüro",
        "Plotter",
        oui="D0BF9C",
        manufacturer="HP",
        model="DesignJet T830 36-in MFP",
        serial_number="CN39T4K01F",
        primary_ip="192.168.10.60",
        warranty_expires_at=_in(-90),
        installed_at=_in(-1300),
        location_id=hq,
        notes=(
            "A0-Plotter im Planungsbüro (1. OG); Warteschlange 'Plotter-Planung' auf "
            "SRV-DATEI-01. Rolle: 914 mm Normalpapier."
        ),
    )
    b.device(
        810113,
        "Drucker Empfang",
        "Printer",
        oui="002507",
        manufacturer="Kyocera",
        model="TASKalfa 2554ci",
        serial_number="W7H3300412",
        primary_ip="192.168.10.61",
        warranty_expires_at=_in(260),
        location_id=hq,
        notes="Farb-Multifunktionsgerät am Empfang; Scan-to-SMB nach \\\\SRV-DATEI-01\\Scan.",
    )
    b.device(
        810114,
        "Lager Drucker",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="HL-L5100DN",
        serial_number="E78273J1N600218",
        primary_ip="192.168.20.60",
        location_id=bauhof,
        notes="Lieferscheine und Materialausgabe im Lager des Bauhofs.",
    )
    for id_, name, model, serial, ip, os, warranty, contact, note in [
        (
            810115,
            "Buchhaltung-PC-01",
            "ESPRIMO D7012",
            "YMGP118233",
            "192.168.10.101",
            "Windows 11 Pro 23H2",
            510,
            buha,
            "Arbeitsplatz Jürgen Wimmer (Buchhaltung); DATEV Kanzlei-Rechnungswesen.",
        ),
        (
            810116,
            "Buchhaltung-PC-02",
            "ESPRIMO D7012",
            "YMGP118240",
            "192.168.10.102",
            "Windows 10 Pro 22H2",
            None,
            buha,
            "Lohnbuchhaltung (DATEV Lohn und Gehalt); Windows-11-Upgrade steht noch aus.",
        ),
        (
            810117,
            "Empfang-PC",
            "ESPRIMO G6012",
            "YMGQ204411",
            "192.168.10.103",
            "Windows 11 Pro 23H2",
            510,
            gf,
            "Empfang; Telefonvermittlung und Kyocera-Scan.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="90E6BA",
            manufacturer="Fujitsu",
            model=model,
            serial_number=serial,
            operating_system=os,
            primary_ip=ip,
            warranty_expires_at=_in(warranty) if warranty is not None else None,
            location_id=hq,
            contact_id=contact,
            notes=note,
        )
    for id_, name, serial, user, where, note in [
        (
            810118,
            "Bauleitung-Laptop-01",
            "PF4KX2B1",
            polier,
            riem,
            "Bauleiter Markus Obermaier (Baustelle Riem); OpenVPN zum Hauptsitz.",
        ),
        (
            810119,
            "Bauleitung-Laptop-02",
            "PF4KX2B7",
            None,
            hq,
            "Bauleiterin Sabine Kreuzer (Projekte Landshut); OpenVPN zum Hauptsitz.",
        ),
        (
            810120,
            "Bauleitung-Laptop-03",
            "PF4KX2C3",
            None,
            hq,
            "Ersatz-/Leihgerät, liegt im Schrank bei Elif Yıldırım.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Laptop",
            oui="F4A80D",
            manufacturer="Lenovo",
            model="ThinkPad T14 Gen 4",
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            warranty_expires_at=_in(300),
            location_id=where,
            contact_id=user,
            notes=note,
        )
    b.device(
        810121,
        "CAD-Workstation-01",
        "Workstation",
        oui="6C02E0",
        manufacturer="HP",
        model="Z4 G5",
        serial_number="CZC4127Q8V",
        operating_system="Windows 11 Pro for Workstations 23H2",
        primary_ip="192.168.10.110",
        warranty_expires_at=_in(820),
        location_id=hq,
        notes=(
            "CAD-Arbeitsplatz im Planungsbüro; NVIDIA RTX A4000, Allplan 2024, Projekte auf "
            "P: (SRV-DATEI-01)."
        ),
    )
    b.device(
        810122,
        "WLAN-AP-Buero-OG",
        "Access Point",
        oui="00A057",
        manufacturer="LANCOM",
        model="LW-600",
        serial_number="4003852720400913",
        primary_ip="192.168.10.40",
        location_id=hq,
        notes="Access Point im 1. OG (Flur Planungsbüro); SSIDs BSB-Intern und BSB-Gast.",
    )
    b.device(
        810123,
        "WLAN-AP-Bauhof",
        "Access Point",
        oui="00A057",
        manufacturer="LANCOM",
        model="OW-602",
        serial_number="4003852721100056",
        primary_ip="192.168.20.40",
        location_id=bauhof,
        notes="Outdoor-AP an der Werkstatthalle mit Sicht auf den Lagerplatz; nur BSB-Intern.",
    )
    b.device(
        810124,
        "LTE-Router-Container",
        "LTE Router",
        oui="001E42",
        manufacturer="Teltonika",
        model="RUTX50",
        serial_number="6001734582",
        operating_system="RUTX_R_00.07.07.3",
        primary_ip="192.168.30.1",
        location_id=riem,
        contact_id=polier,
        notes=(
            "5G-Router im Baucontainer 3 (Messestadt Riem) mit Telekom-Daten-SIM; keine feste "
            "öffentliche IP (CGNAT). Verwaltung über Teltonika RMS, OpenVPN-Client zur "
            "Firewall-Hauptsitz."
        ),
    )
    for id_, name, serial, where, note in [
        (
            810125,
            "Tablet-Baustelle-01",
            "R52W30ABX1K",
            riem,
            "Bautagebuch-App für die Baustelle Riem; MDM über Microsoft Intune.",
        ),
        (
            810126,
            "Tablet-Baustelle-02",
            "R52W30ABX4M",
            bauhof,
            "Reservetablet im Bauhof (Materialausgabe-App); MDM über Microsoft Intune.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Tablet",
            manufacturer="Samsung",
            model="Galaxy Tab Active4 Pro (SM-T636B)",
            serial_number=serial,
            operating_system="Android 14",
            warranty_expires_at=_in(140),
            location_id=where,
            notes=note,
        )
    b.device(
        810127,
        "Zeiterfassung-Terminal",
        "Time Clock",
        oui="00146A",
        manufacturer="PCS Systemtechnik",
        model="INTUS 5600",
        serial_number="5600-041277",
        primary_ip="192.168.20.70",
        location_id=bauhof,
        contact_id=huber,
        notes=(
            "Stempeluhr am Bauhof-Eingang für die gewerblichen Mitarbeiter (Mifare-Ausweise); "
            "Buchungen gehen an PCS DEXICON auf SRV-DATEV-01."
        ),
    )
    b.device(
        810128,
        "Kamera-Hof-01",
        "Camera",
        oui="ACCC8E",
        manufacturer="Axis",
        model="Q1786-LE",
        serial_number="ACCC8EF10B27",
        primary_ip="192.168.20.80",
        location_id=bauhof,
        notes=(
            "Außenkamera Lagerplatz und Einfahrt; Aufzeichnung nur auf SD-Karte "
            "(keine Videomanagement-Software lizenziert)."
        ),
    )

    vms = ["SRV-AD-01", "SRV-DATEV-01", "SRV-DATEI-01", "SRV-AVA-01"]
    b.link(vms, RUNS, "Hyper-V-Host-01")
    b.link(
        [
            "Hyper-V-Host-01",
            "NAS-Sicherung",
            "WLAN-AP-Buero-OG",
            "Plotter Planungsbüro",
            "Drucker Empfang",
            "Buchhaltung-PC-01",
            "Buchhaltung-PC-02",
            "Empfang-PC",
            "CAD-Workstation-01",
        ],
        CONNECTED,
        "Switch-Keller-01",
    )
    b.link("Switch-Keller-01", CONNECTED, "Firewall-Hauptsitz")
    b.link("Firewall-Bauhof", CONNECTED, "Firewall-Hauptsitz", "IPsec-Tunnel Bauhof-HQ")
    b.link("LTE-Router-Container", CONNECTED, "Firewall-Hauptsitz", "OpenVPN")
    b.link(
        ["Lager Drucker", "WLAN-AP-Bauhof", "Zeiterfassung-Terminal", "Kamera-Hof-01"],
        CONNECTED,
        "Switch-Bauhof",
    )
    b.link("Switch-Bauhof", CONNECTED, "Firewall-Bauhof")
    b.link(
        ["Hyper-V-Host-01", "NAS-Sicherung", "Switch-Keller-01", "Firewall-Hauptsitz"],
        DEPENDS,
        "USV-Serverraum",
        "Stromversorgung",
    )
    b.link(["SRV-DATEV-01", "SRV-DATEI-01", "SRV-AVA-01"], DEPENDS, "SRV-AD-01", "Anmeldung/DNS")
    b.link(
        ["Buchhaltung-PC-01", "Buchhaltung-PC-02", "Zeiterfassung-Terminal"],
        DEPENDS,
        "SRV-DATEV-01",
    )
    b.link(
        ["Plotter Planungsbüro", "Drucker Empfang"], DEPENDS, "SRV-DATEI-01", "Druckwarteschlange"
    )
    b.link("CAD-Workstation-01", DEPENDS, "SRV-DATEI-01", "Projektlaufwerk P:")

    b.asset(
        810301,
        "Internet Circuit",
        "Telekom Glasfaser Hauptsitz",
        carrier="Deutsche Telekom (DeutschlandLAN Connect IP)",
        circuit_reference="DTAG-GF-4471-88312",
        speed="500/200 Mbit/s",
        static_block="192.0.2.40/29",
        handoff_device=b.tag("Firewall-Hauptsitz"),
        carrier_support="0800 555 1300",
        term_ends=_in(210),
    )
    b.asset(
        810302,
        "Internet Circuit",
        "Vodafone LTE Bauhof",
        carrier="Vodafone Business",
        circuit_reference="VF-LTE-88-20931",
        speed="LTE, ca. 150/50 Mbit/s",
        static_block="192.0.2.118",
        handoff_device=b.tag("Firewall-Bauhof"),
        carrier_support="0800 555 1722",
        term_ends=_in(25),
    )
    b.asset(
        810303,
        "Backup Policy",
        "Veeam Sicherung Hyper-V",
        backup_software="Veeam Backup & Replication 12.1",
        covers=b.tag(*vms),
        stored_on=b.tag("NAS-Sicherung"),
        runs_at="täglich 21:30",
        keep_for="30 Wiederherstellungspunkte + 12 Monatssicherungen",
        offsite_copy="Wasabi S3 (eu-central-2), Bucket bsb-veeam-offsite",
        last_test_restore=_in(-47),
    )
    b.asset(
        810304,
        "Software Package",
        "DATEV Lohn und Gehalt",
        product="DATEV Lohn und Gehalt",
        publisher="DATEV eG",
        release="18.1",
        installed_on=b.tag("SRV-DATEV-01"),
        seats=2,
        publisher_support="+49 911 555 0100",
    )
    b.asset(
        810305,
        "Software Package",
        "NEVARIS Build",
        product="NEVARIS Build",
        publisher="NEVARIS Bausoftware GmbH",
        release="2025.2",
        installed_on=b.tag("SRV-AVA-01"),
        seats=6,
        publisher_support="+49 421 555 0300",
    )
    b.asset(
        810306,
        "Software Package",
        "Allplan 2024",
        product="Allplan 2024",
        publisher="ALLPLAN GmbH (Nemetschek)",
        release="2024-1-7",
        installed_on=b.tag("CAD-Workstation-01"),
        seats=1,
    )
    b.asset(
        810307,
        "Domain Registrar",
        "brandt-soehne-bau.example",
        domain="brandt-soehne-bau.example",
        registrar="United Domains",
        registrar_account="UD-3318472",
        dns_host="United Domains",
        renews_on=_in(64),
        auto_renew=False,
    )
    b.asset(
        810308,
        "Cloud Subscription",
        "Microsoft 365 Business Standard",
        service="Microsoft 365",
        plan="Business Standard",
        seat_count=24,
        billing_cycle="Jahresabo, monatliche Zahlung",
        admin_portal="admin.microsoft.com (brandtbau.onmicrosoft.com)",
        renewal_date=_in(38),
    )
    b.asset(
        810309,
        "Wireless Network",
        "BSB-Intern",
        ssid="BSB-Intern",
        auth_method="WPA2-Enterprise (802.1X, NPS auf SRV-AD-01)",
        vlan_id=10,
        broadcast_from=b.tag("WLAN-AP-Buero-OG", "WLAN-AP-Bauhof"),
        key_stored_as="kein PSK: Computerzertifikat",
        guest_portal=False,
    )
    b.asset(
        810310,
        "Wireless Network",
        "BSB-Gast",
        ssid="BSB-Gast",
        auth_method="WPA2-PSK",
        vlan_id=99,
        broadcast_from=b.tag("WLAN-AP-Buero-OG"),
        key_stored_as="IT-Glue-Passwort 'WLAN BSB-Gast'",
        guest_portal=False,
    )
    b.asset(
        810311,
        "Alarm System",
        "Einbruchmeldeanlage Bauhof",
        panel="Telenot complex 400H",
        monitoring_company="Wachdienst Isar Sicherheit GmbH",
        monitoring_account="ISW-77120",
        zones=18,
        keyholder="Stefan Huber (Bauhofleiter)",
    )
    b.link("DATEV Lohn und Gehalt", RUNS, "SRV-DATEV-01")
    b.link("NEVARIS Build", RUNS, "SRV-AVA-01")

    b.secret(
        810401,
        "Firewall-Hauptsitz Admin",
        "admin",
        "Firewall",
        "Firewall-Hauptsitz",
        url="https://192.168.10.1:11115",
        notes="Securepoint-Adminoberfläche; Zugriff nur aus dem Admin-VLAN oder per OpenVPN.",
    )
    b.secret(
        810402,
        "Hyper-V-Host-01 iRMC",
        "admin",
        "Server",
        "Hyper-V-Host-01",
        url="https://192.168.10.9",
        notes="Fujitsu iRMC (Fernwartungskarte) des Hyper-V-Hosts.",
    )
    b.secret(
        810403,
        "DATEV Administrator (SRV-DATEV-01)",
        "datev-admin@brandt.local",
        "Anwendung",
        "SRV-DATEV-01",
        notes="Nur für DATEV-Updates; Jürgen Wimmer vorher informieren.",
    )
    b.secret(
        810404,
        "WLAN BSB-Gast",
        None,
        "WLAN",
        notes="Gast-Schlüssel wird monatlich gewechselt und liegt am Empfang aus.",
    )
    b.secret(
        810405,
        "NAS-Sicherung Admin",
        "bsbnasadmin",
        "Backup",
        "NAS-Sicherung",
        url="https://192.168.10.20:443",
    )
    b.secret(
        810406,
        "Teltonika RMS",
        "it@brandt-soehne-bau.example",
        "Netzwerk",
        "LTE-Router-Container",
        url="https://rms.teltonika-networks.com",
        notes="Cloud-Verwaltung aller Baustellen-Router, Projekt 'BSB-Baustellen'.",
    )

    b.runbook(
        810501,
        "Plotter druckt nicht (Planungsbüro)",
        "Anleitungen",
        ("h", "Symptome"),
        (
            "p",
            "Pläne aus Allplan bleiben in der Warteschlange 'Plotter-Planung' hängen (Status "
            "'Fehler - Drucken'); am Display des Plotter Planungsbüro steht 'Papier nicht "
            "geladen' oder der Fehlercode '86:01'.",
        ),
        ("h", "Prüfen"),
        (
            "s",
            "Am Plotter-Display prüfen, ob die 914-mm-Rolle richtig eingelegt ist. Bei '86:01' "
            "den Plotter ausschalten, den Druckkopfwagen von Hand ganz nach links schieben und "
            "wieder einschalten.",
        ),
        (
            "s",
            "Auf SRV-DATEI-01 in der Druckverwaltung die Warteschlange 'Plotter-Planung' leeren "
            "und in PowerShell 'Restart-Service Spooler' ausführen.",
        ),
        (
            "s",
            "Von CAD-Workstation-01 'ping 192.168.10.60'; ohne Antwort das Patchkabel am "
            "Switch-Keller-01, Port 14, prüfen.",
        ),
        ("h", "Eskalation"),
        (
            "p",
            "Der HP-Servicevertrag ist abgelaufen: einen kostenpflichtigen HP-Einsatz nur nach "
            "Freigabe durch Jürgen Wimmer beauftragen.",
        ),
    )
    b.runbook(
        810502,
        "Bauhof offline / VPN Bauhof-HQ getrennt",
        "Störungen",
        ("h", "Symptome"),
        (
            "p",
            "Im Bauhof druckt der Lager Drucker keine Lieferscheine, das "
            "Zeiterfassung-Terminal zeigt 'Offline - Buchungen werden gespeichert' und in der "
            "Securepoint-Oberfläche ist der IPsec-Tunnel 'Bauhof-HQ' rot.",
        ),
        ("h", "Schritte"),
        (
            "s",
            "LTE-Empfang der Firewall-Bauhof prüfen (Netzwerk > LTE); liegt RSRP unter "
            "-105 dBm, die Außenantenne am Werkstattdach neu ausrichten.",
        ),
        (
            "s",
            "Auf der Firewall-Hauptsitz unter VPN > IPSec die Verbindung 'Bauhof-HQ' neu "
            "starten, oder per SSH auf 192.168.10.1: 'spcli vpn ipsec restart name Bauhof-HQ'.",
        ),
        (
            "s",
            "Ist die feste IP 192.0.2.118 nicht erreichbar: Vodafone-Störungsstelle "
            "0800 555 1722 anrufen und die Vertragsnummer VF-LTE-88-20931 angeben.",
        ),
        ("h", "Hinweis"),
        (
            "p",
            "Das INTUS-Terminal speichert bis zu 5.000 Buchungen offline und überträgt sie "
            "danach selbst an DEXICON auf SRV-DATEV-01. Stefan Huber informieren.",
        ),
    )
    b.runbook(
        810503,
        "DATEV: Datenbankserver nicht erreichbar",
        "Störungen",
        ("h", "Symptome"),
        (
            "p",
            "Beim Start von DATEV Lohn und Gehalt auf Buchhaltung-PC-01 oder Buchhaltung-PC-02 "
            "erscheint 'Der DATEV-Datenbankserver ist nicht erreichbar (DBS00012)'.",
        ),
        ("h", "Schritte"),
        (
            "s",
            "Auf SRV-DATEV-01 prüfen, ob der Dienst 'SQL Server (DATEV_DBENGINE)' läuft; "
            "falls nicht, starten.",
        ),
        (
            "s",
            "Im DATEV-Servicetool unter 'Datenbank' den Verbindungstest ausführen.",
        ),
        (
            "s",
            "Windows-Firewall auf SRV-DATEV-01: die eingehende Regel 'DATEV_DBENGINE "
            "(TCP 50400)' muss aktiv sein.",
        ),
        ("h", "Wichtig"),
        (
            "p",
            "Vom 25. bis Monatsende läuft die Lohnabrechnung: kein Neustart von SRV-DATEV-01 "
            "ohne Freigabe von Jürgen Wimmer. DATEV-Service: +49 911 555 0100.",
        ),
    )
    b.runbook(
        810504,
        "Neue Baustelle: Container-Router einrichten",
        "Anleitungen",
        ("h", "Vorbereitung"),
        (
            "s",
            "Einen Teltonika RUTX50 aus dem Lager nehmen, eine Telekom-Daten-SIM einlegen und "
            "ihn in Teltonika RMS dem Projekt 'BSB-Baustellen' zuordnen.",
        ),
        (
            "s",
            "Auf der Firewall-Hauptsitz ein OpenVPN-Client-Profil 'baustelle-<Ort>' erzeugen "
            "und im Router hinterlegen.",
        ),
        ("h", "Adressen"),
        (
            "p",
            "Riem nutzt 192.168.30.0/24; die nächste Baustelle bekommt 192.168.31.0/24 usw. "
            "Den Router in IT Glue als neue Konfiguration anlegen.",
        ),
    )
    return b.snap


# ============================================================================================
# Cedar & Finch Veterinary Partners: devices are named by asset tag only.
# ============================================================================================


def _cedar_finch() -> Snapshot:
    b = _FourthBuilder(
        Organization(
            id=CFVP,
            organization_id=CFVP,
            name="Cedar & Finch Veterinary Partners",
            short_name="CFVP",
            organization_type="Veterinary Group",
            description=(
                "Small-animal veterinary group: a full-service animal hospital in Asheville "
                "(surgery, digital x-ray, in-house lab, boarding) and a three-day-a-week clinic "
                "in Weaverville. Practice software is IDEXX Cornerstone."
            ),
            quick_notes=(
                "Every device is named by its asset tag (PC-, NB-, SRV-, NET-, MED-, PRN-); the "
                "role is in the notes. Surgery runs 08:00-12:00: no reboots of SRV-004001 or "
                "SRV-004002 in that window."
            ),
            updated_at=UPDATED_AT,
        ),
        820000,
        "lower",
    )
    avl = b.location(
        820001,
        "Asheville Animal Hospital",
        primary=True,
        address_1="1180 Hendersonville Road",
        city="Asheville",
        region="NC",
        postal_code="28803",
        country="United States",
        phone="+1 828-555-0142",
        notes=(
            "Network rack CF-RACK-A is in the pharmacy back room (badge access, ask the lead "
            "tech). Radiology room is next to surgery."
        ),
    )
    wvl = b.location(
        820002,
        "Weaverville Clinic",
        address_1="44 North Main Street",
        city="Weaverville",
        region="NC",
        postal_code="28787",
        country="United States",
        phone="+1 828-555-0187",
        notes=("Open Mon/Wed/Fri. The equipment cabinet is above the dryer in the laundry room."),
    )
    b.person(
        820011,
        "Renata Finch",
        "Managing Partner (DVM)",
        "Approver",
        "rfinch@cedarfinchvets.example",
        "+1 828-555-0143",
        mobile="+1 828-555-0199",
        location_id=avl,
        notes="Signs off any spend over $750 and any change to Cornerstone.",
    )
    mgr = b.person(
        820012,
        "Colby Ashworth",
        "Hospital Manager",
        "Primary",
        "cashworth@cedarfinchvets.example",
        "+1 828-555-0144",
        mobile="+1 828-555-0176",
        location_id=avl,
        important=True,
        notes="Day-to-day contact for IT; approves after-hours vendor calls.",
    )
    tech = b.person(
        820013,
        "Priya Natarajan",
        "Lead Veterinary Technician",
        "User",
        "pnatarajan@cedarfinchvets.example",
        "+1 828-555-0148",
        location_id=avl,
        notes="Owns the x-ray, ultrasound and lab equipment; call her before touching them.",
    )
    b.person(
        820014,
        "Dana Whitlock",
        "Bookkeeper",
        "Billing",
        "dwhitlock@cedarfinchvets.example",
        "+1 828-555-0151",
        location_id=avl,
        notes="Receives our invoices; works Tuesdays and Thursdays.",
    )
    b.person(
        820015,
        "Marcus Oyelaran",
        "Clinic Lead, Weaverville",
        "User",
        "moyelaran@cedarfinchvets.example",
        "+1 828-555-0188",
        location_id=wvl,
        notes="Has the key to the laundry-room cabinet in Weaverville.",
    )

    b.device(
        820101,
        "NET-004010",
        "Firewall",
        oui="E81CBA",
        manufacturer="Fortinet",
        model="FortiGate 60F",
        serial_number="FGT60FTK22031877",
        asset_tag="004010",
        operating_system="FortiOS 7.2.8",
        primary_ip="10.40.0.1",
        public_ip="198.51.100.24",
        ports=[("internal", "10.40.0.1"), ("wan1", "198.51.100.24")],
        warranty_expires_at=_in(46),
        installed_at=_in(-690),
        location_id=avl,
        contact_id=mgr,
        notes=(
            "Asheville perimeter firewall in CF-RACK-A. Spectrum fiber on wan1; IPsec tunnel "
            "'WVL-AVL' to NET-004050; FortiClient VPN for Dr. Finch."
        ),
    )
    b.device(
        820102,
        "NET-004011",
        "Switch",
        oui="D06726",
        manufacturer="Aruba",
        model="Instant On 1930 24G Class4 PoE (JL684A)",
        serial_number="CN2BKP40QZ",
        asset_tag="004011",
        operating_system="1.0.9.0",
        primary_ip="10.40.0.2",
        warranty_expires_at=_in(1500),
        location_id=avl,
        notes=(
            "Main switch in CF-RACK-A: VLAN 10 servers, VLAN 20 clinical, VLAN 90 guest. "
            "Port 9 is the IDEXX VetLab Station."
        ),
    )
    for id_, name, serial, ip, note in [
        (
            820103,
            "NET-004012",
            "CNQ7KJ50B1",
            "10.40.0.21",
            "Ceiling AP over reception; covers the lobby and exam rooms 1-4.",
        ),
        (
            820104,
            "NET-004013",
            "CNQ7KJ50C8",
            "10.40.0.22",
            "AP in the boarding kennel wing (staff SSID only).",
        ),
    ]:
        b.device(
            id_,
            name,
            "Access Point",
            oui="D06726",
            manufacturer="Aruba",
            model="Instant On AP22",
            serial_number=serial,
            asset_tag=name.removeprefix("NET-"),
            primary_ip=ip,
            location_id=avl,
            notes=note,
        )
    b.device(
        820105,
        "NET-004050",
        "Firewall",
        oui="E81CBA",
        manufacturer="Fortinet",
        model="FortiGate 40F",
        serial_number="FGT40FTK21044392",
        asset_tag="004050",
        operating_system="FortiOS 7.2.8",
        primary_ip="10.41.0.1",
        public_ip="198.51.100.91",
        ports=[("internal", "10.41.0.1"), ("wan", "198.51.100.91")],
        warranty_expires_at=_in(-75),
        installed_at=_in(-1200),
        location_id=wvl,
        notes=(
            "Weaverville clinic firewall; IPsec tunnel 'WVL-AVL' to NET-004010 so the clinic "
            "reaches Cornerstone on SRV-004001."
        ),
    )
    b.device(
        820106,
        "NET-004051",
        "Switch",
        oui="D06726",
        manufacturer="Aruba",
        model="Instant On 1830 8G Class4 PoE (JL811A)",
        serial_number="CN2FKP11RT",
        asset_tag="004051",
        primary_ip="10.41.0.2",
        location_id=wvl,
        notes="8-port switch in the laundry-room cabinet at Weaverville.",
    )
    b.device(
        820107,
        "SRV-004001",
        "Server",
        oui="B8CB29",
        manufacturer="Dell",
        model="PowerEdge T360",
        serial_number="8QZ1NB4",
        asset_tag="004001",
        operating_system="Windows Server 2022 Standard",
        primary_ip="10.40.10.10",
        ports=[("NIC1", "10.40.10.10"), ("iDRAC9", "10.40.10.110")],
        warranty_expires_at=_in(700),
        installed_at=_in(-380),
        location_id=avl,
        contact_id=mgr,
        notes=(
            "Practice management server: Cornerstone 9.6 with its SQL Anywhere database "
            "CORNERSTONE; also the domain controller for cedarfinch.local (DNS, DHCP)."
        ),
    )
    b.device(
        820108,
        "SRV-004002",
        "Server",
        oui="B8CB29",
        manufacturer="Dell",
        model="PowerEdge R360",
        serial_number="9HT2MC4",
        asset_tag="004002",
        operating_system="Windows Server 2022 Standard",
        primary_ip="10.40.10.11",
        ports=[("NIC1", "10.40.10.11"), ("iDRAC9", "10.40.10.111")],
        warranty_expires_at=_in(700),
        installed_at=_in(-380),
        location_id=avl,
        contact_id=tech,
        notes=(
            "Imaging server: Keystone PACS (AE title CFPACS, DICOM port 104); 8 TB image "
            "store on D:."
        ),
    )
    b.device(
        820109,
        "SRV-004003",
        "NAS",
        oui="74867A",
        manufacturer="iXsystems",
        model="TrueNAS Mini X+",
        serial_number="A1-44219",
        asset_tag="004003",
        operating_system="TrueNAS SCALE 24.04.2",
        primary_ip="10.40.10.20",
        warranty_expires_at=_in(20),
        installed_at=_in(-1075),
        location_id=avl,
        notes="Backup target for Acronis (SMB share 'acronis'); 5 x 8 TB in RAIDZ2.",
    )
    b.device(
        820110,
        "PWR-004020",
        "UPS",
        oui="000BAB",
        manufacturer="CyberPower",
        model="OL1500RTXL2U",
        serial_number="CPS3210GQ1022",
        asset_tag="004020",
        operating_system="RMCARD205 1.4.1",
        primary_ip="10.40.0.30",
        warranty_expires_at=_in(260),
        location_id=avl,
        notes=(
            "Online UPS in CF-RACK-A; feeds SRV-004001, SRV-004002, NET-004010 and NET-004011 "
            "(about 22 minutes). The NAS SRV-004003 is on a wall outlet."
        ),
    )
    for id_, name, model, serial, ip, os, warranty, where, note in [
        (
            820111,
            "PC-004127",
            "OptiPlex 7020 Tower",
            "4XN8Q24",
            "10.40.20.27",
            "Windows 10 Enterprise LTSC 2021",
            560,
            avl,
            "X-ray acquisition PC in the Radiology room: Sound Eklin acquisition software, DR "
            "panel MED-004303 on the second NIC; sends studies to the PACS on SRV-004002.",
        ),
        (
            820112,
            "PC-004128",
            "OptiPlex 7020 Micro",
            "4XN8Q31",
            "10.40.20.28",
            "Windows 11 Pro 23H2",
            560,
            avl,
            "Front desk left (check-in): Cornerstone client and the Weave desktop app.",
        ),
        (
            820113,
            "PC-004129",
            "OptiPlex 7020 Micro",
            "4XN8Q35",
            "10.40.20.29",
            "Windows 11 Pro 23H2",
            560,
            avl,
            "Front desk right (check-out); the card terminal POS-004601 is paired to this PC.",
        ),
        (
            820114,
            "PC-004130",
            "OptiPlex 7020 Micro",
            "4XN8Q40",
            "10.40.20.30",
            "Windows 11 Pro 23H2",
            560,
            avl,
            "Pharmacy / treatment area; prints Rx labels on the DYMO PRN-004402 (USB).",
        ),
        (
            820115,
            "PC-004131",
            "OptiPlex 7020 Micro",
            "4XN8Q44",
            "10.40.20.31",
            "Windows 11 Pro 23H2",
            560,
            avl,
            "In-house lab PC next to the IDEXX VetLab Station (MED-004301); passes lab "
            "results to Cornerstone.",
        ),
        (
            820116,
            "PC-004152",
            "OptiPlex 7010 Micro",
            "7BM2L93",
            "10.41.20.52",
            "Windows 11 Pro 23H2",
            -10,
            wvl,
            "Weaverville front desk; Cornerstone over the WVL-AVL tunnel.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="C45AB1",
            manufacturer="Dell",
            model=model,
            serial_number=serial,
            asset_tag=name.removeprefix("PC-"),
            operating_system=os,
            primary_ip=ip,
            ports=[("Ethernet", ip), ("Ethernet 2 (DR panel link)", "172.16.5.1")]
            if name == "PC-004127"
            else [],
            warranty_expires_at=_in(warranty),
            location_id=where,
            notes=note,
        )
    for id_, name, make, model, serial, os, warranty, note in [
        (
            820117,
            "NB-004201",
            "Apple",
            "MacBook Pro 14-inch (M3, 2023)",
            "FVFZK4LPMD6T",
            "macOS Sonoma 14.5",
            220,
            "Dr. Renata Finch; FortiClient VPN to NET-004010.",
        ),
        (
            820118,
            "NB-004202",
            "Lenovo",
            "ThinkPad E14 Gen 5",
            "PW0BX7Q2",
            "Windows 11 Pro 23H2",
            410,
            "Colby Ashworth (hospital manager).",
        ),
        (
            820119,
            "NB-004203",
            "Lenovo",
            "ThinkPad E14 Gen 5",
            "PW0BX7R9",
            "Windows 11 Pro 23H2",
            410,
            "Relief-vet loaner kept in the manager's office; wiped after each locum.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Laptop",
            manufacturer=make,
            model=model,
            serial_number=serial,
            asset_tag=name.removeprefix("NB-"),
            operating_system=os,
            warranty_expires_at=_in(warranty),
            location_id=avl,
            notes=note,
        )
    b.device(
        820120,
        "MED-004301",
        "Lab Analyzer",
        oui="0004A5",
        manufacturer="IDEXX",
        model="VetLab Station",
        serial_number="VLS0721554",
        asset_tag="004301",
        primary_ip="10.40.20.80",
        location_id=avl,
        contact_id=tech,
        notes=(
            "In-house lab hub for the Catalyst One and ProCyte One analyzers; results go to "
            "Cornerstone through PC-004131. Leased from IDEXX."
        ),
    )
    b.device(
        820121,
        "MED-004302",
        "Ultrasound",
        oui="00E0C2",
        manufacturer="Esaote",
        model="MyLab X5 VET",
        serial_number="ESX5V-230187",
        asset_tag="004302",
        primary_ip="10.40.20.81",
        warranty_expires_at=_in(330),
        location_id=avl,
        contact_id=tech,
        notes="Portable ultrasound on a cart; DICOM store to CFPACS on SRV-004002.",
    )
    b.device(
        820122,
        "MED-004303",
        "Digital Radiography Panel",
        manufacturer="Sound",
        model="Eklin EDR6",
        serial_number="EDR6-19-4471",
        asset_tag="004303",
        primary_ip="172.16.5.10",
        warranty_expires_at=_in(95),
        location_id=avl,
        contact_id=tech,
        notes=(
            "Tethered DR panel in the Radiology room; direct link to PC-004127's second NIC "
            "(172.16.5.0/24), not on the clinic LAN."
        ),
    )
    b.device(
        820123,
        "PRN-004401",
        "Printer",
        oui="F8B46A",
        manufacturer="HP",
        model="LaserJet Pro MFP 4101fdw",
        serial_number="CNBRR3Q0QK",
        asset_tag="004401",
        primary_ip="10.40.20.90",
        location_id=avl,
        notes="Front desk MFP (invoices, estimates, consent forms).",
    )
    b.device(
        820124,
        "PRN-004402",
        "Label Printer",
        manufacturer="DYMO",
        model="LabelWriter 5XL",
        serial_number="5XL-0419333",
        asset_tag="004402",
        location_id=avl,
        notes="USB to PC-004130; Rx / medication labels (Cornerstone template 'RX-30334').",
    )
    b.device(
        820125,
        "PRN-004450",
        "Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="MFC-L3780CDW",
        serial_number="E81920M3N411057",
        asset_tag="004450",
        primary_ip="10.41.20.90",
        location_id=wvl,
        notes="Weaverville front desk colour MFP.",
    )
    b.device(
        820126,
        "TAB-004501",
        "Tablet",
        manufacturer="Apple",
        model="iPad (10th generation) 64GB Wi-Fi",
        serial_number="GK9WQ2T7XP",
        asset_tag="004501",
        operating_system="iPadOS 17.5",
        location_id=avl,
        notes="Exam-room tablet for signing estimates and consent forms (Cornerstone Mobile).",
    )
    b.device(
        820127,
        "POS-004601",
        "Payment Terminal",
        manufacturer="Verifone",
        model="P400 Plus",
        serial_number="275-044-129",
        asset_tag="004601",
        primary_ip="10.40.20.95",
        location_id=avl,
        notes=(
            "Card reader at the front desk (right), paired to PC-004129; processor is "
            "Cornerstone Payments (Global Payments), merchant ID 8840021937."
        ),
    )

    b.link(
        [
            "SRV-004001",
            "SRV-004002",
            "SRV-004003",
            "NET-004012",
            "NET-004013",
            "PC-004127",
            "PC-004128",
            "PC-004129",
            "PC-004130",
            "PC-004131",
            "PRN-004401",
            "MED-004301",
            "MED-004302",
            "POS-004601",
        ],
        CONNECTED,
        "NET-004011",
    )
    b.link("NET-004011", CONNECTED, "NET-004010")
    b.link("NET-004050", CONNECTED, "NET-004010", "IPsec tunnel WVL-AVL")
    b.link("NET-004051", CONNECTED, "NET-004050")
    b.link(["PC-004152", "PRN-004450"], CONNECTED, "NET-004051")
    b.link("MED-004303", CONNECTED, "PC-004127", "direct DR panel link")
    b.link("PRN-004402", CONNECTED, "PC-004130", "USB")
    b.link(
        ["PC-004128", "PC-004129", "PC-004130", "PC-004131", "PC-004152"],
        DEPENDS,
        "SRV-004001",
        "Cornerstone client",
    )
    b.link(["PC-004127", "MED-004302"], DEPENDS, "SRV-004002", "DICOM store to CFPACS")
    b.link("MED-004301", DEPENDS, "PC-004131", "VetLab link")
    b.link("POS-004601", DEPENDS, "PC-004129", "paired card terminal")
    b.link(
        ["SRV-004001", "SRV-004002", "NET-004010", "NET-004011"],
        DEPENDS,
        "PWR-004020",
        "power",
    )

    b.asset(
        820301,
        "Software Package",
        "Cornerstone",
        product="Cornerstone",
        publisher="IDEXX",
        release="9.6",
        installed_on=b.tag("SRV-004001"),
        seats=14,
        publisher_support="+1 800-555-0119 (practice ID CS-44871)",
    )
    b.asset(
        820302,
        "Software Package",
        "Keystone PACS",
        product="Keystone PACS",
        publisher="Asteris",
        release="2.14.3",
        installed_on=b.tag("SRV-004002"),
        seats=5,
        publisher_support="+1 877-555-0148",
    )
    b.asset(
        820303,
        "Backup Policy",
        "Acronis server backup",
        backup_software="Acronis Cyber Protect 16",
        covers=b.tag("SRV-004001", "SRV-004002"),
        stored_on=b.tag("SRV-004003"),
        runs_at="Nightly 23:15",
        keep_for="14 daily, 8 weekly, 6 monthly",
        offsite_copy="Acronis Cloud (US East)",
        last_test_restore=_in(-150),
    )
    b.asset(
        820304,
        "Internet Circuit",
        "Spectrum fiber - Asheville",
        carrier="Spectrum Business",
        circuit_reference="SPB-0045521983",
        speed="500/500 Mbps",
        static_block="198.51.100.24",
        handoff_device=b.tag("NET-004010"),
        carrier_support="+1 866-555-0134",
        term_ends=_in(300),
    )
    b.asset(
        820305,
        "Internet Circuit",
        "Frontier - Weaverville",
        carrier="Frontier Business",
        circuit_reference="FTR-828-7723019",
        speed="200/200 Mbps",
        static_block="198.51.100.91",
        handoff_device=b.tag("NET-004050"),
        carrier_support="+1 888-555-0171",
    )
    b.asset(
        820306,
        "Phone System",
        "Weave phones",
        platform="Weave",
        provider="Weave Communications",
        main_number="+1 828-555-0142",
        extensions=11,
        sip_trunk="Hosted by Weave (no on-site PBX)",
        support_line="+1 888-555-0146",
    )
    b.asset(
        820307,
        "Cloud Subscription",
        "Google Workspace",
        service="Google Workspace",
        plan="Business Standard",
        seat_count=18,
        billing_cycle="Annual",
        admin_portal="admin.google.com (cedarfinchvets.example)",
        renewal_date=_in(19),
    )
    b.asset(
        820308,
        "Cloud Subscription",
        "Vetstoria online booking",
        service="Vetstoria",
        plan="Growth",
        billing_cycle="Monthly",
        admin_portal="app.vetstoria.example",
        renewal_date=_in(76),
    )
    b.asset(
        820309,
        "Wireless Network",
        "CF-Staff",
        ssid="CF-Staff",
        auth_method="WPA3-Personal",
        vlan_id=20,
        broadcast_from=b.tag("NET-004012", "NET-004013"),
        key_stored_as="IT Glue password 'Wi-Fi CF-Staff passphrase'",
        guest_portal=False,
    )
    b.asset(
        820310,
        "Wireless Network",
        "CedarFinch-Guest",
        ssid="CedarFinch-Guest",
        auth_method="Open with Instant On captive portal",
        vlan_id=90,
        broadcast_from=b.tag("NET-004012"),
        key_stored_as="none (open network)",
        guest_portal=True,
    )
    b.asset(
        820311,
        "Domain Registrar",
        "cedarfinchvets.example",
        domain="cedarfinchvets.example",
        registrar="GoDaddy",
        registrar_account="GD-55102938",
        dns_host="Cloudflare",
        renews_on=_in(12),
        auto_renew=False,
    )
    b.asset(
        820312,
        "Alarm System",
        "Asheville hospital alarm",
        panel="DSC PowerSeries Neo HS2064",
        monitoring_company="Blue Ridge Alarm Monitoring",
        monitoring_account="BRAM-22817",
        zones=14,
        keyholder="Colby Ashworth",
    )
    b.link("Cornerstone", RUNS, "SRV-004001")
    b.link("Keystone PACS", RUNS, "SRV-004002")

    b.secret(
        820401,
        "FortiGate NET-004010 admin",
        "cfadmin",
        "Firewall",
        "NET-004010",
        url="https://10.40.0.1:8443",
        notes="Local super_admin; trusted hosts limited to our office IPs.",
    )
    b.secret(
        820402,
        "Cornerstone SQL Anywhere DBA",
        "dba",
        "Database",
        "SRV-004001",
        notes="Only for IDEXX support sessions; never change it (Cornerstone stores it).",
    )
    b.secret(
        820403,
        "Wi-Fi CF-Staff passphrase",
        None,
        "Wireless",
        notes="WPA3 passphrase of the CF-Staff SSID; staff phones and the exam tablet use it.",
    )
    b.secret(
        820404,
        "Google Workspace super admin",
        "itadmin@cedarfinchvets.example",
        "Cloud",
        url="https://admin.google.com",
        notes="Break-glass super admin; 2SV key is in the MSP safe.",
    )
    b.secret(
        820405,
        "Alarm panel installer code",
        None,
        "Facilities",
        notes="DSC installer code; Blue Ridge Alarm Monitoring needs it for zone changes.",
    )
    b.secret(
        820406,
        "TrueNAS SRV-004003 admin",
        "truenas_admin",
        "Backup",
        "SRV-004003",
        url="https://10.40.10.20",
    )

    b.runbook(
        820501,
        "X-ray studies not arriving in PACS",
        "Clinical Runbooks",
        ("h", "Symptoms"),
        (
            "p",
            "Techs take radiographs in the Radiology room but the study never shows up in "
            "Keystone. The Eklin software on PC-004127 says 'Send failed: Association rejected "
            "(called AE title not recognized)', or the panel shows 'Detector not ready'.",
        ),
        ("h", "Checks"),
        (
            "s",
            "On PC-004127 check 'Ethernet 2 (DR panel link)' is up with 172.16.5.1 and that "
            "MED-004303 answers ping at 172.16.5.10; reseat the panel tether if not.",
        ),
        (
            "s",
            "In the Eklin software under Settings > DICOM Nodes confirm the destination is AE "
            "title CFPACS at 10.40.10.11 port 104 and the local AE title is CFXRAY01.",
        ),
        (
            "s",
            "From PC-004127 run 'echoscu -aet CFXRAY01 -aec CFPACS 10.40.10.11 104'; if it "
            "fails, restart the 'Keystone DICOM Listener' service on SRV-004002.",
        ),
        ("s", "Resend stuck studies from the Eklin outbox (right-click > Resend)."),
        ("h", "Escalation"),
        (
            "p",
            "Sound imaging support +1 800-555-0163, site ID SND-AVL-3302. Tell Priya "
            "Natarajan; the ultrasound MED-004302 sends to the same PACS, so check it too.",
        ),
    )
    b.runbook(
        820502,
        "Cornerstone won't connect to its database",
        "Clinical Runbooks",
        ("h", "Symptoms"),
        (
            "p",
            "Front desk PCs (PC-004128, PC-004129) or the Weaverville desk PC-004152 get "
            "'Unable to connect to the Cornerstone database server (SQLCODE -100)' when "
            "Cornerstone starts.",
        ),
        ("h", "Steps"),
        (
            "s",
            "RDP to SRV-004001 (10.40.10.10) and check the Windows service 'SQL Anywhere - "
            "CORNERSTONE' is running; start it if it is stopped.",
        ),
        (
            "s",
            "From a front desk PC run 'dbping -d -c \"ENG=CORNERSTONE;LINKS=tcpip\"'. If that "
            "fails while the service runs, check Windows Firewall on SRV-004001 allows TCP 2638.",
        ),
        (
            "s",
            "If only Weaverville is affected, bring up the IPsec tunnel 'WVL-AVL' on "
            "NET-004010 (VPN > IPsec Tunnels).",
        ),
        ("h", "Escalation"),
        (
            "p",
            "IDEXX Cornerstone support +1 800-555-0119, practice ID CS-44871. Colby Ashworth "
            "approves after-hours calls.",
        ),
    )
    b.runbook(
        820503,
        "Lab results stuck as Pending in Cornerstone",
        "Clinical Runbooks",
        ("h", "Symptoms"),
        (
            "p",
            "Bloodwork runs on the Catalyst One but the results stay 'Pending' in Cornerstone; "
            "the VetLab Station MED-004301 shows 'Practice management system not connected'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check MED-004301 answers ping at 10.40.20.80 and is patched into NET-004011 port 9.",
        ),
        (
            "s",
            "On PC-004131 restart the 'IDEXX VetLab Link' service and confirm the link icon in "
            "the tray turns green.",
        ),
        (
            "s",
            "In Cornerstone, Controls > Lab Work > IDEXX In-House, match any results that "
            "arrived unassigned to the right patient.",
        ),
        (
            "p",
            "Hardware faults go to IDEXX lab support +1 800-555-0125 with the VetLab serial "
            "VLS0721554.",
        ),
    )
    return b.snap


# ============================================================================================
# Tidewater Hotel Group: rack gear named by city code and rack position.
# ============================================================================================


def _tidewater() -> Snapshot:
    b = _FourthBuilder(
        Organization(
            id=TIDE,
            organization_id=TIDE,
            name="Tidewater Hotel Group",
            short_name="TIDE",
            organization_type="Hotel Group",
            description=(
                "Two boutique hotels: The Tidewater Charleston (64 rooms, rooftop bar, the "
                "Oyster Room restaurant) and The Tidewater Savannah (38 rooms, courtyard bar). "
                "All servers are in Charleston; Savannah reaches them over the TW-SAV VPN."
            ),
            quick_notes=(
                "Rack gear is named <city>-R<rack>U<unit>-<role> (CHS-R1U42-FW is rack 1, "
                "unit 42); everything else <city>-<area>-<role> (FD front desk, BOH back of "
                "house). Night audit runs at 03:00: no PMS maintenance 02:30-04:30."
            ),
            updated_at=UPDATED_AT,
        ),
        830000,
        "dash",
    )
    chs = b.location(
        830001,
        "The Tidewater Charleston",
        primary=True,
        address_1="88 Queen Street",
        city="Charleston",
        region="SC",
        postal_code="29401",
        country="United States",
        phone="+1 843-555-0160",
        notes=(
            "Server room is the basement IDF beside the laundry (racks 1 and 2); the Chief "
            "Engineer has the key. The basement floods in big storms."
        ),
    )
    sav = b.location(
        830002,
        "The Tidewater Savannah",
        address_1="210 East Bay Street",
        city="Savannah",
        region="GA",
        postal_code="31401",
        country="United States",
        phone="+1 912-555-0124",
        notes="One wall rack in the closet behind the concierge desk.",
    )
    ops = b.person(
        830011,
        "Alicia Montrose",
        "Director of Operations",
        "Primary",
        "amontrose@tidewaterhotels.example",
        "+1 843-555-0161",
        mobile="+1 843-555-0194",
        location_id=chs,
        important=True,
        notes="Approves downtime at either hotel; prefers texts after 21:00.",
    )
    eng = b.person(
        830012,
        "Ray Delgado",
        "Chief Engineer",
        "Technical",
        "rdelgado@tidewaterhotels.example",
        "+1 843-555-0165",
        mobile="+1 843-555-0181",
        location_id=chs,
        notes="Physical plant, fire panel and the basement IDF key; meets our techs on site.",
    )
    fom = b.person(
        830013,
        "Tamsin Roe",
        "Front Office Manager",
        "User",
        "troe@tidewaterhotels.example",
        "+1 843-555-0162",
        location_id=chs,
        notes="Owns Harborline PMS users and the key card encoders; must hear of audit failures.",
    )
    b.person(
        830014,
        "Gregory Vance",
        "Controller",
        "Billing",
        "gvance@tidewaterhotels.example",
        "+1 843-555-0168",
        location_id=chs,
        notes="Invoices and PCI questionnaires go to him.",
    )
    b.person(
        830015,
        "Naomi Pruitt",
        "General Manager, Savannah",
        "User",
        "npruitt@tidewaterhotels.example",
        "+1 912-555-0125",
        mobile="+1 912-555-0139",
        location_id=sav,
        notes="On-site contact in Savannah; has the concierge closet key.",
    )

    b.device(
        830101,
        "CHS-R1U42-FW",
        "Firewall",
        oui="B40C25",
        manufacturer="Palo Alto Networks",
        model="PA-440",
        serial_number="026701004812",
        operating_system="PAN-OS 11.1.2-h3",
        primary_ip="10.80.0.1",
        public_ip="203.0.113.150",
        ports=[
            ("ethernet1/2 (LAN)", "10.80.0.1"),
            ("ethernet1/1 (WAN Comcast)", "203.0.113.150"),
            ("ethernet1/3 (POS VLAN 40)", "10.80.40.1"),
        ],
        warranty_expires_at=_in(128),
        installed_at=_in(-760),
        location_id=chs,
        contact_id=eng,
        notes=(
            "Charleston perimeter firewall, rack 1 unit 42. Comcast on ethernet1/1; "
            "site-to-site VPN 'TW-SAV' to SAV-R1U24-FW; PCI zone for MICROS on ethernet1/3."
        ),
    )
    b.device(
        830102,
        "CHS-R1U40-CORE",
        "Switch",
        oui="F4A739",
        manufacturer="Juniper",
        model="EX2300-48MP",
        serial_number="HW0219480712",
        operating_system="Junos 21.4R3-S5",
        primary_ip="10.80.0.2",
        warranty_expires_at=_in(128),
        location_id=chs,
        notes=(
            "Core / back-of-house switch: VLAN 10 servers, 20 staff, 40 POS (PCI), "
            "50 cameras, 60 IPTV."
        ),
    )
    b.device(
        830103,
        "CHS-R1U38-GUEST",
        "Switch",
        oui="F4A739",
        manufacturer="Juniper",
        model="EX2300-24P",
        serial_number="HW0219481155",
        operating_system="Junos 21.4R3-S5",
        primary_ip="10.80.0.3",
        warranty_expires_at=_in(128),
        location_id=chs,
        notes="Guest floors switch: PoE for the Ruckus APs, guest VLAN 300 only.",
    )
    b.device(
        830104,
        "CHS-R1U30-HV01",
        "Hypervisor",
        oui="B8CB29",
        manufacturer="Dell",
        model="PowerEdge R660xs",
        serial_number="7KQ3WD4",
        operating_system="Proxmox VE 8.2.4",
        primary_ip="10.80.10.10",
        ports=[("vmbr0", "10.80.10.10"), ("iDRAC9", "10.80.10.110")],
        warranty_expires_at=_in(15),
        installed_at=_in(-1080),
        location_id=chs,
        contact_id=ops,
        notes=(
            "Single Proxmox node in rack 1 units 30-31: runs CHS-VM-DC, CHS-VM-PMS, CHS-VM-POS "
            "and CHS-VM-LOCK on a local ZFS mirror."
        ),
    )
    for id_, name, ip, os, os_notes, note in [
        (
            830105,
            "CHS-VM-DC",
            "10.80.10.11",
            "Windows Server 2022 Standard",
            None,
            "Domain controller for tidewater.local: DNS, DHCP, NPS for the TW-Staff Wi-Fi.",
        ),
        (
            830106,
            "CHS-VM-PMS",
            "10.80.10.12",
            "Windows Server 2019 Standard",
            "SQL Server 2019 Standard, instance HARBORLINE",
            "Harborline PMS server for both hotels (reservations, folios, night audit); "
            "interfaces to the Mitel PBX and to Visionline.",
        ),
        (
            830107,
            "CHS-VM-POS",
            "10.80.40.10",
            "Windows Server 2016 Standard",
            None,
            "MICROS RES 3700 server in VLAN 40 (PCI scope); serves the bar and restaurant "
            "terminals in both hotels and the kitchen printer.",
        ),
        (
            830108,
            "CHS-VM-LOCK",
            "10.80.10.14",
            "Windows Server 2022 Standard",
            None,
            "VingCard Visionline lock server for both hotels; encoders hang off the front "
            "desk PCs.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Virtual Machine",
            manufacturer="QEMU",
            model="Standard PC (Q35 + ICH9, 2009)",
            operating_system=os,
            operating_system_notes=os_notes,
            primary_ip=ip,
            ports=[("net0 (virtio)", ip)],
            installed_at=_in(-1070),
            location_id=chs,
            notes=note,
        )
    b.device(
        830109,
        "CHS-R1U20-NAS",
        "NAS",
        oui="001132",
        manufacturer="Synology",
        model="RS822+",
        serial_number="2290RSN11842",
        operating_system="DSM 7.2.2-72806",
        primary_ip="10.80.10.20",
        warranty_expires_at=_in(610),
        location_id=chs,
        notes=(
            "Backup target: nightly vzdump of all four VMs to the NFS share 'pve-backup' "
            "(Proxmox storage 'chs-nas')."
        ),
    )
    b.device(
        830110,
        "CHS-R1U02-UPS",
        "UPS",
        oui="00D0FA",
        manufacturer="Vertiv",
        model="Liebert GXT5-3000IRT2UXL",
        serial_number="2245300182AFF",
        operating_system="RDU101 4.3.1",
        primary_ip="10.80.0.5",
        warranty_expires_at=_in(95),
        location_id=chs,
        notes=(
            "Rack 1 bottom UPS: feeds CHS-R1U30-HV01, CHS-R1U20-NAS, CHS-R1U40-CORE and "
            "CHS-R1U42-FW; about 25 minutes."
        ),
    )
    b.device(
        830111,
        "CHS-R2U10-IPTV",
        "IPTV Head-End",
        manufacturer="Enseo",
        model="Nexus Headend",
        serial_number="ENS-NX-22-01377",
        primary_ip="10.80.60.5",
        location_id=chs,
        notes=(
            "Guest-room TV head-end in rack 2 units 10-12 for the 64 Charleston rooms; "
            "channel lineup from a DirecTV COM2000."
        ),
    )
    for id_, name, model, serial, ip, os, warranty, where, note in [
        (
            830112,
            "CHS-FD-WS1",
            "Elite Mini 600 G9",
            "8CG3341JK7",
            "10.80.20.21",
            "Windows 11 Pro 23H2",
            480,
            chs,
            "Front desk station 1; Harborline PMS client; key encoder CHS-FD-ENC1 on USB.",
        ),
        (
            830113,
            "CHS-FD-WS2",
            "Elite Mini 600 G9",
            "8CG3341JL2",
            "10.80.20.22",
            "Windows 11 Pro 23H2",
            480,
            chs,
            "Front desk station 2; Harborline PMS client.",
        ),
        (
            830114,
            "CHS-BOH-WS1",
            "EliteDesk 800 G6 SFF",
            "MXL0481QZP",
            "10.80.20.40",
            "Windows 10 Pro 22H2",
            -160,
            chs,
            "Back office PC of the controller (Gregory Vance): Harborline reports and "
            "QuickBooks Desktop.",
        ),
        (
            830125,
            "SAV-FD-WS1",
            "Elite Mini 600 G9",
            "8CG3341JM9",
            "10.81.20.21",
            "Windows 11 Pro 23H2",
            480,
            sav,
            "Savannah front desk; Harborline PMS over the TW-SAV tunnel; key encoder "
            "SAV-FD-ENC1 on USB.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="6C02E0",
            manufacturer="HP",
            model=model,
            serial_number=serial,
            operating_system=os,
            primary_ip=ip,
            warranty_expires_at=_in(warranty),
            location_id=where,
            contact_id=fom if "FD" in name else None,
            notes=note,
        )
    for id_, name, serial, where, note in [
        (
            830115,
            "CHS-FD-ENC1",
            "VC-ENC-88210",
            chs,
            "USB encoder on CHS-FD-WS1; talks to Visionline on CHS-VM-LOCK.",
        ),
        (
            830126,
            "SAV-FD-ENC1",
            "VC-ENC-88347",
            sav,
            "USB encoder on SAV-FD-WS1; the Visionline server is CHS-VM-LOCK in Charleston.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Key Card Encoder",
            manufacturer="ASSA ABLOY (VingCard)",
            model="Visionline RFID encoder",
            serial_number=serial,
            location_id=where,
            contact_id=fom,
            notes=note,
        )
    for id_, name, serial, ip, where, note in [
        (
            830116,
            "CHS-BAR-POS1",
            "1823WS6A0449",
            "10.80.40.21",
            chs,
            "Rooftop bar terminal; MICROS client of CHS-VM-POS.",
        ),
        (
            830117,
            "CHS-RST-POS2",
            "1823WS6A0512",
            "10.80.40.22",
            chs,
            "Oyster Room restaurant host stand terminal.",
        ),
        (
            830127,
            "SAV-BAR-POS1",
            "1823WS6A0630",
            "10.81.40.21",
            sav,
            "Savannah courtyard bar terminal; MICROS client of CHS-VM-POS over TW-SAV.",
        ),
    ]:
        b.device(
            id_,
            name,
            "POS Terminal",
            oui="00188B",
            manufacturer="Oracle",
            model="MICROS Workstation 6",
            serial_number=serial,
            operating_system="Windows 10 IoT Enterprise",
            primary_ip=ip,
            location_id=where,
            notes=note,
        )
    b.device(
        830118,
        "CHS-BOH-PRN1",
        "Printer",
        oui="00BBC1",
        manufacturer="Canon",
        model="imageRUNNER ADVANCE DX C3830i",
        serial_number="3CZ04271",
        primary_ip="10.80.20.60",
        warranty_expires_at=_in(200),
        location_id=chs,
        notes="Back-office copier on a Canon lease; the lease ends with the warranty date.",
    )
    b.device(
        830119,
        "CHS-KIT-PRN1",
        "Kitchen Printer",
        oui="0026AB",
        manufacturer="Epson",
        model="TM-U220B",
        serial_number="X2SY085422",
        primary_ip="10.80.40.31",
        location_id=chs,
        notes="Impact printer on the hot line for MICROS order chits.",
    )
    for id_, name, model, serial, ip, where, note in [
        (
            830120,
            "CHS-F1-AP01",
            "R650",
            "562219003714",
            "10.80.0.31",
            chs,
            "Lobby / first floor AP; Ruckus Unleashed master.",
        ),
        (
            830121,
            "CHS-F2-AP04",
            "R650",
            "562219003788",
            "10.80.0.34",
            chs,
            "Second floor corridor by rooms 210-224.",
        ),
        (
            830128,
            "SAV-F1-AP01",
            "R550",
            "432310007755",
            "10.81.0.31",
            sav,
            "Savannah lobby AP (standalone Unleashed).",
        ),
    ]:
        b.device(
            id_,
            name,
            "Access Point",
            oui="2C5D93",
            manufacturer="Ruckus",
            model=model,
            serial_number=serial,
            operating_system="Unleashed 200.15",
            primary_ip=ip,
            location_id=where,
            notes=note,
        )
    b.device(
        830122,
        "CHS-LOBBY-CAM1",
        "Camera",
        oui="00095E",
        manufacturer="Hanwha Vision",
        model="XNV-8081Z",
        serial_number="ZH9W70011Q",
        primary_ip="10.80.50.11",
        location_id=chs,
        notes="Lobby dome camera facing the front desk; records to Wisenet WAVE cloud.",
    )
    b.device(
        830123,
        "SAV-R1U24-FW",
        "Firewall",
        oui="B40C25",
        manufacturer="Palo Alto Networks",
        model="PA-410",
        serial_number="026601009377",
        operating_system="PAN-OS 11.1.2-h3",
        primary_ip="10.81.0.1",
        public_ip="203.0.113.171",
        ports=[("ethernet1/2 (LAN)", "10.81.0.1"), ("ethernet1/1 (WAN AT&T)", "203.0.113.171")],
        warranty_expires_at=_in(128),
        installed_at=_in(-760),
        location_id=sav,
        notes=(
            "Savannah firewall, rack 1 unit 24 in the concierge closet. AT&T fiber on "
            "ethernet1/1; VPN 'TW-SAV' to CHS-R1U42-FW."
        ),
    )
    b.device(
        830124,
        "SAV-R1U22-SW",
        "Switch",
        oui="F4A739",
        manufacturer="Juniper",
        model="EX2300-24MP",
        serial_number="HW0220110934",
        operating_system="Junos 21.4R3-S5",
        primary_ip="10.81.0.2",
        location_id=sav,
        notes="The only switch in Savannah; carries every VLAN.",
    )

    b.link(["CHS-VM-DC", "CHS-VM-PMS", "CHS-VM-POS", "CHS-VM-LOCK"], RUNS, "CHS-R1U30-HV01")
    b.link(
        [
            "CHS-R1U30-HV01",
            "CHS-R1U20-NAS",
            "CHS-R2U10-IPTV",
            "CHS-FD-WS1",
            "CHS-FD-WS2",
            "CHS-BOH-WS1",
            "CHS-BAR-POS1",
            "CHS-RST-POS2",
            "CHS-BOH-PRN1",
            "CHS-KIT-PRN1",
            "CHS-LOBBY-CAM1",
        ],
        CONNECTED,
        "CHS-R1U40-CORE",
    )
    b.link("CHS-R1U40-CORE", CONNECTED, "CHS-R1U42-FW")
    b.link("CHS-R1U38-GUEST", CONNECTED, "CHS-R1U40-CORE")
    b.link(["CHS-F1-AP01", "CHS-F2-AP04"], CONNECTED, "CHS-R1U38-GUEST")
    b.link("SAV-R1U24-FW", CONNECTED, "CHS-R1U42-FW", "site-to-site VPN TW-SAV")
    b.link("SAV-R1U22-SW", CONNECTED, "SAV-R1U24-FW")
    b.link(["SAV-FD-WS1", "SAV-BAR-POS1", "SAV-F1-AP01"], CONNECTED, "SAV-R1U22-SW")
    b.link("CHS-FD-ENC1", CONNECTED, "CHS-FD-WS1", "USB")
    b.link("SAV-FD-ENC1", CONNECTED, "SAV-FD-WS1", "USB")
    b.link(
        ["CHS-R1U30-HV01", "CHS-R1U20-NAS", "CHS-R1U40-CORE", "CHS-R1U42-FW"],
        DEPENDS,
        "CHS-R1U02-UPS",
        "power",
    )
    b.link(["CHS-VM-PMS", "CHS-VM-LOCK"], DEPENDS, "CHS-VM-DC")
    b.link(["CHS-FD-WS1", "CHS-FD-WS2", "SAV-FD-WS1"], DEPENDS, "CHS-VM-PMS", "Harborline client")
    b.link(["CHS-FD-ENC1", "SAV-FD-ENC1"], DEPENDS, "CHS-VM-LOCK", "Visionline")
    b.link(
        ["CHS-BAR-POS1", "CHS-RST-POS2", "SAV-BAR-POS1", "CHS-KIT-PRN1"],
        DEPENDS,
        "CHS-VM-POS",
        "MICROS RES",
    )

    b.asset(
        830301,
        "Internet Circuit",
        "Charleston - Comcast Business Ethernet",
        carrier="Comcast Business",
        circuit_reference="CBE-70219-CHS",
        speed="1 Gbps symmetrical",
        static_block="203.0.113.144/28",
        handoff_device=b.tag("CHS-R1U42-FW"),
        carrier_support="+1 800-555-0199",
        term_ends=_in(410),
    )
    b.asset(
        830302,
        "Internet Circuit",
        "Savannah - AT&T Fiber",
        carrier="AT&T Business Fiber",
        circuit_reference="ATT-BF-912-44810",
        speed="500/500 Mbps",
        static_block="203.0.113.168/29",
        handoff_device=b.tag("SAV-R1U24-FW"),
        carrier_support="+1 800-555-0188",
        term_ends=_in(55),
    )
    b.asset(
        830303,
        "Wireless Network",
        "Tidewater-Guest",
        ssid="Tidewater-Guest",
        auth_method="Open, captive portal (room number + last name, checked in Harborline)",
        vlan_id=300,
        broadcast_from=b.tag("CHS-F1-AP01", "CHS-F2-AP04", "SAV-F1-AP01"),
        key_stored_as="none (open network)",
        guest_portal=True,
    )
    b.asset(
        830304,
        "Wireless Network",
        "TW-Staff",
        ssid="TW-Staff",
        auth_method="WPA2-Enterprise (NPS on CHS-VM-DC)",
        vlan_id=20,
        broadcast_from=b.tag("CHS-F1-AP01", "SAV-F1-AP01"),
        key_stored_as="no PSK (domain credentials)",
        guest_portal=False,
    )
    b.asset(
        830305,
        "Phone System",
        "Mitel hotel PBX",
        platform="Mitel MiVoice Business 10.0",
        provider="Coastal Voice & Data",
        main_number="+1 843-555-0160",
        extensions=84,
        sip_trunk="Bandwidth.com, 10 channels",
        support_line="+1 843-555-0177",
    )
    b.asset(
        830306,
        "Software Package",
        "Harborline PMS",
        product="Harborline PMS",
        publisher="Harborline Hospitality Systems",
        release="11.4.2",
        installed_on=b.tag("CHS-VM-PMS"),
        seats=12,
        publisher_support="+1 800-555-0152",
    )
    b.asset(
        830307,
        "Software Package",
        "MICROS RES 3700",
        product="Oracle MICROS RES 3700",
        publisher="Oracle Hospitality",
        release="5.7 MR4",
        installed_on=b.tag("CHS-VM-POS"),
        seats=5,
        publisher_support="+1 800-555-0137",
    )
    b.asset(
        830308,
        "Software Package",
        "VingCard Visionline",
        product="VingCard Visionline",
        publisher="ASSA ABLOY Global Solutions",
        release="1.28.2",
        installed_on=b.tag("CHS-VM-LOCK"),
        seats=4,
        publisher_support="+1 800-555-0144 (site code VL-TW-2201)",
    )
    b.asset(
        830309,
        "Cloud Subscription",
        "SynXis booking engine",
        service="SynXis Booking Engine",
        plan="Booking Engine + CRS",
        billing_cycle="Monthly (per-reservation fee)",
        admin_portal="https://login.synxis.example",
        renewal_date=_in(150),
    )
    b.asset(
        830310,
        "Cloud Subscription",
        "Microsoft 365 Business Premium",
        service="Microsoft 365",
        plan="Business Premium",
        seat_count=37,
        billing_cycle="Annual commitment, billed monthly",
        admin_portal="admin.microsoft.com (tidewaterhotels.onmicrosoft.com)",
        renewal_date=_in(28),
    )
    b.asset(
        830311,
        "Domain Registrar",
        "tidewaterhotels.example",
        domain="tidewaterhotels.example",
        registrar="Namecheap",
        registrar_account="tidewater-it",
        dns_host="Cloudflare",
        renews_on=_in(240),
        auto_renew=True,
    )
    b.asset(
        830312,
        "Alarm System",
        "Charleston fire alarm panel",
        panel="Notifier NFS2-3030",
        monitoring_company="Lowcountry Fire & Security",
        monitoring_account="LFS-CHS-4471",
        zones=62,
        keyholder="Ray Delgado (Chief Engineer)",
    )
    b.link("Harborline PMS", RUNS, "CHS-VM-PMS")
    b.link("MICROS RES 3700", RUNS, "CHS-VM-POS")
    b.link("VingCard Visionline", RUNS, "CHS-VM-LOCK")

    b.secret(
        830401,
        "CHS-R1U42-FW admin",
        "tideadmin",
        "Firewall",
        "CHS-R1U42-FW",
        url="https://10.80.0.1",
        notes="PAN-OS local superuser; use your named account first, this is break-glass.",
    )
    b.secret(
        830402,
        "Proxmox root (CHS-R1U30-HV01)",
        "root@pam",
        "Virtualization",
        "CHS-R1U30-HV01",
        url="https://10.80.10.10:8006",
    )
    b.secret(
        830403,
        "Harborline PMS sysadmin",
        "HLSYS",
        "Application",
        "CHS-VM-PMS",
        notes="Harborline system administrator; Tamsin Roe must know when it is used.",
    )
    b.secret(
        830404,
        "Ruckus Unleashed admin (Charleston)",
        "ruckusadmin",
        "Wireless",
        "CHS-F1-AP01",
        url="https://10.80.0.31",
    )
    b.secret(
        830405,
        "Visionline SYS user",
        "SYS",
        "Application",
        "CHS-VM-LOCK",
        notes="Master Visionline user: add encoders and reset front desk operators.",
    )
    b.secret(
        830406,
        "MICROS RES EM admin",
        "micros",
        "Application",
        "CHS-VM-POS",
        notes="Enterprise Management admin for menu and employee changes.",
    )
    b.secret(
        830407,
        "Comcast Business portal",
        "it@tidewaterhotels.example",
        "ISP",
        url="https://business.comcast.com",
        notes="Account for the Charleston circuit CBE-70219-CHS; open tickets here.",
    )

    b.runbook(
        830501,
        "Key cards won't encode at the front desk",
        "Front Office",
        ("h", "Symptoms"),
        (
            "p",
            "Harborline shows 'Encoder not responding' at check-in, or Visionline shows "
            "'Error 0x21 - card write failed'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check the USB cable between CHS-FD-ENC1 and CHS-FD-WS1 (Savannah: SAV-FD-ENC1 on "
            "SAV-FD-WS1); the encoder LED should be solid green.",
        ),
        (
            "s",
            "On CHS-VM-LOCK restart the 'Visionline Communication Service', then in Visionline "
            "use Encoders > Test to write a test card at that encoder.",
        ),
        (
            "s",
            "If only Savannah fails, check the TW-SAV tunnel on CHS-R1U42-FW (Network > IPSec "
            "Tunnels).",
        ),
        ("h", "Workaround"),
        (
            "p",
            "Issue a mechanical override key from the Front Office Manager's safe and log it; "
            "call ASSA ABLOY on +1 800-555-0144 with site code VL-TW-2201.",
        ),
    )
    b.runbook(
        830502,
        "MICROS terminals offline",
        "Food & Beverage",
        ("h", "Symptoms"),
        (
            "p",
            "Bar or restaurant terminals (CHS-BAR-POS1, CHS-RST-POS2, SAV-BAR-POS1) show "
            "'Offline - unable to connect to server' and CHS-KIT-PRN1 stops printing chits.",
        ),
        ("h", "Steps"),
        (
            "s",
            "On CHS-VM-POS open MICROS Control Panel; if the Restaurant is at 'Database' or "
            "'Off', set it to 'Front Of House'.",
        ),
        ("s", "From CHS-VM-POS ping the terminal (10.80.40.21 for the bar)."),
        ("s", "On the terminal tap 'Reload DB', or hold the power button 10 seconds."),
        ("h", "Careful"),
        (
            "p",
            "Do not reboot CHS-VM-POS during service (11:30-14:30 and 17:00-22:00) without the "
            "F&B manager's OK. Oracle Hospitality support +1 800-555-0137.",
        ),
    )
    b.runbook(
        830503,
        "Night audit fails in Harborline",
        "Front Office",
        ("h", "Symptoms"),
        (
            "p",
            "The 03:00 night audit stops with 'Night audit aborted: HL-4012 posting date "
            "locked' and the desk cannot post charges to the new business day.",
        ),
        ("h", "Steps"),
        (
            "s",
            "In Harborline > Users > Active Sessions force-log-off stale sessions on CHS-FD-WS1, "
            "CHS-FD-WS2 and SAV-FD-WS1.",
        ),
        (
            "s",
            "On CHS-VM-PMS restart the 'Harborline Application Server' service, then Night "
            "Audit > Resume.",
        ),
        (
            "s",
            "Still HL-4012: on CHS-VM-PMS run 'hlutil unlock-date --property TWCHS' (Savannah "
            "is TWSAV) and resume again.",
        ),
        ("h", "Escalation"),
        (
            "p",
            "Call Harborline support on +1 800-555-0152 if the audit is not done by 05:00, and "
            "tell Tamsin Roe.",
        ),
    )
    b.runbook(
        830504,
        "Hurricane / long power outage shutdown (Charleston)",
        "Facilities",
        ("h", "When"),
        (
            "p",
            "A hurricane warning for Charleston, or CHS-R1U02-UPS on battery for more than "
            "10 minutes.",
        ),
        ("h", "Order"),
        (
            "s",
            "Final backup: on CHS-R1U30-HV01 run 'vzdump --all --storage chs-nas --mode snapshot'.",
        ),
        ("s", "Shut down CHS-VM-POS, CHS-VM-LOCK, CHS-VM-PMS, then CHS-VM-DC last."),
        (
            "s",
            "Power off CHS-R1U30-HV01, then CHS-R1U20-NAS. Leave CHS-R1U42-FW and "
            "CHS-R1U40-CORE on the UPS until it drains.",
        ),
        (
            "s",
            "Ray Delgado lifts CHS-R1U02-UPS onto the wall shelf if the basement starts to flood.",
        ),
    )
    return b.snap


# ============================================================================================
# Harvest Table Community Partners: a one-site food bank with fully qualified device names.
# ============================================================================================


def _harvest() -> Snapshot:
    b = _FourthBuilder(
        Organization(
            id=HARVEST,
            organization_id=HARVEST,
            name="Harvest Table Community Partners",
            short_name="Harvest",
            organization_type="Non-profit (Food Bank)",
            description=(
                "Regional food bank and pantry network: one warehouse with offices in Tulsa, "
                "10 staff and around 200 volunteers. Mostly donated or refurbished hardware."
            ),
            quick_notes=(
                "Devices are named by FQDN in corp.harvesttable.local. Distribution days are "
                "Tuesday and Saturday: no changes to the network or intake PCs on those days."
            ),
            updated_at=UPDATED_AT,
        ),
        840000,
        "lower",
    )
    site = b.location(
        840001,
        "Harvest Table Warehouse & Office",
        primary=True,
        address_1="2200 Southwest Boulevard",
        address_2="Dock entrance on West 23rd Street",
        city="Tulsa",
        region="OK",
        postal_code="74107",
        country="United States",
        phone="+1 918-555-0133",
        notes=(
            "Single site. The wall rack is in the supply closet next to the intake desk; "
            "walk-in freezers 1 and 2 and the cooler are at the back of the warehouse."
        ),
    )
    exec_ = b.person(
        840011,
        "Beatriz Coelho",
        "Executive Director",
        "Primary",
        "bcoelho@harvesttable.org",
        "+1 918-555-0134",
        mobile="+1 918-555-0157",
        location_id=site,
        important=True,
        notes="Approves any spend; board wants a monthly IT summary.",
    )
    ops = b.person(
        840012,
        "Owen Pritchard",
        "Operations & Warehouse Manager",
        "Technical",
        "opritchard@harvesttable.org",
        "+1 918-555-0135",
        mobile="+1 918-555-0172",
        location_id=site,
        notes="First call for freezer alarms, the dock scale and anything in the warehouse.",
    )
    b.person(
        840013,
        "Lena Marsh",
        "Volunteer Coordinator",
        "User",
        "lmarsh@harvesttable.org",
        "+1 918-555-0136",
        location_id=site,
        notes="Owns the volunteer kiosk and the shared Chromebook; approves Link2Feed accounts.",
    )
    b.person(
        840014,
        "Sam Kowalczyk",
        "Finance Manager",
        "Billing",
        "skowalczyk@harvesttable.org",
        "+1 918-555-0138",
        location_id=site,
        notes="Invoices and TechSoup donation requests.",
    )

    d = ".corp.harvesttable.local"
    b.device(
        840101,
        f"fw1{d}",
        "Firewall",
        oui="00906F",
        manufacturer="WatchGuard",
        model="Firebox T45",
        serial_number="80DE0A1C7F2B4",
        operating_system="Fireware 12.10.3",
        primary_ip="10.12.0.1",
        public_ip="192.0.2.210",
        ports=[("eth1 (trusted)", "10.12.0.1"), ("eth0 (external, Cox)", "192.0.2.210")],
        warranty_expires_at=_in(58),
        installed_at=_in(-980),
        location_id=site,
        notes=(
            "The only firewall; Cox cable modem in bridge mode on eth0. Donated via TechSoup; "
            "the Total Security Suite subscription ends on the warranty date."
        ),
    )
    b.device(
        840102,
        f"sw1{d}",
        "Switch",
        oui="F4E2C6",
        manufacturer="Ubiquiti",
        model="USW-Pro-24-PoE",
        serial_number="F4E2C6A81B09",
        operating_system="UniFi Switch 7.1.26",
        primary_ip="10.12.0.2",
        location_id=site,
        notes="Wall rack in the supply closet; port 18 powers the freezer sensor gateway.",
    )
    b.device(
        840103,
        f"ap1{d}",
        "Access Point",
        oui="F4E2C6",
        manufacturer="Ubiquiti",
        model="U6 Pro",
        primary_ip="10.12.0.11",
        location_id=site,
        notes="Office ceiling AP over the intake area and offices.",
    )
    b.device(
        840104,
        f"ap2{d}",
        "Access Point",
        oui="F4E2C6",
        manufacturer="Ubiquiti",
        model="U6 Enterprise",
        serial_number="F4E2C6B7D210",
        primary_ip="10.12.0.12",
        location_id=site,
        notes="Warehouse AP on column C4 above the dock doors.",
    )
    b.device(
        840105,
        f"dc1{d}",
        "Server",
        oui="B8CB29",
        manufacturer="Dell",
        model="PowerEdge T150",
        serial_number="3MZ8KJ3",
        operating_system="Windows Server 2022 Standard",
        operating_system_notes="Licensed through TechSoup (nonprofit)",
        primary_ip="10.12.1.10",
        warranty_expires_at=_in(-30),
        installed_at=_in(-1100),
        location_id=site,
        contact_id=ops,
        notes=(
            "The only server: domain controller for corp.harvesttable.local, DNS, DHCP, file "
            "shares (Shared, Grants, Warehouse) and the StockCircle Scale Connector service "
            "for the dock scale."
        ),
    )
    b.device(
        840106,
        f"nas1{d}",
        "NAS",
        oui="001132",
        manufacturer="Synology",
        model="DS923+",
        serial_number="2260TPN33721",
        operating_system="DSM 7.2.2-72806 Update 1",
        primary_ip="10.12.1.20",
        warranty_expires_at=_in(400),
        location_id=site,
        notes="Active Backup for Business target for dc1; Hyper Backup to Synology C2 weekly.",
    )
    b.device(
        840107,
        f"ups1{d}",
        "UPS",
        manufacturer="APC",
        model="Back-UPS Pro 1500 (BR1500MS2)",
        serial_number="3B2312X44871",
        location_id=site,
        notes=(
            "USB to dc1 (PowerChute Serial Shutdown). Feeds dc1, nas1, sw1 and fw1; no "
            "network card, so it is not monitored remotely."
        ),
    )
    b.device(
        840108,
        f"prn-office{d}",
        "Printer",
        oui="F8B46A",
        manufacturer="HP",
        model="Color LaserJet Pro MFP 4301fdw",
        serial_number="CNBRS4K1ZP",
        primary_ip="10.12.2.50",
        location_id=site,
        notes="Office MFP (grant paperwork, intake forms).",
    )
    b.device(
        840109,
        f"prn-warehouse{d}",
        "Label Printer",
        oui="3C2AF4",
        manufacturer="Brother",
        model="QL-1110NWB",
        serial_number="K1G592044",
        primary_ip="10.12.2.51",
        location_id=site,
        notes="Pallet and shipping labels at the dock desk.",
    )
    for id_, name, serial, contact, note in [
        (840110, f"exec-lt{d}", "9PQX7Z3", exec_, "Beatriz Coelho (Executive Director)."),
        (840111, f"ops-lt{d}", "9PQX8B3", ops, "Owen Pritchard (Operations & Warehouse)."),
    ]:
        b.device(
            id_,
            name,
            "Laptop",
            manufacturer="Dell",
            model="Latitude 5440",
            serial_number=serial,
            operating_system="Windows 11 Pro 23H2",
            warranty_expires_at=_in(430),
            location_id=site,
            contact_id=contact,
            notes=note,
        )
    for id_, name, serial, ip, note in [
        (
            840112,
            f"intake-pc1{d}",
            "HB1NK93",
            "10.12.2.21",
            "Client intake desk 1 (Link2Feed in Edge); refurbished, donated.",
        ),
        (
            840113,
            f"intake-pc2{d}",
            "HB1NK97",
            "10.12.2.22",
            "Client intake desk 2 (Link2Feed in Edge); refurbished, donated.",
        ),
    ]:
        b.device(
            id_,
            name,
            "Workstation",
            oui="C45AB1",
            manufacturer="Dell",
            model="OptiPlex 3000 Micro",
            serial_number=serial,
            operating_system="Windows 11 Pro 22H2",
            primary_ip=ip,
            warranty_expires_at=_in(-400),
            location_id=site,
            notes=note,
        )
    b.device(
        840114,
        f"vol-kiosk{d}",
        "Tablet",
        manufacturer="Samsung",
        model="Galaxy Tab A9+",
        serial_number="R9PW60XK2LD",
        operating_system="Android 14",
        location_id=site,
        notes=("Volunteer sign-in kiosk at the front door: VolunteerHub in Fully Kiosk Browser."),
    )
    b.device(
        840115,
        f"scale1{d}",
        "Floor Scale",
        oui="00A0D8",
        manufacturer="Rice Lake",
        model="920i indicator with RoughDeck HP 5x5",
        serial_number="920i-771204",
        primary_ip="10.12.2.70",
        location_id=site,
        contact_id=ops,
        notes=(
            "Dock floor scale (5,000 lb). The indicator streams weights on TCP port 10001 to "
            "the StockCircle Scale Connector on dc1."
        ),
    )
    b.device(
        840116,
        f"cam-dock{d}",
        "Camera",
        oui="EC71DB",
        manufacturer="Reolink",
        model="RLC-810A",
        primary_ip="10.12.2.80",
        location_id=site,
        notes="Loading dock camera; records to its own microSD card.",
    )
    b.device(
        840117,
        f"freezer-mon{d}",
        "Sensor Gateway",
        oui="0015A6",
        manufacturer="Monnit",
        model="ALTA Ethernet Gateway 4",
        serial_number="MN-GW4-558201",
        primary_ip="10.12.2.90",
        location_id=site,
        contact_id=ops,
        notes=(
            "Gateway for the wireless temperature sensors in walk-in freezer 1, freezer 2 and "
            "the cooler; iMonnit sends the alerts by SMS and email."
        ),
    )
    b.device(
        840118,
        f"vol-lt1{d}",
        "Laptop",
        manufacturer="Acer",
        model="Chromebook 314 (CB314-4H)",
        serial_number="NXKQAAA00232401A47",
        operating_system="ChromeOS 125",
        location_id=site,
        notes="Shared volunteer Chromebook for sorting-shift sign-offs.",
    )

    b.link(
        [
            f"dc1{d}",
            f"nas1{d}",
            f"ap1{d}",
            f"ap2{d}",
            f"prn-office{d}",
            f"prn-warehouse{d}",
            f"intake-pc1{d}",
            f"intake-pc2{d}",
            f"scale1{d}",
            f"cam-dock{d}",
            f"freezer-mon{d}",
        ],
        CONNECTED,
        f"sw1{d}",
    )
    b.link(f"sw1{d}", CONNECTED, f"fw1{d}")
    b.link([f"dc1{d}", f"nas1{d}", f"sw1{d}", f"fw1{d}"], DEPENDS, f"ups1{d}", "power")
    b.link([f"intake-pc1{d}", f"intake-pc2{d}"], DEPENDS, f"dc1{d}", "domain logon, S: drive")
    b.link(f"scale1{d}", DEPENDS, f"dc1{d}", "StockCircle Scale Connector")

    b.asset(
        840301,
        "Internet Circuit",
        "Cox Business cable",
        carrier="Cox Business",
        circuit_reference="COX-TUL-0098817",
        speed="300/30 Mbps",
        static_block="192.0.2.210",
        handoff_device=b.tag(f"fw1{d}"),
        carrier_support="+1 866-555-0162",
        term_ends=_in(-60),
    )
    b.asset(
        840302,
        "Backup Policy",
        "dc1 nightly image",
        backup_software="Synology Active Backup for Business",
        covers=b.tag(f"dc1{d}"),
        stored_on=b.tag(f"nas1{d}"),
        runs_at="Daily 20:00",
        keep_for="30 versions",
        offsite_copy="Hyper Backup to Synology C2 Storage, Sundays 02:00",
    )
    b.asset(
        840303,
        "Cloud Subscription",
        "Microsoft 365 nonprofit grant",
        service="Microsoft 365",
        plan="Business Premium (nonprofit grant)",
        seat_count=10,
        billing_cycle="Grant - no charge",
        admin_portal="admin.microsoft.com (harvesttable.onmicrosoft.com)",
        renewal_date=_in(140),
    )
    b.asset(
        840304,
        "Cloud Subscription",
        "Link2Feed",
        service="Link2Feed",
        plan="Agency",
        seat_count=6,
        billing_cycle="Annual",
        admin_portal="harvesttable.link2feed.example",
        renewal_date=_in(22),
    )
    b.asset(
        840305,
        "Cloud Subscription",
        "StockCircle inventory",
        service="StockCircle",
        plan="Warehouse Plus",
        seat_count=4,
        billing_cycle="Annual",
        admin_portal="app.stockcircle.example",
        renewal_date=_in(200),
    )
    b.asset(
        840306,
        "Domain Registrar",
        "harvesttable.org",
        domain="harvesttable.org",
        registrar="Cloudflare Registrar",
        registrar_account="it@harvesttable.org",
        dns_host="Cloudflare",
        renews_on=_in(45),
        auto_renew=True,
    )
    b.asset(
        840307,
        "Wireless Network",
        "HT-Office",
        ssid="HT-Office",
        auth_method="WPA3-Personal",
        vlan_id=1,
        broadcast_from=b.tag(f"ap1{d}"),
        key_stored_as="IT Glue password 'Wi-Fi HT-Office'",
        guest_portal=False,
    )
    b.asset(
        840308,
        "Wireless Network",
        "HT-Volunteers",
        ssid="HT-Volunteers",
        auth_method="WPA2-Personal",
        vlan_id=50,
        broadcast_from=b.tag(f"ap1{d}", f"ap2{d}"),
        key_stored_as="IT Glue password 'Wi-Fi HT-Volunteers'",
        guest_portal=False,
    )
    b.asset(
        840309,
        "Alarm System",
        "Warehouse alarm",
        panel="Honeywell Vista-21iP",
        monitoring_company="Green Country Alarm",
        monitoring_account="GCA-50921",
        zones=9,
        keyholder="Owen Pritchard",
    )
    b.asset(
        840310,
        "Phone System",
        "RingCentral",
        platform="RingCentral MVP",
        provider="RingCentral (nonprofit pricing)",
        main_number="+1 918-555-0133",
        extensions=7,
        sip_trunk="n/a (cloud)",
        support_line="+1 888-555-0108",
    )

    b.secret(
        840401,
        "fw1 Firebox admin",
        "admin",
        "Firewall",
        f"fw1{d}",
        url="https://10.12.0.1:8080",
        notes="WatchGuard Web UI; Fireware device admin.",
    )
    b.secret(
        840402,
        "UniFi Site Manager",
        "it@harvesttable.org",
        "Network",
        url="https://unifi.ui.com",
        notes="Cloud console for sw1, ap1 and ap2.",
    )
    b.secret(
        840403,
        "Wi-Fi HT-Volunteers",
        None,
        "Wireless",
        notes="Posted in the volunteer break room; changed every quarter.",
    )
    b.secret(840404, "Wi-Fi HT-Office", None, "Wireless", notes="Staff only; not posted.")
    b.secret(
        840405,
        "iMonnit portal",
        "alerts@harvesttable.org",
        "Monitoring",
        f"freezer-mon{d}",
        url="https://www.imonnit.com",
        notes="Freezer and cooler sensor alerts; SMS goes to Owen Pritchard.",
    )
    b.secret(
        840406,
        "dc1 DSRM",
        None,
        "Active Directory",
        f"dc1{d}",
        notes="Directory Services Restore Mode password for dc1.",
    )

    b.runbook(
        840501,
        "Freezer temperature alert or Monnit gateway offline",
        "Warehouse",
        ("h", "Symptoms"),
        (
            "p",
            "iMonnit texts 'Walk-in Freezer 1: -2.5 F above threshold (-5 F)', or 'Gateway "
            "freezer-mon has not checked in for 30 minutes'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Temperature alert: call Owen Pritchard (+1 918-555-0172) first; food safety "
            "comes before IT.",
        ),
        (
            "s",
            "Gateway offline: ping freezer-mon.corp.harvesttable.local (10.12.2.90); if it "
            "does not answer, power-cycle PoE port 18 on sw1 from UniFi (Port > Power Cycle).",
        ),
        (
            "s",
            "Sensors show 'No Signal' but the gateway is fine: replace the 2 x AA batteries "
            "in that sensor (spares in the ops desk drawer).",
        ),
        ("h", "Alarm company"),
        (
            "p",
            "Green Country Alarm also watches zone 7 (freezer high-temperature contact); "
            "call them with account GCA-50921 to put zone 7 on test during maintenance.",
        ),
    )
    b.runbook(
        840502,
        "Dock scale weights not showing in StockCircle",
        "Warehouse",
        ("h", "Symptoms"),
        (
            "p",
            "Receiving volunteers weigh a pallet but StockCircle says 'Scale not connected "
            "(timeout on 10.12.2.70:10001)'.",
        ),
        ("h", "Steps"),
        (
            "s",
            "Check the Rice Lake 920i display shows a weight and that scale1 (10.12.2.70) "
            "answers ping.",
        ),
        (
            "s",
            "On dc1 restart the 'StockCircle Scale Connector' service, then press 'Reconnect "
            "scale' in StockCircle.",
        ),
        ("s", "Test the port from dc1: Test-NetConnection 10.12.2.70 -Port 10001."),
        (
            "p",
            "Fallback: write weights on the paper receiving log and key them in afterwards.",
        ),
    )
    b.runbook(
        840503,
        "New staff member",
        "Procedures",
        ("h", "Accounts"),
        (
            "s",
            "Create the AD user on dc1 in OU 'Staff' and add it to the 'Shared' group.",
        ),
        (
            "s",
            "Assign a Microsoft 365 Business Premium (nonprofit grant) licence; 10 seats, so "
            "check one is free first.",
        ),
        (
            "s",
            "Intake staff only: ask Lena Marsh to create the Link2Feed user.",
        ),
    )
    return b.snap


def snapshot() -> Snapshot:
    """The fourth MSP: four hand-written organizations, identical on every call."""
    out = Snapshot(flexible_asset_types=list(ASSET_TYPES))
    for part in (_brandt(), _cedar_finch(), _tidewater(), _harvest()):
        out.merge(part)
    return out
