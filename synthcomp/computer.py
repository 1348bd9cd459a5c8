"""Computer: one synthetic computer on disk, the one place that knows where each of its files
lives, and the one place that resolves and confines paths.

Layout: ``<root>/drive`` is what the user sees; ``<root>/meta`` holds the manifest, the plan,
the collaborators' private files and the build's usage; ``<root>/runs/<run_id>`` holds the
runs. Every path a tool or a builder touches inside the drive goes through
:meth:`Computer.resolve`, which refuses anything that would leave the drive.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path, PurePosixPath
from typing import Any

from synthcomp.errors import InputError, SandboxError, problems_of
from synthcomp.schemas import ComputerManifest, MonthPlan

MAX_NAME_BYTES = 255
MAX_PATH_CHARS = 1024
TRASH = ".Trash"  # where the user's deletes go, inside the drive
MANIFEST_FILE = "manifest.json"
PLAN_FILE = "plan.json"
USAGE_FILE = "usage.json"
COLLABORATORS = "collaborators"
RUN_DRIVE = "drive"  # a run's own copy of the drive, in its run folder (beside its plan.json)
# The planner writes private files here, and renames it to COLLABORATORS once the plan is valid.
PLAN_SCRATCH = ".collaborators.partial"


class Computer:
    """A synthetic computer rooted at a folder."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).absolute()

    @property
    def drive(self) -> Path:
        """The user-visible file tree."""
        return self.root / "drive"

    @property
    def meta(self) -> Path:
        """Manifest, plan and collaborators' private files."""
        return self.root / "meta"

    @property
    def runs(self) -> Path:
        """Simulation runs."""
        return self.root / "runs"

    @property
    def manifest_path(self) -> Path:
        """Where the manifest lives."""
        return self.meta / MANIFEST_FILE

    @property
    def plan_path(self) -> Path:
        """Where the month's plan lives (once the computer is planned)."""
        return self.meta / PLAN_FILE

    @property
    def usage_path(self) -> Path:
        """What building and planning the computer spent (sections "build" and "plan")."""
        return self.meta / USAGE_FILE

    @property
    def collaborators(self) -> Path:
        """The collaborators' private files, one folder per collaborator id."""
        return self.meta / COLLABORATORS

    @property
    def plan_scratch(self) -> Path:
        """Where a plan in progress writes the private files."""
        return self.meta / PLAN_SCRATCH

    def run_dir(self, run_id: str) -> Path:
        """The folder of run ``run_id``."""
        return self.runs / run_id

    def for_run(self, run_dir: Path | str) -> Computer:
        """This computer as run ``run_dir`` sees it: the run's own drive and plan (copied when
        the run started), the rest (manifest, collaborators) the computer's. A run made
        before runs had their own drive sees the computer's; InputError for a run folder that
        has its own plan but lost its drive."""
        run = Path(run_dir).absolute()
        if (run / RUN_DRIVE).is_dir():
            return RunComputer(self.root, run)
        if not (run / PLAN_FILE).exists():
            # A run from before runs had their own drive, or a graph invoked by hand on a run
            # folder that simulate() never opened: they work on the computer's drive.
            return self
        # A run folder opened with its own plan and drive has lost the drive (removed while the
        # run went on, say): falling back on the computer's drive would change the computer.
        raise InputError(f"run {run.name} has no drive of its own ({run / RUN_DRIVE} is missing): "
                         "it cannot go on, and the computer's drive is never used in its place")

    def is_built(self) -> bool:
        """Whether a complete computer is here (the manifest is written last)."""
        return self.manifest_path.is_file()

    def is_planned(self) -> bool:
        """Whether the computer has a month's plan."""
        return self.plan_path.is_file()

    def read_manifest(self) -> ComputerManifest:
        """The manifest, or InputError saying why this is not a usable computer."""
        if not self.is_built():
            raise InputError(f"{self.root} is not a built computer (no meta/{MANIFEST_FILE})")
        try:
            return ComputerManifest.model_validate_json(self.manifest_path.read_text("utf-8"))
        except ValueError as exc:
            raise InputError(f"{self.manifest_path} is not a valid manifest: "
                             f"{problems_of(exc, 'the file')}") from exc

    def read_plan(self) -> MonthPlan:
        """The month's plan, or InputError saying why there is none to use. A plan whose
        installation a killed process left halfway is finished or undone first."""
        from synthcomp.plan_install import settle  # it builds on Computer

        settle(self)
        if not self.is_planned():
            raise InputError(f"{self.root} has no plan yet (meta/{PLAN_FILE}): run "
                             f"`synthcomp plan {self.root}`")
        try:
            return MonthPlan.model_validate_json(self.plan_path.read_text("utf-8"))
        except ValueError as exc:
            raise InputError(f"{self.plan_path} is not a valid plan: "
                             f"{problems_of(exc, 'the file')}") from exc

    def manifest_row(self) -> dict[str, Any]:
        """The manifest as the JSON dict it is stored as (no validation: for hot paths that
        read a computer already checked)."""
        data: dict[str, Any] = json.loads(self.manifest_path.read_text("utf-8"))
        return data

    def plan_data(self) -> dict[str, Any]:
        """The plan as the JSON dict it is stored as (no validation, as manifest_row)."""
        data: dict[str, Any] = json.loads(self.plan_path.read_text("utf-8"))
        return data

    def resolve(self, path: str) -> Path:
        """Turn a drive-relative path into an absolute one inside the drive, or refuse.

        Refuses NUL bytes, absolute paths, drive letters, ``..`` segments, over-long names
        and symlinks that lead outside the drive, each with a message a model can act on.
        """
        if not isinstance(path, str) or not path.strip():
            raise SandboxError("empty path: give a path relative to the drive, e.g. 'Users'")
        if "\x00" in path:
            raise SandboxError("path contains a NUL byte")
        if len(path) > MAX_PATH_CHARS:
            raise SandboxError(f"path is longer than {MAX_PATH_CHARS} characters")
        cleaned = path.replace("\\", "/")
        if cleaned.startswith("/") or (len(cleaned) > 1 and cleaned[1] == ":"):
            raise SandboxError(f"{path!r} is absolute: give a path relative to the drive")
        parts = [part for part in PurePosixPath(cleaned).parts if part not in ("", ".")]
        if ".." in parts:
            raise SandboxError(f"{path!r} contains '..': paths must stay inside the drive")
        for part in parts:
            if len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:  # a name as on disk
                raise SandboxError(f"a name in {path!r} is longer than {MAX_NAME_BYTES} bytes")
        if self.drive.is_symlink():
            # A drive that is a link could be any folder of the host, / included.
            raise SandboxError("the drive folder of this computer is a link: it is not opened")
        drive = self.drive.resolve()
        if not parts:
            return drive
        # The folders on the way are resolved here and the caller gets them resolved: a link
        # swapped into place after this check cannot redirect the write (calls run one at a
        # time, so nothing else moves the drive in between). The last name stays as given,
        # so moving or deleting a link acts on the link, and reading through it reads what
        # was checked.
        folder = Path(os.path.realpath(drive.joinpath(*parts[:-1])))
        target = folder / parts[-1]
        real = Path(os.path.realpath(target))
        for place in (folder, real):
            if place != drive and drive not in place.parents:
                raise SandboxError(f"{path!r} leads outside the drive (through a symlink)")
        _check_kind(path, real)
        return target

    def private_file(self, collaborator_id: str, name: str) -> Path:
        """The collaborator's private file ``name`` (under meta/collaborators/<id>/), or
        SandboxError: it must be a plain one-link file reached through no link at all (a
        hostile computer's link there would copy a host file into the user's Downloads, or
        show it to the collaborator's model)."""
        folder = self.collaborators / collaborator_id
        source = folder / name
        where = f"meta/{COLLABORATORS}/{collaborator_id}/{name}"
        expected = Path(os.path.realpath(self.root)) / "meta" / COLLABORATORS / collaborator_id / name
        if "\x00" in where or Path(os.path.realpath(source)) != expected or source.is_symlink():
            raise SandboxError(f"{where!r} is a link or leads outside the collaborator's folder")
        try:
            info = source.lstat()
        except OSError as exc:
            raise SandboxError(f"{where!r} does not exist") from exc
        why = unsafe_reason(info)
        if why is None and not stat.S_ISREG(info.st_mode):
            why = "is a folder"
        if why is not None:
            raise SandboxError(f"{where!r} {why}: it is not opened")
        return source

    def files(self) -> list[str]:
        """The drive-relative POSIX paths of every file on the drive, the trash left out, in
        path order."""
        drive = self.drive.resolve()
        return [p.relative_to(drive).as_posix()
                for p in sorted(p for p in drive.rglob("*") if p.is_file() and TRASH not in p.parts)]

    def relative(self, absolute: Path) -> str:
        """The drive-relative POSIX path of a file inside the drive."""
        return absolute.relative_to(self.drive.resolve()).as_posix()


