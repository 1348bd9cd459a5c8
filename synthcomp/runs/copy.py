"""Move a run's checkpoints between SQLite (checkpoints.sqlite in its folder) and PostgreSQL:
`synthcomp runs copy RUN --to postgresql://...|sqlite`.

Every checkpoint of the run's thread (its subgraphs' too) is put into the target oldest first,
with its parent, metadata and channel versions, then every pending write with its task and
task path (the order a DeltaChannel's history is replayed in), so the run resumes there exactly
as it would have where it was. The copy is checked against the source (counts, and the state a
resume starts from) before the run's context.json is pointed at the target. Nothing is deleted:
a SQLite source is moved under ``moved/<n>/`` in the run folder; a PostgreSQL source's thread
stays on its server (a later copy back there needs ``overwrite``).
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import WRITES_IDX_MAP, BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver

from synthcomp.errors import InputError
from synthcomp.runs.checkpoints import (
    STORE_KEY,
    describe_store,
    parse_store,
    run_checkpointer,
    same_store,
    sqlite_checkpointer,
    without_password,
)
from synthcomp.runs.folder import CHECKPOINTS_FILE, load_context, run_lock, save_context
from synthcomp.runs.health import Health, check_run

MOVED_DIR = "moved"
_PARTIAL = f"{CHECKPOINTS_FILE}.partial"


@dataclass
class CopyReport:
    """What a copy did."""

    run_dir: Path
    source: str
    target: str
    thread_id: str
    checkpoints: int
    writes: int
    kept: str  # where the source's copy is now

    def line(self) -> str:
        """One line for the CLI."""
        return (f"copied {self.checkpoints} checkpoints and {self.writes} writes of run "
                f"{self.run_dir.name} from {self.source} to {self.target}; the run resumes there "
                f"(thread {self.thread_id}); {self.kept}")


def copy_run(run_dir: str | Path, to: str, *, overwrite: bool = False) -> CopyReport:
    """Copy the run's checkpoints to ``to`` ("sqlite" or a postgresql:// URL) and make the run
    use them; InputError, one line, when it cannot: the run is running, damaged or has no
    checkpoint, is there already, the server cannot be reached, or the target already holds
    the run's thread (``overwrite`` replaces it)."""
    from synthcomp.runs.parts import Parts

    folder = Path(run_dir).absolute()
    saved = load_context(folder)
    source: str | None = saved.get(STORE_KEY)
    target = parse_store(to)
    if same_store(source, target):
        raise InputError(f"run {folder.name} keeps its checkpoints in {describe_store(source)} already")
    if target is not None:
        from synthcomp.runs.postgres import check_postgres

        check_postgres(target)
    parts = Parts(None, None).resumed(saved.get("parts"))
    with run_lock(folder):
        health = check_run(folder, saved, parts)
        if health.damage:
            raise InputError(f"run {folder.name} cannot be copied, it is damaged: {'; '.join(health.damage)} "
                             f"(`synthcomp verify {folder}` says more)")
        if health.checkpoints != "ok":
            raise InputError(f"run {folder.name} has no checkpoint to copy "
                             f"({describe_store(source)}: {health.checkpoints})")
        thread = health.thread_id
        new_thread = thread
        if target is not None and thread == folder.name:
            from synthcomp.runs.postgres import new_thread_id

            new_thread = new_thread_id(folder.name)  # a run's name is not unique on a shared server
        with run_checkpointer(folder, source) as origin:
            counts = _into(folder, origin, thread, target, new_thread, overwrite)
        moved = {**saved, "thread_id": new_thread, STORE_KEY: target}
        copied = check_run(folder, moved, parts)
        if _state(copied) != _state(health) or copied.damage:
            _undo(folder, target, new_thread)
            raise InputError(f"the copy of run {folder.name} does not match its source ({_state(copied)} "
                             f"against {_state(health)}): nothing was changed")
        if target is None:
            moved.pop(STORE_KEY)
        else:
            moved[STORE_KEY] = without_password(target)
        save_context(folder, moved)
        kept = _set_aside(folder) if source is None else \
            f"its thread {thread} is still on {describe_store(source)}"
    return CopyReport(folder, describe_store(source), describe_store(target), new_thread, *counts, kept)


def _state(health: Health) -> tuple[Any, ...]:
    return (health.checkpoint_count, health.last_step, health.day, health.turn,
            tuple(health.next_nodes), health.finished)


def _into(folder: Path, origin: BaseCheckpointSaver[Any], thread: str, target: str | None,
          new_thread: str, overwrite: bool) -> tuple[int, int]:
    """Copy the thread into the target store; (checkpoints, writes) copied."""
    if target is None:
        existing = folder / CHECKPOINTS_FILE
        if existing.exists() and not overwrite:
            raise InputError(f"run {folder.name} already has a {CHECKPOINTS_FILE}: pass --overwrite "
                             f"to replace it (it is kept under {MOVED_DIR}/)")
        partial = folder / _PARTIAL
        for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            stale.unlink(missing_ok=True)
        try:
            with _sqlite_at(partial) as saver:
                counts = copy_thread(origin, saver, thread, new_thread)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        if existing.exists():
            _set_aside(folder)
        os.replace(partial, existing)
        return counts
    from synthcomp.runs.postgres import has_thread

    with run_checkpointer(folder, target) as saver:
        if has_thread(saver, new_thread):  # type: ignore[arg-type]
            if not overwrite:
                raise InputError(f"{describe_store(target)} already holds thread {new_thread} of run "
                                 f"{folder.name}: pass --overwrite to replace it")
            saver.delete_thread(new_thread)
        try:
            return copy_thread(origin, saver, thread, new_thread)
        except BaseException:
            saver.delete_thread(new_thread)
            raise


