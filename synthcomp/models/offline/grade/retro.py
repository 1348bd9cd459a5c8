"""Offline answer for RetroJudgment: the mechanical findings restated, not a reading of the run.

A retrospective made with the offline model in-process never asks for a judgment (the mechanical
one is the whole of it). The offline model served over HTTP (`synthcomp serve-model`, named
openai:offline) is asked like any model: it answers from the digest's inputs block, keeping the
mechanical experience items with their evidence and a summary built from the run's own figures,
and adds nothing it did not read there.
"""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.chat import register


@register("RetroJudgment")
def retro_judgment(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """The digest's mechanical experience items, and a summary of the run from its figures."""
    run = inputs.get("run") or {}
    deliverables = inputs.get("deliverables") or []
    score = run.get("score")
    shown = f"{float(score):.0%}" if isinstance(score, int | float) else "ungraded"
    summary = (f"{run.get('user', 'The user')} ({run.get('occupation', '')}) worked "
               f"{run.get('days', 0)} day(s) and {run.get('turns', 0)} turns; the run scored {shown} "
               f"over {len(deliverables)} deliverables. This reading restates the mechanical "
               "findings (the offline judge reads no document).")
    return {"summary": summary, "deliverables": [], "failure_modes": [],
            "experience": list(inputs.get("mechanical_items") or [])}
