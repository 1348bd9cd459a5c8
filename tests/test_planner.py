"""The objective planner: valid, grounded, deterministic plans; bad model plans re-asked, then
refused with a clear message."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatResult
from support.files import tree_digest

from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.errors import InputError, ModelError
from synthcomp.models.offline import OfflineChatModel
from synthcomp.personas import bundled_personas
from synthcomp.schemas import MonthPlan


def _assert_valid(plan: MonthPlan, folder: Path) -> None:
    drive = folder / "drive"
    manifest = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    facts = {f["path"]: set(f["facts"].values()) for f in manifest["file_list"]}
    days = set(plan.working_days)
    assert len(plan.working_days) == 20
    assert all(date.fromisoformat(d).weekday() < 5 for d in plan.working_days)
    assert 3 <= len(plan.objectives) <= 8
    assert 3 <= len(plan.collaborators) <= 8
    for objective in plan.objectives:
        for path in objective.cites:
            assert (drive / path).is_file(), path
        dues: dict[str, str] = {}
        for milestone in objective.milestones:
            assert milestone.due in days
            assert milestone.due >= dues.get(milestone.deliverable_id, "")
            dues[milestone.deliverable_id] = milestone.due
    for deliverable in plan.deliverables():
        target = (drive / deliverable.path).resolve()
        assert drive.resolve() in target.parents and not target.exists()
    totals: dict[str, float] = {}
    for criterion in plan.rubric.criteria:
        totals[criterion.deliverable_id] = totals.get(criterion.deliverable_id, 0) + criterion.weight
    assert set(totals) == {d.id for d in plan.deliverables()}
    assert all(abs(total - 1) < 1e-6 for total in totals.values())
    for error in plan.planted_errors:
        text = office.read_text(folder / "meta" / "collaborators" / error.collaborator_id / error.file)
        assert " ".join(error.wrong_value.split()) in " ".join(text.split())  # PDFs drop no-break spaces
        # A spreadsheet holds the truth as a formula; its computed value is in the manifest's facts
        # (test_recalculation checks those against LibreOffice).
        assert (error.correct_value in office.read_text(drive / error.source_of_truth)
                or error.correct_value in facts[error.source_of_truth])
    assert plan.events and all(e.date in days for e in plan.events)
    assert 60 <= plan.total_effort_hours <= 180


def test_default_computer_plan(tmp_path: Path, default_computer: Path) -> None:
    folder = tmp_path / "c"
    shutil.copytree(default_computer, folder)
    plan = plan_computer(folder, seed=7)
    _assert_valid(plan, folder)
    assert len(plan.planted_errors) >= 2
    assert any(c.tag == "pitfall" and c.planted_error_id for c in plan.rubric.criteria)
    manifest = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    assert manifest["monthly_objectives"] and manifest["collaboration_context"]["collaborators"]
    names_in_files = " ".join(office.read_text(folder / "drive" / f["path"])
                              for f in manifest["file_list"] if f["genre"] == "minutes")
    manager = next(c for c in plan.collaborators if c.role == "manager")
    assert manager.name in names_in_files, "the manager is a colleague the files already mention"


@pytest.mark.slow
@pytest.mark.parametrize(("index", "persona"), list(enumerate(bundled_personas())))
def test_every_bundled_persona_gets_a_valid_plan(index: int, persona: str, tmp_path: Path) -> None:
    folder = build_computer(persona, tmp_path / "c", seed=index, target_files=30)
    _assert_valid(plan_computer(folder, seed=index), folder)



def test_same_seed_same_plan(tmp_path: Path) -> None:
    first = build_computer("A payroll specialist in Warsaw", tmp_path / "a", seed=5, target_files=30)
    second = tmp_path / "b"
    shutil.copytree(first, second)
    plan_computer(first, seed=5)
    plan_computer(second, seed=5)
    assert tree_digest(first / "meta") == tree_digest(second / "meta")


def test_existing_plan_is_kept_unless_overwrite(tmp_path: Path) -> None:
    folder = build_computer("A baker in Porto", tmp_path / "a", target_files=20)
    plan_computer(folder)
    with pytest.raises(InputError, match="already has a plan"):
        plan_computer(folder)
    plan_computer(folder, overwrite=True)


def test_not_a_computer(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a built computer"):
        plan_computer(tmp_path)


class BadPlans(OfflineChatModel):
    """The offline model, but its objectives are broken in a chosen way the first ``bad`` times."""

    breakage: str = "outside"
    bad: int = 99
    calls: int = 0

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        result = super()._generate(messages, stop, run_manager, **kwargs)
        calls = getattr(result.generations[0].message, "tool_calls", [])
        if calls and calls[0]["name"] == "ObjectivesDraft" and self.calls < self.bad:
            self.calls += 1
            objective = calls[0]["args"]["objectives"][0]
            if self.breakage == "outside":
                objective["deliverables"][0]["path"] = "../../../etc/report.xlsx"
            elif self.breakage == "order":
                objective["milestones"][0]["due"], objective["milestones"][1]["due"] = (
                    objective["milestones"][1]["due"], objective["milestones"][0]["due"])
            elif self.breakage == "schema":
                del objective["deliverables"]
            elif self.breakage == "cycle":
                first, second = objective["deliverables"][:2]
                first["depends_on"] = [second["id"]]
            elif self.breakage == "home":
                objective["deliverables"][0]["path"] = "Reports/forecast.xlsx"
        return result


@pytest.mark.parametrize(("breakage", "words"), [
    ("outside", "'..'"), ("order", "out of order"), ("schema", "deliverables"),
    ("cycle", "in a circle"), ("home", "not in the user's folders"),
])
def test_bad_plans_are_reasked_then_refused(tmp_path: Path, breakage: str, words: str) -> None:
    folder = build_computer("A baker in Porto", tmp_path / "a", target_files=20)
    model = BadPlans(breakage=breakage)
    with pytest.raises(ModelError, match="ObjectivesDraft after 3 tries") as caught:
        plan_computer(folder, chat_model=model)
    assert words in str(caught.value)
    assert model.calls == 3
    assert not (folder / "meta" / "plan.json").exists()
    assert not (folder / "meta" / "collaborators").exists()


def test_a_bad_plan_is_repaired_by_asking_again(tmp_path: Path) -> None:
    folder = build_computer("A baker in Porto", tmp_path / "a", target_files=20)
    model = BadPlans(breakage="order", bad=1)
    plan = plan_computer(folder, chat_model=model)
    assert model.calls == 1
    _assert_valid(plan, folder)


@pytest.mark.slow
def test_a_computer_is_planned_again_after_a_run(tmp_path: Path) -> None:
    """A run writes its deliverables on its own drive: the computer's is untouched, and
    planning again gives the same month. Files that did land on the computer's drive since the
    manifest (a run from before runs had their own drive, a user's own) are planned around:
    the planner is told which files were made since."""
    import shutil

    from synthcomp.api.simulate import simulate

    folder = build_computer("A payroll officer at a logistics firm in Rotterdam", tmp_path / "c",
                            seed=5, target_files=25)
    first = plan_computer(folder, seed=5)
    run = simulate(folder, days=1, seed=5)
    made = [d.path for d in first.deliverables() if (run / "drive" / d.path).exists()]
    assert made, "the day drafted a deliverable"
    assert not [d.path for d in first.deliverables() if (folder / "drive" / d.path).exists()]
    assert plan_computer(folder, seed=5, overwrite=True) == first
    for path in made:  # as an older run left them, on the computer's own drive
        (folder / "drive" / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(run / "drive" / path, folder / "drive" / path)
    again = plan_computer(folder, seed=5, overwrite=True)
    _assert_valid(again, folder)
    assert not [d.path for d in again.deliverables() if (folder / "drive" / d.path).exists()]
