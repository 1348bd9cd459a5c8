"""Rate limits shared by every worker process of a batch on this machine.

The batch driver serves one LimitBook on 127.0.0.1 (``serve_limits``); each worker process
calls ``use_shared_limits(address)`` once at start, and from then on every model call of every
run in it reserves its share in the driver's book. The server only does the arithmetic under
its lock and answers with a wait; the caller sleeps in its own thread. A call costs one round
trip (settling its tokens afterwards is a message without an answer).

When the server cannot be reached (the driver is gone, or hangs), a call raises LimiterLost
instead of falling back to a limit of its own: W workers each at the full limit would exceed it
W times over, and a worker left behind by a killed driver should stop, not go on unwatched. The
guard turns LimiterLost into ModelUnavailable, so the run pauses, resumable.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import threading
from dataclasses import dataclass, field
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Connection, Listener, answer_challenge, deliver_challenge
from typing import Any

from synthcomp.models.ratelimit import BookSource, LimitBook, LimiterLost, set_limiter_source

# How long a caller waits for the book's answer before calling it lost: its arithmetic takes
# microseconds, so only a server that is gone or stopped takes this long.
ANSWER_TIMEOUT = 30.0
_NO_ANSWER = frozenset({"settle"})  # messages the caller does not wait on
_METHODS = frozenset({"add", "reserve", "settle", "cool_down", "cooling", "ping"})


@dataclass(frozen=True)
class LimitsAddress:
    """Where a worker finds the driver's limits; picklable, passed to each worker at start."""

    host: str
    port: int
    authkey: bytes = field(repr=False)

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def _no_delay(conn: Connection) -> None:
    """Send small messages at once: a settle (no answer) followed by a reserve would otherwise
    wait for the delayed ACK of the first (Nagle), about 40 ms."""
    with contextlib.suppress(OSError), socket.socket(fileno=os.dup(conn.fileno())) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class SharedLimits:
    """The driver's side: a LimitBook served to the workers until ``close``."""

    def __init__(self, book: LimitBook | None = None, host: str = "127.0.0.1") -> None:
        self.book = book or LimitBook()
        self._authkey = authkey = secrets.token_bytes(32)
        # The key is checked in each connection's thread, not while accepting (Listener's own
        # check would hold every other worker behind one slow handshake); a backlog of one,
        # Listener's default, drops the connections of threads that start together.
        self._listener = Listener((host, 0), backlog=socket.SOMAXCONN)
        bound_host, port = self._listener.address
        self.address = LimitsAddress(bound_host, port, authkey)
        self._closed = threading.Event()
        self._connections: set[Connection] = set()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, name="shared-limits", daemon=True).start()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn = self._listener.accept()
            except OSError:
                self._closed.wait(0.05)  # closed, or out of descriptors: never spin
                continue
            _no_delay(conn)
            with self._lock:
                if self._closed.is_set():
                    conn.close()
                    return
                self._connections.add(conn)
            threading.Thread(target=self._serve, args=(conn,), name="shared-limits-conn",
                             daemon=True).start()

    def _serve(self, conn: Connection) -> None:
        """Answer one worker connection's messages in order until it closes."""
        try:
            deliver_challenge(conn, self._authkey)
            answer_challenge(conn, self._authkey)
            while True:
                name, args = conn.recv()
                try:
                    if name not in _METHODS:
                        raise ValueError(f"no such call: {name!r}")
                    result: Any = ("ok", None if name == "ping" else getattr(self.book, name)(*args))
                except Exception as exc:  # the caller raises it, this connection goes on
                    result = ("error", f"{type(exc).__name__}: {exc}")
                if name not in _NO_ANSWER:
                    conn.send(result)
        except (OSError, EOFError, AuthenticationError):
            pass  # the worker closed it, the server is closing, or a caller without the key
        finally:
            with self._lock:
                self._connections.discard(conn)
            conn.close()

    def close(self) -> None:
        """Stop serving: the workers' next calls raise LimiterLost."""
        if self._closed.is_set():
            return
        self._closed.set()
        with self._lock:
            connections = list(self._connections)
        # shutdown wakes the threads blocked reading these sockets (close alone does not).
        for conn in connections:
            with contextlib.suppress(OSError), socket.socket(fileno=os.dup(conn.fileno())) as sock:
                sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError), socket.create_connection(self._listener.address, timeout=1):
            pass  # wakes the accept thread, which then sees it is closed
        self._listener.close()

    def __enter__(self) -> SharedLimits:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve_limits(book: LimitBook | None = None) -> SharedLimits:
    """Serve ``book`` (a new one by default) to this machine's workers, from threads of this
    process; use it as a context manager and pass its ``.address`` to each worker."""
    return SharedLimits(book)


