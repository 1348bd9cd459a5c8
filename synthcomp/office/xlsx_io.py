"""Excel workbooks: WorkbookSpec to .xlsx bytes, and .xlsx back to text."""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from synthcomp.office.coerce import cell_text, xml_safe
from synthcomp.office.determinism import naive_utc
from synthcomp.office.formulas import is_formula
from synthcomp.schemas import Cell, SheetSpec, WorkbookSpec

_BAD_SHEET_CHARS_RE = re.compile(r"[\[\]:*?/\\]")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")  # Excel's pale blue header shade
_HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
_MIN_WIDTH, _MAX_WIDTH, _FORMULA_WIDTH = 8.0, 60.0, 12


def sheet_names(sheets: list[SheetSpec]) -> list[str]:
    """Valid, unique sheet names: no []:*?/\\, no leading/trailing quote, at most 31 chars,
    unique ignoring case, not 'History' (all as Excel requires)."""
    names: list[str] = []
    taken = {"history"}  # Excel reserves it for change tracking
    for n, sheet in enumerate(sheets, start=1):
        base = _BAD_SHEET_CHARS_RE.sub("-", xml_safe(sheet.name)).strip().strip("'")[:31]
        base = base or f"Sheet{n}"
        name, copy = base, 1
        while name.lower() in taken:
            copy += 1
            name = f"{base[:31 - len(str(copy)) - 3]} ({copy})"
        names.append(name)
        taken.add(name.lower())
    return names


def build_xlsx(workbook: WorkbookSpec, modified: datetime.datetime, author: str | None) -> bytes:
    """The workbook as .xlsx bytes (not yet normalized: zip times still vary)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet, name in zip(workbook.sheets, sheet_names(workbook.sheets), strict=True):
        _fill_sheet(book.create_sheet(title=name), sheet)
    # openpyxl writes 'openpyxl' as creator by default; a person's file has a person's name.
    book.properties.creator = book.properties.lastModifiedBy = xml_safe(author or "")
    book.properties.created = book.properties.modified = naive_utc(modified)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill_sheet(ws: Any, sheet: SheetSpec) -> None:
    widths: dict[int, float] = {}
    for r, row in enumerate(sheet.rows, start=1):
        header = r <= sheet.header_rows
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=_clean(value))
            if header:
                cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
            elif (fmt := sheet.number_formats.get(get_column_letter(c))) is not None:
                cell.number_format = fmt
            shown = _FORMULA_WIDTH if is_formula(value) else len(cell_text(value))
            widths[c] = max(widths.get(c, 0.0), shown + 2.0)  # +2: Excel's cell padding
    if 0 < sheet.header_rows < len(sheet.rows):
        ws.freeze_panes = f"A{sheet.header_rows + 1}"
    auto = {get_column_letter(c): min(max(w, _MIN_WIDTH), _MAX_WIDTH) for c, w in widths.items()}
    for letter, width in (auto | sheet.column_widths).items():
        ws.column_dimensions[letter].width = width


def _clean(value: Cell) -> Cell:
    return xml_safe(value) if isinstance(value, str) else value


def read_xlsx(path: Path) -> Iterator[str]:
    """Per sheet '## name', then each row as ' | '-joined cells; formulas shown as written."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        for ws in book.worksheets:
            yield f"## {ws.title}"
            for row in ws.iter_rows(values_only=True):
                cells = [_shown(value) for value in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    yield " | ".join(cells)
    finally:
        book.close()  # read-only mode keeps the file open until closed


def _shown(value: object) -> str:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool):
        return cell_text(value)
    return "" if value is None else str(value)
