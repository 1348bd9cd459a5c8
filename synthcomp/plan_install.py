"""Putting a month's plan in place: meta/plan.json and meta/collaborators/ change together, or not
at all, even when the process is killed between any two steps.

They are two paths, so no one rename replaces both. The new plan is written into the finished
collaborators folder first (as PENDING_PLAN); that folder is swapped in (the old one moved aside
as ``.collaborators.old-<pid>`` and removed after); then one rename moves the pending plan over
plan.json. What a kill leaves behind says how far it got, and `settle` finishes or undoes it:
a pending plan in the new folder is moved into place (forward); an old folder with no folder in
its place is put back (back: plan.json was never touched).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from synthcomp.atomic import alive_pid, swap_in, write_json
from synthcomp.computer import Computer

PENDING_PLAN = ".plan.json"  # inside the new collaborators folder until plan.json is replaced


def install(computer: Computer, scratch: Path, plan: dict[str, Any]) -> None:
    """Make ``scratch`` the computer's collaborators folder and ``plan`` its plan.json, as one
    change (see the module docstring)."""
    write_json(scratch / PENDING_PLAN, plan, sort_keys=True)
    swap_in(scratch, computer.collaborators)
    os.replace(computer.collaborators / PENDING_PLAN, computer.plan_path)


def settle(computer: Computer) -> None:
    """Finish or undo a plan installation a killed process left halfway (no-op otherwise)."""
    pending = computer.collaborators / PENDING_PLAN
    if pending.is_file():
        os.replace(pending, computer.plan_path)
    for old in computer.meta.glob(f".{computer.collaborators.name}.old-*"):
        pid = old.name.rpartition("-")[2]
        if not pid.isdigit() or alive_pid(int(pid)):
            continue  # another process is installing a plan right now
        if computer.collaborators.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(old, computer.collaborators)
