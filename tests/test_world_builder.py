"""The world builder, end to end on the offline model: size, depth, mix, validity, coherence."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader
from support import LYON
from support.files import tree_digest

from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.graphs.world_builder import build_world_builder
from synthcomp.schemas import ComputerManifest, FileNode, FilePlan


def test_manifest_validates_and_lists_every_file(default_computer: Path,
                                                 default_manifest: dict[str, Any]) -> None:
    manifest = ComputerManifest.model_validate(default_manifest)
    on_disk = {p.relative_to(default_computer / "drive").as_posix()
               for p in (default_computer / "drive").rglob("*") if p.is_file()}
    assert {f.path for f in manifest.file_list} == on_disk
    for record in manifest.file_list:
        data = (default_computer / "drive" / record.path).read_bytes()
        assert hashlib.sha256(data).hexdigest() == record.sha256
    for key in ("computer_id", "persona", "user_profile", "filesystem_policy", "file_list",
                "file_graph", "project_index", "collaboration_context", "monthly_objectives"):
        assert key in default_manifest
    assert manifest.user_profile.city == "Lyon" and manifest.user_profile.country == "France"
    FilePlan(files=[FileNode.model_validate(r.model_dump()) for r in manifest.file_list])


def test_size_depth_and_mix(default_manifest: dict[str, Any]) -> None:
    files = default_manifest["file_list"]
    assert len(files) >= 100
    assert max(f["path"].count("/") for f in files) >= 4
    kinds = Counter(f["kind"] for f in files)
    assert kinds.most_common(1)[0][0] == "docx"
    for kind in ("xlsx", "pdf", "pptx"):
        assert kinds[kind] >= 5, kinds
    assert 0.25 <= kinds["docx"] / len(files) <= 0.45
    assert len(default_manifest["file_graph"]) >= 20


def test_every_office_file_opens(default_computer: Path, default_manifest: dict[str, Any]) -> None:
    drive = default_computer / "drive"
    for record in default_manifest["file_list"]:
        path = drive / record["path"]
        kind = record["kind"]
        if kind == "docx":
            assert Document(str(path)).paragraphs
        elif kind == "xlsx":
            book = load_workbook(path)
            assert book.sheetnames
            assert office.check_formulas(path) == [], record["path"]
        elif kind == "pptx":
            assert len(Presentation(str(path)).slides) >= 2
        elif kind == "pdf":
            assert PdfReader(str(path)).pages[0].extract_text().strip()
        elif kind in ("png", "zip", "eml"):  # a picture, an archive, a message: read through office
            assert office.read_text(path).strip()
        else:
            assert path.read_text(encoding="utf-8").strip()


def test_no_placeholder_text(default_computer: Path, default_manifest: dict[str, Any]) -> None:
    drive = default_computer / "drive"
    for record in default_manifest["file_list"]:
        text = office.read_text(drive / record["path"]).lower()
        for bad in ("lorem", "ipsum", "{item}", "{counterpart}", "[name]", "tbd", "none none"):
            assert bad not in text, (record["path"], bad)


def test_dependents_repeat_their_inputs_figures(default_computer: Path,
                                                default_manifest: dict[str, Any]) -> None:
    """A report built from a budget states the budget's total, exactly."""
    drive = default_computer / "drive"
    by_path = {f["path"]: f for f in default_manifest["file_list"]}
    checked = 0
    for record in default_manifest["file_list"]:
        if record["genre"] != "report" or record["kind"] != "docx":
            continue
        for dep in record["depends_on"]:
            total = by_path[dep]["facts"].get("total_budget")
            if total and by_path[dep]["genre"] == "budget":
                assert total in office.read_text(drive / record["path"])
                checked += 1
    assert checked >= 3


@pytest.mark.slow
def test_same_seed_same_bytes_other_seed_other_computer(tmp_path: Path,
                                                        default_computer: Path) -> None:
    again = build_computer(LYON, tmp_path / "again", seed=7)
    assert tree_digest(again) == tree_digest(default_computer)
    other = build_computer(LYON, tmp_path / "other", seed=8, target_files=30)
    assert tree_digest(other) != tree_digest(default_computer)


@pytest.mark.slow
def test_small_computers_for_every_kind_of_persona(tmp_path: Path) -> None:
    personas = ["Una enfermera de cuidados intensivos en Madrid",
                "A junior data analyst at a fintech startup in Nairobi",
                "Ein Bauingenieur, der Brückenprojekte in München leitet"]
    for index, persona in enumerate(personas):
        folder = build_computer(persona, tmp_path / str(index), seed=index, target_files=25)
        files = [p for p in (folder / "drive").rglob("*") if p.is_file()]
        assert len(files) == 25


def test_graph_topology() -> None:
    graph = build_world_builder().compile()
    nodes = set(graph.get_graph().nodes)
    assert {"init", "user_profile", "filesystem_policy", "file_plan", "schedule", "write_file",
            "manifest"} <= nodes


@pytest.mark.parametrize("target", [10, 40])
def test_target_file_count_is_honoured(tmp_path: Path, target: int) -> None:
    folder = build_computer("A wedding planner in Cape Town", tmp_path / "w", target_files=target)
    assert sum(1 for p in (folder / "drive").rglob("*") if p.is_file()) == target


def test_a_real_models_file_prompts_carry_the_working_language(tmp_path: Path) -> None:
    """The prose a real model reads asks for the files in the user's working language (the
    profile's), and does not set the paper's kind mix as a quota for one person."""
    from langchain_core.messages import BaseMessage

    from synthcomp.models.offline import OfflineChatModel

    seen: list[str] = []

    class Recording(OfflineChatModel):
        def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
            seen.append(str(messages[-1].content))
            return super()._generate(messages, *args, **kwargs)

    folder = build_computer("Une avocate en droit du travail à Lyon qui prépare trois audiences",
                            tmp_path / "c", seed=3, target_files=12, chat_model=Recording())
    language = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))["user_profile"]
    assert language["language"] == "French"
    plans = [p for p in seen if p.startswith("Persona:") and "Plan every file" in p]
    contents = [p for p in seen if "Why the user has it:" in p]
    assert plans and contents
    assert "file names are in French" in plans[0] and "not a quota" in plans[0]
    assert all("Write it in French, the user's working language" in p and
               f"({language['locale']})" in p for p in contents)


def test_a_language_with_no_phrasebook_builds_in_english_and_says_so(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # Korean: no phrasebook, and (on most machines) no font for the Hangul a Faker address
    # brings into a PDF; the build finishes, records the fallback and prints it.
    with caplog.at_level("WARNING"):
        folder = build_computer("서울의 소프트웨어 엔지니어로 결제 시스템 성능 개선을 맡고 있다",
                                tmp_path / "k", seed=1, target_files=30)
    manifest = json.loads((folder / "meta" / "manifest.json").read_text("utf-8"))
    assert manifest["user_profile"]["language"] == "Korean"
    assert "files are in English" in manifest["language_fallback"]
    assert any("writes no Korean" in r.getMessage() for r in caplog.records)
    assert len(manifest["file_list"]) == 30
