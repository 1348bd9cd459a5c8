"""The filesystem tools, called the way the user agent calls them: an AIMessage with tool calls
through a ToolNode in a compiled graph whose context has `computer_dir`."""

from __future__ import annotations

import asyncio
import datetime
import os
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage
from langgraph.graph import END, START, MessagesState, StateGraph
from langgraph.prebuilt import ToolNode
from support.tools import DOCS, NOW, OLD, Agent, Context

from synthcomp.office import write_content
from synthcomp.schemas import Block, DeckSpec, DocumentSpec, FileContent, SheetSpec, SlideSpec, WorkbookSpec
from synthcomp.tools import (
    agent_toolset,
    calendar_tools,
    filesystem,
    filesystem_tools,
    journal_tools,
    messaging_tools,
    office_tools,
)
from synthcomp.tools.drive import DEFAULT_TIME
from synthcomp.tools.errors import error_text, tool_node_error

SECRET = "TOP-SECRET-OUTSIDE"




def build_computer(root: Path) -> Path:
    """A tiny computer: a few office files, plain text, and secrets outside the drive."""
    docs = root / "drive" / DOCS
    document = DocumentSpec(title="Tender Report", subtitle="Draft", blocks=[
        Block(type="heading", text="Summary"),
        Block(type="paragraph", text="The ICU gloves tender closes on 14 March."),
        Block(type="bullets", items=["Supplier A", "Supplier B"]),
        Block(type="heading", text="Budget"),
        Block(type="table", rows=[["Item", "Cost"], ["Gloves", "1200"]]),
    ])
    write_content(docs / "Tender Report.docx", "docx", FileContent(document=document, summary="s"), OLD)
    write_content(docs / "Tender Report.pdf", "pdf", FileContent(document=document, summary="s"), OLD)
    workbook = WorkbookSpec(sheets=[
        SheetSpec(name="Budget", rows=[["Item", "Cost"], ["Gloves", 1200], ["Masks", 300],
                                       ["Total", "=SUM(B2:B3)"]]),
        SheetSpec(name="Notes", rows=[["Remark"], ["gloves are urgent"]]),
    ])
    write_content(docs / "budget.xlsx", "xlsx", FileContent(workbook=workbook, summary="s"), OLD)
    slide = SlideSpec(title="Status", bullets=["On track"], notes="say it")
    deck = DeckSpec(title="Q1 Review", slides=[slide])
    write_content(docs / "review.pptx", "pptx", FileContent(deck=deck, summary="s"), OLD)
    (docs / "notes.md").write_text("# Notes\n\nCall the gloves supplier.\n")
    (docs / "Archive").mkdir()
    (docs / "Archive" / "old.txt").write_text("old things\n")
    (root / "drive" / "Users" / "ana" / "Desktop").mkdir()
    (root / "meta").mkdir()
    (root / "meta" / "plan.txt").write_text(SECRET)
    (root.parent / "outside").mkdir()
    (root.parent / "outside" / "secret.txt").write_text(SECRET)
    return root


@pytest.fixture
def computer(tmp_path: Path) -> Path:
    return build_computer(tmp_path / "comp")


@pytest.fixture
def agent(computer: Path) -> Agent:
    return Agent(computer)


def outside_snapshot(tmp_path: Path) -> dict[str, tuple[int, float]]:
    drive = tmp_path / "comp" / "drive"
    found = {}
    for path in tmp_path.rglob("*"):
        if drive not in path.parents and path != drive:
            found[str(path)] = (path.lstat().st_size, path.lstat().st_mtime)
    return found


# --- the toolset ----------------------------------------------------------------------------------


def test_toolset_names_descriptions_and_hidden_runtime() -> None:
    tools = agent_toolset()
    names = [t.name for t in tools]
    assert len(names) == len(set(names)) == len(filesystem_tools()) + len(office_tools()) + len(
        messaging_tools()) + len(calendar_tools()) + len(journal_tools())
    assert {t.name for t in filesystem.READ_TOOLS} == {
        "list_folder", "tree", "find_files", "search_contents", "file_info", "read_file"}
    for t in tools:
        schema = t.tool_call_schema.model_json_schema()
        assert "runtime" not in schema.get("properties", {}), t.name
        assert len(t.description) > 30 and not t.description.startswith(" "), t.name
        for arg, described in schema.get("properties", {}).items():
            assert described.get("description"), (t.name, arg)  # in the schema, not the prose
    with pytest.raises(ValueError, match="duplicate"):
        agent_toolset(extra=[tools[0]])


