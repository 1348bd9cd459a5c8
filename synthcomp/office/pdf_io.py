"""PDF documents: DocumentSpec to .pdf bytes, and .pdf back to text.

Text is drawn in embedded, subset TrueType fonts found on this machine (see fonts.py): a
Unicode Latin family (DejaVu, Liberation, Arial) and fallbacks for what it lacks (a CJK font),
so French, Greek, Cyrillic, Chinese and Japanese all show. Without a Unicode font the writer
falls back to the PDF core fonts (Windows-1252) as before.

Characters no available font draws: symbols (emoji, dingbats) become an ASCII look-alike or
are dropped, as do accents a core font lacks ('ő' -> 'o'); but letters and digits of a script
no font covers raise MissingGlyphsError naming the characters and the font to install. A PDF
that silently lost its Chinese would be a wrong file that looks right; a build that stops with
'install fonts-droid-fallback' is fixed in a minute.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF, FontFace
from fpdf.enums import Align, TableCellFillMode, XPos, YPos
from pypdf import PdfReader

from synthcomp.office.budgets import Deadline, current, cut_note
from synthcomp.office.determinism import as_utc
from synthcomp.office.fonts import ENV_FONT_DIR, STYLES, FontFile, FontSet, coverage, embed, find_fonts
from synthcomp.office.style import DEFAULT_STYLE, OfficeStyle, rgb, styled_document
from synthcomp.schemas import Block, DocumentSpec

# Fixed, so bytes do not change with the installed fpdf2 version (its default names it).
CREATOR = PRODUCER = "synthcomp"
# Core fonts (always available, no font files) cover Windows-1252 only; _TRANSLATE gives
# look-alikes for characters no font has.
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
_KIND_OF_CORE = {"Helvetica": "sans", "Times": "serif", "Courier": "mono"}
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


class MissingGlyphsError(ValueError):
    """Letters of a script that no font on this machine can draw in a PDF."""


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split()[0].title() if name else f"U+{ord(char):04X}"


def _missing_error(chars: set[str], fonts: FontSet) -> MissingGlyphsError:
    by_script: dict[str, list[str]] = {}
    for char in sorted(chars):
        by_script.setdefault(_script(char), []).append(char)
    sample = " ".join(f"{script} {''.join(found[:4])!r}" for script, found in sorted(by_script.items()))
    cjk = any(script in ("Cjk", "Hiragana", "Katakana", "Hangul") for script in by_script)
    package = "fonts-droid-fallback or fonts-noto-cjk" if cjk else "fonts-dejavu-core"
    where = "" if fonts.unicode else " (no Unicode font found: core fonts only)"
    return MissingGlyphsError(
        f"no font here draws {sample}{where}; install {package} (Debian/Ubuntu: apt-get install) "
        f"or put a .ttf that has them in ${ENV_FONT_DIR}")


class _Glyphs:
    """Which characters a document can draw, which fallback fonts it needs, and its text
    cleaned to what it can draw (see the module docstring for what happens to the rest)."""

    def __init__(self, fonts: FontSet, kinds: set[str], texts: list[str],
                 missing_glyphs: str = "raise") -> None:
        # Letters drawn as '?' at the caller's asking (set before _substitute is first used).
        self.marked: frozenset[str] = frozenset()
        self.fonts = fonts
        if fonts.unicode:  # what every family the document uses draws, in its regular face
            self.drawable = frozenset.intersection(*(coverage(fonts.families[k][0]) for k in kinds))
        else:
            self.drawable = frozenset(range(256)) - frozenset(range(0x80, 0xA0)) | _CP1252_EXTRA
        self.fallbacks: list[FontFile] = []
        wanted = {c for c in "".join(texts) if ord(c) not in self.drawable and c not in _INVISIBLE}
        wanted = {c for c in wanted if c.isprintable() and ord(c) not in self.drawable}
        for font in fonts.fallbacks if fonts.unicode else ():
            drawn = {c for c in wanted if ord(c) in coverage(font)}
            if drawn:  # a fallback is parsed for every PDF that embeds it: only when needed
                self.fallbacks.append(font)
                self.drawable |= {ord(c) for c in drawn}
                wanted -= drawn
        missing = {c for c in wanted if not self._substitute(c) and _is_word_char(c)}
        if missing and missing_glyphs == "mark":
            self.marked = frozenset(missing)  # drawn as '?': the caller said so, and warns
        elif missing:
            raise _missing_error(missing, fonts)

    def _substitute(self, char: str) -> str:
        """A drawable stand-in for an undrawable character ('' if none)."""
        if char in self.marked:
            return "?"
        mapped = char.translate(_TRANSLATE)
        if mapped != char and all(ord(c) in self.drawable for c in mapped):
            return mapped
        decomposed = unicodedata.normalize("NFKD", char)
        return "".join(c for c in decomposed if ord(c) in self.drawable and not unicodedata.combining(c))

    def clean(self, text: str) -> str:
        """`text` in characters the document's fonts draw."""
        out = []
        for char in text:
            if char == "\n" or (ord(char) in self.drawable and char.isprintable()):
                out.append(char)
            elif char == "\t":
                out.append("    ")
            elif char not in _INVISIBLE:
                out.append(self._substitute(char))
        return "".join(out)


