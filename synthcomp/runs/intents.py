"""Intent records: what a drive-changing tool call was about to change, written before it runs.

A process killed after a tool moved, deleted, copied or wrote a file but before the trajectory
recorded the result left the drive changed with no record of it: the resumed run ran the call
again ("'x' does not exist", a line appended twice). So before each drive-changing call, the run
writes one line to intents.jsonl (``{"tool_call_id", "name", "before": {path: state}}``) and
keeps a copy of each file the call names (intents/<call id>/). On resume, a call with an intent
and no recorded result is recognised: the paths it names are put back as they were before it
(a moved or deleted item renamed back, a written file restored from its copy, an item it created
moved aside into intents/<call id>/), then it runs again, so it answers what an uninterrupted run
answered and its effect is applied once.

Intents live beside the trajectory, not in it: trainers read trajectory.jsonl, which stays as it
was. A call's copies are removed once its result is in the trajectory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

from synthcomp.computer import Computer
from synthcomp.errors import SynthcompError

INTENTS_FILE = "intents.jsonl"
INTENTS_DIR = "intents"
TRASH = ".Trash"
PATH_ARGS = ("path", "source", "destination")
_LOCK = threading.Lock()
# The intents a process has read or written, by run folder, with the file's version then:
# looking one up before every drive-changing call must not reread a month of them (a file
# changed since by anyone else, or another run at the same path, is read again).
_KNOWN: dict[str, tuple[tuple[int, int, int], dict[tuple[str, int], dict[str, Any]]]] = {}


def _named_paths(computer: Computer, name: str, args: dict[str, Any], extra: list[str]) -> list[Path]:
    """The drive paths a call may change: those its arguments name (the item a move or copy puts
    into an existing folder; a deleted item's place in the trash) and ``extra``."""
    found: list[Path] = []
    for rel in [*(str(args[k]) for k in PATH_ARGS if isinstance(args.get(k), str)), *extra]:
        try:
            found.append(computer.resolve(rel if rel.strip() else "."))
        except SynthcompError:  # a path the sandbox refuses: the call refuses it too
            continue
    source, destination = args.get("source"), args.get("destination")
    if isinstance(source, str) and isinstance(destination, str) and len(found) >= 2 \
            and found[1].is_dir():
        found.append(found[1] / Path(source).name)
    if name in ("delete_path", "restore_from_trash") and isinstance(args.get("path"), str):
        rel = str(args["path"]).removeprefix(f"{TRASH}/")
        for candidate in (f"{TRASH}/{rel}", rel):
            try:
                found.append(computer.resolve(candidate))
            except SynthcompError:
                continue
    root = computer.drive.resolve()
    return [p for p in dict.fromkeys(found) if p != root and p != root / TRASH]


def _state(path: Path) -> dict[str, Any]:
    if path.is_symlink() or not path.exists():
        return {"kind": "absent"} if not path.is_symlink() else {"kind": "link"}
    if path.is_dir():
        return {"kind": "dir"}
    return {"kind": "file", "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def record_intent(run_dir: str, computer: Computer, call: dict[str, Any], turn: int,
                  extra: list[str] | None = None) -> None:
    """Write the intent of ``call`` (before it runs): the state of each path it names, with a
    copy of each such file."""
    call_id = str(call.get("id") or "")
    if not call_id:
        return
    keep = Path(run_dir) / INTENTS_DIR / _safe(call_id)
    before: dict[str, Any] = {}
    for n, path in enumerate(_named_paths(computer, call["name"], call.get("args") or {}, extra or [])):
        state = _state(path)
        if state["kind"] == "file":
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, keep / f"before-{n}")
            state["copy"] = f"before-{n}"
        before[computer.relative(path)] = state
    line = json.dumps({"tool_call_id": call_id, "turn": turn, "name": call["name"], "before": before},
                      ensure_ascii=False, sort_keys=True)
    path = Path(run_dir) / INTENTS_FILE
    with _LOCK, path.open("a", encoding="utf-8") as handle:
        before_write = _version(os.fstat(handle.fileno()))
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())  # the intent must be on disk before the change it announces
        known = _KNOWN.get(run_dir)
        if known is not None and known[0] == before_write:
            known[1][(call_id, turn)] = json.loads(line)
            _KNOWN[run_dir] = (_version(os.fstat(handle.fileno())), known[1])


