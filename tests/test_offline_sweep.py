"""Every bundled persona and every vocabulary through the offline generators: valid, filled in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from synthcomp.computer import Computer
from synthcomp.models.offline.vocab import DOMAINS, GENERAL
from synthcomp.models.offline.world.content import BY_GENRE, file_content
from synthcomp.models.offline.world.file_plan import file_plan
from synthcomp.models.offline.world.profile import filesystem_policy, user_profile
from synthcomp.personas import bundled_personas
from synthcomp.schemas import FileContent, FilePlan, FilesystemPolicy, UserProfile

UNFILLED = re.compile(r"\{[a-z_]+\}")
KIND_OF = {"document": "docx", "workbook": "xlsx", "deck": "pptx", "text": "txt"}


@pytest.mark.slow
@pytest.mark.parametrize(("index", "persona"), list(enumerate(bundled_personas())))
def test_persona_gives_valid_profile_policy_and_plan(index: int, persona: str,
                                                     tmp_path: Path) -> None:
    profile = UserProfile.model_validate(
        user_profile({"persona": persona, "today": "2026-03-02"}, index))
    policy = FilesystemPolicy.model_validate(filesystem_policy(
        {"persona": persona, "profile": profile.model_dump(), "target_files": 40}, index))
    plan = FilePlan.model_validate(file_plan({"persona": persona, "profile": profile.model_dump(),
                                              "policy": policy.model_dump(),
                                              "today": "2026-03-02"}, index))
    assert len(plan.files) == 40
    computer = Computer(tmp_path)
    for node in plan.files:
        computer.resolve(node.path)
        assert node.path.startswith(policy.home + "/")
        assert not UNFILLED.search(node.path), node.path


@pytest.mark.parametrize("domain", [*DOMAINS, GENERAL], ids=lambda d: d.key)
def test_every_genre_in_every_domain_is_filled_in(domain: object) -> None:
    persona = "A person"
    profile = user_profile({"persona": persona, "today": "2026-03-02"}, 1)
    profile["domain"] = domain.key  # type: ignore[attr-defined]
    for genre, kind in _genres():
        node = {"path": f"Users/x/{genre}.{kind}", "kind": kind, "genre": genre,
                "title": f"{genre} file", "purpose": "test",
                "project": profile["current_projects"][0]["code"], "depends_on": [],
                "date": "2026-02-10"}
        content = FileContent.model_validate(
            file_content({"persona": persona, "profile": profile, "node": node,
                          "dependencies": []}, 3))
        text = json.dumps(content.model_dump(), ensure_ascii=False)
        assert not UNFILLED.search(text), (domain, genre, UNFILLED.search(text))
        assert "None" not in text.replace("null", ""), (genre, text[:200])
        assert content.summary


def _genres() -> list[tuple[str, str]]:
    kinds = {"budget": "xlsx", "tracker": "xlsx", "kpi_dashboard": "xlsx",
             "risk_register": "xlsx", "price_comparison": "xlsx", "expenses": "xlsx",
             "timesheet": "xlsx", "data_export": "csv", "contacts": "csv",
             "status_deck": "pptx", "training_deck": "pptx", "email_draft": "txt", "log": "txt"}
    return [(genre, kinds.get(genre, "docx")) for genre in sorted(BY_GENRE)]
