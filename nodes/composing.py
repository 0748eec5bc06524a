"""The deterministic composer: exact templates for structured answers, extraction for runbooks.

Every claim is built from the fields or text of the evidence it cites, so what it says can be
checked there. Counts are the number of sources a claim cites.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from core.models import Evidence, RecordType
from graphs.state import Claim, Plan
from nodes.claims import content_words
from nodes.planning import IDENTIFIER

LABELS = {
    "primary_ip": "primary IP",
    "public_ip": "public IP",
    "mac_address": "MAC address",
    "serial_number": "serial number",
    "operating_system": "operating system",
    "model": "model",
    "manufacturer": "manufacturer",
    "warranty_expires_at": "warranty expiring on",
    "asset_tag": "asset tag",
    "hostname": "hostname",
}
MAX_ITEMS = 40


def _org(item: Evidence, names: dict[int, str]) -> str:
    return names.get(item.organization_id, f"organization {item.organization_id}")


def _plural(n: int, word: str) -> str:
    if n == 1:
        return word
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def _device_claims(item: Evidence, plan: Plan, names: dict[int, str]) -> list[Claim]:
    f, sid, name = item.fields, item.source_id, item.fields.get("name", item.title)
    attribute = plan.attribute
    if attribute and attribute in LABELS:
        value = f.get(attribute)
        if value:
            return [Claim(text=f"{name} has {LABELS[attribute]} {value}.", citations=[sid])]
        return []
    kind = f.get("configuration_type", "configuration")
    made = " ".join(str(f[k]) for k in ("manufacturer", "model") if f.get(k))
    claims = [
        Claim(
            text=f"{name} is a {kind}{f' ({made})' if made else ''} at {_org(item, names)}.",
            citations=[sid],
        )
    ]
    for key in ("primary_ip", "operating_system", "serial_number", "warranty_expires_at"):
        if f.get(key):
            claims.append(Claim(text=f"{name} has {LABELS[key]} {f[key]}.", citations=[sid]))
    return claims


def _lines(item: Evidence) -> list[str]:
    """The content lines of a document chunk (without its title and heading lines)."""
    lines = [line.strip() for line in item.text.splitlines() if line.strip()]
    return lines[2:] if len(lines) > 2 else lines


def compose(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    by_type: dict[RecordType, list[Evidence]] = defaultdict(list)
    for item in evidence:
        by_type[item.record_type].append(item)
    configs = by_type[RecordType.CONFIGURATION]
    match plan.intent:
        case "lookup":
            wanted = [c for c in configs if c.source_id in plan.devices] or [
                c for c in configs if set(plan.ips) & _ips(c.fields)
            ]
            if wanted:
                return [c for item in wanted[:5] for c in _device_claims(item, plan, names)]
            if plan.attribute:
                return []  # an attribute of no device the question names: nothing to say
            return _extract(plan, evidence[:3], names)
        case "credential":
            entries = by_type[RecordType.PASSWORD][:MAX_ITEMS]
            out = []
            for item in entries:
                f = item.fields
                extra = ", ".join(
                    f"{label} {f[key]}"
                    for key, label in (("username", "username"), ("category", "category"))
                    if f.get(key)
                )
                out.append(
                    Claim(
                        text=f'{_org(item, names)} has a password entry "{f.get("name")}"'
                        f"{f' ({extra})' if extra else ''}.",
                        citations=[item.source_id],
                    )
                )
            return out
        case "dependencies":
            chains = [e for e in evidence if e.fields.get("chain")]
            return [
                Claim(text=f"{e.fields['chain']}.", citations=[e.source_id])
                for e in chains[:MAX_ITEMS]
            ]
        case "list":
            return _lists(plan, by_type, names)
        case "expiry":
            return _expiries(evidence, names)
        case "overview":
            return _overview(evidence, names)
        case "similar":
            return [
                Claim(
                    text=f"{_org(e, names)}: {e.title} — {(_lines(e) or [e.title])[0]}",
                    citations=[e.source_id],
                )
                for e in evidence[:5]
            ]
        case _:
            docs = [e for e in evidence if e.record_type is RecordType.DOCUMENT]
            return _extract(plan, docs[:3] or list(evidence[:3]), names)


def _ips(fields: dict[str, Any]) -> set[str]:
    ips = {fields.get("primary_ip"), fields.get("public_ip")}
    ips |= {i.get("ip_address") for i in fields.get("interfaces", [])}
    return {ip for ip in ips if ip}


_GENERIC = frozenset(
    {
        "how",
        "do",
        "does",
        "should",
        "can",
        "what",
        "steps",
        "step",
        "procedure",
        "runbook",
        "sop",
        "process",
        "need",
        "want",
        "please",
        "there",
        "document",
        "documented",
        "doc",
        "client",
        "clients",
        "customer",
        "our",
        "we",
        "get",
        "use",
        "way",
        "anyone",
        "other",
        "similar",
        "problem",
        "issue",
        "had",
        "have",
        "has",
        "any",
        "else",
    }
)


def relevant(plan: Plan, item: Evidence, names: dict[int, str]) -> bool:
    """Whether a passage is about the question: every identifier the question names ("ACME-DC99",
    an IP) is in it, and it holds most of the question's other content words."""
    text = f"{item.title}\n{item.text}".lower()
    for ident in IDENTIFIER.findall(plan.query):
        if ident.lower() not in text:
            return False
    org_words = {w for n in names.values() for w in content_words(n)}
    words = content_words(plan.query) - _GENERIC - org_words
    if not words:
        return False
    have = {w.rstrip("s") for w in content_words(text)}
    found = sum(1 for w in words if w.rstrip("s") in have)
    return found / len(words) >= 0.5


