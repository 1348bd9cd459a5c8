"""The run context Studio's form edits: which model and which seed (defaults: offline, 0).

The real graphs' contexts carry live objects (a loaded chat model) that have no JSON schema;
this one has only plain fields, so the server can draw a form for it and coerce a dict to it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synthcomp.errors import InputError

STUDIO_DIR_ENV = "SYNTHCOMP_STUDIO_DIR"
DEFAULT_STUDIO_DIR = "studio-output"


@dataclass
class StudioContext:
    """Context of a Studio run: ``model`` ('offline' or provider:model) and ``seed``; the
    collaborators' and the judge's models (None: ``model``)."""

    model: str = "offline"
    seed: int = 0
    collaborator_model: str | None = None
    judge_model: str | None = None


def studio_context(runtime: Any) -> StudioContext:
    """The run's StudioContext, or the defaults when the run gave none."""
    context = getattr(runtime, "context", None)
    if isinstance(context, StudioContext):
        return context
    if isinstance(context, dict):
        known = {k: v for k, v in context.items() if k in StudioContext.__dataclass_fields__}
        return StudioContext(**known)
    return StudioContext()


def studio_dir() -> Path:
    """Where Studio runs put the computers they build: $SYNTHCOMP_STUDIO_DIR, else
    ./studio-output under the server's working directory."""
    return Path(os.environ.get(STUDIO_DIR_ENV) or DEFAULT_STUDIO_DIR).absolute()


def inside_studio(folder: str | Path) -> Path:
    """``folder`` from a Studio form, as a path under the Studio folder (a relative one is taken
    there); InputError when it leads outside, links included: Studio's graphs write and replace
    only there, whatever a request asks (a page that reaches the server must not name the
    user's other folders)."""
    root = studio_dir().resolve()
    path = Path(folder).expanduser()
    resolved = (path if path.is_absolute() else root / path).resolve()
    if resolved != root and root not in resolved.parents:
        raise InputError(f"{folder} is outside the Studio folder {root}: Studio works only there "
                         f"(start the server with {STUDIO_DIR_ENV} set to use another folder)")
    return resolved
