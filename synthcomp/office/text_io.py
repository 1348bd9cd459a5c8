"""Plain-text formats: Markdown and plain text from a document, CSV from a sheet, and reading
any of them back."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from synthcomp.office.budgets import current, cut_note
from synthcomp.office.coerce import cell_text
from synthcomp.office.formulas import computed_rows
from synthcomp.schemas import Block, DocumentSpec, SheetSpec


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def document_to_markdown(document: DocumentSpec) -> str:
    """GitHub-flavoured Markdown: '# title', italic subtitle, '##'/'###' headings, lists, tables."""
    lines = [f"# {document.title}", ""]
    if document.subtitle:
        lines += [f"*{document.subtitle}*", ""]
    for block in document.blocks:
        if block.type == "heading":
            lines.append("#" * (block.level + 1) + " " + block.text)
        elif block.type == "paragraph":
            lines.append(block.text)
        elif block.type == "bullets":
            lines += [f"- {item}" for item in block.items]
        elif block.type == "numbered":
            lines += [f"{n}. {item}" for n, item in enumerate(block.items, start=1)]
        elif block.type == "table" and block.rows:
            rows = _rectangular(block)
            lines.append("| " + " | ".join(_md_cell(c) for c in rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows[1:]]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def document_to_text(document: DocumentSpec) -> str:
    """Plain text as someone would type it: underlined title and headings, '-' lists and
    space-aligned tables."""
    lines = [document.title, "=" * len(document.title), ""]
    if document.subtitle:
        lines += [document.subtitle, ""]
    for block in document.blocks:
        if block.type == "heading":
            lines += [block.text, ("-" if block.level == 1 else "~") * len(block.text)]
        elif block.type == "paragraph":
            lines.append(block.text)
        elif block.type == "bullets":
            lines += [f"- {item}" for item in block.items]
        elif block.type == "numbered":
            lines += [f"{n}. {item}" for n, item in enumerate(block.items, start=1)]
        elif block.type == "table" and block.rows:
            rows = _rectangular(block)
            widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
            lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                      for row in rows]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _rectangular(block: Block) -> list[list[str]]:
    """Table rows padded to the widest row, since models write ragged tables."""
    width = max(len(row) for row in block.rows)
    return [list(row) + [""] * (width - len(row)) for row in block.rows]


def sheet_to_csv(sheet: SheetSpec) -> str:
    """CSV text of one sheet. CSV cannot hold formulas, so each is written as its computed
    value when simple (SUM/AVERAGE/arithmetic on the same sheet) and left empty otherwise."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in computed_rows(sheet.rows):
        writer.writerow([cell_text(value) for value in row])
    return out.getvalue()


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (with or without BOM), else Windows-1252, which never fails."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_plain(path: Path) -> Iterator[str]:
    """The lines of a md, csv or txt file: its first bytes only, as the read budget allows."""
    data, cut = read_bytes_within(path)
    yield from decode(data).splitlines()
    if cut:
        yield cut



def read_bytes_within(path: Path) -> tuple[bytes, str | None]:
    """A file's bytes, at most the read budget's ``plain`` of them; with the cut_note line when
    there was more (its size is not trusted: a file may grow while read)."""
    limit = current().plain
    with path.open("rb") as file:
        data = file.read() if limit is None else file.read(limit + 1)
    if limit is None or len(data) <= limit:
        return data, None
    total = max(path.stat().st_size, len(data))
    return data[:limit], cut_note(path.name, limit, total, "bytes")
