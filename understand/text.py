"""Words of questions and records, normalized the same way on both sides.

Lowercase, `&` read as "and", light stemming, and the abbreviations engineers type (DC, FW, AP,
S/N, o/s, M365: the word lists are in `glossary`). Nothing here knows any account's names:
the vocabulary of an account lives in its catalog.
"""

from __future__ import annotations

import re
import unicodedata

from understand.glossary import ABBREVIATIONS, BRITISH

_TOKEN = re.compile(r"[a-z0-9]+")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
MAC = re.compile(r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
HOSTNAME = re.compile(r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+){1,5}\b", re.I)
"""Dotted names: build-02.sea.litware.example, www.harborlane.example."""
IDENTIFIER = re.compile(r"\b(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*\b")
"""Tokens that mix letters and digits: ACME-DC01, dc01, 5CG1234XYZ, cdg-dc1."""


def stem(word: str) -> str:
    """A light stem: plural and verb endings off, so "printers" meets "printer"."""
    word = BRITISH.get(word, word)
    if word.isdigit() or len(word) <= 3:
        return word
    if word.startswith("licens"):
        return "license"  # license, licenses, licensing, licensed: one word
    for suffix, keep in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base[:-1] if suffix in ("ing", "ed") and base[-1:] == base[-2:-1] else base
    return word


def fold(text: str) -> str:
    """Full-width forms and accents folded ("ＡＣＭＥ－ＤＣ０１" → "ACME-DC01", "Zürich" →
    "Zurich"), so both sides meet on plain letters."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normal(text: str) -> str:
    """Lowercase, `&` as "and", separators as spaces."""
    return " ".join(_TOKEN.findall(fold(text).lower().replace("&", " and ")))


def words(text: str) -> list[str]:
    """Lowercase alphanumeric words, `&` read as "and"."""
    return _TOKEN.findall(fold(text).lower().replace("&", " and "))


_TYPOS = {"wat": "what", "wut": "what", "waht": "what", "whta": "what", "wats": "whats"}
"""Misspellings of question words themselves (names are corrected against the catalog)."""


_SOFTWARE_SW = re.compile(
    r"\b(backup|antivirus|av|security|accounting|remote|monitoring|rmm|endpoint|imaging|erp|"
    r"pos|scanning|dispatch|practice|billing)\s+sw\b",
    re.I,
)
""""sw" after a kind of software is the software ("what backup sw runs on it"), not a switch."""


_VM_HOST = re.compile(
    r"\bthe (?:one|box|server|machine|thing|host)\s+(?:that |which )?(?:all )?(?:the |our |their )?"
    r"vms (?:all )?(?:run|sit|live|are) on\b",
    re.I,
)
"""A host named by what runs on it: the hypervisor."""


_ASIDE = re.compile(
    r"\((?:for|so|because|fyi|need|needed)\s+(?:the|a|an|my|our|this|that|it)\s[^()]*\)|"
    r"\b(?:ticket|tkt|incident)\s*(?:no\.?|number|#)?\s*#?\d{4,}\b\.?",
    re.I,
)
"""Asides that say why ("(for the asset register)") or for which ticket ("Ticket 48213.") a
question is asked; not a bracket that names a client ("(for Acme Logistics)"), not a model
number ("SR650", "case 2000")."""


def tidy(question: str) -> str:
    """The question with misspelled question words put right ("wat depends on …"), "#"
    read as "number" ("serial #", "support #"; not "ticket #60117"), "backup sw" as
    software, "win10" as Windows 10 and "2k19" as 2019."""
    text = re.sub(
        r"\b(wat|wut|waht|whta|wats)\b", lambda m: _TYPOS[m[1].lower()], fold(question), flags=re.I
    )
    text = _SOFTWARE_SW.sub(r"\1 software", text)
    text = re.sub(r"\bline[- ]of[- ]business\b", "LOB", text, flags=re.I)  # not "Business"
    text = re.sub(r"\boffice ?365\b", "O365", text, flags=re.I)  # a product, not an office
    text = _VM_HOST.sub("the hypervisor", text)  # "the one all the vms run on"
    text = re.sub(r"\bwin ?(7|8|10|11)\b", r"windows \1", text, flags=re.I)  # "still on win10"
    text = re.sub(r"\b2k(1\d|2\d)\b", r"20\1", text, flags=re.I)  # "server 2k19"
    text = re.sub(r"\bsequel\b", "SQL", text, flags=re.I)  # "the sequel server", as said aloud
    text = re.sub(r"\bsub[- ](interface|net|mask)", r"sub\1", text, flags=re.I)  # not a "sub"
    text = _ASIDE.sub(" ", text)  # "(for the asset register)", "Ticket 48213.": why, not what
    return " ".join(re.sub(r"#(?!\s*\d)", " number ", text).split())


def joined(text: str) -> list[str]:
    """Hyphenated words also written joined ("x-ray" → "xray", "four-hour" → "fourhour")."""
    return [f"{a}{b}".lower() for a, b in re.findall(r"\b([A-Za-z]+)-([A-Za-z]+)\b", fold(text))]


def squash(text: str) -> str:
    """Only letters and digits: "ACME-DC01" and "acmedc01" meet."""
    return "".join(_TOKEN.findall(fold(text).lower()))


def parts(word: str) -> list[str]:
    """Letter and digit runs of a word: "dc01" → ["dc", "01"]."""
    return re.findall(r"[a-z]+|\d+", word)


def expand(tokens: list[str]) -> list[str]:
    """Stems of the tokens plus what their abbreviations stand for."""
    out: list[str] = []
    for token in tokens:
        out.append(stem(token))
        out.extend(stem(w) for w in ABBREVIATIONS.get(token, ()))  # "av": "sophos" is "sopho"
    return out


def dezero(key: str) -> str:
    """Leading zeros of numbers off: "hv02" and "hv2" meet."""
    return re.sub(r"(?<!\d)0+(?=\d)", "", key)


def mac_key(text: str) -> str:
    return re.sub(r"[^0-9a-f]", "", text.lower())
