"""synthcomp.office: every kind written, reopened with its library, read back, checked."""

from __future__ import annotations

import datetime
import io
import os
import random
import zipfile
from pathlib import Path

import docx
import openpyxl
import pptx
import pytest
from pypdf import PdfReader

from synthcomp.errors import OfficeFileError
from synthcomp.office import check_formulas, read_text, write_content
from synthcomp.office.determinism import normalize_ooxml
from synthcomp.schemas import (
    Block,
    DeckSpec,
    DocumentSpec,
    FileContent,
    SheetSpec,
    SlideSpec,
    WorkbookSpec,
)

MODIFIED = datetime.datetime(2024, 3, 14, 16, 42, 5, tzinfo=datetime.UTC)
AUTHOR = "Marie Dubois"

DOCUMENT = DocumentSpec(
    title="ICU Tender \u2013 Evaluation Report",
    subtitle="Prepared for the procurement committee, March 2024",
    blocks=[
        Block(type="heading", text="1. Background", level=1),
        Block(type="paragraph", text="The hospital launched a tender for 12 ICU beds "
              "with a budget of \u20ac480,000. Three suppliers answered \u201con time\u201d."),
        Block(type="heading", text="Scoring method", level=2),
        Block(type="bullets", items=["Price: 40%", "Quality: 40%", "Delivery \u2014 20%"]),
        Block(type="numbered", items=["Check eligibility", "Score offers", "Recommend"]),
        Block(type="table", rows=[
            ["Supplier", "Price (EUR)", "Score"],
            ["MedEquip SA", "452,000", "87"],
            ["Santé Plus", "468,500", "81"],
        ]),
        Block(type="heading", text="Next steps", level=3),
        Block(type="numbered", items=["Notify suppliers", "Sign contract"]),
    ],
)
WORKBOOK = WorkbookSpec(sheets=[
    SheetSpec(
        name="Budget Q3",
        rows=[
            ["Item", "Qty", "Unit price", "Total"],
            ["Monitors", 12, 1450.5, "=B2*C2"],
            ["Ventilators", 4, 18900, "=B3*C3"],
            ["Total", "=SUM(B2:B3)", None, "=SUM(D2:D3)"],
        ],
        number_formats={"C": "#,##0.00", "D": "#,##0.00"},
        column_widths={"A": 24},
    ),
    SheetSpec(name="Notes: [draft]", rows=[["Owner", "Marie"], ["Grand total", "='Budget Q3'!D4"]]),
])
DECK = DeckSpec(
    title="Q3 Status Review",
    subtitle="ICU Tender project",
    slides=[
        SlideSpec(title="Where we are", bullets=["Offers received: 3", "Evaluation done"],
                  notes="Mention the delivery delay from MedEquip."),
        SlideSpec(title="Decision needed", bullets=["Approve MedEquip SA"], notes=""),
    ],
)
TEXT = "Call Jean about the ICU beds.\n\n- confirm price\n- confirm delivery date\n"


def content(**parts: object) -> FileContent:
    return FileContent(summary="A test file.", **parts)  # type: ignore[arg-type]


CASES = {
    "docx": content(document=DOCUMENT),
    "pdf": content(document=DOCUMENT),
    "md": content(document=DOCUMENT),
    "xlsx": content(workbook=WORKBOOK),
    "csv": content(workbook=WORKBOOK),
    "pptx": content(deck=DECK),
    "txt": content(text=TEXT),
}


def write(folder: Path, kind: str, modified: datetime.datetime = MODIFIED) -> Path:
    path = folder / "sub dir" / f"Report 2024.{kind}"
    write_content(path, kind, CASES[kind], modified, author=AUTHOR)  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("kind", sorted(CASES))
def test_deterministic_bytes_and_mtime(tmp_path: Path, kind: str) -> None:
    first, second = write(tmp_path / "a", kind), write(tmp_path / "b", kind)
    assert first.read_bytes() == second.read_bytes()
    assert os.stat(first).st_mtime == MODIFIED.timestamp()
    assert not [p for p in first.parent.iterdir() if p.name.endswith(".tmp")]


def test_different_modified_gives_different_docx(tmp_path: Path) -> None:
    later = MODIFIED + datetime.timedelta(days=1)
    first = write(tmp_path / "a", "docx").read_bytes()
    assert first != write(tmp_path / "b", "docx", later).read_bytes()


