"""Organizations a part names that the account lacks: words before "client" that name none
("the bakery client"), a known name with one inner word swapped ("clearwater valley *water*
district"), unfamiliar words before a kind of business ("maple street dental"), a run of words
no name, type or field has ("does Fourth Coffee have"), a possessive owner ("Trey Research's").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from understand.asked_fields import PartFields
from understand.cues import FULL, ORG_NOUNS, REFER
from understand.glossary import GENERIC_ORG_WORDS, STOP
from understand.lexicon import DEVICE_NOUNS, QUESTION_STEMS, QUESTION_WORDS
from understand.spelling import is_common, known, model_words
from understand.text import stem, words

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

_LEAD = re.compile(r"\s*([A-Za-z][A-Za-z&' ]{2,40}?)\s*(?:-|:|,)\s")
"""A name the question starts with, set off before what it asks ("X - who's their …")."""


class PartUnknownNames(PartFields):
    """A part that can tell which organization names it says the account lacks."""

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
        if lead and REFER.search(self.text[lead.end() :]):
            said = words(lead[1])
            if len(said) >= 2 and not any(known(w, self.catalog) for w in said):
                return lead[1].strip()
        for n, token in enumerate(self.tokens):
            if token not in ORG_NOUNS or n == 0:
                continue
            before: list[str] = []
            for word in reversed(self.tokens[max(0, n - 2) : n]):
                if word in STOP or word in QUESTION_WORDS or word in ORG_NOUNS:
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
                                and is_common(a)
                                and (OSA.distance(a, b) > 2)
                            ):
                                return " ".join(run)
                        size += 1
        return ""

    def _unfamiliar_run(self, end: int, ignore: set[str]) -> list[str]:
        """The words no record of the account has among the (up to three) words that end at
        token `end`, stopping at a question word or a name."""
        run: list[str] = []
        for word in reversed(self.tokens[max(0, end - 2) : end + 1]):
            if word in STOP or word in ignore or word in QUESTION_WORDS or len(word) < 4:
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
                if self.tokens[start - 1] in QUESTION_WORDS:
                    break
                start -= 1
            run = self.tokens[start:n]
            after = self.tokens[n + 1] if n + 1 < len(self.tokens) else ""
            at_name = (
                not start
                or self.tokens[start - 1] in ("at", "for", "from", "with")
                or (  # "the greenfield dental fw": whose device
                    self.tokens[start - 1] == "the"
                    and (after in DEVICE_NOUNS or stem(after) in self.catalog.type_words)
                )
            )
            if at_name and any(not known(w, self.catalog) and is_common(w) for w in run):
                return " ".join([*run, token])
        return ""

    def _unknown_name(self, ignore: set[str]) -> list[str]:
        """Two or more words in a row that are neither question words nor any name, type or
        field of the account: a name it does not have ("how many PCs does Fourth Coffee
        have"), even when each word is common English."""
        cat = self.catalog
        run: list[str] = []
        found: list[str] = []
        common = model_words()
        lead = {"at", "for", "does", "do", "of", "from", "with", "about", "has", "have"}
        for n, token in enumerate([*self.tokens, ""]):
            base = stem(token)
            plain = (
                len(token) >= 4
                and token not in ORG_NOUNS
                and base not in QUESTION_STEMS
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
        if full := FULL.search(self.text):  # "zero free seats": how many, not a name
            halves |= set(words(full[0]))
        return (
            word not in halves
            and word not in _COUNTED  # "bluewater has two dell hosts"
            and word not in STOP
            and word not in ignore
            and word not in QUESTION_WORDS
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
            if any(w in ignore or w in STOP or w in ORG_NOUNS for w in owner[-1:]):
                continue
            if any(len(w) >= 3 and self._unfamiliar(w, ignore) for w in owner):
                out.append(" ".join(owner))
        return out
