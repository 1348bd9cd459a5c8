"""synthcomp batch: every persona and trial built, planned, run and graded; a re-run resumes
(finished runs skipped, failed ones retried up to a limit); one failure never stops the others;
bad input stops everything before anything starts."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console
from support.cli import cli
from support.files import run_events, tree_digest

from synthcomp.api import batch as batch_api
from synthcomp.api.batch import batch_lock, run_batch
from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.batch.display import BatchDisplay
from synthcomp.batch.record import BatchRecord
from synthcomp.batch.spec import BatchSpec, jobs_for
from synthcomp.errors import InputError, ModelError

PERSONAS = ["A florist in Bordeaux who runs a shop with two employees and prepares the spring weddings.",
            "A payroll officer at a logistics company in Rotterdam who closes the quarter."]
FILES = 30


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small planned computer of its own."""
    folder = build_computer(PERSONAS[0], tmp_path_factory.mktemp("batch") / "florist", seed=3,
                            target_files=FILES)
    plan_computer(folder, seed=3)
    return folder


def _jobs(out: Path) -> dict[str, dict[str, object]]:
    saved = json.loads((out / "batch.json").read_text("utf-8"))
    return {job["key"]: job for job in saved["jobs"]}


def test_every_trial_is_built_planned_run_and_graded_and_a_rerun_redoes_nothing(tmp_path: Path) -> None:
    spec = BatchSpec(out=str(tmp_path / "b"), personas=PERSONAS[1:], trials=2, days=1, files=FILES,
                     workers=0, concurrency=2)
    record = run_batch(spec)
    jobs = _jobs(tmp_path / "b")
    assert len(jobs) == 2 and {j["status"] for j in jobs.values()} == {"finished"}
    runs = [Path(str(j["run_dir"])) for j in jobs.values()]
    assert runs[0] != runs[1] and runs[0].parent == runs[1].parent  # two trials of one computer
    assert [r.name.split("-")[2] for r in runs] == ["s0", "s1"]
    for job in jobs.values():
        assert isinstance(job["turns"], int) and job["turns"] > 0
        assert isinstance(job["score"], float) and isinstance(job["tokens"], int) and job["tokens"] > 0
        assert job["attempts"] == 1 and job["error"] == ""
    assert record.counts()["finished"] == 2
    stamps = {p: p.stat().st_mtime_ns for r in runs for p in (r / "trajectory.jsonl", r / "grade.json")}
    again = run_batch(spec)
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps  # nothing run, nothing graded again
    assert again.ran == set()
    assert _jobs(tmp_path / "b") == jobs


def test_one_broken_computer_fails_alone_and_is_tried_attempts_times_per_invocation(
        planned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_api, "RETRY_WAIT", 0.05)
    broken = tmp_path / "broken"
    shutil.copytree(planned, broken)
    (broken / "meta" / "plan.json").write_text("{not json", "utf-8")
    spec = BatchSpec(out=str(tmp_path / "b"), computers=[str(planned), str(broken)], days=1,
                     workers=0, concurrency=2, attempts=2)
    run_batch(spec)
    jobs = _jobs(tmp_path / "b")
    good, bad = jobs[f"{planned.name}/t0"], jobs["broken/t0"]
    assert good["status"] == "finished" and good["score"] is not None
    assert bad["status"] == "failed" and bad["attempts"] == 2
    assert isinstance(bad["errors"], list) and len(bad["errors"]) == 2
    assert "plan.json" in str(bad["error"])
    again = run_batch(spec)  # a new invocation tries the failed job again; the good one is left
    assert again.ran == {"broken/t0"} and _jobs(tmp_path / "b")["broken/t0"]["attempts"] == 4
    assert _jobs(tmp_path / "b")[f"{planned.name}/t0"] == good


def test_a_failed_job_is_tried_again_by_the_next_invocation_and_can_then_finish(
        planned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_api, "RETRY_WAIT", 0.05)
    flaky = tmp_path / "flaky"
    shutil.copytree(planned, flaky)
    plan = (flaky / "meta" / "plan.json").read_bytes()
    (flaky / "meta" / "plan.json").write_text("{not json", "utf-8")
    spec = BatchSpec(out=str(tmp_path / "b"), computers=[str(flaky)], days=1, workers=0, attempts=3)
    run_batch(spec)
    assert _jobs(tmp_path / "b")["flaky/t0"]["status"] == "failed"
    (flaky / "meta" / "plan.json").write_bytes(plan)  # the cause fixed
    run_batch(spec)
    job = _jobs(tmp_path / "b")["flaky/t0"]
    assert job["status"] == "finished" and job["attempts"] == 4
    assert job["error"] == "" and len(job["errors"]) == 3  # the earlier failures' reasons are kept