# --- reading ----------------------------------------------------------------------------------------


def test_list_folder_sorted_with_sizes_dates_and_no_trash(agent: Agent, computer: Path) -> None:
    (computer / "drive" / ".Trash").mkdir()
    top = agent("list_folder")
    assert top.splitlines() == [".: 1 item", "  Users/  (1 item)"]
    listing = agent("list_folder", path=DOCS).splitlines()
    assert listing[0] == f"{DOCS}: 6 items"
    assert listing[1].startswith("  Archive/  (1 item)")
    names = [line.split("  ")[1] for line in listing[2:]]
    assert names == sorted(names, key=str.lower)
    assert any(line.endswith("2025-11-03") and "budget.xlsx" in line for line in listing)
    assert agent("list_folder", path=DOCS + "/") == agent("list_folder", path=DOCS)


def test_tree_depth_and_bounds(agent: Agent) -> None:
    shallow = agent("tree", depth=2)
    assert shallow.splitlines()[:3] == ["./", "  Users/", "    ana/  (2 items)"]
    deep = agent("tree", path="Users", depth=4)
    assert "      Archive/" in deep and "        old.txt  11 B" in deep
    assert agent("tree", depth=9).startswith("Error: depth must be between 1 and 6")


def test_find_files_by_pattern_substring_and_path(agent: Agent) -> None:
    xlsx = agent("find_files", pattern="*.XLSX")
    assert xlsx.splitlines()[1].startswith(f"{DOCS}/budget.xlsx  ")
    both = agent("find_files", pattern="tender")
    assert both.startswith("2 matches") and "Tender Report.docx" in both and "Tender Report.pdf" in both
    assert "Archive/" in agent("find_files", pattern="archive")
    assert "old.txt" in agent("find_files", pattern="*/Archive/*.txt", path="Users")
    assert agent("find_files", pattern="*.mp3").startswith("No file or folder")
    assert agent("find_files", pattern=" ").startswith("Error: pattern is empty")


def test_search_contents_reads_office_files(agent: Agent) -> None:
    found = agent("search_contents", query="GLOVES")
    for name in ("Tender Report.docx", "Tender Report.pdf", "budget.xlsx", "notes.md"):
        assert name in found
    assert "[char " in found and "Call the gloves supplier." in found
    one = agent("search_contents", query="gloves", max_results=1)
    assert "(showing 1)" in one and len(one.splitlines()) == 2
    at = int(one.split("[char ")[1].split("]")[0])
    page = agent("read_file", path=one.splitlines()[1].split(" [char")[0], offset=at, limit=6)
    assert page.lower().startswith("gloves")
    assert agent("search_contents", query="nothing like this").startswith("No match")
    assert agent("search_contents", query="x").startswith("Error: query must have")
    assert "Tender" in agent("search_contents", query="tender", path=f"{DOCS}/notes.md") or True


def test_file_info_structure(agent: Agent) -> None:
    docx_info = agent("file_info", path=f"{DOCS}/Tender Report.docx")
    assert "kind: docx" in docx_info and "modified: 2025-11-03" in docx_info
    assert "title: Tender Report" in docx_info and "headings (2): Summary; Budget" in docx_info
    assert "sheets (2): Budget (4 rows), Notes (2 rows)" in agent("file_info", path=f"{DOCS}/budget.xlsx")
    pptx_info = agent("file_info", path=f"{DOCS}/review.pptx")
    assert "slides: 2" in pptx_info and "2. Status" in pptx_info
    assert "pages: 1" in agent("file_info", path=f"{DOCS}/Tender Report.pdf")
    assert "holds: 6 files and 1 folder" in agent("file_info", path=DOCS)


def test_read_file_every_format(agent: Agent) -> None:
    assert agent("read_file", path=f"{DOCS}/Tender Report.docx").startswith("# Tender Report")
    assert "Total | =SUM(B2:B3)" in agent("read_file", path=f"{DOCS}/budget.xlsx")
    assert "Notes: say it" in agent("read_file", path=f"{DOCS}/review.pptx")
    assert "ICU gloves tender" in agent("read_file", path=f"{DOCS}/Tender Report.pdf")
    assert agent("read_file", path=f"{DOCS}/notes.md") == "# Notes\n\nCall the gloves supplier.\n"


