"""Runs checkpointed on a real PostgreSQL server (tests/support/postgres.py starts one): the
same trajectory as on SQLite, killed and resumed, two processes on one database, runs moved
between SQLite and PostgreSQL and back, and bad URLs refused before anything starts."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
import pytest
from support import LYON
from support.cli import cli
from support.files import copy_tree, run_events, tree_digest
from support.postgres import LocalPostgres, create_database

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.errors import InputError
from synthcomp.runs import postgres
from synthcomp.runs.checkpoints import parse_store, without_password
from synthcomp.runs.copy import copy_run
from synthcomp.runs.folder import run_lock
from synthcomp.runs.health import verify_run
from synthcomp.runs.listing import run_status
from synthcomp.runs.progress import RunProgress

DAYS, SEED = 2, 3


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("pg") / "c", seed=SEED, target_files=40)
    plan_computer(folder, seed=SEED)
    return folder


@pytest.fixture(scope="module")
def reference(planned: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Uninterrupted SQLite runs of the computer, by seed: what every Postgres run must equal."""
    runs = {}
    for seed in (SEED, SEED + 1):
        runs[seed] = simulate(copy_tree(planned, tmp_path_factory.mktemp("ref") / "c"), days=DAYS,
                              seed=seed, run_id="r")
    return runs


def same_run(run: Path, expected: Path) -> None:
    """The run did what the uninterrupted SQLite run did: trajectory byte for byte, its drive,
    its summary's counts, no message sent twice."""
    assert (run / "trajectory.jsonl").read_bytes() == (expected / "trajectory.jsonl").read_bytes()
    assert tree_digest(run / "drive") == tree_digest(expected / "drive")
    got, want = (json.loads((r / "summary.json").read_text("utf-8")) for r in (run, expected))
    for key in ("status", "days", "turns", "messages_sent", "done", "files_created"):
        assert got[key] == want[key], key
    sent = [c["id"] for e in run_events(run, "model_call") for c in e["answer"].get("tool_calls", [])
            if c["name"] == "send_message"]
    assert len(sent) == len(set(sent)) == got["messages_sent"]


def context(run: Path) -> dict[str, Any]:
    return json.loads((run / "context.json").read_text("utf-8"))


def threads(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        return {row[0] for row in connection.execute("SELECT DISTINCT thread_id FROM checkpoints")}


SCRIPT = """
import sys
from synthcomp.api.simulate import resume, simulate
if sys.argv[1] == "resume":
    resume(sys.argv[2])
else:
    simulate(sys.argv[2], days=int(sys.argv[3]), seed=int(sys.argv[4]), run_id="r",
             checkpointer=sys.argv[5] if len(sys.argv) > 5 else None)
"""


def run_and_kill(args: list[str], trajectory: Path, at: int) -> None:
    """Run SCRIPT with ``args`` in a subprocess and SIGKILL it once the trajectory holds ``at``
    events (a kill in the middle of a step, as a crash is)."""
    process = subprocess.Popen([sys.executable, "-c", SCRIPT, *args])
    deadline = time.monotonic() + 180
    while process.poll() is None and time.monotonic() < deadline:
        if trajectory.exists() and len(trajectory.read_bytes().splitlines()) >= at:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.01)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it was killed"


def events_of(run: Path) -> int:
    return len((run / "trajectory.jsonl").read_bytes().splitlines())


@pytest.mark.slow
def test_a_run_on_postgres_is_the_run_on_sqlite(planned: Path, reference: dict[int, Path], pg_url: str,
                                                tmp_path: Path) -> None:
    # A password in the URL is used, never saved (the test server trusts, so any password works).
    secret = pg_url.replace("synthcomp@", "synthcomp:s3cret-pw@")
    run = simulate(copy_tree(planned, tmp_path / "c"), days=DAYS, seed=SEED, run_id="r",
                   checkpointer=secret)
    same_run(run, reference[SEED])
    saved = context(run)
    assert saved["checkpointer"] == pg_url and "s3cret" not in (run / "context.json").read_text("utf-8")
    assert saved["thread_id"].startswith("r-") and saved["thread_id"] in threads(pg_url)
    assert not (run / "checkpoints.sqlite").exists()
    health, _ = verify_run(run)
    assert not health.damage and health.finished and health.turn == json.loads(
        (run / "summary.json").read_text("utf-8"))["turns"]
    with pytest.raises(InputError, match="already finished"):
        resume(run)


