"""Hostile or odd drive contents neither stall nor bloat a run (issue 14, point 4): each read has
a size, time and memory budget (synthcomp.office.budgets), what breaks one is skipped with a
one-line note, and a run's drive has a quota that a write or copy names when it refuses.

The files are real, at a small scale: the limits are lowered to meet them (as ``budgets(...)``
or the environment variables do), except for the zip bomb, which is a real 200 MB one."""

from __future__ import annotations

import io
import os
import random
import re
import string
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl
import pptx
import pytest
from support.files import empty_computer
from support.tools import NOW, Agent

from synthcomp import office
from synthcomp.errors import OfficeFileError
from synthcomp.office.budgets import ReadBudget, budgets, budgets_off, current
from synthcomp.schemas import FileContent


@dataclass
class QuotaContext:
    """A run context with a drive quota of its own."""

    computer_dir: str
    sim_time: object = NOW
    drive_quota: int | None = None


@pytest.fixture
def computer(tmp_path: Path) -> Path:
    return empty_computer(tmp_path)


@pytest.fixture
def agent(computer: Path) -> Agent:
    return Agent(computer)


def many_paragraphs(path: Path, count: int) -> None:
    document = docx.Document()
    for n in range(count):
        document.add_paragraph(f"line {n}")
    document.add_paragraph("the needle at the end")
    document.save(path)


def zip_bomb(path: Path, megabytes: int) -> None:
    """A real docx whose document.xml is one paragraph `megabytes` MB long, packed ~1000 times."""
    base = io.BytesIO()
    docx.Document().save(base)
    namespace = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, source.read(item))
                continue
            with bomb.open(item.filename, "w", force_zip64=True) as part:
                part.write(b'<w:document xmlns:w="' + namespace + b'"><w:body><w:p><w:r><w:t>')
                for _ in range(megabytes):
                    part.write(b"a" * (1 << 20))
                part.write(b"</w:t></w:r></w:p></w:body></w:document>")


def big_workbook(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)  # no <dimension>: the reader cannot know the size
    sheet = book.create_sheet("Data")
    sheet.append(["id", "qty", "total"])
    for n in range(rows):
        sheet.append([n, n % 7, "=A2*2" if n == 0 else n])
    book.save(path)


def test_a_docx_with_many_paragraphs_is_read_in_part_and_fast(agent: Agent, computer: Path) -> None:
    many_paragraphs(computer / "drive" / "many.docx", 3000)
    with budgets(paragraphs=1000):
        started = time.monotonic()
        answer = agent("read_file", path="many.docx", limit=6000)
        text = office.read_text(computer / "drive" / "many.docx")
        took = time.monotonic() - started
    assert answer.startswith("line 0\nline 1\n")
    assert text.endswith("[read budget: many.docx read for its first 1000 paragraphs and table rows of "
                         "3001; the rest is not shown]"), text[-200:]
    assert "needle" not in text and "line 999\n" in text
    # The style of each paragraph is looked up once per style, not by a scan of every style.
    assert took < 5, took
    with budgets_off():
        assert office.read_text(computer / "drive" / "many.docx").endswith("the needle at the end")


def test_a_table_counts_by_its_rows(computer: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=500, cols=2)
    for n, row in enumerate(table.rows):
        row.cells[0].text = f"row {n}"
    document.add_paragraph("after the table")
    document.save(computer / "drive" / "table.docx")
    with budgets(paragraphs=50):
        text = office.read_text(computer / "drive" / "table.docx")
    assert "row 49 | " in text and "row 50 |" not in text and "after the table" not in text
    assert text.endswith("first 50 paragraphs and table rows of 501; the rest is not shown]"), text[-150:]


def test_an_edit_never_rebuilds_a_document_from_a_part(agent: Agent, computer: Path) -> None:
    many_paragraphs(computer / "drive" / "many.docx", 300)
    before = (computer / "drive" / "many.docx").read_bytes()
    with budgets(paragraphs=100):
        answer = agent("append_to_document", path="many.docx", markdown="One more line.")
    assert answer.startswith("Error: cannot open 'many.docx': many.docx cannot be read whole"), answer
    assert "more than 100 paragraphs and table rows" in answer
    assert (computer / "drive" / "many.docx").read_bytes() == before


