"""Word documents: DocumentSpec to .docx bytes, and .docx back to text."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from synthcomp.errors import OfficeFileError
from synthcomp.office.budgets import Deadline, current, cut_note
from synthcomp.office.coerce import xml_safe
from synthcomp.office.determinism import naive_utc
from synthcomp.office.style import (
    DEFAULT_STYLE,
    OfficeStyle,
    east_asian_font,
    is_dark,
    retheme,
    styled_document,
    tinted,
)
from synthcomp.office.xmllock import PACKAGE_LOCK, holding_package_lock
from synthcomp.schemas import Block, DocumentSpec

MAX_NESTING = 10  # levels of tables in table cells that are read (the readers recurse)
_THEME_FONT_ATTRS = tuple(qn(f"w:{a}") for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))
_BORDER_TAGS = frozenset(qn(f"w:{side}") for side in
                         ("top", "left", "bottom", "right", "start", "end", "insideH", "insideV"))


@holding_package_lock
def build_docx(
    document: DocumentSpec, modified: datetime.datetime, author: str | None,
    style: OfficeStyle | None = None,
) -> bytes:
    """The document as .docx bytes (not yet normalized: zip times still vary), in `style`'s
    fonts, colours, table style, margins and spacing (None: DEFAULT_STYLE)."""
    style = style or DEFAULT_STYLE
    document = styled_document(document, style)
    with PACKAGE_LOCK:
        doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = style.body_font
    normal.font.size = Pt(style.body_size)
    if style != DEFAULT_STYLE:  # the default look is the template's own: leave it untouched
        _apply_style(doc, style)
    cjk = east_asian_font(" ".join(_all_text(document)))
    if cjk is not None:
        _hint_east_asian(doc, *cjk)
    styles = _StyleIds(doc)
    styles.add(doc, document.title, "Title")
    if document.subtitle:
        styles.add(doc, document.subtitle, "Subtitle")
    for block in document.blocks:
        _add_block(doc, styles, block, style)
    _set_properties(doc, document.title, modified, author)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _all_text(document: DocumentSpec) -> list[str]:
    texts = [document.title, document.subtitle or ""]
    for block in document.blocks:
        texts += [block.text, *block.items, *(cell for row in block.rows for cell in row)]
    return texts


def _hint_east_asian(doc: DocxDocument, font: str, lang: str) -> None:
    """Name the East Asian font in the defaults and in every style that names fonts, and the
    East Asian language, so Word and LibreOffice draw CJK text in a CJK font of its language
    (the template's theme would give Chinese a Japanese font)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    for fonts in doc.styles.element.iter(qn("w:rFonts")):  # table styles' parts included
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)  # a theme reference wins over a name
        fonts.set(qn("w:eastAsia"), font)
    run_defaults = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = etree.SubElement(run_defaults, qn("w:lang"))  # last in the schema order
    language.set(qn("w:eastAsia"), lang)
    settings = doc.settings.element.find(qn("w:themeFontLang"))
    if settings is not None:
        settings.set(qn("w:eastAsia"), lang)


class _StyleIds:
    """Paragraph style ids looked up once: python-docx resolves a style name by scanning every
    style in the template on each call, which made it most of the time spent on a document."""

    def __init__(self, doc: DocxDocument) -> None:
        self.ids = {style.name: style.style_id for style in doc.styles}

    def add(self, doc: DocxDocument, text: str, style: str | None = None) -> Paragraph:
        paragraph = doc.add_paragraph(xml_safe(text))
        if style is not None:
            paragraph._p.style = self.ids[style]
        return paragraph


def _apply_style(doc: DocxDocument, style: OfficeStyle) -> None:
    """Restyle the template: theme accent and fonts, Normal, Title, Subtitle, headings, the
    table style's colours, margins. Explicit values are written beside the theme references
    so viewers that ignore the theme (LibreOffice) show the same colours as Word."""
    for rel in doc.part.rels.values():
        if not rel.is_external and rel.reltype.endswith("/theme"):
            part = rel.target_part
            part._blob = retheme(part.blob, style)
    # Text colour and spacing go in the document defaults, not in Normal: a table style ranks
    # above the defaults but below Normal, and must keep its white header text and tight rows.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), str(round(style.space_after * 20)))
    spacing.set(qn("w:line"), str(round(style.line_spacing * 240)))
    run_defaults = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    color = etree.SubElement(run_defaults, qn("w:color"))
    color.set(qn("w:val"), style.text_color)
    run_defaults.remove(color)
    run_defaults.find(qn("w:rFonts")).addnext(color)  # schema order: rFonts, ..., color, ..., sz
    h1 = style.heading_size
    h2 = max(h1 - 2, style.body_size + 1)
    for name, size, ink in (
        ("Title", style.title_size, style.title_color),
        ("Subtitle", style.body_size + 2, style.accent if is_dark(style.accent) else "595959"),
        ("Heading 1", h1, style.heading_color),
        ("Heading 2", h2, style.heading_color),
        ("Heading 3", style.body_size + 0.5, style.heading_color),
    ):
        _restyle_text(doc.styles[name], style.heading_font, size, ink)
    doc.styles["Heading 1"].font.all_caps = style.heading_caps or None
    title_border = doc.styles["Title"].element.pPr.find(qn("w:pBdr"))
    if not style.title_rule and title_border is not None:
        title_border.getparent().remove(title_border)
    _resolve_accent(doc.styles["Title"].element, style.accent)
    _resolve_accent(doc.styles[style.table_style].element, style.accent)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(style.margin_cm)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _restyle_text(paragraph_style: Any, font: str, size: float, color: str) -> None:
    rpr = paragraph_style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in _THEME_FONT_ATTRS:  # a theme font reference would win over the name
        fonts.attrib.pop(attr, None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), font)
    paragraph_style.font.size = Pt(size)
    paragraph_style.font.color.rgb = RGBColor.from_string(color)


