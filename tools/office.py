"""The user agent's office tools: write and extend Word/PDF/markdown documents (from markdown),
spreadsheets (rows of cells, '=' formulas) and presentations; read cell ranges and slides.

Files are built by synthcomp.office (whole file, written atomically, stamped with the simulated
time), so the same call always gives the same bytes. Paths go through the Drive of
synthcomp.tools.drive, like every other tool.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar, cast

import openpyxl
from langchain_core.tools import BaseTool
from openpyxl.utils import column_index_from_string, get_column_letter
from pydantic import BaseModel, Field

from synthcomp import office
from synthcomp.office.budgets import Deadline, current, cut_note
from synthcomp.office.coerce import xml_safe
from synthcomp.office.docx_io import read_docx_document
from synthcomp.office.formulas import computed_rows, computed_sheets, is_formula, without_shown_value
from synthcomp.office.markdown import document_from_markdown, markdown_blocks
from synthcomp.office.numbers import number_text
from synthcomp.office.xlsx_read import read_cells
from synthcomp.office.xlsx_values import plain_value
from synthcomp.schemas import (
    Cell,
    DeckSpec,
    DocumentSpec,
    FileContent,
    FileKind,
    SheetSpec,
    SlideSpec,
    WorkbookSpec,
)
from synthcomp.tools.drive import (
    Drive,
    Runtime,
    kind_of,
    load_office,
    plain_text,
    save_workbook,
    text_of,
    write_drive_text,
)
from synthcomp.tools.editing import EDIT_TOOLS, sheet_named
from synthcomp.tools.errors import ToolInputError, user_tool

T = TypeVar("T")
DOCUMENT_KINDS = ("docx", "pdf", "md", "txt")
MAX_MARKDOWN_CHARS = 200_000
MAX_SHEETS, MAX_SHEET_CELLS = 30, 200_000
MAX_UPDATE_CELLS, MAX_RANGE_CELLS = 500, 1000
MAX_SLIDES, MAX_BULLETS = 80, 12
MAX_COLUMNS = 16_384  # a spreadsheet's widest row (column XFD)
_CHECK_EVERY = 500  # csv rows between looks at the clock
_CELL_RE = re.compile(r"^([A-Z]{1,3})([1-9]\d{0,6})$")
_OTHER_TOOLS = "; for .xlsx use write_spreadsheet, for .pptx write_presentation"


class SheetData(BaseModel):
    """One worksheet to write."""

    name: str = Field(description="Sheet name, at most 31 characters, e.g. 'Budget 2026'")
    rows: list[list[Cell]] = Field(
        default_factory=list,
        description="Rows of cells, the first row is the header. Numbers as numbers; a text "
        "starting with '=' is a formula, e.g. '=SUM(B2:B9)'; null for an empty cell.",
    )


class SlideData(BaseModel):
    """One content slide to write."""

    title: str = Field(description="Slide title")
    bullets: list[str] = Field(default_factory=list, description="Bullet points, at most 12")
    notes: str = Field(default="", description="Speaker notes")


def _write(drive: Drive, path: Path, content: FileContent) -> None:
    kind = cast(FileKind, kind_of(path))  # new_file / the callers checked the extension
    office.write_content(path, kind, content, drive.now, author=drive.author, style=drive.style,
                         before_write=lambda size: drive.make_room(size, path))


def _check_markdown(markdown: str) -> None:
    if len(markdown) > MAX_MARKDOWN_CHARS:
        raise ToolInputError(f"the markdown is {len(markdown)} characters; at most {MAX_MARKDOWN_CHARS}.")


def _outline(document: DocumentSpec) -> str:
    counts: dict[str, int] = {}
    for block in document.blocks:
        counts[block.type] = counts.get(block.type, 0) + 1
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    return f"title {document.title!r}; blocks: {parts or 'none'}"


# --- documents ------------------------------------------------------------------------------------


@user_tool(minutes=60, changes_drive=True)
def write_document(path: str, title: str, markdown: str, *, runtime: Runtime) -> str:
    """Write a document from markdown: a Word file (.docx), a PDF (.pdf), a markdown file (.md) or a
    plain-text note (.txt), chosen by the extension; folders on the way are created. Replaces the
    file if it exists. A .md or .txt file gets your text exactly as given, under the title.

    Args:
        path: the file to write, relative to the drive root, e.g. "Users/marie/Documents/Q3 report.docx".
        title: the document title, shown at the top ("" for none, e.g. for a short note).
        markdown: the body: "## Heading" and "### Subheading", paragraphs separated by blank lines,
            "- " bullets, "1. " numbered items, and tables as "| a | b |" rows (the first row is the header).
    """
    drive = Drive(runtime)
    target = drive.new_file(path, DOCUMENT_KINDS, _OTHER_TOOLS)
    _check_markdown(markdown)
    document = document_from_markdown(markdown, title)
    if kind_of(target) in ("md", "txt"):
        # As written: a round trip through document blocks would drop what they do not model.
        heading = ("# " if kind_of(target) == "md" else "") + title.strip() if title.strip() else ""
        text = "\n\n".join(part for part in (heading, markdown.strip("\n")) if part)
        write_drive_text(drive, target, text + "\n")
    else:
        _write(drive, target, FileContent(document=document, summary=title))
    return f"Wrote '{drive.name(target)}' ({_outline(document)})."


@user_tool(minutes=30, changes_drive=True)
def append_to_document(path: str, markdown: str, *, runtime: Runtime) -> str:
    """Add markdown content at the end of a .docx, .md or .txt document. Its text and structure
    stay (a .docx is rebuilt: headings, lists, tables and paragraphs are kept, direct formatting
    such as a bold word is not; to change a part in place use replace_text or rewrite_section).
    A missing .md or .txt file is created; PDFs cannot be extended: use write_document again.

    Args:
        path: the document, relative to the drive root.
        markdown: what to add: "## Heading", paragraphs, "- " bullets, "1. " items, "| a | b |" tables.
    """
    drive = Drive(runtime)
    target = drive.path(path)
    kind = kind_of(target)
    if kind not in ("docx", "md", "txt"):
        raise ToolInputError(f"append_to_document works on .docx, .md and .txt files, not '{path}'.")
    existing = kind == "docx" or target.exists()  # a missing .md/.txt is created, a .docx is not
    target = drive.file(path) if existing else drive.new_file(path, ("md", "txt"))
    _check_markdown(markdown)
    if kind != "docx":
        old = text_of(drive, target).rstrip("\n") if target.exists() else ""
        if old.endswith(markdown.strip("\n")):
            # The same call again (a run resumed after a crash): appending twice would be wrong.
            return f"'{drive.name(target)}' already ends with this text; nothing added."
        write_drive_text(drive, target, (old + "\n\n" if old else "") + markdown.strip("\n") + "\n")
        return f"Appended {len(markdown)} characters to '{drive.name(target)}'."
    document = load_office(drive, target, read_docx_document)
    added = markdown_blocks(markdown)
    if added and document.blocks[-len(added):] == added:
        return f"'{drive.name(target)}' already ends with this content; nothing added."
    document = document.model_copy(update={"blocks": [*document.blocks, *added]})
    _write(drive, target, FileContent(document=document, summary=document.title))
    return f"Appended {len(added)} blocks to '{drive.name(target)}' ({_outline(document)})."


@user_tool(minutes=5, changes_drive=True)
def export_pdf(source: str, destination: str, *, runtime: Runtime) -> str:
    """Save a .docx, .md or .txt document as a PDF (the source is kept).

    Args:
        source: the document to export, relative to the drive root.
        destination: the PDF to write, ending in .pdf (replaced if it exists).
    """
    drive = Drive(runtime)
    origin = drive.file(source)
    target = drive.new_file(destination, ("pdf",))
    kind = kind_of(origin)
    if kind == "docx":
        content = FileContent(document=load_office(drive, origin, read_docx_document), summary=origin.stem)
    elif kind == "md":
        content = FileContent(document=document_from_markdown(text_of(drive, origin)), summary=origin.stem)
    elif kind == "txt":
        content = FileContent(text=text_of(drive, origin), summary=origin.stem)
    else:
        raise ToolInputError(f"export_pdf exports .docx, .md and .txt documents, not '{source}'.")
    _write(drive, target, content)
    return f"Exported '{drive.name(origin)}' to '{drive.name(target)}'."


# --- spreadsheets ---------------------------------------------------------------------------------


@user_tool(minutes=45, changes_drive=True)
def write_spreadsheet(path: str, sheets: list[SheetData], *, runtime: Runtime) -> str:
    """Write a spreadsheet: an Excel workbook (.xlsx, up to 30 sheets) or a .csv (one sheet;
    formulas are saved as their computed values). Replaces the file if it exists. Formula
    problems (unknown functions, bad references) are reported back.

    Args:
        path: the file to write, relative to the drive root, e.g. "Users/marie/Documents/budget.xlsx".
        sheets: the sheets, each {"name": "Budget", "rows": [["Item", "Cost"], ["Gloves", 120],
            ["Total", "=SUM(B2:B2)"]]}. Cells are numbers, texts, true/false or null; a text starting
            with "=" is a formula.
    """
    drive = Drive(runtime)
    target = drive.new_file(path, ("xlsx", "csv"), "; for documents use write_document")
    if not 1 <= len(sheets) <= MAX_SHEETS:
        raise ToolInputError(f"give between 1 and {MAX_SHEETS} sheets.")
    if kind_of(target) == "csv" and len(sheets) > 1:
        raise ToolInputError("a .csv file holds one sheet; write several sheets to an .xlsx file.")
    cells = sum(len(row) for sheet in sheets for row in sheet.rows)
    if cells > MAX_SHEET_CELLS:
        raise ToolInputError(f"{cells} cells is too many for one call; at most {MAX_SHEET_CELLS}.")
    for sheet in sheets:
        if not sheet.name.strip() or len(sheet.name) > 31:
            raise ToolInputError(f"sheet name {sheet.name!r} must have 1 to 31 characters.")
    workbook = WorkbookSpec(sheets=[SheetSpec(name=s.name, rows=[[without_shown_value(v) for v in row]
                                                                 for row in s.rows]) for s in sheets])
    _write(drive, target, FileContent(workbook=workbook, summary=target.stem))
    shape = ", ".join(f"{s.name} ({len(s.rows)} rows)" for s in sheets)
    note = ""
    formulas = sum(1 for s in sheets for row in s.rows for v in row if is_formula(v))
    if kind_of(target) == "csv" and formulas:
        note = f" CSV holds no formulas: {formulas} were saved as their values (empty if not computable)."
    return f"Wrote '{drive.name(target)}' with sheets: {shape}.{note}{_formula_report(target)}"


def _formula_report(path: Path) -> str:
    problems = office.check_formulas(path)
    if not problems:
        return ""
    more = f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""
    return "\nFormula problems to fix:\n- " + "\n- ".join(problems[:10]) + more


def _cell_key(key: str) -> str:
    ref = key.strip().upper().replace("$", "")
    match = _CELL_RE.match(ref)
    if not match or column_index_from_string(match.group(1)) > 16384 or int(match.group(2)) > 1048576:
        raise ToolInputError(f"{key!r} is not a cell reference like 'B7'.")
    return ref


@user_tool(minutes=10, changes_drive=True)
def update_cells(path: str, sheet: str, cells: dict[str, Cell], *, runtime: Runtime) -> str:
    """Set some cells of an existing .xlsx workbook; the other cells keep their values and look.
    Formula problems are reported back.

    Args:
        path: the workbook, relative to the drive root.
        sheet: the sheet name ("" for the first sheet).
        cells: cell reference -> new value, e.g. {"B7": 1250.5, "A8": "Total", "B8": "=SUM(B2:B7)",
            "C3": null}; null empties a cell, a text starting with "=" is a formula. At most 500 cells.
    """
    drive = Drive(runtime)
    target = drive.file(path)
    if kind_of(target) != "xlsx":
        raise ToolInputError(f"update_cells works on .xlsx files; rewrite '{path}' with write_spreadsheet.")
    if not 1 <= len(cells) <= MAX_UPDATE_CELLS:
        raise ToolInputError(f"give between 1 and {MAX_UPDATE_CELLS} cells.")
    changes = {_cell_key(key): without_shown_value(value) for key, value in cells.items()}
    book = load_office(drive, target, openpyxl.load_workbook)
    ws = sheet_named(book, sheet, drive.name(target))
    for ref, value in changes.items():
        ws[ref] = xml_safe(value) if isinstance(value, str) else value
    save_workbook(drive, target, book)
    done = f"Updated {len(changes)} cells of sheet '{ws.title}' in '{drive.name(target)}'."
    return done + _formula_report(target)


@user_tool(minutes=3)
def read_range(path: str, sheet: str = "", cell_range: str = "A1:H40", *, runtime: Runtime) -> str:
    """Read a block of cells of an .xlsx or .csv file as a grid with row numbers and column
    letters. Formula cells show the formula and, when it can be computed, its value
    ("=SUM(B2:B9) → 1,250.00" in a 2-decimal money format).

    Args:
        path: the spreadsheet, relative to the drive root.
        sheet: the sheet name ("" for the first sheet; ignored for .csv).
        cell_range: the cells to show, e.g. "A1:H40" (the default) or "C5"; at most 1000 cells.
    """
    drive = Drive(runtime)
    target = drive.file(path)
    first_col, first_row, last_col, last_row = _bounds(cell_range)
    if (last_col - first_col + 1) * (last_row - first_row + 1) > MAX_RANGE_CELLS:
        raise ToolInputError(f"{cell_range!r} has more than {MAX_RANGE_CELLS} cells; read it in parts.")
    if kind_of(target) == "csv":
        rows, note = _csv_rows(drive, target)
        formats: list[list[str | None]] = []
        small = note is None and len(rows) * max(map(len, rows), default=0) <= MAX_SHEET_CELLS
        values = computed_rows(rows) if small else rows
        label = f"'{drive.name(target)}'"
        span = f"at least {_span(max((len(r) for r in rows), default=1), len(rows))}" if note else None
    elif kind_of(target) == "xlsx":
        rows, formats, values, label, span, note = _sheet_range(drive, target, sheet)
    else:
        raise ToolInputError(f"read_range reads .xlsx and .csv files; use read_file for '{path}'.")
    height, width = len(rows), max((len(r) for r in rows), default=0)
    span = span or _span(max(width, 1), max(height, 1))
    header = f"{label}, {cell_range.upper()} (the sheet's cells span {span})"
    if note:
        header += f"\n{note}"
    if note and first_row > height:
        # The rows asked for may hold values: they were not read, which is not "empty".
        return (f"{header}\n(rows after {height} are past the read budget and were not read: "
                f"{cell_range.upper()} cannot be shown; use read_file, or a smaller file)")
    last_row, last_col = min(last_row, height), min(last_col, width)
    if first_row > last_row or first_col > last_col:
        return f"{header}\n(no values in {cell_range.upper()})"
    lines = [header, "row | " + " | ".join(get_column_letter(c) for c in range(first_col, last_col + 1))]
    for r in range(first_row, last_row + 1):
        shown = [_shown(_at(rows, r, c), _at(values, r, c), _at(formats, r, c))
                 for c in range(first_col, last_col + 1)]
        lines.append(f"{r} | " + " | ".join(shown))
    return "\n".join(lines)


def _span(width: int, height: int) -> str:
    """'A1:H40', the cells from A1 to column ``width``, row ``height``; a csv row wider than a
    sheet can be (16,384 columns) is named by its count, having no column letter."""
    if width > MAX_COLUMNS:
        return f"A1 to row {height}, {width} columns (more than a spreadsheet's {MAX_COLUMNS})"
    return f"A1:{get_column_letter(width)}{height}"


def _csv_rows(drive: Drive, target: Path) -> tuple[list[list[Cell]], str | None]:
    """A csv file's rows, parsed one at a time within the read budget's rows, cells and time
    (a file of 20 million empty lines costs its first rows only), and the cut_note when the
    budget stopped the read."""
    budget, deadline = current(), Deadline()
    text, cut = plain_text(drive, target)  # without text_of's note line, which is not a row
    rows: list[list[Cell]] = []
    cells = 0
    for number, row in enumerate(csv.reader(io.StringIO(text))):
        timed_out = number % _CHECK_EVERY == 0 and deadline.passed()
        if (budget.rows is not None and number >= budget.rows) or timed_out:
            return rows, cut_note(target.name, number, None, "rows", timed_out=timed_out)
        if budget.cells is not None and cells + len(row) > budget.cells:
            rows.append(list(row[:budget.cells - cells]))  # the first cells of an endless row
            return rows, cut_note(target.name, budget.cells, None, "cells")
        rows.append(list(row))
        cells += len(row)
    return rows, cut


def _sheet_range(drive: Drive, target: Path, sheet: str) -> tuple[
        list[list[Cell]], list[list[str | None]], list[list[Cell]], str, str | None, str | None]:
    """The values, number formats and computed values of a sheet's rows, its label, and for a sheet
    the read budget cut, its whole span and the note saying so. Read row by row in read-only mode:
    a million-row sheet costs its first rows only."""
    book = load_office(drive, target, lambda path: openpyxl.load_workbook(path, read_only=True),
                       streamed=True)
    try:
        read = read_cells(book, target)
        ws = sheet_named(book, sheet, drive.name(target))
        grid = next(s.rows for s in read.sheets if s.title == ws.title)
        rows: list[list[Cell]] = [[cell.value for cell in row] for row in grid]
        formats: list[list[str | None]] = [[getattr(cell, "number_format", None) for cell in row]
                                           for row in grid]
        cells = sum(len(row) for s in read.sheets for row in s.rows)
        if read.note is None and cells <= MAX_SHEET_CELLS:
            # other sheets too: a summary's ='Costs'!D4 shows its value
            plain = {s.title: [[plain_value(c.value) for c in row] for row in s.rows] for s in read.sheets}
            values = computed_sheets(plain)[ws.title]
        else:  # formulas over a part of the rows would compute wrong values: shown as written
            values = [[None if is_formula(v) else v for v in row] for row in rows]
        span = None
        if read.note is not None:  # the rows read are not the whole sheet
            width = ws.max_column or max((len(row) for row in rows), default=1)
            span = f"A1:{get_column_letter(width)}{ws.max_row}" if ws.max_row else \
                f"at least A1:{get_column_letter(width)}{len(rows)}"
        return rows, formats, values, f"sheet '{ws.title}' of '{drive.name(target)}'", span, read.note
    finally:
        book.close()  # read-only mode keeps the file open until closed


def _bounds(cell_range: str) -> tuple[int, int, int, int]:
    """(first column, first row, last column, last row) of 'B2:D9' or 'C5'."""
    start, _, end = cell_range.partition(":")
    first, last = _cell_key(start), _cell_key(end or start)
    (c1, r1), (c2, r2) = (_split(first), _split(last))
    return min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2)


def _split(ref: str) -> tuple[int, int]:
    match = _CELL_RE.match(ref)
    assert match is not None  # _cell_key checked it
    return column_index_from_string(match.group(1)), int(match.group(2))


def _at(rows: Sequence[Sequence[T]], r: int, c: int) -> T | None:
    return rows[r - 1][c - 1] if r <= len(rows) and c <= len(rows[r - 1]) else None


def _shown(value: object, computed: object, number_format: str | None) -> str:
    if is_formula(value):
        return f"{value} → {_text(computed, number_format)}" if computed is not None else str(value)
    return _text(value, number_format)


def _text(value: object, number_format: str | None) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return number_text(value, number_format).replace("\n", " ")


# --- presentations --------------------------------------------------------------------------------


@user_tool(minutes=50, changes_drive=True)
def write_presentation(path: str, title: str, slides: list[SlideData], *, runtime: Runtime) -> str:
    """Write a PowerPoint presentation (.pptx): a title slide, then one slide per entry. Replaces
    the file if it exists.

    Args:
        path: the file to write, relative to the drive root, e.g. "Users/marie/Documents/Q3 review.pptx".
        title: the presentation title (on the title slide).
        slides: the content slides, each {"title": "Budget", "bullets": ["Spent 62%", "On track"],
            "notes": "speaker notes"}; at most 80 slides and 12 bullets per slide.
    """
    drive = Drive(runtime)
    target = drive.new_file(path, ("pptx",), "; for documents use write_document")
    if len(slides) > MAX_SLIDES:
        raise ToolInputError(f"at most {MAX_SLIDES} slides per presentation.")
    for number, slide in enumerate(slides, start=1):
        if len(slide.bullets) > MAX_BULLETS:
            raise ToolInputError(f"slide {number} has {len(slide.bullets)} bullets; at most {MAX_BULLETS}, "
                                 "split it into two slides.")
    deck = DeckSpec(title=title, slides=[SlideSpec(**s.model_dump()) for s in slides])
    _write(drive, target, FileContent(deck=deck, summary=title))
    return f"Wrote '{drive.name(target)}': a title slide and {len(slides)} content slides."


@user_tool(minutes=2)
def read_slide(path: str, number: int, *, runtime: Runtime) -> str:
    """Read one slide of a .pptx presentation: its title, text and speaker notes.

    Args:
        path: the presentation, relative to the drive root.
        number: the slide number, 1 for the first (title) slide.
    """
    drive = Drive(runtime)
    target = drive.file(path)
    if kind_of(target) != "pptx":
        raise ToolInputError(f"read_slide reads .pptx files; use read_file for '{path}'.")
    slides: list[list[str]] = []
    for line in text_of(drive, target).splitlines():
        if line.startswith("## Slide "):
            slides.append([])
        if slides:
            slides[-1].append(line)
    if not slides:
        raise ToolInputError(f"'{path}' has no slides.")
    if not 1 <= number <= len(slides):
        raise ToolInputError(f"'{path}' has {len(slides)} slides; give a number from 1 to {len(slides)}.")
    body = slides[number - 1]
    return f"{body[0].removeprefix('## ')} (of {len(slides)})\n" + "\n".join(body[1:])


READ_TOOLS: list[BaseTool] = [read_range, read_slide]
WRITE_TOOLS: list[BaseTool] = [
    write_document, append_to_document, export_pdf, write_spreadsheet, update_cells, write_presentation,
    *EDIT_TOOLS,
]
