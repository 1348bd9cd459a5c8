"""What the HTTP benchmarks share: ``synthcomp serve-model`` started on a free port, a planned
computer copied once per run, and a clock on the user model's calls.

serve-model is the offline model behind an OpenAI-compatible API that waits L seconds before
every answer, as a remote model does; the runs reach it as ``openai:offline`` through
OPENAI_BASE_URL. Imported by bench_http_concurrency.py, bench_turn_cpu.py and bench_batch_http.py
(run as scripts, so this folder is on sys.path).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.models import guard

PERSONA = "A procurement manager at a mid-size hospital in Lyon"


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(latency: float) -> tuple[subprocess.Popen[bytes], str]:
    """serve-model answering after ``latency`` seconds; its process and its /v1 URL."""
    port = free_port()
    command = [sys.executable, "-m", "synthcomp.cli", "serve-model", "--port", str(port),
               "--latency", str(latency)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/models", timeout=1):
                return server, url
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("serve-model did not start")


@contextmanager
def planned_and_served(work: Path, latency: float) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """A small planned computer in ``work`` and serve-model answering after ``latency`` seconds,
    which ``openai:*`` models reach (OPENAI_BASE_URL); the server stops after the block."""
    planned = build_computer(PERSONA, work / "computer", seed=1, target_files=20)
    plan_computer(planned, seed=1)
    server, url = start_server(latency)
    os.environ.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="bench")
    try:
        yield planned, server
    finally:
        server.terminate()
        server.wait(timeout=10)


def copies(planned: Path, work: Path, runs: int, label: str) -> list[Path]:
    """``runs`` copies of the planned computer (each run works on its own)."""
    made = []
    for index in range(runs):
        target = work / f"{label}-{index}"
        subprocess.run(["cp", "-a", str(planned), str(target)], check=True)
        made.append(target)
    return made


class CallClock:
    """The user model's calls (wraps the guard every call goes through): their seconds, the
    CPU this process spent in them (building the request, HTTP, reading the answer: the
    answer itself is the server's work), and when each run's calls started and ended (a run
    is known by its Usage, one per run)."""

    def __init__(self) -> None:
        self.seconds, self.cpu, self.calls = 0.0, 0.0, 0
        self.spans: dict[int, list[tuple[float, float]]] = defaultdict(list)
        self._lock = threading.Lock()
        real = guard.CallGuard.invoke

        def timed(guarded: guard.CallGuard, runnable: Any, value: Any, config: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return real(guarded, runnable, value, config)
            finally:
                if guarded.role == "user":
                    ended = time.perf_counter()
                    with self._lock:
                        self.seconds += ended - started
                        self.cpu += time.thread_time() - cpu
                        self.calls += 1
                        self.spans[id(guarded.usage)].append((started, ended))

        guard.CallGuard.invoke = timed  # type: ignore[method-assign]

    def reset(self) -> None:
        """Start counting again."""
        with self._lock:
            self.seconds, self.cpu, self.calls = 0.0, 0.0, 0
            self.spans.clear()

    def steady(self) -> tuple[int, tuple[float, float]]:
        """Calls ended while every run was between its first call and its last, and that
        window (perf_counter times): the turn rate once all runs are at work (their start-up
        and the stragglers' end left out)."""
        with self._lock:
            spans = [sorted(s) for s in self.spans.values() if s]
        if not spans:
            return 0, (0.0, 0.0)
        start = max(s[0][0] for s in spans)
        end = max(start, min(s[-1][1] for s in spans))
        return sum(1 for s in spans for _, done in s if start < done <= end), (start, end)
