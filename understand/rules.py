"""The rules planner: a question (and the thread's last turn) → a grounded `Plan`.

Each part of a question ("the IP of DC01 and who is the IT manager?") is grounded on its own:
organizations, then records by exact key, then by role, in the order of the kinds its wording
asks for (an IP is a configuration's, an email a contact's, "who" a person's). A part that
names nothing new ("and its serial?", "email?") takes its records from the part or turn
before, within the caller's scope. Whatever the question names that grounds to nothing is kept
in `unresolved`, so the answer says what was not found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.models import RecordType
from graphs.state import Ask, Intent, Plan, RetrieverName, Turn
from understand import attributes, intents, resolve
from understand.catalog import GENERIC_ORG_WORDS, PLACE_WORDS, Catalog, Entry
from understand.text import (
    ABBREVIATIONS,
    IPV4,
    STOP,
    expand,
    joined,
    parts,
    squash,
    stem,
    tidy,
    words,
)
from understand.windows import window

MAX_PARTS = 6
"""Parts of one question that are answered (a longer list is cut, not a denial of service)."""
MAX_TARGETS = 10
"""Records one ask answers for; more are counted and named as "N of M"."""

_SPLIT = re.compile(
    r"\?\s+(?=\S)|;\s*|\s+\+\s+|\s+(?:and|also|plus|,)\s+(?=(?:what|what's|whats|who|who's|whos|"
    r"whose|where|when|which|how|is|are|does|do|can)\b)|"
    r",\s*(?=(?:what|who|whose|where|when|which|how)\b)|"
    r",\s*and\s+(?=(?:the|their|its|his|her)\s)",
    re.I,
)
_FOLLOW = re.compile(
    r"^\s*(and|what about|how about|also|plus)\b|\b(its|it|it's|that|this|those|these|same|"
    r"them|they|their|his|her|he|she)\b",
    re.I,
)
SOFTWARE_HINT = re.compile(
    r"\b(software|app|application|program|product|subscription|licen[cs]e|saas|platform|"
    r"lob|line of business|vendor support|support (number|line|phone|contact|portal))\b",
    re.I,
)
PERSON = re.compile(
    r"\bwho\b|manager|\bmgrs?\b|owner|director|\blead\b|\bhead of\b|officer|admin(istrator)?\b|"
    r"\bperson\b|\bcontact\b",
    re.I,
)
WHO_FIRST = re.compile(
    r"(^|[-,.:;!]\s+)\s*(who|whom|who's|whos)\b(?!.{0,12}\b(makes?|made|manufactur))", re.I
)
_PERSON_NOUN = re.compile(r"\b(contact|person|rep|guy|gal|tech)\b", re.I)
"""A person asked for after "who" ("who's the vendor contact"), not a record's field."""
_PC = re.compile(r"\b(pc|laptop|workstation|desktop)\b", re.I)
_APP_SERVER = re.compile(r"\b(app|application|db|database|web|file|print|mail) servers?\b", re.I)
DEVICE_HINT = re.compile(
    r"\b(box|boxes|server|servers|machine|device|host|vm|appliance|hardware|which (one|pc))\b",
    re.I,
)
_ASKS_DEVICES = re.compile(
    r"\b(what|which)\s+(servers?|boxes|machines?|hosts?|vms?|devices?)\b", re.I
)
"""The devices are what is asked ("which servers does epicor need"), not what is named."""
_ROLE_AFTER = re.compile(
    r"\b(branch|office|site|store|clinic|plant|shop|warehouse|campus|school)\s+(manager|mgr|"
    r"lead|supervisor|director|administrator|admin|head|contact)s?\b",
    re.I,
)
"""A person's title after the place it is of ("branch manager", "site lead")."""
_SECRET_WORDS = re.compile(
    r"password|passwd|\bpw\b|\bpwd\b|credential|\bcreds?\b|login|\buser ?names?\b|"
    + intents.PASSWORD_ABROAD,
    re.I,
)
_REFER = re.compile(r"\b(it|its|it's|them|they|their|that one|this one|same one)\b", re.I)
"""Words that point back at a record named before (not "the certs *that* expired")."""
_THEIR = re.compile(r"\b(their|they)\b", re.I)
"""The organization pointed back at ("their IT manager"), not a record."""
NOTES = attributes.Attribute("notes", "notes")
OS_NOTES = attributes.Attribute("operating_system_notes", "OS notes")
_THAT_THING = re.compile(
    r"\b(?:that|this|the same)\s+(?:box|host|server|device|machine|vm|pc|computer|unit|"
    r"appliance|thing)\b|(?<=\bis )(?:that|this)(?=\s*[?.!]*\s*$)",
    re.I,
)
"""A record of the turn before named by a demonstrative: "what hypervisor is that box on?",
"what model printer is that"."""
_THERE = re.compile(r"\b(there|their|same (client|org|organi[sz]ation|site)|they)\b", re.I)
CONTACT_HINT = re.compile(
    r"\bwho\b|\bwhom\b|contact|\bcall\b|e-?mail|\bphone\b|reach|manager|\bmgrs?\b|owner|director|"
    r"\blead\b|\bperson\b|\bguy\b|\bgal\b|in charge|responsible|point of contact",
    re.I,
)
LOCATION_HINT = re.compile(
    r"\bcomms (box|cabinet|cupboard|closet|room|rack)|\b(server|network) (closet|cupboard)\b|"
    r"\b(mdf|idf)\b|\bpost ?code|\bzip code|\beircode|"
    r"\boffice\b|\bsite|(?<!mac )(?<!ip )(?<!mail )(?<!email )(?<!e-mail )address|\bhq\b|"
    r"headquarters|branch|\blocation|\bbuilding|premises|"
    r"where (is|are) (the|their|our)? ?(office|site|hq|headquarters|branch)",
    re.I,
)
UNDOCUMENTED = re.compile(
    r"\bbios\b|\bcpu|processor|\bram\b|memory|disk space|disk size|cpu cores|\buptime\b|"
    r"\bprice\b|\bcost\b|how much (did|does|is)|purchase price|\bports? count|core count|"
    r"\bfirmware password|\bdress code|\bwi-?fi password\b(?=.*\bvalue\b)|"
    r"\b(paying|spending)\b|\bwhich rack\b|\brack (unit|position|slot)\b",
    re.I,
)
"""Attributes engineers ask about that no IT Glue record type holds as a field."""
_NUMBER_ASKED = re.compile(
    r"\b(contract|account|acct|policy|case|order|customer|agreement|subscription|invoice|po|"
    r"membership|reference|ref|claim|tenant) ?(number|#|no\.|id\b)",
    re.I,
)
"""An identifier asked for by what it numbers ("contract number", "account #")."""
_NUMBER_FIELD = re.compile(r"number|\bno\b|#|\bid\b|code|key|reference|\bref\b", re.I)
"""A field that holds such an identifier."""
_PRICE = re.compile(r"\bprice|\bcost|\bpaying\b|\bspending\b", re.I)
"""Of those, a price ("what are we paying per seat": not the seat count)."""
_HOW = re.compile(
    r"\bhow (do|to|can|should|would)\b|\bsteps?\b|procedure|runbook|\bthe fix\b|troubleshoot|"
    r"\b(need|have|want) to (restore|recover|reset|fix|install|set ?up|configure|replace|"
    r"rebuild|reboot|restart)\b|,\s*how\s*\??$|"
    r"\bwhere (do|should|would) (i|we) (start|begin|look)\b|"
    r"\bwhat (do|should|can) (i|we) (check|try|look at)\b|\bcheck first\b",
    re.I,
)
_ASKS_NUMBER = re.compile(
    r"\bwhat'?s (the|their|our) [\w-]+( [\w-]+)? (number|#|no|id|account|acct|code)\b", re.I
)
_WHICH_ONE = re.compile(
    r"\b(which|what) (device|box|machine|server|pc|computer|one|host|unit) (is|was) "
    r"(that|it|this|they)\b",
    re.I,
)
_WHEN_DATE = re.compile(
    r"^\W*when (does|did|is|was|will|do)\b.*\b(end|expire|expires|renew|renews|start|starts|"
    r"run out|due|up)\W*$",
    re.I,
)
_SITES = re.compile(r"\b(sites|locations|offices|branches|addresses)\b", re.I)
_PEOPLE = re.compile(r"\b(contacts|people|persons)\b", re.I)


def _of_other_asset_type(entries: Sequence[Entry], named: Sequence[str]) -> bool:
    """Whether the records found are all assets of another type than the ones the question
    names."""
    return bool(entries and named) and all(
        e.kind is RecordType.FLEXIBLE_ASSET and e.type_name not in named for e in entries
    )


def _listed_kind(text: str) -> RecordType | None:
    """The kind of record a list names that no type does: locations or contacts."""
    if _SITES.search(text):
        return RecordType.LOCATION
    return RecordType.CONTACT if _PEOPLE.search(text) else None


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
ALL_KINDS = (
    RecordType.CONFIGURATION,
    RecordType.FLEXIBLE_ASSET,
    RecordType.CONTACT,
    RecordType.LOCATION,
)


_ASKING = re.compile(
    r"^\s*(?:(?:also|and|plus|then|oh)\s+)?(what|what's|whats|who|who's|whos|where|where's|when|which|how|is|are|does|do|can|"
    r"list|show|give|get|find|any)\b|\?",
    re.I,
)


