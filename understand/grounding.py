"""Grounding one part of a question: organizations, then records by exact key, then by role,
in the order of the kinds its wording asks for (an IP is a configuration's, an email a
contact's, "who" a person's); then the fields asked and whatever it names that grounds to
nothing. `Part` is the whole of a part: `reading`, `asked_fields`, `unknown_names`, `missing`
and `redirects` are its layers.
"""

from __future__ import annotations

import re

from core.models import RecordType
from understand import attributes, intents
from understand.asked_fields import NOTES
from understand.cues import (
    ASKS_DEVICES,
    ASKS_NUMBER,
    CLOSET,
    DEVICE_HINT,
    DEVICE_ONLY,
    ENTRIES,
    ENTRY_WORDS,
    FULL,
    LOCATION_HINT,
    NUMBER_ASKED,
    NUMBER_FIELD,
    PERSON,
    PERSON_NOUN,
    PRICE,
    REFER,
    ROLE_AFTER,
    SECRET_WORDS,
    STREET,
    THEIR,
    WHEN_DATE,
    WHO_FIRST,
    names_few,
    undocumented_asked,
)
from understand.keys import by_key
from understand.kinds import ALL_KINDS, device_words, of_other_asset_type, types_named
from understand.lexicon import DEVICE_NOUNS
from understand.reading import MAX_TARGETS, NOTHING_EARLIER, unfound
from understand.redirects import PartRedirects
from understand.spelling import is_common
from understand.text import stem, words


