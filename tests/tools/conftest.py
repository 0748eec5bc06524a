"""The MCP tests use the HTTP app's fixtures (API keys, the app in process and served); the
services on the sample MSP come from tests/conftest.py."""

from tests.server.conftest import client, served, tokens

__all__ = ["client", "served", "tokens"]
