"""Requests-per-minute and tokens-per-minute limits per endpoint, and the pause every caller of an
endpoint takes after one of them is told 429 (rate limited).

The arithmetic lives in a LimitBook (token buckets per endpoint, under one lock); a limiter asks
a book how long to wait and sleeps in the caller's own thread. The book is in this process by
default (shared by every run in it); a batch installs a limiter source whose books live in one
place for all its workers (synthcomp.models.shared_limits; a Ray actor can host a LimitBook too).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from synthcomp.errors import ModelError
from synthcomp.models.settings import EndpointLimits


class LimiterLost(ModelError):
    """The shared limiter cannot be reached: calling on without it could exceed the endpoint's
    limits for every worker, so the call stops (the guard pauses the run, resumable)."""


class _Bucket:
    """Holds up to one minute's allowance and refills continuously (not before ``updated``)."""

    def __init__(self, per_minute: float, now: float) -> None:
        self.rate = per_minute / 60.0
        self.capacity = per_minute
        self.level = per_minute
        self.updated = now

    def refill(self, now: float) -> None:
        """Add what accrued since the last change (nothing accrues during a cool-down)."""
        if now > self.updated:
            self.level = min(self.capacity, self.level + (now - self.updated) * self.rate)
            self.updated = now

    def take(self, amount: float, now: float) -> float:
        """Reserve ``amount`` at ``now``; return the seconds after ``now`` until it is covered."""
        self.refill(now)
        self.level -= amount
        return max(0.0, -self.level / self.rate)


class Allowance:
    """One endpoint's buckets and cool-down: plain arithmetic on the times given, no lock."""

    def __init__(self, rpm: float | None, tpm: float | None, now: float) -> None:
        self.requests = _Bucket(rpm, now) if rpm else None
        self.tokens = _Bucket(tpm, now) if tpm else None
        self.resume_at = now

    def reserve(self, tokens: int, now: float) -> float:
        """Reserve one request of ``tokens``; the seconds to wait before sending it."""
        start = max(now, self.resume_at)
        wait = max(self.requests.take(1, start) if self.requests else 0.0,
                   self.tokens.take(tokens, start) if self.tokens else 0.0)
        return start - now + wait

    def settle(self, estimated: int, actual: int) -> None:
        """Correct the tokens reserved for a call by what it really used."""
        if self.tokens is not None:
            self.tokens.level -= actual - estimated

    def cool_down(self, seconds: float, now: float) -> None:
        """Send nothing for ``seconds`` from ``now`` (a 429's wait), then start from nearly
        empty buckets (one request, no tokens): the allowance they counted was not there, and
        the calls held meanwhile go out at the endpoint's pace, not all at once."""
        self.resume_at = max(self.resume_at, now + seconds)
        for bucket, left in ((self.requests, 1.0), (self.tokens, 0.0)):
            if bucket is not None:
                bucket.refill(now)
                bucket.level = min(bucket.level, left)
                bucket.updated = max(bucket.updated, self.resume_at)

    def cooling(self, now: float) -> float:
        """Seconds left of the cool-down."""
        return max(0.0, self.resume_at - now)


class LimitBook:
    """The allowances of many endpoints under one lock, on one clock: what a limit server
    hosts (in-process, the batch driver's, a Ray actor). Only durations cross its boundary,
    so its callers' clocks never need to agree with its own. The first limits given for an
    endpoint hold for the life of the book."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._allowances: dict[str, Allowance] = {}

    def add(self, endpoint: str, rpm: float | None, tpm: float | None) -> None:
        """Start counting ``endpoint`` (nothing changes when it is counted already)."""
        with self._lock:
            if endpoint not in self._allowances:
                self._allowances[endpoint] = Allowance(rpm, tpm, self._clock())

    def reserve(self, endpoint: str, tokens: int) -> float:
        """Reserve one request of ``tokens`` on ``endpoint``; the seconds to wait before it."""
        with self._lock:
            return self._allowances[endpoint].reserve(tokens, self._clock())

    def settle(self, endpoint: str, estimated: int, actual: int) -> None:
        """Correct a call's reserved tokens by what it used."""
        with self._lock:
            self._allowances[endpoint].settle(estimated, actual)

    def cool_down(self, endpoint: str, seconds: float) -> None:
        """Hold every call to ``endpoint`` for ``seconds`` (longer holds win)."""
        with self._lock:
            self._allowances[endpoint].cool_down(seconds, self._clock())

    def cooling(self, endpoint: str) -> float:
        """Seconds left of ``endpoint``'s cool-down."""
        with self._lock:
            return self._allowances[endpoint].cooling(self._clock())


