"""Rows of the published dataset ``microsoft/synthetic-computers-at-scale`` (98 computers, MIT).

``read`` reads them (parquet, JSONL of JSON strings, or decoded JSONL), ``normalise`` turns one row
into a typed :class:`DatasetComputer` (with ``paths`` mapping its files into drive/, ``kinds`` its
edge types and ``defects`` its duplicates, dangling edges and cycles as warnings), and ``export``
writes a computer back as a row of the published schema.
"""

from __future__ import annotations

from synthcomp.dataset.export import encode_row, export_row, write_jsonl, write_parquet
from synthcomp.dataset.load import ComputerResult, load_computers
from synthcomp.dataset.models import DatasetComputer
from synthcomp.dataset.normalise import normalise_row
from synthcomp.dataset.read import RowError, RowResult, read_rows

__all__ = [
    "ComputerResult",
    "DatasetComputer",
    "RowError",
    "RowResult",
    "encode_row",
    "export_row",
    "load_computers",
    "normalise_row",
    "read_rows",
    "write_jsonl",
    "write_parquet",
]
