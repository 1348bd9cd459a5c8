"""The Ray backend on a real local Ray (no mock): the same batch gives the same runs as the local
backend; a killed Ray worker fails only its own jobs and the batch finishes them on its next
round; joining a running cluster leaves it running; an address that does not answer is one
line, fast, before anything starts.

Each test process gives Ray a short temp folder of its own (RAY_TMPDIR), so that two pytest-xdist
workers can each start a local Ray at once (Ray's unix sockets must fit in 107 bytes: pytest's
tmp paths are too long)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from synthcomp.api.batch import run_batch
from synthcomp.batch.spec import BatchSpec
from synthcomp.errors import InputError
from synthcomp.personas import bundled_personas
from synthcomp.runs.folder import TRAJECTORY_FILE

pytestmark = pytest.mark.slow
SMALL = {"days": 1, "files": 20, "concurrency": 2}  # a quick batch: one working day, small drives


@pytest.fixture(scope="module", autouse=True)
def ray_tmpdir() -> Iterator[str]:
    folder = tempfile.mkdtemp(prefix="ray", dir="/tmp")
    before = os.environ.get("RAY_TMPDIR")
    os.environ["RAY_TMPDIR"] = folder
    yield folder
    if before is None:
        os.environ.pop("RAY_TMPDIR", None)
    else:
        os.environ["RAY_TMPDIR"] = before
    shutil.rmtree(folder, ignore_errors=True)


def _runs(out: Path) -> dict[str, dict[str, Any]]:
    """What must not depend on the backend, per job: status, score, turns, days, messages, and
    the run's trajectory as compaction leaves it (the last copy of each key, in key order)."""
    record = json.loads((out / "batch.json").read_text("utf-8"))
    runs = {}
    for entry in record["jobs"]:
        events: dict[str, str] = {}
        for line in (Path(entry["run_dir"]) / TRAJECTORY_FILE).read_text("utf-8").splitlines():
            events[json.loads(line)["key"]] = line
        runs[entry["key"]] = {"status": entry["status"], "score": entry["score"], "turns": entry["turns"],
                              "days": entry["days"], "messages": entry.get("messages_sent"),
                              "run": Path(entry["run_dir"]).name,
                              "trajectory": [events[key] for key in sorted(events)]}
    return runs


def test_ray_runs_the_batch_as_the_local_backend_does(tmp_path: Path) -> None:
    personas = bundled_personas()[:3]
    local = run_batch(BatchSpec(out=str(tmp_path / "local"), personas=personas, workers=2, **SMALL))
    seen: list[dict[str, Any]] = []
    ray = run_batch(BatchSpec(out=str(tmp_path / "ray"), personas=personas, workers=2, backend="ray",
                              **SMALL), on_event=lambda record, event: seen.append(event))
    assert local.counts()["finished"] == ray.counts()["finished"] == 3
    expected, got = _runs(tmp_path / "local"), _runs(tmp_path / "ray")
    assert got == expected
    assert all(run["score"] is not None and run["turns"] > 50 for run in got.values())
    # The driver saw each job's stages and progress before its one result, in order.
    for key in expected:
        kinds = [event["kind"] for event in seen if event["key"] == key]
        assert kinds.count("result") == 1 and kinds[-1] == "result"
        assert {"stage", "progress"} <= set(kinds)
    # Two actors shared the work; the local Ray the backend started is gone with the batch.
    assert len({event["pid"] for event in seen if event["kind"] == "started"}) == 2
    import ray as ray_module

    assert not ray_module.is_initialized()


@pytest.fixture
def own_ray() -> Iterator[None]:
    """A local Ray this test starts itself (the backend uses it as it is and leaves it up)."""
    import ray

    ray.init(address="local", num_cpus=2, include_dashboard=False, logging_level="warning")
    yield
    ray.shutdown()


def test_a_killed_ray_worker_fails_only_its_jobs_and_the_next_round_resumes_them(
        tmp_path: Path, own_ray: None) -> None:
    personas = bundled_personas()[3:6]
    reference = run_batch(BatchSpec(out=str(tmp_path / "reference"), personas=personas, workers=0, **SMALL))
    assert reference.counts()["finished"] == 3
    workers: dict[str, int] = {}  # job key -> the pid of the Ray worker running it
    killed: list[str] = []

    def kill_one_mid_run(record: Any, event: dict[str, Any]) -> None:
        if event["kind"] == "started":
            workers[event["key"]] = event["pid"]
        elif event["kind"] == "progress" and event["turn"] >= 10 and not killed:
            killed.append(event["key"])
            os.kill(workers[event["key"]], signal.SIGKILL)

    spec = BatchSpec(out=str(tmp_path / "ray"), personas=personas, workers=2, backend="ray", **SMALL)
    record = run_batch(spec, on_event=kill_one_mid_run)
    import ray

    assert ray.is_initialized()  # not the backend's Ray: left up
    # Every job finished: those of the killed worker on the batch's second round, resumed from
    # their checkpoints, the failure's reason kept; the other worker's jobs went on untouched.
    # (Which jobs the killed worker held is known only from its events drained before it died.)
    failed_once = {key for key, entry in record.entries.items() if entry["errors"]}
    assert killed[0] in failed_once and len(failed_once) < 3
    for key, entry in record.entries.items():
        assert entry["status"] == "finished", entry
        if key in failed_once:
            assert entry["attempts"] == 2 and len(entry["errors"]) == 1, entry
            assert entry["errors"][0].startswith("Ray worker died: its process died (pid "), entry
        else:
            assert entry["attempts"] == 1, entry
    assert _runs(tmp_path / "ray") == _runs(tmp_path / "reference")


