"""Computer: one synthetic computer on disk, and the one place that resolves and confines paths.

Layout: ``<root>/drive`` is what the user sees, ``<root>/meta`` holds the manifest and plan,
``<root>/runs`` holds simulation runs. Every path a tool or a builder touches inside the drive
goes through :meth:`Computer.resolve`, which refuses anything that would leave the drive.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from synthcomp.errors import SandboxError

MAX_NAME_BYTES = 255
MAX_PATH_CHARS = 1024
TRASH = ".Trash"  # where the user's deletes go, inside the drive


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
        return self.meta / "manifest.json"

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
            if len(part.encode("utf-8")) > MAX_NAME_BYTES:
                raise SandboxError(f"a name in {path!r} is longer than {MAX_NAME_BYTES} bytes")
        drive = self.drive.resolve()
        target = drive.joinpath(*parts) if parts else drive
        real = Path(os.path.realpath(target))
        if real != drive and drive not in real.parents:
            raise SandboxError(f"{path!r} leads outside the drive (through a symlink)")
        return target

    def files(self) -> list[str]:
        """The drive-relative POSIX paths of every file on the drive, the trash left out, in
        path order."""
        drive = self.drive.resolve()
        return [p.relative_to(drive).as_posix()
                for p in sorted(p for p in drive.rglob("*") if p.is_file() and TRASH not in p.parts)]

    def relative(self, absolute: Path) -> str:
        """The drive-relative POSIX path of a file inside the drive."""
        return absolute.relative_to(self.drive.resolve()).as_posix()
