"""The composer's claims for a lookup: the fields each part of the question asks for, of the
records it names (an interface by its role, a link's public IP), and what none of them
documents."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from core.models import Evidence, RecordType, is_public_ip
from core.state import Ask, Claim, Plan
from nodes._wording import LABELS, field_value, org_name, record_card

_BMC = frozenset(["idrac", "ilo", "ipmi", "xcc", "imm", "cimc", "bmc", "oob", "mgmt", "management"])
"""Out-of-band management interfaces go by their vendor's name: an "iDRAC IP" of an HPE box
is its iLO's."""


_BMC_VENDOR = frozenset(["idrac", "ilo", "ipmi", "xcc", "imm", "cimc", "bmc"])
"""Out-of-band controllers by name: asked for, only such an interface answers."""


_PLAIN = frozenset(["ip", "mac", "address", "interface", "port", "nic", "the", "of", "on"])


_ORDINALS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3"}


_LINK_WORDS = frozenset(["wan", "internet", "external", "outside", "uplink", "port", "public"])
"""What every WAN link is called: a link named only so says nothing more than "public IP"."""


def _interface(
    item: Evidence, mention: str, plain: frozenset[str] = _PLAIN
) -> dict[str, Any] | None:
    """The interface a question names by its name ("the WAN interface", "the iDRAC IP", "the
    LTE link"): the one sharing the most words with the question, when only one does."""
    own = {  # "ip-192-168-1-1": the record's own name, not "ethernet1/1"
        w
        for name in (item.fields.get("name"), item.fields.get("hostname"))
        for w in re.findall(r"[a-z0-9]+", str(name or "").lower())
    }
    mention = re.split(r"\b(?:not|except|besides|rather than|other than)\b", mention.lower())[0]
    said = set(re.findall(r"[a-z0-9]+", mention)) - plain - own  # "…, not the comcast backup"
    said |= {_ORDINALS[w] for w in said if w in _ORDINALS}  # "its second NIC": "Ethernet 2"
    best: list[tuple[int, dict[str, Any]]] = []
    for interface in item.fields.get("interfaces", []):
        name = str(interface.get("name", "")).lower()  # "iDRAC9" answers to "idrac" too
        named = (set(re.findall(r"[a-z0-9]+", name)) | set(re.findall(r"[a-z]{3,}", name))) - _PLAIN
        hits = len(named & said) + (2 if named & _BMC and said & _BMC else 0)
        if hits:
            best.append((hits, dict(interface)))
    if not best:
        return None
    top = max(h for h, _ in best)
    chosen = [i for h, i in best if h == top]
    return chosen[0] if len(chosen) == 1 else None


def _field_claim(
    item: Evidence, key: str, label: str, by_id: dict[str, Evidence], mention: str = ""
) -> Claim | None:
    name, sid = str(item.fields.get("name", item.title)), item.source_id
    if key == "location" and item.fields.get("location_id"):
        place = by_id.get(f"location:{item.fields['location_id']}")
        if place is not None:
            where = field_value(place, "address")
            text = f"{name} is at {place.fields.get('name')}{f' ({where})' if where else ''}."
            return Claim(text=text, citations=[sid, place.source_id])
        return None
    if key == "contact" and item.fields.get("contact_id"):
        person = by_id.get(f"contact:{item.fields['contact_id']}")
        if person is None:
            return None
        reach = ", ".join(
            v
            for v in (
                field_value(person, "title"),
                field_value(person, "phone"),
                field_value(person, "email"),
            )
            if v
        )
        who = f"{person.fields.get('name', person.title)}{f' ({reach})' if reach else ''}"
        return Claim(text=f"{name}'s contact is {who}.", citations=[sid, person.source_id])
    value = field_value(item, key)
    if key == "mac_address":
        interface = _interface(item, mention)
        if interface and interface.get("mac_address"):
            return Claim(
                text=f"{name} has {interface['name']} MAC address {interface['mac_address']}.",
                citations=[sid],
            )
    if key == "public_ip" and _EVERY.search(mention):  # "both wan ips": every link's
        links = {
            str(i["ip_address"]): f" on {i['name']}" if i.get("name") else ""
            for i in item.fields.get("interfaces", [])
            if i.get("ip_address") and is_public_ip(str(i["ip_address"]))
        }
        if value and value not in links:
            links = {value: "", **links}  # the public IP field, then each link's
        if len(links) >= 2:
            said = "; ".join(f"{ip}{link}" for ip, link in links.items())
            return Claim(text=f"{name} has public IPs {said}.", citations=[sid])
    if key in ("primary_ip", "public_ip"):  # "the WAN IP" is the public IP field
        interface = _interface(item, mention, _PLAIN | {"wan", "lan"})
        if interface and interface.get("ip_address"):
            text = f"{name} has {interface['name']} IP {interface['ip_address']}."
            return Claim(text=text, citations=[sid])
        if set(re.findall(r"[a-z0-9]+", mention.lower())) & _BMC_VENDOR:
            return None  # "the idrac ip" of a box with no such interface: not its IP ("the
            # mgmt ip of the switch" is its own address)
    if not value:
        return None
    if key == "public_ip":  # "WAN 1 (Shaw Business)": the link, which names the ISP
        link = next(
            (
                str(i.get("name"))
                for i in item.fields.get("interfaces", [])
                if i.get("ip_address") == value and i.get("name")
            ),
            "",
        )
        if set(re.findall(r"[a-z]+", link.lower())) - _LINK_WORDS:  # "WAN 1 (Shaw Business)"
            text = f"{name} has public IP {value} on {link}."
            return Claim(text=text, citations=[sid])
    make = str(item.fields.get("manufacturer") or "")
    if key == "model" and make and make.lower() not in value.lower():
        value = f"{make} {value}"  # "the model of SBFC-VOIP-01": Yeastar P570, not P570
    label = LABELS.get(key, label)
    if item.record_type is RecordType.CONTACT:
        return Claim(text=f"{name}'s {label} is {value}.", citations=[sid])
    if item.record_type is RecordType.FLEXIBLE_ASSET:
        label = label[:1].lower() + label[1:] if not label[:2].isupper() else label
    return Claim(text=f"{name} has {label} {value}.", citations=[sid])


