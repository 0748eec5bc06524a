"""Errors the application raises on purpose, each with a message meant for a person."""


class ItGlueRagError(Exception):
    """Base class: an expected failure whose message can be shown as it is."""


class ConfigError(ItGlueRagError):
    """A setting is missing or invalid; the message names the environment variable."""


class StoreError(ItGlueRagError):
    """A store could not be opened or answered with an error."""


class ItGlueError(ItGlueRagError):
    """IT Glue answered with an error, or did not answer within the retries."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ItGlueAuthError(ItGlueError):
    """IT Glue refused the API key (401/403): retrying cannot help."""


class SyncLocked(ItGlueRagError):
    """Another sync of the same organization is running."""
