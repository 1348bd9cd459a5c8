"""Excel workbooks: WorkbookSpec to .xlsx bytes, and .xlsx back to text."""

from __future__ import annotations

import datetime
import functools
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.indexed_list import IndexedList

from synthcomp.office.coerce import cell_text, xml_safe
from synthcomp.office.determinism import naive_utc
from synthcomp.office.formulas import computed_sheets, is_formula
from synthcomp.office.numbers import number_text
from synthcomp.office.style import DEFAULT_STYLE, OfficeStyle
from synthcomp.office.xlsx_read import read_cells
from synthcomp.office.xlsx_values import with_cached_values
from synthcomp.schemas import Cell, SheetSpec, WorkbookSpec

_BAD_SHEET_CHARS_RE = re.compile(r"[\[\]:*?/\\]")
_COLUMN_REF_RE = re.compile(r"(?<![A-Za-z_!'])\$?([A-Z]{1,3})\$?\d+")  # same-sheet cells only
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


class _Look:
    """The openpyxl style objects of one OfficeStyle, made once."""

    def __init__(self, style: OfficeStyle) -> None:
        self.style = style
        self.default = style == DEFAULT_STYLE
        size = min(style.body_size, 11.0)  # a 12 pt letter font is too big for a sheet
        # The default look keeps openpyxl's default font (Calibri 11) and a plain bold header.
        self.body_font = None if self.default else Font(name=style.body_font, sz=size, family=2)
        self.header_font = Font(bold=True) if self.default else Font(
            name=style.body_font, sz=size, family=2, bold=True, color=style.header_text)
        self.header_fill = PatternFill("solid", fgColor=style.header_fill)
        side = Side(style="thin" if self.default else "medium", color=style.border_color)
        self.header_border = Border(bottom=side)
        self.band_fill = PatternFill("solid", fgColor=style.band_fill) if style.band_fill else None


@functools.lru_cache(maxsize=64)
def _look(style: OfficeStyle) -> _Look:
    return _Look(style)


def build_xlsx(
    workbook: WorkbookSpec, modified: datetime.datetime, author: str | None,
    style: OfficeStyle | None = None,
) -> bytes:
    """The workbook as .xlsx bytes (not yet normalized: zip times still vary), with `style`'s
    fonts, header colours, banding, number format and tab colour (None: DEFAULT_STYLE), and the
    values of the formulas it can compute cached, for readers that do not calculate."""
    look = _look(style or DEFAULT_STYLE)
    book = openpyxl.Workbook()
    book.remove(book.active)
    if look.body_font is not None:  # the workbook's default font, used by every plain cell
        book._fonts = IndexedList([look.body_font])
        book._named_styles["Normal"].font = look.body_font
    written: dict[str, list[list[Cell]]] = {}
    for sheet, name in zip(workbook.sheets, sheet_names(workbook.sheets), strict=True):
        _fill_sheet(book.create_sheet(title=name), sheet, look)
        written[name] = [[_clean(value) for value in row] for row in sheet.rows]
    # openpyxl writes 'openpyxl' as creator by default; a person's file has a person's name.
    book.properties.creator = book.properties.lastModifiedBy = xml_safe(author or "")
    book.properties.created = book.properties.modified = naive_utc(modified)
    out = io.BytesIO()
    book.save(out)
    return with_cached_values(out.getvalue(), written)


def _fill_sheet(ws: Any, sheet: SheetSpec, look: _Look) -> None:
    widths: dict[int, float] = {}
    formats = sheet.number_formats
    if look.style.number_format:
        formats = _decimal_columns(sheet, look.style.number_format) | formats
    for r, row in enumerate(sheet.rows, start=1):
        header = r <= sheet.header_rows
        banded = look.band_fill is not None and not header and (r - sheet.header_rows) % 2 == 0
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=_clean(value))
            if header:
                cell.font, cell.fill, cell.border = look.header_font, look.header_fill, look.header_border
            else:
                if banded:
                    cell.fill = look.band_fill
                if (fmt := formats.get(get_column_letter(c))) is not None:
                    cell.number_format = fmt
            shown = _FORMULA_WIDTH if is_formula(value) else len(cell_text(value))
            if not look.default and not header and isinstance(value, int | float):
                shown = max(shown, len(f"{value:,.2f}") + 1)  # thousands separators, decimals
            widths[c] = max(widths.get(c, 0.0), shown + 2.0)  # +2: Excel's cell padding
    if 0 < sheet.header_rows < len(sheet.rows):
        ws.freeze_panes = f"A{sheet.header_rows + 1}"
    auto = {get_column_letter(c): min(max(w, _MIN_WIDTH), _MAX_WIDTH) for c, w in widths.items()}
    for letter, width in (auto | sheet.column_widths).items():
        ws.column_dimensions[letter].width = width
    if look.style.tab_color:
        ws.sheet_properties.tabColor = look.style.tab_color
    if not look.style.gridlines:
        ws.sheet_view.showGridLines = False
    # Printed as people set it: every column on one page wide (landscape when wide), the
    # header repeated on each page; otherwise a wide budget prints its figures on page 3.
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if sum((auto | sheet.column_widths).values()) > 100:
        ws.page_setup.orientation = "landscape"
    if sheet.header_rows:
        ws.print_title_rows = f"1:{sheet.header_rows}"


