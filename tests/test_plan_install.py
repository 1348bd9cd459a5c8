"""Issue 14 point 7: a plan's collaborators folder and plan.json change together. A process
killed at any step of installing a new plan leaves a computer whose plan and private files
match (the old pair or the new one), never a plan without its files."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest
from support import LYON
from support.files import copy_tree, tree_digest

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.computer import Computer
from synthcomp.plan_install import install


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("install") / "c", seed=5, target_files=20)
    plan_computer(folder, seed=5)
    return folder


def _new_pair(computer: Computer, tag: str) -> tuple[Path, dict[str, object]]:
    """A finished scratch folder and plan that differ from the installed ones."""
    scratch = computer.plan_scratch
    copy_tree(computer.collaborators, scratch)
    for private in sorted(p for p in scratch.rglob("*") if p.is_file())[:1]:
        private.write_text(tag, "utf-8")
    plan = computer.plan_data()
    plan["model"] = tag
    return scratch, plan


def _killed_at(computer: Computer, step: int, tag: str) -> None:
    """In a child process, install a new pair and die (as SIGKILL would) at rename ``step``."""
    def child() -> None:
        renames = 0
        real = os.replace

        def dying(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
            nonlocal renames
            if ".plan.json." in Path(src).name:
                return real(src, dst)  # the atomic writer's own rename of the pending plan
            renames += 1
            if renames == step:
                os._exit(9)
            real(src, dst)

        os.replace = dying  # type: ignore[assignment]
        scratch, plan = _new_pair(computer, tag)
        install(computer, scratch, plan)
        os._exit(0)

    process = multiprocessing.get_context("fork").Process(target=child)
    process.start()
    process.join()


@pytest.mark.parametrize("step", [1, 2, 3, 4])
def test_a_plan_killed_while_installing_leaves_a_matching_pair(
        planned: Path, tmp_path: Path, step: int) -> None:
    computer = Computer(copy_tree(planned, tmp_path / "c"))
    old = (tree_digest(computer.collaborators), computer.plan_path.read_bytes())
    _killed_at(computer, step, "new")
    plan = computer.read_plan()  # settles what the killed process left
    files = tree_digest(computer.collaborators)
    if plan.model == "new":
        assert files != old[0] and ".plan.json" not in files
    else:
        assert (files, computer.plan_path.read_bytes()) == old
    assert not list(computer.meta.glob(".collaborators.old-*")), list(computer.meta.iterdir())
    # Renames: 1 the old folder aside, 2 the new one in, 3 the pending plan over plan.json.
    assert plan.model == ("new" if step >= 3 else computer.plan_data()["model"])
    assert (plan.model == "new") == (step >= 3)


def test_a_finished_install_leaves_nothing_behind(planned: Path, tmp_path: Path) -> None:
    computer = Computer(copy_tree(planned, tmp_path / "c"))
    scratch, plan = _new_pair(computer, "new")
    install(computer, scratch, plan)
    assert json.loads(computer.plan_path.read_text("utf-8"))["model"] == "new"
    assert sorted(p.name for p in computer.meta.iterdir() if p.name.startswith(".")) == []
    assert not (computer.collaborators / ".plan.json").exists()
