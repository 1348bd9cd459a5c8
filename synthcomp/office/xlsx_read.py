"""A workbook's cells read row by row (openpyxl's read-only mode), within the read budget: the
first rows and cells only, stopped when the read's time is up. A million-row sheet costs what
its first rows cost, not a minute and gigabytes."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.functions import iterparse

from synthcomp.office.budgets import Deadline, current, cut_note

_CHECK_EVERY = 500  # rows between looks at the clock


def _get_size(self: Any) -> None:
    """openpyxl's ReadOnlyWorksheet._get_size, stopped where the cells start: openpyxl waits for
    the end of <sheetData> to learn that a sheet has no <dimension>, so opening a million-row sheet
    without one parsed all of it (two minutes) before reading a single row. The schema puts
    <dimension> before <sheetData>, so a sheet that has one gets the same answer."""
    source = self._get_source()
    try:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == DIMENSION_TAG:
                boundaries = SheetDimension.from_tree(element).boundaries
                if boundaries is not None:
                    self._min_column, self._min_row, self._max_column, self._max_row = boundaries
                return
            if element.tag == DATA_TAG:
                return
    finally:
        source.close()


ReadOnlyWorksheet._get_size = _get_size


@dataclass
class SheetCells:
    """One worksheet as read: its title and the (read-only) cells of the rows read."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)
    height: int | None = None  # the rows the sheet says it has (its dimension), None: unknown


@dataclass
class BookCells:
    """Every worksheet of a workbook, as far as the budget let it be read."""

    sheets: list[SheetCells]
    note: str | None = None  # the cut_note line when the budget stopped the read

    def values(self) -> dict[str, list[list[Any]]]:
        """The cells' values of each sheet, by title."""
        return {sheet.title: [[cell.value for cell in row] for row in sheet.rows] for sheet in self.sheets}


def read_cells(book: Any, path: Path) -> BookCells:
    """The cells of every sheet of `book` (opened read-only from `path`), in order, lazily, until
    the read budget's rows, cells or seconds are used up."""
    budget, deadline = current(), Deadline()
    rows = cells = 0
    sheets = [SheetCells(ws.title, height=ws.max_row) for ws in book.worksheets]
    for ws, sheet in zip(book.worksheets, sheets, strict=True):
        stream = _rows(ws)
        try:
            for row in stream:
                over_rows = budget.rows is not None and rows >= budget.rows
                over_cells = budget.cells is not None and cells + len(row) > budget.cells
                timed_out = rows % _CHECK_EVERY == 0 and deadline.passed()
                if over_rows or over_cells or timed_out:
                    heights = [s.height for s in sheets]
                    total = None if None in heights else sum(h or 0 for h in heights)
                    return BookCells(sheets, cut_note(path.name, rows, total, "rows", timed_out=timed_out))
                sheet.rows.append(list(row))
                rows, cells = rows + 1, cells + len(row)
                if sheet.height is not None and len(sheet.rows) > sheet.height:
                    sheet.height = None  # its dimension was wrong: its height is unknown
        finally:
            stream.close()  # puts the sheet's dimension back, grown to what was read
    return BookCells(sheets)


def _rows(ws: Any) -> Generator[tuple[Any, ...], None, None]:
    """The rows of a read-only sheet as openpyxl gives them (each as wide as the sheet's
    <dimension> says, the rows it names all there), without trusting a dimension smaller than
    the data: openpyxl drops the cells and rows past it, so a sheet whose dimension says A1:A1
    showed A1 alone. The dimension is lifted while streaming (rows come as long as their data)
    and each row padded back to its width, which gives a true dimension's rows exactly."""
    width, height = ws.max_column, ws.max_row
    if width is None or height is None:
        yield from ws.iter_rows()  # no dimension: openpyxl already streams rows as they are
        return
    widest = count = 0
    ws.reset_dimensions()
    try:
        for row in ws.iter_rows():
            # A missing row comes as [], a row with data as a tuple: both padded to a tuple.
            # (openpyxl adds no empty rows after the last one with data, dimension or not.)
            count += 1
            widest = max(widest, len(row))
            yield tuple(row) + (EMPTY_CELL,) * (width - len(row)) if len(row) < width else tuple(row)
    finally:
        # Callers read the span from the sheet (tools/office.py): what it holds, at least.
        ws._max_column, ws._max_row = max(width, widest), height if count <= height else None
