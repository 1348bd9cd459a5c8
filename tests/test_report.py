"""`synthcomp report`: one self-contained page about a run, a batch or an experiment, loaded in
headless Chromium (tests/support/chromium.py, a DevTools client over --remote-debugging-pipe):
no console errors, no request but the page itself, the run's data shown, and hostile file
names and messages shown as text, never run. Chromium missing is a failure, not a skip.

SYNTHCOMP_REPORT_SHOTS=DIR keeps the screenshots (run.png, batch.png, experiment.png) to look at.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from support import LYON
from support.chromium import PageLoad, load_page
from support.cli import cli

from synthcomp.api.batch import run_batch
from synthcomp.api.build import build_computer
from synthcomp.api.grade import compare_runs, grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.report import write_report
from synthcomp.api.retro import retro_run
from synthcomp.api.simulate import simulate
from synthcomp.batch.spec import BatchSpec
from synthcomp.errors import InputError
from synthcomp.report.trajectory import MAX_TURN_ROWS
from synthcomp.schemas.experiment import ExperimentResult

HOSTILE_FOLDER = "<script>alert(1)<"  # with the file below, the path reads <script>alert(1)</script>.docx
HOSTILE_FILE = "script>.docx"
HOSTILE_IMG = "<img src=x onerror=\"document.title='pwned'\">.docx"
HOSTILE_BODY = "<script>document.title='pwned'</script><b>bold?</b> <img src=x onerror=\"alert(2)\">"
PAGE_CHECKS = {"scripts": "document.scripts.length", "images": "document.images.length",
               "svgs": "document.querySelectorAll('svg').length",
               "bold": "Array.from(document.querySelectorAll('b')).some(b => b.textContent === 'bold?')"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A graded three-day offline run whose drive and mail hold HTML."""
    computer = build_computer(LYON, tmp_path_factory.mktemp("report") / "lyon", seed=7, target_files=40)
    plan_computer(computer, seed=0)
    run_dir = simulate(computer, days=3)
    grade_run(run_dir)
    home = run_dir / "drive" / "Users"
    (home / HOSTILE_FOLDER).mkdir()
    (home / HOSTILE_FOLDER / HOSTILE_FILE).write_bytes(b"not a docx")
    (home / HOSTILE_IMG).write_bytes(b"not a docx")
    with open(os.fsencode(home) + b"/bad-\xff-name.txt", "wb") as handle:
        handle.write(b"a name that is not UTF-8")
    (home / "outside").symlink_to("/etc")  # shown as a link, never walked
    sender = json.loads((run_dir / "plan.json").read_text("utf-8"))["collaborators"][0]["id"]
    event = {"key": "999999.9.hostile", "type": "collaborator_message", "from": sender,
             "date": "2025-02-11T09:00", "subject": "<i>subject</i>", "body": HOSTILE_BODY,
             "attachments": [], "read": False}
    with (run_dir / "trajectory.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(event) + "\n")
    return run_dir


def _shot(name: str, tmp_path: Path) -> Path:
    folder = os.environ.get("SYNTHCOMP_REPORT_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder) / name
    return tmp_path / name


def _clean_load(page: Path, shot: Path) -> PageLoad:
    """Load the page; it must show no console error or warning, run no script, and ask for
    nothing but itself; the screenshot must not be blank."""
    load = load_page(page, screenshot=shot, expressions=PAGE_CHECKS)
    assert load.errors() == []
    assert load.requests == [page.absolute().as_uri()]
    assert load.evaluated["scripts"] == 0 and load.evaluated["images"] == 0
    with Image.open(shot) as image:
        assert image.size[0] == 1280
        assert len(image.convert("L").resize((64, 64)).getcolors(4096) or []) > 8  # not a blank page
    return load


def test_run_page(run: Path, tmp_path: Path) -> None:
    page = write_report(run, tmp_path / "run.html")
    load = _clean_load(page, _shot("run.png", tmp_path))
    plan = json.loads((run / "plan.json").read_text("utf-8"))
    grade = json.loads((run / "grade.json").read_text("utf-8"))
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    text = load.content  # with what closed <details> hold
    assert load.title == f"Run {run.name}"
    assert "Hélène Caron" in load.text and "Objectives and milestones" in load.text  # on screen
    assert "Hélène Caron" in text and run.name in text
    for objective in plan["objectives"]:
        assert objective["title"] in text
        for milestone in objective["milestones"]:
            assert milestone["id"] + " " + milestone["title"] in text
    assert f"Score {100 * grade['score']:.1f}%" in text
    assert plan["collaborators"][0]["name"] in text
    assert f"{summary['turns']:,}" in text and "2025-02-12" in text  # turns, the third day
    assert "Week plan: 2025-02-10" in text  # the agent's own week plan
    assert "Activity log" in text and "Sent '" in text  # the agent's log entries
    assert "This run has no retrospective yet" in text and "synthcomp retro" in text
    assert load.evaluated["svgs"] >= 2  # turns per day, files over time
    # Hostile names and mail are text: shown as written, never markup.
    assert HOSTILE_FOLDER in text and HOSTILE_FILE in text and HOSTILE_IMG in text
    assert HOSTILE_BODY in text and "<i>subject</i>" in text
    assert "bad-\ufffd-name.txt" in text and "outside" in text and "passwd" not in text
    assert load.title != "pwned" and load.evaluated["bold"] is False


def test_run_page_is_the_same_bytes_each_time(run: Path, tmp_path: Path) -> None:
    first = write_report(run, tmp_path / "a.html").read_bytes()
    assert write_report(run, tmp_path / "b.html").read_bytes() == first
    assert b"http://" not in first.replace(b"http://www.w3.org/", b"") and b"https://" not in first


def test_run_page_with_a_retrospective(run: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(run, run.parent / f"{run.name}-retro", symlinks=True)  # in the computer's runs/
    retro = retro_run(copy)
    load = _clean_load(write_report(copy, tmp_path / "retro.html"), tmp_path / "retro.png")
    assert "no retrospective yet" not in load.content
    assert retro.summary and retro.summary[:200] in load.content
    for item in retro.experience:
        assert item.text in load.content and item.topic in load.content
    for line in retro.cannot_judge:
        assert line in load.content
    # What a model judge writes is text too.
    hostile = {**json.loads((copy / "retro.json").read_text("utf-8")), "experience": [
        {"kind": "lesson", "topic": "source-of-truth",
         "text": "Check a colleague's <figure> against the file that holds it.",
         "evidence": [{"day": 2, "turn": 140, "file": "Users/a/<b>Budget.xlsx", "message": "m1",
                       "note": "the quote said 12,400"}]}]}
    (copy / "retro.json").write_text(json.dumps(hostile), "utf-8")
    (copy / "retro.md").write_text("# Retrospective\n\n<script>alert(3)</script>", "utf-8")
    load = _clean_load(write_report(copy, tmp_path / "retro.html"), tmp_path / "retro.png")
    assert "Check a colleague's <figure> against the file that holds it." in load.content
    assert "day 3 turn 140 · <b>Budget.xlsx · message m1: the quote said 12,400" in load.content
    # Evidence.day is 0-based; the page counts days from 1 (as retro.md does) and links the day.
    html = (tmp_path / "retro.html").read_text("utf-8")
    assert '<a href="#day-2">day 3</a>' in html and '<details id="day-2"><summary><b>Day 3,' in html
    assert "<script>alert(3)</script>" in load.content  # retro.md, as text
    assert load.evaluated["bold"] is False


def test_run_page_with_grade_samples_and_a_comparison(run: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(run, run.parent / f"{run.name}-samples", symlinks=True)
    grade = grade_run(copy, samples=3)
    pairwise = compare_runs(copy, run)
    load = _clean_load(write_report(copy, tmp_path / "samples.html"), tmp_path / "samples.png")
    assert grade.agreement is not None
    assert f"Judged 3 times per criterion: {grade.agreement.judged_criteria} criteria judged" in load.content
    assert f"Compared with run {run.name}" in load.content
    wins = f"{pairwise.wins_a} deliverable{'' if pairwise.wins_a == 1 else 's'} better in this run"
    assert wins in load.content
    assert "majority kept" not in load.content  # the samples are said once, not twice
    for item in grade.deliverables:  # a criterion's evidence that counts its samples is not recounted
        for c in item.criteria:
            if c.samples and "samples" in (c.evidence or ""):
                assert f"({sum(c.samples)}/{len(c.samples)} pass, " not in load.content
    for item in pairwise.deliverables:
        assert item.rationale[:100] in load.content


def test_batch_page(run: Path, tmp_path: Path) -> None:
    computer = run.parent.parent
    record = run_batch(BatchSpec(out=str(tmp_path / "batch"), computers=[str(computer)], trials=2, days=1,
                                 workers=0))
    assert record.counts()["finished"] == 2
    page = write_report(tmp_path / "batch", tmp_path / "batch.html")
    load = _clean_load(page, _shot("batch.png", tmp_path))
    assert load.title == "Batch batch"
    entries = list(record.entries.values())
    for entry in entries:
        assert entry["key"] in load.text
        assert f"{100 * entry['score']:.1f}%" in load.text
    assert "Score distribution" in load.text and load.evaluated["svgs"] == 1
    assert "Hélène Caron" in load.content  # a section per run
    # A failed job (no run folder) is a row with its error, and no section.
    data = json.loads((tmp_path / "batch" / "batch.json").read_text("utf-8"))
    data["jobs"].append({**data["jobs"][0], "key": "broken/t0", "status": "failed", "run_dir": None,
                         "score": None, "error": "model said <b>no</b>"})
    (tmp_path / "batch" / "batch.json").write_text(json.dumps(data), "utf-8")
    load = _clean_load(write_report(tmp_path / "batch", tmp_path / "batch.html"), tmp_path / "b2.png")
    assert "broken/t0" in load.text and "model said <b>no</b>" in load.text
    assert "1 jobs have no section" in load.text and load.evaluated["bold"] is False


def _experiment() -> dict[str, Any]:
    """experiment.json as the experiment writes it (checked against its schema below)."""
    def computer(name: str, base: list[float], skill: list[float], outcome: str) -> dict[str, Any]:
        return {"computer": name, "occupation": "healthcare_procurement", "skill": "healthcare_procurement",
                "plan_sha256": "0" * 64, "baseline": base, "skill_runs": skill,
                "baseline_mean": sum(base) / len(base), "skill_mean": sum(skill) / len(skill),
                "outcome": outcome}

    per = [computer("buyer-melbourne-1a2b", [0.41, 0.45], [0.55, 0.61], "win"),
           computer("nurse-$hamburg-<b>x</b>", [0.50, 0.52], [0.50, 0.52], "tie"),
           computer("pharmacist-osaka-9f9f", [0.62, 0.60], [0.58, 0.57], "loss"),
           computer("lawyer-lyon-7c7c", [0.30, 0.34], [0.47, 0.45], "win")]
    curve = [{"train_n": n, "runs": n, "skills": 2, "covered": 4, "win_rate": rate, "diff": diff,
              "ci_low": diff - 0.05, "ci_high": diff + 0.06, "wins": wins, "ties": 1, "losses": 3 - wins}
             for n, rate, diff, wins in ((2, 0.25, 0.01, 1), (4, 0.5, 0.05, 2), (6, 0.5, 0.065, 2))]
    return {"spec": {"train": 6, "test": 4, "trials": 2, "days": 2, "seed": 0, "curve": [2, 4, 6]},
            "train": [f"train-{i}" for i in range(6)], "test": [p["computer"] for p in per],
            "train_runs": [f"computers/train-{i}/runs/offline-2d-s0-x" for i in range(6)],
            "skills_dir": "skills/6", "per_computer": per,
            "summary": {"computers": 4, "baseline_mean": 0.4675, "skill_mean": 0.5325, "diff": 0.065,
                        "ci_low": 0.0125, "ci_high": 0.1275, "ci_level": 0.95, "wins": 2, "ties": 1,
                        "losses": 1, "win_rate": 0.5, "sign_test_p": 1.0},
            "learning_curve": curve, "failed": []}


def test_experiment_page(tmp_path: Path) -> None:
    data = _experiment()
    ExperimentResult.model_validate(data)  # the fixture keeps the experiment's own shape
    folder = tmp_path / "exp"
    folder.mkdir()
    (folder / "experiment.json").write_text(json.dumps(data), "utf-8")
    skill = folder / "skills" / "6" / "healthcare_procurement" / "SKILL.md"
    skill.parent.mkdir(parents=True)
    skill.write_text("# Skill: healthcare\n\n- [source-of-truth] Check <b>x</b> figures.\n", "utf-8")
    load = _clean_load(write_report(folder, tmp_path / "exp.html"), _shot("experiment.png", tmp_path))
    text = load.text
    assert "46.8%" in text and "53.2%" in text and "+6.5 pts" in text  # means and difference
    assert "+1.2 pts to +12.8 pts" in text  # the interval
    assert "won on 2, tied on 1 and lost on 1" in text and "sign test p" in text
    assert "nurse-$hamburg-<b>x</b>" in text and "loss" in text
    assert load.evaluated["svgs"] == 2  # the learning curve and the per-computer scores
    assert "- [source-of-truth] Check <b>x</b> figures." in load.text  # the skill, as text
    assert load.evaluated["bold"] is False


def test_a_long_month_is_summarised(tmp_path: Path) -> None:
    """A run of 5,000 turns (a bare trajectory: no plan, summary or grade) makes a bounded page
    that says what it left out."""
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "context.json").write_text(json.dumps({"model": "offline", "days": 20}), "utf-8")
    lines = []
    for turn in range(5000):
        day = turn // 250
        # A lone surrogate (a \\ud800 escape) cannot be written as UTF-8: the page replaces it.
        path = f"Users/a/\ud800{'x' * 300}{turn}.md"
        call = {"id": f"c{turn}", "name": "read_file", "args": {"path": path}}
        lines.append({"key": f"{turn:06d}.1", "type": "model_call", "day": day, "turn": turn,
                      "clock": "2025-02-10T10:00", "answer": {"content": "", "tool_calls": [call]}})
        lines.append({"key": f"{turn:06d}.2", "type": "tool_result", "turn": turn, "tool_call_id": f"c{turn}",
                      "name": "read_file", "status": "error", "content": "e" * 50_000})
    (run_dir / "trajectory.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    page = write_report(run_dir, tmp_path / "long.html")
    html = page.read_text("utf-8")
    assert len(html) < 3_000_000
    assert f"{5000 - MAX_TURN_ROWS} later turns are counted but not listed" in html
    assert "more characters]" in html  # long results and paths cut
    assert "Users/a/?xxx" in html


def test_not_a_report_source(tmp_path: Path, run: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    page = tmp_path / "page.html"
    for source, why in ((empty, "is not a run, a batch or an experiment folder"),
                        (run.parent.parent, "is not a run, a batch or an experiment folder"),
                        (tmp_path / "missing", "is not a folder")):
        with pytest.raises(InputError, match=why):
            write_report(source, page)
    with pytest.raises(InputError, match="is a folder"):
        write_report(run, empty)
    assert not page.exists() and list(empty.iterdir()) == []
    result = cli("report", str(empty), "--out", str(page))
    assert result.returncode == 1 and not page.exists()
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    result = cli("report", str(run), "--out", str(page))
    assert result.returncode == 0 and page.is_file()
    assert result.stdout.startswith("report ")


def test_damaged_files_still_make_a_page(tmp_path: Path) -> None:
    """Files of the wrong shape (a hand edit, another version) leave their part out or show
    dashes; the page is still made."""
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "context.json").write_text(json.dumps({"model": "offline", "computer_dir": 7}), "utf-8")
    (run_dir / "summary.json").write_text(json.dumps({"turns": "many", "plan_changes": [1, None]}), "utf-8")
    (run_dir / "plan.json").write_text(json.dumps({"objectives": [{"milestones": [{"id": "M1", "due": 3}],
                                                                    "deliverables": "none"}, 5]}), "utf-8")
    (run_dir / "grade.json").write_text(json.dumps({"score": "high", "deliverables": [
        {"id": "D1", "score": "x", "criteria": [{"id": "C1", "weight": None, "agreement": "y"}]}, 3],
        "agreement": {"samples": 3, "fleiss_kappa": "z", "mean_agreement": None}}), "utf-8")
    (run_dir / "usage.json").write_text("[1, 2]", "utf-8")
    (run_dir / "trajectory.jsonl").write_text('{"key": "1", "type": "model_call", "answer": [1]}\nnot json\n',
                                              "utf-8")
    assert "Run run" in write_report(run_dir, tmp_path / "run.html").read_text("utf-8")
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "batch.json").write_text(json.dumps({"jobs": [{"key": "k", "score": "x", "run_dir": 5}],
                                                  "spec": [], "counts": None}), "utf-8")
    assert "Batch batch" in write_report(batch, tmp_path / "batch.html").read_text("utf-8")


@pytest.mark.parametrize("damage", ["truncated", "another shape"])
def test_a_damaged_record_is_said_so(tmp_path: Path, damage: str) -> None:
    """A damaged retro.json is said so on the run's page, with the command that remakes it
    (never 'no retrospective yet'); a damaged batch.json or experiment.json, the page's subject,
    is one error line and no page (never an empty batch or an experiment of 0 computers)."""
    def damaged(good: dict[str, Any]) -> str:
        text = json.dumps(good)
        return text[:len(text) // 2] if damage == "truncated" else json.dumps({"version": 1})

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "context.json").write_text(json.dumps({"model": "offline"}), "utf-8")
    (run_dir / "retro.json").write_text(damaged({"run_id": "run", "experience": [], "summary": "x" * 300}),
                                        "utf-8")
    html = write_report(run_dir, tmp_path / "run.html").read_text("utf-8")
    assert "The retrospective is damaged" in html and f"synthcomp retro {run_dir}" in html
    assert "no retrospective yet" not in html and "Judge <code>" not in html
    batch, experiment = tmp_path / "batch", tmp_path / "exp"
    for folder, name, good in ((batch, "batch.json", {"jobs": [{"key": "k"}] * 9}),
                               (experiment, "experiment.json", _experiment())):
        folder.mkdir()
        (folder / name).write_text(damaged(good), "utf-8")
        page = tmp_path / f"{folder.name}.html"
        with pytest.raises(InputError, match=f"{name} is damaged"):
            write_report(folder, page)
        result = cli("report", str(folder), "--out", str(page))
        assert result.returncode == 1 and result.stderr.startswith("error: "), result.stderr
        assert result.stderr.count("\n") == 1 and f"{name} is damaged" in result.stderr
        assert not page.exists()
