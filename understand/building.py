"""Building a catalog from records: every configuration, flexible asset, contact, location,
password entry and document becomes an `Entry` with its exact keys and weighted words, and the
maps that tie records together (what tags a device, whose device it is, the entry kept for a
console, an asset's count of seats and seats taken) are filled.
"""

from __future__ import annotations

import re
from collections import defaultdict

from core.models import (
    Configuration,
    Contact,
    Document,
    FlexibleAsset,
    FlexibleAssetType,
    Location,
    Organization,
    Password,
    Record,
    RecordType,
    TagTrait,
)
from understand.catalog import NAME, OTHER, ROLE, TYPE, Catalog, Entry
from understand.glossary import ABBREVIATIONS, AV, PLACE_WORDS, STOP
from understand.text import IDENTIFIER, dezero, joined, mac_key, parts, squash, stem, words


def _initials(type_name: str) -> list[str]:
    """A type of three words or more also goes by its initials ("Line of Business" → "lob",
    "Uninterruptible Power Supply" → "ups")."""
    said = words(type_name)
    return ["".join(w[0] for w in said)] if len(said) >= 3 else []


def _type_words(type_name: str) -> list[str]:
    """The words a type answers to: its own, joined ("X-ray" → "xray") and its initials."""
    said = [w for w in words(type_name) if w not in STOP]  # "Check-in Kiosk": not "in"
    return said + joined(type_name) + _initials(type_name)


def _phone_keys(phone: str) -> set[str]:
    """A phone number as the digits a question may give ("got a voicemail from 5553695440"):
    all of them and the last ten."""
    digits = re.sub(r"\D", "", phone)
    return {digits, digits[-10:]} if len(digits) >= 7 else set()


def add_record(catalog: Catalog, record: Record, tags: dict[int, list[str]]) -> None:
    notes = getattr(record, "notes", None)
    if isinstance(notes, str) and notes:
        catalog.note_words[record.source_id] = frozenset(stem(w) for w in words(notes))
    if isinstance(record, Configuration) and record.operating_system_notes:
        said = record.operating_system_notes
        catalog.os_note_words[record.source_id] = frozenset(stem(w) for w in words(said))
    written = [notes if isinstance(notes, str) else ""]
    if isinstance(record, Document):
        written += [section.content for section in record.sections]
    if isinstance(record, FlexibleAsset):
        written += [v for v in record.traits.values() if isinstance(v, str)]
    for text in written:  # "HL-4012" in a runbook: an error code the account knows
        for ident in IDENTIFIER.findall(text):
            catalog.text_identifiers[squash(ident)].add(record.organization_id)
    org = catalog.organizations.get(record.organization_id)
    prefix = squash(org.short_name) if org and org.short_name else ""
    match record:
        case Configuration():
            _configuration(catalog, record, prefix, tags.get(record.id, []))
        case FlexibleAsset():
            texts: list[tuple[str, float]] = [
                (record.name, NAME),
                (record.flexible_asset_type_name, TYPE),
            ]
            for value in record.traits.values():
                if isinstance(value, TagTrait):
                    texts += [(v.name, ROLE) for v in value.values]
                elif isinstance(value, str) and len(value) <= 80:
                    texts.append((value, OTHER))
            for w in _type_words(record.flexible_asset_type_name):
                catalog.type_words[stem(w)].add(record.flexible_asset_type_name)
            entry = Entry(
                record.source_id,
                RecordType.FLEXIBLE_ASSET,
                record.organization_id,
                record.name,
                record.flexible_asset_type_name,
            )
            idx = _index(catalog, entry, {squash(record.name)}, texts)
            _capacity(catalog, record)
            for value in record.traits.values():
                if isinstance(value, TagTrait) and value.type.lower().startswith("config"):
                    for v in value.values:
                        catalog.tagged[f"configuration:{v.id}"].append(idx)
                        catalog.device_taggers.add(idx)
                        catalog.covers[record.source_id].append(f"configuration:{v.id}")
        case Contact():
            emails = {e.value.lower() for e in record.emails}
            emails |= {k for p in record.phones for k in _phone_keys(p.value)}
            entry = Entry(
                record.source_id,
                RecordType.CONTACT,
                record.organization_id,
                record.name,
                record.title or "",
                record.important,
            )
            _index(
                catalog,
                entry,
                {squash(record.name), *emails},
                [
                    (record.name, NAME),
                    (record.title or "", TYPE),
                    (record.contact_type or "", ROLE),
                    (record.notes or "", ROLE),
                    ("contact", OTHER),
                ],
            )
        case Location():
            if record.city:  # "valencia fw": the client with a site in that town
                catalog.cities[" ".join(words(record.city))].add(record.organization_id)
            entry = Entry(
                record.source_id,
                RecordType.LOCATION,
                record.organization_id,
                record.name,
                "Location",
                record.primary,
            )
            named = " ".join(w for w in words(record.name) if w not in PLACE_WORDS)
            _index(
                catalog,
                entry,
                {squash(record.name), *_phone_keys(record.phone or "")},
                [
                    (named, NAME),
                    ("location site office address premises building", TYPE),
                    (" ".join(x for x in (record.city, record.region) if x), OTHER),
                    (record.notes or "", OTHER),
                ],
            )
        case Password():
            entry = Entry(
                record.source_id,
                RecordType.PASSWORD,
                record.organization_id,
                record.name,
                record.category or "",
            )
            idx = _index(
                catalog,
                entry,
                {  # "AVPS-Staff", "sac_fw_01": names; "Wi-Fi" is a word
                    squash(m)
                    for m in re.findall(r"\w+(?:[-_]\w+)+", record.name)
                    if re.search(r"\d|[A-Z]{2}", m)
                },
                [
                    (record.name, NAME),
                    (record.category or "", ROLE),
                    (record.username or "", OTHER),
                ],
            )
            if (record.resource_type or "").lower() == "configuration" and record.resource_id:
                catalog.credentials[f"configuration:{record.resource_id}"].append(idx)
        case Document():
            entry = Entry(
                record.source_id, RecordType.DOCUMENT, record.organization_id, record.name
            )
            _index(catalog, entry, {squash(record.name)}, [(record.name, NAME)])


