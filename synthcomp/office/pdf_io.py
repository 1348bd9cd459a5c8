"""PDF documents: DocumentSpec to .pdf bytes with fpdf2's core fonts, and .pdf back to text."""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import Align, TableCellFillMode, XPos, YPos
from pypdf import PdfReader

from synthcomp.office.budgets import Deadline, current, cut_note
from synthcomp.office.determinism import as_utc
from synthcomp.office.style import DEFAULT_STYLE, OfficeStyle, rgb, styled_document
from synthcomp.schemas import Block, DocumentSpec

# Fixed, so bytes do not change with the installed fpdf2 version (its default names it).
CREATOR = PRODUCER = "synthcomp"
# Core fonts (always available, no font files) cover Windows-1252 only.
_ENCODING = "windows-1252"
_TRANSLATE = str.maketrans({
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-", "\u2044": "/",
    "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\t": "    ",
    "\u2190": "<-", "\u2192": "->", "\u2264": "<=", "\u2265": ">=", "\u2260": "!=",
    "\u2032": "'", "\u2033": '"', "\u25cf": "\u2022", "\u25aa": "\u2022", "\u2713": "v",
})
_GREY = (110, 110, 110)
_SERIF_FONTS = ("georgia", "cambria", "garamond", "times", "palatino", "book antiqua", "constantia",
                "baskerville", "minion", "caslon", "didot", "bodoni", "century schoolbook")
_MONO_FONTS = ("courier", "consolas", "mono", "menlo")
_MAX_CELL = 300  # characters; longer table cells are cut


def pdf_safe(text: str) -> str:
    """`text` in characters the core fonts can draw: common Unicode punctuation mapped to
    ASCII look-alikes, accents stripped where needed, anything else dropped."""
    out = []
    for char in text.translate(_TRANSLATE):
        if char.isprintable() or char == "\n":
            try:
                char.encode(_ENCODING)
                out.append(char)
            except UnicodeEncodeError:
                decomposed = unicodedata.normalize("NFKD", char)
                out.append(decomposed.encode(_ENCODING, "ignore").decode(_ENCODING))
    return "".join(out)


def core_font(font: str) -> str:
    """The PDF core font closest to a font name: Times for serif faces, Courier for
    monospaced ones, Helvetica for the rest (core fonts need no font file)."""
    lowered = font.lower()
    if any(name in lowered for name in _MONO_FONTS):
        return "Courier"
    if any(name in lowered for name in _SERIF_FONTS):
        return "Times"
    return "Helvetica"


Color = tuple[int, int, int]


@dataclass(frozen=True)
class _Look:
    """An OfficeStyle in PDF terms: core fonts, sizes in points, colours as RGB triples."""

    font: str
    heading_font: str
    body_size: float
    line: float  # mm between lines of body text
    title_size: float
    heading_sizes: dict[int, float]
    text: Color
    title: Color
    accent: Color
    heading: Color
    header_fill: Color
    header_text: Color | None
    band_fill: Color | None
    margin: float
    caps: bool
    title_rule: bool

    @classmethod
    def of(cls, style: OfficeStyle) -> _Look:
        body = style.body_size - 0.5  # PDF text reads larger than Word text at the same size
        return cls(
            font=core_font(style.body_font), heading_font=core_font(style.heading_font),
            body_size=body, line=round(body * style.line_spacing * 0.4472, 2),
            title_size=style.title_size - 4,
            heading_sizes={1: style.heading_size + 1, 2: style.heading_size - 1.5, 3: style.body_size},
            text=rgb(style.text_color), title=rgb(style.title_color), accent=rgb(style.accent),
            heading=rgb(style.heading_color), header_fill=rgb(style.header_fill),
            header_text=None if style.header_text == "000000" else rgb(style.header_text),
            band_fill=rgb(style.band_fill) if style.band_fill else None,
            margin=style.margin_cm * 10, caps=style.heading_caps, title_rule=style.title_rule,
        )


class _Document(FPDF):
    """An A4 page with the title as running header after page one and numbered footers."""

    running_title = ""
    font_name = "Helvetica"

    def header(self) -> None:
        if self.page_no() > 1 and self.running_title:
            self.set_font(self.font_name, "", 8)
            self.set_text_color(*_GREY)
            self.cell(0, 5, self.running_title[:110], align=Align.R)
            self.ln(9)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(self.font_name, "", 8)
        self.set_text_color(*_GREY)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align=Align.C)


