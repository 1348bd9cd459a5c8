"""Grade a run's deliverables: the Python API behind `synthcomp grade` (a run against its rubric,
its judged criteria decided once or K times, or two runs of one computer compared)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from langchain_core.language_models import BaseChatModel

from synthcomp.api.build import DEFAULT_CONCURRENCY
from synthcomp.computer import Computer
from synthcomp.errors import InputError, SandboxError
from synthcomp.graphs.grader import GraderState, build_grader
from synthcomp.graphs.pairwise import PairwiseState, build_pairwise
from synthcomp.models import parse_model_name
from synthcomp.models.context import JudgeContext
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage
from synthcomp.runs.folder import GRADE_FILE, USAGE_FILE, load_context, run_lock
from synthcomp.schemas import RunGrade
from synthcomp.schemas.grade import PairwiseGrade

MAX_SAMPLES = 99  # a guard against a typo (--samples 1000) costing a thousand calls per deliverable
PAIRWISE_ROLE = "pairwise"  # the pairwise judge's calls, in run A's usage.json


def judge_context(run_dir: Path, *, model: str, seed: int, config: ModelConfig,
                  chat_model: BaseChatModel | None = None, role: str = "judge") -> JudgeContext:
    """The judge's run context: its calls add to the run's usage.json under ``role``."""
    return JudgeContext(model=model, seed=seed, chat_model=chat_model, config=config, role=role,
                        usage=Usage(config.prices_for, path=run_dir / USAGE_FILE))


def grade_run(
    run_dir: str | Path,
    *,
    model: str = "offline",
    chat_model: BaseChatModel | None = None,
    config: ModelConfig | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
    samples: int = 1,
) -> RunGrade:
    """Grade every deliverable of a run's plan against its rubric, as the drive holds them now;
    write runs/<run_id>/grade.json and return it. ``model`` is the judge, which decides the
    criteria that name no strings. With ``samples`` K > 1 each judged criterion is decided K
    times (K calls per deliverable, sample k seeded seed + k), the majority kept (a tie fails),
    and grade.json says how far the samples agreed. The judge's calls add to the run's
    usage.json under "judge". A grade that fails (the judge stays down, or answers garbage)
    leaves the old grade.json."""
    parse_model_name(model)
    if isinstance(samples, bool) or not isinstance(samples, int) or not 1 <= samples <= MAX_SAMPLES:
        raise InputError(f"samples is {samples!r}: give a whole number from 1 to {MAX_SAMPLES}")
    folder = Path(run_dir).absolute()
    saved = load_context(folder)
    with run_lock(folder):  # not while the run itself is going, and one grader at a time
        context = judge_context(folder, model=model, seed=int(saved.get("seed", 0)),
                                config=config or ModelConfig(), chat_model=chat_model)
        state: GraderState = {"run_dir": str(folder), "samples": samples,
                              "computer_dir": str(Computer(saved["computer_dir"]).root)}
        try:
            build_grader().compile().invoke(state, context=context,
                                            config={"max_concurrency": max_concurrency})
        finally:
            context.counts().save()
    return RunGrade.model_validate_json((folder / GRADE_FILE).read_text("utf-8"))


def load_grade(run_dir: Path) -> RunGrade | None:
    """A run's grade.json, or None when it has none (or one this version cannot read)."""
    path = run_dir / GRADE_FILE
    try:
        return RunGrade.model_validate_json(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def grade_is_current(run_dir: Path, grade: RunGrade, computer_dir: str) -> bool:
    """Whether every deliverable is on the run's drive as its grade saw it (there or not, and
    the same bytes): a drive changed since the grade makes the grade stale."""
    computer = Computer(computer_dir).for_run(run_dir)
    for item in grade.deliverables:
        try:
            path = computer.resolve(item.path)
        except SandboxError:
            path = None
        there = path is not None and path.is_file()
        if there != item.exists or (there and path is not None and item.sha256 is not None
                                    and hashlib.sha256(path.read_bytes()).hexdigest() != item.sha256):
            return False
    return True


def _computer_id(run_dir: Path, saved: dict[str, object]) -> str:
    """The id of the computer a run belongs to (its plan's, else its computer's)."""
    computer = Computer(str(saved["computer_dir"])).for_run(run_dir)
    return computer.read_plan().computer_id


def compare_runs(
    run_a: str | Path,
    run_b: str | Path,
    *,
    model: str = "offline",
    chat_model: BaseChatModel | None = None,
    config: ModelConfig | None = None,
    out: str | Path | None = None,
    max_concurrency: int = DEFAULT_CONCURRENCY,
) -> PairwiseGrade:
    """Compare two runs of one computer deliverable by deliverable (the paper's GDPval pairwise
    protocol): per deliverable, A, B or a tie, with a rationale. A real judge sees each pair in
    both orders, and orders that disagree make a tie; the offline judge prefers the version
    meeting more of the rubric by weight. A run with no grade.json, or whose drive changed since
    (a deliverable added, removed or rewritten), is graded first, by the same judge. Written to
    ``out`` (default RUN_A/pairwise-<run_b_id>.json); the judge's calls add to run A's
    usage.json under "pairwise". Runs of another computer are refused (InputError)."""
    parse_model_name(model)
    first, second = Path(run_a).absolute(), Path(run_b).absolute()
    saved_a, saved_b = load_context(first), load_context(second)
    if first.resolve() == second.resolve():
        raise InputError(f"{second} is run A itself: compare two runs of one computer")
    ids = _computer_id(first, saved_a), _computer_id(second, saved_b)
    if ids[0] != ids[1]:
        raise InputError(f"{second} is a run of computer {ids[1]}, not of {ids[0]}: pairwise "
                         "grading compares two runs of one computer")
    target = Path(out).absolute() if out else first / f"pairwise-{second.name}.json"
    if target.is_dir():
        raise InputError(f"{target} is a folder: --out names the file to write")
    chosen = config or ModelConfig()
    for folder, saved in ((first, saved_a), (second, saved_b)):
        graded = load_grade(folder)
        if graded is None or not grade_is_current(folder, graded, str(saved["computer_dir"])):
            grade_run(folder, model=model, chat_model=chat_model, config=chosen,
                      max_concurrency=max_concurrency)
    with run_lock(first), run_lock(second):  # neither run goes on, nor is regraded, meanwhile
        context = judge_context(first, model=model, seed=int(saved_a.get("seed", 0)),
                                config=chosen, chat_model=chat_model, role=PAIRWISE_ROLE)
        state: PairwiseState = {
            "run_a": str(first), "run_b": str(second), "out": str(target),
            "computer_a": str(Computer(saved_a["computer_dir"]).root),
            "computer_b": str(Computer(saved_b["computer_dir"]).root)}
        try:
            build_pairwise().compile().invoke(state, context=context,
                                              config={"max_concurrency": max_concurrency})
        finally:
            context.counts().save()
    return PairwiseGrade.model_validate_json(target.read_text("utf-8"))
