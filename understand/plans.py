"""A `Plan` from a question's grounded parts: its intent settled by what the main part found
(one record's field, a list, a window, a path), the organizations, devices and types to
retrieve over, each part's ask, and the retrievers the intent uses.
"""

from __future__ import annotations

import re
from datetime import date

from core.models import RecordType
from core.state import Intent, Plan, RetrieverName
from understand import attributes, intents
from understand.catalog import Catalog, Entry
from understand.cues import HOW, undocumented_asked
from understand.grounding import Part
from understand.kinds import types_named
from understand.missing import named_beyond_type
from understand.reading import MAX_TARGETS
from understand.since import since_day
from understand.spelling import respell
from understand.text import IPV4, parts, stem, words
from understand.windows import window

_WHICH_ONE = re.compile(
    r"\b(which|what) (device|box|machine|server|pc|computer|one|host|unit) (is|was) "
    r"(that|it|this|they)\b",
    re.I,
)

_SITES = re.compile(r"\b(sites|locations|offices|branches|addresses)\b", re.I)
_PEOPLE = re.compile(r"\b(contacts|people|persons)\b", re.I)


def _listed_kind(text: str) -> RecordType | None:
    """The kind of record a list names that no type does: locations or contacts."""
    if _SITES.search(text):
        return RecordType.LOCATION
    return RecordType.CONTACT if _PEOPLE.search(text) else None


_ENDS = re.compile(
    r"\bbetween (?P<a>.+?) and (?P<b>.+)|\bfrom (?P<c>.+?) (?:out |all the way )?to (?P<d>.+)|"
    r"\btrace (?P<e>.+?) (?:out )?to (?P<f>.+)|(?P<g>\S.+?) gets? (?:out )?to (?P<h>.+)",
    re.I,
)


def _path_ends(question: str, main: Part, catalog: Catalog) -> list[str]:
    """The two ends of a path question, each grounded on its own ("from the Faucets ERP
    server out to the firewall")."""
    match = _ENDS.search(question)
    if not match:
        return []
    texts = [t for t in match.groups() if t]
    ends: list[str] = []
    for text in texts[:2]:
        if ends and _INTERNET.search(text):  # "out to the internet": the firewall it goes
            edge = _edge(catalog, catalog.entries[catalog.by_source[ends[0]]])  # through
            if edge:
                ends.append(edge.source_id)
                continue
        end = Part(text.strip(" ?,."), catalog, main.allowed, main.orgs)
        end.ground()
        if not end.entries:
            return []
        ends.append(end.entries[0].source_id)
    return ends if len(set(ends)) == 2 else []


_INTERNET = re.compile(r"\b(internet|edge|outside world|wan|isp|the web|online)\b", re.I)


def _edge(catalog: Catalog, start: Entry) -> Entry | None:
    """The way out to the internet of `start`'s organization: its firewall (or router), the
    one whose name shares a site code with `start` ("PUB01-DRB" → "FW01-DRB") first."""
    site = {p for w in words(start.name) for p in parts(w) if not p.isdigit()}
    for word in ("firewall", "router", "gateway"):
        types = set(types_named([word], catalog.type_words))
        found = [
            e
            for e in (catalog.entries[i] for i in catalog.by_org.get(start.organization_id, ()))
            if e.kind is RecordType.CONFIGURATION and e.type_name in types
        ]
        if found:
            return min(
                found,
                key=lambda e: (
                    -len(site & {p for w in words(e.name) for p in parts(w)}),
                    e.name.lower(),
                    e.source_id,
                ),
            )
    return None


