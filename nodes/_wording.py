"""The composer's wording of one record: field labels, an organization's name, a password
entry (never its value), a record's card: every sentence built from the fields it cites."""

from __future__ import annotations

import re

from core.models import Evidence, RecordType
from core.state import Claim, Plan

LABELS = {
    "primary_ip": "primary IP",
    "public_ip": "public IP",
    "operating_system_notes": "OS notes",
    "mac_address": "MAC address",
    "serial_number": "serial number",
    "operating_system": "operating system",
    "model": "model",
    "manufacturer": "manufacturer",
    "warranty_expires_at": "warranty expiring on",
    "asset_tag": "asset tag",
    "hostname": "hostname",
    "installed_at": "installed on",
    "purchased_at": "purchased on",
    "configuration_type": "type",
}


def org_name(item: Evidence, names: dict[int, str]) -> str:
    return names.get(item.organization_id, f"organization {item.organization_id}")


def plural(n: int, word: str) -> str:
    if n == 1:
        return word
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def text_lines(item: Evidence) -> list[str]:
    """The content lines of a document chunk (without its title and heading lines)."""
    lines = [line.strip() for line in item.text.splitlines() if line.strip()]
    return lines[2:] if len(lines) > 2 else lines


SECRET = re.compile(
    r"pass(word|phrase|code)?|\bpsk\b|pre[- ]?shared|secret|token|api.?key|private.?key|"
    r"recovery|\bpin\b|bitlocker",
    re.I,
)
"""Field names whose values are secrets: never quoted (they belong in the vault)."""


ABOUT_A_SECRET = re.compile(
    r"location|stored|where|reference|vault|expir|rotat|length|policy|hint|owner", re.I
)
"""…unless the field is about the secret ("Pre-shared key location", "Password policy")."""


def secret_field(key: str) -> bool:
    name = key.replace("-", " ")
    return bool(SECRET.search(name)) and not ABOUT_A_SECRET.search(name)


def field_value(item: Evidence, key: str) -> str:
    """A field of the record as its evidence holds it ("" when not documented, or secret)."""
    f = item.fields
    if secret_field(key):
        return ""
    if key.startswith("trait:"):
        return str(f.get("traits", {}).get(key.removeprefix("trait:"), "") or "")
    if key == "email":
        return ", ".join(str(e.get("value")) for e in f.get("emails", []) if e.get("value"))
    if key == "phone" and f.get("phone"):
        return str(f["phone"])
    if key == "phone":
        return ", ".join(str(p.get("value")) for p in f.get("phones", []) if p.get("value"))
    if key == "mobile":  # only a number labelled so ("Mobile", "Cell"), never the work line
        return ", ".join(
            str(p.get("value"))
            for p in f.get("phones", [])
            if p.get("value") and re.search(r"mobile|cell", str(p.get("label") or ""), re.I)
        )
    if key == "address":
        return ", ".join(
            str(f[k])
            for k in ("address_1", "address_2", "city", "region", "postal_code", "country")
            if f.get(k)
        )
    value = f.get(key)
    return "" if value in (None, "", [], {}) else str(value)


def device_claims(item: Evidence, plan: Plan, names: dict[int, str]) -> list[Claim]:
    f, sid, name = item.fields, item.source_id, item.fields.get("name", item.title)
    attribute = plan.attribute
    if attribute and attribute in LABELS:
        value = f.get(attribute)
        if value:
            return [Claim(text=f"{name} has {LABELS[attribute]} {value}.", citations=[sid])]
        return []
    kind = f.get("configuration_type", "configuration")
    made = " ".join(str(f[k]) for k in ("manufacturer", "model") if f.get(k))
    claims = [
        Claim(
            text=f"{name} is a {kind}{f' ({made})' if made else ''} at {org_name(item, names)}.",
            citations=[sid],
        )
    ]
    for key in ("primary_ip", "operating_system", "serial_number", "warranty_expires_at"):
        if f.get(key):
            claims.append(Claim(text=f"{name} has {LABELS[key]} {f[key]}.", citations=[sid]))
    return claims


def password_claim(item: Evidence, names: dict[int, str]) -> Claim:
    f = item.fields
    extra = ", ".join(
        f"{label} {f[key]}"
        for key, label in (("username", "username"), ("url", "URL"), ("category", "category"))
        if f.get(key)
    )
    return Claim(
        text=f'{org_name(item, names)} has a password entry "{f.get("name")}"'
        f"{f' ({extra})' if extra else ''}.",
        citations=[item.source_id],
    )


def record_card(item: Evidence, names: dict[int, str], plan: Plan) -> list[Claim]:
    """What a record is, when the question asks for no particular field."""
    f, sid, name = item.fields, item.source_id, str(item.fields.get("name", item.title))
    match item.record_type:
        case RecordType.CONFIGURATION:
            return device_claims(item, plan.model_copy(update={"attribute": None}), names)
        case RecordType.CONTACT:
            title = f" is the {f['title']}" if f.get("title") else " is a contact"
            out = [Claim(text=f"{name}{title} at {org_name(item, names)}.", citations=[sid])]
            for key in ("email", "phone"):
                if field_value(item, key):
                    out.append(
                        Claim(text=f"{name}'s {key} is {field_value(item, key)}.", citations=[sid])
                    )
            return out
        case RecordType.LOCATION:
            out = [
                Claim(
                    text=f"{name} ({org_name(item, names)}) is at {field_value(item, 'address')}.",
                    citations=[sid],
                )
            ]
            if f.get("phone"):
                out.append(Claim(text=f"{name} has phone {f['phone']}.", citations=[sid]))
            return out
        case RecordType.PASSWORD:
            return [password_claim(item, names)]
        case RecordType.FLEXIBLE_ASSET:
            kind = f.get("flexible_asset_type_name", "asset")
            out = [Claim(text=f"{name} is a {kind} at {org_name(item, names)}.", citations=[sid])]
            for key, value in list(f.get("traits", {}).items())[:8]:
                if value and str(value) != name and not secret_field(key):
                    label = key.replace("-", " ")
                    out.append(Claim(text=f"{name} has {label} {value}.", citations=[sid]))
            return out
    return []
