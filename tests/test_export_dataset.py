"""`synthcomp export --format dataset`: computers as rows of the published dataset's schema.

The 3 published sample rows (tests/data/paper-dataset-sample.jsonl, from
microsoft/synthetic-computers-at-scale) go row -> computer folder -> row unchanged, in JSONL and in
parquet; a persona-built computer exports a row that synthcomp.dataset reads back; a source that
cannot be exported is one line and the others are still written."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from support import LYON
from support.cli import cli

from synthcomp.api.build import build_computer
from synthcomp.api.export import computer_row, export_dataset
from synthcomp.api.plan import plan_computer
from synthcomp.dataset import normalise_row, read_rows
from synthcomp.dataset.build import materialize_dataset_computer
from synthcomp.dataset.columns import COLUMNS
from synthcomp.dataset.paths import to_drive
from synthcomp.errors import InputError

SAMPLE = Path(__file__).parent / "data" / "paper-dataset-sample.jsonl"


def sample_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def folder_from_row(row: dict[str, Any], root: Path) -> Path:
    """A computer folder as materialize makes one from a published row (by hand, until that
    command lands): meta/dataset_row.json the row verbatim, every file but the skipped ones on the
    drive at its mapped path."""
    computer = normalise_row(row)
    (root / "meta").mkdir(parents=True)
    (root / "meta" / "dataset_row.json").write_text(json.dumps(row), encoding="utf-8")
    for file in computer.files:
        if file.content_mode != "skip":
            target = root / "drive" / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(file.description or file.path, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def sample_folders(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("rows")
    return [folder_from_row(row, root / row["computer_id"]) for row in sample_rows()]


@pytest.fixture(scope="module")
def lyon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("lyon") / "c", seed=7, target_files=20)
    plan_computer(folder, seed=7)
    return folder


def test_published_rows_round_trip_through_computer_folders(sample_folders: list[Path],
                                                            tmp_path: Path) -> None:
    report = export_dataset(sample_folders, tmp_path / "rows.jsonl")
    assert [r.error for r in report.results] == [None, None, None]
    rows = sample_rows()
    assert [r.computer_id for r in report.results] == [row["computer_id"] for row in rows]
    lines = (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()
    for line, row in zip(lines, rows, strict=True):
        encoded = json.loads(line)
        assert list(encoded) == list(COLUMNS)
        assert all(isinstance(value, str) for value in encoded.values())
        decoded = {k: v if k == "computer_id" else json.loads(v) for k, v in encoded.items()}
        for column in COLUMNS:
            assert decoded[column] == row[column], column
    assert [r.row for r in read_rows(tmp_path / "rows.jsonl")] == rows


def test_parquet_reads_back_equal_to_the_jsonl(sample_folders: list[Path], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    export_dataset(sample_folders, tmp_path / "rows.jsonl")
    report = export_dataset(sample_folders, tmp_path / "train-00000-of-00001.parquet")
    assert report.out == tmp_path / "train-00000-of-00001.parquet"
    table = pq.read_table(report.out)
    assert table.column_names == list(COLUMNS)
    assert all(str(column.type) == "string" for column in table.schema)
    lines = (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()
    assert table.to_pylist() == [json.loads(line) for line in lines]
    assert [r.row for r in read_rows(report.out)] == sample_rows()


def test_a_file_the_drive_gained_is_appended_in_the_rows_spelling(tmp_path: Path) -> None:
    mac, win = sample_rows()[:2]
    for row, added, spelled in ((win, "D/Research/New memo.docx", "D:/Research/New memo.docx"),
                                (mac, "Users/mheller/Desktop/notes2.md",
                                 "/Users/mheller/Desktop/notes2.md")):
        folder = folder_from_row(row, tmp_path / row["computer_id"])
        target = folder / "drive" / added
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("new", encoding="utf-8")
        os.utime(target, (1767607200, 1767607200))  # 2026-01-05T10:00:00 UTC
        exported, _ = computer_row(folder)
        record = exported["file_list"][-1]
        assert exported["file_list"][:-1] == row["file_list"]
        assert record == {"path": spelled, "timestamp": "2026-01-05T10:00:00",
                          "origin": "user_created", "content_mode": "generate",
                          "description": "Added on the computer after it was built from the row.",
                          "project_ids": [], "derived_from": []}
        assert exported["file_graph"]["nodes"][:-1] == row["file_graph"]["nodes"]
        assert exported["file_graph"]["nodes"][-1] == {"path": spelled, "project_ids": []}
        assert {k: v for k, v in exported.items() if k not in ("file_list", "file_graph")} == \
            {k: v for k, v in row.items() if k not in ("file_list", "file_graph")}
        again = normalise_row(exported)
        assert again.path_map[spelled] == added


@pytest.fixture(scope="module")
def materialized(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The 3 sample rows built by materialize (offline), as a user gets them."""
    root = tmp_path_factory.mktemp("materialized")
    return [materialize_dataset_computer(normalise_row(row), root / row["computer_id"])
            for row in sample_rows()]