def plan_from_parts(
    question: str, main: Part, parts: list[Part], catalog: Catalog, today: date
) -> Plan:
    intent = main.intent
    entries = main.entries
    typing = [t for t in main.tokens if t not in main.org_used]  # "NAS - …": the client NAS
    if intent == "dependencies" and main.how == "key":
        # "which vms are on srv-2020": "srv" names the host, not the type of what is on it
        typing = [t for t in typing if t not in main.used]
    if intent == "dependencies" and main.entries and "how many" not in main.text.lower():
        # "which VMs are on it": whatever runs on it; "how many VMs": servers, counted by type
        typing = [t for t in typing if t not in ("vm", "vms", "guest", "guests")]
    config_types = types_named(typing, catalog.type_words)
    asset_types = [t for t in config_types if t.lower() in catalog.asset_types]
    config_types = [t for t in config_types if t not in asset_types]
    fields = {a.key for a in main.attributes}
    lookup_fields = (
        fields
        - {"warranty_expires_at"}
        - {a.key for a in main.attributes if a.key.startswith("trait:") and intent == "expiry"}
    )
    which = intents.WHICH.search(main.text)
    plural_types = bool(which) and bool(
        which and types_named([which[2].lower()], catalog.type_words)
    )
    beyond = named_beyond_type(main, config_types + asset_types)
    counted = re.search(r"\bhow many (?:[\w-]+ )?([\w-]+)", main.text, re.I)
    if main.capacity_asked:
        intent = "lookup"  # "which acme licences have no free seats": those, by their counts
    elif main.unresolved:
        intent = "lookup" if intent in ("list", "expiry", "overview") else intent
    elif (
        intent == "list"
        and counted
        and entries
        and lookup_fields
        and all(e.kind is RecordType.FLEXIBLE_ASSET for e in entries)
        and not types_named(words(counted[0])[2:], catalog.type_words)
    ):  # "how many restore points do we keep": a field of the backup, not a count of backups
        intent = "lookup"
    elif (
        intent in ("list", "expiry")
        and entries
        and beyond
        and (lookup_fields or main.how in ("key", "previous"))
    ):
        intent = "lookup"  # "how many M365 seats", "when does mail.x expire": one record's field
    elif (
        intent == "expiry"
        and entries
        and (
            main.how in ("key", "previous")
            or (window(main.text, today, False) is None and (beyond or len(entries) <= 3))
        )
    ):
        intent = "lookup"  # "when does the Acme M365 renew": that record's date
    elif (
        intent in ("howto", "overview")
        and entries
        and (fields or _WHICH_ONE.search(main.text))
        and not HOW.search(main.text)
    ):  # "printer's offline, what's the IP of the print server": the IP; "the drug cabinet
        intent = "lookup"  # won't sync. which device is that": the device
    elif (tagged := tagging_assets(main, catalog)) and not (
        intent == "expiry" and window(main.text, today, False)
    ):  # "which certs live on the Summit FortiGate" (not "… warranties running out by May")
        intent = "lookup"
        main.entries, main.total, main.how = tagged[:MAX_TARGETS], len(tagged), "role"
        main._attributes()
        entries = main.entries
    elif (
        intent == "list"
        and main.orgs
        and not (config_types or asset_types)  # "the laptops and the people they're
        and (kind := _listed_kind(main.text))  # assigned to": the laptops
    ):
        intent = "lookup"  # "what sites does X have", "how many contacts do we have for X":
        every = [  # its locations (each with its address), its people
            catalog.entries[i]
            for org in main.orgs
            for i in catalog.by_org.get(org, ())
            if catalog.entries[i].kind is kind
        ]
        main.entries, main.total, main.attributes = every[:MAX_TARGETS], len(every), []
        entries = main.entries
    elif (
        intent == "credential"
        and entries
        and main.attributes
        and all(e.kind is RecordType.FLEXIBLE_ASSET for e in entries)
    ):
        intent = "lookup"  # "the global admins on their M365": a field of the tenant record
    elif intent == "lookup" and (
        (plural_types and not (beyond and entries))
        or (not entries and bool(config_types or asset_types))
    ):
        intent = "list"
    orgs = sorted({o for p in parts for o in p.orgs})  # every part's, not the first's
    if intent in ("lookup", "credential", "dependencies"):
        named = [p for p in parts if p.orgs]
        if len(named) < len(parts) or not orgs:
            orgs = sorted(set(orgs) | {e.organization_id for p in parts for e in p.entries})
    devices = [
        e.source_id
        for e in entries
        if e.kind in (RecordType.CONFIGURATION, RecordType.FLEXIBLE_ASSET)
    ]
    asks = [p.ask() for p in parts if p.entries and (p is not main or intent == "lookup")]
    if intent == "dependencies" and len(main.entries) == 1 and not main.unresolved:
        plain = [  # "PowerSchool SIS - which server it runs on and version": the version too
            a
            for a in main.attributes
            if a.key.startswith("trait:")  # an asset's own field, not "what's running on it"
            and not any(
                f.kind == "Tag"
                for e in main.entries
                for f in catalog.fields_of(e.type_name)
                if a.key == f"trait:{f.name_key}"
            )
        ]
        if plain:
            ask = main.ask()
            ask.attributes, ask.labels = [a.key for a in plain], [a.label for a in plain]
            asks.append(ask)
    if main.unresolved:
        asks = [p.ask() for p in parts if p.entries and p is not main]
    if intent == "credential" and entries and entries[0].kind is RecordType.PASSWORD:
        asks = [main.ask(), *[a for a in asks if a.mention != main.text]]
    unresolved = [u for p in parts for u in p.unresolved]
    missing = [
        p.text for p in parts if undocumented_asked(p.text) and p.intent in ("lookup", "howto")
    ]
    plan = Plan(
        intent=intent,
        organization_ids=orgs,
        out_of_scope=all(p.out_of_scope for p in parts),
        devices=devices[:MAX_TARGETS],
        ips=list(dict.fromkeys(IPV4.findall(question)))[:MAX_TARGETS],
        attribute=next(
            (a.key for a in main.attributes if a.key != "card"), _asked_field(main.text)
        ),
        config_types=config_types if intent != "lookup" else [],
        asset_types=asset_types if intent != "lookup" else [],
        asks=asks if intent in ("lookup", "credential", "dependencies") or len(parts) > 1 else [],
        unresolved=list(dict.fromkeys(unresolved + missing)),
        query=question,
    )
    if intent == "dependencies":  # "which VMs drop": those; "where does the VM run": the subject
        own = {e.type_name for e in entries}
        but = re.search(
            r"\b(besides|except|excluding|other than|apart from)\s+(.*)", question, re.I
        )
        left_out = set(words(but[2])[:3]) if but else set()  # "besides the pcs": not a filter
        plural = [
            t for t in main.tokens if t.endswith("s") and not t.endswith("ss") and t not in left_out
        ]
        asked_types = set(types_named(plural, catalog.type_words)) if plural else set()
        clients = set(plan.organization_ids)
        present = {  # "which controllers": a kind these clients have, not another's
            catalog.entries[i].type_name for o in clients for i in catalog.by_org.get(o, ())
        }
        plan.config_types = [
            t
            for t in config_types
            if t not in own and t in asked_types and (not clients or t in present)
        ]
        ends = _path_ends(question, main, catalog) if len(devices) < 2 else []
        if len(ends) == 2:
            devices = plan.devices = ends
        plan.direction = intents.direction(question, len(devices))  # type: ignore[assignment]
        if plan.direction == "path" and len(devices) >= 2:
            plan.second_device = devices[1]
    if intent == "expiry":
        span = window(respell(question, catalog), today)  # "end of septmber"
        if span:
            plan.window_start, plan.window_end = span
        if plan.asset_types:  # "tests, audits, warranties": every type whose due date is said
            plan.asset_types += [t for t in _due_types(main, catalog) if t not in plan.asset_types]
        if not plan.asset_types and re.search(r"warrant", question, re.I):
            plan.asset_types = [t for t in catalog.asset_types if "warrant" in t] and [
                catalog.asset_types[t].name for t in catalog.asset_types if "warrant" in t
            ]
            plan.config_types = plan.config_types or []
    if intent == "changes":  # "since Monday"; none: since the last sync
        plan.window_start = since_day(question, today)
        if main.used and main.used <= intents.change_words(main.text) | _LOG_WORDS:
            plan.devices = []  # "since the last sync": the log's words, no record "… Sync"
    plan.retrievers = retrievers_for(plan)
    return plan


