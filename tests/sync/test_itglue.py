"""The IT Glue client against the loopback IT Glue over real HTTP: paging, retries, limits."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

from core.errors import ItGlueAuthError, ItGlueError
from core.models import Snapshot
from sync.demo.fake_itglue import DEFAULT_KEY, FakeItGlue
from sync.itglue import ItGlueClient, RateLimiter


@pytest.fixture
def fake(sample_snapshot: Snapshot) -> Iterator[FakeItGlue]:
    with FakeItGlue(sample_snapshot, max_page_size=5) as server:
        yield server


def _client(fake: FakeItGlue, **options: object) -> ItGlueClient:
    defaults: dict[str, object] = {"backoff_base": 0.01, "max_retries": 3, "timeout": 5.0}
    return ItGlueClient(fake.url, DEFAULT_KEY, **(defaults | options))  # type: ignore[arg-type]


async def _all(
    client: ItGlueClient, path: str, params: dict[str, str | int] | None = None
) -> list[dict]:
    out: list[dict] = []
    async for page in client.pages(path, params):
        out.extend(page["data"])
    return out


async def test_pages_follow_links_next_across_many_pages(fake: FakeItGlue) -> None:
    async with _client(fake) as client:
        configs = await _all(client, "configurations", {"filter[organization_id]": 1})
    expected = sorted(
        c.id
        for c in fake.records.values()
        if c.source_id.startswith("configuration:") and c.organization_id == 1
    )
    assert sorted(int(c["id"]) for c in configs) == expected
    pages = fake.requests_to(r"^/configurations$")
    assert len(pages) == -(-len(expected) // 5) >= 5
    assert [int(p.query["page[number]"]) for p in pages] == list(range(1, len(pages) + 1))
    assert all(p.query["page[size]"] == "1000" for p in pages[:1])
    assert all(p.query["filter[organization_id]"] == "1" for p in pages)


async def test_429_waits_for_retry_after(fake: FakeItGlue) -> None:
    fake.fail(429, 1, retry_after=1)
    async with _client(fake) as client:
        body = await client.get("organizations")
        assert len(body["data"]) == 5
        assert client.stats.throttled == 1 and client.stats.retries == 1
    first, second = fake.requests_to(r"^/organizations$")
    assert first.status == 429 and second.status == 200
    assert second.at - first.at >= 1.0


async def test_429_without_retry_after_backs_off_and_gives_up_when_bounded(
    fake: FakeItGlue,
) -> None:
    fake.fail(429, 10)
    async with _client(fake, max_retries=2) as client:
        with pytest.raises(ItGlueError, match="gave up after 3 attempts"):
            await client.get("organizations")
        assert client.stats.throttled == 3
    assert len(fake.requests_to(r"^/organizations$")) == 3


async def test_5xx_is_retried_then_succeeds(fake: FakeItGlue) -> None:
    fake.fail(503, 2)
    async with _client(fake) as client:
        body = await client.get("organizations/1")
        assert body["data"]["id"] == "1"
        assert client.stats.retries == 2 and client.stats.by_status == {503: 2, 200: 1}


async def test_timeouts_are_retried(fake: FakeItGlue) -> None:
    fake.slow(1.5, times=1)
    async with _client(fake, timeout=0.3) as client:
        body = await client.get("organizations/2")
        assert body["data"]["attributes"]["name"]
        assert client.stats.retries == 1


async def test_401_fails_at_once_naming_the_cause(fake: FakeItGlue) -> None:
    async with ItGlueClient(fake.url, "not-the-key", backoff_base=0.01) as client:
        with pytest.raises(ItGlueAuthError) as caught:
            await client.get("organizations")
    assert caught.value.status == 401
    assert "wrong, expired or revoked" in str(caught.value)
    assert "Unauthorized resource access" in str(caught.value)
    assert len(fake.requests_to(r"^/organizations$")) == 1


async def test_403_on_a_password_names_password_access(sample_snapshot: Snapshot) -> None:
    with FakeItGlue(sample_snapshot, password_access=False) as fake:
        async with _client(fake) as client:
            with pytest.raises(ItGlueAuthError, match="no Password Access"):
                await client.get("passwords/70001", {"show_password": "true"})
            listed = await client.get("passwords", {"filter[organization_id]": 1})
    assert "password" not in listed["data"][0]["attributes"]


async def test_client_errors_are_not_retried(fake: FakeItGlue) -> None:
    async with _client(fake) as client:
        with pytest.raises(ItGlueError, match="Valid flexible_asset_type_id is required") as e:
            await client.get("flexible_assets", {"filter[organization_id]": 1})
        assert e.value.status == 422
        with pytest.raises(ItGlueError, match="HTTP 404") as missing:
            await client.get("no_such_route")
        assert missing.value.status == 404
        assert client.stats.retries == 0


async def test_requests_are_logged_without_the_key(
    fake: FakeItGlue, caplog: pytest.LogCaptureFixture
) -> None:
    fake.fail(500, 1)
    with caplog.at_level(logging.DEBUG, logger="sync.itglue"):
        async with _client(fake) as client:
            await _all(client, "organizations")
    assert "GET /organizations?page[size]=1000&page[number]=1 -> 200" in caplog.text
    assert "retry 1/3" in caplog.text
    assert DEFAULT_KEY not in caplog.text


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def test_limiter_never_exceeds_its_budget_in_any_window() -> None:
    clock = _Clock()
    limiter = RateLimiter(5, 10.0, clock=clock, sleep=clock.sleep)
    starts = []
    for n in range(23):
        starts.append(await limiter.acquire())
        clock.now += 0.7 * (n % 3)  # uneven gaps between requests
    for i in range(len(starts) - 5):
        assert starts[i + 5] - starts[i] >= 10.0 - 1e-9
    assert limiter.waited > 0
    # and it does not wait when the budget allows
    assert starts[:5] == sorted(starts[:5]) and starts[4] - starts[0] < 10.0


async def test_limiter_holds_over_real_http_with_concurrency(fake: FakeItGlue) -> None:
    limiter = RateLimiter(4, 0.5)
    async with _client(fake, limiter=limiter, concurrency=4) as client:
        bodies = await asyncio.gather(
            *(client.get(f"organizations/{n % 12 + 1}") for n in range(16))
        )
    assert len(bodies) == 16 and limiter.waited > 1.0
    seen = [s.at for s in fake.requests_to(r"^/organizations/\d+$")]
    assert len(seen) == 16
    # arrivals can be a few ms closer than starts; the budget still holds in every window
    for i in range(len(seen) - 4):
        assert seen[i + 4] - seen[i] >= 0.5 - 0.05
