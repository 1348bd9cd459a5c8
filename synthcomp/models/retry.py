"""Which model-call failures are worth another try, and how long to wait before it.

Transient: HTTP 408/409/425/429/5xx, timeouts, dropped or reset connections, streams cut short,
empty answers, and a response or stream that could not be read (a proxy's error page, a body
cut short, a broken SSE event). Final: a provider's refusal (400 bad request, 401 bad key, 404
unknown model). Neither: an answer that does not fit the schema asked for (the caller re-asks
with the problem named) and a call never sent (a bad option: a clear error, not a retry).
"""

from __future__ import annotations

import email.utils
import sys
import time
from collections.abc import Callable
from typing import Any

from langchain_core.exceptions import OutputParserException
from pydantic import ValidationError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential,
    wait_random,
)

from synthcomp.errors import first_line
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


def _response_status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def status_of(exc: BaseException) -> int | None:
    """The HTTP error status an exception carries (400 and up), if any."""
    status = _response_status(exc)
    return status if status is not None and status >= 400 else None


def never_sent(exc: BaseException) -> bool:
    """Whether the call failed before any request left: the client refused its own arguments
    (an option it does not know), which no retry can change."""
    text = str(exc)
    return isinstance(exc, TypeError) and ("keyword argument" in text or "positional argument" in text)


def misfit_answer(exc: BaseException) -> bool:
    """Whether the model answered, but not in the shape asked for (re-ask, do not retry)."""
    return isinstance(exc, (ValidationError, OutputParserException))


def is_transient(exc: BaseException, *, remote: bool = True) -> bool:
    """Whether another try of the same call may succeed.

    For a ``remote`` model anything but a refusal, a misfit answer or a call never sent is
    worth another try: a body or stream that could not be read fails in many places (the SDK's
    SSE decoder, its parsers, LangChain's stream assembly) and in many types. From the offline
    model such an error is a bug, and only network errors count."""
    if isinstance(exc, (EmptyAnswer, TruncatedAnswer)):
        return True
    status = status_of(exc)
    if status is not None:
        return status in TRANSIENT_STATUS
    if isinstance(exc, network_errors()):
        return True
    return remote and not misfit_answer(exc) and not never_sent(exc)


def is_provider_error(exc: BaseException) -> bool:
    """Whether the exception is a provider's refusal (an HTTP error status)."""
    return status_of(exc) is not None


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After or retry-after-ms), if it said so in a
    form we can read; None sends the caller back to its own backoff."""
    headers: Any = getattr(getattr(exc, "response", None), "headers", None)
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if not value:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            try:
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
            except (ValueError, TypeError):
                continue
        if seconds > 0:
            return seconds
    return None


def describe(exc: BaseException) -> str:
    """One line naming a failure, for the run folder and the terminal; a connection that
    failed names the URL it tried (a wrong base_url is the usual cause)."""
    status = status_of(exc)
    text = first_line(exc, 200) if str(exc).strip() else ""
    label = f"HTTP {status}" if status is not None else type(exc).__name__
    line = f"{label}: {text}" if text else label
    url = _url_of(exc) if status is None else None
    return f"{line} ({url})" if url and url not in line else line


def _url_of(exc: BaseException) -> str | None:
    """The URL of the request a client error carries (openai's and httpx's errors do)."""
    for error in (exc, exc.__cause__, exc.__context__):
        try:
            request = getattr(error, "request", None)
        except RuntimeError:  # httpx raises when an error has no request attached
            continue
        url = getattr(request, "url", None)
        if url is not None:
            return str(url)
    return None


def retrying(policy: RetryPolicy, *, remote: bool, sleep: Callable[[float], None] = time.sleep,
             on_retry: Callable[[BaseException, int, float], None] | None = None) -> Retrying:
    """A tenacity loop for one model call: exponential backoff with jitter, or the server's
    Retry-After when it gives one; at most ``policy.attempts`` tries within ``policy.budget``
    seconds; the last error is re-raised. ``on_retry`` gets the error, the number of the try
    that failed and the seconds until the next."""
    backoff = (wait_exponential(multiplier=policy.initial_wait, max=policy.max_wait)
               + wait_random(0, policy.initial_wait))

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        asked = retry_after(error) if error else None
        return min(asked, policy.budget) if asked is not None else backoff(state)

    def before_sleep(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        if on_retry and error:
            on_retry(error, state.attempt_number, state.next_action.sleep if state.next_action else 0.0)

    return Retrying(
        stop=stop_after_attempt(policy.attempts) | stop_before_delay(policy.budget),
        wait=wait,
        retry=retry_if_exception(lambda exc: is_transient(exc, remote=remote)),
        sleep=sleep,
        before_sleep=before_sleep,
        reraise=True,
    )
