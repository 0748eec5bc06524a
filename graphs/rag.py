"""The answer graph: plan -> retrieve (sql | graph | vector, in parallel) -> fuse -> compose ->
validate -> (replan -> retrieve ...) -> respond. `graph` (no checkpointer) is what
langgraph.json names for Studio; `build()` compiles it with one for thread memory."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

from core.state import InputState, OutputState, State
from nodes.compose import compose
from nodes.fuse import fuse
from nodes.plan import plan
from nodes.replan import replan
from nodes.respond import respond
from nodes.retrieve_graph import retrieve_graph
from nodes.retrieve_sql import retrieve_sql
from nodes.retrieve_vector import retrieve_vector
from nodes.validate import validate
from retrievers.context import Context
from understand.rules import broaden


def fan_out(state: State) -> list[Send]:
    """One branch per retriever the plan asks for."""
    assert state.plan is not None
    return [Send(f"retrieve_{name}", state) for name in state.plan.retrievers]


def after_validate(state: State) -> Literal["replan", "respond"]:
    """Retry with a wider plan when no claim survived, at most twice."""
    if any(v.supported for v in state.verdicts):
        return "respond"
    if state.plan is None or state.plan.out_of_scope or broaden(state.plan) is None:
        return "respond"
    return "replan"


def build(checkpointer: Any = None) -> Any:
    builder = StateGraph(
        State, input_schema=InputState, output_schema=OutputState, context_schema=Context
    )
    builder.add_node("plan", plan)
    builder.add_node("retrieve_sql", retrieve_sql)
    builder.add_node("retrieve_graph", retrieve_graph)
    builder.add_node("retrieve_vector", retrieve_vector)
    builder.add_node("fuse", fuse)
    builder.add_node("compose", compose)
    builder.add_node("validate", validate)
    builder.add_node("replan", replan)
    builder.add_node("respond", respond)
    builder.add_edge(START, "plan")
    retrievers = ["retrieve_sql", "retrieve_graph", "retrieve_vector"]
    builder.add_conditional_edges("plan", fan_out, retrievers)
    builder.add_conditional_edges("replan", fan_out, retrievers)
    for name in retrievers:
        builder.add_edge(name, "fuse")
    builder.add_edge("fuse", "compose")
    builder.add_edge("compose", "validate")
    builder.add_conditional_edges("validate", after_validate, ["replan", "respond"])
    builder.add_edge("respond", END)
    return builder.compile(checkpointer=checkpointer, name="rag")


graph = build()
