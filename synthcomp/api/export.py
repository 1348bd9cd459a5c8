"""Export computers: the Python API behind `synthcomp export`.

``dataset``: one row per computer in the published dataset's schema (the nine
columns, every one but the id a JSON string), written as JSONL or parquet by the output's suffix.

- A computer materialized from a published row (it has ``meta/dataset_row.json``, the decoded row
  verbatim) is exported as that row, with the drive's files that the row does not list appended
  (their paths spelled back through the row's path mapping), so published row -> computer -> row
  keeps every field.
- A computer built from a persona is mapped field by field from its manifest and plan
  (:mod:`synthcomp.api.persona_row` documents each field).

Each computer is exported or fails on its own: one error line names it and the others are still
written. Formats are looked up in :data:`FORMATS` (name -> suffixes and writer), so the trajectory
formats of training exports sit beside ``dataset``: ``openai`` and ``sharegpt`` (runs as training
examples, :func:`export_training`, in synthcomp.export.training).
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from synthcomp.atomic import remove_stale_temps
from synthcomp.computer import Computer
from synthcomp.errors import InputError, SynthcompError, problems_of

if TYPE_CHECKING:
    from synthcomp.export.training import TrainingReport

DATASET_ROW = "dataset_row.json"  # meta/dataset_row.json: the published row a computer came from


@dataclass
class Exported:
    """One computer asked for: the computer_id of its row, or the one-line error saying why not."""

    source: Path
    computer_id: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ExportReport:
    """What one export wrote: the output file (None when nothing could be exported) and one
    result per computer asked for, in the order asked."""

    out: Path | None
    format: str
    results: list[Exported]

    @property
    def exported(self) -> list[Exported]:
        """The computers that made it into the output."""
        return [r for r in self.results if r.error is None]

    @property
    def failed(self) -> list[Exported]:
        """The computers that did not, each with its error line."""
        return [r for r in self.results if r.error is not None]


# --- one computer -> one row ---------------------------------------------------------------


def _drive_files(computer: Computer) -> dict[str, str]:
    """Drive path -> its mtime as an ISO timestamp (UTC, as the builders set mtimes)."""
    found = {}
    for path in computer.files():
        stamp = datetime.datetime.fromtimestamp((computer.drive / path).stat().st_mtime,
                                                datetime.UTC)
        found[path] = stamp.replace(tzinfo=None).isoformat(timespec="seconds")
    return found


def _materialized_row(computer: Computer, where: Path, recorded: Mapping[str, str] | None
                      ) -> tuple[dict[str, Any], list[str]]:
    """The row a computer was materialized from (``where``: its dataset_row.json) with the
    drive's new files appended; paths map back through the manifest's ``recorded`` mapping
    when there is one (normalising the row again gives the same mapping, the fallback)."""
    from synthcomp.dataset.export import with_drive_files
    from synthcomp.dataset.normalise import normalise_row
    from synthcomp.dataset.read import RowError, decode_row

    try:
        raw = json.loads(where.read_text("utf-8"))
        row, _ = decode_row(raw)
        dataset = normalise_row(row)
    except (ValueError, RowError) as exc:  # JSONDecodeError and UnicodeDecodeError included
        raise InputError(f"{where} is not a published row: {problems_of(exc, 'the file')}") from exc
    if recorded:
        dataset = dataset.model_copy(update={"path_map": dict(recorded)})
    return with_drive_files(dataset, _drive_files(computer)), dataset.warnings


def _row_file(computer: Computer, name: str) -> Path:
    """manifest.source.row_file inside the computer's folder, or InputError."""
    where = (computer.root / name).resolve()
    if computer.root.resolve() not in where.parents:
        raise InputError(f"{computer.manifest_path}: source.row_file {name!r} leaves the computer")
    return where


def computer_row(folder: str | Path) -> tuple[dict[str, Any], list[str]]:
    """The decoded dataset row of one computer folder, and the row's defects as warnings.

    A computer whose manifest names a published row (``source``, written by materialize), or a
    folder with meta/dataset_row.json, exports that row; any other built computer is mapped
    from its manifest and plan. Raises InputError (one line) for a folder that is not a
    computer, or a damaged manifest, plan or dataset_row.json."""
    computer = Computer(folder)
    if not computer.root.is_dir():
        raise InputError(f"{computer.root} is not a folder")
    row_file = computer.meta / DATASET_ROW
    if not computer.is_built():
        if row_file.is_file():  # a row's folder whose manifest is not written (or was lost)
            return _materialized_row(computer, row_file, None)
        raise InputError(f"{computer.root} is not a built computer (no meta/manifest.json)")
    manifest = computer.read_manifest()
    if manifest.source is not None:
        return _materialized_row(computer, _row_file(computer, manifest.source.row_file),
                                 manifest.source.path_map)
    if row_file.is_file():
        return _materialized_row(computer, row_file, None)
    from synthcomp.api.persona_row import persona_row

    plan = computer.read_plan() if computer.is_planned() else None
    return persona_row(manifest, plan, computer.drive), []


# --- writing -------------------------------------------------------------------------------


