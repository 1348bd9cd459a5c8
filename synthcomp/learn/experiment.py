"""The paper's in-domain experiment (section 4.3) as one resumable command: run the training
computers, write their retrospectives, write occupation skills from the first n of them for each
point of the learning curve, run the held-out computers with and without the skills, and compare.

Everything runs on the batch runner, each phase in its own folder under OUT, so running the same
experiment again does only what is left (a killed experiment resumes its runs from their
checkpoints). The rubric of every held-out computer is fixed when it is planned, before any run;
both conditions are graded against it.

    OUT/experiment-spec.json   what was asked (a re-run with other options is refused)
    OUT/train/                 the training batch: computers/, batch.json
    OUT/skills/n<k>/           skills written from the first k training computers
    OUT/test/                  the held-out batch without skills: computers/, batch.json
    OUT/test-skills-n<k>/      the held-out computers again, with the skills of n<k> (batch.json)
    OUT/experiment.json        the results
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from synthcomp.atomic import write_json
from synthcomp.batch.record import BatchRecord
from synthcomp.batch.spec import BatchSpec
from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.learn.occupation import occupation_key
from synthcomp.learn.skills import INDEX_FILE, index_of
from synthcomp.learn.stats import Paired, mean, outcome, paired
from synthcomp.locks import exclusive
from synthcomp.schemas.experiment import (
    RUNNER_OPTIONS,
    ComputerResult,
    CurvePoint,
    ExperimentResult,
    ExperimentSpec,
    Summary,
)

SPEC_FILE = "experiment-spec.json"
RESULT_FILE = "experiment.json"
LOCK_FILE = ".lock"
CURVE_SHARES = (0.25, 0.5, 1.0)  # of the training computers, when no curve is given

OnStage = Callable[[str], None]
OnEvent = Callable[[BatchRecord, dict[str, Any]], None]


def curve_sizes(spec: ExperimentSpec) -> list[int]:
    """The training sizes the skills are written from: the spec's, or a quarter, a half and all
    of the training computers. The last is always every training computer."""
    sizes = spec.curve or [max(1, round(spec.train * share)) for share in CURVE_SHARES]
    return sorted({n for n in sizes if 1 <= n <= spec.train} | {spec.train})


def split(spec: ExperimentSpec) -> tuple[list[str], list[str]]:
    """The training and held-out personas: the file's first train+test personas, shuffled with
    the seed. The file's order keeps occupations together, so the held-out computers come from
    the training computers' distribution, as in the paper's in-domain split."""
    chosen = list(spec.personas[: spec.train + spec.test])
    random.Random(f"experiment-split|{spec.seed}").shuffle(chosen)
    return chosen[: spec.train], chosen[spec.train:]


def check(spec: ExperimentSpec) -> ExperimentSpec:
    """``spec`` with the personas it uses and its curve's sizes, or InputError when it cannot
    run: too few personas, a curve point out of range, an output folder that holds something
    else, and every check the batch runner makes (backend, models, database, cluster), all
    before anything is written."""
    if len(spec.personas) < spec.train + spec.test:
        raise InputError(f"--train {spec.train} --test {spec.test} needs {spec.train + spec.test} "
                         f"personas; the file has {len(spec.personas)}")
    wrong = [n for n in spec.curve if not 1 <= n <= spec.train]
    if wrong:
        raise InputError(f"--curve {','.join(map(str, wrong))}: each size must be 1 to --train "
                         f"({spec.train})")
    out = Path(spec.out)
    held = [p for p in out.iterdir() if p.name != LOCK_FILE] if out.is_dir() else []
    if out.exists() and (not out.is_dir() or (held and not (out / SPEC_FILE).exists())):
        raise InputError(f"--out {out} is {'not a folder' if not out.is_dir() else 'not empty'} and "
                         "holds no experiment: give a new folder (or an experiment's, to resume it)")
    from synthcomp.api.batch import checked

    # Only the personas it uses are the experiment's: a file that grows later resumes it.
    spec = spec.model_copy(update={"personas": spec.personas[: spec.train + spec.test],
                                   "curve": curve_sizes(spec)})
    checked(_batch(spec, out / "train", personas=spec.personas[: spec.train]))
    return spec


def _pinned(spec: ExperimentSpec) -> None:
    """Write experiment-spec.json the first time; later, refuse a spec that would change the
    results (only the runner's options may change between invocations)."""
    path = Path(spec.out) / SPEC_FILE
    wanted = spec.model_dump(mode="json", exclude=set(RUNNER_OPTIONS))
    if path.is_file():
        try:
            before = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path} is damaged ({exc}); remove the folder to start again") from exc
        if before != wanted:
            changed = sorted(k for k in set(before) | set(wanted) if before.get(k) != wanted.get(k))
            raise InputError(f"{spec.out} holds an experiment with other options ({', '.join(changed)} "
                             "differ): give another --out, or the same options to resume it")
        return
    write_json(path, wanted)


