"""The IT Glue REST client: JSON:API pages, a client-side rate limiter, bounded retries.

Every request goes through `ItGlueClient.get`: it waits for the limiter (IT Glue allows 3000
requests per 5 minutes), sends `x-api-key`, retries timeouts, connection errors, 5xx and 429 a
bounded number of times (429 waits `Retry-After` when given, else exponential backoff with
jitter), and fails at once on 401/403 with the likely cause. Requests are logged by method,
path, status and time; the key travels only in a header and is never logged.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin

import httpx

from core.errors import ConfigError, ItGlueAuthError, ItGlueError
from core.settings import Settings

log = logging.getLogger(__name__)

JSON_API = "application/vnd.api+json"
MAX_RETRY_AFTER = 300.0
"""Longest `Retry-After` honoured, in seconds; a longer one is treated as this."""


class RateLimiter:
    """At most `budget` requests start in any `window` seconds (a sliding log of start times)."""

    def __init__(
        self,
        budget: int,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if budget < 1 or window <= 0:
            raise ValueError("a rate limit needs a budget ≥ 1 and a window > 0")
        self.budget, self.window = budget, window
        self._clock, self._sleep = clock, sleep
        self._started: deque[float] = deque()
        self._lock = asyncio.Lock()
        self.waited = 0.0
        """Seconds spent waiting for the budget."""

    async def acquire(self) -> float:
        """Wait until a request may start; returns the moment it started."""
        async with self._lock:
            while True:
                now = self._clock()
                while self._started and self._started[0] <= now - self.window:
                    self._started.popleft()
                if len(self._started) < self.budget:
                    self._started.append(now)
                    return now
                delay = self._started[0] + self.window - now
                self.waited += delay
                await self._sleep(delay)


@dataclass
class ClientStats:
    requests: int = 0
    retries: int = 0
    throttled: int = 0
    """429 answers received."""
    seconds_waiting: float = 0.0
    """Time spent in backoff and Retry-After waits."""
    by_status: dict[int, int] = field(default_factory=dict)


def _error_detail(response: httpx.Response) -> str:
    """The most telling text of an IT Glue error body (JSON:API errors, gateway or HTML)."""
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase or f"HTTP {response.status_code}"
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            first = errors[0]
            parts = [str(first[k]) for k in ("title", "detail") if first.get(k)]
            return ": ".join(dict.fromkeys(parts)) or f"HTTP {response.status_code}"
        if body.get("message"):
            return str(body["message"])
    return f"HTTP {response.status_code}"


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a `Retry-After` header (delta seconds or an HTTP date), if present."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


class ItGlueClient:
    """Async IT Glue API client; use as `async with ItGlueClient.from_settings(s) as client`."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        limiter: RateLimiter | None = None,
        timeout: float = 60.0,
        max_retries: int = 5,
        concurrency: int = 4,
        page_size: int = 1000,
        backoff_base: float = 1.0,
        backoff_cap: float = 60.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.limiter = limiter or RateLimiter(3000, 300.0)
        self.max_retries = max_retries
        self.page_size = page_size
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.stats = ClientStats()
        self._in_flight = asyncio.Semaphore(concurrency)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"x-api-key": api_key, "Content-Type": JSON_API, "Accept": JSON_API},
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> ItGlueClient:
        if settings.itglue_api_key is None:
            raise ConfigError(
                "ITGLUE_API_KEY: not set; create a key in IT Glue under Account > Settings > "
                "API Keys (enable Password Access to sync password values)"
            )
        options: dict[str, Any] = {
            "limiter": RateLimiter(settings.itglue_rate_limit, settings.itglue_rate_window),
            "timeout": settings.itglue_timeout,
            "max_retries": settings.itglue_max_retries,
            "concurrency": settings.itglue_concurrency,
            "page_size": settings.itglue_page_size,
        }
        return cls(
            settings.itglue_api_url,
            settings.itglue_api_key.get_secret_value(),
            **(options | overrides),
        )

    async def __aenter__(self) -> ItGlueClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self._http.aclose()

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.backoff_cap, self.backoff_base * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)

    async def get(self, path: str, params: Mapping[str, str | int] | None = None) -> dict[str, Any]:
        """One JSON:API document; `path` is relative to the base URL or an absolute next link."""
        attempt = 0
        while True:
            async with self._in_flight:
                await self.limiter.acquire()
                self.stats.requests += 1
                started = time.perf_counter()
                try:
                    response = await self._http.get(path, params=params)
                except (httpx.TimeoutException, httpx.TransportError) as exc:
                    problem = f"{type(exc).__name__}: {exc or 'no answer'}"
                    response = None
                elapsed_ms = (time.perf_counter() - started) * 1000
            if response is not None:
                status = response.status_code
                self.stats.by_status[status] = self.stats.by_status.get(status, 0) + 1
                log.debug(
                    "GET %s -> %s in %.0f ms",
                    self._where(response),
                    status,
                    elapsed_ms,
                )
                if status < 300:
                    return self._json(response)
                problem = f"HTTP {status}: {_error_detail(response)}"
                if status in (401, 403):
                    raise self._auth_error(response)
                if status != 429 and status < 500:
                    raise ItGlueError(
                        f"IT Glue GET {self._where(response)}: {problem}", status=status
                    )
            retryable_wait = self._retry_wait(response, attempt)
            if attempt >= self.max_retries:
                raise ItGlueError(
                    f"IT Glue GET {path}: {problem} (gave up after {attempt + 1} attempts)",
                    status=response.status_code if response is not None else None,
                )
            log.warning(
                "GET %s failed (%s); retry %d/%d in %.1fs",
                path,
                problem,
                attempt + 1,
                self.max_retries,
                retryable_wait,
            )
            self.stats.retries += 1
            self.stats.seconds_waiting += retryable_wait
            await asyncio.sleep(retryable_wait)
            attempt += 1

    def _retry_wait(self, response: httpx.Response | None, attempt: int) -> float:
        if response is not None and response.status_code == 429:
            self.stats.throttled += 1
            after = _retry_after(response)
            if after is not None:
                return after
        return self._backoff(attempt)

    @staticmethod
    def _where(response: httpx.Response) -> str:
        """Path and query of the request, readable (no key: it travels in a header)."""
        return unquote(response.request.url.raw_path.decode())

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            raise ItGlueError(
                f"IT Glue GET {self._where(response)}: the answer is not JSON "
                f"(is ITGLUE_API_URL {self.base_url} the API host?)",
                status=response.status_code,
            ) from None
        if not isinstance(body, dict):
            raise ItGlueError(f"IT Glue GET {self._where(response)}: unexpected JSON answer")
        return body

    def _auth_error(self, response: httpx.Response) -> ItGlueAuthError:
        status, where = response.status_code, self._where(response)
        detail = _error_detail(response)
        if status == 401:
            cause = "the API key is wrong, expired or revoked (unused keys expire after 90 days)"
        elif where.startswith("/passwords/"):
            cause = "the API key has no Password Access"
        else:
            cause = (
                "the API key is not valid for this host (US, EU and AU keys differ: "
                f"ITGLUE_API_URL is {self.base_url.rstrip('/')}) or lacks access"
            )
        return ItGlueAuthError(
            f"IT Glue refused GET {where} with {status} ({detail}): {cause}", status=status
        )

    async def pages(
        self, path: str, params: Mapping[str, str | int] | None = None
    ) -> AsyncIterator[dict[str, Any]]:
        """Every page of a list, following `links.next` (else `meta.next-page`)."""
        query: dict[str, str | int] = {"page[size]": self.page_size, "page[number]": 1}
        query.update(params or {})
        body = await self.get(path, query)
        while True:
            yield body
            link = (body.get("links") or {}).get("next")
            if link:
                body = await self.get(urljoin(self.base_url, link))
                continue
            next_page = (body.get("meta") or {}).get("next-page")
            if not next_page:
                return
            query["page[number]"] = int(next_page)
            body = await self.get(path, query)
