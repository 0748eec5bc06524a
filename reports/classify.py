"""What kind of thing a record is, for a report's sections: read from the words of a
configuration's type and of a flexible asset type's name and fields, never from one account's
names. Every configuration and every flexible asset falls in exactly one class, so a report that
gives each class a place lists everything (an account's own types end in "other").

A type is matched on whole words ("Hyper-V Host" → hyper v host), first rule first: "Storage
Server" is storage before it is a server, "Wireless Access Point" is wireless, "Guest Wi-Fi
Portal" is Wi-Fi even though it has an expiry date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from core.models import FlexibleAsset, FlexibleAssetType


class Device(StrEnum):
    """Classes of configurations."""

    FIREWALL = "firewall"
    SWITCH = "switch"
    WIRELESS = "wireless"
    NETWORK = "network"
    """Routers, modems, gateways, radios: network kit that is neither firewall nor switch."""
    HOST = "host"
    """Virtualization hosts: hypervisors, hyperconverged nodes."""
    STORAGE = "storage"
    """NAS, SAN, storage arrays and backup appliances."""
    SERVER = "server"
    WORKSTATION = "workstation"
    """Workstations, desktops, laptops, tablets and other computers people sit at."""
    OTHER = "other"


class Asset(StrEnum):
    """Classes of flexible assets."""

    WIFI = "wifi"
    VLAN = "vlan"
    CIRCUIT = "circuit"
    CERTIFICATE = "certificate"
    DOMAIN = "domain"
    BACKUP = "backup"
    WARRANTY = "warranty"
    APPLICATION = "application"
    LICENSE = "license"
    RENEWAL = "renewal"
    """A type of no other class whose assets carry an expiry date: a renewal all the same."""
    OTHER = "other"


DEVICE_WORDS: tuple[tuple[Device, tuple[str, ...]], ...] = (
    (Device.FIREWALL, ("firewall", "utm", "security appliance", "security gateway")),
    (
        Device.STORAGE,
        ("nas", "san", "storage", "backup", "disk array", "tape library", "file appliance"),
    ),
    (
        Device.HOST,
        (
            "host",
            "hypervisor",
            "hyperconverged",
            "hyper v",
            "esxi",
            "proxmox",
            "xcp ng",
            "virtualization",
            "virtualisation",
        ),
    ),
    (Device.SERVER, ("server", "virtual machine", "vm", "node", "domain controller")),
    (Device.SWITCH, ("switch",)),
    (
        Device.WIRELESS,
        ("access point", "wireless", "wifi", "wi fi", "wlan", "ap", "mesh"),
    ),
    (
        Device.NETWORK,
        ("router", "modem", "gateway", "satellite terminal", "load balancer", "vpn", "radio"),
    ),
    (
        Device.WORKSTATION,
        (
            "workstation",
            "desktop",
            "laptop",
            "notebook",
            "pc",
            "computer",
            "chromebook",
            "macbook",
            "imac",
            "mac",
            "thin client",
            "tablet",
            "ipad",
            "mobile device",
            "surface",
        ),
    ),
)

ASSET_WORDS: tuple[tuple[Asset, tuple[str, ...]], ...] = (
    (Asset.WIFI, ("wi fi", "wifi", "wireless", "ssid", "wlan")),
    (Asset.VLAN, ("vlan", "segment", "subnet", "network segment", "ip range")),
    (
        Asset.CIRCUIT,
        ("internet", "wan", "circuit", "isp", "broadband", "fiber", "fibre", "vpn"),
    ),
    (Asset.CERTIFICATE, ("certificate", "certificates", "ssl", "tls")),
    (Asset.DOMAIN, ("domain", "domains", "dns", "registrar")),
    (Asset.BACKUP, ("backup", "backups")),
    (Asset.WARRANTY, ("warranty", "warranties")),
    (
        Asset.APPLICATION,
        (
            "application",
            "applications",
            "app",
            "lob",
            "line of business",
            "software package",
            "management system",
        ),
    ),
    (
        Asset.LICENSE,
        (
            "license",
            "licence",
            "licenses",
            "licences",
            "licensing",
            "subscription",
            "subscriptions",
            "tenant",
            "software",
            "contract",
            "agreement",
            "lease",
        ),
    ),
)


def words(text: str) -> str:
    """`text` as lower-case words between spaces (" hyper v host "), for whole-word matching."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "


def _has(text: str, phrases: Sequence[str]) -> bool:
    padded = words(text)
    return any(f" {p} " in padded for p in phrases)


def device(configuration_type: str) -> Device:
    """The class of a configuration, from the words of its type."""
    for kind, phrases in DEVICE_WORDS:
        if _has(configuration_type, phrases):
            return kind
    return Device.OTHER


def asset_class(type_name: str, kind: FlexibleAssetType | None) -> Asset:
    """The class of a flexible asset type, from the words of its name, then of its fields (a
    type with an SSID field is Wi-Fi, one with an expiration field a renewal)."""
    for cls, phrases in ASSET_WORDS:
        if _has(type_name, phrases):
            return cls
    fields = kind.fields if kind else ()
    if any(_has(f.name, ("ssid",)) for f in fields):
        return Asset.WIFI
    if any(_has(f.name, ("vlan", "subnet")) for f in fields):
        return Asset.VLAN
    if any(f.expiration for f in fields):
        return Asset.RENEWAL
    return Asset.OTHER


def of_asset(asset: FlexibleAsset, kind: FlexibleAssetType | None) -> Asset:
    """The class of one asset: its type's, except that an asset of no class with an expiry date
    is a renewal (a type whose expiration field the API did not mark)."""
    cls = asset_class(asset.flexible_asset_type_name, kind)
    if cls is Asset.OTHER and asset.expires_on is not None:
        return Asset.RENEWAL
    return cls
