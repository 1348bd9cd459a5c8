"""PowerPoint decks: DeckSpec to 16:9 .pptx bytes, and .pptx back to text."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pptx
from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from synthcomp.office.budgets import Deadline, current, cut_note
from synthcomp.office.coerce import xml_safe
from synthcomp.office.determinism import naive_utc
from synthcomp.office.style import DEFAULT_STYLE, OfficeStyle, east_asian_font, is_dark, retheme
from synthcomp.office.xmllock import PACKAGE_LOCK, holding_package_lock
from synthcomp.schemas import DeckSpec

WIDE_WIDTH, WIDE_HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 in x 7.5 in, PowerPoint's 16:9
_TITLE_LAYOUT, _CONTENT_LAYOUT = 0, 1  # 'Title Slide', 'Title and Content' in the default deck
# Bullet size by count, so long lists still fit the content box.
_BULLET_SIZES = ((6, None), (9, Pt(18)), (12, Pt(15)))
_SMALLEST_BULLET = Pt(12)
_STYLED_BULLET_SIZES = ((6, Pt(22)), (9, Pt(18)), (12, Pt(15)))  # house styles: less shouting
_MARGIN = Inches(0.6)  # left and right edge of titles and text on styled content slides


@holding_package_lock
def build_pptx(
    deck: DeckSpec, modified: datetime.datetime, author: str | None,
    style: OfficeStyle | None = None,
) -> bytes:
    """The deck as .pptx bytes (not yet normalized: zip times still vary), in `style`'s fonts
    and colours, with its title-slide look and accents (None: DEFAULT_STYLE, the template)."""
    style = style or DEFAULT_STYLE
    styled = style != DEFAULT_STYLE
    with PACKAGE_LOCK:
        prs: Any = pptx.Presentation()
    if styled:
        for rel in prs.slide_master.part.rels.values():
            if not rel.is_external and rel.reltype.endswith("/theme"):
                rel.target_part._blob = retheme(rel.target_part.blob, style)
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
    if styled:
        _style_title_slide(title_slide, style, subtitle if deck.subtitle else None)
    sizes = _STYLED_BULLET_SIZES if styled else _BULLET_SIZES
    for spec in deck.slides:
        slide = prs.slides.add_slide(prs.slide_layouts[_CONTENT_LAYOUT])
        _widen(slide, WIDE_WIDTH / old_width)
        slide.shapes.title.text = xml_safe(spec.title)
        body = slide.placeholders[1].text_frame
        size = next((s for n, s in sizes if len(spec.bullets) <= n), _SMALLEST_BULLET)
        for n, bullet in enumerate(spec.bullets):
            paragraph = body.paragraphs[0] if n == 0 else body.add_paragraph()
            paragraph.text = xml_safe(bullet)
            if size is not None:
                paragraph.font.size = size
            if styled:
                _color_runs(paragraph, style.body_font, style.text_color)
        if styled:
            _style_content_slide(slide, style)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = xml_safe(spec.notes)
    # The language is the deck's (kana anywhere: Japanese), not each run's: a Japanese title of
    # kanji only would otherwise get a Chinese font.
    cjk = east_asian_font(" ".join([deck.title, deck.subtitle or ""]
                                   + [t for spec in deck.slides for t in (spec.title, *spec.bullets)]))
    if cjk is not None:
        for slide in prs.slides:
            _hint_east_asian(slide, *cjk)
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


def _style_title_slide(slide: Any, style: OfficeStyle, subtitle: Any | None) -> None:
    """The house look of the title slide: 'full' colours the whole slide, 'band' puts the
    title on a band across it, 'panel' on a panel down its left, 'rule' under an accent bar."""
    layout = style.slide_layout
    title = slide.shapes.title
    on_accent = layout in ("full", "band", "panel")
    ink = ("FFFFFF" if is_dark(style.accent) else "1A1A1A") if on_accent else style.title_color
    soft = ("E6E6E6" if is_dark(style.accent) else "333333") if on_accent else "595959"
    length = len(title.text_frame.text)
    size = 40 if length <= 40 else 32 if length <= 70 else 26
    width = WIDE_WIDTH - 2 * Inches(0.9)
    if layout == "full":
        slide.background.fill.solid()
        slide.background.fill.fore_color.rgb = RGBColor.from_string(style.accent)
        _place(title, Inches(0.9), Inches(1.9), width, Inches(2.2), MSO_ANCHOR.BOTTOM)
        _bar(slide, Inches(0.9), Inches(4.3), Inches(1.4), Inches(0.06), ink)
        sub_at = (Inches(0.9), Inches(4.55), width, Inches(1.2))
    elif layout == "band":
        _bar(slide, 0, Inches(2.0), WIDE_WIDTH, Inches(2.5), style.accent)
        _place(title, Inches(0.9), Inches(2.15), width, Inches(2.2), MSO_ANCHOR.MIDDLE)
        sub_at = (Inches(0.9), Inches(4.75), width, Inches(1.2))
        soft = style.heading_color
    elif layout == "panel":
        panel = Inches(5.6)
        _bar(slide, 0, 0, panel, WIDE_HEIGHT, style.accent)
        _bar(slide, panel, WIDE_HEIGHT - Inches(0.35), WIDE_WIDTH - panel, Inches(0.35), "F2F2F2")
        _place(title, Inches(0.6), Inches(1.2), panel - Inches(1.1), Inches(3.2), MSO_ANCHOR.BOTTOM)
        sub_at = (Inches(0.6), Inches(4.6), panel - Inches(1.1), Inches(1.6))
        size = 30 if length <= 24 else 26 if length <= 60 else 22
    elif layout == "rule":
        _place(title, Inches(0.9), Inches(1.9), width, Inches(2.2), MSO_ANCHOR.BOTTOM)
        _bar(slide, Inches(0.9), Inches(4.3), Inches(1.6), Inches(0.09), style.accent)
        sub_at = (Inches(0.9), Inches(4.55), width, Inches(1.2))
    else:  # 'plain': the template's centred layout, in the house fonts and colours
        sub_at = None
        size = 44 if length <= 40 else 36 if length <= 70 else 28
    for paragraph in title.text_frame.paragraphs:
        if sub_at is not None:
            paragraph.alignment = PP_ALIGN.LEFT
        _color_runs(paragraph, style.heading_font, ink, Pt(size), bold=on_accent)
    if subtitle is not None:
        if sub_at is not None:
            _place(subtitle, *sub_at, MSO_ANCHOR.TOP)
        for paragraph in subtitle.text_frame.paragraphs:
            if sub_at is not None:
                paragraph.alignment = PP_ALIGN.LEFT
            _color_runs(paragraph, style.body_font, soft, Pt(20))


def _style_content_slide(slide: Any, style: OfficeStyle) -> None:
    """Left-aligned title in the heading colour, text below it, and the house accent: a bar
    across the top ('band'), a strip down the left ('panel') or a rule under the title."""
    title, body = slide.shapes.title, slide.placeholders[1]
    width = WIDE_WIDTH - 2 * _MARGIN
    _place(title, _MARGIN, Inches(0.35), width, Inches(1.0), MSO_ANCHOR.BOTTOM)
    _place(body, _MARGIN, Inches(1.65), width, Inches(5.25), MSO_ANCHOR.TOP)
    for paragraph in title.text_frame.paragraphs:
        paragraph.alignment = PP_ALIGN.LEFT
        _color_runs(paragraph, style.heading_font, style.heading_color, Pt(30))
    if style.slide_layout == "band":
        _bar(slide, 0, 0, WIDE_WIDTH, Inches(0.14), style.accent)
    elif style.slide_layout == "panel":
        _bar(slide, 0, 0, Inches(0.2), WIDE_HEIGHT, style.accent)
    elif style.slide_layout == "full":
        _bar(slide, _MARGIN, Inches(1.42), Inches(1.2), Inches(0.07), style.accent)
    elif style.slide_layout == "rule":
        _bar(slide, _MARGIN, Inches(1.42), width, Inches(0.025), style.accent)


def _place(shape: Any, left: int, top: int, width: int, height: int, anchor: MSO_ANCHOR) -> None:
    shape.left, shape.top, shape.width, shape.height = left, top, width, height
    shape.text_frame.vertical_anchor = anchor


def _color_runs(paragraph: Any, font: str, color: str, size: Pt | None = None,
                bold: bool | None = None) -> None:
    for run in paragraph.runs:
        run.font.name = font
        run.font.color.rgb = RGBColor.from_string(color)
        if size is not None:
            run.font.size = size
        if bold is not None:
            run.font.bold = bold or None


_AFTER_EA = ("cs", "sym", "hlinkClick", "hlinkMouseOver", "rtl", "extLst")  # a:rPr schema order


def _hint_east_asian(slide: Any, font: str, lang: str) -> None:
    """Give each run with CJK text `font` as its East Asian font (a:ea) and `lang`, so PowerPoint
    and LibreOffice draw it in a CJK font of its language rather than the theme's choice."""
    for run in slide.element.iter(qn("a:r")):
        if east_asian_font(run.findtext(qn("a:t")) or "") is None:
            continue
        rpr = run.find(qn("a:rPr"))
        if rpr is None:
            rpr = etree.SubElement(run, qn("a:rPr"))
            run.remove(rpr)
            run.insert(0, rpr)  # a:rPr comes before a:t
        if rpr.find(qn("a:ea")) is not None:
            continue
        ea = etree.Element(qn("a:ea"))
        ea.set("typeface", font)
        later = next((child for child in rpr if child.tag in {qn(f"a:{t}") for t in _AFTER_EA}), None)
        if later is not None:
            later.addprevious(ea)
        else:
            rpr.append(ea)
        rpr.set("lang", lang)


