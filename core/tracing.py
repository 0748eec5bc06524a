"""Langfuse traces of graph runs: a `CallbackHandler` per run when LANGFUSE_* is set, else nothing.

Every node of a run becomes a span under one trace named `answer`, with the thread as its session
and the caller (API key id, `cli`, `eval`) as its user. Secrets are scrubbed twice before export:
`mask` cleans what the SDK records (inputs, outputs, metadata) and `mask_otel_spans` cleans every
string attribute of every exported span. The graph never reads password values (only the
`get_password` route and tool do, and they are not graph runs); the scrubber is for what people
paste into questions and what documentation carries inline: our API keys, bearer tokens, IT
Glue, Anthropic and Langfuse keys, `password: …`-style values, and every secret in the settings.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from core.settings import Settings

log = logging.getLogger(__name__)

REDACTED = "[REDACTED]"
_TOKENS = re.compile(
    r"igr_[A-Za-z0-9]+_[\w-]{8,}"  # our API keys (igr_<id>_<secret>)
    r"|\bITG\.[\w.-]{16,}"  # IT Glue API keys
    r"|\bsk-(?:ant|lf)-[\w-]{8,}"  # Anthropic and Langfuse secret keys
    r"|(?i:\bbearer\s+)[\w.~+/=-]{8,}"
)
_CREDENTIAL = re.compile(
    r"(?i)\b(password|passwd|passphrase|pwd|secret|api[_ -]?key|token)\b"
    r"(\\?\"?\s*(?::|=|\bis\b)\s*)"
    r"(\\\"(?:[^\"\\]|\\[^\"])*\\\"|\"[^\"\\]*\"|'[^']*'|[^\s\"'\\,;]+)"
)
_SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|token|api[_-]?key|authorization)$")


class Scrubber:
    """Replaces secrets in text and in JSON-like data with `[REDACTED]`."""

    def __init__(self, literals: Iterable[str] = ()) -> None:
        self.literals = sorted({s for s in literals if len(s) >= 6}, key=len, reverse=True)

    def text(self, text: str) -> str:
        for literal in self.literals:
            if literal in text:
                text = text.replace(literal, REDACTED)
            escaped = json.dumps(literal)[1:-1]
            if escaped != literal and escaped in text:
                text = text.replace(escaped, REDACTED)
        text = _TOKENS.sub(REDACTED, text)
        return _CREDENTIAL.sub(_credential, text)

    def data(self, value: Any) -> Any:
        """The same value with every string scrubbed and values under secret-named keys hidden."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {
                k: REDACTED if isinstance(k, str) and _SECRET_KEY.search(k) and v else self.data(v)
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return type(value)(self.data(v) for v in value)
        return value

    def mask(self, *, data: Any, **_: Any) -> Any:
        """Langfuse's `mask` hook (SDK-level inputs, outputs and metadata)."""
        return self.data(data)

    def mask_spans(self, *, params: Any) -> Any:
        """Langfuse's `mask_otel_spans` hook: every string attribute of every span in the batch."""
        from langfuse.types import MaskOtelSpansResult, OtelSpanPatch

        patches = {}
        for identifier, span in params.spans.items():
            changed: dict[str, Any] = {}
            for key, value in span.attributes.items():
                if isinstance(value, str):
                    clean: Any = self.text(value)
                elif isinstance(value, tuple | list) and value and isinstance(value[0], str):
                    clean = tuple(self.text(v) for v in value)
                else:
                    continue
                if clean != value:
                    changed[key] = clean
            if changed:
                patches[identifier] = OtelSpanPatch(set_attributes=changed)
        return MaskOtelSpansResult(span_patches=patches)


def _credential(match: re.Match[str]) -> str:
    value = match.group(3)
    quote = value[:2] if value.startswith('\\"') else value[:1] if value[:1] in "\"'" else ""
    hidden = f"{quote}{REDACTED}{quote}"
    return f"{match.group(1)}{match.group(2)}{hidden}"


def settings_secrets(settings: Settings) -> list[str]:
    """Every secret the settings hold, including passwords inside connection URLs."""
    found = [
        s.get_secret_value()
        for s in (
            settings.itglue_api_key,
            settings.anthropic_api_key,
            settings.langfuse_secret_key,
            settings.encryption_key,
            settings.neo4j_password,
            settings.qdrant_api_key,
        )
        if s is not None
    ]
    for url in (settings.database_url, settings.redis_url):
        password = urlsplit(url).password if url else None
        if password:
            found.append(password)
    return found


class Tracer:
    """Adds a Langfuse handler to a run's config; a no-op without Langfuse keys."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.client: Any = None
        self.public_key = settings.langfuse_public_key if settings else None
        if not (settings and self.public_key and settings.langfuse_secret_key):
            if settings and (self.public_key or settings.langfuse_secret_key):
                log.warning(
                    "Langfuse tracing is off: set both LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY"
                )
            return
        from langfuse import Langfuse

        scrubber = Scrubber(settings_secrets(settings))
        self.client = Langfuse(
            public_key=self.public_key,
            secret_key=settings.langfuse_secret_key.get_secret_value(),
            base_url=settings.langfuse_base_url.rstrip("/"),
            mask=scrubber.mask,
            mask_otel_spans=scrubber.mask_spans,
        )

    @property
    def enabled(self) -> bool:
        return self.client is not None

    def config(
        self,
        config: dict[str, Any] | None = None,
        *,
        user: str,
        session: str | None = None,
        tags: Iterable[str] = (),
    ) -> dict[str, Any]:
        """`config` with a fresh callback handler and the trace's user, session and tags."""
        config = dict(config or {})
        if self.client is None:
            return config
        from langfuse.langchain import CallbackHandler

        metadata = {**config.get("metadata", {}), "langfuse_user_id": user}
        if session:
            metadata["langfuse_session_id"] = session
        if tags:
            metadata["langfuse_tags"] = list(tags)
        return {
            **config,
            "callbacks": [
                *config.get("callbacks", []),
                CallbackHandler(public_key=self.public_key),
            ],
            "metadata": metadata,
            "run_name": "answer",
        }

    @staticmethod
    def trace_id(config: dict[str, Any]) -> str | None:
        """The Langfuse trace id of the last run made with `config` (None when untraced)."""
        from langfuse.langchain import CallbackHandler

        for handler in config.get("callbacks", []):
            if isinstance(handler, CallbackHandler):
                return handler.last_trace_id
        return None

    def flush(self) -> None:
        """Send what is buffered (the SDK also flushes on exit)."""
        if self.client is not None:
            self.client.flush()
