"""Every model call goes through a guard: the endpoint's rate limits, retries of transient
failures, a check that the answer is whole, and the usage count of the call's role."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda, RunnableSequence

from synthcomp.errors import ModelError
from synthcomp.models.budget import overflow_of
from synthcomp.models.ratelimit import LimiterLike, LimiterLost
from synthcomp.models.retry import (
    EmptyAnswer,
    TruncatedAnswer,
    describe,
    is_provider_error,
    is_transient,
    never_sent,
    retrying,
    status_of,
)
from synthcomp.models.settings import RetryPolicy, redact
from synthcomp.models.usage import Usage

# The CLI shows its warnings on stderr (a retry says so at once, not after minutes of silence).
log = logging.getLogger("synthcomp.models")


class ModelUnavailable(ModelError):
    """A model call that failed for good: retries spent, or refused by the provider. A
    simulation stops paused on it, resumable once the model is back.

    Its message is redacted as it is made: a provider's refusal may echo the API key, and
    LangGraph stores the raised error as raised (checkpoints.sqlite), beyond any later redaction."""

    def __init__(self, message: str) -> None:
        super().__init__(redact(message))


def estimate_tokens(value: Any) -> int:
    """About how many tokens a call's input holds (four characters a token)."""
    if isinstance(value, PromptValue):
        value = value.to_messages()
    if isinstance(value, list):
        chars = sum(len(m.text if isinstance(m, BaseMessage) else json.dumps(m, default=str))
                    for m in value)
    else:
        chars = len(str(value))
    return max(1, chars // 4)


def check_whole(answer: Any) -> None:
    """Refuse an empty answer, or one whose stream was cut before the model finished."""
    if not isinstance(answer, AIMessage):
        return
    if not (answer.content or answer.tool_calls or answer.invalid_tool_calls):
        raise EmptyAnswer("the model answered with neither text nor a tool call")
    metadata = answer.response_metadata
    # OpenAI-compatible servers say why an answer ended; a stream cut short never does.
    if metadata.get("model_provider") == "openai" and not metadata.get("finish_reason"):
        raise TruncatedAnswer("the answer's stream ended before the model finished")


@dataclass
class CallGuard:
    """Guards the calls of one role's model."""

    role: str
    model: str
    policy: RetryPolicy
    usage: Usage
    limiter: LimiterLike | None = None
    remote: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def invoke(self, runnable: Runnable[Any, Any], value: Any, config: RunnableConfig | None) -> Any:
        """Call ``runnable`` on ``value``, retrying transient failures; ModelUnavailable when
        the call cannot succeed."""
        estimate = estimate_tokens(value)
        attempts = 0

        def count_retry(error: BaseException, failed_try: int, wait: float) -> None:
            self.usage.add_retry(self.role, self.model)
            log.warning("%s model %s: %s; try %d of %d failed, next in %.0f s", self.role,
                        self.model, describe(error), failed_try, self.policy.attempts, wait)
            if self.limiter is not None and status_of(error) == 429:
                self.limiter.cool_down(wait)  # every caller of the endpoint waits, not only this one

        try:
            for attempt in retrying(self.policy, remote=self.remote, sleep=self.sleep,
                                    on_retry=count_retry):
                if self.limiter is not None:  # outside the attempt: a lost limiter is not retried
                    self.limiter.acquire(estimate)
                with attempt:
                    attempts += 1
                    answer = runnable.invoke(value, config)
                    check_whole(answer)
        except Exception as exc:
            who = f"{self.role} model {self.model}"
            if isinstance(exc, LimiterLost):
                raise ModelUnavailable(f"{who} was not called: {exc}") from exc
            if is_transient(exc, remote=self.remote):
                raise ModelUnavailable(f"{who} failed after {attempts} "
                                       f"{'try' if attempts == 1 else 'tries'}: {describe(exc)}") from exc
            overflow = overflow_of(exc, status_of(exc))
            if overflow is not None:
                # It quotes the provider's message, which may echo the key (see ModelUnavailable).
                overflow.args = tuple(redact(a) if isinstance(a, str) else a for a in overflow.args)
                raise overflow from exc  # the caller trims the request and sends it again
            if is_provider_error(exc):
                raise ModelUnavailable(f"{who} refused the call (not retried: fix the cause, "
                                       f"then run it again): {describe(exc)}") from exc
            if self.remote and never_sent(exc):
                raise ModelError(redact(f"{who} cannot be called: {describe(exc)}")) from exc
            raise  # an answer that misfits its schema: the caller re-asks
        reported = getattr(answer, "usage_metadata", None)
        self.usage.add(self.role, self.model, reported)
        if self.limiter is not None and reported:
            self.limiter.settle(estimate, int(reported.get("total_tokens", 0)))
        return answer

    def wrap(self, runnable: Runnable[Any, Any]) -> Runnable[Any, Any]:
        """``runnable`` behind this guard. A structured-output chain (model, then parser) is
        guarded at its model step, so the parser's complaints still reach the re-ask loop."""
        if isinstance(runnable, RunnableSequence):
            rest = runnable.steps[1:]
            parser = rest[0] if len(rest) == 1 else RunnableSequence(*rest)
            return self.wrap(runnable.first) | parser

        def call(value: Any, config: RunnableConfig) -> Any:
            return self.invoke(runnable, value, config)

        return RunnableLambda(call, name=f"{self.role}_model")
