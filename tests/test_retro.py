"""Retrospectives: the offline (mechanical) retrospective of a short run, a planted error repeated
in a deliverable, one figure with two values across files, a collaborator's request not applied,
determinism, bad runs as one error line, and the model path with a fake judge (a valid answer
merged, a bad one re-asked, garbage an error that leaves the old retro.json)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from support import LYON
from support.cli import cli
from support.fault_server import FaultServer, done_message
from support.files import copy_run
from support.models import ScriptedModel, tool_call

from synthcomp.api.build import build_computer
from synthcomp.api.plan import plan_computer
from synthcomp.api.retro import load_retro, retro_run
from synthcomp.api.simulate import simulate
from synthcomp.errors import InputError, ModelError
from synthcomp.learn.retro_experience import TOPICS
from synthcomp.schemas import MonthPlan, RunGrade
from synthcomp.schemas.retro import Retrospective

SHARED_TOPICS = {"source-of-truth", "apply-feedback", "cross-document-consistency", "deadline",
                 "missing-deliverable"}


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A planned computer with a finished 3-day offline run, not graded."""
    folder = build_computer(LYON, tmp_path_factory.mktemp("retro") / "c", seed=3, target_files=40)
    plan_computer(folder, seed=3)
    return simulate(folder, days=3, seed=3, run_id="r")


def _plan(run: Path) -> MonthPlan:
    return MonthPlan.model_validate_json((run / "plan.json").read_text("utf-8"))


def _written(run: Path) -> list[str]:
    """Deliverable paths the run wrote (docx ones first: the tests rewrite those)."""
    paths = [d.path for d in _plan(run).deliverables() if (run / "drive" / d.path).is_file()]
    return sorted(paths, key=lambda p: not p.endswith(".docx"))