def intent_of(run_dir: str, call_id: str, turn: int) -> dict[str, Any] | None:
    """The last intent recorded for ``call_id`` in ``turn``, if any (a model may give the same
    call id on another turn: the turn tells them apart)."""
    path = Path(run_dir) / INTENTS_FILE
    if not call_id or not path.is_file():
        return None
    with _LOCK:
        version = _version(path.stat())
        known = _KNOWN.get(run_dir)
        if known is None or known[0] != version:
            known = (version, _read_intents(path))
            _KNOWN[run_dir] = known
        return known[1].get((call_id, turn))


def _version(info: os.stat_result) -> tuple[int, int, int]:
    """What tells one state of the intents file from another: inode, size, modification."""
    return info.st_ino, info.st_size, info.st_mtime_ns


def _read_intents(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """Every intent in the file, by (call id, turn); a later one replaces an earlier."""
    found: dict[tuple[str, int], dict[str, Any]] = {}
    # Bytes split at newlines: a torn last line may end inside a character.
    for line in path.read_bytes().split(b"\n"):
        try:
            intent = json.loads(line)
        except (ValueError, RecursionError):
            continue  # torn: the call it announced never ran
        if _well_formed(intent):
            found[(str(intent.get("tool_call_id")), intent["turn"])] = intent
    return found


def _well_formed(intent: Any) -> bool:
    """Whether a line is an intent undo_unrecorded can follow (a damaged one is ignored, as a
    torn one is: its call then runs again as a fresh one)."""
    if not isinstance(intent, dict) or not isinstance(intent.get("turn"), int) \
            or not isinstance(intent.get("tool_call_id"), str):
        return False
    before = intent.get("before")
    return isinstance(before, dict) and all(
        isinstance(state, dict) and isinstance(state.get("kind"), str) for state in before.values())


def settle(run_dir: str, call_id: str) -> None:
    """The call's result is in the trajectory: its copies are no longer needed."""
    copies = Path(run_dir) / INTENTS_DIR
    shutil.rmtree(copies / _safe(call_id), ignore_errors=True)
    with contextlib.suppress(OSError):  # other calls' copies are still there
        copies.rmdir()


def undo_unrecorded(run_dir: str, computer: Computer, intent: dict[str, Any]) -> list[str]:
    """Put the paths an unrecorded call named back as they were before it ran (its effect, if
    it happened, is undone so that running it again applies it once); return what was done."""
    keep = Path(run_dir) / INTENTS_DIR / _safe(str(intent["tool_call_id"]))
    before: dict[str, Any] = intent.get("before") or {}
    now = {rel: _state(computer.resolve(rel)) for rel in before}
    changed = [rel for rel in before if now[rel] != {k: v for k, v in before[rel].items() if k != "copy"}]
    done: list[str] = []
    # An item that went from one named path to another (move, delete, restore) goes back.
    gone = [rel for rel in changed if before[rel]["kind"] != "absent" and now[rel]["kind"] == "absent"]
    appeared = [rel for rel in changed if before[rel]["kind"] == "absent" and now[rel]["kind"] != "absent"]
    for rel in gone:
        match = next((new for new in appeared if now[new]["kind"] == before[rel]["kind"]), None)
        if match is None:
            continue
        appeared.remove(match)
        os.replace(computer.resolve(match), computer.resolve(rel))
        done.append(f"moved {match} back to {rel}")
    for rel in appeared:  # made by the call (a copy, a new file): kept aside, not deleted
        keep.mkdir(parents=True, exist_ok=True)
        aside = keep / f"made-{len(list(keep.glob('made-*')))}"
        os.replace(computer.resolve(rel), aside)
        done.append(f"moved {rel}, made by the unrecorded call, to {aside.relative_to(run_dir)}")
    for rel, state in before.items():
        copy = keep / str(state.get("copy") or "")
        if state["kind"] == "file" and state.get("copy") and copy.is_file() \
                and _state(computer.resolve(rel)) != {"kind": "file", "sha256": state["sha256"]}:
            target = computer.resolve(rel)
            if target.exists() and not target.is_dir():
                shutil.copy2(target, keep / f"after-{len(list(keep.glob('after-*')))}")
            shutil.copy2(copy, target)
            done.append(f"restored {rel} as it was before the call")
    return done


def _safe(call_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in call_id)[:120]