def _width(text: str) -> int:
    """Length in Latin-letter widths: a CJK character is about two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


_CP1252_EXTRA = frozenset(ord(c) for c in bytes(range(0x80, 0xA0)).decode(_ENCODING, "ignore"))


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
    """An OfficeStyle in PDF terms: font kinds or core fonts, sizes in points, colours as RGB triples."""

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
    def of(cls, style: OfficeStyle, unicode: bool) -> _Look:
        body = style.body_size - 0.5  # PDF text reads larger than Word text at the same size
        font, heading = core_font(style.body_font), core_font(style.heading_font)
        if unicode:  # the Unicode family of the same kind
            font, heading = _KIND_OF_CORE[font], _KIND_OF_CORE[heading]
        return cls(
            font=font, heading_font=heading,
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
    """An A4 page with the title as running header after page one and numbered footers.
    Unicode font faces are embedded on first use (a face costs a parse of its file)."""

    running_title = ""
    font_name = "Helvetica"

    def __init__(self, fonts: FontSet, fallbacks: list[FontFile]) -> None:
        super().__init__(format="A4")
        self.core_fonts_encoding = _ENCODING  # lets €, curly quotes and dashes through
        self.faces = fonts.families
        for n, font in enumerate(fallbacks):
            embed(self, f"fallback{n}", "", font)
        if fallbacks:  # bold CJK is drawn in the regular face rather than not at all
            self.set_fallback_fonts([f"fallback{n}" for n in range(len(fallbacks))], exact_match=False)

    def set_font(self, family: str | None = None, style: Any = "", size: float = 0) -> None:
        """FPDF.set_font, adding the face first when it is one of our Unicode families."""
        self.require_face(family or self.font_family, style)
        super().set_font(family, style, size)

    def multi_cell(self, *args: Any, **kwargs: Any) -> Any:
        """FPDF.multi_cell, telling fpdf2 to state the font again: after a line that ended in a
        fallback font (CJK) it would draw the next text in that font without saying so."""
        self.current_font_is_set_on_page = False
        return super().multi_cell(*args, **kwargs)

    def cell(self, *args: Any, **kwargs: Any) -> Any:
        """FPDF.cell, stating the font again (see multi_cell)."""
        self.current_font_is_set_on_page = False
        return super().cell(*args, **kwargs)

    def require_face(self, family: str, style: Any) -> None:
        """Embed `family`'s face for `style` ('', 'B', 'I', 'BI' or a TextEmphasis) if not yet."""
        kind = family.lower()
        if kind not in self.faces:
            return
        letters = "".join(sorted(c for c in str(getattr(style, "style", style)).upper() if c in "BI"))
        if f"{kind}{letters}" not in self.fonts:
            embed(self, kind, letters, self.faces[kind][STYLES.index(letters)])

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
        # "3 / 12": a footer that reads the same in every language the documents are in.
        self.cell(0, 10, f"{self.page_no()} / {{nb}}", align=Align.C)


