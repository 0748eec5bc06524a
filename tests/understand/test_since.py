"""The day a "since" names, side by side with what it should be (today: Wednesday 2026-11-25)."""

from __future__ import annotations

from datetime import date

import pytest

from understand.since import since_day

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-23", date(2026, 11, 23)),
        ("since 2026-11-02?", date(2026, 11, 2)),
        ("Monday", date(2026, 11, 23)),
        ("since mon", date(2026, 11, 23)),
        ("wednesday", date(2026, 11, 18)),  # asked on a Wednesday: the one before
        ("yesterday", date(2026, 11, 24)),
        ("today", TODAY),
        ("3 days ago", date(2026, 11, 22)),
        ("the last two weeks", date(2026, 11, 11)),
        ("last week", date(2026, 11, 18)),
        ("this week", date(2026, 11, 23)),  # from its Monday
        ("this month", date(2026, 11, 1)),
        ("what changed in the last 30 days", date(2026, 10, 26)),
        ("since November 20", date(2026, 11, 20)),
        ("since nov 20th?", date(2026, 11, 20)),
        ("since the 2nd of Nov", date(2026, 11, 2)),
        ("since 20 Dec", date(2025, 12, 20)),  # still to come this year: last year's
        ("since February 30", None),
        ("since 5/27", date(2026, 5, 27)),
        ("since 27/05", date(2026, 5, 27)),
        ("since 27.05.2026", date(2026, 5, 27)),
        ("since nov 20, 2024", date(2024, 11, 20)),  # the year said
        ("the last 24 hrs", date(2026, 11, 24)),
        ("broke on friday - what changed since thursday?", date(2026, 11, 19)),  # since's
        ("since mon", date(2026, 11, 23)),
        # not days: a device's name, a place, a version, a port, a decimal, a town
        ("what changed on ACME-MON01?", None),
        ("what changed at sun valley dental", None),
        ("what changed at the utah office", None),
        ("has the firmware been updated since 7.2?", None),
        ("switch port 2/12", None),
        ("the last 1.5 days", None),
        ("has 10.7.10.15 changed", None),
        ("whenever", None),
        ("2026-13-40", None),
    ],
)
def test_a_since_names_its_first_day(text: str, day: date | None) -> None:
    assert since_day(text, TODAY) == day
