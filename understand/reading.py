"""A part of a question as read, before it is grounded.

Its words (slips put right, initials and joined names added), the organizations it names (or
the town of one client's site, or those of the part before), its intent, the kinds of record
its wording asks for in order, and the queries the grounding layers share. `Part` (in
`grounding`) is this class with the layers above it: `asked_fields`, `unknown_names`,
`missing`, `redirects`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from core.models import RecordType
from core.state import Ask, Intent
from understand import attributes, intents
from understand.catalog import Catalog, Entry
from understand.cues import (
    ASKS_DEVICES,
    CONTACT_HINT,
    DEVICE_HINT,
    LOCATION_HINT,
    PERSON,
    SOFTWARE_HINT,
    names_few,
)
from understand.glossary import ABBREVIATIONS, STOP
from understand.kinds import ALL_KINDS, device_words, types_named
from understand.lexicon import QUESTION_STEMS, QUESTION_WORDS
from understand.organizations import organizations
from understand.roles import by_role
from understand.spelling import correct, model_words, question_words, respell
from understand.text import expand, stem, words

MAX_TARGETS = 10
"""Records one ask answers for; more are counted and named as "N of M"."""

_PC = re.compile(r"\b(pc|laptop|workstation|desktop)\b", re.I)
_APP_SERVER = re.compile(r"\b(app|application|db|database|web|file|print|mail) servers?\b", re.I)

_NAMED_SECRET = re.compile(r"\bwi-?fi (password|key|passphrase|psk)\b", re.I)
"""A Wi-Fi password asked for: the entry of that network, not an access point."""


def unfound(text: str) -> str:
    """How the answer says that a name grounds to nothing the caller may see (the same words
    whether it exists elsewhere or nowhere, so a scoped key learns nothing)."""
    return f"nothing in your scope matches '{text[:60]}'"


_ASKED_TYPE_RE = r"\b(?:which|what)\s+(?:[\w-]+\s+)?([\w-]+)\s+(?:is|are|does|do|would|will)\b"
_ASKED_TYPE = re.compile(_ASKED_TYPE_RE)
"""The kind of record asked for ("which *host* is the Dentrix server on"): not the subject."""
_ASKED_AFTER = re.compile(
    r"\b(?:on|to|into|under|behind|off|from) (?:which|what) (?:[\w-]+\s+)?([\w-]+)\W*$"
)
"""The same at the end ("the prophet 21 box sits on which *hypervisor*")."""


def _acronyms(tokens: Sequence[str], catalog: Catalog, org_used: set[str]) -> list[str]:
    """Initials of runs of words that spell a name the account uses ("student information
    system" → "sis", "document management system" → "dms"), not of an organization's name
    and more ("cedar valley secondary dc" is no "cvsd")."""
    out = []
    for size in (4, 3):  # two letters match too much by chance ("wan ip" is not "Wi-Fi")
        for start in range(len(tokens) - size + 1):
            run = tokens[start : start + size]
            if any(
                (t in STOP and t not in ("info", "information")) or t.isdigit() or t in org_used
                for t in run
            ):
                continue
            initials = "".join(t[0] for t in run)
            if initials in ABBREVIATIONS or stem(initials) in catalog.type_words:
                continue  # "post charges steps" is no "PCs"
            if initials in catalog.postings and initials not in out and initials not in tokens:
                out.append(initials)
    return out


def _without_office(text: str) -> str:
    """The question without "office": what it asks once "the dental office" names a client."""
    return re.sub(r"\boffices?\b", " ", text, flags=re.I)


def _joined(tokens: Sequence[str], catalog: Catalog, org_used: set[str]) -> list[str]:
    """Two words a name writes as one ("sentinel one" → "sentinelone", "net app"), not an
    organization's own ("cedar valley")."""
    out = []
    for a, b in zip(tokens, tokens[1:], strict=False):
        word = a + b
        if (
            a not in STOP | org_used
            and b not in org_used
            and word.isalpha()
            and word in catalog.postings
            and word not in tokens
            and word not in out
        ):
            out.append(word)
    return out


def _padded(text: str) -> str:
    """The text's words between spaces, to find a phrase in it by whole words."""
    return f" {' '.join(words(text))} "


NOTHING_EARLIER = "nothing earlier in this thread for 'it' to refer to"
"""Why a question that only refers back ("and its MAC?") is not answered at a thread's start."""


class PartReading:
    """One part of a question, as read (grounded by `grounding.Part`)."""

    def __init__(
        self,
        text: str,
        catalog: Catalog,
        allowed: Collection[int],
        context_orgs: Sequence[int] = (),
        changes: bool = True,
    ) -> None:
        self.text = text = respell(text, catalog)
        self.catalog = catalog
        proper = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
        self.tokens = correct(question_words(text), catalog, proper)
        self.orgs, self.out_of_scope, self.org_used = organizations(catalog, self.tokens, allowed)
        by_kind = not any(w in catalog.org_keys or w in catalog.org_words for w in self.org_used)
        if self.orgs and by_kind and context_orgs:  # "…, and what's the vendor support
            self.orgs, self.org_used = [], set()  # number": this client's, not the vendor's
        self.named_orgs = bool(self.orgs)
        self.loosely_named = self.named_orgs and not any(
            w in catalog.org_keys for w in self.org_used
        )
        self.office = self._office_of_org()
        self.org_used |= self.office
        self.tokens += _acronyms(self.tokens, catalog, self.org_used) + _joined(
            self.tokens, catalog, self.org_used
        )
        self.asked_type = (
            set(_ASKED_TYPE.findall(text.lower()) + _ASKED_AFTER.findall(text.lower()))
            if text
            else set()
        )
        if not self.orgs and not self.out_of_scope and context_orgs:
            self.orgs = [o for o in context_orgs if o in allowed]  # "... the IT manager there?"
        if not self.orgs and not self.out_of_scope:
            self.orgs = self._site_org(allowed)  # "valencia fw wan ip": the client there
        elif self.loosely_named and self.org_used <= set(catalog.org_kind_words):
            site = self._site_org(allowed)  # "the shoreline pano": a town of one client's
            if site and site != self.orgs:  # site, not a word of another's description
                self.orgs, self.org_used = site, set()
                self.named_orgs = self.loosely_named = False
        self.intent: Intent = intents.intent_of(text, changes)
        self.entries: list[Entry] = []
        self.total = 0
        self.how = ""
        self.used: set[str] = set()
        self.unresolved: list[str] = []
        self.attributes: list[attributes.Attribute] = []
        self.allowed = allowed
        self.titled = False
        """A field's word names the records ("domain controllers"): no asset field asked."""
        self.capacity_asked = False
        """The question asks for assets with every seat taken (`_full`)."""
        self.lacking: list[Entry] = []
        """Records found whose asked field is not documented (what a later "it" means)."""
        self.undocumented: set[str] = set()
        """The unresolved lines that say a field of the records found is not documented."""

    def _not_documented(self, field: str) -> None:
        """Says that the records found do not document the field asked ("no VLAN is
        documented for BSD-Corp")."""
        names = ", ".join(e.name for e in self.entries[:3])
        line = f"no {field} is documented for {names}"
        self.unresolved.append(line)
        self.undocumented.add(line)

    def _site_org(self, allowed: Collection[int]) -> list[int]:
        """The one organization in scope with a site in a town the question names ("valencia
        fw wan ip" for Oficina central, València), when no organization is named: where the
        records are searched (the town's word still picks the records at that site)."""
        said = _padded(self.text)
        found = {
            org for city, orgs in self.catalog.cities.items() if f" {city} " in said for org in orgs
        }
        return sorted(found) if len(found) == 1 and found <= set(allowed) else []

    def _main_site(self, named_first: bool) -> list[Entry]:
        """The organizations' one location a question about "their" place means: the primary
        one, or (`named_first`) the one whose name the question says."""
        said = _padded(self.text)
        return sorted(
            self._of_orgs(lambda e: e.kind is RecordType.LOCATION),
            key=lambda e: (named_first and _padded(e.name) not in said, not e.primary, e.name),
        )[:1]

    def _type_words_in_fields(self, named: Sequence[str], typed: Sequence[str]) -> bool:
        """Whether every word that named the types `named` is a word of a field of `typed`
        ("when is planned completion": the Job Site's field, not a "Backup Plan")."""
        cat = self.catalog
        naming = [t for t in self.tokens if set(types_named([t], cat.type_words)) & set(named)]
        fields = {stem(w) for t in typed for f in cat.fields_of(t) for w in words(f.name)}
        return bool(naming) and all(stem(t) in fields for t in naming)

    def _fields_of(self, entries: Sequence[Entry]) -> bool:
        """Whether the question asks a field of these records (then "who" is that field)."""
        first = entries[0]
        if first.kind is RecordType.FLEXIBLE_ASSET:
            fields = self.catalog.fields_of(first.type_name)
            return bool(attributes.traits(self.tokens, fields, False, strict=True))
        return first.kind is RecordType.CONTACT or bool(attributes.fixed(self.text, first.kind))

    def _role(
        self, kinds: Collection[RecordType], ignore: set[str], **options: Any
    ) -> tuple[list[Entry], float, set[str]]:
        """Records of `kinds` this part's words name by role, in its organizations."""
        return by_role(self.catalog, self.tokens, self.orgs, self.allowed, kinds, ignore, **options)

    def _of_orgs(self, keep: Callable[[Entry], bool]) -> list[Entry]:
        """The records of the part's organizations that `keep` accepts, in catalog order."""
        cat = self.catalog
        return [
            cat.entries[i]
            for org in self.orgs
            for i in cat.by_org.get(org, ())
            if keep(cat.entries[i])
        ]

    def _having(self, field: str) -> list[Entry]:
        """The few configurations of the named organizations that document a field at all
        ("the WAN IP at Bluewater": only its firewall has one)."""
        found = self._of_orgs(lambda e: e.kind is RecordType.CONFIGURATION and field in e.fields)
        return found if len(found) <= 3 else []

    def _office_of_org(self) -> set[str]:
        """ "The guest wifi at the dental office": "office" after an organization's word
        names the organization, unless the question asks where it is or its address."""
        after = [
            t
            for n, t in enumerate(self.tokens)
            if t in ("office", "offices") and n and self.tokens[n - 1] in self.org_used
        ]
        if after and not attributes.fixed(_without_office(self.text), RecordType.LOCATION):
            return set(after)
        return set()

    def _preferences(self) -> list[tuple[RecordType, ...]]:
        text = _without_office(self.text) if self.office else self.text
        order: list[tuple[RecordType, ...]] = []
        if self.intent == "credential":  # an entry by its name, or the device it is for
            if _NAMED_SECRET.search(text):  # "the staff wifi password": an entry so named
                order.append((RecordType.PASSWORD,))
            order.append((RecordType.PASSWORD, RecordType.CONFIGURATION))
        if (
            self.intent == "dependencies"
            and SOFTWARE_HINT.search(_APP_SERVER.sub(" ", text))  # "the app server": a device
            and (ASKS_DEVICES.search(text))
        ):  # "the lightspeed app, what servers is it tied to": the application's servers
            order.append((RecordType.FLEXIBLE_ASSET,))
        if self.intent == "dependencies":  # devices first, then applications
            order += [(RecordType.CONFIGURATION,), (RecordType.FLEXIBLE_ASSET,)]
        if re.search(
            r"\b(which|what) (box|server|machine|host|device|vm|pc)\b|\bwhich \w+ is (in|at)\b",
            text,
            re.I,
        ):
            order.append((RecordType.CONFIGURATION,))  # "which box runs the dispatch app"
        device_fields = [  # "the after hours contact for the melt shop": a person's role
            a
            for a in attributes.fixed(text, RecordType.CONFIGURATION)
            if a.key not in ("contact", "notes")
        ]
        if SOFTWARE_HINT.search(text):  # "the vendor of the tax software": the software's
            device_fields = [a for a in device_fields if a.key != "manufacturer"]
        located = LOCATION_HINT.search(text) and not device_words(self.tokens, self.catalog)
        if device_fields and not located:
            order.append((RecordType.CONFIGURATION,))  # an IP, a serial: a device's
        if SOFTWARE_HINT.search(text):
            order.append((RecordType.FLEXIBLE_ASSET,))
        pc = _PC.search(text) and not PERSON.search(text)  # "the billing counter pc at the
        if (DEVICE_HINT.search(text) or pc) and not located:  # water dept office": a device
            order.append((RecordType.CONFIGURATION,))
        place = LOCATION_HINT.search(text) and not PERSON.search(text)
        if place:  # "main office phone": the office's
            order.append((RecordType.LOCATION,))
        if CONTACT_HINT.search(text):
            order.append((RecordType.CONTACT,))
        if LOCATION_HINT.search(text) and not place:
            order.append((RecordType.LOCATION,))
        order.append(ALL_KINDS)
        return order

    def trait_types(self) -> list[str]:
        """Asset types with a field the question names beyond generic words ("circuit ID",
        "registrar", "tenant name")."""
        out = []
        said = [t for t in self.tokens if t not in self.org_used]  # "Silver *Line*" is a name
        if self.intent == "dependencies":  # "which controllers does the SCADA server depend
            plural = {t for t in self.asked_type if t.endswith("s") and stem(t) != t}  # on"
            said = [t for t in said if t not in plural]  # records it needs, not a field
        said = [  # "what version is *installed* (and …)": what the record is, no field's name
            t
            for n, t in enumerate(said)
            if not (
                n
                and said[n - 1] in ("is", "are", "was", "were")
                and (n + 1 == len(said) or said[n + 1] in ("and", "or", "what", "who", "how"))
            )
        ]
        for asset_type in self.catalog.asset_types.values():
            found = attributes.traits(said, asset_type.fields, False, strict=True)
            if found:
                out.append(asset_type.name)
        return out

    def asks_fields_of(self, before: PartReading) -> bool:
        """A later part that names no record or organization of its own but fields of the
        records before it ("…serial + macos version?")."""
        if self.named_orgs or self.how == "key" or (self.entries and self.how != "role"):
            return False
        if self.entries and any(map(names_few, self.used)):
            return False  # "…, and the support number for their Symitar vendor": its own
        kind = before.entries[0].kind
        if kind is RecordType.FLEXIBLE_ASSET:
            fields = self.catalog.fields_of(before.entries[0].type_name)
            return bool(attributes.traits(self.tokens, fields, False)) and not self.entries
        return bool(attributes.fixed(self.text, kind)) and (
            not self.entries or all(e.kind is not kind for e in self.entries)
        )

    def names_nothing_new(self) -> bool:
        """Only question words, fields and pronouns: "email?", "and what security"."""
        return not self.new_words()

    def new_words(self) -> list[str]:
        """The words that could name a record, besides question words, fields and pronouns."""
        cat = self.catalog
        if {"hq", "headquarters", "branch"} & set(self.tokens):
            return ["hq"]  # "the main line at their HQ": the organization's place
        return [
            t
            for t in self.tokens
            if t not in STOP
            and not (self.named_orgs and t in self.org_used)
            and t not in QUESTION_WORDS
            and stem(t) not in QUESTION_STEMS
            and stem(t) not in cat.field_words
            and (
                stem(t) in cat.vocabulary
                or stem(t) in cat.type_words
                or any(x in cat.type_words for x in expand([t]))
                or t in cat.org_words
                or any(ch.isdigit() for ch in t)
                or t not in model_words()
            )
        ]

    def ask(self) -> Ask:
        return Ask(
            targets=[e.source_id for e in self.entries],
            attributes=[a.key for a in self.attributes],
            labels=[a.label for a in self.attributes],
            total=self.total,
            mention=self.text,
        )
