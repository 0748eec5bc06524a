"""The secret scanner: what it redacts and, as much, what it leaves alone."""

from __future__ import annotations

import pytest

from evals import secrets as planted
from sync.secrets import redact, scan

REDACTED = [
    # (text, what it must become)
    ("Console password is Winter2025!", "Console password is [redacted password]"),
    ("pw=Blu3Sky#44 for the NAS", "pw=[redacted password] for the NAS"),
    ("Firewall admin: admin / Kx9!mP2qRt", "Firewall admin: admin / [redacted password]"),
    (
        "Voicemail PIN for the main line is 3390.",
        "Voicemail PIN for the main line is [redacted PIN].",
    ),
    (
        "BitLocker 123456-234567-345678-456789-567890-678901-789012-890123 (WS004)",
        "BitLocker [redacted recovery code] (WS004)",
    ),
    (
        "Backup codes: 8817 2231, 0093 4471",
        "Backup codes: [redacted recovery code], [redacted recovery code]",
    ),
    ("key AKIAIOSFODNN7EXAMPLE here", "key [redacted API key] here"),
    (
        "Server=SQL01;User Id=app;Password=Kinetic!2023;Encrypt=True",
        "Server=SQL01;User Id=app;Password=[redacted connection secret];Encrypt=True",
    ),
    (
        "smb://scanner:Scan2Folder@10.2.10.11/scans",
        "smb://scanner:[redacted connection secret]@10.2.10.11/scans",
    ),
    (
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----\n[redacted private key]\n-----END PRIVATE KEY-----",
    ),
    (
        "<p>Admin password: <b>Gr33n&amp;Gold</b></p>",
        "<p>Admin password: <b>[redacted password]</b></p>",
    ),
]

UNTOUCHED = [
    "SSID: Acme-Guest, security WPA2-Personal, VLAN 30",
    "The Wi-Fi password is printed on the card at the front desk.",
    "Username: svc_backup (password in IT Glue).",
    "Rotated quarterly by the MSP.",
    "Service tag 5KX8QF2, express service code 12345678901.",
    "Error code 0x80070005; zip code 02110; asset tag HLL-4821.",
    "Windows Hello for Business: PIN length 6 minimum.",
    "Certificate thumbprint 9F3B2C7A1E4D6F8B0A2C4E6F8A1B3C5D7E9F0A2B, expires 2026-11-02.",
    "Tenant ID 72f988bf-86f1-41af-91ab-2d7cd011db47; RDP to 10.7.10.15:3389.",
    "Primary IP 10.7.10.10, MAC 00:50:56:AB:CD:EF, serial VM-1234567890, port 8443.",
    "net use A: \\\\RICHARD9\\AcombaX /persistent:yes as the user.",
    "IT Glue password 'ORN-GWY IPsec PSK'",
    "HV01 / HV02 run the VMs; upgrade path 7.0 / 7.2.",
    "Console password is [redacted password]",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_secret_value_becomes_a_placeholder_and_its_label_stays(text: str, expected: str) -> None:
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", UNTOUCHED)
def test_facts_and_mentions_of_secrets_are_left_alone(text: str) -> None:
    assert scan(text) == []


def test_findings_point_at_the_values_in_the_original() -> None:
    text = "PIN 4821; pw: Blu3Sky#44"
    assert [(f.kind, text[f.start : f.end]) for f in scan(text)] == [
        ("pin", "4821"),
        ("password", "Blu3Sky#44"),
    ]


def test_the_planted_dev_set_is_caught_without_eating_facts() -> None:
    dev = planted.score(planted.load("dev"))
    assert dev.secrets >= 70 and dev.clean_notes >= 50
    assert dev.recall >= 0.95, dev.misses
    assert dev.facts_lost <= 2 and dev.clean_notes_touched <= 1, dev.false_redactions
    holdout = planted.score(planted.load("holdout"))  # reported, never tuned on
    print("secrets holdout:", holdout.as_dict())
    assert holdout.secrets >= 25