def test_workers_on_ray_share_one_book_of_rate_limits(own_ray: None) -> None:
    import ray

    from synthcomp.batch.ray_backend import RayBook, book_actor
    from synthcomp.models.ratelimit import BookSource, LimiterLost
    from synthcomp.models.settings import EndpointLimits

    book = book_actor()

    @ray.remote
    def take_one(book: Any) -> float:
        # In a Ray worker process, as a batch worker's limiters count: two requests a minute.
        return BookSource(RayBook(book))("api", EndpointLimits(rpm=2)).acquire(0)

    assert ray.get([take_one.remote(book), take_one.remote(book)]) == [0.0, 0.0]
    here = RayBook(book)
    assert 25 < here.reserve("api", 0) <= 30  # the third request of the minute waits for it
    here.cool_down("api", 60)  # a 429 anywhere holds every worker
    assert 55 < ray.get(ray.remote(lambda b: RayBook(b).cooling("api")).remote(book)) <= 60
    ray.kill(book)  # takes effect a moment later: calls until then are still answered
    deadline = time.monotonic() + 20
    with pytest.raises(LimiterLost, match="cannot be reached"):
        while time.monotonic() < deadline:
            here.reserve("api", 0)
            time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_address_that_does_not_answer_is_one_line_and_nothing_starts(tmp_path: Path) -> None:
    out = tmp_path / "batch"
    port = _free_port()  # closed again: nothing listens there
    started = time.perf_counter()
    with pytest.raises(InputError) as refused:
        run_batch(BatchSpec(out=str(out), personas=bundled_personas()[:1], backend="ray",
                            ray_address=f"127.0.0.1:{port}", **SMALL))
    message = str(refused.value)
    assert "does not answer" in message and "Connection refused" in message and "\n" not in message
    # A server that takes the connection but is not Ray (or a proxy that takes them all).
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(InputError, match="answers, but not as a Ray cluster"):
            run_batch(BatchSpec(out=str(out), personas=bundled_personas()[:1], backend="ray",
                                ray_address=f"ray://{address}", **SMALL))
    assert time.perf_counter() - started < 15  # Ray itself would retry for a minute
    assert not out.exists()
    with pytest.raises(InputError, match="needs --backend ray"):
        run_batch(BatchSpec(out=str(out), personas=bundled_personas()[:1], ray_address="127.0.0.1:1"))


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "synthcomp.cli", *args], capture_output=True, text=True,
                          timeout=300, check=False, env=env)


def test_the_cli_joins_a_running_cluster_and_leaves_it_running(tmp_path: Path, ray_tmpdir: str) -> None:
    gcs, client = _free_port(), _free_port()
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_USAGE_STATS_ENABLED": "0"}
    head = subprocess.Popen(
        [str(Path(sys.executable).parent / "ray"), "start", "--head", f"--port={gcs}",
         f"--ray-client-server-port={client}", "--num-cpus=2", "--include-dashboard=false", "--block",
         f"--temp-dir={ray_tmpdir}/head"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_for_port(client, head)
        (tmp_path / "personas.txt").write_text(bundled_personas()[0] + "\n", "utf-8")
        common = ["batch", "--personas", str(tmp_path / "personas.txt"), "--out", str(tmp_path / "batch"),
                  "--days", "1", "--files", "20", "--workers", "1", "--backend", "ray"]
        # Without the cluster's token a driver would retry for a minute: one line instead.
        no_token = {k: v for k, v in env.items() if k != "RAY_AUTH_MODE"}
        asked = _cli(*common, "--ray-address", f"127.0.0.1:{gcs}", env=no_token)
        assert asked.returncode != 0 and "asks for its token: export RAY_AUTH_MODE=token" in asked.stderr
        assert not (tmp_path / "batch").exists()
        done = _cli(*common, "--ray-address", f"127.0.0.1:{gcs}", env=env)
        assert done.returncode == 0, done.stderr[-3000:]
        record = json.loads((tmp_path / "batch" / "batch.json").read_text("utf-8"))
        assert [job["status"] for job in record["jobs"]] == ["finished"]
        assert head.poll() is None  # the batch left the cluster it joined running
        # Joining through Ray Client (ray://) is not asserted here: on a head started seconds
        # before, Ray's client server fails to start now and then ("Starting Ray client server
        # failed", seen in CI), a Ray-side flake this test cannot tell from ours.
    finally:
        head.send_signal(signal.SIGTERM)  # `ray start --block` stops the processes it started
        try:
            head.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(head.pid, signal.SIGKILL)
            head.wait()


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "ray start --head ended"
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise AssertionError(f"ray start --head did not listen on {port} in {timeout} s")

