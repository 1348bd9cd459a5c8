"""Versions of a written file as real edits of it: a re-download, an earlier draft, the FINAL,
a "Copy of" workbook with a few inputs changed.

People's drives hold several states of one text, not unrelated documents that share a name.
Each version here is made from the original's bytes, in place (python-docx, python-pptx,
openpyxl keep its look), seeded, so the same original and seed give the same bytes:

- duplicate: the same bytes (a second download of the same attachment);
- draft: an earlier state: the last section (or slide) not written yet, some sentences and
  bullets not there yet;
- final: the original with last small edits (a sentence cut, a bullet dropped);
- copy: a workbook with the same sheets and line items, a few input cells (never formulas)
  changed, its cached values computed again.
"""

from __future__ import annotations

import datetime
import io
import random
import re
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook
from pptx import Presentation

from synthcomp.office.determinism import normalize_ooxml
from synthcomp.office.edit import docx_paragraphs
from synthcomp.office.formulas import is_formula
from synthcomp.office.xlsx_values import with_cached_values, workbook_rows
from synthcomp.schemas import VersionType

_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_DUPLICATE_RE = re.compile(r"\s?\(\d+\)$")
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")
# How much each kind of version changes: (chance a paragraph loses a sentence, cells changed).
_DEPTH: dict[str, tuple[float, int]] = {"draft": (0.15, 1), "final": (0.08, 1), "copy": (0.1, 2)}


def version_type_of(path: str, version_type: str | None) -> VersionType:
    """The version type given, or the one the file name says: FINAL, "Copy of", "(2)"; else a
    draft."""
    if version_type in ("duplicate", "draft", "final", "copy"):
        return version_type  # type: ignore[return-value]
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if "final" in stem.lower():
        return "final"
    if stem.lower().startswith("copy of"):
        return "copy"
    return "duplicate" if _DUPLICATE_RE.search(stem) else "draft"


def derive_version(original: Path, kind: str, version_type: VersionType, seed: int,
                   modified: datetime.datetime, author: str | None = None) -> bytes | None:
    """The bytes of a `version_type` version of the `kind` file `original`, or None when this
    kind cannot be edited so (a pdf draft: the caller writes it some other way)."""
    data = original.read_bytes()
    if version_type == "duplicate":
        return data
    rng = random.Random(seed)
    if kind == "docx":
        return _docx(data, version_type, rng, modified, author)
    if kind == "pptx":
        return _pptx(data, version_type, rng, modified, author)
    if kind == "xlsx":
        return _xlsx(data, version_type, rng, modified, author)
    if kind == "csv":
        return _csv(data.decode("utf-8"), version_type, rng).encode("utf-8")
    if kind in ("md", "txt"):
        return edit_text(data.decode("utf-8"), version_type, rng).encode("utf-8")
    return None


