"""Benchmark: PDFs in embedded Unicode fonts against the core-font writer, in the same run.

Writes a two-page English report and the same report in Chinese with the fonts this machine
has (fonts.find_fonts: DejaVu plus a CJK fallback), and the English one with the PDF core fonts
(no font files: what the writer did before). Prints size and median write time of each and
their ratios to the core-font English PDF; the ratio holds on a noisy machine where an absolute
time does not. The Chinese report cannot be written in core fonts at all.
Run: ``.venv/bin/python bench/bench_pdf_fonts.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import time

from synthcomp.office.fonts import CORE_ONLY, FontSet, find_fonts
from synthcomp.office.pdf_io import build_pdf
from synthcomp.schemas import Block, DocumentSpec

MODIFIED = datetime.datetime(2025, 3, 14, 9, 30)

ENGLISH = DocumentSpec(
    title="Steam early-access launch: project brief", subtitle="Chengdu studio, version 2",
    blocks=[
        Block(type="heading", level=1, text="Background"),
        *[Block(type="paragraph", text="The studio prepares the early-access release of its second "
                "title; the build, the store page and the community plan must be ready by the end "
                "of the quarter, within the budget the board approved in January.")] * 6,
        Block(type="heading", level=1, text="Budget"),
        Block(type="table", rows=[["Item", "Owner", "Budget (EUR)"],
                                  *[[f"Package {n}", "Wang Wei", f"{n * 1250:,}"] for n in range(1, 15)]]),
        Block(type="bullets", items=["Store page copy reviewed", "Trailer cut", "Press kit sent"]),
    ],
)
CHINESE = DocumentSpec(
    title="Steam 抢先体验发布：项目简报", subtitle="成都工作室，第二版",
    blocks=[
        Block(type="heading", level=1, text="背景"),
        *[Block(type="paragraph", text="工作室正在准备第二款游戏的抢先体验发布；构建版本、商店页面和社区计划"
                "必须在本季度末之前完成，并控制在董事会一月批准的预算之内。")] * 6,
        Block(type="heading", level=1, text="预算"),
        Block(type="table", rows=[["项目", "负责人", "预算（元）"],
                                  *[[f"工作包 {n}", "王伟", f"{n * 9800:,}"] for n in range(1, 15)]]),
        Block(type="bullets", items=["商店页面文案已审核", "预告片已剪辑", "媒体资料包已发送"]),
    ],
)


def measure(document: DocumentSpec, fonts: FontSet, repeat: int) -> tuple[int, float]:
    """(size in bytes, median seconds) of writing `document` `repeat` times in `fonts`."""
    times = []
    size = 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(build_pdf(document, MODIFIED, "Wang Wei", fonts=fonts))
        times.append(time.perf_counter() - start)
    return size, statistics.median(times)


def main() -> None:
    """Print the table of sizes, times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    fonts = find_fonts()
    print(fonts.describe())
    measure(ENGLISH, fonts, 1)  # fonts.coverage reads each font's cmap once per process
    measure(CHINESE, fonts, 1)
    base_size, base_time = measure(ENGLISH, CORE_ONLY, args.repeat)
    rows = [("English, core fonts", base_size, base_time)]
    if fonts.unicode:
        rows.append(("English, Unicode fonts", *measure(ENGLISH, fonts, args.repeat)))
        rows.append(("Chinese, Unicode fonts", *measure(CHINESE, fonts, args.repeat)))
    print(f"{'document':<26}{'bytes':>9}{'x size':>8}{'ms':>9}{'x time':>8}")
    for name, size, seconds in rows:
        print(f"{name:<26}{size:>9}{size / base_size:>8.1f}{seconds * 1000:>9.1f}{seconds / base_time:>8.1f}")


if __name__ == "__main__":
    main()