def test_rows_materialized_then_exported_are_the_published_rows(materialized: list[Path],
                                                                 tmp_path: Path) -> None:
    report = export_dataset(materialized, tmp_path / "rows.jsonl")
    assert report.failed == []
    assert [r.row for r in read_rows(tmp_path / "rows.jsonl")] == sample_rows()
    pytest.importorskip("pyarrow")
    again = export_dataset(materialized, tmp_path / "rows.parquet")
    assert again.out is not None and [r.row for r in read_rows(again.out)] == sample_rows()


def test_the_manifests_recorded_mapping_spells_an_added_file(materialized: list[Path]) -> None:
    folder = materialized[1]  # win_computer_000000
    added = folder / "drive" / "D" / "Research" / "Added later.docx"
    added.parent.mkdir(parents=True, exist_ok=True)
    added.write_text("x", encoding="utf-8")
    manifest_path = folder / "meta" / "manifest.json"
    before = manifest_path.read_text("utf-8")
    try:
        assert computer_row(folder)[0]["file_list"][-1]["path"] == "D:/Research/Added later.docx"
        manifest = json.loads(before)
        # A spelling only the manifest knows wins over the mapping rule's reverse.
        manifest["source"]["path_map"]["drives/D/Research/Added later.docx"] = \
            "D/Research/Added later.docx"
        manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
        row, _ = computer_row(folder)
        assert row["file_list"][-1]["path"] == "drives/D/Research/Added later.docx"
        assert row["file_list"][:-1] == sample_rows()[1]["file_list"]
    finally:
        manifest_path.write_text(before, encoding="utf-8")
        added.unlink()


def test_a_deliverable_written_on_the_drive_is_a_new_file_of_the_row(tmp_path: Path) -> None:
    row = sample_rows()[1]
    output = row["monthly_objectives"]["deliverables"][0]["output_files"][0]
    assert output not in {f["path"] for f in row["file_list"]}
    folder = folder_from_row(row, tmp_path / "c")
    target = folder / "drive" / to_drive(output)
    target.write_bytes(b"the month's work")
    exported, _ = computer_row(folder)
    assert [f["path"] for f in exported["file_list"][len(row["file_list"]):]] == [output]


def test_a_persona_built_computer_exports_a_row_the_dataset_reader_accepts(lyon: Path,
                                                                           tmp_path: Path) -> None:
    report = export_dataset([lyon], tmp_path / "lyon.jsonl")
    assert report.failed == []
    [read] = read_rows(tmp_path / "lyon.jsonl")
    assert read.error is None and read.row is not None
    row = read.row
    computer = normalise_row(row)
    manifest = json.loads((lyon / "meta" / "manifest.json").read_text("utf-8"))
    plan = json.loads((lyon / "meta" / "plan.json").read_text("utf-8"))
    profile = manifest["user_profile"]
    assert computer.computer_id == manifest["computer_id"]
    assert computer.profile.persona == manifest["persona"]
    assert (computer.profile.os, computer.profile.os_source) == (profile["os"], "persona")
    assert computer.profile.identity.full_name == profile["name"]
    assert computer.profile.identity.organization == profile["employer"]
    assert computer.filesystem.home == manifest["filesystem_policy"]["home"]
    # every file at the same drive path, its dependencies as derived_from
    assert sorted(f.path for f in computer.files) == sorted(f["path"] for f in manifest["file_list"])
    by_path = {f.path: f for f in computer.files}
    for record in manifest["file_list"]:
        assert by_path[record["path"]].derived_from == record["depends_on"]
        assert by_path[record["path"]].project_ids == ([record["project"]] if record["project"]
                                                       else [])
    assert sorted((e.source, e.target) for e in computer.edges
                  if e.origin.startswith("file_graph")) == sorted(map(tuple, manifest["file_graph"]))
    assert computer.warnings == []
    # the month: period, deliverables with their output paths, milestones, rubrics
    assert computer.plan is not None
    period = computer.plan.simulation_period
    assert (period.start, period.end, period.working_days) == \
        (plan["month_start"], plan["month_end"], len(plan["working_days"]))
    deliverables = [d for o in plan["objectives"] for d in o["deliverables"]]
    assert [d.id for d in computer.plan.deliverables] == [d["id"] for d in deliverables]
    assert [d.output_drive_paths for d in computer.plan.deliverables] == \
        [[d["path"]] for d in deliverables]
    milestones = [m for o in plan["objectives"] for m in o["milestones"]]
    assert sum(len(d.milestones) for d in computer.plan.deliverables) == len(milestones)
    assert [c.id for c in computer.collaborators] == [c["id"] for c in plan["collaborators"]]
    rubrics = [c.rubric for c in computer.collaborators if c.rubric]
    rubric_row = {c["id"]: c for c in row["collaboration_context"]["collaborators"]}
    graded = [r["deliverable_id"] for person in rubric_row.values()
              for r in ([person["rubric"]] if "rubric" in person else [])
              + person.get("additional_rubrics", [])]
    assert sorted(graded) == sorted(d["id"] for d in deliverables)
    assert all(abs(sum(k.weight for k in r.criteria) - 1) < 1e-3 for r in rubrics)
    assert [len(c.reference_files) for c in computer.collaborators] == \
        [len(c["private_files"]) for c in plan["collaborators"]]


