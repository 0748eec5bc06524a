"""A part read against the turn or part before it: "and its serial?" takes the records before,
"same for faucets" asks the question before about another organization, "that box" and "the
other dc" name a record of the turn before, "the sql server behind it" names one through it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from core.models import RecordType
from core.state import Ask
from understand import attributes
from understand.catalog import Catalog, Entry
from understand.cues import ASKS_INSIDE, REFER, THAT_THING, THEIR, WHO_FIRST
from understand.field_patterns import FIXED
from understand.glossary import ABBREVIATIONS, STOP
from understand.grounding import Part
from understand.kinds import types_named
from understand.lexicon import DEVICE_NOUNS
from understand.split import names_a_field
from understand.text import expand, parts, stem, tidy, words

_FOLLOW = re.compile(
    r"^\s*(and|what about|how about|also|plus)\b|\b(its|it|it's|that|this|those|these|same|"
    r"them|they|their|his|her|he|she)\b",
    re.I,
)


def inherit(part: Part, previous: Ask | None, orgs: list[int], catalog: Catalog) -> bool:
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
        and THEIR.search(part.text)
        and not _REFER_RECORD.search(part.text)
        and types_named(part.tokens, catalog.type_words)
        and not {e.source_id for e in part.entries} & set(previous.targets)
    ):
        return False  # "same for their vpn cert": the organization's, not the cert before
    said = part.new_words()
    if (
        part.entries
        and part.how == "role"
        and not REFER.search(part.text)
        and len(part.used) >= 2
        and any(stem(t) in catalog.type_words for t in part.used)
        and not {e.source_id for e in part.entries} & set(previous.targets)
        and re.match(r"\s*(?:(?:and|also|plus)\s+)*the\s", part.text, re.I)
        and not ASKS_INSIDE.search(part.text)
    ):
        return False  # "ip of cvsd-dc01 and the sql server": a record of its own, by kind
    if part.intent == "dependencies" and _IT_DOES.search(part.text):
        pass  # "what does it rely on for its fax line": it, whatever else it names
    elif (
        REFER.search(part.text)
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
        and THEIR.search(part.text)
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


_HOW_DO_WE = re.compile(
    r"\bhow (do|can|should|would) (we|i|you|they)\b(?! (find|know|tell|see|check) (the|its|it|if|"
    r"what|which|when|where|who))",
    re.I,
)
"""Steps asked for ("how do we get it back"), not a field ("how do I find its IP")."""

_IT_DOES = re.compile(
    r"\b(does|do|would|will|can|is) (it|that|this|that one|that box|this one) (rely|depend|"
    r"need|use|talk|connect|run|sit|live|hang|plug)",
    re.I,
)
"""The record before is what relies, runs or connects: the subject of the question."""

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


def same_for(question: str, before: str, catalog: Catalog, allowed: Collection[int]) -> str:
    """ "same for faucets", "and bluewater?": the question before, about that organization."""
    said = _SAME_FOR.fullmatch(question.strip())
    if not said:
        return question
    other = Part(said[1], catalog, allowed)
    pronoun = re.search(r"\b(it|that one|this one)\b", before, re.I)
    names_field = any(attributes.fixed(said[1], kind) for kind in FIXED) or names_a_field(
        said[1], catalog.field_words
    )  # "and its wan ip": its own question
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
    earlier = Part(tidy(before), catalog, allowed)
    if not earlier.named_orgs or set(earlier.orgs) == set(other.orgs):
        return question
    dropped = {w.lower() for w in earlier.org_used}
    kept = [
        w
        for w in re.findall(r"[\w'&.-]+|[^\w\s]", tidy(before))
        if re.sub(r"'s$", "", w.lower()) not in dropped
    ]
    return f"{catalog.organizations[other.orgs[0]].name}: {' '.join(kept)}"


_OTHER = re.compile(r"\bthe other (one|[\w-]+)\b", re.I)


def the_other(question: str, before: Ask | None, catalog: Catalog, allowed: Collection[int]) -> str:
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
        if not named and word not in ABBREVIATIONS and word not in DEVICE_NOUNS:
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


def name_the_referent(
    question: str, before: Ask | None, catalog: Catalog, allowed: Collection[int]
) -> str:
    """ "that box" → the one record the turn before was about, so the rest of the question
    reads as if it had named it ("what hypervisor is RMA-EHR01 on?")."""
    said = THAT_THING.search(question)
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


def through(part: Part, before: Part, context: list[int]) -> Part | None:
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
    named = Part(text, part.catalog, part.allowed, context or before.orgs)
    named.ground()
    return named if named.entries and not named.unresolved else None
