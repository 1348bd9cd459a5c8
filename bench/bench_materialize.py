"""Benchmark: materializing the 3 published sample rows offline, against writing their files bare.

The baseline writes every file of the same rows at the same drive paths with one fixed short
text through the same office writers (a docx is still a docx, a PNG path gets the text), with no
profile, no dependency order, no generation, no stand-ins, no manifest. Rounds alternate the two
in one run, so the ratio (materialize time over bare time) holds on a noisy machine where an
absolute time does not. Run: ``.venv/bin/python bench/bench_materialize.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from synthcomp import office
from synthcomp.atomic import write_bytes
from synthcomp.dataset import DatasetComputer, load_computers
from synthcomp.dataset.build import materialize_dataset_computer
from synthcomp.dataset.standins import office_kind
from synthcomp.schemas import FileContent

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "paper-dataset-sample.jsonl"
TEXT = "A file of the row, written bare for the benchmark."
WHEN = datetime(2025, 6, 2, 9, 0)


def write_bare(computer: DatasetComputer, root: Path) -> int:
    """Every file of ``computer`` at its drive path under ``root``, with the fixed text."""
    for file in computer.files:
        target = root / file.path
        kind = office_kind(file.path)
        if kind is None:
            write_bytes(target, TEXT.encode("utf-8"))
            continue
        content = FileContent(text=TEXT, summary=TEXT) if kind == "txt" else \
            FileContent.model_validate({"document": {"title": TEXT}, "workbook": {
                "sheets": [{"name": "Sheet1", "rows": [[TEXT]]}]}, "deck": {"title": TEXT},
                "summary": TEXT})
        write_bytes(target, office.render_content(kind, content, WHEN, title=target.stem))
    return len(computer.files)


def main() -> None:
    """Time both, alternating, and print rows per minute, files per second and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    computers = [result.computer for result in load_computers(SAMPLE) if result.computer]
    files = sum(len(computer.files) for computer in computers)
    built: list[float] = []
    bare: list[float] = []
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory() as scratch:
            started = time.perf_counter()
            for computer in computers:
                materialize_dataset_computer(computer, Path(scratch) / "m" / computer.computer_id)
            built.append(time.perf_counter() - started)
            started = time.perf_counter()
            for computer in computers:
                write_bare(computer, Path(scratch) / "b" / computer.computer_id)
            bare.append(time.perf_counter() - started)
        print(f"round {round_ + 1}: materialize {built[-1]:.2f} s, bare {bare[-1]:.2f} s")
    rows = len(computers)
    m, b = statistics.median(built), statistics.median(bare)
    print(f"{rows} rows, {files} files (median of {args.rounds} rounds)")
    print(f"materialize offline: {rows / m * 60:.1f} rows/min, {files / m:.0f} files/s ({m:.2f} s)")
    print(f"bare writes:         {rows / b * 60:.1f} rows/min, {files / b:.0f} files/s ({b:.2f} s)")
    print(f"ratio materialize/bare: {m / b:.1f}x")


if __name__ == "__main__":
    main()
