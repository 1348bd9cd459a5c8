"""The spreadsheets' formulas evaluate in a real office suite to the figures documents quote.

LibreOffice recalculates files not saved by Excel on load; converting each sheet to CSV gives the
computed values. CI installs LibreOffice (.ci/run); elsewhere the test needs `soffice` on PATH.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

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
        total_row = next(row for row in sheets["Budget"] if row and row[0] == "Total")
        computed = float(total_row[5])
        quoted = float(record["facts"]["total_budget"].split()[-1].replace(",", ""))
        assert abs(computed - quoted) <= 0.5, (record["path"], computed, quoted)
        for row in sheets["Monthly phasing"][1:]:
            assert all(cell and not cell.startswith(("#", "Err")) for cell in row), row
