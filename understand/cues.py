"""Wording cues of the rules planner: the patterns that say what a part of a question asks
for (a person, a place, a device, software, a secret, a number, a field no record holds), that
it points back ("its", "their", "that box"), or that it asks anything at all.
"""

from __future__ import annotations

import re

from understand import intents
from understand.spelling import model_words

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
PERSON_NOUN = re.compile(r"\b(contact|person|rep|guy|gal|tech)\b", re.I)
"""A person asked for after "who" ("who's the vendor contact"), not a record's field."""

DEVICE_HINT = re.compile(
    r"\b(box|boxes|server|servers|machine|device|host|vm|appliance|hardware|which (one|pc))\b",
    re.I,
)
ASKS_DEVICES = re.compile(
    r"\b(what|which)\s+(servers?|boxes|machines?|hosts?|vms?|devices?)\b", re.I
)
"""The devices are what is asked ("which servers does epicor need"), not what is named."""
ROLE_AFTER = re.compile(
    r"\b(branch|office|site|store|clinic|plant|shop|warehouse|campus|school)\s+(manager|mgr|"
    r"lead|supervisor|director|administrator|admin|head|contact)s?\b",
    re.I,
)
"""A person's title after the place it is of ("branch manager", "site lead")."""
SECRET_WORDS = re.compile(
    r"password|passwd|\bpw\b|\bpwd\b|credential|\bcreds?\b|login|\buser ?names?\b|"
    + intents.PASSWORD_ABROAD,
    re.I,
)
REFER = re.compile(r"\b(it|its|it's|them|they|their|that one|this one|same one)\b", re.I)
"""Words that point back at a record named before (not "the certs *that* expired")."""
THEIR = re.compile(r"\b(their|they)\b", re.I)
"""The organization pointed back at ("their IT manager"), not a record."""

THAT_THING = re.compile(
    r"\b(?:that|this|the same)\s+(?:box|host|server|device|machine|vm|pc|computer|unit|"
    r"appliance|thing)\b|(?<=\bis )(?:that|this)(?=\s*[?.!]*\s*$)",
    re.I,
)
"""A record of the turn before named by a demonstrative: "what hypervisor is that box on?",
"what model printer is that"."""

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
NUMBER_ASKED = re.compile(
    r"\b(contract|account|acct|policy|case|order|customer|agreement|subscription|invoice|po|"
    r"membership|reference|ref|claim|tenant) ?(number|#|no\.|id\b)",
    re.I,
)
"""An identifier asked for by what it numbers ("contract number", "account #")."""
NUMBER_FIELD = re.compile(r"number|\bno\b|#|\bid\b|code|key|reference|\bref\b", re.I)
"""A field that holds such an identifier."""
PRICE = re.compile(r"\bprice|\bcost|\bpaying\b|\bspending\b", re.I)
"""Of those, a price ("what are we paying per seat": not the seat count)."""
HOW = re.compile(
    r"\bhow (do|to|can|should|would)\b|\bsteps?\b|procedure|runbook|\bthe fix\b|troubleshoot|"
    r"\b(need|have|want) to (restore|recover|reset|fix|install|set ?up|configure|replace|"
    r"rebuild|reboot|restart)\b|,\s*how\s*\??$|"
    r"\bwhere (do|should|would) (i|we) (start|begin|look)\b|"
    r"\bwhat (do|should|can) (i|we) (check|try|look at)\b|\bcheck first\b",
    re.I,
)
ASKS_NUMBER = re.compile(
    r"\bwhat'?s (the|their|our) [\w-]+( [\w-]+)? (number|#|no|id|account|acct|code)\b", re.I
)

WHEN_DATE = re.compile(
    r"^\W*when (does|did|is|was|will|do)\b.*\b(end|expire|expires|renew|renews|start|starts|"
    r"run out|due|up)\W*$",
    re.I,
)

ASKING = re.compile(
    r"^\s*(?:(?:also|and|plus|then|oh)\s+)?(what|what's|whats|who|who's|whos|where|where's|when|which|how|is|are|does|do|can|"
    r"list|show|give|get|find|any)\b|\?",
    re.I,
)

ENTRY_WORDS = {"password", "passwords", "entries", "entry", "credentials", "logins", "creds"}
ENTRIES = re.compile(
    r"\b(which|what|list|all|any)\b.{0,30}\b(passwords|password entries|entries|credentials|"
    r"logins|creds)\b",
    re.I,
)
"""A question for the entries an organization keeps, not for one of them."""

ORG_NOUNS = frozenset(
    ["client", "clients", "customer", "customers", "company", "business", "firm", "practice"]
)
"""What an organization is called besides its name ("the dental client's"): not a name."""
ASKS_INSIDE = re.compile(
    r"\b(what|what's|whats|which|who|who's|whose|where|where's|when|how)\b", re.I
)

STREET = re.compile(r"\bstreet\b|\baddr(ess)?\b(?<!ip addr)(?<!ip address)", re.I)
"""A question for a street address (not an IP address)."""

FULL = re.compile(
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


def split_sentences(text: str) -> list[str]:
    return [x for x in _SENTENCE_END.split(text) if x.strip()]


def asking_text(text: str) -> str:
    """The sentences of a part that ask (a question word or mark, or the last one), without
    the statements said before them ("User is on the phone. Which server runs X")."""
    sentences = split_sentences(text)
    return " ".join(
        x
        for n, x in enumerate(sentences)
        if n == len(sentences) - 1 or "?" in x or ASKS_INSIDE.search(x)
    )


def undocumented_asked(text: str) -> re.Match[str] | None:
    """A field no record type holds, asked ("what are we paying per seat"); not a count said
    with a price word ("how many seats are we paying for": the seat count)."""
    if re.search(r"\bhow many\b[\w\s]{1,30}\b(paying|pay|spending)\b", text, re.I):
        return None
    return UNDOCUMENTED.search(text)


DEVICE_ONLY = frozenset(["mac_address", "serial_number", "primary_ip", "public_ip", "asset_tag"])
"""Fields only a device has: a question for one names no place, whatever street it says."""

CLOSET = re.compile(
    r"\b(it|network|comms?|server|data|wiring) (closet|cabinet|cupboard|room|rack)\b|"
    r"\b(mdf|idf|patch panel)\b",
    re.I,
)
"""Where a site keeps its network gear: written in the location's notes."""


def names_few(word: str) -> bool:
    """A word like a name (a model or product word, or letters with digits), not everyday
    English and not a bare number."""
    return (
        not word.isdigit()
        and not word.endswith("_")  # "it_": the IT of "the IT contact", a marker
        and (word not in model_words() or any(ch.isdigit() for ch in word))
    )