_NAMED_SECRET = re.compile(r"\bwi-?fi (password|key|passphrase|psk)\b", re.I)
"""A Wi-Fi password asked for: the entry of that network, not an access point."""
_QUOTED = re.compile(r"(?:^|(?<=\s))['\"“‘]([^'\"”’]{2,40})['\"”’](?=$|[\s?.,!;:)])")
"""Words in quotes: a name as written, or an error message."""
_PLAIN_QUOTED = frozenset(
    ["main", "old", "new", "primary", "secondary", "backup", "spare", "other", "good", "bad"]
)
_CONSOLE = re.compile(
    r"(?<!which )(?<!what )\burl\b(?!s| filter| block)|(?:which|what) url (?:do|should|to)\b|"
    r"\bweb ?(ui|interface|gui|console|page|admin)\b|\bmanagement (url|page|interface|console)\b|"
    r"\blogin (page|url|link)\b|\badmin (page|url|console|portal)\b",
    re.I,
)
"""A device's console asked for: the URL of the password entry kept for it."""
_PERSON = frozenset(["contact", "person", "guy", "rep", "representative", "liaison", "poc"])
_PEOPLE_WORDS = frozenset(
    [
        "contact",
        "contacts",
        "person",
        "people",
        "someone",
        "anyone",
        "call",
        "ring",
        "reach",
        "talk",
        "speak",
        "email",
        "phone",
        "number",
        "name",
        "there",
        "their",
        "main",
        "primary",
        "should",
        "would",
        "could",
        "about",
        "regarding",
        "need",
        "needs",
        "want",
        "help",
        "question",
        "issue",
        "problem",
        "urgent",
        "quick",
        "today",
        "right",
        "now",
    ]
)
"""Words of a who-question that ask for a person, not a role ("who's the main contact")."""
_ENTRY_WORDS = {"password", "passwords", "entries", "entry", "credentials", "logins", "creds"}
_ENTRIES = re.compile(
    r"\b(which|what|list|all|any)\b.{0,30}\b(passwords|password entries|entries|credentials|"
    r"logins|creds)\b",
    re.I,
)
"""A question for the entries an organization keeps, not for one of them."""
_AND = re.compile(r"\b(?:and|n|also|plus|as well as)\b|[+&/;]", re.I)
"""Where a question that asks several fields of one record goes on to the next."""
_ASKER = re.compile(
    r"\b(?:(?:the\s+)?(?:client|customer|user|staff|office manager|practice manager|manager|"
    r"owner|director|ceo|cfo|boss|they|\w+ support|vendor|tech)\s+)?(?:is asking|are asking|"
    r"asked( me)?|"
    r"wants? to know|would like to know|needs? to know)\b|"
    r"\b(?:the\s+)?(?:vendor|support|tech|engineer|insurer|auditor|client|customer|user|isp)\s+"
    r"(?:wants|needs|asked for|is asking for)\s+(?:it|this|that|them)\b",
    re.I,
)
"""Who is asking ("the riverside office manager is asking when…"): not what is asked about."""
ORG_SUFFIXES = (
    (
        GENERIC_ORG_WORDS
        | frozenset(
            ["works", "labs", "group", "industries", "company", "co", "corp", "corporation"]
        )
    )
    - STOP
    - frozenset(["pc", "pa"])
)
"""Words that end company names: after a word the account lacks, a company it lacks."""
_ORG_NOUNS = frozenset(
    ["client", "clients", "customer", "customers", "company", "business", "firm", "practice"]
)
"""What an organization is called besides its name ("the dental client's"): not a name."""
_ASKS_INSIDE = re.compile(
    r"\b(what|what's|whats|which|who|who's|whose|where|where's|when|how)\b", re.I
)


def unfound(text: str) -> str:
    """How the answer says that a name grounds to nothing the caller may see (the same words
    whether it exists elsewhere or nowhere, so a scoped key learns nothing)."""
    return f"nothing in your scope matches '{text[:60]}'"


def split(question: str, field_words: Collection[str] = ()) -> list[str]:
    """The parts of a question that asks several things ("ip of X and who is Y?"). A part
    that asks nothing ("power cut at Fabrikam, what's the shutdown order") is context for
    the part after it; one in brackets after it qualifies the part before ("… ? (faro)")."""
    parts = [p.strip(" ?,.") for p in _SPLIT.split(question)]
    halves = [_two_asks(p, field_words) for p in parts if p]
    paired = {h for pair in halves if len(pair) == 2 for h in pair}  # each asks a field
    parts = [h for pair in halves for h in pair][:MAX_PARTS]
    place = _TRAILING_PLACE.search(parts[-1]) if len(parts) >= 2 else None
    asks_field = place is not None and (
        any(attributes.fixed(parts[-1], kind) for kind in attributes.FIXED)
        or _names_a_field(parts[-1][: place.start()], field_words)
    )  # not "… apple want both for a repair booking"
    if place and asks_field:  # "fw model + firmware at the jean-talon boutique": both there
        parts = [
            f"{p} {place[0].strip()}" if len(words(p)) <= 3 and not _PLACED.search(p) else p
            for p in parts[:-1]
        ] + parts[-1:]
    out: list[str] = []
    carry = ""
    for n, part in enumerate(parts):
        if out and re.fullmatch(r"\([^()]*\)", part):  # "io ip addr? (levante faro)": where
            out[-1] = f"{out[-1]} {part}"
            continue
        asking = (
            part in paired
            or _ASKING.search(part)
            or _ASKS_INSIDE.search(part)  # "SYD-ESX-01 - which VMs are on it"
            or any(attributes.fixed(part, kind) for kind in attributes.FIXED)
            or re.search(r"\b(name|names)\b", part, re.I)
            and PERSON.search(part)
            or (
                n + 1 < len(parts)
                and _FIELD_ONLY.fullmatch(part)
                and _names_field(part, field_words)
            )
        )  # "SAS: IT manager's name, and the wan ip on their fortigate"; "BSD: guest ssid, and…"
        if not asking and n + 1 < len(parts) and not out:
            carry = f"{carry} {part}".strip()
            continue
        if (
            not asking
            and out
            and n + 1 == len(parts)
            and re.search(r"\?\s*[A-Za-z]+\W*$", question)
        ):
            out[-1] = f"{out[-1]} {part}"  # "pioneer supply erp server ip? eclipse": which one
            continue
        glue = next(  # "coverage level and when it runs out", "seats + when it renews"
            (g for g in (" and ", " + ") if f"{carry}{g}{part}".lower() in question.lower()), " "
        )
        out.append(f"{carry}{glue}{part}".strip() if carry else part)  # "coverage level and
        # when it runs out": one record's two asks, kept as said
        carry = ""
    return out or [question]


_JOIN = re.compile(r",?\s+(?:and|&|\+|plus)\s+", re.I)
_CLAUSE = re.compile(
    r"\b(it|its|it's|their|them|this|that|so|because|since|is|are|was|were|says?|keeps?|"
    r"shows?|stuck|can|could|should|will|would)\b",
    re.I,
)
"""Words of a sentence (a verb, a pronoun), not of a list of two records' fields."""


def _two_asks(part: str, field_words: Collection[str]) -> list[str]:
    """ "summit firewall wan ip and core switch mgmt ip", "guest wifi vlan, and corp wifi
    security": two records, each with its own field, joined by "and" (not "ip and mac of X",
    whose first half names no record)."""
    joins = list(_JOIN.finditer(part))
    if len(joins) != 1 or _CLAUSE.search(part):
        return [part]  # "pull its ip and mac so i can check…", "says 86:01 and plans are…"
    left, right = part[: joins[0].start()], part[joins[0].end() :]

    def field(word: str) -> bool:  # "securty": a field word mistyped
        base = stem(word)
        if base in field_words or intents.FIELD_ASKED.fullmatch(word):
            return True
        near = process.extractOne(base, field_words, scorer=OSA.distance, score_cutoff=1)
        return len(base) >= 5 and near is not None and len(near[0]) >= 5

    def asks(half: str) -> bool:
        said = words(half)
        fields = [w for w in said if field(w)]
        fields += [m[0] for m in intents.FIELD_ASKED.finditer(half)]
        named = [
            w for w in said if w not in STOP and w not in fields and w not in resolve.QUESTION_WORDS
        ]
        return bool(fields) and bool(named)

    return [left, right] if asks(left) and asks(right) else [part]


_TRAILING_PLACE = re.compile(r"\s(?:at|for|@)\s+(?:the\s+)?[\w&'.-]+(?:\s+[\w&'.-]+){0,3}$", re.I)
_PLACED = re.compile(r"\s(?:at|for|@|in|on|of)\s", re.I)
"""A place said once at the end of several short asks, and an ask that already has one."""

_FIELD_ONLY = re.compile(r"[\w&' ]+:\s*[\w' ]{1,40}", re.I)
"""A part shaped "<name>: <a field or two>" ("BSD: guest ssid")."""


def _names_field(part: str, field_words: Collection[str]) -> bool:
    """Whether the words after the colon name a field of the account's asset types."""
    return _names_a_field(part.split(":", 1)[1], field_words)


