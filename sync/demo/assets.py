"""The sample flexible assets and passwords of one organization.

Certificates, licenses, warranties, a backup job, Wi-Fi networks and the line-of-business
application, tagged to the organization's own devices; password entries whose values are
encrypted with the cipher given (none without one).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from core.crypto import Cipher
from core.models import (
    FlexibleAsset,
    Password,
    Relationship,
    RelType,
    TagTrait,
    TagValue,
    TraitValue,
)
from sync.demo.org import Ids, OrgState, random_secret
from sync.demo.tables import ASSET_TYPE_BY_NAME


def flexible_assets(state: OrgState, rng: random.Random, ids: Ids) -> None:
    """Add the organization's flexible assets (and the application's tiers as edges)."""
    org, kind, snap, cfg = state.org, state.kind, state.snapshot, state.configs

    def tag(*keys: str) -> TagTrait:
        return TagTrait(
            type="Configurations",
            values=tuple(TagValue(id=cfg[k].id, name=cfg[k].name) for k in keys),
        )

    def add(type_name: str, name: str, traits: dict[str, TraitValue], expires: date | None) -> None:
        t = ASSET_TYPE_BY_NAME[type_name]
        snap.flexible_assets.append(
            FlexibleAsset(
                id=ids.next("asset"),
                organization_id=org.id,
                name=name,
                flexible_asset_type_id=t.id,
                flexible_asset_type_name=t.name,
                traits=traits,
                expires_on=expires,
                updated_at=state.updated_at,
            )
        )

    for host, on in [("www", "FW01"), ("vpn", "FW01"), ("mail", kind.lob_server)][
        : rng.randint(2, 3)
    ]:
        expires = state.day(rng, -20, 400)
        add(
            "SSL Certificate",
            f"{host}.{state.domain}",
            {
                "common-name": f"{host}.{state.domain}",
                "issuer": rng.choice(["Sectigo RSA DV", "DigiCert Global G2", "Let's Encrypt R11"]),
                "expires-on": expires,
                "installed-on": tag(on),
            },
            expires,
        )
    seats = rng.randint(12, 80)
    renew = state.day(rng, 5, 330)
    add(
        "Software License",
        "Microsoft 365 Business Premium",
        {
            "product": "Microsoft 365 Business Premium",
            "vendor": "Microsoft",
            "seats": seats,
            "seats-used": seats - rng.randint(0, 6),
            "renewal-date": renew,
        },
        renew,
    )
    av = rng.choice(
        [
            "SentinelOne Singularity Complete",
            "Bitdefender GravityZone Business Security",
            "Sophos Intercept X Advanced",
        ]
    )
    renew = state.day(rng, 10, 360)
    add(
        "Software License",
        av,
        {
            "product": av,
            "vendor": av.split()[0],
            "seats": seats + 5,
            "seats-used": seats,
            "renewal-date": renew,
        },
        renew,
    )
    renew = state.day(rng, 20, 365)
    add(
        "Software License",
        f"{kind.lob_app} subscription",
        {
            "product": kind.lob_app,
            "vendor": kind.lob_vendor,
            "seats": rng.randint(5, 40),
            "renewal-date": renew,
        },
        renew,
    )
    for key in [k for k in ("HV01", "HV02", "FW01", "NAS01") if k in cfg]:
        device = cfg[key]
        add(
            "Warranty",
            f"{device.name} support",
            {
                "device": tag(key),
                "provider": device.manufacturer,
                "coverage": rng.choice(
                    ["ProSupport 4-hour", "Next business day", "8x5 advance replacement"]
                ),
                "expires-on": device.warranty_expires_at,
            },
            device.warranty_expires_at,
        )
    servers = [k for k in ("DC01", "FS01", "SQL01", kind.lob_server) if k in cfg]
    add(
        "Backup",
        "Nightly server backup",
        {
            "product": rng.choice(["Veeam Backup & Replication 12", "Datto SIRIS"]),
            "protected-servers": tag(*servers),
            "target": tag("NAS01"),
            "schedule": f"Daily at {rng.choice(['22:00', '23:30', '01:00', '02:00'])}",
            "retention": f"{rng.choice([14, 30, 60])} daily restore points",
            "last-successful-run": state.today - timedelta(days=rng.randint(1, 3)),
        },
        None,
    )
    aps = [k for k in cfg if k.startswith("AP")]
    for ssid, security, vlan in [
        (f"{org.short_name}-Corp", "WPA3-Enterprise", 20),
        (f"{org.short_name}-Guest", "WPA2-Personal", 30),
    ]:
        add(
            "Wi-Fi Network",
            ssid,
            {"ssid": ssid, "security": security, "vlan": vlan, "access-points": tag(*aps)},
            None,
        )
    add(
        "Application",
        kind.lob_app,
        {
            "vendor": kind.lob_vendor,
            "version": f"{rng.randint(10, 24)}.{rng.randint(0, 4)}",
            "application-server": tag(kind.lob_server),
            "database-server": tag("SQL01"),
            "support-phone": f"800{rng.randint(1000000, 9999999)}",
        },
        None,
    )
    app = snap.flexible_assets[-1]
    for tier in (kind.lob_server, "SQL01"):
        snap.relationships.append(
            Relationship(
                source=app.source_id,
                target=cfg[tier].source_id,
                kind=RelType.DEPENDS_ON,
                organization_id=org.id,
                notes="application tier",
            )
        )


def passwords(state: OrgState, rng: random.Random, ids: Ids, cipher: Cipher | None) -> None:
    """Add the organization's password entries, values sealed with `cipher`."""
    org, snap, cfg, short = state.org, state.snapshot, state.configs, state.org.short_name
    entries = [
        (
            "Domain Administrator",
            f"{short}\\administrator",
            f"https://{cfg['DC01'].primary_ip}",
            "Active Directory",
            "DC01",
        ),
        ("Firewall admin", "admin", f"https://{cfg['FW01'].primary_ip}:8443", "Network", "FW01"),
        ("Core switch admin", "manager", f"ssh://{cfg['SW01'].primary_ip}", "Network", "SW01"),
        ("Hypervisor root", "root", f"https://{cfg['HV01'].primary_ip}", "Servers", "HV01"),
        ("NAS admin", "msp-admin", f"https://{cfg['NAS01'].primary_ip}:5001", "Backups", "NAS01"),
        ("SQL sa account", "sa", None, "Databases", "SQL01"),
        (
            "Microsoft 365 global admin",
            f"msp.admin@{state.domain}",
            "https://admin.microsoft.com",
            "Cloud",
            None,
        ),
        (f"{org.short_name}-Guest Wi-Fi key", None, None, "Wi-Fi", None),
    ]
    for name, user, url, category, key in entries:
        secret = random_secret(rng)
        snap.passwords.append(
            Password(
                id=ids.next("password"),
                organization_id=org.id,
                name=name,
                username=user,
                url=url,
                category=category,
                resource_type="Configuration" if key else None,
                resource_id=cfg[key].id if key else None,
                value_encrypted=cipher.encrypt(secret) if cipher else None,
                value_fingerprint=cipher.fingerprint(secret) if cipher else None,
                notes="Rotated quarterly by the MSP.",
                updated_at=state.updated_at,
            )
        )