def _resolve_accent(element: etree._Element, accent: str) -> None:
    """Write the colour each 'accent1' theme reference under `element` now stands for."""
    for node in element.iter():
        if node.get(qn("w:themeColor")) == "accent1":
            value = _themed(accent, node.get(qn("w:themeTint")), node.get(qn("w:themeShade")))
            node.set(qn("w:color") if node.tag in _BORDER_TAGS else qn("w:val"), value)
        if node.get(qn("w:themeFill")) == "accent1":
            value = _themed(accent, node.get(qn("w:themeFillTint")), node.get(qn("w:themeFillShade")))
            node.set(qn("w:fill"), value)


def _themed(color: str, tint: str | None, shade: str | None) -> str:
    return tinted(color, int(tint, 16) / 255 if tint else 1.0, int(shade, 16) / 255 if shade else 1.0)


def _add_block(doc: DocxDocument, styles: _StyleIds, block: Block, style: OfficeStyle) -> None:
    if block.type == "heading":
        styles.add(doc, block.text, f"Heading {block.level}")
    elif block.type == "paragraph":
        styles.add(doc, block.text)
    elif block.type == "bullets":
        for item in block.items:
            styles.add(doc, item, "List Bullet")
    elif block.type == "numbered":
        _restart_numbering(doc, [styles.add(doc, item, "List Number") for item in block.items])
    elif block.type == "table" and block.rows:
        _add_table(doc, styles, block.rows, style)


def _shade(cell: Any, fill: str) -> None:
    shading = etree.SubElement(cell._tc.get_or_add_tcPr(), qn("w:shd"))
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)


def _restart_numbering(doc: DocxDocument, paragraphs: list[Paragraph]) -> None:
    """Give the list its own numbering instance so it starts at 1: python-docx's 'List Number'
    style shares one counter, so a second list would otherwise go on from the first."""
    if not paragraphs:
        return
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for paragraph in paragraphs:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId


def _add_table(doc: DocxDocument, styles: _StyleIds, rows: list[list[str]], style: OfficeStyle) -> None:
    width = max(len(row) for row in rows)
    table = doc.add_table(rows=len(rows), cols=width)
    table._tbl.tblPr.style = styles.ids[style.table_style]
    # 'Table Grid' has no header look of its own: shade the header row as the house does.
    shade = style.table_style == "Table Grid" and style != DEFAULT_STYLE
    # Table styles write white on the accent: a light accent (yellow) needs dark text instead.
    header_ink = style.header_text if shade else None if is_dark(style.accent) else "1A1A1A"
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, text in enumerate(row):
            run = cells[c].paragraphs[0].add_run(xml_safe(text))
            run.bold = True if r == 0 else None  # None keeps the style's own weight
            if r == 0 and header_ink is not None:
                run.font.color.rgb = RGBColor.from_string(header_ink)
            if shade and r == 0:
                _shade(cells[c], style.header_fill)
        if shade and r == 0:
            for c in range(len(row), width):
                _shade(cells[c], style.header_fill)
    doc.add_paragraph()  # Word users leave a gap after a table; back-to-back tables would merge


def _set_properties(
    doc: DocxDocument, title: str, modified: datetime.datetime, author: str | None
) -> None:
    # The template ships with 'python-docx' as author and a 'generated by' comment: clear them.
    props = doc.core_properties
    props.author = props.last_modified_by = xml_safe(author or "")
    props.comments = ""
    props.title = xml_safe(title)
    props.created = props.modified = naive_utc(modified)
    props.revision = 1


def read_docx(path: Path) -> Iterator[str]:
    """See _read_docx_lines: its lines, read whole under the package lock (a generator must not hold
    a lock between its lines: a reader that stops early would keep it)."""
    with PACKAGE_LOCK:
        lines = list(_read_docx_lines(path))
    yield from lines


