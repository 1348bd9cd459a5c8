"""An exclusive lock on a file, refused at once with a message when another process holds it: one
driver per run, batch or experiment folder."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from synthcomp.errors import InputError


@contextmanager
def exclusive(path: Path, busy: str) -> Iterator[None]:
    """Hold an exclusive fcntl lock on ``path`` (created if missing) for the block; InputError
    ``busy`` when another process holds it. The kernel drops the lock when its holder dies, so
    a killed driver never leaves a folder locked."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not path.is_file():
        kind = "a folder" if path.is_dir() else "not a file"
        raise InputError(f"{path} is {kind}, not a lock file: remove it")
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise InputError(busy) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
