"""Documentation drift: where a document's facts disagree with the records it names.

The validator's fact checks (`verify.facts`) turned on the documentation itself. A document is
read sentence by sentence, and a sentence by its clauses (";" parts). A clause that names
exactly one configuration of the document's organization and states an IP address, a MAC
address or (beside the word "serial") a serial number is compared with that configuration's
own: a value it does not hold is drift (`value`) — unless another record of the organization
holds it (the clause speaks of that one too), or, for an address, it lies outside every subnet
the device has an address in (a DNS forwarder, an MSP host: no claim about the device), is a
network (10.7.20.0/24) or is given another role by the clause (its gateway, a DHCP range). A
document that names an archived or inactive device is drift (`retired`), and so is one last
edited before a device it names was (`stale`). Each finding carries the sentence, the
document, the record and the two values.
"""

from __future__ import annotations

import ipaddress
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Literal, get_args

from pydantic import BaseModel

from core.models import Configuration, Document, Snapshot
from reports.compliance import active, names
from stores.render import html_to_text
from verify.facts import facts, normal, present
from verify.passages import sentences

Kind = Literal["value", "retired", "stale"]
KINDS: tuple[Kind, ...] = get_args(Kind)
TITLES = {
    "value": "Values that disagree with the record",
    "retired": "Retired devices still documented",
    "stale": "Documents older than the devices they describe",
}
COLUMNS = {"value": "Wrong value", "retired": "Retired device", "stale": "Stale document"}
_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_NOT_ITS_OWN = re.compile(
    r"\b(?:gateways?|subnets?|netmask|mask|routes?|routing|vlans?|forwarders?|forwards?|dhcp|"
    r"scopes?|ranges?|pools?|ntp|relays?|peers?|upstream)\b",
    re.I,
)
"""Words that give an address another role than the device's own (its gateway, the subnet it
routes, the forwarder it asks): a clause with one says nothing about the device's address."""


class Drift(BaseModel):
    """One disagreement between a document and a record it names."""

    kind: Kind
    document: str
    document_source_id: str
    document_url: str | None = None
    sentence: str
    """The sentence of the document that names the record (for `stale`: the first one)."""
    record: str
    record_source_id: str
    record_url: str | None = None
    field: str
    """The record's field compared: ip_address, mac_address, serial_number, status,
    updated_at."""
    document_value: str
    record_value: str


class OrganizationDrift(BaseModel):
    organization_id: int
    organization: str
    counts: dict[str, int]
    findings: list[Drift]


class DriftReport(BaseModel):
    counts: dict[str, int]
    organizations: list[OrganizationDrift]


def _addresses(c: Configuration) -> list[str]:
    found = [c.primary_ip, c.public_ip, *(i.ip_address for i in c.interfaces)]
    return [a.strip() for a in found if a and a.strip()]


def _macs(c: Configuration) -> list[str]:
    found = [c.mac_address, *(i.mac_address for i in c.interfaces)]
    return [normal(m) for m in found if m]


def _near(address: str, own: Sequence[str]) -> bool:
    """Whether `address` is in a /24 (IPv4) or /64 (IPv6) that one of `own` is in."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    prefix = 24 if ip.version == 4 else 64
    for mine in own:
        try:
            net = ipaddress.ip_network(f"{mine}/{prefix}", strict=False)
        except ValueError:
            continue
        if ip in net:
            return True
    return False


def _clauses(doc: Document) -> Iterator[tuple[str, str]]:
    """(sentence, clause) of every clause of the document's text, in order."""
    for section in sorted(doc.sections, key=lambda s: s.sort):
        for sentence in sentences(html_to_text(section.content)):
            for clause in sentence.split(";"):
                if clause.strip():
                    yield sentence, clause


class _Organization:
    """One organization's devices, and which of them hold each address, MAC and serial."""

    def __init__(self, configs: Sequence[Configuration]) -> None:
        self.configs = configs
        self.owners: dict[str, set[int]] = defaultdict(set)
        self.name_parts: set[str] = set()
        for c in configs:
            for value in [*_addresses(c), *_macs(c), normal(c.serial_number or "")]:
                if value:
                    self.owners[value].add(c.id)
            self.name_parts |= names(c)

    def named(self, text: str) -> list[Configuration]:
        said = normal(text)
        return [c for c in self.configs if any(present(n, said) for n in names(c))]

    def elsewhere(self, value: str, config: Configuration) -> bool:
        """Whether another device of the organization holds `value`."""
        return bool(self.owners.get(value, set()) - {config.id})


