"""The checkable facts of a claim — IPv4 and MAC addresses, emails, URLs, dates, versions,
identifiers (serials, hostnames, device names: tokens mixing letters and digits, or six or more
capitals), domain names and numbers — normalized, and whether a value is a whole token of a
text (never a part of a longer IP, serial or number)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime

from core.models import Evidence

_MAC = re.compile(r"\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b")
_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(r"\b(?:https?|ssh|ftp)://[^\s\])>,]+", re.I)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_TEXT_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b"
)
_VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){1,3}(?!\w)(?!\.\d)")
_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|local|lan|example|us|edu)\b", re.I)
_IDENT = re.compile(r"\b(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[A-Za-z0-9_]+(?:[-.][A-Za-z0-9_]+)*\b")
_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{5,}\b")
"""All-capital tokens of six or more characters: serials and tags without digits (MXLNYDPRVS)."""
NUMBER = re.compile(r"(?<![\w.:/-])\d+(?:\.\d+)?(?![\w:/-])(?!\.\w)")
"""A number standing alone (it may end a sentence: "… Server 2019.")."""


def normal(text: str) -> str:
    text = _MAC.sub(lambda m: m[0].lower().replace("-", ":"), text)
    return text.lower()


def facts(text: str) -> list[tuple[str, str]]:
    """(kind, normalized value) of every checkable fact in a claim."""
    return _scan(text)[0]


def prose(text: str) -> str:
    """A claim without its checkable facts: the words left to weigh as support."""
    return _scan(text)[1]


def _scan(text: str) -> tuple[list[tuple[str, str]], str]:
    out: list[tuple[str, str]] = []
    rest = text
    for kind, pattern in (
        ("url", _URL),
        ("email", _EMAIL),
        ("mac", _MAC),
        ("ip", _IP),
        ("date", _ISO_DATE),
        ("date", _TEXT_DATE),
        ("version", _VERSION),
        ("domain", _DOMAIN),
        ("identifier", _IDENT),
        ("identifier", _CAPS),
        ("number", NUMBER),
    ):
        for match in pattern.findall(rest):
            value = match if isinstance(match, str) else match[0]
            if kind == "date" and not value[0].isdigit():
                value = _iso(value)
            out.append((kind, normal(value).rstrip(".")))
        rest = pattern.sub(" ", rest)
    return out, rest


def _iso(day: str) -> str:
    """A printed date ("Apr 10, 2027", "April 10 2027") as ISO, or as printed when it is no
    date ("Sept 12, 2024", "Feb 30, 2027"): then it must be found as written."""
    for pattern in ("%b %d %Y", "%B %d %Y"):
        try:
            return (
                datetime.strptime(day.replace(",", "").replace(".", ""), pattern).date().isoformat()
            )
        except ValueError:
            continue
    return day


def evidence_text(item: Evidence) -> str:
    """One cited record as the fact checks read it: title, text and fields, normalized."""
    return normal("\n".join((item.title, item.text, json.dumps(item.fields, default=str))))


def cited_text(items: Sequence[Evidence]) -> str:
    return "\n".join(evidence_text(e) for e in items)


def readable_text(items: Sequence[Evidence]) -> str:
    """The cited records as a person reads them, which the support score weighs: each one's
    title, text and fields ("name: value" lines), as written."""
    return "\n\n".join(
        "\n".join([e.title, e.text, *(f"{k}: {v}" for k, v in e.fields.items())]).strip()
        for e in items
    )


_TOKEN_CHAR = r"[a-z0-9_]"


def present(value: str, text: str) -> bool:
    """Whether `value` is a whole token of `text`: never part of a longer IP, serial, name or
    number ("10.7.10.1" is not in "10.7.10.15", "8" not in "85", "5cg1234xy" not in
    "5cg1234xyz"). A value may end a sentence ("… 10.7.10.1.") but no number continues it
    ("2.1" is not in "2.1.3"); a part of a hyphenated or dotted name is a token of it ("dc01"
    of "acme-dc01", an address before its ":port")."""
    if not value:
        return True
    before = r"(?<!\d\.)" if value[0].isdigit() else ""
    after = r"(?!\.\d)" if value[-1].isdigit() else ""
    pattern = rf"(?<!{_TOKEN_CHAR}){before}{re.escape(value)}(?!{_TOKEN_CHAR}){after}"
    return re.search(pattern, text) is not None
