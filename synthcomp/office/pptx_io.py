"""PowerPoint decks: DeckSpec to 16:9 .pptx bytes, and .pptx back to text."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pptx
from pptx.util import Emu, Pt

from synthcomp.office.coerce import xml_safe
from synthcomp.office.determinism import naive_utc
from synthcomp.schemas import DeckSpec

WIDE_WIDTH, WIDE_HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 in x 7.5 in, PowerPoint's 16:9
_TITLE_LAYOUT, _CONTENT_LAYOUT = 0, 1  # 'Title Slide', 'Title and Content' in the default deck
# Bullet size by count, so long lists still fit the content box.
_BULLET_SIZES = ((6, None), (9, Pt(18)), (12, Pt(15)))
_SMALLEST_BULLET = Pt(12)


def build_pptx(deck: DeckSpec, modified: datetime.datetime, author: str | None) -> bytes:
    """The deck as .pptx bytes (not yet normalized: zip times still vary)."""
    prs: Any = pptx.Presentation()
    old_width = prs.slide_width
    prs.slide_width, prs.slide_height = WIDE_WIDTH, WIDE_HEIGHT
    title_slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_LAYOUT])
    _widen(title_slide, WIDE_WIDTH / old_width)
    title_slide.shapes.title.text = xml_safe(deck.title)
    subtitle = title_slide.placeholders[1]
    if deck.subtitle:
        subtitle.text = xml_safe(deck.subtitle)
    else:  # an empty placeholder shows 'Click to add subtitle' when the file is opened
        subtitle.element.getparent().remove(subtitle.element)
    for spec in deck.slides:
        slide = prs.slides.add_slide(prs.slide_layouts[_CONTENT_LAYOUT])
        _widen(slide, WIDE_WIDTH / old_width)
        slide.shapes.title.text = xml_safe(spec.title)
        body = slide.placeholders[1].text_frame
        size = next((s for n, s in _BULLET_SIZES if len(spec.bullets) <= n), _SMALLEST_BULLET)
        for n, bullet in enumerate(spec.bullets):
            paragraph = body.paragraphs[0] if n == 0 else body.add_paragraph()
            paragraph.text = xml_safe(bullet)
            if size is not None:
                paragraph.font.size = size
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = xml_safe(spec.notes)
    # The default template names 'Steve Canny' and python-pptx: replace with the deck's owner.
    props = prs.core_properties
    props.author = props.last_modified_by = xml_safe(author or "")
    props.comments = ""
    props.title = xml_safe(deck.title)
    props.created = props.modified = naive_utc(modified)
    props.revision = 1
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _widen(slide: Any, factor: float) -> None:
    """Stretch placeholders sideways: the default layouts are drawn for a 4:3 slide, and would
    otherwise sit in the left three quarters of a 16:9 one."""
    for shape in slide.placeholders:
        # Read all four first: setting one creates the slide's own xfrm, zeroing the others.
        left, top, width, height = shape.left, shape.top, shape.width, shape.height
        shape.left, shape.top = Emu(int(left * factor)), top
        shape.width, shape.height = Emu(int(width * factor)), height


def read_pptx(path: Path) -> Iterator[str]:
    """Per slide '## title', then its other text as '- ' bullets, then 'Notes: ...'."""
    prs: Any = pptx.Presentation(str(path))
    for number, slide in enumerate(prs.slides, start=1):
        title = slide.shapes.title
        yield f"## Slide {number}: {title.text_frame.text.strip() if title is not None else ''}"
        for shape in slide.shapes:
            if shape == title:
                continue
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    if paragraph.text.strip():
                        yield "  " * paragraph.level + "- " + paragraph.text.strip()
            elif getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    yield " | ".join(cell.text.strip() for cell in row.cells)
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            if notes is not None and notes.text.strip():
                yield f"Notes: {notes.text.strip()}"
