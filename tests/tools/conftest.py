"""The MCP tests use the HTTP app's fixtures (services on the sample MSP, API keys)."""

from tests.server.conftest import client, services, tokens

__all__ = ["client", "services", "tokens"]
