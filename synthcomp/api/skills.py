"""Occupation skills: the Python API behind `synthcomp skills`, and the skill a run takes.

``write_skills`` reads the retrospectives of the runs it is given (writing one first where a run
has none), groups their experience items by the user's occupation, merges near-duplicates
(counted once per run), ranks them and writes OUT/<occupation>/SKILL.md and OUT/skills.json.
``skill_for`` is the skill of a computer's occupation in such a folder, or None."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from synthcomp.atomic import atomic_folder, check_target, write_json, write_text
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.learn.occupation import GENERAL, occupation_key
from synthcomp.learn.skills import (
    INDEX_FILE,
    SKILL_FILE,
    MergedItem,
    RunItems,
    Skill,
    by_occupation,
    index,
    merge,
    read_skill,
    render_skill,
)
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ModelConfig
from synthcomp.runs.folder import CONTEXT_FILE, load_context
from synthcomp.schemas.learn import ExperienceItem

RETRO_FILE = "retro.json"
BATCH_FILE = "batch.json"
EXPERIMENT_FILE = "experiment.json"

__all__ = ["Skill", "SkillsReport", "run_dirs", "skill_for", "write_skills"]


@dataclass
class SkillsReport:
    """What ``write_skills`` wrote: per occupation its SKILL.md, runs and rules."""

    out_dir: Path
    runs: int
    skills: dict[str, dict[str, Any]] = field(default_factory=dict)  # skills.json's entries
    skipped: list[str] = field(default_factory=list)  # runs left out, and why


def run_dirs(sources: Sequence[str | Path]) -> list[Path]:
    """The run folders ``sources`` name: a run, every run of a computer, every run of a batch
    (its batch.json). One InputError line for a source that is none of these."""
    found: list[Path] = []
    for source in sources:
        folder = Path(source).absolute()
        if (folder / CONTEXT_FILE).is_file():
            found.append(folder)
        elif (folder / BATCH_FILE).is_file():
            try:
                jobs = json.loads((folder / BATCH_FILE).read_text("utf-8"))["jobs"]
                found += [Path(j["run_dir"]).absolute() for j in jobs if j.get("run_dir")
                          and (Path(j["run_dir"]) / CONTEXT_FILE).is_file()]
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{folder / BATCH_FILE} is not a batch record ({exc})") from exc
        elif Computer(folder).is_built():
            runs = Computer(folder).runs
            found += sorted(p for p in runs.iterdir() if (p / CONTEXT_FILE).is_file()) \
                if runs.is_dir() else []
        else:
            raise InputError(f"{source} is not a run, a computer or a batch folder")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError(f"no runs in {', '.join(map(str, sources)) or 'nothing given'}: "
                         "simulate some first")
    return unique


def _experience(run_dir: Path, model: str,
                config: ModelConfig | None) -> tuple[list[ExperienceItem], str, int]:
    """The run's experience items, its id and its working days, from retro.json (written first
    if absent, or made again if an older synthcomp's rules wrote it; a damaged one is an error)."""
    from synthcomp.api.retro import load_retro, retro_run
    from synthcomp.schemas.retro import RETRO_VERSION

    retro = load_retro(run_dir) if (run_dir / RETRO_FILE).is_file() else None
    if retro is None or retro.version < RETRO_VERSION:
        retro = retro_run(run_dir, model=model, config=config)
    return list(retro.experience), retro.run_id, retro.days


def _run_items(run_dir: Path, model: str, config: ModelConfig | None) -> RunItems:
    context = load_context(run_dir)
    computer = Computer(context["computer_dir"])
    profile = computer.read_manifest().user_profile
    formats: tuple[str, ...] = ()
    plan = Computer(computer.root).for_run(run_dir)
    if plan.is_planned():
        formats = tuple(sorted({d.format for d in plan.read_plan().deliverables()}))
    items, run_id, days = _experience(run_dir, model, config)
    return RunItems(run_id=run_id, run_dir=str(run_dir), computer=computer.root.name,
                    occupation=occupation_key(profile), role=profile.role, industry=profile.industry,
                    formats=formats, items=tuple(items), days=days)


class _Rewritten(BaseModel):
    """A model's wording of one rule (the topic and merged text it was given stay the key)."""

    topic: str
    merged_text: str = Field(description="The rule's text as given, unchanged")
    rule: str = Field(description="The rule as the skill states it: imperative, general, 1-3 sentences")


class SkillWording(BaseModel):
    """A skill writer's answer: each rule rewritten, in the order given."""

    rules: list[_Rewritten]


