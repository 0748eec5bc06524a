"""Limits below the app, in the HTTP server itself: how long a client may take to send a
request's head, how large the head may be, how long an idle connection stays open.

uvicorn's h11 protocol bounds a head that arrives in pieces (`h11_max_incomplete_event_size`:
400; one that arrives whole is a 431 from the app's `BodyLimit`) and closes idle keep-alive
connections, but a client that opens a connection and then sends
its headers a byte at a time (or never) holds it forever; `GuardedH11` closes it after
`header_timeout` seconds."""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from core.settings import Settings
from server.errors import MAX_HEAD


class GuardedH11(H11Protocol):
    header_timeout: float = 10.0
    """Set from the settings by `uvicorn_options` (and by the app in each worker)."""

    _head_deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._head_deadline = self.loop.call_later(self.header_timeout, self._head_late)

    def _disarm(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_late(self) -> None:
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()  # no head yet: nothing to answer

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the head is in
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request's head, on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """What `serve` and `demo` pass to uvicorn beside host and port."""
    GuardedH11.header_timeout = settings.header_timeout
    return {"http": GuardedH11, "h11_max_incomplete_event_size": MAX_HEAD, "timeout_keep_alive": 5}
