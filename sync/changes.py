"""What a sync changed, field by field: the differ behind the change log (`stores.changes`).

A record not stored before is one `added` row; a stored one whose content changed gives a
`changed` row per field that differs, old → new as text. What is recorded, and why:

- Password values never: `value_encrypted` is not even in the stored data, and a changed
  `value_fingerprint` is logged as field `value` with no old or new value ("value changed").
- Long text (notes, document sections, text traits over `EXCERPT` characters) is an excerpt of
  each side around the first difference, HTML tags dropped: enough to see what moved, while the
  record holds the whole. Secrets typed into free text were redacted before ingest, so the
  excerpts hold placeholders, never the secrets.
- `updated_at` and `resource_url` are bookkeeping, not content: not recorded.
- Nested items are named by their item: `interfaces[LAN].ip_address`, `sections[40012]`,
  `traits.ip-address`; lists of plain values (emails, phones, tags) compare as one text.
- An organization's first load (the store held none of its records) is not a row per record:
  ingest logs one `loaded` row per record type with the count (`first_load`), so loading a
  whole account does not bury the log in thousands of "added".

Relationships (related items) are not in the log: a record's own fields are.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from core.models import Record
from stores.changes import Change, Differ

EXCERPT = 160
"""Text longer than this is logged as an excerpt of about this length."""

IGNORED = frozenset({"id", "updated_at", "resource_url", "value_encrypted", "value_fingerprint"})
"""Top-level fields never logged as such (the fingerprint is logged as `value`, valueless)."""

_TAG = re.compile(r"<[^>]+>")


def differ(first_load: Collection[int] = ()) -> Differ:
    """A differ that keeps quiet about records added to the organizations in `first_load`."""

    def diff(record: Record, stored: Mapping[str, Any] | None) -> Sequence[Change]:
        if stored is None:
            if record.organization_id in first_load:
                return []
            return [_change(record, "added")]
        return changed_fields(record, stored)

    return diff


def changed_fields(record: Record, stored: Mapping[str, Any]) -> list[Change]:
    """One `changed` row per field of `record` that differs from its stored `data`."""
    new = record.model_dump(mode="json", exclude={"value_encrypted"})
    out: list[Change] = []
    if stored.get("value_fingerprint") != new.get("value_fingerprint"):
        out.append(_change(record, "changed", "value"))
    before, after = _flat(stored), _flat(new)
    for field in sorted(before.keys() | after.keys()):
        old, now = before.get(field), after.get(field)
        if old != now:
            old, now = _excerpts(old, now)
            out.append(_change(record, "changed", field, old, now))
    return out


def _change(
    record: Record,
    kind: str,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
) -> Change:
    return Change(
        organization_id=record.organization_id,
        source_id=record.source_id,
        record_type=record.record_type.value,
        name=record.name,
        kind=kind,
        field=field,
        old_value=old,
        new_value=new,
        resource_url=record.resource_url,
    )


def _flat(data: Mapping[str, Any]) -> dict[str, str]:
    """A record's data as `field -> text` (empty values left out)."""
    out: dict[str, str] = {}
    for key, value in data.items():
        if key in IGNORED:
            continue
        if key == "traits" and isinstance(value, dict):
            for trait, v in value.items():
                _put(out, f"traits.{trait}", _text(v))
        elif (
            isinstance(value, list)
            and value
            and all(isinstance(v, dict) and "id" in v for v in value)
        ):
            for item in value:
                label = item.get("name") or item["id"]
                if key == "sections":
                    _put(out, f"sections[{item['id']}]", _text(item.get("content")))
                    continue
                for sub, v in item.items():
                    if sub != "id":
                        _put(out, f"{key}[{label}].{sub}", _text(v))
        else:
            _put(out, key, _text(value))
    return out


def _put(out: dict[str, str], field: str, text: str | None) -> None:
    if text not in (None, ""):
        out[field] = text


def _text(value: Any) -> str | None:
    """A stored value as the log shows it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        if "values" in value:  # a tag trait: the records it names
            return ", ".join(str(v.get("name", v.get("id"))) for v in value["values"])
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return "; ".join(t for v in value if (t := _item(v)))
    return str(value)


def _item(value: Any) -> str | None:
    """One element of a list: a contact point as `value (label)`, a field by its name."""
    if isinstance(value, dict):
        if "value" in value:
            return f"{value['value']} ({value.get('label') or 'Work'})"
        if "name" in value:
            return str(value["name"])
    return _text(value)


def _excerpts(old: str | None, new: str | None) -> tuple[str | None, str | None]:
    """Both sides as they are when short; else each cut around their first difference."""
    if max(len(old or ""), len(new or "")) <= EXCERPT and "<" not in (old or "") + (new or ""):
        return old, new
    a, b = _plain(old), _plain(new)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    start = max(0, start - 40)
    return _cut(a, start), _cut(b, start)


def _plain(text: str | None) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text or "")).split())


def _cut(text: str, start: int) -> str | None:
    if not text:
        return None
    piece = text[start : start + EXCERPT]
    return ("…" if start else "") + piece + ("…" if start + EXCERPT < len(text) else "")
