"""Real office files from content specs, and text back out of office files.

write_content builds docx/xlsx/pptx/pdf/md/csv/txt (and the other files people keep: png
pictures, zip archives, eml messages, json and py) from a FileContent, byte-for-byte
reproducibly; read_text turns any of them into text; check_formulas audits xlsx formulas.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl

from synthcomp.atomic import write_bytes
from synthcomp.errors import OfficeFileError
from synthcomp.office import budgets
from synthcomp.office.archive_io import build_zip, read_zip
from synthcomp.office.budgets import check_package
from synthcomp.office.coerce import deck_of, document_of, workbook_of
from synthcomp.office.determinism import mtime_of, normalize_ooxml
from synthcomp.office.docx_io import build_docx, read_docx
from synthcomp.office.formula_check import check_workbook
from synthcomp.office.image_io import build_png, read_png
from synthcomp.office.mail_io import build_eml, json_text, python_text, read_eml
from synthcomp.office.pdf_io import build_pdf, read_pdf
from synthcomp.office.pptx_io import build_pptx, read_pptx
from synthcomp.office.style import DEFAULT_STYLE, HOUSE_STYLES, OfficeStyle, style_for
from synthcomp.office.text_cache import TEXTS
from synthcomp.office.text_io import (
    document_to_markdown,
    document_to_text,
    read_plain,
    sheet_to_csv,
)
from synthcomp.office.xlsx_io import build_xlsx, read_xlsx, read_xlsx_values
from synthcomp.schemas import FILE_KINDS, ArchiveMember, FileContent, FileKind, ImageSpec

__all__ = [
    "DEFAULT_STYLE", "HOUSE_STYLES", "OfficeStyle", "check_formulas", "read_text", "render_content",
    "style_for", "write_content",
]

_READERS: dict[str, Callable[[Path], Iterator[str]]] = {
    "docx": read_docx, "xlsx": read_xlsx, "pptx": read_pptx, "pdf": read_pdf,
    "md": read_plain, "csv": read_plain, "txt": read_plain, "json": read_plain, "py": read_plain,
    "png": read_png, "zip": read_zip, "eml": read_eml,
}
ReadSource = Callable[[str], bytes]
_ZIP_KINDS = frozenset({"docx", "xlsx", "pptx"})


def render_content(
    kind: FileKind, content: FileContent, modified: datetime.datetime, *, title: str,
    author: str | None = None, style: OfficeStyle | None = None,
    read_source: ReadSource | None = None, missing_glyphs: str = "raise",
) -> bytes:
    """The bytes of a `kind` file for `content`; `title` is used when the content has none.
    `missing_glyphs` is build_pdf's (letters no font draws: "raise" or "mark" them '?').

    Any content fits any kind: a missing part is built from the others (see coerce).
    `style` is the house look of docx, xlsx, pptx and pdf files (None: DEFAULT_STYLE);
    the other kinds have no look and ignore it. `read_source` gives the bytes of a drive
    path, for a zip's members that are copies of drive files (None: those are left out).
    """
    if kind not in FILE_KINDS:
        raise ValueError(f"unsupported kind {kind!r}")
    if kind in ("png", "zip", "eml", "json", "py"):
        return _render_other(kind, content, modified, title, author, read_source)
    if kind == "docx":
        data = build_docx(document_of(content, title), modified, author, style)
        return normalize_ooxml(data, modified)
    if kind == "xlsx":
        data = build_xlsx(workbook_of(content, title), modified, author, style)
        return normalize_ooxml(data, modified)
    if kind == "pptx":
        return normalize_ooxml(build_pptx(deck_of(content, title), modified, author, style), modified)
    if kind == "pdf":
        return build_pdf(document_of(content, title), modified, author, style,
                         missing_glyphs=missing_glyphs)
    if kind == "md":
        return document_to_markdown(document_of(content, title)).encode()
    if kind == "csv":
        return sheet_to_csv(workbook_of(content, title).sheets[0]).encode()
    if content.text is not None:
        return content.text.encode()
    return document_to_text(document_of(content, title)).encode()


def _render_other(kind: str, content: FileContent, modified: datetime.datetime, title: str,
                  author: str | None, read_source: ReadSource | None) -> bytes:
    """png, zip, eml, json, py: from their own part, else from the text of the others."""
    if kind == "png":
        image = content.image or ImageSpec(
            kind="screenshot", shows="document", title=title,
            lines=document_to_text(document_of(content, title)).splitlines()[:30])
        return build_png(image)
    if kind == "zip":
        members = content.archive or [ArchiveMember(
            name=f"{title}.txt", text=document_to_text(document_of(content, title)))]
        return build_zip(members, modified, read_source)
    text = content.text if content.text is not None else document_to_text(
        document_of(content, title))
    if kind == "eml":
        return build_eml(text, modified, author=author, title=title)
    return (json_text(text) if kind == "json" else python_text(text)).encode()


def write_content(
    path: Path, kind: FileKind, content: FileContent, modified: datetime.datetime, *,
    author: str | None = None, style: OfficeStyle | None = None,
    before_write: Callable[[int], None] | None = None, read_source: ReadSource | None = None,
    missing_glyphs: str = "raise",
) -> None:
    """Write `content` to `path` as a real `kind` file, atomically, with mtime `modified`.

    The same arguments always give the same bytes. `author` goes into the document
    properties (creator and last modified by). `style` is the house look (None:
    DEFAULT_STYLE; see style_for). `before_write` is called with the file's size once it is
    built and before it is written (a drive quota raises there). `read_source` gives a zip the
    bytes of its members that are drive files. Raises OfficeFileError if it cannot be written.
    """
    try:
        data = render_content(kind, content, modified, title=path.stem, author=author, style=style,
                              read_source=read_source, missing_glyphs=missing_glyphs)
    except Exception as exc:  # a library choking on odd content: one clear line, not a trace
        raise OfficeFileError(f"cannot write {path.name} as {kind}: {_reason(exc)}") from exc
    if before_write is not None:
        before_write(len(data))
    try:
        write_bytes(path, data, modified=mtime_of(modified))
    except OSError as exc:
        raise OfficeFileError(f"cannot write {path.name}: {exc.strerror or exc}") from exc


def read_text(path: Path, limit: int | None = None, *, values: bool = False) -> str:
    """The readable text of a docx/xlsx/pptx/pdf/md/csv/txt/json/py file, cut to `limit`
    characters; a png says what it shows, a zip lists its members, an eml shows its headers and
    body. A workbook shows its formulas as written, or with `values` the values they compute to.

    Raises OfficeFileError for a missing, corrupt or unsupported file.
    """
    kind = path.suffix.lower().lstrip(".")
    reader = read_xlsx_values if values and kind == "xlsx" else _READERS.get(kind)
    if reader is None:
        raise OfficeFileError(f"{path.name} is not a supported file type ({path.suffix or 'none'})")
    # The same bytes read the same way under the same budget give the same text (text_cache).
    key = (str(path), values, limit, budgets.current())
    return TEXTS.read(path, key, lambda: _parsed(path, kind, reader, limit))


def _parsed(path: Path, kind: str, reader: Callable[[Path], Iterator[str]], limit: int | None) -> str:
    _require_file(path, kind)
    lines: list[str] = []
    size = 0
    try:
        for line in reader(path):
            lines.append(line)
            size += len(line) + 1
            if limit is not None and size >= limit:
                break  # closing the generator lets readers release their files
    except Exception as exc:
        raise OfficeFileError(f"{path.name} is not a valid {kind} file ({_reason(exc)})") from exc
    text = "\n".join(lines)
    return text if limit is None else text[:limit]


def check_formulas(path: Path) -> list[str]:
    """Problems with the formulas of an xlsx file: unknown functions, missing sheets, empty or
    text cells used as numbers, circular references. Empty list: all good. Other kinds hold no
    formulas and give an empty list."""
    kind = path.suffix.lower().lstrip(".")
    if kind != "xlsx":
        return []
    _require_file(path, kind)
    check_package(path, streamed=())  # a whole load parses every sheet at once
    try:
        workbook = openpyxl.load_workbook(path)
    except Exception as exc:
        raise OfficeFileError(f"{path.name} is not a valid xlsx file ({_reason(exc)})") from exc
    try:
        return check_workbook(workbook)
    finally:
        workbook.close()


def _require_file(path: Path, kind: str) -> None:
    if not path.is_file():
        raise OfficeFileError(f"{path.name} does not exist")
    if kind in (*_ZIP_KINDS, "zip") and not zipfile.is_zipfile(path):
        raise OfficeFileError(f"{path.name} is not a valid {kind} file (zip is corrupt)")
    if kind in _ZIP_KINDS:
        check_package(path)  # before any parsing: a zip bomb is refused, not unpacked


def _reason(exc: Exception) -> str:
    """A short, path-free reason for a library exception."""
    if isinstance(exc, zipfile.BadZipFile):
        return "zip is corrupt"
    if isinstance(exc, KeyError):  # zipfile and python-pptx say so for an absent zip member
        part = re.search(r"'/?([^']+)'", str(exc))
        return f"missing part {part.group(1)}" if part else "a required part is missing"
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else ""
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__
