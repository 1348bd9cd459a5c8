"""The one atomic writer: files and folders that appear whole or not at all.

A file is written to a temporary name in its own folder and renamed over the target, so a
reader (or a process killed midway) never sees half of it; a folder is built beside its target
and renamed into place.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import string
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from synthcomp.errors import InputError


def write_bytes(path: Path, data: bytes, *, modified: float | None = None) -> None:
    """Write ``data`` to ``path`` atomically; ``modified`` (a POSIX timestamp) sets its mtime.
    A failed write leaves the old file in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    # The writer's pid in the temporary name tells a later writer whether it is debris.
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.",
                                         suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
        os.chmod(temp_name, 0o644)  # mkstemp makes 0600; files here are normally shared-readable
        if modified is not None:
            os.utime(temp_name, (modified, modified))
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def remove_stale_temps(path: Path) -> None:
    """Remove the temporary files (``.<name>.<pid>.<random>.tmp``) that a writer of ``path``
    killed mid-write, or failing to clean up, left beside it, when that writer's process is
    gone; a live writer's (another process's, or another thread's of this one) are kept. Best
    effort: a leftover that cannot be removed stays, the write goes on."""
    head = f".{path.name}."
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(head) and entry.name.endswith(".tmp")):
            continue
        # Exactly <pid>.<random>: a longer middle is the temporary of another file whose name
        # starts with this one's ("a.1" beside "a"); mkstemp's random part has no dot.
        pid, dot, tail = entry.name[len(head):-len(".tmp")].partition(".")
        if not (dot and pid.isascii() and pid.isdigit() and tail and _TEMP_CHARS.issuperset(tail)):
            continue
        if not 0 < int(pid) < 2**31 or alive_pid(int(pid)):  # out of range: not a pid of ours
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)


# The characters of mkstemp's random part.
_TEMP_CHARS = frozenset(string.ascii_letters + string.digits + "_")


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    write_bytes(path, text.encode("utf-8"))


def json_text(data: Any, **options: Any) -> str:
    """``json.dumps(data, **options)`` with non-ASCII kept as is, unless ``data`` holds a lone
    surrogate (a file name on the drive that is not UTF-8, as Python decodes it): UTF-8 cannot
    hold one, so that text is ASCII-escaped, which JSON allows and every reader reads back to
    the same string."""
    text = json.dumps(data, ensure_ascii=False, **options)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, **options)
    return text


def write_json(path: Path, data: Any, *, sort_keys: bool = False, ensure_ascii: bool = False) -> None:
    """Write ``data`` as indented JSON to ``path`` atomically (non-ASCII kept as is unless
    ``ensure_ascii``; see :func:`json_text`)."""
    text = json.dumps(data, indent=2, ensure_ascii=True, sort_keys=sort_keys) if ensure_ascii \
        else json_text(data, indent=2, sort_keys=sort_keys)
    write_text(path, text + "\n")


def check_target(target: Path, overwrite: bool) -> None:
    """Refuse an existing, non-empty target folder unless ``overwrite``."""
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
    remove_leftovers(target)
    scratch = target.parent / f".{target.name}.partial-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        yield scratch
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    swap_in(scratch, target)


def remove_leftovers(target: Path) -> None:
    """Remove what a killed build of ``target`` left beside it (``.<name>.partial-<pid>`` and
    ``.<name>.old-<pid>`` of a process that is gone); a build going on in another process keeps
    its own."""
    for leftover in target.parent.glob(f".{target.name}.*-*"):
        kind, _, pid = leftover.name[len(target.name) + 2:].rpartition("-")
        if kind in ("partial", "old") and pid.isdigit() and not alive_pid(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def alive_pid(pid: int) -> bool:
    """Whether process ``pid`` is still running (someone else's counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def swap_in(scratch: Path, target: Path) -> None:
    """Put the finished folder ``scratch`` in place of ``target`` (which may not exist): the
    old one is moved aside first and removed last, so ``target`` is never half of either."""
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(scratch, target)
    shutil.rmtree(old, ignore_errors=True)
