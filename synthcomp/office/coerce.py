"""Turn whatever content a file got into the spec its writer needs.

Models sometimes fill the wrong part of FileContent (a deck for a .docx, plain text for a
.xlsx). Rather than fail, every kind can be built from any content, with DocumentSpec as the
common pivot: text, decks and workbooks become documents; documents become decks and workbooks.
"""

from __future__ import annotations

import re

from synthcomp.office.formulas import computed_rows
from synthcomp.schemas import (
    Block,
    Cell,
    DeckSpec,
    DocumentSpec,
    FileContent,
    SheetSpec,
    SlideSpec,
    WorkbookSpec,
)

# Characters XML 1.0 forbids; lxml (under all three office libraries) refuses them.
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BULLET_RE = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")
_NUMBER_RE = re.compile(r"-?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?")
_SLIDE_BULLETS = 6  # more than this per slide does not fit the layout


def xml_safe(text: str) -> str:
    """`text` without the control characters XML cannot hold."""
    return _XML_ILLEGAL_RE.sub("", text)


def cell_text(value: Cell) -> str:
    """A cell as a person would read it: 1200.0 as '1200', True as 'TRUE', None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def document_of(content: FileContent, title: str) -> DocumentSpec:
    """The content as a document; `title` (say the file name) is used when it has none."""
    if content.document is not None:
        if content.document.title.strip():
            return content.document
        return content.document.model_copy(update={"title": title})
    if content.text is not None and content.text.strip():
        return DocumentSpec(title=title, blocks=text_blocks(content.text))
    if content.deck is not None:
        blocks: list[Block] = []
        for n, slide in enumerate(content.deck.slides, start=1):
            blocks.append(Block(type="heading", text=slide.title or f"Slide {n}"))
            if slide.bullets:
                blocks.append(Block(type="bullets", items=slide.bullets))
            if slide.notes:
                blocks.append(Block(type="paragraph", text=slide.notes))
        deck_title = content.deck.title.strip() or title
        return DocumentSpec(title=deck_title, subtitle=content.deck.subtitle, blocks=blocks)
    if content.workbook is not None:
        blocks = []
        for sheet in content.workbook.sheets:
            rows = [[cell_text(v) for v in row] for row in computed_rows(sheet.rows)]
            blocks += [Block(type="heading", text=sheet.name), Block(type="table", rows=rows)]
        return DocumentSpec(title=title, blocks=blocks)
    return DocumentSpec(title=title, blocks=[Block(type="paragraph", text=content.summary)])


def text_blocks(text: str) -> list[Block]:
    """Split plain text into blocks: blank lines end paragraphs; '- ' lines form lists;
    '#' lines are headings."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", xml_safe(text).strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("#"):
            level = min(len(lines[0]) - len(lines[0].lstrip("#")), 3)
            blocks.append(Block(type="heading", text=lines.pop(0).lstrip("# "), level=level))
        if lines and all(_BULLET_RE.match(line) for line in lines):
            items = [_BULLET_RE.sub("", line) for line in lines]
            numbered = lines[0][0].isdigit()
            blocks.append(Block(type="numbered" if numbered else "bullets", items=items))
        elif lines:
            blocks.append(Block(type="paragraph", text=" ".join(lines)))
    return blocks


def deck_of(content: FileContent, title: str) -> DeckSpec:
    """The content as a deck: one slide per heading, its text as bullets."""
    if content.deck is not None:
        if content.deck.title.strip():
            return content.deck
        return content.deck.model_copy(update={"title": title})
    document = document_of(content, title)
    slides: list[SlideSpec] = []
    heading = document.title
    for block in document.blocks:
        if block.type == "heading":
            heading = block.text
            slides.append(SlideSpec(title=heading))
            continue
        if block.type == "table":
            lines = [" | ".join(row) for row in block.rows[:_SLIDE_BULLETS]]
        else:
            lines = [item for item in block.items or [block.text] if item]
        for line in lines:
            if not slides or len(slides[-1].bullets) >= _SLIDE_BULLETS:
                cont = heading if not slides else f"{heading} (cont.)"
                slides.append(SlideSpec(title=cont))
            slides[-1].bullets.append(line)
    return DeckSpec(title=document.title, subtitle=document.subtitle, slides=slides)


def workbook_of(content: FileContent, title: str) -> WorkbookSpec:
    """The content as a workbook: each document table becomes a sheet, else its text does."""
    if content.workbook is not None:
        return content.workbook
    document = document_of(content, title)
    sheets: list[SheetSpec] = []
    heading = document.title
    for block in document.blocks:
        if block.type == "heading":
            heading = block.text
        elif block.type == "table" and any(any(cell.strip() for cell in r) for r in block.rows):
            table = [[_typed(v) for v in row] for row in block.rows]
            sheets.append(SheetSpec(name=heading[:31] or "Sheet1", rows=table))
    if not sheets:  # no tables: list the text as (section, line) rows
        rows: list[list[Cell]] = [["Section", "Text"]]
        heading = document.title
        for block in document.blocks:
            if block.type == "heading":
                heading = block.text
            else:
                rows += [[heading, line] for line in block.items or [block.text] if line]
        name = document.title[:31] or "Sheet1"
        sheets = [SheetSpec(name=name, rows=rows, column_widths={"B": 80})]
    return WorkbookSpec(sheets=sheets)


def _typed(text: str) -> Cell:
    """'1,200.50' as 1200.5 so numbers from document tables are numbers in the sheet; codes
    such as '007' and decimal-comma numbers stay text rather than risk a wrong value."""
    if not _NUMBER_RE.fullmatch(text.strip()):
        return text
    number = float(text.replace(",", ""))
    return int(number) if "." not in text else number