def _as_written(value: str, clause: str) -> str:
    """A normalized value as the clause writes it (its case, its separators)."""
    pattern = re.escape(value).replace(":", "[:-]")
    found = re.search(pattern, clause, re.I)
    return found[0] if found else value


def _values(clause: str, c: Configuration, org: _Organization) -> Iterator[tuple[str, str, str]]:
    """(field, the clause's value, the record's) of every value the clause gives `c` that `c`
    does not hold."""
    found = facts(clause)
    addresses = [v for kind, v in found if kind == "ip"]
    addresses += [ip for kind, v in found if kind == "url" for ip in _IP.findall(v)]
    own = _addresses(c)
    if _NOT_ITS_OWN.search(clause):
        addresses = []
    for ip in addresses:
        if re.search(rf"{re.escape(ip)}/\d", clause) or ip.endswith((".0", ".255")):
            continue  # a network, not a host
        if ip not in own and not org.elsewhere(ip, c) and _near(ip, own):
            nearest = next((a for a in own if _near(ip, [a])), own[0])
            yield "ip_address", ip, nearest
    macs = _macs(c)
    for kind, mac in found:
        if kind == "mac" and macs and mac not in macs and not org.elsewhere(mac, c):
            yield "mac_address", _as_written(mac, clause), macs[0]
    serial = normal(c.serial_number or "")
    if serial and re.search(r"\bserial\b", clause, re.I):
        for kind, value in found:
            if kind != "identifier" or value == serial or org.elsewhere(value, c):
                continue
            if any(present(value, n) or present(n, value) for n in org.name_parts):
                continue  # a device's name, not a serial
            yield "serial_number", _as_written(value, clause), c.serial_number or ""


def _drift(
    doc: Document, kind: Kind, sentence: str, c: Configuration, field: str, said: str, real: str
) -> Drift:
    return Drift(
        kind=kind,
        document=doc.name,
        document_source_id=doc.source_id,
        document_url=doc.resource_url,
        sentence=sentence,
        record=c.name,
        record_source_id=c.source_id,
        record_url=c.resource_url,
        field=field,
        document_value=said,
        record_value=real,
    )


def organization_drift(snapshot: Snapshot, org_id: int) -> list[Drift]:
    """Every drift finding of one organization's documents, document by document."""
    org = _Organization([c for c in snapshot.configurations if c.organization_id == org_id])
    out: list[Drift] = []
    docs = sorted(
        (d for d in snapshot.documents if d.organization_id == org_id),
        key=lambda d: (d.name.lower(), d.id),
    )
    for doc in docs:
        first: dict[int, str] = {}

        for sentence, clause in _clauses(doc):
            named = org.named(clause)
            for c in named:
                first.setdefault(c.id, sentence)
            if len(named) == 1 and active(named[0]):
                out += [
                    _drift(doc, "value", sentence, named[0], *v)
                    for v in _values(clause, named[0], org)
                ]
        written = doc.updated_at
        for c in org.configs:
            if c.id not in first:
                continue
            if not active(c):
                status = "archived" if c.archived else f"status {c.status}"
                out.append(_drift(doc, "retired", first[c.id], c, "status", "in service", status))
            elif written and c.updated_at and written < c.updated_at:
                out.append(
                    _drift(
                        doc,
                        "stale",
                        first[c.id],
                        c,
                        "updated_at",
                        f"document last edited {written.date()}",
                        f"device last changed {c.updated_at.date()}",
                    )
                )
    return out


def check(snapshot: Snapshot) -> DriftReport:
    """The drift report of every organization in `snapshot`."""
    reports = []
    totals: dict[str, int] = defaultdict(int)
    for o in sorted(snapshot.organizations, key=lambda o: o.name.lower()):
        found = organization_drift(snapshot, o.id)
        counts: dict[str, int] = {k: sum(f.kind == k for f in found) for k in KINDS}
        for k, n in counts.items():
            totals[k] += n
        reports.append(
            OrganizationDrift(
                organization_id=o.id, organization=o.name, counts=counts, findings=found
            )
        )
    return DriftReport(counts={k: totals[k] for k in KINDS}, organizations=reports)
