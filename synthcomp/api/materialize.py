"""Materialize a computer from a manifest row: the Python API behind `synthcomp materialize`.
What the row gives is kept, what it lacks is generated.

Rows of the published dataset (microsoft/synthetic-computers-at-scale) are not manifest rows:
``synthcomp.dataset.detect.is_published`` tells them apart, ``synthcomp.dataset.load_computers``
reads them and ``synthcomp.dataset.build.materialize_dataset_computer`` builds each one as it is."""

from __future__ import annotations

import json
import logging
import posixpath
import re
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError

from synthcomp.api.build import DEFAULT_CONCURRENCY, BuildProgress, run_world_builder, world_context
from synthcomp.atomic import atomic_folder
from synthcomp.checks.inputs import MIN_FILES, check_computer_id, checked_date, validate_persona
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.graphs.world_builder import WorldState
from synthcomp.ids import computer_id_for
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage, save_section
from synthcomp.schemas import FileNode, FilePlan, FilesystemPolicy, UserProfile

log = logging.getLogger("synthcomp.materialize")


def drive_path(path: str) -> str:
    """A row's file path in one spelling: ``f1.md``, ``./f1.md`` and ``//f1.md`` are one file (a
    row's paths are relative to the drive root, so leading slashes say nothing more)."""
    cleaned = posixpath.normpath(path.lstrip("/")) if path.strip("/") else path
    return "" if cleaned == "." else cleaned


def _field_error(field: str, exc: ValidationError) -> InputError:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in (field, *first["loc"]))
    return InputError(f"{where}: {first['msg'].removeprefix('Value error, ')}")


def check_row(row: Any) -> None:
    """InputError naming the field of a dataset row whose value cannot be used (a wrong type, a
    seed that is not a number, a file_graph edge that is not a pair of paths...)."""
    if not isinstance(row, dict):
        raise InputError(f"a row must be a JSON object, not {type(row).__name__}")
    if not isinstance(row.get("persona"), str):
        raise InputError("persona: needs text describing a person")
    seed = row.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int | str)
                             or not re.fullmatch(r"\s*-?\d+\s*", str(seed))):
        raise InputError(f"seed: {seed!r} is not a whole number")
    for key in ("computer_id", "today"):
        if row.get(key) is not None and not isinstance(row[key], str):
            raise InputError(f"{key}: {row[key]!r} is not text")
    if row.get("today"):
        checked_date(row["today"], "today:")
    files = row.get("file_list")
    if files is not None and not isinstance(files, list):
        raise InputError(f"file_list: must be a list of paths or file objects, not "
                         f"{type(files).__name__}")
    for index, entry in enumerate(files or []):
        where = f"file_list[{index}]"
        if isinstance(entry, dict):
            path, deps = entry.get("path"), entry.get("depends_on")
            if deps is not None and not (isinstance(deps, list)
                                         and all(isinstance(d, str) for d in deps)):
                raise InputError(f"{where}.depends_on: must be a list of paths")
        else:
            path = entry
        if not isinstance(path, str) or not drive_path(path):
            raise InputError(f"{where}: needs a path (text), not {path!r}")
    graph = row.get("file_graph")
    if graph is not None and not isinstance(graph, list):
        raise InputError(f"file_graph: must be a list of pairs of paths (source, dependent), not "
                         f"{type(graph).__name__}")
    for index, edge in enumerate(graph or []):
        if not (isinstance(edge, list) and len(edge) == 2 and all(isinstance(e, str) for e in edge)):
            raise InputError(f"file_graph[{index}]: {edge!r} is not a pair of paths (source, "
                             "dependent)")