def _extract(
    plan: Plan, items: Sequence[Evidence], names: dict[int, str], most: int = 8
) -> list[Claim]:
    """Sentences of the best passage that is about the question (none: no claims)."""
    for item in items:
        if not relevant(plan, item, names):
            continue
        claims = []
        for line in _lines(item)[:most]:
            text = line if line.endswith((".", "!", "?", ":")) else f"{line}."
            claims.append(Claim(text=text, citations=[item.source_id]))
        return claims
    return []


def _lists(
    plan: Plan, by_type: dict[RecordType, list[Evidence]], names: dict[int, str]
) -> list[Claim]:
    groups: dict[tuple[int, str], list[Evidence]] = defaultdict(list)
    for item in by_type[RecordType.CONFIGURATION]:
        kind = str(item.fields.get("configuration_type", "configuration"))
        if not plan.config_types or kind in plan.config_types:
            groups[(item.organization_id, kind.lower())].append(item)
    for item in by_type[RecordType.FLEXIBLE_ASSET]:
        kind = str(item.fields.get("flexible_asset_type_name", "asset"))
        if not plan.asset_types or kind in plan.asset_types:
            groups[(item.organization_id, kind)].append(item)
    claims = []
    for (org_id, kind), items in sorted(groups.items()):
        shown = sorted(items, key=lambda e: str(e.fields.get("name")))[:MAX_ITEMS]
        listed = ", ".join(str(e.fields.get("name", e.title)) for e in shown)
        org = names.get(org_id, f"organization {org_id}")
        claims.append(
            Claim(
                text=f"{org} has {len(shown)} {_plural(len(shown), kind)}: {listed}.",
                citations=[e.source_id for e in shown],
            )
        )
    return claims


def _expiries(evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    dated = []
    for item in evidence:
        f = item.fields
        when = f.get("expires_on") or f.get("warranty_expires_at")
        if when:
            kind = f.get("flexible_asset_type_name") or f"{f.get('configuration_type')} warranty"
            dated.append((str(when), item, kind))
    return [
        Claim(
            text=f"{item.fields.get('name')} ({kind}, {_org(item, names)}) expires on {when}.",
            citations=[item.source_id],
        )
        for when, item, kind in sorted(dated, key=lambda d: (d[0], str(d[1].fields.get("name"))))[
            :MAX_ITEMS
        ]
    ]


def _overview(evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    claims = []
    for item in evidence:
        f = item.fields
        if item.record_type is RecordType.ORGANIZATION and f.get("organization_type"):
            claims.append(
                Claim(
                    text=f"{f['name']} is a {f['organization_type']} client. "
                    f"{f.get('description', '')}".strip(),
                    citations=[item.source_id],
                )
            )
            if f.get("quick_notes"):
                claims.append(Claim(text=str(f["quick_notes"]), citations=[item.source_id]))
            counts = f.get("configuration_counts")
            if counts:
                parts = "; ".join(f"{n} {t}" for t, n in counts.items())
                claims.append(
                    Claim(text=f"Configurations by type: {parts}.", citations=[item.source_id])
                )
        elif item.record_type is RecordType.LOCATION:
            claims.append(
                Claim(
                    text=f"Location: {item.text.splitlines()[0].split(': ', 1)[-1]}.",
                    citations=[item.source_id],
                )
            )
        elif item.record_type is RecordType.CONTACT and f.get("title"):
            claims.append(
                Claim(text=f"{f['name']} is the {f['title']}.", citations=[item.source_id])
            )
    return claims[:12]
