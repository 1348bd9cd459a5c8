"""The user agent's filesystem tools: look around the drive, read any file as text, make folders,
and move, copy, delete (to the trash) and restore. Files are written by the office tools
(write_document also writes .md and .txt, write_spreadsheet .csv).

Every path goes through :class:`synthcomp.computer.Computer` (the run context's
``computer_dir``); the model never sees or gives a host path. Answers are bounded and
deterministic: sorted listings, file dates from the files themselves, writes stamped with the
simulated time.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import re
import shutil
import tempfile
from pathlib import Path

from langchain_core.tools import BaseTool
from pypdf import PdfReader

from synthcomp.computer import TRASH, copy_checked, unsafe_files
from synthcomp.errors import OfficeFileError, SandboxError
from synthcomp.office.budgets import Deadline, ReadBudget, current
from synthcomp.tools.drive import (
    MAX_LIST,
    MAX_READ_CHARS,
    MAX_SCAN_FILES,
    MAX_TREE_LINES,
    OFFICE_KINDS,
    SNIPPET,
    Drive,
    Runtime,
    count,
    date_text,
    entry_line,
    fitted,
    kind_of,
    size_text,
    sorted_entries,
    text_of,
    tree_size,
)
from synthcomp.tools.errors import MAX_OUTPUT_CHARS, ToolInputError, error_text, user_tool

MAX_SKIP_NOTES = 5  # files named in a search's list of what it skipped
SEARCH_READS = 3  # a whole search may take as long as this many reads (see search_budget)
_NUMBER_RE = re.compile(r"(-?)(\d[\d,]*)(?:\.(\d+))?")

# --- reading ------------------------------------------------------------------------------------


@user_tool(minutes=1)
def list_folder(path: str = "", *, runtime: Runtime) -> str:
    """List a folder of the computer's drive: subfolders (with how many items each holds) and
    files (with size and last-modified date), folders first, sorted by name.

    Args:
        path: the folder, relative to the drive root, e.g. "Users/marie/Documents". Leave empty for
            the top of the drive. Deleted items are in ".Trash".
    """
    drive = Drive(runtime)
    folder = drive.folder(path)
    entries = [e for e in sorted_entries(folder) if e != drive.root / TRASH]
    header = f"{drive.name(folder)}: {count(len(entries), 'item')}"
    header += "" if entries else "\n  (empty folder)"
    lines = ["  " + entry_line(drive, e, e.name) for e in entries[:MAX_LIST]]
    return fitted(header, lines, len(entries), "use find_files to narrow down.")


@user_tool(minutes=2)
def tree(path: str = "", depth: int = 2, *, runtime: Runtime) -> str:
    """Show the folder tree under a folder, indented, down to `depth` levels (files included).

    Args:
        path: the folder to start from, relative to the drive root ("" for the whole drive).
        depth: how many levels to show, 1 to 6 (default 2); deeper folders show their item count.
    """
    if not 1 <= depth <= 6:
        raise ToolInputError("depth must be between 1 and 6.")
    drive = Drive(runtime)
    start = drive.folder(path)
    lines: list[str] = []
    total = 0
    for level, entry in drive.walk(start, depth):
        total += 1
        if len(lines) >= MAX_TREE_LINES:
            continue
        if level < depth and entry.is_dir() and not entry.is_symlink():
            lines.append("  " * level + f"{entry.name}/")  # its entries follow
        else:
            lines.append("  " * level + entry_line(drive, entry, entry.name))
    hint = "call tree on a subfolder or with a smaller depth."
    return fitted(f"{drive.name(start)}/", lines, total, hint)


@user_tool(minutes=2)
def find_files(pattern: str, path: str = "", *, runtime: Runtime) -> str:
    """Find files and folders by name, anywhere under a folder (case-insensitive).

    Args:
        pattern: a name pattern with * and ? wildcards, e.g. "*.xlsx", "*budget*2025*", "Q3 ?eport.docx".
            Without wildcards it matches names containing it, e.g. "budget". A pattern with "/" is
            matched against the whole path, e.g. "*/Projects/*.pptx".
        path: the folder to search, relative to the drive root ("" for the whole drive).
    """
    if not pattern.strip():
        raise ToolInputError("pattern is empty: give part of a name or a pattern such as '*.docx'.")
    drive = Drive(runtime)
    start = drive.folder(path)
    wanted = pattern.strip().lower()
    if not any(c in wanted for c in "*?["):
        wanted = f"*{wanted}*"
    hits: list[Path] = []
    for _, entry in drive.walk(start):
        subject = drive.name(entry) if "/" in wanted else entry.name
        if fnmatch.fnmatchcase(subject.lower(), wanted):
            hits.append(entry)
    if not hits:
        return f"No file or folder under '{drive.name(start)}' matches {pattern!r}."
    header = f"{len(hits)} matches for {pattern!r} under '{drive.name(start)}':"
    lines = [entry_line(drive, hit, drive.name(hit)) for hit in hits[:MAX_LIST]]
    return fitted(header, lines, len(hits), "use a narrower pattern or path.")


@user_tool(minutes=3)
def search_contents(query: str, path: str = "", max_results: int = 20, *, runtime: Runtime) -> str:
    """Search inside files (docx, xlsx, pptx, pdf, md, csv, txt and other text) for a word or
    phrase, case-insensitive. Each hit shows the file, the character position (use it as
    read_file's offset) and the text around it.

    Args:
        query: the text to look for, e.g. "invoice 2025-114" (at least 2 characters).
        path: the folder to search, relative to the drive root ("" for the whole drive), or one file.
        max_results: how many hits to show, 1 to 50 (default 20).
    """
    needle = query.strip().lower()
    pattern = _pattern(needle)
    if len(needle) < 2:
        raise ToolInputError("query must have at least 2 characters.")
    if not 1 <= max_results <= 50:
        raise ToolInputError("max_results must be between 1 and 50.")
    drive = Drive(runtime)
    start = drive.existing(path)
    candidates = [start] if start.is_file() else (entry for _, entry in drive.walk(start))
    hits: list[str] = []
    skipped: list[str] = []  # why each unreadable file was skipped, one line each
    stopped = ""
    total = files_hit = scanned = 0
    budget = MAX_OUTPUT_CHARS - 500  # room for the header and footer
    deadline = Deadline(search_budget())
    for entry in candidates:
        if entry.is_dir():
            continue
        if scanned >= MAX_SCAN_FILES or deadline.passed():
            why = f"after {MAX_SCAN_FILES} files" if scanned >= MAX_SCAN_FILES else \
                f"after {deadline.seconds:g} s, {count(scanned, 'file')} searched"
            stopped = f"\n(stopped {why}; search a narrower path)"
            break
        try:
            drive.computer.resolve(drive.name(entry))  # a pipe, a socket, a link leading out: skipped
            scanned += 1
            text = text_of(drive, entry)
        except (ToolInputError, OfficeFileError, SandboxError, OSError) as exc:
            if kind_of(entry) in OFFICE_KINDS or isinstance(exc, SandboxError):  # not images and such
                skipped.append(error_text(exc).removeprefix("Error: "))
            continue
        found = [(m.start(), m.end() - m.start()) for m in pattern.finditer(text)]
        if found:
            files_hit += 1
            total += len(found)
        name = drive.name(entry)
        for at, length in found[: max(0, max_results - len(hits))]:
            hit = f"{name} [char {at}]: {_snippet(text, at, length)}"
            if len(hit) < budget:
                hits.append(hit)
                budget -= len(hit) + 1
    if not total:
        answer = f"No match for {query!r} in {count(scanned, 'file')} under '{drive.name(start)}'."
    else:
        answer = f"{total} matches for {query!r} in {count(files_hit, 'file')} (showing {len(hits)}):\n"
        answer += "\n".join(hits)
    answer += stopped
    if skipped:
        answer += f"\n({count(len(skipped), 'file')} could not be read and were skipped)"
        notes = [f"\n- {_cut(why, 150)}" for why in skipped[:MAX_SKIP_NOTES]]
        while notes and len(answer) + sum(map(len, notes)) > MAX_OUTPUT_CHARS - 40:
            notes.pop()  # the hits come first: the notes take the room they leave
        answer += "".join(notes)
        if len(skipped) > len(notes):
            answer += f"\n- and {len(skipped) - len(notes)} more"
    return answer


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def search_budget() -> ReadBudget:
    """A whole search's time: SEARCH_READS times one read's, so that a drive of slow files ends with
    what was found so far instead of holding the run."""
    budget = current()
    seconds = None if budget.seconds is None else budget.seconds * SEARCH_READS
    return dataclasses.replace(budget, seconds=seconds)


def _pattern(needle: str) -> re.Pattern[str]:
    """What search_contents looks for: the text, case-insensitive; a number however it is written
    (911096.8 finds 911,096.80 and the other way round: workbooks show values in their format)."""
    number = _NUMBER_RE.fullmatch(needle)
    if not number:
        return re.compile(re.escape(needle), re.IGNORECASE)
    whole, fraction = number.group(2).replace(",", ""), (number.group(3) or "").rstrip("0")
    digits = ",?".join(re.escape(d) for d in whole)  # a thousands separator may sit anywhere
    tail = rf"\.{fraction}0*" if fraction else r"(?:\.0+)?"
    return re.compile(rf"(?<![\d.,]){re.escape(number.group(1))}{digits}{tail}(?![\d])")


def _snippet(text: str, at: int, length: int) -> str:
    start, end = max(0, at - SNIPPET), min(len(text), at + length + SNIPPET)
    body = " ".join(text[start:end].split())
    return ("..." if start else "") + body + ("..." if end < len(text) else "")


@user_tool(minutes=1)
def file_info(path: str, *, runtime: Runtime) -> str:
    """Describe a file or folder without reading it all: kind, size, last-modified date, and for
    documents their structure (title, headings, pages), for spreadsheets their sheets and rows,
    for presentations their slide titles. For a folder: how many files and folders it holds.

    Args:
        path: the file or folder, relative to the drive root.
    """
    drive = Drive(runtime)
    target = drive.existing(path)
    name = drive.name(target)
    if target.is_dir():
        inside = [entry for _, entry in drive.walk(target)]
        folders = sum(1 for p in inside if p.is_dir())
        files = len(inside) - folders
        holds = f"{count(files, 'file')} and {count(folders, 'folder')}"
        return f"{name}/\nkind: folder\nholds: {holds} (all levels)"
    size = target.stat().st_size
    kind = kind_of(target) or "no extension"
    lines = [name, f"kind: {kind}", f"size: {size_text(size)} ({size} bytes)",
             f"modified: {date_text(target)}"]
    if kind_of(target) in OFFICE_KINDS:
        lines += _structure(target, text_of(drive, target))
    return "\n".join(lines)


def _structure(path: Path, text: str) -> list[str]:
    """What the text renderings of synthcomp.office say about a file's structure."""
    lines = text.splitlines()
    kind = kind_of(path)
    words = len(text.split())
    if kind == "xlsx":
        sheets: list[tuple[str, int]] = []
        for line in lines:
            if line.startswith("## "):
                sheets.append((line[3:], 0))
            elif sheets:
                sheets[-1] = (sheets[-1][0], sheets[-1][1] + 1)
        return [f"sheets ({len(sheets)}): " + ", ".join(f"{n} ({rows} rows)" for n, rows in sheets)]
    if kind == "pptx":
        titles = [line.split(": ", 1)[-1] for line in lines if line.startswith("## Slide ")]
        shown = "; ".join(f"{n}. {t}" for n, t in enumerate(titles[:30], start=1))
        return [f"slides: {len(titles)}", f"slide titles: {shown}"]
    if kind == "csv":
        width = max((line.count(",") + 1 for line in lines[:50]), default=0)
        return [f"rows: {len(lines)}", f"columns: about {width}"]
    info = [f"words: {words}"]
    if kind == "pdf":
        info.append(f"pages: {len(PdfReader(path).pages)}")
    else:
        info.append(f"pages: about {max(1, round(words / 450))}")
    titles = [line.lstrip("#").strip() for line in lines if line.startswith("# ")]
    headings = [line.lstrip("#").strip() for line in lines if line.startswith("##")]
    if titles and kind != "pdf":
        info.append(f"title: {titles[0]}")
    if kind != "pdf" or headings:
        info.append(f"headings ({len(headings)}): " + "; ".join(headings[:25]))
    return info


@user_tool(minutes=4)
def read_file(path: str, offset: int = 0, limit: int = 4000, *, runtime: Runtime) -> str:
    """Read a file as text: docx (headings as #, lists, tables as | rows), xlsx (each sheet, formulas
    as written), pptx (each slide, with notes), pdf, md, csv, txt and other text files. Long
    files come in pages: the answer ends with the offset to continue from.

    Args:
        path: the file, relative to the drive root.
        offset: the character to start from (0 for the beginning).
        limit: how many characters to return, 1 to 6000 (default 4000).
    """
    if not 1 <= limit <= MAX_READ_CHARS:
        raise ToolInputError(f"limit must be between 1 and {MAX_READ_CHARS} characters.")
    if offset < 0:
        raise ToolInputError("offset must be 0 or more.")
    drive = Drive(runtime)
    target = drive.file(path)
    text = text_of(drive, target)
    if not text:
        return f"({drive.name(target)} is empty)"
    if offset >= len(text):
        raise ToolInputError(f"offset {offset} is past the end: the text has {len(text)} characters.")
    end = min(len(text), offset + limit)
    page = text[offset:end]
    if offset == 0 and end == len(text):
        return page
    more = f"; call again with offset={end}" if end < len(text) else " (the end)"
    return f"{page}\n[showing chars {offset}-{end} of {len(text)}{more}]"


# --- writing ------------------------------------------------------------------------------------


@user_tool(minutes=1, changes_drive=True)
def make_folder(path: str, *, runtime: Runtime) -> str:
    """Create a folder (and any missing folders above it).

    Args:
        path: the folder to create, relative to the drive root, e.g. "Users/marie/Documents/2026".
    """
    drive = Drive(runtime)
    target = drive.path(path)
    if target.is_dir():
        return f"Folder '{drive.name(target)}' already exists."
    if target.exists():
        raise ToolInputError(f"'{path}' is a file; choose another name for the folder.")
    drive.check_parents(target)
    target.mkdir(parents=True)
    return f"Created folder '{drive.name(target)}'."


def _destination(drive: Drive, source: Path, destination: str) -> Path:
    """Where a move or copy of `source` lands: into `destination` if it is a folder."""
    if source in (drive.root, drive.root / TRASH):
        raise ToolInputError("the drive itself and the trash cannot be moved or copied.")
    target = drive.path(destination)
    if target.is_dir():
        target = drive.path(f"{drive.name(target)}/{source.name}")
    if target.exists() or target.is_symlink():
        raise ToolInputError(f"'{drive.name(target)}' already exists; delete it or choose another name.")
    if source.is_dir() and (target == source or source in target.parents):
        raise ToolInputError("a folder cannot be moved or copied into itself.")
    drive.check_parents(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


@user_tool(minutes=1, changes_drive=True)
def move_path(source: str, destination: str, *, runtime: Runtime) -> str:
    """Move or rename a file or folder. If the destination is an existing folder, the item goes
    inside it; an existing file is never overwritten.

    Args:
        source: the file or folder to move, relative to the drive root.
        destination: the new path, or an existing folder to move it into.
    """
    drive = Drive(runtime)
    origin = drive.existing(source)
    target = _destination(drive, origin, destination)
    os.rename(origin, target)
    return f"Moved '{drive.name(origin)}' to '{drive.name(target)}'."


@user_tool(minutes=1, changes_drive=True)
def copy_path(source: str, destination: str, *, runtime: Runtime) -> str:
    """Copy a file or a whole folder. If the destination is an existing folder, the copy goes
    inside it; an existing file is never overwritten.

    Args:
        source: the file or folder to copy, relative to the drive root.
        destination: the path of the copy, or an existing folder to copy it into.
    """
    drive = Drive(runtime)
    origin = drive.existing(source)
    if origin.is_dir() and not origin.is_symlink():
        # A copy would turn a hard-linked file (maybe a host file, linked in) into a plain file
        # the tools then read, and a pipe cannot be copied: the whole copy is refused.
        found = unsafe_files(origin, limit=MAX_SKIP_NOTES + 1)
        if found:
            named = "; ".join(f"'{drive.name(origin / rel)}' {why}" for rel, why in found[:MAX_SKIP_NOTES])
            more = "; and more" if len(found) > MAX_SKIP_NOTES else ""
            raise ToolInputError(f"'{drive.name(origin)}' holds files that are not copied: {named}{more} "
                                 "(a pipe, a socket or a file with other hard links is never opened): "
                                 "nothing was copied. Copy its other files one by one.")
    drive.make_room(tree_size(origin))  # checked before _destination makes any folder
    target = _destination(drive, origin, destination)
    temp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:  # copy beside the destination, then rename: never a half-copied file or folder
        staged = temp / "copy"
        if origin.is_dir():
            # links are copied, never followed; each file is checked again as it is copied
            shutil.copytree(origin, staged, symlinks=True, copy_function=copy_checked)
        else:
            shutil.copy2(origin, staged)
        os.rename(staged, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return f"Copied '{drive.name(origin)}' to '{drive.name(target)}'."


@user_tool(minutes=1, changes_drive=True)
def delete_path(path: str, *, runtime: Runtime) -> str:
    """Delete a file or folder by moving it to the trash (".Trash/<its path>"), from where
    restore_from_trash brings it back. Deleting the same path again replaces the trashed copy.
    An item already in the trash is deleted for good (the trash counts towards the drive's quota).

    Args:
        path: the file or folder to delete, relative to the drive root.
    """
    drive = Drive(runtime)
    target = drive.existing(path)
    rel = drive.name(target)
    if target == drive.root:
        raise ToolInputError("the whole drive cannot be deleted.")
    if rel == TRASH:
        raise ToolInputError(f"delete the items in '{TRASH}' one at a time (list_folder('{TRASH}')).")
    if rel.startswith(TRASH + "/"):
        freed = tree_size(target)
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        else:
            target.unlink()
        return f"Deleted '{rel}' for good ({size_text(freed)} freed); it cannot be restored."
    trashed = drive.path(f"{TRASH}/{rel}")
    _make_room(drive.root / TRASH, trashed)
    trashed.parent.mkdir(parents=True, exist_ok=True)
    os.rename(target, trashed)
    return f"Moved '{rel}' to the trash ('{TRASH}/{rel}'); restore_from_trash('{rel}') brings it back."


def _make_room(trash: Path, trashed: Path) -> None:
    """Clear the way for `trashed`: an older trashed copy of it goes, and so does a trashed
    file standing where a folder of its path must be."""
    for parent in reversed(trashed.parents):
        if trash in parent.parents and parent.exists() and not parent.is_dir():
            parent.unlink()
    if trashed.is_dir() and not trashed.is_symlink():
        shutil.rmtree(trashed)
    elif trashed.exists() or trashed.is_symlink():
        trashed.unlink()


@user_tool(minutes=1, changes_drive=True)
def restore_from_trash(path: str, *, runtime: Runtime) -> str:
    """Bring a deleted file or folder back from the trash to where it was.

    Args:
        path: the original path of the deleted item (e.g. "Users/marie/old.docx"); a path starting
            with ".Trash/" works too. list_folder(".Trash") shows what is in the trash.
    """
    drive = Drive(runtime)
    rel = drive.name(drive.path(path)).removeprefix(f"{TRASH}/")
    trashed = drive.path(f"{TRASH}/{rel}")
    if not trashed.exists() or trashed == drive.root / TRASH:
        raise ToolInputError(f"'{rel}' is not in the trash. Use list_folder('{TRASH}') to see what is.")
    original = drive.path(rel)
    if original.exists():
        raise ToolInputError(f"'{rel}' exists again; move it away first, then restore.")
    drive.check_parents(original)
    original.parent.mkdir(parents=True, exist_ok=True)
    os.rename(trashed, original)
    return f"Restored '{rel}' from the trash."


READ_TOOLS: list[BaseTool] = [list_folder, tree, find_files, search_contents, file_info, read_file]
WRITE_TOOLS: list[BaseTool] = [
    make_folder, move_path, copy_path, delete_path, restore_from_trash,
]
