"""The MCP tests use the HTTP app's fixtures (API keys, the app in process and served); the
services on the sample MSP come from tests/conftest.py."""

from tests.server.conftest import client, model_loads, served, tokens

__all__ = ["client", "model_loads", "served", "tokens"]
