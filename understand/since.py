"""The day a "since" names: "2026-11-23", "Monday", "yesterday", "last week", "3 days ago",
"the last 7 days" — for the change digest (`what changed at Acme since Monday?`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)} | {
    name.lower(): n for n, name in enumerate(calendar.day_abbr)
}
_FULL_DAYS = frozenset(name.lower() for name in calendar.day_name)
_UNITS = {"day": 1, "week": 7, "wk": 7, "month": 30}
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7}
WORDS = (
    frozenset(_DAYS)
    | frozenset(_NUMBER)
    | {
        *(
            "since",
            "today",
            "yesterday",
            "ago",
            "last",
            "past",
            "this",
            "sync",
            "recently",
            "lately",
            "weekend",
        ),
        *(f"{unit}{s}" for unit in _UNITS for s in ("", "s")),
    }
)
"""The words that say a day, and nothing else."""


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
    named = _month_day(t, today)
    if named is not None:
        return named
    numeric = _numeric(t, today)
    if numeric is not None:
        return numeric
    count = r"(?<![\w.])(\d+|" + "|".join(_NUMBER) + r")"  # a whole number: not of "1.5", "utah"
    hours = re.search(count + r"\s*(hours?|hrs?)\b|(?<![\w.])(\d+)h\b", t)
    if hours:  # "the last 24 hrs": from the day that many hours back
        said = hours[1] or hours[3]
        n = int(said) if said.isdigit() else _NUMBER[said]
        return today - timedelta(days=-(-min(n, 876_000) // 24))
    if re.search(r"\bfortnight\b", t):
        return today - timedelta(days=14)
    match = re.search(count + r"\s+(day|week|wk|month)s?\b", t)
    if match:  # before the words below: "picking it up today: the past two weeks"
        n = int(match[1]) if match[1].isdigit() else _NUMBER[match[1]]
        unit = "week" if match[2] == "wk" else match[2]
        return today - timedelta(days=min(n * _UNITS[unit], 36_500))
    match = re.search(r"\bthis (week|wk|month)\b", t)
    if match:  # the week from its Monday, the month from its first
        return today.replace(day=1) if match[1] == "month" else today - timedelta(today.weekday())
    if re.search(r"\bweekend\b", t):  # the latest Saturday before today
        return today - timedelta(days=(today.weekday() - 5) % 7 or 7)
    if re.search(r"\b(yesterday|yday|yest)\b", t):
        return today - timedelta(days=1)
    said = re.findall(r"(?<![\w-])[a-z]+(?![\w-])", t)  # whole words: not ACME-MON01's "mon"
    after = re.search(
        r"\b(?:since|from|after|starting) (?:last |this )?([a-z]+)\b", t
    ) or re.search(r"\b(?:on|last|this) ([a-z]+)\b", t)
    full = [w for w in said if w in _FULL_DAYS]  # a short form only after "since":
    for word in ([after[1]] if after and _weekday(after[1]) else []) + full:  # not "sun valley"
        day = _DAYS.get(word, _DAYS.get(word[:3])) if _weekday(word) else None  # "weds": wed
        if day is not None:  # the one after "since" first: "broke on friday - what changed
            back = (today.weekday() - day) % 7 or 7  # since thursday"
            return today - timedelta(days=back)
    nth = re.search(r"\bsince the (\d{1,2})(?:st|nd|rd|th)\b", t)
    if nth:  # "since the 20th": of this month, or of the month before when still to come
        return _nth(int(nth[1]), today)
    if re.search(r"\btoday\b", t):
        return today
    match = re.search(r"\blast (week|wk|month)\b", t)
    if match:
        return today - timedelta(days=_UNITS["week" if match[1] == "wk" else match[1]])
    return None


_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if n} | {
    name.lower(): n for n, name in enumerate(calendar.month_abbr) if n
}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_NTH = r"(\d{1,2})(?:st|nd|rd|th)?"


def _month_day(t: str, today: date) -> date | None:
    """ "November 20", "nov 20th", "20 Nov", "the 20th of November": that day of this year,
    or of the year before when it is still to come."""
    year = r"(?:,? (\d{4}))?"
    match = re.search(rf"\b{_MONTH} {_NTH}\b{year}", t)
    month, day = (match[1], match[2]) if match else (None, None)
    if not match:
        match = re.search(rf"\b{_NTH} (?:of )?{_MONTH}(?!\w){year}", t)
        month, day = (match[2], match[1]) if match else (None, None)
    if match is None or month is None or day is None:
        return None
    try:
        found = date(int(match[3] or today.year), _MONTHS[month], int(day))
    except ValueError:
        return None
    if match[3]:  # "since nov 20, 2024": the year said
        return found
    return found if found <= today else found.replace(year=today.year - 1)


def _nth(day: int, today: date) -> date | None:
    month = today.replace(day=1)
    for _ in range(2):
        try:
            found = month.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found <= today:
            return found
        month = (month - timedelta(days=1)).replace(day=1)
    return None


def _weekday(word: str) -> bool:
    """A weekday's name or a short form of it: "mon", "tues", "weds", "thurs", "fri"."""
    if word in _DAYS:
        return len(word) >= 3
    names = [name.lower() for name in calendar.day_name]
    return word == "weds" or (len(word) >= 4 and any(n.startswith(word) for n in names))


def _numeric(t: str, today: date) -> date | None:
    """ "5/27", "27/05", "27.05.", "5/27/2026": month and day in either order, the reading that
    is a real day not after today and nearest to it (an engineer asks about the past)."""
    match = re.search(  # after a word that starts a time ("since 5/27"): not a port "2/12",
        r"\b(?:since|from|on|after|starting|of) (?:the )?(\d{1,2})([/.])(\d{1,2})"  # a version
        r"(?:\2(\d{2,4}))?(?!\d|\.\d)",  # "since 7.2" has no trailing dot or year
        t,
    )
    if not match or (match[2] == "." and not match[4] and not t[match.end() :].startswith(".")):
        return None
    a, b = int(match[1]), int(match[3])
    year = int(match[4]) if match[4] else today.year
    year = year + 2000 if year < 100 else year
    found = []
    for month, day in ((a, b), (b, a)):
        for y in (year,) if match[4] else (year, year - 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if d <= today:
                found.append(d)
                break
    return max(found) if found else None
