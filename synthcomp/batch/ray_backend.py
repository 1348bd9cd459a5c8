"""The Ray backend: the batch's jobs run in W Ray actors, on this machine (a local Ray started
for the batch) or across a cluster (``--ray-address``). Each actor is a worker like a local
backend's process: it sets itself up once (shared rate limits, the PostgreSQL pool) and runs up
to C jobs at once in threads, so model waits overlap while the actors spread the CPU work.

The driver hands a job to the least busy actor whenever one has a free thread (so a slow
computer never holds back a queue of others). An actor keeps its jobs' events (stages, progress
and, last, the result) in a buffer the driver drains a few times a second; the driver passes
them on in its own thread, in the order each actor made them. An actor that dies (its process
killed, its node lost) fails only its own jobs, with the reason; a new actor takes its place.

Every job reads and writes the batch's folder: on a cluster, every node needs the same
synthcomp installed and the --out folder on a shared filesystem mounted at the same path (see
the README, "On a Ray cluster")."""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from synthcomp.batch.pipeline import run_job
from synthcomp.batch.spec import BatchSpec, Job
from synthcomp.batch.worker_setup import WorkerSetup
from synthcomp.errors import InputError, first_line
from synthcomp.models.ratelimit import BookSource, LimitBook, LimiterLost, set_limiter_source

Events = Callable[[dict[str, Any]], None]
POLL_SECONDS = 0.25  # how often the driver drains the actors' events when no job ends
DRAIN_TIMEOUT = 30.0  # an actor that does not answer a drain for this long is skipped this round
PROBE_SECONDS = 3.0  # a cluster address that does not accept a connection this fast is down
GCS_PORT, CLIENT_PORT = 6379, 10001  # Ray's default ports: `ray start --head` and Ray Client
RESTARTS_PER_WORKER = 2  # new actors started for dead ones, per worker slot, in one round
BOOK_TIMEOUT = 30.0  # the limits' actor answers in microseconds: this long means it is gone
log = logging.getLogger("synthcomp")


def check_ray(address: str | None) -> None:
    """Raise InputError (one line) when Ray is not installed, or when the cluster at
    ``address`` does not answer within a few seconds (Ray itself retries for minutes)."""
    try:
        import ray  # noqa: F401
    except ImportError as exc:
        raise InputError(f"--backend ray needs the ray package ({first_line(exc)}): pip install ray") from exc
    if not address or address == "local":
        return
    resolved = _resolved(address)
    host, port = _host_port(resolved)
    try:
        with socket.create_connection((host, port), timeout=PROBE_SECONDS):
            pass
    except OSError as exc:
        why = "no answer" if isinstance(exc, TimeoutError) else (exc.strerror or first_line(exc))
        raise InputError(f"the Ray cluster at {address} does not answer ({host}:{port}: {why}); start its "
                         "head with `ray start --head` or check --ray-address; nothing was started") from exc
    # A port that takes connections may be another server (or a proxy that takes them all):
    # ask it a question only Ray answers.
    answer = _ray_answer(resolved, host, port)
    if answer == "not ray":
        raise InputError(f"{host}:{port} answers, but not as a Ray cluster (--ray-address {address}): give "
                         "the head's GCS address (host:6379) or its Ray Client address (ray://host:10001)")
    explicit = address != "auto"  # Ray turns token auth on by itself only for a cluster it finds
    if answer == "token" and explicit and os.environ.get("RAY_AUTH_MODE", "").lower() != "token":
        # Without this line ray.init would retry for a minute, then fail.
        raise InputError(f"the Ray cluster at {address} asks for its token: export RAY_AUTH_MODE=token, "
                         "with the token in ~/.ray/auth_token or RAY_AUTH_TOKEN (as on its head)")


def _ray_answer(address: str, host: str, port: int) -> str:
    """How the gRPC server at host:port answers a question to Ray's GCS (or, for ray://, to
    Ray Client): "ray", "token" (Ray, asking who we are) or "not ray" (no such method, or no
    answer at all)."""
    import grpc

    method = ("/ray.rpc.RayletDriver/ClusterInfo" if address.startswith("ray://")
              else "/ray.rpc.NodeInfoGcsService/GetClusterId")
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    with grpc.insecure_channel(target) as channel:
        try:
            channel.unary_unary(method)(b"", timeout=PROBE_SECONDS)
        except grpc.RpcError as exc:
            code = exc.code() if isinstance(exc, grpc.Call) else None
            if code == grpc.StatusCode.UNAUTHENTICATED:
                return "token"
            if code in (grpc.StatusCode.UNIMPLEMENTED, grpc.StatusCode.UNAVAILABLE,
                        grpc.StatusCode.DEADLINE_EXCEEDED, None):
                return "not ray"
    return "ray"


