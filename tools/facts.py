"""What a tool costs the person using it and whether it changes the drive, declared where the
tool is defined (as tau2-bench tags its tools read or write), and read by the user agent.

Simulated minutes move the user's clock: reading is quick, writing a report takes an hour. A
tool whose effect is on the drive is replayed from the trajectory after a crash, never run
twice (a second move or delete would fail, a second append would double the text).
"""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.tools import BaseTool

DEFAULT_MINUTES = 2  # a tool that declares nothing (a user's own)
_MINUTES = "synthcomp_minutes"
_CHANGES_DRIVE = "synthcomp_changes_drive"


def facts(*, minutes: int, changes_drive: bool = False) -> Callable[[BaseTool], BaseTool]:
    """Declare a tool's simulated ``minutes`` and whether it ``changes_drive``."""

    def declare(made: BaseTool) -> BaseTool:
        made.metadata = {**(made.metadata or {}), _MINUTES: minutes, _CHANGES_DRIVE: changes_drive}
        return made

    return declare


def minutes_of(made: BaseTool) -> int:
    """The simulated minutes a call of the tool takes."""
    return int((made.metadata or {}).get(_MINUTES, DEFAULT_MINUTES))


def changes_drive(made: BaseTool) -> bool:
    """Whether the tool's effect is on the drive (and so is replayed, not rerun, on resume)."""
    return bool((made.metadata or {}).get(_CHANGES_DRIVE, False))
