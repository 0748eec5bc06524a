"""'What changed' asked the way engineers type it, hand-written by people who did not write the
rules (today: Monday 2026-06-01): each dev line is planned as the change log (or, for a near
miss, not), over the organizations it names, from the day it names. The holdout set is kept
aside from tuning and only measured: its share is reported in the README."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.understand.accounts import plan_of

HERE = Path(__file__).parent
DEV = [
    json.loads(line)
    for name in ("changes_phrasing.jsonl", "changes_phrasing_dev2.jsonl")
    if (HERE / name).exists()
    for line in (HERE / name).read_text().splitlines()
    if line.strip()
]
HOLDOUT_FLOOR = 0.9
"""The holdout's share planned right: 33/40 when first measured, 36/40 after the second dev
set's round (measured twice, never read); a drop below this floor is a regression."""


def _right(item: dict[str, Any]) -> bool:
    plan = plan_of(item["question"])
    if (plan.intent == "changes") != item["changes"]:
        return False
    if not item["changes"]:
        return True
    since = plan.window_start.isoformat() if plan.window_start else None
    return sorted(plan.organization_ids) == sorted(item["orgs"]) and since == item["since"]


@pytest.mark.parametrize("item", DEV, ids=[i["id"] for i in DEV])
def test_a_dev_phrasing_is_planned_as_written(item: dict[str, Any]) -> None:
    plan = plan_of(item["question"])
    assert _right(item), (plan.intent, plan.organization_ids, plan.window_start, plan.unresolved)


def test_the_holdout_phrasings_stay_above_their_floor() -> None:
    lines = (HERE / "changes_phrasing_holdout.jsonl").read_text().splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    share = sum(_right(i) for i in items) / len(items)
    assert share >= HOLDOUT_FLOOR, f"holdout {share:.3f}"
