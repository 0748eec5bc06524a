"""The index of an account's names, built once per data version.

Every organization, configuration, flexible asset, contact, location, password entry and
document becomes an `Entry` with exact keys (name, hostname, the name without its prefix, the
run-together form, IPs, MACs, serials, asset tags, emails) and weighted words (name, type,
role: notes, titles, descriptions; other: model, manufacturer, trait values). Questions are
resolved against these maps — a lookup per word, never a scan of every name.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from core.models import (
    Configuration,
    Contact,
    Document,
    FlexibleAsset,
    FlexibleAssetField,
    FlexibleAssetType,
    Location,
    Organization,
    Password,
    Record,
    RecordType,
    TagTrait,
)
from understand.text import (
    ABBREVIATIONS,
    AV,
    IDENTIFIER,
    STOP,
    dezero,
    joined,
    mac_key,
    parts,
    squash,
    stem,
    words,
)

NAME, TYPE, ROLE, OTHER = 3.0, 2.5, 1.5, 1.0
"""How much a word counts by where it is in a record: its name, its type, what it is for."""

LEGAL = frozenset(
    [
        "inc",
        "incorporated",
        "llc",
        "llp",
        "ltd",
        "limited",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "gmbh",
        "pc",
        "pllc",
        "pa",
        "the",
        "group",
    ]
)
GENERIC_ORG_WORDS = LEGAL | frozenset(
    [
        "and",
        "of",
        "services",
        "solutions",
        "associates",
        "partners",
        "international",
        "global",
        "holdings",
        "systems",
        "technologies",
        "enterprises",
    ]
)
KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "dental": ("dentist", "dentists", "dentistry"),
    "dentistry": ("dentist", "dentists", "dental"),
    "veterinary": ("vet", "vets", "animal"),
    "law": ("lawyers", "attorneys", "solicitors", "legal"),
    "legal": ("lawyers", "attorneys", "solicitors", "law"),
    "accounting": ("accountants", "cpa", "cpas", "bookkeepers"),
    "manufacturer": ("manufacturing", "factory", "machining", "machineshop", "fabrication"),
    "manufacturing": ("manufacturer", "factory", "machining", "machineshop", "fabrication"),
    "foundry": ("manufacturer", "manufacturing", "factory", "casting", "castings"),
    "medical": ("doctors", "physicians", "healthcare"),
    "hotel": ("hospitality", "hotels"),
    "school": ("schools", "education"),
    "architecture": ("architects",),
    "brewery": ("brewing", "brewers"),
    "brewing": ("brewery", "brewers"),
    "marina": ("boats", "harbour", "harbor"),
    "church": ("parish", "congregation"),
}
"""Kinds of business in the words engineers use for them ("the dentist client")."""
PLACE_WORDS = frozenset(["location", "site", "office", "address", "premises", "building"])
"""Words every location answers to: "the office" is all of them (primary first)."""


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


@dataclass(frozen=True)
class Entry:
    """One record as the resolver knows it."""

    source_id: str
    kind: RecordType
    organization_id: int
    name: str
    type_name: str = ""
    """Configuration type, flexible asset type, contact title; "" for the rest."""
    primary: bool = False
    fields: frozenset[str] = frozenset()
    """Fields the record documents (configurations): a question for a sparse field ("the WAN
    IP at Bluewater") can find the one record that has it."""


@dataclass
class Catalog:
    """Indexes over one data version of the SQL store (every organization; scope is applied
    per question)."""

    version: int = 0
    organizations: dict[int, Organization] = field(default_factory=dict)
    org_keys: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Strong keys: full name, name without legal suffix, run-together, short name, initials."""
    org_words: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Distinctive single words of organization names ("fabrikam", "oakridge")."""
    org_significant: dict[int, frozenset[str]] = field(default_factory=dict)
    org_kind_words: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Words of an organization's type and description ("dental", "boston") that only one or
    two organizations have: "the dental client" when no name is given."""
    org_type_words: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """The part of `org_kind_words` from organization types alone ("plumbing", "dental")."""
    entries: list[Entry] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Exact keys → entries (squashed names, IPs, MACs, serials, tags, emails)."""
    suffix_keys: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Names without their organization prefix ("dc01" for ACME-DC01)."""
    postings: dict[str, dict[int, list[tuple[int, float]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    """Word stem → organization → (entry, weight)."""
    frequency: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_org: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_source: dict[str, int] = field(default_factory=dict)
    """Source id → entry."""
    tagged: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Configuration source id → assets whose tag traits name it (its warranty, backup)."""
    covers: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    """Asset source id → the configurations its tag traits name (`tagged` the other way)."""
    device_taggers: set[int] = field(default_factory=set)
    """Entries of the assets whose tag traits name some configuration (the values of
    `tagged`, as a set): such an asset belongs to the devices it names."""
    devices_of: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Contact source id → the configurations whose contact the person is."""
    credentials: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    """Configuration source id → the password entries kept for it (their URL is its console)."""
    asset_types: dict[str, FlexibleAssetType] = field(default_factory=dict)
    """Flexible asset types by lowercase name: their fields are the trait names to ask for."""
    note_words: dict[str, frozenset[str]] = field(default_factory=dict)
    """Source id → stems of its notes: a question's leftover words found there ("is it the
    active or standby member?") ask for the notes."""
    text_identifiers: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Codes with letters and digits written in notes, runbooks and asset fields → orgs."""
    house_words: dict[int, frozenset[str]] = field(default_factory=dict)
    """Organization → the words most of its device names share ("mt" of mt-elbert, mt-yale;
    "ip" of ip-10-40-0-1): its naming habit, which names no device in particular."""
    house_keys: dict[str, list[str]] = field(default_factory=dict)
    """A house word → the keys of the device names that have it (for typos: "mt-elbret")."""
    os_note_words: dict[str, frozenset[str]] = field(default_factory=dict)
    """Source id → stems of a configuration's OS notes ("4x NVIDIA L40S", "Slurm 23.11")."""
    cities: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    """Town of a location (lowercase, accents folded) → the organizations with a site there."""
    capacity: dict[str, tuple[FlexibleAssetField, FlexibleAssetField, float, float]] = field(
        default_factory=dict
    )
    """Asset source id → its count field, its used field and their values ("Seats" 31,
    "Seats used" 31)."""
    field_words: set[str] = field(default_factory=set)
    """Words of the account's trait names ("registrar", "seats"): asked for, never names."""
    vocabulary: set[str] = field(default_factory=set)
    """Words of names and types (typo targets)."""
    type_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Stem → configuration / asset types whose name has it."""

    # -- building -------------------------------------------------------------------------

    def add_organization(self, org: Organization) -> None:
        self.organizations[org.id] = org
        full = words(org.name)
        bare = [w for w in full if w not in LEGAL] or full
        significant = [w for w in bare if w not in GENERIC_ORG_WORDS]
        self.org_significant[org.id] = frozenset(significant)
        joined = "".join(significant[:2]) if len(significant) >= 3 else ""  # "silverline"
        for key in {" ".join(full), " ".join(bare), squash(org.name), "".join(bare), joined}:
            if key:
                self.org_keys[key].add(org.id)
        if org.short_name and len(org.short_name) >= 2:
            self.org_keys[squash(org.short_name)].add(org.id)
        initials = "".join(w[0] for w in significant if not w.isdigit())
        if len(initials) >= 3:
            self.org_keys[initials].add(org.id)
        paired = re.match(r"\s*([^\W\d_])\w*\s*(?:&|\band\b)\s*([^\W\d_])", org.name, re.I)
        if paired:  # "h&l" for Harbor & Lane (read as "h and l"; "hl" alone is no name)
            self.org_keys[f"{paired[1]} and {paired[2]}".lower()].add(org.id)
        for w in significant:  # "the office printer" is no "Johnson Family Office"
            if len(w) >= 4 and not w.isdigit() and w not in PLACE_WORDS:
                self.org_words[w].add(org.id)
                self.vocabulary.add(w)
        kind = set(words(org.organization_type or ""))
        named = " ".join(  # capitalised inside a sentence: a place or a name, not "Runs"
            re.findall(r"(?<![.!?:;] )(?<!^)\b[A-Z][\w'-]*", org.description or "")
        )
        for w in kind | set(words(named)):  # its type ("law firm"), its places ("Boston")
            if (
                len(w) >= (3 if w in kind else 4)
                and not w.isdigit()
                and w not in GENERIC_ORG_WORDS | STOP | PLACE_WORDS
            ):
                for kin in (w, *KIND_SYNONYMS.get(w, ())):
                    self.org_kind_words[kin].add(org.id)
                    if w in kind:
                        self.org_type_words[kin].add(org.id)

    def _index(self, entry: Entry, keys: set[str], weighted: list[tuple[str, float]]) -> int:
        idx = len(self.entries)
        self.entries.append(entry)
        self.by_source[entry.source_id] = idx
        names = entry.kind not in (RecordType.DOCUMENT, RecordType.PASSWORD)
        self.by_org[entry.organization_id].append(idx)
        for key in keys:
            if key:
                self.keys[key].append(idx)
                flat = dezero(key)
                if flat != key and not re.fullmatch(r"[\d.]+", key):
                    self.keys[flat].append(idx)
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
                        self.vocabulary.add(base)
                    best[base] = max(best.get(base, 0.0), weight)
                    stands_for = ABBREVIATIONS.get(part, ())  # "FS01" is a file server by
                    if stands_for is AV:  # type; "EDR" in a record says antivirus, never a
                        stands_for = AV[:2]  # vendor's name ("SentinelOne" it does not have)
                    for w in map(stem, stands_for):
                        best[w] = max(best.get(w, 0.0), min(weight, TYPE))
        for w, weight in best.items():
            self.postings[w][entry.organization_id].append((idx, weight))
            self.frequency[w] += 1
        return idx

    def add_record(self, record: Record, tags: dict[int, list[str]]) -> None:
        notes = getattr(record, "notes", None)
        if isinstance(notes, str) and notes:
            self.note_words[record.source_id] = frozenset(stem(w) for w in words(notes))
        if isinstance(record, Configuration) and record.operating_system_notes:
            said = record.operating_system_notes
            self.os_note_words[record.source_id] = frozenset(stem(w) for w in words(said))
        written = [notes if isinstance(notes, str) else ""]
        if isinstance(record, Document):
            written += [section.content for section in record.sections]
        if isinstance(record, FlexibleAsset):
            written += [v for v in record.traits.values() if isinstance(v, str)]
        for text in written:  # "HL-4012" in a runbook: an error code the account knows
            for ident in IDENTIFIER.findall(text):
                self.text_identifiers[squash(ident)].add(record.organization_id)
        org = self.organizations.get(record.organization_id)
        prefix = squash(org.short_name) if org and org.short_name else ""
        match record:
            case Configuration():
                self._configuration(record, prefix, tags.get(record.id, []))
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
                    self.type_words[stem(w)].add(record.flexible_asset_type_name)
                entry = Entry(
                    record.source_id,
                    RecordType.FLEXIBLE_ASSET,
                    record.organization_id,
                    record.name,
                    record.flexible_asset_type_name,
                )
                idx = self._index(entry, {squash(record.name)}, texts)
                self._capacity(record)
                for value in record.traits.values():
                    if isinstance(value, TagTrait) and value.type.lower().startswith("config"):
                        for v in value.values:
                            self.tagged[f"configuration:{v.id}"].append(idx)
                            self.device_taggers.add(idx)
                            self.covers[record.source_id].append(f"configuration:{v.id}")
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
                self._index(
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
                    self.cities[" ".join(words(record.city))].add(record.organization_id)
                entry = Entry(
                    record.source_id,
                    RecordType.LOCATION,
                    record.organization_id,
                    record.name,
                    "Location",
                    record.primary,
                )
                named = " ".join(w for w in words(record.name) if w not in PLACE_WORDS)
                self._index(
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
                idx = self._index(
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
                    self.credentials[f"configuration:{record.resource_id}"].append(idx)
            case Document():
                entry = Entry(
                    record.source_id, RecordType.DOCUMENT, record.organization_id, record.name
                )
                self._index(entry, {squash(record.name)}, [(record.name, NAME)])

    def _capacity(self, record: FlexibleAsset) -> None:
        """A count field and its 'used' field ("Seats", "Seats used"), both numbers: how many
        the asset has and how many are taken (for "which clients have no free seats")."""
        fields = self.fields_of(record.flexible_asset_type_name)
        for total in fields:
            for used in fields:
                extra = set(words(used.name)) - set(words(total.name))
                if not (set(words(total.name)) < set(words(used.name)) and extra <= _TAKEN):
                    continue
                have = _number(record.traits.get(total.name_key))
                taken = _number(record.traits.get(used.name_key))
                if have is not None and taken is not None:
                    self.capacity[record.source_id] = (total, used, have, taken)
                    return

    def _configuration(self, c: Configuration, prefix: str, apps: list[str]) -> None:
        documented = frozenset(
            k
            for k, v in c.model_dump(exclude={"interfaces", "notes"}).items()
            if v not in (None, "")
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
            self.type_words[stem(w)].add(c.configuration_type)
        idx = self._index(
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
            self.devices_of[f"contact:{c.contact_id}"].append(idx)
        for name in {c.name, c.hostname or ""}:
            for suffix in _suffixes(name, prefix):
                for form in {suffix, dezero(suffix)}:
                    if idx not in self.suffix_keys[form]:
                        self.suffix_keys[form].append(idx)

    identifier_keys: list[str] = field(default_factory=list)
    """Keys with letters and digits (typo targets for names like "kiosk01")."""
    sorted_vocabulary: list[str] = field(default_factory=list)
    """The vocabulary and organization words, sorted (typo and prefix targets)."""
    field_and_type_words: list[str] = field(default_factory=list)
    """Field and type words of four letters or more, sorted (targets for slips in the words a
    question is made of: "serail")."""

    def _names_a_record(self, word: str) -> bool:
        """Whether `word` is in the name of a record other than a place."""
        return any(
            weight >= NAME and self.entries[idx].kind is not RecordType.LOCATION
            for by_org in self.postings.get(word, {}).values()
            for idx, weight in by_org
        )

    def finish(self) -> None:
        """Freeze the default dicts (a lookup of an unknown word must not grow them)."""
        self.sorted_vocabulary = sorted(self.vocabulary | set(self.org_words))
        self.field_and_type_words = sorted(
            w for w in self.field_words | set(self.type_words) if len(w) >= 4
        )
        self.org_keys = dict(self.org_keys)
        self.org_words = dict(self.org_words)
        self.text_identifiers = dict(self.text_identifiers)
        distinctive = max(1, min(2, len(self.organizations) // 3))
        self.org_kind_words = {
            w: orgs
            for w, orgs in self.org_kind_words.items()
            if len(orgs) <= distinctive
            and stem(w) not in self.type_words
            and not self._names_a_record(stem(w))  # "LineHaul" in a description: a product
        }
        self.org_type_words = {
            w: orgs for w, orgs in self.org_type_words.items() if w in self.org_kind_words
        }
        for org, ids in self.by_org.items():
            devices = [  # each device's name and the stems of its words
                (self.entries[i].name, {stem(x) for x in words(self.entries[i].name)})
                for i in ids
                if self.entries[i].kind is RecordType.CONFIGURATION
            ]
            shared = Counter(w for _, stems in devices for w in stems)
            self.house_words[org] = frozenset(
                w
                for w, n in shared.items()
                if len(devices) >= 5
                and n >= 0.8 * len(devices)
                and not w.isdigit()
                and org not in self.org_keys.get(w, ())  # "acme" of ACME-DC01 names the client
            )
            for w in self.house_words[org]:
                named = [squash(name) for name, stems in devices if w in stems]
                self.house_keys[w] = sorted({*self.house_keys.get(w, []), *named})
        self.keys = dict(self.keys)
        self.suffix_keys = dict(self.suffix_keys)
        self.identifier_keys = sorted(
            k
            for k in {*self.keys, *self.suffix_keys}
            if re.search(r"\d", k) and re.search(r"[a-z]", k) and "@" not in k
        )
        self.postings = {w: dict(by_org) for w, by_org in self.postings.items()}
        self.frequency = dict(self.frequency)
        self.by_org = dict(self.by_org)
        self.type_words = dict(self.type_words)
        self.tagged = dict(self.tagged)
        self.covers = dict(self.covers)
        self.cities = dict(self.cities)
        self.credentials = dict(self.credentials)
        self.devices_of = dict(self.devices_of)

    # -- reading --------------------------------------------------------------------------

    def records(self, source_ids: Iterable[str], allowed: Collection[int]) -> list[Entry]:
        """The entries of `source_ids` (a turn's targets) in the organizations `allowed`."""
        return [
            entry
            for s in source_ids
            if s in self.by_source
            and (entry := self.entries[self.by_source[s]]).organization_id in allowed
        ]

    def idf(self, word: str) -> float:
        return math.log(1 + len(self.entries) / (1 + self.frequency.get(word, 0)))

    def fields_of(self, asset_type: str) -> tuple[FlexibleAssetField, ...]:
        found = self.asset_types.get(asset_type.lower())
        return found.fields if found else ()


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
        catalog.add_record(record, apps)
    catalog.finish()
    return catalog
