"""How intact a run folder is, what a resume would do, and the repairs that make it resumable.

A run is its checkpoints (checkpoints.sqlite and its write-ahead log), its trajectory and its
drive. Damage to them is silent by default: SQLite reads an emptied database as a new one and
ignores a WAL it cannot check, so the run looked finished, or went back to an older step while
its drive and trajectory had gone further. Here the files are checked before SQLite touches them
(it would rewrite a WAL it ignores) and the checkpoints are compared with the trajectory.

Nothing is ever deleted by a repair: what it moves or trims is kept under ``repair/<n>/``.

A repair never rolls the run's drive back. When it accepts checkpoints behind the trajectory
(lost checkpoints), the drive keeps the changes of the turns after them: the redone turns replay
their recorded model answers and drive-changing results, but whatever they read sees the drive
as the lost turns left it, so the resumed run continues from there and need not equal an
uninterrupted run. verify and the repair say so.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zlib
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synthcomp.atomic import write_bytes, write_json
from synthcomp.computer import PLAN_FILE, RUN_DRIVE
from synthcomp.runs.folder import CHECKPOINTS_FILE, TRAJECTORY_FILE, read_summary
from synthcomp.runs.sqlite_files import WalReport, checkpoint_file_problem, wal_report
from synthcomp.runs.trajectory import event_of, trim_torn_line

REPAIR_DIR = "repair"
REPAIRED_FILE = "repaired.json"
# A killed step leaves its model call and tool results in the trajectory without a checkpoint:
# one turn ahead is a kill; more is a lost checkpoint.
TURNS_AHEAD_OF_A_KILL = 1


@dataclass
class TrajectoryReport:
    """Events, unreadable lines (and whether the last one is torn), and the last turn."""

    events: int = 0
    keys: int = 0
    turns: set[int] = field(default_factory=set)  # the turns its events name
    bad_lines: list[int] = field(default_factory=list)
    torn_tail: int = 0  # bytes after the last newline: a line the killed process did not finish
    last_turn: int = 0


@dataclass
class Health:
    """What verify found in a run folder; ``damage`` is empty for a run that resumes as it is."""

    run_dir: Path
    checkpoints: str = ""  # "missing", "empty", "not sqlite", "no checkpoint", or "ok"
    checkpoint_count: int = 0
    last_step: int | None = None
    day: int | None = None
    turn: int | None = None
    next_nodes: list[str] = field(default_factory=list)
    finished: bool = False
    wal: WalReport = field(default_factory=WalReport)
    trajectory: TrajectoryReport = field(default_factory=TrajectoryReport)
    summary_status: str = ""
    drive_files: int = 0
    thread_id: str = ""  # the run's checkpoint thread
    store: str = CHECKPOINTS_FILE  # where its checkpoints are, as messages name it
    accepted_turn: int | None = None  # a repair accepted checkpoints behind the trajectory
    damage: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what is not damage but must be known
    repairable: bool = True

    def one_line(self) -> str:
        """The damage as one error line, with what to do."""
        name = self.run_dir.name
        what = "; ".join(self.damage)
        how = (f"`synthcomp verify {self.run_dir} --repair` makes it resumable from what is intact"
               if self.repairable else
               "`synthcomp verify --repair` cannot mend this, nothing is left to resume from "
               f"(`synthcomp verify {self.run_dir}` shows what is kept): start another run of the computer")
        return f"run {name} is damaged: {what}; {how}"

    def lines(self) -> list[str]:
        """verify's report: how much is intact and what a resume would do."""
        out = []
        if self.checkpoints == "ok":
            where = f"day {self.day}, turn {self.turn}" if self.turn is not None else "no state"
            out.append(f"checkpoints  {self.checkpoint_count}, last step {self.last_step} ({where})"
                       + (", the end of the run" if self.finished else ""))
        else:
            out.append(f"checkpoints  {self.checkpoints}")
        out.append(f"wal          {self.wal.describe()}")
        t = self.trajectory
        torn = f"; a torn last line ({t.torn_tail} bytes)" if t.torn_tail else ""
        plural = "s" if len(t.bad_lines) > 1 else ""
        bad = f"; {len(t.bad_lines)} unreadable line{plural} (line {', '.join(map(str, t.bad_lines[:5]))})" \
            if t.bad_lines else ""
        out.append(f"trajectory   {t.events} events, to turn {t.last_turn}{torn}{bad}")
        out.append(f"summary      {self.summary_status or 'none'}")
        out.append(f"drive        {self.drive_files} files")
        if self.damage:
            out.append(f"damaged      {'; '.join(self.damage)}")
        out.extend(f"note         {note}" for note in self.notes)
        out.append(f"resume       {self.resume_would()}")
        return out

    def resume_would(self) -> str:
        """What `synthcomp resume` does with the run as it is now."""
        if self.damage:
            return ("refuses: run verify --repair first" if self.repairable
                    else "refuses: nothing intact to resume from")
        if self.finished:
            return "nothing: the run has finished"
        torn = ", dropping the torn last trajectory line" if self.trajectory.torn_tail else ""
        nodes = f" ({', '.join(self.next_nodes)})" if self.next_nodes else ""
        return f"continues from day {self.day}, turn {self.turn}{nodes}{torn}"