def _check_kind(path: str, real: Path) -> None:
    """Refuse what is not a plain file or folder (a FIFO blocks whoever reads it; a device or a
    socket is not a document) and a file with other hard links (it may be a file from outside
    the drive, linked in). A path that does not exist yet passes: it is about to be made."""
    try:
        info = real.stat()
    except OSError:
        return
    if stat.S_ISDIR(info.st_mode):
        return
    if not stat.S_ISREG(info.st_mode):
        raise SandboxError(f"{path!r} is a {special_kind(info.st_mode)}, not a file: it is not opened")
    if info.st_nlink > 1:
        raise SandboxError(f"{path!r} has {info.st_nlink} hard links (it may be a file from "
                           "outside the drive): it is not opened")


def special_kind(mode: int) -> str:
    """What a file that is not a plain file, a folder or a link is: 'pipe', 'socket' or 'device'."""
    return "pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"


def unsafe_reason(info: os.stat_result) -> str | None:
    """Why a file with this (l)stat is never opened nor copied ('is a pipe', 'has 2 hard links'),
    None for a plain one-link file, a folder or a link (a link is checked where it leads, when
    it is used)."""
    mode = info.st_mode
    if stat.S_ISDIR(mode) or stat.S_ISLNK(mode):
        return None
    if not stat.S_ISREG(mode):
        return f"is a {special_kind(mode)}"
    if info.st_nlink > 1:
        return f"has {info.st_nlink} hard links"
    return None


