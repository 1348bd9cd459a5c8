"""Inputs a careless user gives (issue 14 point 8): each is one clear error line naming what is
wrong, or a warning and a sound result, never a traceback, and nothing half-made is left."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from synthcomp.api.build import build_computer
from synthcomp.cli import app

NURSE = "a nurse in Toronto"


@pytest.fixture(scope="module")
def small_row(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The manifest row of a ten-file offline computer."""
    folder = build_computer(NURSE, tmp_path_factory.mktemp("row") / "c", seed=5, target_files=10)
    row: dict[str, Any] = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    return row


def _materialize(tmp_path: Path, rows: Any, raw: bytes | None = None) -> Any:
    file = tmp_path / "rows.json"
    file.write_bytes(raw if raw is not None else json.dumps(rows).encode())
    return CliRunner().invoke(app, ["materialize", str(file), "--out", str(tmp_path / "out")])


@pytest.mark.parametrize(("change", "says"), [
    ({"seed": "abc"}, "row 1: seed: 'abc' is not a whole number"),
    ({"file_list": [1, 2, 3]}, "row 1: file_list[0]: needs a path (text), not 1"),
    ({"file_graph": [["a"]]}, "row 1: file_graph[0]: ['a'] is not a pair of paths"),
    ({"file_graph": "a->b"}, "row 1: file_graph: must be a list"),
    ({"today": "soon"}, "row 1: today: 'soon' is not a date"),
    ({"persona": 5}, "row 1: persona: needs text"),
])
def test_a_bad_field_is_one_error_naming_the_row_and_field(tmp_path: Path, small_row: dict[str, Any],
                                                           change: dict[str, Any], says: str) -> None:
    result = _materialize(tmp_path, [{**small_row, **change}])
    assert result.exit_code == 1, result.output
    assert says in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, ValueError | TypeError)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("raw", "says"), [
    (b'{"persona": "a nurse \xff in Toronto"}', "rows.json:1: not UTF-8 text (byte 0xff)"),
    (b"[" * 100_000 + b"]" * 100_000, "rows.json: JSON nested too deeply to read"),
    (b"[]", "rows.json: no rows, nothing to materialize"),
    (b"[5]", "rows.json row 1: a row must be a JSON object"),
])
def test_an_unreadable_file_is_one_error(tmp_path: Path, raw: bytes, says: str) -> None:
    result = _materialize(tmp_path, None, raw)
    assert result.exit_code == 1, result.output
    assert says in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, RecursionError | UnicodeDecodeError)


def test_an_empty_jsonl_has_nothing_to_do(tmp_path: Path) -> None:
    file = tmp_path / "rows.jsonl"
    file.write_text("\n\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["materialize", str(file), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no rows, nothing to materialize" in result.output


def test_aliased_paths_are_one_file(tmp_path: Path, small_row: dict[str, Any],
                                    caplog: pytest.LogCaptureFixture) -> None:
    files = small_row["file_list"]
    aliased = [*files, {**files[0], "path": "./" + files[0]["path"]},
               {**files[1], "path": "//" + files[1]["path"]}, "/" + files[2]["path"]]
    with caplog.at_level(logging.WARNING, logger="synthcomp"):
        result = _materialize(tmp_path, [{**small_row, "file_list": aliased}])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "meta" / "manifest.json").read_text("utf-8"))
    assert len(manifest["file_list"]) == len(files) == 10
    assert "names 3 files twice" in caplog.text


def test_an_invalid_home_is_an_error_not_a_new_file_list(tmp_path: Path,
                                                         small_row: dict[str, Any]) -> None:
    policy = {**small_row["filesystem_policy"], "home": "/etc"}
    result = _materialize(tmp_path, [{**small_row, "filesystem_policy": policy}])
    assert result.exit_code == 1, result.output
    assert "filesystem_policy.home: home must be a relative path inside the drive" in result.output
    assert not (tmp_path / "out").exists()


def test_a_small_computer_is_materialized(tmp_path: Path, small_row: dict[str, Any]) -> None:
    roots = [node for node in small_row["file_list"] if not node["depends_on"]][:3]
    policy = {**small_row["filesystem_policy"], "target_file_count": 3}
    result = _materialize(tmp_path, [{**small_row, "file_list": roots, "file_graph": [],
                                      "filesystem_policy": policy}])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "meta" / "manifest.json").read_text("utf-8"))
    assert sorted(node["path"] for node in manifest["file_list"]) == sorted(n["path"] for n in roots)


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from synthcomp.api.plan import plan_computer

    folder = build_computer(NURSE, tmp_path_factory.mktemp("planned") / "c", seed=6, target_files=10)
    plan_computer(folder, seed=6)
    return folder


