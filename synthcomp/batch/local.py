"""The local backend: W worker processes on this machine, each running up to C jobs at once in
threads (a run spends most of a turn waiting for its model, so threads overlap the waits, and
the processes spread the CPU work over the cores). With W = 0 the jobs run in the driver's own
process.

Workers are spawned, not forked: a fork copies the driver's threads' locks mid-use. Each worker
watches its parent and exits when the driver dies, so a killed batch leaves no orphan writing
to its runs; every run is checkpointed at each step, and the next invocation resumes it."""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from synthcomp.batch.pipeline import run_job
from synthcomp.batch.spec import BatchSpec, Job
from synthcomp.batch.worker_setup import WorkerSetup

Events = Callable[[dict[str, Any]], None]
POLL_SECONDS = 0.2


class LocalBackend:
    """Runs jobs in worker processes on this machine."""

    def __init__(self, setup: WorkerSetup | None = None) -> None:
        self.setup = setup or WorkerSetup()

    def run(self, jobs: list[Job], spec: BatchSpec, events: Events) -> None:
        """Run every job once, calling ``events`` (in this thread) with each job's events and
        its result; return when every job has its result."""
        if not jobs:
            return
        if spec.workers == 0:
            _in_process(jobs, spec, events)
            return
        _in_workers(jobs, spec, events, self.setup)


def _in_process(jobs: list[Job], spec: BatchSpec, events: Events) -> None:
    """The jobs in threads of this process. Daemon threads, not an executor: on Ctrl-C the
    driver stops at once (an executor would first finish every job it was given); the runs cut
    short resume from their checkpoints, as after a kill."""
    inbox: queue.Queue[dict[str, Any]] = queue.Queue()
    todo: queue.Queue[Job | None] = queue.Queue()
    for job in jobs:
        todo.put(job)

    def take() -> None:
        while (job := todo.get()) is not None:
            inbox.put({"key": job.key, "kind": "started"})
            inbox.put({"key": job.key, "kind": "result", "result": run_job(job, spec, inbox.put)})

    for n in range(min(spec.concurrency, len(jobs))):
        todo.put(None)
        threading.Thread(target=take, name=f"batch-run-{n}", daemon=True).start()
    _drain(inbox, len(jobs), events, lambda: None)


def _in_workers(jobs: list[Job], spec: BatchSpec, events: Events, setup: WorkerSetup) -> None:
    context = multiprocessing.get_context("spawn")
    todo: Any = context.Queue()
    inbox: Any = context.Queue()
    for job in jobs:
        todo.put(job)
    count = min(spec.workers, len(jobs))
    threads = min(spec.concurrency, -(-len(jobs) // count))
    for _ in range(count * threads):
        todo.put(None)  # one stop mark per thread
    workers = [context.Process(target=worker_main, args=(spec, threads, todo, inbox, setup, os.getpid()),
                               name=f"synthcomp-worker-{n}", daemon=True) for n in range(count)]
    for process in workers:
        process.start()
    running: dict[str, int] = {}  # job key -> the pid of the worker running it

    def track(event: dict[str, Any]) -> None:
        if event["kind"] == "result":
            running.pop(event["key"], None)
        elif "pid" in event:
            running[event["key"]] = event["pid"]
        events(event)

    def check_workers() -> None:
        for process in workers:
            if process.exitcode not in (None, 0):
                lost = [key for key, pid in running.items() if pid == process.pid]
                for key in lost:
                    inbox.put({"key": key, "kind": "result", "result": {
                        "key": key, "status": "failed",
                        "error": f"worker process died (exit code {process.exitcode})"}})
                    running.pop(key)
        if all(p.exitcode is not None for p in workers) and not running and inbox.empty():
            raise RuntimeError("every worker process ended with jobs left: see the errors above")

    try:
        _drain(inbox, len(jobs), track, check_workers)
    except BaseException:
        # Ctrl-C or a failure of the driver: the workers stop now, not after their jobs (their
        # runs are checkpointed at every step and resume on the next invocation).
        for process in workers:
            process.terminate()
        raise
    finally:
        for process in workers:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


def _drain(inbox: Any, expected: int, events: Events, check: Callable[[], None]) -> None:
    """Pass the events on until ``expected`` results have come."""
    results = 0
    while results < expected:
        try:
            event = inbox.get(timeout=POLL_SECONDS)
        except queue.Empty:
            check()
            continue
        events(event)
        results += event["kind"] == "result"


def worker_main(spec: BatchSpec, threads: int, todo: Any, inbox: Any, setup: WorkerSetup,
                parent: int) -> None:
    """A worker process: ``threads`` threads each taking jobs from ``todo`` until a stop mark,
    every event sent to ``inbox`` with this worker's pid."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    setup.apply(threads)
    pid = os.getpid()

    def send(event: dict[str, Any]) -> None:
        inbox.put({**event, "pid": pid})

    def take() -> None:
        while (job := todo.get()) is not None:
            send({"key": job.key, "kind": "started"})
            send({"key": job.key, "kind": "result", "result": run_job(job, spec, send)})

    pool = [threading.Thread(target=take, name=f"batch-run-{n}") for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the driver is gone (killed): its runs resume on the next invocation."""
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(1.0)
