"""The evaluator behind cached values: the functions generated and edited workbooks use, as
Excel computes them, and nothing cached where it cannot know the value."""

from __future__ import annotations

import datetime
from io import BytesIO
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from synthcomp.office import write_content
from synthcomp.office.formulas import computed_rows, computed_sheets
from synthcomp.schemas import Cell, FileContent, SheetSpec, WorkbookSpec

DATA: list[list[Cell]] = [
    ["Item", "Weight", "Q1", "Status"],
    ["a", 0.5, 100, "Done"],
    ["b", 0.3, 200, "Open"],
    ["c", 0.2, None, "Done"],
]


@pytest.mark.parametrize(("formula", "value"), [
    ("=SUMPRODUCT(B2:B4,C2:C4)", 110),
    ("=COUNTA(A1:A4)", 4),
    ("=COUNTBLANK(C2:C4)", 1),
    ('=SUMIF(D2:D4,"Done",C2:C4)', 100),
    ('=COUNTIF(D2:D4,"<>Done")', 1),
    ('=COUNTIF(C2:C4,">=100")', 2),
    ('=COUNTIF(A2:A4,"?")', 3),
    ('=AVERAGEIF(C2:C4,">50")', 150),
    ("=IF(C4=0,0,C2/C4)", 0),  # the branch not taken would divide by zero
    ('=IF(D2="done",1,0)', 1),  # text compares without case
    ("=IFERROR(C2/C4,-1)", -1),
    ("=ROUND(2.5,0)", 3),  # half away from zero, as Excel (Python rounds to even)
    ("=ROUND(-2.5,0)", -3),
    ("=ROUNDUP(1.21,1)", 1.3),
    ("=ROUNDDOWN(-1.29,1)", -1.2),
    ("=INT(-2.5)", -3),
    ("=MEDIAN(C2:C4)", 150),
    ("=SUM(C2:C3)*2>=600", 1),
    ("=MAX(C2:C4)-MIN(C2:C4)", 100),
])
def test_functions_compute_as_excel(formula: str, value: float) -> None:
    assert computed_rows([*DATA, [formula]])[-1][0] == value


@pytest.mark.parametrize("formula", [
    "=IFERROR(NOSUCH(1),2)",  # unknown inside IFERROR: not the fallback, which could be wrong
    '=IF(C2>C3,"x","y")',  # a text result
    "=SUMPRODUCT(B2:B4,C2:C3)",  # ranges of different sizes: #VALUE! in Excel
    "=AVERAGEIF(C2:C4,\">999\")",  # #DIV/0!
    "=VLOOKUP(\"a\",A2:C4,3,FALSE)",
])
def test_what_it_cannot_know_is_left_uncached(formula: str) -> None:
    assert computed_rows([*DATA, [formula]])[-1][0] is None


def test_cross_sheet_ranges() -> None:
    sheets = {"Plan": DATA, "Summary": [["=COUNTA(Plan!A2:A4)", "=SUMPRODUCT(Plan!B2:B4,Plan!C2:C4)",
                                         "=MAX('Plan'!C2:C4)"]]}
    assert computed_sheets(sheets)["Summary"][0] == [3, 110, 200]


def test_written_workbook_has_the_values_for_openpyxl_and_pandas(tmp_path: Path) -> None:
    rows = [*DATA, ["Total", "=COUNTA(A2:A4)", "=SUMPRODUCT(B2:B4,C2:C4)", '=COUNTIF(D2:D4,"Done")']]
    book = WorkbookSpec(title="Weights", sheets=[SheetSpec(name="Plan", rows=rows)])
    path = tmp_path / "weights.xlsx"
    write_content(path, "xlsx", FileContent(workbook=book, summary="weights"), datetime.datetime(2025, 3, 1))
    sheet = openpyxl.load_workbook(path, data_only=True)["Plan"]
    assert [sheet.cell(5, c).value for c in range(2, 5)] == [3, 110, 2]
    frame = pd.read_excel(BytesIO(path.read_bytes()), sheet_name="Plan")
    assert frame.iloc[-1].tolist() == ["Total", 3, 110, 2]