def _rewrite(path: Path, lines: list[str]) -> None:
    """A deliverable rewritten to hold ``lines`` (paragraphs of a document, cells of column A)."""
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        for row, line in enumerate(lines, 1):
            book.active.cell(row=row, column=1, value=line)
        book.save(str(path))
        return
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def test_offline_retro_of_a_short_run(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    assert not (run / "grade.json").exists()
    retro = retro_run(run)
    # Graded first, by the same (offline) judge; the retrospective reads that grade.
    grade = RunGrade.model_validate_json((run / "grade.json").read_text("utf-8"))
    assert retro.score == grade.score and retro.judge == "offline"
    assert retro.occupation_key == "healthcare_procurement" and retro.occupation
    assert [d.id for d in retro.deliverables] == [d.id for d in grade.deliverables]
    assert retro.days == 3 and len(retro.period) == 2
    assert load_retro(run) == retro
    # Every deliverable not written was not yet due: no missing-deliverable item for it.
    for item in retro.deliverables:
        if not item.exists:
            assert not item.due_in_run and "not due within the run" in item.root_cause
    assert "missing-deliverable" not in {e.topic for e in retro.experience}
    # Items only with evidence, general texts (no figures, no names of this computer).
    assert retro.experience
    user = retro.user.split()
    for item in retro.experience:
        assert item.evidence and item.topic in TOPICS
        assert not any(c.isdigit() for c in item.text)
        assert not any(name in item.text for name in user)
    # What the offline worker gets wrong shows: figures it read but did not carry over, and
    # turns that re-read unchanged files.
    topics = {e.topic for e in retro.experience}
    assert "carry-figures" in topics and "focus" in topics
    carried = [u for d in retro.deliverables for u in d.unmet if u.root_cause.startswith("the user saw")]
    assert carried and all(u.evidence[0].day is not None and u.evidence[0].turn for u in carried)
    assert retro.cannot_judge
    markdown = (run / "retro.md").read_text("utf-8")
    for heading in ("Executive summary", "Deliverable-by-deliverable", "Planted errors",
                    "Collaborator requests", "Failure modes", "Experience items", "could not decide"):
        assert heading in markdown
    for item in retro.deliverables:
        assert f"{item.id}: {item.title}" in markdown


def test_same_run_same_retro_byte_for_byte(ran: Path, tmp_path: Path) -> None:
    first, second = copy_run(ran, tmp_path / "a"), copy_run(ran, tmp_path / "b")
    retro_run(first)
    retro_run(second)
    made = (first / "retro.json").read_bytes()
    assert made == (second / "retro.json").read_bytes()
    assert (first / "retro.md").read_bytes() == (second / "retro.md").read_bytes()
    retro_run(first)  # again, on a graded run
    assert (first / "retro.json").read_bytes() == made


def test_a_planted_error_in_a_deliverable_is_reported_repeated(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    written = set(_written(run))
    # A planted error some written deliverable is graded on, and that deliverable.
    error, deliverable = next((e, d) for e in plan.planted_errors for d in plan.deliverables()
                              if d.path in written and d.path.endswith(".docx")
                              and any(c.planted_error_id == e.id and c.deliverable_id == d.id
                                      for c in plan.rubric.criteria))
    retro_run(run)  # graded before the change: the drive changed since is graded again
    _rewrite(run / "drive" / deliverable.path,
             [deliverable.title, f"The figure we use: {error.wrong_value}."])
    retro = retro_run(run)
    check = next(p for p in retro.planted_errors if p.id == error.id)
    assert check.status == "repeated" and deliverable.path in check.wrong_in
    assert any(e.file == deliverable.path for e in check.evidence)
    assert error.source_of_truth in check.note
    item = next(e for e in retro.experience if e.topic == "source-of-truth" and e.kind == "failure_mode")
    assert any(e.file == deliverable.path for e in item.evidence)
    # The grade's pitfall and the retrospective agree, and the unmet criterion says why.
    graded = next(d for d in retro.deliverables if d.id == deliverable.id)
    pitfall = next(u for u in graded.unmet
                   if u.tag == "pitfall" and any(c.id == u.criterion_id and c.planted_error_id == error.id
                                                 for c in plan.rubric.criteria))
    assert "wrong value" in pitfall.root_cause
    assert any(error.source_of_truth.rsplit("/", 1)[-1] in line for line in graded.should_have)
    assert "(repeated)" in (run / "retro.md").read_text("utf-8")


def test_one_figure_with_two_values_across_files(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    # Two files the run wrote for one objective (two projects' figures are not compared).
    written = set(_written(run))
    first, second = next([d.path for d in o.deliverables if d.path in written][:2]
                         for o in _plan(run).objectives
                         if len([d for d in o.deliverables if d.path in written]) >= 2)
    _rewrite(run / "drive" / first, ["Summary", "Approved envelope for the beds: 53 000 EUR"])
    _rewrite(run / "drive" / second, ["Summary", "Approved envelope for the beds: 35 000 EUR"])
    # A file of another objective with the same label is another project's figure.
    other = next(p for p in written if p not in (first, second) and not any(
        {first, p} <= {d.path for d in o.deliverables} for o in _plan(run).objectives))
    _rewrite(run / "drive" / other, ["Summary", "Approved envelope for the beds: 99 000 EUR"])
    retro = retro_run(run)
    found = [i for i in retro.inconsistencies if "Approved envelope" in i.label]
    assert len(found) == 1
    sightings = {s.file: s.value for s in found[0].sightings}
    assert sightings == {first: "53 000", second: "35 000"}
    assert all(s.written_by_run and s.evidence for s in found[0].sightings)
    item = next(e for e in retro.experience if e.topic == "cross-document-consistency")
    assert item.kind == "failure_mode" and {e.file for e in item.evidence} >= {first, second}
    # The same figure with the same value is no inconsistency.
    _rewrite(run / "drive" / second, ["Summary", "Approved envelope for the beds: 53,000 EUR"])
    again = retro_run(run)
    assert not [i for i in again.inconsistencies if "Approved envelope" in i.label]
    alike = next(e for e in again.experience if e.topic == "cross-document-consistency")
    assert alike.kind == "pattern" and alike.evidence[0].file in (first, second)


def _append_event(run: Path, event: dict[str, Any]) -> None:
    with (run / "trajectory.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n")


def test_a_request_not_applied(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    path = _written(run)[0]
    deliverable = next(d for d in plan.deliverables() if d.path == path)
    colleague = plan.collaborators[0]
    lines = (run / "trajectory.jsonl").read_text("utf-8").splitlines()
    last = max(json.loads(line)["turn"] for line in lines)
    # The colleague's review arrives after the run's last write of the file: never applied.
    _append_event(run, {
        "key": f"{last:06d}.9.{colleague.id}:review.sent", "type": "collaborator_message", "turn": last,
        "id": f"{colleague.id}:review", "from": colleague.id, "subject": "Your draft",
        "date": plan.working_days[2] + "T08:30", "attachments": [], "read": False,
        "body": f"Hi,\n\nOn {path.rsplit('/', 1)[-1]}:\n- Please add a section on the risks.\n\nBest"})
    retro = retro_run(run)
    check = next(f for f in retro.feedback if f.message == f"{colleague.id}:review")
    assert check.status == "not_applied" and check.deliverable == deliverable.id
    assert "Please add a section on the risks." in check.request
    assert check.evidence[0].message == f"{colleague.id}:review" and check.evidence[0].turn == last
    concerned = next(d for d in retro.deliverables if d.id == deliverable.id)
    assert any("Please add a section on the risks" in line for line in concerned.should_have)
    item = next(e for e in retro.experience if e.topic == "apply-feedback")
    assert item.kind == "lesson" and any(e.message == f"{colleague.id}:review" for e in item.evidence)
    assert "not applied" in (run / "retro.md").read_text("utf-8")


def test_bad_runs_are_one_error_line(ran: Path, tmp_path: Path) -> None:
    result = cli("retro", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    run = copy_run(ran, tmp_path / "c")
    lines = (run / "trajectory.jsonl").read_text("utf-8").splitlines()
    lines.insert(len(lines) // 2, '{"key": "000001.5", "type": "model_ca')
    (run / "trajectory.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    result = cli("retro", str(run))
    assert result.returncode == 1 and "damaged at line" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (run / "retro.json").exists() and not (run / "grade.json").exists()
    with pytest.raises(InputError, match=r"no retro\.json"):
        load_retro(run)
    (run / "retro.json").write_text("{", "utf-8")
    with pytest.raises(InputError, match="damaged"):
        load_retro(run)


def test_cli_prints_the_items(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    result = cli("retro", str(run))
    assert result.returncode == 0, result.stderr
    retro = Retrospective.model_validate_json((run / "retro.json").read_text("utf-8"))
    for item in retro.experience:
        assert f"[{item.kind}] [{item.topic}] {item.text}" in result.stdout
    assert "retro.md" in result.stdout


def _answer(retro: Retrospective,
            text: str = "Check every shared figure against its source file.") -> dict[str, Any]:
    present = next(d for d in retro.deliverables if d.exists and d.unmet)
    return {
        "summary": "The worker drafted the early deliverables and left figures unchecked.",
        "deliverables": [{"id": present.id,
                          "strengths": [{"text": "Drafted early.", "evidence": [{"day": 0}]}],
                          "root_causes": [{"criterion_id": present.unmet[0].criterion_id,
                                           "root_cause": "Copied the figure without its digits.",
                                           "evidence": [{"day": 0, "turn": 5, "file": present.path}]}]}],
        "failure_modes": [{"text": "Figures not checked.", "evidence": [{"day": 0, "turn": 5}]}],
        "experience": [{"kind": "lesson", "topic": "Source-of-Truth", "text": text,
                        "evidence": [{"day": 0, "turn": 5, "note": "copied a figure"}]}]}


def test_a_judge_model_writes_the_reading(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    offline = retro_run(run)
    # The first answer puts a figure in an item: re-asked with the problem named.
    model = ScriptedModel(script=[tool_call("RetroJudgment", _answer(offline, "Keep the total at 4 952.")),
                                  tool_call("RetroJudgment", _answer(offline))])
    retro = retro_run(run, model="openai:gpt-test", chat_model=model)
    assert len(model.seen) == 2 and "holds a figure" in str(model.seen[1][-1].content)
    prompt = str(model.seen[0][1].content)
    assert "<inputs>" in prompt and len(prompt) < 60_000
    assert retro.judge == "ScriptedModel" and retro.summary.startswith("The worker drafted")
    assert [(e.kind, e.topic) for e in retro.experience] == [("lesson", "source-of-truth")]
    target = next(d for d in retro.deliverables if d.id == _answer(offline)["deliverables"][0]["id"])
    assert target.unmet[0].root_cause == "Copied the figure without its digits."
    # The facts stay the mechanical ones.
    assert retro.planted_errors == offline.planted_errors and retro.feedback == offline.feedback
    usage = json.loads((run / "usage.json").read_text("utf-8"))
    assert usage["roles"]["retro"]["calls"] == 2
    assert load_retro(run) == retro


def test_a_garbage_answer_is_an_error_and_keeps_the_old_retro(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    retro_run(run)
    before = (run / "retro.json").read_bytes(), (run / "retro.md").read_bytes()
    garbage = ScriptedModel(script=[tool_call("RetroJudgment", {"summary": 7, "experience": "many"})] * 3)
    with pytest.raises(ModelError, match="no valid RetroJudgment after 3 tries"):
        retro_run(run, model="openai:gpt-test", chat_model=garbage)
    assert ((run / "retro.json").read_bytes(), (run / "retro.md").read_bytes()) == before


def test_deliverables_due_within_the_run(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan = json.loads((run / "plan.json").read_text("utf-8"))
    written = set(_written(run))
    deliverables = [d for o in plan["objectives"] for d in o["deliverables"]]
    missing = next(d for d in deliverables if d["path"] not in written)
    drafted = next(d for d in deliverables if d["path"] in written)
    second_day = plan["working_days"][1]
    for objective in plan["objectives"]:
        for milestone in objective["milestones"]:
            if milestone["deliverable_id"] in (missing["id"], drafted["id"]):
                milestone["due"] = second_day
    (run / "plan.json").write_text(json.dumps(plan), "utf-8")
    retro = retro_run(run)
    gone = next(d for d in retro.deliverables if d.id == missing["id"])
    assert gone.due_in_run and not gone.exists and "never wrote it" in gone.root_cause
    item = next(e for e in retro.experience if e.topic == "missing-deliverable")
    assert item.kind == "failure_mode" and item.evidence[0].file == missing["path"]
    late = next(d for d in retro.deliverables if d.id == drafted["id"])
    assert late.due_in_run and not late.marked_done and "never marked done" in late.root_cause
    warning = next(e for e in retro.experience if e.topic == "deadline" and e.kind == "warning")
    assert any(e.file == drafted["path"] for e in warning.evidence)


def test_a_torn_last_line_and_a_damaged_grade_are_survived(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    whole = retro_run(run)
    with (run / "trajectory.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"key": "999999.1", "type": "model_ca')  # a killed process's half line
    (run / "grade.json").write_text("{", "utf-8")  # graded again
    again = retro_run(run)
    assert again == whole
    assert RunGrade.model_validate_json((run / "grade.json").read_text("utf-8")).score == whole.score


def test_a_judge_over_http_and_a_judge_that_answers_prose(ran: Path, tmp_path: Path,
                                                          server: FaultServer) -> None:
    """The real model path, over an OpenAI-compatible server: a RetroJudgment answer is merged;
    prose instead is one error line, and the old retro.json stays."""
    run = copy_run(ran, tmp_path / "c")
    offline = retro_run(run)
    answer = _answer(offline)

    def judge(body: dict[str, Any]) -> dict[str, Any]:
        assert body["response_format"]["json_schema"]["name"] == "RetroJudgment"
        return {"role": "assistant", "content": json.dumps(answer)}  # a json_schema answer

    server.responder = judge
    retro = retro_run(run, model="openai:gpt-test")
    assert retro.judge == "openai:gpt-test" and retro.summary == answer["summary"]
    before = (run / "retro.json").read_bytes()
    server.responder = done_message  # prose, no tool call
    config = tmp_path / "models.toml"
    config.write_text("[retry]\nattempts = 1\ninitial_wait = 0.01\n")
    result = subprocess.run(
        [sys.executable, "-m", "synthcomp.cli", "retro", str(run), "--judge-model", "openai:gpt-test",
         "--config", str(config)], capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-test"})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "RetroJudgment" in errors[0], result.stderr
    assert (run / "retro.json").read_bytes() == before


def test_the_judge_check_names_what_would_not_merge(ran: Path, tmp_path: Path) -> None:
    from synthcomp.learn.retro_facts import RunFacts
    from synthcomp.learn.retro_judge import check_answer
    from synthcomp.schemas.retro import RetroJudgment

    run = copy_run(ran, tmp_path / "c")
    retro = retro_run(run)
    facts = RunFacts.load(run, RunGrade.model_validate_json((run / "grade.json").read_text("utf-8")))
    colleague = _plan(run).collaborators[0].name.split()[-1]
    good = RetroJudgment.model_validate(_answer(retro, "Analyse every figure before you send it."))
    check_answer(good, retro, facts)
    for text, problem in ((f"Ask {colleague} for the figures.", "names"),
                          ("Keep totals under 5000.", "holds a figure")):
        with pytest.raises(ValueError, match=problem):
            check_answer(RetroJudgment.model_validate(_answer(retro, text)), retro, facts)
    wrong = _answer(retro)
    wrong["deliverables"][0]["root_causes"][0]["criterion_id"] = "Z9.C1"
    with pytest.raises(ValueError, match=r"not in .* unmet list"):
        check_answer(RetroJudgment.model_validate(wrong), retro, facts)


def test_a_run_with_no_day_yet_owes_nothing(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    (run / "trajectory.jsonl").write_text("", "utf-8")
    retro = retro_run(run)
    assert retro.days == 0 and retro.period == []
    assert not any(d.due_in_run for d in retro.deliverables)
    assert not {"missing-deliverable", "deadline"} & {e.topic for e in retro.experience}


def _tool_call(run: Path, turn: int, day: int, name: str, args: dict[str, Any], result: str) -> None:
    """A call of the user agent and its result, appended at ``turn``."""
    call_id = f"call_{name}_{turn}"
    _append_event(run, {"key": f"{turn:06d}.1", "type": "model_call", "turn": turn, "day": day,
                        "answer": {"tool_calls": [{"id": call_id, "name": name, "args": args}]}})
    _append_event(run, {"key": f"{turn:06d}.2.000", "type": "tool_result", "turn": turn, "name": name,
                        "tool_call_id": call_id, "status": "success", "content": result})


def test_caught_needs_the_wrong_value_seen_before_the_right_one_is_written(ran: Path, tmp_path: Path) -> None:
    """The order decides: the right value written before the wrong one reached the user is
    'avoided' (no source-of-truth pattern); written after it, 'caught' (the pattern)."""
    run = copy_run(ran, tmp_path / "c")
    first = retro_run(run)
    check = next(p for p in first.planted_errors if p.status == "not_seen")
    error = next(e for e in _plan(run).planted_errors if e.id == check.id)
    path = _written(run)[0]
    _rewrite(run / "drive" / path, ["Summary", f"The figure, as its source gives it: {error.correct_value}"])

    def pattern(retro: Retrospective) -> bool:
        return any(e.topic == "source-of-truth" and e.kind == "pattern" for e in retro.experience)

    avoided = retro_run(run)
    mine = next(p for p in avoided.planted_errors if p.id == error.id)
    assert mine.status == "avoided" and not mine.checked_after_seen
    assert "never reached the user" in mine.note
    assert pattern(avoided) == any(p.checked_after_seen for p in avoided.planted_errors)
    lines = (run / "trajectory.jsonl").read_text("utf-8").splitlines()
    last = max(json.loads(line)["turn"] for line in lines)
    # The colleague's wrong copy is read after the right value was written: still avoided.
    _tool_call(run, last + 1, 2, "read_file", {"path": error.file},
               f"Figures\nThe figure: {error.wrong_value}")
    late = retro_run(run)
    mine = next(p for p in late.planted_errors if p.id == error.id)
    assert mine.status == "avoided" and not mine.checked_after_seen
    assert "before the wrong value" in mine.note and mine.evidence[0].turn == last + 1
    assert pattern(late) == any(p.checked_after_seen for p in late.planted_errors)
    # The right value written after the wrong one was seen: caught, and the pattern shows it.
    content = f"The figure, as its source gives it: {error.correct_value}"
    _tool_call(run, last + 2, 2, "write_document", {"path": path, "content": content}, "Written.")
    caught = retro_run(run)
    mine = next(p for p in caught.planted_errors if p.id == error.id)
    assert mine.status == "caught" and mine.checked_after_seen
    assert any(e.turn == last + 2 for e in mine.evidence)
    item = next(e for e in caught.experience if e.topic == "source-of-truth" and e.kind == "pattern")
    assert any(e.turn == last + 2 for e in item.evidence)


def test_root_causes_cite_what_shows_them(ran: Path, tmp_path: Path) -> None:
    """The line quoted instead of a figure is the row about that figure (a 'not found' row too);
    a figure several criteria ask for counts once; the read cited for the right value is one
    whose result holds it; a wrong value seen in the inbox names its message."""
    from synthcomp.learn.retro_deliverables import closest_line
    from synthcomp.learn.retro_experience import _deliverable_items, _Items
    from synthcomp.learn.retro_facts import RunFacts
    from synthcomp.schemas.retro import DeliverableRetro, UnmetCriterion

    text = ("- The planned budget, as in budget_2026.xlsx.\n- The latest stock-out incidents, as in "
            "kpi.xlsx: 15.5 (kpi.xlsx).\nRequirement | Figure | Read in\nthe planned budget, as in "
            "budget_2026.xlsx | not found | no file read yet")
    line = closest_line(text, "Contains the planned budget, as in budget_2026.xlsx")
    assert line.endswith("no file read yet")
    cause = "the user saw '684.573' in a.xlsx (day 0, turn 7) but did not carry it into the deliverable"
    unmet = [UnmetCriterion(criterion_id=f"D1.C{n}", text="t", tag="essential", weight=0.1, root_cause=cause)
             for n in (1, 2)]
    modes: list[Any] = []
    _deliverable_items(_Items(), modes, [DeliverableRetro(id="D1", title="t", path="p", exists=True,
                                                                  marked_done=True, unmet=unmet)])
    assert modes[-1].text.startswith("1 required figure(s) (asked by 2 criteria)")

    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    unseen = next(p.id for p in retro_run(run).planted_errors if p.status == "not_seen")
    error = next(e for e in plan.planted_errors if e.id == unseen)
    lines = (run / "trajectory.jsonl").read_text("utf-8").splitlines()
    last = max(json.loads(line)["turn"] for line in lines)
    _append_event(run, {
        "key": f"{last + 1:06d}.0.{error.collaborator_id}:m.sent", "type": "collaborator_message",
        "turn": last + 1, "id": f"{error.collaborator_id}:m", "from": error.collaborator_id,
        "subject": "Figures", "date": plan.working_days[2] + "T09:00", "attachments": [], "read": False,
        "body": f"Hi,\n\nThe figure is {error.wrong_value}.\n\nBest"})
    _tool_call(run, last + 2, 2, "read_inbox", {}, f"From {error.collaborator_id}: The figure is "
                                                   f"{error.wrong_value}.")
    retro = retro_run(run)
    check = next(p for p in retro.planted_errors if p.id == error.id)
    seen = next(e for e in check.evidence if e.turn == last + 2)
    assert seen.message == f"{error.collaborator_id}:m"
    facts = RunFacts.load(run, RunGrade.model_validate_json((run / "grade.json").read_text("utf-8")))
    for p in retro.planted_errors:
        for e in p.evidence:
            if e.note.startswith("the user read the right value"):
                call = next(c for c in facts.reads(str(e.file)) if c.turn == e.turn)
                assert p.correct_value.split()[0].rstrip(".,") in call.result or any(
                    s in call.result for c in plan.rubric.criteria if c.planted_error_id == p.id
                    for s in c.expects)


def test_a_colleagues_copy_is_no_inconsistency_of_the_run(ran: Path, tmp_path: Path) -> None:
    """A figure the run states one way and a colleague's attachment or a file carrying a planted
    error another: that is the planted error's (or the colleague's) finding, not the run's."""
    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    path = _written(run)[0]
    folder = path.rsplit("/", 1)[0]
    _rewrite(run / "drive" / path, ["Summary", "Approved envelope for the beds: 53 000 EUR"])
    attachment = f"{folder}/Colleague figures.docx"
    _rewrite(run / "drive" / attachment, ["Approved envelope for the beds: 35 000 EUR"])
    colleague = plan.collaborators[0]
    lines = (run / "trajectory.jsonl").read_text("utf-8").splitlines()
    last = max(json.loads(line)["turn"] for line in lines)
    _append_event(run, {
        "key": f"{last:06d}.9.{colleague.id}:att.sent", "type": "collaborator_message", "turn": last,
        "id": f"{colleague.id}:att", "from": colleague.id, "subject": "Figures",
        "date": plan.working_days[2] + "T08:30", "attachments": [attachment], "read": False,
        "body": "Hi,\n\nHere are my figures.\n\nBest"})
    files = [f"{folder}/{e.file}" for e in plan.planted_errors if e.file.endswith((".docx", ".xlsx"))][:1]
    for number, carrier in enumerate(files, 1):
        _rewrite(run / "drive" / carrier, ["Approved envelope for the beds: 99 000 EUR"])
        _tool_call(run, last + number, 2, "read_file", {"path": carrier}, "Approved envelope ...")
    retro = retro_run(run)
    assert not [i for i in retro.inconsistencies if "Approved envelope" in i.label]
    # The same figure in a file of the drive that is nobody's copy still differs.
    other = f"{folder}/Old figures.docx"
    _rewrite(run / "drive" / other, ["Approved envelope for the beds: 35 000 EUR"])
    _tool_call(run, last + 5, 2, "read_file", {"path": other}, "Approved envelope ...")
    again = retro_run(run)
    found = [i for i in again.inconsistencies if "Approved envelope" in i.label]
    assert len(found) == 1 and {s.file for s in found[0].sightings} == {path, other}


def test_text_counts_days_from_one_and_the_json_from_zero(ran: Path, tmp_path: Path) -> None:
    import re

    run = copy_run(ran, tmp_path / "c")
    retro = retro_run(run)
    markdown = (run / "retro.md").read_text("utf-8")
    assert "Days are counted from 1" in markdown and not re.search(r"\bday 0\b", markdown)
    traced = [u for d in retro.deliverables for u in d.unmet if u.root_cause.startswith("the user saw")]
    assert traced, "the short run has a figure seen but not carried"
    for unmet in traced:
        said = re.search(r"\(day (\d+), turn (\d+)\)", unmet.root_cause)
        assert said and unmet.evidence[0].day == int(said[1]) - 1 and unmet.evidence[0].turn == int(said[2])
    assert min(e.day for i in retro.experience for e in i.evidence if e.day is not None) == 0


def test_a_figure_found_only_inside_a_date_is_named() -> None:
    from synthcomp.learn.retro_deliverables import _in_a_date

    text = "Prepared on 2026-04-21.\nUpdate 2026-04-22\nStock-out incidents: 15.5"
    assert "'22' is only inside a date (2026-04-22)" in _in_a_date(text, ["22"])
    assert _in_a_date(text + "\nTarget: 22", ["22"]) == "" and _in_a_date(text, ["15.5"]) == ""