class Part(PartRedirects):
    """One part of a question, grounded."""

    def ground(self) -> None:
        cat, text = self.catalog, self.text
        if self.out_of_scope:  # never the caller's own records instead
            self.unresolved.append(unfound(" ".join(sorted(self.org_used)) or text))
            return
        client = self._unknown_client()
        if client:  # "at the bakery client": a client this account cannot name
            self.unresolved.append(unfound(client))
            return
        their = (  # "who is their IT manager", "the street address of their office",
            self.orgs  # "when does their vpn cert expire"
            and THEIR.search(text)
            and (
                PERSON.search(text)
                or LOCATION_HINT.search(text)
                or types_named(self.tokens, cat.type_words)
            )
        )
        if (
            REFER.search(text)
            and self.names_nothing_new()
            and not self.named_orgs
            and not their
            and not FULL.search(text)  # "which clients used every one of their seats"
        ):
            self.unresolved.append(NOTHING_EARLIER)
            return  # "and its MAC?" with nothing before it: not every MAC in reach
        entries, how, used, unresolved = by_key(
            cat, text, self.tokens, self.orgs, self.allowed, set(ALL_KINDS) | {RecordType.PASSWORD}
        )
        self.unresolved += [unfound(u) for u in unresolved]
        if (
            how == "key"
            and len(used) == 1
            and is_common(next(iter(used)))
            and all(e.kind is RecordType.CONFIGURATION for e in entries)
        ):
            # "address for job 2417", "red river lofts job": the job site so described, not
            # the printer named "job"
            things, _, met = self._role(ALL_KINDS, self.org_used)
            word = next(iter(used))
            if (
                things
                and used < met
                and all(word in words(e.name) for e in things)  # named with the word, and more
                and not {e.source_id for e in things} & {e.source_id for e in entries}
            ):
                entries, how, used = things, "role", met
        if self.intent != "credential":  # "the pan-os version on it": not the "widowmaker
            entries = [e for e in entries if e.kind is not RecordType.PASSWORD]  # PAN-OS admin"
        if entries and WHO_FIRST.search(text) and not self._fields_of(entries):
            # "who at Harvest approves Link2Feed accounts": the person whose notes name it
            people, _, met = self._role((RecordType.CONTACT,), self.org_used)
            if people and any(map(names_few, met & used)):
                entries, how, used = people, "role", met
        if (
            entries
            and how == "key"
            and all(e.kind is RecordType.LOCATION for e in entries)
            and not ROLE_AFTER.search(text)
            and any(
                kind.lower() not in cat.asset_types
                for kind in types_named(self.tokens, cat.type_words)
            )
        ):  # "the summit lodge switch": the switch at that place, not the place
            devices, _, met = self._role((RecordType.CONFIGURATION,), self.org_used)
            named_kinds = set(types_named(list(met - used), cat.type_words))
            if (
                devices
                and used & met
                and named_kinds
                and all(e.type_name in named_kinds for e in devices)
            ):
                entries, how, used = devices, "role", met
            else:  # "which controller runs the blast freezer at the Gloucester plant": the
                things, _, met = self._role((RecordType.FLEXIBLE_ASSET,), self.org_used)
                if things and used & met and len(met - used) >= 2:  # asset so named there
                    entries, how, used = things, "role", met  # (not a "Domain controller")
        if (
            entries
            and all(e.kind is RecordType.LOCATION for e in entries)
            and ROLE_AFTER.search(text)
        ):  # "the dayton branch mgr's phone": the person of that place, not the place's line
            people, _, met = self._role((RecordType.CONTACT,), self.org_used)
            if people and used & met:
                entries, how, used = people, "role", met
        device_fields = [
            a
            for a in attributes.fixed(text, RecordType.CONFIGURATION)
            if a.key
            not in ("location", "warranty_expires_at", "configuration_type", "manufacturer")
        ]
        named_assets = [  # not "Mobile Line" for Silver Line's "line"
            t
            for t in types_named([t for t in self.tokens if t not in self.org_used], cat.type_words)
            if t.lower() in cat.asset_types
        ]
        if entries and all(e.kind is RecordType.FLEXIBLE_ASSET for e in entries):
            lacking = not attributes.traits(
                self.tokens, cat.fields_of(entries[0].type_name), False, strict=True
            )
            if lacking:  # "Prophet 21 seats": the licence named so, not the application
                named_assets += [t for t in self.trait_types() if t not in named_assets]
        if of_other_asset_type(entries, named_assets):
            # "the Epicor Kinetic licence": the licence named Epicor…, not the application
            of_type, _, more = self._role(
                (RecordType.FLEXIBLE_ASSET,),
                set(),
                asset_types=named_assets,
            )
            if of_type:
                entries, how, used = of_type, "role", used | more
        if (
            entries
            and (device_fields or DEVICE_HINT.search(text))
            and not (self.intent == "dependencies" and ASKS_DEVICES.search(text))
            and all(e.kind is RecordType.FLEXIBLE_ASSET for e in entries)
            and not attributes.fully_named(self.tokens, cat.fields_of(entries[0].type_name))
            and not attributes.traits(
                self.tokens, cat.fields_of(entries[0].type_name), False, strict=True
            )
        ):
            # "the MAC of the CCH Axcess server": the device that runs it, not the app record
            # ("the prophet 21 box sits on which hypervisor": the box, not a hypervisor)
            devices, _, more = self._role((RecordType.CONFIGURATION,), self.asked_type)
            if devices:
                entries, how, used = devices, "role", used | more
        if not entries and self.intent == "credential" and self.orgs and ENTRIES.search(text):
            # "which password entries do we keep for X": all its entries, when no other word
            # picks some ("which passwords exist for the X firewall" goes on as before)
            named = {t for t in self.tokens if t in cat.org_keys}  # "jfo": its initials
            picked, _, _ = self._role(
                (RecordType.PASSWORD, RecordType.CONFIGURATION),
                self.org_used | named | ENTRY_WORDS,
            )
            if not picked:
                entries = sorted(
                    self._of_orgs(lambda e: e.kind is RecordType.PASSWORD),
                    key=lambda e: (e.name.lower(), e.source_id),
                )
                how, used = ("role" if entries else how), named
        if (
            not entries
            and any(a.key == "address" for a in attributes.fixed(text, RecordType.LOCATION))
            and not PERSON.search(text)
            and not any(a.key in DEVICE_ONLY for a in device_fields)  # "the ATM at Main
        ):  # Street, its MAC": the device's field, not the place's
            typeish = {
                t for t in self.tokens if t not in self.org_used and device_words([t], cat)
            }  # "address for pump station 3": the place so named, though "station" is a type
            places, _, met = self._role((RecordType.LOCATION,), self.org_used)
            if places and len(met) >= 2 and typeish <= met:  # "… silver line's west sac yard"
                entries, how, used = places, "role", met
            elif self.named_orgs and not typeish and not places and STREET.search(text):
                entries = self._main_site(named_first=False)  # "where's the dentist located,
                how = "role" if entries else how  # street addr": its office
            elif self.orgs and not typeish and not places and CLOSET.search(text):
                entries = self._main_site(named_first=True)  # "where's the IT closet at the
                how = "role" if entries else how  # shelter in santa cruz": that site's notes
        asks_secret = self.intent == "credential" and SECRET_WORDS.search(text)
        device_asked = bool(device_fields) and any(
            t.lower() not in cat.asset_types for t in types_named(self.tokens, cat.type_words)
        )  # "when was the Pinecrest FW installed": the firewall's field, not a cert's
        fixing = self.intent == "howto" and not ASKS_NUMBER.search(text)  # "plans stuck in
        # the queue, what's the fix": no field; "…throwing tube errors, whats the bruker
        # contract #": that field
        typed = self.trait_types() if not (entries or asks_secret or device_asked or fixing) else []
        spelled = [  # "fcc call sign": every word of one of the type's fields
            t for t in typed if attributes.spelled_out(self.tokens, cat.fields_of(t))
        ]
        if spelled:
            typed = spelled
        elif (
            typed
            and named_assets
            and not set(typed) & set(named_assets)
            and not self._type_words_in_fields(named_assets, typed)
        ):
            typed = named_assets  # "who hosts email": the Email record, not an app's "hosted on"
        if typed:  # "the financial controller", "domain controllers": a title, a role
            rival, score, rival_used = self._role(
                (RecordType.CONFIGURATION, RecordType.CONTACT),
                self.org_used,
            )
            _, asset_score, _ = self._role(
                (RecordType.FLEXIBLE_ASSET,),
                self.org_used,
                asset_types=typed,
            )
            said = {t for t in self.tokens if stem(t) in cat.field_words}
            if (
                rival
                and len(rival_used) >= 2
                and said & rival_used
                and score > asset_score
                and not spelled
            ):
                entries, how, used, typed = rival, "role", rival_used, []
                self.titled = True
        if typed:  # "the circuit ID", "the global admins on their M365": that asset type
            entries, _, used = self._role(
                (RecordType.FLEXIBLE_ASSET,),
                self.org_used,
                loose=True,
                asset_types=typed,
            )
            brand = [  # "the priva system", "the school library PC": records of their own
                w for w in rival_used - said if not is_common(w) or types_named([w], cat.type_words)
            ]
            if not entries and self.named_orgs and not brand:
                entries = self._of_orgs(lambda e: e.type_name in typed)[:3]  # "the tenant
            how = "role"  # name for Tailspin": its Email; not "the priva system's ip", which
            # names records ("priva") that are not of the type its field ("system") is of
        if not entries and (who := WHO_FIRST.search(text)):
            things, _, met = self._role(ALL_KINDS, self.org_used)
            thing = things and things[0].kind is not RecordType.LOCATION  # "who runs the faro
            after_who = words(text[who.end() :])  # a person asked for, the thing said before
            person = PERSON_NOUN.search(text[who.end() :]) and not met & set(after_who)
            if thing and any(map(names_few, met)) and not person:  # office": a person;
                entries, used = things, met  # "linehaul support contract - who's the vendor":
                # its field; "… acting up: who's the vendor contact": a person
            else:
                entries, _, used = self._role((RecordType.CONTACT,), self.org_used, loose=True)
                self.unresolved += [unfound(f"{w} contact") for w in self._no_one_is(used)]
            how = "role"
        if not entries:
            ignore = set(self.org_used)
            if self.intent == "expiry":  # "running out": when, not which record
                ignore |= {w for m in intents.EXPIRY.finditer(text) for w in words(m[0])}
            if self.intent == "dependencies":  # "which host is X on": X, not a host
                ignore |= {w for phrase in self.asked_type for w in phrase.split("-")}
                ignore |= self.asked_type
            asked = {
                w
                for phrase in self.asked_type
                for w in [phrase, *phrase.split("-")]
                if stem(w) in cat.type_words or w in DEVICE_NOUNS
            }
            tries = [(k, ignore | asked) for k in self._preferences()] if asked else []
            for kinds, skip in tries + [(k, ignore) for k in self._preferences()]:
                # "the mail cert, what server is it on": the cert, before any server
                entries, _, used = self._role(kinds, skip)
                if entries:
                    entries, used = self._past_field_words(kinds, skip, entries, used)
                    how = "role"
                    break
            if of_other_asset_type(entries, named_assets):  # "support number for the LOB
                # vendor": the application, not "X support"
                of_type, _, more = self._role(
                    (RecordType.FLEXIBLE_ASSET,), set(self.org_used), asset_types=named_assets
                )
                if of_type:
                    entries, used = of_type, used | more
        if not entries and self.orgs and device_fields:
            entries = self._having(device_fields[0].key)
            how = "role" if entries else how
        if (
            entries
            and all(e.kind is RecordType.CONTACT for e in entries)
            and not re.search(r"\bwho('?s)?\b|\bwhom\b", text, re.I)
            and not attributes.fixed(text, RecordType.CONTACT)
        ):  # "the owner's laptop": the laptop the owner is the contact of, not the owner
            device_kinds = set(types_named(self.tokens, cat.type_words))
            theirs = [
                cat.entries[i]
                for e in entries
                for i in cat.devices_of.get(e.source_id, ())
                if cat.entries[i].type_name in device_kinds
            ]
            if theirs:
                entries, how = theirs, "role"
        if entries and not device_fields and self.intent != "credential":
            entries = self._consoles(entries)  # "what url do i connect to" on the fortigate
        full = self._full(entries)
        if full is not None:  # "which clients have zero free M365 seats": those whose count of
            entries, how = full, "role"  # seats used has reached their seats
        self.total = len(entries)
        self.entries = entries[:MAX_TARGETS]
        self.how = how if entries else ""
        self.used = used
        self._and_the_other()
        self._redirect_to_tagging_asset()
        self._redirect_to_application()
        self._attributes()
        if self.capacity_asked and self.entries:  # how many there are and how many are taken
            total, taken = self.catalog.capacity[self.entries[0].source_id][:2]
            self.attributes = [
                attributes.Attribute(f"trait:{f.name_key}", f.name) for f in (total, taken)
            ]
        self._missing()
        number = NUMBER_ASKED.search(text)
        if (
            number
            and self.entries
            and self.intent == "lookup"
            and self.attributes
            and not any(
                NUMBER_FIELD.search(a.label)
                or {"acct": "account", "ref": "reference"}.get(n := number[1].lower(), n)
                in a.label.lower()
                for a in self.attributes
            )  # "schwab master account #": the field "Master Account"
        ):  # "contract number for the HPE warranty": no field holds one (not its coverage)
            self._not_documented(number[0].lower())
        undocumented = undocumented_asked(text)  # asked, not context ("down for a bios
        priced = bool(undocumented and PRICE.search(undocumented[0])) and not any(
            PRICE.search(a.label) for a in self.attributes
        )  # "what are we paying per seat": no price field, so not the seat count
        if (
            undocumented
            and self.entries
            and (priced or not self.attributes)
            and self.intent == "lookup"
        ):
            undocumented_field = undocumented[0].lower()
            if PRICE.search(undocumented_field) or undocumented_field.startswith("how much"):
                undocumented_field = "price"
            elif "rack" in undocumented_field:
                undocumented_field = "rack position"
            self._not_documented(undocumented_field)
        if (
            self.entries
            and self.intent == "lookup"
            and all(e.kind in (RecordType.LOCATION, RecordType.CONTACT) for e in self.entries)
            and WHEN_DATE.search(text)
            and NOTES not in self.attributes
        ):  # "when does the comcast contract for the chicago office end": no place has dates
            self._not_documented("such date")
        if self.unresolved:  # "the mail cert at Faucets" when Faucets has none: not the others
            if set(self.unresolved) <= self.undocumented:
                self.lacking = self.entries  # found, but the field asked is not documented
            self.entries, self.total, self.how = [], 0, ""
