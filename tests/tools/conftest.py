"""The MCP tests use the HTTP app's fixtures (services on the sample MSP, API keys)."""

from tests.server.conftest import client, served, services, tokens

__all__ = ["client", "served", "services", "tokens"]