def _batch(spec: ExperimentSpec, out: Path, *, personas: list[str] | None = None,
           computers: list[str] | None = None, trials: int = 1, skills: Path | None = None) -> BatchSpec:
    """One phase's batch, with the experiment's run options."""
    extra: dict[str, Any] = {"skills": str(skills)} if skills is not None else {}
    return BatchSpec(out=str(out), personas=personas or [], computers=computers or [], trials=trials,
                     days=spec.days, max_turns=spec.max_turns, seed=spec.seed, files=spec.files,
                     models=spec.models, checkpointer=spec.checkpointer, attempts=spec.attempts,
                     concurrency=spec.concurrency, workers=spec.workers, backend=spec.backend,
                     ray_address=spec.ray_address, **extra)


def _finished(record: BatchRecord) -> dict[str, dict[str, Any]]:
    """The record's settled jobs (finished and graded), by key."""
    return {key: entry for key, entry in record.entries.items() if record.settled(key)}


def _failures(record: BatchRecord, phase: str) -> list[str]:
    return [f"{phase} {key}: {entry['status']}" + (f" ({entry['error']})" if entry.get("error") else "")
            for key, entry in record.entries.items() if not record.settled(key)]


def _write_skills(runs: list[str], out: Path, spec: ExperimentSpec) -> None:
    """Skills from ``runs`` into ``out`` unless they are there already; written beside and
    renamed, so a killed experiment never leaves half a skills folder."""
    if (out / INDEX_FILE).is_file():
        return
    from synthcomp.api.skills import write_skills

    scratch = out.with_name(f".{out.name}.partial-{os.getpid()}")
    shutil.rmtree(scratch, ignore_errors=True)
    write_skills(runs, scratch, model=spec.models.model_for("judge"), config=spec.models)
    shutil.rmtree(out, ignore_errors=True)
    os.replace(scratch, out)


def _retrospectives(runs: list[str], spec: ExperimentSpec) -> None:
    """A retrospective for every training run that has no current one."""
    from synthcomp.api.retro import load_retro, retro_run
    from synthcomp.schemas.retro import RETRO_VERSION

    for run in runs:
        try:
            current = load_retro(run).version >= RETRO_VERSION
        except InputError:
            current = False
        if not current:  # none yet, damaged, or made by an older synthcomp's rules
            retro_run(run, model=spec.models.model_for("judge"), config=spec.models)


def _plan_digest(computer_dir: str) -> str:
    return hashlib.sha256(Computer(computer_dir).plan_path.read_bytes()).hexdigest()


def run_experiment(spec: ExperimentSpec, *, on_stage: OnStage | None = None,
                   on_event: OnEvent | None = None) -> ExperimentResult:
    """Run (or resume) the experiment ``spec`` to its end; write and return OUT/experiment.json.
    ``on_stage`` hears each phase as it starts, ``on_event`` every batch event (for a display)."""
    from synthcomp.api.batch import run_batch
    from synthcomp.api.skills import skill_for

    spec = check(spec)
    out = Path(spec.out)
    stage = on_stage or (lambda _: None)
    with exclusive(out / LOCK_FILE, f"an experiment is already running in {out} (another process "
                                    f"holds {out / LOCK_FILE}); wait for it, or stop it first"):
        _pinned(spec)
        train, test = split(spec)
        stage(f"training runs: {len(train)} computers")
        trained = run_batch(_batch(spec, out / "train", personas=train), on_event=on_event)
        done = _finished(trained)
        # Training computers in split order; the curve's first n are a prefix of it.
        order = _dirs(trained)
        runs_of = {entry["computer_dir"]: entry["run_dir"] for entry in done.values()}
        train_runs = [runs_of[c] for c in order if c in runs_of]
        stage(f"retrospectives: {len(train_runs)} runs")
        _retrospectives(train_runs, spec)
        sizes = curve_sizes(spec)
        skills = {n: out / "skills" / f"n{n}" for n in sizes}
        for n, folder in skills.items():
            stage(f"skills from the first {n} training computers")
            _write_skills([runs_of[c] for c in order[:n] if c in runs_of], folder, spec)
        stage(f"held-out runs without skills: {len(test)} computers x {spec.trials}")
        baseline = run_batch(_batch(spec, out / "test", personas=test, trials=spec.trials),
                             on_event=on_event)
        computers = _dirs(baseline)
        treated: dict[int, BatchRecord | None] = {}
        matched: dict[int, dict[str, str]] = {}
        for n, folder in skills.items():
            matched[n] = {c: found.occupation for c in computers
                          if (found := skill_for(folder, c)) is not None}
            stage(f"held-out runs with the skills of n{n}: {len(matched[n])} of {len(computers)} "
                  "computers have a matching skill")
            treated[n] = run_batch(_batch(spec, out / f"test-skills-n{n}", computers=list(matched[n]),
                                          trials=spec.trials, skills=folder),
                                   on_event=on_event) if matched[n] else None
        result = _result(spec, train, test, train_runs, skills, baseline, treated, matched, trained)
        write_json(out / RESULT_FILE, result.model_dump(mode="json"))
        return result


