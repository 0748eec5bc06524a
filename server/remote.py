"""The commands' side of the local door: the server's API called with its operator token.

Each method returns what the command would have computed from the stores itself, so the
command prints the same thing either way; a refusal becomes an `ItGlueRagError` carrying the
server's message, which the CLI prints as its one line.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from core.errors import ItGlueRagError
from core.models import Organization
from server.local import LocalServer
from server.services.auth import pick
from server.services.errors import ApiError
from server.services.schemas import QueryResponse


class RemoteError(ItGlueRagError):
    """The server refused: its message, and the HTTP status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class Remote:
    def __init__(self, server: LocalServer, timeout: float = 600.0) -> None:
        self.server = server
        self._http = httpx.Client(
            base_url=server.url,
            headers={"Authorization": f"Bearer {server.token}"},
            timeout=timeout,
        )

    def __enter__(self) -> Remote:
        return self

    def __exit__(self, *_: object) -> None:
        self._http.close()

    def _call(self, method: str, path: str, text: bool = False, **kwargs: Any) -> Any:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ItGlueRagError(
                f"the itglue-rag server at {self.server.url} stopped answering: {exc}"
            ) from None
        if response.is_success:
            if text:
                return response.text
            return response.json() if response.content else None
        try:
            message = response.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = f"HTTP {response.status_code}"
        raise RemoteError(message, response.status_code)

    def organization_ids(self, names: list[str]) -> tuple[int, ...] | None:
        """Organization ids for `--org` values (id, name or short name, any case); None: all.
        The server's own match (`pick`), over the organizations the key reads."""
        if not names:
            return None
        listed = self._call("GET", "/v1/organizations")["organizations"]
        orgs = [
            Organization(
                id=o["id"], organization_id=o["id"], name=o["name"], short_name=o["short_name"]
            )
            for o in listed
        ]
        try:  # the server's own match (`pick`), over the organizations this key reads
            return pick(names, orgs)
        except ApiError as exc:
            raise ItGlueRagError(exc.message) from None

    def status(self) -> dict[str, Any]:
        data: dict[str, Any] = self._call("GET", "/v1/status")
        return data

    def ask(
        self, question: str, organizations: tuple[int, ...] | None, thread: str | None
    ) -> QueryResponse:
        body = {"question": question, "organizations": organizations, "thread_id": thread}
        return QueryResponse.model_validate(self._call("POST", "/v1/query", json=body))

    def create_key(
        self, name: str, scopes: list[str], organizations: tuple[int, ...] | None
    ) -> tuple[dict[str, Any], str]:
        body = {"name": name, "scopes": scopes, "organizations": organizations}
        made = self._call("POST", "/v1/keys", json=body)
        return made["key"], made["token"]

    def keys(self) -> list[dict[str, Any]]:
        listed: list[dict[str, Any]] = self._call("GET", "/v1/keys")["keys"]
        return listed

    def revoke_key(self, key_id: str) -> bool:
        try:
            self._call("DELETE", f"/v1/keys/{quote(key_id, safe='')}")
        except RemoteError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def start_sync(self, organization: str | None, full: bool) -> dict[str, Any]:
        job: dict[str, Any] = self._call(
            "POST", "/v1/sync", json={"organization": organization, "full": full}
        )
        return job

    def sync_job(self, job_id: int) -> dict[str, Any]:
        job: dict[str, Any] = self._call("GET", f"/v1/sync/{job_id}")
        return job

    def sync_overview(self, limit: int) -> dict[str, Any]:
        data: dict[str, Any] = self._call("GET", "/v1/sync", params={"limit": limit})
        return data

    def text(self, path: str, params: dict[str, Any]) -> str:
        """A read route's text body (a report as Markdown or HTML)."""
        body: str = self._call("GET", path, text=True, params=params)
        return body

    def get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        """A read route's JSON body (`GET path?params`), as the command would have built it."""
        data: dict[str, Any] = self._call("GET", path, params=params)
        return data
