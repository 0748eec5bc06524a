"""The organizations a question names: by full name, name without legal suffix, short name,
initials, any distinctive word of the name, or (when no name is given) the kind of business or
the town ("the dental client", "the Boston office"); one ruled out ("not faucets") yields to
the one named.
"""

from __future__ import annotations

from collections.abc import Collection

from understand.catalog import Catalog
from understand.glossary import STOP
from understand.text import stem, words

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
        return not between or (  # "keystone + oakridge", "keystone, oakridge": side by side
            len(between) <= 4 and any(t in ("and", "or", "vs", "plus") for t in between)
        )

    while True:  # "dc01 at riverside and at oakridge", "the Oakridge and the Acme firewalls",
        more = [  # "faucets, acme, riverside": each named by a word only its name has
            o
            for o in sorted(set(named) | set(weak))
            if o not in chosen
            and (own := named.get(o) or weak.get(o, set()))
            and not own & taken
            and joined(own)
            and all(
                catalog.org_words.get(w) == {o}
                and w not in BUSINESS_WORDS
                and w not in catalog.org_kind_words  # "riverside dental": not also Dental
                for w in own
            )
        ]
        if not more:
            break
        chosen += more
        taken |= {w for o in more for w in named.get(o) or weak.get(o, set())}
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