def _names_a_field(text: str, field_words: Collection[str]) -> bool:
    """Whether a word of the text is a word of the account's trait names."""
    return any(stem(w) in field_words for w in words(text))


_GENERIC_TYPE_WORDS = frozenset(
    ["device", "system", "equipment", "hardware", "unit", "network", "machine", "machines"]
)


def types_named(tokens: Sequence[str], type_words: dict[str, set[str]]) -> list[str]:
    """Configuration or asset types the words name ("aps" → Access Point), best first."""
    tokens = [  # "how many restore points": how long backups are kept, not access points
        t
        for n, t in enumerate(tokens)
        if not (t in ("point", "points") and n and tokens[n - 1] in ("restore", "recovery"))
    ]
    verbs = {t for t in tokens if t.endswith("ing") and len(t) > 6}  # "planning an upgrade"
    if verbs:  # names no "Backup Plan"; "licensing" is the type "Licensing"
        verbs -= {w for kinds in type_words.values() for kind in kinds for w in words(kind)}
    have = set(expand([t for t in tokens if t not in verbs]))
    have |= {w[:-1] for w in have if w[:-1] in _HEAD_NOUNS and w.endswith("s")}  # "pcs"
    score: dict[str, float] = {}
    own: set[str] = set()  # types hit by a word more telling than "device" or "system"
    for w in have:
        for t in type_words.get(w, ()):  # "xray" is both words of "X-ray"
            score[t] = score.get(t, 0.0) + (2.0 if w in joined(t) else 1.0)
            if w not in _GENERIC_TYPE_WORDS:
                own.add(t)
    out = []
    for t, hits in score.items():
        size = len({stem(w) for w in re.findall(r"[a-z0-9]+", t.lower())})
        if size >= 2 and t not in own:
            continue  # "northwind device warranties" names no "Mobile Device"
        head = stem(re.findall(r"[a-z0-9]+", t.lower())[-1])  # "Dental Radiography PC": a PC
        if hits / max(1, size) >= 0.5 or (head in have and head in _HEAD_NOUNS):
            out.append((-hits / size, t))
    return [t for _, t in sorted(out)]


_HEAD_NOUNS = frozenset(["pc", "laptop", "printer", "switch", "firewall", "router", "server"])
"""Kinds of device a longer type name ends in ("Dental Radiography PC", "Pharmacy Label
Printer"): asked for by that word alone."""


