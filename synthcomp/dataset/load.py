"""Read and normalise in one step: one result per row, a computer or a one-line error."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from synthcomp.dataset.models import DatasetComputer
from synthcomp.dataset.normalise import normalise_row
from synthcomp.dataset.read import RowError, read_rows


@dataclass
class ComputerResult:
    """One row of the input: its normalised computer, or why there is none."""

    where: str
    computer_id: str | None
    computer: DatasetComputer | None = None
    error: str | None = None


def load_computers(path: str | Path, ids: Sequence[str] | None = None) -> list[ComputerResult]:
    """Every row of a dataset file (or the ``ids`` asked for), read and normalised; a bad row is
    an error result naming the row and field and never stops the others. Raises InputError only
    when the file itself cannot be read."""
    results = []
    for read in read_rows(path, ids):
        result = ComputerResult(where=read.where, computer_id=read.computer_id, error=read.error)
        if read.row is not None:
            try:
                result.computer = normalise_row(read.row)
            except RowError as exc:
                result.error = f"{read.label}: {exc}"
        results.append(result)
    return results
