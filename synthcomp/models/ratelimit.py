"""Requests-per-minute and tokens-per-minute limits per endpoint, shared by every run in the
process (token buckets; a call reserves its share, then waits out any debt outside the lock)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from synthcomp.models.settings import EndpointLimits


class _Bucket:
    """Holds up to one minute's allowance and refills continuously."""

    def __init__(self, per_minute: float, now: float) -> None:
        self.rate = per_minute / 60.0
        self.capacity = per_minute
        self.level = per_minute
        self.updated = now

    def take(self, amount: float, now: float) -> float:
        """Reserve ``amount``; return the seconds to wait until it is covered."""
        self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
        self.updated = now
        self.level -= amount
        return max(0.0, -self.level / self.rate)


class Limiter:
    """The limits of one endpoint."""

    def __init__(self, limits: EndpointLimits, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.limits = limits
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        now = clock()
        self._requests = _Bucket(limits.rpm, now) if limits.rpm else None
        self._tokens = _Bucket(limits.tpm, now) if limits.tpm else None

    def acquire(self, tokens: int) -> float:
        """Wait until one more request of about ``tokens`` tokens is allowed; return the wait."""
        with self._lock:
            now = self._clock()
            wait = max(self._requests.take(1, now) if self._requests else 0.0,
                       self._tokens.take(tokens, now) if self._tokens else 0.0)
        if wait > 0:
            self._sleep(wait)
        return wait

    def settle(self, estimated: int, actual: int) -> None:
        """Correct the tokens reserved for a call by what it really used."""
        if self._tokens is not None:
            with self._lock:
                self._tokens.level -= actual - estimated


_LIMITERS: dict[str, Limiter] = {}
_REGISTRY_LOCK = threading.Lock()


def limiter_for(endpoint: str, limits: EndpointLimits) -> Limiter | None:
    """The process-wide limiter of ``endpoint`` (None when it has no limits). The first limits
    given for an endpoint hold for the life of the process."""
    if limits.rpm is None and limits.tpm is None:
        return None
    with _REGISTRY_LOCK:
        if endpoint not in _LIMITERS:
            _LIMITERS[endpoint] = Limiter(limits)
        return _LIMITERS[endpoint]
