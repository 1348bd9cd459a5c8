"""The statistics of a paired comparison: per-computer outcomes, a paired bootstrap interval of the
mean difference and an exact sign test (scipy.stats), as the experiment reports them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Literal

import numpy as np
from scipy import stats

Outcome = Literal["win", "tie", "loss"]
TIE = 1e-9  # score differences below this are ties (scores are sums of rubric weights)
RESAMPLES = 10_000
LEVEL = 0.95


def outcome(baseline: Sequence[float], treated: Sequence[float]) -> Outcome:
    """The treated condition against the baseline on one computer, by their mean scores over
    trials."""
    diff = fmean(treated) - fmean(baseline)
    return "win" if diff > TIE else "loss" if diff < -TIE else "tie"


@dataclass(frozen=True)
class Paired:
    """A paired comparison over computers: means, the mean difference with its bootstrap
    interval, wins, ties and losses, and the sign test's two-sided p-value."""

    n: int
    baseline_mean: float
    treated_mean: float
    diff: float
    ci_low: float
    ci_high: float
    wins: int
    ties: int
    losses: int
    sign_test_p: float
    ci_level: float = LEVEL

    @property
    def win_rate(self) -> float:
        """Share of computers where the treated condition scored higher (ties count as not)."""
        return self.wins / self.n if self.n else 0.0


def paired(baseline: Sequence[Sequence[float]], treated: Sequence[Sequence[float]], *,
           seed: int = 0, resamples: int = RESAMPLES, level: float = LEVEL) -> Paired:
    """Compare two conditions over the same computers: ``baseline[i]`` and ``treated[i]`` are
    computer i's scores over its trials. Each computer is one paired observation (its trials'
    mean), so trials narrow each computer's noise without counting as independent computers.
    The interval is a percentile bootstrap over computers (seeded: the same inputs give the same
    interval); the sign test is exact, ties left out, as is usual."""
    if len(baseline) != len(treated) or not baseline:
        raise ValueError("paired needs the same, non-zero number of computers in both conditions")
    means_a = np.array([fmean(scores) for scores in baseline])
    means_b = np.array([fmean(scores) for scores in treated])
    diffs = means_b - means_a
    outcomes = [outcome(a, b) for a, b in zip(baseline, treated, strict=True)]
    wins, losses = outcomes.count("win"), outcomes.count("loss")
    low, high = _interval(diffs, seed=seed, resamples=resamples, level=level)
    decided = wins + losses
    p = float(stats.binomtest(wins, decided, 0.5).pvalue) if decided else 1.0
    return Paired(n=len(diffs), baseline_mean=_shown(means_a.mean()), treated_mean=_shown(means_b.mean()),
                  diff=_shown(diffs.mean()), ci_low=_shown(low), ci_high=_shown(high), wins=wins,
                  ties=outcomes.count("tie"), losses=losses, sign_test_p=_shown(p), ci_level=level)


def mean(values: Sequence[float]) -> float:
    """The mean of ``values`` as the experiment reports it (see _shown)."""
    return _shown(fmean(values))


def _shown(value: float) -> float:
    """``value`` to 9 decimals: rubric scores are sums of weights, and float noise
    (0.41695000000000004) is not a finding."""
    return round(float(value), 9)


def _interval(diffs: np.ndarray, *, seed: int, resamples: int, level: float) -> tuple[float, float]:
    """The percentile bootstrap interval of the mean of ``diffs``. With one computer, or every
    difference the same, there is nothing to resample: the interval is the point."""
    if len(diffs) < 2 or np.ptp(diffs) == 0:
        point = float(diffs.mean())
        return point, point
    result = stats.bootstrap((diffs,), np.mean, n_resamples=resamples, confidence_level=level,
                             method="percentile", rng=np.random.default_rng(seed))
    return float(result.confidence_interval.low), float(result.confidence_interval.high)