_EVERY = re.compile(r"\b(both|all|every|ips|addresses)\b", re.I)
"""A field asked of each of a record's interfaces ("both wan ips")."""


def asked_claims(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    """Each part of the question: the fields asked of each record it names (or what the
    record is, when no field is named)."""
    by_id = {e.source_id: e for e in evidence}
    claims: list[Claim] = []
    for ask in plan.asks:
        found = [by_id[sid] for sid in ask.targets if sid in by_id]
        clients = defaultdict(set)  # a name several clients' records share ("Microsoft 365
        for e in found:  # Business Premium" at four of them): said with whose it is
            clients[str(e.fields.get("name", e.title))].add(e.organization_id)
        for item in found:
            name = str(item.fields.get("name", item.title))
            if len(clients[name]) > 1:
                fields = {**item.fields, "name": f"{name} ({org_name(item, names)})"}
                item = item.model_copy(update={"fields": fields})
            if not ask.attributes:
                claims += record_card(item, names, plan)
                continue
            for key, label in zip(ask.attributes, ask.labels, strict=False):
                if key == "card":  # what the record is, and a field besides
                    claims += record_card(item, names, plan)
                    continue
                if key == "notes" and _notes_only_matched(ask, item):
                    continue
                claim = _field_claim(item, key, label, by_id, ask.mention)
                if claim is not None:
                    claims.append(claim)
    return list({(c.text, tuple(c.citations)): c for c in claims}.values())


def _notes_only_matched(ask: Ask, item: Evidence) -> bool:
    """Notes that only showed which record was meant ("the shelter's *Meraki* switch") while
    every field asked of it is undocumented: no answer to the question."""
    asked = [k for k in ask.attributes if k not in ("notes", "card")]
    return (
        bool(asked)
        and "operating_system_notes" not in asked  # "what's installed on it": both say
        and "contact" not in asked  # "whose laptop is it": notes name the person
        and not re.search(r"\bnotes?\b", ask.mention, re.I)
        and not any(_documented(item, k) for k in asked)
    )


def _documented(item: Evidence, key: str) -> bool:
    """Whether the record has a value for the field (a place or person by its link)."""
    return bool(
        field_value(item, key) or (key in ("location", "contact") and item.fields.get(f"{key}_id"))
    )


def missing(plan: Plan, evidence: Sequence[Evidence]) -> list[str]:
    """What the question asks that the cited records do not document, in words."""
    by_id = {e.source_id: e for e in evidence}
    out = list(plan.unresolved)
    for ask in plan.asks:
        for sid in ask.targets:
            item = by_id.get(sid)
            if item is None:
                continue
            name = item.fields.get("name", item.title)
            for key, label in zip(ask.attributes, ask.labels, strict=False):
                if key != "card" and not _documented(item, key):
                    out.append(f"no {LABELS.get(key, label)} is documented for {name}")
    return out


def notes(plan: Plan) -> list[str]:
    """What the answer does not cover although it matched: more records than it lists."""
    return [
        f'{ask.total} records match "{ask.mention}"; the first {len(ask.targets)} are answered'
        for ask in plan.asks
        if ask.total > len(ask.targets)
    ]