def _resolved(address: str) -> str:
    """``address``, or for 'auto' the cluster `ray start` last started on this machine."""
    if address != "auto":
        return address
    from ray._private.services import get_ray_address_from_environment

    try:
        found = get_ray_address_from_environment("auto", None)
    except ConnectionError as exc:
        raise InputError("--ray-address auto: no Ray cluster runs on this machine (start one with "
                         "`ray start --head`)") from exc
    return str(found)


def _host_port(address: str) -> tuple[str, int]:
    """The host and port of a Ray address: ray://host[:10001] (Ray Client) or host[:6379]."""
    client = address.startswith("ray://")
    parts = urlsplit(address if "://" in address else f"//{address}")
    try:
        port = parts.port
    except ValueError as exc:
        raise InputError(f"--ray-address {address}: not a host:port ({exc})") from exc
    if not parts.hostname:
        raise InputError(f"--ray-address {address}: no host in it (give host:6379 or ray://host:10001)")
    return parts.hostname, port or (CLIENT_PORT if client else GCS_PORT)


class _Worker:
    """A Ray actor: runs jobs in its threads (Ray calls ``run`` concurrently, up to the actor's
    max_concurrency) and buffers their events for the driver's ``drain``."""

    def __init__(self, spec: BatchSpec, setup: WorkerSetup, threads: int, book: Any = None) -> None:
        # The driver's limits server listens on 127.0.0.1, which a worker on another node cannot
        # reach: on Ray the shared limits are the book actor's.
        (setup if book is None else replace(setup, limits=None)).apply(threads)
        if book is not None:
            set_limiter_source(BookSource(RayBook(book)))
        self.spec = spec
        self._events: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._where = {"pid": os.getpid(), "node": socket.gethostname()}

    def _send(self, event: dict[str, Any]) -> None:
        with self._lock:
            self._events.append({**event, **self._where})

    def run(self, job: Job) -> str:
        """Run ``job``; its result is its last buffered event (so the driver sees it after
        the job's other events)."""
        self._send({"key": job.key, "kind": "started"})
        try:
            result = run_job(job, self.spec, self._send)
        except BaseException as exc:  # run_job catches the job's failures; this is a bug's
            result = {"key": job.key, "status": "failed", "error": f"worker: {first_line(exc)}"}
        self._send({"key": job.key, "kind": "result", "result": result})
        return job.key

    def drain(self) -> list[dict[str, Any]]:
        """The events buffered since the last drain, oldest first."""
        with self._lock:
            events, self._events = self._events, []
        return events


class _BookActor:
    """A Ray actor holding the batch's LimitBook: every worker, on every node, counts its model
    calls and 429 cool-downs here."""

    def __init__(self) -> None:
        self.book = LimitBook()

    def call(self, name: str, *args: Any) -> Any:
        """One LimitBook method's answer."""
        return getattr(self.book, name)(*args)


class RayBook:
    """The book actor as a worker's limiters see it (a BookLike). When the actor is gone (the
    driver died) a call raises LimiterLost: the guard pauses the run rather than let each
    worker go on at the full limit."""

    def __init__(self, actor: Any) -> None:
        self.actor = actor

    def _call(self, name: str, *args: Any, answer: bool = True) -> Any:
        import ray
        from ray.exceptions import RayError

        try:
            pending = self.actor.call.remote(name, *args)
            return ray.get(pending, timeout=BOOK_TIMEOUT) if answer else None
        except RayError as exc:
            raise LimiterLost(f"the batch's shared rate limits (a Ray actor) cannot be reached "
                              f"({first_line(exc)}); stopping rather than exceeding the endpoint's "
                              "limits") from exc

    def add(self, endpoint: str, rpm: float | None, tpm: float | None) -> None:
        """Start counting ``endpoint``."""
        self._call("add", endpoint, rpm, tpm)

    def reserve(self, endpoint: str, tokens: int) -> float:
        """Reserve one request of ``tokens``; the seconds to wait before it."""
        return float(self._call("reserve", endpoint, tokens))

    def settle(self, endpoint: str, estimated: int, actual: int) -> None:
        """Correct a call's tokens (not waited on: a lost book shows at the next reserve)."""
        with suppress(LimiterLost):
            self._call("settle", endpoint, estimated, actual, answer=False)

    def cool_down(self, endpoint: str, seconds: float) -> None:
        """Hold every worker's calls to ``endpoint`` for ``seconds``."""
        self._call("cool_down", endpoint, seconds)

    def cooling(self, endpoint: str) -> float:
        """Seconds left of ``endpoint``'s cool-down."""
        return float(self._call("cooling", endpoint))


