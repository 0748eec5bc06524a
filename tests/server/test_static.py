"""The page's static files: the icon browsers ask for."""

from __future__ import annotations

import httpx


async def test_the_favicon_is_served(client: httpx.AsyncClient) -> None:
    response = await client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.text.startswith("<svg")
    page = await client.get("/")
    assert '<link rel="icon" href="/favicon.ico"' in page.text