@pytest.mark.slow
def test_a_run_killed_on_postgres_resumes_to_the_uninterrupted_end(
        planned: Path, reference: dict[int, Path], pg_url: str, tmp_path: Path) -> None:
    total = events_of(reference[SEED])
    for attempt, cut in enumerate(sorted(random.Random(5).sample(range(20, total - 20), 2))):
        folder = copy_tree(planned, tmp_path / f"k{attempt}")
        run = folder / "runs" / "r"
        run_and_kill(["simulate", str(folder), str(DAYS), str(SEED), pg_url], run / "trajectory.jsonl", cut)
        assert run_status(run)[0] == "interrupted"
        health, _ = verify_run(run)
        assert not health.damage and not health.finished and health.store == "the checkpoint database"
        resume(run)  # the server from context.json (this one needs no password)
        same_run(run, reference[SEED])


@pytest.mark.slow
def test_two_processes_write_runs_to_one_database_at_once(
        planned: Path, reference: dict[int, Path], pg_url: str, tmp_path: Path) -> None:
    # Two computers of one name in two folders: their runs have one name too, and still one
    # thread each.
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
    folders = [copy_tree(planned, tmp_path / side / "c") for side in ("a", "b")]
    seeds = [SEED, SEED + 1]
    processes = [subprocess.Popen([sys.executable, "-c", SCRIPT, "simulate", str(folder), str(DAYS),
                                   str(seed), pg_url], stderr=subprocess.PIPE, text=True)
                 for folder, seed in zip(folders, seeds, strict=True)]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    runs = [folder / "runs" / "r" for folder in folders]
    ids = [context(run)["thread_id"] for run in runs]
    assert ids[0] != ids[1] and set(ids) <= threads(pg_url)
    for run, seed in zip(runs, seeds, strict=True):
        same_run(run, reference[seed])


