"""Build one published row into a computer folder: the row is the computer, nothing regenerated.

Every file of ``file_list`` is put at its drive path (``DatasetComputer.files[].path``) with the
row's timestamp as its mtime. Office kinds with ``content_mode: generate`` are written by the
world builder graph in the row's dependency order, each seeing its sources (the graph passes
their excerpts), with the row's description as the brief (offline: the ``described`` genre; a
real model: the description is the file's purpose in its prompt). Other kinds, ``download``
files and kinds the writers do not know get a small valid stand-in (:mod:`standins`) that says
what it stands for; ``skip`` files are empty placeholders: the row lists them as part of the
computer (installers, system files) without content, and an empty file keeps the tree the row
describes while being plainly not the original.

The manifest's ``source`` keeps the mapping (path_map, volumes, per-file record, warnings,
notes); ``meta/dataset_row.json`` is the decoded row verbatim, the contract the planner (the
row's month) and export (the row back) read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

import synthcomp
from synthcomp.api.build import DEFAULT_CONCURRENCY, BuildProgress, run_world_builder, world_context
from synthcomp.atomic import atomic_folder, write_bytes, write_json
from synthcomp.checks.inputs import MIN_FILES
from synthcomp.computer import Computer
from synthcomp.dataset import adapt
from synthcomp.dataset.models import DatasetComputer, DatasetFile
from synthcomp.dataset.standins import office_kind, stand_in
from synthcomp.graphs.world_builder import WorldState
from synthcomp.ids import default_today
from synthcomp.models.context import WorldContext
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage, save_section
from synthcomp.schemas import FILE_KINDS
from synthcomp.schemas.world import ComputerManifest, DatasetSource, SourceFile, SourceWritten

ROW_FILE = "dataset_row.json"
GENRE = "described"  # the offline writer's genre for a file a row describes


def timestamp_of(value: str | None) -> datetime | None:
    """A row timestamp as an aware datetime; a naive one (all published rows) is read as UTC,
    so the mtime is the same on every machine. None when absent or not a timestamp."""
    if not value:
        return None
    try:
        stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _today(computer: DatasetComputer) -> str:
    for value in (computer.profile.current_timestamp,
                  max((f.timestamp or "" for f in computer.files), default="")):
        stamp = timestamp_of(value)
        if stamp is not None:
            return stamp.date().isoformat()
    return default_today(0)


def _title(path: str) -> str:
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or stem


def sources_of(computer: DatasetComputer) -> dict[str, list[str]]:
    """Each drive path's sources (the files it is built with in view), in the row's order."""
    position = {path: index for index, path in enumerate(computer.order)}
    sources: dict[str, list[str]] = {}
    for edge in computer.edges:
        sources.setdefault(edge.target, []).append(edge.source)
    return {path: sorted(set(found), key=lambda p: position.get(p, 0))
            for path, found in sources.items()}


def writes_itself(file: DatasetFile) -> bool:
    """Whether the world builder writes this file (an office kind whose content is generated)."""
    return file.content_mode == "generate" and file.path.rsplit(".", 1)[-1].lower() in FILE_KINDS \
        and office_kind(file.path) is not None


def plan_nodes(computer: DatasetComputer, today: str) -> list[dict[str, Any]]:
    """The world builder's file plan for the files it writes, in dependency order; a file's
    dependencies are its sources that are written too (a stand-in has no text to pass on)."""
    codes = adapt.project_codes(computer)
    by_path = {file.path: file for file in computer.files}
    written = {path for path in computer.order if writes_itself(by_path[path])}
    sources = sources_of(computer)
    nodes = []
    for path in computer.order:
        if path not in written:
            continue
        file = by_path[path]
        stamp = timestamp_of(file.timestamp)
        nodes.append({
            "path": path, "kind": path.rsplit(".", 1)[-1].lower(), "genre": GENRE,
            "title": _title(path),
            "purpose": file.description or f"A file the row names {file.original_path}.",
            "project": next((codes[p] for p in file.project_ids if p in codes), None),
            "depends_on": [source for source in sources.get(path, []) if source in written],
            "date": stamp.date().isoformat() if stamp else today,
        })
    return nodes


def folder_clashes(computer: DatasetComputer) -> tuple[set[str], list[str]]:
    """Files whose path is also a folder of another file's path: they cannot both exist."""
    folders = {"/".join(parts[:i]).casefold() for parts in (f.path.split("/") for f in computer.files)
               for i in range(1, len(parts))}
    clashes = {file.path for file in computer.files if file.path.casefold() in folders}
    return clashes, [f"file_list: {path!r} is also a folder of other files; file left out"
                     for path in sorted(clashes)]


