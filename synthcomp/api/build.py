"""Build a computer from a persona: the Python API behind `synthcomp build`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from synthcomp.atomic import atomic_folder
from synthcomp.checks.inputs import DEFAULT_TARGET_FILES, checked_target_files, validate_persona
from synthcomp.computer import Computer
from synthcomp.graphs.world_builder import WorldState, build_world_builder
from synthcomp.ids import computer_id_for
from synthcomp.models import parse_model_name
from synthcomp.models.context import WorldContext
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage, save_section

BuildProgress = Callable[[int, int], None]  # files written, files planned
DEFAULT_CONCURRENCY = 8


def run_world_builder(state: WorldState, context: WorldContext, on_progress: BuildProgress | None,
                      max_concurrency: int) -> dict[str, Any]:
    """Run the world builder on ``state``, reporting (files written, files planned)."""
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
    on_progress: BuildProgress | None = None,
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
    context = world_context(model, seed, chat_model, config, usage)
    with atomic_folder(target, overwrite) as scratch:
        state: WorldState = {"persona": text, "out_dir": str(scratch),
                             "target_files": target_files,
                             "computer_id": computer_id_for(text, seed)}
        if today:
            state["today"] = today
        run_world_builder(state, context, on_progress, max_concurrency)
        save_section(Computer(scratch).usage_path, "build", context.counts())
    return target.absolute()


def world_context(model: str, seed: int, chat_model: BaseChatModel | None,
                   config: ModelConfig | None, usage: Usage | None) -> WorldContext:
    """The world builder's context. ``usage``, when given, is the caller's: a build that fails
    leaves no folder to save its counts in, so the caller can still tell what its calls spent."""
    return WorldContext(model=model, seed=seed, chat_model=chat_model, role="world",
                        config=config or ModelConfig(), usage=usage)
