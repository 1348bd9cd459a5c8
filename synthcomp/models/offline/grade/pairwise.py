"""Offline answer for PairwiseVerdict: the version that meets more of the rubric, not a reading.

The offline judge does not compare two documents as a reader would. It takes the criteria each
version met in its run's grade (the pairwise graph puts them in the inputs block for the offline
judge only) and prefers the version whose met criteria weigh more; equal weight is a tie. It
never looks at which version came first, so its two orders always agree.
"""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.chat import register


def _met(version: dict[str, Any], weights: dict[str, float]) -> tuple[float, list[str]]:
    met = [c for c in version.get("met") or [] if c in weights]
    return round(sum(weights[c] for c in met), 4), met


@register("PairwiseVerdict")
def pairwise(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """'first', 'second' or 'tie' by the weight of the rubric criteria each version met."""
    weights = {str(c.get("id")): float(c.get("weight") or 0) for c in inputs.get("criteria") or []}
    first, first_met = _met(inputs.get("first") or {}, weights)
    second, second_met = _met(inputs.get("second") or {}, weights)
    better = "first" if first > second else "second" if second > first else "tie"
    only_first = [c for c in first_met if c not in second_met]
    only_second = [c for c in second_met if c not in first_met]
    why = (f"The first version meets {len(first_met)} of {len(weights)} criteria ({first:.0%} by "
           f"weight), the second {len(second_met)} ({second:.0%})")
    if only_first:
        why += f"; only the first meets {', '.join(only_first[:6])}"
    if only_second:
        why += f"; only the second meets {', '.join(only_second[:6])}"
    return {"better": better, "rationale": why + "."}