def test_a_rerun_with_other_options_makes_other_runs_and_a_second_driver_is_refused(
        planned: Path, tmp_path: Path) -> None:
    one_day = BatchSpec(out=str(tmp_path / "b"), computers=[str(planned)], days=1, workers=0)
    first = Path(str(_jobs(tmp_path / "b")[f"{planned.name}/t0"]["run_dir"])) if run_batch(one_day) else None
    with batch_lock(tmp_path / "b"), pytest.raises(InputError, match="already running in"):
        run_batch(one_day)
    run_batch(one_day.model_copy(update={"max_turns": 30}))
    job = _jobs(tmp_path / "b")[f"{planned.name}/t0"]
    assert job["status"] == "finished" and job["turns"] == 30 and job["attempts"] == 1
    assert first is not None and Path(str(job["run_dir"])) != first and first.is_dir()


def test_bad_inputs_stop_the_batch_before_anything_starts(tmp_path: Path, planned: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "b"
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ModelError, match=r"cannot load model 'openai:gpt-4o-mini'.*OPENAI_API_KEY"):
        run_batch(BatchSpec(out=str(out), personas=PERSONAS,
                            models={"roles": {"user": "openai:gpt-4o-mini"}}))
    with pytest.raises(InputError, match="target file count"):
        run_batch(BatchSpec(out=str(out), personas=PERSONAS, files=0))
    with pytest.raises(InputError, match="unknown backend 'slurm'"):
        run_batch(BatchSpec(out=str(out), personas=PERSONAS, backend="slurm"))
    with pytest.raises(InputError, match="not a built computer"):
        run_batch(BatchSpec(out=str(out), computers=[str(tmp_path)]))
    with pytest.raises(ModelError, match="unknown model provider"):
        run_batch(BatchSpec(out=str(out), computers=[str(planned)],
                            models={"roles": {"default": "nosuch:model"}}))
    assert not out.exists()


def test_the_cli_refuses_a_persona_file_with_broken_lines_naming_each(tmp_path: Path) -> None:
    personas = tmp_path / "p.jsonl"
    personas.write_text(json.dumps({"persona": PERSONAS[0]}) + "\n{broken\n"
                        + json.dumps({"name": "no persona key"}) + "\n", "utf-8")
    done = cli("batch", "--personas", str(personas), "--out", str(tmp_path / "b"), "--workers", "0")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert any("p.jsonl:2" in line for line in lines) and any("p.jsonl:3" in line for line in lines)
    assert "nothing was started" in lines[-1] and "--skip-bad-lines" in lines[-1]
    assert not (tmp_path / "b").exists()
    unknown = cli("batch", "--personas", "bundled", "--out", str(tmp_path / "b"), "--backend", "slurm")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1 and "slurm" in unknown.stderr
    assert not (tmp_path / "b").exists()


def _trajectories(out: Path) -> dict[str, bytes]:
    return {key: (Path(str(job["run_dir"])) / "trajectory.jsonl").read_bytes()
            for key, job in _jobs(out).items()}