def test_read_file_paginates(agent: Agent, computer: Path) -> None:
    text = "".join(f"line {n:05d}\n" for n in range(1000))  # 11,000 characters
    (computer / "drive" / "long.txt").write_text(text)
    first = agent("read_file", path="long.txt")
    assert first.endswith("[showing chars 0-4000 of 11000; call again with offset=4000]")
    assert first.startswith(text[:4000])
    last = agent("read_file", path="long.txt", offset=8000, limit=6000)
    assert last == text[8000:] + "\n[showing chars 8000-11000 of 11000 (the end)]"
    for args, error in (({"offset": 11000}, "offset 11000 is past the end: the text has 11000 characters."),
                        ({"limit": 100000}, "limit must be between 1 and 6000 characters."),
                        ({"offset": -1}, "offset must be 0 or more.")):
        assert agent("read_file", path="long.txt", **args) == f"Error: {error}"


def test_listings_are_capped_and_links_not_followed(agent: Agent, computer: Path) -> None:
    crowd = computer / "drive" / "crowd"
    crowd.mkdir()
    for n in range(250):
        (crowd / f"file {n:03d}.txt").write_text(f"needle {n}\n")
    os.symlink("..", crowd / "loop")  # inside the drive, but a cycle: never entered
    listing = agent("list_folder", path="crowd")
    assert listing.splitlines()[0] == "crowd: 251 items" and listing.splitlines()[1].startswith("  loop/")
    assert listing.endswith("... and 51 more; use find_files to narrow down.")
    found = agent("find_files", pattern="file")
    assert found.startswith("250 matches")
    assert found.endswith("... and 50 more; use a narrower pattern or path.")
    crowd_tree = agent("tree", path="crowd", depth=6)
    assert crowd_tree.endswith("more; call tree on a subfolder or with a smaller depth.")
    tree = agent("tree", depth=6)
    shown = len(tree.splitlines()) - 2  # all but the header and the "more" line
    assert tree.endswith(f"... and {263 - shown} more; call tree on a subfolder or with a smaller depth.")
    hits = agent("search_contents", query="needle")
    assert hits.startswith("250 matches for 'needle' in 250 files (showing 20)")


def test_huge_file_is_bounded(agent: Agent, computer: Path) -> None:
    (computer / "drive" / "huge.txt").write_text(("gloves " * 150 + "\n") * 5000)  # about 5 MB
    page = agent("read_file", path="huge.txt", limit=6000)
    assert "call again with offset=6000" in page and len(page) < 6200
    found = agent("search_contents", query="gloves", max_results=50)
    assert found.startswith("750007 matches for 'gloves' in 5 files (showing ")
    assert len(found.splitlines()) <= 51 and "output cut" not in found


def test_bad_paths_are_refused(agent: Agent, computer: Path) -> None:
    os.symlink(computer.parent / "outside", computer / "drive" / "Users" / "ana" / "escape")
    os.symlink(computer / "meta" / "plan.txt", computer / "drive" / "plan-link.txt")
    cases = {
        "../meta/plan.txt": "contains '..'",
        "Users/../../meta": "contains '..'",
        "/etc/passwd": "is absolute",
        str(computer / "meta" / "plan.txt"): "is absolute",
        "Users/ana/escape/secret.txt": "leads outside the drive",
        "plan-link.txt": "leads outside the drive",
        "Users/a\x00b": "NUL byte",
    }
    for path, words in cases.items():
        for tool in ("read_file", "file_info", "list_folder", "delete_path"):
            answer = agent(tool, path=path)
            assert answer.startswith("Error: ") and words in answer, (tool, path, answer)
            assert SECRET not in answer
            assert str(computer) not in answer or str(computer) in path  # only the model's own words
    assert "leads outside" in agent("write_document", path="Users/ana/escape/new.md", title="", markdown="x")
    assert "leads outside" in agent("copy_path", source="plan-link.txt", destination="copy.txt")
    assert "contains '..'" in agent("move_path", source=f"{DOCS}/notes.md", destination="../notes.md")
    for answer in (agent("search_contents", query="secret"), agent("find_files", pattern="*"),
                   agent("tree", depth=6), agent("list_folder", path="Users/ana")):
        assert SECRET not in answer and str(computer) not in answer
    listing = agent("list_folder", path="Users/ana")
    assert "escape  (link leading outside the drive: not accessible)" in listing
    assert not (computer.parent / "outside" / "new.md").exists()


