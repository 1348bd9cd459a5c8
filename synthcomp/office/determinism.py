"""Byte-for-byte reproducible output: fixed zip metadata, fixed timestamps, atomic writes.

Office libraries stamp files with the wall clock (zip entry times, docProps/core.xml), so the
same spec written twice would differ. Everything here pins those to the caller's `modified`.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile

_CORE_XML = "docProps/core.xml"
_CORE_DATE_RE = re.compile(r"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")
# Regular file, rw-r--r--, as a Unix zip tool would record it.
_EXTERNAL_ATTR = (0o100644 << 16) & 0xFFFFFFFF
_ZIP_MIN_YEAR = 1980  # zip DOS timestamps cannot go earlier


def as_utc(moment: datetime.datetime) -> datetime.datetime:
    """Return `moment` in UTC; a naive datetime is taken to be UTC already.

    Treating naive values as UTC (not local time) keeps output identical across machines
    whatever their time zone.
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC)


def iso_z(moment: datetime.datetime) -> str:
    """Format `moment` as 'YYYY-MM-DDTHH:MM:SSZ' (the W3CDTF form core.xml uses)."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def naive_utc(moment: datetime.datetime) -> datetime.datetime:
    """UTC wall-clock time without tzinfo, which is what the OOXML libraries expect."""
    return as_utc(moment).replace(tzinfo=None, microsecond=0)


def normalize_ooxml(data: bytes, modified: datetime.datetime) -> bytes:
    """Rewrite an OOXML zip (docx/xlsx/pptx) so its bytes depend only on its content.

    Entries keep their order; each gets `modified` as its time, ZIP_DEFLATED and fixed
    attributes; dcterms:created/modified in docProps/core.xml are set to `modified`.
    """
    utc = naive_utc(modified)
    stamp = (max(utc.year, _ZIP_MIN_YEAR), utc.month, utc.day, utc.hour, utc.minute, utc.second)
    iso = iso_z(modified)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            payload = source.read(entry)
            if entry.filename == _CORE_XML:
                text = _CORE_DATE_RE.sub(lambda m: m.group(1) + iso + m.group(3), payload.decode())
                payload = text.encode()
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever OS we run on
            info.external_attr = _EXTERNAL_ATTR
            target.writestr(info, payload, compresslevel=6)
    return out.getvalue()


def mtime_of(modified: datetime.datetime) -> float:
    """The POSIX timestamp a file written at ``modified`` gets as its mtime."""
    return as_utc(modified).timestamp()
