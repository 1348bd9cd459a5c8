"""House styles: each one visibly changes docx/xlsx/pptx/pdf, reproducibly; the default is
the old look; style_for spreads keys over the styles deterministically."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pptx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from pypdf import PdfReader

from synthcomp.office import read_text, render_content, write_content
from synthcomp.office.pdf_io import core_font
from synthcomp.office.style import (
    DEFAULT_STYLE,
    HOUSE_STYLES,
    OfficeStyle,
    style_for,
    styled_document,
    tinted,
)
from synthcomp.schemas import Block, DocumentSpec, FileContent, SheetSpec, WorkbookSpec
from tests.test_office import CASES, DECK, DOCUMENT, MODIFIED, content

STYLES = {style.name: style for style in HOUSE_STYLES}
BANK, UNIVERSITY, LAW = STYLES["bank"], STYLES["university"], STYLES["law-firm"]
OFFICE_KINDS = ("docx", "xlsx", "pptx", "pdf")
_HEX_RE = re.compile(r"^[0-9A-F]{6}$")


def render(kind: str, style: OfficeStyle | None, case: FileContent | None = None) -> bytes:
    return render_content(kind, case or CASES[kind], MODIFIED, title="Report",  # type: ignore[arg-type]
                          author="Marie Dubois", style=style)


def written(tmp_path: Path, kind: str, style: OfficeStyle | None, case: FileContent | None = None) -> Path:
    path = tmp_path / (style.name if style else "none") / f"Report.{kind}"
    write_content(path, kind, case or CASES[kind], MODIFIED, author="Marie Dubois",  # type: ignore[arg-type]
                  style=style)
    return path


# --- the styles themselves -------------------------------------------------------------------


def test_house_styles_are_many_distinct_and_well_formed() -> None:
    assert len(HOUSE_STYLES) >= 10
    assert len(STYLES) == len(HOUSE_STYLES)  # unique names
    assert DEFAULT_STYLE not in HOUSE_STYLES
    looks = {dataclasses.replace(style, name="") for style in HOUSE_STYLES}
    assert len(looks) == len(HOUSE_STYLES)
    assert len({style.accent for style in HOUSE_STYLES}) == len(HOUSE_STYLES)
    for style in (*HOUSE_STYLES, DEFAULT_STYLE):
        colors = [style.accent, style.heading_color, style.title_color, style.text_color,
                  style.header_fill, style.header_text, style.border_color]
        colors += [c for c in (style.band_fill, style.tab_color) if c]
        assert all(_HEX_RE.match(c) for c in colors), style.name
        assert 10 <= style.body_size <= 12, style.name


def test_every_table_style_exists_in_the_docx_template() -> None:
    template = docx.Document()
    tables = {s.name for s in template.styles if s.type == WD_STYLE_TYPE.TABLE}
    for style in HOUSE_STYLES:
        assert style.table_style in tables, style.name
    personal = {style_for(f"company {n}", f"file {m}").table_style for n in range(30) for m in range(30)}
    assert personal <= tables


def test_style_for_is_deterministic_and_spread() -> None:
    keys = [f"Company {n}" for n in range(100)]
    first = [style_for(key) for key in keys]
    assert first == [style_for(key) for key in keys]
    assert len({style.name for style in first}) >= 8
    assert all(style in HOUSE_STYLES for style in first)
    # sha256-based: a fixed key maps to a fixed style in every process (hash() would not)
    assert style_for("Hôpital Édouard Herriot, Lyon") == style_for("Hôpital Édouard Herriot, Lyon")


def test_style_for_variant_is_a_small_personal_touch() -> None:
    key = "Acme Logistics GmbH"
    base = style_for(key)
    variants = [style_for(key, f"Documents/file {n}.docx") for n in range(400)]
    assert variants == [style_for(key, f"Documents/file {n}.docx") for n in range(400)]
    changed = [v for v in variants if v != base]
    assert 0.15 < len(changed) / len(variants) < 0.45  # about 30%
    for variant in changed:  # the company colours stay; a font or the table style changes
        assert variant.accent == base.accent and variant.header_fill == base.header_fill
        assert variant.body_font != base.body_font or variant.table_style != base.table_style
    assert style_for(key, "") == base


# --- the default look ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(CASES))
def test_default_style_is_style_none(kind: str) -> None:
    assert render(kind, DEFAULT_STYLE) == render(kind, None)


def test_default_style_keeps_the_old_look(tmp_path: Path) -> None:
    doc = docx.Document(str(written(tmp_path, "docx", None)))
    assert doc.styles["Normal"].font.name == "Calibri"
    assert doc.tables[0].style is not None and doc.tables[0].style.name == "Light Grid Accent 1"
    sheet = openpyxl.load_workbook(written(tmp_path, "xlsx", None)).worksheets[0]
    assert sheet["A1"].fill.fgColor.rgb == "00DDEBF7"
    assert sheet.sheet_properties.tabColor is None


# --- each kind, two styles ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", OFFICE_KINDS)
def test_styles_change_bytes_reproducibly(kind: str) -> None:
    outputs = {style.name: render(kind, style) for style in (DEFAULT_STYLE, *HOUSE_STYLES)}
    assert len(set(outputs.values())) == len(outputs)
    assert render(kind, BANK) == outputs["bank"]


@pytest.mark.parametrize("kind", ["md", "csv", "txt"])
def test_plain_kinds_ignore_style(kind: str) -> None:
    assert render(kind, BANK) == render(kind, None)


def test_docx_shows_the_style(tmp_path: Path) -> None:
    bank = docx.Document(str(written(tmp_path, "docx", BANK)))
    university = docx.Document(str(written(tmp_path, "docx", UNIVERSITY)))
    assert bank.styles["Normal"].font.name == "Arial"
    assert university.styles["Normal"].font.name == "Georgia"
    heading = bank.styles["Heading 1"].font
    assert heading.name == "Georgia" and str(heading.color.rgb) == BANK.heading_color
    assert bank.styles["Title"].font.size.pt == BANK.title_size
    assert bank.tables[0].style is not None and bank.tables[0].style.name == BANK.table_style
    margin = bank.sections[0].left_margin
    assert margin is not None and round(margin.cm, 1) == BANK.margin_cm
    # the table style's accent is the house accent, also where a viewer ignores the theme
    assert BANK.accent in bank.styles[BANK.table_style].element.xml
    assert "4F81BD" not in bank.styles[BANK.table_style].element.xml


def test_docx_numbered_headings(tmp_path: Path) -> None:
    unnumbered = DocumentSpec(title="Opinion", blocks=[
        Block(type="heading", text="Facts"), Block(type="paragraph", text="..."),
        Block(type="heading", text="Issues", level=2), Block(type="heading", text="Analysis"),
        Block(type="heading", text="Risk", level=3)])
    text = read_text(written(tmp_path, "docx", LAW, content(document=unnumbered)))
    assert "## 1. Facts" in text and "### 1.1 Issues" in text and "## 2. Analysis" in text
    assert "#### 2.1.1 Risk" in text
    # a document its author numbered already is left alone
    assert styled_document(DOCUMENT, LAW) == DOCUMENT
    assert styled_document(unnumbered, BANK) == unnumbered
    doc = docx.Document(str(written(tmp_path, "docx", LAW, content(document=unnumbered))))
    assert doc.styles["Heading 1"].font.all_caps


def test_xlsx_shows_the_style(tmp_path: Path) -> None:
    bank = openpyxl.load_workbook(written(tmp_path, "xlsx", BANK))["Budget Q3"]
    hospital = openpyxl.load_workbook(written(tmp_path, "xlsx", STYLES["hospital"]))["Budget Q3"]
    assert bank["A1"].fill.fgColor.rgb == "00" + BANK.header_fill
    assert hospital["A1"].fill.fgColor.rgb == "00" + STYLES["hospital"].header_fill
    assert bank["A1"].font.color.rgb == "00FFFFFF" and bank["A1"].font.b
    assert bank["A2"].font.name == "Arial" and bank["A1"].font.name == "Arial"
    assert bank.sheet_properties.tabColor.rgb == "00" + BANK.accent
    assert not bank.sheet_view.showGridLines
    assert bank["B3"].fill.fgColor.rgb == "00" + BANK.band_fill  # every other data row
    assert bank["D3"].number_format == "#,##0.00"  # the spec's own format wins


def test_xlsx_house_number_format_only_for_amounts(tmp_path: Path) -> None:
    sheet = SheetSpec(name="Data", rows=[
        ["Item", "Qty", "Price", "Total", "Rate", "Year"],
        ["A", 2, 1450.5, "=B2*C2", 0.125, 2024],
        ["B", 3, 18900, "=B3*C3", 1.5, 2025],
        ["Total", "=SUM(B2:B3)", None, "=SUM(D2:D3)", None, None],
    ])
    path = written(tmp_path, "xlsx", BANK, content(workbook=WorkbookSpec(sheets=[sheet])))
    ws = openpyxl.load_workbook(path)["Data"]
    assert ws["C2"].number_format == BANK.number_format  # amounts with decimals
    assert ws["D2"].number_format == BANK.number_format  # a total computed from them
    assert ws["D4"].number_format == BANK.number_format
    assert ws["B2"].number_format == "General"  # whole numbers: a quantity
    assert ws["E2"].number_format == "General"  # a rate would lose its digits
    assert ws["F2"].number_format == "General"  # a year must not read 2,024.00


def test_pptx_shows_the_style(tmp_path: Path) -> None:
    def title_run(style: OfficeStyle) -> tuple[str | None, str]:
        prs = pptx.Presentation(str(written(tmp_path, "pptx", style)))
        run = list(prs.slides)[1].shapes.title.text_frame.paragraphs[0].runs[0]
        return run.font.name, str(run.font.color.rgb)

    assert title_run(BANK) == ("Georgia", BANK.heading_color)
    assert title_run(STYLES["hospital"]) == ("Segoe UI Semibold", STYLES["hospital"].heading_color)
    prs = pptx.Presentation(str(written(tmp_path, "pptx", BANK)))
    first = next(iter(prs.slides))
    bars = [s for s in first.shapes if s.shape_type is not None and not s.is_placeholder]
    assert any(str(bar.fill.fore_color.rgb) == BANK.accent for bar in bars)  # the panel
    full = pptx.Presentation(str(written(tmp_path, "pptx", STYLES["startup"])))
    assert str(next(iter(full.slides)).background.fill.fore_color.rgb) == STYLES["startup"].accent


def test_pdf_shows_the_style(tmp_path: Path) -> None:
    def fonts(style: OfficeStyle | None) -> set[str]:
        reader = PdfReader(written(tmp_path, "pdf", style))
        resources: Any = reader.pages[0]["/Resources"]
        fonts = resources["/Font"]
        return {kind(str(fonts[name].get_object()["/BaseFont"])) for name in fonts}

    def kind(base_font: str) -> str:  # an embedded Unicode face or a core font, by its kind
        bold = "bold" if "Bold" in base_font else "regular"
        if "Serif" in base_font or "Times" in base_font:
            return f"serif {bold}"
        return f"mono {bold}" if "Mono" in base_font or "Courier" in base_font else f"sans {bold}"

    assert "sans regular" in fonts(None) and "serif regular" not in fonts(None)
    assert "serif regular" in fonts(UNIVERSITY) and "sans regular" not in fonts(UNIVERSITY)
    assert {"sans regular", "serif bold"} <= fonts(BANK)  # Arial text, Georgia headings
    assert core_font("Garamond") == "Times" and core_font("Segoe UI") == "Helvetica"
    assert core_font("Consolas") == "Courier"


@pytest.mark.parametrize("style", HOUSE_STYLES, ids=lambda style: style.name)
def test_every_style_writes_every_kind_with_the_same_text(tmp_path: Path, style: OfficeStyle) -> None:
    for kind in OFFICE_KINDS:
        styled = read_text(written(tmp_path, kind, style))
        plain = read_text(written(tmp_path, kind, None))
        if kind == "pdf":  # lines wrap elsewhere in another font; capital headings are capitals
            styled, plain = " ".join(styled.split()), " ".join(plain.split())
            if style.heading_caps:
                styled, plain = styled.upper(), plain.upper()
        assert styled == plain, (style.name, kind)  # DOCUMENT numbers its headings itself
    deck_text = read_text(written(tmp_path, "pptx", style, content(deck=DECK)))
    assert "## Slide 1: Q3 Status Review" in deck_text


def test_tinted_matches_word() -> None:
    # The template's precomputed Accent 1 (4F81BD) tints and shades, as Word wrote them.
    xml = docx.Document().styles.element.xml
    found = set(re.findall(r'w:(?:color|fill|val)="(\w{6})" w:theme(?:Fill|Color)="accent1" '
                           r'w:theme(?:Fill)?(Tint|Shade)="(\w\w)"', xml))
    assert len(found) >= 8
    for expected, kind, amount in found:
        factor = int(amount, 16) / 255
        got = tinted("4F81BD", tint=factor) if kind == "Tint" else tinted("4F81BD", shade=factor)
        assert all(abs(int(got[i:i + 2], 16) - int(expected[i:i + 2], 16)) <= 1 for i in (0, 2, 4)), \
            (expected, got)


def test_a_wide_sheet_prints_one_page_wide_with_its_header_on_each_page(tmp_path: Path) -> None:
    header = [f"Column {i}" for i in range(12)]
    rows: list[list[Any]] = [header, *[[f"line {r}", *range(11)] for r in range(80)]]
    target = tmp_path / "wide.xlsx"
    write_content(target, "xlsx", FileContent(summary="x", workbook=WorkbookSpec(
        sheets=[SheetSpec(name="Budget", rows=rows, header_rows=1)])), MODIFIED)
    sheet = openpyxl.load_workbook(target)["Budget"]
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
