"""File helpers: a folder's content as digests, copies of computers and runs, a run's events."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative POSIX path) -> the sha256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def empty_computer(tmp_path: Path) -> Path:
    """The root of a computer with an empty Users folder on its drive and an empty meta/ (what
    the sandbox and tool tests start from)."""
    root = tmp_path / "comp"
    (root / "drive" / "Users").mkdir(parents=True)
    (root / "meta").mkdir()
    return root


def copy_tree(folder: Path, target: Path) -> Path:
    """A copy of ``folder`` at ``target``, with timestamps and links as they are (cp -a)."""
    subprocess.run(["cp", "-a", str(folder), str(target)], check=True)
    return target


def copy_run(run: Path, target: Path) -> Path:
    """A copy of the run's whole computer at ``target``; the copied run folder. context.json
    names the computer by its absolute path, so the copy's is pointed at the copy."""
    copy_tree(run.parent.parent, target)
    copied = target / "runs" / run.name
    saved = json.loads((copied / "context.json").read_text("utf-8"))
    saved.update(computer_dir=str(target), run_dir=str(copied))
    (copied / "context.json").write_text(json.dumps(saved), "utf-8")
    return copied


def run_events(run: Path, kind: str | None = None) -> list[dict[str, Any]]:
    """The run's trajectory events (only those of type ``kind``, if given)."""
    lines = (run / "trajectory.jsonl").read_text("utf-8").splitlines()
    return [event for event in map(json.loads, lines) if kind is None or event["type"] == kind]
