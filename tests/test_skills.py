"""Occupation skills: experience items grouped by occupation, merged and counted once per run,
written as SKILL.md; the skill of a computer's occupation given to a run (system prompt,
context.json, run id, kept on resume); the offline worker acting on [source-of-truth]."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from support import LYON
from support.cli import cli

from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import resume, simulate
from synthcomp.api.skills import skill_for, write_skills
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.learn.occupation import occupation_key
from synthcomp.learn.skills import RunItems, merge, parse_skill, render_skill
from synthcomp.models.offline.sim.agent import day_plan, next_step
from synthcomp.runs.folder import load_context
from synthcomp.runs.progress import RunProgress
from synthcomp.schemas.learn import ExperienceItem

SOT = "Take shared figures from the file that holds them, not from a colleague's copy."


def _item(topic: str, text: str, kind: str = "lesson") -> ExperienceItem:
    return ExperienceItem(kind=kind, topic=topic, text=text)  # type: ignore[arg-type]


def _run(run_id: str, occupation: str, *items: ExperienceItem, role: str = "Buyer") -> RunItems:
    return RunItems(run_id=run_id, run_dir=f"/r/{run_id}", computer=f"c-{run_id}", occupation=occupation,
                    role=role, industry="Healthcare", formats=("docx", "xlsx"), items=items)


def _skill_text(occupation: str, *topics: str) -> str:
    runs = [_run("a", occupation, *[_item(t, f"Rule about {t} that applies to the work.") for t in topics])]
    return render_skill(occupation, runs, merge(runs))


def _skills_dir(folder: Path, occupation: str, *topics: str) -> Path:
    """A hand-made skills folder with one skill."""
    (folder / occupation).mkdir(parents=True)
    (folder / occupation / "SKILL.md").write_text(_skill_text(occupation, *topics), "utf-8")
    (folder / "skills.json").write_text(json.dumps({"skills": {occupation: {
        "path": f"{occupation}/SKILL.md", "runs": ["a"], "items": []}}}), "utf-8")
    return folder


def test_near_duplicates_merge_and_count_once_per_run() -> None:
    runs = [_run("r1", "nursing", _item("source-of-truth", SOT),
                 _item("source-of-truth", "Take shared figures from the file that holds them, never a copy."),
                 _item("deadline", "Mark each deliverable done before its due date.", "pattern")),
            _run("r2", "nursing", _item("source-of-truth", SOT),
                 _item("apply-feedback", "Apply a colleague's correction to the file it concerns.")),
            _run("r3", "nursing", _item("source-of-truth", "Book the meeting room a week ahead."),
                 _item("source-of-truth", "take shared figures from the FILE that holds them, not a copy")),
            ]
    merged = merge(runs)
    assert [(m.topic, m.count) for m in merged] == [
        ("source-of-truth", 3), ("apply-feedback", 1), ("deadline", 1), ("source-of-truth", 1)]
    assert merged[0].runs == {"c-r1/r1", "c-r2/r2", "c-r3/r3"}
    assert merged[0].text == SOT  # the wording most used
    assert sum(merged[0].texts.values()) == 4  # r1 said it twice: counted once for r1
    assert merged == merge(list(reversed(runs)))  # the order runs come in changes nothing


def test_skill_md_has_front_matter_scope_sections_and_counted_rules() -> None:
    runs = [_run("r1", "healthcare_procurement", _item("source-of-truth", SOT, "failure_mode"),
                 _item("focus", "Do not re-read unchanged files.", "warning")),
            _run("r2", "healthcare_procurement", _item("source-of-truth", SOT), role="Procurement manager")]
    text = render_skill("healthcare_procurement", runs, merge(runs))
    assert text.startswith("---\nname: healthcare-procurement\ndescription: ")
    assert "Trigger scope: Work as Buyer or Procurement manager in Healthcare; any deliverable among " \
           "documents or spreadsheets" in text
    assert "## §1 Data integrity and single source of truth" in text and "## §2 Warnings" in text
    assert f"- [source-of-truth] {SOT} (seen in 2 of 2 runs)" in text
    assert text.index("[source-of-truth]") < text.index("[focus]")  # most frequent first
    skill = parse_skill(text, "x/SKILL.md", "healthcare_procurement")
    assert [(r.topic, r.count, r.total) for r in skill.rules] == [("source-of-truth", 2, 2), ("focus", 1, 2)]


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("skills") / "c", seed=3, target_files=40)
    plan_computer(folder, seed=3)
    return folder


def _occupation(computer: Path) -> str:
    return occupation_key(Computer(computer).read_manifest().user_profile)


def test_skill_for_matches_the_occupation_or_gives_none(planned: Path, tmp_path: Path) -> None:
    mine = _skills_dir(tmp_path / "mine", _occupation(planned), "source-of-truth")
    found = skill_for(mine, planned)
    assert found is not None and found.occupation == _occupation(planned)
    assert found.topics == {"source-of-truth"}
    other = _skills_dir(tmp_path / "other", "legal", "source-of-truth")
    assert skill_for(other, planned) is None  # no skill of this occupation: the run goes without one
    result = cli("simulate", str(planned), "--skills", str(other), "--days", "1", "--max-turns", "3",
                 "--run-id", "none")
    assert result.returncode == 0, result.stderr
    assert f"none: {other} has no skill for {_occupation(planned)}" in result.stdout
    assert "skill" not in load_context(planned / "runs" / "none")


def test_write_skills_from_runs_with_retrospectives(planned: Path, tmp_path: Path) -> None:
    run = simulate(planned, days=1, max_turns=30, run_id="taught")
    items = [_item("source-of-truth", SOT).model_dump(),
             _item("deadline", "Mark it done on time.").model_dump()]
    retro = {"run_id": "taught", "computer_id": planned.name, "occupation": "Buyer",
             "occupation_key": _occupation(planned), "judge": "offline", "experience": items}
    (run / "retro.json").write_text(json.dumps(retro), "utf-8")
    report = write_skills([run, planned / "runs" / "taught"], tmp_path / "out")  # the same run once
    entry = report.skills[_occupation(planned)]
    assert entry["runs"] == [f"{planned.name}/taught"] and [i["count"] for i in entry["items"]] == [1, 1]
    text = (tmp_path / "out" / entry["path"]).read_text("utf-8")
    assert f"[source-of-truth] {SOT} (seen in 1 of 1 run)" in text
    assert json.loads((tmp_path / "out" / "skills.json").read_text("utf-8"))["skills"][_occupation(planned)]
    result = cli("skills", str(run), "--out", str(tmp_path / "cli"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cli" / entry["path"]).read_text("utf-8") == text  # same runs, same bytes


def test_simulate_with_a_skill_records_it_and_the_agent_reads_it(planned: Path, tmp_path: Path) -> None:
    from synthcomp.graphs.simulation import system_prompt
    from synthcomp.runs.context import SimulationContext

    skills = _skills_dir(tmp_path / "skills", _occupation(planned), "source-of-truth")
    seen: list[RunProgress] = []

    def stop(now: RunProgress) -> None:
        seen.append(now)
        if now.ended and now.day == 1:
            raise KeyboardInterrupt  # paused after the first day

    run = simulate(planned, days=2, max_turns=400, skills=skills, on_progress=stop)
    plain = simulate(planned, days=1, max_turns=3)
    assert run.name != plain.name  # with and without the skill: two runs
    saved = load_context(run)["skill"]
    text = (skills / _occupation(planned) / "SKILL.md").read_text("utf-8")
    assert saved["text"] == text and len(saved["sha256"]) == 64 and saved["path"].endswith("SKILL.md")
    context = load_context(run)
    prompt = system_prompt(SimulationContext(**{k: v for k, v in context.items() if k != "thread_id"}))
    assert f"<skill>\n{text}\n</skill>" in prompt
    assert "<skill>" not in system_prompt(SimulationContext(**{
        k: v for k, v in load_context(plain).items() if k != "thread_id"}))
    shutil.rmtree(skills)  # resume reads the skill from context.json, not the folder
    resume(run)
    assert load_context(run)["skill"] == saved
    assert json.loads((run / "summary.json").read_text("utf-8"))["status"] == "finished"


def test_a_source_of_truth_skill_raises_the_score(planned: Path, tmp_path: Path) -> None:
    """The first day drafts both budget forecasts: with the skill the worker records the figures
    its sources hold (the approved envelope, the quoted total), which the pitfall criteria on the
    planted errors ask for; without it they are missing. (The re-reads take time: what the day
    has left may go to fewer drafts, so the forecasts are compared, not the whole day.)"""
    skills = _skills_dir(tmp_path / "skills", _occupation(planned), "source-of-truth")
    without = grade_run(simulate(planned, days=1, run_id="without"))
    with_skill = grade_run(simulate(planned, days=1, run_id="with", skills=skills))
    forecasts = [{d.id: d for d in g.deliverables if d.id in ("D1a", "D2a")} for g in (without, with_skill)]
    assert set(forecasts[0]) == set(forecasts[1]) == {"D1a", "D2a"}
    for one in ("D1a", "D2a"):
        before, after = forecasts[0][one], forecasts[1][one]
        assert (after.score or 0) > (before.score or 0), one
        assert sum(c.passed for c in after.criteria if c.tag == "pitfall") > \
            sum(c.passed for c in before.criteria if c.tag == "pitfall"), one
    assert not any(d.pitfalls_hit for d in with_skill.deliverables)


HOME = "Users/ana"
BUDGET = f"{HOME}/Projects/Alpha/Budget 2026.xlsx"
COPY = f"{HOME}/Downloads/Figures extract.xlsx"
TRUE, WRONG = "4,156,199", "4,516,199"


def _inputs(skill: str | None) -> dict[str, object]:
    deliverable = {"id": "D1b", "title": "Alpha: status review", "path": f"{HOME}/Projects/Alpha/Review.docx",
                   "format": "docx", "must_contain": ["the planned budget, as in Budget 2026.xlsx"],
                   "inputs": [BUDGET], "depends_on": [], "due": "2026-04-30", "done": False, "exists": False}
    return {"role": "user_agent", "day": 1, "date": "2026-04-21", "home": HOME, "user": "Ana Silva",
            "deliverables": [deliverable], "milestones": [], "unread": 0, "requests": [], "planning": False,
            "collaborators": [{"id": "peer", "name": "Paul Roy", "role": "peer"}],
            **({"skill": skill} if skill else {})}


def _answered(inputs: dict[str, object]) -> list[BaseMessage]:
    """Today's calls up to the write, the colleague's copy read first, the source file read
    only if the day's plan reads it again right before writing (the skill's re-check)."""
    messages: list[BaseMessage] = []
    inbox = f"[peer:m1] 2026-04-20T09:00 from peer: Figures\nSee attached.\nAttachments: {COPY}"
    copy = f"## Figures\nFigure | Value | Source\nPlanned budget Alpha | EUR {WRONG} | Copied"
    plan = day_plan(inputs)
    write = next(i for i, (name, _) in enumerate(plan) if name == "write_document")
    recheck = {i for i in range(write) if plan[i][0] == "read_range" and i > write - 4}
    for n in range(write):
        name, args, content = ("current_time", {}, "ok")
        if n == 0:
            name, args, content = "read_inbox", {}, inbox
        elif n == 1:
            name, args, content = "read_file", {"path": COPY}, copy
        elif n in recheck:
            table = f"row | A | B\n1 | Item | Amount\n2 | Total | =SUM(B2:B9) -> {TRUE}"
            name, args, content = plan[n][0], plan[n][1], table
        messages += [AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": f"c{n}"}]),
                     ToolMessage(content=content, tool_call_id=f"c{n}")]
    return messages


def test_the_worker_with_a_source_of_truth_skill_uses_the_source_not_the_copy() -> None:
    plain = _inputs(None)
    taught = _inputs(_skill_text("x", "source-of-truth"))
    assert len(day_plan(taught)) > len(day_plan(plain))  # it re-opens the source before writing
    written = {}
    for label, inputs in (("plain", plain), ("taught", taught)):
        step = next_step(inputs, _answered(inputs), seed=0).tool_calls[0]
        assert step["name"] == "write_document"
        written[label] = step["args"]["markdown"]
    assert WRONG in written["plain"]  # the colleague's copy, unchecked: the planted error repeated
    assert WRONG not in written["taught"] and TRUE in written["taught"]
    assert "## Figures from their sources" in written["taught"]


@pytest.mark.parametrize("damage", ["no index", "bad index", "bad skill", "bad rule"])
def test_bad_skills_folders_are_one_error_line(planned: Path, tmp_path: Path, damage: str) -> None:
    skills = _skills_dir(tmp_path / "skills", _occupation(planned), "source-of-truth")
    page = skills / _occupation(planned) / "SKILL.md"
    if damage == "no index":
        (skills / "skills.json").unlink()
    elif damage == "bad index":
        (skills / "skills.json").write_text("{not json", "utf-8")
    elif damage == "bad skill":
        page.write_text("just some text", "utf-8")
    else:
        page.write_text(page.read_text("utf-8").replace("(seen in 1 of 1 run)", "(often)", 1), "utf-8")
    with pytest.raises(InputError):
        skill_for(skills, planned)
    result = cli("simulate", str(planned), "--skills", str(skills), "--days", "1", "--run-id", "bad")
    assert result.returncode == 1 and result.stderr.count("error:") == 1, result.stderr
    assert not (planned / "runs" / "bad").exists()
    if damage == "bad rule":  # the error is text, not markup: the brackets it quotes are shown
        assert "'- [source-of-truth] Rule about" in result.stderr
        assert "does not read as '- [topic] text (seen in n of N runs)'" in result.stderr


def test_skills_of_runs_of_no_occupation_or_no_runs_is_one_error_line(planned: Path, tmp_path: Path) -> None:
    result = cli("skills", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and result.stderr.count("error:") == 1
    assert "not a run, a computer or a batch" in result.stderr
    general = tmp_path / "general"
    shutil.copytree(planned, general, ignore=shutil.ignore_patterns("runs"))
    manifest = general / "meta" / "manifest.json"
    data = json.loads(manifest.read_text("utf-8"))
    data["user_profile"].update(domain="general", industry="", role="General")
    manifest.write_text(json.dumps(data), "utf-8")
    run = simulate(general, days=1, max_turns=3, run_id="g")
    (run / "retro.json").write_text(json.dumps({
        "run_id": "g", "computer_id": "general", "occupation": "", "occupation_key": "general",
        "judge": "offline", "experience": [_item("deadline", "Be on time.").model_dump()]}), "utf-8")
    result = cli("skills", str(run), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and result.stderr.count("error:") == 1 and "no run has an occupation" in \
        result.stderr
    assert not (tmp_path / "out").exists()


def test_a_batch_with_skills_makes_other_runs(planned: Path, tmp_path: Path) -> None:
    from synthcomp.batch.record import options_of
    from synthcomp.batch.spec import BatchSpec, run_id_of

    skills = _skills_dir(tmp_path / "skills", _occupation(planned), "source-of-truth")
    other = _skills_dir(tmp_path / "other", "legal", "source-of-truth")
    plain = BatchSpec(out=str(tmp_path / "b"), computers=[str(planned)])
    taught, unmatched = (plain.model_copy(update={"skills": str(s)}) for s in (skills, other))
    assert len({options_of(plain), options_of(taught), options_of(unmatched)}) == 3
    ids = [run_id_of(spec, planned, 0, 20) for spec in (plain, taught, unmatched)]
    assert ids[0] != ids[1] and ids[0] == ids[2]  # no matching skill: the run is the plain one


def test_runs_of_one_id_on_two_computers_are_two_runs() -> None:
    runs = [RunItems(run_id="base", run_dir=f"/{c}/runs/base", computer=c, occupation="nursing", role="Nurse",
                     industry="", formats=(), items=(_item("deadline", "Be on time."),)) for c in ("a", "b")]
    assert merge(runs)[0].count == 2
    assert "(seen in 2 of 2 runs)" in render_skill("nursing", runs, merge(runs))


def _run_with_retro(planned: Path, run_id: str) -> Path:
    run = simulate(planned, days=1, max_turns=30, run_id=run_id)
    retro = {"run_id": run_id, "computer_id": planned.name, "occupation": "Buyer", "days": 1,
             "occupation_key": _occupation(planned), "judge": "offline",
             "experience": [_item("source-of-truth", SOT).model_dump()]}
    (run / "retro.json").write_text(json.dumps(retro), "utf-8")
    return run


def test_skills_out_is_new_or_replaced_whole_never_a_computer_or_a_run(planned: Path, tmp_path: Path) -> None:
    run = _run_with_retro(planned, "out")
    out = tmp_path / "skills"
    write_skills([run], out)  # a new folder (as the experiment's scratch folder is)
    first = (out / "skills.json").read_bytes()
    with pytest.raises(InputError, match="already exists; choose another --out or pass --overwrite"):
        write_skills([run], out)
    (out / "nursing").mkdir()  # an occupation of an older, larger set
    (out / "nursing" / "SKILL.md").write_text(_skill_text("nursing", "deadline"), "utf-8")
    write_skills([run], out, overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == sorted([_occupation(planned), "skills.json"])
    assert (out / "skills.json").read_bytes() == first
    (out / "keep.txt").write_text("my notes", "utf-8")  # not a skills set: never removed with it
    with pytest.raises(InputError, match="holds more than skills"):
        write_skills([run], out, overwrite=True)
    assert (out / "keep.txt").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert write_skills([run], empty).runs == 1  # an empty folder is as good as a new one
    before = sorted(p.relative_to(planned) for p in planned.rglob("*"))
    for target, why in ((planned, "is a computer folder"), (run, "is a run folder"),
                        (planned / "skills", "is inside a computer folder")):
        with pytest.raises(InputError, match=why):
            write_skills([run], target, overwrite=True)
        result = cli("skills", str(run), "--out", str(target), "--overwrite")
        assert result.returncode == 1 and result.stderr.count("error:") == 1, result.stderr
    assert sorted(p.relative_to(planned) for p in planned.rglob("*")) == before
    result = cli("skills", str(run), "--out", str(out))
    assert result.returncode == 1 and "--overwrite" in result.stderr


def test_the_description_says_how_much_work_the_skill_came_from(planned: Path, tmp_path: Path) -> None:
    report = write_skills([_run_with_retro(planned, "desc")], tmp_path / "s")
    text = (report.out_dir / _occupation(planned) / "SKILL.md").read_text("utf-8")
    assert "learned from 1 simulated run (1 working day in all) on 1 computer;" in text
    runs = [_run(f"r{n}", "nursing", _item("deadline", "Be on time.")) for n in range(3)]
    runs = [RunItems(**{**r.__dict__, "days": n + 1}) for n, r in enumerate(runs)]
    text = render_skill("nursing", runs, merge(runs))
    assert "learned from 3 simulated runs (6 working days in all) on 3 computers;" in text
    assert "month" not in text.split("---")[1]


def test_a_retrospective_written_under_older_rules_is_made_again(planned: Path, tmp_path: Path) -> None:
    run = _run_with_retro(planned, "older")
    stale = json.loads((run / "retro.json").read_text("utf-8"))
    (run / "retro.json").write_text(json.dumps({**stale, "version": 0}), "utf-8")
    write_skills([run], tmp_path / "out")
    remade = json.loads((run / "retro.json").read_text("utf-8"))
    assert remade["version"] >= 1 and remade["experience"] != stale["experience"]  # the run's own
