"""An exclusive lock on a file: one driver per run, batch or experiment folder (refused at once
with a message when another holds it), one builder per computer (waited for)."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from synthcomp.errors import InputError


@contextmanager
def exclusive(path: Path, busy: str | None = None, *, what: str = "a lock file") -> Iterator[None]:
    """Hold an exclusive fcntl lock on ``path`` (created if missing) for the block. When another
    process (or thread: each opens its own handle) holds it: InputError ``busy``, or wait for it
    when ``busy`` is None. The kernel drops the lock when its holder dies, so a killed process
    never leaves a folder locked. ``what`` names the file in the error of a path that is not
    one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not path.is_file():
        kind = "a folder" if path.is_dir() else "not a file"
        raise InputError(f"{path} is {kind}, not {what}: remove it")
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if busy is None else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise InputError(busy) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
