"""Hostile drives: a drive folder that is a link, a FIFO, a socket, a file hard-linked from
outside. Each is refused with a sentence, and nothing blocks or leaks."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest
from support.files import empty_computer
from support.tools import Agent

from synthcomp import collaborator_view as view
from synthcomp.computer import Computer
from synthcomp.errors import InputError, SandboxError
from synthcomp.graphs.collaborator import _attach
from synthcomp.runs import folder
from synthcomp.runs.folder import open_run_folder


@pytest.fixture
def computer(tmp_path: Path) -> Path:
    return empty_computer(tmp_path)


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


def _who(*names: str) -> dict[str, Any]:
    return {"id": "c1", "private_files": [{"path": n, "title": n, "description": "figures"} for n in names]}


def test_a_collaborators_link_pipe_or_hard_link_is_neither_attached_nor_read(
        computer: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the host's secret needle")
    own = computer / "meta" / "collaborators" / "c1"
    own.mkdir(parents=True)
    (own / "ok.md").write_text("their own figures")
    os.symlink(secret, own / "Figures extract.xlsx")
    os.symlink("../../../../secret.txt", own / "relative.md")
    os.link(secret, own / "hard.md")
    os.mkfifo(own / "pipe.md")  # reading it would wait forever
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "x.md").write_text("the host's secret needle")
    os.symlink(tmp_path / "outside", own / "sub")
    names = ["ok.md", "Figures extract.xlsx", "relative.md", "hard.md", "pipe.md", "sub/x.md",
             "../../../secret.txt"]
    who = _who(*names)
    sent, missing = _attach(Computer(computer), "Users", who, names, "2026-01-05T09:00")
    assert sent == ["Users/Downloads/ok.md"] and missing == names[1:]
    downloads = computer / "drive" / "Users" / "Downloads"
    assert [p.name for p in downloads.iterdir()] == ["ok.md"]
    seen = view.private_files(Computer(computer), who, "figures")
    assert {f["path"]: f["text"] for f in seen} == {n: ("their own figures" if n == "ok.md" else "")
                                                     for n in names}


def _planned(computer: Path) -> Computer:
    (computer / "meta" / "plan.json").write_text("{}")
    (computer / "drive" / "Users" / "ok.txt").write_text("fine")
    return Computer(computer)


def test_a_run_does_not_copy_a_drive_with_hard_links_or_pipes(computer: Path, tmp_path: Path) -> None:
    comp = _planned(computer)
    secret = tmp_path / "secret.txt"
    secret.write_text("the host's secret needle")
    os.link(secret, computer / "drive" / "Users" / "linked.txt")
    os.mkfifo(computer / "drive" / "notes.txt")
    run = comp.run_dir("r1")
    for _ in range(2):
        with pytest.raises(InputError) as refused:
            open_run_folder(comp, run, {"model": "offline"})
        message = str(refused.value)
        assert "\n" not in message and str(tmp_path) not in message, message
        assert "'Users/linked.txt' has 2 hard links" in message and "cp -a, not cp -al" in message
        assert "'notes.txt' is a pipe" in message
        assert not run.exists() and not list((computer / "runs").glob("**/*"))
    (computer / "drive" / "Users" / "linked.txt").unlink()
    (computer / "drive" / "notes.txt").unlink()
    os.symlink("Users/ok.txt", computer / "drive" / "link.txt")  # a link stays a link
    open_run_folder(comp, run, {"model": "offline"})
    assert (run / "drive" / "link.txt").is_symlink() and (run / "drive" / "Users" / "ok.txt").is_file()


def test_a_file_that_turns_bad_during_the_copy_leaves_no_half_run(
        computer: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    comp = _planned(computer)
    os.mkfifo(computer / "drive" / "Users" / "zz.txt")
    monkeypatch.setattr(folder, "unsafe_files", lambda *a, **k: [])  # as if it changed after the check
    with pytest.raises(InputError, match=r"could not be copied into the run: 'zz\.txt' is a pipe") as refused:
        folder.open_run_folder(comp, comp.run_dir("r1"), {"model": "offline"})
    assert str(computer) not in str(refused.value)
    assert not comp.run_dir("r1").exists()


def test_copying_a_folder_refuses_hard_links_and_pipes_inside(
        agent: Agent, computer: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the host's secret needle")
    folder = computer / "drive" / "Users" / "ana"
    folder.mkdir()
    (folder / "ok.txt").write_text("fine")
    os.link(secret, folder / "linked.txt")
    answer = agent("copy_path", source="Users/ana", destination="Users/copy")
    assert answer.startswith("Error: ") and "'Users/ana/linked.txt' has 2 hard links" in answer, answer
    assert "nothing was copied" in answer and not (computer / "drive" / "Users" / "copy").exists()
    (folder / "linked.txt").unlink()
    os.mkfifo(folder / "notes.txt")
    answer = agent("copy_path", source="Users/ana", destination="Users/copy")
    assert "'Users/ana/notes.txt' is a pipe" in answer, answer
    (folder / "notes.txt").unlink()
    assert agent("copy_path", source="Users/ana", destination="Users/copy").startswith("Copied")
    assert not list((computer / "drive" / "Users").glob(".*"))  # no staging left


def test_listings_say_what_a_special_file_is(agent: Agent, computer: Path, tmp_path: Path) -> None:
    users = computer / "drive" / "Users"
    os.mkfifo(users / "notes.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    os.link(secret, users / "linked.txt")
    os.symlink(secret, users / "out.txt")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(users / "agent.sock"))
        for tool, args in (("list_folder", {"path": "Users"}), ("tree", {}),
                           ("find_files", {"pattern": "*"})):
            answer = agent(tool, **args)
            for name, why in (("notes.txt", "pipe: not opened"), ("agent.sock", "socket: not opened"),
                              ("linked.txt", "has 2 hard links: not opened"),
                              ("out.txt", "link leading outside the drive: not accessible")):
                assert f"{name}  ({why})" in answer, (tool, name, answer)


def test_a_file_name_that_is_not_utf8_goes_through_a_run_and_its_outputs(
        default_computer: Path, tmp_path: Path) -> None:
    import json

    from support.files import copy_tree

    from synthcomp.api.export import export_training
    from synthcomp.api.grade import grade_run
    from synthcomp.api.plan import plan_computer
    from synthcomp.api.report import write_report
    from synthcomp.api.retro import retro_run
    from synthcomp.api.simulate import simulate

    root = copy_tree(default_computer, tmp_path / "c")
    plan_computer(root, seed=7)
    home = next((root / "drive" / "Users").iterdir())
    (home / "Documents").mkdir(exist_ok=True)
    # Python reads the name as a lone surrogate, which UTF-8 (and so JSON as UTF-8) cannot hold.
    with open(os.fsencode(home / "Documents") + b"/bad\xff name.txt", "wb") as handle:
        handle.write(b"hello 1,234")
    run = simulate(root, days=1, seed=7, max_turns=30)
    assert "\\udcff" in (run / "trajectory.jsonl").read_text("utf-8")  # the worker listed it
    json.loads((run / "summary.json").read_text("utf-8"))
    grade_run(run)
    assert retro_run(run).run_id == run.name
    page = write_report(run, tmp_path / "page.html").read_text("utf-8")
    assert run.name in page
    report = export_training([run], tmp_path / "x.jsonl", "openai")
    assert report.out is not None and json.loads(report.out.read_text("utf-8").splitlines()[0])
