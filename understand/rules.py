"""The rules planner: a question (and the thread's last turn) → a grounded `Plan`.

Each part of a question ("the IP of DC01 and who is the IT manager?", `split`) is grounded on
its own (`grounding`): organizations, then records by exact key, then by role, in the order of
the kinds its wording asks for (an IP is a configuration's, an email a contact's, "who" a
person's). A part that names nothing new ("and its serial?", "email?") takes its records from
the part or turn before, within the caller's scope (`threads`). Whatever the question names
that grounds to nothing is kept in `unresolved`, so the answer says what was not found.
`plans` makes the plan of the grounded parts; `broaden` widens it for a retry.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from core.models import RecordType
from core.state import Ask, Plan, Turn
from understand import attributes, intents
from understand.asked_fields import FIELD_ASKS
from understand.catalog import Catalog
from understand.cues import ASKING, ASKS_INSIDE, THAT_THING, split_sentences
from understand.glossary import STOP
from understand.grounding import Part
from understand.kinds import ALL_KINDS
from understand.lexicon import DEVICE_NOUNS
from understand.plans import plan_from_parts, tagging_assets
from understand.reading import MAX_TARGETS, NOTHING_EARLIER
from understand.spelling import is_common, question_words
from understand.split import split
from understand.text import stem, tidy
from understand.threads import inherit, name_the_referent, same_for, the_other, through

_THERE = re.compile(r"\b(there|their|same (client|org|organi[sz]ation|site)|they)\b", re.I)

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

_STATEMENT = re.compile(
    r"(?!\s*(and|also|plus|or|but)\b)[\w&' .-]{1,60}?\b(is|are|was|were|keeps?|has been|have "
    r"been|seems?|went|got|just)\b|\s*(just|only)\b",
    re.I,
)
"""A sentence that says something ("PowerSchool is crawling"): context after a question."""


def _without_idle_context(text: str, catalog: Catalog) -> str:
    """The part without statements before its question that name nothing of the account ("User
    is on the phone. Which server runs X"): no client, device word, name or number."""
    sentences = split_sentences(text)
    while len(sentences) >= 2 and not ("?" in sentences[0] or ASKS_INSIDE.search(sentences[0])):
        first = re.sub(r"\bon (?:the|a) (?:phone|call|line)\b", " ", sentences[0], flags=re.I)
        said = question_words(first)  # "User is on the phone": a call, not a field
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
            or w in DEVICE_NOUNS
            or any(ch.isdigit() for ch in w)
            or not (w in STOP or is_common(w))
            for w in said
        ):
            break  # "Summit's NAS in Denver is beeping. Warranty coverage?": what it is about
        sentences = sentences[1:]
    return " ".join(sentences)


_PURPOSE = re.compile(
    r"\s*(?:(?:i|we|i'?ll|we'?ll)\s+)?(?:need|needs|want|wanted|using|use|it'?s|this is|that'?s|"
    r"asking|checking)\s+(?:it|this|that|them|these|those)?\s*(?:for|to|because|so)\b",
    re.I,
)
"""Why the question was asked, said after it ("Need it for the switch port security")."""


def plan_question(
    question: str,
    catalog: Catalog,
    allowed: Collection[int],
    today: date,
    previous: Turn | None = None,
) -> Plan:
    """The rules' plan for a question over the caller's scope."""
    question = tidy(_ASKER.sub(" ", tidy(question)))
    parts: list[Part] = []
    before: Ask | None = None
    if previous is not None and previous.plan.asks:
        before = previous.plan.asks[-1]
    elif previous is not None:  # a list or a dependency answer: what it cited
        listed = [c for c in previous.citations if not c.startswith("organization:")]
        before = Ask(targets=[c.split("#", 1)[0] for c in listed][:MAX_TARGETS]) if listed else None
    before_orgs = list(previous.plan.organization_ids) if previous else []
    question = name_the_referent(question, before, catalog, allowed)
    question = the_other(question, before, catalog, allowed)
    if previous is not None:
        question = same_for(question, previous.plan.query or previous.question, catalog, allowed)
    changes = intents.asks_changes(question)  # not when a change is only the context
    for n, text in enumerate(split(question, catalog.field_words)):
        text = _without_idle_context(text, catalog)
        context: list[int] = []
        if n and parts[-1].orgs:
            context = parts[-1].orgs  # a later part of one question: the same organization
        elif previous and (_THERE.search(text) or THAT_THING.search(text)):
            context = list(previous.plan.organization_ids)  # "and who is the IT manager there?",
            # "what hypervisor is that box on?" when the turn before named two boxes
        part = Part(text, catalog, allowed, context, changes)
        part.ground()
        if n and parts and part.unresolved == [NOTHING_EARLIER] and not parts[-1].entries:
            # "can you tell me someone at summit nuked a folder, how do I get it back": "it" is
            # what the part before is about, one question with it
            merged = Part(f"{parts[-1].text}, {text}", catalog, allowed, context, changes)
            merged.ground()
            if merged.intent == "howto":  # steps for it; a field of nothing named stays
                parts[-1] = merged  # unanswered ("who's oakridge's isp and what's the
                continue  # circuit id on their line")
        if n and parts[-1].entries and not part.entries:
            part = through(part, parts[-1], context) or part
        if (
            n
            and parts[-1].entries
            and (
                part.asks_fields_of(parts[-1])
                or (part.unresolved == [NOTHING_EARLIER] and ASKS_INSIDE.search(text))
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
            and not (ASKING.search(text) or ASKS_INSIDE.search(text))
        ):
            continue  # "…, apple want both for a repair booking", "… ? filling in the asset
            # register for bright smile": context, not a question
        elif n and _PURPOSE.match(text) and not ASKS_INSIDE.search(text):
            continue  # "… what's its MAC? Need it for the switch port security": why, not what
        elif (
            n
            and part.entries
            and not part.attributes
            and (
                {e.source_id for e in part.entries} <= {e.source_id for e in parts[-1].entries}
                or _STATEMENT.match(text)
            )
            and not (ASKING.search(text) or ASKS_INSIDE.search(text))
        ):
            continue  # "what firmware is english-setter on? the pharmacy zebra": the same
            # record named again, not a question
        if not inherit(part, before, before_orgs, catalog) and not part.orgs and parts:
            part.orgs = parts[-1].orgs
        if part.entries:
            before = part.ask()
            tagged = tagging_assets(part, catalog)
            if tagged:  # "the cert installed there and when does it expire": the cert's
                before = Ask(targets=[e.source_id for e in tagged[:MAX_TARGETS]])
        before_orgs = part.orgs or before_orgs
        parts.append(part)
    parts = _merge_field_parts(parts, catalog, allowed)
    main = next((p for p in parts if p.intent != "lookup"), parts[0])
    return plan_from_parts(question, main, parts, catalog, today)


def _merge_field_parts(parts: list[Part], catalog: Catalog, allowed: Collection[int]) -> list[Part]:
    """ "serial + warranty end for the KAG NAS": a part that names only fields belongs to
    the part after it."""
    out: list[Part] = []
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
            joined = Part(f"{part.text} and {parts[n + 1].text}", catalog, allowed)
            joined.ground()
            out.append(joined)
            n += 2
            continue
        out.append(part)
        n += 1
    return out


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
