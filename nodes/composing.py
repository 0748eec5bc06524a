"""The deterministic composer: exact templates for structured answers, extraction for runbooks.

Every claim is built from the fields or text of the evidence it cites, so what it says can be
checked there. Counts are the number of sources a claim cites.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from core.models import Evidence, RecordType, is_public_ip
from graphs.state import Ask, Claim, Plan
from understand.spelling import model_words
from understand.text import IDENTIFIER, expand, stem
from verify.words import content_words

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
MAX_ITEMS = 40


def _org(item: Evidence, names: dict[int, str]) -> str:
    return names.get(item.organization_id, f"organization {item.organization_id}")


def _plural(n: int, word: str) -> str:
    if n == 1:
        return word
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def _device_claims(item: Evidence, plan: Plan, names: dict[int, str]) -> list[Claim]:
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
            text=f"{name} is a {kind}{f' ({made})' if made else ''} at {_org(item, names)}.",
            citations=[sid],
        )
    ]
    for key in ("primary_ip", "operating_system", "serial_number", "warranty_expires_at"):
        if f.get(key):
            claims.append(Claim(text=f"{name} has {LABELS[key]} {f[key]}.", citations=[sid]))
    return claims


def _lines(item: Evidence) -> list[str]:
    """The content lines of a document chunk (without its title and heading lines)."""
    lines = [line.strip() for line in item.text.splitlines() if line.strip()]
    return lines[2:] if len(lines) > 2 else lines


def compose(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    """The draft: one claim per fact, each citing the evidence it comes from."""
    if plan.unresolved and not plan.asks:
        return []  # the question names something that is not there: say so, nothing else
    claims = _by_intent(plan, evidence, names)
    if plan.asks and plan.intent not in ("lookup", "credential"):
        claims = _asked(plan, evidence, names) + claims  # the other parts of the question
    return claims


def _by_intent(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    by_type: dict[RecordType, list[Evidence]] = defaultdict(list)
    for item in evidence:
        by_type[item.record_type].append(item)
    configs = by_type[RecordType.CONFIGURATION]
    match plan.intent:
        case "lookup" if plan.asks:
            return _asked(plan, evidence, names)
        case "lookup":
            wanted = [c for c in configs if c.source_id in plan.devices] or [
                c for c in configs if set(plan.ips) & _ips(c.fields)
            ]
            if wanted:
                return [c for item in wanted[:5] for c in _device_claims(item, plan, names)]
            if plan.attribute:
                return []  # an attribute of no device the question names: nothing to say
            return _extract(plan, evidence[:3], names)
        case "credential":
            asked = _asked(plan, evidence, names) if plan.asks else []
            entries = [e for e in by_type[RecordType.PASSWORD] if e.source_id not in _targets(plan)]
            return asked + [_password_claim(e, names) for e in entries[:MAX_ITEMS]]
        case "dependencies":
            return _dependencies(plan, evidence, names)
        case "list":
            return _lists(plan, by_type, names, _counts(evidence))
        case "expiry":
            return _expiries(evidence, names)
        case "overview":
            return _overview(evidence, names)
        case "similar":
            return [
                Claim(
                    text=f"{_org(e, names)}: {e.title} — {(_lines(e) or [e.title])[0]}",
                    citations=[e.source_id],
                )
                for e in evidence[:5]
            ]
        case _:
            docs = [e for e in evidence if e.record_type is RecordType.DOCUMENT]
            return _extract(plan, docs or list(evidence[:3]), names)


def _targets(plan: Plan) -> set[str]:
    return {t for ask in plan.asks for t in ask.targets}


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


def _value(item: Evidence, key: str) -> str:
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


def _password_claim(item: Evidence, names: dict[int, str]) -> Claim:
    f = item.fields
    extra = ", ".join(
        f"{label} {f[key]}"
        for key, label in (("username", "username"), ("url", "URL"), ("category", "category"))
        if f.get(key)
    )
    return Claim(
        text=f'{_org(item, names)} has a password entry "{f.get("name")}"'
        f"{f' ({extra})' if extra else ''}.",
        citations=[item.source_id],
    )


def _card(item: Evidence, names: dict[int, str], plan: Plan) -> list[Claim]:
    """What a record is, when the question asks for no particular field."""
    f, sid, name = item.fields, item.source_id, str(item.fields.get("name", item.title))
    match item.record_type:
        case RecordType.CONFIGURATION:
            return _device_claims(item, plan.model_copy(update={"attribute": None}), names)
        case RecordType.CONTACT:
            title = f" is the {f['title']}" if f.get("title") else " is a contact"
            out = [Claim(text=f"{name}{title} at {_org(item, names)}.", citations=[sid])]
            for key in ("email", "phone"):
                if _value(item, key):
                    out.append(
                        Claim(text=f"{name}'s {key} is {_value(item, key)}.", citations=[sid])
                    )
            return out
        case RecordType.LOCATION:
            out = [
                Claim(
                    text=f"{name} ({_org(item, names)}) is at {_value(item, 'address')}.",
                    citations=[sid],
                )
            ]
            if f.get("phone"):
                out.append(Claim(text=f"{name} has phone {f['phone']}.", citations=[sid]))
            return out
        case RecordType.PASSWORD:
            return [_password_claim(item, names)]
        case RecordType.FLEXIBLE_ASSET:
            kind = f.get("flexible_asset_type_name", "asset")
            out = [Claim(text=f"{name} is a {kind} at {_org(item, names)}.", citations=[sid])]
            for key, value in list(f.get("traits", {}).items())[:8]:
                if value and str(value) != name and not secret_field(key):
                    label = key.replace("-", " ")
                    out.append(Claim(text=f"{name} has {label} {value}.", citations=[sid]))
            return out
    return []


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
            where = _value(place, "address")
            text = f"{name} is at {place.fields.get('name')}{f' ({where})' if where else ''}."
            return Claim(text=text, citations=[sid, place.source_id])
        return None
    if key == "contact" and item.fields.get("contact_id"):
        person = by_id.get(f"contact:{item.fields['contact_id']}")
        if person is None:
            return None
        reach = ", ".join(
            v
            for v in (_value(person, "title"), _value(person, "phone"), _value(person, "email"))
            if v
        )
        who = f"{person.fields.get('name', person.title)}{f' ({reach})' if reach else ''}"
        return Claim(text=f"{name}'s contact is {who}.", citations=[sid, person.source_id])
    value = _value(item, key)
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


def _asked(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
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
                fields = {**item.fields, "name": f"{name} ({_org(item, names)})"}
                item = item.model_copy(update={"fields": fields})
            if not ask.attributes:
                claims += _card(item, names, plan)
                continue
            for key, label in zip(ask.attributes, ask.labels, strict=False):
                if key == "card":  # what the record is, and a field besides
                    claims += _card(item, names, plan)
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
        _value(item, key) or (key in ("location", "contact") and item.fields.get(f"{key}_id"))
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


def _counts(evidence: Sequence[Evidence]) -> dict[int, tuple[Evidence, dict[str, int]]]:
    return {
        e.organization_id: (e, e.fields["counts"])
        for e in evidence
        if e.record_type is RecordType.ORGANIZATION and isinstance(e.fields.get("counts"), dict)
    }


def _dependencies(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    chains = [e for e in evidence if e.fields.get("chain")]
    counting = re.search(r"how many|number of|\bcount\b", plan.query, re.I)
    if plan.config_types and (plan.direction == "neighbors" or counting):
        typed = [e for e in chains if e.fields.get("configuration_type") in plan.config_types]
        if plan.direction != "neighbors":
            typed = [e for e in typed if e.fields.get("depth") == 1]
        if typed and len(plan.devices) == 1:
            start = names_of(plan, evidence)
            kind = _plural(len(typed), str(plan.config_types[0]).lower())
            listed = ", ".join(str(e.fields.get("name")) for e in typed[:MAX_ITEMS])
            if plan.direction == "downstream":
                text = f"{start} depends on {len(typed)} {kind}: {listed}."
            else:
                how = "connected to" if plan.direction == "neighbors" else "depend on"
                text = f"{len(typed)} {kind} {how} {start}: {listed}."
            return [Claim(text=text, citations=[e.source_id for e in typed[:MAX_ITEMS]])]
    if plan.config_types:  # "which VMs drop", "hypervisors cabled into SW01": of that type
        typed = [e for e in chains if e.fields.get("configuration_type") in plan.config_types]
        chains = typed or chains
    but = _BESIDES.search(plan.query)
    if but:  # "what's plugged into the switch besides the PCs"
        left_out = set(expand([but[2].lower()])) | {stem(but[2].lower())}
        chains = [
            e
            for e in chains
            if not left_out
            & {stem(w) for w in str(e.fields.get("configuration_type", "")).lower().split()}
        ]
    if plan.direction == "neighbors":
        return _neighbors(plan, chains, evidence)
    seen: set[str] = set()
    out = []
    for e in chains:
        if e.fields["chain"] in seen:
            continue
        seen.add(e.fields["chain"])
        out.append(Claim(text=f"{e.fields['chain']}.", citations=[e.source_id]))
    return out[:MAX_ITEMS]


_BESIDES = re.compile(
    r"\b(besides|except|other than|apart from|excluding|not counting)\s+(?:the\s+|any\s+)?(\w+)",
    re.I,
)


def _neighbors(plan: Plan, chains: Sequence[Evidence], evidence: Sequence[Evidence]) -> list[Claim]:
    """Direct links, grouped by type when a type has several ("14 workstations connected to
    HLL-SW01: ...")."""
    start = names_of(plan, evidence)
    groups: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for e in chains:
        chain = str(e.fields["chain"])
        incoming = chain.endswith(f" {start}")
        verb = chain.removeprefix(str(e.fields.get("name"))).removesuffix(start).strip()
        if not incoming:
            verb = chain.removeprefix(start).removesuffix(str(e.fields.get("name"))).strip()
        kind = str(e.fields.get("configuration_type") or e.fields.get("flexible_asset_type_name"))
        groups[(f"{'in' if incoming else 'out'} {verb}", kind)].append(e)
    out = []
    for (way, kind), items in sorted(groups.items()):
        direction, verb = way.split(" ", 1)
        if len(items) < 3:
            out += [Claim(text=f"{e.fields['chain']}.", citations=[e.source_id]) for e in items]
            continue
        names = ", ".join(str(e.fields.get("name")) for e in items[:MAX_ITEMS])
        noun = _plural(len(items), kind.lower())
        text = (
            f"{len(items)} {noun} {verb} {start}: {names}."
            if direction == "in"
            else f"{start} {verb} {len(items)} {noun}: {names}."
        )
        out.append(Claim(text=text, citations=[e.source_id for e in items[:MAX_ITEMS]]))
    return out


def names_of(plan: Plan, evidence: Sequence[Evidence]) -> str:
    """The name of the record a dependency question starts from."""
    start = plan.devices[0] if plan.devices else ""
    for e in evidence:
        if e.fields.get("start") == start and e.fields.get("start_name"):
            return str(e.fields["start_name"])
    return start


def _ips(fields: dict[str, Any]) -> set[str]:
    ips = {fields.get("primary_ip"), fields.get("public_ip")}
    ips |= {i.get("ip_address") for i in fields.get("interfaces", [])}
    return {ip for ip in ips if ip}


_GENERIC = frozenset(
    {
        "how",
        "do",
        "does",
        "should",
        "can",
        "what",
        "steps",
        "step",
        "procedure",
        "runbook",
        "sop",
        "process",
        "need",
        "want",
        "please",
        "there",
        "document",
        "documented",
        "doc",
        "client",
        "clients",
        "customer",
        "our",
        "we",
        "get",
        "use",
        "way",
        "anyone",
        "other",
        "similar",
        "problem",
        "issue",
        "had",
        "have",
        "has",
        "any",
        "else",
        "came",
        "back",
        "just",
        "bring",
        "brought",
        "going",
        "user",
        "users",
        "says",
        "said",
        "phone",
        "today",
        "now",
        "again",
        "still",
        "tonight",
        "morning",
    }
)


TASK_WORDS: dict[str, tuple[str, ...]] = {
    "hire": ("employee", "onboarding", "user"),
    "starter": ("employee", "onboarding"),
    "starting": ("employee", "onboarding", "start-up"),
    "joiner": ("employee", "onboarding"),
    "staff": ("employee", "user"),
    "member": ("employee", "user"),
    "print": ("printer", "spooler", "queue"),
    "printing": ("printer", "spooler", "queue"),
    "restore": ("recover", "backup"),
    "recovery": ("recover", "restore"),
    "shut": ("shutdown", "shut"),
    "power": ("start-up", "shutdown"),
    "boot": ("start", "start-up"),
    "rule": ("change",),
    "roll": ("rollback",),
    "rollback": ("restore",),
    "hung": ("responding", "restart"),
    "frozen": ("responding", "restart"),
    "dead": ("responding", "restart"),
    "down": ("responding", "restart", "offline"),
    "crashed": ("responding", "restart"),
    "unreachable": ("offline", "reachable"),
    "died": ("restore", "recover", "responding"),
    "order": ("first", "last"),
    "setup": ("install", "add"),
    "set": ("install", "add"),
    "failed": ("fail", "error", "resume", "recover"),
    "overnight": ("nightly", "night"),
    "recover": ("recovery", "restore", "resume"),
    "reachable": ("reachable", "restart"),
    "load": ("responding", "restart"),
    "loading": ("responding", "restart"),
    "deleted": ("restore", "recover"),
    "nuked": ("restore", "recover"),
    "wiped": ("restore", "recover"),
    "lost": ("restore", "recover"),
    "back": ("restore",),
    "folder": ("file",),
    "drive": ("file", "share"),
}
"""Task and symptom words → the words runbooks use for them (general IT usage)."""


def _stems(text: str) -> set[str]:
    have = {w.rstrip("s") for w in content_words(text)}
    return have | {w.replace("-", "") for w in have}


def relevant(
    plan: Plan,
    item: Evidence,
    names: dict[int, str],
    share: float = 0.5,
    pool: set[str] | None = None,
) -> bool:
    """Whether a passage is about the question: every identifier the question names ("ACME-DC99",
    an IP) is in it, and it holds most of the question's other content words. With `pool`
    (the words of every passage found), words no passage has ("teachers are freaking out")
    are chatter, not a measure of this passage; at least two words must still match."""
    text = f"{item.title}\n{item.text}".lower()
    for ident in IDENTIFIER.findall(plan.query):
        if ident.lower() not in text:
            return False
    org_words = {w for n in names.values() for w in content_words(n)}
    words = content_words(plan.query) - _GENERIC - org_words
    if not words:
        return False
    have = _stems(text)
    words = {w.replace("-", "") for w in words}

    def matches(w: str, within: set[str]) -> bool:
        return w.rstrip("s") in within or any(
            s in within for s in TASK_WORDS.get(w.rstrip("s"), ())
        )

    found = sum(1 for w in words if matches(w, have))
    if found / len(words) >= share:
        return True
    if pool is None:
        return False
    said = [w for w in words if matches(w, pool)]
    idents = " ".join(IDENTIFIER.findall(plan.query)).lower()
    named = any(  # "powerschool", not the hostname every passage about it has
        matches(w, have) and w not in model_words() and w not in idents for w in words
    )
    return (found >= 2 or named) and found / max(1, len(said)) >= 0.5


def _document(source_id: str) -> str:
    return source_id.split("#", 1)[0]


def _chunk_number(source_id: str) -> int:
    tail = source_id.split("#", 1)[1] if "#" in source_id else "0"
    return int(tail) if tail.isdigit() else 0


def _extract(
    plan: Plan, items: Sequence[Evidence], names: dict[int, str], most: int = 14
) -> list[Claim]:
    """The lines of the best-ranked document that is about the question, all its sections in
    order (none: no claims). Non-document evidence is read one item at a time."""
    order: list[str] = []
    parts: dict[str, list[Evidence]] = defaultdict(list)
    for item in items:
        key = (
            _document(item.source_id) if item.record_type is RecordType.DOCUMENT else item.source_id
        )
        if key not in parts:
            order.append(key)
        parts[key].append(item)
    pool = _stems("\n".join(f"{e.title}\n{e.text}" for e in items))
    for rank, key in enumerate(order):
        chunks = sorted(parts[key], key=lambda e: _chunk_number(e.source_id))
        whole = chunks[0].model_copy(
            update={"text": "\n".join(f"{c.title}\n{c.text}" for c in chunks)}
        )
        if not relevant(
            plan, whole, names, 0.34 if rank == 0 else 0.5, pool if rank == 0 else None
        ):
            continue
        claims = []
        for chunk in chunks:
            for line in _lines(chunk):
                text = line if line.endswith((".", "!", "?", ":")) else f"{line}."
                claims.append(Claim(text=text, citations=[chunk.source_id]))
        return claims[:most]
    return []


def _lists(
    plan: Plan,
    by_type: dict[RecordType, list[Evidence]],
    names: dict[int, str],
    counts: dict[int, tuple[Evidence, dict[str, int]]],
) -> list[Claim]:
    groups: dict[tuple[int, str], list[Evidence]] = defaultdict(list)
    for item in by_type[RecordType.CONFIGURATION]:
        kind = str(item.fields.get("configuration_type", "configuration"))
        if not plan.config_types or kind in plan.config_types:
            groups[(item.organization_id, kind)].append(item)
    for item in by_type[RecordType.FLEXIBLE_ASSET]:
        kind = str(item.fields.get("flexible_asset_type_name", "asset"))
        if not plan.asset_types or kind in plan.asset_types:
            groups[(item.organization_id, kind)].append(item)
    claims = []
    for (org_id, kind), items in sorted(groups.items()):
        shown = sorted(items, key=lambda e: (str(e.fields.get("name")), e.source_id))[:MAX_ITEMS]
        listed = ", ".join(_listed(e, plan.attribute) for e in shown)
        org = names.get(org_id, f"organization {org_id}")
        counted = counts.get(org_id)
        total = counted[1].get(kind, len(items)) if counted else len(items)
        noun = _plural(total, kind.lower())
        cites = [e.source_id for e in shown]
        if counted:
            cites.append(counted[0].source_id)
        if total > len(shown):
            text = f"{org} has {total} {noun}; the first {len(shown)} by name: {listed}."
        else:
            text = f"{org} has {total} {noun}: {listed}."
        claims.append(Claim(text=text, citations=cites))
    return claims


def _listed(item: Evidence, field: str | None) -> str:
    """A list entry: its name, and the field the question asks of each ("which model")."""
    name = str(item.fields.get("name", item.title))
    value = _value(item, field) if field and field in LABELS else ""
    return f"{name} ({LABELS[field]} {value})" if field and value else name


def _expiries(evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    dated = []
    for item in evidence:
        f = item.fields
        when = f.get("expires_on") or f.get("warranty_expires_at")
        if when:
            kind = f.get("flexible_asset_type_name") or f"{f.get('configuration_type')} warranty"
            dated.append((str(when), item, kind))
    return [
        Claim(
            text=f"{item.fields.get('name')} ({kind}, {_org(item, names)}) expires on {when}.",
            citations=[item.source_id],
        )
        for when, item, kind in sorted(dated, key=lambda d: (d[0], str(d[1].fields.get("name"))))[
            :MAX_ITEMS
        ]
    ]


def _overview(evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    claims = []
    for item in evidence:
        f = item.fields
        if item.record_type is RecordType.ORGANIZATION and f.get("organization_type"):
            claims.append(
                Claim(
                    text=f"{f['name']} is a {f['organization_type']} client. "
                    f"{f.get('description', '')}".strip(),
                    citations=[item.source_id],
                )
            )
            if f.get("quick_notes"):
                claims.append(Claim(text=str(f["quick_notes"]), citations=[item.source_id]))
            counts = f.get("configuration_counts")
            if counts:
                parts = "; ".join(f"{n} {t}" for t, n in counts.items())
                claims.append(
                    Claim(text=f"Configurations by type: {parts}.", citations=[item.source_id])
                )
        elif item.record_type is RecordType.LOCATION:
            claims.append(
                Claim(
                    text=f"Location: {item.text.splitlines()[0].split(': ', 1)[-1]}.",
                    citations=[item.source_id],
                )
            )
        elif item.record_type is RecordType.CONTACT and f.get("title"):
            claims.append(
                Claim(text=f"{f['name']} is the {f['title']}.", citations=[item.source_id])
            )
    return claims[:12]
