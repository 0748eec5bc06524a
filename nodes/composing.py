"""The deterministic composer: exact templates for structured answers, extraction for runbooks.

Every claim is built from the fields or text of the evidence it cites, so what it says can be
checked there. Counts are the number of sources a claim cites.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from core.models import Evidence, RecordType
from core.state import Claim, Plan
from nodes._fields import asked_claims
from nodes._runbooks import runbook_steps
from nodes._wording import (
    LABELS,
    device_claims,
    field_value,
    org_name,
    password_claim,
    plural,
    text_lines,
)
from understand.text import expand, stem

MAX_ITEMS = 40


def compose(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    """The draft: one claim per fact, each citing the evidence it comes from."""
    if plan.unresolved and not plan.asks:
        return []  # the question names something that is not there: say so, nothing else
    claims = _by_intent(plan, evidence, names)
    if plan.asks and plan.intent not in ("lookup", "credential"):
        claims = asked_claims(plan, evidence, names) + claims  # the other parts of the question
    return claims


def _by_intent(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    by_type: dict[RecordType, list[Evidence]] = defaultdict(list)
    for item in evidence:
        by_type[item.record_type].append(item)
    configs = by_type[RecordType.CONFIGURATION]
    match plan.intent:
        case "lookup" if plan.asks:
            return asked_claims(plan, evidence, names)
        case "lookup":
            wanted = [c for c in configs if c.source_id in plan.devices] or [
                c for c in configs if set(plan.ips) & _ips(c.fields)
            ]
            if wanted:
                return [c for item in wanted[:5] for c in device_claims(item, plan, names)]
            if plan.attribute:
                return []  # an attribute of no device the question names: nothing to say
            return runbook_steps(plan, evidence[:3], names)
        case "credential":
            asked = asked_claims(plan, evidence, names) if plan.asks else []
            entries = [e for e in by_type[RecordType.PASSWORD] if e.source_id not in _targets(plan)]
            return asked + [password_claim(e, names) for e in entries[:MAX_ITEMS]]
        case "dependencies":
            return _dependencies(plan, evidence, names)
        case "list":
            return _lists(plan, by_type, names, _counts(evidence))
        case "expiry":
            return _expiries(evidence, names)
        case "overview":
            return _overview(evidence, names)
        case "changes":  # the change log's own sentences, each citing its record
            return [
                Claim(text=str(sentence), citations=[e.source_id])
                for e in evidence
                for sentence in e.fields.get("change_sentences", ())
            ][:MAX_ITEMS]
        case "similar":
            return [
                Claim(
                    text=f"{org_name(e, names)}: {e.title} — {(text_lines(e) or [e.title])[0]}",
                    citations=[e.source_id],
                )
                for e in evidence[:5]
            ]
        case _:
            docs = [e for e in evidence if e.record_type is RecordType.DOCUMENT]
            return runbook_steps(plan, docs or list(evidence[:3]), names)


def unlisted_changes(plan: Plan, evidence: Sequence[Evidence]) -> list[str]:
    """For a change-log answer cut at `MAX_ITEMS` sentences (or whose log was read only in
    part): that more changes were logged, and where they are all listed."""
    if plan.intent != "changes":
        return []
    said = sum(len(e.fields.get("change_sentences", ())) for e in evidence)
    if said <= MAX_ITEMS and not any(e.fields.get("cut") for e in evidence):
        return []
    return [
        "more changes were logged than this answer lists: the what_changed tool, "
        "GET /v1/changes and `itglue-rag changes` list every one"
    ]


def _targets(plan: Plan) -> set[str]:
    return {t for ask in plan.asks for t in ask.targets}


def _counts(evidence: Sequence[Evidence]) -> dict[int, tuple[Evidence, dict[str, int]]]:
    return {
        e.organization_id: (e, e.fields["counts"])
        for e in evidence
        if e.record_type is RecordType.ORGANIZATION and isinstance(e.fields.get("counts"), dict)
    }


def _dependencies(plan: Plan, evidence: Sequence[Evidence], names: dict[int, str]) -> list[Claim]:
    chains = [e for e in evidence if e.fields.get("chain")]
    counting = re.search(r"how many|number of|\bcount\b", plan.query, re.I)
    if plan.config_types and (plan.direction == "neighbors" or counting):
        typed = [e for e in chains if e.fields.get("configuration_type") in plan.config_types]
        if plan.direction != "neighbors":
            typed = [e for e in typed if e.fields.get("depth") == 1]
        if typed and len(plan.devices) == 1:
            start = names_of(plan, evidence)
            kind = plural(len(typed), str(plan.config_types[0]).lower())
            listed = ", ".join(str(e.fields.get("name")) for e in typed[:MAX_ITEMS])
            if plan.direction == "downstream":
                text = f"{start} depends on {len(typed)} {kind}: {listed}."
            else:
                how = "connected to" if plan.direction == "neighbors" else "depend on"
                text = f"{len(typed)} {kind} {how} {start}: {listed}."
            return [Claim(text=text, citations=[e.source_id for e in typed[:MAX_ITEMS]])]
    if plan.config_types:  # "which VMs drop", "hypervisors cabled into SW01": of that type
        typed = [e for e in chains if e.fields.get("configuration_type") in plan.config_types]
        chains = typed or chains
    but = _BESIDES.search(plan.query)
    if but:  # "what's plugged into the switch besides the PCs"
        left_out = set(expand([but[2].lower()])) | {stem(but[2].lower())}
        chains = [
            e
            for e in chains
            if not left_out
            & {stem(w) for w in str(e.fields.get("configuration_type", "")).lower().split()}
        ]
    if plan.direction == "neighbors":
        return _neighbors(plan, chains, evidence)
    seen: set[str] = set()
    out = []
    for e in chains:
        if e.fields["chain"] in seen:
            continue
        seen.add(e.fields["chain"])
        out.append(Claim(text=f"{e.fields['chain']}.", citations=[e.source_id]))
    return out[:MAX_ITEMS]


_BESIDES = re.compile(
    r"\b(besides|except|other than|apart from|excluding|not counting)\s+(?:the\s+|any\s+)?(\w+)",
    re.I,
)


def _neighbors(plan: Plan, chains: Sequence[Evidence], evidence: Sequence[Evidence]) -> list[Claim]:
    """Direct links, grouped by type when a type has several ("14 workstations connected to
    HLL-SW01: ...")."""
    start = names_of(plan, evidence)
    groups: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for e in chains:
        chain = str(e.fields["chain"])
        incoming = chain.endswith(f" {start}")
        verb = chain.removeprefix(str(e.fields.get("name"))).removesuffix(start).strip()
        if not incoming:
            verb = chain.removeprefix(start).removesuffix(str(e.fields.get("name"))).strip()
        kind = str(e.fields.get("configuration_type") or e.fields.get("flexible_asset_type_name"))
        groups[(f"{'in' if incoming else 'out'} {verb}", kind)].append(e)
    out = []
    for (way, kind), items in sorted(groups.items()):
        direction, verb = way.split(" ", 1)
        if len(items) < 3:
            out += [Claim(text=f"{e.fields['chain']}.", citations=[e.source_id]) for e in items]
            continue
        names = ", ".join(str(e.fields.get("name")) for e in items[:MAX_ITEMS])
        noun = plural(len(items), kind.lower())
        text = (
            f"{len(items)} {noun} {verb} {start}: {names}."
            if direction == "in"
            else f"{start} {verb} {len(items)} {noun}: {names}."
        )
        out.append(Claim(text=text, citations=[e.source_id for e in items[:MAX_ITEMS]]))
    return out


def names_of(plan: Plan, evidence: Sequence[Evidence]) -> str:
    """The name of the record a dependency question starts from."""
    start = plan.devices[0] if plan.devices else ""
    for e in evidence:
        if e.fields.get("start") == start and e.fields.get("start_name"):
            return str(e.fields["start_name"])
    return start


def _ips(fields: dict[str, Any]) -> set[str]:
    ips = {fields.get("primary_ip"), fields.get("public_ip")}
    ips |= {i.get("ip_address") for i in fields.get("interfaces", [])}
    return {ip for ip in ips if ip}


def _lists(
    plan: Plan,
    by_type: dict[RecordType, list[Evidence]],
    names: dict[int, str],
    counts: dict[int, tuple[Evidence, dict[str, int]]],
) -> list[Claim]:
    groups: dict[tuple[int, str], list[Evidence]] = defaultdict(list)
    for item in by_type[RecordType.CONFIGURATION]:
        kind = str(item.fields.get("configuration_type", "configuration"))
        if not plan.config_types or kind in plan.config_types:
            groups[(item.organization_id, kind)].append(item)
    for item in by_type[RecordType.FLEXIBLE_ASSET]:
        kind = str(item.fields.get("flexible_asset_type_name", "asset"))
        if not plan.asset_types or kind in plan.asset_types:
            groups[(item.organization_id, kind)].append(item)
    claims = []
    for (org_id, kind), items in sorted(groups.items()):
        shown = sorted(items, key=lambda e: (str(e.fields.get("name")), e.source_id))[:MAX_ITEMS]
        listed = ", ".join(_listed(e, plan.attribute) for e in shown)
        org = names.get(org_id, f"organization {org_id}")
        counted = counts.get(org_id)
        total = counted[1].get(kind, len(items)) if counted else len(items)
        noun = plural(total, kind.lower())
        cites = [e.source_id for e in shown]
        if counted:
            cites.append(counted[0].source_id)
        if total > len(shown):
            text = f"{org} has {total} {noun}; the first {len(shown)} by name: {listed}."
        else:
            text = f"{org} has {total} {noun}: {listed}."
        claims.append(Claim(text=text, citations=cites))
    return claims


def _listed(item: Evidence, field: str | None) -> str:
    """A list entry: its name, and the field the question asks of each ("which model")."""
    name = str(item.fields.get("name", item.title))
    value = field_value(item, field) if field and field in LABELS else ""
    return f"{name} ({LABELS[field]} {value})" if field and value else name


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
            text=f"{item.fields.get('name')} ({kind}, {org_name(item, names)}) expires on {when}.",
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