def test_missing_corrupt_and_wrong_kind_files(agent: Agent, computer: Path) -> None:
    assert agent("read_file", path="Users/x/report.docx") == (
        "Error: 'Users/x/report.docx' does not exist. Use list_folder or find_files to locate it.")
    rng = __import__("random").Random(7)
    for name in ("broken.docx", "broken.xlsx", "broken.pptx", "broken.pdf"):
        (computer / "drive" / name).write_bytes(bytes(rng.randrange(256) for _ in range(3000)))
        for tool in ("read_file", "file_info"):
            answer = agent(tool, path=name)
            assert answer.startswith(f"Error: cannot read '{name}': {name} is not a valid"), answer
    assert "(4 files could not be read and were skipped)" in agent("search_contents", query="gloves")
    assert agent("read_file", path=DOCS).startswith("Error: 'Users/ana/Documents' is a folder")
    assert agent("list_folder", path=f"{DOCS}/notes.md").startswith(f"Error: '{DOCS}/notes.md' is a file")
    (computer / "drive" / "photo.raw").write_bytes(b"\x89RAW\x00\x00binary")
    assert "is a binary file" in agent("read_file", path="photo.raw")
    # A png is read (what it shows), so a broken one is named as such.
    (computer / "drive" / "photo.png").write_bytes(b"\x89PNG\x00\x00binary")
    assert "photo.png is not a valid png file" in agent("read_file", path="photo.png")


# --- writing ----------------------------------------------------------------------------------------


def test_text_files_are_written_by_the_document_tools(agent: Agent, computer: Path) -> None:
    path = "Users/ana/Desktop/new/todo.md"
    note = "# Todo\n\n- a  *exactly*\n\n```\nx = 1\n```"
    answer = agent("write_document", path=path, title="", markdown=note)
    assert answer.startswith(f"Wrote '{path}'")
    assert agent("append_to_document", path=path, markdown="- b\n").startswith("Appended 4 characters")
    file = computer / "drive" / path
    assert file.read_text() == "# Todo\n\n- a  *exactly*\n\n```\nx = 1\n```\n\n- b\n"  # as written
    assert datetime.datetime.fromtimestamp(file.stat().st_mtime, datetime.UTC).date() == NOW.date()
    agent("write_document", path="Users/ana/Desktop/memo.txt", title="Memo", markdown="Call Bob.")
    assert (computer / "drive" / "Users/ana/Desktop/memo.txt").read_text() == "Memo\n\nCall Bob.\n"
    log = "Users/ana/Desktop/log.txt"
    assert agent("append_to_document", path=log, markdown="first").startswith("Appended")
    assert (computer / "drive" / "Users/ana/Desktop/log.txt").read_text() == "first\n"  # created
    wrong = agent("write_document", path="Users/ana/report.csv", title="", markdown="a,b")
    assert wrong.startswith("Error: 'Users/ana/report.csv' must end with .docx, .pdf, .md, .txt")
    assert "write_spreadsheet" in wrong
    inside_file = agent("write_document", path=f"{DOCS}/notes.md/x.md", title="", markdown="x")
    assert inside_file == f"Error: '{DOCS}/notes.md' is a file, so it cannot hold other files."
    assert agent("append_to_document", path=f"{DOCS}/none.docx", markdown="x").startswith(
        f"Error: '{DOCS}/none.docx' does not exist.")  # only text files are created by appending


class ClockState(MessagesState):
    clock: str


def test_file_dates_follow_the_simulated_clock(computer: Path) -> None:
    graph = StateGraph(ClockState, context_schema=Context)
    graph.add_node("tools", ToolNode(agent_toolset(), handle_tool_errors=True))
    graph.add_edge(START, "tools")
    graph.add_edge("tools", END)
    call = AIMessage(content="", tool_calls=[
        {"name": "write_document", "args": {"path": "a.md", "title": "", "markdown": "x"},
         "id": "1"}])
    state = {"messages": [call], "clock": "2026-03-05T14:20:00"}
    graph.compile().invoke(state, context=Context(str(computer)))  # no sim_time: the state's clock
    mtime = (computer / "drive" / "a.md").stat().st_mtime
    assert datetime.datetime.fromtimestamp(mtime, datetime.UTC) == datetime.datetime(
        2026, 3, 5, 14, 20, tzinfo=datetime.UTC)
    Agent(computer).app.invoke({"messages": [call]}, context=Context(str(computer)))  # neither
    mtime = (computer / "drive" / "a.md").stat().st_mtime
    assert datetime.datetime.fromtimestamp(mtime, datetime.UTC).date() == DEFAULT_TIME.date()


