"""Where an export may write: checked before anything is written.

An export's output (and a training export's manifest beside it) must not land inside one of
the folders it reads (writing ``RUN/trajectory.jsonl`` would destroy the run it exports), must
not replace an existing file unless the caller says so (``--overwrite``, as ``build`` takes),
and must be a file name, not a folder. Paths are compared resolved (symlinks, ``..``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from synthcomp.errors import InputError


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_outputs(outputs: Iterable[Path], sources: Iterable[Path], overwrite: bool) -> None:
    """Raise InputError (naming the path as given) for an output that is a folder, sits inside
    a source folder, or exists while ``overwrite`` is false."""
    folders = [folder.resolve() for folder in sources if folder.is_dir()]
    for out in outputs:
        where = out.resolve()
        for folder in folders:
            if _inside(where, folder):
                raise InputError(f"{out} is inside {folder}, which this export reads: write the "
                                 "export outside the run, computer and batch folders it exports")
        if out.is_dir():
            raise InputError(f"{out} is a folder: give a file name for the export")
        if where.parent.exists() and not where.parent.is_dir():
            raise InputError(f"{out}: {where.parent} is not a folder")
        if out.exists() and not overwrite:
            raise InputError(f"{out} already exists; choose another --out or pass --overwrite")

