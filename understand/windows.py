"""Relative date windows in the words engineers use: "next 30 days", "next two weeks", "by the
end of next month", "this quarter", "in Q3", "before September", "already expired"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple": 2,
    "few": 3,
}
_MONTHS = {m.lower(): n for n, m in enumerate(calendar.month_name) if m} | {
    m.lower(): n for n, m in enumerate(calendar.month_abbr) if m
}


EVER = date(1900, 1, 1)
"""The start of a window with no start: "already expired"."""


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _quarter(year: int, q: int) -> tuple[date, date]:
    first = (q - 1) * 3 + 1
    return date(year, first, 1), _month_end(year, first + 2)


_LONGEST = 100 * 365
"""A window longer than a century covers every date the documentation holds."""


def window(question: str, today: date, default: bool = True) -> tuple[date, date] | None:
    """[start, end] the question's dates fall in, or None when it names no window (with
    `default`, an expiry question without one looks 90 days ahead)."""
    q = question.lower()
    past = re.search(r"\b(already|expired|lapsed|past|last|ago|overdue|out of)\b", q)
    number = r"(\d+|" + "|".join(_NUMBERS) + r")"
    match = re.search(number + r"\s*(day|week|month|year)s?\b", q)
    if match:
        n = int(match[1]) if match[1].isdigit() else _NUMBERS[match[1]]
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[match[2]] * n
        days = min(days, _LONGEST)  # "the next 99999999999 days": every date there is
        if re.search(r"\b(last|past|ago)\b", q):
            return today - timedelta(days=days), today
        if re.search(r"\b(or|and|incl\w*|plus)\b.{0,12}\b(already|expired|lapsed|overdue)\b", q):
            return EVER, today + timedelta(days=days)  # "next 60 days (or already
        return today, today + timedelta(days=days)  # expired)": both
    match = re.search(r"\bq([1-4])\b|\b(first|second|third|fourth) quarter\b", q)
    if match:
        n = (
            int(match[1])
            if match[1]
            else ["first", "second", "third", "fourth"].index(match[2]) + 1
        )
        year = today.year + (1 if "next year" in q else 0)
        return _quarter(year, n)
    if "next quarter" in q:
        n = (today.month - 1) // 3 + 2
        return _quarter(today.year + (n > 4), (n - 1) % 4 + 1)
    if "quarter" in q:
        start, end = _quarter(today.year, (today.month - 1) // 3 + 1)
        return (today, end) if re.search(r"\b(rest|remaining)\b", q) else (start, end)
    if re.search(r"end of next month|by next month|before next month ends", q):
        year, month = _add_months(today, 1)
        return today, _month_end(year, month)
    if "next month" in q:
        year, month = _add_months(today, 1)
        return date(year, month, 1), _month_end(year, month)
    if re.search(r"this month|end of (the )?month", q):
        return today, _month_end(today.year, today.month)
    if "next week" in q:
        start = today + timedelta(days=7 - today.weekday())
        return start, start + timedelta(days=6)
    if "this week" in q:
        return today, today + timedelta(days=6 - today.weekday())
    if "next year" in q:
        return date(today.year + 1, 1, 1), date(today.year + 1, 12, 31)
    if re.search(r"this year|end of (the )?year|year end|year-end", q):
        return today, date(today.year, 12, 31)
    match = re.search(
        r"\b(?:before|by|until|till|through|thru|in)\s+(?:the end of\s+)?(20\d\d)\b", q
    )
    if match:  # "lapse before the end of 2026", "renewing in 2027"
        year = int(match[1])
        return (date(year, 1, 1) if match[0].startswith("in ") else today), date(year, 12, 31)
    months = re.findall(r"\b([a-z]+) (?:or|and|to|through|-) ([a-z]+)\b", q)
    for first, second in months:  # "in june or july"
        if first in _MONTHS and second in _MONTHS and len(first) >= 3 and len(second) >= 3:
            a, b = _MONTHS[first], _MONTHS[second]
            year = today.year + (a < today.month)
            return date(year, a, 1), _month_end(year + (b < a), b)
    match = re.search(
        r"\b(?:before|by|until|till|through|thru|between now and)\s+(?:the end of\s+|end of\s+)?"
        r"([a-z]+)",
        q,
    )
    if match and match[1] in _MONTHS:
        month = _MONTHS[match[1]]
        year = today.year + (month < today.month)
        end = _month_end(year, month)
        if "end of" not in q and "through" not in q and "thru" not in q:
            end = date(year, month, 1) - timedelta(days=1)
        return today, end
    match = re.search(r"\bin\s+([a-z]+)\b", q)
    if match and match[1] in _MONTHS and len(match[1]) >= 3:
        month = _MONTHS[match[1]]
        year = today.year + (month < today.month)
        return date(year, month, 1), _month_end(year, month)
    if past:
        return EVER, today - timedelta(days=1)
    if re.search(r"soon|upcoming|coming up|anytime soon", q):
        return today, today + timedelta(days=30)
    if default and re.search(r"expir|renew|\bdue\b|lapse", q):
        return today, today + timedelta(days=90)
    return None