def _bar(slide: Any, left: int, top: int, width: int, height: int, color: str) -> None:
    """A borderless filled rectangle behind everything else on the slide."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(color)
    shape.line.fill.background()
    element = shape._element
    theme_style = element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}style")
    if theme_style is not None:  # the theme's shadow and outline for shapes: not wanted
        element.remove(theme_style)
    tree = element.getparent()
    tree.remove(element)
    tree.insert(2, element)  # after the group's own properties: drawn first, so underneath


def _widen(slide: Any, factor: float) -> None:
    """Stretch placeholders sideways: the default layouts are drawn for a 4:3 slide, and would
    otherwise sit in the left three quarters of a 16:9 one."""
    for shape in slide.placeholders:
        # Read all four first: setting one creates the slide's own xfrm, zeroing the others.
        left, top, width, height = shape.left, shape.top, shape.width, shape.height
        shape.left, shape.top = Emu(int(left * factor)), top
        shape.width, shape.height = Emu(int(width * factor)), height


def read_pptx(path: Path) -> Iterator[str]:
    """See _read_pptx_lines: its lines, read whole under the package lock (a generator must not hold
    a lock between its lines: a reader that stops early would keep it)."""
    with PACKAGE_LOCK:
        lines = list(_read_pptx_lines(path))
    yield from lines


def _read_pptx_lines(path: Path) -> Iterator[str]:
    """Per slide '## title', then its other text as '- ' bullets, then 'Notes: ...'."""
    with PACKAGE_LOCK:
        prs: Any = pptx.Presentation(str(path))
    budget, deadline = current(), Deadline()
    for number, slide in enumerate(prs.slides, start=1):
        if (budget.slides is not None and number > budget.slides) or deadline.passed():
            yield cut_note(path.name, number - 1, len(prs.slides), "slides", timed_out=deadline.passed())
            return
        title = slide.shapes.title
        yield f"## Slide {number}: {title.text_frame.text.strip() if title is not None else ''}"
        for shape in slide.shapes:
            if deadline.passed():  # one slide may hold any number of shapes
                yield cut_note(path.name, number - 1, len(prs.slides), "slides", timed_out=True)
                return
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
