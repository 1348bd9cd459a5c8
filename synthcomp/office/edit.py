"""Edit office files in place: replace a text keeping its formatting, rewrite a section under a
heading, insert spreadsheet rows (formulas follow), change a slide keeping its layout.

Each function changes an already opened document (python-docx, python-pptx, openpyxl) or a text
and raises InputError with one sentence the model can act on (not found, ambiguous, out of range);
opening, saving and sandboxing are the caller's (synthcomp.tools.editing).
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterator
from typing import Any

from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph
from openpyxl.formula.tokenizer import Token, Tokenizer

from synthcomp.errors import InputError
from synthcomp.office.coerce import xml_safe
from synthcomp.office.docx_io import _add_block, _StyleIds
from synthcomp.office.formulas import is_formula, split_reference
from synthcomp.office.style import OfficeStyle
from synthcomp.office.xmllock import holding_package_lock
from synthcomp.schemas import Block, Cell

_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_CELL_REF_RE = re.compile(r"(\$?[A-Za-z]{1,3}\$?)(\d+)")
_ROWS_RE = re.compile(r"^(\$?)(\d+):(\$?)(\d+)$")
_MAX_CANDIDATES = 20_000  # windows compared for "did you mean"


# --- replacing text -------------------------------------------------------------------------------


@holding_package_lock
def replace_in_paragraphs(paragraphs: list[Any], old: str, new: str, replace_all: bool) -> int:
    """Replace `old` by `new` in python-docx or python-pptx paragraphs, run by run: the new text
    takes the formatting of the run where the old one starts, every other run is untouched.
    Returns how many were replaced; raises InputError when `old` is absent or (without
    `replace_all`) found more than once."""
    if not old:
        raise InputError("the text to replace is empty.")
    found = [(p, at) for p in paragraphs for at in _occurrences(_text_of(p), old)]
    _check_found(len(found), old, [_text_of(p) for p in paragraphs], replace_all)
    for paragraph, at in reversed(found):  # from the end: earlier offsets stay valid
        _replace_at(list(paragraph.runs), at, len(old), xml_safe(new))
    return len(found)


def replace_in_text(text: str, old: str, new: str, replace_all: bool) -> tuple[str, int]:
    """`text` with `old` replaced by `new`, and how many; the same checks as in paragraphs."""
    if not old:
        raise InputError("the text to replace is empty.")
    count = len(_occurrences(text, old))
    _check_found(count, old, text.splitlines(), replace_all)
    return text.replace(old, new), count


def docx_paragraphs(doc: DocxDocument) -> list[Paragraph]:
    """Every paragraph of the body and of its tables (nested ones too), in reading order."""
    def walk(container: Any) -> Iterator[Paragraph]:
        for item in container.iter_inner_content():
            if isinstance(item, Paragraph):
                yield item
            else:
                for row in item.rows:
                    for cell in row.cells:
                        yield from walk(cell)
    return list(walk(doc))


def pptx_paragraphs(deck: Any) -> list[Any]:
    """Every text paragraph of every slide (shapes, tables, groups) and its speaker notes."""
    def shapes(group: Any) -> Iterator[Any]:
        for shape in group:
            if shape.shape_type == 6:  # a group: its shapes
                yield from shapes(shape.shapes)
            else:
                yield shape

    paragraphs: list[Any] = []
    for slide in deck.slides:
        for shape in shapes(slide.shapes):
            if shape.has_text_frame:
                paragraphs += shape.text_frame.paragraphs
            if getattr(shape, "has_table", False) and shape.has_table:
                paragraphs += [p for row in shape.table.rows for cell in row.cells
                               for p in cell.text_frame.paragraphs]
        if slide.has_notes_slide:
            paragraphs += slide.notes_slide.notes_text_frame.paragraphs
    return paragraphs


def _text_of(paragraph: Any) -> str:
    return "".join(run.text for run in paragraph.runs)


def _occurrences(text: str, old: str) -> list[int]:
    found, at = [], text.find(old)
    while at != -1:
        found.append(at)
        at = text.find(old, at + len(old))
    return found


def _check_found(count: int, old: str, texts: list[str], replace_all: bool) -> None:
    if count == 0:
        close = close_matches(old, texts)
        hint = ("; close matches: " + "; ".join(repr(c) for c in close)) if close else ""
        raise InputError(f"{old!r} is not in the file (the text must match exactly, within one "
                         f"paragraph){hint}.")
    if count > 1 and not replace_all:
        raise InputError(f"{old!r} appears {count} times: give more of the text around it to pick "
                         "one, or set replace_all to replace them all.")


def close_matches(wanted: str, texts: list[str], n: int = 3) -> list[str]:
    """Up to `n` stretches of `texts` that read most like `wanted` (same length, from a word
    start), best first, for a "did you mean" hint."""
    size = len(wanted)
    windows: list[str] = []
    for text in texts:
        if wanted.lower() in text.lower():  # differs only in case
            at = text.lower().find(wanted.lower())
            windows.insert(0, text[at:at + size])
            continue
        starts = [0, *(m.end() for m in re.finditer(r"\s+", text))]
        windows += [text[at:at + size].strip() for at in starts if text[at:at + size].strip()]
        if len(windows) > _MAX_CANDIDATES:
            break
    unique = list(dict.fromkeys(windows))
    return difflib.get_close_matches(wanted, unique, n=n, cutoff=0.6)


def _replace_at(runs: list[Any], at: int, length: int, new: str) -> None:
    """Put `new` in place of `length` characters from `at` of the runs' joined text."""
    end = at + length
    start = 0
    first = True
    for run in runs:
        text = run.text
        stop = start + len(text)
        if (stop > at and start < end) or (length == 0 and start <= at <= stop):
            head = text[: max(0, at - start)] if first else ""
            tail = text[end - start:] if stop >= end else ""
            run.text = head + (new if first else "") + tail
            first = False
        start = stop


