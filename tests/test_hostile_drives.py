"""Hostile drives: a drive folder that is a link, a FIFO, a socket, a file hard-linked from
outside. Each is refused with a sentence, and nothing blocks or leaks."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from support.tools import Agent

from synthcomp.computer import Computer
from synthcomp.errors import SandboxError


@pytest.fixture
def computer(tmp_path: Path) -> Path:
    root = tmp_path / "comp"
    (root / "drive" / "Users").mkdir(parents=True)
    (root / "meta").mkdir()
    return root


@pytest.fixture
def agent(computer: Path) -> Agent:
    return Agent(computer)


def test_a_drive_that_is_a_link_is_not_opened(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    os.symlink("/", root / "drive")  # the whole host, if it were followed
    computer = Computer(root)
    for path in ("etc/passwd", "Users", "."):
        with pytest.raises(SandboxError, match="drive folder of this computer is a link"):
            computer.resolve(path)


def test_pipes_sockets_and_hard_links_are_refused_and_block_nothing(
        agent: Agent, computer: Path, tmp_path: Path) -> None:
    drive = computer / "drive"
    os.mkfifo(drive / "notes.txt")  # opening it to read would wait forever
    secret = tmp_path / "secret.txt"
    secret.write_text("the host's secret needle")
    os.link(secret, drive / "linked.txt")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(drive / "agent.sock"))
        for name, kind in (("notes.txt", "is a pipe"), ("agent.sock", "is a socket"),
                           ("linked.txt", "has 2 hard links")):
            for tool in ("read_file", "file_info"):
                answer = agent(tool, path=name)
                assert answer.startswith("Error: ") and kind in answer, (tool, name, answer)
        # A search walks past them (it would hang on the pipe, and read the secret).
        found = agent("search_contents", query="needle")
        assert "secret" not in found
        listing = agent("list_folder", path="")
        assert "notes.txt" in listing


def test_tool_errors_never_name_host_paths(computer: Path) -> None:
    from synthcomp.tools.errors import error_text, tool_node_error

    where = computer / "drive" / "Users" / "book.xlsx"
    failure = ValueError(f"cannot convert date in {where} (sheet 'Budget')")
    for answer in (error_text(failure), tool_node_error(failure)):
        assert str(computer) not in answer and "book.xlsx" in answer, answer
    assert "Users/ana/notes.md" in error_text(ValueError("'Users/ana/notes.md' is empty"))


def test_broken_links_and_link_loops_are_listed_not_fatal(agent: Agent, computer: Path) -> None:
    users = computer / "drive" / "Users"
    os.symlink("nowhere.txt", users / "dangling.txt")
    os.symlink("loop-b", users / "loop-a")
    os.symlink("loop-a", users / "loop-b")
    (users / "ok.txt").write_text("hello")
    for tool, args in (("list_folder", {"path": "Users"}), ("tree", {}), ("find_files", {"pattern": "txt"})):
        answer = agent(tool, **args)
        assert not answer.startswith("Error") and "ok.txt" in answer, (tool, answer)
        assert "dangling.txt  (broken link: not accessible)" in answer, (tool, answer)