def _index(
    catalog: Catalog, entry: Entry, keys: set[str], weighted: list[tuple[str, float]]
) -> int:
    idx = len(catalog.entries)
    catalog.entries.append(entry)
    catalog.by_source[entry.source_id] = idx
    names = entry.kind not in (RecordType.DOCUMENT, RecordType.PASSWORD)
    catalog.by_org[entry.organization_id].append(idx)
    for key in keys:
        if key:
            catalog.keys[key].append(idx)
            flat = dezero(key)
            if flat != key and not re.fullmatch(r"[\d.]+", key):
                catalog.keys[flat].append(idx)
    best: dict[str, float] = {}
    for text, weight in weighted:
        tokens = words(text) + joined(text)  # "x-ray" is also "xray"
        for token in tokens:
            for part in {token, *parts(token)}:
                if part.isdigit() and part != token:
                    if weight >= NAME:  # HV02's "2": "the second host"
                        number = part.lstrip("0") or "0"
                        best[number] = max(best.get(number, 0.0), OTHER)
                    continue
                base = stem(part)
                if names and weight >= TYPE and len(base) >= 4 and not base.isdigit():
                    catalog.vocabulary.add(base)
                best[base] = max(best.get(base, 0.0), weight)
                stands_for = ABBREVIATIONS.get(part, ())  # "FS01" is a file server by
                if stands_for is AV:  # type; "EDR" in a record says antivirus, never a
                    stands_for = AV[:2]  # vendor's name ("SentinelOne" it does not have)
                for w in map(stem, stands_for):
                    best[w] = max(best.get(w, 0.0), min(weight, TYPE))
    for w, weight in best.items():
        catalog.postings[w][entry.organization_id].append((idx, weight))
        catalog.frequency[w] += 1
    return idx


def _capacity(catalog: Catalog, record: FlexibleAsset) -> None:
    """A count field and its 'used' field ("Seats", "Seats used"), both numbers: how many
    the asset has and how many are taken (for "which clients have no free seats")."""
    fields = catalog.fields_of(record.flexible_asset_type_name)
    for total in fields:
        for used in fields:
            extra = set(words(used.name)) - set(words(total.name))
            if not (set(words(total.name)) < set(words(used.name)) and extra <= _TAKEN):
                continue
            have = _number(record.traits.get(total.name_key))
            taken = _number(record.traits.get(used.name_key))
            if have is not None and taken is not None:
                catalog.capacity[record.source_id] = (total, used, have, taken)
                return