class BookLike(Protocol):
    """A LimitBook as its callers see it: in this process, or behind a connection."""

    def add(self, endpoint: str, rpm: float | None, tpm: float | None) -> None: ...
    def reserve(self, endpoint: str, tokens: int) -> float: ...
    def settle(self, endpoint: str, estimated: int, actual: int) -> None: ...
    def cool_down(self, endpoint: str, seconds: float) -> None: ...
    def cooling(self, endpoint: str) -> float: ...


class LimiterLike(Protocol):
    """What a model call's guard needs of a limiter."""

    def acquire(self, tokens: int) -> float: ...
    def settle(self, estimated: int, actual: int) -> None: ...
    def cool_down(self, seconds: float) -> None: ...


class BookLimiter:
    """The limiter of one endpoint counted in ``book``; waits in the caller's thread."""

    def __init__(self, endpoint: str, limits: EndpointLimits, book: BookLike, *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.endpoint, self.limits, self.book, self._sleep = endpoint, limits, book, sleep
        book.add(endpoint, limits.rpm, limits.tpm)

    def acquire(self, tokens: int) -> float:
        """Wait until one more request of about ``tokens`` tokens is allowed; return the wait."""
        waited = 0.0
        wait = self.book.reserve(self.endpoint, tokens)
        while wait > 0:
            self._sleep(wait)
            waited += wait
            # A 429 elsewhere while this call slept holds it too; asked only after a wait, so
            # the usual call (no wait) costs one question to the book.
            wait = self.book.cooling(self.endpoint)
        return waited

    def settle(self, estimated: int, actual: int) -> None:
        """Correct the tokens reserved for a call by what it really used."""
        self.book.settle(self.endpoint, estimated, actual)

    def cool_down(self, seconds: float) -> None:
        """Hold every caller of this endpoint for ``seconds`` (after a 429)."""
        self.book.cool_down(self.endpoint, seconds)


class Limiter(BookLimiter):
    """The limits of one endpoint, counted in a book of its own."""

    def __init__(self, limits: EndpointLimits, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__("", limits, LimitBook(clock), sleep=sleep)


LimiterSource = Callable[[str, EndpointLimits], LimiterLike | None]


class BookSource:
    """A limiter source (see ``set_limiter_source``) whose limiters count in ``book``, one
    BookLimiter per endpoint made on first use: how a worker uses a book that lives elsewhere
    (the batch driver's, a Ray actor's behind a small BookLike adapter)."""

    def __init__(self, book: BookLike) -> None:
        self.book = book
        self._limiters: dict[str, BookLimiter] = {}
        self._lock = threading.Lock()

    def __call__(self, endpoint: str, limits: EndpointLimits) -> BookLimiter:
        """The limiter of ``endpoint`` (the first limits given for it hold)."""
        with self._lock:
            if endpoint not in self._limiters:
                self._limiters[endpoint] = BookLimiter(endpoint, limits, self.book)
            return self._limiters[endpoint]

OFFLINE_ENDPOINT = "offline"  # the offline model's calls never leave the process
_LIMITERS: dict[str, LimiterLike] = {}
_REGISTRY_LOCK = threading.Lock()
_source: LimiterSource | None = None


def set_limiter_source(source: LimiterSource | None) -> None:
    """Make ``limiter_for`` take its limiters from ``source`` (a batch worker's shared ones),
    or again from this process (None). Guards built before keep the limiters they have."""
    global _source
    _source = source


def limiter_for(endpoint: str, limits: EndpointLimits) -> LimiterLike | None:
    """The limiter of ``endpoint``: the installed source's, else the one every run in this
    process shares; None in a process of its own when the endpoint has no limits. With a
    source (a batch's workers) every remote endpoint gets one, limits or not: a 429 one worker
    gets makes every worker wait. The first limits given for an endpoint hold for the life of
    the process (or of the source's book)."""
    source = _source
    if source is not None and endpoint != OFFLINE_ENDPOINT:
        return source(endpoint, limits)
    if limits.rpm is None and limits.tpm is None:
        return None
    with _REGISTRY_LOCK:
        if endpoint not in _LIMITERS:
            _LIMITERS[endpoint] = Limiter(limits)
        return _LIMITERS[endpoint]
