"""PDF documents: DocumentSpec to .pdf bytes with fpdf2's core fonts, and .pdf back to text."""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import Align, TableCellFillMode, XPos, YPos
from pypdf import PdfReader

from synthcomp.office.determinism import as_utc
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
_FONT = "Helvetica"
_HEADING_SIZES = {1: 15.0, 2: 12.5, 3: 11.0}
_ACCENT = (31, 56, 100)  # dark blue headings, as in Word's default business themes
_GREY = (110, 110, 110)
_BODY_SIZE, _LINE = 10.5, 5.4
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


class _Document(FPDF):
    """An A4 page with the title as running header after page one and numbered footers."""

    running_title = ""

    def header(self) -> None:
        if self.page_no() > 1 and self.running_title:
            self.set_font(_FONT, "", 8)
            self.set_text_color(*_GREY)
            self.cell(0, 5, self.running_title[:110], align=Align.R)
            self.ln(9)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(_FONT, "", 8)
        self.set_text_color(*_GREY)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align=Align.C)


def build_pdf(document: DocumentSpec, modified: datetime.datetime, author: str | None) -> bytes:
    """The document as .pdf bytes. Deterministic given `modified`: fpdf2 derives the /ID from
    the content and the creation date, which we pin."""
    pdf = _Document(format="A4")
    pdf.core_fonts_encoding = _ENCODING  # lets €, curly quotes and dashes through
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(as_utc(modified))
    pdf.set_creator(CREATOR)
    pdf.set_producer(PRODUCER)
    pdf.set_title(document.title)
    if author:
        pdf.set_author(author)
    pdf.running_title = pdf_safe(document.title)
    pdf.add_page()
    _text(pdf, document.title, "B", 22, 10, color=_ACCENT)
    if document.subtitle:
        _text(pdf, document.subtitle, "I", 13, 7, color=_GREY)
    pdf.set_draw_color(*_ACCENT)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(7)
    for block in document.blocks:
        _add_block(pdf, block)
    return bytes(pdf.output())


def _text(pdf: FPDF, text: str, style: str, size: float, height: float,
          color: tuple[int, int, int] = (0, 0, 0)) -> None:
    pdf.set_font(_FONT, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, height, pdf_safe(text), align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _add_block(pdf: FPDF, block: Block) -> None:
    if block.type == "heading":
        if pdf.will_page_break(25):  # keep a heading with the text under it
            pdf.add_page()
        pdf.ln(3)
        size = _HEADING_SIZES[block.level]
        color = _ACCENT if block.level < 3 else (0, 0, 0)
        _text(pdf, block.text, "B", size, size * 0.5, color=color)
        pdf.ln(1.5)
    elif block.type == "paragraph":
        _text(pdf, block.text, "", _BODY_SIZE, _LINE)
        pdf.ln(2.5)
    elif block.type in ("bullets", "numbered"):
        pdf.set_font(_FONT, "", _BODY_SIZE)
        pdf.set_text_color(0, 0, 0)
        for n, item in enumerate(block.items, start=1):
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, _LINE, "\u2022" if block.type == "bullets" else f"{n}.")
            # multi_cell wraps back to where it started, so wrapped lines stay indented
            pdf.multi_cell(0, _LINE, pdf_safe(item), align=Align.L, new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(2.5)
    elif block.type == "table" and block.rows:
        _add_table(pdf, block.rows)


def _add_table(pdf: FPDF, rows: list[list[str]]) -> None:
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
            _draw_table(scratch, cells, size)
        except Exception:
            for n, row in enumerate(cells):
                _text(pdf, " | ".join(row), "B" if n == 0 else "", size, size * 0.5)
            pdf.ln(4)
            return
    if pdf.will_page_break(25):  # not a lone header row at the foot of a page
        pdf.add_page()
    _draw_table(pdf, cells, size)
    pdf.ln(4)


def _draw_table(pdf: FPDF, cells: list[list[str]], size: float) -> None:
    # Columns as wide as their longest text (within reason) read better than equal columns.
    weights = [min(max(max(len(row[c]) for row in cells), 4), 40) for c in range(len(cells[0]))]
    pdf.set_font(_FONT, "", size)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(150, 150, 150)
    heading = FontFace(emphasis="BOLD", fill_color=(221, 235, 247))
    with pdf.table(
        col_widths=tuple(weights), headings_style=heading, text_align="LEFT",
        line_height=size * 0.53, padding=1.2, cell_fill_mode=TableCellFillMode.NONE,
    ) as table:
        for row in cells:
            table.row(row)


def read_pdf(path: Path) -> Iterator[str]:
    """The text of each page, as pypdf extracts it."""
    reader = PdfReader(path)
    if len(reader.pages) == 0:
        raise ValueError("it has no pages")
    for page in reader.pages:
        yield from page.extract_text().splitlines()