def test_a_zip_bomb_is_refused_before_it_is_unpacked(agent: Agent, computer: Path) -> None:
    bomb = computer / "drive" / "Users" / "bomb.docx"
    zip_bomb(bomb, 200)
    assert bomb.stat().st_size < 1_000_000
    started = time.monotonic()
    for tool, args in (("read_file", {"path": "Users/bomb.docx"}), ("file_info", {"path": "Users/bomb.docx"}),
                       ("append_to_document", {"path": "Users/bomb.docx", "markdown": "x"}),
                       ("replace_text", {"path": "Users/bomb.docx", "old_text": "a", "new_text": "b"})):
        answer = agent(tool, **args)
        assert answer.startswith("Error: ") and "it is not opened" in answer, (tool, answer)
        assert "zip bomb" in answer or "read budget" in answer, (tool, answer)
    assert time.monotonic() - started < 5  # it was never parsed: 200 MB of XML takes far longer
    # Under the size budget, the packing ratio gives it away.
    with budgets(unpacked=None, part=None):
        answer = agent("read_file", path="Users/bomb.docx")
    assert "is a zip bomb: its part word/document.xml packs 200 MB" in answer, answer


def test_a_search_skips_what_breaks_a_budget_with_a_line_and_finds_the_rest(
        agent: Agent, computer: Path) -> None:
    users = computer / "drive" / "Users"
    zip_bomb(users / "bomb.docx", 40)
    os.mkfifo(users / "notes.txt")  # opening it to read would wait forever
    (users / "ok.md").write_text("the needle is here\n")
    started = time.monotonic()
    answer = agent("search_contents", query="needle")
    assert time.monotonic() - started < 5
    assert answer.startswith("1 matches for 'needle' in 1 file"), answer
    assert "Users/ok.md [char 4]" in answer
    assert "(2 files could not be read and were skipped)" in answer, answer
    assert "\n- cannot read 'Users/bomb.docx': bomb.docx is a zip bomb" in answer, answer
    assert "\n- 'Users/notes.txt' is a pipe, not a file: it is not opened" in answer, answer


def test_a_search_stops_when_its_time_is_up(agent: Agent, computer: Path) -> None:
    for n in range(30):
        (computer / "drive" / "Users" / f"note {n:02}.md").write_text(f"needle {n}\n")
    with budgets(seconds=0.000001):  # each read's time is up at once: the search stops at once
        answer = agent("search_contents", query="needle")
    assert "(stopped after 3e-06 s, 0 files searched; search a narrower path)" in answer, answer


def test_a_million_row_sheet_costs_its_first_rows_only(agent: Agent, computer: Path) -> None:
    big_workbook(computer / "drive" / "big.xlsx", 20_000)
    with budgets(rows=2_000):
        started = time.monotonic()
        answer = agent("read_range", path="big.xlsx", cell_range="A1:C3")
        text = office.read_text(computer / "drive" / "big.xlsx")
        took = time.monotonic() - started
    assert answer.splitlines()[:2] == [
        "sheet 'Data' of 'big.xlsx', A1:C3 (the sheet's cells span at least A1:C2000)",
        "[read budget: big.xlsx read for its first 2000 rows; the rest is not shown]"], answer
    # A formula over a part of the rows is shown as written, not with a wrong value.
    assert answer.splitlines()[-2] == "2 | 0 | 0 | =A2*2", answer
    assert text.endswith("1998 | 3 | 1998\n[read budget: big.xlsx read for its first 2000 rows; "
                         "the rest is not shown]"), text[-200:]
    assert took < 5, took  # openpyxl alone parsed the whole sheet to learn it has no <dimension>
    with budgets_off():
        assert "19999 | 0 | 19999" in office.read_text(computer / "drive" / "big.xlsx")


def test_text_slides_and_pages_have_budgets_too(computer: Path) -> None:
    (computer / "drive" / "long.txt").write_text("abc\n" * 1000)
    with budgets(plain=400):
        text = office.read_text(computer / "drive" / "long.txt")
    assert text.count("abc") == 100
    assert text.endswith("[read budget: long.txt read for its first 400 bytes of 4000; "
                         "the rest is not shown]")
    deck = pptx.Presentation()
    for n in range(5):
        deck.slides.add_slide(deck.slide_layouts[1]).shapes.title.text = f"Slide title {n}"
    deck.save(computer / "drive" / "deck.pptx")
    pages = computer / "drive" / "long.pdf"
    office.write_content(pages, "pdf", FileContent(text="A line.\n\n" * 300, summary="report"), NOW)
    with budgets(slides=2, pages=1):
        slides, report = (office.read_text(computer / "drive" / "deck.pptx"), office.read_text(pages))
    assert "Slide title 1" in slides and "Slide title 2" not in slides
    assert slides.endswith("[read budget: deck.pptx read for its first 2 slides of 5; the rest is not shown]")
    assert re.search(r"\[read budget: long.pdf read for its first 1 pages of \d+; the rest", report), report
    with budgets(seconds=0.000001):
        slides = office.read_text(computer / "drive" / "deck.pptx")
    assert slides == "[time is up: deck.pptx read for its first 0 slides of 5; the rest is not shown]"


