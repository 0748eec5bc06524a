"""A thirteenth sample organization whose hygiene problems and documentation drift are known.

Granite Peak Fitness exists to check the compliance and drift reports against ground truth: an
unsupported operating system, expired and expiring warranties, certificates, a domain and a
license, servers no backup job protects, a firewall no runbook names, devices without a
location or contact, an old password entry, a runbook that gives a device a wrong address and
serial, an SOP naming a retired device and a runbook older than the devices it describes. It
is added only when asked (`generate(..., planted=True)`): the twelve organizations, their ids
and every evaluation set stay as they are. Its ids continue the sample's counters, so they
never collide with the sample's at any scale; `COMPLIANCE` and `DRIFT` list what the reports
must find, by name, and nothing else.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

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
from sync.demo.org import Ids, random_secret
from sync.demo.tables import ASSET_TYPE_BY_NAME

NAME = "Granite Peak Fitness"
SHORT = "GPF"
DOMAIN_TYPE_ID = 107
"""A flexible asset type the twelve organizations do not use: domains, whose expiry is a trait
(no `expires_on`), so that the reports must find it from the type's fields."""

COMPLIANCE: set[tuple[str, str]] = {
    ("unsupported_os", "GPF-APP01"),
    ("unsupported_os", "GPF-WS001"),
    ("unsupported_os", "GPF-WS003"),
    ("unsupported_os", "GPF-MAC01"),
    ("unsupported_os", "GPF-MON01"),
    ("expired", "GPF-WS002"),
    ("expired", "portal.granitepeak.example"),
    ("expired", "Microsoft 365 Business Basic"),
    ("expiring", "GPF-SW01"),
    ("expiring", "www.granitepeak.example"),
    ("expiring", "granitepeak.example"),
    ("no_backup", "GPF-APP01"),
    ("firewall_without_runbook", "GPF-FW02"),
    ("no_location", "GPF-WS001"),
    ("no_contact", "GPF-WS001"),
    ("no_contact", "GPF-PRN01"),
    ("stale_password", "Legacy VPN shared account"),
}
"""What the compliance report must find in this organization, as (check, record name): exactly
these, as of the day the sample is generated."""
DRIFT: set[tuple[str, str, str]] = {
    ("value", "Server reboot order", "GPF-DC01"),
    ("value", "Switch replacement", "GPF-SW01"),
    ("retired", "Member check-in kiosk", "GPF-OLD01"),
    ("stale", "Backup restore runbook", "GPF-NAS01"),
    ("stale", "Backup restore runbook", "GPF-DC01"),
}
"""What the drift report must find in this organization, as (kind, document, device)."""

DOMAIN_TYPE = FlexibleAssetType(
    id=DOMAIN_TYPE_ID,
    organization_id=0,
    name="Domain Registration",
    description="Registered domains and their renewal",
    fields=(
        FlexibleAssetField(name="Domain", name_key="domain"),
        FlexibleAssetField(name="Registrar", name_key="registrar"),
        FlexibleAssetField(name="Expiry", name_key="expiry", kind="Date", expiration=True),
    ),
)


