"""`synthcomp plan` on a computer made from a published dataset row takes the row's month: its
period, deliverables, milestones, collaborators with their reference files, and their weighted
rubrics, which the grader uses. What the row lacks (events, criteria) is added and marked.

The 3 sample rows (tests/data/paper-dataset-sample.jsonl) are put as meta/dataset_row.json into
copies of one small offline computer, as `synthcomp materialize` leaves them."""

from __future__ import annotations

import copy
import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support import LYON

from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.dataset import normalise_row
from synthcomp.dataset.plan import plan_role, stated_delay, week_due, weekdays
from synthcomp.errors import SynthcompError
from synthcomp.schemas import FileContent, MonthPlan

SAMPLE = Path(__file__).parent / "data" / "paper-dataset-sample.jsonl"
ROWS: list[dict[str, Any]] = [json.loads(line) for line in SAMPLE.read_text("utf-8").splitlines()
                              if line.strip()]
IDS = [row["computer_id"] for row in ROWS]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_computer(LYON, tmp_path_factory.mktemp("rowplan") / "base", seed=4, target_files=20)


def with_row(base: Path, folder: Path, row: dict[str, Any]) -> Path:
    """A copy of ``base`` carrying ``row`` as materialize leaves it."""
    shutil.copytree(base, folder)
    (folder / "meta" / "dataset_row.json").write_text(json.dumps(row), "utf-8")
    return folder


@pytest.fixture(scope="module")
def planned(base: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, MonthPlan]]:
    out = {}
    for row in ROWS:
        folder = with_row(base, tmp_path_factory.mktemp("rows") / row["computer_id"], row)
        out[row["computer_id"]] = (folder, plan_computer(folder))
    return out


@pytest.mark.parametrize("index", range(len(ROWS)), ids=IDS)
def test_the_period_is_the_rows(planned: dict[str, tuple[Path, MonthPlan]], index: int) -> None:
    row = ROWS[index]
    _, plan = planned[row["computer_id"]]
    period = row["monthly_objectives"]["simulation_period"]
    assert plan.month_start == period["start"] and plan.month_end == period["end"]
    assert plan.working_days == weekdays(date.fromisoformat(period["start"]),
                                         date.fromisoformat(period["end"]))
    assert len(plan.working_days) == period["working_days"] == 20
    assert plan.dataset is not None and plan.dataset.computer_id == row["computer_id"]
    assert plan.dataset.recurring_activities == row["monthly_objectives"]["recurring_activities"]
    assert [w["focus"] for w in plan.dataset.weekly_focus] == [
        w["focus"] for w in row["monthly_objectives"]["weekly_focus"]]


@pytest.mark.parametrize("index", range(len(ROWS)), ids=IDS)
def test_deliverables_and_milestones_are_the_rows(planned: dict[str, tuple[Path, MonthPlan]],
                                                  index: int) -> None:
    row = ROWS[index]
    _, plan = planned[row["computer_id"]]
    assert plan.dataset is not None
    works = row["monthly_objectives"]["deliverables"]
    assert [d.id for d in plan.deliverables()] == [w["id"] for w in works]
    assert [d.title for d in plan.deliverables()] == [w["title"] for w in works]
    assert [d.original_output_files for d in plan.dataset.deliverables] == [
        w["output_files"] for w in works]
    mapped = normalise_row(row).plan
    assert mapped is not None
    assert [d.output_files for d in plan.dataset.deliverables] == [
        w.output_drive_paths for w in mapped.deliverables]
    for objective, work, record in zip(plan.objectives, works, plan.dataset.deliverables, strict=True):
        deliverable = objective.deliverables[0]
        assert deliverable.path == record.graded_path in record.output_files
        assert deliverable.path.endswith("." + deliverable.format)
        goals = sorted(work["milestones"], key=lambda m: m["week"])
        assert [m.title for m in objective.milestones] == [m["goal"] for m in goals]
        dues = [m.due for m in objective.milestones]
        assert dues == sorted(dues) and set(dues) <= set(plan.working_days)
        assert dues[-1] == work["target_completion"]  # every sample's target is a working day
        for milestone, goal in zip(objective.milestones[:-1], goals, strict=False):
            monday = date(2026, 1, 5) + timedelta(weeks=goal["week"] - 1)
            assert monday.isoformat() <= milestone.due <= (monday + timedelta(days=4)).isoformat()


