"""The drift report against the sample's ground truth: the planted wrong address and serial,
the retired device in an SOP and the runbook older than its devices are found, each with the
sentence and both values; the twelve organizations' consistent runbooks raise nothing."""

from __future__ import annotations

from datetime import date

import pytest

from core.models import Document, DocumentSection, Snapshot
from reports import audit_pages
from reports.drift import check, organization_drift
from sync.demo.planted import DRIFT, NAME
from sync.demo.sample import generate


@pytest.fixture(scope="module")
def planted() -> Snapshot:
    return generate(1, planted=True)


def test_every_planted_drift_is_found_and_nothing_else(planted: Snapshot) -> None:
    report = check(planted)
    org = next(o for o in report.organizations if o.organization == NAME)
    assert {(d.kind, d.document, d.record) for d in org.findings} == DRIFT
    values = {(d.record, d.field): (d.document_value, d.record_value) for d in org.findings}
    assert values[("GPF-DC01", "ip_address")] == ("10.251.10.9", "10.251.10.10")
    assert values[("GPF-SW01", "serial_number")] == ("SG0PLNT0S9", "SG0PLNT0S1")
    assert values[("GPF-OLD01", "status")] == ("in service", "archived")
    wrong_ip = next(d for d in org.findings if d.field == "ip_address")
    assert wrong_ip.sentence.startswith("Start GPF-DC01 first and wait for DNS")
    assert wrong_ip.document_source_id.startswith("document:")
    assert wrong_ip.record_source_id.startswith("configuration:")


def test_the_sample_runbooks_agree_with_their_devices(planted: Snapshot) -> None:
    report = check(planted)
    assert all(not o.findings for o in report.organizations if o.organization != NAME)
    assert report.counts == {"value": 2, "retired": 1, "stale": 2}


def _with_line(snapshot: Snapshot, org_id: int, line: str) -> Snapshot:
    doc = Document(
        id=999_999,
        organization_id=org_id,
        name="Probe",
        sections=(DocumentSection(id=999_999, content=f"<p>{line}</p>"),),
        updated_at=snapshot.configurations[0].updated_at,
    )
    return snapshot.model_copy(update={"documents": [*snapshot.documents, doc]})


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a wrong address beside the one device the sentence names
        ("ACME-DC01 answers on 10.7.10.99.", {("ip_address", "10.7.10.99")}),
        ("Browse to https://10.7.0.7:8443 on ACME-FW01.", {("ip_address", "10.7.0.7")}),
        # its own address, another device's address, an address of no subnet it is in
        ("ACME-DC01 answers on {dc}.", set()),
        ("From ACME-DC01, ping {fs}.", set()),
        ("ACME-DC01 forwards DNS to 1.1.1.1.", set()),
        # an address in another role than the device's own, a network
        ("ACME-DC01 uses the gateway 10.7.10.1.", set()),
        ("ACME-SW01 routes 10.7.20.0/24 to the users.", set()),
        ("ACME-DC01 hands out DHCP leases from 10.7.20.100.", set()),
        # two devices named: whose address it is, the sentence does not say
        ("ACME-DC01 and ACME-FS01 answer on 10.7.10.99.", set()),
        # a serial beside the word serial, a name that is no serial
        ("ACME-NAS01 has serial ZZZ999XYZ.", {("serial_number", "ZZZ999XYZ")}),
        ("ACME-NAS01 has serial {serial}.", set()),
        ("ACME-NAS01 backs up ACME-DC01.", set()),
        # a MAC that is not the device's
        ("ACME-SW01 has MAC 00-11-22-33-44-55.", {("mac_address", "00-11-22-33-44-55")}),
    ],
)
def test_a_fact_is_drift_only_beside_exactly_its_device(
    planted: Snapshot, line: str, expected: set
) -> None:
    acme = {c.name: c for c in planted.configurations if c.organization_id == 7}
    line = line.format(
        dc=acme["ACME-DC01"].primary_ip,
        fs=acme["ACME-FS01"].primary_ip,
        serial=acme["ACME-NAS01"].serial_number,
    )
    found = organization_drift(_with_line(planted, 7, line), 7)
    assert {(d.field, d.document_value) for d in found if d.document == "Probe"} == expected


def test_the_pages_cite_both_records(planted: Snapshot) -> None:
    report = check(planted)
    page, text = audit_pages.drift_html(report), audit_pages.drift_markdown(report)
    for d in report.organizations[0].findings + [
        f for o in report.organizations for f in o.findings
    ]:
        for cited in (d.document_source_id, d.record_source_id, d.document_value):
            assert cited in page and cited in text
    assert date(2025, 4, 25).isoformat() in page  # the stale runbook's last edit
