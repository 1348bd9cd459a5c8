"""The grader: a run's deliverables checked against the rubric (strings in the files, the judge
for the rest), written to grade.json; missing, corrupt and hostile inputs are graded, not fatal."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from support import LYON
from support.cli import cli
from support.fault_server import Fault, FaultServer
from support.files import copy_run
from support.models import ScriptedModel, tool_call

from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.checks.rubric import contains, figures
from synthcomp.errors import InputError, ModelError
from synthcomp.runs.folder import run_lock
from synthcomp.schemas import FileContent, MonthPlan, SheetSpec, WorkbookSpec


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A planned computer with a finished 3-day offline run (some deliverables drafted)."""
    folder = build_computer(LYON, tmp_path_factory.mktemp("grade") / "c", seed=3, target_files=40)
    plan_computer(folder, seed=3)
    return simulate(folder, days=3, seed=3, run_id="r")


def _plan(run: Path) -> MonthPlan:
    return MonthPlan.model_validate_json((run / "plan.json").read_text("utf-8"))


@pytest.mark.parametrize(("text", "needle", "found"), [
    ("Total EUR 4 156 199 in all", "4,156,199", True),
    ("4 156 199 EUR", "EUR 4,156,199", True),
    ("€4156199 in all", "EUR 4,156,199", True),
    ("Summe 1.234,50", "1234.5", True),
    ("price 12.5", "12.50", True),
    ("12.50 %", "12.5%", True),
    ("Total | 1422773.5", "1,422,774", True),  # a computed value, at the string's precision
    ("Approved envelope | EUR 2,277,000", "2,277,000", True),
    ("Laure  MORVAN wrote it", "laure morvan", True),
    ("Due 2026-04-27.", "2026-04-27", True),
    ("in 2026 3 items", "2026", True),
    ("the figure 14,156,199", "4,156,199", False),  # never inside a longer figure
    ("total 4,156,199", "4,156", False),
    ("total EUR 12,500,000", "EUR 12,500", False),
    ("EUR 12.5", "EUR 12,500", False),
    ("The rate is 12.5%.", "1.25%", False),
    ("Invoice 125", "12.5%", False),
    ("EUR 123,450", "EUR 1,234.50", False),
    ("a fall of -12.5%", "12.5%", False),
    ("a rise of 12.5%", "-12.5%", False),
    ("Due 2026-04-28; 27 items; ref 04", "2026-04-27", False),
    ("EUR 2,277,000 approved; 4,156,199 spent", "EUR 4,156,199", False),  # its words, next to it
])
def test_figures_match_as_a_reader_reads_them(text: str, needle: str, found: bool) -> None:
    assert contains(text, needle) is found


def test_figures_know_their_readings() -> None:
    readings = [sorted(f.readings) for f in figures("1,234.50 and 99, 2.277 and 12,500")]
    assert readings == [[Decimal("1234.50")], [Decimal("99")], [Decimal("2.277"), Decimal("2277")],
                        [Decimal("12500")]]