def test_milestone_weeks_fall_in_their_week() -> None:
    days = weekdays(date(2026, 1, 7), date(2026, 2, 3))  # starts on a Wednesday
    assert week_due(days, 1) == "2026-01-09"
    assert week_due(days, 2) == "2026-01-16"
    assert week_due(days, 9) == "2026-02-03"  # past the period: its last day


@pytest.mark.parametrize("index", range(len(ROWS)), ids=IDS)
def test_collaborators_are_the_rows_with_their_reference_files(
        planned: dict[str, tuple[Path, MonthPlan]], index: int) -> None:
    row = ROWS[index]
    folder, plan = planned[row["computer_id"]]
    assert plan.dataset is not None
    people = row["collaboration_context"]["collaborators"]
    assert [c.name for c in plan.collaborators] == [p["name"] for p in people]
    assert [c.title for c in plan.collaborators] == [p["role"] for p in people]
    assert [r.row_id for r in plan.dataset.collaborators] == [p["id"] for p in people]
    for collaborator, person, said in zip(plan.collaborators, people, plan.dataset.collaborators,
                                          strict=True):
        assert collaborator.organisation == person.get("organization", collaborator.organisation)
        assert collaborator.communication_style == person["communication_style"]
        assert said.key_facts == person.get("key_facts", {})
        for key in person.get("key_facts", {}):
            assert any(k.startswith(key.replace("_", " ") + ":") for k in collaborator.knows)
        assert "role" in said.derived and "responsiveness" in said.derived
        wanted = {ref["filename"]: ref["description"] for ref in person.get("reference_files", [])}
        assert said.reference_files == wanted
        assert [f.path.removesuffix(".txt") if f.path in said.stand_ins else f.path
                for f in collaborator.private_files] == list(wanted)
        for private in collaborator.private_files:
            path = folder / "meta" / "collaborators" / collaborator.id / private.path
            text = office.read_text(path)
            assert text.strip(), private.path
            if private.path in said.stand_ins:
                assert wanted[private.path.removesuffix(".txt")] in text


def test_the_json_reference_file_is_a_text_stand_in(planned: dict[str, tuple[Path, MonthPlan]]) -> None:
    folder, plan = planned["mac_computer_000050"]
    assert plan.dataset is not None
    brett = next(c for c in plan.dataset.collaborators if c.row_id == "ext_002")
    assert brett.stand_ins == ["clearwater_test_xmpp_config.json.txt"]
    text = (folder / "meta" / "collaborators" / brett.id / "clearwater_test_xmpp_config.json.txt").read_text()
    assert text.startswith("Stand-in for clearwater_test_xmpp_config.json")


def test_roles_and_delays_are_derived_deterministically() -> None:
    people = normalise_row(ROWS[1]).collaborators
    roles = {p.id: plan_role(p)[0] for p in people}
    assert roles["ext_hartley"] == "manager" and roles["ext_tran"] == "report"
    assert roles["ext_castellano"] == "client" and roles["ext_whitfield"] == "compliance"
    assert roles["ext_okonkwo"] == "peer" and roles["ext_huang"] == "vendor"
    assert stated_delay("Responds quickly (within 2-4 hours).") == 3
    assert stated_delay("Responds within 1 business day") == 24
    assert stated_delay("No word on timing.") is None


@pytest.mark.parametrize("index", range(len(ROWS)), ids=IDS)
def test_the_rubrics_are_the_collaborators(planned: dict[str, tuple[Path, MonthPlan]], index: int) -> None:
    row = ROWS[index]
    _, plan = planned[row["computer_id"]]
    assert plan.dataset is not None
    criteria = {c.id: c for c in plan.rubric.criteria}
    for person in row["collaboration_context"]["collaborators"]:
        rubric = person.get("rubric")
        if not rubric:
            continue
        mine = [r for r in plan.dataset.rubric if r.collaborator_id in
                {c.id for c in plan.dataset.collaborators if c.row_id == person["id"]}]
        assert [(r.name, r.weight) for r in mine] == [(c["name"], c["weight"])
                                                      for c in rubric["criteria"]]
        total = sum(c["weight"] for c in rubric["criteria"])
        for said in mine:
            graded = criteria[said.criterion_id]
            assert graded.deliverable_id == rubric["deliverable_id"]
            assert graded.text.startswith(said.name)
            assert graded.weight == pytest.approx(said.weight / total)
            assert not graded.expects and not graded.forbids  # prose: the judge decides
    assert plan.dataset.added.criteria == []  # every sample deliverable has a collaborator's rubric