def build_pdf(
    document: DocumentSpec, modified: datetime.datetime, author: str | None,
    style: OfficeStyle | None = None, *, fonts: FontSet | None = None,
    missing_glyphs: str = "raise",
) -> bytes:
    """The document as .pdf bytes, in `style`'s font kind (sans, serif, mono), colours and
    sizes (None: DEFAULT_STYLE), in the Unicode `fonts` (None: find_fonts(); CORE_ONLY: the
    core fonts). Deterministic given `modified` and the fonts: fpdf2 derives the /ID from the
    content and the creation date, which we pin. Raises MissingGlyphsError for letters no
    font draws, or with missing_glyphs="mark" draws them as '?' (the caller warns)."""
    style = style or DEFAULT_STYLE
    fonts = find_fonts() if fonts is None else fonts
    look = _Look.of(style, fonts.unicode)
    document = styled_document(document, style)
    glyphs = _Glyphs(fonts, {look.font, look.heading_font}, _texts_of(document), missing_glyphs)
    pdf = _new_pdf(glyphs, look)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(as_utc(modified))
    pdf.set_creator(CREATOR)
    pdf.set_producer(PRODUCER)
    pdf.set_title(document.title)
    if author:
        pdf.set_author(author)
    pdf.running_title = glyphs.clean(document.title)
    pdf.font_name = look.font
    pdf.add_page()
    if not look.title_rule:  # a short accent bar above the title instead of a rule below
        with pdf.local_context(fill_color=look.accent):  # tables take the fill colour left set
            pdf.rect(pdf.l_margin, pdf.get_y(), 22, 1.6, style="F")
        pdf.ln(5)
    _text(pdf, glyphs, document.title, "B", look.title_size, round(look.title_size * 0.4545, 2),
          look.title, look.heading_font)
    if document.subtitle:
        _text(pdf, glyphs, document.subtitle, "I", 13, 7, _GREY, look.heading_font)
    if look.title_rule:
        pdf.set_draw_color(*look.accent)
        pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(7)
    for block in document.blocks:
        _add_block(pdf, glyphs, block, look)
    return bytes(pdf.output())


def _new_pdf(glyphs: _Glyphs, look: _Look) -> _Document:
    pdf = _Document(glyphs.fonts, glyphs.fallbacks)
    pdf.set_margins(look.margin, 18, look.margin)
    return pdf


def _texts_of(document: DocumentSpec) -> list[str]:
    texts = [document.title, document.subtitle or ""]
    for block in document.blocks:
        texts += [block.text, *block.items, *(cell for row in block.rows for cell in row)]
    return texts


def _text(pdf: FPDF, glyphs: _Glyphs, text: str, style: str, size: float, height: float,
          color: Color, font: str) -> None:
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, height, glyphs.clean(text), align=Align.L, new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)


def _add_block(pdf: _Document, glyphs: _Glyphs, block: Block, look: _Look) -> None:
    if block.type == "heading":
        if pdf.will_page_break(25):  # keep a heading with the text under it
            pdf.add_page()
        pdf.ln(3)
        size = look.heading_sizes[block.level]
        color = look.heading if block.level < 3 else look.text
        text = block.text.upper() if look.caps and block.level == 1 else block.text
        _text(pdf, glyphs, text, "B", size, size * 0.5, color, look.heading_font)
        pdf.ln(1.5)
    elif block.type == "paragraph":
        _text(pdf, glyphs, block.text, "", look.body_size, look.line, look.text, look.font)
        pdf.ln(2.5)
    elif block.type in ("bullets", "numbered"):
        pdf.set_font(look.font, "", look.body_size)
        pdf.set_text_color(*look.text)
        for n, item in enumerate(block.items, start=1):
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, look.line, "\u2022" if block.type == "bullets" else f"{n}.")
            # multi_cell wraps back to where it started, so wrapped lines stay indented
            pdf.multi_cell(0, look.line, glyphs.clean(item), align=Align.L, new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(2.5)
    elif block.type == "table" and block.rows:
        _add_table(pdf, glyphs, block.rows, look)


def _add_table(pdf: _Document, glyphs: _Glyphs, rows: list[list[str]], look: _Look) -> None:
    width = max(len(row) for row in rows)
    cells = [[glyphs.clean(t)[:_MAX_CELL] for t in row] + [""] * (width - len(row)) for row in rows]
    size = 9.0 if width <= 6 else 7.5 if width <= 10 else 6.0
    if width > 6 or any(len(t) > 120 for row in cells for t in row):
        # fpdf2 raises on a row taller than a page (many columns, long text): try it on a
        # scratch page first and fall back to plain rows rather than fail the whole file.
        scratch = _new_pdf(glyphs, look)
        scratch.add_page()
        try:
            _draw_table(scratch, cells, size, look)
        except Exception:
            for n, row in enumerate(cells):
                _text(pdf, glyphs, " | ".join(row), "B" if n == 0 else "", size, size * 0.5,
                      look.text, look.font)
            pdf.ln(4)
            return
    if pdf.will_page_break(25):  # not a lone header row at the foot of a page
        pdf.add_page()
    _draw_table(pdf, cells, size, look)
    pdf.ln(4)


def _draw_table(pdf: _Document, cells: list[list[str]], size: float, look: _Look) -> None:
    # Columns as wide as their longest text (within reason) read better than equal columns.
    weights = [min(max(max(_width(row[c]) for row in cells), 4), 40) for c in range(len(cells[0]))]
    pdf.require_face(look.font, "B")  # fpdf2 checks the heading face exists before setting it
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