def test_every_deliverable_is_graded_and_scores_add_up(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    grade = grade_run(run)
    saved = json.loads((run / "grade.json").read_text("utf-8"))
    assert saved["score"] == grade.score
    plan = _plan(run)
    assert [d.id for d in grade.deliverables] == [d.id for d in plan.deliverables()]
    drive = run / "drive"
    done = set(json.loads((run / "summary.json").read_text("utf-8"))["deliverables_done"])
    present = [d for d in grade.deliverables if d.exists]
    assert present, "a 3-day offline run drafts deliverables"
    assert len(present) < len(grade.deliverables), "and leaves others to later days"
    # A 3-day run comes before the month's events: criteria tied to an event are left out.
    happened = [c for c in plan.rubric.criteria if not c.event_id]
    assert len(happened) < len(plan.rubric.criteria)
    for item in grade.deliverables:
        rubric = [c for c in happened if c.deliverable_id == item.id]
        assert [c.id for c in item.criteria] == [c.id for c in rubric]
        assert abs(sum(c.weight for c in item.criteria) - 1) < 1e-6
        assert item.marked_done == (item.id in done)
        assert item.score == round(sum(c.weight for c in item.criteria if c.passed), 4)
        if not item.exists:
            assert item.score == 0 and {c.method for c in item.criteria} == {"missing"}
            continue
        assert item.readable and item.sha256 == hashlib.sha256(
            (drive / item.path).read_bytes()).hexdigest()
        for criterion, graded in zip(rubric, item.criteria, strict=True):
            named = bool(criterion.expects or criterion.forbids)
            assert graded.method == ("strings" if named else "judge")
            assert graded.evidence
    assert 0 < grade.score < 1
    assert grade.criteria_total == len(happened)
    # The judge was asked once per present deliverable, and its usage is the run's.
    usage = json.loads((run / "usage.json").read_text("utf-8"))
    assert usage["roles"]["judge"]["calls"] == len(present)
    assert usage["roles"]["user"]["calls"] > 0


def test_same_run_same_grade_byte_for_byte(ran: Path, tmp_path: Path) -> None:
    first, second = copy_run(ran, tmp_path / "a"), copy_run(ran, tmp_path / "b")
    grade_run(first)
    grade_run(second)
    assert (first / "grade.json").read_bytes() == (second / "grade.json").read_bytes()
    grade_run(first)  # grading again rewrites the same grade, and counts the judge's calls again
    assert (first / "grade.json").read_bytes() == (second / "grade.json").read_bytes()
    calls = [json.loads((r / "usage.json").read_text("utf-8"))["roles"]["judge"]["calls"]
             for r in (first, second)]
    assert calls[0] == 2 * calls[1]


def test_a_planted_error_taken_up_is_a_pitfall_hit(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    pitfall = next(c for c in plan.rubric.criteria if c.tag == "pitfall" and c.forbids)
    deliverable = next(d for d in plan.deliverables() if d.id == pitfall.deliverable_id)
    target = run / "drive" / deliverable.path
    target.parent.mkdir(parents=True, exist_ok=True)
    text = f"Summary: the total is {pitfall.forbids[0]}, as the colleague's file says."
    office.write_content(target, deliverable.format, FileContent(text=text, summary="x"),
                         datetime.datetime(2026, 5, 4, 9))
    grade = grade_run(run)
    item = next(d for d in grade.deliverables if d.id == deliverable.id)
    graded = next(c for c in item.criteria if c.id == pitfall.id)
    assert not graded.passed and graded.forbidden_found == [pitfall.forbids[0]]
    assert pitfall.id in item.pitfalls_hit
    # The right figure instead: no pitfall hit.
    right = text.replace(pitfall.forbids[0], " and ".join(pitfall.expects) or "the right one")
    office.write_content(target, deliverable.format, FileContent(text=right, summary="x"),
                         datetime.datetime(2026, 5, 4, 9))
    item = next(d for d in grade_run(run).deliverables if d.id == deliverable.id)
    assert pitfall.id not in item.pitfalls_hit
    assert next(c for c in item.criteria if c.id == pitfall.id).passed == bool(pitfall.expects)


def test_corrupt_and_escaping_deliverables_fail_their_criteria_without_a_crash(
        ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    drive = run / "drive"
    zipped = [d for d in plan.deliverables() if d.format in ("docx", "xlsx", "pptx")]
    corrupt, escaping = zipped[0], zipped[1]
    (drive / corrupt.path).parent.mkdir(parents=True, exist_ok=True)
    (drive / corrupt.path).write_bytes(b"PK\x03\x04 this is not a zip")
    outside = tmp_path / "outside.xlsx"
    outside.write_bytes(b"secret")
    (drive / escaping.path).parent.mkdir(parents=True, exist_ok=True)
    (drive / escaping.path).unlink(missing_ok=True)
    os.symlink(outside, drive / escaping.path)
    grade = grade_run(run)
    by_id = {d.id: d for d in grade.deliverables}
    broken = by_id[corrupt.id]
    assert broken.exists and not broken.readable and "not a valid" in broken.error
    assert broken.score == 0 and {c.method for c in broken.criteria} == {"unreadable"}
    escaped = by_id[escaping.id]
    assert not escaped.exists and "outside the drive" in escaped.error and escaped.sha256 is None


def _judging(wrong: dict[str, Any], bad: int, seed: int = 0) -> ScriptedModel:
    """The offline judge, except that its first ``bad`` answers are ``wrong`` verdicts."""
    return ScriptedModel(script=[tool_call("JudgeVerdicts", wrong, "j")] * bad, seed=seed)


def test_a_judge_that_answers_badly_is_told_why_then_refused(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    wrong = {"verdicts": [{"criterion_id": "Z9.C1", "passed": True, "rationale": "fine"}]}
    judge = _judging(wrong, bad=1, seed=3)
    grade_run(run, chat_model=judge, max_concurrency=1)
    note = str(judge.seen[1][-1].content)
    assert "not a valid JudgeVerdicts" in note and "Z9.C1 is not a criterion" in note
    assert "no verdict for" in note
    before = (run / "grade.json").read_bytes()
    with pytest.raises(ModelError, match=r"no valid JudgeVerdicts after 3 tries"):
        grade_run(run, chat_model=_judging(wrong, bad=100), max_concurrency=1)
    assert (run / "grade.json").read_bytes() == before  # the last good grade is kept


def test_bad_inputs_are_one_clear_error(ran: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a run folder"):
        grade_run(tmp_path)
    run = copy_run(ran, tmp_path / "c")
    with pytest.raises(ModelError, match="unknown model provider 'nosuch'"):
        grade_run(run, model="nosuch:model")
    with run_lock(run), pytest.raises(InputError, match="already running"):
        grade_run(run)
    (run / "plan.json").write_text("{not json", "utf-8")
    with pytest.raises(InputError, match="not a valid plan: the file: Invalid JSON") as caught:
        grade_run(run)
    assert "\n" not in str(caught.value)


@pytest.mark.slow
def test_cli_grade(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")

    graded = cli("grade", str(run), "--judge-model", "offline")
    assert graded.returncode == 0, graded.stderr
    grade = json.loads((run / "grade.json").read_text("utf-8"))
    assert f"grade     {grade['score']:.0%} over {grade['deliverables_graded']} deliverables" \
        in graded.stdout
    assert "missing" in graded.stdout and "judge (offline)" in graded.stdout
    refused = cli("grade", str(tmp_path / "nowhere"))
    assert refused.returncode == 1 and refused.stderr.startswith("error:") \
        and "Traceback" not in refused.stderr
    unknown = cli("grade", str(run), "--judge-model", "nosuch:model")
    assert unknown.returncode == 1 and unknown.stderr.startswith("error:")


@pytest.mark.slow
def test_a_judge_that_cannot_load_shows_no_earlier_usage_as_its_own(
        ran: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = copy_run(ran, tmp_path / "c")
    grade_run(run)  # the offline judge's calls are in usage.json
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    failed = cli("grade", str(run), "--judge-model", "openai:gpt-4o")
    assert failed.returncode == 1 and failed.stderr.startswith("error:"), failed.stderr
    assert "usage" not in failed.stdout, failed.stdout


@pytest.mark.slow
def test_a_judge_that_stays_down_is_one_error_line_and_the_grade_is_kept(
        ran: Path, tmp_path: Path, server: FaultServer) -> None:
    run = copy_run(ran, tmp_path / "c")
    grade_run(run)
    before = (run / "grade.json").read_bytes()
    result = _cli_with_a_model_down(server, tmp_path, "grade", str(run), "--judge-model", "openai:down")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    # Each failed try was a warning line when it happened; the error is the last line.
    *warnings, error = result.stderr.strip().splitlines()
    assert error == ("error: judge model openai:down failed after 2 tries: HTTP 503: "
                     "Error code: 503 - scripted 503")
    assert warnings and all(w.startswith("warning: judge model openai:down: HTTP 503") for w in warnings)
    assert (run / "grade.json").read_bytes() == before
    judge = json.loads((run / "usage.json").read_text("utf-8"))["roles"]["judge"]
    assert judge["retries"] >= 1  # the failed tries are counted, not lost


def _cli_with_a_model_down(server: FaultServer, tmp_path: Path, *args: str
                           ) -> subprocess.CompletedProcess[str]:
    """`synthcomp ARGS` with two quick tries per call, against a server that answers 503."""
    config = tmp_path / "models.toml"
    config.write_text("[retry]\nattempts = 2\ninitial_wait = 0.01\n")
    server.script = [Fault("status", 503)] * 100
    return subprocess.run(
        [sys.executable, "-m", "synthcomp.cli", *args, "--config", str(config)],
        capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-test"})


def test_a_workbook_is_checked_against_the_values_its_formulas_compute(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan = _plan(run)
    criterion = next(c for c in plan.rubric.criteria if c.expects and c.expects[0][0].isdigit()
                     and next(d for d in plan.deliverables() if d.id == c.deliverable_id).format == "xlsx")
    deliverable = next(d for d in plan.deliverables() if d.id == criterion.deliverable_id)
    total = float("".join(criterion.expects[0].replace(",", "").split()))  # '31 000' or '31,000'
    rows: list[list[Any]] = [["Item", "Amount"], ["First half", total / 2 - 0.2],
                             ["Second half", total / 2 + 0.1], ["Total", "=SUM(B2:B3)"]]
    target = run / "drive" / deliverable.path
    target.parent.mkdir(parents=True, exist_ok=True)
    office.write_content(target, "xlsx", FileContent(summary="x", workbook=WorkbookSpec(
        sheets=[SheetSpec(name="Forecast", rows=rows)])), datetime.datetime(2026, 5, 4, 9))
    item = next(d for d in grade_run(run).deliverables if d.id == deliverable.id)
    graded = next(c for c in item.criteria if c.id == criterion.id)
    # The file never writes the figure: its formula computes it (to within the string's precision).
    assert graded.passed, graded.evidence


def test_odd_plans_and_documents(ran: Path, tmp_path: Path) -> None:
    run = copy_run(ran, tmp_path / "c")
    plan_path = run / "plan.json"
    plan = json.loads(plan_path.read_text("utf-8"))
    # A document holding the prompt's own closing tag is graded like any other.
    first = _plan(run).deliverables()[0]
    target = run / "drive" / first.path
    target.parent.mkdir(parents=True, exist_ok=True)
    office.write_content(target, first.format, FileContent(summary="x", text="Summary </inputs> {"),
                         datetime.datetime(2026, 5, 4, 9))
    assert next(d for d in grade_run(run).deliverables if d.id == first.id).readable
    # A folder where a deliverable should be is named as such.
    second = _plan(run).deliverables()[1]
    folder = run / "drive" / second.path
    if folder.exists():
        folder.unlink()
    folder.mkdir(parents=True)
    assert next(d for d in grade_run(run).deliverables if d.id == second.id).error == \
        "a folder is there, not a file"
    # A criterion of no deliverable is a clear error, not a criterion silently dropped.
    stray = {**plan["rubric"]["criteria"][0], "id": "X.C1", "deliverable_id": "X", "weight": 1.0}
    plan_path.write_text(json.dumps({**plan, "rubric": {"criteria": [*plan["rubric"]["criteria"], stray]}}))
    with pytest.raises(InputError, match=r"X\.C1 grades unknown deliverable 'X'"):
        grade_run(run)
    # A plan with nothing to deliver is refused (its rubric grades nothing it plans), and an
    # older grade is never returned in place of a new one.
    (run / "grade.json").write_text('{"stale": true}')
    plan_path.write_text(json.dumps({**plan, "objectives": []}))
    with pytest.raises(InputError, match="unknown deliverable"):
        grade_run(run)


@pytest.mark.slow
def test_demo_whose_run_pauses_shows_the_resume_command_and_grades_nothing(
        tmp_path: Path, server: FaultServer) -> None:
    result = _cli_with_a_model_down(server, tmp_path, "demo", "--out", str(tmp_path / "demo"),
                                    "--user-model", "openai:down")
    assert result.returncode == 130 and "Traceback" not in result.stderr, result.stderr
    assert "paused (user model openai:down failed after 2 tries" in result.stdout
    assert "synthcomp resume" in result.stdout and "grade " not in result.stdout
    assert not list((tmp_path / "demo" / "computer" / "runs").glob("*/grade.json"))


@pytest.mark.slow
def test_demo_whose_judge_stays_down_shows_its_run_then_one_error(
        tmp_path: Path, server: FaultServer) -> None:
    result = _cli_with_a_model_down(server, tmp_path, "demo", "--out", str(tmp_path / "demo"),
                                    "--judge-model", "openai:down")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    # Off a terminal the run logs its days on stderr; the error is the one line that ends it.
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and result.stderr.strip().splitlines()[-1] == errors[0], result.stderr
    assert errors[0].startswith("error: judge model openai:down failed after 2 tries")
    # The failed try said so when it happened, not only at the end.
    assert "warning: judge model openai:down: HTTP 503" in result.stderr
    assert "try 1 of 2 failed" in result.stderr
    assert " finished: " in result.stdout  # the run's own lines came first
    assert "usage     judge (openai:down): 0 calls" in result.stdout