# --- sections under a heading ---------------------------------------------------------------------


def rewrite_markdown_section(text: str, heading: str, markdown: str) -> str:
    """`text` with the body under the markdown heading `heading` (up to the next heading of the
    same or a higher level) replaced by `markdown`."""
    lines = text.splitlines()
    levels = [(i, len(m.group(1)), m.group(2)) for i, line in enumerate(lines)
              if (m := _MD_HEADING_RE.match(line))]
    index, level = _find_heading(heading, [(i, lvl, name) for i, lvl, name in levels])
    end = next((i for i, lvl, _ in levels if i > index and lvl <= level), len(lines))
    body = markdown.strip("\n")
    after = lines[end:]
    new = [*lines[: index + 1], "", *([body, ""] if body else []), *after]
    return "\n".join(new).rstrip("\n") + "\n"


@holding_package_lock
def rewrite_docx_section(doc: DocxDocument, heading: str, blocks: list[Block], style: OfficeStyle) -> int:
    """Replace the body under the docx heading `heading` (up to the next heading of the same or
    a higher level) by `blocks`, in the document's own styles; the heading, the rest of the
    document and its styles stay. Returns how many paragraphs and tables were removed."""
    body = doc.element.body
    children = list(body.iterchildren())
    headings = [(i, _docx_level(child, doc), _element_text(child)) for i, child in enumerate(children)]
    index, level = _find_heading(heading, [(i, lvl, t) for i, lvl, t in headings if lvl is not None])
    end = next((i for i, lvl, _ in headings if i > index and lvl is not None and lvl <= level),
               len(children))
    removed = [c for c in children[index + 1:end] if c.tag.rsplit("}", 1)[-1] in ("p", "tbl")]
    for child in removed:
        body.remove(child)
    before = set(body.iterchildren())
    styles = _StyleIds(doc)
    for block in blocks:
        try:
            _add_block(doc, styles, block, style)
        except KeyError as exc:
            raise InputError(f"the document has no {exc.args[0]!r} style for this content.") from exc
    anchor = children[index]
    for element in [c for c in body.iterchildren() if c not in before]:
        anchor.addnext(element)
        anchor = element
    return len(removed)


def _docx_level(element: Any, doc: DocxDocument) -> int | None:
    """The heading level of a body element: 0 for Title, n for 'Heading n', None otherwise."""
    if not element.tag.endswith("}p"):
        return None
    style = Paragraph(element, doc).style if element.style is not None else None
    name = style.name if style is not None else ""
    if name == "Title":
        return 0
    if name.startswith("Heading ") and name[8:].isdigit():
        return int(name[8:])
    return None


def _element_text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter() if t.tag.endswith("}t"))


def _find_heading(wanted: str, headings: list[tuple[int, int, str]]) -> tuple[int, int]:
    """(position, level) of the heading whose text is `wanted` (case and spaces ignored)."""
    def key(text: str) -> str:
        return " ".join(text.split()).lower()

    matches = [(i, lvl) for i, lvl, text in headings if key(text) == key(wanted)]
    names = [text for _, _, text in headings]
    if not matches:
        close = difflib.get_close_matches(wanted, names, n=3, cutoff=0.5)
        shown = close or names[:15]
        raise InputError(f"no heading {wanted!r}; " + ("close ones: " if close else "its headings: ")
                         + "; ".join(repr(n) for n in shown) + ".")
    if len(matches) > 1:
        raise InputError(f"{len(matches)} headings read {wanted!r}; rename one first with replace_text.")
    return matches[0]


# --- spreadsheet rows -----------------------------------------------------------------------------