class _Part:
    """One part of a question, grounded."""

    def __init__(
        self,
        text: str,
        catalog: Catalog,
        allowed: Collection[int],
        context_orgs: Sequence[int] = (),
    ) -> None:
        self.text = text = resolve.respell(text, catalog)
        self.catalog = catalog
        proper = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text)}
        self.tokens = resolve.correct(resolve.question_words(text), catalog, proper)
        self.orgs, self.out_of_scope, self.org_used = resolve.organizations(
            catalog, self.tokens, allowed
        )
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
        self.intent: Intent = intents.intent_of(text)
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
            and _THEIR.search(text)
            and (
                PERSON.search(text)
                or LOCATION_HINT.search(text)
                or types_named(self.tokens, cat.type_words)
            )
        )
        if (
            _REFER.search(text)
            and self.names_nothing_new()
            and not self.named_orgs
            and not their
            and not _FULL.search(text)  # "which clients used every one of their seats"
        ):
            self.unresolved.append(NOTHING_EARLIER)
            return  # "and its MAC?" with nothing before it: not every MAC in reach
        entries, how, used, unresolved = resolve.by_key(
            cat, text, self.tokens, self.orgs, self.allowed, set(ALL_KINDS) | {RecordType.PASSWORD}
        )
        self.unresolved += [unfound(u) for u in unresolved]
        if (
            how == "key"
            and len(used) == 1
            and resolve.is_common(next(iter(used)))
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
            if people and any(map(_names_few, met & used)):
                entries, how, used = people, "role", met
        if (
            entries
            and how == "key"
            and all(e.kind is RecordType.LOCATION for e in entries)
            and not _ROLE_AFTER.search(text)
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
            and _ROLE_AFTER.search(text)
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
        if _of_other_asset_type(entries, named_assets):
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
            and not (self.intent == "dependencies" and _ASKS_DEVICES.search(text))
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
        if not entries and self.intent == "credential" and self.orgs and _ENTRIES.search(text):
            # "which password entries do we keep for X": all its entries, when no other word
            # picks some ("which passwords exist for the X firewall" goes on as before)
            named = {t for t in self.tokens if t in cat.org_keys}  # "jfo": its initials
            picked, _, _ = self._role(
                (RecordType.PASSWORD, RecordType.CONFIGURATION),
                self.org_used | named | _ENTRY_WORDS,
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
            and not any(a.key in _DEVICE_ONLY for a in device_fields)  # "the ATM at Main
        ):  # Street, its MAC": the device's field, not the place's
            typeish = {
                t for t in self.tokens if t not in self.org_used and _device_words([t], cat)
            }  # "address for pump station 3": the place so named, though "station" is a type
            places, _, met = self._role((RecordType.LOCATION,), self.org_used)
            if places and len(met) >= 2 and typeish <= met:  # "… silver line's west sac yard"
                entries, how, used = places, "role", met
            elif self.named_orgs and not typeish and not places and _STREET.search(text):
                entries = self._main_site(named_first=False)  # "where's the dentist located,
                how = "role" if entries else how  # street addr": its office
            elif self.orgs and not typeish and not places and _CLOSET.search(text):
                entries = self._main_site(named_first=True)  # "where's the IT closet at the
                how = "role" if entries else how  # shelter in santa cruz": that site's notes
        asks_secret = self.intent == "credential" and _SECRET_WORDS.search(text)
        device_asked = bool(device_fields) and any(
            t.lower() not in cat.asset_types for t in types_named(self.tokens, cat.type_words)
        )  # "when was the Pinecrest FW installed": the firewall's field, not a cert's
        fixing = self.intent == "howto" and not _ASKS_NUMBER.search(text)  # "plans stuck in
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
                w
                for w in rival_used - said
                if not resolve.is_common(w) or types_named([w], cat.type_words)
            ]
            if not entries and self.named_orgs and not brand:
                entries = self._of_orgs(lambda e: e.type_name in typed)[:3]  # "the tenant
            how = "role"  # name for Tailspin": its Email; not "the priva system's ip", which
            # names records ("priva") that are not of the type its field ("system") is of
        if not entries and (who := WHO_FIRST.search(text)):
            things, _, met = self._role(ALL_KINDS, self.org_used)
            thing = things and things[0].kind is not RecordType.LOCATION  # "who runs the faro
            after_who = words(text[who.end() :])  # a person asked for, the thing said before
            person = _PERSON_NOUN.search(text[who.end() :]) and not met & set(after_who)
            if thing and any(map(_names_few, met)) and not person:  # office": a person;
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
                if stem(w) in cat.type_words or w in resolve.DEVICE_NOUNS
            }
            tries = [(k, ignore | asked) for k in self._preferences()] if asked else []
            for kinds, skip in tries + [(k, ignore) for k in self._preferences()]:
                # "the mail cert, what server is it on": the cert, before any server
                entries, _, used = self._role(kinds, skip)
                if entries:
                    entries, used = self._past_field_words(kinds, skip, entries, used)
                    how = "role"
                    break
            if _of_other_asset_type(entries, named_assets):  # "support number for the LOB
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
        number = _NUMBER_ASKED.search(text)
        if (
            number
            and self.entries
            and self.intent == "lookup"
            and self.attributes
            and not any(
                _NUMBER_FIELD.search(a.label)
                or {"acct": "account", "ref": "reference"}.get(n := number[1].lower(), n)
                in a.label.lower()
                for a in self.attributes
            )  # "schwab master account #": the field "Master Account"
        ):  # "contract number for the HPE warranty": no field holds one (not its coverage)
            self._not_documented(number[0].lower())
        undocumented = _undocumented_asked(text)  # asked, not context ("down for a bios
        priced = bool(undocumented and _PRICE.search(undocumented[0])) and not any(
            _PRICE.search(a.label) for a in self.attributes
        )  # "what are we paying per seat": no price field, so not the seat count
        if (
            undocumented
            and self.entries
            and (priced or not self.attributes)
            and self.intent == "lookup"
        ):
            undocumented_field = undocumented[0].lower()
            if _PRICE.search(undocumented_field) or undocumented_field.startswith("how much"):
                undocumented_field = "price"
            elif "rack" in undocumented_field:
                undocumented_field = "rack position"
            self._not_documented(undocumented_field)
        if (
            self.entries
            and self.intent == "lookup"
            and all(e.kind in (RecordType.LOCATION, RecordType.CONTACT) for e in self.entries)
            and _WHEN_DATE.search(text)
            and NOTES not in self.attributes
        ):  # "when does the comcast contract for the chicago office end": no place has dates
            self._not_documented("such date")
        if self.unresolved:  # "the mail cert at Faucets" when Faucets has none: not the others
            if set(self.unresolved) <= self.undocumented:
                self.lacking = self.entries  # found, but the field asked is not documented
            self.entries, self.total, self.how = [], 0, ""

    def _not_documented(self, field: str) -> None:
        """Says that the records found do not document the field asked ("no VLAN is
        documented for BSD-Corp")."""
        names = ", ".join(e.name for e in self.entries[:3])
        line = f"no {field} is documented for {names}"
        self.unresolved.append(line)
        self.undocumented.add(line)

    def _full(self, entries: list[Entry]) -> list[Entry] | None:
        """Of the assets found, those with every seat (or licence, or slot) taken, when the
        question asks for them ("no free seats", "used every one of their seats"); None when it
        does not, or names no assets that count what they have and what is taken."""
        if not _FULL.search(self.text) or not re.search(
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
        full = _FULL.search(self.text)
        said = set(words(full[0])) if full else set()
        product = [
            t
            for t in self.tokens
            if t not in STOP
            and t not in said
            and t not in self.org_used
            and t not in resolve.QUESTION_WORDS
            and t not in _ORG_NOUNS
            and stem(t) not in cat.field_words
            and stem(t) not in cat.type_words
            and (t in ABBREVIATIONS or not resolve.is_common(t))
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

    def _unknown_client(self) -> str:
        """The words before "client", "customer", "company" … when they name no organization
        ("the bakery client"), with none named otherwise; the words before a kind of
        business that name no organization ("maple street dental" when the dental client is
        another)."""
        if self.named_orgs and (swapped := self._name_with_a_word_swapped()):
            return swapped
        if self.loosely_named:
            return self._unknown_kind_name()
        if self.named_orgs:
            return ""
        lead = _LEAD.match(self.text)  # "granite peak engineering - who's their it contact?"
        if lead and _REFER.search(self.text[lead.end() :]):
            said = words(lead[1])
            if len(said) >= 2 and not any(resolve.known(w, self.catalog) for w in said):
                return lead[1].strip()
        for n, token in enumerate(self.tokens):
            if token not in _ORG_NOUNS or n == 0:
                continue
            before: list[str] = []
            for word in reversed(self.tokens[max(0, n - 2) : n]):
                if word in STOP or word in resolve.QUESTION_WORDS or word in _ORG_NOUNS:
                    break
                before.insert(0, word)
            if before and not any(ch.isdigit() for w in before for ch in w):
                return " ".join([*before, token])
        return ""

    def _name_with_a_word_swapped(self) -> str:
        """An organization's name with one inner word replaced by another ("clearwater valley
        *water* district" for Clearwater Valley Fire District 4): another organization."""
        tokens = self.tokens
        for org in self.orgs:
            name = words(self.catalog.organizations[org].name)
            for i in range(len(tokens) - 2):
                for j in range(len(name) - 2):
                    size = 3
                    while i + size <= len(tokens) and j + size <= len(name):
                        run, said = tokens[i : i + size], name[j : j + size]
                        same = [stem(a) == stem(b) for a, b in zip(run, said, strict=True)]
                        odd = [n for n, ok in enumerate(same) if not ok]
                        if len(odd) > 1 or (odd and odd[0] == 0):
                            break
                        if odd and odd[0] < size - 1:
                            a, b = run[odd[0]], said[odd[0]]
                            if (
                                a.isalpha()
                                and a not in STOP
                                and resolve.is_common(a)
                                and (OSA.distance(a, b) > 2)
                            ):
                                return " ".join(run)
                        size += 1
        return ""

    def _type_words_in_fields(self, named: Sequence[str], typed: Sequence[str]) -> bool:
        """Whether every word that named the types `named` is a word of a field of `typed`
        ("when is planned completion": the Job Site's field, not a "Backup Plan")."""
        cat = self.catalog
        naming = [t for t in self.tokens if set(types_named([t], cat.type_words)) & set(named)]
        fields = {stem(w) for t in typed for f in cat.fields_of(t) for w in words(f.name)}
        return bool(naming) and all(stem(t) in fields for t in naming)

    def _product_lacking(self, ignore: set[str]) -> list[str]:
        """A product name (no English word) right before the type that grounded the part,
        which none of the records found has ("riverside's *veeam* license" when Veeam is
        only another client's backup): not their other licences."""
        if self.how != "role" or not self.entries or not self.orgs:
            return []
        cat = self.catalog
        found = {cat.by_source[e.source_id] for e in self.entries if e.source_id in cat.by_source}
        out = []
        for n, token in enumerate(self.tokens[1:], start=1):
            word = self.tokens[n - 1]
            if token not in self.used or stem(token) not in cat.type_words:
                continue
            run = self._unfamiliar_run(n - 1, ignore)
            if len(run) >= 2:  # "the adobe creative cloud licenses": no word the account has
                out.append(" ".join(run))
                continue
            if (
                word in ignore
                or word in STOP
                or word in resolve.QUESTION_WORDS
                or len(word) < 4
                or not word.isalpha()
                or resolve.is_common(word)
                or re.search(rf"\b{re.escape(word)}\b\s*[.!?;:]", self.text, re.I)
            ):  # "the NAS is beeping. Warranty coverage?": the end of a sentence, no product
                continue  # named before the next one's first word
            postings = cat.postings.get(stem(word), {})
            if any(org in postings for org in self.orgs):
                continue  # "the scada radios" where the client's SCADA server is: its word
            has = {i for by_org in postings.values() for i, _ in by_org}
            if not has & found:
                out.append(word)
        return out

    def _unfamiliar_run(self, end: int, ignore: set[str]) -> list[str]:
        """The words no record of the account has among the (up to three) words that end at
        token `end`, stopping at a question word or a name."""
        run: list[str] = []
        for word in reversed(self.tokens[max(0, end - 2) : end + 1]):
            if word in STOP or word in ignore or word in resolve.QUESTION_WORDS or len(word) < 4:
                break  # "desktops (not) laptops": no name
            if self._unfamiliar(word, ignore):
                run.insert(0, word)
        return run

    def _unknown_kind_name(self) -> str:
        """Everyday words that are no name of the account, in a name's place before the word
        that named an organization loosely ("maple street dental": a client it lacks)."""
        for n, token in enumerate(self.tokens):
            if token not in self.org_used or token not in self.catalog.org_kind_words:
                continue  # only a word for a kind of business ("dental") names others too
            start = n
            while start and self.tokens[start - 1] not in STOP | self.org_used:
                if self.tokens[start - 1] in resolve.QUESTION_WORDS:
                    break
                start -= 1
            run = self.tokens[start:n]
            after = self.tokens[n + 1] if n + 1 < len(self.tokens) else ""
            at_name = (
                not start
                or self.tokens[start - 1] in ("at", "for", "from", "with")
                or (  # "the greenfield dental fw": whose device
                    self.tokens[start - 1] == "the"
                    and (after in resolve.DEVICE_NOUNS or stem(after) in self.catalog.type_words)
                )
            )
            if at_name and any(
                not resolve.known(w, self.catalog) and resolve.is_common(w) for w in run
            ):
                return " ".join([*run, token])
        return ""

    def _unknown_quoted(self) -> list[str]:
        """A name in quotes that no record has ("the kennel cam 'bingo'"): never the others."""
        cat = self.catalog
        out = []
        for quoted in _QUOTED.findall(self.text):
            said = resolve.question_words(quoted)
            if len(said) > 3 or not said or set(said) <= _PLAIN_QUOTED:
                continue  # an error message, or a word said with a wink ('main'), not a name
            if squash(quoted) in cat.keys or squash(quoted) in cat.suffix_keys:
                continue
            if any(w in self.used or stem(w) in cat.vocabulary for w in said):
                continue
            out.append(quoted)
        return out

    def _consoles(self, entries: list[Entry]) -> list[Entry]:
        """For a question that asks a URL or console of devices: the password entries kept
        for them, whose URL it is (never their values)."""
        if self.intent != "lookup" or not _CONSOLE.search(self.text):
            return entries
        cat = self.catalog
        kept = [cat.entries[i] for e in entries for i in cat.credentials.get(e.source_id, ())]
        return kept or entries

    def _no_one_is(self, used: set[str]) -> list[str]:
        """Words of a who-question that no contact of its organizations has ("who's the
        *billing* contact at Pinecrest" when nobody there is billing)."""
        if not self.orgs:
            return []
        cat = self.catalog
        people = {
            i
            for o in self.orgs
            for i in cat.by_org.get(o, ())
            if cat.entries[i].kind is RecordType.CONTACT
        }
        before_person = [  # "the *billing* contact": the word that says which person
            t for t, after in zip(self.tokens, self.tokens[1:], strict=False) if after in _PERSON
        ]
        return [
            t
            for t in before_person
            if len(t) >= 4
            and t.isalpha()
            and t not in used | self.org_used | STOP | resolve.QUESTION_WORDS | _PEOPLE_WORDS
            and stem(t) not in resolve.QUESTION_STEMS
            and stem(t) not in cat.field_words
            and resolve.is_common(t)
            and any(  # a role some contact of another organization has ("billing")
                cat.entries[idx].kind is RecordType.CONTACT
                for o, found in cat.postings.get(stem(t), {}).items()
                if o not in self.orgs
                for idx, _ in found
            )
            and not any(
                idx in people
                for o in self.orgs
                for idx, _ in cat.postings.get(stem(t), {}).get(o, ())
            )
        ]

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
        return resolve.by_role(
            self.catalog, self.tokens, self.orgs, self.allowed, kinds, ignore, **options
        )

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
            and t not in resolve.QUESTION_WORDS
            and stem(t) not in resolve.QUESTION_STEMS
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
            and w not in resolve.DEVICE_NOUNS  # "the database server": a kind of device
            for w in used
        ):
            return entries, used
        left = [
            t
            for t in self.tokens
            if t not in used | skip | STOP
            and t not in resolve.QUESTION_WORDS
            and stem(t) not in cat.field_words
            and _names_few(t)
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
        if self.intent == "howto" and (_HOW.search(self.text) or not _CONTRACT.search(self.text)):
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
            and (_ASKS_DEVICES.search(text))
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
        located = LOCATION_HINT.search(text) and not _device_words(self.tokens, self.catalog)
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
                said = resolve.correct(resolve.question_words(segment), self.catalog)
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
        return first.kind is RecordType.LOCATION and bool(_CLOSET.search(self.text))

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
            and t not in resolve.QUESTION_WORDS
            and stem(t) not in resolve.QUESTION_STEMS
            and stem(t) not in cat.field_words
            and stem(t) not in cat.type_words
        }
        noted = cat.note_words if table is None else table
        return any(
            (left - {stem(w) for w in words(e.name)}) & noted.get(e.source_id, set())
            for e in self.entries
        )

    def _missing(self) -> None:
        """Words that name something (a product, a site, a title) no grounded record has.
        A part grounded by a distinctive name ("the Veeam repo box") keeps its extra words as
        modifiers; one grounded only by a type ("the licence at Acme") does not."""
        if self.intent not in ("lookup", "credential", "expiry", "list"):
            return
        self.unresolved += [unfound(name) for name in self._unknown_quoted()]
        if self.how == "key":  # named exactly: only a field it lacks ("the SIM's phone number")
            self._undocumented()
            return
        cat = self.catalog
        self.used |= self._describing()  # "bright smile's *nightly* backup": its own word
        types = types_named(self.tokens, cat.type_words)
        one_place = bool(self.orgs) or len({e.organization_id for e in self.entries}) <= 1
        if self.entries and one_place and _named_beyond_type(self, types):
            self.unresolved += [unfound(word) for word in self._said_of_others()]
            self.unresolved += [unfound(word) for word in self._unknown_modifiers()]
            strange = [w for w in resolve.unknown_words(self.tokens, cat) if len(w) >= 6]
            self.unresolved += [unfound(w) for w in strange if w not in self.used]
            self._undocumented()
            return
        ignore = self.used | self.org_used
        ignored = {stem(w) for w in ignore}
        for n, token in enumerate(self.tokens):
            if token in ignore or token in STOP or token in resolve.QUESTION_WORDS:
                continue
            if token in _ORG_NOUNS:
                continue
            if self.entries and _placed(self.tokens, n):
                continue  # "the NAS at the house": where it is, not which one
            base = stem(token)
            if base in ignored or base in cat.field_words or base in cat.type_words:
                continue
            if self.intent == "expiry" and any(o in cat.postings.get(base, {}) for o in self.orgs):
                continue  # "anything lapsed? contracts, registrations": records it has
            if (token in cat.vocabulary or base in cat.vocabulary) and (
                self.entries or self.intent == "lookup"
            ):
                self.unresolved.append(unfound(token))
        for token in resolve.unknown_words(self.tokens, cat, ignore):
            self.unresolved.append(unfound(token))
        self.unresolved += [unfound(w) for w in self._product_lacking(ignore)]
        if not self.named_orgs:
            self.unresolved += [unfound(name) for name in self._unknown_name(ignore)]
            self.unresolved += [unfound(name) for name in self._unknown_owner(ignore)]
        self.unresolved = list(dict.fromkeys(self.unresolved))
        self._undocumented()

    def _describing(self) -> set[str]:
        """The question's words that index one of the grounded records (found through another
        record, as the backup that protects the server named)."""
        cat = self.catalog
        grounded = {
            cat.by_source[e.source_id] for e in self.entries if e.source_id in cat.by_source
        }
        return {
            token
            for token in self.tokens
            if token not in STOP
            and token not in resolve.QUESTION_WORDS
            and any(
                idx in grounded
                for by_org in cat.postings.get(stem(token), {}).values()
                for idx, _ in by_org
            )
        }

    def _unknown_modifiers(self) -> list[str]:
        """A word right before the word that matched, which no record of the account has
        ("the *sparrow* panel" where the panels are Kingfisher, Owl and Robin): one it lacks."""
        if self.how != "role" or len(self.entries) < 2:
            return []
        ignore = self.used | self.org_used
        out = []
        for n, token in enumerate(self.tokens):
            if token not in self.used or not token.isalpha():
                continue  # "win 10": a version, not a thing named
            for word in reversed(self.tokens[max(0, n - 2) : n]):  # "the boat lift controller"
                if word in self.used or word in STOP or len(word) < 3:
                    break
                if word in _ORG_NOUNS or stem(word) in resolve.QUESTION_STEMS:
                    break
                if self._unfamiliar(word, ignore) and word not in out:
                    out.append(word)
        return out

    def _said_of_others(self) -> list[str]:
        """A word that describes records of the same type elsewhere but none of the ones
        matched ("the *secondary* DC at Cedar Valley", which has one DC): a record the
        organization does not have). Not when a word only some records have picked them
        ("litware's *5G* backup line"): the others are then modifiers."""
        if self.how != "role" or not self.entries or any(map(_names_few, self.used)):
            return []
        cat, first = self.catalog, self.entries[0]
        ignore = self.used | self.org_used
        out = []
        for n, token in enumerate(self.tokens):
            base = stem(token)
            if _placed(self.tokens, n) or "or" in self.tokens[max(0, n - 1) : n + 2]:
                continue  # "the NAS at the house": where; "Let's Encrypt or DigiCert": a choice
            after = self.tokens[n + 1] if n + 1 < len(self.tokens) else ""
            if not after or after in STOP or after in resolve.QUESTION_WORDS:
                continue  # "the cambridge internet *line* and …": the thing, not which one
            if (
                token in ignore
                or token in STOP
                or token in resolve.QUESTION_WORDS
                or base in resolve.QUESTION_STEMS
                or base in cat.field_words
                or len(token) < 4
                or any(ch.isdigit() for ch in token)
            ):
                continue
            postings = cat.postings.get(base, {})
            same_type = any(
                cat.entries[i].kind is first.kind and cat.entries[i].type_name == first.type_name
                for by_org in postings.values()
                for i, _ in by_org
            )
            if same_type:
                out.append(token)
        return out

    def _unknown_name(self, ignore: set[str]) -> list[str]:
        """Two or more words in a row that are neither question words nor any name, type or
        field of the account: a name it does not have ("how many PCs does Fourth Coffee
        have"), even when each word is common English."""
        cat = self.catalog
        run: list[str] = []
        found: list[str] = []
        common = resolve.model_words()
        lead = {"at", "for", "does", "do", "of", "from", "with", "about", "has", "have"}
        for n, token in enumerate([*self.tokens, ""]):
            base = stem(token)
            plain = (
                len(token) >= 4
                and token not in _ORG_NOUNS
                and base not in resolve.QUESTION_STEMS
                and base not in cat.field_words
                and self._unfamiliar(token, ignore)
            )
            if plain:
                run.append(token)
                continue
            start = n - len(run)
            after = start > 0 and self.tokens[start - 1] in lead
            owner = token == "s"  # "trey research's firewall": whose, so a name
            if run and token in ORG_SUFFIXES:  # "adventure works", "globex corp": a company
                found.append(" ".join([*run, token]))
            elif len(run) >= 2 and (after or owner or any(w not in common for w in run)):
                found.append(" ".join(run))  # "does Fourth Coffee have", not "the monthly review"
            run = []
        return found

    def _unfamiliar(self, word: str, ignore: set[str]) -> bool:
        """A word that is no question word and no word of any name, type or text of the
        account."""
        cat, base = self.catalog, stem(word)
        halves = {  # "fire wall": the halves of a word said as two ("firewall")
            w
            for a, b in zip(self.tokens, self.tokens[1:], strict=False)
            if a + b in self.tokens
            for w in (a, b)
        }
        if full := _FULL.search(self.text):  # "zero free seats": how many, not a name
            halves |= set(words(full[0]))
        return (
            word not in halves
            and word not in _COUNTED  # "bluewater has two dell hosts"
            and word not in STOP
            and word not in ignore
            and word not in resolve.QUESTION_WORDS
            and base not in cat.vocabulary
            and base not in cat.type_words
            and base not in cat.frequency
            and not any(ch.isdigit() for ch in word)
        )

    def _unknown_owner(self, ignore: set[str]) -> list[str]:
        """ "Trey Research's firewall": the words before a possessive name an owner; one of
        them that is no name, type or word of the account makes it an organization it lacks."""
        out: list[str] = []
        for n, token in enumerate(self.tokens):
            if token != "s" or n < 1:
                continue
            owner = self.tokens[max(0, n - 2) : n]
            if any(w in ignore or w in STOP or w in _ORG_NOUNS for w in owner[-1:]):
                continue
            if any(len(w) >= 3 and self._unfamiliar(w, ignore) for w in owner):
                out.append(" ".join(owner))
        return out

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
        said = set(words(_asking_text(self.text)))  # not "User is on the *phone*. Which…"
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

    def asks_fields_of(self, before: _Part) -> bool:
        """A later part that names no record or organization of its own but fields of the
        records before it ("…serial + macos version?")."""
        if self.named_orgs or self.how == "key" or (self.entries and self.how != "role"):
            return False
        if self.entries and any(map(_names_few, self.used)):
            return False  # "…, and the support number for their Symitar vendor": its own
        kind = before.entries[0].kind
        if kind is RecordType.FLEXIBLE_ASSET:
            fields = self.catalog.fields_of(before.entries[0].type_name)
            return bool(attributes.traits(self.tokens, fields, False)) and not self.entries
        return bool(attributes.fixed(self.text, kind)) and (
            not self.entries or all(e.kind is not kind for e in self.entries)
        )

    def take(self, before: _Part, entries: list[Entry] | None = None) -> None:
        """Answer this part about the records of the part before (or `entries` of it)."""
        entries = before.entries if entries is None else entries
        self.entries, self.total, self.how = entries, max(before.total, len(entries)), "previous"
        self.orgs, self.unresolved = before.orgs, []
        self._attributes()
        if self.intent in ("expiry", "list"):  # "…: idrac ip and when does the warranty end":
            self.intent = "lookup"  # that record's date, not what expires

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
            and t not in resolve.QUESTION_WORDS
            and stem(t) not in resolve.QUESTION_STEMS
            and stem(t) not in cat.field_words
            and (
                stem(t) in cat.vocabulary
                or stem(t) in cat.type_words
                or any(x in cat.type_words for x in expand([t]))
                or t in cat.org_words
                or any(ch.isdigit() for ch in t)
                or t not in resolve.model_words()
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


def _placed(tokens: Sequence[str], n: int) -> bool:
    """Whether word n follows "at", "in", "on", "from" or "near" (a place qualifier)."""
    return any(w in ("at", "in", "on", "from", "near") for w in tokens[max(0, n - 2) : n])


def _device_words(tokens: Sequence[str], catalog: Catalog) -> bool:
    return bool(types_named(tokens, catalog.type_words))


def _inherit(part: _Part, previous: Ask | None, orgs: list[int], catalog: Catalog) -> bool:
    """A part that names nothing takes the records of the part or turn before."""
    if previous is None or part.out_of_scope or part.how == "key":
        return False
    kept = catalog.records(previous.targets, part.allowed)
    if not kept:
        return False
    if part.named_orgs and not set(part.orgs) <= {e.organization_id for e in kept}:
        return False  # another organization; the same one again ("… for st brigids") is fine
    if (
        part.entries
        and part.attributes
        and all(e.kind is RecordType.LOCATION for e in part.entries)
        and RecordType.LOCATION not in {e.kind for e in kept}
        and re.search(r"\btheir\b", part.text, re.I)
        and not attributes.fixed(part.text, kept[0].kind)
    ):
        return False  # "who owns X and what's the street address of their office": a place
    if (
        part.entries
        and part.how == "role"
        and _THEIR.search(part.text)
        and not _REFER_RECORD.search(part.text)
        and types_named(part.tokens, catalog.type_words)
        and not {e.source_id for e in part.entries} & set(previous.targets)
    ):
        return False  # "same for their vpn cert": the organization's, not the cert before
    said = part.new_words()
    if (
        part.entries
        and part.how == "role"
        and not _REFER.search(part.text)
        and len(part.used) >= 2
        and any(stem(t) in catalog.type_words for t in part.used)
        and not {e.source_id for e in part.entries} & set(previous.targets)
        and re.match(r"\s*(?:(?:and|also|plus)\s+)*the\s", part.text, re.I)
        and not _ASKS_INSIDE.search(part.text)
    ):
        return False  # "ip of cvsd-dc01 and the sql server": a record of its own, by kind
    if part.intent == "dependencies" and _IT_DOES.search(part.text):
        pass  # "what does it rely on for its fax line": it, whatever else it names
    elif (
        _REFER.search(part.text)
        and _all_said_of(said, kept, catalog)
        and not _all_said_of(said, part.entries, catalog)
    ):
        pass  # "what os and slurm version is it running" after argon, the slurm head node
    elif not (_FOLLOW.search(part.text) or part.names_nothing_new()):
        return False
    elif part.entries and not part.names_nothing_new():
        return False  # "when does their Veeam licence renew" names its own record
    if (
        part.entries
        and all(e.kind is RecordType.CONTACT for e in part.entries)
        and _THEIR.search(part.text)
        and WHO_FIRST.search(part.text)
    ):
        return False  # "and who's their ops lead": a person of the organization
    device_fields = attributes.fixed(part.text, RecordType.CONFIGURATION)
    if device_fields and all(e.kind is RecordType.FLEXIBLE_ASSET for e in kept):
        covered = [  # "warranty on it until?" then "and its wan ip": the device it covers
            catalog.entries[catalog.by_source[c]]
            for e in kept
            for c in catalog.covers.get(e.source_id, ())
            if c in catalog.by_source
            and catalog.entries[catalog.by_source[c]].organization_id in part.allowed
        ]
        if covered and not any(
            attributes.traits(part.tokens, catalog.fields_of(e.type_name), False) for e in kept
        ):
            kept = covered
    orgs = orgs or sorted({e.organization_id for e in kept})
    part.entries, part.total, part.how = kept, len(kept), "previous"
    part.orgs = orgs
    part.unresolved = []
    part._redirect_to_tagging_asset()
    part._attributes()
    fixing = part.intent == "howto" and not part.attributes and _HOW_DO_WE.search(part.text)
    if part.intent in ("expiry", "list", "howto", "overview") and not fixing:
        part.intent = "lookup"  # "how do we get it back": steps about it, not its fields
    return True


def _padded(text: str) -> str:
    """The text's words between spaces, to find a phrase in it by whole words."""
    return f" {' '.join(words(text))} "


_STREET = re.compile(r"\bstreet\b|\baddr(ess)?\b(?<!ip addr)(?<!ip address)", re.I)
"""A question for a street address (not an IP address)."""

_STATEMENT = re.compile(
    r"(?!\s*(and|also|plus|or|but)\b)[\w&' .-]{1,60}?\b(is|are|was|were|keeps?|has been|have "
    r"been|seems?|went|got|just)\b|\s*(just|only)\b",
    re.I,
)
"""A sentence that says something ("PowerSchool is crawling"): context after a question."""

_COUNTED = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "both",
        "several",
        "couple",
        "few",
        "many",
        "dozen",
    ]
)
"""Words that count the records named, not name one."""

