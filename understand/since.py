"""The day a "since" names: "2026-11-23", "Monday", "yesterday", "last week", "3 days ago",
"the last 7 days" — for the change digest (`what changed at Acme since Monday?`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)} | {
    name.lower(): n for n, name in enumerate(calendar.day_abbr)
}
_UNITS = {"day": 1, "week": 7, "month": 30}
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7}


def since_day(text: str, today: date) -> date | None:
    """The first day `text` covers, or None when it names none. A weekday is its latest
    occurrence before today ("since Monday" asked on a Monday means a week ago)."""
    t = " ".join(text.lower().strip().rstrip("?.!").split())
    iso = re.search(r"\b(\d{4}-\d{2}-\d{2})", t)
    if iso:
        try:
            return date.fromisoformat(iso[1])
        except ValueError:
            return None
    if re.search(r"\btoday\b", t):
        return today
    if re.search(r"\byesterday\b", t):
        return today - timedelta(days=1)
    for word in re.findall(r"[a-z]+", t):
        if word in _DAYS and len(word) >= 3:
            back = (today.weekday() - _DAYS[word]) % 7 or 7
            return today - timedelta(days=back)
    count = r"(\d+|" + "|".join(_NUMBER) + r")"
    match = re.search(count + r"\s+(day|week|month)s?\b", t)
    if match:
        n = int(match[1]) if match[1].isdigit() else _NUMBER[match[1]]
        return today - timedelta(days=min(n * _UNITS[match[2]], 36_500))
    match = re.search(r"\blast (week|month)\b", t)
    if match:
        return today - timedelta(days=_UNITS[match[1]])
    return None
