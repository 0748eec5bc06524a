"""Errors the application raises on purpose, each with a message meant for a person."""


class ItGlueRagError(Exception):
    """Base class: an expected failure whose message can be shown as it is."""


class ConfigError(ItGlueRagError):
    """A setting is missing or invalid; the message names the environment variable."""


class StoreError(ItGlueRagError):
    """A store could not be opened or answered with an error."""
