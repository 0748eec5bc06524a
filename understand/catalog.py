"""The index of an account's names, built once per data version.

Every organization, configuration, flexible asset, contact, location, password entry and
document becomes an `Entry` with exact keys (name, hostname, the name without its prefix, the
run-together form, IPs, MACs, serials, asset tags, emails) and weighted words (name, type,
role: notes, titles, descriptions; other: model, manufacturer, trait values). Questions are
resolved against these maps — a lookup per word, never a scan of every name. `building`
fills them from the records; organizations are added and the maps frozen here.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from core.models import (
    FlexibleAssetField,
    FlexibleAssetType,
    Organization,
    RecordType,
)
from understand.glossary import GENERIC_ORG_WORDS, KIND_SYNONYMS, LEGAL, PLACE_WORDS, STOP
from understand.text import (
    squash,
    stem,
    words,
)

NAME, TYPE, ROLE, OTHER = 3.0, 2.5, 1.5, 1.0
"""How much a word counts by where it is in a record: its name, its type, what it is for."""


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
