"""From the records a part's words found to the ones it asks about: the asset that tags a
device ("warranty provider of HV01"), the application on a server ("faucets erp version"), the
password entry kept for a console, the other of two records joined by "and", the records a
name word finds past field words, and the assets with every seat taken ("zero free seats").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from core.models import RecordType
from understand import attributes
from understand.catalog import Catalog, Entry
from understand.cues import FULL, HOW, ORG_NOUNS, SOFTWARE_HINT, names_few
from understand.glossary import ABBREVIATIONS, STOP
from understand.kinds import types_named
from understand.lexicon import DEVICE_NOUNS, QUESTION_STEMS, QUESTION_WORDS
from understand.missing import PartMissing
from understand.reading import MAX_TARGETS
from understand.spelling import is_common
from understand.text import expand, stem, words

_CONSOLE = re.compile(
    r"(?<!which )(?<!what )\burl\b(?!s| filter| block)|(?:which|what) url (?:do|should|to)\b|"
    r"\bweb ?(ui|interface|gui|console|page|admin)\b|\bmanagement (url|page|interface|console)\b|"
    r"\blogin (page|url|link)\b|\badmin (page|url|console|portal)\b",
    re.I,
)
"""A device's console asked for: the URL of the password entry kept for it."""

_CONTRACT = re.compile(r"\b(support )?(contract|agreement|coverage|cover)\b", re.I)
"""A device's support contract: the asset that tags it, whatever its type is called."""


def _covers(catalog: Catalog, asset_type: str) -> bool:
    """An asset type that is a support contract (a warranty, a coverage, a provider)."""
    said = " ".join([asset_type, *(f.name for f in catalog.fields_of(asset_type))])
    return bool(re.search(r"warrant|support|coverage|contract|provider|\bsla\b", said, re.I))


_ONE_RECORD = ("lookup", "expiry")
"""Intents that ask about the records named (not what depends on them, not how to fix)."""
_OS_SAID = re.compile(
    r"\bos\b|o/s|operating system|firmware|windows|linux|macos|esxi|\bbuild\b", re.I
)
"""A question that names the operating system (not only "what version is it running")."""


