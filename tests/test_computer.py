"""The sandbox: every path resolves inside the drive or is refused with a clear message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from synthcomp.computer import Computer
from synthcomp.errors import SandboxError


@pytest.fixture
def computer(tmp_path: Path) -> Computer:
    comp = Computer(tmp_path / "c")
    (comp.drive / "Users" / "ana").mkdir(parents=True)
    return comp


def test_relative_paths_resolve_inside_the_drive(computer: Computer) -> None:
    target = computer.resolve("Users/ana/Documents/report.docx")
    assert target == computer.drive.resolve() / "Users/ana/Documents/report.docx"
    assert computer.resolve("Users\\ana").name == "ana"
    assert computer.relative(computer.resolve("./Users//ana")) == "Users/ana"


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("../outside.txt", "'..'"),
        ("Users/../../etc/passwd", "'..'"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/system.ini", "absolute"),
        ("Users/a\x00b", "NUL"),
        ("", "empty"),
        ("Users/" + "x" * 300, "longer than 255"),
        ("x/" * 600, "longer than 1024"),
    ],
)
def test_escapes_are_refused(computer: Computer, path: str, words: str) -> None:
    with pytest.raises(SandboxError, match=words):
        computer.resolve(path)


def test_symlink_leaving_the_drive_is_refused(computer: Computer, tmp_path: Path) -> None:
    outside = tmp_path / "secret"
    outside.mkdir()
    os.symlink(outside, computer.drive / "Users" / "ana" / "link")
    with pytest.raises(SandboxError, match="symlink"):
        computer.resolve("Users/ana/link/file.txt")
    os.symlink(computer.drive / "Users", computer.drive / "inside")
    assert computer.resolve("inside/ana").name == "ana"