def planted_organization(
    org_id: int, ids: Ids, today: date, updated_at: datetime, cipher: Cipher | None
) -> Snapshot:
    """Granite Peak Fitness as organization `org_id`, its ids drawn from `ids` after the
    sample's, its dates offsets from `today`."""
    domains = DOMAIN_TYPE.model_copy(update={"updated_at": updated_at})
    snap = Snapshot(flexible_asset_types=[domains])
    rng = random.Random(f"planted:{org_id}")

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    def edited(days_ago: int) -> datetime:
        return updated_at - timedelta(days=days_ago)

    org = Organization(
        id=org_id,
        organization_id=org_id,
        name=NAME,
        short_name=SHORT,
        organization_type="Fitness Centers",
        description="Fitness Centers client in Salt Lake City, Utah.",
        updated_at=updated_at,
    )
    snap.organizations.append(org)
    site = Location(
        id=ids.next("location"),
        organization_id=org_id,
        name="Salt Lake City - HQ",
        primary=True,
        address_1="410 Wasatch Blvd",
        city="Salt Lake City",
        region="Utah",
        postal_code="84108",
        country="United States",
        updated_at=updated_at,
    )
    snap.locations.append(site)
    manager = Contact(
        id=ids.next("contact"),
        organization_id=org_id,
        name="Dana Whitfield",
        first_name="Dana",
        last_name="Whitfield",
        title="IT Manager",
        contact_type="Approver",
        location_id=site.id,
        important=True,
        emails=(ContactPoint(value="dwhitfield@granitepeak.example", primary=True),),
        updated_at=updated_at,
    )
    snap.contacts.append(manager)

    configs: dict[str, Configuration] = {}
    # Devices were last edited 600 days ago, DC01 and NAS01 ten days ago: after the backup
    # runbook was written (400 days ago), before every other document.

    def device(
        key: str,
        ctype: str,
        os: str | None,
        ip: str,
        *,
        serial: str,
        warranty: int = 700,
        located: bool = True,
        owned: bool = True,
        archived: bool = False,
        status: str = "Active",
        edited_days_ago: int = 600,
        public_ip: str | None = None,
    ) -> None:
        name = f"{SHORT}-{key}"
        lan = ConfigurationInterface(
            id=ids.next("interface"), name="LAN", ip_address=ip, primary=True
        )
        interfaces = [lan]
        if public_ip:
            interfaces.append(
                ConfigurationInterface(id=ids.next("interface"), name="WAN", ip_address=public_ip)
            )
        configs[key] = Configuration(
            id=ids.next("config"),
            organization_id=org_id,
            name=name,
            hostname=name,
            configuration_type=ctype,
            status=status,
            primary_ip=ip,
            public_ip=public_ip,
            mac_address=f"00:50:56:{rng.randrange(256):02X}:{rng.randrange(256):02X}:"
            f"{rng.randrange(256):02X}",
            serial_number=serial,
            operating_system=os,
            warranty_expires_at=day(warranty),
            location_id=site.id if located else None,
            contact_id=manager.id if owned else None,
            archived=archived,
            interfaces=tuple(interfaces),
            updated_at=edited(edited_days_ago),
        )
        snap.configurations.append(configs[key])

    device("FW01", "Firewall", "FortiOS 7.4.3", "10.251.0.1", serial="FGT60F0PLNT01",
           public_ip="198.51.100.10")  # fmt: skip
    device("FW02", "Firewall", "FortiOS 7.4.3", "10.251.1.1", serial="FGT40F0PLNT02",
           public_ip="198.51.100.11")  # fmt: skip
    device("SW01", "Switch", "ArubaOS-Switch 16.11", "10.251.0.2", serial="SG0PLNT0S1", warranty=12)
    device("DC01", "Server", "Windows Server 2022 Standard", "10.251.10.10", serial="VM-PLNT00DC1",
           edited_days_ago=10)  # fmt: skip
    device("FS01", "Server", "Windows Server 2019 Standard", "10.251.10.11", serial="VM-PLNT00FS1")
    device("SQL01", "Server", "Windows Server 2019 Standard", "10.251.10.12", serial="VM-PLNT0SQL")
    device("APP01", "Server", "Windows Server 2012 R2 Standard", "10.251.10.13",
           serial="VM-PLNT0APP")  # fmt: skip
    device("MON01", "Server", "Ubuntu 18.04.6 LTS", "10.251.10.14", serial="VM-PLNT0MON")
    device("OLD01", "Server", "Windows Server 2008 R2 Standard", "10.251.10.15",
           serial="VM-PLNT0OLD", archived=True, status="Inactive")  # fmt: skip
    device("NAS01", "NAS", "DSM 7.2.1", "10.251.10.20", serial="2150PDNPLNT1", edited_days_ago=10)
    device("PRN01", "Printer", None, "10.251.20.200", serial="PHBPLNT01", owned=False)
    device("WS001", "Workstation", "Windows 7 Professional SP1", "10.251.20.50",
           serial="MXLPLNT001", located=False, owned=False)  # fmt: skip
    device("WS002", "Workstation", "Windows 11 Pro 24H2", "10.251.20.51", serial="MXLPLNT002",
           warranty=-30)  # fmt: skip
    device("WS003", "Workstation", "Windows 10 Pro 22H2", "10.251.20.52", serial="MXLPLNT003")
    device("MAC01", "Laptop", "macOS 12.7.6 Monterey", "10.251.20.100", serial="C02PLNT0MAC")

    def tag(*keys: str) -> TagTrait:
        values = tuple(TagValue(id=configs[k].id, name=configs[k].name) for k in keys)
        return TagTrait(type="Configurations", values=values)

    def asset(
        type_: FlexibleAssetType, name: str, traits: dict[str, TraitValue], expires: date | None
    ) -> FlexibleAsset:
        found = FlexibleAsset(
            id=ids.next("asset"),
            organization_id=org_id,
            name=name,
            flexible_asset_type_id=type_.id,
            flexible_asset_type_name=type_.name,
            traits=traits,
            expires_on=expires,
            updated_at=updated_at,
        )
        snap.flexible_assets.append(found)
        return found

    cert = ASSET_TYPE_BY_NAME["SSL Certificate"]
    for host, offset in (("portal", -12), ("www", 12), ("mail", 200)):
        asset(
            cert,
            f"{host}.granitepeak.example",
            {"common-name": f"{host}.granitepeak.example", "expires-on": day(offset),
             "installed-on": tag("FW01")},
            day(offset),
        )  # fmt: skip
    license_ = ASSET_TYPE_BY_NAME["Software License"]
    for product, offset in (("Microsoft 365 Business Basic", -3), ("Mindbody Business", 150)):
        asset(license_, product, {"product": product, "renewal-date": day(offset)}, day(offset))
    asset(
        DOMAIN_TYPE,
        "granitepeak.example",
        {"domain": "granitepeak.example", "registrar": "Gandi", "expiry": day(20)},
        None,
    )
    backup = asset(
        ASSET_TYPE_BY_NAME["Backup"],
        "Nightly server backup",
        {"product": "Veeam Backup & Replication 12", "protected-servers": tag("DC01", "FS01"),
         "target": tag("NAS01"), "schedule": "Daily at 23:00"},
        None,
    )  # fmt: skip
    offsite = asset(
        ASSET_TYPE_BY_NAME["Backup"],
        "Monitoring server snapshot",
        {"product": "Synology Snapshot Replication", "schedule": "Hourly"},
        None,
    )
    snap.relationships += [
        Relationship(source=backup.source_id, target=configs["SQL01"].source_id,
                     kind=RelType.RELATED_TO, organization_id=org_id, notes="SQL agent job"),
        Relationship(source=configs["MON01"].source_id, target=offsite.source_id,
                     kind=RelType.RELATED_TO, organization_id=org_id),
        Relationship(source=configs["APP01"].source_id, target=configs["SQL01"].source_id,
                     kind=RelType.DEPENDS_ON, organization_id=org_id),
    ]  # fmt: skip

    for name, user, days_ago, key in (
        ("Domain Administrator", "GPF\\administrator", 30, "DC01"),
        ("Front desk kiosk", "kiosk", 100, None),
        ("Legacy VPN shared account", "vpnshare", 500, "FW01"),
    ):
        secret = random_secret(rng)
        snap.passwords.append(
            Password(
                id=ids.next("password"),
                organization_id=org_id,
                name=name,
                username=user,
                category="Network",
                resource_type="Configuration" if key else None,
                resource_id=configs[key].id if key else None,
                value_encrypted=cipher.encrypt(secret) if cipher else None,
                value_fingerprint=cipher.fingerprint(secret) if cipher else None,
                updated_at=edited(days_ago),
            )
        )

    c = configs
    docs: list[tuple[str, str, int, list[str]]] = [
        (
            "Server reboot order",
            "Runbooks",
            0,
            [
                f"Shut down {c['APP01'].name} first, then {c['SQL01'].name}, and {c['DC01'].name} "
                "last.",
                # drift: DC01 is 10.251.10.10
                f"Start {c['DC01'].name} first and wait for DNS to answer on 10.251.10.9; then "
                f"{c['SQL01'].name}.",
                f"Then start {c['FS01'].name} ({c['FS01'].primary_ip}) and check the shares.",
                f"Finally start {c['APP01'].name} at {c['APP01'].primary_ip}.",
            ],
        ),
        (
            "Switch replacement",
            "SOPs",
            0,
            [
                f"{c['SW01'].name} is the core switch at {c['SW01'].primary_ip}.",
                # drift: the serial is SG0PLNT0S1
                f"If {c['SW01'].name} fails, call Aruba support with serial SG0PLNT0S9.",
                f"Uplink {c['SW01'].name} to {c['FW01'].name} on port 48.",
            ],
        ),
        (
            "Member check-in kiosk",
            "SOPs",
            0,
            [
                # drift: OLD01 is archived
                f"The check-in database runs on {c['OLD01'].name}; restart its service when the "
                "kiosk freezes.",
                "Call the front desk once the kiosk is back.",
            ],
        ),
        (
            "Backup restore runbook",
            "Runbooks",
            400,  # drift: written before DC01 and NAS01 last changed
            [
                f"Server images of {c['DC01'].name} are backed up nightly to {c['NAS01'].name} "
                f"({c['NAS01'].primary_ip}).",
                f"Restore files from the latest restore point of {c['FS01'].name}.",
            ],
        ),
        (
            "Firewall change procedure",
            "SOPs",
            0,
            [
                f"Export the configuration of {c['FW01'].name} before any change.",
                f"Connect to https://{c['FW01'].primary_ip}:8443 from the MSP jump host.",
                f"Confirm the WAN address {c['FW01'].public_ip} still answers.",
            ],
        ),
    ]
    for title, folder, days_ago, lines in docs:
        heading = DocumentSection(
            id=ids.next("section"), kind="heading", level=2, content="<h2>Steps</h2>"
        )
        sections = [heading]
        sections += [
            DocumentSection(id=ids.next("section"), kind="step", content=f"<p>{line}</p>", sort=n)
            for n, line in enumerate(lines, 1)
        ]
        snap.documents.append(
            Document(
                id=ids.next("document"),
                organization_id=org_id,
                name=title,
                folder=folder,
                sections=tuple(sections),
                updated_at=edited(days_ago),
            )
        )
    return snap
