"""Runs that another process holds, or that were damaged: refused or reported clearly, and
nothing of the run is changed by the refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import LYON, agents

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.errors import InputError
from synthcomp.runs.folder import CONTEXT_FILE, run_lock


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("damaged") / "c", seed=9, target_files=20)
    plan_computer(folder, seed=9)
    return folder


def test_a_refused_resume_leaves_the_running_runs_context_as_it_is(planned: Path) -> None:
    run = simulate(planned, run_id="held", days=2, user_agent=agents.count_turn)
    before = (run / CONTEXT_FILE).read_bytes()
    # As if another process were running it.
    with run_lock(run), pytest.raises(InputError, match="already running in another process"):
        resume(run, model="openai:gpt-4o", user_agent=agents.count_turn)
    assert (run / CONTEXT_FILE).read_bytes() == before