def test_the_environment_sets_the_limits_and_turns_them_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert current() == ReadBudget()
    monkeypatch.setenv("SYNTHCOMP_READ_ROWS", "10")
    monkeypatch.setenv("SYNTHCOMP_READ_UNPACKED_MB", "1.5")
    monkeypatch.setenv("SYNTHCOMP_READ_SECONDS", "0")  # 0 lifts a limit
    assert (current().rows, current().unpacked, current().seconds) == (10, 1572864, None)
    monkeypatch.setenv("SYNTHCOMP_READ_BUDGETS", "off")
    assert current().rows is None and current().unpacked is None
    monkeypatch.setenv("SYNTHCOMP_READ_BUDGETS", "on")
    monkeypatch.setenv("SYNTHCOMP_READ_ROWS", "many")
    with pytest.raises(OfficeFileError, match="SYNTHCOMP_READ_ROWS='many' is not a number"):
        current()


def test_copies_stop_at_the_drive_quota(computer: Path) -> None:
    folder = computer / "drive" / "Users" / "data"
    folder.mkdir()
    (folder / "blob.txt").write_bytes(b"x" * 40_000)
    agent = Agent(computer)
    agent.context = QuotaContext(str(computer), drive_quota=500_000)  # type: ignore[assignment]
    answers = [agent("copy_path", source="Users/data", destination=f"Users/copy {n}") for n in range(22)]
    assert [a.startswith("Copied") for a in answers] == [True] * 11 + [False] * 11, answers
    assert answers[-1] == ("Error: the drive holds 468.8 KB of its 488.3 KB quota (the trash included), "
                           "and this would add 39.1 KB: nothing was written. Write smaller files or "
                           "fewer copies, or free room: delete_path on an item in .Trash deletes it for "
                           "good."), answers[-1]
    assert not any(p.name.startswith(".") for p in (computer / "drive" / "Users").iterdir())
    # Deleting moves to the trash, which counts; deleting there frees the room for good.
    assert agent("delete_path", path="Users/copy 0").startswith("Moved")
    assert agent("copy_path", source="Users/data", destination="Users/copy 11").startswith("Error")
    freed = agent("delete_path", path=".Trash/Users/copy 0")
    assert freed == "Deleted '.Trash/Users/copy 0' for good (39.1 KB freed); it cannot be restored.", freed
    assert agent("copy_path", source="Users/data", destination="Users/copy 11").startswith("Copied")
    assert "not in the trash" in agent("restore_from_trash", path="Users/copy 0")


