"""Which organizations a retrieval may read: the caller's allow-list, narrowed to those the
question names. A question that names only organizations outside the allow-list reads nothing."""

from __future__ import annotations

from collections.abc import Sequence

from core.state import Plan


def organizations(plan: Plan, allowed: Sequence[int]) -> list[int]:
    if plan.out_of_scope:
        return []
    if plan.organization_ids:
        return [o for o in plan.organization_ids if o in allowed]
    return list(allowed)