def book_actor() -> Any:
    """A new book actor (on the connected Ray; it takes no CPU and ends with the driver)."""
    import ray

    return ray.remote(_BookActor).options(num_cpus=0).remote()


class RayBackend:
    """Runs jobs in Ray actors: a local Ray it starts (and stops), or the cluster at ``address``."""

    def __init__(self, setup: WorkerSetup | None = None, address: str | None = None) -> None:
        self.setup = setup or WorkerSetup()
        self.address = address

    def run(self, jobs: list[Job], spec: BatchSpec, events: Events) -> None:
        """Run every job once, calling ``events`` (in this thread) with each job's events and
        its result; return when every job has its result."""
        if not jobs:
            return
        import ray

        started = self._connect(spec)
        try:
            _Round(jobs, spec, events, self.setup).run()
        finally:
            if started:  # a cluster we joined stays up; a Ray we started goes with the batch
                ray.shutdown()

    def _connect(self, spec: BatchSpec) -> bool:
        """Join the cluster, or start a local Ray; whether this backend started it."""
        import ray

        if ray.is_initialized():
            return False  # the calling program's own Ray: use it as it is
        # No usage report from a batch, and Ray's info lines would break the live display.
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        quiet: dict[str, Any] = {"ignore_reinit_error": True, "logging_level": logging.WARNING,
                                 "log_to_driver": True}
        if self.address and self.address != "local":
            try:
                ray.init(address=_resolved(self.address), **quiet)
            except (ConnectionError, RuntimeError) as exc:
                # Ray's reason may be on the message's second line: all of it, on one.
                why = " ".join(str(exc).split())[:400] or type(exc).__name__
                raise InputError(f"cannot join the Ray cluster at {self.address}: {why}") from exc
            return False
        # Ray turns token authentication on for a local start (good) and warns that it did,
        # which the batch's display need not show.
        auth = logging.getLogger("ray._private.authentication.authentication_token_setup")
        level = auth.level
        auth.setLevel(logging.ERROR)
        try:
            # "local", not None: None would join a cluster `ray start` left on this machine,
            # with other resources than the batch asked for.
            ray.init(address="local", num_cpus=max(spec.workers, 1), include_dashboard=False, **quiet)
        finally:
            auth.setLevel(level)
        return True


