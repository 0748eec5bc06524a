"""What a grounded part names that none of its records has: a product, a site, a title, a
quoted name, a modifier of the records' kind ("the *sparrow* panel"), a role nobody at the
organization has ("the *billing* contact"). A part grounded by a distinctive name keeps its
extra words as modifiers; one grounded only by a type does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.models import RecordType
from understand.cues import ORG_NOUNS, names_few
from understand.glossary import PLACE_WORDS, STOP
from understand.intents import change_words
from understand.kinds import types_named
from understand.lexicon import QUESTION_STEMS, QUESTION_WORDS
from understand.reading import PartReading, unfound
from understand.spelling import is_common, question_words, unknown_words
from understand.text import expand, squash, stem
from understand.unknown_names import PartUnknownNames

_QUOTED = re.compile(r"(?:^|(?<=\s))['\"“‘]([^'\"”’]{2,40})['\"”’](?=$|[\s?.,!;:)])")
"""Words in quotes: a name as written, or an error message."""
_PLAIN_QUOTED = frozenset(
    ["main", "old", "new", "primary", "secondary", "backup", "spare", "other", "good", "bad"]
)

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


def _placed(tokens: Sequence[str], n: int) -> bool:
    """Whether word n follows "at", "in", "on", "from" or "near" (a place qualifier)."""
    return any(w in ("at", "in", "on", "from", "near") for w in tokens[max(0, n - 2) : n])


def named_beyond_type(part: PartReading, types: list[str]) -> bool:
    """The matched words say more than a type ("m365 seats", not "servers", "certs")."""
    type_stems = {stem(w) for t in types for w in re.findall(r"[a-z0-9]+", t.lower())}
    type_stems |= PLACE_WORDS
    asking = part.catalog.field_words | QUESTION_STEMS
    return any(not set(expand([w])) & type_stems and stem(w) not in asking for w in part.used)


class PartMissing(PartUnknownNames):
    """A part that reports what it names and its records lack."""

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
                or word in QUESTION_WORDS
                or len(word) < 4
                or not word.isalpha()
                or is_common(word)
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

    def _unknown_quoted(self) -> list[str]:
        """A name in quotes that no record has ("the kennel cam 'bingo'"): never the others."""
        cat = self.catalog
        out = []
        for quoted in _QUOTED.findall(self.text):
            said = question_words(quoted)
            if len(said) > 3 or not said or set(said) <= _PLAIN_QUOTED:
                continue  # an error message, or a word said with a wink ('main'), not a name
            if squash(quoted) in cat.keys or squash(quoted) in cat.suffix_keys:
                continue
            if any(w in self.used or stem(w) in cat.vocabulary for w in said):
                continue
            out.append(quoted)
        return out

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
            and t not in used | self.org_used | STOP | QUESTION_WORDS | _PEOPLE_WORDS
            and stem(t) not in QUESTION_STEMS
            and stem(t) not in cat.field_words
            and is_common(t)
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

    def _missing(self) -> None:
        """Words that name something (a product, a site, a title) no grounded record has.
        A part grounded by a distinctive name ("the Veeam repo box") keeps its extra words as
        modifiers; one grounded only by a type ("the licence at Acme") does not."""
        cat = self.catalog
        if self.intent == "changes" and not self.named_orgs:  # "what changed at Contoso": a
            ignore = self.used | self.org_used | change_words(self.text)  # client it lacks
            self.unresolved += [unfound(name) for name in self._unknown_name(ignore)]
            self.unresolved += [unfound(name) for name in self._unknown_owner(ignore)]
            if not self.unresolved:
                self.unresolved += [unfound(w) for w in unknown_words(self.tokens, cat, ignore)]
            return
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
        if self.entries and one_place and named_beyond_type(self, types):
            self.unresolved += [unfound(word) for word in self._said_of_others()]
            self.unresolved += [unfound(word) for word in self._unknown_modifiers()]
            strange = [w for w in unknown_words(self.tokens, cat) if len(w) >= 6]
            self.unresolved += [unfound(w) for w in strange if w not in self.used]
            self._undocumented()
            return
        ignore = self.used | self.org_used
        ignored = {stem(w) for w in ignore}
        for n, token in enumerate(self.tokens):
            if token in ignore or token in STOP or token in QUESTION_WORDS:
                continue
            if token in ORG_NOUNS:
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
        for token in unknown_words(self.tokens, cat, ignore):
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
            and token not in QUESTION_WORDS
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
                if word in ORG_NOUNS or stem(word) in QUESTION_STEMS:
                    break
                if self._unfamiliar(word, ignore) and word not in out:
                    out.append(word)
        return out

    def _said_of_others(self) -> list[str]:
        """A word that describes records of the same type elsewhere but none of the ones
        matched ("the *secondary* DC at Cedar Valley", which has one DC): a record the
        organization does not have). Not when a word only some records have picked them
        ("litware's *5G* backup line"): the others are then modifiers."""
        if self.how != "role" or not self.entries or any(map(names_few, self.used)):
            return []
        cat, first = self.catalog, self.entries[0]
        ignore = self.used | self.org_used
        out = []
        for n, token in enumerate(self.tokens):
            base = stem(token)
            if _placed(self.tokens, n) or "or" in self.tokens[max(0, n - 1) : n + 2]:
                continue  # "the NAS at the house": where; "Let's Encrypt or DigiCert": a choice
            after = self.tokens[n + 1] if n + 1 < len(self.tokens) else ""
            if not after or after in STOP or after in QUESTION_WORDS:
                continue  # "the cambridge internet *line* and …": the thing, not which one
            if (
                token in ignore
                or token in STOP
                or token in QUESTION_WORDS
                or base in QUESTION_STEMS
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