def test_added_items_are_marked(planned: dict[str, tuple[Path, MonthPlan]]) -> None:
    for _, plan in planned.values():
        assert plan.dataset is not None
        assert plan.events and plan.dataset.added.events == [e.id for e in plan.events]
        assert plan.dataset.added.planted_errors == [e.id for e in plan.planted_errors]


def test_planted_errors_are_added_into_collaborators_spreadsheets(
        planned: dict[str, tuple[Path, MonthPlan]]) -> None:
    folder, plan = planned["win_computer_000000"]
    assert plan.dataset is not None
    assert plan.planted_errors and plan.dataset.added.planted_errors == ["PE-1", "PE-2"]
    for error in plan.planted_errors:
        private = folder / "meta" / "collaborators" / error.collaborator_id / error.file
        assert error.wrong_value in office.read_text(private)
        assert error.correct_value in office.read_text(folder / "drive" / error.source_of_truth)
        assert error.wrong_value != error.correct_value
    _, mac = planned["mac_computer_000050"]  # no collaborator of this row has a spreadsheet
    assert mac.planted_errors == [] and mac.dataset is not None
    assert any(note.startswith("no planted error") for note in mac.dataset.notes)


def test_a_deliverable_without_a_rubric_gets_a_generated_one(base: Path, tmp_path: Path) -> None:
    row = copy.deepcopy(ROWS[0])
    for person in row["collaboration_context"]["collaborators"]:
        if (person.get("rubric") or {}).get("deliverable_id") == "dlv_002":
            del person["rubric"]
    row["monthly_objectives"]["simulation_period"]["working_days"] = 19
    plan = plan_computer(with_row(base, tmp_path / "c", row))
    assert plan.dataset is not None
    added = [c for c in plan.rubric.criteria if c.id in plan.dataset.added.criteria]
    assert added and {c.deliverable_id for c in added} == {"dlv_002"}
    assert not any(r.deliverable_id == "dlv_002" for r in plan.dataset.rubric)
    assert sum(c.weight for c in added) == pytest.approx(1)
    assert any("working_days is 19 but the period has 20" in n for n in plan.dataset.notes)


def test_a_messy_row_still_plans(base: Path, tmp_path: Path) -> None:
    """Code-only outputs, two goals in one week, an upper-case collaborator id, weights that do
    not sum to 1, a rubric for no deliverable, and an output file already on the drive."""
    row = copy.deepcopy(ROWS[0])
    works = row["monthly_objectives"]["deliverables"]
    works[0]["output_files"] = ["jenkins_handler.py", "config_v2.yaml"]
    works[1]["milestones"].append({"week": 2, "goal": "A second goal in week 2"})
    people = row["collaboration_context"]["collaborators"]
    people[0]["id"] = "EXT Diane!"
    people[1]["rubric"]["criteria"] = [{"name": "Works", "weight": 3}, {"name": "Clear", "weight": 1}]
    people[3]["rubric"]["deliverable_id"] = "dlv_999"
    folder = with_row(base, tmp_path / "c", row)
    # The row's output file already there, as on a computer materialized from a later snapshot.
    already = folder / "drive" / "Users/mheller/xep060_design_doc_final.md"
    already.parent.mkdir(parents=True, exist_ok=True)
    already.write_text("# Design\n", "utf-8")
    plan = plan_computer(folder)
    assert plan.dataset is not None
    first = plan.objectives[0].deliverables[0]
    assert first.path == "Users/mheller/dlv_001_summary.md" and plan.dataset.deliverables[0].path_added
    assert plan.collaborators[0].id == "ext-diane"
    ids = [m.id for m in plan.objectives[1].milestones]
    assert len(ids) == len(set(ids)) == 5
    weights = {c.text: c.weight for c in plan.rubric.criteria if c.deliverable_id == "dlv_002"}
    assert weights == {"Works": 0.75, "Clear": 0.25}
    assert any("'dlv_999', not a deliverable of the row" in n for n in plan.dataset.notes)
    assert {c.deliverable_id for c in plan.rubric.criteria
            if c.id in plan.dataset.added.criteria} == {"dlv_003"}
    assert any(n.startswith("dlv_003: 1 of its 6 output files are already on the drive")
               for n in plan.dataset.notes)


