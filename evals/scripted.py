"""A scripted chat model: answers each prompt by the first marker it contains.

It is a real LangChain `BaseChatModel`, so the graph calls it exactly as it calls Claude. It
records every prompt, so tests can check what a model was (and was not) shown. It lives here,
not under tests/, because the validator benchmark drafts through it too
(`evals/validator_drafts.py`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field

PLAN = "You plan retrieval"
COMPOSE = "Answer the question using only the evidence"
JUDGE = "For each numbered claim"


class ScriptedChatModel(BaseChatModel):
    replies: dict[str, list[str]]
    """marker -> replies in order (the last one repeats)."""
    prompts: list[str] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(  # type: ignore[override]
        self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any
    ) -> Runnable[Any, BaseMessage]:
        """Structured output as Claude gives it: the reply becomes a call of the first tool."""
        return self.bind(tools=[convert_to_openai_tool(t) for t in tools], **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        prompt = str(messages[-1].content)
        self.prompts.append(prompt)
        for marker, queue in self.replies.items():
            if marker in prompt:
                reply = queue.pop(0) if len(queue) > 1 else queue[0]
                return ChatResult(generations=[ChatGeneration(message=_message(reply, kwargs))])
        raise AssertionError(f"no scripted reply for: {prompt[:80]}")


def _message(reply: str, kwargs: dict[str, Any]) -> AIMessage:
    """A tool call when tools are bound and the reply is a JSON object; text otherwise."""
    tools = kwargs.get("tools")
    if tools:
        try:
            args = json.loads(reply)
        except ValueError:
            args = None
        if isinstance(args, dict):
            name = tools[0]["function"]["name"]
            call = {"name": name, "args": args, "id": "call-1", "type": "tool_call"}
            return AIMessage(content="", tool_calls=[call])
    return AIMessage(content=reply)
