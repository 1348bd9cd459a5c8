"""checkpoints.sqlite and its write-ahead log as files, checked without letting SQLite open them.

SQLite reads an emptied database as a new one and resets a WAL it judges invalid when it opens
the database, so the damage has to be seen first, from the bytes: the database's header, and the
WAL's header and cumulative frame checksums, read as SQLite reads them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from synthcomp.runs.folder import CHECKPOINTS_FILE

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_HEADER, FRAME_HEADER = 32, 24

@dataclass
class WalReport:
    """What the write-ahead log holds: valid frames, commits, and whether its header is SQLite's."""

    size: int = 0
    valid_header: bool = True
    frames: int = 0
    commits: int = 0

    def describe(self) -> str:
        """One phrase for verify."""
        if not self.size:
            return "none (all checkpoints are in the database)"
        if not self.valid_header:
            return f"{self.size} bytes that are not a SQLite WAL (SQLite would ignore them)"
        return f"{self.frames} valid frames ({self.commits} commits), {self.size} bytes"


def wal_report(path: Path) -> WalReport:
    """Read a SQLite WAL as SQLite does (header and cumulative frame checksums), without opening
    the database: opening it would reset a WAL SQLite judged invalid."""
    if not path.is_file():
        return WalReport()
    data = path.read_bytes()
    report = WalReport(size=len(data))
    if not data:
        return report
    if len(data) < WAL_HEADER:
        report.valid_header = False
        return report
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:WAL_HEADER])
    big = magic == WAL_MAGICS[1]
    if magic not in WAL_MAGICS or page_size < 512 or page_size & (page_size - 1):
        report.valid_header = False
        return report
    s1, s2 = _checksum(data[:24], 0, 0, big)
    if (s1, s2) != (c1, c2):
        report.valid_header = False
        return report
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        _page, commit, f1, f2, k1, k2 = struct.unpack(">6I", data[offset:offset + FRAME_HEADER])
        if (f1, f2) != (salt1, salt2):
            break  # frames of an older generation of the log: not part of the database
        s1, s2 = _checksum(data[offset:offset + 8], s1, s2, big)
        s1, s2 = _checksum(data[offset + FRAME_HEADER:offset + FRAME_HEADER + page_size], s1, s2, big)
        if (s1, s2) != (k1, k2):
            break
        report.frames += 1
        report.commits += 1 if commit else 0
        offset += FRAME_HEADER + page_size
    return report


def _checksum(data: bytes, s1: int, s2: int, big: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def checkpoint_file_problem(run_dir: Path) -> str:
    """What is wrong with checkpoints.sqlite and its WAL as files ('' if nothing), found without
    letting SQLite open them."""
    path = run_dir / CHECKPOINTS_FILE
    if not path.is_file():
        return "checkpoints.sqlite is missing"
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if not head:
        return "checkpoints.sqlite is empty (0 bytes): no checkpoint is left"
    if head != SQLITE_MAGIC:
        return "checkpoints.sqlite is not a SQLite database"
    wal = wal_report(run_dir / f"{CHECKPOINTS_FILE}-wal")
    if not wal.valid_header:
        return (f"its write-ahead log checkpoints.sqlite-wal ({wal.size} bytes) is not a SQLite WAL: "
                "the checkpoints it held are lost")
    return ""
