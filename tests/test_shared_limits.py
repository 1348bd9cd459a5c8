"""Rate limits and 429 pauses that hold across the worker processes of a batch: real spawned
processes sharing the driver's limits over loopback, and the same rules in one process."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.messages import HumanMessage
from langchain_core.runnables import RunnableLambda
from support.fault_server import Fault, FaultServer

from synthcomp.models import load_chat_model
from synthcomp.models.calls import RoleModel
from synthcomp.models.guard import CallGuard, ModelUnavailable
from synthcomp.models.ratelimit import (
    BookSource,
    LimitBook,
    Limiter,
    LimiterLost,
    limiter_for,
    set_limiter_source,
)
from synthcomp.models.settings import EndpointLimits, ModelConfig, ModelSettings, RetryPolicy
from synthcomp.models.shared_limits import LimitsAddress, serve_limits, use_shared_limits
from synthcomp.models.usage import Usage

ENDPOINT = "http://limited.test/v1"
SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture(autouse=True)
def _own_limits() -> Iterator[None]:
    """A test that installs shared limits in this process takes them out again."""
    yield
    set_limiter_source(None)


def _fake_time() -> tuple[list[float], list[float], dict[str, Any]]:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    return now, waits, {"clock": lambda: now[0], "sleep": sleep}


# ---- in one process -------------------------------------------------------------------------

def test_a_cool_down_holds_every_call_then_restarts_at_the_endpoints_pace() -> None:
    now, waits, timing = _fake_time()
    limiter = Limiter(EndpointLimits(rpm=60), **timing)
    limiter.acquire(1)
    limiter.cool_down(5.0)
    limiter.cool_down(2.0)  # a shorter pause never cuts a longer one
    assert limiter.acquire(1) == pytest.approx(5.0)  # then nearly empty buckets: one a second
    assert limiter.acquire(1) == pytest.approx(1.0)
    assert now[0] == pytest.approx(6.0) and len(waits) == 2


def test_a_call_already_waiting_also_waits_out_a_later_cool_down() -> None:
    _, waits, timing = _fake_time()
    limiter = Limiter(EndpointLimits(rpm=60), **timing)

    def sleep(seconds: float) -> None:
        timing["sleep"](seconds)
        if len(waits) == 1:  # while this call slept its turn, another was told 429
            limiter.cool_down(10.0)

    limiter._sleep = sleep
    for _ in range(60):
        limiter.acquire(1)
    limiter.acquire(1)
    assert waits == [pytest.approx(1.0), pytest.approx(10.0)]


def test_threads_of_one_process_share_a_cool_down() -> None:
    limiter = Limiter(EndpointLimits(rpm=6000))
    limiter.cool_down(0.4)
    took: list[float] = []

    def call() -> None:
        started = time.monotonic()
        limiter.acquire(1)
        took.append(time.monotonic() - started)

    threads = [threading.Thread(target=call) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(took) == 3 and min(took) >= 0.35


class _Spy(Limiter):
    def __init__(self) -> None:
        super().__init__(EndpointLimits(rpm=6000), sleep=lambda seconds: None)
        self.cooled: list[float] = []

    def cool_down(self, seconds: float) -> None:
        self.cooled.append(seconds)


def test_a_429_cools_the_whole_endpoint_down_for_the_wait_the_retry_takes(server: FaultServer) -> None:
    spy, waits = _Spy(), []
    guard = CallGuard(role="user", model="openai:test", usage=Usage(lambda name: None),
                      policy=RetryPolicy(attempts=4, initial_wait=0.5, budget=60.0),
                      limiter=spy, sleep=waits.append)
    model = guard.wrap(load_chat_model("openai:test", settings=ModelSettings(timeout=1.0)))
    server.script = [Fault("status", 429, {"Retry-After": "3"}), Fault("status", 503),
                     Fault("status", 429)]
    assert model.invoke([HumanMessage("hello")]).content == "Done for today."
    assert spy.cooled == [3.0, waits[2]]  # both 429s (with and without Retry-After), not the 503
    assert len(server.requests) == 4


def test_a_lost_limiter_pauses_the_call_at_once_without_calling_the_model() -> None:
    with serve_limits() as shared:
        use_shared_limits(shared.address)
        limiter = limiter_for(ENDPOINT, EndpointLimits(rpm=60))
    called: list[Any] = []
    guard = CallGuard(role="user", model="openai:test", policy=RetryPolicy(), limiter=limiter,
                      usage=Usage(lambda name: None), sleep=called.append)
    with pytest.raises(ModelUnavailable, match=r"user model openai:test was not called: the batch's "
                                               r"shared rate limits at 127\.0\.0\.1:\d+ cannot be reached"):
        guard.invoke(RunnableLambda(called.append), "hello", None)
    assert called == []  # neither the model nor a retry's sleep


def test_a_wrong_address_or_key_is_refused_when_the_worker_starts() -> None:
    with serve_limits() as shared:
        wrong_key = LimitsAddress(shared.address.host, shared.address.port, b"not the key")
        with pytest.raises(LimiterLost, match="cannot be reached"):
            use_shared_limits(wrong_key)
        use_shared_limits(shared.address)  # the server still serves the right key
        assert "not the key" not in repr(wrong_key)
    with pytest.raises(LimiterLost, match="cannot be reached"):
        use_shared_limits(shared.address)  # closed


# ---- across processes -----------------------------------------------------------------------
# The workers are module functions: a spawned process imports this module to find them.

def _install(address: LimitsAddress | None, rpm: float) -> Any:
    if address is not None:
        use_shared_limits(address)
    return limiter_for(ENDPOINT, EndpointLimits(rpm=rpm))


def _call_until(address: LimitsAddress | None, rpm: float, go: Any, deadline: Any, out: Any) -> None:
    limiter = _install(address, rpm)
    out.put("ready")
    go.wait()
    stamps: list[float] = []
    while True:
        limiter.acquire(1)
        if (now := time.time()) > deadline.value:
            break
        stamps.append(now)
    out.put(stamps)


def _run_workers(address: LimitsAddress | None, rpm: float, seconds: float, workers: int = 2
                 ) -> tuple[float, list[float]]:
    go, out, deadline = SPAWN.Event(), SPAWN.Queue(), SPAWN.Value("d", 0.0)
    processes = [SPAWN.Process(target=_call_until, args=(address, rpm, go, deadline, out))
                 for _ in range(workers)]
    for process in processes:
        process.start()
    assert [out.get(timeout=120) for _ in processes] == ["ready"] * workers
    start = time.time()
    deadline.value = start + seconds
    go.set()
    stamps = sorted(s for _ in processes for s in out.get(timeout=60))
    for process in processes:
        process.join(timeout=30)
    return start, stamps


def _over_the_limit(start: float, stamps: list[float], rpm: float) -> int:
    """How far the busiest moment went over a bucket of rpm that was full at ``start``."""
    return max((i + 1) - (rpm + rpm / 60 * (t - start)) for i, t in enumerate(stamps))


@pytest.mark.slow
def test_two_worker_processes_share_one_requests_per_minute_limit() -> None:
    rpm, seconds = 120, 3.0
    with serve_limits() as shared:
        start, stamps = _run_workers(shared.address, rpm, seconds)
    assert _over_the_limit(start, stamps, rpm) <= 1  # the burst of one minute, then 2 a second
    assert len(stamps) >= rpm + rpm / 60 * seconds - 2  # and the limit is used, not starved
    # The same two processes counting alone go over it twice: the check above can fail.
    start, alone = _run_workers(None, rpm, seconds)
    assert len(alone) >= 2 * rpm and _over_the_limit(start, alone, rpm) > rpm / 2


def _cool_then_signal(address: LimitsAddress, go: Any, cooled: Any) -> None:
    limiter = _install(address, 6000)
    go.wait()
    limiter.cool_down(1.5)
    cooled.set()


def _acquire_after(address: LimitsAddress, cooled: Any, out: Any) -> None:
    limiter = _install(address, 6000)
    started = time.monotonic()
    limiter.acquire(1)
    first = time.monotonic() - started
    out.put("ready")
    cooled.wait()
    started = time.monotonic()
    limiter.acquire(1)
    out.put((first, time.monotonic() - started))


@pytest.mark.slow
def test_a_429_in_one_worker_holds_the_next_call_of_another() -> None:
    go, cooled, out = SPAWN.Event(), SPAWN.Event(), SPAWN.Queue()
    with serve_limits() as shared:
        told = SPAWN.Process(target=_cool_then_signal, args=(shared.address, go, cooled))
        other = SPAWN.Process(target=_acquire_after, args=(shared.address, cooled, out))
        told.start()
        other.start()
        assert out.get(timeout=120) == "ready"
        go.set()
        first, after = out.get(timeout=60)
        told.join(timeout=30)
        other.join(timeout=30)
    assert first < 0.1 and 1.3 <= after <= 3.0


def _acquire_until_lost(address: LimitsAddress, closed: Any, out: Any) -> None:
    limiter = _install(address, 6000)
    limiter.acquire(1)
    out.put("ready")
    closed.wait()
    started = time.monotonic()
    try:
        limiter.acquire(1)
        out.put(("acquired", 0.0))
    except LimiterLost as exc:
        out.put((str(exc), time.monotonic() - started))


@pytest.mark.slow
def test_a_worker_whose_driver_stopped_serving_gets_a_clear_error_at_once() -> None:
    closed, out = SPAWN.Event(), SPAWN.Queue()
    with serve_limits() as shared:
        worker = SPAWN.Process(target=_acquire_until_lost, args=(shared.address, closed, out))
        worker.start()
        assert out.get(timeout=120) == "ready"
    closed.set()
    message, took = out.get(timeout=60)
    worker.join(timeout=30)
    assert message.startswith(f"the batch's shared rate limits at {shared.address} cannot be reached")
    assert "stopping rather than exceeding" in message and took < 2.0


def _time_acquires(address: LimitsAddress, count: int, out: Any) -> None:
    limiter = _install(address, 1e12)
    limiter.acquire(1)  # the connection is made
    started = time.perf_counter()
    for _ in range(count):
        limiter.acquire(1)
        limiter.settle(1, 2)
    out.put((time.perf_counter() - started) / count)


@pytest.mark.slow
def test_a_shared_acquire_and_settle_cost_one_loopback_round_trip() -> None:
    out = SPAWN.Queue()
    with serve_limits() as shared:
        worker = SPAWN.Process(target=_time_acquires, args=(shared.address, 2000, out))
        worker.start()
        per_call = out.get(timeout=120)
        worker.join(timeout=30)
    print(f"shared acquire + settle: {per_call * 1e6:.0f} µs")
    assert per_call < 0.005  # microseconds in fact; the bound only catches a stall (Nagle: 40 ms)


class _Stamped(list[tuple[float, Any]]):
    """The fault server's request list, with each request's time of arrival."""

    def append(self, body: Any) -> None:
        super().append((time.time(), body))


def _call_model_until(address: LimitsAddress, url: str, go: Any, deadline: Any, out: Any) -> None:
    use_shared_limits(address)
    config = ModelConfig(endpoints={url: EndpointLimits(rpm=120)},
                         retry=RetryPolicy(attempts=4, initial_wait=0.1, budget=30.0))
    role = RoleModel(model="openai:test", seed=1, role="user", config=config,
                     usage=Usage(lambda name: None))
    model = role.guard().wrap(role.load())  # the limiter comes from calls.py, as in a run
    out.put("ready")
    go.wait()
    calls = 0
    while time.time() < deadline.value:
        model.invoke([HumanMessage("hello")])
        calls += 1
    out.put(calls)


@pytest.mark.slow
def test_a_429_over_http_holds_both_workers_then_they_go_on_at_the_limit(server: FaultServer) -> None:
    """End to end: two worker processes calling a model server through the runs' own model
    calls; the server's first answer is 429 (Retry-After 1 s) to one of them."""
    server.requests = _Stamped()  # type: ignore[assignment]
    server.script = [Fault("status", 429, {"Retry-After": "1"})]
    go, out, deadline = SPAWN.Event(), SPAWN.Queue(), SPAWN.Value("d", 0.0)
    with serve_limits() as shared:
        workers = [SPAWN.Process(target=_call_model_until, args=(shared.address, server.url, go,
                                                                 deadline, out)) for _ in range(2)]
        for worker in workers:
            worker.start()
        assert [out.get(timeout=120) for _ in workers] == ["ready", "ready"]
        deadline.value = time.time() + 3.0
        go.set()
        calls = [out.get(timeout=60) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
    told = server.requests[0][0]
    arrived = [at - told for at, _ in server.requests[1:]]
    # A request or two may leave before the 429's pause is known; then nothing for the second
    # the server asked, then the pace of 120 a minute from empty buckets (not a minute's burst).
    assert [at for at in arrived if 0.2 < at < 0.95] == []
    late = [at for at in arrived if at >= 0.95]
    assert 2 <= len(late) <= 2 * (3.0 - 0.95) + 2
    assert sum(calls) == len(server.requests) - 1  # every call but the 429 answered once


def _threads_at_once(address: LimitsAddress, threads: int, out: Any) -> None:
    limiter = _install(address, 1e9)
    done: list[int] = []
    start = threading.Barrier(threads)

    def calls() -> None:
        start.wait()
        for _ in range(50):
            limiter.acquire(1)
            limiter.settle(1, 2)
        done.append(1)

    running = [threading.Thread(target=calls) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join(timeout=60)
    out.put(len(done))


@pytest.mark.slow
def test_many_threads_of_two_workers_connect_at_once() -> None:
    """Sixteen threads per worker opening their connections together (a backlog of one, the
    Listener's default, left some hanging in the handshake)."""
    out = SPAWN.Queue()
    with serve_limits() as shared:
        workers = [SPAWN.Process(target=_threads_at_once, args=(shared.address, 16, out))
                   for _ in range(2)]
        for worker in workers:
            worker.start()
        assert [out.get(timeout=120) for _ in workers] == [16, 16]
        for worker in workers:
            worker.join(timeout=30)


def test_a_tokens_limit_restarts_empty_after_a_cool_down_and_settles_to_the_real_count() -> None:
    now, waits, timing = _fake_time()
    limiter = Limiter(EndpointLimits(tpm=6000), **timing)  # 100 tokens a second
    limiter.acquire(1000)
    limiter.cool_down(3.0)
    assert limiter.acquire(500) == pytest.approx(3.0 + 5.0)  # no token allowance is left
    limiter.settle(estimated=500, actual=200)  # the call used less: 3 s of it come back
    assert limiter.acquire(300) == pytest.approx(0.0)
    assert now[0] == pytest.approx(8.0) and len(waits) == 1


def test_in_a_batch_worker_every_remote_endpoint_shares_cool_downs_even_without_limits() -> None:
    book = LimitBook()
    set_limiter_source(BookSource(book))
    try:
        remote = limiter_for("http://127.0.0.1:9/v1", EndpointLimits())
        assert remote is not None and limiter_for("offline", EndpointLimits()) is None
        remote.cool_down(0.3)
        started = time.monotonic()
        limiter_for("http://127.0.0.1:9/v1", EndpointLimits()).acquire(10)  # type: ignore[union-attr]
        assert time.monotonic() - started >= 0.25
    finally:
        set_limiter_source(None)
    assert limiter_for("http://127.0.0.1:9/v1", EndpointLimits()) is None  # a process of its own
