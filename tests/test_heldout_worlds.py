"""Issue 16's acceptance on personas the vocabularies were not built from (tests/data/heldout_personas.jsonl).

Each persona is built on the offline model and its files are read back: the profile keeps the
persona's role, place and employer; the files are about its stated work and in its language;
sentences do not repeat; no next milestone is past. The same figures are printed, with more
detail, by bench/bench_world_quality.py.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

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

pytestmark = pytest.mark.slow

HELDOUT = [json.loads(line) for line in
           (Path(__file__).parent / "data" / "heldout_personas.jsonl").read_text("utf-8").splitlines()
           if line.strip()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], Path]]:
    root = tmp_path_factory.mktemp("heldout")

    def one(index: int) -> tuple[dict[str, Any], Path]:
        case = HELDOUT[index]
        out = root / f"c{index}"
        build_computer(case["persona"], out, seed=index, target_files=100)
        return case, out

    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(one, range(len(HELDOUT))))


def _profile(computer: Path) -> dict[str, Any]:
    manifest = json.loads((computer / "meta" / "manifest.json").read_text("utf-8"))
    return dict(manifest["user_profile"])


def _has(text: str, words: list[str]) -> bool:
    return any(w.lower() in text.lower() for w in words)


def test_the_profile_keeps_role_place_and_employer_kind(built: list[tuple[dict[str, Any], Path]]) -> None:
    misses = []
    for case, computer in built:
        profile = _profile(computer)
        if not _has(profile["role"], case["role"]):
            misses.append(f"role {profile['role']!r} for {case['persona'][:40]}")
        place = " ".join(str(profile.get(k, "")) for k in ("city", "region", "country"))
        if not _has(place, case["place"]):
            misses.append(f"place {place!r} for {case['persona'][:40]}")
    assert not misses, misses


def test_files_are_about_the_stated_work_and_in_the_persona_language(
        built: list[tuple[dict[str, Any], Path]]) -> None:
    report = []
    for case, computer in built:
        drive = DriveText.read(computer)
        about = about_work_share(drive, case["work"])
        language = language_share(drive, case["language"])
        report.append((case["persona"][:40], round(about, 2), round(language, 2)))
    assert all(about >= 0.4 for _, about, _ in report), report
    assert all(language >= 0.9 for _, _, language in report), report


def test_sentences_do_not_repeat_within_a_drive_or_across_one_trade(
        built: list[tuple[dict[str, Any], Path]]) -> None:
    drives = [(case, DriveText.read(computer)) for case, computer in built]
    # Version files (drafts, FINALs, "(1)" downloads, "Copy of") repeat their originals by design
    # and are measured by their similarity instead (below).
    repeats = [(case["persona"][:40], round(repeated_share(drive), 3)) for case, drive in drives]
    assert all(share <= 0.10 for _, share in repeats), repeats
    by_trade: dict[str, list[DriveText]] = {}
    for case, drive in drives:
        by_trade.setdefault(case["trade"], []).append(drive)
    shared = [round(shared_share(group[0], group[1]), 3)
              for group in by_trade.values() if len(group) > 1]
    assert shared and all(share <= 0.30 for share in shared), shared


def test_no_next_milestone_is_already_past(built: list[tuple[dict[str, Any], Path]]) -> None:
    past = [path for _, computer in built for path in past_milestones(computer)]
    assert not past, past


def test_version_files_are_edits_of_their_originals(built: list[tuple[dict[str, Any], Path]]) -> None:
    similarities = [(path, round(s, 2)) for _, computer in built
                    for path, s in version_similarities(computer)]
    assert similarities and all(s >= 0.7 for _, s in similarities), similarities
