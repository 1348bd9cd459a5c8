"""Several tool calls in one answer (OpenAI models send them by default) run one at a time, in the
order the model gave them: nothing is lost, and the same seed gives the same trajectory."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage
from support import LYON
from support.files import copy_tree, tree_digest
from support.models import ScriptedModel, tool_call

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.computer import Computer

TRIALS = 6
NOTES = "Scratch/notes.md"


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("parallel") / "c", seed=8, target_files=20)
    plan_computer(folder, seed=8)
    return folder


def _answer(*calls: tuple[str, dict[str, object]]) -> AIMessage:
    """One answer making all ``calls`` at once."""
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"p{n}"}
                                             for n, (name, args) in enumerate(calls)])


def _run(planned: Path, folder: Path, script: list[AIMessage]) -> Path:
    computer = copy_tree(planned, folder)
    return simulate(computer, run_id="parallel", days=1,
                    chat_model=ScriptedModel(script=script, by_turn=True))


def test_eight_appends_in_one_answer_all_land_in_order(planned: Path, tmp_path: Path) -> None:
    appends = [("append_to_document", {"path": NOTES, "markdown": f"- line {n}"}) for n in range(8)]
    script = [_answer(*appends), tool_call("end_day", {"summary": "-"}, "e")]
    for trial in range(TRIALS):
        run = _run(planned, tmp_path / f"t{trial}", script)
        text = Computer(run.parent.parent).for_run(run).resolve(NOTES).read_text("utf-8")
        assert [line for line in text.splitlines() if line.startswith("- line")] == [
            f"- line {n}" for n in range(8)], text


def test_a_write_a_move_and_a_copy_in_one_answer_give_the_same_end_every_time(
        planned: Path, tmp_path: Path) -> None:
    calls = [("write_document", {"path": "Scratch/a.md", "title": "A", "markdown": "first"}),
             ("move_path", {"source": "Scratch/a.md", "destination": "Scratch/b.md"}),
             ("copy_path", {"source": "Scratch/b.md", "destination": "Scratch/c.md"}),
             ("append_to_document", {"path": "Scratch/c.md", "markdown": "second"}),
             ("read_file", {"path": "Scratch/c.md"})]
    script = [_answer(*calls), tool_call("end_day", {"summary": "-"}, "e")]
    ends = set()
    trajectories = set()
    for trial in range(TRIALS):
        run = _run(planned, tmp_path / f"t{trial}", script)
        drive = Computer(run.parent.parent).for_run(run).drive
        ends.add(tuple(sorted(tree_digest(drive / "Scratch").items())))
        trajectories.add((run / "trajectory.jsonl").read_bytes())
        assert not (drive / "Scratch" / "a.md").exists()
        assert (drive / "Scratch" / "c.md").read_text("utf-8").rstrip().endswith("second")
    assert len(ends) == 1 and len(trajectories) == 1


RACE_TRIALS = 60


def test_a_link_moved_into_place_in_one_answer_never_lets_a_write_out(
        planned: Path, tmp_path: Path) -> None:
    """Issue 14 point 3: one call moves a relative link to where it points outside (into the
    computer's meta/), the next writes through it. With the calls run at once this escaped in
    12 of 60 runs; one at a time, on paths resolved when checked, it never does."""
    door = "Scratch/a/b/c/door"  # "../../../meta" leads to Scratch/meta here; from the top, to meta/
    attack = [("move_path", {"source": door, "destination": "door"}),
              ("write_document", {"path": "door/pwned.md", "title": "x", "markdown": "escaped"}),
              ("append_to_document", {"path": "door/plan.md", "markdown": "escaped"})]
    script = [_answer(*attack), tool_call("end_day", {"summary": "-"}, "e")]
    for trial in range(RACE_TRIALS):
        computer = copy_tree(planned, tmp_path / f"r{trial}")
        (computer / "drive" / "Scratch" / "a" / "b" / "c").mkdir(parents=True)
        (computer / "drive" / "Scratch" / "meta").mkdir()  # where the link leads from its first place
        os.symlink("../../../meta", computer / "drive" / door)
        meta_before = tree_digest(computer / "meta")
        run = simulate(computer, run_id="parallel", days=1,
                       chat_model=ScriptedModel(script=script, by_turn=True))
        assert tree_digest(computer / "meta") == meta_before, trial
        results = [json.loads(line) for line in (run / "trajectory.jsonl").read_text("utf-8").splitlines()]
        answers = {e["tool_call_id"]: e["content"] for e in results if e["type"] == "tool_result"}
        assert answers["p0"].startswith("Moved"), answers["p0"]
        for call in ("p1", "p2"):
            assert answers[call].startswith("Error") and "outside the drive" in answers[call], answers[call]
