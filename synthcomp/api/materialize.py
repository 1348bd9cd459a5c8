"""Materialize a computer from a dataset row: the Python API behind `synthcomp materialize`.
What the row gives is kept, what it lacks is generated."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError

from synthcomp.api.build import DEFAULT_CONCURRENCY, BuildProgress, run_world_builder, world_context
from synthcomp.atomic import atomic_folder
from synthcomp.checks.inputs import check_computer_id, validate_persona
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.graphs.world_builder import WorldState
from synthcomp.ids import computer_id_for
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage, save_section
from synthcomp.schemas import FileNode, FilePlan, FilesystemPolicy, UserProfile


def _plan_from_row(row: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The file plan a manifest row describes, if it describes one we can rebuild."""
    files = row.get("file_list")
    if not isinstance(files, list) or not files:
        return None
    nodes = []
    for entry in files:
        entry = {"path": entry} if isinstance(entry, str) else dict(entry)
        path = str(entry.get("path", ""))
        kind = path.rsplit(".", 1)[-1].lower()
        nodes.append({
            "path": path, "kind": entry.get("kind", kind),
            "genre": entry.get("genre") or entry.get("type") or kind,
            "title": entry.get("title") or Path(path).stem,
            "purpose": entry.get("purpose") or entry.get("summary") or "",
            "project": entry.get("project"),
            "depends_on": list(entry.get("depends_on") or []),
            "date": entry.get("date") or row.get("today") or "2026-03-02",
        })
    for source, dependent in row.get("file_graph") or []:
        for node in nodes:
            if node["path"] == dependent and source not in node["depends_on"]:
                node["depends_on"].append(source)
    try:
        FilePlan(files=[FileNode.model_validate(n) for n in nodes])
    except ValidationError as exc:
        raise InputError(f"file_list of the row is not a valid plan: {exc.errors()[0]['msg']}"
                         ) from exc
    return nodes


def _json_line(file: Path, number: int, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = number or exc.lineno
        raise InputError(f"{file}:{where}: not valid JSON ({exc.msg})") from exc


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """Manifest rows from a .json file (one row or a list) or a .jsonl file."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"file not found: {file}")
    text = file.read_text(encoding="utf-8")
    if file.suffix == ".jsonl":
        rows = [_json_line(file, number, line)
                for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    else:
        loaded = _json_line(file, 0, text)
        rows = loaded if isinstance(loaded, list) else [loaded]
    if not all(isinstance(row, dict) and "persona" in row for row in rows):
        raise InputError(f"{file}: every row needs at least a 'persona' field")
    return rows


def materialize_computer(
    row: dict[str, Any],
    out: str | Path,
    *,
    seed: int | None = None,
    model: str = "offline",
    chat_model: BaseChatModel | None = None,
    overwrite: bool = False,
    on_progress: BuildProgress | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    config: ModelConfig | None = None,
    usage: Usage | None = None,
) -> Path:
    """Rebuild a computer from a dataset row (persona, user_profile, filesystem_policy,
    file_list, file_graph...): what the row gives is kept, what it lacks is generated."""
    text = validate_persona(str(row.get("persona", "")))
    parse_model_name(model)
    run_seed = int(row.get("seed", 0) if seed is None else seed)
    computer_id = check_computer_id(str(row.get("computer_id") or computer_id_for(text, run_seed)))
    state: WorldState = {"persona": text, "computer_id": computer_id}
    for key, schema in (("user_profile", UserProfile), ("filesystem_policy", FilesystemPolicy)):
        value = row.get(key)
        if isinstance(value, dict):
            # A free-form field from another dataset is regenerated from the persona.
            with contextlib.suppress(ValidationError):
                state[key] = schema.model_validate(value).model_dump()  # type: ignore[literal-required]
    if row.get("today"):
        state["today"] = str(row["today"])
    plan = _plan_from_row(row) if "filesystem_policy" in state else None
    if plan:
        state["file_plan"] = plan
        state["target_files"] = len(plan)
    context = world_context(model, run_seed, chat_model, config, usage)
    with atomic_folder(Path(out), overwrite) as scratch:
        state["out_dir"] = str(scratch)
        run_world_builder(state, context, on_progress, max_concurrency)
        save_section(Computer(scratch).usage_path, "build", context.counts())
    return Path(out).absolute()