_CONTRACT = re.compile(r"\b(support )?(contract|agreement|coverage|cover)\b", re.I)
"""A device's support contract: the asset that tags it, whatever its type is called."""


def _covers(catalog: Catalog, asset_type: str) -> bool:
    """An asset type that is a support contract (a warranty, a coverage, a provider)."""
    said = " ".join([asset_type, *(f.name for f in catalog.fields_of(asset_type))])
    return bool(re.search(r"warrant|support|coverage|contract|provider|\bsla\b", said, re.I))


_FULL = re.compile(
    r"\b(zero|no|none|not any|without) (free|spare|unused|available|unassigned|open|remaining)\b|"
    r"\b(used|assigned|allocated|using) (up )?(all|every)( single one)?( of)? "
    r"(their|the|its|our)?\b|"
    r"\bmaxed out\b|\bfully (used|assigned|allocated|utili[sz]ed|consumed)\b|\bat capacity\b|"
    r"\b(run|ran|running) out of (seats|licen[cs]es|slots)\b|\bno (seats|licen[cs]es) left\b",
    re.I,
)
"""An asset's every seat taken ("zero free seats", "used every one of their seats")."""

_SENTENCE_END = re.compile(
    r"(?<!\bno\.)(?<!\bvs\.)(?<!\bst\.)(?<!\bdr\.)(?<!\binc\.)(?<!\bltd\.)(?<!\bco\.)"
    r"(?<!\betc\.)(?<!\bapprox\.)(?<=[.!])\s+",
    re.I,
)
"""Where a sentence ends (not "no." or "st.")."""


