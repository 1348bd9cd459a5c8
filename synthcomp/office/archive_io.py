"""Zip archives (old projects packed away) and listing what a zip holds.

The bytes depend only on the members: every entry gets the archive's own modified time, the same
compression and Unix attributes, whatever machine or clock wrote it. Members are copies of
drive files already written (ArchiveMember.source) or small generated texts.
"""

from __future__ import annotations

import datetime
import io
import posixpath
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from synthcomp.office.determinism import naive_utc
from synthcomp.schemas import ArchiveMember

_EXTERNAL_ATTR = (0o100644 << 16) & 0xFFFFFFFF  # a regular rw-r--r-- file, as Unix zip records
_ZIP_MIN_YEAR = 1980
MAX_LISTED = 200  # members listed by read_zip; a huge archive says how many more


def member_name(member: ArchiveMember) -> str:
    """The member's path inside the zip, made safe: no leading '/', no '..', POSIX slashes."""
    raw = member.name or (member.source or "file.txt").rsplit("/", 1)[-1]
    parts = [p for p in raw.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return posixpath.join(*parts) if parts else "file.txt"


def build_zip(members: list[ArchiveMember], modified: datetime.datetime,
              read_source: Callable[[str], bytes] | None = None) -> bytes:
    """The zip of `members`; a source member's bytes come from `read_source(drive_path)`.

    A source that cannot be read (no reader, not written) is left out rather than failing the
    whole archive; an archive left empty holds a README.txt saying what it was meant to hold.
    """
    utc = naive_utc(modified)
    stamp = (max(utc.year, _ZIP_MIN_YEAR), utc.month, utc.day, utc.hour, utc.minute, utc.second)
    out = io.BytesIO()
    seen: set[str] = set()
    with zipfile.ZipFile(out, "w") as archive:
        for member in members:
            payload = _payload(member, read_source)
            name = member_name(member)
            if payload is None or name.lower() in seen:
                continue
            seen.add(name.lower())
            _add(archive, name, payload, stamp)
        if not seen:
            listed = "\n".join(member_name(m) for m in members) or "(nothing)"
            _add(archive, "README.txt", f"Meant to hold:\n{listed}\n".encode(), stamp)
    return out.getvalue()


def _payload(member: ArchiveMember, read_source: Callable[[str], bytes] | None) -> bytes | None:
    if member.source:
        if read_source is None:
            return None
        try:
            return read_source(member.source)
        except (OSError, ValueError, LookupError):
            return None
    return (member.text or "").encode("utf-8")


def _add(archive: zipfile.ZipFile, name: str, payload: bytes,
         stamp: tuple[int, int, int, int, int, int]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, whatever OS we run on
    info.external_attr = _EXTERNAL_ATTR
    archive.writestr(info, payload, compresslevel=6)


def read_zip(path: Path) -> Iterator[str]:
    """'zip archive, N files (X KB unpacked):' then one line per member: name, size, date.
    Only the central directory is read: nothing is unpacked, so a zip bomb costs nothing."""
    with zipfile.ZipFile(path) as archive:
        entries = [e for e in archive.infolist() if not e.is_dir()]
        unpacked = sum(e.file_size for e in entries)
        yield f"zip archive, {len(entries)} files ({unpacked / 1024:.1f} KB unpacked):"
        for entry in entries[:MAX_LISTED]:
            y, m, d = entry.date_time[:3]
            yield f"{entry.filename}  {entry.file_size} B  {y:04d}-{m:02d}-{d:02d}"
        if len(entries) > MAX_LISTED:
            yield f"... and {len(entries) - MAX_LISTED} more"