def trajectory_report(path: Path) -> TrajectoryReport:
    """Count a trajectory's events, its unreadable lines and a torn last line, and its last turn."""
    report = TrajectoryReport()
    if not path.is_file():
        return report
    data = path.read_bytes()
    whole, _, tail = data.rpartition(b"\n") if b"\n" in data else (b"", b"", data)
    report.torn_tail = len(tail)
    keys = set()
    for number, line in enumerate(whole.split(b"\n") if whole else [], start=1):
        event = event_of(line)
        if event is None:  # not an event: torn, `null`, `[1, 2]`, an object without a key
            report.bad_lines.append(number)
            continue
        key = event["key"]
        report.events += 1
        keys.add(key)
        if key[:6].isdigit():
            report.last_turn = max(report.last_turn, int(key[:6]))
            report.turns.add(int(key[:6]))
    report.keys = len(keys)
    return report


def _repaired(run_dir: Path) -> dict[str, Any]:
    """What repairs accepted (repaired.json; {} when none did)."""
    try:
        saved = json.loads((run_dir / REPAIRED_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def _accept(run_dir: Path, **accepted: Any) -> None:
    write_json(run_dir / REPAIRED_FILE, {**_repaired(run_dir), **accepted})


def accepted_turn(run_dir: Path) -> int | None:
    """The checkpoint turn a repair accepted as the run's new last point, if any."""
    value = _repaired(run_dir).get("accepted_turn")
    return value if isinstance(value, int) else None


def behind_trajectory(run_dir: Path, checkpoint_turn: int, finished: bool) -> str:
    """Why checkpoints at ``checkpoint_turn`` do not cover the trajectory ('' when they do)."""
    report = trajectory_report(run_dir / TRAJECTORY_FILE)
    if report.last_turn <= checkpoint_turn + (0 if finished else TURNS_AHEAD_OF_A_KILL):
        return ""
    if accepted_turn(run_dir) == checkpoint_turn:
        return ""
    return (f"its checkpoints end at turn {checkpoint_turn} but its trajectory goes on to turn "
            f"{report.last_turn} (checkpoints were lost, e.g. from a truncated WAL)")


def drive_kept_note(checkpoint_turn: int, trajectory_turn: int) -> str:
    """What resuming from checkpoints behind the trajectory leaves: the drive is not rolled back."""
    return (f"the drive keeps the changes of turns {checkpoint_turn + 1}-{trajectory_turn}; the "
            "resumed run continues from them and will not equal an uninterrupted run")


def _ranges(turns: list[int]) -> list[list[int]]:
    """Sorted turns as [first, last] runs of consecutive turns."""
    found: list[list[int]] = []
    for turn in sorted(turns):
        if found and turn == found[-1][1] + 1:
            found[-1][1] = turn
        else:
            found.append([turn, turn])
    return found


def _accepted_lack(run_dir: Path) -> set[int]:
    ranges = _repaired(run_dir).get("accepted_lack")
    if not isinstance(ranges, list):
        return set()
    return {turn for pair in ranges if isinstance(pair, list) and len(pair) == 2
            and all(isinstance(n, int) for n in pair) for turn in range(pair[0], pair[1] + 1)}


def missing_turns(run_dir: Path, checkpoint_turn: int, records_turns: bool = True) -> list[int]:
    """The turns up to ``checkpoint_turn`` that the checkpoints hold and the trajectory does not
    (none a repair accepted as lost). ``records_turns``: the run's user agent records each turn
    (ours does: its model call; one of the user's own may record only the days, so then only an
    empty trajectory is known to lack turns)."""
    report = trajectory_report(run_dir / TRAJECTORY_FILE)
    if not records_turns and report.events:
        return []
    accepted = _accepted_lack(run_dir)
    return [turn for turn in range(1, checkpoint_turn + 1)
            if turn not in report.turns and turn not in accepted]


def lacks_turns(run_dir: Path, checkpoint_turn: int, records_turns: bool = True) -> str:
    """Why the trajectory does not hold the turns the checkpoints reached ('' when it does, or
    when a repair accepted the loss)."""
    missing = missing_turns(run_dir, checkpoint_turn, records_turns)
    if not missing:
        return ""
    spans = [f"{a}-{b}" if b > a else str(a) for a, b in _ranges(missing)]
    turns = f"turn{'s' if len(missing) > 1 else ''} {', '.join(spans[:4])}{', ...' if len(spans) > 4 else ''}"
    if not (run_dir / TRAJECTORY_FILE).is_file():
        return (f"trajectory.jsonl is missing: it lacks {turns} that the checkpoints hold, so the "
                "run's record is incomplete")
    return f"the trajectory lacks {turns} that the checkpoints hold: the run's record is incomplete"


def inspect_run(run_dir: Path, graph_for: Callable[[Any], Any] | None = None, *,
                thread_id: str = "", records_turns: bool = True, saver: Any = None) -> Health:
    """How intact the run in ``run_dir`` is. ``graph_for(checkpointer)`` compiles the run's
    graph (for its day, turn and next step); ``thread_id`` is the run's checkpoint thread as
    its context.json names it ('' for runs made before it did: the folder's name, or the only
    thread in the database, so a renamed or copied run is still found). The database is read
    from a copy, so inspecting never changes the run. ``saver``: the run's PostgreSQL saver, for
    a run whose checkpoints are on a server (then no SQLite file is checked)."""
    health = Health(run_dir=run_dir)
    health.trajectory = trajectory_report(run_dir / TRAJECTORY_FILE)
    health.wal = wal_report(run_dir / f"{CHECKPOINTS_FILE}-wal")
    health.summary_status = str(read_summary(run_dir).get("status") or "")
    drive = run_dir / RUN_DRIVE
    health.drive_files = sum(1 for p in drive.rglob("*") if p.is_file()) if drive.is_dir() else 0
    health.accepted_turn = accepted_turn(run_dir)
    health.thread_id = thread_id or run_dir.name
    if (run_dir / PLAN_FILE).is_file() and not drive.is_dir():
        # The run was made with its own drive (its plan.json is copied with it); a run made
        # before runs had one has no plan.json either, and works on the computer's drive.
        health.damage.append("its drive (drive/) is missing: the run's files and the changes it "
                             "made to them are gone, which no repair can bring back")
        health.repairable = False
    if saver is not None:
        from synthcomp.runs.postgres import read_server_checkpoints

        health.store = "the checkpoint database"
        read_server_checkpoints(health, saver, graph_for)
    elif not _read_sqlite(health, graph_for, explicit=bool(thread_id)):
        return health
    if health.trajectory.bad_lines:
        lines = health.trajectory.bad_lines
        health.damage.append(f"its trajectory has {len(lines)} unreadable "
                             f"line{'s' if len(lines) > 1 else ''} (line "
                             f"{', '.join(map(str, lines[:5]))}{', ...' if len(lines) > 5 else ''}) "
                             f"that hold{'' if len(lines) > 1 else 's'} no event")
    if health.checkpoints == "ok" and health.turn is not None:
        behind = behind_trajectory(run_dir, health.turn, health.finished)
        if behind:
            health.damage.append(behind)
        if behind or health.accepted_turn == health.turn:
            repaired = _repaired(run_dir).get("trajectory_turn")
            last = repaired if isinstance(repaired, int) else health.trajectory.last_turn
            if last > health.turn:
                health.notes.append(drive_kept_note(health.turn, last))
        lack = lacks_turns(run_dir, health.turn, records_turns)
        if lack:
            health.damage.append(lack)
    elif health.checkpoints == "no checkpoint" and health.trajectory.events:
        health.damage.append(f"{health.store} holds no checkpoint of the run, but its trajectory "
                             f"has {health.trajectory.events} events")
        health.repairable = False
    return health


def _read_sqlite(health: Health, graph_for: Callable[[Any], Any] | None, explicit: bool) -> bool:
    """Check checkpoints.sqlite as files, then read it from a copy; False when it is too damaged
    to read at all."""
    run_dir = health.run_dir
    problem = checkpoint_file_problem(run_dir)
    path = run_dir / CHECKPOINTS_FILE
    if problem and (not path.is_file() or path.stat().st_size == 0
                    or "not a SQLite database" in problem):
        health.checkpoints = "missing" if not path.is_file() else \
            "empty (0 bytes)" if path.stat().st_size == 0 else "not a SQLite database"
        health.damage.append(problem)
        health.repairable = False
        return False
    if problem:
        health.damage.append(problem)
    with tempfile.TemporaryDirectory(prefix="synthcomp-verify-") as scratch:
        copy = Path(scratch) / CHECKPOINTS_FILE
        shutil.copy2(path, copy)
        if health.wal.valid_header and health.wal.size:
            shutil.copy2(run_dir / f"{CHECKPOINTS_FILE}-wal", Path(scratch) / f"{CHECKPOINTS_FILE}-wal")
        _read_checkpoints(health, copy, graph_for, explicit=explicit)
    return True


def _read_checkpoints(health: Health, copy: Path, graph_for: Callable[[Any], Any] | None,
                      explicit: bool) -> None:
    try:
        with sqlite3.connect(copy) as connection:
            # quick_check reads every page: a zeroed or cut-off page is found here, not as a
            # zlib or msgpack error deep inside LangGraph.
            check = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
            if check != ["ok"]:
                raise sqlite3.DatabaseError("damaged pages: " + _one_line(check))
            threads = [str(row[0]) for row in connection.execute(
                "SELECT DISTINCT thread_id FROM checkpoints WHERE checkpoint_ns = ''")]
            if not explicit and health.thread_id not in threads and len(threads) == 1:
                health.thread_id = threads[0]  # an older run, renamed or copied
            rows = connection.execute(
                "SELECT count(*), max(json_extract(CAST(metadata AS TEXT), '$.step')) FROM checkpoints "
                "WHERE checkpoint_ns = '' AND thread_id = ?", (health.thread_id,)).fetchone()
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "no such table" in message:
            health.checkpoints = "no checkpoint"
            return
        _unreadable(health, message)
        return
    health.checkpoint_count, health.last_step = int(rows[0] or 0), rows[1]
    if not health.checkpoint_count:
        health.checkpoints = "no checkpoint"
        return
    health.checkpoints = "ok"
    if graph_for is None:
        return
    from synthcomp.runs.checkpoints import sqlite_checkpointer

    with sqlite3.connect(copy, check_same_thread=False) as connection:
        read_state(health, graph_for(sqlite_checkpointer(connection)), LOAD_ERRORS)
        connection.commit()


# A damaged blob that SQLite's check cannot see (its bytes are SQLite-valid) fails in
# decompressing or decoding.
LOAD_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, zlib.error, ValueError, TypeError,
                                                KeyError)


def read_state(health: Health, graph: Any, errors: tuple[type[BaseException], ...]) -> None:
    """The run's day, turn and next step from its latest checkpoint, through ``graph`` (compiled
    on the run's checkpointer); a checkpoint that fails with one of ``errors`` is damage."""
    config = {"configurable": {"thread_id": health.thread_id}}
    try:
        snapshot = graph.get_state(config, subgraphs=True)
    except errors as exc:
        kind = type(exc).__name__ if type(exc).__module__ == "builtins" else \
            f"{type(exc).__module__}.{type(exc).__name__}"  # zlib.error, not "error"
        _unreadable(health, f"a checkpoint does not load, {kind}: {exc}")
        return
    values = dict(snapshot.values)
    turn = values.get("turn", 0)
    for task in snapshot.tasks:
        inner = getattr(task.state, "values", None) or {}
        turn = max(turn, inner.get("turn", 0))
    health.day, health.turn = values.get("day", 0), turn
    health.next_nodes = list(snapshot.next)
    health.finished = bool(values) and not (snapshot.next or snapshot.tasks)


def _one_line(found: list[str]) -> str:
    """SQLite's check, as one line (it lists a problem a line, under a header)."""
    problems = [line.strip() for text in found for line in text.splitlines()
                if line.strip() and not line.startswith("***")]
    return "; ".join(problems[:2]) + ("; ..." if len(problems) > 2 else "")


def _unreadable(health: Health, message: str) -> None:
    message = " ".join(message.split())
    health.checkpoints = f"unreadable ({message})"
    health.damage.append(f"{health.store} is corrupt, its checkpoints cannot be read ({message})")
    health.repairable = False


def repair_run(run_dir: Path, health: Health) -> list[str]:
    """Make the run resumable from its last intact point where that can be done; return what was
    done. Whatever is moved or trimmed is kept under repair/<n>/. The drive is never rolled
    back (see the module's docstring)."""
    done: list[str] = []
    if not health.repairable:
        return done
    keep = _next_repair_dir(run_dir)
    where = f"{keep.relative_to(run_dir)}/"
    wal = run_dir / f"{CHECKPOINTS_FILE}-wal"
    if wal.is_file() and not health.wal.valid_header:
        keep.mkdir(parents=True, exist_ok=True)
        os.replace(wal, keep / wal.name)
        shm = run_dir / f"{CHECKPOINTS_FILE}-shm"
        if shm.is_file():
            os.replace(shm, keep / shm.name)
        done.append(f"moved the broken WAL ({health.wal.size} bytes) to {where}")
    torn = trim_torn_line(run_dir / TRAJECTORY_FILE, keep)
    if torn:
        done.append(f"dropped the torn last trajectory line ({torn} bytes; kept in {where}); "
                    "resume redoes it")
    moved = drop_unreadable_lines(run_dir / TRAJECTORY_FILE, keep)
    if moved:
        done.append(f"moved {moved} unreadable trajectory line{'s' if moved > 1 else ''} to "
                    f"{where}{TRAJECTORY_FILE}.unreadable (the whole trajectory as it was is kept "
                    "there too); an event they held is lost unless resume redoes its turn")
    behind = [d for d in health.damage if "trajectory goes on to turn" in d]
    if behind and health.turn is not None:
        keep.mkdir(parents=True, exist_ok=True)
        if not (keep / TRAJECTORY_FILE).exists():
            shutil.copy2(run_dir / TRAJECTORY_FILE, keep / TRAJECTORY_FILE)
        _accept(run_dir, accepted_turn=health.turn, trajectory_turn=health.trajectory.last_turn)
        done.append(f"accepted turn {health.turn} as the last intact checkpoint; turns "
                    f"{health.turn + 1}-{health.trajectory.last_turn} are redone on resume, their "
                    "model answers and drive-changing results replayed from the trajectory (which "
                    f"is kept, with a copy in {where}); "
                    + drive_kept_note(health.turn, health.trajectory.last_turn))
    lack = [d for d in health.damage if "that the checkpoints hold" in d]
    if lack and health.turn is not None:
        missing = missing_turns(run_dir, health.turn)
        _accept(run_dir, accepted_lack=_ranges([*_accepted_lack(run_dir), *missing]))
        spans = ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in _ranges(missing))
        done.append(f"accepted the loss of turn{'s' if len(missing) > 1 else ''} {spans} from the "
                    "trajectory: the run goes on from its checkpoints, and its trajectory will "
                    "never hold them")
    return done


