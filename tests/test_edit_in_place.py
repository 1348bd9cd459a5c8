"""Edit-in-place tools (replace_text, rewrite_section, insert_rows, edit_slide): the edited part
changes, everything else of the file (styles, run formatting, layout, other sections) stays."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from docx.shared import Pt
from pptx import Presentation
from support.tools import DOCS, OLD, Agent

from synthcomp.office import HOUSE_STYLES, write_content
from synthcomp.office.edit import shift_formula
from synthcomp.schemas import Block, DocumentSpec, FileContent

MEMO = f"{DOCS}/memo.docx"


def _drive(computer: Path, rel: str) -> Path:
    return computer / "drive" / rel


def _looks(path: Path) -> list[tuple[str, list[tuple[str, Any, Any, Any, Any]]]]:
    """Each paragraph's style name and its runs' text, bold, italic, font and size."""
    document = docx.Document(str(path))
    return [(p.style.name if p.style is not None else "",
             [(r.text, r.bold, r.italic, r.font.name, r.font.size) for r in p.runs])
            for p in document.paragraphs]


@pytest.fixture
def computer(tmp_path: Path) -> Path:
    root = tmp_path / "comp"
    folder = root / "drive" / DOCS
    folder.mkdir(parents=True)
    memo = docx.Document()
    memo.add_paragraph("Gloves tender", style="Title")
    memo.add_paragraph("Summary", style="Heading 1")
    para = memo.add_paragraph("The tender ", style="Normal")
    bold = para.add_run("closes on 14 March")
    bold.bold = True
    bold.font.name, bold.font.size = "Georgia", Pt(13)
    para.add_run(" at noon.").italic = True
    memo.add_paragraph("Supplier A answered.", style="List Bullet")
    memo.add_paragraph("Budget", style="Heading 1")
    memo.add_paragraph("Spend is 62% of the envelope.")
    memo.add_paragraph("Cleaning is over by 8%.")
    memo.add_paragraph("Risks", style="Heading 1")
    memo.add_paragraph("Late deliveries in August.")
    memo.save(str(folder / "memo.docx"))
    report = DocumentSpec(title="Q3 report", blocks=[
        Block(type="heading", text="Summary"), Block(type="paragraph", text="All on track."),
        Block(type="heading", text="Budget"), Block(type="paragraph", text="Spend is 62%."),
        Block(type="table", rows=[["Item", "Cost"], ["Gloves", "1200"]]),
        Block(type="heading", text="Detail", level=2), Block(type="paragraph", text="By line."),
        Block(type="heading", text="Next steps"), Block(type="bullets", items=["Order", "Pay"]),
    ])
    write_content(folder / "report.docx", "docx", FileContent(document=report, summary="s"), OLD,
                  style=HOUSE_STYLES[0])
    (folder / "notes.md").write_text("# Notes\n\n## Budget\n\nold line\n\n### Detail\n\nx\n\n## Later\n\ny\n")
    return root


@pytest.fixture
def agent(computer: Path) -> Agent:
    return Agent(computer)


def test_replace_text_keeps_styles_and_run_formatting(agent: Agent, computer: Path) -> None:
    path = _drive(computer, MEMO)
    before = _looks(path)
    answer = agent("replace_text", path=MEMO, old_text="14 March", new_text="21 March")
    assert answer == f"Replaced 1 occurrence in '{MEMO}'."
    after = _looks(path)
    expected = [(style, [(text.replace("14 March", "21 March"), *rest) for text, *rest in runs])
                for style, runs in before]
    assert after == expected  # styles, bold, italic, font and size as before; only the text differs
    # a match across runs takes the look of the run where it starts; the others keep theirs
    agent("replace_text", path=MEMO, old_text="tender closes", new_text="call for tenders closes")
    runs = _looks(path)[2][1]
    assert runs[0] == ("The call for tenders closes", None, None, None, None)
    assert runs[1] == (" on 21 March", True, None, "Georgia", Pt(13))
    assert runs[2][0] == " at noon." and runs[2][2] is True


def test_replace_text_refuses_what_is_absent_or_ambiguous(agent: Agent, computer: Path) -> None:
    untouched = _drive(computer, MEMO).read_bytes()
    missing = agent("replace_text", path=MEMO, old_text="closes on 14 Mrach", new_text="x")
    assert missing.startswith("Error: 'closes on 14 Mrach' is not in the file")
    assert "close matches: 'closes on 14 March'" in missing
    ambiguous = agent("replace_text", path=MEMO, old_text="tender", new_text="bid")
    assert "appears 2 times" in ambiguous and "replace_all" in ambiguous
    assert _drive(computer, MEMO).read_bytes() == untouched
    assert agent("replace_text", path=MEMO, old_text="tender", new_text="bid", replace_all=True) == (
        f"Replaced 2 occurrences in '{MEMO}'.")
    assert "Gloves bid" in agent("read_file", path=MEMO)


def test_replace_text_in_markdown_and_slides(agent: Agent, computer: Path) -> None:
    agent("replace_text", path=f"{DOCS}/notes.md", old_text="old line", new_text="new line")
    assert "new line" in _drive(computer, f"{DOCS}/notes.md").read_text()
    deck = f"{DOCS}/review.pptx"
    agent("write_presentation", path=deck, title="Q1 Review",
          slides=[{"title": "Status", "bullets": ["On track", "Spend 62%"], "notes": "say 62%"}])
    assert agent("replace_text", path=deck, old_text="62%", new_text="64%", replace_all=True) == (
        f"Replaced 2 occurrences in '{deck}'.")
    slide = agent("read_slide", path=deck, number=2)
    assert "Spend 64%" in slide and "say 64%" in slide


def test_rewrite_section_keeps_the_rest_and_the_styles(agent: Agent, computer: Path) -> None:
    path = _drive(computer, f"{DOCS}/report.docx")
    styles_before = zipfile.ZipFile(path).read("word/styles.xml")
    before = _looks(path)
    answer = agent("rewrite_section", path=f"{DOCS}/report.docx", heading="budget",
                   markdown="Spend is 64% after the August invoices.\n\n- Gloves over\n- Masks under")
    # the paragraph, the table and the spacer after it, the Detail subsection's heading and text
    assert "Rewrote the section 'budget'" in answer
    assert "5 paragraphs or tables replaced by 2 blocks" in answer
    after = _looks(path)
    assert zipfile.ZipFile(path).read("word/styles.xml") == styles_before
    names = [(style, "".join(r[0] for r in runs)) for style, runs in after]
    start = names.index(("Heading 1", "Budget"))
    assert names[start + 1:start + 4] == [("Normal", "Spend is 64% after the August invoices."),
                                          ("List Bullet", "Gloves over"), ("List Bullet", "Masks under")]
    assert names[start + 4] == ("Heading 1", "Next steps")  # the Detail subsection went with it
    assert after[:start + 1] == before[:start + 1] and after[start + 4:] == before[-3:]
    table_count = len(docx.Document(str(path)).tables)
    assert table_count == 0
    refused = agent("rewrite_section", path=f"{DOCS}/report.docx", heading="Budgett", markdown="x")
    assert refused.startswith("Error: no heading 'Budgett'; close ones: 'Budget'")


def test_rewrite_section_of_markdown(agent: Agent, computer: Path) -> None:
    agent("rewrite_section", path=f"{DOCS}/notes.md", heading="Budget", markdown="fresh\n\n- a")
    expected = "# Notes\n\n## Budget\n\nfresh\n\n- a\n\n## Later\n\ny\n"
    assert _drive(computer, f"{DOCS}/notes.md").read_text() == expected


def test_insert_rows_moves_formulas_and_keeps_totals(agent: Agent, computer: Path) -> None:
    path = f"{DOCS}/budget.xlsx"
    rows = [["Item", "Cost"], ["Gloves", 1200.5], ["Masks", 300], ["Total", "=SUM(B2:B3)"], ["Half", "=B4/2"]]
    agent("write_spreadsheet", path=path, sheets=[{"name": "Budget", "rows": rows},
                                                  {"name": "Summary", "rows": [["Total", "=Budget!B4"]]}])
    answer = agent("insert_rows", path=path, sheet="budget", before_row=3, rows=[["Gowns", 99.5]])
    assert answer == (f"Inserted 1 rows at row 3 of sheet 'Budget' in '{path}'; "
                      "3 formulas updated to follow the moved cells.")
    book = openpyxl.load_workbook(_drive(computer, path))
    assert [c.value for c in book["Budget"]["B"]] == ["Cost", 1200.5, 99.5, 300, "=SUM(B2:B4)", "=B5/2"]
    assert book["Summary"]["B1"].value == "=Budget!B5"
    values = openpyxl.load_workbook(_drive(computer, path), data_only=True)
    assert values["Budget"]["B5"].value == 1600 and values["Summary"]["B1"].value == 1600
    assert book["Budget"]["A3"].font.b == book["Budget"]["A2"].font.b  # the look of the row above
    assert "=SUM(B2:B4) → 1600" in agent("read_file", path=path)
    assert agent("insert_rows", path=path, sheet="", before_row=1, rows=[]).startswith("Error: give between")
    assert "works on .xlsx" in agent("insert_rows", path=f"{DOCS}/notes.md", sheet="", before_row=1,
                                     rows=[[1]])


def test_shift_formula_follows_excel() -> None:
    assert shift_formula("=SUM(B2:B11)", own=True, target="S", at=5, count=2) == "=SUM(B2:B13)"
    assert shift_formula("=SUM(B2:B11)", own=True, target="S", at=12, count=2) == "=SUM(B2:B11)"
    assert shift_formula("=$B$7*'My S'!C9", own=True, target="My S", at=5, count=1) == "=$B$8*'My S'!C10"
    assert shift_formula("=Other!B7+B7", own=False, target="S", at=5, count=1) == "=Other!B7+B7"
    assert shift_formula("=SUM(3:9)", own=True, target="S", at=5, count=1) == "=SUM(3:10)"


def test_edit_slide_keeps_the_layout(agent: Agent, computer: Path) -> None:
    deck = f"{DOCS}/review.pptx"
    agent("write_presentation", path=deck, title="Q1 Review",
          slides=[{"title": "Status", "bullets": ["On track", "Spend 62%"], "notes": "say it"},
                  {"title": "Risks", "bullets": ["Late deliveries"]}])
    path = _drive(computer, deck)
    before = Presentation(str(path)).slides[1]
    layout, title_font = before.slide_layout.name, before.shapes.title.text_frame.paragraphs[0].runs[0].font
    look = (title_font.name, title_font.size, title_font.bold)
    answer = agent("edit_slide", path=deck, number=2, title="Status in March",
                   bullets=["On track", "Spend 64%", "Gowns ordered"])
    assert answer == f"Changed the title, 3 bullets of slide 2 in '{deck}'."
    after = Presentation(str(path)).slides[1]
    font = after.shapes.title.text_frame.paragraphs[0].runs[0].font
    assert after.slide_layout.name == layout and (font.name, font.size, font.bold) == look
    shown = agent("read_slide", path=deck, number=2)
    assert "Status in March" in shown and "Gowns ordered" in shown and "say it" in shown
    assert "Late deliveries" in agent("read_slide", path=deck, number=3)
    too_far = agent("edit_slide", path=deck, number=9, notes="x")
    assert too_far.startswith("Error: the presentation has 3 slides")
    assert agent("edit_slide", path=deck, number=2).startswith("Error: give a title, bullets or notes")


def test_the_same_edit_gives_the_same_bytes(agent: Agent, computer: Path, tmp_path: Path) -> None:
    twin = Agent(tmp_path / "twin")
    (tmp_path / "twin" / "drive" / DOCS).mkdir(parents=True)
    (tmp_path / "twin" / "drive" / MEMO).write_bytes(_drive(computer, MEMO).read_bytes())
    for each in (agent, twin):
        each("replace_text", path=MEMO, old_text="14 March", new_text="21 March")
        each("rewrite_section", path=MEMO, heading="Risks", markdown="None left.")
    assert _drive(computer, MEMO).read_bytes() == (tmp_path / "twin" / "drive" / MEMO).read_bytes()