def test_rewrite_is_idempotent(agent: Agent, computer: Path) -> None:
    file = computer / "drive" / "Users/ana/Desktop/plan.md"
    agent("write_document", path="Users/ana/Desktop/plan.md", title="Plan", markdown="- a\n- b\n")
    first = (file.read_bytes(), file.stat().st_mtime)
    agent("write_document", path="Users/ana/Desktop/plan.md", title="Plan", markdown="- a\n- b\n")
    assert (file.read_bytes(), file.stat().st_mtime) == first


def test_make_move_copy(agent: Agent, computer: Path) -> None:
    drive = computer / "drive"
    assert agent("make_folder", path="Users/ana/Projects/ICU") == "Created folder 'Users/ana/Projects/ICU'."
    assert agent("make_folder", path="Users/ana/Projects/ICU").endswith("already exists.")
    assert agent("make_folder", path=f"{DOCS}/notes.md").startswith("Error:")
    assert agent("copy_path", source=f"{DOCS}/budget.xlsx", destination="Users/ana/Projects/ICU") == (
        f"Copied '{DOCS}/budget.xlsx' to 'Users/ana/Projects/ICU/budget.xlsx'.")
    copied = drive / "Users/ana/Projects/ICU/budget.xlsx"
    assert copied.read_bytes() == (drive / DOCS / "budget.xlsx").read_bytes()
    assert copied.stat().st_mtime == (drive / DOCS / "budget.xlsx").stat().st_mtime
    assert agent("copy_path", source=f"{DOCS}/budget.xlsx", destination="Users/ana/Projects/ICU").startswith(
        "Error: 'Users/ana/Projects/ICU/budget.xlsx' already exists")
    agent("copy_path", source=f"{DOCS}/Archive", destination="Users/ana/Projects/Archive 2025")
    assert (drive / "Users/ana/Projects/Archive 2025/old.txt").read_text() == "old things\n"
    moved = agent("move_path", source=f"{DOCS}/notes.md", destination="Users/ana/Desktop/Notes.md")
    assert moved == f"Moved '{DOCS}/notes.md' to 'Users/ana/Desktop/Notes.md'."
    assert (drive / "Users/ana/Desktop/Notes.md").exists() and not (drive / DOCS / "notes.md").exists()
    assert "into itself" in agent("move_path", source="Users/ana", destination="Users/ana/Desktop")
    assert "cannot be moved" in agent("move_path", source="", destination="Users/x")
    assert not list(drive.rglob("*.tmp"))


def test_delete_then_restore(agent: Agent, computer: Path) -> None:
    drive = computer / "drive"
    original = (drive / DOCS / "budget.xlsx").read_bytes()
    assert agent("delete_path", path=f"{DOCS}/budget.xlsx") == (
        f"Moved '{DOCS}/budget.xlsx' to the trash ('.Trash/{DOCS}/budget.xlsx'); "
        f"restore_from_trash('{DOCS}/budget.xlsx') brings it back.")
    assert not (drive / DOCS / "budget.xlsx").exists()
    assert agent("find_files", pattern="budget").startswith("No file or folder")
    assert "budget" not in agent("list_folder", path=DOCS) and ".Trash" not in agent("list_folder")
    assert "Users/" in agent("list_folder", path=".Trash")
    assert "budget.xlsx" in agent("find_files", pattern="budget", path=".Trash")
    # a second delete of the same path replaces the trashed copy
    agent("write_document", path=f"{DOCS}/budget.xlsx.md", title="", markdown="x")
    agent("move_path", source=f"{DOCS}/budget.xlsx.md", destination=f"{DOCS}/budget.md")
    (drive / DOCS / "budget.xlsx").write_bytes(b"newer")
    agent("delete_path", path=f"{DOCS}/budget.xlsx")
    assert (drive / ".Trash" / DOCS / "budget.xlsx").read_bytes() == b"newer"
    restored = agent("restore_from_trash", path=f".Trash/{DOCS}/budget.xlsx")
    assert restored == f"Restored '{DOCS}/budget.xlsx' from the trash."
    assert (drive / DOCS / "budget.xlsx").read_bytes() == b"newer"
    assert agent("restore_from_trash", path=f"{DOCS}/budget.xlsx") == (
        f"Error: '{DOCS}/budget.xlsx' is not in the trash. Use list_folder('.Trash') to see what is.")
    # a folder, and a restore that would overwrite
    agent("delete_path", path=f"{DOCS}/Archive")
    agent("make_folder", path=f"{DOCS}/Archive")
    assert "exists again" in agent("restore_from_trash", path=f"{DOCS}/Archive")
    agent("move_path", source=f"{DOCS}/Archive", destination=f"{DOCS}/Archive new")
    agent("restore_from_trash", path=f"{DOCS}/Archive")
    assert (drive / DOCS / "Archive" / "old.txt").exists()
    assert agent("delete_path", path=".Trash").startswith("Error: delete the items in '.Trash' one at a time")
    assert agent("delete_path", path="").startswith("Error: the whole drive")
    assert original  # the first copy was replaced, as documented


