"""A run's retrospective: the Python API behind `synthcomp retro`."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models import BaseChatModel

from synthcomp.api.grade import grade_is_current, grade_run, load_grade
from synthcomp.atomic import write_text
from synthcomp.errors import InputError
from synthcomp.learn.retro import OFFLINE, mechanical_retro
from synthcomp.learn.retro_facts import RunFacts, read_events
from synthcomp.learn.retro_markdown import to_markdown
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ModelConfig
from synthcomp.runs.folder import load_context, run_lock
from synthcomp.schemas.retro import Retrospective

RETRO_FILE = "retro.json"
RETRO_MARKDOWN = "retro.md"


def retro_run(run_dir: str | Path, *, model: str = OFFLINE, config: ModelConfig | None = None,
              chat_model: BaseChatModel | None = None) -> Retrospective:
    """Write runs/<run_id>/retro.json and retro.md for a run and return the retrospective.

    A run without a current grade.json (none, a damaged one, or a drive changed since) is
    graded first (synthcomp.api.grade.grade_run) by the same judge. ``model`` 'offline' (and
    no ``chat_model``) makes the mechanical retrospective; another model (or an injected
    ``chat_model``) reads a digest of it and writes the root causes, strengths and experience
    items; its calls add to usage.json under "retro". A retrospective that fails (a judge that
    answers garbage) leaves the old files as they were."""
    parse_model_name(model)
    folder = Path(run_dir).absolute()
    saved = load_context(folder)  # not a run folder: one clear line before anything else
    read_events(folder)  # a damaged trajectory is refused before any grading
    grade = load_grade(folder)
    if grade is None or not grade_is_current(folder, grade, saved["computer_dir"]):
        # No grade, a damaged one, or a drive changed since: the retrospective reads both.
        grade = grade_run(folder, model=model, config=config, chat_model=chat_model)
    facts = RunFacts.load(folder, grade)
    retro = mechanical_retro(facts)
    if model != OFFLINE or chat_model is not None:
        from synthcomp.learn.retro_judge import judged  # the model path

        retro = judged(retro, facts, model=model, config=config or ModelConfig(), chat_model=chat_model)
    with run_lock(folder):  # not while the run itself is going
        write_text(folder / RETRO_FILE, retro.model_dump_json(indent=2) + "\n")
        write_text(folder / RETRO_MARKDOWN, to_markdown(retro))
    return retro


def load_retro(run_dir: str | Path) -> Retrospective:
    """A run's retro.json; InputError when it has none or it is damaged."""
    path = Path(run_dir) / RETRO_FILE
    if not path.is_file():
        raise InputError(f"{Path(run_dir)} has no {RETRO_FILE}: run synthcomp retro {run_dir}")
    try:
        return Retrospective.model_validate_json(path.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} is damaged: make it again with synthcomp retro {run_dir}") from exc
