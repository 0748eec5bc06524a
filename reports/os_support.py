"""When operating systems stop getting security updates: a small dated table, matched on the
words of a configuration's operating system ("Windows Server 2012 R2 Standard", "Ubuntu
18.04.6 LTS", "macOS 12.7 Monterey").

Dates are the vendor's end of extended (Microsoft) or standard (Canonical, without paid ESM)
support, and for macOS the day Apple shipped the release that ended its updates (Apple
announces none: a macOS gets updates while it is one of the three newest). Windows 10 and 11
feature updates (22H2, 23H2) are not tracked: the product line's end is. The table is checked
in so that a report's "unsupported" is reproducible; extend it as vendors publish dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Support:
    """One operating system release and the day its support ends."""

    label: str
    pattern: re.Pattern[str]
    ends: date


def _os(label: str, pattern: str, ends: date) -> Support:
    return Support(label, re.compile(pattern, re.I), ends)


TABLE: tuple[Support, ...] = (
    # Specific before general: "2008 R2" before "2008", "8.1" before "8".
    _os("Windows Server 2003", r"\bwindows server 2003\b", date(2015, 7, 14)),
    _os("Windows Server 2008 R2", r"\bwindows server 2008 r2\b", date(2020, 1, 14)),
    _os("Windows Server 2008", r"\bwindows server 2008\b", date(2020, 1, 14)),
    _os("Windows Server 2012 R2", r"\bwindows server 2012 r2\b", date(2023, 10, 10)),
    _os("Windows Server 2012", r"\bwindows server 2012\b", date(2023, 10, 10)),
    _os("Windows Server 2016", r"\bwindows server 2016\b", date(2027, 1, 12)),
    _os("Windows Server 2019", r"\bwindows server 2019\b", date(2029, 1, 9)),
    _os("Windows Server 2022", r"\bwindows server 2022\b", date(2031, 10, 14)),
    _os("Windows XP", r"\bwindows xp\b", date(2014, 4, 8)),
    _os("Windows Vista", r"\bwindows vista\b", date(2017, 4, 11)),
    _os("Windows 7", r"\bwindows 7\b", date(2020, 1, 14)),
    _os("Windows 8.1", r"\bwindows 8\.1\b", date(2023, 1, 10)),
    _os("Windows 8", r"\bwindows 8\b(?!\.)", date(2016, 1, 12)),
    _os("Windows 10", r"\bwindows 10\b", date(2025, 10, 14)),
    _os("macOS 10.15 Catalina", r"\bcatalina\b|\bmac ?os (?:x )?10\.15\b", date(2022, 10, 24)),
    _os("macOS 11 Big Sur", r"\bbig sur\b|\bmac ?os 11\b", date(2023, 9, 26)),
    _os("macOS 12 Monterey", r"\bmonterey\b|\bmac ?os 12\b", date(2024, 9, 16)),
    _os("macOS 13 Ventura", r"\bventura\b|\bmac ?os 13\b", date(2025, 9, 15)),
    _os("Ubuntu 14.04", r"\bubuntu 14\.04\b", date(2019, 4, 30)),
    _os("Ubuntu 16.04", r"\bubuntu 16\.04\b", date(2021, 4, 30)),
    _os("Ubuntu 18.04", r"\bubuntu 18\.04\b", date(2023, 5, 31)),
    _os("Ubuntu 20.04", r"\bubuntu 20\.04\b", date(2025, 5, 31)),
    _os("Ubuntu 22.04", r"\bubuntu 22\.04\b", date(2027, 6, 1)),
    _os("CentOS 7", r"\bcentos (?:linux )?7\b", date(2024, 6, 30)),
    _os("CentOS 8", r"\bcentos (?:linux )?8\b", date(2021, 12, 31)),
    _os("VMware ESXi 6.x", r"\besxi 6\.[057]\b", date(2022, 10, 15)),
    _os("VMware ESXi 7.0", r"\besxi 7\.0\b", date(2025, 10, 2)),
)


def support(operating_system: str | None) -> Support | None:
    """The table's row for an operating system's text, or None when the table has none."""
    text = " ".join((operating_system or "").split())
    return next((row for row in TABLE if row.pattern.search(text)), None)