_LOG_WORDS = frozenset(
    {"sync", "synced", "docs", "doc", "documentation", "itglue", "glue", "records", "record"}
)
"""Words of a change-log question that name the log, not a record."""


def _due_types(part: Part, catalog: Catalog) -> list[str]:
    """Asset types whose expiring field the question names by its own word ("leak tests":
    Leak Test Due)."""
    said = {stem(t) for t in part.tokens if t not in part.org_used}
    generic = (
        {stem(w) for w in attributes.GENERIC_FIELD_WORDS}
        | {stem(w) for w in ("due", "next", "expire", "expiry", "end", "ends", "ending", "until")}
        | {stem(w) for w in ("support", "contract", "agreement", "renew")}
    )
    return [
        t.name
        for t in catalog.asset_types.values()
        if any(
            f.expiration and ({stem(w) for w in words(f.name)} - generic) & said for f in t.fields
        )
    ]


_OWN_FIELDS = frozenset(["primary_ip", "public_ip", "mac_address", "serial_number", "model"])
"""Fields only a device has: asked of a device named exactly, they are not an asset's."""


def tagging_assets(part: Part, catalog: Catalog) -> list[Entry]:
    """The assets of the type `_tagged_kind` finds that tag the part's devices."""
    kind = _tagged_kind(part, catalog)
    return [
        catalog.entries[i]
        for e in part.entries
        for i in catalog.tagged.get(e.source_id, ())
        if catalog.entries[i].type_name == kind
    ]