def _configuration(catalog: Catalog, c: Configuration, prefix: str, apps: list[str]) -> None:
    documented = frozenset(
        k for k, v in c.model_dump(exclude={"interfaces", "notes"}).items() if v not in (None, "")
    )
    entry = Entry(
        c.source_id,
        RecordType.CONFIGURATION,
        c.organization_id,
        c.name,
        c.configuration_type,
        fields=documented,
    )
    keys = {squash(c.name), squash(c.hostname or "")}
    for name in (c.name, c.hostname or ""):
        if "." in name and not re.fullmatch(r"[\d.]+", name):
            keys.add(squash(name.split(".", 1)[0]))  # build-02 for build-02.sea.corp
    for ip in {c.primary_ip, c.public_ip, *(i.ip_address for i in c.interfaces)}:
        if ip:
            keys.add(ip)
    for mac in {c.mac_address, *(i.mac_address for i in c.interfaces)}:
        if mac:
            keys.add(mac_key(mac))
    for value in (c.serial_number, c.asset_tag):
        if value and len(value) >= 4:
            keys.add(squash(value))
    for w in _type_words(c.configuration_type):
        catalog.type_words[stem(w)].add(c.configuration_type)
    idx = _index(
        catalog,
        entry,
        keys,
        [
            (c.name, NAME),
            (c.hostname or "", NAME),
            (c.configuration_type, TYPE),
            (" ".join(_initials(c.configuration_type)), TYPE),  # "nvr": Network Video Recorder
            (c.notes or "", ROLE),
            (c.operating_system or "", OTHER),
            (c.operating_system_notes or "", OTHER),
            (" ".join(apps), ROLE),
            (f"{c.manufacturer or ''} {c.model or ''}", OTHER),
        ],
    )
    if c.contact_id:  # "the owner's laptop": the devices a person is the contact of
        catalog.devices_of[f"contact:{c.contact_id}"].append(idx)
    for name in {c.name, c.hostname or ""}:
        for suffix in _suffixes(name, prefix):
            for form in {suffix, dezero(suffix)}:
                if idx not in catalog.suffix_keys[form]:
                    catalog.suffix_keys[form].append(idx)


_TAKEN = frozenset(["used", "assigned", "in", "use", "allocated", "consumed", "active"])
"""Words that make a count field the count of those taken ("Seats used", "Licenses assigned")."""


def _number(value: object) -> float | None:
    """A trait's value as a number (31, "31"), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*", value):
        return float(value)
    return None


def _suffixes(name: str, prefix: str) -> set[str]:
    """The name without its organization prefix: "FAB-LON-SRV-01" → "lonsrv01", "srv01";
    "WBTSRV01" → "srv01" when WBT is the short name. Only forms with a digit count, so a plain
    word ("BACKUP") is matched as a word, not as a name."""
    out: set[str] = set()
    segments = [s for s in re.split(r"[\s_.-]+", name.lower()) if s]
    for start in range(1, len(segments)):
        out.add("".join(segments[start:]))
    flat = squash(name)
    if prefix and flat.startswith(prefix) and len(flat) > len(prefix):
        out.add(flat[len(prefix) :])
    return {s for s in out if any(ch.isdigit() for ch in s) and any(ch.isalpha() for ch in s)}


def build(
    organizations: list[Organization],
    records: list[Record],
    asset_types: list[FlexibleAssetType],
    version: int = 0,
) -> Catalog:
    """A catalog of every record given."""
    catalog = Catalog(version=version)
    for org in organizations:
        catalog.add_organization(org)
    for t in asset_types:
        catalog.asset_types[t.name.lower()] = t
        for f in t.fields:
            catalog.field_words.update(stem(w) for w in words(f"{f.name} {f.name_key}"))
            catalog.vocabulary.update(w for w in words(f.name) if len(w) >= 4)
    apps: dict[int, list[str]] = defaultdict(list)
    places = {r.id: r.name for r in records if isinstance(r, Location)}
    for record in records:
        if isinstance(record, Configuration) and record.location_id in places:
            apps[record.id].append(places[record.location_id])  # "the Sydney firewall"
    for record in records:
        if isinstance(record, FlexibleAsset):
            if not re.search(r"app|software|program", record.flexible_asset_type_name, re.I):
                continue  # what runs on a device: applications, not every asset tagging it
            for value in record.traits.values():
                if isinstance(value, TagTrait) and value.type.lower().startswith("config"):
                    for v in value.values:
                        apps[v.id].append(record.name)
    for record in records:
        add_record(catalog, record, apps)
    catalog.finish()
    return catalog
