"""What the routes, the MCP tools and the CLI all call: authentication (`auth`), answers,
search and verification, lookups, the vault and sync launch — FastAPI-free, so the MCP server
(`tools/`) imports from here and nothing else of `server/`."""

from server.services.base import (
    KeyRateLimiter,
    RedisRateLimiter,
    Services,
    open_limiter,
    open_services,
)

__all__ = ["KeyRateLimiter", "RedisRateLimiter", "Services", "open_limiter", "open_services"]