def _tagged_kind(part: Part, catalog: Catalog) -> str | None:
    """The asset type a question asks for in the plural about a device it names ("which
    certs are on the firewall"), when assets of that type name the device."""
    if not part.entries or any(e.kind is not RecordType.CONFIGURATION for e in part.entries):
        return None
    if part.how == "key" and any(a.key in _OWN_FIELDS for a in part.attributes):
        return None  # "job trailer 2417, J2417-FW public ip": the device's own field
    plural = [t for t in part.tokens if t.endswith("s") and not t.endswith("ss")]
    for kind in types_named(part.tokens, catalog.type_words):
        if kind.lower() not in catalog.asset_types:
            continue
        fields = catalog.fields_of(kind)
        said = [t for t in part.tokens if t not in part.used]  # not what found the device
        asked = attributes.fully_named(said, fields) or attributes.traits(
            said, fields, False, strict=True
        )
        if kind not in types_named(plural, catalog.type_words) and not asked:
            continue  # "the cert that lives on X": one, when its field is asked
        if any(
            catalog.entries[i].type_name == kind
            for e in part.entries
            for i in catalog.tagged.get(e.source_id, ())
        ):
            return kind
    return None


def _asked_field(text: str) -> str | None:
    """The device field a question asks for even when it names no record ("and its serial
    number?" in a new thread): such a question is not answered from free text."""
    found = attributes.fixed(text, RecordType.CONFIGURATION)
    return found[0].key if found else None


def retrievers_for(plan: Plan) -> list[RetrieverName]:
    by_intent: dict[Intent, list[RetrieverName]] = {
        "lookup": ["sql", "graph", "vector"] if not plan.asks else ["sql"],
        "credential": ["sql", "graph"],
        "dependencies": ["graph", "sql"],
        "howto": ["vector", "sql"],
        "list": ["sql"],
        "expiry": ["sql"],
        "similar": ["vector"],
        "overview": ["sql", "vector"],
        "changes": ["sql"],
    }
    return by_intent[plan.intent]