class RemoteBook:
    """The driver's LimitBook seen from a worker: the BookLike a BookLimiter asks. Threads
    borrow a connection from a small pool for one message, so a worker holds as many
    connections as it ever has messages in flight at once, not one per thread."""

    def __init__(self, address: LimitsAddress, timeout: float = ANSWER_TIMEOUT) -> None:
        self.address, self.timeout = address, timeout
        self._idle: list[Connection] = []
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def _lost(self, exc: BaseException) -> LimiterLost:
        why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return LimiterLost(f"the batch's shared rate limits at {self.address} cannot be reached "
                           f"({why}); stopping rather than exceeding the endpoint's limits")

    def _borrow(self) -> Connection:
        with self._lock:
            if self._pid != os.getpid():  # a forked child: its parent's sockets are not its own
                self._idle, self._pid = [], os.getpid()
            if self._idle:
                return self._idle.pop()
        conn = Client((self.address.host, self.address.port), authkey=self.address.authkey)
        _no_delay(conn)
        return conn

    def _call(self, name: str, *args: Any) -> Any:
        try:
            conn = self._borrow()
        except (OSError, EOFError, AuthenticationError) as exc:
            raise self._lost(exc) from exc
        try:
            conn.send((name, args))
            if name in _NO_ANSWER:
                answer: Any = ("ok", None)
            elif conn.poll(self.timeout):
                answer = conn.recv()
            else:
                raise TimeoutError(f"no answer in {self.timeout:.0f} s")
        except BaseException as exc:
            conn.close()  # an answer may still be on its way: the connection is out of step
            if isinstance(exc, (OSError, EOFError)):
                raise self._lost(exc) from exc
            raise
        with self._lock:
            self._idle.append(conn)
        status, value = answer
        if status != "ok":
            raise LimiterLost(f"the batch's shared rate limits at {self.address} refused {name}: {value}")
        return value

    def add(self, endpoint: str, rpm: float | None, tpm: float | None) -> None:
        """Start counting ``endpoint`` in the driver's book."""
        self._call("add", endpoint, rpm, tpm)

    def reserve(self, endpoint: str, tokens: int) -> float:
        """Reserve one request of ``tokens``; the seconds to wait before it."""
        return float(self._call("reserve", endpoint, tokens))

    def settle(self, endpoint: str, estimated: int, actual: int) -> None:
        """Correct a call's reserved tokens by what it used (not waited on, and never fatal:
        a server that is gone is reported by the next reserve)."""
        with contextlib.suppress(LimiterLost):
            self._call("settle", endpoint, estimated, actual)

    def cool_down(self, endpoint: str, seconds: float) -> None:
        """Hold every worker's calls to ``endpoint`` for ``seconds``."""
        self._call("cool_down", endpoint, seconds)

    def cooling(self, endpoint: str) -> float:
        """Seconds left of ``endpoint``'s cool-down."""
        return float(self._call("cooling", endpoint))

    def ping(self) -> None:
        """Prove the address and the key (LimiterLost when they do not answer)."""
        self._call("ping")

    def close(self) -> None:
        """Close the idle connections (those in use close when their message is done)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


def use_shared_limits(address: LimitsAddress) -> None:
    """Count this process's model calls in the driver's limits at ``address``. Call it once at
    worker start, before any run builds its models; LimiterLost when the driver does not answer,
    so a worker given a wrong address stops at once."""
    book = RemoteBook(address)
    book.ping()
    set_limiter_source(BookSource(book))
