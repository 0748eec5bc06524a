"""The answer graph over the ingested sample MSP, deterministic unless a test passes a model."""

from __future__ import annotations

from typing import Any

import pytest

from core.embeddings import Embedder
from core.models import Configuration, Snapshot
from graphs.rag import graph
from retrievers.context import Context, scoped
from stores import Stores
from sync.demo.sample import REFERENCE_DATE


@pytest.fixture
async def ctx(sample: Stores, embedder: Embedder) -> Context:
    return await scoped(sample, embedder=embedder, today=REFERENCE_DATE)


async def ask(question: str, context: Context, **config: Any) -> dict[str, Any]:
    return await graph.ainvoke({"question": question}, context=context, **config)


def config_named(snapshot: Snapshot, name: str) -> Configuration:
    return next(c for c in snapshot.configurations if c.name == name)