def test_writes_refuse_past_the_quota_and_say_so(computer: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNTHCOMP_DRIVE_QUOTA_MB", "0.81")
    (computer / "drive" / "Users" / "blob.txt").write_bytes(b"x" * 400_000)
    agent = Agent(computer)
    assert agent("copy_path", source="Users/blob.txt", destination="Users/copy.txt").startswith("Copied")
    noise = "".join(random.Random(1).choices(string.ascii_letters + " ", k=120_000))
    for tool, args in (("write_document", {"path": "Users/new.md", "title": "", "markdown": noise}),
                       ("write_document", {"path": "Users/new.docx", "title": "", "markdown": noise}),
                       ("append_to_document", {"path": "Users/new.txt", "markdown": noise}),
                       ("copy_path", {"source": "Users/blob.txt", "destination": "Users/again.txt"})):
        answer = agent(tool, **args)
        assert answer.startswith("Error: the drive holds 781.2 KB of its 829.4 KB quota"), (tool, answer)
    assert sorted(p.name for p in (computer / "drive" / "Users").iterdir()) == ["blob.txt", "copy.txt"]
    # Replacing a file counts what it frees: rewriting blob.txt smaller is fine.
    assert agent("write_document", path="Users/blob.txt", title="", markdown="small").startswith("Wrote")
    monkeypatch.setenv("SYNTHCOMP_DRIVE_QUOTA_MB", "off")
    assert agent("write_document", path="Users/new.md", title="", markdown=noise).startswith("Wrote")


def test_csv_ranges_have_row_and_cell_budgets(agent: Agent, computer: Path) -> None:
    drive = computer / "drive"
    (drive / "lines.csv").write_text("a,b\n" + "\n" * 3_000_000)  # 3 MB of empty rows
    (drive / "wide.csv").write_text("," * 300_000 + "\n1,2\n")  # one row of 300,001 cells
    (drive / "small.csv").write_text("x,y\n1,=A2*2\n")
    started = time.monotonic()
    answer = agent("read_range", path="lines.csv", cell_range="A1:B2")
    assert time.monotonic() - started < 3
    assert answer.splitlines()[:3] == [
        "'lines.csv', A1:B2 (the sheet's cells span at least A1:B50000)",
        "[read budget: lines.csv read for its first 50000 rows; the rest is not shown]",
        "row | A | B"], answer
    beyond = agent("read_range", path="lines.csv", cell_range="A60000:B60001")
    assert beyond.endswith("(rows after 50000 are past the read budget and were not read: "
                           "A60000:B60001 cannot be shown; use read_file, or a smaller file)"), beyond
    with budgets(cells=100_000):
        wide = agent("read_range", path="wide.csv", cell_range="XFD1")
    assert wide.splitlines()[:2] == [
        "'wide.csv', XFD1 (the sheet's cells span at least A1 to row 1, 100000 columns "
        "(more than a spreadsheet's 16384))",
        "[read budget: wide.csv read for its first 100000 cells; the rest is not shown]"], wide
    wide = agent("read_range", path="wide.csv", cell_range="A1:B2")
    assert not wide.startswith("Error") and "A1 to row 2, 300001 columns" in wide, wide
    assert agent("read_range", path="small.csv", cell_range="A1:B2") == (
        "'small.csv', A1:B2 (the sheet's cells span A1:B2)\nrow | A | B\n1 | x | y\n2 | 1 | =A2*2 → 2")


def _lying_dimension(path: Path, columns: int, rows: int) -> None:
    """A workbook whose <dimension> says A1:A1 while it holds `rows` rows of `columns` cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    for r in range(1, rows + 1):
        for c in range(1, columns + 1):
            sheet.cell(r, c, f"v{r}x{c}")
    out = io.BytesIO()
    book.save(out)
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', data)
            target.writestr(item, data)


def test_a_dimension_smaller_than_the_data_hides_nothing(agent: Agent, computer: Path) -> None:
    path = computer / "drive" / "lying.xlsx"
    _lying_dimension(path, 16_384, 1)
    text = office.read_text(path)
    assert "v1x16384" in text and "v1x2 " in text, text[:200]
    answer = agent("read_range", path="lying.xlsx", cell_range="XFC1:XFD1")
    assert answer.splitlines()[-1] == "1 | v1x16383 | v1x16384", answer
    _lying_dimension(path, 3, 3000)  # rows past the dimension, and a budget that cuts them
    with budgets(rows=2_000):
        answer = agent("read_range", path="lying.xlsx", cell_range="C1999")
    assert answer.splitlines()[:2] == [
        "sheet 'Data' of 'lying.xlsx', C1999 (the sheet's cells span at least A1:C2000)",
        "[read budget: lying.xlsx read for its first 2000 rows; the rest is not shown]"], answer
    assert answer.endswith("1999 | v1999x3"), answer
    assert "v3000x3" in office.read_text(path)


def test_nested_tables_read_to_a_depth_then_say_they_are_cut(agent: Agent, computer: Path) -> None:
    def nested(levels: int) -> Path:
        document = docx.Document()
        cell = document.add_table(rows=1, cols=2).cell(0, 0)
        cell.paragraphs[0].text = "level 1"
        document.tables[0].cell(0, 1).text = "side"
        for level in range(2, levels + 1):
            cell = cell.add_table(rows=1, cols=1).cell(0, 0)
            cell.paragraphs[0].text = f"level {level}"
        path = computer / "drive" / f"nested{levels}.docx"
        document.save(path)
        return path

    shallow = office.read_text(nested(3))
    assert shallow.strip() == "level 1\nlevel 2\nlevel 3 | side", shallow
    deep = agent("read_file", path=nested(60).name)
    assert "level 10" in deep and "level 11" not in deep, deep
    assert "[tables nested more than 10 deep are not shown]" in deep, deep