def _zip_at(moment: tuple[int, int, int, int, int, int], stamp: str) -> bytes:
    core = f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", moment), "<Types/>")
        archive.writestr(zipfile.ZipInfo("docProps/core.xml", moment), core)
    return out.getvalue()


def test_normalize_pins_library_timestamps() -> None:
    # What a library writing at two different wall-clock times produces: no sleep needed.
    early = _zip_at((2020, 1, 1, 0, 0, 0), "2020-01-01T00:00:00Z")
    late = _zip_at((2025, 6, 30, 23, 59, 58), "2025-06-30T23:59:58Z")
    assert early != late
    assert normalize_ooxml(early, MODIFIED) == normalize_ooxml(late, MODIFIED)
    with zipfile.ZipFile(io.BytesIO(normalize_ooxml(late, MODIFIED))) as archive:
        assert archive.namelist() == ["[Content_Types].xml", "docProps/core.xml"]
        assert archive.getinfo("docProps/core.xml").date_time == (2024, 3, 14, 16, 42, 4)
        assert b"2024-03-14T16:42:05Z" in archive.read("docProps/core.xml")


def test_naive_modified_means_utc(tmp_path: Path) -> None:
    naive = write(tmp_path / "a", "xlsx", MODIFIED.replace(tzinfo=None))
    assert naive.read_bytes() == write(tmp_path / "b", "xlsx").read_bytes()
    assert os.stat(naive).st_mtime == MODIFIED.timestamp()


def test_docx_content(tmp_path: Path) -> None:
    doc = docx.Document(str(write(tmp_path, "docx")))
    styles = {p.text: p.style.name for p in doc.paragraphs if p.style is not None}
    assert styles["ICU Tender \u2013 Evaluation Report"] == "Title"
    assert styles["1. Background"] == "Heading 1"
    assert styles["Price: 40%"] == "List Bullet"
    assert styles["Sign contract"] == "List Number"
    assert doc.tables[0].cell(1, 0).text == "MedEquip SA"
    assert doc.tables[0].cell(0, 0).paragraphs[0].runs[0].bold
    assert doc.tables[0].style is not None and doc.tables[0].style.name == "Light Grid Accent 1"
    assert doc.styles["Normal"].font.name == "Calibri"
    assert doc.core_properties.author == AUTHOR
    assert doc.core_properties.modified == MODIFIED
    text = read_text(tmp_path / "sub dir" / "Report 2024.docx")
    assert "# ICU Tender \u2013 Evaluation Report" in text
    assert "## 1. Background" in text
    assert "- Quality: 40%" in text
    assert "1. Notify suppliers" in text  # second numbered list restarts
    assert "MedEquip SA | 452,000 | 87" in text


def test_xlsx_content(tmp_path: Path) -> None:
    path = write(tmp_path, "xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Budget Q3", "Notes- -draft-"]
    sheet = book["Budget Q3"]
    assert sheet["D2"].value == "=B2*C2"
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet["D3"].number_format == "#,##0.00"
    assert sheet.column_dimensions["A"].width == 24
    assert book.properties.creator == AUTHOR
    text = read_text(path)
    assert "## Budget Q3" in text and "Total | =SUM(B2:B3) → 16 |  | =SUM(D2:D3) → 93,006.00" in text
    assert check_formulas(path) == []


def test_csv_computes_simple_formulas(tmp_path: Path) -> None:
    text = read_text(write(tmp_path, "csv"))
    assert text.splitlines() == [
        "Item,Qty,Unit price,Total",
        "Monitors,12,1450.5,17406",
        "Ventilators,4,18900,75600",
        "Total,16,,93006",
    ]


def test_pptx_content(tmp_path: Path) -> None:
    path = write(tmp_path, "pptx")
    prs = pptx.Presentation(str(path))
    assert prs.slide_width == 12192000 and prs.slide_height == 6858000
    slides = list(prs.slides)
    assert slides[0].shapes.title.text == "Q3 Status Review"
    notes = slides[1].notes_slide.notes_text_frame
    assert notes.text == "Mention the delivery delay from MedEquip."
    assert not slides[2].has_notes_slide
    body = slides[1].placeholders[1]  # widened for 16:9, not left where the 4:3 layout had it
    assert body.top > 0 and body.height > 0
    assert body.left + body.width > 0.85 * prs.slide_width
    assert prs.core_properties.author == AUTHOR
    text = read_text(path)
    assert "## Slide 2: Where we are" in text and "- Offers received: 3" in text
    assert "Notes: Mention the delivery delay from MedEquip." in text


