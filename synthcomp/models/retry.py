"""Which model-call failures are worth another try, and how long to wait before it.

Transient: HTTP 408/409/425/429/5xx, timeouts, dropped or reset connections, streams cut short,
empty answers and unparseable response bodies from a remote model. Anything else that a provider
raises (401 bad key, 404 unknown model, 400 bad request) is final: retrying cannot help.
"""

from __future__ import annotations

import email.utils
import sys
import time
from collections.abc import Callable
from typing import Any

from langchain_core.exceptions import OutputParserException
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential_jitter,
)

from synthcomp.models.settings import RetryPolicy

TRANSIENT_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})


class EmptyAnswer(Exception):
    """The model answered with neither text nor a tool call."""


class TruncatedAnswer(Exception):
    """The answer's stream ended before the model said it was finished."""


def network_errors() -> tuple[type[BaseException], ...]:
    """Connection and timeout errors of the HTTP stacks providers use. Only stacks already
    imported count: a client that was never loaded raised nothing (and importing openai just
    to name its errors would slow every offline command)."""
    found: list[type[BaseException]] = [TimeoutError, ConnectionError]
    for module_name, name in (("openai", "APIConnectionError"), ("httpx", "TransportError"),
                              ("httpx2", "TransportError")):
        error = getattr(sys.modules.get(module_name), name, None)
        if isinstance(error, type) and issubclass(error, BaseException):
            found.append(error)
    return tuple(found)


def status_of(exc: BaseException) -> int | None:
    """The HTTP status an exception carries, if any."""
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def is_transient(exc: BaseException, *, remote: bool = True) -> bool:
    """Whether another try of the same call may succeed. ``remote`` models also get retried on
    a malformed response body (a proxy's error page), which for the offline model is a bug."""
    if isinstance(exc, (EmptyAnswer, TruncatedAnswer)):
        return True
    status = status_of(exc)
    if status is not None:
        return status in TRANSIENT_STATUS
    if isinstance(exc, network_errors()):
        return True
    return remote and isinstance(exc, (ValueError, KeyError, TypeError)) and not isinstance(
        exc, OutputParserException)


def is_provider_error(exc: BaseException) -> bool:
    """Whether the exception is a provider's refusal (an HTTP status), as opposed to a bug."""
    return status_of(exc) is not None


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After or retry-after-ms), if it did."""
    headers: Any = getattr(getattr(exc, "response", None), "headers", None)
    if not headers:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def describe(exc: BaseException) -> str:
    """One line naming a failure, for the run folder and the terminal."""
    status = status_of(exc)
    text = (str(exc).strip().splitlines() or [""])[0][:200]
    kind = type(exc).__name__
    if status is not None:
        return f"HTTP {status}{': ' + text if text else ''}"
    return f"{kind}{': ' + text if text else ''}"


def retrying(policy: RetryPolicy, *, remote: bool, sleep: Callable[[float], None] = time.sleep,
             on_retry: Callable[[BaseException], None] | None = None) -> Retrying:
    """A tenacity loop for one model call: exponential backoff with jitter, or the server's
    Retry-After when it gives one; at most ``policy.attempts`` tries within ``policy.budget``
    seconds; the last error is re-raised."""
    backoff = wait_exponential_jitter(multiplier=policy.initial_wait, max=policy.max_wait,
                                      jitter=policy.initial_wait)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = retry_after(error) if error else None
        return min(asked, policy.budget) if asked is not None else backoff(state)

    def before_sleep(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        if on_retry and error:
            on_retry(error)

    return Retrying(
        stop=stop_after_attempt(policy.attempts) | stop_before_delay(policy.budget),
        wait=wait,
        retry=retry_if_exception(lambda exc: is_transient(exc, remote=remote)),
        sleep=sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
