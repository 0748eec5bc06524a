"""Node timing: each node reports its own seconds in `timings`."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Awaitable[dict[str, Any]]])


def timed(name: str) -> Callable[[F], F]:
    def wrap(node: F) -> F:
        @wraps(node)
        async def run(*args: Any, **kwargs: Any) -> dict[str, Any]:
            started = time.perf_counter()
            update = await node(*args, **kwargs)
            update["timings"] = {name: time.perf_counter() - started}
            return update

        return run  # type: ignore[return-value]

    return wrap
