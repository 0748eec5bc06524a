"""Schemathesis against the OpenAPI schema: generated requests (a bounded number per route),
sent over real HTTP to the app under uvicorn, never get a 5xx."""

from __future__ import annotations

import asyncio

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = 12


def _fuzz(url: str, token: str) -> list[str]:
    """Run in a thread: the server shares the test's event loop."""
    raw = httpx.get(f"{url}/openapi.json", timeout=30).json()
    schema = schemathesis.openapi.from_dict(raw)
    failures: list[str] = []
    for result in schema.get_all_operations():
        if not isinstance(result, schemathesis.core.result.Ok):
            failures.append(f"the schema has an invalid operation: {result.err()}")
            continue
        operation = result.ok()

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(), keyed=st.booleans())
        def check(case: schemathesis.Case, keyed: bool) -> None:
            headers = {"Authorization": f"Bearer {token}"} if keyed else {}
            response = case.call(base_url=url, headers=headers, timeout=60)
            if response.status_code >= 500:
                failures.append(
                    f"{case.method} {case.formatted_path} -> {response.status_code}: "
                    f"{response.text[:200]}"
                )

        check()
    return failures


async def test_no_generated_request_gets_a_5xx(served: str, tokens: dict) -> None:
    failures = await asyncio.to_thread(_fuzz, served, tokens["admin"])
    assert failures == []