@contextmanager
def _sqlite_at(path: Path) -> Iterator[SqliteSaver]:
    with closing(sqlite3.connect(path, check_same_thread=False)) as connection:
        yield sqlite_checkpointer(connection)
        # Everything into the database file itself: it is renamed without its WAL.
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")


def _undo(folder: Path, target: str | None, thread: str) -> None:
    """Take a copy that did not match back out of the target."""
    if target is None:
        (folder / CHECKPOINTS_FILE).unlink(missing_ok=True)  # the copy just made, nothing else
        return
    with run_checkpointer(folder, target) as saver:
        saver.delete_thread(thread)


def _set_aside(folder: Path) -> str:
    """Move checkpoints.sqlite (and its WAL) under moved/<n>/; say where."""
    n = 1
    while (folder / MOVED_DIR / str(n)).exists():
        n += 1
    keep = folder / MOVED_DIR / str(n)
    keep.mkdir(parents=True)
    for name in (CHECKPOINTS_FILE, f"{CHECKPOINTS_FILE}-wal", f"{CHECKPOINTS_FILE}-shm"):
        if (folder / name).exists():
            os.replace(folder / name, keep / name)
    return f"the SQLite copy is kept in {keep.relative_to(folder)}/"


def copy_thread(origin: BaseCheckpointSaver[Any], target: BaseCheckpointSaver[Any], thread: str,
                new_thread: str) -> tuple[int, int]:
    """Put every checkpoint and pending write of ``thread`` in ``origin`` into ``target`` as
    ``new_thread``; (checkpoints, writes) copied."""
    versions: dict[str, dict[str, Any]] = {}
    ids = _rows(origin, "SELECT checkpoint_ns, checkpoint_id FROM {checkpoints} WHERE thread_id = {p} "
                        "ORDER BY checkpoint_id", (thread,))
    for ns, checkpoint_id in ids:
        found = origin.get_tuple({"configurable": {"thread_id": thread, "checkpoint_ns": ns,
                                                   "checkpoint_id": checkpoint_id}})
        if found is None:
            raise InputError(f"checkpoint {checkpoint_id} of thread {thread} vanished during the copy")
        parent = (found.parent_config or {}).get("configurable", {}).get("checkpoint_id")
        config: Any = {"configurable": {"thread_id": new_thread, "checkpoint_ns": ns,
                                        **({"checkpoint_id": parent} if parent else {})}}
        now = dict(found.checkpoint["channel_versions"])
        before = versions.get(parent, {}) if parent else {}
        # Only the channels that changed since the parent: their blobs are the new ones (as
        # LangGraph puts them); the others are stored with an earlier checkpoint already.
        target.put(config, found.checkpoint, found.metadata,
                   {k: v for k, v in now.items() if before.get(k) != v})
        versions[checkpoint_id] = now
    writes = _rows(origin, "SELECT checkpoint_ns, checkpoint_id, task_id, task_path, idx, channel, type, "
                           "{value} FROM {writes} WHERE thread_id = {p} "
                           "ORDER BY checkpoint_ns, checkpoint_id, task_path, task_id, idx", (thread,))
    tasks: dict[tuple[str, str, str, str], list[tuple[int, str, Any]]] = defaultdict(list)
    for ns, checkpoint_id, task_id, task_path, idx, channel, kind, blob in writes:
        value = origin.serde.loads_typed((kind, bytes(blob)))
        tasks[(ns, checkpoint_id, task_id, task_path)].append((idx, channel, value))
    for (ns, checkpoint_id, task_id, task_path), items in tasks.items():
        config = {"configurable": {"thread_id": new_thread, "checkpoint_ns": ns,
                                   "checkpoint_id": checkpoint_id}}
        target.put_writes(config, _in_put_order(items, task_id), task_id, task_path)
    return len(ids), len(writes)


def _in_put_order(items: list[tuple[int, str, Any]], task_id: str) -> list[tuple[str, Any]]:
    """A task's writes as put_writes takes them: a regular write's index is its place in the
    list, a special one's (error, interrupt...) is fixed, so the copy keeps every index."""
    regular = sorted((i for i in items if i[1] not in WRITES_IDX_MAP), key=lambda i: i[0])
    if [i[0] for i in regular] != list(range(len(regular))):
        raise InputError(f"the writes of task {task_id} are not numbered 0, 1, ...: they cannot be copied")
    special = [i for i in items if i[1] in WRITES_IDX_MAP]
    return [(channel, value) for _, channel, value in [*regular, *special]]


def _rows(saver: BaseCheckpointSaver[Any], query: str, args: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    """Rows of a query on either store's tables (SQLite's writes table is checkpoint_writes on
    PostgreSQL, its value column blob)."""
    if isinstance(saver, SqliteSaver):
        text = query.format(checkpoints="checkpoints", writes="writes", value="value", p="?")
        with saver.lock:
            return [tuple(row) for row in saver.conn.execute(text, args).fetchall()]
    text = query.format(checkpoints="checkpoints", writes="checkpoint_writes", value="blob", p="%s")
    with saver._cursor() as cursor:  # type: ignore[attr-defined]
        cursor.execute(text, args)
        return [tuple(row.values()) for row in cursor.fetchall()]