def _sentences(text: str) -> list[str]:
    return [x for x in _SENTENCE_END.split(text) if x.strip()]


def _asking_text(text: str) -> str:
    """The sentences of a part that ask (a question word or mark, or the last one), without
    the statements said before them ("User is on the phone. Which server runs X")."""
    sentences = _sentences(text)
    return " ".join(
        x
        for n, x in enumerate(sentences)
        if n == len(sentences) - 1 or "?" in x or _ASKS_INSIDE.search(x)
    )


def _without_idle_context(text: str, catalog: Catalog) -> str:
    """The part without statements before its question that name nothing of the account ("User
    is on the phone. Which server runs X"): no client, device word, name or number."""
    sentences = _sentences(text)
    while len(sentences) >= 2 and not ("?" in sentences[0] or _ASKS_INSIDE.search(sentences[0])):
        first = re.sub(r"\bon (?:the|a) (?:phone|call|line)\b", " ", sentences[0], flags=re.I)
        said = resolve.question_words(first)  # "User is on the phone": a call, not a field
        if (
            any(attributes.fixed(first, kind) for kind in ALL_KINDS)
            or intents.CREDENTIAL.search(first)
            or any(
                (stem(w) in catalog.field_words and w not in attributes.GENERIC_FIELD_WORDS)
                or w in FIELD_ASKS
                for w in said
            )
        ):
            break  # "Need the login. Acme firewall please.": what is asked, said first
        if any(
            w in catalog.org_keys
            or w in catalog.org_words
            or w in catalog.org_kind_words  # "new associate starting at the law firm"
            or w in catalog.keys
            or w in resolve.DEVICE_NOUNS
            or any(ch.isdigit() for ch in w)
            or not (w in STOP or resolve.is_common(w))
            for w in said
        ):
            break  # "Summit's NAS in Denver is beeping. Warranty coverage?": what it is about
        sentences = sentences[1:]
    return " ".join(sentences)