def test_the_grader_uses_the_row_rubric(planned: dict[str, tuple[Path, MonthPlan]],
                                        tmp_path: Path) -> None:
    folder, plan = planned["win_computer_000000"]
    computer = shutil.copytree(folder, tmp_path / "c")
    run = simulate(computer, days=1, seed=2)
    assert plan.dataset is not None
    graded = plan.deliverables()[0]
    # A crafted deliverable that covers two of Hartley's criteria in their own words.
    said = [r for r in plan.dataset.rubric if r.deliverable_id == graded.id]
    target = run / "drive" / graded.path
    target.unlink(missing_ok=True)
    text = "\n".join(f"{r.name}. {r.description}" for r in said[:2])
    office.write_content(target, graded.format, office_document(text), datetime(2026, 1, 5, 10))
    first = grade_run(run)
    saved = json.loads((run / "grade.json").read_text("utf-8"))
    grade = next(d for d in saved["deliverables"] if d["id"] == graded.id)
    assert [c["text"].split(":")[0] for c in grade["criteria"]] == [r.name for r in said]
    assert [c["weight"] for c in grade["criteria"]] == pytest.approx([r.weight for r in said])
    assert {c["method"] for c in grade["criteria"]} == {"judge"}
    verdicts = [c["passed"] for c in grade["criteria"]]
    assert verdicts[:2] == [True, True] and not all(verdicts)
    assert grade["score"] == pytest.approx(sum(r.weight for r, ok in zip(said, verdicts, strict=True)
                                               if ok), abs=1e-3)
    assert grade_run(run).deliverables == first.deliverables  # the offline judge is deterministic


def office_document(text: str) -> FileContent:
    """FileContent holding ``text`` as paragraphs."""
    return FileContent.model_validate({"document": {"title": "Package", "blocks": [
        {"type": "paragraph", "text": line} for line in text.splitlines()]}, "summary": "crafted"})


def test_a_computer_without_a_row_plans_as_before(base: Path, tmp_path: Path) -> None:
    folder = shutil.copytree(base, tmp_path / "plain")
    plan = plan_computer(folder)
    assert plan.dataset is None
    assert "dataset" not in json.loads((folder / "meta" / "plan.json").read_text("utf-8"))
    assert plan.objectives[0].deliverables[0].path.startswith(
        json.loads((folder / "meta" / "manifest.json").read_text())["filesystem_policy"]["home"])


def test_a_period_in_words_is_read_as_dates(base: Path, tmp_path: Path) -> None:
    row = copy.deepcopy(ROWS[1])
    iso = row["monthly_objectives"]["simulation_period"]
    reference = plan_computer(with_row(base, tmp_path / "iso", copy.deepcopy(ROWS[1])))
    start, end = date.fromisoformat(iso["start"][:10]), date.fromisoformat(iso["end"][:10])
    iso["start"], iso["end"] = f"{start:%B} {start.day}, {start.year}", f"{end.day} {end:%B %Y}"
    plan = plan_computer(with_row(base, tmp_path / "words", row))
    assert plan.working_days == reference.working_days and plan.dataset is not None


@pytest.mark.parametrize("month", [{}, {"deliverables": []}, "no-period", "not-dates"])
def test_a_row_without_a_usable_month_is_planned_by_the_planner(
        base: Path, tmp_path: Path, month: Any, caplog: pytest.LogCaptureFixture) -> None:
    row = copy.deepcopy(ROWS[1])
    if month == "no-period":
        del row["monthly_objectives"]["simulation_period"]
    elif month == "not-dates":
        row["monthly_objectives"]["simulation_period"].update(start="early January", end="soon")
    else:
        row["monthly_objectives"] = month
    try:
        plan = plan_computer(with_row(base, tmp_path / "c", row))
    except Exception as exc:  # a row the reader refuses must say so in one line, not crash
        assert isinstance(exc, SynthcompError) and month == {"deliverables": []}, repr(exc)
        return
    assert plan.dataset is None and plan.objectives and plan.working_days
    assert "the planner plans the month instead" in caplog.text