def _decimal_columns(sheet: SheetSpec, number_format: str) -> dict[str, str]:
    """`number_format` for the amount columns of a sheet: those holding a number with decimals,
    none below 1 (a rate or a share) and none with more decimals than the format shows, and
    formula columns computed from them (a line total), so amounts line up the house way."""
    decimals = len(number_format.split(";")[0].partition(".")[2].rstrip("_)"))
    amounts: set[int] = set()
    ruled_out: set[int] = set()
    sources: dict[int, set[int]] = {}  # formula-only column -> the columns its formulas use
    for row in sheet.rows[sheet.header_rows:]:
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            if is_formula(value):
                used = {column_index_from_string(m) for m in _COLUMN_REF_RE.findall(str(value))}
                if "COUNT" in str(value).upper() or "/" in str(value):
                    ruled_out.add(c)  # a count or a ratio is not an amount
                sources.setdefault(c, set()).update(used - {c})
            elif isinstance(value, bool) or not isinstance(value, int | float) or (
                    value != 0 and abs(value) < 1) or round(value, decimals) != value:
                ruled_out.add(c)
            elif isinstance(value, float) and not value.is_integer():
                amounts.add(c)
    amounts -= ruled_out
    for c, used in sorted(sources.items()):
        if c not in ruled_out and c not in amounts and used and used & amounts:
            amounts.add(c)
    return {get_column_letter(c): number_format for c in sorted(amounts)}


def _clean(value: Cell) -> Cell:
    return xml_safe(value) if isinstance(value, str) else value


def read_xlsx(path: Path) -> Iterator[str]:
    """Per sheet '## name', then each row as ' | '-joined cells; a formula is shown as written
    with the value it computes to beside it ("=SUM(F2:F11) → 911,096.80", in the cell's number
    format), or the value the file has cached when it cannot be computed here."""
    return _sheet_lines(path, computed=False)


def read_xlsx_values(path: Path) -> Iterator[str]:
    """As read_xlsx, with each formula shown as the value it computes to, and every number as
    its cell's format shows it (2130698.03 in a money column reads 2,130,698.03); a formula that
    cannot be computed here is left blank."""
    return _sheet_lines(path, computed=True)


def _sheet_lines(path: Path, *, computed: bool) -> Iterator[str]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    cached: Any = None  # the workbook's cached values, opened only if the evaluator falls short
    try:
        read = read_cells(book, path)
        grids = [sheet.rows for sheet in read.sheets]
        sheets = {ws.title: [[_plain(c.value) for c in row] for row in cells]
                  for ws, cells in zip(book.worksheets, grids, strict=True)}
        # Formulas over a part of the rows would compute wrong values: they are shown blank.
        computed_values = computed_sheets(sheets) if read.note is None else \
            {title: [[None if is_formula(v) else v for v in row] for row in rows]
             for title, rows in sheets.items()}
        for index, (ws, cells) in enumerate(zip(book.worksheets, grids, strict=True)):
            yield f"## {ws.title}"
            rows = sheets[ws.title]
            values = computed_values[ws.title]
            if not computed and read.note is None and _uncomputed(rows, values):
                cached = cached or openpyxl.load_workbook(path, read_only=True, data_only=True)
                values = _with_cached(values, rows, cached.worksheets[index])
            for row, row_values, row_cells in zip(rows, values, cells, strict=True):
                if computed:
                    # As a person sees the sheet: each number in its cell's format.
                    shown = [number_text(v, getattr(cell, "number_format", None))
                             if isinstance(v, int | float) and not isinstance(v, bool) else _shown(v)
                             for v, cell in zip(row_values, row_cells, strict=True)]
                else:
                    shown = [_beside(v, computed_value, getattr(cell, "number_format", None))
                             for v, computed_value, cell in zip(row, row_values, row_cells, strict=True)]
                while shown and not shown[-1]:
                    shown.pop()
                if shown:
                    yield " | ".join(shown)
        if read.note is not None:
            yield read.note
    finally:
        book.close()  # read-only mode keeps the file open until closed
        if cached is not None:
            cached.close()


def _plain(value: object) -> Cell:
    return value if value is None or isinstance(value, str | int | float) else _shown(value)


def _uncomputed(rows: list[list[Cell]], values: list[list[Cell]]) -> bool:
    return any(is_formula(v) and c is None for row, vs in zip(rows, values, strict=True)
               for v, c in zip(row, vs, strict=True))


def _with_cached(values: list[list[Cell]], rows: list[list[Cell]], ws: Any) -> list[list[Cell]]:
    """`values` with the formulas the evaluator could not compute taken from the file's cache."""
    stored = [[_plain(v) for v in row] for row in ws.iter_rows(values_only=True)]
    out = [list(row) for row in values]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if is_formula(value) and out[r][c] is None and r < len(stored) and c < len(stored[r]):
                out[r][c] = stored[r][c]
    return out


def _beside(value: Cell, computed: Cell, number_format: str | None) -> str:
    if is_formula(value) and computed is not None and computed != "":
        return f"{value} → {number_text(computed, number_format)}"
    return _shown(value)


def _shown(value: object) -> str:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool):
        return cell_text(value)
    return "" if value is None else str(value)