def _atomic_output(out: Path, write: Callable[[Path], object]) -> None:
    """``write`` into a temporary beside ``out``, then rename: a failed export leaves the old
    file (or none), never half a file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out)  # a killed export's temporary
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.{os.getpid()}.",
                                    suffix=".tmp")
    os.close(handle)
    try:
        write(Path(name))
        os.chmod(name, 0o644)
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def _write_dataset(rows: Sequence[Mapping[str, Any]], out: Path) -> None:
    from synthcomp.dataset.export import write_jsonl, write_parquet

    if out.suffix.lower() == ".parquet":
        _atomic_output(out, lambda temp: write_parquet(rows, temp))
    else:
        _atomic_output(out, lambda temp: write_jsonl(rows, temp))


@dataclass(frozen=True)
class Format:
    """An export format: the output suffixes it writes, what one source becomes (a list of
    records) and how the records are written."""

    suffixes: tuple[str, ...]
    records: Callable[[Path], tuple[list[dict[str, Any]], list[str]]]
    write: Callable[[Sequence[Mapping[str, Any]], Path], None]
    sources: str  # what the sources are, for messages: "computer folders"
    unique: str | None = None  # a key two records of one file cannot share


def _dataset_records(source: Path) -> tuple[list[dict[str, Any]], list[str]]:
    row, warnings = computer_row(source)
    return [row], warnings


FORMATS: dict[str, Format] = {
    "dataset": Format(suffixes=(".jsonl", ".parquet"), records=_dataset_records,
                      write=_write_dataset, sources="computer folders",
                      unique="computer_id"),
}


# The trajectory formats (synthcomp.export.training): runs as training examples, .jsonl.
TRAINING_FORMATS = ("openai", "sharegpt")


def check_output(format: str, out: str | Path) -> Path:
    """The output path, or InputError naming the formats or suffixes that would work."""
    if format in TRAINING_FORMATS:
        path = Path(out)
        if path.is_dir():
            raise InputError(f"{path} is a folder: give a file name ending in .jsonl")
        if path.suffix.lower() != ".jsonl":
            raise InputError(f"{path}: the {format} format writes a .jsonl file")
        return path
    if format not in FORMATS:
        raise InputError(f"unknown format {format!r}: use one of "
                         f"{', '.join(sorted([*FORMATS, *TRAINING_FORMATS]))}")
    path = Path(out)
    suffixes = FORMATS[format].suffixes
    if path.suffix.lower() not in suffixes:
        raise InputError(f"{path}: the {format} format writes {' or '.join(suffixes)} files")
    if path.is_dir():
        raise InputError(f"{path} is a folder: give a file name ending in {' or '.join(suffixes)}")
    return path


def _naming(source: str | Path, message: str) -> str:
    """The error line of one source: its message, after the source's path unless it names it."""
    named = (str(source), str(Path(source).absolute()))
    return message if any(name in message for name in named) else f"{source}: {message}"


def export(sources: Iterable[str | Path], out: str | Path, format: str = "dataset",
           on_result: Callable[[Exported], None] | None = None, *, overwrite: bool = False) -> ExportReport:
    """Export ``sources`` in ``format`` into one file ``out``. Each source is exported or fails
    alone (its error line in the report, ``on_result`` called as each is done); the file is
    written (atomically) when at least one source was exported. Raises InputError for an
    unknown format, an output suffix the format cannot write, an output inside a source folder
    or already there (unless ``overwrite``), or no sources."""
    from synthcomp.export.output import check_outputs

    path = check_output(format, out)
    chosen = FORMATS[format]
    given = [Path(s) for s in sources]
    if format == "dataset":
        # A run's or a batch's computers are exported as the computers themselves (each once).
        from synthcomp.export.sources import computer_sources

        sources = list({p.resolve(): p for p in computer_sources(given)}.values())
    check_outputs([path], [*given, *map(Path, sources)], overwrite)
    records: list[dict[str, Any]] = []
    results = []
    seen: dict[object, Path] = {}
    for source in sources:
        result = Exported(source=Path(source))
        try:
            made, result.warnings = chosen.records(Path(source))
        except SynthcompError as exc:
            result.error = _naming(source, str(exc))
        except OSError as exc:
            result.error = _naming(source, f"{exc.strerror or exc}"
                                   + (f": {exc.filename}" if exc.filename else ""))
        else:
            result.computer_id = str(made[0].get("computer_id")) if made else None
            twice = [seen[r[chosen.unique]] for r in made
                     if chosen.unique and r.get(chosen.unique) in seen]
            if twice:
                # Readers refuse a file with a repeated id, so the second one is left out.
                result.error = (f"{source}: {chosen.unique} {result.computer_id} is also the one "
                                f"of {twice[0]}, already exported")
            else:
                seen.update((r.get(chosen.unique), Path(source)) for r in made if chosen.unique)
                records += made
        results.append(result)
        if on_result is not None:
            on_result(result)
    if not results:
        raise InputError(f"nothing to export: give one or more {chosen.sources}")
    if not records:
        return ExportReport(out=None, format=format, results=results)
    chosen.write(records, path)
    return ExportReport(out=path, format=format, results=results)


def export_dataset(computers: Iterable[str | Path], out: str | Path, *, overwrite: bool = False
                   ) -> ExportReport:
    """Computer folders as rows of the published dataset's schema in one JSONL or parquet file
    (by ``out``'s suffix); see :func:`export`."""
    return export(computers, out, "dataset", overwrite=overwrite)


def export_training(sources: Iterable[str | Path], out: str | Path, format: str = "openai", *,
                    split: str = "day", window: int | None = None, min_score: float | None = None,
                    role: str = "user", since: str | None = None, until: str | None = None,
                    overwrite: bool = False, keep_malformed: bool = False) -> TrainingReport:
    """Runs (run, computer or batch folders) as training examples in ``format`` (openai or
    sharegpt) into ``out`` (JSONL) and ``<out>.manifest.json``; returns the TrainingReport.
    See synthcomp.export.training."""
    from synthcomp.export.training import Filters
    from synthcomp.export.training import export_training as run_export

    check_output(format, out)
    filters = Filters(min_score=min_score, role=role, since=since, until=until)
    return run_export(list(sources), out, format, split=split, window=window, filters=filters,
                      overwrite=overwrite, keep_malformed=keep_malformed)