def unsafe_files(folder: Path, limit: int = 3) -> list[tuple[str, str]]:
    """(POSIX path relative to ``folder``, why) of the first ``limit`` entries under ``folder``
    that unsafe_reason refuses, links never followed, in path order. Finding them before a copy
    keeps a hard link to a host file from becoming a plain file of the copy (copying breaks the
    link, and with it the sign that the file came from outside)."""
    found: list[tuple[str, str]] = []
    stack = [folder]
    while stack and len(found) < limit:
        current = stack.pop()
        with os.scandir(current) as entries:
            ordered = sorted(entries, key=lambda e: e.name)
        folders = []
        for entry in ordered:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(info.st_mode):
                folders.append(Path(entry.path))
                continue
            why = unsafe_reason(info)
            if why is not None and len(found) < limit:
                found.append((Path(entry.path).relative_to(folder).as_posix(), why))
        stack.extend(reversed(folders))
    return found


def copy_checked(source: str, target: str) -> str:
    """A ``copy_function`` for shutil.copytree that copies only plain one-link files (a file
    checked by unsafe_files may have changed since): anything else raises SandboxError, which
    copytree does not collect, so the copy stops at once."""
    info = os.lstat(source)
    why = unsafe_reason(info)
    if why is not None:
        raise SandboxError(f"{Path(source).name!r} {why}: it is not copied")
    return str(shutil.copy2(source, target, follow_symlinks=False))


class RunComputer(Computer):
    """A computer as one run sees it: the drive and plan.json in the run's folder, so runs
    never change the computer or each other."""

    def __init__(self, root: Path | str, run: Path) -> None:
        super().__init__(root)
        self.run = run

    @property
    def drive(self) -> Path:
        """The run's own drive."""
        return self.run / RUN_DRIVE

    @property
    def plan_path(self) -> Path:
        """The run's own copy of the plan."""
        return self.run / PLAN_FILE
