"""The compliance report against the sample's ground truth: every hygiene problem planted in
Granite Peak Fitness is found and nothing else there; the twelve organizations' findings cite
records of their own organization; thresholds and "today" are arguments."""

from __future__ import annotations

from datetime import date

import pytest

from core.models import Snapshot
from reports import audit_pages
from reports.compliance import CHECKS, check
from reports.os_support import support
from sync.demo.planted import COMPLIANCE, NAME
from sync.demo.sample import REFERENCE_DATE, generate


@pytest.fixture(scope="module")
def planted() -> Snapshot:
    return generate(1, planted=True)


def _found(snapshot: Snapshot, today: date = REFERENCE_DATE, **thresholds: int) -> set:
    report = check(snapshot, today, **thresholds)
    org = next(o for o in report.organizations if o.organization == NAME)
    return {(f.check, f.name) for f in org.findings}


def test_every_planted_problem_is_found_and_nothing_else(planted: Snapshot) -> None:
    assert _found(planted) == COMPLIANCE


def test_the_findings_move_with_the_day_the_sample_is_made_for() -> None:
    day = date(2027, 1, 15)
    assert _found(generate(1, planted=True, as_of=day), day) == COMPLIANCE


def test_thresholds_are_arguments(planted: Snapshot) -> None:
    soon = {f for f in COMPLIANCE if f[0] == "expiring"}
    assert _found(planted, expiring_days=0) == COMPLIANCE - soon
    wider = _found(planted, expiring_days=160)
    assert wider - COMPLIANCE == {("expiring", "Mindbody Business")}
    assert ("stale_password", "Legacy VPN shared account") in _found(
        planted, password_max_age_days=480
    )
    assert not {f for f in _found(planted, password_max_age_days=600) if f[0] == "stale_password"}
    assert ("stale_password", "Front desk kiosk") in _found(planted, password_max_age_days=90)


def test_the_twelve_organizations_findings_are_their_own_and_cited(planted: Snapshot) -> None:
    report = check(planted, REFERENCE_DATE)
    owner = {r.source_id: r.organization_id for r in planted.records()}
    names = {r.source_id: r.name for r in planted.records()}
    assert len(report.organizations) == 13
    for org in report.organizations:
        assert org.counts == {c: sum(f.check == c for f in org.findings) for c in CHECKS}
        for f in org.findings:
            assert owner[f.source_id] == org.organization_id, f
            assert names[f.source_id] == f.name
    assert report.counts == {c: sum(o.counts[c] for o in report.organizations) for c in CHECKS}
    sample = [o for o in report.organizations if o.organization != NAME]
    # The sample's DC02 and PRINT01 are in no backup job; its firewalls all have a runbook.
    assert all(o.counts["no_backup"] >= 1 for o in sample)
    assert sum(o.counts["firewall_without_runbook"] for o in sample) == 0
    assert sum(o.counts["no_location"] + o.counts["no_contact"] for o in sample) == 0


def test_a_record_with_a_link_is_cited_with_it(planted: Snapshot) -> None:
    linked = planted.model_copy(deep=True)
    i = next(n for n, c in enumerate(linked.configurations) if c.name == "GPF-APP01")
    url = "https://example.itglue.com/13/configurations/1"
    linked.configurations[i] = linked.configurations[i].model_copy(update={"resource_url": url})
    report = check(linked, REFERENCE_DATE)
    cited = {f.url for o in report.organizations for f in o.findings if f.name == "GPF-APP01"}
    assert cited == {url}
    assert f'<a href="{url}">' in audit_pages.compliance_html(report)
    assert f"]({url})" in audit_pages.compliance_markdown(report)


def test_the_pages_show_the_counts_and_every_finding(planted: Snapshot) -> None:
    report = check(planted, REFERENCE_DATE)
    page, text = audit_pages.compliance_html(report), audit_pages.compliance_markdown(report)
    for one in report.organizations:
        for f in one.findings:
            assert f.source_id in page and f.source_id in text
    assert "All 13 organizations" in page and "<table>" in page
    summary = audit_pages.compliance_html(report, summary_only=True)
    assert "GPF-APP01" not in summary and "Granite Peak Fitness" in summary


def test_a_report_as_of_the_calendars_ends_runs(planted: Snapshot) -> None:
    assert check(planted, date.max, 3650, 36_500).today == date.max
    assert check(planted, date.min, 3650, 36_500).today == date.min


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Windows Server 2012 R2 Standard", "Windows Server 2012 R2"),
        ("Microsoft Windows Server 2012 Datacenter", "Windows Server 2012"),
        ("Windows Server 2008 R2 Enterprise", "Windows Server 2008 R2"),
        ("Windows Server 2016 Standard", "Windows Server 2016"),
        ("Windows 7 Professional SP1", "Windows 7"),
        ("Windows 8.1 Pro", "Windows 8.1"),
        ("Windows 10 Pro 22H2", "Windows 10"),
        ("Windows 11 Pro 23H2", None),
        ("macOS 12.7.6 Monterey", "macOS 12 Monterey"),
        ("macOS Ventura 13.6", "macOS 13 Ventura"),
        ("macOS 14.5 Sonoma", None),
        ("Ubuntu 18.04.6 LTS", "Ubuntu 18.04"),
        ("Ubuntu 24.04 LTS", None),
        ("VMware ESXi 6.7 U3", "VMware ESXi 6.x"),
        ("VMware ESXi 8.0 U2", None),
        ("Microsoft Hyper-V Server 2022", None),
        ("FortiOS 7.4.3", None),
        (None, None),
    ],
)
def test_operating_systems_are_matched_on_their_words(
    written: str | None, label: str | None
) -> None:
    row = support(written)
    assert (row.label if row else None) == label