DAMAGED_USAGE = [b"", b"not json", b"[1, 2]", b'{"roles": {"user": {"calls": "many"}}}', b"\xff\xfe"]


@pytest.mark.parametrize("damage", DAMAGED_USAGE)
def test_a_damaged_run_usage_is_kept_aside_on_resume_and_grade(planned: Path, tmp_path: Path,
                                                               damage: bytes) -> None:
    from support import agents
    from support.files import copy_tree

    from synthcomp.api.grade import grade_run
    from synthcomp.api.simulate import resume, simulate
    from synthcomp.runs.folder import USAGE_FILE, read_summary

    agents.INTERRUPT_ON_DAY[:] = [1]
    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="r", days=2, user_agent=agents.count_turn)
    assert read_summary(run)["status"] == "paused"
    (run / USAGE_FILE).write_bytes(damage)
    resumed = resume(run, user_agent=agents.count_turn)
    assert read_summary(resumed)["status"] == "finished"
    assert (run / f"{USAGE_FILE}.damaged-1").read_bytes() == damage, "nothing is lost"
    assert "roles" in json.loads((run / USAGE_FILE).read_text("utf-8"))
    (run / USAGE_FILE).write_bytes(damage)
    grade_run(run)
    assert (run / f"{USAGE_FILE}.damaged-2").read_bytes() == damage
    assert "roles" in json.loads((run / USAGE_FILE).read_text("utf-8"))


def test_a_damaged_computer_usage_is_kept_aside_by_plan(planned: Path, tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    from support.files import copy_tree

    from synthcomp.computer import Computer

    computer = Computer(copy_tree(planned, tmp_path / "c"))
    computer.usage_path.write_text('{"build": "garbage"}', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="synthcomp"):
        result = CliRunner().invoke(app, ["plan", str(computer.root), "--overwrite"])
    assert result.exit_code == 0, result.output
    assert "usage counted before it is unknown" in caplog.text
    assert list(json.loads(computer.usage_path.read_text("utf-8"))) == ["plan"]
    assert (computer.usage_path.parent / "usage.json.damaged-1").read_text("utf-8") == '{"build": "garbage"}'


def _objectives_with_path(plan: dict[str, Any], path: str) -> list[Any]:
    objectives = json.loads(json.dumps(plan["objectives"]))
    objectives[0]["deliverables"][0]["path"] = path
    return objectives


@pytest.mark.parametrize(("change", "says"), [
    ({"working_days": []}, "working_days is empty"),
    ({"working_days": ["garbage"]}, "working_days[0] 'garbage' is not a date"),
    ({"month_start": "soon"}, "month_start 'soon' is not a date"),
    ({"working_days": ["2026-04-21", "2026-04-20"]}, "working_days are not in order"),
    ("objectives", "deliverable D1a: '../../x.xlsx' contains '..'"),
    ("events", "is from unknown collaborator 'nobody'"),
    ("private", "file '../../../../../tmp/leak.xlsx' must be a plain relative path"),
    ("not json", "is not a valid plan"),
])
def test_simulate_on_a_garbage_plan_is_one_error_and_leaves_no_run(planned: Path, tmp_path: Path,
                                                                   change: Any, says: str) -> None:
    from support.files import copy_tree

    from synthcomp.computer import Computer

    computer = Computer(copy_tree(planned, tmp_path / "c"))
    plan = json.loads(computer.plan_path.read_text("utf-8"))
    if change == "objectives":
        change = {"objectives": _objectives_with_path(plan, "../../x.xlsx")}
    elif change == "events":
        change = {"events": [{**event, "collaborator_id": "nobody"} for event in plan["events"]]}
    elif change == "private":  # an edited plan whose attachment would land outside Downloads
        collaborators = json.loads(json.dumps(plan["collaborators"]))
        collaborators[0]["private_files"][0]["path"] = "../../../../../tmp/leak.xlsx"
        change = {"collaborators": collaborators}
    text = "{not json" if change == "not json" else json.dumps({**plan, **change})
    computer.plan_path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["simulate", str(computer.root), "--days", "1"])
    assert result.exit_code == 1, result.output
    assert says in result.output and "Traceback" not in result.output
    runs = computer.root / "runs"
    assert not runs.exists() or not any(runs.iterdir()), "no run folder is left behind"
