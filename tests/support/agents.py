"""User agents of our own, at module level so a run can save them by reference."""

from __future__ import annotations

from typing import Any

INTERRUPT_ON_DAY: list[int] = []  # a test sets the day on which the agent is interrupted


def count_turn(state: dict[str, Any], runtime: Any) -> dict[str, Any]:
    """One turn a day, and nothing else: the smallest agent the runner accepts."""
    if INTERRUPT_ON_DAY and state.get("day") == INTERRUPT_ON_DAY[0]:
        INTERRUPT_ON_DAY.clear()
        raise KeyboardInterrupt
    return {"turn": state["turn"] + 1}
