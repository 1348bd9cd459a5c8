"""Cached formula values in .xlsx files, so readers that do not calculate see the totals.

openpyxl writes a formula cell as ``<c r="B5"><f>SUM(B2:B4)</f><v></v></c>``: an empty cached
value, which ``openpyxl.load_workbook(data_only=True)``, pandas and file previews read as None.
Here each formula the evaluator of synthcomp.office.formulas computes gets its value written
into ``<v>``; the others keep an empty one (Excel recalculates on open, openpyxl asks it to with
fullCalcOnLoad). Pure bytes in, bytes out: the same workbook always gives the same bytes.
"""

from __future__ import annotations

import datetime
import html
import io
import posixpath
import re
import zipfile
from typing import Any
from xml.etree import ElementTree

from synthcomp.office.formulas import computed_sheets
from synthcomp.schemas import Cell

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_FORMULA_CELL_RE = re.compile(
    rb'<c r="([A-Z]{1,3})([1-9][0-9]*)"((?:(?! t=)[^>])*)>(<f(?: [^>]*)?>[^<]*</f>)<v\s*(?:/>|></v>)</c>')


def with_cached_values(data: bytes, sheets: dict[str, list[list[Cell]]]) -> bytes:
    """The .xlsx `data` (as openpyxl saves it) with the computed value of each formula of
    `sheets` (sheet name -> its rows, as written) cached in its cell. The zip comes back
    uncompressed: normalize_ooxml compresses it once, for good."""
    values = computed_sheets(sheets)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = _sheet_parts(source)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for entry in source.infolist():
                payload = source.read(entry)
                name = parts.get(entry.filename)
                if name is not None and name in values:
                    payload = _fill(payload, values[name])
                target.writestr(entry, payload, compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def workbook_rows(book: Any) -> dict[str, list[list[Cell]]]:
    """The cells of each worksheet of an openpyxl workbook, by sheet name; dates as ISO text
    (the evaluator reads numbers and text)."""
    return {ws.title: [[_plain(value) for value in row] for row in ws.iter_rows(values_only=True)]
            for ws in book.worksheets}


def plain_value(value: object) -> Cell:
    """A cell's value as the evaluator reads it: dates and times as ISO text."""
    return _plain(value)


def _plain(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float):
        return value
    return value.isoformat() if isinstance(value, datetime.date | datetime.time) else str(value)


def _sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Zip part of each worksheet -> its sheet name, from the workbook and its relationships."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_REL_ID), "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
        parts[path] = html.unescape(sheet.get("name", ""))
    return parts


def _fill(xml: bytes, values: list[list[Cell]]) -> bytes:
    def cached(match: re.Match[bytes]) -> bytes:
        row, col = int(match.group(2)) - 1, _column(match.group(1).decode())
        value = values[row][col] if row < len(values) and col < len(values[row]) else None
        if not isinstance(value, int | float) or isinstance(value, bool):
            return match.group(0)
        # 15 significant digits, as Excel shows a double: 380602.3900000001 is 380602.39
        shown = str(value) if isinstance(value, int) else repr(float(f"{value:.15g}"))
        return (b'<c r="' + match.group(1) + match.group(2) + b'"' + match.group(3) + b">"
                + match.group(4) + b"<v>" + shown.encode() + b"</v></c>")

    return _FORMULA_CELL_RE.sub(cached, xml)


def _column(letters: str) -> int:
    """0-based index of column `letters` ('A' -> 0, 'AB' -> 27)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1
