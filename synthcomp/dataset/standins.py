"""Small, valid, honest stand-ins for files the office writers do not write.

A published row names code, configs, images, archives, installers and downloaded PDFs whose bytes
are not in the dataset. Each gets the smallest thing that opens as its kind and says what it
stands for: a JSON file is valid JSON, a .png a 1x1 PNG, a .zip/.tar.gz an archive holding a
README, code and config a comment header with the description, a downloaded document a short
document naming where the original came from. Nothing pretends to be the original.
"""

from __future__ import annotations

import gzip
import io
import json
import struct
import tarfile
import zipfile
import zlib
from datetime import datetime

from synthcomp import office
from synthcomp.dataset.models import DatasetFile
from synthcomp.schemas import FILE_KINDS, DocumentSpec, FileContent, FileKind, SheetSpec, WorkbookSpec

# Macro-enabled and template variants are the same containers as their plain kinds.
OFFICE_ALIASES: dict[str, FileKind] = {"xlsm": "xlsx", "xltx": "xlsx", "docm": "docx",
                                       "dotx": "docx", "pptm": "pptx", "potx": "pptx"}

_COMMENT = {
    "py": "#", "sh": "#", "bash": "#", "zsh": "#", "rb": "#", "pl": "#", "r": "#", "yaml": "#",
    "yml": "#", "toml": "#", "ini": ";", "cfg": "#", "conf": "#", "env": "#", "ps1": "#",
    "lua": "--", "sql": "--", "hs": "--", "php": "//", "js": "//", "ts": "//", "java": "//",
    "c": "//", "h": "//", "cpp": "//", "cs": "//", "go": "//", "rs": "//", "swift": "//",
    "kt": "//", "scala": "//", "m": "%", "tex": "%", "bib": "%", "bat": "REM", "vb": "'",
}


def extension(path: str) -> str:
    """The kind a path's name says: ``tar.gz`` for a tarball, else the lower-cased suffix."""
    name = path.rsplit("/", 1)[-1].lower()
    if name.endswith((".tar.gz", ".tgz")):
        return "tar.gz"
    return name.rsplit(".", 1)[-1] if "." in name else ""


def office_kind(path: str) -> FileKind | None:
    """The office writer kind for a path (``report.PDF`` -> pdf, ``m.xlsm`` -> xlsx), or None."""
    ext = extension(path)
    if ext in FILE_KINDS:
        return ext  # type: ignore[return-value]
    return OFFICE_ALIASES.get(ext)


def note(file: DatasetFile, sources: list[str]) -> str:
    """What the stand-in says about itself: the row's description, its origin and sources."""
    lines = [file.description or f"A file of the row named {file.original_path}."]
    if file.content_mode == "download":
        lines.append("Stand-in for a downloaded file whose bytes are not in the dataset"
                     + (f"; the original: {file.download_hint}" if file.download_hint else "") + ".")
    else:
        lines.append("Stand-in written by synthcomp from the row's description.")
    if sources:
        lines.append("Built from: " + ", ".join(sources))
    return "\n".join(lines)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1, 8-bit RGB
    pixels = zlib.compress(b"\x00\xc8\xc8\xc8")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _zip(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("README.txt", (2020, 1, 1, 0, 0, 0)), text)
    return buffer.getvalue()


def _tar_gz(text: str) -> bytes:
    data = text.encode("utf-8")
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as archive:
        info = tarfile.TarInfo("README.txt")
        info.size, info.mtime = len(data), 0
        archive.addfile(info, io.BytesIO(data))
    # mtime=0 keeps the bytes the same from run to run.
    return gzip.compress(raw.getvalue(), mtime=0)


def _html(title: str, text: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in
                   text.replace("&", "&amp;").replace("<", "&lt;").splitlines())
    return f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>" \
           f"<body><h1>{title}</h1>{body}</body></html>\n"


def _office(kind: FileKind, title: str, text: str, modified: datetime) -> bytes:
    paragraphs = [{"type": "paragraph", "text": line} for line in text.splitlines()]
    if kind in ("xlsx", "csv"):
        rows: list[list[str | int | float | bool | None]] = [["Note"]]
        rows += [[line] for line in text.splitlines()]
        content = FileContent(workbook=WorkbookSpec(sheets=[SheetSpec(name="Note", rows=rows)]),
                              summary=text[:200])
    elif kind == "txt":
        content = FileContent(text=text, summary=text[:200])
    else:
        content = FileContent(document=DocumentSpec.model_validate(
            {"title": title, "blocks": paragraphs}), summary=text[:200])
    if kind == "pptx":
        content = FileContent.model_validate({"deck": {"title": title, "slides": [
            {"title": title, "bullets": text.splitlines()}]}, "summary": text[:200]})
    return office.render_content(kind, content, modified, title=title)


def stand_in(file: DatasetFile, sources: list[str], modified: datetime) -> bytes:
    """The bytes of a stand-in for ``file`` (see the module's docstring); ``sources`` are the
    drive paths it was built from."""
    text = note(file, sources)
    title = file.path.rsplit("/", 1)[-1]
    ext = extension(file.path)
    kind = office_kind(file.path)
    if kind is not None:
        return _office(kind, title, text, modified)
    if ext == "json":
        return (json.dumps({"_about": text.splitlines(), "name": title}, indent=2,
                           ensure_ascii=False) + "\n").encode("utf-8")
    if ext == "ipynb":  # a notebook is JSON: Jupyter and json.loads open it
        notebook = {"cells": [{"cell_type": "markdown", "id": "about", "metadata": {},
                              "source": text.splitlines(True)}],
                    "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        return (json.dumps(notebook, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    if ext == "png":
        return _png()
    if ext in ("zip", "jar", "whl", "epub"):
        return _zip(text)
    if ext in ("tar.gz", "gz"):
        return _tar_gz(text) if ext == "tar.gz" else gzip.compress(text.encode("utf-8"), mtime=0)
    if ext in ("html", "htm", "xml", "svg"):
        if ext == "html" or ext == "htm":
            return _html(title, text).encode("utf-8")
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace("--", "- -")
        if ext == "svg":
            return (f'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">'
                    f"<!-- {safe} --></svg>\n").encode()
        return f'<?xml version="1.0" encoding="utf-8"?>\n<!-- {safe} -->\n<note/>\n'.encode()
    prefix = _COMMENT.get(ext)
    if prefix is not None:
        return ("\n".join(f"{prefix} {line}" for line in text.splitlines()) + "\n").encode("utf-8")
    # Any other kind (installers, images we do not draw, unknown suffixes): plain text that
    # says what it stands for; it does not run or open as the original would.
    return (text + "\n").encode("utf-8")
