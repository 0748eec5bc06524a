"""Schemathesis against the OpenAPI schema: generated requests (a bounded number per route),
sent over real HTTP to the app under uvicorn with no key, an admin key or a key limited to one
organization, never get a 5xx; every error is the API's error body, never internal text; and
nothing the limited key gets names another organization."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = 20


def _problem(response: Any, who: str) -> str | None:
    """What is wrong with one response, if anything."""
    text = response.text
    if response.status_code >= 500:
        return f"{response.status_code}: {text[:200]}"
    if "Traceback" in text or 'File "/' in text or "psycopg" in text:
        return f"internal text in the body: {text[:200]}"
    if response.status_code >= 400:
        try:
            error = response.json()["error"]
            assert error["message"] and error["code"] and "request_id" in error
        except (ValueError, KeyError, TypeError, AssertionError):
            return f"{response.status_code} without the error body: {text[:200]}"
    elif who == "harbor":
        found = {int(n) for n in re.findall(r'"organization_id":\s*(\d+)', text)}
        if found - {1}:
            return f"organizations {sorted(found - {1})} shown to a key limited to 1"
    return None


def _fuzz(url: str, tokens: dict[str, str]) -> list[str]:
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
        @given(case=operation.as_strategy(), who=st.sampled_from(["none", "admin", "harbor"]))
        def check(case: schemathesis.Case, who: str) -> None:
            headers = {"Authorization": f"Bearer {tokens[who]}"} if who in tokens else {}
            response = case.call(base_url=url, headers=headers, timeout=60)
            problem = _problem(response, who)
            if problem:
                failures.append(f"{case.method} {case.formatted_path} as {who} -> {problem}")

        check()
    return failures


async def test_no_generated_request_gets_a_5xx(served: str, tokens: dict) -> None:
    failures = await asyncio.to_thread(_fuzz, served, tokens)
    assert failures == []
