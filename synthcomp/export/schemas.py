"""The tool schemas a run's models were sent, kept with the run (``runs/<id>/tools.json``).

A trajectory holds what the model saw and answered, but not the tool schemas that came with
every request; a trainer needs them as the provider received them. The user agent's node
writes them at its first call of each process: ``{"user": [...]}``, each entry the wire form
langchain-openai sends (``convert_to_openai_tool`` of each bound tool, in the order bound). The
file is the same bytes every time (roles sorted, the schemas in their own key order), so a
resumed run rewrites nothing and two runs of one toolset hold the same file. Collaborators
answer through a structured schema, not tools: they have no entry.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from synthcomp.atomic import write_bytes

TOOLS_FILE = "tools.json"

_saved: set[tuple[str, str]] = set()  # (run folder, role) written by this process
_lock = threading.Lock()


def tools_bytes(schemas: Mapping[str, Sequence[dict[str, Any]]]) -> bytes:
    """The file's bytes for ``schemas`` (role -> wire-form tools): roles sorted, schemas as they
    are (their key order is the provider's)."""
    ordered = {role: list(schemas[role]) for role in sorted(schemas)}
    return (json.dumps(ordered, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def save_tool_schemas(run_dir: str | Path, role: str, tools: Sequence[dict[str, Any]]) -> None:
    """Keep ``tools`` (wire form) as ``role``'s schemas in the run's tools.json, once per run,
    role and process; the file is rewritten only when what it holds differs."""
    key = (str(run_dir), role)
    if key in _saved:
        return
    with _lock:
        path = Path(run_dir) / TOOLS_FILE
        schemas = read_tool_schemas(path) or {}
        if schemas.get(role) != list(tools):
            schemas[role] = list(tools)
            write_bytes(path, tools_bytes(schemas))
        _saved.add(key)


def read_tool_schemas(path: Path) -> dict[str, list[dict[str, Any]]] | None:
    """The roles' schemas in a tools.json, or None when it is absent or not one."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        return None
    return data