def _write_stand_ins(computer: DatasetComputer, drive: Computer, skip: set[str]
                     ) -> list[SourceFile]:
    sources = sources_of(computer)
    records = []
    for file in computer.files:
        if file.path in skip:
            continue
        written: SourceWritten = "generated" if writes_itself(file) else \
            "placeholder" if file.content_mode == "skip" else "stand_in"
        records.append(SourceFile(path=file.path, original_path=file.original_path,
                                  timestamp=file.timestamp, content_mode=file.content_mode,
                                  written=written, download_hint=file.download_hint))
        if written == "generated":
            continue
        stamp = timestamp_of(file.timestamp) or datetime.now(UTC)
        data = b"" if written == "placeholder" else stand_in(file, sources.get(file.path, []), stamp)
        write_bytes(drive.resolve(file.path), data)
    return records


def _set_mtimes(computer: DatasetComputer, drive: Computer, skip: set[str]) -> list[str]:
    notes = []
    for file in computer.files:
        if file.path in skip:
            continue
        stamp = timestamp_of(file.timestamp)
        if stamp is None:
            notes.append(f"file_list[{file.index}].timestamp: {file.timestamp!r} is not a "
                         "timestamp; mtime left as written")
            continue
        os.utime(drive.resolve(file.path), (stamp.timestamp(), stamp.timestamp()))
    return notes


def _bare_manifest(computer: DatasetComputer, state: WorldState, context: WorldContext
                   ) -> dict[str, Any]:
    """The manifest when no file goes through the world builder (a row of stand-ins only)."""
    return ComputerManifest(
        computer_id=computer.computer_id, persona=computer.profile.persona, seed=context.seed,
        model=context.model_label, synthcomp_version=synthcomp.__version__,
        today=state["today"], user_profile=state["user_profile"],  # type: ignore[arg-type]
        filesystem_policy=state["filesystem_policy"],  # type: ignore[arg-type]
        file_list=[], file_graph=[], project_index={},
    ).model_dump(mode="json")


def materialize_dataset_computer(
    computer: DatasetComputer,
    out: str | Path,
    *,
    model: str = "offline",
    seed: int = 0,
    overwrite: bool = False,
    on_progress: BuildProgress | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    config: ModelConfig | None = None,
    usage: Usage | None = None,
    chat_model: BaseChatModel | None = None,
) -> Path:
    """Build the published row ``computer`` into the folder ``out`` (see the module docstring)
    and return it. The folder appears only when complete; an existing non-empty one is refused
    unless ``overwrite``. Raises SynthcompError (InputError, ModelError...) when it cannot."""
    profile, profile_notes = adapt.user_profile(computer)
    policy, policy_notes = adapt.filesystem_policy(computer)
    today = _today(computer)
    clashes, clash_warnings = folder_clashes(computer)
    kept = computer.model_copy(update={"files": [f for f in computer.files if f.path not in clashes],
                                       "order": [p for p in computer.order if p not in clashes]})
    nodes = plan_nodes(kept, today)
    state: WorldState = {"persona": computer.profile.persona, "computer_id": computer.computer_id,
                         "today": today, "user_profile": profile.model_dump(),
                         "filesystem_policy": policy.model_dump(), "file_plan": nodes,
                         # Only sizes a generated plan; the row's own is kept however small.
                         "target_files": max(len(nodes), MIN_FILES)}
    context = world_context(model, seed, chat_model, config, usage)
    total = len(kept.files)
    with atomic_folder(Path(out), overwrite) as scratch:
        drive = Computer(scratch)
        state["out_dir"] = str(scratch)
        drive.drive.mkdir(parents=True, exist_ok=True)
        records = _write_stand_ins(kept, drive, clashes)
        done = total - len(nodes)
        if on_progress:
            on_progress(done, total)
        progress: Callable[[int, int], None] | None = (
            (lambda written, _planned: on_progress(done + written, total)) if on_progress else None)
        if nodes:
            run_world_builder(state, context, progress, max_concurrency)
            manifest = json.loads(drive.manifest_path.read_text("utf-8"))
        else:
            manifest = _bare_manifest(computer, state, context)
        notes = _set_mtimes(kept, drive, clashes)
        source = DatasetSource(
            computer_id=computer.computer_id, os=computer.profile.os, home=computer.filesystem.home,
            path_map=computer.path_map,
            volumes={volume.name: volume.drive_folder for volume in computer.filesystem.volumes},
            files=records, warnings=[*computer.warnings, *clash_warnings],
            notes=[*computer.notes, *profile_notes, *policy_notes, *notes])
        manifest["source"] = source.model_dump(mode="json")
        # The row's own day is the computer's present, whatever the writer's default was.
        manifest["today"] = today
        write_json(drive.meta / ROW_FILE, computer.original)
        # Written last: the manifest's presence means the computer is complete.
        write_json(drive.manifest_path, manifest, sort_keys=True)
        save_section(drive.usage_path, "build", context.counts())
    return Path(out).absolute()