class _Round:
    """One backend.run: the actors, the jobs not yet handed out, and those running where."""

    def __init__(self, jobs: list[Job], spec: BatchSpec, events: Events, setup: WorkerSetup) -> None:
        self.spec, self.events, self.setup = spec, events, setup
        self.count = min(max(spec.workers, 1), len(jobs))
        self.threads = min(spec.concurrency, -(-len(jobs) // self.count))
        self.pending = deque(jobs)
        self.open: dict[str, int] = {}  # key of a job handed out, no result yet -> its slot
        self.running: dict[Any, tuple[int, Job]] = {}  # run() call not returned -> slot, job
        self.load = [0] * self.count
        self.restarts = [RESTARTS_PER_WORKER] * self.count
        # Shared limits asked for (a remote model, many workers): a book every node reaches.
        self.book = book_actor() if setup.limits is not None else None
        self.actors: list[Any] = [self._actor() for _ in range(self.count)]

    def _actor(self) -> Any:
        import ray

        cls = ray.remote(_Worker).options(
            # +1: a drain is answered while every thread runs a job.
            num_cpus=1, max_concurrency=self.threads + 1,
            scheduling_strategy="SPREAD", max_restarts=0)
        return cls.remote(self.spec, self.setup, self.threads, self.book)

    def run(self) -> None:
        """Hand out the jobs and pass their events on until each has its result."""
        import ray

        self._warn_if_short_of_cpus()
        try:
            self._loop()
        finally:
            for actor in [*self.actors, self.book]:
                if actor is not None:  # a cluster outlives the batch: its actors do not
                    ray.kill(actor)

    def _loop(self) -> None:
        import ray

        while self.pending or self.open:
            self._dispatch()
            calls = list(self.running)
            if calls:
                ray.wait(calls, num_returns=1, timeout=POLL_SECONDS)  # back early when a job ends
                ended, _ = ray.wait(calls, num_returns=len(calls), timeout=0)
            else:
                time.sleep(POLL_SECONDS)
                ended = []
            for slot in range(self.count):  # before the ended calls: their results are in here
                if self.actors[slot] is not None:
                    self._drain(slot)
            for call in ended:
                if call in self.running:
                    self._ended(call)

    def _dispatch(self) -> None:
        """Give pending jobs to the least busy live actors with a free thread."""
        while self.pending:
            free = [s for s in range(self.count)
                    if self.actors[s] is not None and self.load[s] < self.threads]
            if not free:
                if not any(actor is not None for actor in self.actors):
                    while self.pending:  # every worker died for good: the rest cannot run here
                        self._fail(self.pending.popleft().key, "no Ray worker left to run it")
                return
            slot = min(free, key=self.load.__getitem__)
            job = self.pending.popleft()
            self.running[self.actors[slot].run.remote(job)] = (slot, job)
            self.open[job.key] = slot
            self.load[slot] += 1

    def _drain(self, slot: int) -> None:
        import ray
        from ray.exceptions import GetTimeoutError, RayActorError

        try:
            drained = ray.get(self.actors[slot].drain.remote(), timeout=DRAIN_TIMEOUT)
        except GetTimeoutError:
            return  # a busy or far node: next round
        except RayActorError as exc:
            self._lost(slot, exc)
            return
        for event in drained:
            if event["kind"] == "result" and self.open.pop(event["key"], None) is None:
                continue  # already failed as lost
            self.events(event)

    def _ended(self, call: Any) -> None:
        """A run() call returned: its thread is free (its result came with the drain), or its
        actor died."""
        import ray
        from ray.exceptions import RayActorError

        slot, job = self.running.pop(call)
        self.load[slot] -= 1
        try:
            ray.get(call)
        except RayActorError as exc:
            self._lost(slot, exc)
        except Exception as exc:  # a Ray failure of this one call
            if self.open.pop(job.key, None) is not None:
                self._fail(job.key, f"ray: {first_line(exc)}")

    def _lost(self, slot: int, exc: BaseException) -> None:
        """The actor in ``slot`` died: each of its jobs still without a result fails with the
        reason (a re-run resumes them from their checkpoints), a new actor takes the slot."""
        reason = _death(exc)
        for call, (where, _job) in list(self.running.items()):
            if where == slot:
                del self.running[call]
        self.load[slot] = 0
        for key in [key for key, where in self.open.items() if where == slot]:
            del self.open[key]
            self._fail(key, f"Ray worker died: {reason}")
        log.warning("a Ray worker died (%s)", reason)
        if self.restarts[slot] > 0:
            self.restarts[slot] -= 1
            self.actors[slot] = self._actor()
        else:
            self.actors[slot] = None

    def _fail(self, key: str, error: str) -> None:
        self.events({"key": key, "kind": "result",
                     "result": {"key": key, "status": "failed", "error": error}})

    def _warn_if_short_of_cpus(self) -> None:
        """Each actor takes one CPU: more workers than the cluster's CPUs would wait forever."""
        import ray

        cpus = int(ray.cluster_resources().get("CPU", 0))
        if cpus < self.count:
            log.warning("the Ray cluster has %d CPU(s) for %d workers: the others wait until CPUs free up",
                        cpus, self.count)


def _death(exc: BaseException) -> str:
    """Why an actor died, in one line: Ray's message is a paragraph (with a traceback when the
    actor's setup raised) whose useful part is not its first line."""
    text = str(exc)
    if "error raised in its creation task" in text:
        raised = [line for line in text.splitlines() if re.match(r"[\w.]+(Error|Exception|Exit)\w*: ", line)]
        return f"its setup failed: {raised[-1] if raised else first_line(exc)}"[:300]
    pid, ip = re.search(r"\bpid: (\d+)", text), re.search(r"\bip: (\S+)", text)
    detail = re.search(r"Worker exit detail: (.*?)(?: Some common causes|\n|$)", text)
    if pid is None and detail is None:
        return first_line(exc)
    where = f"pid {pid.group(1)}" + (f" on {ip.group(1)}" if ip else "") if pid else ""
    why = detail.group(1).strip() if detail else ""
    return f"its process died ({'; '.join(part for part in (where, why) if part)})"[:300]
