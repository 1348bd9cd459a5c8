"""Benchmark: a 100-file offline computer against writing the same files bare.

The baseline writes the same text (read back from the built files) with bare python-docx,
openpyxl, python-pptx and fpdf2 calls: no planning, no generation, no styling, no determinism.
The ratio is what the world builder costs over the libraries' own write time; it holds on a
noisy machine where an absolute time does not. Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from unittest import mock

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from pptx import Presentation

from synthcomp import office
from synthcomp.api.build import build_computer

PERSONA = "A procurement manager at a mid-size hospital in Lyon"


def write_bare(kind: str, text: str, target: Path) -> None:
    """Write ``text`` as a file of ``kind`` with the library's plainest calls."""
    lines = [line for line in text.splitlines() if line.strip()] or ["-"]
    if kind == "docx":
        doc = Document()
        for line in lines:
            doc.add_paragraph(line)
        doc.save(str(target))
    elif kind == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for line in lines:
            sheet.append(line.split(" | "))
        book.save(target)
    elif kind == "pptx":
        deck = Presentation()
        for start in range(0, len(lines), 6):
            slide = deck.slides.add_slide(deck.slide_layouts[1])
            slide.shapes.title.text = lines[start]
            slide.placeholders[1].text = "\n".join(lines[start + 1:start + 6])
        deck.save(str(target))
    elif kind == "pdf":
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in lines:
            pdf.multi_cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"),
                           new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(target))
    else:
        target.write_text(text, encoding="utf-8")


def run(files: int, repeats: int) -> dict[str, float]:
    """Time ``repeats`` builds and bare writes; return medians and the ratio."""
    build_times, bare_times = [], []
    for repeat in range(repeats):
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            started = time.perf_counter()
            folder = build_computer(PERSONA, root / "c", seed=repeat, target_files=files)
            build_times.append(time.perf_counter() - started)
            manifest = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
            texts = [(f["kind"], office.read_text(folder / "drive" / f["path"]))
                     for f in manifest["file_list"]]
            started = time.perf_counter()
            for index, (kind, text) in enumerate(texts):
                write_bare(kind, text, root / f"bare{index}.{kind}")
            bare_times.append(time.perf_counter() - started)
    build, bare = statistics.median(build_times), statistics.median(bare_times)
    return {"files": files, "build_s": build, "bare_s": bare, "ratio": build / bare,
            "files_per_s": files / build}


def cached_values_cost(files: int, repeats: int) -> dict[str, float]:
    """Median build time with the formulas' values cached in the workbooks (as shipped) and
    without (synthcomp.office.xlsx_values bypassed), and their ratio."""
    with_values, without = [], []
    for repeat in range(repeats):
        for times, patched in ((with_values, False), (without, True)):
            with tempfile.TemporaryDirectory() as scratch:
                bypass = mock.patch("synthcomp.office.xlsx_io.with_cached_values", lambda data, _: data)
                with bypass if patched else mock.patch.dict({}):
                    started = time.perf_counter()
                    build_computer(PERSONA, Path(scratch) / "c", seed=repeat, target_files=files)
                    times.append(time.perf_counter() - started)
    cached, bare = statistics.median(with_values), statistics.median(without)
    return {"cached_s": cached, "uncached_s": bare, "ratio": cached / bare}


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    result = run(args.files, args.repeats)
    print(f"world builder: {result['files']:.0f} files in {result['build_s']:.2f} s "
          f"({result['files_per_s']:.1f} files/s, median of {args.repeats})")
    print(f"bare library writes of the same files: {result['bare_s']:.2f} s")
    print(f"ratio build / bare: {result['ratio']:.2f}x")
    print("target: a 100-file computer in under 5 s of wall time: "
          + ("met" if result["build_s"] < 5 else "NOT met"))
    cost = cached_values_cost(args.files, args.repeats)
    print(f"workbooks with cached formula values: {cost['cached_s']:.2f} s, without: "
          f"{cost['uncached_s']:.2f} s (ratio {cost['ratio']:.3f}x)")


if __name__ == "__main__":
    main()
