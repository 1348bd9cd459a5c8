"""Many computers at once: the Python API behind `synthcomp batch`.

Every persona (or given computer) and trial is a job: build -> plan -> simulate -> grade. The
jobs run on a backend (local worker processes, or Ray), the driver folds their events into
batch.json. Running the same batch again resumes it: finished runs are skipped, interrupted or
paused ones resume from their checkpoints, failed ones are tried again up to ``spec.attempts``
times in all, each failure's reason kept. One job's failure never stops the others.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from synthcomp.batch.local import LocalBackend
from synthcomp.batch.record import BatchRecord
from synthcomp.batch.spec import BACKENDS, BatchSpec, Job, check_computers, jobs_for
from synthcomp.batch.worker_setup import WorkerSetup
from synthcomp.checks.inputs import checked_target_files
from synthcomp.errors import InputError
from synthcomp.locks import exclusive
from synthcomp.models import load_chat_model, parse_model_name
from synthcomp.models.settings import ROLES, ModelConfig

OnEvent = Callable[[BatchRecord, dict[str, Any]], None]
LOCK_FILE = ".lock"
RETRY_WAIT = 2.0  # seconds before a retry round, times the round


def run_batch(spec: BatchSpec, *, on_event: OnEvent | None = None) -> BatchRecord:
    """Run (or resume) the batch ``spec`` to its end and return its record (also in
    OUT/batch.json). Every input is checked before anything starts: the backend, the models,
    the computers, the checkpointer's database, the Ray cluster."""
    spec = checked(spec)
    jobs = jobs_for(spec)
    if not jobs:
        raise InputError("the batch has no persona and no computer to run")
    Path(spec.out).mkdir(parents=True, exist_ok=True)
    record = BatchRecord(spec, jobs)
    by_key = {job.key: job for job in jobs}

    def seen(event: dict[str, Any]) -> None:
        record.seen(event)
        record.save(force=event["kind"] == "result")
        if on_event is not None:
            on_event(record, event)

    with batch_lock(Path(spec.out)), _shared_limits(spec) as limits:
        record.save(force=True)
        backend = _backend(spec, WorkerSetup(limits=limits, checkpointer=spec.checkpointer))
        try:
            for round_ in range(spec.attempts):
                todo = [by_key[key] for key in record.todo()]
                if not todo:
                    break
                if round_:  # a failure that passes (a server restarting) gets a moment
                    time.sleep(min(RETRY_WAIT * round_, 30.0))
                backend.run(todo, spec, seen)
        except BaseException:
            record.interrupt_running()
            raise
        finally:
            record.save(force=True)
    return record


@contextmanager
def batch_lock(out: Path) -> Iterator[None]:
    """Hold the batch folder's lock: a second invocation on the same --out while one runs gets
    one line instead of two drivers racing over the same runs and batch.json."""
    with exclusive(out / LOCK_FILE, f"a batch is already running in {out} (another process holds "
                                    f"{out / LOCK_FILE}); wait for it, or stop it first"):
        yield


def checked(spec: BatchSpec) -> BatchSpec:
    """``spec`` with every input checked; one InputError line for the first problem."""
    if spec.backend not in BACKENDS:
        raise InputError(f"unknown backend {spec.backend!r}: use one of {', '.join(BACKENDS)}")
    if spec.ray_address and spec.backend != "ray":
        raise InputError("--ray-address needs --backend ray")
    for role in ROLES:
        parse_model_name(spec.models.model_for(role))
    if spec.backend == "local":  # a cluster's nodes have keys of their own, not the driver's
        _check_models_load(spec.models)
    if spec.personas:
        checked_target_files(spec.files)
    computers = check_computers(spec.computers)
    skills = None
    if spec.skills:
        from synthcomp.learn.skills import index_of

        skills = str(Path(spec.skills).absolute())
        index_of(Path(skills))  # a folder that is not a skills folder starts nothing
    store = None
    if spec.checkpointer:
        from synthcomp.runs.postgres import check_postgres

        store = check_postgres(spec.checkpointer)  # None for "sqlite"
    if spec.backend == "ray":
        from synthcomp.batch.ray_backend import check_ray

        check_ray(spec.ray_address)
    return spec.model_copy(update={"computers": computers, "checkpointer": store, "skills": skills})


def _check_models_load(models: ModelConfig) -> None:
    """Load every remote role's model once (no call is made): a missing key or package is one
    line now, not the same failure in every job."""
    for name in sorted(_remote_models(models)):
        load_chat_model(name, settings=models.settings_for(name))


def _remote_models(models: ModelConfig) -> set[str]:
    """The roles' models that are not the offline model."""
    return {name for name in (models.model_for(role) for role in ROLES)
            if parse_model_name(name)[0] != "offline"}


def _backend(spec: BatchSpec, setup: WorkerSetup) -> Any:
    if spec.backend == "ray":
        from synthcomp.batch.ray_backend import RayBackend

        return RayBackend(setup, address=spec.ray_address)
    return LocalBackend(setup)


@contextmanager
def _shared_limits(spec: BatchSpec) -> Iterator[Any]:
    """The driver's shared rate limits and 429 cool-downs, when a role's model is remote and
    the runs are in more than one process (one process shares its limiters already)."""
    if not _remote_models(spec.models) or (spec.backend == "local" and spec.workers <= 1):
        yield None
        return
    from synthcomp.models.shared_limits import serve_limits

    with serve_limits() as served:
        yield served.address


__all__ = ["BatchRecord", "BatchSpec", "Job", "run_batch"]