def _worded(occupation: str, items: list[MergedItem], total: int, model: str,
            config: ModelConfig | None) -> dict[str, str]:
    """A real model's wording of the rules (prompts/skill_*.j2); counts stay the runs'."""
    from synthcomp.models.context import ModelContext
    from synthcomp.prompts import render_text

    asked = {(m.topic, m.text) for m in items}

    def check(answer: SkillWording) -> None:
        given = {(r.topic, r.merged_text) for r in answer.rules}
        if missing := sorted(asked - given):
            raise ValueError(f"rules missing from the answer: {missing[:3]}")

    context = ModelContext(model=model, seed=0, role="judge", config=config or ModelConfig())
    prompt = render_text("skill_rules", occupation=occupation, total=total,
                         items=[m.saved() for m in items])
    answer = context.ask(SkillWording, render_text("skill_system"), prompt, check)
    return {f"{r.topic}\n{r.merged_text}": r.rule for r in answer.rules}


def _check_out(out: Path, overwrite: bool) -> None:
    """Refuse an --out that would lose work: a computer, a run, a batch or an experiment folder
    (or a folder inside a computer), an existing non-empty folder unless ``overwrite``, and even
    then a folder that holds more than a skills set (a stray file would be removed with it)."""
    for folder in (out, *out.parents):
        if Computer(folder).is_built() or (folder / CONTEXT_FILE).is_file():
            what = "run" if (folder / CONTEXT_FILE).is_file() else "computer"
            raise InputError(f"--out {out} is {'a' if folder == out else 'inside a'} {what} folder"
                             f"{'' if folder == out else f' ({folder})'}: give a folder of its own")
    for record, what in ((BATCH_FILE, "batch"), (EXPERIMENT_FILE, "experiment")):
        if (out / record).is_file():
            raise InputError(f"--out {out} is {'an' if what[0] == 'e' else 'a'} {what} folder: "
                             "give a folder of its own")
    check_target(out, overwrite)
    if out.is_dir() and (strays := _not_skills(out)):
        raise InputError(f"--out {out} holds more than skills ({', '.join(strays[:3])}"
                         f"{', ...' if len(strays) > 3 else ''}): --overwrite replaces a skills "
                         "folder as a whole; choose another --out")


def _not_skills(folder: Path) -> list[str]:
    """What a folder holds besides a skills set (skills.json, and occupation folders holding
    only SKILL.md); hidden names (an atomic writer's leftovers) do not count."""
    strays = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or (entry.name == INDEX_FILE and entry.is_file()):
            continue
        inside = [p for p in entry.iterdir() if not p.name.startswith(".")] \
            if entry.is_dir() and not entry.is_symlink() else None
        if inside is None or any(p.name != SKILL_FILE or not p.is_file() for p in inside):
            strays.append(entry.name)
    return strays


def write_skills(sources: Sequence[str | Path], out_dir: str | Path, *, model: str = "offline",
                 config: ModelConfig | None = None, overwrite: bool = False) -> SkillsReport:
    """Write one skill per occupation from the retrospectives of the runs in ``sources`` (runs,
    computers, batches; a run without retro.json gets one from ``model``): OUT/<occupation>/
    SKILL.md and OUT/skills.json. Runs whose computer has no occupation are left out (named in
    the report); none left is one InputError. Everything is read before anything is written.
    With a real ``model`` the rules' wording goes through it (prompts/skill_*.j2); the merge,
    counts and ranking stay mechanical.

    ``out_dir`` must be new or empty, or a skills folder and ``overwrite``; never a computer,
    run, batch or experiment folder. The set is written beside it and renamed into place, so an
    old set is replaced whole (no occupation of it left behind) and a failure leaves it as it was."""
    parse_model_name(model)
    out = Path(out_dir).absolute()
    _check_out(out, overwrite)
    runs, skipped = [], []
    for run_dir in run_dirs(sources):
        found = _run_items(run_dir, model, config)
        if found.occupation == GENERAL:
            skipped.append(f"{run_dir}: its computer's profile names no occupation")
        else:
            runs.append(found)
    if not runs:
        raise InputError("no run has an occupation (every computer's profile is 'general'): "
                         "no skill to write")
    groups = by_occupation(runs)
    merged = {occupation: merge(group) for occupation, group in groups.items()}
    texts = {}
    for occupation, group in groups.items():
        total = len({r.key for r in group})
        offline = model == "offline" or model.startswith("offline:") or model.endswith(":offline")
        wording = None if offline or not merged[occupation] else \
            _worded(occupation, merged[occupation], total, model, config)
        texts[occupation] = render_skill(occupation, group, merged[occupation], wording)
    saved = index(runs, merged, model, skipped)
    with atomic_folder(out, overwrite) as scratch:
        for occupation, text in texts.items():
            write_text(scratch / occupation / SKILL_FILE, text)
        write_json(scratch / INDEX_FILE, saved)
    return SkillsReport(out_dir=out, runs=len(runs), skills=saved["skills"], skipped=skipped)


def skill_for(skills_dir: str | Path, computer_dir: str | Path) -> Skill | None:
    """The skill in ``skills_dir`` whose occupation is the computer's (its profile's
    occupation_key), or None when the folder has no skill of that occupation (the run then goes
    without one). InputError when the folder is not a skills folder or the skill is damaged."""
    folder = Path(skills_dir)
    computer = Computer(computer_dir)
    return read_skill(folder, occupation_key(computer.read_manifest().user_profile))
