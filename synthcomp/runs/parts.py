"""The parts a run's graph was built with (your own user agent or collaborator), saved in
context.json by reference, so that `resume` rebuilds the same graph.

A part given as ``"module:name"`` (a graph, compiled graph or node function at module level),
or a function defined at module level in an importable module, is saved as that reference and
found again by any later process (the CLI's `resume` included). Any other part (a lambda, a
function defined in a notebook or a script's ``__main__``, a graph object) is saved by name only:
its run resumes from Python, given the part again; resuming it without the part is refused,
never silently run with ours.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from typing import Any

from synthcomp.errors import InputError

ROLES = ("user_agent", "collaborator")


@dataclass(frozen=True)
class Parts:
    """A run's own parts: None means ours; a part may be given as ``"module:name"``."""

    user_agent: Any = None
    collaborator: Any = None

    def saved(self) -> dict[str, dict[str, str | None]]:
        """What context.json keeps of them: a name, and an import reference where there is one."""
        return {role: {"name": part if isinstance(part, str) else _name(part),
                       "import": part if isinstance(part, str) else reference(part)}
                for role, part in self.items() if part is not None}

    def graph_parts(self) -> dict[str, Any]:
        """The parts as build_simulation takes them: references imported, None left out."""
        return {role: load(part, f"the {role.replace('_', ' ')}") if isinstance(part, str) else part
                for role, part in self.items() if part is not None}

    def items(self) -> list[tuple[str, Any]]:
        """(role, part) for both roles."""
        return [(role, getattr(self, role)) for role in ROLES]

    def resumed(self, saved: dict[str, Any] | None) -> Parts:
        """These parts, with each one the run was made with and this call does not give taken
        from its reference; InputError if it has none."""
        found = dict(self.items())
        for role, entry in (saved or {}).items():
            if role not in ROLES or found[role] is not None:
                continue
            entry = entry if isinstance(entry, dict) else {}
            ref, name = entry.get("import"), entry.get("name") or "?"
            label = role.replace("_", " ")
            if not ref:
                raise InputError(f"this run was made with your own {label} {name!r}, which cannot "
                                 f"be imported by another process: resume it from Python with "
                                 f"resume(run_dir, {role}={name})")
            found[role] = str(ref)
        return Parts(**found)


def _name(part: Any) -> str:
    return str(getattr(part, "__name__", None) or getattr(part, "name", None)
               or type(part).__name__)


def reference(part: Any) -> str | None:
    """``module:name`` when another process can import ``part`` by it (a function or class
    defined at module level in an importable module), else None."""
    module = getattr(part, "__module__", None)
    name = getattr(part, "__qualname__", None)
    if not module or module == "__main__" or not name or "<" in name:
        return None
    loaded = sys.modules.get(module)
    return f"{module}:{name}" if loaded is not None and _resolve(loaded, name) is part else None


def _resolve(module: Any, dotted: str) -> Any:
    target = module
    for attr in dotted.split("."):
        target = getattr(target, attr, None)
        if target is None:
            return None
    return target


def load(ref: str, what: str = "the part") -> Any:
    """The object ``module:name`` names; InputError, naming ``what``, if it is not there."""
    module_name, _, dotted = ref.partition(":")
    if not module_name or not dotted:
        raise InputError(f"{what} {ref!r}: write it as module:name (e.g. mypkg.agents:my_agent)")
    if os.getcwd() not in sys.path:
        # As `python -m` does: a module beside the user is found from the console script too.
        sys.path.append(os.getcwd())
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise InputError(f"{what} {ref!r} does not import: {exc}") from exc
    found = _resolve(module, dotted)
    if found is None:
        raise InputError(f"{what} {ref!r}: module {module_name} has no {dotted}")
    return found