def _undocumented_asked(text: str) -> re.Match[str] | None:
    """A field no record type holds, asked ("what are we paying per seat"); not a count said
    with a price word ("how many seats are we paying for": the seat count)."""
    if re.search(r"\bhow many\b[\w\s]{1,30}\b(paying|pay|spending)\b", text, re.I):
        return None
    return UNDOCUMENTED.search(text)


NOTHING_EARLIER = "nothing earlier in this thread for 'it' to refer to"
"""Why a question that only refers back ("and its MAC?") is not answered at a thread's start."""

_DEVICE_ONLY = frozenset(["mac_address", "serial_number", "primary_ip", "public_ip", "asset_tag"])
"""Fields only a device has: a question for one names no place, whatever street it says."""

_PURPOSE = re.compile(
    r"\s*(?:(?:i|we|i'?ll|we'?ll)\s+)?(?:need|needs|want|wanted|using|use|it'?s|this is|that'?s|"
    r"asking|checking)\s+(?:it|this|that|them|these|those)?\s*(?:for|to|because|so)\b",
    re.I,
)
"""Why the question was asked, said after it ("Need it for the switch port security")."""

_HOW_DO_WE = re.compile(
    r"\bhow (do|can|should|would) (we|i|you|they)\b(?! (find|know|tell|see|check) (the|its|it|if|"
    r"what|which|when|where|who))",
    re.I,
)
"""Steps asked for ("how do we get it back"), not a field ("how do I find its IP")."""

_EXACT_PLACE = re.compile(
    r"\bwhere exactly\b|\bphysically\b|\bfind it\b|\bon site\b|\bwhich (room|rack|closet|"
    r"cabinet|floor)\b",
    re.I,
)
"""Where in the building, not only which site."""

_CLOSET = re.compile(
    r"\b(it|network|comms?|server|data|wiring) (closet|cabinet|cupboard|room|rack)\b|"
    r"\b(mdf|idf|patch panel)\b",
    re.I,
)
"""Where a site keeps its network gear: written in the location's notes."""

_IT_DOES = re.compile(
    r"\b(does|do|would|will|can|is) (it|that|this|that one|that box|this one) (rely|depend|"
    r"need|use|talk|connect|run|sit|live|hang|plug)",
    re.I,
)
"""The record before is what relies, runs or connects: the subject of the question."""

_ONE_RECORD = ("lookup", "expiry")
"""Intents that ask about the records named (not what depends on them, not how to fix)."""

_OS_SAID = re.compile(
    r"\bos\b|o/s|operating system|firmware|windows|linux|macos|esxi|\bbuild\b", re.I
)
"""A question that names the operating system (not only "what version is it running")."""

_REFER_RECORD = re.compile(r"\b(it|its|it's|that one|this one|same one)\b", re.I)


def _all_said_of(said: Sequence[str], records: Sequence[Entry], catalog: Catalog) -> bool:
    """Every one of the words is one of the records' own (their name, type, notes...)."""
    ids = {catalog.by_source[e.source_id] for e in records}
    orgs = {e.organization_id for e in records}
    return bool(said) and all(
        any(
            idx in ids
            for w in expand([word])
            for org in orgs
            for idx, _ in catalog.postings.get(w, {}).get(org, ())
        )
        for word in said
    )


_SAME_FOR = re.compile(
    r"(?:and|what about|how about|same(?: thing| question| again)? for|ditto for|also for|"
    r"and for|now for|same with|and the same for)\s+(.+?)\W*",
    re.I,
)


def _same_for(question: str, before: str, catalog: Catalog, allowed: Collection[int]) -> str:
    """ "same for faucets", "and bluewater?": the question before, about that organization."""
    said = _SAME_FOR.fullmatch(question.strip())
    if not said:
        return question
    other = _Part(said[1], catalog, allowed)
    pronoun = re.search(r"\b(it|that one|this one)\b", before, re.I)
    names_field = any(
        attributes.fixed(said[1], kind) for kind in attributes.FIXED
    ) or _names_a_field(said[1], catalog.field_words)  # "and its wan ip": its own question
    if (
        pronoun
        and not other.named_orgs
        and not names_field
        and re.match(r"(their|its|the) ", said[1], re.I)
    ):
        # "when does it expire" then "same for their vpn cert": when does their vpn cert expire
        return f"{before[: pronoun.start()]}{said[1]}{before[pronoun.end() :]}"
    if len(other.orgs) != 1 or set(other.tokens) - other.org_used - STOP - {"the", "one", "too"}:
        return question  # "and the email of the office manager at bluewater": its own question
    earlier = _Part(tidy(before), catalog, allowed)
    if not earlier.named_orgs or set(earlier.orgs) == set(other.orgs):
        return question
    dropped = {w.lower() for w in earlier.org_used}
    kept = [
        w
        for w in re.findall(r"[\w'&.-]+|[^\w\s]", tidy(before))
        if re.sub(r"'s$", "", w.lower()) not in dropped
    ]
    return f"{catalog.organizations[other.orgs[0]].name}: {' '.join(kept)}"


_LEAD = re.compile(r"\s*([A-Za-z][A-Za-z&' ]{2,40}?)\s*(?:-|:|,)\s")
"""A name the question starts with, set off before what it asks ("X - who's their …")."""
_OTHER = re.compile(r"\bthe other (one|[\w-]+)\b", re.I)


def _the_other(
    question: str, before: Ask | None, catalog: Catalog, allowed: Collection[int]
) -> str:
    """ "the other dc": the one record of the same type and organization as the turn before's
    that it was not about."""
    said = _OTHER.search(question)
    if before is None or not said:
        return question
    earlier = catalog.records(before.targets, allowed)
    if not earlier:
        return question
    types = {e.type_name for e in earlier}
    word = said[1].lower()
    if word != "one":
        named = set(types_named([word], catalog.type_words))
        if not named and word not in ABBREVIATIONS and word not in resolve.DEVICE_NOUNS:
            return question  # "the other office", "the other vendor": not a record like it
        types = (types & named or named) if named else types  # "dc" names no type: the same
    orgs = {e.organization_id for e in earlier}
    left = [
        catalog.entries[i]
        for o in sorted(orgs)
        for i in catalog.by_org.get(o, ())
        if catalog.entries[i].type_name in types
        and catalog.entries[i].source_id not in before.targets
        and catalog.entries[i].kind is earlier[0].kind
    ]
    if word != "one" and len(left) > 1:  # "the other dc": named by its role
        role = [e for e in left if word in {p for w in words(e.name) for p in [w, *parts(w)]}]
        left = role or left
    if word == "one" and len(left) > 1:  # "and the other one?" after HLL-DC01: HLL-DC02
        stem_of = {re.sub(r"\d+", "", e.name.lower()) for e in earlier}
        left = [e for e in left if re.sub(r"\d+", "", e.name.lower()) in stem_of]
    if len(left) != 1:
        return question
    return question[: said.start()] + left[0].name + question[said.end() :]


def _name_the_referent(
    question: str, before: Ask | None, catalog: Catalog, allowed: Collection[int]
) -> str:
    """ "that box" → the one record the turn before was about, so the rest of the question
    reads as if it had named it ("what hypervisor is RMA-EHR01 on?")."""
    said = _THAT_THING.search(question)
    if before is None or not said:
        return question
    entries = catalog.records(before.targets, allowed)
    if len(entries) > 1:  # "that host" among what the turn before listed: the one host
        types = types_named(words(said[0])[-1:], catalog.type_words)
        entries = [e for e in entries if e.type_name in types]
    if len(entries) != 1 or not entries[0].name:
        return question
    return question[: said.start()] + entries[0].name + question[said.end() :]


_BEHIND_IT = re.compile(
    r"\b(behind|under|hosting|for|of|on|with|running|that runs|that hosts)\s+(it|them|that)\b",
    re.I,
)


def _through(part: _Part, before: _Part, context: list[int]) -> _Part | None:
    """A later part that names a type of record through the one before ("what version of
    dentrix are they on, and whats the ip of the sql server behind it"): the part read with
    that record's name in place of "it", when it then names records of its own."""
    said = _BEHIND_IT.search(part.text)
    if not said or not types_named(part.tokens, part.catalog.type_words):
        return None
    names = [words(e.name) for e in before.entries]
    common = []
    for column in zip(*names, strict=False):
        if len(set(column)) > 1:
            break
        common.append(column[0])
    if not common:
        return None
    text = f"{part.text[: said.start(2)]}{' '.join(common)}{part.text[said.end(2) :]}"
    named = _Part(text, part.catalog, part.allowed, context or before.orgs)
    named.ground()
    return named if named.entries and not named.unresolved else None


