"""The infrastructure report built from records (no store): against the sample's ground truth,
and on the eval MSPs, whose types and names are not the sample's, for any account."""

from __future__ import annotations

import importlib
import re
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

import pytest

from core.models import Configuration, Snapshot, is_public_ip
from reports import classify
from reports.classify import Asset, Device
from reports.document import Table, markdown, to_html
from reports.infrastructure import build, vlan_mentions
from reports.inventory import Inventory
from sync.demo.sample import REFERENCE_DATE, generate


class Owned(Protocol):
    @property
    def organization_id(self) -> int: ...


R = TypeVar("R", bound=Owned)
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
SOURCE = re.compile(r"`([a-z_]+:\d+)`|\[([a-z_]+:\d+)\]\(")
OTHER_MSPS = ("other", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def inventory_of(snapshot: Snapshot, org_id: int) -> Inventory:
    def mine(records: list[R]) -> list[R]:
        return [r for r in records if r.organization_id == org_id]

    (org,) = [o for o in snapshot.organizations if o.id == org_id]
    return Inventory(
        org,
        mine(snapshot.locations),
        mine(snapshot.contacts),
        mine(snapshot.configurations),
        mine(snapshot.flexible_assets),
        list(snapshot.flexible_asset_types),
        mine(snapshot.documents),
        mine(snapshot.passwords),
        mine(snapshot.relationships),
    )


@pytest.fixture(scope="module")
def sample() -> Snapshot:
    return generate(1)


def _records_of(snapshot: Snapshot, org_id: int) -> set[str]:
    return {r.source_id for r in snapshot.records() if r.organization_id == org_id}


def test_every_firewall_is_listed_with_its_public_ip_in_markdown_and_html(
    sample: Snapshot,
) -> None:
    for org in sample.organizations:
        report = build(inventory_of(sample, org.id), REFERENCE_DATE, NOW)
        text, page = markdown(report), to_html(report)
        firewalls = [
            c
            for c in sample.configurations
            if c.organization_id == org.id and c.configuration_type == "Firewall"
        ]
        assert firewalls
        for fw in firewalls:
            assert fw.public_ip and is_public_ip(fw.public_ip)
            line = next(row for row in text.splitlines() if row.startswith(f"| {fw.name} |"))
            assert fw.public_ip in line and f"`{fw.source_id}`" in line
            assert fw.public_ip in page and fw.source_id in page


def test_every_row_cites_records_of_its_own_organization_only(sample: Snapshot) -> None:
    for org in sample.organizations:
        report = build(inventory_of(sample, org.id), REFERENCE_DATE, NOW)
        mine = _records_of(sample, org.id)
        for row in report.rows():
            assert row.cites, row.cells
            assert {c.source_id for c in row.cites} <= mine, row.cells
        cited = set()
        for line in markdown(report).splitlines():
            if line.startswith("| ") and not line.startswith("| ---"):
                found = {a or b for a, b in SOURCE.findall(line.rsplit("|", 2)[1])}
                header = "Source" in line.rsplit("|", 2)[1]
                assert header or found, line
                cited |= found
        assert cited and cited <= mine
        others = {c.name for c in sample.configurations if c.organization_id != org.id} - {
            c.name for c in sample.configurations if c.organization_id == org.id
        }
        page = to_html(report)
        assert not [name for name in others if re.search(rf"\b{re.escape(name)}\b", page)]


def test_every_record_and_link_of_the_organization_appears(sample: Snapshot) -> None:
    """Nothing is left out: each configuration, asset, location, contact and document is cited,
    and every link between records is a row of the dependency table."""
    org_id = 7
    report = build(inventory_of(sample, org_id), REFERENCE_DATE, NOW)
    cited = report.source_ids()
    listed = [
        *sample.configurations,
        *sample.flexible_assets,
        *sample.locations,
        *sample.contacts,
        *sample.documents,
    ]
    assert {r.source_id for r in listed if r.organization_id == org_id} <= cited
    (deps,) = [s for s in report.sections if s.anchor == "dependencies"]
    table = next(b for b in deps.blocks if isinstance(b, Table))
    pairs = {(c.source_id) for row in table.rows for c in row.cites}
    for edge in (r for r in sample.relationships if r.organization_id == org_id):
        assert edge.source in pairs and edge.target in pairs
        assert any(
            {edge.source, edge.target} <= {c.source_id for c in row.cites} for row in table.rows
        ), edge


def test_no_password_value_appears(tmp_path: object) -> None:
    from core.crypto import Cipher, new_key

    cipher = Cipher(new_key())
    sealed = generate(1, cipher=cipher)
    values = [cipher.decrypt(p.value_encrypted or "") for p in sealed.passwords]
    assert values
    for org in sealed.organizations:
        report = build(inventory_of(sealed, org.id), REFERENCE_DATE, NOW)
        text = markdown(report) + to_html(report)
        assert not [v for v in values if v in text]


def test_servers_show_what_runs_on_them_and_vlans_and_wifi_are_listed(
    sample: Snapshot,
) -> None:
    report = markdown(build(inventory_of(sample, 7), REFERENCE_DATE, NOW))
    host = next(line for line in report.splitlines() if line.startswith("| ACME-HV01 |"))
    assert "ACME-DC01" in host and "ACME-WMS01" in host  # the VMs on the hypervisor
    wms = next(line for line in report.splitlines() if line.startswith("| ACME-WMS01 |"))
    assert "ACME-HV01" in wms and "Application: Descartes WMS" in wms
    for vlan in ("| 10 | servers", "| 20 | users; ACME-Corp", "| 30 | guest; ACME-Guest"):
        assert vlan in report
    assert "| ACME-Corp | Wi-Fi Network | SSID: ACME-Corp · Security: WPA3-Enterprise" in report
    assert "```mermaid\nflowchart BT" in report
    assert "ACME-SW01 | connects to | ACME-FW01 | uplink port 48" in report


def test_renewals_due_are_those_within_ninety_days_or_past(sample: Snapshot) -> None:
    inv = inventory_of(sample, 7)
    report = build(inv, REFERENCE_DATE, NOW)
    (renewals,) = [s for s in report.sections if s.anchor == "licenses-and-renewals"]
    due = renewals.blocks[0]
    assert isinstance(due, Table)
    horizon = date(2026, 8, 30)
    expected = {a.source_id for a in inv.assets if a.expires_on and a.expires_on <= horizon} | {
        c.source_id
        for c in inv.configurations
        if c.warranty_expires_at and c.warranty_expires_at <= horizon
    }
    assert {c.source_id for row in due.rows for c in row.cites} == expected
    assert all(row.tone == "expired" for row in due.rows if "expired" in row.cells[3])


def test_the_html_is_one_printable_page_that_needs_nothing_else(sample: Snapshot) -> None:
    page = to_html(build(inventory_of(sample, 7), REFERENCE_DATE, NOW))
    assert page.startswith("<!doctype html>") and "@media print" in page
    assert "<script" not in page and "<link" not in page
    assert not re.search(r'src="(?!data:)', page)
    assert page.count("<svg") == 1 and "</svg>" in page
    assert '<section id="network">' in page and 'href="#network"' in page


@pytest.mark.parametrize("msp", OTHER_MSPS)
def test_any_account_gets_every_record_in_a_section(msp: str) -> None:
    """The eval MSPs' own types (Core Switch, Virtual Host, Network Segment, Licensing, ...)
    land in sections; every record is cited, every row of its own organization."""
    snapshot = importlib.import_module(f"evals.{msp}_msp").snapshot()
    for org in snapshot.organizations:
        inv = inventory_of(snapshot, org.id)
        report = build(inv, REFERENCE_DATE, NOW)
        mine = _records_of(snapshot, org.id)
        cited = report.source_ids()
        assert cited <= mine
        everything = [*inv.configurations, *inv.assets, *inv.locations, *inv.contacts]
        assert {r.source_id for r in everything} <= cited
        assert not [c.source_id for c in snapshot.passwords if c.source_id in markdown(report)]
        firewalls = inv.of_device(Device.FIREWALL)
        text = markdown(report)
        for fw in firewalls:
            for ip in {fw.public_ip, *(i.ip_address for i in fw.interfaces)}:
                if ip and is_public_ip(ip):
                    assert ip in text


def test_an_organization_with_nothing_documented_says_so_in_each_section(
    sample: Snapshot,
) -> None:
    (org,) = [o for o in sample.organizations if o.id == 7]
    empty = Inventory(org, [], [], [], [], [], [], [], [])
    text = markdown(build(empty, REFERENCE_DATE, NOW))
    for words in (
        "No sites (locations) are documented.",
        "No network devices or networks are documented.",
        "No servers are documented.",
        "No dependencies are documented",
        "No backups are documented.",
        "No contacts are documented.",
        "No documents or runbooks are documented.",
    ):
        assert f"_{words}" in text, words


@pytest.mark.parametrize(
    ("configuration_type", "expected"),
    [
        ("Firewall", Device.FIREWALL),
        ("Industrial Firewall", Device.FIREWALL),
        ("Core Switch", Device.SWITCH),
        ("Managed Network Switch", Device.SWITCH),
        ("Wireless Access Point", Device.WIRELESS),
        ("Access Point", Device.WIRELESS),
        ("LTE Router", Device.NETWORK),
        ("Hyper-V Host", Device.HOST),
        ("Hyperconverged Node", Device.HOST),
        ("Virtual Host", Device.HOST),
        ("Storage Server", Device.STORAGE),
        ("Network Attached Storage", Device.STORAGE),
        ("Backup Appliance", Device.STORAGE),
        ("Virtual Machine", Device.SERVER),
        ("SCADA Server", Device.SERVER),
        ("Laptop", Device.WORKSTATION),
        ("Dental Radiography PC", Device.WORKSTATION),
        ("Network Video Recorder", Device.OTHER),
        ("Printer", Device.OTHER),
        ("UPS", Device.OTHER),
    ],
)
def test_configuration_types_are_classed_by_their_words(
    configuration_type: str, expected: Device
) -> None:
    assert classify.device(configuration_type) is expected


@pytest.mark.parametrize(
    ("type_name", "expected"),
    [
        ("SSL Certificate", Asset.CERTIFICATE),
        ("Certificates", Asset.CERTIFICATE),
        ("Domain Registrar", Asset.DOMAIN),
        ("Guest Wi-Fi Portal", Asset.WIFI),
        ("Wireless Network", Asset.WIFI),
        ("Network Segment", Asset.VLAN),
        ("Internet / WAN", Asset.CIRCUIT),
        ("Backup Policy", Asset.BACKUP),
        ("PLC Program Backup", Asset.BACKUP),
        ("Warranty", Asset.WARRANTY),
        ("LOB Application", Asset.APPLICATION),
        ("Software Package", Asset.APPLICATION),
        ("Licensing", Asset.LICENSE),
        ("Microsoft 365 Tenant", Asset.LICENSE),
        ("Cyber Insurance Policy", Asset.OTHER),
    ],
)
def test_asset_types_are_classed_by_their_words(type_name: str, expected: Asset) -> None:
    assert classify.asset_class(type_name, None) is expected


def test_vlans_are_read_from_notes_with_their_purpose() -> None:
    assert vlan_mentions("Core switch, VLAN 10 servers, VLAN 20 users, VLAN 30 guest.") == [
        (10, "servers"),
        (20, "users"),
        (30, "guest"),
    ]
    assert vlan_mentions("trunk: VLAN ID 140 (voice) and vlan 5") == [(140, ""), (5, "")]


def test_a_retired_device_is_marked_so() -> None:
    from reports.inventory import shown

    device = Configuration(
        id=1, organization_id=1, name="OLD-SRV", configuration_type="Server", status="Retired"
    )
    assert shown(device) == "OLD-SRV (retired)"