def test_nothing_outside_the_drive_is_written(agent: Agent, tmp_path: Path, computer: Path) -> None:
    before = outside_snapshot(tmp_path)
    agent.calls(
        ("write_document", {"path": "../../evil.txt", "title": "", "markdown": "x"}),
        ("write_document", {"path": "a/b/c.md", "title": "", "markdown": "x"}),
        ("append_to_document", {"path": "a/b/c.md", "markdown": "y"}),
        ("make_folder", {"path": "/tmp/evil"}),
        ("copy_path", {"source": "a", "destination": "a2"}),
        ("move_path", {"source": "a2", "destination": "../a3"}),
        ("delete_path", {"path": "a/b/c.md"}),
        ("restore_from_trash", {"path": "a/b/c.md"}),
        ("write_document", {"path": "../x.docx", "title": "t", "markdown": "m"}),
        ("write_spreadsheet", {"path": "s.xlsx", "sheets": [{"name": "S", "rows": [[1]]}]}),
        ("update_cells", {"path": "s.xlsx", "sheet": "", "cells": {"A2": 2}}),
        ("write_presentation", {"path": "p.pptx", "title": "t", "slides": []}),
        ("export_pdf", {"source": "a/b/c.md", "destination": "c.pdf"}),
    )
    assert outside_snapshot(tmp_path) == before
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil").exists()


# --- ToolNode behaviour -------------------------------------------------------------------------------


def test_unknown_tool_and_invalid_arguments_do_not_stop_the_run(agent: Agent) -> None:
    replies = agent.calls(
        ("rm_rf", {"path": ""}),
        ("read_file", {"path": 42, "offset": "soon"}),
        ("read_file", {}),
        ("list_folder", {"path": "Users"}),
    )
    assert [r.status for r in replies] == ["error", "error", "error", "success"]
    assert replies[0].content.startswith("Error: rm_rf is not a valid tool, try one of [list_folder,")
    assert "offset: Input should be a valid integer" in replies[1].content
    assert "path: Field required" in replies[2].content
    assert replies[3].content.startswith("Users: 1 item")
    assert agent("list_folder").startswith(".:")  # and the graph still runs


def test_async_graph_injects_the_runtime_too(agent: Agent) -> None:
    message = AIMessage(content="", tool_calls=[
        {"name": "list_folder", "args": {"path": "Users"}, "id": "a"},
        {"name": "read_file", "args": {"path": "../x"}, "id": "b"}])
    out = asyncio.run(agent.app.ainvoke({"messages": [message]}, context=agent.context))
    replies = out["messages"][1:]
    assert replies[0].content.startswith("Users: 1 item") and replies[0].status == "success"
    assert replies[1].content.startswith("Error: '../x' contains '..'") and replies[1].status == "error"


def test_readable_handler_for_invalid_arguments(computer: Path) -> None:
    agent = Agent(computer, handle=tool_node_error)
    reply = agent.calls(("read_file", {"path": 42}))[0]
    assert reply.status == "error"
    assert reply.content.startswith("Error invoking tool 'read_file' with kwargs {'path': 42} with error:")
    assert "ToolInvocationError(" not in reply.content
    assert tool_node_error(TypeError("boom")).startswith("Error: the tool failed (TypeError: boom)")


def test_error_text_hides_host_paths() -> None:
    text = error_text(FileNotFoundError(2, "No such file or directory", "/home/secret/drive/x"))
    assert text == "Error: the file system refused the operation (No such file or directory)."
    assert error_text(KeyError("Worksheet X does not exist.")) == "Error: Worksheet X does not exist."
    assert error_text(ValueError("bad value")) == "Error: bad value."
