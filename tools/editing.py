"""The user agent's edit-in-place tools: change part of a document, workbook or presentation and
keep the rest as it is (its styles, formatting, layout), as a person edits a file rather than
rewriting it.

The edits themselves are synthcomp.office.edit; here each opens the file through the Drive,
saves it atomically with the same bytes for the same edit, stamped with the simulated time.
They are part of the office tools (tools.office.WRITE_TOOLS).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import openpyxl
from langchain_core.tools import BaseTool
from pptx import Presentation

from synthcomp.office import DEFAULT_STYLE, check_formulas
from synthcomp.office.edit import (
    docx_paragraphs,
    edit_deck_slide,
    insert_sheet_rows,
    pptx_paragraphs,
    replace_in_paragraphs,
    replace_in_text,
    rewrite_docx_section,
    rewrite_markdown_section,
)
from synthcomp.office.formulas import without_shown_value
from synthcomp.office.markdown import markdown_blocks
from synthcomp.office.xmllock import PACKAGE_LOCK, holding_package_lock
from synthcomp.schemas import Cell
from synthcomp.tools.drive import (
    Drive,
    Runtime,
    kind_of,
    load_office,
    save_ooxml,
    save_workbook,
    text_of,
    write_drive_text,
)
from synthcomp.tools.errors import ToolInputError, user_tool

MAX_EDIT_CHARS = 20_000
MAX_INSERT_ROWS = 500


def _open_docx(path: Path) -> Any:
    with PACKAGE_LOCK:
        return docx.Document(str(path))


def _open_pptx(path: Path) -> Any:
    with PACKAGE_LOCK:
        return Presentation(str(path))


@holding_package_lock
def _save(drive: Drive, path: Path, document: Any) -> None:
    """A python-docx Document or python-pptx Presentation, saved as the user edited it."""
    if drive.author:
        document.core_properties.last_modified_by = drive.author
    out = io.BytesIO()
    document.save(out)
    save_ooxml(drive, path, out.getvalue())


def _check_size(*texts: str) -> None:
    longest = max(len(t) for t in texts)
    if longest > MAX_EDIT_CHARS:
        raise ToolInputError(f"the text is {longest} characters; at most {MAX_EDIT_CHARS} per edit.")


@user_tool(minutes=5, changes_drive=True)
def replace_text(path: str, old_text: str, new_text: str, replace_all: bool = False, *,
                 runtime: Runtime) -> str:
    """Replace an exact piece of text in a .docx, .pptx, .md or .txt file, keeping everything else
    as it is: in Word and PowerPoint files the new text keeps the formatting (font, bold, size)
    of the text it replaces, and the document's styles and layout stay. Fails with the closest
    matches when the text is not found, and when it is found several times (unless replace_all).

    Args:
        path: the file, relative to the drive root.
        old_text: the text to replace, exactly as read_file shows it (within one paragraph),
            e.g. "closes on 14 March".
        new_text: the text to put in its place ("" deletes it).
        replace_all: replace every occurrence instead of requiring exactly one (default false).
    """
    drive = Drive(runtime)
    target = drive.file(path)
    kind = kind_of(target)
    _check_size(old_text, new_text)
    if kind == "docx":
        document = load_office(drive, target, _open_docx)
        count = replace_in_paragraphs(docx_paragraphs(document), old_text, new_text, replace_all)
        _save(drive, target, document)
    elif kind == "pptx":
        deck = load_office(drive, target, _open_pptx)
        count = replace_in_paragraphs(pptx_paragraphs(deck), old_text, new_text, replace_all)
        _save(drive, target, deck)
    elif kind in ("md", "txt"):
        text, count = replace_in_text(text_of(drive, target), old_text, new_text, replace_all)
        write_drive_text(drive, target, text)
    else:
        hint = "update_cells for .xlsx" if kind in ("xlsx", "csv") else "write_document to rewrite it"
        raise ToolInputError(f"replace_text edits .docx, .pptx, .md and .txt files; use {hint}.")
    return f"Replaced {count} occurrence{'s' if count > 1 else ''} in '{drive.name(target)}'."


@user_tool(minutes=30, changes_drive=True)
def rewrite_section(path: str, heading: str, markdown: str, *, runtime: Runtime) -> str:
    """Replace what is under one heading of a .docx or .md document (up to the next heading of
    the same or a higher level) with new markdown content; the heading, every other section and
    the document's styles stay as they are.

    Args:
        path: the document, relative to the drive root.
        heading: the heading's text as read_file shows it, without the "#" marks, e.g. "Budget".
        markdown: the section's new body: paragraphs, "- " bullets, "1. " items, "| a | b |" tables,
            "### Subheading"; "" empties the section.
    """
    drive = Drive(runtime)
    target = drive.file(path)
    kind = kind_of(target)
    _check_size(markdown)
    if kind == "md":
        write_drive_text(drive, target, rewrite_markdown_section(text_of(drive, target), heading, markdown))
        return f"Rewrote the section {heading!r} of '{drive.name(target)}'."
    if kind != "docx":
        raise ToolInputError(f"rewrite_section edits .docx and .md documents, not '{path}'.")
    document = load_office(drive, target, _open_docx)
    blocks = markdown_blocks(markdown)
    removed = rewrite_docx_section(document, heading, blocks, drive.style or DEFAULT_STYLE)
    _save(drive, target, document)
    return (f"Rewrote the section {heading!r} of '{drive.name(target)}': {removed} paragraphs or "
            f"tables replaced by {len(blocks)} blocks.")


@user_tool(minutes=10, changes_drive=True)
def insert_rows(path: str, sheet: str, before_row: int, rows: list[list[Cell]], *, runtime: Runtime) -> str:
    """Insert rows into a sheet of an .xlsx workbook; the rows from `before_row` down move down.
    Formulas anywhere in the workbook that point at moved cells are updated, as Excel does: a
    total =SUM(B2:B9) becomes =SUM(B2:B10) when a row is inserted inside B2:B9 (a range that ends
    just above the insertion point is not extended: insert before its last row, or fix it with
    update_cells). The new rows take the look of the row above. Formula problems are reported.

    Args:
        path: the workbook, relative to the drive root.
        sheet: the sheet name ("" for the first sheet).
        before_row: the row number the first new row takes, e.g. 5 to insert before the current
            row 5 (a number past the last row appends at the end).
        rows: the new rows, each a list of cells from column A: numbers, texts, true/false or
            null; a text starting with "=" is a formula, written for the sheet as it is after the
            insertion. At most 500 rows.
    """
    drive = Drive(runtime)
    target = drive.file(path)
    if kind_of(target) != "xlsx":
        raise ToolInputError(f"insert_rows works on .xlsx files, not '{path}'.")
    if not 1 <= len(rows) <= MAX_INSERT_ROWS:
        raise ToolInputError(f"give between 1 and {MAX_INSERT_ROWS} rows.")
    if not 1 <= before_row <= 1_048_576 - len(rows):
        raise ToolInputError("before_row must be a row number from 1.")
    book = load_office(drive, target, openpyxl.load_workbook)
    ws = sheet_named(book, sheet, drive.name(target))
    at = min(before_row, ws.max_row + 1)
    changed = insert_sheet_rows(book, ws, at, [[without_shown_value(v) for v in row] for row in rows])
    save_workbook(drive, target, book)
    problems = check_formulas(target)
    report = ("\nFormula problems to fix:\n- " + "\n- ".join(problems[:10])) if problems else ""
    return (f"Inserted {len(rows)} rows at row {at} of sheet '{ws.title}' in '{drive.name(target)}'; "
            f"{changed} formulas updated to follow the moved cells.{report}")


def sheet_named(book: Any, name: str, rel: str) -> Any:
    """The worksheet called `name` (case ignored; "" for the first) of the workbook at `rel`."""
    if not name.strip():
        return book.worksheets[0]
    for ws in book.worksheets:
        if ws.title.lower() == name.strip().lower():
            return ws
    names = ", ".join(repr(ws.title) for ws in book.worksheets)
    raise ToolInputError(f"'{rel}' has no sheet {name!r}; its sheets are {names}.")


@user_tool(minutes=10, changes_drive=True)
def edit_slide(path: str, number: int, title: str | None = None, bullets: list[str] | None = None,
               notes: str | None = None, *, runtime: Runtime) -> str:
    """Change one slide of a .pptx presentation: its title, its bullet points and/or its speaker
    notes, keeping its layout, fonts and colours; what you leave out stays as it is. To change a
    few words only, replace_text is gentler.

    Args:
        path: the presentation, relative to the drive root.
        number: the slide number as read_slide counts them, 1 for the first (title) slide.
        title: the new title (null: keep it).
        bullets: the new bullet points, replacing all of them, at most 12 (null: keep them).
        notes: the new speaker notes (null: keep them; "" clears them).
    """
    drive = Drive(runtime)
    target = drive.file(path)
    if kind_of(target) != "pptx":
        raise ToolInputError(f"edit_slide works on .pptx files, not '{path}'.")
    if title is None and bullets is None and notes is None:
        raise ToolInputError("give a title, bullets or notes to change.")
    if bullets is not None and len(bullets) > 12:
        raise ToolInputError(f"{len(bullets)} bullets is too many for one slide; at most 12.")
    _check_size(title or "", notes or "", *(bullets or [""]))
    deck = load_office(drive, target, _open_pptx)
    changed = edit_deck_slide(deck, number, title, bullets, notes)
    _save(drive, target, deck)
    return f"Changed the {', '.join(changed)} of slide {number} in '{drive.name(target)}'."


EDIT_TOOLS: list[BaseTool] = [replace_text, rewrite_section, insert_rows, edit_slide]
