"""The in-domain experiment: its statistics checked by hand, its split and pinned options, and
(slow) the whole protocol offline, killed and resumed."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from synthcomp.errors import InputError
from synthcomp.learn.experiment import check, curve_sizes, split
from synthcomp.learn.stats import outcome, paired
from synthcomp.schemas.experiment import ExperimentSpec

PERSONAS = [f"A worker number {n} at a hospital in Lyon." for n in range(12)]


def test_outcome_compares_trial_means() -> None:
    assert outcome([0.5, 0.7], [0.6, 0.6]) == "tie"
    assert outcome([0.5], [0.6]) == "win"
    assert outcome([0.6, 0.6], [0.5, 0.6]) == "loss"


def test_sign_test_is_exact_and_leaves_ties_out() -> None:
    # 9 wins, 1 loss, 2 ties: two-sided binomial p = 2 * (C(10,0) + C(10,1)) / 2**10.
    baseline = [[0.5]] * 12
    treated = [[0.6]] * 9 + [[0.4]] + [[0.5]] * 2
    result = paired(baseline, treated)
    assert (result.wins, result.ties, result.losses) == (9, 2, 1)
    assert result.sign_test_p == pytest.approx(2 * (1 + 10) / 2**10)
    assert result.win_rate == pytest.approx(9 / 12)


def test_paired_means_and_bootstrap_interval() -> None:
    baseline = [[0.5, 0.7], [0.4], [0.7], [0.3]]
    treated = [[0.7, 0.7], [0.5], [0.7], [0.2]]
    result = paired(baseline, treated, seed=3)
    diffs = [0.1, 0.1, 0.0, -0.1]
    assert result.baseline_mean == pytest.approx((0.6 + 0.4 + 0.7 + 0.3) / 4)
    assert result.diff == pytest.approx(sum(diffs) / 4)
    # A percentile interval of a mean lies within the sample's extremes and holds the mean.
    assert min(diffs) <= result.ci_low <= result.diff <= result.ci_high <= max(diffs)
    assert paired(baseline, treated, seed=3) == result  # seeded: the same interval again


def test_interval_of_identical_differences_is_the_point() -> None:
    result = paired([[0.5], [0.4]], [[0.6], [0.5]])
    assert result.ci_low == pytest.approx(0.1) and result.ci_high == pytest.approx(0.1)
    assert math.isclose(paired([[0.5]], [[0.5]]).sign_test_p, 1.0)


def test_paired_needs_matching_computers() -> None:
    with pytest.raises(ValueError):
        paired([[0.5]], [])


def _spec(tmp_path: Path, **kwargs: object) -> ExperimentSpec:
    return ExperimentSpec(out=str(tmp_path), personas=PERSONAS, **{"train": 6, "test": 4, **kwargs})


def test_split_is_seeded_and_disjoint(tmp_path: Path) -> None:
    train, test = split(_spec(tmp_path))
    assert len(train) == 6 and len(test) == 4 and not set(train) & set(test)
    assert set(train) | set(test) == set(PERSONAS[:10])  # the file's first train+test personas
    assert split(_spec(tmp_path)) == (train, test)
    assert split(_spec(tmp_path, seed=1)) != (train, test)


def test_curve_sizes(tmp_path: Path) -> None:
    assert curve_sizes(_spec(tmp_path)) == [2, 3, 6]
    assert curve_sizes(_spec(tmp_path, train=1, test=1)) == [1]
    assert curve_sizes(_spec(tmp_path, curve=[4])) == [4, 6]


def test_bad_specs_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="needs 20 personas; the file has 12"):
        check(_spec(tmp_path, train=10, test=10))
    with pytest.raises(InputError, match="--curve 7"):
        check(_spec(tmp_path, curve=[7]))


def test_another_spec_in_the_same_folder_is_refused(tmp_path: Path) -> None:
    from synthcomp.learn.experiment import _pinned

    _pinned(_spec(tmp_path))
    _pinned(_spec(tmp_path, workers=2))  # how it runs may change
    with pytest.raises(InputError, match="other options \\(trials differ\\)"):
        _pinned(_spec(tmp_path, trials=2))
    assert json.loads((tmp_path / "experiment-spec.json").read_text())["train"] == 6


def _held_out_runs_going(out: Path) -> bool:
    lengths = [len(p.read_bytes().splitlines())
               for p in (out / "test" / "computers").glob("*/runs/*/trajectory.jsonl")]
    return bool(lengths) and max(lengths) > 40


@pytest.mark.slow
def test_experiment_offline_end_to_end_killed_and_resumed(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "exp"
    command = [sys.executable, "-m", "synthcomp.cli", "experiment", "--personas", "bundled", "--train", "6",
               "--test", "4", "--trials", "2", "--curve", "3", "--days", "2", "--files", "20",
               "--workers", "2", "--concurrency", "2", "--out", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and process.poll() is None and not _held_out_runs_going(out):
        time.sleep(0.1)
    assert process.poll() is None, "the experiment ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)  # the driver and its workers, mid held-out phase
    process.wait()
    assert not (out / "experiment.json").exists()
    assert len(list((out / "train" / "computers").glob("*/runs/*/retro.json"))) == 6
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "held-out computers: mean rubric score" in rerun.stdout
    assert "learning curve" in rerun.stdout
    result = json.loads((out / "experiment.json").read_text())
    assert len(result["train"]) == 6 and len(result["test"]) == 4
    assert [p["train_n"] for p in result["learning_curve"]] == [3, 6]
    summary = result["summary"]
    assert summary["computers"] == 4 and summary["wins"] + summary["ties"] + summary["losses"] == 4
    assert summary["ci_low"] <= summary["diff"] <= summary["ci_high"]
    for row in result["per_computer"]:
        assert len(row["baseline"]) == 2 and len(row["skill_runs"]) == 2
        plan = (out / "test" / "computers" / row["computer"] / "meta" / "plan.json").read_bytes()
        import hashlib

        assert row["plan_sha256"] == hashlib.sha256(plan).hexdigest()  # the rubric every run met
    # The skills make the offline worker take figures from the file that holds them: the
    # held-out computers that had a skill score higher on average, none lower.
    assert summary["skill_mean"] > summary["baseline_mean"] and summary["losses"] == 0
    # Every run of the held-out phase, killed or not, finished once: no message sent twice.
    for trajectory in (out / "test" / "computers").glob("*/runs/*/trajectory.jsonl"):
        sent = [call["id"] for line in trajectory.read_text().splitlines()
                for call in (json.loads(line).get("answer") or {}).get("tool_calls", [])
                if call["name"] == "send_message"]
        assert len(sent) == len(set(sent)), trajectory
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and json.loads((out / "experiment.json").read_text()) == result


def test_an_output_that_holds_something_else_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    from synthcomp.api.experiment import run_experiment

    (tmp_path / "computer" / "drive").mkdir(parents=True)
    with pytest.raises(InputError, match="not empty and holds no experiment"):
        check(_spec(tmp_path / "computer"))
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        check(_spec(tmp_path / "file"))
    # An unknown backend is found before the experiment writes its spec or takes its lock.
    with pytest.raises(InputError, match="unknown backend"):
        run_experiment(_spec(tmp_path / "new", backend="gpu"))
    assert not (tmp_path / "new").exists()


def test_the_resolved_curve_is_pinned(tmp_path: Path) -> None:
    from synthcomp.learn.experiment import _pinned

    spec = check(_spec(tmp_path / "exp"))
    assert spec.curve == [2, 3, 6] and spec.personas == PERSONAS[:10]
    _pinned(spec)
    assert json.loads((tmp_path / "exp" / "experiment-spec.json").read_text())["curve"] == [2, 3, 6]
