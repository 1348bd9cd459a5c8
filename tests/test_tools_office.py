"""The office tools, called through a ToolNode in a compiled graph (the real injection path), and
the markdown reader they write documents with."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
import pytest
from support.tools import DOCS, OLD, Agent

from synthcomp.office import read_text, write_content
from synthcomp.office.docx_io import read_docx_document
from synthcomp.office.markdown import document_from_markdown, markdown_blocks
from synthcomp.office.text_io import document_to_markdown
from synthcomp.schemas import Block, DocumentSpec, FileContent, SheetSpec, WorkbookSpec
from synthcomp.tools import office

MARKDOWN = """## Summary

The tender closes on **14 March**.
Two suppliers answered.

- Supplier A
- Supplier B

### Costs

| Item | Cost |
|---|---:|
| Gloves | 1200 |

1. Check prices
2. Sign
"""




@pytest.fixture
def computer(tmp_path: Path) -> Path:
    root = tmp_path / "comp"
    docs = root / "drive" / DOCS
    workbook = WorkbookSpec(sheets=[
        SheetSpec(name="Budget", rows=[["Item", "Cost"], ["Gloves", 1200], ["Masks", 300],
                                       ["Total", "=SUM(B2:B3)"]]),
        SheetSpec(name="Notes", rows=[["Remark"], ["urgent"]]),
    ])
    write_content(docs / "budget.xlsx", "xlsx", FileContent(workbook=workbook, summary="s"), OLD)
    (docs / "notes.md").write_text("# Notes\n\nCall the supplier.\n")
    (docs / "memo.txt").write_text("Memo\n\nPrices went up.\n")
    return root


@pytest.fixture
def agent(computer: Path) -> Agent:
    return Agent(computer)


def drive_file(computer: Path, rel: str) -> Path:
    return computer / "drive" / rel


# --- markdown -------------------------------------------------------------------------------------


def test_markdown_to_document() -> None:
    document = document_from_markdown("# Tender\n\n*Draft*\n\n" + MARKDOWN)
    assert (document.title, document.subtitle) == ("Tender", "Draft")
    kinds = [b.type for b in document.blocks]
    assert kinds == ["heading", "paragraph", "bullets", "heading", "table", "numbered"]
    assert document.blocks[1].text == "The tender closes on 14 March. Two suppliers answered."
    assert [b.level for b in document.blocks if b.type == "heading"] == [1, 2]
    assert document.blocks[4].rows == [["Item", "Cost"], ["Gloves", "1200"]]
    assert document.blocks[5].items == ["Check prices", "Sign"]
    titled = document_from_markdown("# Tender\n\nText", title="Tender")
    assert (titled.title, [b.type for b in titled.blocks]) == ("Tender", ["paragraph"])
    other = document_from_markdown("# Intro\n\nText", title="Tender")
    assert other.title == "Tender" and other.blocks[0] == Block(type="heading", text="Intro")
    assert markdown_blocks("* a\n  continued\n+ b\n\n```\ncode | x\n```\n> quoted") == [
        Block(type="bullets", items=["a continued", "b"]),
        Block(type="paragraph", text="code | x"),
        Block(type="paragraph", text="quoted"),
    ]


def test_markdown_round_trip() -> None:
    document = DocumentSpec(title="Report", subtitle="Q3", blocks=[
        Block(type="heading", text="One"), Block(type="paragraph", text="A | b, c."),
        Block(type="bullets", items=["x", "y"]), Block(type="heading", text="Two", level=2),
        Block(type="numbered", items=["1st", "2nd"]), Block(type="heading", text="Three", level=3),
        Block(type="table", rows=[["h1", "h|2"], ["v1", ""]]),
    ])
    assert document_from_markdown(document_to_markdown(document)) == document


# --- documents ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["docx", "pdf", "md", "txt"])
def test_write_document_every_kind(agent: Agent, computer: Path, kind: str) -> None:
    path = f"{DOCS}/Tender Report.{kind}"
    answer = agent("write_document", path=path, title="Tender Report", markdown=MARKDOWN)
    assert answer.startswith(f"Wrote '{path}' (title 'Tender Report'; blocks: 1 bullets, 2 heading")
    text = agent("read_file", path=path)
    for words in ("Tender Report", "Summary", "Supplier B", "Gloves", "Check prices"):
        assert words in text
    info = agent("file_info", path=path)
    assert "modified: 2026-03-02" in info
    first = drive_file(computer, path).read_bytes()
    agent("write_document", path=path, title="Tender Report", markdown=MARKDOWN)
    assert drive_file(computer, path).read_bytes() == first  # idempotent, byte for byte


def test_write_document_refuses_other_kinds(agent: Agent) -> None:
    answer = agent("write_document", path=f"{DOCS}/x.xlsx", title="t", markdown="m")
    assert answer.startswith(f"Error: '{DOCS}/x.xlsx' must end with .docx, .pdf, .md, .txt")
    assert "write_spreadsheet" in answer
    big = "x" * (office.MAX_MARKDOWN_CHARS + 1)
    too_long = agent("write_document", path="a.docx", title="t", markdown=big)
    assert too_long == f"Error: the markdown is {len(big)} characters; at most {office.MAX_MARKDOWN_CHARS}."


def test_append_to_docx_keeps_the_document(agent: Agent, computer: Path) -> None:
    path = f"{DOCS}/Report.docx"
    agent("write_document", path=path, title="Report", markdown=MARKDOWN)
    before = read_docx_document(drive_file(computer, path))
    assert before == document_from_markdown(MARKDOWN, "Report")
    answer = agent("append_to_document", path=path, markdown="## Next steps\n\n1. Order\n2. Pay")
    assert answer.startswith(f"Appended 2 blocks to '{path}'")
    after = read_docx_document(drive_file(computer, path))
    assert after.blocks[: len(before.blocks)] == before.blocks
    assert after.blocks[-2:] == [Block(type="heading", text="Next steps"),
                                 Block(type="numbered", items=["Order", "Pay"])]
    text = agent("read_file", path=path)
    assert "1. Check prices" in text and "1. Order" in text  # each list numbered on its own


def test_append_to_text_documents(agent: Agent, computer: Path) -> None:
    agent("append_to_document", path=f"{DOCS}/notes.md", markdown="## Later\n\n- Email Bob")
    assert drive_file(computer, f"{DOCS}/notes.md").read_text() == (
        "# Notes\n\nCall the supplier.\n\n## Later\n\n- Email Bob\n")
    agent("write_document", path=f"{DOCS}/brief.pdf", title="Brief", markdown="Text")
    assert agent("append_to_document", path=f"{DOCS}/brief.pdf", markdown="x").startswith(
        "Error: append_to_document works on .docx, .md and .txt files")
    assert agent("append_to_document", path=f"{DOCS}/none.docx", markdown="x").startswith(
        f"Error: '{DOCS}/none.docx' does not exist.")


def test_export_pdf(agent: Agent, computer: Path) -> None:
    agent("write_document", path=f"{DOCS}/Report.docx", title="Report", markdown=MARKDOWN)
    for source in ("Report.docx", "notes.md", "memo.txt"):
        target = f"{DOCS}/out/{source}.pdf"
        assert agent("export_pdf", source=f"{DOCS}/{source}", destination=target) == (
            f"Exported '{DOCS}/{source}' to '{target}'.")
        assert read_text(drive_file(computer, target))
    assert "Supplier B" in agent("read_file", path=f"{DOCS}/out/Report.docx.pdf")
    assert agent("export_pdf", source=f"{DOCS}/budget.xlsx", destination="b.pdf").startswith(
        "Error: export_pdf exports .docx, .md and .txt documents")
    assert agent("export_pdf", source=f"{DOCS}/notes.md", destination="b.docx").startswith(
        "Error: 'b.docx' must end with .pdf")


# --- spreadsheets ---------------------------------------------------------------------------------


def test_write_spreadsheet_and_read_range(agent: Agent, computer: Path) -> None:
    path = f"{DOCS}/orders.xlsx"
    sheets = [{"name": "Orders", "rows": [["Item", "Qty", "Price", "Total"], ["Gloves", 10, 2.5, "=B2*C2"],
                                          ["Masks", 4, 5, "=B3*C3"], ["Sum", None, None, "=SUM(D2:D3)"]]},
              {"name": "Info", "rows": [["Owner"], ["Ana"]]}]
    answer = agent("write_spreadsheet", path=path, sheets=sheets)
    assert answer == f"Wrote '{path}' with sheets: Orders (4 rows), Info (2 rows)."
    grid = agent("read_range", path=path, sheet="orders", cell_range="A1:E4")
    assert grid.splitlines() == [
        f"sheet 'Orders' of '{path}', A1:E4 (the sheet's cells span A1:D4)",
        "row | A | B | C | D",
        "1 | Item | Qty | Price | Total",
        "2 | Gloves | 10 | 2.5 | =B2*C2 → 25",
        "3 | Masks | 4 | 5 | =B3*C3 → 20",
        "4 | Sum |  |  | =SUM(D2:D3) → 45",
    ]
    assert agent("read_range", path=path, sheet="Info", cell_range="A2").endswith("2 | Ana")
    # A computed figure reads as a person reads it, not with its binary noise.
    noisy = [{"name": "N", "rows": [["a", "b", "sum"], [455548.4, 455548.3999999999, "=A2+B2"],
                                    [1234567.25, 0.125, 2026]]}]
    agent("write_spreadsheet", path=f"{DOCS}/noisy.xlsx", sheets=noisy)
    shown = agent("read_range", path=f"{DOCS}/noisy.xlsx", cell_range="A2:C3").splitlines()
    assert shown[-2:] == ["2 | 455,548.4 | 455,548.4 | =A2+B2 → 911,096.8",
                          "3 | 1,234,567.25 | 0.125 | 2026"]
    assert agent("read_range", path=path, cell_range="K50:K60").endswith("(no values in K50:K60)")
    first = drive_file(computer, path).read_bytes()
    agent("write_spreadsheet", path=path, sheets=sheets)
    assert drive_file(computer, path).read_bytes() == first


def test_spreadsheet_errors_and_csv(agent: Agent, computer: Path) -> None:
    bad = agent("write_spreadsheet", path="s.xlsx", sheets=[{"name": "S", "rows": [[1, "=SUMM(A1)"]]}])
    assert "Formula problems to fix:" in bad and "SUMM" in bad
    one = [{"name": "S", "rows": [["a", "b"], [1, "=A2*2"]]}]
    csv_answer = agent("write_spreadsheet", path="s.csv", sheets=one)
    assert "were saved as their values" in csv_answer
    assert drive_file(computer, "s.csv").read_text() == "a,b\n1,2\n"
    assert agent("read_range", path="s.csv", cell_range="A1:B2").endswith("2 | 1 | 2")
    two = [{"name": "A", "rows": []}, {"name": "B", "rows": []}]
    assert "one sheet" in agent("write_spreadsheet", path="s.csv", sheets=two)
    assert "1 to 31 characters" in agent("write_spreadsheet", path="s.xlsx", sheets=[{"name": "x" * 40}])
    assert agent("write_spreadsheet", path="s.xlsx", sheets=[]).startswith("Error: give between 1 and")
    assert agent("read_range", path=f"{DOCS}/budget.xlsx", sheet="Nope").startswith(
        f"Error: '{DOCS}/budget.xlsx' has no sheet 'Nope'; its sheets are 'Budget', 'Notes'.")
    assert "not a cell reference" in agent("read_range", path=f"{DOCS}/budget.xlsx", cell_range="A1:ZZZZ9")
    assert "more than 1000 cells" in agent("read_range", path=f"{DOCS}/budget.xlsx", cell_range="A1:Z100")
    assert "read_range reads .xlsx and .csv" in agent("read_range", path=f"{DOCS}/notes.md")


def test_update_cells(agent: Agent, computer: Path) -> None:
    path = f"{DOCS}/budget.xlsx"
    answer = agent("update_cells", path=path, sheet="Budget", cells={"b3": 450, "A5": "Note", "B5": "=B4/2"})
    assert answer == f"Updated 3 cells of sheet 'Budget' in '{path}'."
    grid = agent("read_range", path=path, sheet="Budget", cell_range="A1:B5")
    assert "3 | Masks | 450" in grid and "4 | Total | =SUM(B2:B3) → 1650" in grid and "=B4/2 → 825" in grid
    book = openpyxl.load_workbook(drive_file(computer, path))
    assert book["Notes"]["A2"].value == "urgent" and book["Budget"]["A1"].font.bold
    first = drive_file(computer, path).read_bytes()
    agent("update_cells", path=path, sheet="Budget", cells={"b3": 450, "A5": "Note", "B5": "=B4/2"})
    assert drive_file(computer, path).read_bytes() == first  # idempotent, byte for byte
    assert "Formula problems" in agent("update_cells", path=path, sheet="", cells={"C1": "=NOPE(1)"})
    assert agent("update_cells", path=path, sheet="", cells={"B0": 1}).startswith("Error: 'B0' is not a cell")
    assert agent("update_cells", path=path, sheet="", cells={}).startswith("Error: give between 1 and 500")
    not_xlsx = agent("update_cells", path=f"{DOCS}/notes.md", sheet="", cells={"A1": 1})
    assert not_xlsx.startswith("Error: update_cells works on .xlsx files; rewrite")


def test_corrupt_office_files(agent: Agent, computer: Path) -> None:
    rng = random.Random(3)
    for name in ("bad.xlsx", "bad.docx", "bad.pptx"):
        drive_file(computer, name).write_bytes(bytes(rng.randrange(256) for _ in range(2000)))
    assert agent("update_cells", path="bad.xlsx", sheet="", cells={"A1": 1}) == (
        "Error: 'bad.xlsx' is not a valid xlsx file (it is damaged or too large).")
    assert agent("read_range", path="bad.xlsx").startswith("Error: 'bad.xlsx' is not a valid xlsx file")
    damaged = "Error: 'bad.docx' is not a valid docx file (it is damaged or too large)."
    assert agent("append_to_document", path="bad.docx", markdown="x") == damaged
    assert agent("export_pdf", source="bad.docx", destination="bad.pdf") == damaged
    assert agent("read_slide", path="bad.pptx", number=1).startswith(
        "Error: cannot read 'bad.pptx': bad.pptx is not a valid pptx")
    # a zip that is not a workbook
    drive_file(computer, "zip.xlsx").write_bytes(drive_file(computer, f"{DOCS}/notes.md").read_bytes())
    write_content(drive_file(computer, "fake.xlsx"), "docx", FileContent(text="x", summary="s"), OLD)
    assert agent("read_range", path="fake.xlsx").startswith("Error: 'fake.xlsx' is not a valid xlsx file (")
    assert not drive_file(computer, "bad.pdf").exists()


# --- presentations --------------------------------------------------------------------------------


def test_write_presentation_and_read_slide(agent: Agent, computer: Path) -> None:
    path = f"{DOCS}/Q1 review.pptx"
    slides = [{"title": "Status", "bullets": ["On track", "Budget 62% spent"], "notes": "Mention the delay"},
              {"title": "Next", "bullets": ["Sign the contract"]}]
    answer = agent("write_presentation", path=path, title="Q1 Review", slides=slides)
    assert answer == f"Wrote '{path}': a title slide and 2 content slides."
    assert agent("read_slide", path=path, number=1).startswith("Slide 1: Q1 Review (of 3)")
    assert agent("read_slide", path=path, number=2) == (
        "Slide 2: Status (of 3)\n- On track\n- Budget 62% spent\nNotes: Mention the delay")
    assert agent("read_slide", path=path, number=4) == (
        f"Error: '{path}' has 3 slides; give a number from 1 to 3.")
    assert "slides: 3" in agent("file_info", path=path)
    first = drive_file(computer, path).read_bytes()
    agent("write_presentation", path=path, title="Q1 Review", slides=slides)
    assert drive_file(computer, path).read_bytes() == first
    crowded = [{"title": "Too much", "bullets": [f"b{n}" for n in range(13)]}]
    assert "split it into two slides" in agent("write_presentation", path=path, title="t", slides=crowded)
    assert "read_slide reads .pptx" in agent("read_slide", path=f"{DOCS}/notes.md", number=1)
    assert agent("write_presentation", path="deck.docx", title="t", slides=[]).startswith(
        "Error: 'deck.docx' must end with .pptx")


def test_invalid_structured_arguments(agent: Agent) -> None:
    replies = agent.calls(
        ("write_spreadsheet", {"path": "s.xlsx", "sheets": "not a list"}),
        ("write_presentation", {"path": "d.pptx", "title": "t", "slides": [{"bullets": ["no title"]}]}),
        ("update_cells", {"path": f"{DOCS}/budget.xlsx", "sheet": "", "cells": {"A1": [1, 2]}}),
        ("read_range", {"path": f"{DOCS}/budget.xlsx"}),
    )
    assert [r.status for r in replies] == ["error", "error", "error", "success"]
    assert "sheets: Input should be a valid list" in replies[0].content
    assert "slides.0.title: Field required" in replies[1].content
    assert "cells.A1" in replies[2].content


def test_money_cells_and_computed_totals_read_as_a_person_reads_them(agent: Agent, computer: Path) -> None:
    amounts = [91109.68] * 10  # sums to 911096.8000000001: binary noise
    rows: list[list[object]] = [["Line", "Amount"], *[[f"L{n}", a] for n, a in enumerate(amounts, 1)],
                                ["Total", "=SUM(B2:B11)"], ["Lines", "=COUNT(B2:B11)"]]
    sheet = SheetSpec(name="Costs", rows=rows, number_formats={"B": "#,##0.00"})  # type: ignore[arg-type]
    path = f"{DOCS}/costs.xlsx"
    write_content(drive_file(computer, path), "xlsx", FileContent(workbook=WorkbookSpec(sheets=[sheet]),
                                                                 summary="s"), OLD)
    grid = agent("read_range", path=path, cell_range="A10:B13").splitlines()
    assert grid[-4:] == ["10 | L9 | 91,109.68", "11 | L10 | 91,109.68",
                         "12 | Total | =SUM(B2:B11) → 911,096.80", "13 | Lines | =COUNT(B2:B11) → 10.00"]
    text = agent("read_file", path=path)
    assert "Total | =SUM(B2:B11) → 911,096.80" in text
    assert "L10 | 91109.68" in text  # typed values stay as typed; computed ones show their format
    for query in ("911096.8", "911,096.80", "911096.80"):
        found = agent("search_contents", query=query)
        assert "costs.xlsx" in found and "=SUM(B2:B11) → 911,096.80" in found, query
    assert agent("search_contents", query="11096.8").startswith("No match")  # not inside a number


def test_a_formula_copied_with_its_shown_value_is_written_alone(agent: Agent, computer: Path) -> None:
    path = f"{DOCS}/copy.xlsx"
    rows = [["Item", "Cost"], ["Gloves", 1200], ["Masks", 300], ["Total", "=SUM(B2:B3) → 1,500.00"],
            ["Label", '="in → out"']]
    answer = agent("write_spreadsheet", path=path, sheets=[{"name": "S", "rows": rows}])
    assert "Formula problems" not in answer
    book = openpyxl.load_workbook(drive_file(computer, path))
    assert book["S"]["B4"].value == "=SUM(B2:B3)" and book["S"]["B5"].value == '="in → out"'
    agent("update_cells", path=path, sheet="S", cells={"C4": "=B4*2 → 3,000"})
    assert openpyxl.load_workbook(drive_file(computer, path))["S"]["C4"].value == "=B4*2"
