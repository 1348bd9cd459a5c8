"""Build a computer from a persona, or materialize one from a manifest row: the Python API."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError

from synthcomp.errors import InputError
from synthcomp.graphs.world_builder import (
    DEFAULT_TARGET_FILES,
    WorldContext,
    WorldState,
    build_world_builder,
    computer_id_for,
)
from synthcomp.inputs import checked_target_files
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage, save_section
from synthcomp.outdir import atomic_folder
from synthcomp.personas import validate_persona
from synthcomp.runs import USAGE_FILE
from synthcomp.schemas import FileNode, FilePlan, FilesystemPolicy, UserProfile

Progress = Callable[[int, int], None]
DEFAULT_CONCURRENCY = 8
# A computer id becomes a folder name: nothing that could leave the output folder.
COMPUTER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def _run(state: WorldState, context: WorldContext, on_progress: Progress | None,
         max_concurrency: int) -> dict[str, Any]:
    graph = build_world_builder().compile()
    total, done = 0, 0
    final: dict[str, Any] = {}
    for chunk in graph.stream(state, context=context, stream_mode="updates",
                              config={"max_concurrency": max_concurrency}):
        for node, update in chunk.items():
            if node == "file_plan" and update:
                total = len(update["file_plan"])
            elif node == "write_file":
                done += 1
            elif node == "manifest":
                final = dict(update)
            if on_progress and total:
                on_progress(done, total)
    return final


def build_computer(
    persona: str,
    out: str | Path,
    *,
    seed: int = 0,
    model: str = "offline",
    chat_model: BaseChatModel | None = None,
    target_files: int = DEFAULT_TARGET_FILES,
    today: str | None = None,
    overwrite: bool = False,
    on_progress: Progress | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    config: ModelConfig | None = None,
    usage: Usage | None = None,
) -> Path:
    """Build one synthetic computer for ``persona`` into the folder ``out`` and return it.

    The folder appears only when the build is complete (manifest included); an existing
    non-empty folder is refused unless ``overwrite``. ``config`` says how the model is reached;
    the calls' usage is saved in meta/usage.json under "build".
    """
    text = validate_persona(persona)
    parse_model_name(model)
    target_files = checked_target_files(target_files)
    target = Path(out)
    context = _world_context(model, seed, chat_model, config, usage)
    with atomic_folder(target, overwrite) as scratch:
        state: WorldState = {"persona": text, "out_dir": str(scratch),
                             "target_files": target_files,
                             "computer_id": computer_id_for(text, seed)}
        if today:
            state["today"] = today
        _run(state, context, on_progress, max_concurrency)
        save_section(Path(scratch) / "meta" / USAGE_FILE, "build", context.counts())
    return target.absolute()


def _world_context(model: str, seed: int, chat_model: BaseChatModel | None,
                   config: ModelConfig | None, usage: Usage | None) -> WorldContext:
    # ``usage``, when given, is the caller's: a build that fails leaves no folder to save its
    # counts in, so the caller can still tell what its calls spent.
    return WorldContext(model=model, seed=seed, chat_model=chat_model, role="world",
                        config=config or ModelConfig(), usage=usage)


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
    on_progress: Progress | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    config: ModelConfig | None = None,
    usage: Usage | None = None,
) -> Path:
    """Rebuild a computer from a dataset row (persona, user_profile, filesystem_policy,
    file_list, file_graph...): what the row gives is kept, what it lacks is generated."""
    text = validate_persona(str(row.get("persona", "")))
    parse_model_name(model)
    run_seed = int(row.get("seed", 0) if seed is None else seed)
    computer_id = str(row.get("computer_id") or computer_id_for(text, run_seed))
    if not COMPUTER_ID.fullmatch(computer_id):
        raise InputError(f"computer_id {computer_id!r} must be letters, digits, '-', '_' or '.'")
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
    context = _world_context(model, run_seed, chat_model, config, usage)
    with atomic_folder(Path(out), overwrite) as scratch:
        state["out_dir"] = str(scratch)
        _run(state, context, on_progress, max_concurrency)
        save_section(Path(scratch) / "meta" / USAGE_FILE, "build", context.counts())
    return Path(out).absolute()