@pytest.mark.slow
def test_a_batch_killed_whole_finishes_on_rerun_with_nothing_lost_and_nothing_done_twice(
        tmp_path: Path) -> None:
    personas = tmp_path / "p.txt"
    personas.write_text("\n".join(PERSONAS) + "\n", "utf-8")
    command = [sys.executable, "-m", "synthcomp.cli", "batch", "--personas", str(personas), "--days", "2",
               "--files", str(FILES), "--workers", "2", "--concurrency", "1"]
    killed = tmp_path / "killed"
    process = subprocess.Popen([*command, "--out", str(killed)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 240
    # Killed mid-run: once both runs are into their month (the trajectory grows a line a turn).
    while time.monotonic() < deadline and process.poll() is None:
        lengths = [len(p.read_bytes().splitlines())
                   for p in killed.glob("computers/*/runs/*/trajectory.jsonl")]
        if len(lengths) == 2 and min(lengths) > 60:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the batch ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)  # the driver alone: its workers must not live on
    process.wait()
    assert _group_ends(process.pid, within=10), "a worker outlived its killed driver"
    assert not _graded_all(killed)
    rerun = subprocess.run([*command, "--out", str(killed)], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    reference = tmp_path / "reference"
    run_batch(BatchSpec(out=str(reference), personas=PERSONAS, days=2, files=FILES, workers=0,
                        concurrency=2))
    assert _trajectories(killed) == _trajectories(reference)
    for key, job in _jobs(killed).items():
        twin = _jobs(reference)[key]
        assert job["status"] == "finished" and job["score"] == twin["score"]
        assert job["messages_sent"] == twin["messages_sent"] and job["turns"] == twin["turns"]
        run = Path(str(job["run_dir"]))
        sent = [c["id"] for e in run_events(run, "model_call")
                for c in e["answer"].get("tool_calls", []) if c["name"] == "send_message"]
        assert len(set(sent)) == len(sent)
        assert tree_digest(run / "drive") == tree_digest(Path(str(twin["run_dir"])) / "drive")


def _group_ends(group: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    os.killpg(group, signal.SIGKILL)
    return False


def _graded_all(out: Path) -> bool:
    return len(list(out.glob("computers/*/runs/*/grade.json"))) == len(PERSONAS)


def test_off_a_terminal_the_batch_logs_a_line_per_job_that_ends_and_a_status_line(tmp_path: Path) -> None:
    spec = BatchSpec(out=str(tmp_path / "b"), personas=PERSONAS[1:], days=1, files=FILES, workers=0)
    written = io.StringIO()
    display = BatchDisplay(Console(file=written, width=120), log_every=0.0)
    with display:
        record = run_batch(spec, on_event=display)
    lines = written.getvalue().splitlines()
    key = next(iter(record.entries))
    assert any(line.startswith(f"finished {key}: ") and "turns over 1 day, score" in line for line in lines)
    status = [line for line in lines if line.startswith("batch: ")]
    assert status and "1/1 done, 0 running, 0 paused, 0 failed" in status[-1]
    assert re.search(r"[\d.]+ turns/s; [\d,]+ tokens, \$0\.0000", status[-1])


@pytest.mark.slow
def test_a_batch_on_postgres_checkpoints_runs_as_on_sqlite_and_keeps_no_password(pg_url: str,
                                                                                tmp_path: Path) -> None:
    on_sqlite = BatchSpec(out=str(tmp_path / "sqlite"), personas=PERSONAS, days=1, files=FILES,
                          workers=2, concurrency=1)
    run_batch(on_sqlite)
    on_postgres = on_sqlite.model_copy(update={"out": str(tmp_path / "pg"), "checkpointer": pg_url})
    run_batch(on_postgres)
    assert _trajectories(tmp_path / "pg") == _trajectories(tmp_path / "sqlite")
    for job in _jobs(tmp_path / "pg").values():
        run = Path(str(job["run_dir"]))
        assert job["status"] == "finished" and not (run / "checkpoints.sqlite").exists()
        assert json.loads((run / "context.json").read_text("utf-8"))["checkpointer"].startswith("postgres")


def test_batch_json_never_holds_the_databases_password(tmp_path: Path) -> None:
    spec = BatchSpec(out=str(tmp_path), personas=PERSONAS,
                     checkpointer="postgresql://runs:s3cret-pw@db.example:5432/synthcomp")
    BatchRecord(spec, jobs_for(spec)).save(force=True)
    saved = (tmp_path / "batch.json").read_text("utf-8")
    assert "s3cret-pw" not in saved and "runs@db.example:5432/synthcomp" in saved


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["0", "2"])
def test_ctrl_c_stops_the_batch_at_once_and_a_rerun_finishes_it(tmp_path: Path, workers: str) -> None:
    personas = tmp_path / "p.txt"
    personas.write_text("\n".join(PERSONAS) + "\n", "utf-8")
    command = [sys.executable, "-m", "synthcomp.cli", "batch", "--personas", str(personas), "--days", "2",
               "--files", str(FILES), "--workers", workers, "--concurrency", "1",
               "--out", str(tmp_path / "b")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not list(tmp_path.glob("b/computers/*/runs/*/trajectory.jsonl")):
        time.sleep(0.05)
    time.sleep(1.0)
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C on a terminal reaches the whole group
    interrupted = time.monotonic()
    _, err = process.communicate(timeout=60)
    assert time.monotonic() - interrupted < 15, "the batch went on after Ctrl-C"
    assert process.returncode == 130 and "run the same command to resume" in err
    assert _group_ends(process.pid, within=10)
    statuses = {job["status"] for job in _jobs(tmp_path / "b").values()}
    assert "running" not in statuses and "interrupted" in statuses
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert {job["status"] for job in _jobs(tmp_path / "b").values()} == {"finished"}
