"""The accounts the understanding tests plan over: the sample MSP, a second MSP with other
naming conventions and other flexible asset types, and the hand-written MSPs of `evals/` (no
database: the catalog is built from the records directly, as `understand.index` builds it from
the SQL store)."""

from __future__ import annotations

import functools
from datetime import date

from core.models import Snapshot
from core.state import Plan, Turn
from evals.other_msp import OTHER_TODAY
from evals.other_msp import snapshot as other_snapshot
from sync.demo.sample import REFERENCE_DATE, generate
from understand import rules
from understand.building import build
from understand.catalog import Catalog


def catalog_of(snap: Snapshot) -> Catalog:
    """The catalog of a snapshot's records, as `understand.index` builds it from the store."""
    records = [r for r in snap.records() if r.record_type.value not in ("organization",)]
    return build(snap.organizations, records, snap.flexible_asset_types, 1)


@functools.cache
def sample_msp() -> tuple[Snapshot, Catalog]:
    """The sample MSP and its catalog."""
    snap = generate(1)
    return snap, catalog_of(snap)


@functools.cache
def other_msp() -> tuple[Snapshot, Catalog]:
    """The second MSP (other names, other asset types) and its catalog."""
    snap = other_snapshot()
    return snap, catalog_of(snap)


def plan_of(question: str, other: bool = False, allowed: list[int] | None = None) -> Plan:
    """The rules' plan of a question over the sample (or the second) MSP."""
    snap, catalog = other_msp() if other else sample_msp()
    scope = allowed or [o.id for o in snap.organizations]
    return rules.plan_question(question, catalog, scope, OTHER_TODAY if other else REFERENCE_DATE)


def names_of(plan: Plan, other: bool = False) -> set[str]:
    """The names of the records the plan's asks are about."""
    snap = (other_msp() if other else sample_msp())[0]
    by_id = {r.source_id: getattr(r, "name", "") for r in snap.records()}
    return {by_id[t] for ask in plan.asks for t in ask.targets}


@functools.cache
def msp(name: str) -> tuple[Snapshot, Catalog]:
    """A hand-written MSP besides the sample (evals/<name>_msp.py)."""
    import importlib

    snap = importlib.import_module(f"evals.{name}_msp").snapshot()
    return snap, catalog_of(snap)


def ask_in(account: str, question: str, allowed: list[int] | None = None) -> Plan:
    """The rules' plan of a question over the sample or a hand-written MSP."""
    snap, catalog = sample_msp() if account == "sample" else msp(account)
    scope = allowed or [o.id for o in snap.organizations]
    return rules.plan_question(question, catalog, scope, date(2026, 6, 1))


def targets_of(plan: Plan) -> set[str]:
    """The source ids the plan's asks are about."""
    return {t for ask in plan.asks for t in ask.targets}


def thread(*questions: str) -> Plan:
    """The plan of the last question of a thread over the sample, each turn citing what its
    plan targets."""
    snap, catalog = sample_msp()
    scope = [o.id for o in snap.organizations]
    turn = None
    for question in questions:
        plan = rules.plan_question(question, catalog, scope, date(2026, 6, 1), turn)
        turn = Turn(question=question, plan=plan, citations=sorted(targets_of(plan)), answer="")
    return plan


def asked_after(
    account: str,
    first: str,
    question: str,
    allowed: list[int] | None = None,
    cited: list[str] | None = None,
) -> Plan:
    """`question` asked in the thread after `first`, whose answer cited what it planned (or
    `cited`, as a dependency answer cites what it listed)."""
    snap, catalog = sample_msp() if account == "sample" else msp(account)
    scope = allowed or [o.id for o in snap.organizations]
    before = rules.plan_question(first, catalog, scope, date(2026, 6, 1))
    citations = cited if cited is not None else sorted(targets_of(before))
    turn = Turn(question=first, plan=before, citations=citations, answer="")
    return rules.plan_question(question, catalog, scope, date(2026, 6, 1), turn)