def test_a_persona_computers_row_materializes_and_exports_unchanged(lyon: Path,
                                                                   tmp_path: Path) -> None:
    row, _ = computer_row(lyon)
    rebuilt = materialize_dataset_computer(normalise_row(row), tmp_path / "again")
    manifest = json.loads((lyon / "meta" / "manifest.json").read_text("utf-8"))
    again = json.loads((rebuilt / "meta" / "manifest.json").read_text("utf-8"))
    assert again["user_profile"]["name"] == manifest["user_profile"]["name"]
    assert sorted(p.relative_to(rebuilt / "drive").as_posix()
                  for p in (rebuilt / "drive").rglob("*") if p.is_file()) == \
        sorted(f["path"] for f in manifest["file_list"])
    assert computer_row(rebuilt)[0] == row


def test_an_unplanned_persona_computer_exports_too(tmp_path: Path) -> None:
    folder = build_computer(LYON, tmp_path / "c", seed=3, target_files=12)
    row, warnings = computer_row(folder)
    assert warnings == []
    computer = normalise_row(row)
    assert len(computer.files) == len(json.loads((folder / "meta" / "manifest.json")
                                                 .read_text("utf-8"))["file_list"])
    assert set(row) == set(COLUMNS)


def test_bad_sources_are_one_line_each_and_the_others_are_exported(
        sample_folders: list[Path], lyon: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    damaged = tmp_path / "damaged"
    (damaged / "meta").mkdir(parents=True)
    (damaged / "meta" / "manifest.json").write_text('{"computer_id": "x"', encoding="utf-8")
    bad_row = tmp_path / "bad_row"
    (bad_row / "meta").mkdir(parents=True)
    (bad_row / "meta" / "dataset_row.json").write_text('{"computer_id": "y"}', encoding="utf-8")
    sources = [empty, sample_folders[0], damaged, tmp_path / "missing", bad_row, lyon,
               sample_folders[0]]
    report = export_dataset(sources, tmp_path / "out.jsonl")
    errors = [r.error for r in report.results]
    assert errors[1] is None and errors[5] is None
    assert errors[0] == f"{empty} is not a built computer (no meta/manifest.json)"
    assert errors[2] is not None and errors[2].startswith(
        f"{damaged / 'meta' / 'manifest.json'} is not a valid manifest: ")
    assert errors[3] == f"{tmp_path / 'missing'} is not a folder"
    assert errors[4] is not None and errors[4].startswith(
        f"{bad_row / 'meta' / 'dataset_row.json'} is not a published row: ")
    assert "missing column 'persona'" in errors[4]
    assert len(errors) == 6  # the folder named twice is exported once, not refused
    assert all("\n" not in e for e in errors if e)
    assert [r.computer_id for r in read_rows(tmp_path / "out.jsonl")] == \
        ["mac_computer_000050", report.results[5].computer_id]


def test_the_command_line(sample_folders: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = cli("export", *map(str, sample_folders), str(empty), "--format", "dataset",
               "--out", str(tmp_path / "rows.parquet"))
    assert done.returncode == 1
    assert f"exported 3 computers to {tmp_path / 'rows.parquet'} (dataset); 1 failed" in done.stdout
    lines = done.stderr.strip().splitlines()
    assert [line for line in lines if not line.startswith("note ")] == \
        [f"failed {empty} is not a built computer (no meta/manifest.json)"]
    assert lines[0].startswith("note mac_computer_000050: the row's 1 defect (first: ")
    assert [r.row for r in read_rows(tmp_path / "rows.parquet")] == sample_rows()
    nothing = cli("export", str(empty), "--out", str(tmp_path / "none.jsonl"))
    assert nothing.returncode == 1 and "error: nothing exported: all 1 source failed" in nothing.stderr
    assert not (tmp_path / "none.jsonl").exists()
    for args, message in (
            (["--out", str(tmp_path / "rows.csv")], "the dataset format writes .jsonl or .parquet"),
            (["--format", "alpaca", "--out", str(tmp_path / "a.jsonl")],
             "unknown format 'alpaca': use one of dataset, openai, sharegpt")):
        refused = cli("export", str(sample_folders[0]), *args)
        assert refused.returncode == 1 and message in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    assert "export" in cli("--help").stdout


def test_unknown_output_suffix_is_refused_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"writes \.jsonl or \.parquet"):
        export_dataset([tmp_path], tmp_path / "x.json")


def test_row_paths_map_onto_the_drive_the_way_the_exporter_spells_them(lyon: Path) -> None:
    row, _ = computer_row(lyon)
    policy = json.loads((lyon / "meta" / "manifest.json").read_text("utf-8"))["filesystem_policy"]
    home = policy["home"]
    for record in row["file_list"]:
        if policy["os"] == "windows":
            assert record["path"].startswith("C:/")
            assert to_drive(record["path"], home) == record["path"][3:]
        else:  # macOS spells a drive path from the root
            assert record["path"].startswith("/Users/")
            assert to_drive(record["path"], home) == record["path"][1:]
