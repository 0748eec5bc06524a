"""The optional chat model: Claude through langchain-anthropic when ANTHROPIC_API_KEY is set."""

from __future__ import annotations

from typing import Any

from core.settings import Settings


def chat_model(settings: Settings) -> Any:
    """A ChatAnthropic for the configured model, or None (deterministic mode)."""
    if settings.anthropic_api_key is None:
        return None
    from langchain_anthropic import ChatAnthropic

    return ChatAnthropic(  # type: ignore[call-arg]
        model=settings.anthropic_model,
        api_key=settings.anthropic_api_key,
        temperature=0,
        max_tokens=2048,
        timeout=30,
        max_retries=2,
    )