def build_pdf(
    document: DocumentSpec, modified: datetime.datetime, author: str | None,
    style: OfficeStyle | None = None,
) -> bytes:
    """The document as .pdf bytes, in `style`'s core font, colours and sizes (None:
    DEFAULT_STYLE). Deterministic given `modified`: fpdf2 derives the /ID from the content
    and the creation date, which we pin."""
    style = style or DEFAULT_STYLE
    look = _Look.of(style)
    document = styled_document(document, style)
    pdf = _Document(format="A4")
    pdf.core_fonts_encoding = _ENCODING  # lets €, curly quotes and dashes through
    pdf.set_margins(look.margin, 18, look.margin)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(as_utc(modified))
    pdf.set_creator(CREATOR)
    pdf.set_producer(PRODUCER)
    pdf.set_title(document.title)
    if author:
        pdf.set_author(author)
    pdf.running_title = pdf_safe(document.title)
    pdf.font_name = look.font
    pdf.add_page()
    if not look.title_rule:  # a short accent bar above the title instead of a rule below
        with pdf.local_context(fill_color=look.accent):  # tables take the fill colour left set
            pdf.rect(pdf.l_margin, pdf.get_y(), 22, 1.6, style="F")
        pdf.ln(5)
    _text(pdf, document.title, "B", look.title_size, round(look.title_size * 0.4545, 2), look.title,
          look.heading_font)
    if document.subtitle:
        _text(pdf, document.subtitle, "I", 13, 7, _GREY, look.heading_font)
    if look.title_rule:
        pdf.set_draw_color(*look.accent)
        pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(7)
    for block in document.blocks:
        _add_block(pdf, block, look)
    return bytes(pdf.output())


def _text(pdf: FPDF, text: str, style: str, size: float, height: float, color: Color,
          font: str) -> None:
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, height, pdf_safe(text), align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _add_block(pdf: FPDF, block: Block, look: _Look) -> None:
    if block.type == "heading":
        if pdf.will_page_break(25):  # keep a heading with the text under it
            pdf.add_page()
        pdf.ln(3)
        size = look.heading_sizes[block.level]
        color = look.heading if block.level < 3 else look.text
        text = block.text.upper() if look.caps and block.level == 1 else block.text
        _text(pdf, text, "B", size, size * 0.5, color, look.heading_font)
        pdf.ln(1.5)
    elif block.type == "paragraph":
        _text(pdf, block.text, "", look.body_size, look.line, look.text, look.font)
        pdf.ln(2.5)
    elif block.type in ("bullets", "numbered"):
        pdf.set_font(look.font, "", look.body_size)
        pdf.set_text_color(*look.text)
        for n, item in enumerate(block.items, start=1):
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, look.line, "\u2022" if block.type == "bullets" else f"{n}.")
            # multi_cell wraps back to where it started, so wrapped lines stay indented
            pdf.multi_cell(0, look.line, pdf_safe(item), align=Align.L, new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(2.5)
    elif block.type == "table" and block.rows:
        _add_table(pdf, block.rows, look)


def _add_table(pdf: FPDF, rows: list[list[str]], look: _Look) -> None:
    width = max(len(row) for row in rows)
    cells = [[pdf_safe(t)[:_MAX_CELL] for t in row] + [""] * (width - len(row)) for row in rows]
    size = 9.0 if width <= 6 else 7.5 if width <= 10 else 6.0
    if width > 6 or any(len(t) > 120 for row in cells for t in row):
        # fpdf2 raises on a row taller than a page (many columns, long text): try it on a
        # scratch page first and fall back to plain rows rather than fail the whole file.
        scratch = FPDF(format="A4")
        scratch.core_fonts_encoding = _ENCODING
        scratch.set_margins(pdf.l_margin, pdf.t_margin, pdf.r_margin)
        scratch.add_page()
        try:
            _draw_table(scratch, cells, size, look)
        except Exception:
            for n, row in enumerate(cells):
                _text(pdf, " | ".join(row), "B" if n == 0 else "", size, size * 0.5, look.text,
                      look.font)
            pdf.ln(4)
            return
    if pdf.will_page_break(25):  # not a lone header row at the foot of a page
        pdf.add_page()
    _draw_table(pdf, cells, size, look)
    pdf.ln(4)


def _draw_table(pdf: FPDF, cells: list[list[str]], size: float, look: _Look) -> None:
    # Columns as wide as their longest text (within reason) read better than equal columns.
    weights = [min(max(max(len(row[c]) for row in cells), 4), 40) for c in range(len(cells[0]))]
    pdf.set_font(look.font, "", size)
    pdf.set_text_color(*look.text)
    pdf.set_draw_color(150, 150, 150)
    heading = FontFace(emphasis="BOLD", color=look.header_text, fill_color=look.header_fill)
    banded = look.band_fill is not None  # fills every other data row
    with pdf.table(
        col_widths=tuple(weights), headings_style=heading, text_align="LEFT",
        line_height=size * 0.53, padding=1.2, cell_fill_color=look.band_fill,
        cell_fill_mode=TableCellFillMode.ROWS if banded else TableCellFillMode.NONE,
    ) as table:
        for row in cells:
            table.row(row)


def read_pdf(path: Path) -> Iterator[str]:
    """The text of each page, as pypdf extracts it."""
    reader = PdfReader(path)
    if len(reader.pages) == 0:
        raise ValueError("it has no pages")
    budget, deadline = current(), Deadline()
    for number, page in enumerate(reader.pages):
        if (budget.pages is not None and number >= budget.pages) or deadline.passed():
            yield cut_note(path.name, number, len(reader.pages), "pages", timed_out=deadline.passed())
            return
        yield from page.extract_text().splitlines()
