"""The answer graph's state: the question, the plan, what each retriever found, the draft
claims, the validator's verdicts and the answer. Domain models below everything that uses
them (the planner, the retrievers, the nodes, the services); `graphs/rag.py` assembles the
graph over them.

Keys written by parallel branches (`retrievals`, `timings`) have reducers. `retrievals` is
cleared by plan and replan (they write `RESET`, None), so a thread's next turn and a replan's next
attempt start from nothing; the rest is overwritten by the node that owns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from core.models import Evidence

Intent = Literal[
    "lookup",
    "credential",
    "dependencies",
    "howto",
    "list",
    "expiry",
    "similar",
    "overview",
    "changes",
]
RetrieverName = Literal["sql", "graph", "vector"]
ALL_RETRIEVERS: tuple[RetrieverName, ...] = ("sql", "graph", "vector")
NO_DATA = "No data available"


RESET = None
"""Written to `retrievals` to empty it (None, so that checkpoints can store the write)."""


def add_or_reset(left: list[Any], right: list[Any] | None) -> list[Any]:
    """Parallel branches append; plan and replan empty the list by writing RESET."""
    if right is None:
        return []
    return [*left, *right]


def add_seconds(left: dict[str, float], right: dict[str, float]) -> dict[str, float]:
    """Per-node seconds, summed over replans."""
    out = dict(left)
    for key, value in right.items():
        out[key] = round(out.get(key, 0.0) + value, 4)
    return out


class Ask(BaseModel):
    """One thing a question asks: these records, these fields of them."""

    targets: list[str] = Field(default_factory=list)
    """Source ids of the records asked about, best first."""
    attributes: list[str] = Field(default_factory=list)
    """Fields asked for (`primary_ip`, `email`, `trait:<name key>`); empty: the record."""
    labels: list[str] = Field(default_factory=list)
    """How the answer names each field, in the same order."""
    total: int = 0
    """How many records matched (more than `targets` when the list was cut)."""
    mention: str = ""
    """The words of the question this ask grounds."""


class Plan(BaseModel):
    """What the question asks and how to look for it."""

    intent: Intent
    """The kind of question."""
    organization_ids: list[int] = Field(default_factory=list)
    """Organizations named in the question (empty: every organization the caller may see)."""
    out_of_scope: bool = False
    """The question names only organizations the caller may not see."""
    devices: list[str] = Field(default_factory=list)
    """Source ids of configurations named in the question (or carried from the last turn)."""
    second_device: str | None = None
    """For a path question: the other end."""
    ips: list[str] = Field(default_factory=list)
    """IP addresses in the question."""
    attribute: str | None = None
    """The configuration field asked for (primary_ip, serial_number, ...)."""
    config_types: list[str] = Field(default_factory=list)
    """Configuration types named (Firewall, Server, ...)."""
    asset_types: list[str] = Field(default_factory=list)
    """Flexible asset types named (SSL Certificate, Software License, ...)."""
    asks: list[Ask] = Field(default_factory=list)
    """For lookups: each part of the question, grounded (two-part questions have two)."""
    unresolved: list[str] = Field(default_factory=list)
    """What the question names that grounds to nothing in scope (said with No data)."""
    direction: Literal["downstream", "upstream", "path", "neighbors"] = "downstream"
    """For dependencies: what X depends on, what depends on X, or the path between two."""
    window_start: date | None = None
    """Start of an expiry window."""
    window_end: date | None = None
    """End of an expiry window."""
    query: str = ""
    """Text for the vector and full-text searches."""
    retrievers: list[RetrieverName] = Field(default_factory=lambda: list(ALL_RETRIEVERS))
    """Which retrievers run."""
    broadened: int = 0
    """How many times replan widened this plan."""
    source: Literal["rules", "model"] = "rules"
    """Who made the plan."""


class Retrieval(BaseModel):
    """One retriever's result for one attempt."""

    retriever: RetrieverName
    attempt: int
    evidence: list[Evidence] = Field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None


class Claim(BaseModel):
    """One sentence of a draft answer and the evidence it cites."""

    text: str
    citations: list[str] = Field(default_factory=list)


class Verdict(BaseModel):
    """The validator's decision on one claim."""

    claim: str
    citations: list[str]
    supported: bool
    reason: str
    score: float = 0.0


class Citation(BaseModel):
    source_id: str
    title: str
    organization_id: int
    organization: str
    url: str | None = None  # the record's page in IT Glue, where the API gave one


class Turn(BaseModel):
    """What a thread remembers of an earlier question."""

    question: str
    plan: Plan
    answer: str
    citations: list[str]


@dataclass
class InputState:
    question: str = ""
    """The question, in the user's words."""


@dataclass
class OutputState:
    answer: str = ""
    """Validated sentences with [n] citation markers, or "No data available"."""
    found: bool = False
    """Whether any claim survived validation."""
    sentences: list[str] = field(default_factory=list)
    """The answer's validated sentences, in order, with their markers."""
    citations: list[Citation] = field(default_factory=list)
    """The sources the answer cites, numbered as in the answer."""
    verdicts: list[Verdict] = field(default_factory=list)
    """Every drafted claim with its verdict and reason."""
    confidence: float = 0.0
    """Share of claims kept times their mean support."""
    searched: list[str] = field(default_factory=list)
    """What was searched (shown with "No data available")."""
    missing: list[str] = field(default_factory=list)
    """What the question asked that the documentation does not have."""
    notes: list[str] = field(default_factory=list)
    """Remarks on the answer's reach ("12 records match; the first 10 are answered")."""
    plan: Plan | None = None
    """The plan the answer came from."""
    timings: Annotated[dict[str, float], add_seconds] = field(default_factory=dict)
    """Seconds per node."""
    retrieval_errors: list[str] = field(default_factory=list)
    """Retrievers that failed or timed out."""


@dataclass
class State(InputState, OutputState):
    attempt: int = 0
    """0 for the first retrieval, +1 per replan."""
    retrievals: Annotated[list[Retrieval], add_or_reset] = field(default_factory=list)
    """What the retrievers returned (all attempts until reset)."""
    evidence: list[Evidence] = field(default_factory=list)
    """Fused evidence of the current attempt, best first."""
    claims: list[Claim] = field(default_factory=list)
    """The composed draft."""
    history: list[Turn] = field(default_factory=list)
    """Earlier turns of this thread (with a checkpointer)."""
