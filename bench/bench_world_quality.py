"""Benchmark: how well offline computers belong to personas they were not built from.

For each held-out persona (tests/data/heldout_personas.jsonl, or --personas FILE of the same
shape), build a 100-file computer and print: the build time against bare library writes of the
same files (the ratio holds on a noisy machine), the share of office files about the stated
work, the share of documents in the persona's language, sentences repeated within the drive
(without and with the version files, which repeat their originals by design), next milestones
already past, the lowest similarity of a version file to its original; then the sentences
shared by two personas of one trade. Run: ``make bench``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.checks.world_quality import (
    DriveText,
    about_work_share,
    language_share,
    past_milestones,
    repeated_share,
    shared_share,
    version_similarities,
)

sys.path.insert(0, str(Path(__file__).parent))
from bench_world_builder import write_bare

HELDOUT = Path(__file__).parent.parent / "tests" / "data" / "heldout_personas.jsonl"


def bare_seconds(folder: Path, root: Path) -> float:
    """Time to write the computer's files again with the libraries' plainest calls."""
    manifest = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    texts = [(f["kind"], office.read_text(folder / "drive" / f["path"]))
             for f in manifest["file_list"] if f["kind"] in ("docx", "xlsx", "pptx", "pdf", "md",
                                                             "csv", "txt")]
    started = time.perf_counter()
    for index, (kind, text) in enumerate(texts):
        write_bare(kind, text, root / f"bare{index}.{kind}")
    return time.perf_counter() - started


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--personas", type=Path, default=HELDOUT)
    parser.add_argument("--files", type=int, default=100)
    args = parser.parse_args()
    cases = [json.loads(line) for line in args.personas.read_text("utf-8").splitlines() if line.strip()]
    drives: dict[str, list[DriveText]] = {}
    print(f"{'persona':44} {'lang':>4} {'build s':>8} {'x bare':>7} {'about':>6} {'in lang':>7} "
          f"{'repeat':>7} {'+vers':>6} {'past':>5} {'min ver':>7}")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for index, case in enumerate(cases):
            started = time.perf_counter()
            folder = build_computer(case["persona"], root / f"c{index}", seed=index,
                                    target_files=args.files)
            took = time.perf_counter() - started
            bare = bare_seconds(folder, root)
            drive = DriveText.read(folder)
            drives.setdefault(case.get("trade", str(index)), []).append(drive)
            print(f"{case['persona'][:44]:44} {case['language']:>4} {took:8.2f} {took / bare:7.1f} "
                  f"{about_work_share(drive, case['work']):6.0%} "
                  f"{language_share(drive, case['language']):7.0%} {repeated_share(drive):7.1%} "
                  f"{repeated_share(drive, with_versions=True):6.1%} "
                  f"{len(past_milestones(folder)):5d} "
                  f"{min([s for _, s in version_similarities(folder)] or [1.0]):7.2f}")
    for trade, group in drives.items():
        if len(group) > 1:
            print(f"two personas of trade {trade!r} share {shared_share(group[0], group[1]):.1%} "
                  f"of their normalised sentences")


if __name__ == "__main__":
    main()