def insert_sheet_rows(book: Any, ws: Any, at: int, rows: list[list[Cell]]) -> int:
    """Insert `rows` before row `at` of `ws`; cells below move down, and every formula of the
    workbook that points at a moved cell is updated as Excel does (a range that spans the
    insertion point grows). The new rows take the look of the row above (the row below when
    the row above is a header). Returns how many formulas were changed."""
    count = len(rows)
    if count == 0:
        return 0
    frozen = ws.freeze_panes
    header_rows = int(re.sub(r"\D", "", frozen) or 1) - 1 if frozen else 0
    ws.insert_rows(at, count)
    changed = 0
    for sheet in book.worksheets:
        for line in sheet.iter_rows():
            for cell in line:
                if is_formula(cell.value):
                    shifted = shift_formula(cell.value, own=sheet.title == ws.title, target=ws.title,
                                            at=at, count=count)
                    if shifted != cell.value:
                        cell.value = shifted
                        changed += 1
    for merged in list(ws.merged_cells.ranges):
        if merged.min_row >= at:
            merged.shift(row_shift=count)
    model = at - 1 if at - 1 > header_rows else at + count
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            clean = xml_safe(value) if isinstance(value, str) else value
            cell = ws.cell(row=at + offset, column=column, value=clean)
            source = ws.cell(row=model, column=column)
            if source.has_style:
                cell._style = copy.copy(source._style)
    return changed


def shift_formula(formula: str, *, own: bool, target: str, at: int, count: int) -> str:
    """`formula` with its references to rows `at` and below of sheet `target` moved down by
    `count` rows (`own`: the formula is on `target`, so bare references are to it)."""
    tokens = Tokenizer(formula)
    moved = False
    for token in tokens.items:
        if token.type != Token.OPERAND or token.subtype != Token.RANGE:
            continue
        sheet, area = split_reference(token.value)
        if not (own if sheet is None else sheet.lower() == target.lower()):
            continue
        prefix = token.value[: len(token.value) - len(area)]
        shifted = _shift_area(area, at, count)
        if shifted != area:
            token.value = prefix + shifted
            moved = True
    return tokens.render() if moved else formula


def _shift_area(area: str, at: int, count: int) -> str:
    rows = _ROWS_RE.match(area)
    if rows:  # whole rows, e.g. 5:7
        first, last = int(rows.group(2)), int(rows.group(4))
        first += count if first >= at else 0
        last += count if last >= at else 0
        return f"{rows.group(1)}{first}:{rows.group(3)}{last}"

    def move(match: re.Match[str]) -> str:
        row = int(match.group(2))
        return match.group(1) + str(row + count if row >= at else row)

    return _CELL_REF_RE.sub(move, area)


# --- slides ---------------------------------------------------------------------------------------


@holding_package_lock
def edit_deck_slide(deck: Any, number: int, title: str | None, bullets: list[str] | None,
                    notes: str | None) -> list[str]:
    """Change slide `number` (1 is the first) of `deck`: its title, its bullet points, its speaker
    notes (None: left as it is), keeping its layout and the look of its first run and paragraph.
    Returns what was changed."""
    slides = list(deck.slides)
    if not 1 <= number <= len(slides):
        raise InputError(f"the presentation has {len(slides)} slides; give a number from 1 to {len(slides)}.")
    slide = slides[number - 1]
    done: list[str] = []
    if title is not None:
        shape = slide.shapes.title
        if shape is None:
            raise InputError(f"slide {number} has no title placeholder.")
        _set_paragraphs(shape.text_frame, [title])
        done.append("title")
    if bullets is not None:
        body = next((s for s in slide.placeholders if s.has_text_frame
                     and s.placeholder_format.idx != 0 and s != slide.shapes.title), None)
        if body is None:
            raise InputError(f"slide {number} has no body placeholder for bullets (a title slide?).")
        _set_paragraphs(body.text_frame, bullets)
        done.append(f"{len(bullets)} bullets")
    if notes is not None:
        slide.notes_slide.notes_text_frame.text = xml_safe(notes)
        done.append("notes")
    return done


def _set_paragraphs(frame: Any, lines: list[str]) -> None:
    """The frame's paragraphs become `lines`, each a copy of the first paragraph (its level,
    bullet and run look) with one run holding the text."""
    paragraphs = list(frame.paragraphs)
    model = copy.deepcopy(paragraphs[0]._p)
    for paragraph in paragraphs:
        frame._txBody.remove(paragraph._p)
    for line in lines or [""]:
        element = copy.deepcopy(model)
        frame._txBody.append(element)
        paragraph = frame.paragraphs[-1]
        runs = list(paragraph.runs)
        for extra in runs[1:]:
            element.remove(extra._r)
        if runs:
            runs[0].text = xml_safe(line)
        else:
            paragraph.add_run().text = xml_safe(line)