def edit_text(text: str, version_type: VersionType, rng: random.Random) -> str:
    """A plain text's version: a draft lacks its last part and some sentences, a final or copy
    loses a sentence here and there. Headings and blank lines stay."""
    lines = text.split("\n")
    if version_type == "draft" and len(lines) >= 8:
        lines = lines[: max(6, len(lines) * 5 // 6)]
    chance = _DEPTH.get(version_type, (0.1, 1))[0]
    edited = [_fewer_sentences(line, rng, chance) for line in lines]
    if edited == lines:  # a version is never the same text: one sentence or line goes
        candidates = [n for n, line in enumerate(lines) if line.strip() and n > 0]
        if candidates:
            edited.pop(rng.choice(candidates))
    return "\n".join(edited)


def _fewer_sentences(text: str, rng: random.Random, chance: float) -> str:
    sentences = [s for s in _SENTENCE_RE.split(text) if s]
    if len(sentences) < 2 or rng.random() >= chance:
        return text
    sentences.pop(rng.randrange(1, len(sentences)))
    joiner = "" if re.search(r"[。！？]$", sentences[0]) else " "
    return joiner.join(sentences)


def _set_text(paragraph: Any, text: str) -> None:
    """Replace a paragraph's text, keeping the look of its first run."""
    runs = list(paragraph.runs)
    if not runs:
        return
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def _docx(data: bytes, version_type: VersionType, rng: random.Random,
          modified: datetime.datetime, author: str | None) -> bytes:
    doc = Document(io.BytesIO(data))
    if version_type == "draft":
        _drop_last_section(doc)
    chance = _DEPTH[version_type][0]
    changed = False
    for paragraph in docx_paragraphs(doc):
        text = paragraph.text
        shorter = _fewer_sentences(text, rng, chance)
        if shorter != text:
            _set_text(paragraph, shorter)
            changed = True
    if not changed:  # one sentence goes at least: a version is never the same text
        longest = max(docx_paragraphs(doc), key=lambda p: len(p.text), default=None)
        if longest is not None:
            _set_text(longest, _fewer_sentences(longest.text, rng, 1.0))
    if author:
        doc.core_properties.last_modified_by = author
    out = io.BytesIO()
    doc.save(out)
    return normalize_ooxml(out.getvalue(), modified)


def _drop_last_section(doc: Any) -> None:
    """Remove the last heading and everything after it, when the document has at least three
    sections and the last is under a fifth of the text (a draft not finished yet)."""
    body = doc.element.body
    children = [child for child in body.iterchildren() if child.tag != qn("w:sectPr")]
    headings = [n for n, child in enumerate(children) if child.tag == qn("w:p")
                and str(getattr(Paragraph(child, doc).style, "name", "")).startswith("Heading")]
    if len(headings) < 3:
        return
    total = sum(len("".join(child.itertext())) for child in children)
    tail = children[headings[-1]:]
    if sum(len("".join(child.itertext())) for child in tail) > total / 5:
        return
    for child in tail:
        body.remove(child)


def _pptx(data: bytes, version_type: VersionType, rng: random.Random,
          modified: datetime.datetime, author: str | None) -> bytes:
    deck = Presentation(io.BytesIO(data))
    slides = deck.slides._sldIdLst  # python-pptx has no public way to delete a slide
    if version_type == "draft" and len(slides) >= 5:
        last = slides[-1]
        deck.part.drop_rel(last.rId)
        slides.remove(last)
    chance = 0.4 if version_type == "draft" else 0.15
    dropped = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame or shape == slide.shapes.title:
                continue
            paragraphs = shape.text_frame.paragraphs
            if len(paragraphs) >= 3 and rng.random() < chance:
                gone = paragraphs[rng.randrange(1, len(paragraphs))]._p
                gone.getparent().remove(gone)
                dropped += 1
    if not dropped:
        _drop_one_bullet(deck)
    if author:
        deck.core_properties.last_modified_by = author
    out = io.BytesIO()
    deck.save(out)
    return normalize_ooxml(out.getvalue(), modified)


def _drop_one_bullet(deck: Any) -> None:
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape != slide.shapes.title:
                paragraphs = shape.text_frame.paragraphs
                if len(paragraphs) >= 2:
                    gone = paragraphs[-1]._p
                    gone.getparent().remove(gone)
                    return


def _xlsx(data: bytes, version_type: VersionType, rng: random.Random,
          modified: datetime.datetime, author: str | None) -> bytes:
    book = load_workbook(io.BytesIO(data))
    inputs = [cell for sheet in book.worksheets for row in sheet.iter_rows(min_row=2)
              for cell in row if _is_input(cell.value)]
    # a changed input moves every total above it: two or three are a copy, not a new budget
    count = min(len(inputs), _DEPTH.get(version_type, (0.1, 2))[1] + rng.randint(0, 1))
    for cell in rng.sample(inputs, count):
        cell.value = _nudged(cell.value, rng)
    if author:
        book.properties.lastModifiedBy = author
    out = io.BytesIO()
    book.save(out)
    # openpyxl drops cached values on load: computed again, with the changed inputs
    return normalize_ooxml(with_cached_values(out.getvalue(), workbook_rows(book)), modified)


def _is_input(value: object) -> bool:
    """A number typed by hand: not a formula, not a flag, not a year heading."""
    if isinstance(value, bool) or not isinstance(value, int | float) or is_formula(value):
        return False
    return not (isinstance(value, int) and 1990 <= value <= 2100)


def _nudged(value: int | float, rng: random.Random) -> int | float:
    factor = rng.choice((0.85, 0.9, 0.95, 1.05, 1.1, 1.2, 1.25))
    if isinstance(value, int):
        changed = round(value * factor)
        return changed if changed != value else value + 1
    decimals = len(repr(value).split(".")[1]) if "." in repr(value) else 0
    return round(value * factor, min(decimals, 2) or 0)


def _csv(text: str, version_type: VersionType, rng: random.Random) -> str:
    """A csv's version: a few numbers of its data rows changed (a draft also lacks its last
    rows)."""
    lines = text.split("\n")
    if version_type == "draft" and len(lines) > 8:
        lines = lines[: len(lines) * 5 // 6]
    rows = [n for n in range(1, len(lines)) if _NUMBER_RE.search(lines[n])]
    for n in rng.sample(rows, min(len(rows), 2 + rng.randint(0, 2))):
        match = _NUMBER_RE.search(lines[n])
        if match:
            digits = match.group(0)
            bumped = str(int(digits) + rng.randint(1, 9)) if digits.isdigit() else digits[::-1]
            lines[n] = lines[n][: match.start()] + bumped + lines[n][match.end():]
    return "\n".join(lines)
