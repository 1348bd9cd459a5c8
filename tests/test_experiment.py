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
