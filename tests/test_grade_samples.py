"""grade --samples K (each judged criterion decided K times, the majority kept) and grade
--against (two runs of one computer compared deliverable by deliverable)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import BaseMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field
from support import LYON
from support.cli import cli
from support.fault_server import FaultServer
from support.files import copy_run
from support.models import ScriptedModel, tool_call

from synthcomp.api.build import build_computer
from synthcomp.api.grade import compare_runs, grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.checks.agreement import fleiss_kappa
from synthcomp.errors import InputError, ModelError
from synthcomp.models.offline import OfflineChatModel
from synthcomp.models.offline.grade.judge import judge as offline_judge
from synthcomp.prompts import parse_inputs

# Sample k's verdict on the i-th criterion a deliverable's judge is asked about: VOTES[i % 4][k].
VOTES = [(True, True, True), (True, True, False), (True, False, False), (False, False, False)]
TIES = [(True, True, False, False), (True, True, True, False), (False, False, False, False)]


class VotingJudge(OfflineChatModel):
    """A judge whose n-th answer on a criterion is ``votes[i % len(votes)][n]`` (i: the
    criterion's place in the request): it answers differently per call, as a sampled model does."""

    votes: list[tuple[bool, ...]] = Field(default_factory=list)
    asked: dict[str, int] = Field(default_factory=dict)

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        inputs = parse_inputs(str(next(m for m in messages if isinstance(m, HumanMessage)).content))
        verdicts = []
        for i, criterion in enumerate(inputs["criteria"]):
            n = self.asked.get(criterion["id"], 0)
            self.asked[criterion["id"]] = n + 1
            verdicts.append({"criterion_id": criterion["id"], "passed": self.votes[i % len(self.votes)][n],
                             "rationale": f"sample {n}"})
        answer = tool_call("JudgeVerdicts", {"verdicts": verdicts}, f"j{len(self.asked)}")
        return ChatResult(generations=[ChatGeneration(message=answer)])


class BiasedJudge(OfflineChatModel):
    """A pairwise judge that always prefers the version it is shown in ``position`` (and grades
    as the offline judge does). It stands for a real model: it is not given the grades."""

    position: str = "first"
    calls: int = 0
    reads_inputs_block: bool = False

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        if kwargs.get("tool_choice") != "PairwiseVerdict":
            return super()._generate(messages, stop, run_manager, **kwargs)
        inputs = parse_inputs(str(messages[-1].content))
        assert "met" not in inputs["first"] and "met" not in inputs["second"]
        self.calls += 1
        answer = tool_call("PairwiseVerdict", {"better": self.position,
                                               "rationale": f"the {self.position} reads better"})
        return ChatResult(generations=[ChatGeneration(message=answer)])


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One planned computer with a 1-day and a 3-day offline run."""
    folder = build_computer(LYON, tmp_path_factory.mktemp("samples") / "c", seed=3, target_files=40)
    plan_computer(folder, seed=3)
    return {"d1": simulate(folder, days=1, seed=3, run_id="d1"),
            "d3": simulate(folder, days=3, seed=3, run_id="d3")}


def _copy(runs: dict[str, Path], tmp_path: Path) -> tuple[Path, Path]:
    """The two runs, in a copy of their computer."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    d3 = copy_run(runs["d3"], tmp_path / "c")
    return d3, d3.parent / "d1"


def _judged(grade: Any) -> list[Any]:
    return [c for d in grade.deliverables for c in d.criteria if c.method == "judge"]


def test_fleiss_kappa_as_computed_by_hand() -> None:
    # 4 criteria, 3 samples: pairs agreeing 1/3, 1/3, 1, 1 -> 2/3; pass rate 1/2 -> chance 1/2.
    assert fleiss_kappa([[True, True, False], [True, False, False], [True] * 3, [False] * 3]) \
        == round((2 / 3 - 1 / 2) / (1 - 1 / 2), 4)
    assert fleiss_kappa([[True] * 5, [False] * 5]) == 1.0
    assert fleiss_kappa([[True] * 5] * 3) is None  # every verdict the same: undefined
    assert fleiss_kappa([]) is None


def test_samples_keep_the_majority_and_say_how_far_they_agree(runs: dict[str, Path],
                                                                tmp_path: Path) -> None:
    run, _ = _copy(runs, tmp_path)
    grade = grade_run(run, chat_model=VotingJudge(votes=VOTES), samples=3, max_concurrency=1)
    judged = _judged(grade)
    assert judged
    expected: list[tuple[bool, ...]] = []
    for item in grade.deliverables:
        asked = [c for c in item.criteria if c.method == "judge"]
        for i, criterion in enumerate(asked):
            votes = VOTES[i % 4]
            expected.append(votes)
            assert criterion.samples == list(votes)
            assert criterion.passed == (sum(votes) >= 2)
            assert criterion.agreement == round(max(sum(votes), 3 - sum(votes)) / 3, 4)
            assert criterion.evidence.startswith(f"{max(sum(votes), 3 - sum(votes))}/3 samples")
        for criterion in item.criteria:
            if criterion.method != "judge":  # strings, or no file: decided once
                assert criterion.samples is None and criterion.agreement == 1.0
    agreement = grade.agreement
    assert agreement is not None and grade.samples == 3
    assert agreement.judged_criteria == len(judged)
    assert agreement.not_rejudged == grade.criteria_total - len(judged)
    shares = [max(sum(v), 3 - sum(v)) / 3 for v in expected]
    assert agreement.mean_agreement == round(sum(shares) / len(shares), 4)
    assert agreement.unanimous == sum(1 for v in expected if len(set(v)) == 1)
    assert agreement.ties == 0
    # Fleiss' kappa by hand: observed pairwise agreement against chance at the pass rate.
    observed = sum((p * (p - 1) + (3 - p) * (2 - p)) / 6 for p in map(sum, expected)) / len(expected)
    rate = sum(map(sum, expected)) / (3 * len(expected))
    chance = rate ** 2 + (1 - rate) ** 2
    assert agreement.fleiss_kappa == round((observed - chance) / (1 - chance), 4)
    assert "decided once" in agreement.note
    saved = json.loads((run / "grade.json").read_text("utf-8"))
    assert saved["samples"] == 3 and saved["agreement"]["judged_criteria"] == len(judged)
    # Three calls per deliverable the judge read: each counted.
    present = sum(1 for d in grade.deliverables if any(c.method == "judge" for c in d.criteria))
    usage = json.loads((run / "usage.json").read_text("utf-8"))["roles"]["judge"]
    assert usage["calls"] == 3 * present


def test_an_even_split_is_a_tie_and_a_tie_fails(runs: dict[str, Path], tmp_path: Path) -> None:
    run, _ = _copy(runs, tmp_path)
    grade = grade_run(run, chat_model=VotingJudge(votes=TIES), samples=4, max_concurrency=1)
    tied = [c for c in _judged(grade) if c.samples == [True, True, False, False]]
    assert tied and all(not c.passed and c.agreement == 0.5 for c in tied)
    assert all("a tie fails" in c.evidence for c in tied)
    assert grade.agreement is not None and grade.agreement.ties == len(tied)


def _by_seed(body: dict[str, Any]) -> dict[str, Any]:
    """A served judge whose verdict on the i-th criterion is pass when (seed + i) is odd."""
    prompt = next(m["content"] for m in body["messages"] if m["role"] == "user")
    criteria = parse_inputs(prompt if isinstance(prompt, str) else json.dumps(prompt))["criteria"]
    verdicts = [{"criterion_id": c["id"], "passed": (body["seed"] + i) % 2 == 1,
                 "rationale": f"seed {body['seed']}"} for i, c in enumerate(criteria)]
    return {"role": "assistant", "content": json.dumps({"verdicts": verdicts})}  # a json_schema answer


def test_a_served_judge_gets_one_seed_per_sample(runs: dict[str, Path], tmp_path: Path,
                                                 server: FaultServer) -> None:
    run, _ = _copy(runs, tmp_path)
    server.responder = _by_seed
    grade = grade_run(run, model="openai:judge", samples=3)
    seed = json.loads((run / "context.json").read_text("utf-8"))["seed"]
    asked = [b for b in server.requests if b.get("response_format")]
    present = sum(1 for d in grade.deliverables if any(c.method == "judge" for c in d.criteria))
    assert len(asked) == 3 * present
    assert sorted({b["seed"] for b in asked}) == [seed, seed + 1, seed + 2]
    # The prompt is the same for every sample (no inputs for the offline judge's draw).
    assert all('"sample"' not in json.dumps(b["messages"]) for b in asked)
    for item in grade.deliverables:
        for i, criterion in enumerate(c for c in item.criteria if c.method == "judge"):
            votes = [(seed + k + i) % 2 == 1 for k in range(3)]
            assert criterion.samples == votes and criterion.passed == (sum(votes) >= 2)


def test_one_sample_keeps_grade_json_as_it_was(runs: dict[str, Path], tmp_path: Path) -> None:
    run, _ = _copy(runs, tmp_path)
    grade_run(run)
    before = (run / "grade.json").read_bytes()
    grade_run(run, samples=1)
    assert (run / "grade.json").read_bytes() == before
    assert b'"samples"' not in before and b'"agreement"' not in before
    for bad in (0, -2, 1000):
        with pytest.raises(InputError, match=f"samples is {bad}"):
            grade_run(run, samples=bad)
    assert (run / "grade.json").read_bytes() == before


def test_offline_samples_disagree_only_where_the_reading_is_borderline() -> None:
    # Half of the criterion's terms are in the document: a threshold drawn between 30% and 70%
    # passes it about half the time; all of them, or none: every sample agrees.
    document = {"text": "The budget table lists every supplier by name."}
    criteria = [{"id": "half", "text": "budget supplier quarterly variance"},
                {"id": "all", "text": "budget supplier table"},
                {"id": "none", "text": "variance quarterly forecast"},
                {"id": "opens", "text": "The file opens"}]
    drawn: dict[str, list[bool]] = {c["id"]: [] for c in criteria}
    for sample in range(40):
        inputs = {"criteria": criteria, "document": document, "sample": sample}
        for verdict in offline_judge(inputs, seed=sample)["verdicts"]:
            drawn[verdict["criterion_id"]].append(verdict["passed"])
    assert 5 < sum(drawn["half"]) < 35
    assert all(drawn["all"]) and not any(drawn["none"]) and all(drawn["opens"])
    # Asked once (no sample in the inputs), it is the fixed reading: half the terms pass.
    once = offline_judge({"criteria": criteria, "document": document}, seed=0)["verdicts"]
    assert [v["passed"] for v in once] == [True, True, False, True]
    again = offline_judge({"criteria": criteria, "document": document, "sample": 3}, seed=3)
    assert again == offline_judge({"criteria": criteria, "document": document, "sample": 3}, seed=3)


def test_offline_samples_are_repeatable(runs: dict[str, Path], tmp_path: Path) -> None:
    first, _ = _copy(runs, tmp_path / "a")
    second, _ = _copy(runs, tmp_path / "b")
    grade = grade_run(first, samples=5, max_concurrency=1)
    grade_run(second, samples=5, max_concurrency=27)  # 3 samples at once per deliverable
    assert (first / "grade.json").read_bytes() == (second / "grade.json").read_bytes()
    assert grade.agreement is not None and grade.agreement.samples == 5
    assert all(len(c.samples or []) == 5 for c in _judged(grade))


def test_a_garbage_answer_keeps_the_old_grade(runs: dict[str, Path], tmp_path: Path) -> None:
    run, _ = _copy(runs, tmp_path)
    grade_run(run)
    before = (run / "grade.json").read_bytes()
    garbage = ScriptedModel(script=[tool_call("JudgeVerdicts", {"verdicts": "all fine"})] * 100)
    with pytest.raises(ModelError, match="no valid JudgeVerdicts after 3 tries") as caught:
        grade_run(run, chat_model=garbage, samples=3, max_concurrency=1)
    assert "\n" not in str(caught.value)
    assert (run / "grade.json").read_bytes() == before


@pytest.mark.slow
def test_cli_a_judge_answering_garbage_is_one_error_line(runs: dict[str, Path], tmp_path: Path,
                                                         server: FaultServer) -> None:
    run, _ = _copy(runs, tmp_path)
    grade_run(run)
    before = (run / "grade.json").read_bytes()
    # The test server answers the judge in prose ("Done for today."), never with verdicts.
    result = subprocess.run(
        [sys.executable, "-m", "synthcomp.cli", "grade", str(run), "--samples", "3",
         "--judge-model", "openai:prose"], capture_output=True, text=True, timeout=600,
        check=False, env={**os.environ, "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-test"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "JudgeVerdicts" in lines[0], lines
    assert (run / "grade.json").read_bytes() == before


def test_pairwise_offline_the_longer_run_wins_what_it_wrote(runs: dict[str, Path],
                                                             tmp_path: Path) -> None:
    d3, d1 = _copy(runs, tmp_path)
    assert not (d3 / "grade.json").exists()
    result = compare_runs(d3, d1)
    assert (d3 / "grade.json").is_file() and (d1 / "grade.json").is_file()  # graded first
    saved = json.loads((d3 / "pairwise-d1.json").read_text("utf-8"))
    assert saved["run_a"] == "d3" and saved["run_b"] == "d1" and saved["judge_model"] == "offline"
    assert "offline judge" in result.method
    assert result.wins_a >= 1 and result.wins_b == 0 and result.winner == "a"
    for row in result.deliverables:
        assert row.winner in ("a", "tie")
        assert (row.a_score or 0) >= (row.b_score or 0)
        if row.winner == "a":
            assert (row.a_score or 0) > (row.b_score or 0)
    assert result.wins_a + result.wins_b + result.ties == len(result.deliverables)
    # The other way round: B's wins mirror A's.
    back = compare_runs(d1, d3, out=tmp_path / "back.json")
    assert (back.wins_a, back.wins_b, back.ties) == (result.wins_b, result.wins_a, result.ties)


def test_pairwise_a_deliverable_deleted_loses_and_a_changed_drive_is_regraded(
        runs: dict[str, Path], tmp_path: Path) -> None:
    d3, _ = _copy(runs, tmp_path)
    grade_run(d3)
    other = d3.parent / "d3b"
    shutil.copytree(d3, other, symlinks=True)  # another run of the computer, same drive
    present = [d for d in json.loads((d3 / "grade.json").read_text("utf-8"))["deliverables"]
               if d["exists"] and d["score"] > 0]
    gone = present[0]
    (other / "drive" / gone["path"]).unlink()
    result = compare_runs(d3, other)
    rows = {r.id: r for r in result.deliverables}
    assert rows[gone["id"]].winner == "a" and rows[gone["id"]].method == "missing"
    assert all(r.winner == "tie" for i, r in rows.items() if i != gone["id"])
    assert all(r.method == "identical" for r in rows.values() if r.a_score and r.id != gone["id"])
    assert (result.wins_a, result.wins_b) == (1, 0)
    # run B's grade.json was regraded: its drive had changed since.
    regraded = json.loads((other / "grade.json").read_text("utf-8"))
    assert not next(d for d in regraded["deliverables"] if d["id"] == gone["id"])["exists"]


def test_both_orders_cancel_a_judge_that_favours_a_position(runs: dict[str, Path],
                                                            tmp_path: Path) -> None:
    d3, _ = _copy(runs, tmp_path)
    grade_run(d3)
    other = d3.parent / "d3b"
    shutil.copytree(d3, other, symlinks=True)
    items = json.loads((d3 / "grade.json").read_text("utf-8"))["deliverables"]
    # Run B's version of one workbook is another workbook of the run: readable, and different.
    books = [d for d in items if d["exists"] and d["path"].endswith(".xlsx")]
    assert len(books) >= 2
    shutil.copyfile(d3 / "drive" / books[1]["path"], other / "drive" / books[0]["path"])
    for position in ("first", "second"):
        biased = BiasedJudge(position=position)
        result = compare_runs(d3, other, chat_model=biased, out=tmp_path / f"{position}.json")
        row = next(r for r in result.deliverables if r.id == books[0]["id"])
        assert row.method == "judge" and row.winner == "tie"
        assert [o.first for o in row.orders] == ["a", "b"]
        assert {o.choice for o in row.orders} == {"a", "b"}
        assert "orders disagreed" in row.rationale
        assert result.position_disagreements == 1 and biased.calls == 2
        assert (result.wins_a, result.wins_b) == (0, 0)
        assert "both orders" in result.method or "each order" in result.method
    usage = json.loads((d3 / "usage.json").read_text("utf-8"))["roles"]
    assert usage["pairwise"]["calls"] == 4


def test_another_computers_run_is_refused(runs: dict[str, Path], tmp_path: Path) -> None:
    d3, _ = _copy(runs, tmp_path)
    stranger = copy_run(runs["d1"], tmp_path / "other")
    plan = json.loads((stranger / "plan.json").read_text("utf-8"))
    plan["computer_id"] = "someone-else-0000"
    (stranger / "plan.json").write_text(json.dumps(plan), "utf-8")
    with pytest.raises(InputError, match="is a run of computer someone-else-0000, not of") as caught:
        compare_runs(d3, stranger)
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="run A itself"):
        compare_runs(d3, d3)
    assert not list(d3.glob("pairwise-*"))


@pytest.mark.slow
def test_cli_grade_against(runs: dict[str, Path], tmp_path: Path) -> None:
    d3, d1 = _copy(runs, tmp_path)
    shown = cli("grade", str(d3), "--against", str(d1))
    assert shown.returncode == 0, shown.stderr
    result = json.loads((d3 / "pairwise-d1.json").read_text("utf-8"))
    assert f"A wins {result['wins_a']}, B wins {result['wins_b']}, {result['ties']} ties" in shown.stdout
    assert "deliverable" in shown.stdout and "winner" in shown.stdout
    sampled = cli("grade", str(d3), "--samples", "3")
    assert sampled.returncode == 0, sampled.stderr
    assert "agreement 3 samples of" in sampled.stdout and "Fleiss' kappa" in sampled.stdout
    stranger = copy_run(runs["d1"], tmp_path / "other")
    plan = json.loads((stranger / "plan.json").read_text("utf-8"))
    plan["computer_id"] = "someone-else-0000"
    (stranger / "plan.json").write_text(json.dumps(plan), "utf-8")
    for args in (["--against", str(stranger)], ["--samples", "0"], ["--out", "x.json"],
                 ["--against", str(d1), "--samples", "2"]):
        refused = cli("grade", str(d3), *args)
        lines = refused.stderr.strip().splitlines()
        assert refused.returncode == 1 and len(lines) == 1 and lines[0].startswith("error:"), args
