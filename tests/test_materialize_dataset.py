"""`synthcomp materialize` on the published dataset's rows: the row is the computer.

The 3 sample rows of microsoft/synthetic-computers-at-scale (tests/data/paper-dataset-sample.jsonl)
are built once for the module, offline, through the CLI; a parquet of the same rows (columns as
JSON strings) must build the same drive; bad rows are one line each and never stop the others.
"""

from __future__ import annotations

import copy
import gzip
import json
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from support.files import tree_digest
from typer.testing import CliRunner

from synthcomp import office
from synthcomp.cli import app
from synthcomp.dataset import DatasetComputer, encode_row, load_computers
from synthcomp.dataset.build import timestamp_of
from synthcomp.dataset.standins import extension, office_kind

SAMPLE = Path(__file__).parent / "data" / "paper-dataset-sample.jsonl"
IDS = ("mac_computer_000050", "win_computer_000000", "win_computer_000047")


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def computers() -> dict[str, DatasetComputer]:
    loaded = {}
    for result in load_computers(SAMPLE):
        assert result.computer is not None, result.error
        loaded[result.computer_id or ""] = result.computer
    return loaded


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("materialized")
    result = CliRunner().invoke(app, ["materialize", str(SAMPLE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def _opens(path: Path) -> None:
    """Open ``path`` with the library its kind needs (raises if it is not a valid file)."""
    kind, ext = office_kind(path.name), extension(path.name)
    if kind == "docx":
        import docx
        docx.Document(str(path))
    elif kind == "xlsx":
        import openpyxl
        openpyxl.load_workbook(path).close()
    elif kind == "pptx":
        import pptx
        pptx.Presentation(str(path))
    elif kind == "pdf":
        import pypdf
        assert len(pypdf.PdfReader(str(path)).pages) >= 1
    elif ext == "json":
        json.loads(path.read_text("utf-8"))
    elif ext == "png":
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    elif ext == "zip":
        assert "README.txt" in zipfile.ZipFile(path).namelist()
    elif ext == "tar.gz":
        with tarfile.open(path) as archive:
            assert "README.txt" in archive.getnames()
    elif ext == "gz":
        gzip.decompress(path.read_bytes())
    else:
        path.read_text("utf-8")


@pytest.mark.parametrize("computer_id", IDS)
def test_every_file_at_its_path_with_its_timestamp(built: tuple[Path, str], computer_id: str,
                                                   computers: dict[str, DatasetComputer]) -> None:
    out, _ = built
    computer = computers[computer_id]
    drive = out / computer_id / "drive"
    manifest = json.loads((out / computer_id / "meta" / "manifest.json").read_text("utf-8"))
    written = {record["path"]: record["written"] for record in manifest["source"]["files"]}
    assert set(written) == {file.path for file in computer.files}
    for file in computer.files:
        path = drive / file.path
        assert path.is_file(), file.original_path
        stamp = timestamp_of(file.timestamp)
        if stamp is None:  # a few records have none: noted, the writer's mtime is kept
            assert any(f"file_list[{file.index}].timestamp" in note
                       for note in manifest["source"]["notes"])
        else:
            assert path.stat().st_mtime == stamp.timestamp(), file.path
        if file.content_mode == "skip":
            assert written[file.path] == "placeholder" and path.stat().st_size == 0
            continue
        _opens(path)
        if file.content_mode == "download":
            assert written[file.path] == "stand_in"
            if file.download_hint and extension(file.path) in ("txt", "md", "html"):
                assert file.download_hint in path.read_text("utf-8")
    # Nothing on the drive that the row does not list.
    on_drive = {str(p.relative_to(drive)) for p in drive.rglob("*") if p.is_file()}
    assert on_drive == {file.path for file in computer.files}


@pytest.mark.parametrize("computer_id", IDS)
def test_generated_files_are_about_their_description(
        built: tuple[Path, str], computer_id: str, computers: dict[str, DatasetComputer]) -> None:
    out, _ = built
    checked = 0
    for file in computers[computer_id].files:
        kind = office_kind(file.path)
        if file.content_mode != "generate" or kind not in ("md", "txt", "docx") or \
                not file.path.endswith(kind):
            continue
        text = " ".join(office.read_text(out / computer_id / "drive" / file.path).split())
        assert " ".join(file.description.split())[:60] in text, file.path
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("computer_id", IDS)
def test_manifest_keeps_identity_row_and_mapping(
        built: tuple[Path, str], computer_id: str, computers: dict[str, DatasetComputer]) -> None:
    out, _ = built
    computer = computers[computer_id]
    meta = out / computer_id / "meta"
    manifest = json.loads((meta / "manifest.json").read_text("utf-8"))
    identity = computer.profile.identity
    profile = manifest["user_profile"]
    assert manifest["computer_id"] == computer_id
    assert (profile["name"], profile["role"], profile["employer"], profile["os"]) == \
        (identity.full_name, identity.role, identity.organization, computer.profile.os)
    assert manifest["persona"] == computer.profile.persona
    assert manifest["filesystem_policy"]["home"] == computer.filesystem.home
    source = manifest["source"]
    assert source["kind"] == "published_row" and source["computer_id"] == computer_id
    assert source["path_map"] == computer.path_map
    assert source["warnings"] == computer.warnings
    assert any("derived" in note for note in source["notes"])
    [row] = [row for row in _rows() if row["computer_id"] == computer_id]
    assert json.loads((meta / "dataset_row.json").read_text("utf-8")) == row


def test_warnings_are_grouped_on_the_console(built: tuple[Path, str]) -> None:
    _, output = built
    assert "win_computer_000047: file_graph.edges[" in output
    assert "more like it)" in output
    assert "closes a cycle" in output


def test_parquet_materializes_the_same(tmp_path: Path, built: tuple[Path, str]) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    encoded = [encode_row(row) for row in _rows()]
    file = tmp_path / "train-00000-of-00001.parquet"
    pq.write_table(pa.Table.from_pylist(encoded), file)
    result = CliRunner().invoke(app, ["materialize", str(file), "--out", str(tmp_path / "out"),
                                      "--ids", IDS[0]])
    assert result.exit_code == 0, result.output
    out, _ = built
    assert tree_digest(tmp_path / "out" / IDS[0] / "drive") == tree_digest(out / IDS[0] / "drive")
    assert (tmp_path / "out" / IDS[0] / "meta" / "dataset_row.json").read_text("utf-8") == \
        (out / IDS[0] / "meta" / "dataset_row.json").read_text("utf-8")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [IDS[0]]


def _small_row(computer_id: str) -> dict[str, Any]:
    """The macOS sample row cut to 4 files and no edges: quick to build."""
    row = copy.deepcopy(_rows()[0])
    row["computer_id"] = computer_id
    row["file_list"] = row["file_list"][:4]
    row["file_graph"] = {"nodes": [], "edges": []}
    return row


def test_bad_rows_are_one_line_each_and_the_others_are_built(tmp_path: Path) -> None:
    missing = _small_row("missing_column")
    del missing["monthly_objectives"]
    broken = encode_row(_small_row("not_json"))
    broken["file_graph"] = "{nope"
    escaping = _small_row("escaping_path")
    escaping["file_list"].append({**escaping["file_list"][0], "path": "../../etc/passwd"})
    duplicate = _small_row("duplicate_path")
    duplicate["file_list"].append(dict(duplicate["file_list"][1]))
    cycle = _small_row("has_cycle")
    first, second = cycle["file_list"][0]["path"], cycle["file_list"][1]["path"]
    cycle["file_graph"]["edges"] = [{"from": first, "to": second, "type": "references"},
                                    {"from": second, "to": first, "type": "references"}]
    for row in (escaping, duplicate, cycle):
        for entry in row["file_list"]:
            entry["timestamp"] = "2025-06-01T10:00:00"  # so the edges keep their spelled direction
    rows = [_small_row("good_row"), missing, broken, escaping, duplicate, cycle]
    file = tmp_path / "rows.jsonl"
    file.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["materialize", str(file), "--out", str(out)])
    output = result.output
    assert result.exit_code == 1, output
    failed = [line for line in output.splitlines() if line.startswith("failed")]
    assert len(failed) == 2
    assert "missing_column" in failed[0] and "missing column 'monthly_objectives'" in failed[0]
    assert "not_json" in failed[1] and "file_graph: not valid JSON" in failed[1]
    assert "escaping_path: file_list[4]: '../../etc/passwd' has a '..' segment" in output
    assert "duplicate_path: file_list[4]:" in output and "kept the first" in output
    assert "has_cycle: file_graph.edges[" in output and "closes a cycle" in output
    assert "materialized 4 computers" in output and "2 failed" in output
    # Only whole computers: no folder for the failed rows, nothing half-written beside them.
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["good_row", "escaping_path", "duplicate_path", "has_cycle"])
    for name in ("escaping_path", "duplicate_path", "has_cycle"):
        manifest = json.loads((out / name / "meta" / "manifest.json").read_text("utf-8"))
        assert manifest["source"]["warnings"], name
        assert len([p for p in (out / name / "drive").rglob("*") if p.is_file()]) == 4
    assert not list(tmp_path.rglob("passwd"))


def test_manifest_rows_still_take_the_old_path(tmp_path: Path) -> None:
    file = tmp_path / "rows.jsonl"
    file.write_text(json.dumps({"persona": "x"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["materialize", str(file), "--out", str(tmp_path / "o"),
                                      "--ids", "a"])
    assert result.exit_code == 1 and "--ids picks rows of the published dataset" in result.output


def test_a_file_that_is_also_a_folder_is_left_out_and_said_on_the_console(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from synthcomp.cli import app

    row = json.loads(SAMPLE.read_text("utf-8").splitlines()[0])
    row["computer_id"] = "mac_computer_clash"
    row["file_list"].append({"path": "/Users/mheller/Documents/projects", "description": "x",
                             "timestamp": "2025-01-01T00:00:00", "content_mode": "generate"})
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps(row) + "\n", "utf-8")
    result = CliRunner().invoke(app, ["materialize", str(rows), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    said = "'Users/mheller/Documents/projects' is also a folder of other files; file left out"
    assert said in result.output
    manifest = json.loads((tmp_path / "o" / "mac_computer_clash" / "meta" / "manifest.json").read_text())
    assert any(said in warning for warning in manifest["source"]["warnings"])


def test_a_notebook_stand_in_is_a_valid_notebook() -> None:
    import datetime

    import nbformat

    from synthcomp.dataset.models import DatasetFile
    from synthcomp.dataset.standins import stand_in

    file = DatasetFile(path="Users/x/analysis.ipynb", original_path="/Users/x/analysis.ipynb", index=0,
                       description="Exploratory analysis of Q3 sales", content_mode="generate")
    notebook = nbformat.reads(stand_in(file, [], datetime.datetime(2026, 1, 1)).decode(), as_version=4)
    nbformat.validate(notebook)
    assert "Exploratory analysis of Q3 sales" in notebook.cells[0].source