def drop_unreadable_lines(path: Path, keep: Path) -> int:
    """Move the whole lines of a trajectory that hold no event (not JSON, not an object, no
    string key) to ``keep``/trajectory.jsonl.unreadable, keeping the file as it was beside them;
    return how many were moved."""
    if not path.is_file():
        return 0
    data = path.read_bytes()
    good: list[bytes] = []
    bad: list[bytes] = []
    for line in data.splitlines(keepends=True):
        (good if event_of(line) is not None else bad).append(line)
    if not bad:
        return 0
    keep.mkdir(parents=True, exist_ok=True)
    if not (keep / TRAJECTORY_FILE).exists():
        (keep / TRAJECTORY_FILE).write_bytes(data)
    (keep / f"{TRAJECTORY_FILE}.unreadable").write_bytes(b"".join(bad))
    write_bytes(path, b"".join(good))
    return len(bad)


def _next_repair_dir(run_dir: Path) -> Path:
    n = 1
    while (run_dir / REPAIR_DIR / str(n)).exists():
        n += 1
    return run_dir / REPAIR_DIR / str(n)


def check_run(folder: Path, saved: dict[str, Any], parts: Any) -> Health:
    """How intact the run in ``folder`` is, as verify and resume both judge it: ``saved`` is its
    context.json (its ``checkpointer``, a PostgreSQL URL, is where its checkpoints are), ``parts``
    its Parts (a user agent of the user's own may record only days)."""
    from synthcomp.graphs.simulation import build_simulation  # graphs are heavy: only here
    from synthcomp.runs.checkpoints import STORE_KEY, is_postgres, run_checkpointer

    graph_parts = parts.graph_parts()

    def graph_for(checkpointer: Any) -> Any:
        return build_simulation(**graph_parts).compile(checkpointer=checkpointer)

    store = saved.get(STORE_KEY)
    with run_checkpointer(folder, store) if is_postgres(store) else nullcontext() as saver:
        return inspect_run(folder, graph_for, thread_id=str(saved.get("thread_id") or ""),
                           records_turns=parts.user_agent is None, saver=saver)


def verify_run(run_dir: Path, *, repair: bool = False) -> tuple[Health, list[str]]:
    """Inspect the run in ``run_dir`` (and repair it, when asked and possible); return what was
    found (after the repair, if one was made) and what the repair did. Holds the run's lock."""
    from synthcomp.runs.folder import load_context, run_lock
    from synthcomp.runs.parts import Parts

    folder = Path(run_dir).absolute()
    saved = load_context(folder)
    parts = Parts(None, None).resumed(saved.get("parts"))

    with run_lock(folder):
        health = check_run(folder, saved, parts)
        if not repair:
            return health, []
        done = repair_run(folder, health)
        return (check_run(folder, saved, parts) if done else health), done