def _read_docx_lines(path: Path) -> Iterator[str]:
    """Lines of text: '# ' title, '##'+ headings, '- ' and '1. ' lists, ' | ' table rows; the
    first paragraphs and tables only, as the read budget allows (a last line says so)."""
    with PACKAGE_LOCK:
        document = docx.Document(str(path))
    number = seen = 0  # `seen`: paragraphs and table rows, what the budget counts
    names = _StyleNames()
    budget, deadline = current(), Deadline()
    for item in document.iter_inner_content():
        rows = item.rows if isinstance(item, Table) else [None]
        for row in rows:
            if (budget.paragraphs is not None and seen >= budget.paragraphs) or deadline.passed():
                body = document.element.body
                total = len(body.xpath("./w:p")) + len(body.xpath(".//w:tr"))
                yield cut_note(path.name, seen, total, "paragraphs and table rows",
                               timed_out=deadline.passed())
                return
            seen += 1
            if row is not None:
                yield " | ".join(cell_text(cell).strip() for cell in row.cells)
        if isinstance(item, Table):
            number = 0
            continue
        text = item.text.strip()
        style = names.of(item)
        number = number + 1 if style.startswith("List Number") else 0
        if not text:
            continue
        if style == "Title":
            yield f"# {text}"
        elif style.startswith("Heading ") and style[8:].isdigit():
            yield "#" * (int(style[8:]) + 1) + f" {text}"
        elif style.startswith("List Bullet"):
            yield f"- {text}"
        elif number:
            yield f"{number}. {text}"
        else:
            yield text


def cell_text(cell: Any, depth: int = 1) -> str:
    """A table cell's text: its paragraphs, and the rows of the tables nested in it (python-docx's
    ``cell.text`` drops those silently), each row's cells joined by ' | ', down to MAX_NESTING
    levels; deeper tables are named as cut. A cell without nested tables reads as ``cell.text``."""
    parts = []
    for item in cell.iter_inner_content():
        if not isinstance(item, Table):
            parts.append(item.text)
        elif depth >= MAX_NESTING:
            parts.append(f"[tables nested more than {MAX_NESTING} deep are not shown]")
        else:
            parts += [" | ".join(cell_text(inner, depth + 1).strip() for inner in row.cells)
                      for row in item.rows]
    return "\n".join(parts)


class _StyleNames:
    """A paragraph's style name, looked up once per style id: python-docx scans every style of
    the document for each paragraph, which made a 50,000-paragraph file take a minute."""

    def __init__(self) -> None:
        self.known: dict[str | None, str] = {}

    def of(self, paragraph: Paragraph) -> str:
        """The paragraph's style name ('' when it has none)."""
        key = paragraph._p.style
        if key not in self.known:
            self.known[key] = paragraph.style.name if paragraph.style is not None else ""
        return self.known[key]


@holding_package_lock
def read_docx_document(path: Path) -> DocumentSpec:
    """The DocumentSpec a .docx holds: Title, Subtitle, Heading n, List Bullet / List Number
    paragraphs (one list per numbering), other paragraphs, tables."""
    title, subtitle, blocks = "", "", []
    list_key: tuple[str, int | None] | None = None
    with PACKAGE_LOCK:
        opened = docx.Document(str(path))
    names, budget, deadline = _StyleNames(), current(), Deadline()
    seen = 0  # paragraphs and table rows, what the budget counts
    for item in opened.iter_inner_content():
        seen += len(item.rows) if isinstance(item, Table) else 1
        if (budget.paragraphs is not None and seen > budget.paragraphs) or deadline.passed():
            # Rebuilt from a part, the document would lose the rest: refuse instead.
            why = "it takes too long to read" if deadline.passed() else \
                f"it has more than {budget.paragraphs} paragraphs and table rows, over the read budget"
            raise OfficeFileError(f"{path.name} cannot be read whole: {why}")
        if isinstance(item, Table):
            rows = [[cell_text(cell).strip() for cell in row.cells] for row in item.rows]
            if any(any(row) for row in rows):
                blocks.append(Block(type="table", rows=rows))
            list_key = None
            continue
        text, style = item.text.strip(), names.of(item)
        if not text:
            continue
        if kind := _list_kind(style):
            key = (kind, _numbering(item))
            if key != list_key or not blocks:
                blocks.append(Block(type=kind))
            blocks[-1].items.append(text)
            list_key = key
            continue
        list_key = None
        if style == "Title" and not title:
            title = text
        elif style == "Subtitle" and not subtitle:
            subtitle = text
        elif style.startswith("Heading ") and style[8:].isdigit():
            blocks.append(Block(type="heading", text=text, level=min(max(int(style[8:]), 1), 3)))
        else:
            blocks.append(Block(type="paragraph", text=text))
    return DocumentSpec(title=title, subtitle=subtitle, blocks=blocks)


def _list_kind(style: str) -> Literal["bullets", "numbered"] | None:
    if style.startswith("List Bullet"):
        return "bullets"
    return "numbered" if style.startswith("List Number") else None


def _numbering(paragraph: Paragraph) -> int | None:
    """The numbering instance of a list paragraph: each list has its own."""
    p_pr: Any = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    return None if num_pr is None or num_pr.numId is None else int(num_pr.numId.val)