def _scores(record: BatchRecord | None, computer_dir: str) -> list[float] | None:
    """A computer's scores over its trials in ``record``, None unless every trial is settled."""
    if record is None:
        return None
    entries = [(key, e) for key, e in record.entries.items() if e["computer_dir"] == computer_dir]
    if not entries or not all(record.settled(key) for key, _ in entries):
        return None
    return [float(e["score"] or 0.0) for _, e in sorted(entries, key=lambda item: item[1]["trial"])]


def _result(spec: ExperimentSpec, train: list[str], test: list[str], train_runs: list[str],
            skills: dict[int, Path], baseline: BatchRecord, treated: dict[int, BatchRecord | None],
            matched: dict[int, dict[str, str]], trained: BatchRecord) -> ExperimentResult:
    """experiment.json from the phases' records: each held-out computer's scores in both
    conditions (a computer without a matching skill keeps its baseline: it would run without
    one), the paired comparison of the last curve point, and the learning curve."""
    failed = _failures(trained, "train") + _failures(baseline, "test")
    for n, record in treated.items():
        failed += _failures(record, f"test-skills-n{n}") if record is not None else []
    computers = _dirs(baseline)
    curve: list[CurvePoint] = []
    per_computer: list[ComputerResult] = []
    comparison: Paired | None = None
    last = max(skills)
    for n in sorted(skills):
        pairs: list[tuple[str, list[float], list[float]]] = []
        for computer in computers:
            before = _scores(baseline, computer)
            after = _scores(treated[n], computer) if computer in matched[n] else before
            if before is not None and after is not None:
                pairs.append((computer, before, after))
        if not pairs:
            continue
        compared = paired([b for _, b, _ in pairs], [a for _, _, a in pairs], seed=spec.seed)
        index = _skills_index(skills[n])
        curve.append(CurvePoint(train_n=n, runs=index[0], skills=index[1], covered=len(matched[n]),
                                win_rate=compared.win_rate, diff=compared.diff, ci_low=compared.ci_low,
                                ci_high=compared.ci_high, wins=compared.wins, ties=compared.ties,
                                losses=compared.losses))
        if n == last:
            comparison = compared
            per_computer = [_computer_result(c, b, a, matched[n].get(c)) for c, b, a in pairs]
    summary = None if comparison is None else Summary(
        computers=comparison.n, baseline_mean=comparison.baseline_mean,
        skill_mean=comparison.treated_mean, diff=comparison.diff, ci_low=comparison.ci_low,
        ci_high=comparison.ci_high, ci_level=comparison.ci_level, wins=comparison.wins,
        ties=comparison.ties, losses=comparison.losses, win_rate=comparison.win_rate,
        sign_test_p=comparison.sign_test_p)
    shown = spec.model_dump(mode="json", exclude={"personas"})
    shown["checkpointer"] = None if not spec.checkpointer else "postgresql"
    return ExperimentResult(spec=shown, train=[Path(c).name for c in _dirs(trained)],
                            test=[Path(c).name for c in computers], train_runs=train_runs,
                            skills_dir=str(skills[last]), per_computer=per_computer, summary=summary,
                            learning_curve=curve, failed=failed)


def _dirs(record: BatchRecord) -> list[str]:
    """A batch's computer folders, in job order, each once."""
    return list(dict.fromkeys(e["computer_dir"] for e in record.entries.values()))


def _computer_result(computer: str, before: list[float], after: list[float],
                     skill: str | None) -> ComputerResult:
    profile = Computer(computer).read_manifest().user_profile
    return ComputerResult(computer=Path(computer).name, occupation=occupation_key(profile), skill=skill,
                          plan_sha256=_plan_digest(computer), baseline=before, skill_runs=after,
                          baseline_mean=mean(before), skill_mean=mean(after),
                          outcome=outcome(before, after))


def _skills_index(folder: Path) -> tuple[int, int]:
    """How many runs a skills folder was written from, and how many skills it holds."""
    index = index_of(folder)
    return int(index.get("runs") or 0), len(index["skills"])
