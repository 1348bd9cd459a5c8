"""Output folders that appear whole or not at all: build beside, then rename into place."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from synthcomp.errors import InputError


def check_target(target: Path, overwrite: bool) -> None:
    """Refuse an existing, non-empty target unless ``overwrite``."""
    if target.exists() and not target.is_dir():
        raise InputError(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not overwrite:
        raise InputError(f"{target} already exists; choose another --out or pass --overwrite")


@contextmanager
def atomic_folder(target: Path, overwrite: bool = False) -> Iterator[Path]:
    """Yield a scratch folder beside ``target``; on success it replaces ``target``, on any
    error it is removed, so a half-built folder never sits where a complete one is expected."""
    target = target.absolute()
    check_target(target, overwrite)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = target.parent / f".{target.name}.partial-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        yield scratch
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    if target.exists():
        os.replace(target, old)
    os.replace(scratch, target)
    shutil.rmtree(old, ignore_errors=True)
