"""The deterministic planner: intent by rules, entities by matching the SQL store's names.

Organizations match by name (fuzzy, rapidfuzz) or short name (a whole word); configurations by
full name, hostname, or the part after the organization's prefix ("DC01" for "ACME-DC01") when
one organization is named. A question that names only organizations outside the caller's scope
is marked `out_of_scope`, so nothing is retrieved for it. A follow-up without entities ("and its
serial number?") inherits the organizations and devices of the thread's previous turn.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from rapidfuzz import fuzz

from core.models import Organization
from graphs.state import Intent, Plan, RetrieverName, Turn

_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
IDENTIFIER = re.compile(r"\b(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)+\b")
"""Names that mix letters and digits with a separator: ACME-DC01, HLL-WS001, 10.1.0.10-like."""
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]|[A-Za-z0-9]")

_INTENTS: list[tuple[Intent, re.Pattern[str]]] = [
    (
        "similar",
        re.compile(
            r"\bsimilar\b|other (clients|customers|organi[sz]ations)|across (clients|customers|"
            r"organi[sz]ations)|anyone else|elsewhere|same (issue|problem)",
            re.I,
        ),
    ),
    (
        "credential",
        re.compile(
            r"password|credential|login|log ?in\b|sign ?in account|admin account|username|"
            r"\bkeys?\b.*wi-?fi|wi-?fi.*\bkey\b",
            re.I,
        ),
    ),
    (
        "expiry",
        re.compile(
            r"expir|renew|\bdue\b|lapse|running out|end of (support|life)|"
            r"warrant(y|ies) (end|run)",
            re.I,
        ),
    ),
    (
        "dependencies",
        re.compile(
            r"depend|impact|affected|\bbreaks?\b|goes down|go down|fails?\b|outage of|"
            r"relies|rely|upstream|downstream|path (between|from)|connected to|runs on|"
            r"what.*(on|behind) .*(host|hypervisor)|hosted on|\bhosts\b",
            re.I,
        ),
    ),
    (
        "howto",
        re.compile(
            r"\bhow (do|to|can|should)\b|\bsteps?\b|procedure|runbook|\bsop\b|troubleshoot|"
            r"\bfix\b|restart|reset|restore|enrol|onboard|checklist|what should i do",
            re.I,
        ),
    ),
    (
        "list",
        re.compile(
            r"how many|\blist\b|\ball (the )?\w+s\b|\bcount\b|(?<!serial )(?<!phone )number of|"
            r"which (\w+ )?"
            r"(devices|servers|firewalls|switches|printers|workstations|laptops|"
            r"hypervisors|access points|nas|licenses|certificates|backups)",
            re.I,
        ),
    ),
    (
        "overview",
        re.compile(
            r"overview|tell me about|summar|who (is|are)\b.*(client|customer)|"
            r"what do we (know|have) (about|on|for)|profile of",
            re.I,
        ),
    ),
]

ATTRIBUTES: list[tuple[str, re.Pattern[str]]] = [
    ("public_ip", re.compile(r"public ip|wan (ip|address)|external ip", re.I)),
    ("mac_address", re.compile(r"\bmac\b", re.I)),
    ("serial_number", re.compile(r"serial", re.I)),
    ("primary_ip", re.compile(r"\bip\b|ip address|\baddress of\b", re.I)),
    ("operating_system", re.compile(r"\bos\b|operating system|firmware|what version", re.I)),
    ("model", re.compile(r"\bmodel\b", re.I)),
    ("manufacturer", re.compile(r"manufacturer|vendor|\bmake\b|who makes", re.I)),
    ("warranty_expires_at", re.compile(r"warranty", re.I)),
    ("asset_tag", re.compile(r"asset tag", re.I)),
    ("hostname", re.compile(r"hostname", re.I)),
    ("location", re.compile(r"where is|located|which (site|location|office)", re.I)),
]

CONFIG_TYPES = {
    "Firewall": r"firewalls?",
    "Switch": r"switch(es)?",
    "Server": r"servers?",
    "Workstation": r"workstations?|desktops?|\bpcs?\b",
    "Laptop": r"laptops?|notebooks?",
    "Printer": r"printers?",
    "Hypervisor": r"hypervisors?|virtualization hosts?|vm hosts?",
    "NAS": r"\bnas\b|storage appliances?",
    "Access Point": r"access points?|\baps?\b|wireless aps?",
}
ASSET_TYPES = {
    "SSL Certificate": r"ssl|tls|certificates?|\bcerts?\b",
    "Software License": r"licen[cs]es?|subscriptions?",
    "Warranty": r"warrant(y|ies)|support contracts?",
    "Backup": r"backups?",
    "Wi-Fi Network": r"wi-?fi|wireless networks?|ssids?",
    "Application": r"applications?|line-of-business|\blob\b",
}

_FOLLOW_UP = re.compile(r"^\s*(and|what about|how about|also)\b|\b(its|it|that|this|same)\b", re.I)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


def match_organizations(question: str, organizations: Sequence[Organization]) -> list[int]:
    """Organizations the question names, best first."""
    q = question.lower()
    found: list[tuple[float, int]] = []
    for org in organizations:
        score = 0.0
        if org.short_name and len(org.short_name) >= 2 and _has_word(question, org.short_name):
            score = 100.0
        name = org.name.lower()
        bare = re.sub(r"[,.]?\s+(llp|llc|inc|ltd|corp|co|pc|group|gmbh)\.?$", "", name)
        if name in q or (len(bare) >= 5 and bare in q):
            score = max(score, 100.0)
        elif len(name) >= 5:
            ratio = fuzz.partial_ratio(name, q)
            core = " ".join(w for w in name.split() if len(w) > 3)
            if ratio >= 90 or (core and len(core) >= 6 and fuzz.partial_ratio(core, q) >= 92):
                score = max(score, ratio)
        if score:
            found.append((score, org.id))
    return [org_id for _, org_id in sorted(found, key=lambda p: (-p[0], p[1]))]


def match_devices(
    question: str,
    configurations: Sequence[tuple[int, int, str, str | None]],
    organization_ids: Sequence[int],
    short_names: dict[int, str],
) -> list[str]:
    """Configurations the question names: full name or hostname; or the name without its
    organization prefix ("DC01") inside the named organizations (or anywhere, if none)."""
    words = [w.lower() for w in _words(question)]
    exact: list[tuple[int, str]] = []
    partial: list[tuple[int, str]] = []
    for config_id, org_id, name, hostname in configurations:
        sid = f"configuration:{config_id}"
        for candidate in (name.lower(), (hostname or "").lower()):
            if candidate and candidate in words:
                exact.append((words.index(candidate), sid))
                break
        else:
            prefix = short_names.get(org_id)
            if prefix and name.lower().startswith(prefix.lower() + "-"):
                suffix = name[len(prefix) + 1 :].lower()
                if suffix in words and (not organization_ids or org_id in organization_ids):
                    partial.append((words.index(suffix), sid))
    # in the order the question names them ("the path between A and B" starts at A)
    return [sid for _, sid in sorted(exact or partial)]


def _window(question: str, today: date) -> tuple[date, date] | None:
    q = question.lower()
    match = re.search(r"(\d+)\s*(day|week|month)s?", q)
    if match:
        n = int(match[1])
        days = {"day": 1, "week": 7, "month": 30}[match[2]] * n
        if re.search(r"\b(last|past|ago|expired)\b", q):
            return today - timedelta(days=days), today
        return today, today + timedelta(days=days)
    if "this quarter" in q or "quarter" in q:
        first = (today.month - 1) // 3 * 3 + 1
        end_month = first + 2
        return date(today.year, first, 1), date(
            today.year, end_month, calendar.monthrange(today.year, end_month)[1]
        )
    if "next month" in q:
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if "this month" in q:
        return today.replace(day=1), today.replace(
            day=calendar.monthrange(today.year, today.month)[1]
        )
    if "this year" in q:
        return today, date(today.year, 12, 31)
    if re.search(r"already expired|have expired|has expired|expired\b", q):
        return today - timedelta(days=365), today - timedelta(days=1)
    if re.search(r"expir|renew|due|lapse", q):
        return today, today + timedelta(days=90)
    return None


def _named(question: str, table: dict[str, str]) -> list[str]:
    return [name for name, pattern in table.items() if re.search(pattern, question, re.I)]


def intent_of(question: str, has_device: bool, has_attribute: bool) -> Intent:
    for intent, pattern in _INTENTS:
        if pattern.search(question):
            if intent in ("expiry", "list", "overview") and has_device and has_attribute:
                return "lookup"  # "when does DC01's warranty expire" is a lookup
            return intent
    return "lookup" if has_device or has_attribute else "howto"


def plan_question(
    question: str,
    organizations: Sequence[Organization],
    allowed: Sequence[int],
    configurations: Sequence[tuple[int, int, str, str | None]],
    today: date,
    previous: Turn | None = None,
) -> Plan:
    """The rules' plan for a question, given the names the caller's scope holds."""
    named = match_organizations(question, organizations)
    in_scope = [o for o in named if o in allowed]
    short_names = {o.id: o.short_name or "" for o in organizations}
    devices = match_devices(question, configurations, in_scope, short_names)
    ips = _IP.findall(question)
    attribute = next((a for a, p in ATTRIBUTES if p.search(question)), None)
    follow_up = previous is not None and not named and not devices and not ips
    if follow_up and previous is not None and _FOLLOW_UP.search(question):
        in_scope = previous.plan.organization_ids
        devices = previous.plan.devices
        named = in_scope
    config_types = _named(question, CONFIG_TYPES)
    asset_types = _named(question, ASSET_TYPES)
    intent = intent_of(question, bool(devices or ips), attribute is not None)
    if intent == "lookup" and not (devices or ips) and (config_types or asset_types):
        intent = "list"
    if follow_up and previous is not None and intent == "howto" and attribute and devices:
        intent = "lookup"
    plan = Plan(
        intent=intent,
        organization_ids=in_scope,
        out_of_scope=bool(named) and not in_scope,
        devices=devices[:10],
        ips=ips,
        attribute=attribute,
        config_types=config_types,
        asset_types=asset_types,
        query=question,
    )
    if intent == "dependencies":
        q = question.lower()
        if re.search(r"path (between|from)|between .* and", q) and len(devices) >= 2:
            plan.direction, plan.second_device = "path", devices[1]
        elif re.search(
            r"what depends on|depend on it|impact|affected|breaks?|goes down|go down|"
            r"fails?\b|relies on|rely on|upstream|runs on it|hosted on|\bhosts\b|what.*on ",
            q,
        ) and not re.search(r"what does .* depend", q):
            plan.direction = "upstream"
    if intent == "expiry":
        window = _window(question, today)
        if window:
            plan.window_start, plan.window_end = window
        if not asset_types and re.search(r"warrant", question, re.I):
            plan.asset_types = ["Warranty"]
    plan.retrievers = _retrievers(plan)
    return plan


def _retrievers(plan: Plan) -> list[RetrieverName]:
    by_intent: dict[Intent, list[RetrieverName]] = {
        "lookup": ["sql", "graph", "vector"],
        "credential": ["sql", "graph"],
        "dependencies": ["graph", "sql"],
        "howto": ["vector", "sql"],
        "list": ["sql"],
        "expiry": ["sql"],
        "similar": ["vector"],
        "overview": ["sql", "vector"],
    }
    return by_intent[plan.intent]


def broaden(plan: Plan) -> Plan | None:
    """A wider plan for a retry, or None when there is nothing left to widen."""
    if plan.broadened >= 2:
        return None
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
