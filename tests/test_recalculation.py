"""The spreadsheets' formulas evaluate in a real office suite to the figures documents quote.

LibreOffice recalculates files not saved by Excel on load; converting each sheet to CSV gives the
computed values. CI installs LibreOffice (.ci/run); elsewhere the test needs `soffice` on PATH.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from support.tools import DOCS, Agent

from synthcomp.office import read_text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_soffice = pytest.mark.skipif(
    SOFFICE is None and os.environ.get("CI") != "true",
    reason="LibreOffice is not installed (CI installs it; apt-get install libreoffice-calc-nogui)",
)


def _recalculated_sheets(xlsx: Path, workdir: Path) -> dict[str, list[list[str]]]:
    assert SOFFICE, "CI must install LibreOffice for this test"
    target = workdir / xlsx.name
    shutil.copy(xlsx, target)
    # Filter options: comma-separated, UTF-8, every sheet to its own file (-1).
    options = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{workdir}/profile",
                    "--convert-to", options, "--outdir", str(workdir), str(target)],
                   check=True, capture_output=True, timeout=180)
    sheets = {}
    for file in workdir.glob(f"{target.stem}-*.csv"):
        with file.open(encoding="utf-8") as handle:
            sheets[file.stem.removeprefix(f"{target.stem}-")] = list(csv.reader(handle))
    return sheets


@pytest.mark.slow
@needs_soffice
def test_budget_totals_recalculate_to_the_quoted_figure(tmp_path: Path, default_computer: Path,
                                                        default_manifest: dict[str, Any]) -> None:
    budgets = [f for f in default_manifest["file_list"]
               if f["genre"] == "budget" and "total_budget" in f["facts"]][:2]
    assert budgets
    for record in budgets:
        sheets = _recalculated_sheets(default_computer / "drive" / record["path"], tmp_path)
        # The budget sheet comes first and its total last; names are in the user's language.
        names = openpyxl.load_workbook(default_computer / "drive" / record["path"]).sheetnames
        lines, phasing_name = names[0], names[1]
        total_row = [row for row in sheets[lines] if row and row[0]][-1]
        computed = float(total_row[5])
        quoted = float(re.sub(r"\D", "", record["facts"]["total_budget"]))  # whole units
        assert abs(computed - quoted) <= 0.5, (record["path"], computed, quoted)
        cached = openpyxl.load_workbook(default_computer / "drive" / record["path"], data_only=True)
        assert cached[lines].cell(len(sheets[lines]), 6).value == pytest.approx(computed, abs=0.005)
        for row in sheets[phasing_name][1:]:
            assert all(cell and not cell.startswith(("#", "Err")) for cell in row), row


def _total(values: list[list[Any]]) -> Any:
    return next(row for row in values if row and row[0] == "Total")[-1]


def test_built_budgets_carry_their_totals_for_readers_that_do_not_calculate(
        default_computer: Path, default_manifest: dict[str, Any]) -> None:
    pandas = pytest.importorskip("pandas")
    budgets = [f for f in default_manifest["file_list"]
               if f["genre"] == "budget" and "total_budget" in f["facts"]][:2]
    assert budgets
    for record in budgets:
        path = default_computer / "drive" / record["path"]
        quoted = float(re.sub(r"\D", "", record["facts"]["total_budget"]))  # whole units
        book = openpyxl.load_workbook(path, data_only=True)
        # The budget sheet comes first and its total last; names are in the user's language.
        lines, phasing_name = book.sheetnames[0], book.sheetnames[1]
        rows = [list(row) for row in book[lines].iter_rows(values_only=True)]
        total_row = [row for row in rows if row and row[0]][-1]
        assert total_row[5] == pytest.approx(quoted, abs=0.5), record["path"]
        frame = pandas.read_excel(path, sheet_name=lines)
        totals = frame.iloc[-1]
        assert totals.iloc[5] == pytest.approx(quoted, abs=0.5)
        phasing = openpyxl.load_workbook(path, data_only=True)[phasing_name]
        formulas = openpyxl.load_workbook(path)[phasing_name]
        for cached_row, formula_row in zip(phasing.iter_rows(), formulas.iter_rows(), strict=True):
            for cached, formula in zip(cached_row, formula_row, strict=True):
                if isinstance(formula.value, str) and formula.value.startswith("="):
                    assert isinstance(cached.value, int | float), (formula.coordinate, formula.value)


def test_workbooks_written_and_edited_by_the_tools_carry_their_totals(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    agent = Agent(tmp_path / "comp")
    path = f"{DOCS}/costs.xlsx"
    rows = [["Item", "Qty", "Price", "Line"], ["Gloves", 10, 2.5, "=B2*C2"], ["Masks", 4, 5.25, "=B3*C3"],
            ["Total", "=SUM(B2:B3)", None, "=SUM(D2:D3)"]]
    summary = [["Measure", "Value"], ["Budget total", "='Costs Q1'!D4"], ["Twice the header", "=B1*2"]]
    agent("write_spreadsheet", path=path, sheets=[{"name": "Costs Q1", "rows": rows},
                                                  {"name": "Summary", "rows": summary}])
    drive_path = tmp_path / "comp" / "drive" / path
    book = openpyxl.load_workbook(drive_path, data_only=True)
    assert [c.value for c in book["Costs Q1"][4]] == ["Total", 14, None, 46]
    assert book["Summary"]["B2"].value == 46  # another sheet's total
    assert book["Summary"]["B3"].value is None  # text in arithmetic (#VALUE!): left to the office suite
    frame = pandas.read_excel(drive_path, sheet_name="Costs Q1")
    assert frame["Line"].tolist() == [25, 21, 46]
    agent("update_cells", path=path, sheet="Costs Q1", cells={"B3": 6})
    edited = openpyxl.load_workbook(drive_path, data_only=True)["Costs Q1"]
    assert edited["D4"].value == 56.5 and edited["B4"].value == 16
    assert "=SUM(D2:D3) → 56.5" in read_text(drive_path)
    first = drive_path.read_bytes()
    agent("update_cells", path=path, sheet="Costs Q1", cells={"B3": 6})
    assert drive_path.read_bytes() == first  # same edit, same bytes


def test_cached_values_are_as_excel_shows_a_double(tmp_path: Path) -> None:
    agent = Agent(tmp_path / "comp")
    rows = [["a", "b", "diff"], [3901004.0, 3520401.61, "=A2-B2"]]  # 380602.3900000001 in binary
    agent("write_spreadsheet", path="d.xlsx", sheets=[{"name": "S", "rows": rows}])
    cached = openpyxl.load_workbook(tmp_path / "comp" / "drive" / "d.xlsx", data_only=True)["S"]["C2"].value
    assert repr(cached) == "380602.39"