class PartRedirects(PartMissing):
    """A part that can move from the records found to the ones asked about."""

    def _full(self, entries: list[Entry]) -> list[Entry] | None:
        """Of the assets found, those with every seat (or licence, or slot) taken, when the
        question asks for them ("no free seats", "used every one of their seats"); None when it
        does not, or names no assets that count what they have and what is taken."""
        if not FULL.search(self.text) or not re.search(
            r"\b(which|what|any|anyone|who|list|show)\b", self.text, re.I
        ):  # "is oakridge maxed out on AV seats": its seats and seats used, full or not
            return None
        named = len(entries) == 1 and self.how == "key"
        if not named:  # every asset in reach that counts seats, of the products the question
            entries = self._counting()  # names ("m365", "AV") or of every product
        counted = [e for e in entries if e.source_id in self.catalog.capacity]
        if not counted or (self.named_orgs and len(counted) == 1):
            return None  # "does acme have no free m365 seats": its seats and seats used
        self.intent = "lookup"
        self.capacity_asked = True
        full = [e for e in counted if (c := self.catalog.capacity[e.source_id])[3] >= c[2]]
        if not full:
            total, used = self.catalog.capacity[counted[0].source_id][:2]
            names = ", ".join(dict.fromkeys(e.name for e in counted[:3]))
            self.unresolved.append(
                f"none of {names} has every one of its {total.name.lower()}"
                f" {used.name.lower().replace(total.name.lower(), '').strip()}"
            )
        return full

    def _counting(self) -> list[Entry]:
        """The assets in reach that count what they have and what is taken, of the products the
        question names (any word of it or what it stands for in their text: "m365", "AV"), or
        all of them when it names none ("which clients have no free seats")."""
        cat = self.catalog
        full = FULL.search(self.text)
        said = set(words(full[0])) if full else set()
        product = [
            t
            for t in self.tokens
            if t not in STOP
            and t not in said
            and t not in self.org_used
            and t not in QUESTION_WORDS
            and t not in ORG_NOUNS
            and stem(t) not in cat.field_words
            and stem(t) not in cat.type_words
            and (t in ABBREVIATIONS or not is_common(t))
        ]
        reach = self.orgs or sorted(self.allowed)
        counting = [
            i
            for org in reach
            for i in cat.by_org.get(org, ())
            if cat.entries[i].source_id in cat.capacity
        ]
        if product:
            named = {
                i
                for w in expand(product)
                for org in reach
                for i, _ in cat.postings.get(w, {}).get(org, ())
            }
            counting = [i for i in counting if i in named]
        return [cat.entries[i] for i in counting]

    def _consoles(self, entries: list[Entry]) -> list[Entry]:
        """For a question that asks a URL or console of devices: the password entries kept
        for them, whose URL it is (never their values)."""
        if self.intent != "lookup" or not _CONSOLE.search(self.text):
            return entries
        cat = self.catalog
        kept = [cat.entries[i] for e in entries for i in cat.credentials.get(e.source_id, ())]
        return kept or entries

    def _and_the_other(self) -> None:
        """ "the owner and the office manager at Faucets", "m365 and sophos renewal dates":
        two records of one kind joined by "and", where grounding kept one; the other is what
        the words left over name."""
        joins = [n for n, t in enumerate(self.tokens) if t in ("and", "plus", "n")]
        if not self.entries or self.how != "role" or self.intent not in _ONE_RECORD or not joins:
            return
        kinds = {e.kind for e in self.entries}
        if len(kinds) != 1:
            return
        cat = self.catalog
        left = [
            t
            for t in self.tokens
            if t not in self.used | self.org_used | STOP
            and t not in QUESTION_WORDS
            and stem(t) not in QUESTION_STEMS
            and stem(t) not in cat.field_words
            and len(t) >= 2
            and any(org in cat.postings.get(w, {}) for w in expand([t]) for org in self.orgs)
        ]
        if not left:
            return
        types = {e.type_name for e in self.entries}
        kind_words = {  # "both firewalls, Reno and the Sacramento yard": Reno's firewall
            t for t in self.used if cat.type_words.get(stem(t), set()) & types
        }
        other, _, met = self._role(kinds, set(self.tokens) - set(left) - kind_words)
        met -= kind_words
        have = {e.source_id for e in self.entries}
        more = [e for e in other if e.source_id not in have]
        named = (self.used - kind_words) or self.used
        first = min((n for n, t in enumerate(self.tokens) if t in named), default=-1)
        if first < 0:
            return  # the words that found the records are not the question's own (a typo put
            # right, a run-together name): no two names to tell apart
        second = min((n for n, t in enumerate(self.tokens) if t in met), default=first)
        if not any(min(first, second) < n < max(first, second) for n in joins):
            return  # "A and B": the two names on either side of the "and"
        if more and len(more) <= 3 and met and met <= set(left):
            self.entries = [*self.entries, *more]
            self.total = len(self.entries)
            self.used = self.used | met

    def _past_field_words(
        self, kinds: Collection[RecordType], skip: set[str], entries: list[Entry], used: set[str]
    ) -> tuple[list[Entry], set[str]]:
        """Records matched only by words that name a field ("riverside EHR vendor and
        *support* number": the warranties called "X support") while a word that names few
        records went unused ("ehr"): the records that word names."""
        cat = self.catalog
        if not used or not all(
            stem(w) in cat.field_words
            and stem(w) not in cat.type_words
            and w not in DEVICE_NOUNS  # "the database server": a kind of device
            for w in used
        ):
            return entries, used
        left = [
            t
            for t in self.tokens
            if t not in used | skip | STOP
            and t not in QUESTION_WORDS
            and stem(t) not in cat.field_words
            and names_few(t)
            and any(org in cat.postings.get(stem(t), {}) for org in self.orgs)
        ]
        if not left:
            return entries, used
        other, _, met = self._role(kinds, skip | used)
        if not other or not met & set(left):
            return entries, used
        asking = [  # of those, the ones that have the fields the other words name
            e
            for e in other
            if e.kind is RecordType.FLEXIBLE_ASSET
            and attributes.traits(list(used), cat.fields_of(e.type_name), False)
        ]
        return asking or other, met

    def _redirect_to_application(self) -> None:
        """ "faucets erp version": a server named by what runs on it (FAU-ERP01 for "erp"),
        asked a field it does not have but the asset that names it as its server does (the
        application's version, vendor support number): that asset's field."""
        if self.how != "role" or len(self.entries) != 1 or self.intent != "lookup":
            return
        device = self.entries[0]
        if device.kind is not RecordType.CONFIGURATION:
            return
        software = SOFTWARE_HINT.search(self.text)  # "keystone tax software version + vendor":
        if any(  # the application's vendor, not the server's maker
            a.key != "operating_system" or _OS_SAID.search(self.text)
            for a in attributes.fixed(self.text, RecordType.CONFIGURATION)
            if not (software and a.key == "manufacturer")
        ):  # "what version are they running" is no OS question unless it says so
            return
        verbs = {"run", "runs", "running", "ran", "use", "uses", "using"}  # "are they running"
        own = [t for t in self.tokens if t not in self.used | self.org_used | verbs]
        apps = []
        for i in self.catalog.tagged.get(device.source_id, ()):
            asset = self.catalog.entries[i]
            fields = {f.name_key: f for f in self.catalog.fields_of(asset.type_name)}
            asked = attributes.traits(own, tuple(fields.values()), False)
            keys = [a.key.removeprefix("trait:") for a in asked]
            if keys and all(k in fields and fields[k].kind != "Tag" for k in keys):
                apps.append(asset)
        if len(apps) == 1:
            self.entries, self.total = apps, 1

    def _redirect_to_tagging_asset(self) -> None:
        """ "Warranty provider of HV01", "the ISP on WBTFW01": the fields of an asset (of a
        type the question names, or whose fields it asks for) that tags the configuration,
        or else of the configuration's organization, not the configuration's own."""
        configs = [e for e in self.entries if e.kind is RecordType.CONFIGURATION]
        if not configs or self.intent == "dependencies" or self.titled:
            return
        if self.intent == "howto" and (HOW.search(self.text) or not _CONTRACT.search(self.text)):
            return  # "X threw a disk error. What warranty coverage does it have": a field
        named = types_named(self.tokens, self.catalog.type_words)
        named = [t for t in named if t.lower() in self.catalog.asset_types]
        named += [t for t in self.trait_types() if t not in named]
        if not named and self.intent in ("lookup", "howto") and _CONTRACT.search(self.text):
            named = sorted(  # "what does its support contract cover": the asset tagging it
                {  # whose fields the words ask for ("cover": Coverage)
                    self.catalog.entries[i].type_name
                    for c in configs
                    for i in self.catalog.tagged.get(c.source_id, ())
                    if attributes.traits(
                        self.tokens,
                        self.catalog.fields_of(self.catalog.entries[i].type_name),
                        False,
                    )
                    and _covers(self.catalog, self.catalog.entries[i].type_name)
                }
            )
        if not named:
            return
        device_fields = attributes.fixed(self.text, RecordType.CONFIGURATION)
        if any(a.key != "warranty_expires_at" for a in device_fields):
            return  # "make, model and warranty of HV02": the device's own fields
        if device_fields:  # "when does the warranty end": a warranty record, not a Wi-Fi
            named = [  # portal whose "Licence Ends" tags the host
                t
                for t in named
                if "warrant" in t.lower()
                or any("warrant" in f.name.lower() for f in self.catalog.fields_of(t))
            ]
            if not named:
                return
        if not attributes.traits(self.tokens, self.catalog.fields_of(named[0]), False):
            return
        tagging = [
            self.catalog.entries[i]
            for c in configs
            for i in self.catalog.tagged.get(c.source_id, ())
            if self.catalog.entries[i].type_name in named
        ]
        if not tagging and self.trait_types():  # a field only that asset type has
            orgs = {c.organization_id for c in configs}
            owned = [
                self.catalog.entries[i]
                for org in sorted(orgs)
                for i in self.catalog.by_org.get(org, ())
                if self.catalog.entries[i].kind is RecordType.FLEXIBLE_ASSET
                and self.catalog.entries[i].type_name in named
            ]
            per_device = any(  # a support agreement covers named devices: one that covers
                self.catalog.by_source[e.source_id] in self.catalog.device_taggers  # others
                for e in owned  # is not this device's
            )
            tagging = owned[:3] if len(owned) == 1 or not per_device else []
        if not tagging:  # "internal target: hermes 10.30.10.13:22": named in a field's text
            tagging = [e for c in configs for e in self._mentioning(c) if e.type_name in named]
        tagging = list({e.source_id: e for e in tagging}.values())  # one backup, two servers
        if tagging:
            self.entries, self.total = tagging[:MAX_TARGETS], len(tagging)

    def _mentioning(self, device: Entry) -> list[Entry]:
        """Assets of the device's organization whose text holds every word of its name."""
        cat = self.catalog
        found: set[int] | None = None
        for word in {stem(w) for w in words(device.name)}:
            hits = {i for i, _ in cat.postings.get(word, {}).get(device.organization_id, ())}
            found = hits if found is None else found & hits
        return [
            cat.entries[i]
            for i in sorted(found or ())
            if cat.entries[i].kind is RecordType.FLEXIBLE_ASSET
        ]