@pytest.mark.slow
def test_runs_copy_moves_a_run_to_postgres_and_back_and_it_resumes_the_same(
        planned: Path, reference: dict[int, Path], pg_url: str, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    run = folder / "runs" / "r"
    total = events_of(reference[SEED])
    run_and_kill(["simulate", str(folder), str(DAYS), str(SEED)], run / "trajectory.jsonl", total // 3)
    before = verify_run(run)[0]

    moved = cli("runs", "copy", str(run), "--to", pg_url)
    assert moved.returncode == 0, moved.stderr
    assert "copied" in moved.stdout and "moved/1/" in moved.stdout
    saved = context(run)
    assert saved["checkpointer"] == pg_url and saved["thread_id"] != "r"  # a thread of its own there
    assert not (run / "checkpoints.sqlite").exists()
    assert not list(run.glob("checkpoints.sqlite*"))
    with closing(sqlite3.connect(run / "moved" / "1" / "checkpoints.sqlite")) as kept:  # kept whole
        assert kept.execute("SELECT count(*) FROM checkpoints WHERE checkpoint_ns = ''").fetchone()[0] == \
            before.checkpoint_count > 0
    after = verify_run(run)[0]
    assert (after.checkpoint_count, after.turn, after.next_nodes) == \
        (before.checkpoint_count, before.turn, before.next_nodes)

    # It goes on on Postgres for a while, is killed again, and comes back to SQLite.
    run_and_kill(["resume", str(run)], run / "trajectory.jsonl", 2 * total // 3)
    back = cli("runs", "copy", str(run), "--to", "sqlite")
    assert back.returncode == 0, back.stderr
    assert "checkpointer" not in context(run) and (run / "checkpoints.sqlite").is_file()
    assert "still on" in back.stdout

    # Once more to Postgres: the thread left there is the run's own earlier copy.
    again = cli("runs", "copy", str(run), "--to", pg_url)
    assert again.returncode == 1 and "already holds thread" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    copy_run(run, pg_url, overwrite=True)
    copy_run(run, "sqlite", overwrite=True)  # its moved/ copy is kept again, the file replaced

    resume(run)
    same_run(run, reference[SEED])
    with pytest.raises(InputError, match="already"):
        copy_run(run, "sqlite")


@pytest.mark.slow
def test_a_database_that_goes_away_mid_run_is_waited_for_or_pauses_it(
        planned: Path, reference: dict[int, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A server of its own, to stop under the run (as a restart or an outage of the database).
    server = LocalPostgres(Path(tempfile.mkdtemp(prefix="synthcomp-pg-"))).start()
    try:
        url = ""
        url = create_database(server.url(), "outage")

        def stop_at(turn: int, back_after: float | None) -> Callable[[RunProgress], None]:
            def seen(progress: RunProgress) -> None:
                if progress.turn >= turn and not stopped:
                    stopped.append(progress.turn)
                    server.halt("immediate")  # connections cut, as a crash of the server
                    if back_after is not None:
                        threading.Timer(back_after, server.launch).start()
            stopped: list[int] = []
            return seen

        # Back within the wait (POOL_WAIT, 30 s): the run usually goes on as if nothing happened.
        # A write cut mid-statement by the crash is not retried: then the run pauses (on a
        # loaded machine, seen in CI), and resuming it ends where the uninterrupted run does.
        run = simulate(copy_tree(planned, tmp_path / "a"), days=DAYS, seed=SEED, run_id="r",
                       checkpointer=url, on_progress=stop_at(60, 1.0))
        status, reason = run_status(run)
        if status != "finished":
            assert status == "paused", reason
            resume(run)
        same_run(run, reference[SEED])
        _drop_pools(url)
        monkeypatch.setattr(postgres, "POOL_WAIT", 3.0)

        # Gone for longer: one line, the run stopped where its checkpoints are; it resumes to
        # the same end once the server is back.
        with pytest.raises(InputError, match=r"run r stopped: its checkpoint database .* cannot be reached"):
            simulate(copy_tree(planned, tmp_path / "b"), days=DAYS, seed=SEED, run_id="r",
                     checkpointer=url, on_progress=stop_at(150, None))
        run = tmp_path / "b" / "runs" / "r"
        assert run_status(run)[0] == "interrupted"
        server.launch()
        resume(run)
        same_run(run, reference[SEED])
    finally:
        _drop_pools(url)
        server.stop()


def _drop_pools(url: str) -> None:
    """Close this process's pool for ``url`` (its server is going away)."""
    for key, pool in list(postgres._pools.items()):
        if key[1] == url:
            pool.close()
            del postgres._pools[key]


def test_runs_copy_refuses_a_running_or_a_damaged_run(planned: Path, pg_url: str, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    run = simulate(folder, days=1, seed=SEED, run_id="r", max_turns=20)
    with run_lock(run), pytest.raises(InputError, match="already running in another process"):
        copy_run(run, pg_url)
    (run / "checkpoints.sqlite").write_bytes(b"")
    with pytest.raises(InputError, match=r"cannot be copied, it is damaged: checkpoints\.sqlite is empty"):
        copy_run(run, pg_url)
    assert "checkpointer" not in context(run)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_bad_checkpointer_urls_are_one_line_and_start_nothing(planned: Path, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    refused = {
        f"postgresql://u:s3cret-pw@127.0.0.1:{_free_port()}/db": "cannot be reached",
        "postgresql://u:s3cret-pw@no-such-host.invalid/db": "cannot be reached",
        "postgresql://u@127.0.0.1:port/db": "the port 'port' is not a number",
        "postgresql://u@127.0.0.1:5432": "names no database",
        "mysql://u@127.0.0.1/db": "give 'sqlite'",
        "sqlit": "give 'sqlite'",
    }
    for url, why in refused.items():
        with pytest.raises(InputError, match=why) as caught:
            simulate(folder, days=1, seed=SEED, checkpointer=url)
        assert "s3cret" not in str(caught.value) and "\n" not in str(caught.value)
        assert not (folder / "runs").exists(), f"{url}: a run folder was made"
    url = f"postgresql://u:s3cret-pw@127.0.0.1:{_free_port()}/db"
    done = cli("simulate", str(folder), "--days", "1", "--checkpointer", url)
    assert done.returncode == 1 and not (folder / "runs").exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: the checkpoint database postgresql://u@127.0.0.1:")
    assert "s3cret" not in done.stderr + done.stdout


def test_resume_takes_the_password_again_or_a_new_address(planned: Path, pg_url: str, tmp_path: Path) -> None:
    folder = copy_tree(planned, tmp_path / "c")
    run = simulate(folder, days=1, seed=SEED, run_id="r", max_turns=12, checkpointer=pg_url)
    with pytest.raises(InputError, match=r"keeps its checkpoints in postgresql://.* runs copy"):
        resume(run, checkpointer="sqlite")
    with pytest.raises(InputError, match="cannot be reached"):
        resume(run, checkpointer=f"postgresql://synthcomp@127.0.0.1:{_free_port()}/x")
    assert context(run)["checkpointer"] == pg_url  # a refused resume changes nothing
    with pytest.raises(InputError, match="already finished"):
        resume(run, checkpointer=pg_url.replace("synthcomp@", "synthcomp:pw@"))
    assert context(run)["checkpointer"] == pg_url


def test_urls_lose_their_passwords_and_bad_ones_are_named() -> None:
    assert without_password("postgresql://me:pw@h:5432/db?sslmode=require&password=x") == \
        "postgresql://me@h:5432/db?sslmode=require"
    assert without_password("postgres://h1:5432,h2:5433/db") == "postgres://h1:5432,h2:5433/db"
    assert parse_store(None) is None and parse_store(" SQLite ") is None
    assert parse_store("postgresql:///db?host=/var/run/postgresql") == "postgresql:///db?host=/var/run/postgresql"
    with pytest.raises(InputError, match="not a URL") as caught:
        parse_store("postgresql://me:pw@[::1/db")
    assert "pw" not in str(caught.value)
