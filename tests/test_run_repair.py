"""Damaged runs (issue 14 point 6): each damage is reproduced on a real offline run, resume says
what is damaged in one line, verify says how much is intact, --repair makes what can be saved
resumable, and a drive change whose result was not recorded is applied once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from support import LYON
from support.files import copy_tree, run_events
from support.models import ScriptedModel, tool_call
from typer.testing import CliRunner

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.cli import app
from synthcomp.runs.folder import CHECKPOINTS_FILE, read_summary
from synthcomp.runs.health import verify_run
from synthcomp.runs.trajectory import Trajectory

KILL = """
import sys
from synthcomp.api.simulate import simulate
simulate(sys.argv[1], days=2, seed=3, run_id="r")
"""


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("repair") / "c", seed=9, target_files=20)
    plan_computer(folder, seed=9)
    return folder


@pytest.fixture(scope="module")
def reference(planned: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = copy_tree(planned, tmp_path_factory.mktemp("ref") / "c")
    return (simulate(folder, days=2, seed=3, run_id="r") / "trajectory.jsonl").read_bytes()


def killed(planned: Path, target: Path, lines: int = 150) -> Path:
    """A run killed (SIGKILL) once its trajectory holds ``lines`` lines: its WAL is left."""
    folder = copy_tree(planned, target)
    trajectory = folder / "runs" / "r" / "trajectory.jsonl"
    process = subprocess.Popen([sys.executable, "-c", KILL, str(folder)])
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if trajectory.exists() and len(trajectory.read_bytes().splitlines()) >= lines:
            os.kill(process.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait()
    assert (folder / "runs" / "r" / f"{CHECKPOINTS_FILE}-wal").stat().st_size > 100_000
    return folder / "runs" / "r"


def cli(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def test_an_emptied_or_foreign_checkpoints_file_is_damage_not_a_finished_run(planned: Path,
                                                                            tmp_path: Path) -> None:
    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r1", days=1, seed=3)
    (run / CHECKPOINTS_FILE).write_bytes(b"")
    result = cli("resume", str(run))
    assert result.exit_code == 1 and "already finished" not in result.output
    assert "run r1 is damaged: checkpoints.sqlite is empty (0 bytes)" in result.output
    assert (run / CHECKPOINTS_FILE).stat().st_size == 0, "resume did not make a new database there"
    report = cli("verify", str(run))
    assert report.exit_code == 1 and "trajectory   " in report.output and "events" in report.output
    (run / CHECKPOINTS_FILE).write_bytes(b"not a database" * 100)
    assert "checkpoints.sqlite is not a SQLite database" in cli("resume", str(run)).output


def test_a_garbage_wal_is_named_and_repair_keeps_a_copy(planned: Path, tmp_path: Path) -> None:
    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r1", days=1, seed=3)
    garbage = os.urandom(50_000)
    (run / f"{CHECKPOINTS_FILE}-wal").write_bytes(garbage)
    result = cli("resume", str(run))
    assert result.exit_code == 1 and "already finished" not in result.output
    assert "checkpoints.sqlite-wal (50000 bytes) is not a SQLite WAL" in result.output
    assert (run / f"{CHECKPOINTS_FILE}-wal").read_bytes() == garbage, "left as it was"
    repaired = cli("verify", str(run), "--repair")
    assert repaired.exit_code == 0 and "moved the broken WAL" in repaired.output
    assert (run / "repair" / "1" / f"{CHECKPOINTS_FILE}-wal").read_bytes() == garbage
    again = cli("resume", str(run))
    assert again.exit_code == 0 and "has already finished: nothing to resume" in again.output


def test_a_truncated_wal_is_checkpoints_behind_the_trajectory(planned: Path, tmp_path: Path) -> None:
    run = killed(planned, tmp_path / "c")
    os.truncate(run / f"{CHECKPOINTS_FILE}-wal", 40_000)
    result = cli("resume", str(run))
    assert result.exit_code == 1 and "run r is damaged: its checkpoints end at turn" in result.output
    assert "but its trajectory goes on to turn" in result.output
    health, _ = verify_run(run)
    assert health.damage and health.repairable and health.trajectory.last_turn > (health.turn or 0) + 1
    repaired = cli("verify", str(run), "--repair")
    assert repaired.exit_code == 0 and "as the last intact checkpoint" in repaired.output
    kept = f"the drive keeps the changes of turns {(health.turn or 0) + 1}-{health.trajectory.last_turn}; " \
        "the resumed run continues from them and will not equal an uninterrupted run"
    assert kept in " ".join(repaired.output.split()), "the drive is not rolled back: said plainly"
    assert kept in " ".join(cli("verify", str(run)).output.split())
    assert (run / "repair" / "1" / "trajectory.jsonl").is_file()
    resume(run)
    assert read_summary(run)["status"] == "finished"


def test_a_torn_last_line_is_dropped_and_redone(planned: Path, reference: bytes, tmp_path: Path) -> None:
    run = killed(planned, tmp_path / "c")
    health, _ = verify_run(run)
    assert not health.damage and health.turn is not None
    # As a kill in the middle of writing the first event past the last checkpoint leaves it.
    # The kill may land just after a checkpoint, before any event of the next turn was written:
    # then the event being written is the uninterrupted run's first one past it.
    lines = (run / "trajectory.jsonl").read_bytes().splitlines(keepends=True)
    kept = [line for line in lines if _turn_of(line) <= health.turn]
    torn = next((line for line in lines if _turn_of(line) > health.turn), None) \
        or next(line for line in reference.splitlines(keepends=True) if _turn_of(line) > health.turn)
    (run / "trajectory.jsonl").write_bytes(b"".join(kept) + torn[: len(torn) // 2])
    assert verify_run(run)[0].trajectory.torn_tail
    resume(run)
    assert (run / "trajectory.jsonl").read_bytes() == reference


def _turn_of(line: bytes) -> int:
    """The turn of a trajectory line (its key starts with the turn, zero-padded)."""
    key = line[line.index(b'"key": "') + 8:][:6]
    return int(key) if key.isdigit() else -1


MOVE = tool_call("move_path", {"source": "Users", "destination": "Moved"}, "mv1")


def test_a_move_whose_result_was_not_recorded_is_applied_once(planned: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    model = ScriptedModel(seed=3, by_turn=True, script=[MOVE])
    uninterrupted = simulate(copy_tree(planned, tmp_path / "a"), run_id="r", days=1, seed=3,
                             chat_model=model)
    expected = (uninterrupted / "trajectory.jsonl").read_bytes()
    moved = run_events(uninterrupted, "tool_result")[0]
    assert moved["content"].startswith("Moved 'Users' to 'Moved'"), moved

    real = Trajectory.record

    def killed_after_the_move(self: Trajectory, key: str, event: dict[str, Any]) -> None:
        if event.get("tool_call_id") == "mv1":
            raise KeyboardInterrupt  # the process dies: the move is on the drive, its result not
        real(self, key, event)

    monkeypatch.setattr(Trajectory, "record", killed_after_the_move)
    run = simulate(copy_tree(planned, tmp_path / "b"), run_id="r", days=1, seed=3,
                   chat_model=ScriptedModel(seed=3, by_turn=True, script=[MOVE]))
    assert read_summary(run)["status"] == "paused"
    assert (run / "drive" / "Moved").is_dir() and not (run / "drive" / "Users").exists()
    monkeypatch.setattr(Trajectory, "record", real)
    from synthcomp.runs.trajectory import trajectory

    trajectory.cache_clear()  # a new process: what was recorded is read back from the file
    resume(run, chat_model=ScriptedModel(seed=3, by_turn=True, script=[MOVE]))
    assert run_events(run, "tool_result")[0]["content"] == moved["content"]
    assert (run / "trajectory.jsonl").read_bytes() == expected
    assert not (run / "intents" / "mv1").exists(), "the call's copies go once its result is recorded"


def _variant(run: Path, name: str) -> Path:
    """A copy of the run folder beside it (as `cp -a`), to damage one way."""
    import shutil

    target = run.parent / name
    shutil.copytree(run, target, symlinks=True)
    return target


def _refused(run: Path, *says: str) -> str:
    result = cli("resume", str(run))
    assert result.exit_code == 1, result.output
    for text in says:
        assert text in result.output, result.output
    return str(result.output)


def test_a_corrupt_database_is_one_clear_error(planned: Path, tmp_path: Path) -> None:
    # A finished run: its checkpoints are all in the database file (a killed run's last ones
    # are in its WAL, which would hide a damaged page of the file).
    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r", days=1, seed=3)
    zeroed, cut = _variant(run, "zeroed"), _variant(run, "cut")
    with (zeroed / CHECKPOINTS_FILE).open("r+b") as handle:  # dd bs=4096 seek=5 count=1
        handle.seek(5 * 4096)
        handle.write(bytes(4096))
    os.truncate(cut / CHECKPOINTS_FILE, min(300_000, (cut / CHECKPOINTS_FILE).stat().st_size // 2))
    # Blobs SQLite holds intact that do not decompress: only loading the state finds them.
    garbled = _variant(run, "garbled")
    import sqlite3

    with sqlite3.connect(garbled / CHECKPOINTS_FILE) as connection:
        connection.execute("UPDATE checkpoints SET checkpoint = zeroblob(64) WHERE type LIKE '%+z'")
    for damaged in (zeroed, cut, garbled):
        report = cli("verify", str(damaged))
        assert report.exit_code == 1 and "checkpoints.sqlite is corrupt" in report.output, report.output
        damage = next(line for line in report.output.splitlines() if line.startswith("damaged"))
        assert damage.endswith(")"), "SQLite's findings are on one line"
        assert "cannot be repaired" in cli("verify", str(damaged), "--repair").output
        _refused(damaged, f"run {damaged.name} is damaged: checkpoints.sqlite is corrupt",
                 "`synthcomp verify --repair` cannot mend this")


def test_trajectory_lines_that_are_not_events_are_damage_moved_aside(planned: Path,
                                                                     tmp_path: Path) -> None:
    run = killed(planned, tmp_path / "c")
    trim = cli("verify", str(run), "--repair")  # the kill's torn line, if any: not what is tested
    assert trim.exit_code == 0, trim.output
    path = run / "trajectory.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[3] = b"null\n"
    path.write_bytes(b"".join(lines) + b"[1, 2]\n")
    from synthcomp.runs.trajectory import Trajectory as Fresh

    assert Fresh(str(run)).earlier("no such key") is None, "the reader skips them"
    report = cli("verify", str(run))
    assert report.exit_code == 1 and "its trajectory has 2 unreadable lines (line 4, " in report.output
    _refused(run, "unreadable lines")
    repaired = cli("verify", str(run), "--repair")
    assert repaired.exit_code == 0 and "moved 2 unreadable trajectory lines" in repaired.output
    kept = sorted((run / "repair").glob("*/trajectory.jsonl.unreadable"))
    assert kept and kept[-1].read_bytes() == b"null\n[1, 2]\n"
    resume(run)
    assert read_summary(run)["status"] == "finished"


def test_a_trajectory_or_drive_lost_is_damage_not_a_fine_run(planned: Path, tmp_path: Path) -> None:
    import shutil

    run = killed(planned, tmp_path / "c")
    turn = verify_run(run)[0].turn
    assert turn and turn > 3
    cut, emptied, deleted, driveless, holed = (_variant(run, n) for n in
                                                ("cut", "emptied", "deleted", "nodrive", "holed"))
    lines = (cut / "trajectory.jsonl").read_bytes().splitlines(keepends=True)
    first_kept = next(n for n, line in enumerate(lines) if _turn_of(line) == 3)
    os.truncate(cut / "trajectory.jsonl", sum(map(len, lines[:first_kept])) + 10)  # in turn 3
    (emptied / "trajectory.jsonl").write_bytes(b"")
    (deleted / "trajectory.jsonl").unlink()
    shutil.rmtree(driveless / "drive")
    (holed / "trajectory.jsonl").write_bytes(b"".join(line for line in lines if _turn_of(line) != 3))
    lost = f"the trajectory lacks turns 3-{turn} that the checkpoints hold: the run's record is incomplete"
    for damaged, says in ((cut, lost), (emptied, lost.replace("turns 3", "turns 1")),
                          (deleted, f"trajectory.jsonl is missing: it lacks turns 1-{turn}"),
                          (holed, "the trajectory lacks turn 3 that the checkpoints hold")):
        report = cli("verify", str(damaged))
        assert report.exit_code == 1 and says in report.output, report.output
        _refused(damaged, says, "--repair")
        repaired = cli("verify", str(damaged), "--repair")
        assert repaired.exit_code == 0 and "accepted the loss of turn" in repaired.output, repaired.output
        resume(damaged)
        assert read_summary(damaged)["status"] == "finished"
    says = "its drive (drive/) is missing"
    assert says in cli("verify", str(driveless)).output
    assert "cannot be repaired" in cli("verify", str(driveless), "--repair").output
    _refused(driveless, says, "cannot mend this")


def test_a_copied_or_renamed_run_verifies_and_resumes(planned: Path, reference: bytes,
                                                      tmp_path: Path) -> None:
    import json

    run = killed(planned, tmp_path / "c")
    trim = cli("verify", str(run), "--repair")
    assert trim.exit_code == 0, trim.output
    copied = _variant(run, "ctrl")
    older = _variant(run, "older")  # made before context.json named the thread
    saved = json.loads((older / "context.json").read_text("utf-8"))
    del saved["thread_id"]
    (older / "context.json").write_text(json.dumps(saved), "utf-8")
    renamed = run.parent / "renamed"
    os.rename(run, renamed)
    for moved in (copied, older, renamed):
        report = cli("verify", str(moved))
        assert report.exit_code == 0 and "damaged" not in report.output, report.output
        resume(moved)
        assert (moved / "trajectory.jsonl").read_bytes() == reference


def test_the_trajectory_reader_skips_what_holds_no_event(tmp_path: Path) -> None:
    journal = Trajectory(str(tmp_path))
    journal.record("000001.1", {"answer": "a\u2028b"})  # a line separator inside an event's text
    with (tmp_path / "trajectory.jsonl").open("ab") as handle:
        handle.write(b'null\n[1, 2]\n{"no": "key"}\n{"key": 3}\n{"key": "000002.1", "text": "\xc3')
    journal.close()
    again = Trajectory(str(tmp_path))
    assert again.earlier("000001.1") == {"key": "000001.1", "answer": "a\u2028b"}
    assert again.earlier("000002.1") is None
    assert again.compact() == 1
    assert (tmp_path / "trajectory.jsonl").read_text("utf-8").count("\n") == 1


def test_damaged_intent_lines_are_ignored(tmp_path: Path) -> None:
    from synthcomp.runs.intents import INTENTS_FILE, intent_of

    good = {"tool_call_id": "c1", "turn": 4, "name": "move_path", "before": {"a": {"kind": "absent"}}}
    bad = [{"tool_call_id": "c2", "turn": 4, "before": [1]}, {"tool_call_id": "c3", "turn": 4,
                                                              "before": {"a": None}}, None, [1, 2]]
    (tmp_path / INTENTS_FILE).write_bytes(b"".join(
        json.dumps(line).encode() + b"\n" for line in [good, *bad]) + '{"tool_call_id": "é'.encode()[:-1])
    assert intent_of(str(tmp_path), "c1", 4) == good
    assert intent_of(str(tmp_path), "c2", 4) is None and intent_of(str(tmp_path), "c3", 4) is None
