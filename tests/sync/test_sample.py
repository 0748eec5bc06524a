"""The sample MSP generator: deterministic, varied, realistic and safe with secrets."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from datetime import date, datetime
from typing import Any

from core.crypto import Cipher
from core.models import Snapshot
from stores.render import chunks
from sync.demo.sample import REFERENCE_DATE, generate


def test_same_seed_same_records_other_seed_differs() -> None:
    assert generate(1).model_dump_json() == generate(1).model_dump_json()
    assert generate(1, seed=8).model_dump_json() != generate(1).model_dump_json()


def test_twelve_organizations_of_different_kinds_and_scale_multiplies() -> None:
    one = generate(1)
    kinds = {o.organization_type for o in one.organizations}
    assert len(one.organizations) == 12 and len(kinds) == 12
    assert {
        "Law Firm",
        "Dental Clinic",
        "Manufacturer",
        "School District",
        "Accounting Firm",
    } <= kinds
    ten = generate(10)
    assert len(ten.organizations) == 120
    assert len({o.name for o in ten.organizations}) == 120
    assert len({c.id for c in ten.configurations}) == len(ten.configurations)


def test_each_organization_is_a_realistic_network(sample_snapshot: Snapshot) -> None:
    for org in sample_snapshot.organizations:
        configs = [c for c in sample_snapshot.configurations if c.organization_id == org.id]
        types = {c.configuration_type for c in configs}
        assert {
            "Firewall",
            "Switch",
            "Hypervisor",
            "Server",
            "NAS",
            "Printer",
            "Workstation",
            "Access Point",
        } <= types, org.name
        names = {c.name for c in configs}
        assert {f"{org.short_name}-DC01", f"{org.short_name}-SQL01"} <= names
        for config in configs:
            assert config.serial_number and config.mac_address and config.warranty_expires_at
            assert ipaddress.ip_address(config.primary_ip).is_private  # type: ignore[arg-type]
        firewall = next(c for c in configs if c.configuration_type == "Firewall")
        # Public addresses come from the documentation range, never RFC 1918.
        assert firewall.public_ip
        assert ipaddress.ip_address(firewall.public_ip) in ipaddress.ip_network("203.0.113.0/24")
        kinds = {r.kind.value for r in sample_snapshot.relationships if r.organization_id == org.id}
        assert {"RUNS_ON", "DEPENDS_ON", "CONNECTED_TO"} <= kinds
        assets = {
            a.flexible_asset_type_name
            for a in sample_snapshot.flexible_assets
            if a.organization_id == org.id
        }
        assert assets == {
            "SSL Certificate",
            "Software License",
            "Warranty",
            "Backup",
            "Wi-Fi Network",
            "Application",
        }


def test_dates_are_relative_to_the_reference_date(sample_snapshot: Snapshot) -> None:
    certs = [
        a
        for a in sample_snapshot.flexible_assets
        if a.flexible_asset_type_name == "SSL Certificate"
    ]
    offsets = [(a.expires_on - REFERENCE_DATE).days for a in certs if a.expires_on]
    assert len(offsets) == len(certs) and min(offsets) >= -20 and max(offsets) <= 400
    assert any(0 <= d <= 30 for d in offsets), "some certificate expires within 30 days"


def test_documents_name_their_own_organizations_devices(sample_snapshot: Snapshot) -> None:
    for doc in sample_snapshot.documents:
        own = {
            c.name
            for c in sample_snapshot.configurations
            if c.organization_id == doc.organization_id
        }
        other = {
            c.name
            for c in sample_snapshot.configurations
            if c.organization_id != doc.organization_id
        }
        text = " ".join(s.content for s in doc.sections)
        assert len(doc.sections) >= 4
        assert any(name in text for name in own), doc.name
        assert not any(name in text for name in other - own), doc.name


def test_password_values_are_encrypted_and_never_in_text(tmp_path) -> None:
    import os

    cipher = Cipher(os.urandom(32))
    snapshot = generate(1, cipher=cipher)
    names = {o.id: o.name for o in snapshot.organizations}
    values = [cipher.decrypt(p.value_encrypted) for p in snapshot.passwords]  # type: ignore[arg-type]
    assert len(values) == len(snapshot.passwords) == 96 and len(set(values)) == 96
    corpus = " ".join(
        c.title + c.text for r in snapshot.records() for c in chunks(r, names)
    ) + snapshot.model_dump_json(exclude={"passwords"})
    assert not [v for v in values if v in corpus]


AS_OF = date(2027, 1, 15)
DAYS = AS_OF - REFERENCE_DATE
# Every way a date could be written in a text: ISO, US numeric and with the month's name.
WRITTEN_DATES = re.compile(
    r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)|\b\d{1,2}/\d{1,2}/\d{4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b"
)


def _shifted_text(text: str) -> str:
    """`text` with every date written in it moved by DAYS, in the format it was written in."""

    def move(match: re.Match[str]) -> str:
        written = match[0]
        for fmt in ("%Y-%m-%d", "%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y"):
            try:
                day = datetime.strptime(written, fmt).date()
            except ValueError:
                continue
            return (day + DAYS).strftime(fmt)
        raise AssertionError(f"a date the test cannot read: {written!r}")

    return WRITTEN_DATES.sub(move, text)


def _compare(pinned: Any, moved: Any, where: str, seen: Counter[str]) -> None:
    """Walk both dumps side by side: dates moved by DAYS, texts with their dates moved, the rest
    equal."""
    assert type(pinned) is type(moved), where
    if isinstance(pinned, dict):
        assert pinned.keys() == moved.keys(), where
        for key in pinned:
            _compare(pinned[key], moved[key], f"{where}.{key}", seen)
    elif isinstance(pinned, list | tuple):
        assert len(pinned) == len(moved), where
        for n, (a, b) in enumerate(zip(pinned, moved, strict=True)):
            _compare(a, b, f"{where}[{n}]", seen)
    elif isinstance(pinned, date):  # datetimes too: one is a date
        assert moved - pinned == DAYS, where
        seen[where.split("[")[0] + "." + where.rsplit(".", 1)[-1]] += 1
    elif isinstance(pinned, str):
        assert moved == _shifted_text(pinned), where
        if WRITTEN_DATES.search(pinned):
            seen["text"] += 1
    else:
        assert moved == pinned, where


def test_as_of_moves_every_date_by_the_same_days_and_nothing_else() -> None:
    pinned, moved = generate(1), generate(1, as_of=AS_OF)
    assert generate(1, as_of=REFERENCE_DATE).model_dump_json() == pinned.model_dump_json()
    seen: Counter[str] = Counter()
    _compare(pinned.model_dump(), moved.model_dump(), "snapshot", seen)
    # the date fields of every record type moved (and no text of the sample prints a date)
    assert {
        "snapshot.organizations.updated_at",
        "snapshot.locations.updated_at",
        "snapshot.contacts.updated_at",
        "snapshot.configurations.warranty_expires_at",
        "snapshot.configurations.installed_at",
        "snapshot.configurations.updated_at",
        "snapshot.flexible_asset_types.updated_at",
        "snapshot.flexible_assets.expires_on",
        "snapshot.flexible_assets.expires-on",
        "snapshot.flexible_assets.renewal-date",
        "snapshot.flexible_assets.last-successful-run",
        "snapshot.flexible_assets.updated_at",
        "snapshot.passwords.updated_at",
        "snapshot.documents.updated_at",
    } <= set(seen), seen
    assert seen["text"] == 0, "a text prints a date: check that it moves with as_of"


def test_the_loopback_it_glue_serves_a_moved_sample_moved() -> None:
    """Every body the fake IT Glue answers is the pinned one with its dates moved."""
    from sync.demo.api import ItGlueApi

    pinned, moved = ItGlueApi(generate(1)), ItGlueApi(generate(1, as_of=AS_OF))
    for path, query in [
        ("/organizations", {}),
        ("/configurations", {"filter[organization_id]": "7"}),
        ("/flexible_asset_types", {}),
        *(
            ("/flexible_assets", {"filter[flexible_asset_type_id]": str(n)})
            for n in range(101, 107)
        ),
        ("/passwords", {"filter[organization_id]": "7"}),
        ("/organizations/7/relationships/documents", {"filter[document_folder_id][ne]": "null"}),
        ("/organizations/7/relationships/contacts", {}),
        ("/organizations/7/relationships/locations", {}),
    ]:
        before, after = pinned.get(path, query), moved.get(path, query)
        assert before.status == after.status == 200, path
        assert WRITTEN_DATES.search(before.body.decode()), path
        assert after.body.decode() == _shifted_text(before.body.decode()), path
