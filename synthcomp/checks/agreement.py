"""Repeated judging (grade --samples K): the majority of K verdicts per criterion, and how far
the samples agree over a run.

A criterion's verdict is the majority of its K samples; an even split is a tie, and a tie fails
(the judge did not find that the document clearly meets it). Its agreement is the share of
samples on the majority's side (0.5 for a tie). Over the run: the mean of those shares, the
criteria on which every sample agreed, and Fleiss' kappa, the usual chance-corrected agreement
of a fixed number of raters (here the K samples) putting items (the judged criteria) in
categories (pass, fail): 1 when every criterion is unanimous, 0 when the samples agree no more
than independent draws at the run's pass rate would. Criteria decided once (by strings, or
failed for a missing or unreadable file) are left out of the run's figures: their agreement is 1
by construction and would only inflate them.
"""

from __future__ import annotations

from collections.abc import Sequence

from synthcomp.checks.rubric import EVIDENCE_CHARS
from synthcomp.schemas.grade import Agreement, CriterionGrade


def majority(samples: Sequence[CriterionGrade]) -> CriterionGrade:
    """One criterion's K judged samples as one grade: the majority verdict (a tie fails), the
    samples' verdicts, their agreement, and the rationale of the first sample on the verdict's
    side."""
    votes = [s.passed for s in samples]
    passes = sum(votes)
    passed = passes * 2 > len(votes)
    tie = passes * 2 == len(votes)
    agreeing = max(passes, len(votes) - passes)
    reason = next(s for s in samples if s.passed == passed).evidence
    count = (f"{passes}/{len(votes)} samples passed it: a tie fails" if tie
             else f"{agreeing}/{len(votes)} samples {'passed' if passed else 'failed'} it")
    return samples[0].model_copy(update={
        "passed": passed, "samples": votes, "agreement": round(agreeing / len(votes), 4),
        "evidence": f"{count}. {reason}"[:EVIDENCE_CHARS]})


def fleiss_kappa(votes: Sequence[Sequence[bool]]) -> float | None:
    """Fleiss' kappa of pass/fail votes, one row per item with the same number of raters in
    each (at least two); None when it is undefined (no items, or every vote the same)."""
    if not votes or len(votes[0]) < 2:
        return None
    raters, items = len(votes[0]), len(votes)
    # Observed: per item, the share of rater pairs that agree; expected: from the pass rate.
    observed = sum((p * (p - 1) + (raters - p) * (raters - p - 1))
                   / (raters * (raters - 1)) for p in map(sum, votes)) / items
    rate = sum(map(sum, votes)) / (raters * items)
    expected = rate ** 2 + (1 - rate) ** 2
    if expected >= 1:
        return None
    return round((observed - expected) / (1 - expected), 4)


def run_agreement(criteria: Sequence[CriterionGrade], samples: int) -> Agreement:
    """The run's agreement over its judged criteria (those that carry samples)."""
    judged = [c for c in criteria if c.samples]
    votes = [c.samples or [] for c in judged]
    shares = [c.agreement or 0.0 for c in judged]
    kappa = fleiss_kappa(votes)
    note = (f"each judged criterion decided {samples} times, the majority kept (a tie fails); "
            f"{len(criteria) - len(judged)} criteria checked by strings or with no file are "
            "decided once (agreement 1 by construction) and left out")
    if judged and kappa is None:
        note += "; kappa is undefined: every sample gave every criterion the same verdict"
    return Agreement(
        samples=samples, judged_criteria=len(judged), not_rejudged=len(criteria) - len(judged),
        mean_agreement=round(sum(shares) / len(shares), 4) if shares else None,
        unanimous=sum(1 for v in votes if len(set(v)) == 1),
        ties=sum(1 for v in votes if sum(v) * 2 == len(v)), fleiss_kappa=kappa, note=note)
