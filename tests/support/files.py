"""File helpers: a folder's content as digests, a copy of a computer."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative POSIX path) -> the sha256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_tree(folder: Path, target: Path) -> Path:
    """A copy of ``folder`` at ``target``, with timestamps and links as they are (cp -a)."""
    subprocess.run(["cp", "-a", str(folder), str(target)], check=True)
    return target