def test_pdf_content(tmp_path: Path) -> None:
    path = write(tmp_path, "pdf")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "ICU Tender \u2013 Evaluation Report" in text
    assert "\u20ac480,000" in text and "\u201con time\u201d" in text
    assert "MedEquip SA" in text and "1 / 1" in text
    assert reader.metadata is not None and reader.metadata.author == AUTHOR
    assert "Sant\u00e9 Plus" in read_text(path)


def test_md_and_txt(tmp_path: Path) -> None:
    md = read_text(write(tmp_path, "md"))
    assert md.startswith("# ICU Tender")
    assert "*Prepared for the procurement committee, March 2024*" in md
    assert "## 1. Background" in md and "### Scoring method" in md
    assert "- Price: 40%" in md and "1. Check eligibility" in md
    assert "| MedEquip SA | 452,000 | 87 |" in md
    assert read_text(write(tmp_path, "txt")) == TEXT.rstrip("\n")


def test_read_text_limit(tmp_path: Path) -> None:
    assert len(read_text(write(tmp_path, "docx"), limit=20)) == 20


def test_check_formulas_finds_problems(tmp_path: Path) -> None:
    sheet = SheetSpec(name="Data", rows=[
        ["Item", "Amount", "Rate"],
        ["A", 10, "=B2*2"],
        ["B", 20, "=A3*B3"],             # text in arithmetic
        ["C", 30, "=FOO(B2)"],           # unknown function
        ["D", 40, "=Missing!A1+1"],      # missing sheet
        ["E", 50, "=B2+B99"],            # empty cell
        ["F", "=C8", "=B7*2"],           # B7 -> C8 ...
        ["G", "=SUM(B2:B6)", "=B7"],     # ... -> B7: circular
        ["Total", "=SUM(A1:B6)", "=IF(B2>0,B2,0)"],  # header text in SUM range is fine
    ])
    path = tmp_path / "bad.xlsx"
    write_content(path, "xlsx", content(workbook=WorkbookSpec(sheets=[sheet])), MODIFIED)
    found = check_formulas(path)
    problems = "\n".join(found)
    assert "Data!C3: text cell Data!A3 ('B') used as a number" in problems
    assert "Data!C4: unknown function FOO" in problems
    assert "Data!C5: reference to missing sheet 'Missing'" in problems
    assert "Data!C6: reference to empty cell Data!B99" in problems
    assert "circular reference: Data!B7 -> Data!C8 -> Data!B7" in problems
    assert len(found) == 5  # nothing about C2, B8, B9, C9


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pptx", "pdf"])
def test_corrupt_file_raises_office_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"Q3 budget.{kind}"
    path.write_bytes(random.Random(7).randbytes(2000))
    with pytest.raises(OfficeFileError, match=rf"Q3 budget\.{kind} is not a valid {kind} file"):
        read_text(path)


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(OfficeFileError, match=r"nope\.docx does not exist"):
        read_text(tmp_path / "nope.docx")
    (tmp_path / "x.rar").write_bytes(b"Rar!")
    with pytest.raises(OfficeFileError, match="not a supported file type"):
        read_text(tmp_path / "x.rar")
    (tmp_path / "x.zip").write_bytes(b"PK")  # a zip is read (its members listed): this one is broken
    with pytest.raises(OfficeFileError, match="not a valid zip file"):
        read_text(tmp_path / "x.zip")


@pytest.mark.parametrize("kind", sorted(CASES))
def test_kind_content_mismatch_still_writes_valid_file(tmp_path: Path, kind: str) -> None:
    others = [content(deck=DECK), content(workbook=WORKBOOK), content(text=TEXT), content()]
    for n, mismatched in enumerate(others):
        path = tmp_path / f"file{n}.{kind}"
        write_content(path, kind, mismatched, MODIFIED)  # type: ignore[arg-type]
        assert read_text(path).strip()
    if kind == "xlsx":
        assert openpyxl.load_workbook(tmp_path / "file0.xlsx").sheetnames