def plan_question(
    question: str,
    catalog: Catalog,
    allowed: Collection[int],
    today: date,
    previous: Turn | None = None,
) -> Plan:
    """The rules' plan for a question over the caller's scope."""
    question = tidy(_ASKER.sub(" ", tidy(question)))
    parts: list[_Part] = []
    before: Ask | None = None
    if previous is not None and previous.plan.asks:
        before = previous.plan.asks[-1]
    elif previous is not None:  # a list or a dependency answer: what it cited
        listed = [c for c in previous.citations if not c.startswith("organization:")]
        before = Ask(targets=[c.split("#", 1)[0] for c in listed][:MAX_TARGETS]) if listed else None
    before_orgs = list(previous.plan.organization_ids) if previous else []
    question = _name_the_referent(question, before, catalog, allowed)
    question = _the_other(question, before, catalog, allowed)
    if previous is not None:
        question = _same_for(question, previous.plan.query or previous.question, catalog, allowed)
    for n, text in enumerate(split(question, catalog.field_words)):
        text = _without_idle_context(text, catalog)
        context: list[int] = []
        if n and parts[-1].orgs:
            context = parts[-1].orgs  # a later part of one question: the same organization
        elif previous and (_THERE.search(text) or _THAT_THING.search(text)):
            context = list(previous.plan.organization_ids)  # "and who is the IT manager there?",
            # "what hypervisor is that box on?" when the turn before named two boxes
        part = _Part(text, catalog, allowed, context)
        part.ground()
        if n and parts and part.unresolved == [NOTHING_EARLIER] and not parts[-1].entries:
            # "can you tell me someone at summit nuked a folder, how do I get it back": "it" is
            # what the part before is about, one question with it
            merged = _Part(f"{parts[-1].text}, {text}", catalog, allowed, context)
            merged.ground()
            if merged.intent == "howto":  # steps for it; a field of nothing named stays
                parts[-1] = merged  # unanswered ("who's oakridge's isp and what's the
                continue  # circuit id on their line")
        if n and parts[-1].entries and not part.entries:
            part = _through(part, parts[-1], context) or part
        if (
            n
            and parts[-1].entries
            and (
                part.asks_fields_of(parts[-1])
                or (part.unresolved == [NOTHING_EARLIER] and _ASKS_INSIDE.search(text))
            )
        ):  # "… has a failed PSU. What does its support contract cover, and who is it with?"
            part.take(parts[-1])
        elif n and parts[-1].lacking and part.unresolved == [NOTHING_EARLIER]:
            # "what does the acme m365 cost and when does it renew": its renewal, though no
            # price is documented
            part.take(parts[-1], parts[-1].lacking)
        elif (
            n
            and not (part.entries or part.attributes)
            and (not part.named_orgs or set(part.orgs) <= set(parts[-1].orgs))
            and not (_ASKING.search(text) or _ASKS_INSIDE.search(text))
        ):
            continue  # "…, apple want both for a repair booking", "… ? filling in the asset
            # register for bright smile": context, not a question
        elif n and _PURPOSE.match(text) and not _ASKS_INSIDE.search(text):
            continue  # "… what's its MAC? Need it for the switch port security": why, not what
        elif (
            n
            and part.entries
            and not part.attributes
            and (
                {e.source_id for e in part.entries} <= {e.source_id for e in parts[-1].entries}
                or _STATEMENT.match(text)
            )
            and not (_ASKING.search(text) or _ASKS_INSIDE.search(text))
        ):
            continue  # "what firmware is english-setter on? the pharmacy zebra": the same
            # record named again, not a question
        if not _inherit(part, before, before_orgs, catalog) and not part.orgs and parts:
            part.orgs = parts[-1].orgs
        if part.entries:
            before = part.ask()
            tagged = _tagged(part, catalog)
            if tagged:  # "the cert installed there and when does it expire": the cert's
                before = Ask(targets=[e.source_id for e in tagged[:MAX_TARGETS]])
        before_orgs = part.orgs or before_orgs
        parts.append(part)
    parts = _merge_field_parts(parts, catalog, allowed)
    main = next((p for p in parts if p.intent != "lookup"), parts[0])
    return _plan(question, main, parts, catalog, today)


_ENDS = re.compile(
    r"\bbetween (?P<a>.+?) and (?P<b>.+)|\bfrom (?P<c>.+?) (?:out |all the way )?to (?P<d>.+)|"
    r"\btrace (?P<e>.+?) (?:out )?to (?P<f>.+)|(?P<g>\S.+?) gets? (?:out )?to (?P<h>.+)",
    re.I,
)


def _path_ends(question: str, main: _Part, catalog: Catalog) -> list[str]:
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
        end = _Part(text.strip(" ?,."), catalog, main.allowed, main.orgs)
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


def _merge_field_parts(
    parts: list[_Part], catalog: Catalog, allowed: Collection[int]
) -> list[_Part]:
    """ "serial + warranty end for the KAG NAS": a part that names only fields belongs to
    the part after it."""
    out: list[_Part] = []
    n = 0
    while n < len(parts):
        part = parts[n]
        if n + 1 == len(parts):
            out.append(part)
            break
        same_place = not part.orgs or (  # "bluewater - model + ip of BMS-PRN01"
            part.intent == "lookup"
            and set(part.orgs) == set(parts[n + 1].orgs)
            and bool(attributes.fixed(part.text, RecordType.CONFIGURATION))
        )
        if not part.entries and same_place and parts[n + 1].entries:
            joined = _Part(f"{part.text} and {parts[n + 1].text}", catalog, allowed)
            joined.ground()
            out.append(joined)
            n += 2
            continue
        out.append(part)
        n += 1
    return out


def _plan(question: str, main: _Part, parts: list[_Part], catalog: Catalog, today: date) -> Plan:
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
    beyond = _named_beyond_type(main, config_types + asset_types)
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
        and not _HOW.search(main.text)
    ):  # "printer's offline, what's the IP of the print server": the IP; "the drug cabinet
        intent = "lookup"  # won't sync. which device is that": the device
    elif (tagged := _tagged(main, catalog)) and not (
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
        p.text for p in parts if _undocumented_asked(p.text) and p.intent in ("lookup", "howto")
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
        span = window(resolve.respell(question, catalog), today)  # "end of septmber"
        if span:
            plan.window_start, plan.window_end = span
        if plan.asset_types:  # "tests, audits, warranties": every type whose due date is said
            plan.asset_types += [t for t in _due_types(main, catalog) if t not in plan.asset_types]
        if not plan.asset_types and re.search(r"warrant", question, re.I):
            plan.asset_types = [t for t in catalog.asset_types if "warrant" in t] and [
                catalog.asset_types[t].name for t in catalog.asset_types if "warrant" in t
            ]
            plan.config_types = plan.config_types or []
    plan.retrievers = retrievers_for(plan)
    return plan


def _due_types(part: _Part, catalog: Catalog) -> list[str]:
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


def _tagged(part: _Part, catalog: Catalog) -> list[Entry]:
    """The assets of the type `_tagged_kind` finds that tag the part's devices."""
    kind = _tagged_kind(part, catalog)
    return [
        catalog.entries[i]
        for e in part.entries
        for i in catalog.tagged.get(e.source_id, ())
        if catalog.entries[i].type_name == kind
    ]


def _tagged_kind(part: _Part, catalog: Catalog) -> str | None:
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


def _names_few(word: str) -> bool:
    """A word like a name (a model or product word, or letters with digits), not everyday
    English and not a bare number."""
    return (
        not word.isdigit()
        and not word.endswith("_")  # "it_": the IT of "the IT contact", a marker
        and (word not in resolve.model_words() or any(ch.isdigit() for ch in word))
    )


def _named_beyond_type(part: _Part, types: list[str]) -> bool:
    """The matched words say more than a type ("m365 seats", not "servers", "certs")."""
    type_stems = {stem(w) for t in types for w in re.findall(r"[a-z0-9]+", t.lower())}
    type_stems |= PLACE_WORDS
    asking = part.catalog.field_words | resolve.QUESTION_STEMS
    return any(not set(expand([w])) & type_stems and stem(w) not in asking for w in part.used)


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
    }
    return by_intent[plan.intent]


def broaden(plan: Plan) -> Plan | None:
    """A wider plan for a retry, or None when there is nothing left to widen. A plan whose
    records were grounded is not widened: what they lack is not elsewhere."""
    if plan.broadened >= 2 or plan.asks or plan.unresolved:
        return None
    if plan.intent in ("expiry", "list", "credential", "dependencies"):
        return None  # the stores' answer is the whole answer: nothing in the window is nothing
    wider = plan.model_copy(deep=True)
    wider.broadened += 1
    if plan.broadened == 0:
        if set(plan.retrievers) == {"sql", "graph", "vector"}:
            wider.broadened += 1  # nothing to add at this step: go to the next
        else:
            wider.retrievers = ["sql", "graph", "vector"]
            return wider
    free_text = plan.intent in ("list", "overview") or (
        plan.intent == "lookup" and not plan.attribute
    )
    if wider.broadened <= 2 and free_text:
        wider.intent = "howto"  # look for the answer in documents' text
        wider.retrievers = ["vector", "sql"]
        return wider
    return None
