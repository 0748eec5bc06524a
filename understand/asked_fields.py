"""Which fields of the grounded records a part asks for: fixed fields, an asset type's traits
(each segment of "version of X and the vendor support number" its own), the notes when the
question's leftover words are written there, and the fields it asks that no record documents.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from core.models import RecordType
from understand import attributes, intents
from understand.catalog import Entry
from understand.cues import CLOSET, SOFTWARE_HINT, asking_text
from understand.glossary import STOP
from understand.lexicon import QUESTION_STEMS, QUESTION_WORDS
from understand.reading import PartReading
from understand.spelling import correct, question_words
from understand.text import stem, words

NOTES = attributes.Attribute("notes", "notes")
OS_NOTES = attributes.Attribute("operating_system_notes", "OS notes")

FIELD_ASKS = frozenset(
    [
        "vlan",
        "ssid",
        "registrar",
        "isp",
        "circuit",
        "bandwidth",
        "seats",
        "issuer",
        "retention",
        "schedule",
        "firmware",
        "bios",
        "ram",
        "cpu",
        "memory",
        "mx",
        "tenant",
        "subnet",
        "gateway",
        "dns",
        "netmask",
        "uptime",
        "sla",
        "rto",
        "rpo",
        "phone",
        "iccid",
        "imei",
        "sim",
        "channel",
        "band",
        "frequency",
        "url",
        "size",
        "encryption",
        "encrypted",
        "algorithm",
        "cipher",
    ]
)
"""Words that ask for a field: unanswered, they make "not documented", not another answer."""

_AND = re.compile(r"\b(?:and|n|also|plus|as well as)\b|[+&/;]", re.I)
"""Where a question that asks several fields of one record goes on to the next."""

_EXACT_PLACE = re.compile(
    r"\bwhere exactly\b|\bphysically\b|\bfind it\b|\bon site\b|\bwhich (room|rack|closet|"
    r"cabinet|floor)\b",
    re.I,
)
"""Where in the building, not only which site."""


class PartFields(PartReading):
    """A part that knows which fields it asks for."""

    def _attributes(self) -> None:
        if not self.entries:
            return
        first = self.entries[0]
        if first.kind is RecordType.PASSWORD:  # an entry is answered whole, unless the
            # question asks its URL or user name ("login url for the sa account")
            self.attributes = [
                a
                for a in attributes.fixed(self.text, first.kind)
                if a.key == "url"
                or re.search(r"user ?name|\buser\b|\blog ?in as\b", self.text, re.I)
            ]
            if self._in_notes():  # "is it rotated on a schedule?": "Rotated quarterly"
                card = [] if self.attributes else [attributes.Attribute("card", "")]
                self.attributes += [*card, NOTES]
        elif first.kind is RecordType.FLEXIBLE_ASSET:
            fields = self.catalog.fields_of(first.type_name)
            expiring = bool(intents.EXPIRY.search(self.text))
            self.attributes = attributes.traits(self.tokens, fields, expiring)
            own = [t for t in self.tokens if t not in self.used]  # "the lightspeed app, what
            wider = attributes.traits(own, fields, expiring)  # servers": "app" named the
            if set(self.attributes) < set(wider):  # record; it asks for every server field
                self.attributes = wider
            for segment in _AND.split(self.text) if _AND.search(self.text) else ():
                # "version of EXACT and the vendor support number": each asks its own field
                # ("seats + when it renews": the seats too, though "when" asks a date)
                said = correct(question_words(segment), self.catalog)
                keys = {a.key for a in self.attributes}
                more = attributes.traits(said, fields, expiring)
                self.attributes += [a for a in more if a.key not in keys]
        else:
            self.attributes = attributes.fixed(self.text, first.kind)
            if NOTES not in self.attributes and self._notes_say_more(first):
                self.attributes.append(NOTES)
            if first.kind is RecordType.CONTACT:
                self.attributes = [a for a in self.attributes if a.key != "title"] or (
                    self.attributes
                )
            if self._software_in_notes():  # "what backup sw runs on hades": no record
                self.intent = "lookup"  # runs on it, its notes name the software
                self.attributes = [attributes.Attribute("card", ""), NOTES]
            elif (
                (self.attributes or self.intent == "lookup")
                and self._in_notes()
                and all(a.key != NOTES.key for a in self.attributes)
            ):
                card = [] if self.attributes else [attributes.Attribute("card", "")]
                self.attributes += [*card, NOTES]
            if (
                (self.attributes or self.intent == "lookup")
                and first.kind is RecordType.CONFIGURATION
                and self._in_notes(besides=self.used, table=self.catalog.os_note_words)
                and OS_NOTES not in self.attributes
            ):  # "what gpus are in xenon": "4x NVIDIA L40S" in its OS notes
                card = [] if self.attributes else [attributes.Attribute("card", "")]
                self.attributes += [*card, OS_NOTES]

    def _notes_say_more(self, first: Entry) -> bool:
        """Whether the record's notes answer what its fields cannot: the person of a device
        with no contact set ("whose laptop is cardozo"), where exactly a device is ("where
        exactly is the core switch"), where a site keeps its gear ("where's the IT closet")."""
        keys = {a.key for a in self.attributes}
        if first.kind is RecordType.CONFIGURATION:
            return ("contact" in keys and "contact_id" not in first.fields) or (
                "location" in keys and bool(_EXACT_PLACE.search(self.text))
            )
        return first.kind is RecordType.LOCATION and bool(CLOSET.search(self.text))

    def _software_in_notes(self) -> bool:
        """Software asked of devices no application record names, whose notes have the
        question's words."""
        if not (
            self.intent == "dependencies"
            and SOFTWARE_HINT.search(self.text)
            and all(e.kind is RecordType.CONFIGURATION for e in self.entries)
            and not any(self.catalog.tagged.get(e.source_id) for e in self.entries)
        ):
            return False
        said = {stem(t) for t in self.tokens if len(t) >= 4 and t not in STOP}
        notes = self.catalog.note_words
        return any(
            (said - {stem(w) for w in words(e.name)}) & notes.get(e.source_id, set())
            for e in self.entries
        )

    def _in_notes(
        self, besides: Collection[str] = (), table: dict[str, frozenset[str]] | None = None
    ) -> bool:
        """Words the grounding did not use that the records' notes have ("is it the active
        or standby member?", "where's the comms cupboard"): the notes answer them. `besides`:
        more words that do not count (the ones that found the records)."""
        cat = self.catalog
        left = {
            stem(t)
            for t in self.tokens
            if (len(t) >= 4 or t in FIELD_ASKS)  # "which carrier's sim is in it"
            and t not in self.org_used
            and t not in besides
            and t not in STOP
            and t not in QUESTION_WORDS
            and stem(t) not in QUESTION_STEMS
            and stem(t) not in cat.field_words
            and stem(t) not in cat.type_words
        }
        noted = cat.note_words if table is None else table
        return any(
            (left - {stem(w) for w in words(e.name)}) & noted.get(e.source_id, set())
            for e in self.entries
        )

    def _undocumented(self) -> None:
        """A field the question asks for ("the VLAN of the guest Wi-Fi") that the records it
        names do not have."""
        if not self.entries or any(a.key not in ("card", "notes") for a in self.attributes):
            return
        notes = self.catalog.note_words
        consoles = any(  # "login url for FAU-HV01": its password entry's URL; "the url of
            self.catalog.credentials.get(e.source_id) or "." in e.name  # www.x.example":
            for e in self.entries  # the name is the address
        )
        said = set(words(asking_text(self.text)))  # not "User is on the *phone*. Which…"
        asked = [  # "login url for FAU-HV01": its password entry's URL
            t
            for t in self.tokens
            if t in FIELD_ASKS
            and t in said
            and t not in self.used
            and not (t == "url" and consoles)
        ]
        noted = [  # "oakridge guest ssid vlan": the switch's notes have the VLAN
            t
            for t in self.tokens
            if t in FIELD_ASKS and any(stem(t) in notes.get(e.source_id, ()) for e in self.entries)
        ]  # "the registrar for bluewatermarine.example": not the DC's notes on the domain
        if asked and not noted and not self._in_notes(besides=self.used):  # "on a schedule?":
            self._not_documented(" ".join(asked))

    def take(self, before: PartReading, entries: list[Entry] | None = None) -> None:
        """Answer this part about the records of the part before (or `entries` of it)."""
        entries = before.entries if entries is None else entries
        self.entries, self.total, self.how = entries, max(before.total, len(entries)), "previous"
        self.orgs, self.unresolved = before.orgs, []
        self._attributes()
        if self.intent in ("expiry", "list"):  # "…: idrac ip and when does the warranty end":
            self.intent = "lookup"  # that record's date, not what expires
