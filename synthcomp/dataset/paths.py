"""Where a published row's file paths go inside drive/, and back.

The mapping (one rule for every row, Windows or macOS):

=====================================  =====================================  =======================
row path                               drive path (under drive/)              why
=====================================  =====================================  =======================
``C:/Users/x/a`` , ``C:\\Users\\x\\a``  ``Users/x/a``                          C: is the drive root
``D:/a`` (any other letter)            ``D/a``                                one folder per letter
``drives/D/a`` , ``drives/C/a``        ``D/a`` , ``a``                        the dataset's archive
                                                                              spelling of ``D:/a``
``/Users/x/a`` , ``/Applications/a``   ``Users/x/a`` , ``Applications/a``     macOS root = drive root
``/Volumes/Backup/a``                  ``Volumes/Backup/a``                   as macOS mounts it
``~/a``                                ``<home>/a``                           the user's home
``a/b`` , ``./a/b`` , ``//a/b``        ``<home>/a/b``                         relative: the home
=====================================  =====================================  =======================

A POSIX path is placed by its first folder: one of the top-level folders of macOS or Windows
(:data:`TOP_FOLDERS`, any case) puts it at the drive root, anything else under the home
(``Users/<username>``). Leading slashes and ``./`` say nothing more (so ``f1.md``, ``./f1.md`` and
``//f1.md`` are one file, as ``synthcomp.api.materialize.drive_path`` reads them): a user's file
cannot sit at a real filesystem root. Drive letters are upper-cased, backslashes are slashes,
repeated slashes and ``.`` segments vanish. A path with a ``..`` segment, a NUL, a name over
:data:`~synthcomp.computer.MAX_NAME_BYTES` bytes or nothing left is refused (:class:`PathEscape`):
the row's defect, not the drive's.

The reverse of a mapped row path is exact because normalisation records every original spelling
(``DatasetComputer.path_map``: original -> drive path); :func:`original_path` is the rule's own
reverse, for files a simulation adds (``D/a`` -> ``D:/a``, ``Users/x/a`` -> ``C:/Users/x/a`` on
Windows or ``/Users/x/a`` on macOS).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

from synthcomp.computer import MAX_NAME_BYTES

OS = Literal["windows", "macos"]

TOP_FOLDERS = frozenset(name.casefold() for name in (
    # macOS
    "Users", "Volumes", "Applications", "Library", "System", "private", "opt", "usr", "var", "tmp",
    "etc", "bin", "sbin", "cores",
    # Windows (C:)
    "Program Files", "Program Files (x86)", "ProgramData", "Windows", "PerfLogs",
))

DEFAULT_HOME = "Users/user"

_LETTER = re.compile(r"^([A-Za-z]):(?:/|$)?")
_ARCHIVE = re.compile(r"^drives/([A-Za-z])(?:/|$)", re.IGNORECASE)
_USERNAME = re.compile(r"^[^/\\\x00]{1,64}$")


class PathEscape(ValueError):
    """A row path that cannot be placed inside drive/ (``..``, NUL, over-long name, nothing left)."""


def _segments(path: str, original: str) -> list[str]:
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if ".." in parts:
        raise PathEscape(f"{original!r} has a '..' segment (it could leave the drive)")
    for part in parts:
        if len(part.encode("utf-8")) > MAX_NAME_BYTES:
            raise PathEscape(f"{original!r} has a name longer than {MAX_NAME_BYTES} bytes "
                             "(no filesystem can hold it)")
    return parts


def to_drive(path: str, home: str = DEFAULT_HOME) -> str:
    """The drive-relative POSIX path of a row's file path (see the module's table).

    ``home`` is the user's home relative to the drive root (``Users/mheller``). Raises PathEscape
    for a path that is not text, holds a NUL or a ``..`` segment, or names no file."""
    if not isinstance(path, str):
        raise PathEscape(f"{path!r} is not a path (text)")
    if "\x00" in path:
        raise PathEscape(f"{path!r} holds a NUL character")
    text = path.strip().replace("\\", "/")
    letter = _LETTER.match(text) or _ARCHIVE.match(text)
    if letter:
        drive = letter.group(1).upper()
        rest = _segments(text[letter.end():], path)
        if not rest:
            raise PathEscape(f"{path!r} names a drive root, not a file")
        parts = rest if drive == "C" else [drive, *rest]
    else:
        if text == "~" or text.startswith("~/"):
            parts = [*_segments(home, path), *_segments(text[1:], path)]
        else:
            parts = _segments(text, path)
            if parts and parts[0].casefold() not in TOP_FOLDERS:
                parts = [*_segments(home, path), *parts]
    if not parts:
        raise PathEscape(f"{path!r} names no file")
    return "/".join(parts)


def original_path(drive_path: str, os: OS) -> str:
    """The rule's reverse: how a drive path is spelled on the row's computer (``D/a`` -> ``D:/a``;
    ``Users/x/a`` -> ``C:/Users/x/a`` on Windows, ``/Users/x/a`` on macOS). For a path the row
    gave, prefer its recorded spelling (``DatasetComputer.path_map``), which this cannot know."""
    parts = drive_path.strip("/").split("/")
    if os == "windows":
        if len(parts) > 1 and len(parts[0]) == 1 and parts[0].isalpha() and parts[0].isupper():
            return f"{parts[0]}:/" + "/".join(parts[1:])
        return "C:/" + "/".join(parts)
    return "/" + "/".join(parts)


def find_home(candidates: Iterable[str], username: object = None) -> str:
    """The user's home relative to the drive root: the ``Users/<name>`` folder that the row's own
    paths use most (``candidates``: default_paths first, then file paths, all row spellings),
    else ``Users/<username>`` from the profile, else ``Users/user``."""
    homes: Counter[str] = Counter()
    for path in candidates:
        try:
            parts = to_drive(path).split("/")
        except PathEscape:
            continue
        # A path that needed the (still unknown) home to be placed says nothing about it.
        if len(parts) > 2 and parts[0].casefold() == "users" and not path.lstrip().startswith("~") \
                and parts[:2] != DEFAULT_HOME.split("/") and parts[1].casefold() != "shared":
            homes[f"Users/{parts[1]}"] += 1
    if homes:
        return homes.most_common(1)[0][0]
    if isinstance(username, str) and _USERNAME.match(username) and username not in (".", ".."):
        return f"Users/{username}"
    return DEFAULT_HOME
