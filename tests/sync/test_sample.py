"""The sample MSP generator: deterministic, varied, realistic and safe with secrets."""

from __future__ import annotations

import ipaddress

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
