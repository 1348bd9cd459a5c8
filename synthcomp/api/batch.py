"""Many computers at once: the Python API behind `synthcomp batch`.

Every persona (or given computer) and trial is a job: build -> plan -> simulate -> grade. The
jobs run on a backend (local worker processes, or Ray), the driver folds their events into
batch.json. Running the same batch again resumes it: finished runs are skipped, interrupted or
paused ones resume from their checkpoints, failed ones are tried again up to ``spec.attempts``
times in all, each failure's reason kept. One job's failure never stops the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from synthcomp.batch.local import LocalBackend
from synthcomp.batch.record import BatchRecord
from synthcomp.batch.spec import BACKENDS, BatchSpec, Job, check_computers, jobs_for
from synthcomp.batch.worker_setup import WorkerSetup
from synthcomp.errors import InputError
from synthcomp.models import parse_model_name
from synthcomp.models.settings import ROLES

OnEvent = Callable[[BatchRecord, dict[str, Any]], None]


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

    record.save(force=True)
    with _shared_limits(spec) as limits:
        backend = _backend(spec, WorkerSetup(limits=limits, checkpointer=spec.checkpointer))
        try:
            for _ in range(spec.attempts):
                todo = [by_key[key] for key in record.todo() if _runnable(record, key)]
                if not todo:
                    break
                backend.run(todo, spec, seen)
        except BaseException:
            record.interrupt_running()
            raise
        finally:
            record.save(force=True)
    return record


def _runnable(record: BatchRecord, key: str) -> bool:
    """Whether this round runs a job: any job not settled, except one that paused in this
    invocation (a model that stays down: it resumes on the next one)."""
    entry = record.entries[key]
    return not (entry["status"] == "paused" and key in record.ran)


def checked(spec: BatchSpec) -> BatchSpec:
    """``spec`` with every input checked; one InputError line for the first problem."""
    if spec.backend not in BACKENDS:
        raise InputError(f"unknown backend {spec.backend!r}: use one of {', '.join(BACKENDS)}")
    if spec.ray_address and spec.backend != "ray":
        raise InputError("--ray-address needs --backend ray")
    for role in ROLES:
        parse_model_name(spec.models.model_for(role))
    computers = check_computers(spec.computers)
    store = None
    if spec.checkpointer:
        from synthcomp.runs.postgres import check_postgres

        store = check_postgres(spec.checkpointer)  # None for "sqlite"
    if spec.backend == "ray":
        from synthcomp.batch.ray_backend import check_ray

        check_ray(spec.ray_address)
    return spec.model_copy(update={"computers": computers, "checkpointer": store})


def _backend(spec: BatchSpec, setup: WorkerSetup) -> Any:
    if spec.backend == "ray":
        from synthcomp.batch.ray_backend import RayBackend

        return RayBackend(setup, address=spec.ray_address)
    return LocalBackend(setup)


@contextmanager
def _shared_limits(spec: BatchSpec) -> Iterator[Any]:
    """The driver's shared rate limits and 429 cool-downs, when a role's model is remote and
    the runs are in more than one process (one process shares its limiters already)."""
    remote = any(spec.models.model_for(role).partition(":")[0] != "offline" for role in ROLES)
    if not remote or (spec.backend == "local" and spec.workers <= 1):
        with nullcontext():
            yield None
        return
    from synthcomp.models.shared_limits import serve_limits

    with serve_limits() as served:
        yield served.address


__all__ = ["BatchRecord", "BatchSpec", "Job", "run_batch"]
