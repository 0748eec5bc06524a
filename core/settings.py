"""Settings: the only module that reads the environment.

Every knob is a field here, read once through pydantic-settings. Variables named by the
architecture (DATABASE_URL, NEO4J_URI, ...) keep their plain names; the project's own knobs
carry the ITGLUE_RAG_ prefix. `load_settings()` turns a validation failure into one line that
names the variable, which the CLI prints before exiting.
"""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigError

PLACEHOLDERS = {"changeme", "changethis", "change-me", "secret", "xxx", "todo", "your-key-here"}


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


class Settings(BaseSettings):
    """Process-wide configuration; unset store URLs select the embedded engines."""

    model_config = SettingsConfigDict(
        env_file=None, extra="ignore", populate_by_name=True, frozen=True
    )

    data_dir: Path = Field(Path(".data"), validation_alias=_env("ITGLUE_RAG_DATA_DIR"))
    """Where the embedded stores, the generated encryption key and logs live."""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", validation_alias=_env("ITGLUE_RAG_LOG_LEVEL")
    )
    """Root log level."""
    log_format: Literal["text", "json"] = Field(
        "text", validation_alias=_env("ITGLUE_RAG_LOG_FORMAT")
    )
    """`json`: one JSON object per line, with the request id."""
    embed_batch_size: int = Field(
        64, ge=1, le=4096, validation_alias=_env("ITGLUE_RAG_EMBED_BATCH")
    )
    """Chunks per embedding batch."""
    ingest_batch_size: int = Field(
        500, ge=1, le=100_000, validation_alias=_env("ITGLUE_RAG_INGEST_BATCH")
    )
    """Records per ingest batch (one SQL transaction, one graph UNWIND, one vector upsert)."""

    host: str = Field("127.0.0.1", validation_alias=_env("ITGLUE_RAG_HOST"))
    """Interface `itglue-rag serve` listens on."""
    port: int = Field(8000, ge=1, le=65535, validation_alias=_env("ITGLUE_RAG_PORT"))
    """Port `itglue-rag serve` listens on."""
    workers: int = Field(1, ge=1, le=64, validation_alias=_env("ITGLUE_RAG_WORKERS"))
    """Server processes (more than one needs the server backends, not the embedded ones)."""
    rate_limit: int = Field(100, ge=1, le=100_000, validation_alias=_env("ITGLUE_RAG_RATE_LIMIT"))
    """Requests per minute per API key."""
    max_question_chars: int = Field(
        2000, ge=10, le=100_000, validation_alias=_env("ITGLUE_RAG_MAX_QUESTION")
    )
    """Longest question accepted (longer: 422)."""
    mcp_sessions_per_key: int = Field(
        16, ge=1, le=10_000, validation_alias=_env("ITGLUE_RAG_MCP_SESSIONS_PER_KEY")
    )
    """Open MCP-over-HTTP sessions one key may hold (more: 429 until one ends or idles out)."""
    mcp_session_idle: int = Field(
        900, ge=10, le=86_400, validation_alias=_env("ITGLUE_RAG_MCP_SESSION_IDLE")
    )
    """Seconds an MCP session may sit idle before it is closed."""
    thread_retention_days: int = Field(
        30, ge=1, le=3650, validation_alias=_env("ITGLUE_RAG_THREAD_RETENTION_DAYS")
    )
    """Days a conversation thread is kept after its last turn."""
    threads_per_key: int = Field(
        100, ge=1, le=100_000, validation_alias=_env("ITGLUE_RAG_THREADS_PER_KEY")
    )
    """Threads one API key keeps (more: its least recently used is forgotten)."""
    header_timeout: float = Field(
        10.0, gt=0, le=600, validation_alias=_env("ITGLUE_RAG_HEADER_TIMEOUT")
    )
    """Seconds a client has to send a request's headers once it connects (or after a reply)."""
    body_timeout: float = Field(
        30.0, gt=0, le=600, validation_alias=_env("ITGLUE_RAG_BODY_TIMEOUT")
    )
    """Seconds a request body may take to arrive (slower: 408)."""
    cache_seconds: int = Field(600, ge=0, le=86_400, validation_alias=_env("ITGLUE_RAG_CACHE_TTL"))
    """How long a query result is cached (0: no cache)."""
    compliance_expiring_days: int = Field(
        30, ge=0, le=3650, validation_alias=_env("ITGLUE_RAG_COMPLIANCE_EXPIRING_DAYS")
    )
    """The compliance report's "expiring soon": an expiry within this many days."""
    compliance_password_max_age_days: int = Field(
        365, ge=1, le=36_500, validation_alias=_env("ITGLUE_RAG_COMPLIANCE_PASSWORD_MAX_AGE_DAYS")
    )
    """The compliance report flags a password entry not updated in this many days."""

    database_url: str | None = Field(None, validation_alias=_env("DATABASE_URL"))
    """PostgreSQL URL; unset starts the embedded server under data_dir."""

    neo4j_uri: str | None = Field(None, validation_alias=_env("NEO4J_URI"))
    """Neo4j bolt URI; unset uses the embedded LadybugDB under data_dir."""
    neo4j_user: str = Field("neo4j", validation_alias=_env("NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(None, validation_alias=_env("NEO4J_PASSWORD"))

    qdrant_url: str | None = Field(None, validation_alias=_env("QDRANT_URL"))
    """Qdrant server URL; unset uses the embedded Qdrant Edge shard under data_dir."""
    qdrant_api_key: SecretStr | None = Field(None, validation_alias=_env("QDRANT_API_KEY"))
    qdrant_collection: str = Field("itglue", validation_alias=_env("ITGLUE_RAG_QDRANT_COLLECTION"))

    redis_url: str | None = Field(None, validation_alias=_env("REDIS_URL"))
    """Redis URL for the shared query cache; unset keeps the cache in-process."""

    encryption_key: SecretStr | None = Field(None, validation_alias=_env("ENCRYPTION_KEY"))
    """Base64 of 32 bytes (AES-256-GCM) for password values; unset → a key file in data_dir."""

    anthropic_api_key: SecretStr | None = Field(None, validation_alias=_env("ANTHROPIC_API_KEY"))
    anthropic_model: str = Field("claude-sonnet-4-5", validation_alias=_env("ANTHROPIC_MODEL"))

    langfuse_public_key: str | None = Field(None, validation_alias=_env("LANGFUSE_PUBLIC_KEY"))
    langfuse_secret_key: SecretStr | None = Field(
        None, validation_alias=_env("LANGFUSE_SECRET_KEY")
    )
    langfuse_base_url: str = Field(
        "https://cloud.langfuse.com",
        validation_alias=AliasChoices("LANGFUSE_BASE_URL", "LANGFUSE_HOST"),
    )

    itglue_api_url: str = Field("https://api.itglue.com", validation_alias=_env("ITGLUE_API_URL"))
    """IT Glue API host (US, EU and AU hosts differ)."""
    itglue_api_key: SecretStr | None = Field(None, validation_alias=_env("ITGLUE_API_KEY"))
    """An IT Glue API key; values of passwords need one with Password Access."""
    itglue_rate_limit: int = Field(3000, ge=1, validation_alias=_env("ITGLUE_RATE_LIMIT"))
    """Requests allowed per rate window (IT Glue documents 3000 per 5 minutes)."""
    itglue_rate_window: float = Field(
        300.0, gt=0, le=3600, validation_alias=_env("ITGLUE_RATE_WINDOW")
    )
    """The rate window in seconds."""
    itglue_timeout: float = Field(60.0, gt=0, le=600, validation_alias=_env("ITGLUE_TIMEOUT"))
    """Seconds before one request times out (then it is retried)."""
    itglue_max_retries: int = Field(5, ge=0, le=20, validation_alias=_env("ITGLUE_MAX_RETRIES"))
    """Retries of one request after a timeout, a 5xx or a 429."""
    itglue_concurrency: int = Field(4, ge=1, le=32, validation_alias=_env("ITGLUE_CONCURRENCY"))
    """Requests in flight at once."""
    itglue_page_size: int = Field(1000, ge=1, le=1000, validation_alias=_env("ITGLUE_PAGE_SIZE"))
    """`page[size]` of list requests (IT Glue's maximum is 1000)."""

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("must start with postgresql:// or postgres://")
        return value or None

    @field_validator("neo4j_uri")
    @classmethod
    def _bolt_url(cls, value: str | None) -> str | None:
        schemes = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
        if value and not value.startswith(schemes):
            raise ValueError("must start with bolt:// or neo4j:// (optionally +s / +ssc)")
        return value or None

    @field_validator("qdrant_url", "redis_url", "itglue_api_url", "langfuse_base_url")
    @classmethod
    def _http_like(cls, value: str | None) -> str | None:
        if value and "://" not in value:
            raise ValueError("must be a URL with a scheme, e.g. http://host:port")
        return value or None

    @field_validator(
        "encryption_key",
        "anthropic_api_key",
        "itglue_api_key",
        "qdrant_api_key",
        "neo4j_password",
        "langfuse_secret_key",
    )
    @classmethod
    def _no_placeholder(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        if value.get_secret_value().strip().lower() in PLACEHOLDERS:
            raise ValueError("is a placeholder; set a real value or unset it")
        return value

    @field_validator("encryption_key")
    @classmethod
    def _aes_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        try:
            raw = base64.b64decode(value.get_secret_value(), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("must be base64 (generate with: openssl rand -base64 32)") from None
        if len(raw) != 32:
            raise ValueError(f"must decode to 32 bytes for AES-256, got {len(raw)}")
        return value

    @property
    def sql_backend(self) -> str:
        return "postgres" if self.database_url else "embedded-postgres"

    @property
    def graph_backend(self) -> str:
        return "neo4j" if self.neo4j_uri else "ladybug"

    @property
    def vector_backend(self) -> str:
        return "qdrant" if self.qdrant_url else "qdrant-edge"

    @property
    def embedded_stores(self) -> list[str]:
        """The variables left unset, each selecting an embedded engine one process holds."""
        return [
            name
            for name, url in (
                ("DATABASE_URL", self.database_url),
                ("NEO4J_URI", self.neo4j_uri),
                ("QDRANT_URL", self.qdrant_url),
            )
            if not url
        ]


def _variable_name(field: str) -> str:
    alias = Settings.model_fields[field].validation_alias
    if isinstance(alias, AliasChoices):
        return str(alias.choices[0])
    return field.upper()


def load_settings(**overrides: object) -> Settings:
    """Read the environment; on bad input raise ConfigError with one line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = str(first["loc"][0]) if first["loc"] else "?"
        field = next(
            (name for name in Settings.model_fields if name == loc or _variable_name(name) == loc),
            loc,
        )
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{_variable_name(field)}: {message}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once."""
    return load_settings()
