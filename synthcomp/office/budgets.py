"""What one read of a file may cost: its size, its time, and (through the size of what it unpacks
to) its memory. A file over a budget is refused with one sentence, or read in part with a note
saying so; normal office files never come near them.

Limits (defaults; each can be set by an environment variable, read at every read, or for a
block of code with ``budgets(...)``):

- ``unpacked``: a docx/xlsx/pptx (a zip) whose members unpack to more than 200 MB in all is not
  opened (``SYNTHCOMP_READ_UNPACKED_MB``). Checked from the zip's directory before any parsing.
- ``part``: no member parsed whole may unpack to more than 32 MB (``SYNTHCOMP_READ_PART_MB``):
  python-docx, python-pptx and openpyxl's shared strings build a tree of a part, ~10x its size.
  A workbook's worksheets are streamed row by row, so they only count towards ``unpacked``.
- ``ratio``: a member over 1 MB unpacked that is more than 150 times smaller packed is a zip
  bomb, not a document (``SYNTHCOMP_READ_RATIO``); real office XML packs 5 to 30 times.
- ``members``: at most 5,000 members in a package (``SYNTHCOMP_READ_MEMBERS``).
- ``paragraphs``: a docx is read for its first 20,000 paragraphs and tables
  (``SYNTHCOMP_READ_PARAGRAPHS``), a pptx for its first 1,000 slides
  (``SYNTHCOMP_READ_SLIDES``), a pdf for its first 500 pages (``SYNTHCOMP_READ_PAGES``).
- ``rows``, ``cells``: a workbook is read for its first 50,000 rows (``SYNTHCOMP_READ_ROWS``)
  and 1,000,000 cells (``SYNTHCOMP_READ_CELLS``), all sheets together.
- ``plain``: a text file is read for its first 20 MB (``SYNTHCOMP_READ_PLAIN_MB``).
- ``seconds``: a read stops after 20 s of wall-clock time (``SYNTHCOMP_READ_SECONDS``), checked
  between paragraphs, rows, slides and pages (no threads, no signals): what was read is kept.

``SYNTHCOMP_READ_BUDGETS=off`` (or ``with budgets_off():``) turns every limit off, for the bench
that measures what they cost. A cut read ends with a line made by ``cut_note``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import zipfile
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synthcomp.errors import OfficeFileError

MB = 1024 * 1024
_ENV = {
    "unpacked": ("SYNTHCOMP_READ_UNPACKED_MB", MB), "part": ("SYNTHCOMP_READ_PART_MB", MB),
    "ratio": ("SYNTHCOMP_READ_RATIO", 1), "members": ("SYNTHCOMP_READ_MEMBERS", 1),
    "paragraphs": ("SYNTHCOMP_READ_PARAGRAPHS", 1), "slides": ("SYNTHCOMP_READ_SLIDES", 1),
    "pages": ("SYNTHCOMP_READ_PAGES", 1), "rows": ("SYNTHCOMP_READ_ROWS", 1),
    "cells": ("SYNTHCOMP_READ_CELLS", 1),
    "plain": ("SYNTHCOMP_READ_PLAIN_MB", MB), "seconds": ("SYNTHCOMP_READ_SECONDS", 1),
}
_BOMB_FLOOR = MB  # small members may pack very well (a part of spaces): not a sign of a bomb
STREAMED_PARTS = ("xl/worksheets/",)  # parts read row by row (read-only openpyxl), never whole


@dataclass(frozen=True)
class ReadBudget:
    """The limits of one read; None: no limit."""

    unpacked: int | None = 200 * MB
    part: int | None = 32 * MB
    ratio: float | None = 150
    members: int | None = 5_000
    paragraphs: int | None = 20_000
    slides: int | None = 1_000
    pages: int | None = 500
    rows: int | None = 50_000
    cells: int | None = 1_000_000
    plain: int | None = 20 * MB
    seconds: float | None = 20


UNLIMITED = ReadBudget(*(None for _ in dataclasses.fields(ReadBudget)))
# A budgets(...) block's budget: a context variable, so that it holds in the tool calls a block
# makes (LangChain runs them in threads that copy the caller's context) and only there.
_OVERRIDE: ContextVar[ReadBudget | None] = ContextVar("read_budget", default=None)


def current() -> ReadBudget:
    """The budget in force: the innermost ``budgets(...)`` block, else the defaults changed by
    the environment variables, else UNLIMITED when ``SYNTHCOMP_READ_BUDGETS=off``."""
    override = _OVERRIDE.get()
    if override is not None:
        return override
    if os.environ.get("SYNTHCOMP_READ_BUDGETS", "").strip().lower() in ("off", "0", "no", "false"):
        return UNLIMITED
    changes: dict[str, Any] = {}
    for name, (variable, unit) in _ENV.items():
        raw = os.environ.get(variable, "").strip()
        if raw:
            changes[name] = _limit(name, raw, unit)
    return dataclasses.replace(ReadBudget(), **changes) if changes else ReadBudget()


def _limit(name: str, raw: str, unit: int) -> float | None:
    try:
        value = float(raw)
    except ValueError as exc:
        raise OfficeFileError(f"{_ENV[name][0]}={raw!r} is not a number") from exc
    if value <= 0:
        return None  # 0 lifts the limit
    return value if name in ("ratio", "seconds") else int(value * unit)


@contextlib.contextmanager
def budgets(**limits: Any) -> Iterator[ReadBudget]:
    """Run a block with some limits changed, e.g. ``budgets(rows=100)``; None lifts a limit."""
    changed = dataclasses.replace(current(), **limits)
    token = _OVERRIDE.set(changed)
    try:
        yield changed
    finally:
        _OVERRIDE.reset(token)


@contextlib.contextmanager
def budgets_off() -> Iterator[None]:
    """Run a block with no read budget at all (the bench's 'before')."""
    token = _OVERRIDE.set(UNLIMITED)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def size_text(size: float) -> str:
    """'2.1 GB', '200 MB', '12 KB': how a budget's answer names a size."""
    for unit, scale in (("GB", 1024 * MB), ("MB", MB), ("KB", 1024)):
        if size >= scale:
            shown = size / scale
            return f"{shown:.1f} {unit}" if shown < 10 and shown != int(shown) else f"{shown:.0f} {unit}"
    return f"{int(size)} B"


def check_package(path: Path, *, streamed: tuple[str, ...] = STREAMED_PARTS) -> None:
    """Refuse a zip package (docx, xlsx, pptx) whose directory says it unpacks past the budget,
    before any of it is parsed. The directory can lie about sizes; zipfile stops a member that
    unpacks to more than its directory says, so the check holds."""
    budget = current()
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise OfficeFileError(f"{path.name} is not a valid {path.suffix.lstrip('.')} file "
                              f"(zip is corrupt: {type(exc).__name__})") from exc
    if budget.members is not None and len(members) > budget.members:
        raise OfficeFileError(f"{path.name} holds {len(members)} parts, over the read budget of "
                              f"{budget.members}: it is not opened")
    total = sum(member.file_size for member in members)
    if budget.unpacked is not None and total > budget.unpacked:
        raise OfficeFileError(f"{path.name} unpacks to {size_text(total)}, over the "
                              f"{size_text(budget.unpacked)} read budget: it is not opened")
    for member in members:
        size, packed = member.file_size, max(member.compress_size, 1)
        if budget.ratio is not None and size > _BOMB_FLOOR and size / packed > budget.ratio:
            raise OfficeFileError(
                f"{path.name} is a zip bomb: its part {member.filename} packs {size_text(size)} into "
                f"{size_text(packed)} ({size // packed}x, over the read budget of {budget.ratio:g}x): "
                "it is not opened")
        if budget.part is not None and size > budget.part and not member.filename.startswith(streamed):
            raise OfficeFileError(f"{path.name}: its part {member.filename} unpacks to {size_text(size)}, "
                                  f"over the {size_text(budget.part)} read budget: it is not opened")


class Deadline:
    """The wall-clock end of one read (``seconds`` of the budget from now)."""

    def __init__(self, budget: ReadBudget | None = None) -> None:
        self.seconds = (budget or current()).seconds
        self.end = None if self.seconds is None else time.monotonic() + self.seconds

    def passed(self) -> bool:
        """Whether the read has used its time."""
        return self.end is not None and time.monotonic() > self.end


def cut_note(what: str, read: int, total: int | None, unit: str, *, timed_out: bool = False) -> str:
    """The line that ends a read cut by its budget, e.g. '[read budget: first 20000 paragraphs
    of 50001 read; the rest is not shown]'."""
    of = f" of {total}" if total is not None else ""
    why = "time is up" if timed_out else "read budget"
    return f"[{why}: {what} read for its first {read} {unit}{of}; the rest is not shown]"