def _plan_from_row(row: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The file plan a manifest row describes, if it describes one we can rebuild."""
    files = row.get("file_list")
    if not isinstance(files, list) or not files:
        return None
    nodes: dict[str, dict[str, Any]] = {}
    aliases = 0
    for entry in files:
        entry = {"path": entry} if isinstance(entry, str) else dict(entry)
        path = drive_path(str(entry.get("path", "")))
        if path in nodes:
            aliases += 1
            continue
        kind = path.rsplit(".", 1)[-1].lower()
        nodes[path] = {
            "path": path, "kind": entry.get("kind", kind),
            "genre": entry.get("genre") or entry.get("type") or kind,
            "title": entry.get("title") or Path(path).stem,
            "purpose": entry.get("purpose") or entry.get("summary") or "",
            "project": entry.get("project"),
            "depends_on": list(dict.fromkeys(drive_path(d) for d in entry.get("depends_on") or [])),
            "date": entry.get("date") or row.get("today") or "2026-03-02",
        }
        if entry.get("version_of"):  # a draft, copy or download is rebuilt from its original
            nodes[path]["version_of"] = drive_path(str(entry["version_of"]))
            nodes[path]["version_type"] = entry.get("version_type")
    if aliases:
        log.warning("file_list names %d file%s twice (paths such as 'f.md', './f.md' and '//f.md' "
                    "are one file): kept the first of each, %d files", aliases,
                    "" if aliases == 1 else "s", len(nodes))
    for source, dependent in row.get("file_graph") or []:
        node = nodes.get(drive_path(dependent))
        if node is not None and drive_path(source) not in node["depends_on"]:
            node["depends_on"].append(drive_path(source))
    checked = []
    for index, node in enumerate(nodes.values()):
        try:
            checked.append(FileNode.model_validate(node))
        except ValidationError as exc:
            raise _field_error(f"file_list[{index}]", exc) from exc
    try:
        FilePlan(files=checked)
    except ValidationError as exc:
        raise InputError(f"file_list of the row is not a valid plan: {exc.errors()[0]['msg']}"
                         ) from exc
    return list(nodes.values())


def _json_line(file: Path, number: int, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = number or exc.lineno
        raise InputError(f"{file}:{where}: not valid JSON ({exc.msg})") from exc
    except RecursionError as exc:
        line = f":{number}" if number else ""
        raise InputError(f"{file}{line}: JSON nested too deeply to read") from exc


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """Manifest rows from a .json file (one row or a list) or a .jsonl file; InputError naming
    the file, the row and the field of the first one that cannot be used, or if there is none."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"file not found: {file}")
    data = file.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = data[:exc.start].count(b"\n") + 1
        raise InputError(f"{file}:{at}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from exc
    if file.suffix == ".jsonl":
        numbered = [(number, _json_line(file, number, line))
                    for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    else:
        loaded = _json_line(file, 0, text)
        numbered = list(enumerate(loaded if isinstance(loaded, list) else [loaded], start=1))
    if not numbered:
        raise InputError(f"{file}: no rows, nothing to materialize")
    for number, row in numbered:
        where = f"line {number}" if file.suffix == ".jsonl" else f"row {number}"
        try:
            check_row(row)
        except InputError as exc:
            raise InputError(f"{file} {where}: {exc}") from exc
    return [row for _, row in numbered]


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
    check_row(row)
    text = validate_persona(row["persona"])
    parse_model_name(model)
    run_seed = int(row.get("seed") or 0) if seed is None else seed
    computer_id = check_computer_id(str(row.get("computer_id") or computer_id_for(text, run_seed)))
    state: WorldState = {"persona": text, "computer_id": computer_id}
    for key, schema in (("user_profile", UserProfile), ("filesystem_policy", FilesystemPolicy)):
        value = row.get(key)
        if not isinstance(value, dict):
            continue
        try:
            state[key] = schema.model_validate(value).model_dump()  # type: ignore[literal-required]
        except ValidationError as exc:
            if key == "filesystem_policy" and row.get("file_list"):
                # Regenerating the policy would silently drop the row's own file list.
                raise _field_error(key, exc) from exc
            # A field shaped by another dataset is regenerated from the persona.
            log.warning("%s; regenerated from the persona", _field_error(key, exc))
    if row.get("file_list") and "filesystem_policy" not in state:
        log.warning("the row's file_list is not used: it has no filesystem_policy to place it in, "
                    "so the files are generated from the persona")
    if row.get("today"):
        state["today"] = str(row["today"])
    plan = _plan_from_row(row) if "filesystem_policy" in state else None
    if plan:
        state["file_plan"] = plan
        # The row's files are kept as they are, however few (real computers can be small); the
        # target only sizes a generated plan, so a small row is not held to a generated minimum.
        state["target_files"] = max(len(plan), MIN_FILES)
    context = world_context(model, run_seed, chat_model, config, usage)
    with atomic_folder(Path(out), overwrite) as scratch:
        state["out_dir"] = str(scratch)
        run_world_builder(state, context, on_progress, max_concurrency)
        save_section(Computer(scratch).usage_path, "build", context.counts())
    return Path(out).absolute()
